// A small but complete SDF project that the validator accepts, written file by file so that each rule test can
// break exactly one thing. Used only by the tests in this folder; nothing here is deployed.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export type ProjectFiles = Record<string, string>;

/** tsc's AMD shape for an entry point: header, blank line, define with require/exports and dependencies. */
function entryPoint(scriptType: string, deps: readonly string[], body: string): string {
  const ids = ['require', 'exports', ...deps].map((id) => JSON.stringify(id)).join(', ');
  const params = ['require', 'exports', ...deps.map((_, index) => `dep${index}`)].join(', ');
  return [
    '/**',
    ' * @NApiVersion 2.1',
    ` * @NScriptType ${scriptType}`,
    ' * @NModuleScope SameAccount',
    ' */',
    `define([${ids}], function (${params}) {`,
    '    "use strict";',
    '    Object.defineProperty(exports, "__esModule", { value: true });',
    body,
    '});',
    '',
  ].join('\n');
}

const RESTLET_JS = entryPoint(
  'Restlet',
  ['N/log', '../netsuite/params'],
  [
    '    exports.post = exports.get = void 0;',
    '    function get(request) { dep0.debug({ title: "get", details: request }); return { ok: true }; }',
    '    exports.get = get;',
    '    function post(body) { return { channel: dep1.defaultChannel(), body: body }; }',
    '    exports.post = post;',
  ].join('\n'),
);

const PARAMS_JS = [
  'define(["require", "exports", "N/runtime"], function (require, exports, runtime) {',
  '    "use strict";',
  '    Object.defineProperty(exports, "__esModule", { value: true });',
  '    exports.PARAM_CHANNEL = void 0;',
  "    exports.PARAM_CHANNEL = 'custscript_pwi_orders_channel';",
  '    function defaultChannel() {',
  '        return runtime.getCurrentScript().getParameter({ name: exports.PARAM_CHANNEL });',
  '    }',
  '    exports.defaultChannel = defaultChannel;',
  '    function mode() {',
  "        return runtime.getCurrentScript().getParameter({ name: 'custscript_pwi_orders_mode' });",
  '    }',
  '    exports.mode = mode;',
  '});',
  '',
].join('\n');

const USER_EVENT_JS = entryPoint(
  'UserEventScript',
  [],
  ['    function afterSubmit(context) { return context; }', '    exports.afterSubmit = afterSubmit;'].join(
    '\n',
  ),
);

const MAP_REDUCE_JS = entryPoint(
  'MapReduceScript',
  [],
  [
    '    function getInputData() { return []; }',
    '    exports.getInputData = getInputData;',
    '    function map(context) { return context; }',
    '    exports.map = map;',
    '    function summarize(summary) { return summary; }',
    '    exports.summarize = summarize;',
  ].join('\n'),
);

const SCHEDULED_JS = entryPoint(
  'ScheduledScript',
  [],
  ['    function execute(context) { return context; }', '    exports.execute = execute;'].join('\n'),
);

