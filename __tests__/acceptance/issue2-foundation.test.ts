// Acceptance checks for issue 2 (the foundation) that no other suite pins: the compiler settings the build relies
// on, one built AMD module per source module with nothing above define(), every gate inside `npm test`, the
// manifest's project type, the health RESTlet's objects, and the README sections the issue lists.
// `npm test` builds before jest; run `npm run build:scripts` first when running this file alone.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { listFiles } from '../../emulator/src/sdf/validate-context';

const ROOT = path.resolve(__dirname, '..', '..');
const BUILT = path.join(ROOT, 'FileCabinet', 'SuiteScripts', 'pwi');

function read(relative: string): string {
  return fs.readFileSync(path.join(ROOT, relative), 'utf8');
}

/** tsconfig.json as tsc resolves it, `extends` included. */
function bundleCompilerOptions(): ts.CompilerOptions {
  const { config, error } = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), (file) =>
    ts.sys.readFile(file),
  );
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options;
}

/** The built file's code with its comments and blank lines taken away. */
function codeOf(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .trim();
}

describe('issue 2 item 1: the build', () => {
  test('the installed compiler is TypeScript 5.9, the last line that emits module amd without a flag', () => {
    expect(ts.version).toMatch(/^5\.9\./);
  });

  test('tsconfig.json compiles src/ strictly to AMD in the File Cabinet, without esModuleInterop or source maps', () => {
    const options = bundleCompilerOptions();
    expect({
      module: options.module,
      strict: options.strict,
      esModuleInterop: options.esModuleInterop ?? false,
      sourceMap: options.sourceMap ?? false,
      inlineSourceMap: options.inlineSourceMap ?? false,
      declaration: options.declaration ?? false,
      removeComments: options.removeComments ?? false,
      outDir: options.outDir && path.relative(ROOT, options.outDir),
      rootDir: options.rootDir && path.relative(ROOT, options.rootDir),
    }).toEqual({
      module: ts.ModuleKind.AMD,
      strict: true,
      esModuleInterop: false,
      sourceMap: false,
      inlineSourceMap: false,
      declaration: false,
      removeComments: false,
      outDir: path.join('FileCabinet', 'SuiteScripts', 'pwi'),
      rootDir: 'src',
    });
    const nTypes = options.paths?.['N/*']?.[0] ?? '';
    expect(nTypes).toContain('@hitc/netsuite-types');
  });

  test('every src/ module has exactly one built .js, and every built .js has its source', () => {
    const sources = listFiles(path.join(ROOT, 'src'))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file) => file.replace(/\.ts$/, '.js'))
      .sort();
    const built = listFiles(BUILT).sort();
    expect(sources.length).toBeGreaterThan(10);
    expect(built).toEqual(sources);
  });

  test('nothing but comments comes before define( in any built module (no interop helpers, no requires)', () => {
    const offenders = listFiles(BUILT).filter(
      (file) => !codeOf(path.join(BUILT, file)).startsWith('define(['),
    );
    expect(offenders).toEqual([]);
  });
});

describe('issue 2 item 2: the deploy path', () => {
  test('manifest.xml is an account customization project named pwi', () => {
    const manifest = read('manifest.xml');
    expect(manifest).toMatch(/<manifest\s+projecttype="ACCOUNTCUSTOMIZATION">/);
    expect(manifest).toMatch(/<projectname>pwi<\/projectname>/);
  });
});

describe('issue 2 item 5: every quality gate runs under npm test', () => {
  const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
  const steps = (pkg.scripts['test'] ?? '').split('&&').map((step) => step.trim());

  test('npm test builds, type-checks, checks formatting, lints and runs jest, in that order, stopping at a failure', () => {
    expect(steps).toEqual([
      'npm run build',
      'npm run typecheck',
      'npm run format:check',
      'npm run lint',
      'jest',
    ]);
  });

  test('the gates run the tools the issue names: tsc --noEmit on the bundle and the tools, prettier --check, eslint', () => {
    expect(pkg.scripts['typecheck']).toBe(
      'tsc -p tsconfig.json --noEmit && tsc -p tsconfig.tools.json --noEmit',
    );
    expect(pkg.scripts['format:check']).toBe('prettier --check .');
    expect(pkg.scripts['lint']).toBe('eslint .');
    expect(pkg.scripts['build']).toMatch(/^npm run build:scripts\b/);
    expect(pkg.scripts['build:scripts']).toMatch(/tsc -p tsconfig\.json$/);
  });

  test('jest runs the SDF validation and the bundle suites (both test roots are in jest.config.js)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(ROOT, 'jest.config.js')) as { testMatch?: string[] };
    expect(config.testMatch).toEqual(
      expect.arrayContaining([
        '<rootDir>/__tests__/**/*.test.ts',
        '<rootDir>/emulator/__tests__/**/*.test.ts',
      ]),
    );
    expect(fs.existsSync(path.join(ROOT, '__tests__', 'sdf', 'project.test.ts'))).toBe(true);
  });
});

