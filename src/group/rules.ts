// User fingerprint rules (configuration `fingerprints:`): every given field is a regular
// expression that must match; the first matching rule names the group.
import type { FingerprintRule } from '../types.js';
import type { LogRecord } from '../types.js';
import { userPattern } from './pattern.js';

interface RuleInput {
  record: LogRecord;
  exceptionType?: string;
}

interface CompiledRule {
  fingerprint: string;
  message?: RegExp;
  logger?: RegExp;
  exception?: RegExp;
}

type RuleMatcher = (input: RuleInput) => string | undefined;

export function compileRules(rules: FingerprintRule[] = []): RuleMatcher {
  const compiled: CompiledRule[] = rules.map((r, i) => {
    const field = (name: keyof FingerprintRule['match']): RegExp | undefined => {
      const source = r.match[name];
      return source === undefined ? undefined : userPattern(source, `fingerprints[${i}].match.${name}`);
    };
    return { fingerprint: r.fingerprint, message: field('message'), logger: field('logger'), exception: field('exception') };
  });
  return ({ record, exceptionType }) => {
    for (const r of compiled) {
      if (!r.message && !r.logger && !r.exception) continue;
      if (r.message && !r.message.test(record.message)) continue;
      if (r.logger && !r.logger.test(record.logger ?? '')) continue;
      if (r.exception && !r.exception.test(exceptionType ?? '')) continue;
      return r.fingerprint;
    }
    return undefined;
  };
}
