import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { LogLevel } from '../execution';
import {
  DeployError,
  SCRIPT_OBJECT_TYPES,
  type CustomFieldDef,
  type CustomListDef,
  type CustomRecordTypeDef,
  type ManifestDef,
  type RecurrenceDef,
  type RoleDef,
  type ScriptDef,
  type ScriptDeploymentDef,
  type ScriptObjectType,
  type ScriptParameterDef,
  type SdfProject,
  type StandardCustomFieldDef,
  type StandardCustomFieldKind,
} from './project-model';

export * from './project-model';

/** execution_context values (SDF enum), for deployment executioncontext lists. */
export const EXECUTION_CONTEXTS: ReadonlySet<string> = new Set(
  (
    'ACTION ADVANCEDREVREC BANKCONNECTIVITY BANKSTATEMENTPARSER BUNDLEINSTALLATION CLIENT CONSOLRATEADJUSTOR CSVIMPORT ' +
    'CUSTOMGLLINES CUSTOMMASSUPDATE DATASETBUILDER DEBUGGER EMAILCAPTURE FICONNECTIVITY FIPARSER MAPREDUCE OFFLINECLIENT ' +
    'OTHER PAYMENTGATEWAY PAYMENTPOSTBACK PLATFORMEXTENSION PORTLET PROMOTIONS RECORDACTION RESTLET RESTWEBSERVICES ' +
    'SCHEDULED SDFINSTALLATION SHIPPINGPARTNERS SUITELET TAXCALCULATION USEREVENT USERINTERFACE WEBAPPLICATION WEBSERVICES ' +
    'WEBSTORE WORKBOOKBUILDER WORKFLOW'
  ).split(' '),
);

/** script_eventtype values (SDF enum), for a user event deployment's eventtype. */
export const EVENT_TYPES: ReadonlySet<string> = new Set(
  (
    'APPROVE CANCEL CHANGEPASSWORD COPY CREATE DELETE DROPSHIP EDIT EDITFORECAST EMAIL GET MARKCOMPLETE ORDERITEMS PACK ' +
    'PAYBILLS POST PRINT QUICKVIEW REASSIGN REJECT RETRACT SAVESUBMIT SHIP SPECIALORDER TRANSFORM VIEW XEDIT'
  ).split(' '),
);

const LOG_LEVELS: readonly LogLevel[] = ['DEBUG', 'AUDIT', 'ERROR', 'EMERGENCY'];

const STANDARD_CUSTOM_FIELD_KINDS: readonly StandardCustomFieldKind[] = [
  'transactionbodycustomfield',
  'transactioncolumncustomfield',
  'entitycustomfield',
  'itemcustomfield',
];

