// Issue 3: each map/reduce stage invocation has its own budget (NS section_0801064715): getInputData 10,000,
// map 1,000, reduce 5,000, summarize 10,000. The runtime suite pins map and summarize by behaviour; this pins all
// four as a script sees them through runtime.getCurrentScript().getRemainingUsage() at the start of each stage.
import * as path from 'node:path';
import { Account } from '../../src/account';

const PROJECT = path.join(__dirname, 'fixtures', 'budgets');

test('a script sees 10,000 units in getInputData, 1,000 in map, 5,000 in reduce and 10,000 in summarize', () => {
  const account = Account.deploy(PROJECT);
  const summary = account.runDeployment('customscript_acc_budget_mr');
  expect(summary).toMatchObject({ kind: 'mapreduce', errors: [] });
  const seen = account
    .executions()
    .flatMap((execution) => execution.logs.map((line) => [execution.entryPoint, line.title, line.details]));
  expect(seen).toEqual([
    ['getInputData', 'getInputData', '10000'],
    ['map', 'map', '1000'],
    ['reduce', 'reduce', '5000'],
    ['summarize', 'summarize', '10000'],
  ]);
});
