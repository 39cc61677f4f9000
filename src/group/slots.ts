// Online slot learning for the signer: the rule of the template miner's merge step, applied as
// records arrive. A position of a masked form becomes a variable once MIN_WORDS distinct words
// were seen there (all else equal), or once the form with a masked value there was seen. From
// then on, forms with a word there sign as the generalized template. Seeding with templates of
// earlier runs makes what was learned before apply from the first record.
import { VAR } from './mask.js';

export const MIN_WORDS = 5;
/** Learning stops beyond this many slot keys, so memory stays bounded. */
const MAX_KEYS = 200_000;

function withVariable(tokens: string[], i: number): string {
  const k = tokens.slice();
  k[i] = VAR;
  return k.join(' ');
}

export class SlotLearner {
  /** Generalized templates: a form equal to one of these with a word at a variable position joins it. */
  private readonly variable = new Set<string>();
  /** Distinct words seen per slot key, up to MIN_WORDS. */
  private readonly words = new Map<string, Set<string>>();
  private readonly forms = new Set<string>();
  /** Last result per form, valid while no slot became a variable since (a form seen before teaches nothing new). */
  private readonly recent = new Map<string, { learned: number; template: string }>();

  /** Templates known to be generalized (from an earlier run's report). */
  seed(templates: Iterable<string>): void {
    for (const t of templates) if (t.includes(VAR)) this.variable.add(t);
  }

  /** The template a masked form signs as, learning from it. */
  generalize(form: string): string {
    const hit = this.recent.get(form);
    if (hit && hit.learned === this.variable.size) return hit.template;
    const template = this.learn(form);
    if (this.recent.size >= MAX_KEYS) this.recent.clear();
    this.recent.set(form, { learned: this.variable.size, template });
    return template;
  }

  private learn(form: string): string {
    this.learnForm(form);
    let tokens = form.split(' ');
    if (tokens.filter((t) => t !== VAR).length < 2) return form;
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = 0; i < tokens.length; i += 1) {
        if (tokens[i] === VAR) continue;
        const key = withVariable(tokens, i);
        if (this.variable.has(key) || this.learnWord(key, tokens[i])) {
          tokens = key.split(' ');
          changed = true;
        }
      }
    }
    return tokens.join(' ');
  }

  private learnForm(form: string): void {
    if (this.forms.has(form) || this.forms.size >= MAX_KEYS) return;
    this.forms.add(form);
    // The masked form itself shows its variable positions hold values.
    if (this.words.has(form)) this.variable.add(form);
  }

  /** Records a word at a slot; true when the slot has just become a variable. */
  private learnWord(key: string, word: string): boolean {
    let seen = this.words.get(key);
    if (!seen) {
      if (this.words.size >= MAX_KEYS) return false;
      this.words.set(key, (seen = new Set()));
    }
    if (seen.size < MIN_WORDS) seen.add(word);
    if (seen.size >= MIN_WORDS || this.forms.has(key)) {
      this.variable.add(key);
      return true;
    }
    return false;
  }
}
