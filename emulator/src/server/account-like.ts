import type { FieldValue, SublistLine } from '../records/types';
import type { TbaCredential } from './tba-verifier';

export type RestletMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One RESTlet call as the HTTP layer hands it to the account, after authentication. */
export interface RestletCall {
  /** Script id (customscript_...) or internal id, as the URL's `script` parameter carries it. */
  readonly script: string;
  /** Deployment id (customdeploy_...) or number, as the URL's `deploy` parameter carries it. */
  readonly deploy: string;
  readonly method: RestletMethod;
  /** Every URL parameter except script and deploy. */
  readonly query: Readonly<Record<string, string>>;
  readonly contentType: string | null;
  readonly body: string | null;
  /** The access token the request authenticated with: the script runs as that token's user and role. */
  readonly tokenId: string;
}

export interface RestletAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** A record as NetSuite holds it, computed fields included. */
export interface RecordView {
  readonly id: string;
  readonly type: string;
  readonly fields: Readonly<Record<string, FieldValue>>;
  readonly sublists: Readonly<Record<string, readonly SublistLine[]>>;
}

export interface RecordInput {
  readonly fields?: Readonly<Record<string, FieldValue>>;
  readonly sublists?: Readonly<Record<string, readonly SublistLine[]>>;
}

/** One line of the execution log, as GET /emulator/executions shows it. */
export interface ExecutionView {
  readonly script: string;
  readonly deployment: string;
  readonly scriptType: string;
  readonly entryPoint: string;
  readonly units: number;
  readonly durationMs: number;
  readonly outcome: 'success' | 'error';
  readonly error?: { readonly name: string; readonly message: string };
  readonly startedAt: string;
  readonly log: ReadonlyArray<{ level: string; title: string; details: string; at: string }>;
}

/**
 * What the HTTP server needs of an emulated account. The runtime's Account is adapted to it in
 * account-adapter.ts; tests of the HTTP layer can supply a small fake. Every method is synchronous, as SuiteScript
 * is: the server holds a concurrency slot across the call and any simulated latency after it.
 */
export interface AccountLike {
  readonly accountId: string;
  /** The account-wide concurrency limit (seed settings.concurrencyLimit, default 5). */
  readonly concurrencyLimit: number;
  /** Integration tokens from the seed, for TBA. */
  credentials(): readonly TbaCredential[];
  /** Record writes so far; the difference across one request is the saves it made. */
  writes(): number;
  invokeRestlet(call: RestletCall): RestletAnswer;
  /** As a UI user would: user events fire. Returns the new internal id. */
  createRecord(type: string, input: RecordInput): string;
  loadRecord(type: string, id: string): RecordView;
  /** Records of a type whose body fields equal every given value (select fields compare internal ids). */
  findRecords(type: string, equals: Readonly<Record<string, string>>): RecordView[];
  transformRecord(fromType: string, id: string, toType: string, input: RecordInput): string;
  /** Runs a scheduled or map/reduce deployment to completion; the summary as the runtime reports it. */
  runDeployment(scriptId: string, deploymentId: string | null): unknown;
  setParameters(scriptId: string, deploymentId: string, values: Readonly<Record<string, unknown>>): void;
  advanceClock(seconds: number): Date;
  now(): Date;
  executions(): ExecutionView[];
}
