// Which entries count as problems: the same rule the Cloud Logging filter applies server-side
// (src/gcp/query.ts severityClause), checked again after split traces are joined.
import type { LogRecord, Severity } from '../types.js';
import { severityRank } from '../types.js';
import { parseStack } from '../group/stack.js';
import { EXCEPTION_HEAD } from '../group/trace-lines.js';

/** A line that opens a trace: Python's traceback, a Go panic or fatal error. */
const TRACE_HEAD = /^(?:Traceback \(most recent call last\):|panic: |fatal error: )/;

const ORPHAN_FRAME = /^\s+at \S.*:\d+(?::\d+)?\)?$/m;

/**
 * An entry that reports an error without saying so in its severity (plain stdout/stderr): it
 * carries an Error Reporting group, a stack field, a trace, or an exception head ("TypeError: x").
 */
export function reportsError(record: LogRecord): boolean {
  if (record.errorGroups.length > 0 || record.stackTrace !== undefined) return true;
  const first = record.message.split('\n', 1)[0];
  if (TRACE_HEAD.test(first)) return true;
  // Frames whose head was lost still belong to a failure.
  if (record.message.includes('\n') && (parseStack(record.message) !== undefined || ORPHAN_FRAME.test(record.message))) return true;
  if (!EXCEPTION_HEAD.test(first)) return false;
  // A bare "Error" word alone is no exception; with frames under it, it is one.
  return record.message.includes('\n') ? parseStack(record.message) !== undefined : !/^Error$/.test(first);
}

export function atOrAbove(record: LogRecord, min: Severity): boolean {
  if (severityRank(record.severity) >= severityRank(min)) return true;
  if ((record.http?.status ?? 0) >= 500) return true;
  // An error without a severity counts as ERROR: above a CRITICAL threshold it stays out.
  return record.severity === 'DEFAULT' && severityRank(min) <= severityRank('ERROR') && reportsError(record);
}
