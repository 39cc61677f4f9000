// Online template mining for free-text messages, one message a line (the CLI `group` contract).
// Foundation stub: masked-values key; the grouping engine issue replaces it.
import { maskValues } from './basic-signer.js';

export interface TemplateMiner {
  /** Returns the id of the group the message joins (stable for the miner's lifetime). */
  add(message: string): string;
}

export function createTemplateMiner(): TemplateMiner {
  const ids = new Map<string, string>();
  return {
    add(message: string): string {
      const key = maskValues(message);
      let id = ids.get(key);
      if (id === undefined) {
        id = `g${ids.size + 1}`;
        ids.set(key, id);
      }
      return id;
    },
  };
}