/** Elements that repeat, so the parser always gives arrays for them. */
const REPEATED = new Set([
  'scriptdeployment',
  'scriptcustomfield',
  'customrecordcustomfield',
  'customvalue',
  'permission',
  'feature',
  'object',
  'file',
  'path',
  'library',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

type XmlNode = Record<string, unknown>;

const cache = new Map<string, { signature: string; project: SdfProject }>();

/**
 * Reads an SDF account customization project the way NetSuite reads it on deploy: manifest.xml, deploy.xml, every
 * Objects/ XML file, and checks every reference (`[scriptid=...]` to an object of the project or a manifest
 * dependency, `[/SuiteScripts/...]` to a file under FileCabinet/). A broken one is a DeployError naming the file.
 * Parsed projects are cached by directory and file modification times, so creating many accounts stays cheap.
 */
export function readProject(dir: string): SdfProject {
  const root = path.resolve(dir);
  const signature = projectSignature(root);
  const hit = cache.get(root);
  if (hit && hit.signature === signature) return hit.project;
  const project = parseProject(root);
  cache.set(root, { signature, project });
  return project;
}

function projectSignature(root: string): string {
  const parts: string[] = [];
  for (const file of ['manifest.xml', 'deploy.xml']) parts.push(`${file}:${mtimeOf(path.join(root, file))}`);
  for (const sub of ['Objects', 'FileCabinet']) {
    for (const file of listFiles(path.join(root, sub))) parts.push(`${file}:${mtimeOf(file)}`);
  }
  return parts.join('|');
}

function mtimeOf(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out.sort();
}

function parseProject(root: string): SdfProject {
  const manifestFile = path.join(root, 'manifest.xml');
  if (!fs.existsSync(manifestFile)) throw new DeployError(manifestFile, 'manifest.xml is missing');
  const manifest = readManifest(manifestFile);
  const deployFile = path.join(root, 'deploy.xml');
  const deployPaths = fs.existsSync(deployFile) ? readDeployXml(deployFile) : {};

  const scripts: ScriptDef[] = [];
  const customRecordTypes: CustomRecordTypeDef[] = [];
  const customLists: CustomListDef[] = [];
  const roles: RoleDef[] = [];
  const customFields: StandardCustomFieldDef[] = [];
  const secrets: string[] = [];
  const otherObjects: Record<string, string> = {};
  const parsed: { file: string; node: XmlNode }[] = [];

  const objectsDir = path.join(root, 'Objects');
  for (const file of listFiles(objectsDir).filter((f) => f.endsWith('.xml'))) {
    const rel = path.relative(root, file);
    const doc = parseXml(file);
    const [tag, node] = rootOf(doc, rel);
    const scriptId = attr(node, 'scriptid');
    if (!scriptId) throw new DeployError(rel, `<${tag}> has no scriptid attribute`);
    if (path.basename(file, '.xml') !== scriptId)
      throw new DeployError(rel, `the file name must be the object's script id (${scriptId}.xml)`);
    parsed.push({ file: rel, node });
    if ((SCRIPT_OBJECT_TYPES as readonly string[]).includes(tag)) {
      scripts.push(readScript(tag as ScriptObjectType, scriptId, node, rel));
    } else if (tag === 'customrecordtype') {
      customRecordTypes.push(readCustomRecordType(scriptId, node, rel));
    } else if (tag === 'customlist') {
      customLists.push(readCustomList(scriptId, node, rel));
    } else if (tag === 'role') {
      roles.push(readRole(scriptId, node, rel));
    } else if ((STANDARD_CUSTOM_FIELD_KINDS as readonly string[]).includes(tag)) {
      customFields.push(readStandardCustomField(tag as StandardCustomFieldKind, scriptId, node, rel));
    } else if (tag === 'secret') {
      secrets.push(scriptId);
    } else {
      otherObjects[scriptId] = tag;
    }
  }

  const project: SdfProject = {
    dir: root,
    manifest,
    deployPaths,
    scripts,
    customRecordTypes,
    customLists,
    roles,
    customFields,
    secrets,
    otherObjects,
  };
  checkReferences(project, parsed);
  return project;
}

function parseXml(file: string): XmlNode {
  try {
    return parser.parse(fs.readFileSync(file, 'utf8')) as XmlNode;
  } catch (error) {
    throw new DeployError(file, `not well-formed XML: ${(error as Error).message}`);
  }
}

function rootOf(doc: XmlNode, file: string): [string, XmlNode] {
  const tags = Object.keys(doc).filter((key) => !key.startsWith('?'));
  const tag = tags[0];
  if (tags.length !== 1 || tag === undefined)
    throw new DeployError(file, 'expected exactly one root element');
  const node = doc[tag];
  return [tag, typeof node === 'object' && node !== null ? (node as XmlNode) : {}];
}

function readManifest(file: string): ManifestDef {
  const [tag, node] = rootOf(parseXml(file), file);
  if (tag !== 'manifest') throw new DeployError(file, `root element must be <manifest>, found <${tag}>`);
  const deps = child(node, 'dependencies');
  const features = list(child(deps, 'features'), 'feature').map((f) =>
    typeof f === 'string'
      ? { name: f, required: true }
      : { name: text(f as XmlNode) ?? '', required: attr(f as XmlNode, 'required') !== 'false' },
  );
  return {
    projectName: str(node, 'projectname') ?? '',
    projectType: attr(node, 'projecttype') ?? '',
    features,
    dependencyObjects: list(child(deps, 'objects'), 'object').map((o) => String(o)),
    dependencyFiles: list(child(deps, 'files'), 'file').map((f) => String(f)),
  };
}

function readDeployXml(file: string): Record<string, string[]> {
  const [tag, node] = rootOf(parseXml(file), file);
  if (tag !== 'deploy') throw new DeployError(file, `root element must be <deploy>, found <${tag}>`);
  const out: Record<string, string[]> = {};
  for (const section of ['configuration', 'files', 'objects', 'translationimports']) {
    const paths = list(child(node, section), 'path').map((p) => String(p));
    if (paths.length > 0) out[section] = paths;
  }
  return out;
}

function readScript(type: ScriptObjectType, scriptId: string, node: XmlNode, file: string): ScriptDef {
  const scriptFile = fileRef(str(node, 'scriptfile'), file, 'scriptfile');
  const parameters = list(child(node, 'scriptcustomfields'), 'scriptcustomfield').map((p) =>
    readParameter(p as XmlNode, file),
  );
  const parameterIds = new Set(parameters.map((p) => p.id));
  const deployments = list(child(node, 'scriptdeployments'), 'scriptdeployment').map((d) =>
    readDeployment(type, d as XmlNode, file, parameterIds),
  );
  return {
    type,
    scriptId,
    name: str(node, 'name') ?? scriptId,
    scriptFile,
    isInactive: bool(node, 'isinactive') ?? false,
    parameters,
    deployments,
    sourceFile: file,
  };
}

function readParameter(node: XmlNode, file: string): ScriptParameterDef {
  const id = attr(node, 'scriptid');
  if (!id) throw new DeployError(file, '<scriptcustomfield> without scriptid');
  const fieldType = str(node, 'fieldtype');
  if (!fieldType) throw new DeployError(file, `parameter ${id} has no <fieldtype>`);
  return {
    id,
    fieldType: fieldType.toUpperCase(),
    label: str(node, 'label') ?? id,
    defaultValue: str(node, 'defaultvalue'),
    defaultChecked: bool(node, 'defaultchecked'),
    defaultSelection: str(node, 'defaultselection'),
    selectRecordType: str(node, 'selectrecordtype'),
  };
}

const DEPLOYMENT_FIELDS = new Set([
  'status',
  'title',
  'isdeployed',
  'loglevel',
  'recordtype',
  'eventtype',
  'executioncontext',
  'allroles',
  'allemployees',
  'allpartners',
  'alllocalizationcontexts',
  'localizationcontext',
  'audslctrole',
  'auddepartment',
  'audemployee',
  'audgroup',
  'audpartner',
  'audsubsidiary',
  'runasrole',
  'concurrencylimit',
  'buffersize',
  'yieldaftermins',
  'queueallstagesatonce',
  'recurrence',
  'isonline',
  'links',
  'priority',
]);

function readDeployment(
  type: ScriptObjectType,
  node: XmlNode,
  file: string,
  parameterIds: ReadonlySet<string>,
): ScriptDeploymentDef {
  const scriptId = attr(node, 'scriptid');
  if (!scriptId) throw new DeployError(file, '<scriptdeployment> without scriptid');
  const status = (str(node, 'status') ?? 'TESTING').toUpperCase();
  const logLevelRaw = str(node, 'loglevel');
  const logLevel = logLevelRaw === null ? null : (logLevelRaw.toUpperCase() as LogLevel);
  if (logLevel !== null && !LOG_LEVELS.includes(logLevel))
    throw new DeployError(file, `${scriptId}: unknown loglevel ${logLevelRaw}`);

  const contextsRaw = str(node, 'executioncontext');
  const executionContexts = contextsRaw === null ? null : splitPipes(contextsRaw);
  for (const context of executionContexts ?? []) {
    if (!EXECUTION_CONTEXTS.has(context))
      throw new DeployError(file, `${scriptId}: unknown execution context ${context}`);
  }
  const eventTypeRaw = str(node, 'eventtype');
  if (eventTypeRaw !== null && !EVENT_TYPES.has(eventTypeRaw.toUpperCase()))
    throw new DeployError(file, `${scriptId}: unknown eventtype ${eventTypeRaw}`);

  const recordTypeRaw = str(node, 'recordtype');
  if (type === 'usereventscript' && recordTypeRaw === null)
    throw new DeployError(file, `${scriptId}: a user event deployment needs <recordtype>`);

  const parameterValues: Record<string, string> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || DEPLOYMENT_FIELDS.has(key)) continue;
    if (!parameterIds.has(key)) {
      throw new DeployError(
        file,
        `${scriptId}: <${key}> is neither a deployment field nor a parameter of this script`,
      );
    }
    parameterValues[key] = typeof value === 'string' ? value : (text(value as XmlNode) ?? '');
  }

  return {
    scriptId,
    status,
    title: str(node, 'title'),
    isDeployed: bool(node, 'isdeployed') ?? true,
    logLevel,
    recordType: recordTypeRaw === null ? null : recordTypeId(recordTypeRaw),
    eventType: eventTypeRaw === null ? null : eventTypeRaw.toLowerCase(),
    executionContexts,
    allRoles: bool(node, 'allroles') ?? false,
    roles: splitPipes(str(node, 'audslctrole') ?? ''),
    otherAudience:
      bool(node, 'allemployees') === true ||
      bool(node, 'allpartners') === true ||
      ['auddepartment', 'audemployee', 'audgroup', 'audpartner', 'audsubsidiary'].some(
        (key) => (str(node, key) ?? '') !== '',
      ),
    concurrencyLimit: int(node, 'concurrencylimit', file),
    bufferSize: int(node, 'buffersize', file),
    yieldAfterMins: int(node, 'yieldaftermins', file),
    queueAllStagesAtOnce: bool(node, 'queueallstagesatonce'),
    parameterValues,
    recurrence: readRecurrence(child(node, 'recurrence'), file, scriptId),
  };
}

