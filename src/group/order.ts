// The order of groups wherever they are listed: the most severe first, then the most frequent; ties by
// fingerprint, so that the order is the same run after run.
import { severityRank, type Group } from '../types.js';

/**
 * Fingerprints in code-point order. localeCompare gave the same order for these (a version, a colon,
 * hex) but follows the runner's locale, and its first call loads ICU's collation data, ~7 ms a thread.
 */
export const compareFingerprints = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Most severe, then most frequent, then by fingerprint. */
export function bySeverityThenCount(a: Group, b: Group): number {
  return (
    severityRank(b.maxSeverity) - severityRank(a.maxSeverity) || b.count - a.count || compareFingerprints(a.signature.fingerprint, b.signature.fingerprint)
  );
}
