// Masks the variable parts of a free-text message by their lexical shape, so that messages
// from one print statement look alike: URLs, e-mails, quoted values, paths, key=value values,
// anything holding a digit (numbers, hex, ids, IPs, sizes and durations with their unit, dates, times), lowercase dotted
// names (hostnames), month and day names. No per-source settings.
// Variables that may hold delimiters go first, each one regular expression over the message;
// then one scan over the message's parts (runs between delimiters) masks the rest.

import { userPattern } from './pattern.js';

export const VAR = '<*>';

const CALENDAR = new Set(
  [
    'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]),
);

interface Rule {
  /** Cheap test whether the rule can match at all. */
  hint: RegExp;
  pattern: RegExp;
  replacement: string;
}

/** Variables that hold delimiters or spaces, replaced before the message is cut into parts. */
const RULES: Rule[] = [
  { hint: /:\/\//, pattern: /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, replacement: VAR }, // URLs
  { hint: /@/, pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, replacement: VAR }, // e-mails
  // Quoted single values; a quoted phrase with spaces is text and is masked part by part.
  { hint: /['"`]/, pattern: /(?<=^|[\s=:([,])(?:'[^'\s]*'|"[^"\s]*"|`[^`\s]*`)(?=$|[\s,.;:)\]])/g, replacement: VAR },
  { hint: /\//, pattern: /(?<!\S)(?:~|\.{1,2})?\/[^\s/]*\/\S*/g, replacement: VAR }, // paths with a folder
  { hint: /:\\/, pattern: /(?<!\S)[A-Za-z]:\\\S*/g, replacement: VAR }, // Windows paths
  { hint: /=/, pattern: /(?<!\S)([\w.-]+)=(?!\s)\S+/g, replacement: `$1=${VAR}` }, // key=value
];

/** Runs of variables joined by spaces or delimiters are one variable of any length. */
const VAR_RUN = /<\*>(?:[\s,;:|/@.\-_#]*<\*>)+/g;
/** A unit after a number belongs to the value: humanized sizes and durations pick their unit per value. */
const UNITS = new Set(
  ['B', 'bytes', 'KB', 'MB', 'GB', 'TB', 'PB', 'KiB', 'MiB', 'GiB', 'TiB', 'ns', 'us', 'µs', 'ms', 's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'h', 'hour', 'hours', 'day', 'days'],
);
const SPACES = /\s+/g;
/** Any character a rule above looks for. */
const ANY_HINT = /[:@'"`/=]/;

const enum Char {
  Other = 0,
  Delimiter = 1,
  Digit = 2,
  /** May appear in a hostname label: a-z, _ and -. */
  Label = 3,
  Dot = 4,
}

/** Class of each ASCII character; everything else is Other. Delimiters separate the parts of a
 * token ("10.0.0.1:8080", "key=value", "(12)"). */
const CLASS = new Uint8Array(128);
for (const c of ' \t\n\r\f\v=:,;|()[]{}<>@#"\'/\\') CLASS[c.charCodeAt(0)] = Char.Delimiter;
for (let c = 48; c <= 57; c += 1) CLASS[c] = Char.Digit;
for (let c = 97; c <= 122; c += 1) CLASS[c] = Char.Label;
CLASS[95] = CLASS[45] = Char.Label;
CLASS[46] = Char.Dot;

/** A part without digits is a variable when it is a hostname ([a-z][a-z0-9_-]*(.[a-z0-9_-]+)+) or a calendar word. */
function isNamedValue(text: string, start: number, end: number, host: boolean, dots: number): boolean {
  if (dots > 0) return host && CLASS[text.charCodeAt(start)] === Char.Label && text.charCodeAt(end - 1) !== 46 && !text.slice(start, end).includes('..');
  return end - start >= 3 && end - start <= 9 && CALENDAR.has(text.slice(start, end));
}

function partEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 128 && CLASS[c] === Char.Delimiter) break;
    j += 1;
  }
  return j;
}

/** Replaces each variable part by VAR and runs of whitespace by one space, copying the rest as it is. */
function maskParts(text: string): string {
  let out = '';
  let copied = 0;
  let start = -1;
  let digit = false;
  let host = true;
  let dots = 0;
  let oddSpace = false;
  for (let i = 0; i <= text.length; i += 1) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const k = c < 128 ? CLASS[c] : Char.Other;
    if (k !== Char.Delimiter) {
      if (start < 0) {
        start = i;
        digit = false;
        host = true;
        dots = 0;
      }
      if (k === Char.Digit) digit = true;
      else if (k === Char.Dot) dots += 1;
      else if (k === Char.Other) host = false;
      continue;
    }
    if (c <= 32 && (c !== 32 || text.charCodeAt(i - 1) === 32)) oddSpace = true;
    if (start >= 0 && (digit || isNamedValue(text, start, i, host, dots))) {
      out += text.slice(copied, start) + VAR;
      copied = i;
      if (digit && c === 32) {
        const end = partEnd(text, i + 1);
        if (end - i <= 8 && UNITS.has(text.slice(i + 1, end))) copied = i = end;
      }
    }
    start = -1;
  }
  const masked = copied === 0 ? text : out + text.slice(copied);
  return oddSpace ? masked.replace(SPACES, ' ') : masked;
}

/** The message with variables replaced by `<*>` and whitespace normalized. */
export function maskMessage(message: string): string {
  let text = message;
  if (ANY_HINT.test(text)) for (const { hint, pattern, replacement } of RULES) if (hint.test(text)) text = text.replace(pattern, replacement);
  text = maskParts(text.trim());
  return text.includes(VAR) ? text.replace(VAR_RUN, VAR) : text;
}

/** User-supplied masks (regular expression sources), applied before the built-in ones. */
export function compileMasks(sources: string[] = []): (text: string) => string {
  const res = sources.map((s, i) => userPattern(s, `masks[${i}]`, 'g'));
  return (text) => res.reduce((t, re) => t.replace(re, VAR), text);
}
