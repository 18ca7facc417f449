import { nsError } from './errors';

/** NetSuite's three record classes for governance (API governance, section_157072844224). */
export type RecordClass = 'transaction' | 'custom' | 'other';

/** Units per call, by API and record class. Sources in ../../shared/reference/netsuite-runtime.md §1.1. */
export const RECORD_COSTS = {
  create: { transaction: 10, custom: 2, other: 5 },
  load: { transaction: 10, custom: 2, other: 5 },
  copy: { transaction: 10, custom: 2, other: 5 },
  transform: { transaction: 10, custom: 2, other: 5 },
  submitFields: { transaction: 10, custom: 2, other: 5 },
  save: { transaction: 20, custom: 4, other: 10 },
  delete: { transaction: 20, custom: 4, other: 10 },
} as const satisfies Record<string, Record<RecordClass, number>>;

export const API_COSTS = {
  'record.attach': 10,
  'record.detach': 10,
  'search.load': 5,
  'search.delete': 5,
  'search.save': 5,
  'search.lookupFields': 1,
  'search.duplicates': 10,
  'search.global': 10,
  'ResultSet.each': 10,
  'ResultSet.getRange': 10,
  'Search.runPaged': 5,
  'PagedData.fetch': 5,
  'query.runSuiteQL': 10,
  'query.runSuiteQLPaged': 10,
  'https.request': 10,
  'task.submit': 20,
  'email.send': 20,
  'cache.get': 1,
  'cache.getWithLoader': 2,
  'cache.put': 1,
  'cache.remove': 1,
  'llm.generateText': 100,
  'llm.embed': 50,
} as const;

export type ApiName = keyof typeof API_COSTS;

/** Units one execution may spend, by script type and map/reduce stage (section_N3351480, section_0801064715). */
export const USAGE_LIMITS = {
  restlet: 5000,
  suitelet: 1000,
  userevent: 1000,
  scheduled: 10000,
  'mapreduce.getInputData': 10000,
  'mapreduce.map': 1000,
  'mapreduce.reduce': 5000,
  'mapreduce.summarize': 10000,
} as const;

export type UsageBudget = keyof typeof USAGE_LIMITS;

export interface Charge {
  readonly what: string;
  readonly units: number;
}

/** Counts the units one execution spends and stops it where NetSuite would. */
export class GovernanceMeter {
  private spent = 0;
  readonly charges: Charge[] = [];

  constructor(readonly limit: number) {}

  charge(what: string, units: number): void {
    if (units === 0) return;
    const left = this.remaining();
    if (units > left) {
      this.spent = this.limit;
      throw nsError(
        'SSS_USAGE_LIMIT_EXCEEDED',
        `Script Execution Usage Limit Exceeded: ${what} needs ${units} units with ${left} left.`,
      );
    }
    this.spent += units;
    this.charges.push({ what, units });
  }

  used(): number {
    return this.spent;
  }

  remaining(): number {
    return this.limit - this.spent;
  }
}
