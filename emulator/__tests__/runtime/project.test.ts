import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Account } from '../../src/account';
import { DeployError, readProject } from '../../src/sdf/project';
import { deployBasic, emptyRegistry, fixture } from './helpers';

/** A copy of the basic fixture with one file changed, so each broken case differs from a valid project by one edit. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwi-emu-'));
  fs.cpSync(fixture('basic'), dir, { recursive: true });
  const target = path.join(dir, file);
  fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
  return dir;
}

function deployError(dir: string): DeployError {
  try {
    Account.deploy(dir, { schemas: emptyRegistry() });
  } catch (error) {
    if (error instanceof DeployError) return error;
    throw error;
  }
  throw new Error('the deploy succeeded');
}

const ECHO = 'Objects/customscript_fx_echo_rl.xml';

describe('SDF project model (sdf-format.md §4)', () => {
  it('reads scripts, parameters, deployments, custom records, lists and roles', () => {
    const project = readProject(fixture('basic'));
    const words = project.scripts.find((s) => s.scriptId === 'customscript_fx_words_mr');
    expect(words?.deployments[0]).toMatchObject({
      scriptId: 'customdeploy_fx_words_mr',
      status: 'NOTSCHEDULED',
      concurrencyLimit: 2,
      bufferSize: 1,
      yieldAfterMins: 60,
      queueAllStagesAtOnce: true,
      logLevel: 'DEBUG',
    });
    const ue = project.scripts.find((s) => s.scriptId === 'customscript_fx_note_ue');
    expect(ue?.deployments[1]).toMatchObject({
      recordType: 'customrecord_fx_note',
      eventType: 'create',
      executionContexts: ['RESTLET'],
    });
    const echo = project.scripts.find((s) => s.scriptId === 'customscript_fx_echo_rl');
    expect(echo?.parameters.map((p) => [p.id, p.fieldType])).toEqual([
      ['custscript_fx_echo_prefix', 'TEXT'],
      ['custscript_fx_echo_enabled', 'CHECKBOX'],
      ['custscript_fx_echo_batch', 'INTEGER'],
      ['custscript_fx_echo_colour', 'SELECT'],
    ]);
    expect(echo?.deployments[0]?.parameterValues).toEqual({
      custscript_fx_echo_enabled: 'T',
      custscript_fx_echo_batch: '25',
    });
    expect(project.customLists[0]?.values.map((v) => v.value)).toEqual(['Red', 'Blue']);
    expect(project.customRecordTypes[0]?.fields.map((f) => f.id)).toContain('custrecord_fx_note_colour');
    expect(project.roles[0]?.permissions[1]).toEqual({
      key: '[scriptid=customrecord_fx_note]',
      level: 'EDIT',
      restriction: null,
    });
    expect(project.manifest.features.map((f) => f.name)).toEqual(['SERVERSIDESCRIPTING', 'CUSTOMRECORDS']);
  });

  it('is cached by directory and modification times', () => {
    expect(readProject(fixture('basic'))).toBe(readProject(fixture('basic')));
  });

  it('custom lists get internal ids and custom record types a schema on deploy (through the SchemaRegistry interface)', () => {
    const account = deployBasic({ schemas: emptyRegistry() });
    expect(account.customLists.get('customlist_fx_colour')).toEqual([
      { id: '1', scriptId: 'val_fx_red', value: 'Red' },
      { id: '2', scriptId: 'val_fx_blue', value: 'Blue' },
    ]);
    const schema = account.schemas.schemaOf('customrecord_fx_note');
    expect(schema.recordClass).toBe('custom');
    expect(schema.fields['custrecord_fx_note_colour']).toMatchObject({
      type: 'select',
      selectType: 'customlist_fx_colour',
    });
    expect(schema.fields['name']?.mandatory).toBe(true);
  });
});

describe('deploy errors: what NetSuite would refuse (sdf-format.md §0, §5.5)', () => {
  it('a [scriptid=...] reference to nothing names the file and the reference', () => {
    const error = deployError(
      brokenCopy(ECHO, (t) =>
        t.replace('<allroles>T</allroles>', '<audslctrole>[scriptid=customrole_nope]</audslctrole>'),
      ),
    );
    expect(error.file).toBe(ECHO);
    expect(error.message).toContain('[scriptid=customrole_nope]');
  });

  it('a [/SuiteScripts/...] file missing under FileCabinet', () => {
    const error = deployError(brokenCopy(ECHO, (t) => t.replace('fx/echo_rl.js', 'fx/missing.js')));
    expect(error.message).toContain('[/SuiteScripts/fx/missing.js]');
  });

  it('a script file whose @NScriptType does not match the object type', () => {
    const error = deployError(
      brokenCopy('FileCabinet/SuiteScripts/fx/echo_rl.js', (t) =>
        t.replace('@NScriptType Restlet', '@NScriptType Suitelet'),
      ),
    );
    expect(error.message).toMatch(/Suitelet.*needs Restlet/);
  });

  it('a script file without @NApiVersion 2.x', () => {
    const error = deployError(
      brokenCopy('FileCabinet/SuiteScripts/fx/echo_rl.js', (t) =>
        t.replace('@NApiVersion 2.1', '@NApiVersion 1.0'),
      ),
    );
    expect(error.message).toContain('@NApiVersion');
  });

  it("an execution context outside NetSuite's list", () => {
    const error = deployError(
      brokenCopy('Objects/customscript_fx_note_ue.xml', (t) =>
        t.replace('USERINTERFACE|RESTLET', 'USERINTERFACE|REST'),
      ),
    );
    expect(error.message).toContain('unknown execution context REST');
  });

  it('a deployment value for a parameter the script does not declare', () => {
    const error = deployError(
      brokenCopy(ECHO, (t) =>
        t.replace(
          '<custscript_fx_echo_batch>25',
          '<custscript_fx_echo_size>25</custscript_fx_echo_size><custscript_fx_echo_batch>25',
        ),
      ),
    );
    expect(error.message).toContain('custscript_fx_echo_size');
  });

  it('a file whose name is not its script id', () => {
    const error = deployError(
      brokenCopy(ECHO, (t) =>
        t.replace('restlet scriptid="customscript_fx_echo_rl"', 'restlet scriptid="customscript_fx_other"'),
      ),
    );
    expect(error.message).toContain('customscript_fx_other.xml');
  });

  it('booleans must be T or F', () => {
    const error = deployError(
      brokenCopy(ECHO, (t) => t.replace('<isinactive>F</isinactive>', '<isinactive>false</isinactive>')),
    );
    expect(error.message).toContain('must be T or F');
  });
});