const REPEAT_MINUTES: Readonly<Record<string, number>> = {
  PT15M: 15,
  PT30M: 30,
  PT1H: 60,
  PT2H: 120,
  PT4H: 240,
  PT6H: 360,
  PT8H: 480,
  PT12H: 720,
};

function readRecurrence(node: XmlNode | undefined, file: string, scriptId: string): RecurrenceDef | null {
  if (!node) return null;
  const kinds = Object.keys(node).filter((key) => !key.startsWith('@_'));
  const kind = kinds[0];
  if (kinds.length !== 1 || kind === undefined)
    throw new DeployError(file, `${scriptId}: <recurrence> holds exactly one event`);
  const event = child(node, kind) ?? {};
  const startDate = str(event, 'startdate');
  const startTime = str(event, 'starttime');
  if (!startDate || !/^\d{4}-\d{2}-\d{2}$/.test(startDate))
    throw new DeployError(file, `${scriptId}: recurrence needs <startdate> as yyyy-MM-dd`);
  if (!startTime || !/^\d{2}:\d{2}:\d{2}Z$/.test(startTime))
    throw new DeployError(file, `${scriptId}: recurrence needs <starttime> as HH:mm:ssZ`);
  const repeat = str(event, 'repeat');
  const repeatMinutes = repeat === null || repeat === '' ? null : REPEAT_MINUTES[repeat];
  if (repeatMinutes === undefined) throw new DeployError(file, `${scriptId}: unknown <repeat> ${repeat}`);
  const everyXDays = int(event, 'everyxdays', file);
  if (kind === 'daily' && (everyXDays === null || everyXDays < 1 || everyXDays > 1000))
    throw new DeployError(file, `${scriptId}: daily recurrence needs <everyxdays> from 1 to 1000`);
  return { kind, startDate, startTime, everyXDays, endDate: str(event, 'enddate'), repeatMinutes };
}

