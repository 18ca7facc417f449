import type { LogLevel } from '../execution';

/** The SDF script object types the emulator runs, by their Objects/ root tag. */
export type ScriptObjectType =
  'restlet' | 'usereventscript' | 'mapreducescript' | 'scheduledscript' | 'suitelet';

export const SCRIPT_OBJECT_TYPES: readonly ScriptObjectType[] = [
  'restlet',
  'usereventscript',
  'mapreducescript',
  'scheduledscript',
  'suitelet',
];

/** The @NScriptType a built file must declare for each object type (compared case-insensitively). */
export const SCRIPT_TYPE_TAGS: Readonly<Record<ScriptObjectType, string>> = {
  restlet: 'Restlet',
  usereventscript: 'UserEventScript',
  mapreducescript: 'MapReduceScript',
  scheduledscript: 'ScheduledScript',
  suitelet: 'Suitelet',
};

/** An SDF custom field type (generic_customfield_fieldtype), upper case as in the XML. */
export type SdfFieldType = string;

/** A script parameter (`scriptcustomfield`). */
export interface ScriptParameterDef {
  readonly id: string;
  readonly fieldType: SdfFieldType;
  readonly label: string;
  readonly defaultValue: string | null;
  readonly defaultChecked: boolean | null;
  /** A select parameter's default as written, e.g. `[scriptid=customlist_x.val_y]`. */
  readonly defaultSelection: string | null;
  /** The reference as written: `[scriptid=customlist_x]`, an enum such as `-2`, or null. */
  readonly selectRecordType: string | null;
}

export interface ScriptDeploymentDef {
  readonly scriptId: string;
  /** TESTING, RELEASED, NOTSCHEDULED, SCHEDULED, ... */
  readonly status: string;
  readonly title: string | null;
  readonly isDeployed: boolean;
  readonly logLevel: LogLevel | null;
  /** User events: the record type id the deployment listens on, in SuiteScript's lower-case form. */
  readonly recordType: string | null;
  /** User events: the single event type the deployment is limited to (lower case), or null for all. */
  readonly eventType: string | null;
  /** Execution contexts the deployment runs in (upper case as in the XML), or null for all. */
  readonly executionContexts: readonly string[] | null;
  readonly allRoles: boolean;
  /** audslctrole entries as written (ADMINISTRATOR, [scriptid=customrole_x]). */
  readonly roles: readonly string[];
  /** Audience by employees, partners, departments, groups or subsidiaries (not emulated when set). */
  readonly otherAudience: boolean;
  readonly concurrencyLimit: number | null;
  readonly bufferSize: number | null;
  readonly yieldAfterMins: number | null;
  readonly queueAllStagesAtOnce: boolean | null;
  /** Per-deployment parameter values as written in the XML, by custscript_ id. */
  readonly parameterValues: Readonly<Record<string, string>>;
  /** Scheduled and map/reduce deployments: when a SCHEDULED deployment runs by itself, or null. */
  readonly recurrence: RecurrenceDef | null;
}

/**
 * A deployment's `<recurrence>` (NS section_1504707195; SDFxml_4155912874 for daily): the event kind, its start
 * date and time (UTC, as written with Z), the day interval for daily events, an optional end date and repeat
 * interval within the day.
 */
export interface RecurrenceDef {
  readonly kind: string;
  readonly startDate: string;
  readonly startTime: string;
  readonly everyXDays: number | null;
  readonly endDate: string | null;
  /** generic_repeat_time (PT15M ... PT12H) in minutes, or null. */
  readonly repeatMinutes: number | null;
}

export interface ScriptDef {
  readonly type: ScriptObjectType;
  readonly scriptId: string;
  readonly name: string;
  /** File Cabinet path of the built entry file, e.g. /SuiteScripts/pwi/entrypoints/rl_orders.js */
  readonly scriptFile: string;
  readonly isInactive: boolean;
  readonly parameters: readonly ScriptParameterDef[];
  readonly deployments: readonly ScriptDeploymentDef[];
  /** The Objects/ file the script came from (for error messages). */
  readonly sourceFile: string;
}

/** A custom field of a custom record type, or of a standard type (body, column, entity, item fields). */
export interface CustomFieldDef {
  readonly id: string;
  readonly fieldType: SdfFieldType;
  readonly label: string;
  readonly mandatory: boolean;
  readonly selectRecordType: string | null;
  readonly defaultValue: string | null;
  readonly defaultChecked: boolean | null;
  readonly defaultSelection: string | null;
  readonly maxLength: number | null;
  readonly displayType: string | null;
}

export interface CustomRecordTypeDef {
  readonly scriptId: string;
  readonly recordName: string;
  readonly includeName: boolean;
  readonly accessType: string;
  readonly fields: readonly CustomFieldDef[];
  readonly permissions: readonly { role: string; level: string }[];
  readonly sourceFile: string;
}

export interface CustomListDef {
  readonly scriptId: string;
  readonly name: string;
  readonly values: readonly { scriptId: string; value: string; isInactive: boolean }[];
  readonly sourceFile: string;
}

export interface RoleDef {
  readonly scriptId: string;
  readonly name: string;
  readonly centerType: string;
  readonly permissions: readonly { key: string; level: string; restriction: string | null }[];
  readonly sourceFile: string;
}

/** The SDF object types that add a custom field to standard records. */
export type StandardCustomFieldKind =
  'transactionbodycustomfield' | 'transactioncolumncustomfield' | 'entitycustomfield' | 'itemcustomfield';

export interface StandardCustomFieldDef extends CustomFieldDef {
  readonly kind: StandardCustomFieldKind;
  /** The applies-to flags set to T, by element name (appliestosale, bodyitemfulfillment, appliestoitem, ...). */
  readonly appliesTo: readonly string[];
  readonly sourceFile: string;
}

export interface ManifestDef {
  readonly projectName: string;
  readonly projectType: string;
  readonly features: readonly { name: string; required: boolean }[];
  /** Objects and files the account must already hold (ACP dependencies). */
  readonly dependencyObjects: readonly string[];
  readonly dependencyFiles: readonly string[];
}

/** An SDF account customization project as NetSuite reads it on deploy. */
export interface SdfProject {
  readonly dir: string;
  readonly manifest: ManifestDef;
  /** deploy.xml paths by section (files, objects, configuration, translationimports), `~/` form. */
  readonly deployPaths: Readonly<Record<string, readonly string[]>>;
  readonly scripts: readonly ScriptDef[];
  readonly customRecordTypes: readonly CustomRecordTypeDef[];
  readonly customLists: readonly CustomListDef[];
  readonly roles: readonly RoleDef[];
  readonly customFields: readonly StandardCustomFieldDef[];
  readonly secrets: readonly string[];
  /** Root tags the emulator read but does not model (e.g. savedsearch), by script id. */
  readonly otherObjects: Readonly<Record<string, string>>;
}

/** A deploy that NetSuite would refuse: a broken reference, a missing file, a malformed object. */
export class DeployError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'DEPLOY_ERROR';
  }
}
