// .ci/run must install from the lock file and run exactly the test command the README gives, failing on any error.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const script = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
const commands = script
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

test('.ci/run stops at the first failure', () => {
  expect(commands).toContain('set -euo pipefail');
  expect(fs.statSync(path.join(ROOT, '.ci', 'run')).mode & 0o111).not.toBe(0);
});

test('.ci/run installs from the lock file, then runs the README test command', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const testCommand = /^npm test\b/m.exec(readme)?.[0];
  expect(testCommand).toBe('npm test');
  const install = commands.findIndex((line) => line.startsWith('npm ci'));
  const run = commands.indexOf('npm test');
  expect(install).toBeGreaterThanOrEqual(0);
  expect(run).toBeGreaterThan(install);
});

test('package.json pins TypeScript 5.9, which still compiles module amd', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
    scripts: Record<string, string>;
  };
  expect(pkg.devDependencies['typescript']).toMatch(/^5\.9\.\d+$/);
  expect(pkg.devDependencies['@oracle/suitecloud-cli']).toBeUndefined();
  expect(pkg.scripts['test']).toMatch(/^npm run build && .*jest$/);
});
