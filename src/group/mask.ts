// Masks the variable parts of a free-text message by their lexical shape, so that messages
// from one print statement look alike: numbers, hex, ids, IPs, URLs, paths, durations,
// dates, quoted and key=value values, e-mails, hostnames. No per-source settings.

export const VAR = '<*>';

/** Whole-message patterns: variables that may hold spaces or delimiters. */
const WHOLE: [hint: RegExp, pattern: RegExp][] = [
  [/:\/\//, /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi], // URLs
  [/@/, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g], // e-mails
  [/['"`]/, /(?<=^|[\s=:([,])(?:'[^'\s]*'|"[^"\s]*"|`[^`\s]*`)(?=$|[\s,.;:)\]])/g], // quoted single values
];

const MONTHS_DAYS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** Splits a token into word parts and the delimiters between them (kept). */
const PARTS = /([=:,;|()[\]{}<>@#"'/\\]+)/;
const HAS_DIGIT = /\d/;
const SPACE = /\s+/;
const HOSTNAME = /^[a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)+$/;
const PATH = /^(?:~|\.{1,2})?\/[^/\s]*\/|^[A-Za-z]:\\/;
const KEY_VALUE = /^([\w.-]+)=(.+)$/;
/** Runs of variables joined by spaces or delimiters are one variable of any length. */
const VAR_RUN = /<\*>(?:[\s,;:|/@.\-_#]*<\*>)+/g;

function maskPart(part: string): string {
  if (part === '' || part === VAR) return part;
  if (HAS_DIGIT.test(part)) return VAR;
  if (HOSTNAME.test(part) || MONTHS_DAYS.test(part)) return VAR;
  return part;
}

function maskToken(token: string): string {
  if (token === VAR) return token;
  if (PATH.test(token)) return VAR;
  const kv = KEY_VALUE.exec(token);
  if (kv) return `${kv[1]}=${VAR}`;
  if (!HAS_DIGIT.test(token) && !token.includes('.')) return MONTHS_DAYS.test(token) ? VAR : token;
  const parts = token.split(PARTS);
  for (let i = 0; i < parts.length; i += 2) parts[i] = maskPart(parts[i]);
  return parts.join('');
}

/** The message with variables replaced by `<*>` and whitespace normalized. */
export function maskMessage(message: string): string {
  let text = message;
  for (const [hint, re] of WHOLE) if (hint.test(text)) text = text.replace(re, VAR);
  const tokens = text.split(SPACE);
  let out = '';
  for (const t of tokens) if (t !== '') out = out === '' ? maskToken(t) : `${out} ${maskToken(t)}`;
  return out.includes(VAR) ? out.replace(VAR_RUN, VAR) : out;
}

/** A user-supplied mask (a regular expression source) applied before the built-in ones. */
export function compileMasks(sources: string[] = []): (text: string) => string {
  const res = sources.map((s) => new RegExp(s, 'g'));
  return (text) => res.reduce((t, re) => t.replace(re, VAR), text);
}
