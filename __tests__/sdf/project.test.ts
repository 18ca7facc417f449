// The SDF validation gate of `npm test`: this repository's own project must be deployable as far as can be checked
// without an account. `npm test` builds FileCabinet before jest runs; alone, run `npm run build:scripts` first.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateProject } from '../../emulator/src/sdf/validate';
import { loadProject } from '../../emulator/src/sdf/validate-context';
import { PWI_POLICY } from '../../emulator/src/sdf/validate';
import { neededFeatures } from '../../emulator/src/sdf/rules/manifest';
import { descendants } from '../../emulator/src/sdf/validate-xml';

const ROOT = path.resolve(__dirname, '..', '..');
/** Declared from the start because every part of the bundle is server scripts and custom records. */
const BASE_FEATURES = ['SERVERSIDESCRIPTING', 'CUSTOMRECORDS'];

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'FileCabinet', 'SuiteScripts', 'pwi'))) {
    throw new Error('FileCabinet/SuiteScripts/pwi is missing: run `npm run build:scripts` (npm test does)');
  }
});

test('the project passes every SDF rule', () => {
  const findings = validateProject(ROOT);
  expect(findings).toEqual([]);
});

test('manifest.xml declares exactly the features the objects need, plus the two base ones', () => {
  const project = loadProject(ROOT, PWI_POLICY, () => undefined);
  const declared = descendants(project.manifest!)
    .filter((element) => element.tag === 'feature')
    .map((element) => element.text)
    .sort();
  const needed = [...new Set([...BASE_FEATURES, ...neededFeatures(project).keys()])].sort();
  expect(declared).toEqual(needed);
  expect(declared).toEqual(expect.arrayContaining(BASE_FEATURES));
});

test('deploy.xml selects only the bundle folder and Objects', () => {
  const project = loadProject(ROOT, PWI_POLICY, () => undefined);
  const paths = descendants(project.deploy!)
    .filter((element) => element.tag === 'path')
    .map((element) => element.text);
  expect(paths).toEqual(['~/FileCabinet/SuiteScripts/pwi/*', '~/Objects/*']);
});

test('every script object points at a file built from src/entrypoints', () => {
  const project = loadProject(ROOT, PWI_POLICY, () => undefined);
  for (const object of project.objects) {
    const scriptfile = object.root?.children.find((element) => element.tag === 'scriptfile');
    if (!scriptfile) continue;
    const file = /^\[\/SuiteScripts\/pwi\/(entrypoints\/.+)\.js\]$/.exec(scriptfile.text)?.[1];
    expect({
      object: object.file,
      source: file && fs.existsSync(path.join(ROOT, 'src', `${file}.ts`)),
    }).toEqual({
      object: object.file,
      source: true,
    });
  }
});
