// The secret shapes, in the order they run. Context rules (PEM blocks, URL credentials, secret
// key=value pairs, Bearer) run before shape rules, so "token=<any secret>" always becomes
// "token=<redacted:secret>" whatever the secret looks like: one shape for grouping.
//
// Every pattern is linear-time on hostile input: a pattern that starts with a repeated class has a
// negative lookbehind on that class (so it is tried once per run, not at every position), repeated
// groups are separated by a character their body cannot match, and the rest is bounded.
import { isNonSecretValue, isSecretKey, SECRET_KEY_END, SECRET_KEY_HINT } from './secret-keys.js';

type SecretKind =
  | 'private-key'
  | 'credentials'
  | 'cookie'
  | 'secret'
  | 'token'
  | 'jwt'
  | 'github-token'
  | 'google-api-key'
  | 'google-oauth-token'
  | 'google-refresh-token'
  | 'google-client-secret'
  | 'aws-access-key'
  | 'aws-secret'
  | 'slack-token'
  | 'slack-webhook'
  | 'discord-webhook'
  | 'stripe-key'
  | 'ai-api-key'
  | 'npm-token'
  | 'gitlab-token'
  | 'sendgrid-key'
  | 'telegram-token'
  | 'email'
  | 'ip'
  | 'custom';

export const mask = (kind: SecretKind): string => `<redacted:${kind}>`;

type Replacer = (match: string, ...groups: string[]) => string;

interface RuleBase {
  kind: SecretKind;
  /** A cheap test that must pass before the rule runs (most lines carry no secret). */
  hint?: RegExp;
}
/** A pattern (global flag) and its replacement, or a function for rules that need more than one. */
export type Rule = RuleBase & ({ re: RegExp; to: string | Replacer } | { apply(text: string): string });

export function applyRule(rule: Rule, text: string): string {
  if (rule.hint && !rule.hint.test(text)) return text;
  if ('apply' in rule) return rule.apply(text);
  return text.replace(rule.re, rule.to as string);
}

