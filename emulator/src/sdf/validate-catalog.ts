// What the SDF XML reference says about each object type, as data the rules read. Figures come from the project's
// research notes (/work/shared/reference/sdf-format.md §4–§5, sourced from the SDF XML reference).

/** A SuiteScript script type: its @NScriptType and the entry points its module must export. */
export interface ScriptKind {
  readonly nScriptType: string;
  /** Each inner list is "at least one of"; every inner list must be satisfied. */
  readonly entryPoints: readonly (readonly string[])[];
  /** Deployment <status> values that apply to this script type. */
  readonly statuses: ReadonlySet<string>;
  /** Children every <scriptdeployment> of this type must carry. */
  readonly deploymentRequires: readonly string[];
}

/** A top-level object type (the root tag of an Objects/*.xml file). */
export interface ObjectType {
  readonly prefix: string;
  readonly maxLength: number;
  /** Children the root element must carry. */
  readonly requires: readonly string[];
  readonly script?: ScriptKind;
}

const INTERACTIVE = new Set(['TESTING', 'RELEASED']);
// Queued scripts run when scheduled or submitted; RELEASED does not apply to them. TESTING is the SDF default for
// their deployments in the XML reference, so it stays valid.
const QUEUED = new Set(['NOTSCHEDULED', 'SCHEDULED', 'TESTING']);

function script(
  nScriptType: string,
  entryPoints: readonly (readonly string[])[],
  statuses: ReadonlySet<string>,
  deploymentRequires: readonly string[],
): ObjectType {
  return {
    prefix: 'customscript',
    maxLength: 40,
    requires: ['name', 'scriptfile'],
    script: { nScriptType, entryPoints, statuses, deploymentRequires },
  };
}

function field(prefix: string, maxLength: number): ObjectType {
  return { prefix, maxLength, requires: ['fieldtype', 'label'] };
}

export const OBJECT_TYPES: Readonly<Record<string, ObjectType>> = {
  restlet: script('Restlet', [['get', 'post', 'put', 'delete']], INTERACTIVE, ['status', 'title']),
  usereventscript: script('UserEventScript', [['beforeLoad', 'beforeSubmit', 'afterSubmit']], INTERACTIVE, [
    'status',
    'recordtype',
  ]),
  mapreducescript: script('MapReduceScript', [['getInputData'], ['map', 'reduce']], QUEUED, [
    'status',
    'title',
  ]),
  scheduledscript: script('ScheduledScript', [['execute']], QUEUED, ['status', 'title']),
  suitelet: script('Suitelet', [['onRequest']], INTERACTIVE, ['status', 'title']),
  clientscript: script(
    'ClientScript',
    [
      [
        'pageInit',
        'fieldChanged',
        'postSourcing',
        'sublistChanged',
        'lineInit',
        'validateField',
        'validateLine',
        'validateInsert',
        'validateDelete',
        'saveRecord',
        'localizationContextEnter',
        'localizationContextExit',
      ],
    ],
    INTERACTIVE,
    ['status', 'recordtype'],
  ),
  massupdatescript: script('MassUpdateScript', [['each']], INTERACTIVE, ['status', 'title']),
  workflowactionscript: script('WorkflowActionScript', [['onAction']], INTERACTIVE, ['status']),
  portlet: script('Portlet', [['render']], INTERACTIVE, ['status', 'title']),
  bundleinstallationscript: script(
    'BundleInstallationScript',
    [['beforeInstall', 'afterInstall', 'beforeUpdate', 'afterUpdate', 'beforeUninstall']],
    INTERACTIVE,
    ['status', 'title'],
  ),
  sdfinstallationscript: script('SDFInstallationScript', [['run']], INTERACTIVE, ['status', 'title']),
  customrecordtype: { prefix: 'customrecord', maxLength: 40, requires: ['recordname'] },
  customlist: { prefix: 'customlist', maxLength: 38, requires: ['name'] },
  role: { prefix: 'customrole', maxLength: 40, requires: ['name', 'centertype'] },
  savedsearch: { prefix: 'customsearch', maxLength: 40, requires: ['definition'] },
  secret: { prefix: 'custsecret', maxLength: 99, requires: [] },
  transactionbodycustomfield: field('custbody', 38),
  transactioncolumncustomfield: field('custcol', 37),
  itemcustomfield: field('custitem', 38),
  entitycustomfield: field('custentity', 40),
  workflow: { prefix: 'customworkflow', maxLength: 40, requires: ['name'] },
  subtab: { prefix: 'custtab', maxLength: 40, requires: ['title'] },
};

/** Objects nested inside a top-level object that carry their own scriptid. */
export const NESTED_TYPES: Readonly<
  Record<string, { prefix: string; maxLength: number; requires: readonly string[] }>
> = {
  scriptdeployment: { prefix: 'customdeploy', maxLength: 40, requires: [] },
  scriptcustomfield: { prefix: 'custscript', maxLength: 40, requires: ['fieldtype', 'label'] },
  customrecordcustomfield: { prefix: 'custrecord', maxLength: 40, requires: ['fieldtype', 'label'] },
  customvalue: { prefix: '', maxLength: 40, requires: ['value'] },
};

/** Children required inside repeated blocks that carry no scriptid. */
export const BLOCK_REQUIRES: Readonly<Record<string, readonly string[]>> = {
  'role/permissions/permission': ['permkey', 'permlevel'],
  'customrecordtype/permissions/permission': ['permittedrole', 'permittedlevel'],
};

