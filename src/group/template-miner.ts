// Template mining in two steps, both bounded by the number of templates, not messages:
// 1. online: a message's masked form (see mask.ts) is its template; equal forms share an id;
// 2. on demand (`groupOf`): templates that differ in one word only, where that position has
//    taken many distinct words or also a masked value, are one template with a variable there
//    (an identifier the masks could not recognize, e.g. a user name). A position with a few
//    distinct words only is an enumeration (VM Started / Stopped) and stays apart. Repeated
//    until nothing merges.
import { maskMessage, VAR } from './mask.js';

export interface TemplateMiner {
  /** Returns the id of the message's template (stable for the miner's lifetime). */
  add(message: string): string;
  /** The group a template id belongs to, given everything added so far. */
  groupOf(id: string): string;
}

export interface MinerOptions {
  /** Distinct words at one position from which the position is a variable. */
  slotValues?: number;
  /** Applied to each message before the built-in masking (user masks). */
  premask?: (text: string) => string;
}

/** Beyond a handful of alternatives a word is a value, not a different event. */
export const DEFAULT_SLOT_VALUES = 5;

interface Node {
  id: string;
  index: number;
  tokens: string[];
  parent: Node | null;
}

function root(n: Node): Node {
  while (n.parent) n = n.parent;
  return n;
}

/** The template with position i replaced by a variable, when that leaves at least one other constant. */
function slotKey(n: Node, i: number): string | undefined {
  if (i >= n.tokens.length || n.tokens[i] === VAR) return undefined;
  let constants = 0;
  for (const t of n.tokens) if (t !== VAR) constants += 1;
  if (constants < 2) return undefined;
  const k = n.tokens.slice();
  k[i] = VAR;
  return k.join(' ');
}

export class Miner implements TemplateMiner {
  private readonly byForm = new Map<string, Node>();
  private readonly byId = new Map<string, Node>();
  private readonly slotValues: number;
  private readonly premask: (text: string) => string;
  private merged = 0;

  constructor(options: MinerOptions = {}) {
    this.slotValues = options.slotValues ?? DEFAULT_SLOT_VALUES;
    this.premask = options.premask ?? ((t) => t);
  }

  add(message: string): string {
    return this.template(message).id;
  }

  /** Like add, as the template's number (ids are `t<number>`). */
  addNumbered(message: string): number {
    return this.template(message).index;
  }

  /** The masked form of a message and its template node. */
  template(message: string): { id: string; index: number; form: string } {
    const form = maskMessage(this.premask(message));
    let node = this.byForm.get(form);
    if (!node) {
      const index = this.byForm.size + 1;
      node = { id: `t${index}`, index, tokens: form === '' ? [] : form.split(' '), parent: null };
      this.byForm.set(form, node);
      this.byId.set(node.id, node);
    }
    return { id: node.id, index: node.index, form };
  }

  groupOf(id: string): string {
    if (this.merged !== this.byForm.size) this.mergeSlots();
    const node = this.byId.get(id);
    return node ? root(node).id : id;
  }

  /** The generalized template text of a group. */
  templateOf(id: string): string {
    const node = this.byId.get(this.groupOf(id));
    return node ? node.tokens.join(' ') : '';
  }

  /** One position at a time, so that memory holds one slot key per template at most. */
  private mergeSlots(): void {
    for (let changed = true; changed; ) {
      changed = false;
      let longest = 0;
      for (const n of this.byId.values()) longest = Math.max(longest, n.tokens.length);
      for (let i = 0; i < longest; i += 1) {
        const slots = new Map<string, Node[]>();
        for (const n of this.byId.values()) {
          const key = n.parent ? undefined : slotKey(n, i);
          if (key === undefined) continue;
          const list = slots.get(key);
          if (list) list.push(n);
          else slots.set(key, [n]);
        }
        for (const [key, list] of slots) changed = this.mergeSlot(key, list) || changed;
      }
    }
    this.merged = this.byForm.size;
  }

  private mergeSlot(key: string, list: Node[]): boolean {
    const alive = list.filter((n) => !n.parent);
    // A template with a masked value at the position shows it is a variable: words there join it.
    const masked = this.byForm.get(key);
    const head = masked ? root(masked) : alive[0];
    if (!masked && alive.length < this.slotValues) return false;
    for (const n of alive) if (n !== head) n.parent = head;
    head.tokens = key.split(' ');
    return true;
  }

  get size(): number {
    return this.byForm.size;
  }
}

export function createTemplateMiner(options?: MinerOptions): Miner {
  return new Miner(options);
}
