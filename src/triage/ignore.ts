// Ignore rules hide known noise until their expiry date, so noise rules cannot rot unseen.
import type { LogRecord } from '../types.js';
import { severityRank } from '../types.js';
import type { GardenerConfig, IgnoreRule } from './config.js';
import { matches, recordPaths } from './match.js';

const DAY_MS = 86_400_000;

/** A rule applies through the whole UTC day of its expiry date. */
function isExpired(rule: IgnoreRule, now: Date): boolean {
  return now.getTime() >= Date.parse(`${rule.expires}T00:00:00Z`) + DAY_MS;
}

function ignores(rule: IgnoreRule, r: LogRecord): boolean {
  const m = rule.match;
  return (
    severityRank(r.severity) <= severityRank(m.maxSeverity ?? 'WARNING') &&
    matches(m.logger, r.logger) &&
    matches(m.service, r.service) &&
    matches(m.message, r.message) &&
    (m.path === undefined || matches(m.path, ...recordPaths(r)))
  );
}

/** For collect()'s `ignore` option: true for records a live (unexpired) ignore rule covers. */
export function ignoreMatcher(config: GardenerConfig, now: Date): (record: LogRecord) => boolean {
  const live = config.ignore.filter((rule) => !isExpired(rule, now));
  if (live.length === 0) return () => false;
  return (record) => live.some((rule) => ignores(rule, record));
}

/** One warning line per expired ignore rule, naming where it is and what to do. */
export function expiredIgnoreWarnings(config: GardenerConfig, now: Date): string[] {
  return config.ignore.flatMap((rule, i) => {
    if (!isExpired(rule, now)) return [];
    const where = rule.source ? `${rule.source}: ` : '';
    const what = rule.reason ? ` ${JSON.stringify(rule.reason)}` : '';
    return [
      `${where}ignore[${i}]${what} expired on ${rule.expires} and no longer hides entries. Fix: renew its expires date if the noise is still expected, or delete the rule.`,
    ];
  });
}
