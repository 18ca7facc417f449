import * as path from 'node:path';
import { snapshotProject } from './project-snapshot';
import { renderTable } from './render';
import { runBench } from './runner';
import { scenarios } from './scenarios';

const USAGE = `npm run bench [-- options]

  --runs N     measured runs per scenario (default 20); wall time is their median
  --warmup N   runs per scenario thrown away first (default 1)
  --only TEXT  only the scenarios whose name contains TEXT (case-insensitive)
  --json       the report as JSON on stdout instead of the table
  --help       this text

Exits 1 when a scenario answers other than expected or breaks issue 5's governance limit.`;

interface CliOptions {
  readonly runs: number;
  readonly warmup: number;
  readonly only: string | null;
  readonly json: boolean;
}

function count(flag: string, value: string | undefined, minimum: number): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < minimum)
    throw new Error(`${flag} needs a whole number ≥ ${minimum}, got ${value ?? 'nothing'}`);
  return n;
}

function parseArgs(args: readonly string[]): CliOptions | null {
  let runs = 20;
  let warmup = 1;
  let only: string | null = null;
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return null;
    else if (arg === '--json') json = true;
    else if (arg === '--runs') runs = count(arg, args[(i += 1)], 1);
    else if (arg === '--warmup') warmup = count(arg, args[(i += 1)], 0);
    else if (arg === '--only') {
      only = args[(i += 1)] ?? null;
      if (only === null) throw new Error('--only needs some text');
    } else throw new Error(`unknown option ${arg}\n\n${USAGE}`);
  }
  return { runs, warmup, only, json };
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  if (options === null) {
    console.log(USAGE);
    return;
  }
  // build/bench/run-bench.js → the repository root holds the SDF project and the built FileCabinet.
  const root = path.resolve(__dirname, '..', '..');
  const wanted = options.only?.toLowerCase() ?? null;
  const chosen = scenarios().filter((s) => wanted === null || s.name.toLowerCase().includes(wanted));
  if (chosen.length === 0) throw new Error(`no scenario name contains "${options.only ?? ''}"`);
  const snapshot = snapshotProject(root);
  let report;
  try {
    report = runBench({
      projectDir: snapshot.dir,
      seed: path.join(root, 'emulator', 'seeds', 'demo.json'),
      seedName: 'emulator/seeds/demo.json',
      runs: options.runs,
      warmupRuns: options.warmup,
      scenarios: chosen,
    });
  } finally {
    snapshot.remove();
  }
  console.log(options.json ? JSON.stringify(report, null, 2) : renderTable(report));
  if (report.scenarios.some((result) => !result.ok || result.overLimit)) process.exitCode = 1;
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
