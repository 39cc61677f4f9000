// The values behind a masked form's variables, kept only while they stay the same: a title shows
// a value that every entry of the group shares ("cannot import name 'x' from 'app.util'") and
// masks only what really varies. Work per entry stops once every variable has varied.
import { VAR } from './mask.js';

/** A shown value longer than this stays masked: a title names the fact, it does not quote a payload. */
const MAX_VALUE = 80;
const SPACES = /\s+/g;

/** The values standing for each `<*>` of form in text, or undefined when they cannot be told. */
function valuesOf(form: string, text: string, segments = form.split(VAR)): string[] | undefined {
  if (segments.length === 1) return [];
  const raw = text.replace(SPACES, ' ').trim();
  if (!raw.startsWith(segments[0])) return undefined;
  const values: string[] = [];
  let at = segments[0].length;
  for (let j = 1; j < segments.length; j += 1) {
    const seg = segments[j];
    let end: number;
    if (j === segments.length - 1) {
      end = raw.length - seg.length;
      if (end <= at || !raw.endsWith(seg)) return undefined;
    } else {
      end = raw.indexOf(seg, at + 1);
      if (end < 0) return undefined;
    }
    values.push(raw.slice(at, end));
    at = end + seg.length;
  }
  return values;
}

/** Per form: the one value each variable has had so far, or null once it took two. */
export class SharedValues {
  private values: (string | null)[] | undefined;
  private open = 0;
  private readonly segments: string[];

  constructor(private readonly form: string) {
    this.segments = form.split(VAR);
  }

  see(text: string): void {
    if (this.values !== undefined && (this.open === 0 || this.unchanged(text))) return;
    const got = valuesOf(this.form, text, this.segments);
    if (!this.values) {
      this.values = got ? got.map((v) => (v.length <= MAX_VALUE ? v : null)) : [];
      this.open = this.values.filter((v) => v !== null).length;
      return;
    }
    for (let j = 0; j < this.values.length; j += 1) {
      if (this.values[j] !== null && got?.[j] !== this.values[j]) {
        this.values[j] = null;
        this.open -= 1;
      }
    }
  }

  /** Whether text has every value this form still shares, where they were: the common case, without allocating. */
  private unchanged(text: string): boolean {
    // Text with other whitespace than single spaces fails to line up here and is read by valuesOf.
    const values = this.values!;
    const segments = this.segments;
    if (!text.startsWith(segments[0])) return false;
    let at = segments[0].length;
    for (let j = 1; j < segments.length; j += 1) {
      const seg = segments[j];
      const v = values[j - 1];
      let end: number;
      if (j === segments.length - 1) {
        end = text.length - seg.length;
        if (end <= at || !text.endsWith(seg)) return false;
      } else {
        end = text.indexOf(seg, at + 1);
        if (end < 0) return false;
      }
      if (v !== null && (end - at !== v.length || !text.startsWith(v, at))) return false;
      at = end + seg.length;
    }
    return true;
  }

  /** What was seen so far, to hand to another signer (plain data: it crosses threads). */
  seen(): (string | null)[] | undefined {
    return this.values && [...this.values];
  }

  /** Takes in what another signer saw of the same form: a value stays shared only if both saw it. */
  merge(other: (string | null)[] | undefined): void {
    if (other === undefined) return;
    if (this.values === undefined) this.values = [...other];
    // One side could not tell the values apart ([]): none is shown, as if it had come first.
    else if (this.values.length !== other.length) this.values = [];
    else this.values = this.values.map((v, j) => (v !== null && v === other[j] ? v : null));
    this.open = this.values.filter((v) => v !== null).length;
  }

  /** The value of the j-th variable when every entry had the same, else undefined. */
  shared(j: number): string | undefined {
    return this.values?.[j] ?? undefined;
  }

  /** The form with the variables that never varied written out. */
  filled(): string {
    if (!this.values || this.open === 0) return this.form;
    const parts = this.form.split(VAR);
    return parts.reduce((out, p, j) => (j === 0 ? p : `${out}${this.shared(j - 1) ?? VAR}${p}`), '');
  }
}
