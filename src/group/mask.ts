// Masks the variable parts of a free-text message by their lexical shape, so that messages
// from one print statement look alike: URLs, e-mails, quoted values, paths, key=value values,
// anything holding a digit (numbers, hex, ids, IPs, sizes and durations with their unit, dates, times), lowercase dotted
// names (hostnames), month and day names next to a number. No per-source settings.
// Variables that may hold delimiters go first, each one regular expression over the message;
// then the parts (runs between delimiters) holding a digit or a dot are masked.

import { maskKeyValues, maskPaths } from './mask-scan.js';
import { userPattern } from './pattern.js';

export const VAR = '<*>';

const CALENDAR = new Set(
  [
    'jan',
    'feb',
    'mar',
    'apr',
    'may',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'january',
    'february',
    'march',
    'april',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'mon',
    'tue',
    'wed',
    'thu',
    'fri',
    'sat',
    'sun',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
  ].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]),
);

/** A masking rule as data (src/bigquery/masks.ts holds their RE2 translation for the SQL coarse key). */
export interface MaskRule {
  name: string;
  /** Regular expression source (JavaScript syntax; no look-behind, so RE2 reads it as well). */
  source: string;
  flags: string;
  /** Replacement: `$1` keeps the first group (the character before the value). */
  replacement: string;
  /** Substrings one of which the text must hold for the rule to match at all (a cheap test). */
  hint: string[];
}

/** Variables that hold delimiters or spaces, replaced before the message is cut into parts. */
export const MASK_RULES: readonly MaskRule[] = [
  // What redaction left of a secret, an e-mail or an address (src/safety) is a value like the one it replaced.
  { name: 'redacted', source: String.raw`<redacted:[\w-]+>`, flags: 'g', replacement: VAR, hint: ['<redacted:'] },
  { name: 'url', source: String.raw`\b[a-z][a-z0-9+.-]*://\S+`, flags: 'gi', replacement: VAR, hint: ['://'] },
  { name: 'email', source: String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, flags: 'g', replacement: VAR, hint: ['@'] },
  // Quoted single values; a quoted phrase with spaces is text and is masked part by part.
  {
    name: 'quoted',
    source: String.raw`(^|[\s=:(\[,])(?:'[^'\s]*'|"[^"\s]*"|\`[^\`\s]*\`)($|[\s,.;:)\]])`,
    flags: 'g',
    replacement: `$1${VAR}$2`,
    hint: ["'", '"', '`'],
  },
  { name: 'path', source: String.raw`(^|\s)(?:~|\.{1,2})?/[^\s/]*/\S*`, flags: 'g', replacement: `$1${VAR}`, hint: ['/'] },
  { name: 'windows-path', source: String.raw`(^|\s)[A-Za-z]:\\\S*`, flags: 'g', replacement: `$1${VAR}`, hint: [':\\'] },
  // A quoted value may hold spaces: tag="View Lock" is one value.
  { name: 'key-value', source: String.raw`(^|\s)([\w.-]+)=(?:"[^"]*"|'[^']*'|[^\s])[^\s]*`, flags: 'g', replacement: `$1$2=${VAR}`, hint: ['='] },
];

/** Only this much of a message is examined, so one huge line costs what a long one does. */
export const MAX_MASKED_CHARS = 2000;

/** The rules that hand-written scans run instead of their expressions (mask-scan.ts). */
const SCANS: Record<string, (text: string) => string> = { path: maskPaths, 'key-value': maskKeyValues };
const COMPILED = MASK_RULES.map((r) => {
  const pattern = new RegExp(r.source, r.flags);
  return { hint: r.hint, apply: SCANS[r.name] ?? ((text: string) => text.replace(pattern, r.replacement)) };
});
const escapeHint = (h: string): string => h.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Whether a message holds any rule's hint: most hold none, and one scan rules them all out. */
const ANY_HINT = new RegExp(MASK_RULES.flatMap((r) => r.hint.map(escapeHint)).join('|'));

/** Runs of variables joined by spaces or delimiters are one variable of any length. */
const VAR_RUN = /<\*>(?:[\s,;:|/@.\-_#]*<\*>)+/g;
/** A unit after a number belongs to the value: humanized sizes and durations pick their unit per value. */
const UNITS = new Set([
  'B',
  'bytes',
  'KB',
  'MB',
  'GB',
  'TB',
  'PB',
  'KiB',
  'MiB',
  'GiB',
  'TiB',
  'ns',
  'us',
  'µs',
  'ms',
  's',
  'sec',
  'secs',
  'second',
  'seconds',
  'min',
  'mins',
  'minute',
  'minutes',
  'h',
  'hour',
  'hours',
  'day',
  'days',
]);
const SPACES = /\s+/g;

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
for (const c of ' \t\n\r\f\v=:,;|()[]{}<>@#"\'/\\+') CLASS[c.charCodeAt(0)] = Char.Delimiter;
for (let c = 48; c <= 57; c += 1) CLASS[c] = Char.Digit;
for (let c = 97; c <= 122; c += 1) CLASS[c] = Char.Label;
CLASS[95] = CLASS[45] = Char.Label;
CLASS[46] = Char.Dot;

const isDelimiter = (c: number): boolean => c < 128 && CLASS[c] === Char.Delimiter;

function partStart(text: string, from: number): number {
  let i = from;
  while (i > 0 && !isDelimiter(text.charCodeAt(i - 1))) i -= 1;
  return i;
}

function partEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length && !isDelimiter(text.charCodeAt(j))) j += 1;
  return j;
}

