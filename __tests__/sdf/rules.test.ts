import * as fs from 'node:fs';
import { RULE_IDS, validateProject, type Finding, type RuleId } from '../../emulator/src/sdf/validate';
import { BASELINE, edit, remove, rename, writeProject, type ProjectFiles } from './baseline';

const RL = 'Objects/customscript_pwi_orders_rl.xml';
const UE = 'Objects/customscript_pwi_sync_ue.xml';
const MR = 'Objects/customscript_pwi_resync_mr.xml';
const SS = 'Objects/customscript_pwi_cleanup_ss.xml';
const RECORD = 'Objects/customrecord_pwi_thing.xml';
const LIST = 'Objects/customlist_pwi_mode.xml';
const ROLE = 'Objects/customrole_pwi_integration.xml';
const SEARCH = 'Objects/customsearch_pwi_open.xml';
const RL_JS = 'FileCabinet/SuiteScripts/pwi/entrypoints/orders_rl.js';
const MR_JS = 'FileCabinet/SuiteScripts/pwi/entrypoints/resync_mr.js';
const SS_JS = 'FileCabinet/SuiteScripts/pwi/entrypoints/cleanup_ss.js';
const PARAMS_JS = 'FileCabinet/SuiteScripts/pwi/netsuite/params.js';

function validate(files: ProjectFiles): Finding[] {
  const dir = writeProject(files);
  try {
    return validateProject(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface BrokenCase {
  readonly rule: RuleId;
  readonly name: string;
  readonly files: () => ProjectFiles;
  /** The file the finding must name. */
  readonly file: string;
}

const B = BASELINE;

/** One case per row: the baseline with `from` replaced by `to` (empty: removed) in `file`, the file named. */
function replacementCases(
  rule: RuleId,
  rows: readonly (readonly [name: string, file: string, from: string, to?: string])[],
): BrokenCase[] {
  return rows.map(([name, file, from, to = '']) => ({
    rule,
    name,
    files: () => edit(B, file, from, to),
    file,
  }));
}

const cases: readonly BrokenCase[] = [
  {
    rule: 'xml-well-formed',
    name: 'an object file with an unclosed element',
    files: () => edit(B, LIST, '</customlist>', ''),
    file: LIST,
  },
  {
    rule: 'xml-well-formed',
    name: 'a manifest with mismatched tags',
    files: () => edit(B, 'manifest.xml', '</projectname>', '</projectnam>'),
    file: 'manifest.xml',
  },
  {
    rule: 'xml-well-formed',
    name: 'a stray non-XML file among the objects',
    files: () => ({ ...B, 'Objects/notes.md': '# notes' }),
    file: 'Objects/notes.md',
  },
  {
    rule: 'root-tag-known',
    name: 'the AI-invented <customrole> root',
    files: () => edit(edit(B, ROLE, '<role ', '<customrole '), ROLE, '</role>', '</customrole>'),
    file: ROLE,
  },
  {
    rule: 'file-name-scriptid',
    name: 'a file named differently from its scriptid',
    files: () => rename(B, LIST, 'Objects/customlist_pwi_modes.xml'),
    file: 'Objects/customlist_pwi_modes.xml',
  },
  {
    rule: 'duplicate-scriptid',
    name: 'two deployments with one id',
    files: () => edit(B, MR, 'customdeploy_pwi_resync_mr', 'customdeploy_pwi_orders_rl'),
    file: MR,
  },
  {
    rule: 'id-charset',
    name: 'an upper-case field id',
    files: () => edit(B, RECORD, 'custrecord_pwi_thing_note', 'custrecord_pwi_thing_Note'),
    file: RECORD,
  },
  {
    rule: 'id-type-prefix',
    name: 'a custom record field with a body-field prefix',
    files: () => edit(B, RECORD, 'custrecord_pwi_thing_note', 'custbody_pwi_thing_note'),
    file: RECORD,
  },
  {
    rule: 'id-project-prefix',
    name: "a field outside the project's prefix",
    files: () => edit(B, RECORD, 'custrecord_pwi_thing_note', 'custrecord_acme_thing_note'),
    file: RECORD,
  },
  {
    rule: 'id-length',
    name: 'a 41-character field id',
    files: () => edit(B, RECORD, 'custrecord_pwi_thing_note', `custrecord_pwi_${'n'.repeat(26)}`),
    file: RECORD,
  },
  {
    rule: 'id-length',
    name: 'a 39-character list id (lists allow 38)',
    files: () => {
      const id = `customlist_pwi_${'m'.repeat(24)}`;
      return rename(
        edit(B, LIST, 'scriptid="customlist_pwi_mode"', `scriptid="${id}"`),
        LIST,
        `Objects/${id}.xml`,
      );
    },
    file: `Objects/customlist_pwi_${'m'.repeat(24)}.xml`,
  },
  ...replacementCases('enum-value', [
    ['fieldtype FREEFORMTEXT', RECORD, '<fieldtype>TEXT</fieldtype>', '<fieldtype>FREEFORMTEXT</fieldtype>'],
    ['a RESTlet deployment NOTSCHEDULED', RL, '<status>RELEASED</status>', '<status>NOTSCHEDULED</status>'],
    ['a map/reduce deployment RELEASED', MR, '<status>NOTSCHEDULED</status>', '<status>RELEASED</status>'],
    ['a scheduled deployment RELEASED', SS, '<status>SCHEDULED</status>', '<status>RELEASED</status>'],
    ['loglevel VERBOSE', RL, '<loglevel>DEBUG</loglevel>', '<loglevel>VERBOSE</loglevel>'],
    [
      'UE recordtype SALES_ORDER',
      UE,
      '<recordtype>SALESORDER</recordtype>',
      '<recordtype>SALES_ORDER</recordtype>',
    ],
    ['eventtype INSERT', UE, '<eventtype>CREATE</eventtype>', '<eventtype>INSERT</eventtype>'],
    ['executioncontext MOBILE', UE, 'USERINTERFACE|RESTLET', 'USERINTERFACE|MOBILE'],
    ['permlevel ALL', ROLE, '<permlevel>VIEW</permlevel>', '<permlevel>ALL</permlevel>'],
    [
      'accesstype OPEN',
      RECORD,
      '<accesstype>CUSTRECORDENTRYPERM</accesstype>',
      '<accesstype>OPEN</accesstype>',
    ],
    ['displaytype VISIBLE', RL, '<displaytype>NORMAL</displaytype>', '<displaytype>VISIBLE</displaytype>'],
    [
      'onparentdelete CASCADE',
      RECORD,
      '<onparentdelete>SET_NULL</onparentdelete>',
      '<onparentdelete>CASCADE</onparentdelete>',
    ],
    ['centertype ADMIN', ROLE, '<centertype>BASIC</centertype>', '<centertype>ADMIN</centertype>'],
    ['restriction OWN', ROLE, '<restriction>VIEWANDEDIT</restriction>', '<restriction>OWN</restriction>'],
    ['accesslevel 3', RL, '<accesslevel>2</accesslevel>', '<accesslevel>3</accesslevel>'],
    ['an unknown role in the audience', RL, 'ADMINISTRATOR|', 'ADMIN|'],
    [
      'a permission written as its display name',
      ROLE,
      '<permkey>TRAN_SALESORD</permkey>',
      '<permkey>Sales Order</permkey>',
    ],
    [
      'a select naming its list by record type name',
      RECORD,
      '<selectrecordtype>[scriptid=customlist_pwi_mode]</selectrecordtype>',
      '<selectrecordtype>customlist</selectrecordtype>',
    ],
  ]),
  ...replacementCases('boolean-value', [
    ['isinactive false', RL, '<isinactive>F</isinactive>', '<isinactive>false</isinactive>'],
    ['allroles TRUE', RL, '<allroles>F</allroles>', '<allroles>TRUE</allroles>'],
    ['includename yes', RECORD, '<includename>T</includename>', '<includename>yes</includename>'],
  ]),
  ...replacementCases('required-child', [
    ['a RESTlet deployment without <title>', RL, '<title>PWI Orders</title>'],
    ['a UE deployment without <recordtype>', UE, '<recordtype>SALESORDER</recordtype>'],
    [
      'a script without <scriptfile>',
      SS,
      '<scriptfile>[/SuiteScripts/pwi/entrypoints/cleanup_ss.js]</scriptfile>',
    ],
    ['a parameter without <label>', RL, '<label>Default channel</label>'],
    [
      'a SELECT parameter without <selectrecordtype>',
      RL,
      '<selectrecordtype>[scriptid=customlist_pwi_mode]</selectrecordtype>',
    ],
    ['a role permission without <permlevel>', ROLE, '<permlevel>EDIT</permlevel>'],
    ['a list value without <value>', LIST, '<value>Live</value>'],
    ['a custom record without <recordname>', RECORD, '<recordname>PWI Thing</recordname>'],
    ['a role without <centertype>', ROLE, '<centertype>BASIC</centertype>'],
  ]),
  {
    rule: 'account-specific-value',
    name: 'an [ACCOUNT_SPECIFIC_VALUE] left from an import',
    files: () => edit(B, MR, '<loglevel>ERROR</loglevel>', '<runasrole>[ACCOUNT_SPECIFIC_VALUE]</runasrole>'),
    file: MR,
  },
  {
    rule: 'file-reference',
    name: 'a scriptfile that is not in FileCabinet',
    files: () => edit(B, SS, 'cleanup_ss.js]', 'cleanup.js]'),
    file: SS,
  },
  {
    rule: 'scriptid-reference',
    name: 'a select pointing at a list that does not exist',
    files: () => edit(B, RECORD, '[scriptid=customlist_pwi_mode]', '[scriptid=customlist_pwi_missing]'),
    file: RECORD,
  },
  {
    rule: 'scriptid-reference',
    name: 'a nested reference to a list value that does not exist',
    files: () =>
      edit(B, RL, 'customlist_pwi_mode.val_pwi_mode_live', 'customlist_pwi_mode.val_pwi_mode_nope'),
    file: RL,
  },
  {
    rule: 'scriptid-reference',
    name: 'a role reference without scriptid=',
    files: () => edit(B, RL, '[scriptid=customrole_pwi_integration]', '[customrole_pwi_integration]'),
    file: RL,
  },
  {
    rule: 'no-sdfinstallationscript',
    name: 'an SDF installation script in an ACP',
    files: () => ({
      ...B,
      'Objects/customscript_pwi_install.xml': `<sdfinstallationscript scriptid="customscript_pwi_install">
  <name>Install</name>
  <scriptfile>[/SuiteScripts/pwi/entrypoints/install.js]</scriptfile>
</sdfinstallationscript>
`,
      'FileCabinet/SuiteScripts/pwi/entrypoints/install.js':
        '/**\n * @NApiVersion 2.1\n * @NScriptType SDFInstallationScript\n * @NModuleScope SameAccount\n */\n' +
        'define(["require", "exports"], function (require, exports) {\n    function run() {}\n    exports.run = run;\n});\n',
    }),
    file: 'Objects/customscript_pwi_install.xml',
  },
  {
    rule: 'savedsearch-generated',
    name: 'a hand-written saved search',
    files: () =>
      edit(
        B,
        SEARCH,
        /<definition>.*<\/definition>/,
        '<definition><![CDATA[<search type="item"/>]]></definition>',
      ),
    file: SEARCH,
  },
  {
    rule: 'restlet-audience',
    name: 'a RESTlet deployment open to all roles',
    files: () => edit(B, RL, '<allroles>F</allroles>', '<allroles>T</allroles>'),
    file: RL,
  },
  {
    rule: 'restlet-audience',
    name: 'a RESTlet deployment without the integration role',
    files: () => edit(B, RL, 'ADMINISTRATOR|[scriptid=customrole_pwi_integration]', 'ADMINISTRATOR'),
    file: RL,
  },
  {
    rule: 'parameter-not-mandatory',
    name: 'a mandatory script parameter',
    files: () => edit(B, RL, '<ismandatory>F</ismandatory>', '<ismandatory>T</ismandatory>'),
    file: RL,
  },
  {
    rule: 'scriptfile-entry-point',
    name: 'an entry point whose @NScriptType does not match the object',
    files: () => edit(B, RL_JS, '@NScriptType Restlet', '@NScriptType ScheduledScript'),
    file: RL,
  },
  {
    rule: 'scriptfile-entry-point',
    name: 'an entry point whose header tsc moved below code',
    files: () => edit(B, RL_JS, /^/, '"use strict";\n'),
    file: RL,
  },
  {
    rule: 'scriptfile-entry-point',
    name: 'an entry point on API version 2.0',
    files: () => edit(B, RL_JS, '@NApiVersion 2.1', '@NApiVersion 2.0'),
    file: RL,
  },
  {
    rule: 'scriptfile-entry-point',
    name: 'a scriptfile that is not a .js under /SuiteScripts',
    files: () => edit(B, SS, '[/SuiteScripts/pwi/entrypoints/cleanup_ss.js]', '[/Templates/cleanup_ss.js]'),
    file: SS,
  },
  {
    rule: 'script-entry-exports',
    name: 'a RESTlet that exports no HTTP method',
    files: () => edit(edit(B, RL_JS, 'exports.get = get;', ''), RL_JS, 'exports.post = post;', ''),
    file: RL,
  },
  {
    rule: 'script-entry-exports',
    name: 'a map/reduce without map or reduce',
    files: () => edit(B, MR_JS, 'exports.map = map;', ''),
    file: MR,
  },
  {
    rule: 'script-entry-exports',
    name: 'a file that never calls define',
    files: () => edit(B, MR_JS, /define\(/, 'defined('),
    file: MR,
  },
  {
    rule: 'script-parameter-declared',
    name: 'an imported module reading an undeclared parameter',
    files: () => edit(B, PARAMS_JS, "'custscript_pwi_orders_mode'", "'custscript_pwi_orders_undeclared'"),
    file: RL,
  },
  {
    rule: 'script-parameter-declared',
    name: 'a parameter constant renamed in code but not in XML',
    files: () => edit(B, PARAMS_JS, "= 'custscript_pwi_orders_channel'", "= 'custscript_pwi_orders_chan'"),
    file: RL,
  },
  {
    rule: 'script-parameter-declared',
    name: 'a parameter name built at run time',
    files: () =>
      edit(B, PARAMS_JS, "{ name: 'custscript_pwi_orders_mode' }", '{ name: "custscript_pwi_" + kind() }'),
    file: RL,
  },
  {
    rule: 'script-parameter-declared',
    name: 'a wrapper that hides the parameter name',
    files: () =>
      edit(B, PARAMS_JS, "getParameter({ name: 'custscript_pwi_orders_mode' })", 'getParameter({ name })'),
    file: RL,
  },
  {
    rule: 'script-parameter-declared',
    name: 'a deployment value for a parameter the script does not declare',
    files: () =>
      edit(
        B,
        RL,
        '<custscript_pwi_orders_channel>uk</custscript_pwi_orders_channel>',
        '<custscript_pwi_orders_chanel>uk</custscript_pwi_orders_chanel>',
      ),
    file: RL,
  },
  {
    rule: 'code-id-declared',
    name: 'code writing a custom field that no object declares',
    files: () =>
      edit(
        B,
        PARAMS_JS,
        '    exports.mode = mode;',
        "    exports.mode = mode;\n    exports.FIELD = 'custrecord_pwi_thing_notes';",
      ),
    file: PARAMS_JS,
  },
  {
    rule: 'manifest-shape',
    name: 'a SuiteApp manifest',
    files: () => edit(B, 'manifest.xml', 'ACCOUNTCUSTOMIZATION', 'SUITEAPP'),
    file: 'manifest.xml',
  },
  {
    rule: 'manifest-shape',
    name: 'no manifest at all',
    files: () => remove(B, 'manifest.xml'),
    file: 'manifest.xml',
  },
  {
    rule: 'manifest-features',
    name: 'a role granting token login without the TBA feature',
    files: () => edit(B, 'manifest.xml', '<feature required="true">TBA</feature>', ''),
    file: 'manifest.xml',
  },
  {
    rule: 'manifest-features',
    name: 'custom records without CUSTOMRECORDS',
    files: () => edit(B, 'manifest.xml', '<feature required="true">CUSTOMRECORDS</feature>', ''),
    file: 'manifest.xml',
  },
  {
    rule: 'manifest-features',
    name: 'a feature id that does not exist',
    files: () =>
      edit(
        B,
        'manifest.xml',
        'LOCATIONS</feature>',
        'LOCATIONS</feature><feature required="true">MANUFACTURING</feature>',
      ),
    file: 'manifest.xml',
  },
  {
    rule: 'deploy-paths',
    name: 'deploying the whole File Cabinet',
    files: () => edit(B, 'deploy.xml', '~/FileCabinet/SuiteScripts/pwi/*', '~/FileCabinet/*'),
    file: 'deploy.xml',
  },
  {
    rule: 'deploy-paths',
    name: 'a path that escapes the project',
    files: () => edit(B, 'deploy.xml', '~/Objects/*', '~/../Objects/*'),
    file: 'deploy.xml',
  },
  {
    rule: 'deploy-paths',
    name: 'no deploy.xml',
    files: () => remove(B, 'deploy.xml'),
    file: 'deploy.xml',
  },
  {
    rule: 'deploy-no-run',
    name: 'a <run> section',
    files: () =>
      edit(
        B,
        'deploy.xml',
        '</deploy>',
        '<run><script><path>~/Objects/customscript_pwi_cleanup_ss.xml</path><deployment>customdeploy_pwi_cleanup_ss</deployment></script></run></deploy>',
      ),
    file: 'deploy.xml',
  },
  {
    rule: 'deploy-coverage',
    name: 'a built file outside the deployed folder',
    files: () => ({
      ...B,
      'FileCabinet/SuiteScripts/other/tool.js': 'define([], function () { return {}; });\n',
    }),
    file: 'FileCabinet/SuiteScripts/other/tool.js',
  },
  {
    rule: 'deploy-coverage',
    name: 'objects that deploy.xml does not select',
    files: () => edit(B, 'deploy.xml', /<objects>[\s\S]*<\/objects>/, ''),
    file: ROLE,
  },
  {
    rule: 'filecabinet-clean',
    name: 'a source map in the File Cabinet',
    files: () => ({ ...B, [`${RL_JS}.map`]: '{}' }),
    file: `${RL_JS}.map`,
  },
  {
    rule: 'filecabinet-clean',
    name: 'a dotfile in the File Cabinet',
    files: () => ({ ...B, 'FileCabinet/SuiteScripts/pwi/.DS_Store': 'x' }),
    file: 'FileCabinet/SuiteScripts/pwi/.DS_Store',
  },
  {
    rule: 'filecabinet-clean',
    name: 'TypeScript source in the File Cabinet',
    files: () => ({ ...B, 'FileCabinet/SuiteScripts/pwi/entrypoints/orders_rl.ts': 'export {};' }),
    file: 'FileCabinet/SuiteScripts/pwi/entrypoints/orders_rl.ts',
  },
];

describe('the valid baseline', () => {
  test('has no findings', () => {
    expect(validate(B)).toEqual([]);
  });

  test('accepts hand-written AMD that returns its entry points, and SDF file attributes', () => {
    const files = edit(
      B,
      SS_JS,
      /define\([\s\S]*$/,
      'define(["N/log"], function (log) {\n  return { execute: function () { log.audit({ title: "ran" }); } };\n});\n',
    );
    const withAttributes = {
      ...files,
      'FileCabinet/SuiteScripts/pwi/entrypoints/.attributes/orders_rl.js.attr.xml':
        '<file><description>x</description></file>',
    };
    expect(validate(withAttributes)).toEqual([]);
  });
});

describe.each(cases.map((c) => [c.rule, c.name, c] as const))('%s: %s', (rule, _name, broken) => {
  test(`is reported against ${broken.file}`, () => {
    const findings = validate(broken.files());
    const matching = findings.filter((finding) => finding.rule === rule && finding.file === broken.file);
    if (matching.length === 0) {
      throw new Error(`no ${rule} finding on ${broken.file}; got ${JSON.stringify(findings, null, 2)}`);
    }
    for (const finding of matching) expect(finding.message.length).toBeGreaterThan(10);
  });
});

test('every rule has at least one broken case', () => {
  const covered = new Set(cases.map((c) => c.rule));
  expect(RULE_IDS.filter((rule) => !covered.has(rule))).toEqual([]);
});
