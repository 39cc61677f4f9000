// Splits a stream of text holding either a JSON array of objects or NDJSON (one value a line)
// into one string per element, without holding more than one element in memory.
// Elements that do not parse are reported with their 1-based position; the rest go on.

/** An element's text; `value` when it was already parsed (an array element alone on its line). */
export type Piece = { position: number; text: string; value?: unknown };

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** `},` tried as the end of an element that shares its line with others (see JsonSplitter.compact). */
const COMPACT_TRIES = 4;

/** JSON's whitespace. */
const isBlank = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

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

/** Where an element ends, its text and its value. */
type Found = [close: number, text: string, value: unknown];

/** The element text[p..close] parsed, when `close` is a `}` followed by a comma and the text parses whole. */
function parsedTo(text: string, p: number, close: number): Found | undefined {
  if (close <= p || text.charCodeAt(close) !== CLOSE_BRACE || text.charCodeAt(close + 1) !== COMMA) return undefined;
  const element = text.slice(p, close + 1);
  try {
    return [close, element, JSON.parse(element)];
  } catch {
    return undefined;
  }
}

/**
 * The splitter, fed one chunk at a time: push returns the elements a chunk completed, end those left at the
 * end. A syntax error is thrown only after the elements before it were returned (by the next push or end, or by
 * check): whoever reads the elements gets every one that came before the error.
 */
export class JsonSplitter {
  private mode: 'unknown' | 'array' | 'lines' = 'unknown';
  private buf = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private position = 0;
  private ended = false; // saw the closing ] of the array
  private error: SyntaxError | undefined;

  /** Throws the syntax error found after the elements already returned, if any. */
  check(): void {
    if (this.error) throw this.error;
  }

  private atBoundary(): boolean {
    return this.mode === 'array' && this.depth === 0 && !this.inString && !this.ended && this.buf.trim() === '';
  }

  /** The last pretty-printed element's indentation, and the line that closes such an element. */
  private indent = '';
  private closing = '\n}';
  /** Parses tried on elements that share their line (see compact), and elements found by them. */
  private compactParses = 0;
  private compactFound = 0;

  /**
   * At an element boundary of an array: the elements that can be cut without reading them character by
   * character, each parsed once here, and where the character scan must take over. An element alone on
   * its line (`{...},`) ends at that line's end; a pretty-printed one (`{` ending its line, as gcloud
   * prints) at the first `}` on a line of its own at the element's indentation; one of several on a line
   * (`JSON.stringify` of the whole array) at one of the next few `},`. Whichever it is, JSON.parse
   * accepting the text is what proves it one whole element: JSON is read left to right, so a text that
   * parses whole up to a `}` ends where the element does. Anything else (the last element, one this chunk
   * cuts, one that does not parse) is left to the scan.
   */
  private wholeElements(chunk: string, from: number, out: Piece[]): number {
    let at = from;
    for (;;) {
      let p = at;
      while (p < chunk.length && isBlank(chunk.charCodeAt(p))) p++;
      if (chunk.charCodeAt(p) !== OPEN_BRACE) return at;
      const next = chunk.charCodeAt(p + 1);
      let found: Found | undefined;
      if (next === 10 || next === 13) {
        const lineStart = chunk.lastIndexOf('\n', p - 1) + 1;
        if (lineStart === 0) return at; // the line began in an earlier chunk: its indentation is unknown here
        const indent = chunk.slice(lineStart, p);
        for (let k = 0; k < indent.length; k++) if (!isBlank(indent.charCodeAt(k))) return at;
        // Elements of one file share their indentation: the pattern is made once, not per element.
        if (indent !== this.indent) this.closing = `\n${(this.indent = indent)}}`;
        const mark = chunk.indexOf(this.closing, p);
        if (mark === -1) return at;
        found = parsedTo(chunk, p, mark + 1 + indent.length);
      } else {
        const nl = chunk.indexOf('\n', p);
        if (nl !== -1) found = parsedTo(chunk, p, chunk.charCodeAt(nl - 1) === 13 ? nl - 3 : nl - 2);
        if (!found) found = this.compact(chunk, p, nl === -1 ? chunk.length : nl);
      }
      if (!found) return at;
      const [close, text, value] = found;
      this.position += 1;
      out.push({ position: this.position, text, value });
      at = close + 2;
    }
  }

