// Reads the values of a template's `<*>` slots back out of a text the template was made from, so a
// group can count which values its variables took. Works on any template whose literal parts appear
// in the text in order (the masked message, a stack title, a request line); whitespace runs count
// as one space, as the masks made them. Leftmost match per literal, linear time, no regular
// expression built from log text: a text that does not line up gives nothing.
import { VAR } from './mask.js';

export interface Slots {
  /** Literal text before, between and after the slots: one more than the slots. */
  literals: string[];
  /** A name per slot: the word before it ("attempt", "user"), else "var N". */
  names: string[];
  /** False when slots past maxSlots were left out: the last literal is then not the text's end. */
  complete: boolean;
}

const NAME_BEFORE = /([A-Za-z_][\w.-]{0,30})[\s=:]*[([{"']?$/;

export function slotsOf(template: string, maxSlots: number): Slots | undefined {
  if (!template.includes(VAR) || template.endsWith('…')) return undefined;
  const all = template.split(VAR);
  const literals = all.slice(0, maxSlots + 1);
  const names: string[] = [];
  const used = new Map<string, number>();
  for (let i = 0; i < literals.length - 1; i += 1) {
    const word = NAME_BEFORE.exec(literals[i])?.[1]?.replace(/[.-]+$/, '');
    const base = word && word.length > 1 ? word.toLowerCase() : `var ${i + 1}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    names.push(n === 1 ? base : `${base} (${n})`);
  }
  return { literals, names, complete: all.length === literals.length };
}

const SPACE_RUN = /\s+/g;

/** The text as the masks see it: one line's whitespace runs as single spaces, trimmed. */
export function squeeze(text: string): string {
  return /\s\s|[\t\n\r\f\v]/.test(text) ? text.replace(SPACE_RUN, ' ').trim() : text.trim();
}

/** The values at the slots, or undefined when the text does not line up with the template. */
export function align(slots: Slots, text: string): string[] | undefined {
  const { literals, complete } = slots;
  if (!text.startsWith(literals[0])) return undefined;
  let at = literals[0].length;
  const values: string[] = [];
  const last = literals.length - 1;
  for (let i = 1; i <= last; i += 1) {
    const lit = literals[i];
    let end: number;
    if (i === last && complete) {
      end = text.length - lit.length;
      if (end < at || !text.endsWith(lit)) return undefined;
    } else if (lit === '') {
      // Two slots in a row cannot be told apart; one at the end takes the rest.
      if (i !== last) return undefined;
      end = text.length;
    } else {
      end = text.indexOf(lit, at);
      if (end === -1) return undefined;
    }
    if (end === at) return undefined;
    values.push(text.slice(at, end));
    at = end + lit.length;
  }
  return values;
}
