import { USAGE_LIMITS } from '../emulator/src/governance';
import type { BenchReport, CallCost, ScenarioResult } from './runner';

/** Width the N/ calls column wraps at; the other columns size to their content. */
const CALLS_WIDTH = 58;

type Cell = readonly string[];

/** The report as a plain-text table for a terminal, with the flags and notes under it. */
export function renderTable(report: BenchReport): string {
  const header: Cell[] = [
    ['#'],
    ['scenario'],
    ['answer'],
    ['units'],
    ['% of', 'budget'],
    [`issue 5`, `≤${report.limit.maxUnits}`],
    ['median', 'ms'],
    ['× fastest'],
    ['N/ calls (count × units)'],
  ];
  const rows = report.scenarios.map((result, index) => row(result, index + 1));
  const lines = [
    `pwi bench: ${report.scenarios.length} scenarios, median of ${report.runs} run(s) each after ${report.warmupRuns} warm-up run(s),`,
    `a freshly deployed account per run (seed ${report.seed}, the demo's trading day replayed first unless noted).`,
    `Units are the RESTlet execution's, from the execution log; a RESTlet may spend ${USAGE_LIMITS.restlet} per call.`,
    '',
    ...table(header, rows, new Set([0, 3, 4, 6, 7])),
    '',
    ...findings(report),
  ];
  return lines.join('\n');
}

function row(result: ScenarioResult, number: number): Cell[] {
  const answer = result.failure
    ? ['FAILED']
    : [`${result.httpStatus} ${result.outcome}`, ...(result.ok ? [] : ['NOT AS EXPECTED'])];
  return [
    [String(number)],
    [result.name],
    answer,
    [String(result.units), ...(result.unitsPerOrder !== null ? [`${result.unitsPerOrder}/order`] : [])],
    [
      `${result.budgetPercent.toFixed(2)} %`,
      ...(result.budget === USAGE_LIMITS.restlet ? [] : [`of ${result.budget}`]),
    ],
    [result.limit === null ? '-' : result.overLimit ? 'OVER !' : 'within'],
    [result.wall.medianMs.toFixed(2)],
    [`${result.wall.ratioToFastest.toFixed(1)}×`],
    wrap(result.calls.map(callText), CALLS_WIDTH),
  ];
}

function callText(cost: CallCost): string {
  return cost.count === 1
    ? `${cost.call} ${cost.units}`
    : `${cost.call} ${cost.count}×${cost.units / cost.count}`;
}

/** Joins phrases with ", " into lines no wider than `width` (a phrase longer than that has a line of its own). */
function wrap(phrases: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const [index, phrase] of phrases.entries()) {
    const piece = index < phrases.length - 1 ? `${phrase},` : phrase;
    if (current !== '' && current.length + 1 + piece.length > width) {
      lines.push(current);
      current = piece;
    } else current = current === '' ? piece : `${current} ${piece}`;
  }
  if (current !== '' || lines.length === 0) lines.push(current || '(none)');
  return lines;
}

function table(
  header: readonly Cell[],
  rows: readonly Cell[][],
  rightAligned: ReadonlySet<number>,
): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...all.flatMap((cells) => (cells[column] ?? []).map((text) => text.length))),
  );
  const render = (cells: readonly Cell[]): string[] => {
    const height = Math.max(...cells.map((cell) => cell.length));
    return Array.from({ length: height }, (_, lineIndex) =>
      cells
        .map((cell, column) => {
          const text = cell[lineIndex] ?? '';
          const width = widths[column] ?? 0;
          return rightAligned.has(column) ? text.padStart(width) : text.padEnd(width);
        })
        .join(' | ')
        .trimEnd(),
    );
  };
  const rule = widths.map((width) => '-'.repeat(width)).join('-+-');
  return [...render(header), rule, ...rows.flatMap((cells) => render(cells))];
}

function findings(report: BenchReport): string[] {
  const out: string[] = [];
  const limited = report.scenarios.filter((result) => result.limit !== null);
  const measured = limited.filter((result) => result.failure === null);
  const over = measured.filter((result) => result.overLimit);
  if (over.length > 0)
    out.push(`Issue 5 limit EXCEEDED by: ${over.map((r) => `${r.name} (${r.units} units)`).join('; ')}.`);
  else if (measured.length === limited.length)
    out.push(
      `Issue 5 limit: all ${limited.length} known-customer orders of ≤${report.limit.maxLines} lines within ${report.limit.maxUnits} units.`,
    );
  if (measured.length < limited.length)
    out.push(
      `Issue 5 limit NOT CHECKED for ${limited.length - measured.length} scenario(s) that did not run.`,
    );
  const wrong = report.scenarios.filter((result) => !result.ok);
  for (const result of wrong) {
    if (result.failure) out.push(`FAILED ${result.name}: ${result.failure}`);
    else if (result.httpStatus !== result.expected.httpStatus || result.outcome !== result.expected.outcome)
      out.push(
        `UNEXPECTED ${result.name}: expected ${result.expected.httpStatus} ${result.expected.outcome}, got ${result.httpStatus} ${result.outcome}`,
      );
    if (result.untied.length > 0)
      out.push(`NOT TIED ${result.name}: ${result.untied.join(', ')} differ from Shopify's total or tax.`);
  }
  for (const result of report.scenarios) {
    if (new Set(result.unitsByRun).size > 1)
      out.push(`Units varied between runs of ${result.name}: ${result.unitsByRun.join(', ')}.`);
    for (const other of result.triggered)
      out.push(`${result.name} also started ${other.scriptId} ${other.entryPoint} (${other.units} units).`);
    if (result.note) out.push(`Note, ${result.name}: ${result.note}.`);
  }
  const savedOrders = report.scenarios.filter((r) => r.method === 'POST' && r.scriptId.endsWith('order_rl'));
  if (savedOrders.length > 0 && savedOrders.every((r) => r.ok))
    out.push(
      'Every order answered created or duplicate was read back: NetSuite total and tax tie to Shopify.',
    );
  out.push(
    'Units come from the execution log (per-call charges); wall times are the emulator on this machine, useful',
    'only as ratios between scenarios, not as NetSuite response times.',
  );
  return out;
}
