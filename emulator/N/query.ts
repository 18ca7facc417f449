// N/query: SuiteQL and the query builder. The bundle does not use them, so every member throws
// NotEmulatedError naming itself; the emulator never pretends to run a query it cannot evaluate.
import type * as nsQuery from 'N/query';
import { NotEmulatedError } from '../src/errors';
import { asDeclaredEnum, strictEnum } from '../src/modules/strict-enum';

function notEmulated(name: string) {
  const fail = (): never => {
    throw new NotEmulatedError(name);
  };
  return Object.assign(fail, { promise: fail });
}

export const create: typeof nsQuery.create = notEmulated('query.create');
export const load: typeof nsQuery.load = notEmulated('query.load');
const deleteQuery = notEmulated('query.delete');
export { deleteQuery as delete };
export const runSuiteQL: typeof nsQuery.runSuiteQL = notEmulated('query.runSuiteQL');
export const runSuiteQLPaged: typeof nsQuery.runSuiteQLPaged = notEmulated('query.runSuiteQLPaged');
export const createPeriod: typeof nsQuery.createPeriod = notEmulated('query.createPeriod');
export const createRelativeDate: typeof nsQuery.createRelativeDate = notEmulated('query.createRelativeDate');
export const listTables = notEmulated('query.listTables');

// Every enum member read throws too, naming the member.
export const Operator = asDeclaredEnum<typeof nsQuery.Operator>(strictEnum('query.Operator', {}));
export const Type = asDeclaredEnum<typeof nsQuery.Type>(strictEnum('query.Type', {}));
export const Aggregate = asDeclaredEnum<typeof nsQuery.Aggregate>(strictEnum('query.Aggregate', {}));
export const ReturnType = asDeclaredEnum<typeof nsQuery.ReturnType>(strictEnum('query.ReturnType', {}));
export const FieldContext = asDeclaredEnum<typeof nsQuery.FieldContext>(strictEnum('query.FieldContext', {}));
export const SortLocale = asDeclaredEnum<typeof nsQuery.SortLocale>(strictEnum('query.SortLocale', {}));
export const RelativeDateRange = asDeclaredEnum<typeof nsQuery.RelativeDateRange>(
  strictEnum('query.RelativeDateRange', {}),
);
export const DateId = strictEnum('query.DateId', {});
export const PeriodAdjustment = strictEnum('query.PeriodAdjustment', {});
export const PeriodCode = strictEnum('query.PeriodCode', {});
export const PeriodType = strictEnum('query.PeriodType', {});