/** A name in code with one run of digits inside letters (`AirPort_Brcm43xx`, `IO80211Controller`), not hex. */
const CODE_NAME = /^[A-Za-z][A-Za-z_]+[0-9]+[A-Za-z_]*[A-Za-z]{2}$/;
const HEX = /^[0-9a-fA-F]+$/;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function isCodeName(text: string, start: number, end: number): boolean {
  if (end - start > 32 || !isLetter(text.charCodeAt(start)) || !isLetter(text.charCodeAt(start + 1)) || !isLetter(text.charCodeAt(end - 1))) return false;
  const part = text.slice(start, end);
  return CODE_NAME.test(part) && !HEX.test(part);
}

/** Whether text[start, end) (a part holding a digit or a dot) is a value: a digit, or a hostname. */
function isValuePart(text: string, start: number, end: number): boolean {
  let host = true; // [a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+
  for (let i = start; i < end; i += 1) {
    const k = CLASS[text.charCodeAt(i)] as Char | undefined;
    if (k === Char.Digit) return !isCodeName(text, start, end);
    if (k === Char.Other || k === undefined || (k === Char.Dot && text.charCodeAt(i - 1) === 46)) host = false;
  }
  return host && CLASS[text.charCodeAt(start)] === Char.Label && text.charCodeAt(end - 1) !== 46;
}

/** Whether a word's first character is one some word of words starts with. */
function firstChars(words: Iterable<string>): (code: number) => boolean {
  const codes = new Set([...words].map((w) => w.charCodeAt(0)));
  return (code) => codes.has(code);
}
// Most words next to a number start otherwise: the first character saves slicing them for the set lookup.
const calendarFirst = firstChars(CALENDAR);
const unitFirst = firstChars(UNITS);

/** A calendar word or unit next to a number, separated by one space. */
const isCalendar = (text: string, start: number, end: number): boolean =>
  end - start >= 3 && end - start <= 9 && calendarFirst(text.charCodeAt(start)) && CALENDAR.has(text.slice(start, end));
const isUnit = (text: string, start: number, end: number): boolean =>
  end > start && end - start <= 7 && unitFirst(text.charCodeAt(start)) && UNITS.has(text.slice(start, end));

/** Parts (runs between delimiters) that may be values: they hold a digit or a dot. */
const CANDIDATE = /[\d.]/g;
/** Whitespace that normalizing would change. */
const ODD_SPACE = / {2}|[\t\n\r\f\v]/;

/**
 * Replaces each value part by VAR, copying the rest as it is. The regular expression jumps from
 * candidate to candidate, so plain words cost no JavaScript per character. A month or day name
 * just before a number and a unit just after one belong to the value ("Nov 27", "5.2 KB").
 */
function maskParts(text: string): string {
  // Whitespace is never part of a value, so the text has odd whitespace exactly when the result does.
  const odd = ODD_SPACE.test(text);
  let out = '';
  let copied = 0;
  CANDIDATE.lastIndex = 0;
  // test, not exec: no match object per candidate; a match is one character, just before lastIndex.
  while (CANDIDATE.test(text)) {
    const at = CANDIDATE.lastIndex - 1;
    let start = partStart(text, at);
    let end = partEnd(text, at + 1);
    CANDIDATE.lastIndex = end;
    if (!isValuePart(text, start, end)) continue;
    while (start - 2 >= copied && text.charCodeAt(start - 1) === 32) {
      const before = partStart(text, start - 1);
      if (before >= copied && isCalendar(text, before, start - 1)) start = before;
      else break;
    }
    while (text.charCodeAt(end) === 32) {
      const after = partEnd(text, end + 1);
      if (isUnit(text, end + 1, after) || isCalendar(text, end + 1, after)) end = after;
      else break;
    }
    out += text.slice(copied, start) + VAR;
    copied = CANDIDATE.lastIndex = end;
  }
  const masked = copied === 0 ? text : out + text.slice(copied);
  return odd ? masked.replace(SPACES, ' ') : masked;
}

/** Characters that may join two variables into one run (VAR_RUN's class, ASCII part). */
const JOINS = new Uint8Array(128);
for (const c of ' \t\n\r\f\v,;:|/@.-_#') JOINS[c.charCodeAt(0)] = 1;
const UNICODE_SPACE = /\s/;
const joins = (c: number): boolean => (c < 128 ? JOINS[c] === 1 : UNICODE_SPACE.test(String.fromCharCode(c)));

/** Whether VAR_RUN would match: two variables with only joining characters between. Most messages have
 * none, and a look at the characters between neighbouring variables is cheaper than the replace. */
function hasVarRun(text: string): boolean {
  let i = text.indexOf(VAR);
  while (i >= 0) {
    const j = text.indexOf(VAR, i + VAR.length);
    if (j < 0) return false;
    let k = i + VAR.length;
    while (k < j && joins(text.charCodeAt(k))) k += 1;
    if (k === j) return true;
    i = j;
  }
  return false;
}

/** The message with variables replaced by `<*>` and whitespace normalized. */
export function maskMessage(message: string): string {
  let text = message.length > MAX_MASKED_CHARS ? message.slice(0, MAX_MASKED_CHARS) : message;
  for (let r = ANY_HINT.test(text) ? 0 : COMPILED.length; r < COMPILED.length; r += 1) {
    const { hint, apply } = COMPILED[r];
    let hinted = false;
    for (let h = 0; h < hint.length && !hinted; h += 1) hinted = text.includes(hint[h]);
    if (hinted) text = apply(text);
  }
  text = maskParts(text.trim());
  return hasVarRun(text) ? text.replace(VAR_RUN, VAR) : text;
}

/** User-supplied masks (regular expression sources), applied before the built-in ones. */
export function compileMasks(sources: string[] = []): (text: string) => string {
  const res = sources.map((s, i) => userPattern(s, `masks[${i}]`, 'g'));
  if (res.length === 0) return (text) => text;
  return (text) => res.reduce((t, re) => t.replace(re, VAR), text);
}