  /**
   * The element at p that ends at one of the next few `},` followed by `{` before `limit`, parsed.
   * Elements that hold arrays of objects (`},{` inside) cost a parse per such candidate: once 64 parses
   * were tried, a file that needs more than two per element found is left to the scan.
   */
  private compact(chunk: string, p: number, limit: number): Found | undefined {
    if (this.compactParses >= 64 && this.compactParses > 2 * this.compactFound) return undefined;
    let tries = 0;
    for (let close = chunk.indexOf('},', p); close !== -1 && close < limit && tries < COMPACT_TRIES; close = chunk.indexOf('},', close + 2)) {
      // The next element starts with `{`: a `},` followed by a key (`},"`) closes an object inside this one.
      let q = close + 2;
      while (q < limit && isBlank(chunk.charCodeAt(q))) q++;
      if (chunk.charCodeAt(q) !== OPEN_BRACE) continue;
      tries += 1;
      this.compactParses += 1;
      const found = parsedTo(chunk, p, close);
      if (found) {
        this.compactFound += 1;
        return found;
      }
    }
    return undefined;
  }

  push(chunk: string): Piece[] {
    this.check();
    const out: Piece[] = [];
    let start = 0;
    let i = 0;
    if (this.mode === 'unknown') {
      const trimmed = chunk.replace(/^\uFEFF/, '');
      const first = trimmed.search(/\S/);
      if (first === -1) return out;
      this.mode = trimmed[first] === '[' ? 'array' : 'lines';
      if (this.mode === 'array') {
        this.buf = '';
        start = i = chunk.indexOf('[') + 1;
      }
    }
    if (this.mode === 'lines') {
      // One scan over the buffer from a moving start: no copy of the rest per line.
      const buf = this.buf + chunk;
      let from = 0;
      let nl: number;
      while ((nl = buf.indexOf('\n', from)) !== -1) {
        const line = buf.slice(from, nl);
        from = nl + 1;
        this.position += 1;
        if (line.trim() !== '') out.push({ position: this.position, text: line });
      }
      this.buf = buf.slice(from);
      return out;
    }
    // Strings (most of an entry) are skipped with indexOf; only the rest is read char by char.
    const n = chunk.length;
    if (this.atBoundary()) {
      const next = this.wholeElements(chunk, start, out);
      if (next !== start) this.buf = '';
      i = start = next;
    }
    for (; i < n; i++) {
      if (this.ended) {
        if (/\S/.test(chunk.slice(i))) {
          this.error = new SyntaxError(`unexpected text after the closing ] of the array`);
          return out;
        }
        break;
      }
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          continue;
        }
        const q = closingQuote(chunk, i);
        if (q === -1) {
          this.escaped = backslashesBefore(chunk, n, i) % 2 === 1;
          break;
        }
        this.inString = false;
        i = q;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth += 1;
      else if (c === CLOSE_BRACE) this.depth -= 1;
      else if (c === CLOSE_BRACKET && this.depth > 0) this.depth -= 1;
      else if ((c === COMMA || c === CLOSE_BRACKET) && this.depth === 0) {
        const text = (this.buf + chunk.slice(start, i)).trim();
        this.buf = '';
        start = i + 1;
        if (text !== '' || c === COMMA) {
          this.position += 1;
          out.push({ position: this.position, text });
        }
        if (c === CLOSE_BRACKET) this.ended = true;
        else {
          start = this.wholeElements(chunk, start, out);
          i = start - 1;
        }
      }
    }
    if (!this.ended) this.buf += chunk.slice(start);
    return out;
  }

  end(): Piece[] {
    this.check();
    const out: Piece[] = [];
    if (this.mode === 'lines' && this.buf.trim() !== '') out.push({ position: this.position + 1, text: this.buf });
    if (this.mode === 'array' && !this.ended) {
      if (this.buf.trim() !== '') out.push({ position: this.position + 1, text: this.buf.trim() });
      this.error = new SyntaxError('the JSON array is not closed (the file may be cut short)');
    }
    return out;
  }
}

export async function* splitJson(chunks: AsyncIterable<string>): AsyncGenerator<Piece> {
  const splitter = new JsonSplitter();
  for await (const chunk of chunks) {
    for (const piece of splitter.push(chunk)) yield piece;
    splitter.check();
  }
  for (const piece of splitter.end()) yield piece;
  splitter.check();
}
