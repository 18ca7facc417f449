import type { LogLevel, ScriptType } from './execution';
import type { RecordStore } from './records/store';
import type { RecordTypeSchema } from './records/types';

/** The account clock: tests move it forward; nothing in the emulator reads Date.now() directly. */
export interface Clock {
  now(): Date;
  advance(seconds: number): void;
}

/** NetSuite's user event types (context.UserEventType values are these lower-case strings). */
export type UserEventType =
  'create' | 'edit' | 'xedit' | 'delete' | 'copy' | 'view' | 'ship' | 'pack' | 'transform';

/** A record as a user event receives it; the record layer's class satisfies this. */
export interface EventRecord {
  readonly type: string;
  readonly id: number | null;
}

/**
 * Hooks the record layer calls around every write, so deployed user events run as NetSuite runs them:
 * beforeSubmit may change or veto the write, afterSubmit sees the saved record. The runtime decides whether any
 * event fires (none when the writer is itself a user event) and with which execution context.
 */
export interface RecordEventHooks {
  beforeSubmit(event: { type: UserEventType; newRecord: EventRecord; oldRecord: EventRecord | null }): void;
  afterSubmit(event: { type: UserEventType; newRecord: EventRecord; oldRecord: EventRecord | null }): void;
}

export interface SchemaRegistry {
  /** The schema of a record type; an unknown type throws (SSS_INVALID_RECORD_TYPE for a plausible id, not-emulated otherwise). */
  schemaOf(type: string): RecordTypeSchema;
  has(type: string): boolean;
  /** Custom record types are registered on deploy from Objects/customrecord_*.xml. */
  register(schema: RecordTypeSchema): void;
  types(): string[];
}

/** A custom list deployed from Objects/customlist_*.xml: values have internal ids like records. */
export interface CustomListValue {
  readonly id: string;
  readonly scriptId: string;
  readonly value: string;
}

/** Sent through N/email: kept, never delivered. */
export interface SentEmail {
  readonly author: string | number;
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly at: Date;
  readonly cc?: readonly string[];
  readonly bcc?: readonly string[];
  readonly replyTo?: string;
  /** email.send's relatedRecords (transactionId, entityId, activityId, customRecord), as given. */
  readonly relatedRecords?: Readonly<Record<string, unknown>>;
  /** The script that sent it. */
  readonly scriptId?: string;
}

/**
 * What N/ modules may reach of the account they run in. The runtime's Account class implements it; each module
 * keeps its own state in the slot named for it rather than in module globals, so a reset is one new Account.
 */
export interface EmulatedAccount {
  readonly accountId: string;
  readonly clock: Clock;
  readonly store: RecordStore;
  readonly schemas: SchemaRegistry;
  readonly recordEvents: RecordEventHooks;
  readonly customLists: ReadonlyMap<string, readonly CustomListValue[]>;
  /** API secrets by custsecret_ id (N/crypto, N/https secure strings). The value is never readable by scripts. */
  readonly secrets: ReadonlyMap<string, string>;
  /** Saved searches by script id (customsearch_...), as N/search's save stores them. */
  readonly savedSearches: Map<string, unknown>;
  /** N/cache entries by scope and cache name; not persistent, as in NetSuite. */
  readonly caches: Map<string, Map<string, { value: string; expiresAt: number | null }>>;
  readonly sentEmails: SentEmail[];
  /** Account preferences the modules read, e.g. the time zone N/format uses. */
  readonly settings: {
    readonly timeZone: string;
    readonly concurrencyLimit: number;
    readonly defaultLogLevel: LogLevel;
    /** Company date format preference (N/format); default 'M/D/YYYY', see emulator/src/modules/datetime.ts. */
    readonly dateFormat?: string;
    /** Company time format preference (N/format); default 'h:mm a'. */
    readonly timeFormat?: string;
    /**
     * N/https only accepts https:// URLs (SSS_INVALID_URL otherwise). Local test servers speak plain http, so the
     * emulator lets http://127.0.0.1, http://localhost and http://[::1] through unless this is false. No other host.
     */
    readonly allowHttpForLocalhost?: boolean;
    /**
     * Emulator-only: shorter N/https time limits so tests need not wait NetSuite's 5 s connect / 45 s total
     * (NS section_4567628658). Leave unset to get NetSuite's limits.
     */
    readonly httpTimeoutsMs?: { readonly connect: number; readonly total: number };
    /**
     * Accounting Preferences > Order Management (NS section_N1388149): the status a sales order or return
     * authorisation saved without one gets. 'A' Pending Approval (the record layer's default) or 'B' Pending
     * Fulfillment / Pending Receipt.
     */
    readonly defaultSalesOrderStatus?: 'A' | 'B';
    readonly defaultReturnAuthStatus?: 'A' | 'B';
  };
  /** Every outbound N/https call, in order: what, where and how it ended; never bodies, headers or secret values. */
  readonly httpRequests: HttpRequestRecord[];
  /**
   * The deployed script's type by script id (customscript_...), or undefined when no such script is deployed.
   * N/url.resolveScript needs it to choose restlet.nl or scriptlet.nl.
   */
  scriptTypeOf(scriptId: string): ScriptType | undefined;
  /**
   * The level at which a role holds a permission (permkey, e.g. TRAN_SALESORDAPPRV): the Administrator holds every
   * permission at FULL, a custom role what its Objects/customrole_*.xml grants (NONE when absent). Optional: record
   * layer harnesses without roles leave it out, and permission rules are then not applied.
   */
  permissionLevel?(roleId: string, permkey: string): PermissionLevel;
}

/** NetSuite's permission levels (SDF permlevel), lowest first. */
export type PermissionLevel = 'NONE' | 'VIEW' | 'CREATE' | 'EDIT' | 'FULL';

/** One outbound HTTP(S) request as the account's log keeps it. */
export interface HttpRequestRecord {
  readonly method: string;
  /** The URL as the script wrote it: a secure string's {custsecret_...} placeholders stay unresolved. */
  readonly url: string;
  /** The response status, or null when no response came (timeout, refused connection). */
  readonly status: number | null;
  readonly ms: number;
  /** The SuiteScript error code thrown instead of a response, if any. */
  readonly error?: string;
  readonly scriptId: string;
  readonly at: Date;
}
