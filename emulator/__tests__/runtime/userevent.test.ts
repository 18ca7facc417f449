import type { Account } from '../../src/account';
import type { Seed } from '../../src/seed';
import { deployBasic, parse, postToEcho } from './helpers';

function ueRuns(account: Account): string[] {
  return account
    .executions()
    .filter((e) => e.scriptId === 'customscript_fx_note_ue')
    .map((e) => `${e.deploymentId}:${e.entryPoint}`);
}

function ueLog(account: Account, title: string): Record<string, unknown>[] {
  return account
    .executions()
    .flatMap((e) => e.logs)
    .filter((l) => l.title === title)
    .map((l) => JSON.parse(l.details) as Record<string, unknown>);
}

describe('user events (netsuite-runtime.md §4; NS section_4407992596, section_1512409310)', () => {
  it('a UI create fires beforeSubmit and afterSubmit of matching RELEASED deployments, in the USERINTERFACE context', () => {
    const account = deployBasic();
    const id = account.ui.createRecord('customrecord_fx_note', { fields: { name: 'first' } });
    // customdeploy_fx_note_ue_create is limited to RESTLET.
    expect(ueRuns(account)).toEqual([
      'customdeploy_fx_note_ue:beforeSubmit',
      'customdeploy_fx_note_ue:afterSubmit',
    ]);
    expect(ueLog(account, 'beforeSubmit')[0]).toMatchObject({
      type: 'create',
      old: null,
      context: 'USERINTERFACE',
      create: 'create',
      remaining: 1000,
    });
    // A value set in beforeSubmit is saved.
    expect(account.ui.loadRecord('customrecord_fx_note', id).fields['custrecord_fx_note_stamp']).toBe(
      'USERINTERFACE',
    );
    expect(account.executions().every((e) => e.scriptType !== 'USEREVENT' || e.budget === 'userevent')).toBe(
      true,
    );
  });

  it('a RESTlet write fires user events in the RESTLET context, eventtype and executioncontext filters applied', () => {
    const account = deployBasic();
    const res = postToEcho(account, { createNote: 'from restlet' });
    expect(res.status).toBe(200);
    expect(ueRuns(account)).toEqual([
      'customdeploy_fx_note_ue:beforeSubmit',
      'customdeploy_fx_note_ue_create:beforeSubmit',
      'customdeploy_fx_note_ue:afterSubmit',
      'customdeploy_fx_note_ue_create:afterSubmit',
    ]);
    const id = (parse(res.body) as { id: number }).id;
    expect(account.ui.loadRecord('customrecord_fx_note', id).fields['custrecord_fx_note_stamp']).toBe(
      'RESTLET',
    );
    // The user events' units are their own: the RESTlet paid only create (2) and save (4) of a custom record.
    expect((parse(res.body) as { remaining: number }).remaining).toBe(5000 - 6);
  });

  it('an error thrown in beforeSubmit aborts the write and reaches the writer', () => {
    const account = deployBasic();
    expect(() =>
      account.ui.createRecord('customrecord_fx_note', { fields: { name: 'please veto' } }),
    ).toThrow(expect.objectContaining({ name: 'FX_VETO' }));
    expect(account.ui.findRecords('customrecord_fx_note')).toHaveLength(0);
    const res = postToEcho(account, { createNote: 'veto from restlet' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'FX_VETO' } });
    expect(account.ui.findRecords('customrecord_fx_note')).toHaveLength(0);
  });

  it('a record written by a user event fires no user events (NS section_1512409310)', () => {
    const account = deployBasic();
    account.ui.createRecord('customrecord_fx_note', { fields: { name: 'chain' } });
    const notes = account.ui.findRecords('customrecord_fx_note');
    expect(notes.map((n) => n.fields['name'])).toEqual(['chain', `child of ${notes[0]?.id}`]);
    // The child was not stamped: no beforeSubmit ran for it.
    expect(notes[1]?.fields['custrecord_fx_note_stamp'] ?? null).toBeNull();
    expect(ueRuns(account)).toEqual([
      'customdeploy_fx_note_ue:beforeSubmit',
      'customdeploy_fx_note_ue:afterSubmit',
    ]);
  });

  it('edit passes the old record; delete fires delete events', () => {
    const account = deployBasic();
    const id = account.ui.createRecord('customrecord_fx_note', { fields: { name: 'before' } });
    account.ui.editRecord('customrecord_fx_note', id, { fields: { name: 'after' } });
    account.ui.deleteRecord('customrecord_fx_note', id);
    expect(ueLog(account, 'beforeSubmit').map((l) => [l['type'], l['name'], l['old']])).toEqual([
      ['create', 'before', null],
      ['edit', 'after', 'before'],
      ['delete', 'after', 'after'],
    ]);
    expect(account.ui.findRecords('customrecord_fx_note')).toHaveLength(0);
  });

  it('an eventtype-limited deployment skips other event types; submitFields arrives as xedit', () => {
    const account = deployBasic();
    const id = account.ui.createRecord('customrecord_fx_note', { fields: { name: 'to edit' } });
    const before = account.executions().length;
    postToEcho(account, { editNote: id });
    const runs = account
      .executions()
      .slice(before)
      .filter((e) => e.scriptId === 'customscript_fx_note_ue')
      .map((e) => `${e.deploymentId}:${e.entryPoint}`);
    // customdeploy_fx_note_ue_create (RESTLET, CREATE only) does not run for an xedit.
    expect(runs).toEqual(['customdeploy_fx_note_ue:beforeSubmit', 'customdeploy_fx_note_ue:afterSubmit']);
    expect(ueLog(account, 'afterSubmit').at(-1)).toMatchObject({ type: 'xedit' });
  });

  it('an error thrown in afterSubmit reaches the writer after the record is saved', () => {
    const account = deployBasic();
    expect(() => account.ui.createRecord('customrecord_fx_note', { fields: { name: 'afterfail' } })).toThrow(
      expect.objectContaining({ name: 'FX_AFTER' }),
    );
    expect(account.ui.findRecords('customrecord_fx_note').map((n) => n.fields['name'])).toEqual([
      'afterfail',
    ]);
    expect(account.executions().at(-1)).toMatchObject({ entryPoint: 'afterSubmit', outcome: 'error' });
  });

  describe('audience (NS chapter_N2999041, chapter_N2998873)', () => {
    const integrationSeed: Seed = {
      integrations: [
        {
          name: 'Fixture integration',
          consumerKey: 'a'.repeat(64),
          consumerSecret: 'b'.repeat(64),
          tokens: [
            {
              tokenId: 'c'.repeat(64),
              tokenSecret: 'd'.repeat(64),
              user: '@emp',
              role: 'customrole_fx_integration',
            },
          ],
        },
      ],
      records: [
        { type: 'currency', key: 'gbp', fields: { name: 'British Pound', symbol: 'GBP' } },
        { type: 'subsidiary', key: 'sub', fields: { name: 'Fixture Ltd', currency: '@gbp' } },
        {
          type: 'employee',
          key: 'emp',
          fields: { entityid: 'Integration', email: 'int@example.com', subsidiary: '@sub' },
        },
      ],
    };

    function audienceRuns(account: Account): string[] {
      return ueLog(account, 'audience').map((l) => `${String(l['deploymentId'])}@${String(l['user'])}`);
    }

    it('TESTING and audience-less deployments run only for the owner (the administrator who deployed)', () => {
      const account = deployBasic();
      account.ui.createRecord('customrecord_fx_note', { fields: { name: 'by the owner' } });
      expect(audienceRuns(account)).toEqual([
        'customdeploy_fx_trace_ue_testing@administrator',
        'customdeploy_fx_trace_ue_noaud@administrator',
      ]);
    });

    it('a role audience runs for users in that role only', () => {
      const account = deployBasic({ seed: integrationSeed });
      postToEcho(account, { createNote: 'by the integration' });
      expect(audienceRuns(account)).toEqual(['customdeploy_fx_trace_ue_introle@customrole_fx_integration']);
    });
  });
});
