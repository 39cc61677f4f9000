// Hand-written forms of the two mask rules most messages hit (key=value and paths): the same result
// as their regular expressions in mask.ts, which stay the specification (BigQuery runs them, and a
// test compares the two on generated text), at a third of the cost. A replace with a regular
// expression that starts with (^|\s) tries every position of the message; these jump from one `=`
// or `/` to the next.

/** mask.ts's VAR (imported from there it would make a cycle; the test compares the two). */
const VAR = '<*>';

/** JavaScript's \s: ASCII tab to carriage return and space, and the Unicode spaces. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** [\w.-] */
function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

function tokenEnd(text: string, from: number): number {
  let e = from;
  while (e < text.length && !isSpace(text.charCodeAt(e))) e += 1;
  return e;
}

/** `(^|\s)([\w.-]+)=(?:"[^"]*"|'[^']*'|[^\s])[^\s]*` replaced by `$1$2=<*>`. */
export function maskKeyValues(text: string): string {
  let out = '';
  let copied = 0;
  for (let q = text.indexOf('='); q >= 0;) {
    // The key is the run of key characters just before `=`, and starts the text or follows a space
    // (a match ends at a space, so a key found after it starts after it).
    let s = q;
    while (s > 0 && isKeyChar(text.charCodeAt(s - 1))) s -= 1;
    const starts = s === 0 || isSpace(text.charCodeAt(s - 1));
    if (s === q || !starts || q + 1 >= text.length || isSpace(text.charCodeAt(q + 1))) {
      q = text.indexOf('=', q + 1);
      continue;
    }
    let v = q + 1;
    const quote = text.charCodeAt(v);
    const close = quote === 34 || quote === 39 ? text.indexOf(quote === 34 ? '"' : "'", v + 1) : -1;
    v = tokenEnd(text, close >= 0 ? close + 1 : v + 1);
    out += text.slice(copied, q + 1) + VAR;
    copied = v;
    q = text.indexOf('=', v);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `(^|\s)(?:~|\.{1,2})?/[^\s/]*\/\S*` replaced by `$1<*>`: a token with two slashes, starting with one
 * (or ~/, ./, ../). */
export function maskPaths(text: string): string {
  let out = '';
  let copied = 0;
  for (let q = text.indexOf('/'); q >= 0;) {
    let t = q;
    while (t > 0 && !isSpace(text.charCodeAt(t - 1))) t -= 1;
    const end = tokenEnd(text, q + 1);
    const lead = q - t;
    const c0 = text.charCodeAt(t);
    const prefixed = lead === 0 || (lead === 1 && (c0 === 126 || c0 === 46)) || (lead === 2 && c0 === 46 && text.charCodeAt(t + 1) === 46);
    const second = text.indexOf('/', q + 1);
    if (prefixed && second >= 0 && second < end) {
      out += text.slice(copied, t) + VAR;
      copied = end;
    }
    q = text.indexOf('/', end);
  }
  return copied === 0 ? text : out + text.slice(copied);
}
