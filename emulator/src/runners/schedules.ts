import { NotEmulatedError } from '../errors';
import type { RecurrenceDef } from '../sdf/project-model';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The times (ms since epoch) in (after, upTo] at which a recurrence fires: `single` on its start date, `daily`
 * every `everyxdays` days from the start date up to the end date; on each such day at the start time and, with a
 * repeat interval, again every interval until the day ends (NS section_1504707195, SDFxml_4155912874). Times are
 * UTC, as the XML writes them. Weekly, monthly and yearly events are not emulated.
 */
export function fireTimes(recurrence: RecurrenceDef, after: number, upTo: number): number[] {
  const firstDay = Date.parse(`${recurrence.startDate}T00:00:00Z`);
  const lastDay = recurrence.endDate === null ? null : Date.parse(`${recurrence.endDate}T00:00:00Z`);
  const [h = 0, m = 0, s = 0] = recurrence.startTime.replace('Z', '').split(':').map(Number);
  const offset = ((h * 60 + m) * 60 + s) * 1000;
  let step: number;
  if (recurrence.kind === 'single') step = Number.POSITIVE_INFINITY;
  else if (recurrence.kind === 'daily') step = (recurrence.everyXDays ?? 1) * DAY_MS;
  else throw new NotEmulatedError(`a ${recurrence.kind} recurrence (only single and daily are emulated)`);
  const out: number[] = [];
  for (let day = firstDay; day <= upTo && (lastDay === null || day <= lastDay); day += step) {
    const dayEnd = day + DAY_MS;
    if (dayEnd <= after) {
      if (!Number.isFinite(step)) break;
      continue;
    }
    for (
      let at = day + offset;
      at < dayEnd;
      at += (recurrence.repeatMinutes ?? Number.POSITIVE_INFINITY) * 60000
    ) {
      if (at > after && at <= upTo) out.push(at);
      if (recurrence.repeatMinutes === null) break;
    }
    if (!Number.isFinite(step)) break;
  }
  return out;
}
