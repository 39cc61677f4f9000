// Which entries count as problems: the same rule the Cloud Logging filter applies server-side.
import type { LogRecord, Severity } from '../types.js';
import { severityRank } from '../group/accumulate.js';

const TRACEBACK = /Traceback \(most recent call last\)|^\s+at .+\(.+:\d+:\d+\)|Exception in thread|panic: /m;

export function atOrAbove(record: LogRecord, min: Severity): boolean {
  if (severityRank(record.severity) >= severityRank(min)) return true;
  if ((record.http?.status ?? 0) >= 500) return true;
  return record.severity === 'DEFAULT' && (record.errorGroups.length > 0 || TRACEBACK.test(record.message));
}