export const BASELINE: ProjectFiles = {
  'manifest.xml': `<manifest projecttype="ACCOUNTCUSTOMIZATION">
  <projectname>pwi-fixture</projectname>
  <frameworkversion>1.0</frameworkversion>
  <dependencies>
    <features>
      <feature required="true">SERVERSIDESCRIPTING</feature>
      <feature required="true">CUSTOMRECORDS</feature>
      <feature required="true">TBA</feature>
      <feature required="true">SALESORDERS</feature>
      <feature required="false">LOCATIONS</feature>
    </features>
    <objects>
      <object>custsecret_pwi_shop_token</object>
    </objects>
    <files>
      <file>/SuiteScripts/shared/existing.js</file>
    </files>
  </dependencies>
</manifest>
`,
  'deploy.xml': `<deploy>
  <files>
    <path>~/FileCabinet/SuiteScripts/pwi/*</path>
  </files>
  <objects>
    <path>~/Objects/*</path>
  </objects>
</deploy>
`,
  'Objects/customrole_pwi_integration.xml': `<role scriptid="customrole_pwi_integration">
  <name>PWI Integration</name>
  <centertype>BASIC</centertype>
  <iswebserviceonlyrole>F</iswebserviceonlyrole>
  <permissions>
    <permission>
      <permkey>ADMI_LOGIN_OAUTH</permkey>
      <permlevel>FULL</permlevel>
    </permission>
    <permission>
      <permkey>TRAN_SALESORD</permkey>
      <permlevel>EDIT</permlevel>
    </permission>
    <permission>
      <permkey>LIST_LOCATION</permkey>
      <permlevel>VIEW</permlevel>
    </permission>
    <permission>
      <permkey>[scriptid=customrecord_pwi_thing]</permkey>
      <permlevel>EDIT</permlevel>
      <restriction>VIEWANDEDIT</restriction>
    </permission>
  </permissions>
</role>
`,
  'Objects/customscript_pwi_orders_rl.xml': `<restlet scriptid="customscript_pwi_orders_rl">
  <name>PWI Orders</name>
  <scriptfile>[/SuiteScripts/pwi/entrypoints/orders_rl.js]</scriptfile>
  <description>Orders in; uses the shared library [/SuiteScripts/shared/existing.js].</description>
  <isinactive>F</isinactive>
  <notifyowner>T</notifyowner>
  <scriptcustomfields>
    <scriptcustomfield scriptid="custscript_pwi_orders_channel">
      <fieldtype>TEXT</fieldtype>
      <label>Default channel</label>
      <ismandatory>F</ismandatory>
      <displaytype>NORMAL</displaytype>
      <accesslevel>2</accesslevel>
    </scriptcustomfield>
    <scriptcustomfield scriptid="custscript_pwi_orders_mode">
      <fieldtype>SELECT</fieldtype>
      <label>Mode</label>
      <selectrecordtype>[scriptid=customlist_pwi_mode]</selectrecordtype>
      <defaultselection>[scriptid=customlist_pwi_mode.val_pwi_mode_live]</defaultselection>
    </scriptcustomfield>
  </scriptcustomfields>
  <scriptdeployments>
    <scriptdeployment scriptid="customdeploy_pwi_orders_rl">
      <status>RELEASED</status>
      <title>PWI Orders</title>
      <isdeployed>T</isdeployed>
      <loglevel>DEBUG</loglevel>
      <allroles>F</allroles>
      <audslctrole>ADMINISTRATOR|[scriptid=customrole_pwi_integration]</audslctrole>
      <custscript_pwi_orders_channel>uk</custscript_pwi_orders_channel>
    </scriptdeployment>
  </scriptdeployments>
</restlet>
`,
  'Objects/customscript_pwi_sync_ue.xml': `<usereventscript scriptid="customscript_pwi_sync_ue">
  <name>PWI Sync</name>
  <scriptfile>[/SuiteScripts/pwi/entrypoints/sync_ue.js]</scriptfile>
  <scriptdeployments>
    <scriptdeployment scriptid="customdeploy_pwi_sync_ue_so">
      <status>RELEASED</status>
      <recordtype>SALESORDER</recordtype>
      <eventtype>CREATE</eventtype>
      <executioncontext>USERINTERFACE|RESTLET|MAPREDUCE</executioncontext>
      <loglevel>AUDIT</loglevel>
    </scriptdeployment>
    <scriptdeployment scriptid="customdeploy_pwi_sync_ue_thing">
      <status>TESTING</status>
      <recordtype>[scriptid=customrecord_pwi_thing]</recordtype>
    </scriptdeployment>
  </scriptdeployments>
</usereventscript>
`,
  'Objects/customscript_pwi_resync_mr.xml': `<mapreducescript scriptid="customscript_pwi_resync_mr">
  <name>PWI Resync</name>
  <scriptfile>[/SuiteScripts/pwi/entrypoints/resync_mr.js]</scriptfile>
  <scriptdeployments>
    <scriptdeployment scriptid="customdeploy_pwi_resync_mr">
      <status>NOTSCHEDULED</status>
      <title>PWI Resync</title>
      <isdeployed>T</isdeployed>
      <loglevel>ERROR</loglevel>
      <queueallstagesatonce>T</queueallstagesatonce>
    </scriptdeployment>
  </scriptdeployments>
</mapreducescript>
`,
  'Objects/customscript_pwi_cleanup_ss.xml': `<scheduledscript scriptid="customscript_pwi_cleanup_ss">
  <name>PWI Cleanup</name>
  <scriptfile>[/SuiteScripts/pwi/entrypoints/cleanup_ss.js]</scriptfile>
  <scriptdeployments>
    <scriptdeployment scriptid="customdeploy_pwi_cleanup_ss">
      <status>SCHEDULED</status>
      <title>PWI Cleanup</title>
    </scriptdeployment>
  </scriptdeployments>
</scheduledscript>
`,
  'Objects/customrecord_pwi_thing.xml': `<customrecordtype scriptid="customrecord_pwi_thing">
  <recordname>PWI Thing</recordname>
  <accesstype>CUSTRECORDENTRYPERM</accesstype>
  <includename>T</includename>
  <isinactive>F</isinactive>
  <customrecordcustomfields>
    <customrecordcustomfield scriptid="custrecord_pwi_thing_note">
      <fieldtype>TEXT</fieldtype>
      <label>Note</label>
      <maxlength>100</maxlength>
    </customrecordcustomfield>
    <customrecordcustomfield scriptid="custrecord_pwi_thing_mode">
      <fieldtype>SELECT</fieldtype>
      <label>Mode</label>
      <selectrecordtype>[scriptid=customlist_pwi_mode]</selectrecordtype>
      <onparentdelete>SET_NULL</onparentdelete>
    </customrecordcustomfield>
    <customrecordcustomfield scriptid="custrecord_pwi_thing_token">
      <fieldtype>TEXT</fieldtype>
      <label>Token secret id</label>
      <defaultvalue>[scriptid=custsecret_pwi_shop_token]</defaultvalue>
    </customrecordcustomfield>
  </customrecordcustomfields>
</customrecordtype>
`,
  'Objects/customlist_pwi_mode.xml': `<customlist scriptid="customlist_pwi_mode">
  <name>PWI Mode</name>
  <isordered>T</isordered>
  <customvalues>
    <customvalue scriptid="val_pwi_mode_live">
      <value>Live</value>
    </customvalue>
    <customvalue scriptid="val_pwi_mode_dry">
      <value>Dry run</value>
    </customvalue>
  </customvalues>
</customlist>
`,
  'Objects/customsearch_pwi_open.xml': `<!-- This XML must be system-generated. Do not edit it manually. !-->
<savedsearch scriptid="customsearch_pwi_open">
  <definition>0f3a9c@GZC@2024.2.0@H4sIAAAAAAAAA+1YW2/aMBR+ZxL/gfI+0nRdqfKAtg4=</definition>
</savedsearch>
`,
  'FileCabinet/SuiteScripts/pwi/entrypoints/orders_rl.js': RESTLET_JS,
  'FileCabinet/SuiteScripts/pwi/entrypoints/sync_ue.js': USER_EVENT_JS,
  'FileCabinet/SuiteScripts/pwi/entrypoints/resync_mr.js': MAP_REDUCE_JS,
  'FileCabinet/SuiteScripts/pwi/entrypoints/cleanup_ss.js': SCHEDULED_JS,
  'FileCabinet/SuiteScripts/pwi/netsuite/params.js': PARAMS_JS,
};

/** Writes a project into a fresh temporary folder and returns its path. */
export function writeProject(files: ProjectFiles): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwi-sdf-'));
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(dir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

/** Replaces `from` with `to` in one file, failing loudly when `from` is not there (a mutation must bite). */
export function edit(files: ProjectFiles, file: string, from: string | RegExp, to: string): ProjectFiles {
  const content = files[file];
  if (content === undefined) throw new Error(`fixture has no ${file}`);
  const changed = content.replace(from, to);
  if (changed === content) throw new Error(`mutation of ${file} changed nothing: ${String(from)}`);
  return { ...files, [file]: changed };
}

/** Moves a file to a new path. */
export function rename(files: ProjectFiles, from: string, to: string): ProjectFiles {
  const { [from]: content, ...rest } = files;
  if (content === undefined) throw new Error(`fixture has no ${from}`);
  return { ...rest, [to]: content };
}

/** Removes a file. */
export function remove(files: ProjectFiles, file: string): ProjectFiles {
  if (!(file in files)) throw new Error(`fixture has no ${file}`);
  return Object.fromEntries(Object.entries(files).filter(([name]) => name !== file));
}
