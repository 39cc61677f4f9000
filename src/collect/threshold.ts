// Which entries count as problems: the same rule the Cloud Logging filter applies server-side
// (src/gcp/query.ts severityClause), checked again after split tracebacks are joined.
import type { LogRecord, Severity } from '../types.js';
import { severityRank } from '../types.js';

/** Python, Node.js, Java and Go stack traces, and the words the server filter looks for. */
const TRACE = /Traceback \(most recent call last\)|^\s+at .+\(.+:\d+(?::\d+)?\)|^\s+at \S+ \(|exception|panic: |^goroutine \d+ \[/im;

export function atOrAbove(record: LogRecord, min: Severity): boolean {
  if (severityRank(record.severity) >= severityRank(min)) return true;
  if ((record.http?.status ?? 0) >= 500) return true;
  if (record.severity !== 'DEFAULT') return false;
  return record.errorGroups.length > 0 || record.stackTrace !== undefined || TRACE.test(record.message);
}
