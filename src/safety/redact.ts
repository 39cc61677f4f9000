// Redaction of secrets and personal data from log text, before it reaches any output.
// Placeholders are stable tokens such as "<redacted:jwt>" so grouping sees one shape.
import { InputError } from '../errors.js';
import { applyRule, BUILTIN_RULES, EMAIL_RULE, IP_RULES, mask, type Rule } from './patterns.js';
import { applyRuleset } from './ruleset.js';

export { mask } from './patterns.js';

export interface RedactionOptions {
  /** Mask email addresses (default true). */
  emails?: boolean;
  /** Mask IPv4/IPv6 addresses (default true). */
  ips?: boolean;
  /** Extra regular expressions (source strings, or "/source/flags") whose matches are masked. */
  extraPatterns?: string[];
  /** Where extraPatterns came from, for error messages (default "redact.patterns"). */
  extraPatternsInput?: string;
}

export interface Redactor {
  /** Redacts many texts at once (the maintained ruleset scans them in a few calls): same order, same count. */
  redactAll(texts: readonly string[]): Promise<string[]>;
  redact(text: string): Promise<string>;
}

function compileUserPattern(source: string, input: string): RegExp {
  const literal = /^\/(.+)\/([imsu]*)$/s.exec(source);
  const [body, flags] = literal ? [literal[1], literal[2]] : [source, ''];
  let re: RegExp;
  try {
    re = new RegExp(body, flags + 'g');
  } catch (e) {
    throw new InputError(
      input,
      `invalid regular expression ${JSON.stringify(source)} (${(e as Error).message})`,
      'write a JavaScript regular expression, e.g. "ACME-[0-9]{6}"',
    );
  }
  const matchesEmpty = re.test('');
  re.lastIndex = 0;
  if (matchesEmpty) throw new InputError(input, `the pattern ${JSON.stringify(source)} matches the empty string`, 'make it match at least one character');
  return re;
}

/**
 * Builds the redactor for a run. User patterns run first (they know their own formats), then our
 * rules (context rules such as "token=..." first, so a secret after a telling key always becomes
 * "token=<redacted:secret>" whatever its shape), emails and IP addresses unless switched off, and
 * last the maintained ruleset over what is left. Throws InputError for an invalid user pattern.
 */
export function createRedactor(options: RedactionOptions = {}): Redactor {
  const input = options.extraPatternsInput ?? 'redact.patterns';
  const custom: Rule[] = (options.extraPatterns ?? []).map((p, i) => ({
    kind: 'custom',
    re: compileUserPattern(p, `${input}[${i}]`),
    to: (m: string) => (m === '' ? m : mask('custom')),
  }));
  const rules: Rule[] = [...custom, ...BUILTIN_RULES, ...(options.emails === false ? [] : [EMAIL_RULE]), ...(options.ips === false ? [] : IP_RULES)];
  // Most lines hold none of the shape rules' hints: one scan for all of them lets such a line skip
  // twenty rules. (Safe because a replacement puts a placeholder between what it keeps, so it can
  // never join two pieces into a new hint, and no rule reads a placeholder as a key.)
  // The same for the context rules' case-insensitive hints (secret words, cookie, bearer).
  const groups = [false, true].map((caseless) => {
    const members = BUILTIN_RULES.filter((r) => r.hint !== undefined && r.hint.flags.includes('i') === caseless);
    return { members: new Set(members), any: new RegExp([...new Set(members.map((r) => `(?:${r.hint?.source})`))].join('|'), caseless ? 'i' : '') };
  });
  const groupOf = rules.map((r) => (groups[0].members.has(r) ? 0 : groups[1].members.has(r) ? 1 : -1));
  const own = (text: string): string => {
    let out = text;
    let skip0: boolean | undefined;
    let skip1: boolean | undefined;
    for (let i = 0; i < rules.length; i++) {
      const g = groupOf[i];
      if (g === 0 && (skip0 ??= !groups[0].any.test(out))) continue;
      if (g === 1 && (skip1 ??= !groups[1].any.test(out))) continue;
      out = applyRule(rules[i], out);
    }
    return out;
  };
  const redactAll = async (texts: readonly string[]): Promise<string[]> => {
    const plain = await applyRuleset(texts.map(own));
    // A percent-encoded text (a request URL, a redirect_uri inside one) hides "key%3Dvalue" from the
    // rules: where its decoded form holds a secret, the decoded form, redacted, is what goes out.
    const encoded: [number, string][] = [];
    texts.forEach((t, i) => {
      const d = t.includes('%') ? decodePercent(t) : t;
      if (d !== t) encoded.push([i, d]);
    });
    if (encoded.length === 0) return plain;
    const decoded = await applyRuleset(encoded.map(([, d]) => own(d)));
    encoded.forEach(([i, d], k) => {
      if (decoded[k] !== d) plain[i] = decoded[k];
    });
    return plain;
  };
  return { redactAll, redact: async (text) => (await redactAll([text]))[0] };
}

const PERCENT = /%[0-9A-Fa-f]{2}/;

/** The text with %XX escapes decoded (twice, for a URL inside a URL); the text itself when it has none. */
function decodePercent(text: string): string {
  let out = text;
  for (let i = 0; i < 2 && PERCENT.test(out); i++) {
    try {
      out = decodeURIComponent(out);
    } catch {
      out = out.replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    }
  }
  return out;
}

/**
 * The strings to register with the Actions log masker for one secret value: the value, each of
 * its lines (the runner masks line by line, so a multi-line secret must be registered per line)
 * and its URL-encoded form. Parts shorter than 4 characters are skipped: masking them would
 * blank out ordinary log text. Use as `for (const s of maskForActions(token)) core.setSecret(s)`.
 */
export function maskForActions(value: string): string[] {
  const parts = new Set<string>();
  const add = (s: string) => {
    const t = s.trim();
    if (t.length >= 4) parts.add(t);
  };
  add(value);
  for (const line of value.split(/\r?\n|\\n/)) add(line);
  add(encodeURIComponent(value));
  return [...parts];
}