describe('issue 2 item 7: the health RESTlet objects', () => {
  test('customscript_pwi_health_rl points at the built health entry point, deployed as customdeploy_pwi_health_rl', () => {
    const xml = read('Objects/customscript_pwi_health_rl.xml');
    expect(xml).toMatch(/^<restlet scriptid="customscript_pwi_health_rl">/);
    const file = /<scriptfile>\[(\/SuiteScripts\/pwi\/[^\]]+)\]<\/scriptfile>/.exec(xml)?.[1];
    expect(file).toBeDefined();
    const built = fs.readFileSync(path.join(ROOT, 'FileCabinet', file ?? ''), 'utf8');
    expect(built).toMatch(/@NScriptType Restlet/);
    expect(built).toMatch(/exports\.get = /);
    expect(xml).toMatch(/<scriptdeployment scriptid="customdeploy_pwi_health_rl">/);
    expect(xml).toMatch(/<status>RELEASED<\/status>/);
  });
});

describe('issue 2 item 9: the README', () => {
  const readme = read('README.md');
  const sections = new Map<string, string>();
  const parts = readme.split(/^## /m);
  for (const part of parts.slice(1)) {
    const newline = part.indexOf('\n');
    sections.set(part.slice(0, newline).trim(), part.slice(newline + 1));
  }
  const intro = parts[0] ?? '';

  function section(title: RegExp): string {
    const hit = [...sections.entries()].find(([heading]) => title.test(heading));
    if (!hit)
      throw new Error(`README has no section matching ${title}; it has ${[...sections.keys()].join(' | ')}`);
    return hit[1];
  }

  test('opens with what the bundle does and for whom', () => {
    expect(intro).toMatch(/Shopify merchants/);
    expect(intro).toMatch(/Patchworks/);
    expect(intro).toMatch(/NetSuite/);
  });

  test('gives the two commands: install and run the main job, and the tests', () => {
    const commands = section(/^Run it locally$/);
    expect(commands).toMatch(/^npm ci && npm run demo\b/m);
    expect(commands).toMatch(/^npm test\b/m);
  });

  test('describes the architecture in a paragraph and a diagram', () => {
    const architecture = section(/^Architecture$/);
    for (const folder of ['src/entrypoints/', 'src/domain/', 'src/netsuite/', 'src/contracts/'])
      expect(architecture).toContain(folder);
    const diagram = /```\n([\s\S]*?)```/.exec(architecture)?.[1] ?? '';
    expect(diagram).toMatch(/[│▼►─]/);
    expect(diagram.split('\n').length).toBeGreaterThan(5);
  });

  test('says how to install the SuiteCloud CLI with a network, link an account and deploy', () => {
    const deploying = section(/^Deploying to a NetSuite account$/);
    // Each as a command line of its own, in the order a user runs them.
    const lines = deploying.split('\n').map((line) => line.trim());
    const install = lines.indexOf('npm install -g @oracle/suitecloud-cli');
    const setup = lines.indexOf('suitecloud account:setup');
    const deploy = lines.indexOf('suitecloud project:deploy');
    expect(install).toBeGreaterThanOrEqual(0);
    expect(setup).toBeGreaterThan(install);
    expect(deploy).toBeGreaterThan(setup);
  });

  test('says where configuration lives, and that secrets are not in it', () => {
    const configuration = section(/^Where configuration lives$/);
    expect(configuration).toContain('customrecord_pwi_channel');
    expect(configuration).toMatch(/script parameters/i);
    expect(configuration).toMatch(/secrets/i);
  });
});
