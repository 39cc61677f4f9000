// Template mining in two steps, both bounded by the number of templates, not messages:
// 1. online: a message's masked form (see mask.ts) is its template; equal forms share an id;
// 2. on demand (`groupOf`): templates that differ in one word only, where that position has
//    taken many distinct words, are one template with a variable there (an identifier the
//    masks could not recognize, e.g. a user name). A position with few distinct words is an
//    enumeration (VM Started / Stopped) and stays apart. Repeated until nothing merges.
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
  tokens: string[];
  parent: Node | null;
}

function root(n: Node): Node {
  while (n.parent) n = n.parent;
  return n;
}

/** Template ids by slot key: the template with one constant position replaced by a variable. */
function slotKeys(n: Node): string[] {
  const constants = n.tokens.filter((t) => t !== VAR).length;
  if (constants < 2) return [];
  const keys: string[] = [];
  n.tokens.forEach((t, i) => {
    if (t === VAR) return;
    const k = n.tokens.slice();
    k[i] = VAR;
    keys.push(k.join(' '));
  });
  return keys;
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

  /** The masked form of a message and its template node. */
  template(message: string): { id: string; form: string } {
    const form = maskMessage(this.premask(message));
    let node = this.byForm.get(form);
    if (!node) {
      node = { id: `t${this.byForm.size + 1}`, tokens: form === '' ? [] : form.split(' '), parent: null };
      this.byForm.set(form, node);
      this.byId.set(node.id, node);
    }
    return { id: node.id, form };
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

  private mergeSlots(): void {
    for (let changed = true; changed; ) {
      changed = false;
      const slots = new Map<string, Node[]>();
      for (const n of this.byId.values()) {
        if (n.parent) continue;
        for (const k of slotKeys(n)) {
          const list = slots.get(k);
          if (list) list.push(n);
          else slots.set(k, [n]);
        }
      }
      for (const [key, list] of slots) {
        const alive = list.filter((n) => !n.parent);
        if (alive.length < this.slotValues) continue;
        const [head, ...rest] = alive;
        for (const n of rest) n.parent = head;
        head.tokens = key.split(' ');
        changed = true;
      }
    }
    this.merged = this.byForm.size;
  }

  get size(): number {
    return this.byForm.size;
  }
}

export function createTemplateMiner(options?: MinerOptions): Miner {
  return new Miner(options);
}
