// Splits a stream of text holding either a JSON array of objects or NDJSON (one value a line)
// into one string per element, without holding more than one element in memory.
// Elements that do not parse are reported with their 1-based position; the rest go on.

export type Piece = { position: number; text: string };

const STRUCTURE = /["{}[\],]/g;
const IN_STRING = /["\\]/g;

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
    // Jump from one structural character to the next; inside strings only quotes and escapes matter.
    while (i < chunk.length) {
      if (ended) {
        if (/\S/.test(chunk.slice(i))) throw new SyntaxError(`unexpected text after the closing ] of the array`);
        break;
      }
      if (inString) {
        if (escaped) {
          escaped = false;
          i += 1;
          continue;
        }
        IN_STRING.lastIndex = i;
        const m = IN_STRING.exec(chunk);
        if (!m) break;
        i = m.index + 1;
        if (m[0] === '\\') escaped = true;
        else inString = false;
        continue;
      }
      STRUCTURE.lastIndex = i;
      const m = STRUCTURE.exec(chunk);
      if (!m) break;
      i = m.index;
      const c = m[0];
      if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth += 1;
      else if (c === '}') depth -= 1;
      else if (c === ']' && depth > 0) depth -= 1;
      else if ((c === ',' || c === ']') && depth === 0) {
        const text = (buf + chunk.slice(start, i)).trim();
        buf = '';
        start = i + 1;
        if (text !== '' || c === ',') {
          position += 1;
          yield { position, text };
        }
        if (c === ']') ended = true;
      }
      i += 1;
    }
    if (!ended) buf += chunk.slice(start);
  }
  if (mode === 'lines' && buf.trim() !== '') yield { position: position + 1, text: buf };
  if (mode === 'array' && !ended) {
    if (buf.trim() !== '') yield { position: position + 1, text: buf.trim() };
    throw new SyntaxError('the JSON array is not closed (the file may be cut short)');
  }
}
