// N/cache, pinned to NS section_4642627983 (getCache, Scope, name ≤ 1 KB, 0 units), section_4642661440
// (Cache.get: 1 unit, 2 with loader, non-string loader result JSON.stringify'd, ttl), section_4642661313
// (Cache.put: 1 unit, ttl seconds min 300, key ≤ 4 KB, value ≤ 500 KB) and section_4655722738 (remove).
import * as cache from 'N/cache';
import { evictAllCaches } from '../../src/modules/cache-store';
import { fixtureAccount, runAs, thrown } from './fixture';

const named = (scope?: cache.Scope) =>
  cache.getCache(scope === undefined ? { name: 'tokens' } : { name: 'tokens', scope });

describe('N/cache', () => {
  test('Scope values are the member names (Oracle stub cache.js)', () => {
    expect([cache.Scope.PRIVATE, cache.Scope.PROTECTED, cache.Scope.PUBLIC]).toEqual([
      'PRIVATE',
      'PROTECTED',
      'PUBLIC',
    ]);
  });

  test('put then get returns the value; a miss without loader is null; units 1 + 1 + 1', () => {
    const { result, meter } = runAs(fixtureAccount(), () => {
      named().put({ key: 'a', value: 'alpha' });
      return [named().get({ key: 'a' }), named().get({ key: 'b' })];
    });
    expect(result).toEqual(['alpha', null]);
    expect(meter.used()).toBe(3);
  });

  test('get with a loader on a miss costs 2, caches the loaded value, and the next get costs 1', () => {
    let loads = 0;
    const loader = ({ key }: { key: string }) => {
      loads += 1;
      return `loaded:${key}`;
    };
    const account = fixtureAccount();
    const first = runAs(account, () => named().get({ key: 'k', loader }));
    const second = runAs(account, () => named().get({ key: 'k', loader }));
    expect([first.result, second.result]).toEqual(['loaded:k', 'loaded:k']);
    expect(loads).toBe(1);
    expect([first.meter.used(), second.meter.used()]).toEqual([2, 1]);
  });

  test('non-string values are stored as JSON text', () => {
    const { result } = runAs(fixtureAccount(), () => {
      named().put({ key: 'obj', value: { a: 1 } as never });
      return [named().get({ key: 'obj' }), named().get({ key: 'n', loader: () => [1, 2] as never })];
    });
    expect(result).toEqual(['{"a":1}', '[1,2]']);
  });

  test('ttl is in seconds on the account clock: an entry expires when the clock passes it', () => {
    const account = fixtureAccount();
    runAs(account, () => named().put({ key: 'short', value: 'v', ttl: 300 }));
    account.clock.advance(299);
    expect(runAs(account, () => named().get({ key: 'short' })).result).toBe('v');
    account.clock.advance(1);
    expect(runAs(account, () => named().get({ key: 'short' })).result).toBeNull();
  });

  test('no ttl means no limit', () => {
    const account = fixtureAccount();
    runAs(account, () => named().put({ key: 'forever', value: 'v' }));
    account.clock.advance(365 * 24 * 3600);
    expect(runAs(account, () => named().get({ key: 'forever' })).result).toBe('v');
  });

  test('a ttl under the documented 300 s minimum is not guessed at', () => {
    runAs(fixtureAccount(), () => {
      expect(thrown(() => named().put({ key: 'x', value: 'v', ttl: 60 })).name).toBe('EMULATOR_NOT_EMULATED');
    });
  });

  test('PRIVATE caches are per script; PROTECTED and PUBLIC are shared across scripts', () => {
    const account = fixtureAccount();
    for (const scope of [cache.Scope.PRIVATE, cache.Scope.PROTECTED, cache.Scope.PUBLIC])
      runAs(account, () => named(scope).put({ key: 'who', value: String(scope) }), {
        scriptId: 'customscript_a',
      });
    const seenByB = runAs(
      account,
      () =>
        [cache.Scope.PRIVATE, cache.Scope.PROTECTED, cache.Scope.PUBLIC].map((s) =>
          named(s).get({ key: 'who' }),
        ),
      { scriptId: 'customscript_b' },
    ).result;
    expect(seenByB).toEqual([null, 'PROTECTED', 'PUBLIC']);
    const seenByA = runAs(account, () => named().get({ key: 'who' }), { scriptId: 'customscript_a' }).result;
    expect(seenByA).toBe('PRIVATE');
  });

  test('caches live in the account: a new account starts empty', () => {
    runAs(fixtureAccount(), () => named().put({ key: 'k', value: 'v' }));
    expect(runAs(fixtureAccount(), () => named().get({ key: 'k' })).result).toBeNull();
  });

  test('evictAllCaches empties every scope at once, as NetSuite may (not persistent); the loader refills', () => {
    const account = fixtureAccount();
    runAs(account, () => {
      named(cache.Scope.PUBLIC).put({ key: 'k', value: 'v' });
      named().put({ key: 'k', value: 'v' });
    });
    evictAllCaches(account);
    const after = runAs(account, () => [
      named(cache.Scope.PUBLIC).get({ key: 'k' }),
      named().get({ key: 'k', loader: () => 'reloaded' }),
    ]).result;
    expect(after).toEqual([null, 'reloaded']);
  });

  test('key over 4 KB or value over 500 KB is refused', () => {
    runAs(fixtureAccount(), () => {
      expect(thrown(() => named().put({ key: 'k'.repeat(4097), value: 'v' })).name).toBe('INPUT_TOO_LARGE');
      expect(thrown(() => named().put({ key: 'k', value: 'v'.repeat(500 * 1024 + 1) })).name).toBe(
        'INPUT_TOO_LARGE',
      );
      expect(() => named().put({ key: 'k'.repeat(4096), value: 'v'.repeat(500 * 1024) })).not.toThrow();
    });
  });

  test('remove deletes the entry and costs 1 unit', () => {
    const { result, meter } = runAs(fixtureAccount(), () => {
      named().put({ key: 'k', value: 'v' });
      named().remove({ key: 'k' });
      return named().get({ key: 'k' });
    });
    expect(result).toBeNull();
    expect(meter.used()).toBe(3);
  });

  test('getCache needs a name and costs nothing', () => {
    const { meter } = runAs(fixtureAccount(), () => {
      expect(thrown(() => cache.getCache({} as never)).name).toBe('SSS_MISSING_REQD_ARGUMENT');
      return cache.getCache({ name: 'n', scope: cache.Scope.PUBLIC });
    });
    expect(meter.used()).toBe(0);
  });
});
