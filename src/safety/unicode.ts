// Text that leaves the process (GitHub requests, workflow commands) is normalised once, here: log
// text may hold unpaired UTF-16 surrogates, bidi controls that make a line read differently from
// what it says (a right-to-left override in an ::error:: line), and C1 controls such as U+0085.

declare global {
  interface String {
    toWellFormed(): string;
  }
}

/** Bidi embedding, override, isolate and mark controls; C1 controls (U+0080-U+009F). */
const UNSAFE = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Well-formed Unicode (lone surrogates become U+FFFD) without bidi or C1 controls. */
export function cleanText(text: string): string {
  return text.toWellFormed().replace(UNSAFE, '');
}

/** Every string in a JSON-like value cleaned; other values as they are. Keys are left alone. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => cleanDeep(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanDeep(v)])) as T;
  }
  return value;
}