export const FIELD_TYPES = new Set(
  (
    'CHECKBOX CLOBTEXT CURRENCY DATE DATETIMETZ DOCUMENT EMAIL FLOAT HELP IMAGE INLINEHTML INTEGER MULTISELECT ' +
    'PASSWORD PERCENT PHONE RICHTEXT SELECT TEXT TEXTAREA TIMEOFDAY URL'
  ).split(' '),
);
export const LOG_LEVELS = new Set(['DEBUG', 'AUDIT', 'ERROR', 'EMERGENCY']);
export const PERMISSION_LEVELS = new Set(['NONE', 'VIEW', 'CREATE', 'EDIT', 'FULL']);
export const ACCESS_TYPES = new Set(['CUSTRECORDENTRYPERM', 'NONENEEDED', 'USEPERMISSIONLIST']);
export const DISPLAY_TYPES = new Set(['HIDDEN', 'LOCKED', 'NORMAL', 'SHOWASLIST', 'STATICTEXT']);
export const ON_PARENT_DELETE = new Set(['NO_ACTION', 'SET_NULL']);
export const RESTRICTIONS = new Set(['EDIT', 'VIEWANDEDIT']);
export const ACCESS_LEVELS = new Set(['0', '1', '2']);
export const DYNAMIC_DEFAULTS = new Set(['DEPARTMENT', 'LOCATION', 'ME', 'NOW', 'SUBSIDIARY', 'SUPERVISOR']);
export const CENTER_TYPES = new Set(
  (
    'ACCOUNTCENTER BASIC ENGINEERCENTER EXECUTIVE HR MARKETCENTER PARTNERCENTER PROJECTCENTER SALESCENTER ' +
    'SHIPPINGCENTER STOREMANAGER SUPPORTCENTER SYSADMINCENTER'
  ).split(' '),
);

/** Elements whose value is an SDF boolean (T or F, never true/false). */
export const BOOLEAN_ELEMENTS = new Set(
  (
    'isinactive notifyadmins notifyowner notifyuser isdeployed allroles allemployees allpartners ' +
    'alllocalizationcontexts ismandatory defaultchecked storevalue showinlist isonline queueallstagesatonce ' +
    'includename isordered ismatrixoption allowattachments allowinlineediting allowinlinedeleting ' +
    'allowinlinedetaching allowmobileaccess allownumberingoverride allowquickadd allowquicksearch allowuiaccess ' +
    'enabledle enablekeywords enablemailmerge enablenametranslation enablenumbering enableoptimisticlocking ' +
    'enablesystemnotes hierarchical includeinsearchmenu iswebserviceonlyrole issalesrole issupportrole ' +
    'ispartnerrole restrictbydevice coreadminpermission tfarequired applyformatting checkspelling isformula ' +
    'encryptatrest globalsearch isparent showinlist showid showcreationdate showlastmodified showowner ' +
    'showowneronlist shownotes bodysale bodypurchase bodyjournal bodyexpensereport bodyinventoryadjustment ' +
    'bodyitemfulfillment bodyitemreceipt bodyopportunity bodystore bodytransferorder bodycustomerpayment ' +
    'bodyprintflag bodypickingticket bodyprintpackingslip colsale colpurchase coljournal colexpense ' +
    'colinventoryadjustment colitemfulfillment colitemreceipt colopportunity colstore coltransferorder ' +
    'colprintflag colpackingslip colpickingticket'
  ).split(' '),
);

/**
 * Features an object needs declared in manifest.xml. SDF refuses to deploy an object whose feature the manifest
 * does not list. Keys: object root tag, `permkey:<id>` for role permissions, `recordtype:<id>` for deployments,
 * `selectrecordtype:<id>` for list/record fields, `element:<tag>` for a deployment element's mere presence.
 */
export const FEATURE_NEEDS: Readonly<Record<string, string>> = {
  restlet: 'SERVERSIDESCRIPTING',
  usereventscript: 'SERVERSIDESCRIPTING',
  mapreducescript: 'SERVERSIDESCRIPTING',
  scheduledscript: 'SERVERSIDESCRIPTING',
  suitelet: 'SERVERSIDESCRIPTING',
  massupdatescript: 'SERVERSIDESCRIPTING',
  workflowactionscript: 'SERVERSIDESCRIPTING',
  portlet: 'SERVERSIDESCRIPTING',
  customrecordtype: 'CUSTOMRECORDS',
  workflow: 'WORKFLOW',
  'permkey:ADMI_LOGIN_OAUTH': 'TBA',
  'permkey:ADMI_LOGIN_OAUTH2': 'OAUTH2',
  'permkey:ADMI_RESTWEBSERVICES': 'RESTWEBSERVICES',
  'permkey:TRAN_SALESORD': 'SALESORDERS',
  // Sales Order Approval belongs to the Sales Orders feature (NS chapter_N3236764, Permission Names and IDs).
  'permkey:TRAN_SALESORDAPPRV': 'SALESORDERS',
  'permkey:TRAN_RTNAUTH': 'RETURNAUTHS',
  'permkey:TRAN_ESTIMATE': 'ESTIMATES',
  'permkey:TRAN_PURCHORD': 'PURCHASEORDERS',
  'permkey:LIST_LOCATION': 'LOCATIONS',
  'permkey:LIST_CLASS': 'CLASSES',
  'permkey:LIST_DEPARTMENT': 'DEPARTMENTS',
  'recordtype:SALESORDER': 'SALESORDERS',
  'recordtype:RETURNAUTHORIZATION': 'RETURNAUTHS',
  'recordtype:ESTIMATE': 'ESTIMATES',
  'recordtype:PURCHASEORDER': 'PURCHASEORDERS',
  'recordtype:LOCATION': 'LOCATIONS',
  'selectrecordtype:-101': 'CLASSES',
  'selectrecordtype:-102': 'DEPARTMENTS',
  'selectrecordtype:-103': 'LOCATIONS',
  'selectrecordtype:-122': 'MULTICURRENCY',
  'element:allpartners': 'CRM',
};