/** `ITEMFULFILLMENT` → `itemfulfillment`; `[scriptid=customrecord_x]` → `customrecord_x`. */
export function recordTypeId(value: string): string {
  const ref = /^\[scriptid=([^\]]+)\]$/.exec(value.trim());
  return ref?.[1] ?? value.trim().toLowerCase();
}

function readCustomField(node: XmlNode, file: string, owner: string): CustomFieldDef {
  const id = attr(node, 'scriptid');
  if (!id) throw new DeployError(file, `a custom field of ${owner} has no scriptid`);
  const fieldType = str(node, 'fieldtype');
  if (!fieldType) throw new DeployError(file, `${id} has no <fieldtype>`);
  return {
    id,
    fieldType: fieldType.toUpperCase(),
    label: str(node, 'label') ?? id,
    mandatory: bool(node, 'ismandatory') ?? false,
    selectRecordType: str(node, 'selectrecordtype'),
    defaultValue: str(node, 'defaultvalue'),
    defaultChecked: bool(node, 'defaultchecked'),
    defaultSelection: str(node, 'defaultselection'),
    maxLength: int(node, 'maxlength', file),
    displayType: str(node, 'displaytype'),
  };
}

function readCustomRecordType(scriptId: string, node: XmlNode, file: string): CustomRecordTypeDef {
  return {
    scriptId,
    recordName: str(node, 'recordname') ?? scriptId,
    includeName: bool(node, 'includename') ?? true,
    accessType: str(node, 'accesstype') ?? 'CUSTRECORDENTRYPERM',
    fields: list(child(node, 'customrecordcustomfields'), 'customrecordcustomfield').map((f) =>
      readCustomField(f as XmlNode, file, scriptId),
    ),
    permissions: list(child(node, 'permissions'), 'permission').map((p) => ({
      role: str(p as XmlNode, 'permittedrole') ?? '',
      level: str(p as XmlNode, 'permittedlevel') ?? 'NONE',
    })),
    sourceFile: file,
  };
}

