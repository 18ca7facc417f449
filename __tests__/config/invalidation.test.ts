// The configuration user event (Objects/customscript_pwi_config_ue.xml, src/entrypoints/userevents/config_ue.ts)
// and src/netsuite/config/invalidation.ts: which channels a configuration write marks stale, on the emulator.
import * as record from 'N/record';
import type { Account } from '../../emulator/src/account';
import { loadChannelConfig, tryLoadChannelConfig } from '../../src/netsuite/config/channels';
import { invalidateAfterWrite } from '../../src/netsuite/config/invalidation';
import { inScript } from './in-script';
import { deploy } from './seed';

function idOf(account: Account, type: string, field: string, value: string): number {
  const found = account.store.scan(type).find((stored) => stored.fields[field] === value);
  if (!found) throw new Error(`no ${type} with ${field} ${value}`);
  return found.id;
}

/** Units of a configuration load: 1 when cached, a cold load otherwise. */
function loadUnits(account: Account, code: string): number {
  return inScript(account, () => loadChannelConfig(code)).units;
}

function warmed(): Account {
  const account = deploy();
  loadUnits(account, 'UK');
  loadUnits(account, 'US');
  expect([loadUnits(account, 'UK'), loadUnits(account, 'US')]).toEqual([1, 1]);
  return account;
}

describe('the configuration user event', () => {
  it('an inline edit (xedit, only the edited field) of a tax map by a script invalidates its channel only', () => {
    const account = warmed();
    const taxMap = idOf(account, 'customrecord_pwi_tax_map', 'custrecord_pwi_tm_title', 'GB VAT');
    inScript(account, () =>
      record.submitFields({
        type: 'customrecord_pwi_tax_map',
        id: taxMap,
        values: { custrecord_pwi_tm_title: 'UK VAT' },
      }),
    );
    const ue = account.executions().filter((run) => run.scriptId === 'customscript_pwi_config_ue');
    expect(ue).toHaveLength(1);
    expect(ue[0]?.logs.map((line) => line.details).join(' ')).toContain('"event":"xedit"');
    const uk = inScript(account, () => loadChannelConfig('UK'));
    expect(uk.result.taxMappings.map((mapping) => mapping.title)).toEqual(['UK VAT']);
    expect(uk.units).toBe(63);
    expect(loadUnits(account, 'US')).toBe(1);
  });

  it('a channel whose code changes: both the old and the new code are invalidated', () => {
    const account = warmed();
    const uk = idOf(account, 'customrecord_pwi_channel', 'custrecord_pwi_ch_code', 'UK');
    account.ui.editRecord('customrecord_pwi_channel', uk, { fields: { custrecord_pwi_ch_code: 'GB' } });
    expect(inScript(account, () => tryLoadChannelConfig('UK')).result).toMatchObject({ ok: false });
    expect(inScript(account, () => loadChannelConfig('GB')).result.shopDomain).toBe('brand-uk.myshopify.com');
    expect(loadUnits(account, 'US')).toBe(1);
  });

  it('a deleted channel no longer answers from the cache', () => {
    const account = warmed();
    const us = idOf(account, 'customrecord_pwi_channel', 'custrecord_pwi_ch_code', 'US');
    for (const map of account.store
      .scan('customrecord_pwi_tax_map')
      .filter((row) => String(row.fields['custrecord_pwi_tm_channel']) === String(us)))
      account.ui.deleteRecord('customrecord_pwi_tax_map', map.id);
    account.ui.deleteRecord('customrecord_pwi_channel', us);
    expect(inScript(account, () => tryLoadChannelConfig('US')).result).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ field: 'custrecord_pwi_ch_code' })],
    });
    expect(loadUnits(account, 'UK')).toBe(1);
  });

  it('when no channel can be named, every channel is invalidated', () => {
    const account = warmed();
    const outcome = inScript(account, () =>
      invalidateAfterWrite('customrecord_pwi_route_rule', [
        null,
        record.create({ type: 'customrecord_pwi_route_rule' }),
      ]),
    ).result;
    expect(outcome).toEqual({ scope: 'all', codes: ['UK', 'US', 'EU'], itemIndexesCleared: false });
    expect([loadUnits(account, 'UK'), loadUnits(account, 'US')]).toEqual([63, 63]);
  });

  it('a save of the channel record costs its user event 2 units (it names its own code: no search)', () => {
    const account = warmed();
    const uk = idOf(account, 'customrecord_pwi_channel', 'custrecord_pwi_ch_code', 'UK');
    account.ui.editRecord('customrecord_pwi_channel', uk, { fields: { name: 'Shopify UK store' } });
    const run = account.executions().slice(-1)[0];
    expect(run).toMatchObject({ scriptId: 'customscript_pwi_config_ue', outcome: 'success' });
    // Tombstone put (1) + item index removal (1): the channel record names its own code, no search needed.
    expect(run?.units).toBe(2);
  });
});
