// The small N/ modules' tests use the shared test account (no record slots: these modules touch no records) and
// run their calls as one RESTlet execution; the names here are the ones those tests were written against.
export { testAccount as fixtureAccount, thrown } from '../support/account';
export { runTestExecution as runAs } from '../support/execution';
