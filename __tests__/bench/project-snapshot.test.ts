import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { snapshotProject } from '../../bench/project-snapshot';
import { Account } from '../../emulator/src/account';

const ROOT = path.join(__dirname, '..', '..');

describe('snapshotProject', () => {
  it('copies the built project so an account deploys from the copy, and removes it afterwards', () => {
    const snapshot = snapshotProject(ROOT, 3, 1000);
    try {
      expect(snapshot.dir).not.toBe(ROOT);
      const account = Account.deploy(snapshot.dir, {
        seed: path.join(ROOT, 'emulator', 'seeds', 'demo.json'),
      });
      expect(account.scripts().map((s) => s.def.scriptId)).toContain('customscript_pwi_order_rl');
    } finally {
      snapshot.remove();
    }
    expect(fs.existsSync(snapshot.dir)).toBe(false);
  });

  it('refuses a copy in which a src/ module has no built file (a build half done)', () => {
    const fake = fs.mkdtempSync(path.join(os.tmpdir(), 'pwi-bench-test-'));
    try {
      fs.mkdirSync(path.join(fake, 'src', 'domain'), { recursive: true });
      fs.writeFileSync(path.join(fake, 'src', 'domain', 'built.ts'), 'export const a = 1;\n');
      fs.writeFileSync(path.join(fake, 'src', 'domain', 'unbuilt.ts'), 'export const b = 2;\n');
      const out = path.join(fake, 'FileCabinet', 'SuiteScripts', 'pwi', 'domain');
      fs.mkdirSync(out, { recursive: true });
      fs.writeFileSync(path.join(out, 'built.js'), 'define([], function () {});\n');
      expect(() => snapshotProject(fake, 1, 0)).toThrow(/no built file for domain[/\\]unbuilt\.ts/);
    } finally {
      fs.rmSync(fake, { recursive: true, force: true });
    }
  });
});
