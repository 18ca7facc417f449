// N/query: the bundle does not use SuiteQL, so every call must fail loudly (issue 3: "N/query.runSuiteQL only if
// the bundle uses it") instead of returning an empty result that a test could mistake for a real one.
import * as query from 'N/query';
import { thrown } from './fixture';

describe('N/query', () => {
  test.each([
    ['query.runSuiteQL', () => query.runSuiteQL({ query: 'SELECT id FROM transaction' })],
    ['query.runSuiteQLPaged', () => query.runSuiteQLPaged({ query: 'SELECT 1', pageSize: 5 })],
    ['query.create', () => query.create({ type: 'transaction' as never })],
    ['query.load', () => query.load({ id: 'customsearch_x' })],
  ])('%s throws NotEmulatedError naming it', (name, call) => {
    const failure = thrown(call);
    expect(failure.name).toBe('EMULATOR_NOT_EMULATED');
    expect(failure.message).toContain(name);
  });

  test('the .promise variants and enum members fail the same way', () => {
    expect(thrown(() => query.runSuiteQL.promise({ query: 'SELECT 1' })).message).toContain(
      'query.runSuiteQL',
    );
    expect(thrown(() => query.Operator.ANY_OF).message).toContain('query.Operator.ANY_OF');
  });
});
