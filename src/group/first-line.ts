/**
 * The first line of `text` (lines cut at "\n") that is not blank, or undefined. What
 * `text.split('\n').find((l) => l.trim() !== '')` gives, without cutting every line of a long trace.
 */
export function firstLine(text: string): string | undefined {
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    const line = nl === -1 ? text.slice(from) : text.slice(from, nl);
    if (line.trim() !== '') return line;
    if (nl === -1) return undefined;
    from = nl + 1;
  }
}