const PLACEHOLDER = /^(\\?["'])?<redacted:[a-z0-9-]+>\1$/;

// Value forms after a key: "double" (with \" escapes), \"escaped JSON\", 'single', or bare.
const VALUE =
  String.raw`"(?:[^"\\\r\n]|\\.)*"` +
  String.raw`|\\"(?:[^"\\\r\n]|\\[^"\r\n])*\\"` +
  String.raw`|'[^'\r\n]*'` +
  String.raw`|(?:\\?["'])?(?:[^\s"'\\,;&<>(){}\[\]]|\\(?!["']))+`;
const AUTH_SCHEMES = 'Bearer|Basic|Token|Digest|Bot|Negotiate';
const AUTH_SCHEME = String.raw`(?:(?:${AUTH_SCHEMES})\s+)?`;
const AUTH_SCHEME_WORD = new RegExp(`^(?:${AUTH_SCHEMES})$`, 'i');
/**
 * What every pair redactPairs masks ends in: a secret key's end (SECRET_KEY_END), an optional quote and the
 * separator (KEY_SEP), read back from the separator (colons and equals signs are rarer than letters). Case-insensitive;
 * also read by src/safety/screen.ts.
 */
export const PAIR_AT_SEPARATOR = String.raw`[=:](?<=(?:${SECRET_KEY_END})(?:\\?["'])?\s*[=:])`;
export const SECRET_PAIR_HINT = new RegExp(PAIR_AT_SEPARATOR, 'i');
// A key and its separator; the value is only read (sticky, at the separator's end) when the key
// names a secret, so non-secret pairs cost no more than their key.
const KEY_SEP = /(?<![\w.-])(-{0,2}(?:\\?["'])?)([A-Za-z_][\w.-]{0,80})((?:\\?["'])?\s*(?:=>?|:)\s*)/gi;
const VALUE_AT = new RegExp(`(${AUTH_SCHEME})(${VALUE})`, 'iy');

function quoteOf(value: string): [string, string] {
  const m = /^(\\?["'])/.exec(value);
  if (!m) return ['', ''];
  const closed = value.length > m[1].length && value.endsWith(m[1]);
  return [m[1], closed ? m[1] : ''];
}

/** Masks the values of secret keys in key=value, key: value, "key": "value" and header pairs. */
function redactPairs(text: string): string {
  let out = '';
  let done = 0;
  KEY_SEP.lastIndex = 0;
  for (let m = KEY_SEP.exec(text); m; m = KEY_SEP.exec(text)) {
    const key = m[2];
    if (!isSecretKey(key)) continue;
    const valueStart = m.index + m[0].length;
    VALUE_AT.lastIndex = valueStart;
    const v = VALUE_AT.exec(text);
    if (!v) continue;
    const [whole, scheme, value] = v;
    const valueEnd = valueStart + whole.length;
    if (PLACEHOLDER.test(value) || (!scheme && isNonSecretValue(key, value))) continue;
    // "Authorization: Bearer <redacted:secret>" seen again: the scheme is not the secret.
    if (!scheme && AUTH_SCHEME_WORD.test(value) && /^\s+<redacted:/.test(text.slice(valueEnd, valueEnd + 12))) continue;
    const [open, close] = quoteOf(value);
    out += text.slice(done, valueStart) + scheme + open + mask('secret') + close;
    done = valueEnd;
    KEY_SEP.lastIndex = valueEnd;
  }
  return done === 0 ? text : out + text.slice(done);
}

// A random-looking token right after words that name a secret, in prose: "signing secret X",
// "rejected api key X", "token X". The words decide (isSecretKey on the last one or two words), the
// token must look random: 16+ characters, letters and digits (or 20+ mixed-case letters that are not
// camelCase words), and at least 3 bits of entropy each.
const TOKEN_RUN = /(?<![A-Za-z0-9_+/=.-])[A-Za-z0-9_+/=-]{16,}(?![A-Za-z0-9_+/=-])/g;
const WORDS_BEFORE = /([A-Za-z][A-Za-z-]{0,30})(?:\s+([A-Za-z][A-Za-z-]{0,30}))?\s+$/;
/**
 * What every token redactNamedTokens masks comes after: the word that names it holds a key word (isSecretKey on
 * one word, or on two joined by "_": a key word holds no "_", so it lies in one of them), then the rest of that
 * word, whitespace, maybe one more word (WORDS_BEFORE: words of at most 31 letters, which also keeps this scan
 * linear on a run of key words), and the token's first 16 characters (TOKEN_RUN). Case-insensitive, after SECRET_KEY_HINT; also read by src/safety/screen.ts.
 */
export const NAMED_AFTER_KEY_WORD = String.raw`[A-Za-z-]{0,30}\s+(?:[A-Za-z][A-Za-z-]{0,30}\s+)?[A-Za-z0-9_+/=-]{16}`;
export const NAMED_TOKEN_HINT = new RegExp(`(?:${SECRET_KEY_HINT.source})${NAMED_AFTER_KEY_WORD}`, 'i');
function entropyBits(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / s.length) * Math.log2(n / s.length);
  return bits;
}

/** A lower-case path ("projects/p/secrets/db-url/versions/3") is a name, not a key. */
const LOWER_PATH = /^[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)+$/;

/** CamelCase words ("ExpiredSignatureError") read as random by entropy alone. */
const CAMEL_WORDS = /^[A-Za-z][a-z]*(?:[A-Z][a-z]+)*$/;

function looksRandom(tok: string): boolean {
  if (LOWER_PATH.test(tok) || entropyBits(tok) < 3) return false;
  if (/\d/.test(tok) && /[A-Za-z]/.test(tok)) return true;
  // Random letters without a digit (1 in 16 random 16-character tokens has none).
  return tok.length >= 20 && /[A-Z]/.test(tok) && /[a-z]/.test(tok) && !CAMEL_WORDS.test(tok);
}

function redactNamedTokens(text: string): string {
  return text.replace(TOKEN_RUN, (tok: string, at: number) => {
    const words = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 64), at));
    if (!words || !looksRandom(tok)) return tok;
    const named = words[2] === undefined ? isSecretKey(words[1]) : isSecretKey(`${words[1]}_${words[2]}`) || isSecretKey(words[2]);
    return named ? mask('secret') : tok;
  });
}

const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
function looksLikeToken(tok: string): boolean {
  if (!BEARER_TOKEN.test(tok) || tok.length < 8) return false;
  return /\d/.test(tok) || /[._~+/=-]/.test(tok) || (tok.length >= 16 && /[A-Z]/.test(tok) && /[a-z]/.test(tok));
}

function hasMixedCharacters(s: string): boolean {
  return (/[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s)) || /[/+]/.test(s);
}

/** Only a line of exactly 64 characters can be a PEM body line: checked by length before any regex. */
function hasLineOf64(text: string): boolean {
  if (text.length < 64) return false;
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start === 64) return true;
    if (nl < 0) return false;
    start = nl + 1;
  }
  return false;
}

const PEM_BODY_LINE = /^(?=[A-Za-z0-9+/]{0,63}[A-Z])[A-Za-z0-9+/]{64}$/gm;
const HAS_PEM_BODY_LINE = new RegExp(PEM_BODY_LINE.source, 'm');

/** Whether the PEM body line rule below changes the text: exactly when it applies and matches. */
export function hasPemBodyLine(text: string): boolean {
  return hasLineOf64(text) && HAS_PEM_BODY_LINE.test(text);
}
const PEM_HEADER = String.raw`[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----`;

export const BUILTIN_RULES: Rule[] = [
  {
    kind: 'private-key',
    hint: /-----BEGIN/,
    // Body up to the next "-----" (so an unterminated key masks the rest rather than leaking it).
    re: new RegExp(String.raw`-----BEGIN ${PEM_HEADER}[^-]*(?:-(?!----)[^-]*)*(?:-----END ${PEM_HEADER})?`, 'g'),
    to: mask('private-key'),
  },
  {
    kind: 'private-key',
    hint: /MII/,
    // DER key material without its PEM header (e.g. the first body line of a key printed line by line).
    re: /(?<![A-Za-z0-9+/])MII[A-Za-z0-9+/]{60,}={0,2}/g,
    to: mask('private-key'),
  },
  {
    kind: 'private-key',
    // A line that is exactly one 64-character base64 run: a PEM body line logged on its own.
    apply: (text) => (hasLineOf64(text) ? text.replace(PEM_BODY_LINE, mask('private-key')) : text),
  },
  {
    kind: 'credentials',
    hint: /:\/\//,
    // The user may be empty (redis://:password@host); the password may hold "#", "?" or "*" unescaped.
    re: /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/)[^\s/?#@:"'<>]*:[^\s/"'<>@]*@/g,
    to: `$1${mask('credentials')}@`,
  },
  {
    kind: 'credentials',
    hint: /:\/\//,
    // A key as the whole user-info (Sentry DSNs, https://TOKEN@host): long, with a digit.
    re: /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/)(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]{16,}@/g,
    to: `$1${mask('credentials')}@`,
  },
  {
    kind: 'cookie',
    hint: /cookie/i,
    re: /(?<![\w-])((?:set-)?cookie\s*[:=]\s*)(?!<redacted)([^\s"'][^\r\n"']*)/gi,
    to: (all, pre: string, value: string) => (isNonSecretValue('cookie', value.split(/\s/)[0]) ? all : pre + mask('cookie')),
  },
  { kind: 'secret', hint: SECRET_PAIR_HINT, apply: redactPairs },
  {
    kind: 'token',
    hint: /bearer/i,
    // Not followed by a letter, digit or "=": "token_type=Bearer expires_in=3599" holds no token.
    re: /\b(bearer\s+)([A-Za-z0-9\-._~+/]+=*)(?![A-Za-z0-9=])/gi,
    to: (all, pre: string, tok: string) => (looksLikeToken(tok) ? pre + mask('token') : all),
  },
  {
    kind: 'jwt',
    hint: /eyJ/,
    re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){0,2}/g,
    to: mask('jwt'),
  },
  {
    kind: 'github-token',
    hint: /gh[pousr]_|github_pat_/,
    re: /(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{30,251}|github_pat_[A-Za-z0-9_]{22,247})/g,
    to: mask('github-token'),
  },
  { kind: 'google-api-key', hint: /AIza/, re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{30,60}/g, to: mask('google-api-key') },
  {
    kind: 'google-oauth-token',
    hint: /ya29\./,
    re: /(?<![A-Za-z0-9_-])ya29\.[0-9A-Za-z_-]{10,}(?:\.[0-9A-Za-z_-]+)*/g,
    to: mask('google-oauth-token'),
  },
  { kind: 'google-refresh-token', hint: /1\/\//, re: /(?<![\w/])1\/\/0[0-9A-Za-z_-]{20,}/g, to: mask('google-refresh-token') },
  { kind: 'google-client-secret', hint: /GOCSPX-/, re: /GOCSPX-[0-9A-Za-z_-]{20,}/g, to: mask('google-client-secret') },
  {
    kind: 'aws-secret',
    // A 40-character secret access key is only recognisable next to its access key id.
    hint: /(?:AKIA|ASIA)[A-Z0-9]{16}/,
    re: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/g,
    to: (all) => (hasMixedCharacters(all) ? mask('aws-secret') : all),
  },
  {
    kind: 'aws-access-key',
    hint: /A[BCGIKNPRS][A-Z]{2}[A-Z0-9]{16}/,
    re: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}/g,
    to: mask('aws-access-key'),
  },
  { kind: 'slack-token', hint: /xox|xapp-/, re: /(?<![A-Za-z0-9])(?:xox[abposre]|xapp)-[0-9A-Za-z-]{10,}/g, to: mask('slack-token') },
  {
    kind: 'slack-webhook',
    hint: /hooks\.slack\.com/,
    re: /(hooks\.slack\.com\/)(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+/g,
    to: `$1${mask('slack-webhook')}`,
  },
  {
    kind: 'discord-webhook',
    hint: /discord/,
    re: /(discord(?:app)?\.com\/api\/webhooks\/)\d+\/[\w-]+/g,
    to: `$1${mask('discord-webhook')}`,
  },
  {
    kind: 'stripe-key',
    hint: /_live_|_test_|whsec_/,
    // Secret, restricted and publishable keys (a publishable key still names the live account), webhook secrets.
    re: /(?<![A-Za-z0-9])(?:[srp]k_(?:live|test)_[0-9A-Za-z]{16,}|whsec_[0-9A-Za-z+/=]{24,})/g,
    to: mask('stripe-key'),
  },
  { kind: 'telegram-token', hint: /:AA/, re: /(?<![0-9])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g, to: mask('telegram-token') },
  { kind: 'secret', hint: NAMED_TOKEN_HINT, apply: redactNamedTokens },
  {
    kind: 'ai-api-key',
    hint: /sk-/,
    re: /(?<![A-Za-z0-9_-])sk-(?:proj-|ant-(?:api\d\d-)?|svcacct-)?[A-Za-z0-9_-]{20,}/g,
    to: mask('ai-api-key'),
  },
  { kind: 'npm-token', hint: /npm_/, re: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}/g, to: mask('npm-token') },
  { kind: 'gitlab-token', hint: /glpat-/, re: /glpat-[0-9A-Za-z_-]{20,}/g, to: mask('gitlab-token') },
  { kind: 'sendgrid-key', hint: /SG\./, re: /(?<![A-Za-z0-9])SG\.[\w-]{16,}\.[\w-]{16,}/g, to: mask('sendgrid-key') },
];

export const EMAIL_RULE: Rule = {
  kind: 'email',
  hint: /@/,
  re: /(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
  to: mask('email'),
};

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const H16 = '[0-9A-Fa-f]{1,4}';
export const IP_RULES: Rule[] = [
  {
    kind: 'ip',
    hint: /\d\.\d/,
    re: new RegExp(String.raw`(?<![\w.])(?:${OCTET}\.){3}${OCTET}(?!\w|\.\d)`, 'g'),
    to: mask('ip'),
  },
  {
    kind: 'ip',
    hint: /:[0-9A-Fa-f]*:/,
    re: new RegExp(String.raw`(?<![\w:.])(?:(?:${H16}:){7}${H16}|(?:${H16}:){1,7}:(?:${H16}(?::${H16}){0,6})?|::${H16}(?::${H16}){0,6})(?![\w:])`, 'g'),
    to: mask('ip'),
  },
];
