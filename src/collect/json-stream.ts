// Splits a stream of text holding either a JSON array of objects or NDJSON (one value a line)
// into one string per element, without holding more than one element in memory.
// Elements that do not parse are reported with their 1-based position; the rest go on.

export type Piece = { position: number; text: string };

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** Backslashes just before `end`, not looking before `from`. */
function backslashesBefore(text: string, end: number, from: number): number {
  let k = 0;
  while (end - 1 - k >= from && text.charCodeAt(end - 1 - k) === BACKSLASH) k += 1;
  return k;
}

/** The quote that closes a string whose text continues at `from`, or -1 when not in this chunk. */
function closingQuote(text: string, from: number): number {
  let q = text.indexOf('"', from);
  while (q !== -1 && backslashesBefore(text, q, from) % 2 === 1) q = text.indexOf('"', q + 1);
  return q;
}

export async function* splitJson(chunks: AsyncIterable<string>): AsyncGenerator<Piece> {
  let mode: 'unknown' | 'array' | 'lines' = 'unknown';
  let buf = '';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let position = 0;
  let ended = false; // saw the closing ] of the array

  for await (const chunk of chunks) {
    let start = 0;
    let i = 0;
    if (mode === 'unknown') {
      const trimmed = chunk.replace(/^\uFEFF/, '');
      const first = trimmed.search(/\S/);
      if (first === -1) continue;
      mode = trimmed[first] === '[' ? 'array' : 'lines';
      if (mode === 'array') {
        buf = '';
        start = i = chunk.indexOf('[') + 1;
      }
    }
    if (mode === 'lines') {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf('\n')) !== -1) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        position += 1;
        if (line.trim() !== '') yield { position, text: line };
      }
      continue;
    }
    // Strings (most of an entry) are skipped with indexOf; only the rest is read char by char.
    const n = chunk.length;
    for (; i < n; i++) {
      if (ended) {
        if (/\S/.test(chunk.slice(i))) throw new SyntaxError(`unexpected text after the closing ] of the array`);
        break;
      }
      if (inString) {
        if (escaped) {
          escaped = false;
          continue;
        }
        const q = closingQuote(chunk, i);
        if (q === -1) {
          escaped = backslashesBefore(chunk, n, i) % 2 === 1;
          break;
        }
        inString = false;
        i = q;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth += 1;
      else if (c === CLOSE_BRACE) depth -= 1;
      else if (c === CLOSE_BRACKET && depth > 0) depth -= 1;
      else if ((c === COMMA || c === CLOSE_BRACKET) && depth === 0) {
        const text = (buf + chunk.slice(start, i)).trim();
        buf = '';
        start = i + 1;
        if (text !== '' || c === COMMA) {
          position += 1;
          yield { position, text };
        }
        if (c === CLOSE_BRACKET) ended = true;
      }
    }
    if (!ended) buf += chunk.slice(start);
  }
  if (mode === 'lines' && buf.trim() !== '') yield { position: position + 1, text: buf };
  if (mode === 'array' && !ended) {
    if (buf.trim() !== '') yield { position: position + 1, text: buf.trim() };
    throw new SyntaxError('the JSON array is not closed (the file may be cut short)');
  }
}
