// The engine's masks (src/group/mask.ts) translated to RE2, the regular expressions BigQuery (and
// DuckDB) run: the one place the SQL coarse key is defined. RE2 has no lookaround, so a rule that
// needs the character before a match captures it and puts it back; the shape tests of maskParts
// become one pattern per kind of value part. The key only needs to be at least as fine as the
// signer's grouping: keys that sign alike are merged after the query (src/collect/pre-grouped.ts),
// and the corpus test checks no key joins two different JavaScript masks.
import { VAR } from '../group/mask.js';

interface Re2Rule {
  /** RE2 syntax that JavaScript reads the same way (no lookaround, no inline flags). */
  pattern: string;
  /** `\\1`-style group references, as BigQuery's REGEXP_REPLACE takes them. */
  replacement: string;
}

/** Characters that end a part (mask.ts: Char.Delimiter), as an RE2 class body. */
const DELIM = `\\s=:,;|()\\[\\]{}<>@#"'/\\\\`;
const PART = `[^${DELIM}]`;
/** A whole part ends at a delimiter or the end: captured and put back (RE2 has no lookahead). */
const END = `([${DELIM}]|$)`;
const HOST = `(^|[${DELIM}])[a-z_-][a-z0-9_-]*(?:\\.[a-z0-9_-]+)+${END}`;

/** In order: variables that may hold delimiters first, then value parts, then runs of variables. */
export const RE2_MASKS: readonly Re2Rule[] = [
  { pattern: `[A-Za-z][A-Za-z0-9+.-]*://\\S+`, replacement: VAR }, // URLs
  { pattern: `[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+`, replacement: VAR }, // e-mails
  { pattern: `(^|[\\s=:(\\[,])(?:'[^'\\s]*'|"[^"\\s]*"|\`[^\`\\s]*\`)($|[\\s,.;:)\\]])`, replacement: `\\1${VAR}\\2` }, // quoted single values
  { pattern: `(^|\\s)(?:~|\\.{1,2})?/[^\\s/]*/\\S*`, replacement: `\\1${VAR}` }, // paths with a folder
  { pattern: `(^|\\s)[A-Za-z]:\\\\\\S*`, replacement: `\\1${VAR}` }, // Windows paths
  { pattern: `(^|\\s)([\\w.-]+)=\\S+`, replacement: `\\1\\2=${VAR}` }, // key=value
  // Parts holding a digit, twice: neighbours share the delimiter between them. The engine also
  // takes a month name before a number and a unit after it into the value; the key keeps them
  // (finer, never coarser), which keeps the expressions cheap for the engine.
  { pattern: `(^|[${DELIM}])${PART}*[0-9]${PART}*${END}`, replacement: `\\1${VAR}\\2` },
  { pattern: `(^|[${DELIM}])${PART}*[0-9]${PART}*${END}`, replacement: `\\1${VAR}\\2` },
  // Lowercase dotted names (hostnames), twice: neighbours share the delimiter between them.
  { pattern: HOST, replacement: `\\1${VAR}\\2` },
  { pattern: HOST, replacement: `\\1${VAR}\\2` },
  { pattern: `\\s+`, replacement: ' ' },
  { pattern: `<\\*>(?:[\\s,;:|/@.\\-_#]*<\\*>)+`, replacement: VAR }, // runs of variables
];

/** Query parameter names of rule i. */
const param = (i: number, what: 'p' | 'r') => `mask${i}${what}`;

/** The same translation applied in JavaScript (for tests and the fake's checks). */
export function re2Mask(text: string): string {
  return RE2_MASKS.reduce((t, r) => t.replace(new RegExp(r.pattern, 'g'), r.replacement.replace(/\\(\d)/g, '$$$1')), text.trim()).trim();
}

/**
 * The SQL expression that masks `expr` (a STRING): one REGEXP_REPLACE per rule, patterns and
 * replacements passed as query parameters (no escaping rules differ between engines that way).
 */
export function maskSql(expr: string): { sql: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  let sql = `TRIM(${expr})`;
  RE2_MASKS.forEach((r, i) => {
    params[param(i, 'p')] = r.pattern;
    params[param(i, 'r')] = r.replacement;
    sql = `REGEXP_REPLACE(${sql}, @${param(i, 'p')}, @${param(i, 'r')})`;
  });
  return { sql: `TRIM(${sql})`, params };
}
