// Health RESTlet through its built entry point on the emulator. `npm test` builds first; alone, run `npm run build`.
import type { HealthReport } from '../../src/domain/config/health';
import { BUNDLE_VERSION } from '../../src/version';
import { body, deploy, testSeed } from '../config/seed';

const HEALTH = {
  script: 'customscript_pwi_health_rl',
  deploy: 'customdeploy_pwi_health_rl',
  method: 'GET' as const,
};

describe('health RESTlet', () => {
  it('reports version, every channel with currency and subsidiary, and what is missing', () => {
    const account = deploy();
    const response = account.invokeRestlet(HEALTH);
    expect(response.status).toBe(200);
    const report = body<HealthReport>(response);

    expect(report).toMatchObject({
      bundle: 'pwi',
      version: BUNDLE_VERSION,
      accountId: 'TSTDRV0000001',
      status: 'attention',
    });
    expect(report.channels.map((c) => [c.code, c.currency, c.subsidiary, c.ready])).toEqual([
      ['UK', 'GBP', 'Brand UK Ltd', true],
      ['US', 'USD', 'Brand Inc', true],
      ['EU', null, 'Brand UK Ltd', false],
    ]);
    const eu = report.channels.find((c) => c.code === 'EU');
    expect(eu?.problems.filter((p) => p.severity === 'error').map((p) => p.field)).toEqual([
      'custrecord_pwi_ch_currency',
      'custrecord_pwi_ch_location',
      'custrecord_pwi_ch_order_type',
      'custrecord_pwi_ch_discount_item',
      'custrecord_pwi_ch_tax_code',
      'custrecord_pwi_ch_zero_tax_code',
    ]);
    expect(report.missing).toEqual(
      expect.arrayContaining([expect.stringContaining('Channel EU: custrecord_pwi_ch_currency')]),
    );
    expect(report.secrets).toEqual([
      { id: 'custsecret_pwi_outbound_signing', purpose: expect.any(String), set: true },
    ]);
  });

  it('names a missing secret without ever showing a value, and is ok when everything is set', () => {
    const seed = testSeed();
    const withoutBroken = (seed.records ?? []).filter((r) => r.key !== 'ch-broken');
    const missingSecret = deploy({ secrets: {} }).invokeRestlet(HEALTH);
    const report = body<HealthReport>(missingSecret);
    expect(report.secrets[0]?.set).toBe(false);
    expect(report.missing).toEqual(
      expect.arrayContaining([expect.stringContaining('custsecret_pwi_outbound_signing is not set')]),
    );

    const healthy = deploy({ records: withoutBroken }).invokeRestlet(HEALTH);
    expect(body<HealthReport>(healthy)).toMatchObject({ status: 'ok', missing: [] });
    expect(healthy.body).not.toContain('f'.repeat(64));
  });

  it('says so when no channel exists', () => {
    const seed = testSeed();
    const noChannels = (seed.records ?? []).filter((r) => !r.type.startsWith('customrecord_pwi'));
    const report = body<HealthReport>(deploy({ records: noChannels }).invokeRestlet(HEALTH));
    expect(report.channels).toEqual([]);
    expect(report.missing[0]).toMatch(/No active channel/);
  });

  it('costs seven searches (70 units) however many channels there are', () => {
    const account = deploy();
    account.invokeRestlet(HEALTH);
    const run = account.executions().at(-1);
    expect(run?.outcome).toBe('success');
    expect(run?.units).toBe(70);
  });
});
