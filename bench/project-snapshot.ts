import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** What Account.deploy reads of an SDF project. */
const PROJECT_PARTS = ['manifest.xml', 'deploy.xml', 'Objects', 'FileCabinet'] as const;
const BUNDLE_OUT = path.join('FileCabinet', 'SuiteScripts', 'pwi');

export interface Snapshot {
  readonly dir: string;
  remove(): void;
}

/**
 * A private copy of the built project, so every run of a benchmark deploys the same files even when something
 * else rebuilds the work tree meanwhile (the build empties FileCabinet/ before compiling into it). A copy taken
 * mid-build is refused: every src/ module must have its built .js. Tries `attempts` times, `waitMs` apart.
 */
export function snapshotProject(root: string, attempts = 10, waitMs = 2000): Snapshot {
  let missing: string[] = [];
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwi-bench-'));
    for (const part of PROJECT_PARTS) {
      const from = path.join(root, part);
      if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, part), { recursive: true });
    }
    missing = unbuiltModules(root, dir);
    if (missing.length === 0) return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
    fs.rmSync(dir, { recursive: true, force: true });
    if (attempt < attempts) sleep(waitMs);
  }
  throw new Error(
    `FileCabinet/ is incomplete (a build is running, or run npm run build): no built file for ${missing.slice(0, 5).join(', ')}`,
  );
}

/** src/ modules (not type declarations) whose AMD build is absent from the copy. */
function unbuiltModules(root: string, copy: string): string[] {
  const sources = path.join(root, 'src');
  return listFiles(sources)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => path.relative(sources, file))
    .filter((relative) => !fs.existsSync(path.join(copy, BUNDLE_OUT, relative.replace(/\.ts$/, '.js'))));
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
