// Every entry read, accounted for, so the worklog's counts add up:
// read = in range + out of range; in range = grouped + below threshold + ignored + joined into traces.
import type { Report } from '../types.js';
import { code } from '../safety/markdown.js';
import { thousands } from './format.js';

interface EntryAccount {
  read: number;
  /** Left out by the filter a file run applied (time, resource type, service, project). */
  outOfRange: number;
  inRange: number;
  /** Entries (traces count once) in groups. */
  grouped: number;
  belowThreshold: number;
  ignored: number;
  /** Lines joined into the trace of an entry above them. */
  joined: number;
}

export function entryAccount(r: Report): EntryAccount {
  const s = r.stats;
  const outOfRange = s.outOfRange ?? 0;
  return {
    read: s.entries,
    outOfRange,
    inRange: s.entries - outOfRange,
    grouped: r.groups.reduce((n, g) => n + g.count, 0),
    belowThreshold: s.belowThreshold ?? 0,
    ignored: s.ignored,
    joined: s.joined ?? 0,
  };
}

const n = thousands;

/** "1,160 read = 1,100 in range + 60 outside the filter; in range = 900 in 7 groups + 150 below WARNING + 50 lines joined into traces" */
export function entryAccountText(r: Report): string {
  const a = entryAccount(r);
  const parts = [`${n(a.grouped)} in ${n(r.groups.length)} group${r.groups.length === 1 ? '' : 's'}`];
  if (a.belowThreshold) parts.push(`${n(a.belowThreshold)} below ${r.query.minSeverity}`);
  if (a.ignored) parts.push(`${n(a.ignored)} ignored by rules`);
  if (a.joined) parts.push(`${n(a.joined)} line${a.joined === 1 ? '' : 's'} joined into traces`);
  const inRange = parts.join(' + ');
  if (!a.outOfRange) return `${n(a.read)} read = ${inRange}`;
  return `${n(a.read)} read = ${n(a.inRange)} in range + ${n(a.outOfRange)} outside the filter; in range = ${inRange}`;
}

/** The quiet result of a run that read nothing in range, "0 entries read for <filter>"; else undefined. */
export function nothingInRange(r: Report): string | undefined {
  const a = entryAccount(r);
  if (a.inRange > 0) return undefined;
  const what = r.query.filter ? code(r.query.filter) : 'the whole file';
  const file = a.outOfRange ? ` (the file holds ${n(a.outOfRange)}, all outside it)` : '';
  const range = `from ${r.query.since} to ${r.query.until}`;
  return `0 entries read for ${what}${file}, ${range}: nothing to report, and no sign either way of how the services are doing.`;
}