function readCustomList(scriptId: string, node: XmlNode, file: string): CustomListDef {
  return {
    scriptId,
    name: str(node, 'name') ?? scriptId,
    values: list(child(node, 'customvalues'), 'customvalue').map((v) => {
      const value = v as XmlNode;
      const id = attr(value, 'scriptid');
      if (!id) throw new DeployError(file, `a value of ${scriptId} has no scriptid`);
      return {
        scriptId: id,
        value: str(value, 'value') ?? '',
        isInactive: bool(value, 'isinactive') ?? false,
      };
    }),
    sourceFile: file,
  };
}

function readRole(scriptId: string, node: XmlNode, file: string): RoleDef {
  return {
    scriptId,
    name: str(node, 'name') ?? scriptId,
    centerType: str(node, 'centertype') ?? 'BASIC',
    permissions: list(child(node, 'permissions'), 'permission').map((p) => ({
      key: str(p as XmlNode, 'permkey') ?? '',
      level: str(p as XmlNode, 'permlevel') ?? 'NONE',
      restriction: str(p as XmlNode, 'restriction'),
    })),
    sourceFile: file,
  };
}

function readStandardCustomField(
  kind: StandardCustomFieldKind,
  scriptId: string,
  node: XmlNode,
  file: string,
): StandardCustomFieldDef {
  const base = readCustomField({ ...node, '@_scriptid': scriptId }, file, kind);
  const appliesTo = Object.entries(node)
    .filter(([key, value]) => isAppliesToFlag(key) && value === 'T')
    .map(([key]) => key);
  return { ...base, kind, appliesTo, sourceFile: file };
}

