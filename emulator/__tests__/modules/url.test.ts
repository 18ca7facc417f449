// N/url, pinned to NS section_4358672433 (resolveScript, 0 units), section_4834765371 (HostType, RESTlet domain),
// section_1534941088 (external RESTlet URL shape https://<account>.restlets.api.netsuite.com/app/site/hosting/
// restlet.nl?script=..&deploy=..) and the Oracle stub url.js (HostType values).
import * as url from 'N/url';
import { fixtureAccount, runAs, thrown } from './fixture';

const account = () =>
  fixtureAccount({
    accountId: '1234567_SB1',
    scripts: {
      customscript_pwi_rl_orders: 'RESTLET',
      customscript_pwi_sl_admin: 'SUITELET',
      customscript_pwi_mr_inventory: 'MAPREDUCE',
    },
  });

describe('N/url', () => {
  test('HostType values follow Oracle stub url.js', () => {
    expect(url.HostType.RESTLET).toBe('RESTLETS');
    expect(url.HostType.APPLICATION).toBe('APPLICATION');
    expect(url.HostType.FORM).toBe('FORMS');
  });

  test('resolveScript gives the external RESTlet URL on the account domain (lower case, _ as -)', () => {
    const { result, meter } = runAs(account(), () =>
      url.resolveScript({
        scriptId: 'customscript_pwi_rl_orders',
        deploymentId: 'customdeploy_pwi_rl_orders',
        params: { shop: 'a b', n: 1 },
        returnExternalUrl: true,
      }),
    );
    expect(result).toBe(
      'https://1234567-sb1.restlets.api.netsuite.com/app/site/hosting/restlet.nl' +
        '?script=customscript_pwi_rl_orders&deploy=customdeploy_pwi_rl_orders&shop=a%20b&n=1',
    );
    expect(meter.used()).toBe(0);
  });

  test('without returnExternalUrl the URL is the internal path; Suitelets use scriptlet.nl', () => {
    const { result } = runAs(account(), () => [
      url.resolveScript({ scriptId: 'customscript_pwi_rl_orders', deploymentId: 'customdeploy_x' }),
      url.resolveScript({ scriptId: 'customscript_pwi_sl_admin', deploymentId: 'customdeploy_y' }),
    ]);
    expect(result).toEqual([
      '/app/site/hosting/restlet.nl?script=customscript_pwi_rl_orders&deploy=customdeploy_x',
      '/app/site/hosting/scriptlet.nl?script=customscript_pwi_sl_admin&deploy=customdeploy_y',
    ]);
  });

  test('a script that is not deployed, or has no URL, is refused', () => {
    runAs(account(), () => {
      expect(thrown(() => url.resolveScript({ scriptId: 'customscript_nope', deploymentId: 'd' })).name).toBe(
        'SSS_INVALID_SCRIPT_ID',
      );
      expect(
        thrown(() => url.resolveScript({ scriptId: 'customscript_pwi_mr_inventory', deploymentId: 'd' }))
          .name,
      ).toBe('SSS_INVALID_SCRIPT_ID');
      expect(
        thrown(() =>
          url.resolveScript({
            scriptId: 'customscript_pwi_sl_admin',
            deploymentId: 'd',
            returnExternalUrl: true,
          }),
        ).name,
      ).toBe('EMULATOR_NOT_EMULATED');
    });
  });

  test('resolveDomain gives the account-specific host for RESTlets and the UI', () => {
    const { result } = runAs(account(), () => [
      url.resolveDomain({ hostType: url.HostType.RESTLET }),
      url.resolveDomain({ hostType: url.HostType.APPLICATION, accountId: 'ABC_DEF' }),
    ]);
    expect(result).toEqual(['1234567-sb1.restlets.api.netsuite.com', 'abc-def.app.netsuite.com']);
  });

  test('resolveRecord gives the transaction page with id and edit flag; unknown types are not guessed', () => {
    expect(url.resolveRecord({ recordType: 'salesorder', recordId: 12, isEditMode: true })).toBe(
      '/app/accounting/transactions/salesord.nl?id=12&e=T',
    );
    expect(url.resolveRecord({ recordType: 'customer' })).toBe('/app/common/entity/custjob.nl');
    expect(thrown(() => url.resolveRecord({ recordType: 'customrecord_pwi_queue', recordId: 1 })).name).toBe(
      'EMULATOR_NOT_EMULATED',
    );
  });

  test('format appends params as an encoded query string', () => {
    expect(url.format({ domain: 'https://shop.example/api', params: { q: 'a&b', page: 2 } })).toBe(
      'https://shop.example/api?q=a%26b&page=2',
    );
    expect(url.format({ domain: 'https://x.example/p?a=1', params: { b: 2 } })).toBe(
      'https://x.example/p?a=1&b=2',
    );
  });
});
