import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUNDLE_VERSION } from '../../src/version';

test('the version health reports is package.json version', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  expect(BUNDLE_VERSION).toBe(pkg.version);
});