/** Applies-to flags: appliesto*, body* (transaction body fields), col* (column fields). */
function isAppliesToFlag(key: string): boolean {
  return /^(appliesto|body|col)[a-z]+$/.test(key);
}

/** Every [scriptid=...] must name an object of the project (or a nested item of one) or a manifest dependency. */
function checkReferences(project: SdfProject, parsed: readonly { file: string; node: XmlNode }[]): void {
  const known = new Set<string>(project.manifest.dependencyObjects);
  for (const { node } of parsed) collectIds(node, null, known);
  const files = new Set(project.manifest.dependencyFiles);
  for (const { file, node } of parsed) {
    walkStrings(node, (value) => {
      for (const match of value.matchAll(/\[scriptid=([^\]]*)\]/g)) {
        const id = match[1] ?? '';
        if (!known.has(id)) throw new DeployError(file, `reference [scriptid=${id}] points to nothing`);
      }
      for (const match of value.matchAll(/\[(\/[^\]]+)\]/g)) {
        const ref = match[1] ?? '';
        if (files.has(ref)) continue;
        const onDisk = path.join(project.dir, 'FileCabinet', ...ref.split('/').filter(Boolean));
        if (!fs.existsSync(onDisk))
          throw new DeployError(
            file,
            `file reference [${ref}] is missing under FileCabinet/ (built scripts come from npm run build)`,
          );
      }
    });
  }
}

/** Registers every scriptid in the tree: top-level ids, and nested ones as parent.child. */
function collectIds(node: unknown, parent: string | null, known: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectIds(item, parent, known);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const id = attr(node as XmlNode, 'scriptid');
  let scope = parent;
  if (id) {
    const full = parent === null ? id : `${parent}.${id}`;
    known.add(full);
    // Deployments and parameters are also addressable on their own (they are unique account-wide).
    known.add(id);
    scope = parent === null ? id : parent;
  }
  for (const [key, value] of Object.entries(node)) if (!key.startsWith('@_')) collectIds(value, scope, known);
}

function walkStrings(node: unknown, visit: (value: string) => void): void {
  if (typeof node === 'string') visit(node);
  else if (Array.isArray(node)) for (const item of node) walkStrings(item, visit);
  else if (typeof node === 'object' && node !== null)
    for (const [key, value] of Object.entries(node)) if (!key.startsWith('@_')) walkStrings(value, visit);
}

function fileRef(value: string | null, file: string, field: string): string {
  const ref = /^\[(\/[^\]]+)\]$/.exec(value ?? '');
  if (!ref?.[1]) throw new DeployError(file, `<${field}> must be a [/SuiteScripts/...] file reference`);
  return ref[1];
}

function child(node: XmlNode | undefined, key: string): XmlNode | undefined {
  const value = node?.[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as XmlNode)
    : undefined;
}

function list(node: XmlNode | undefined, key: string): unknown[] {
  const value = node?.[key];
  if (value === undefined || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

function attr(node: XmlNode, name: string): string | null {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : null;
}

function text(node: XmlNode): string | null {
  const value = node['#text'];
  return typeof value === 'string' ? value : null;
}

function str(node: XmlNode | undefined, key: string): string | null {
  const value = node?.[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return text(value as XmlNode);
  return null;
}

function bool(node: XmlNode, key: string): boolean | null {
  const value = str(node, key);
  if (value === null) return null;
  if (value === 'T') return true;
  if (value === 'F') return false;
  throw new DeployError(String(node['@_scriptid'] ?? key), `<${key}> must be T or F, found ${value}`);
}

function int(node: XmlNode, key: string, file: string): number | null {
  const value = str(node, key);
  if (value === null || value === '') return null;
  if (!/^-?\d+$/.test(value)) throw new DeployError(file, `<${key}> must be an integer, found ${value}`);
  return Number(value);
}

function splitPipes(value: string): string[] {
  return value
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
