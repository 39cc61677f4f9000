// The filter and the gcloud command, wrapped for a page: broken only before AND / OR outside quotes,
// where a line break means the same to Cloud Logging as a space, so the text still runs as it is.

/** Splits a filter before each AND / OR that is outside a quoted string. */
function clauses(filter: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < filter.length; i++) {
    const c = filter[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ' ' && /^ (AND|OR) /.test(filter.slice(i, i + 5))) {
      out.push(filter.slice(start, i));
      start = i + 1;
    }
  }
  out.push(filter.slice(start));
  return out;
}

/** Clauses packed into lines of about `width` characters; the first line may have less room. */
export function wrapFilter(filter: string, width = 100, firstWidth = width): string {
  const lines: string[] = [];
  let line = '';
  for (const c of clauses(filter)) {
    if (line && line.length + 1 + c.length > (lines.length ? width : firstWidth)) {
      lines.push(line);
      line = c;
    } else line = line ? `${line} ${c}` : c;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * A `gcloud logging read '<filter>' --flag ...` command with the filter wrapped inside its quotes
 * and one flag a line after a backslash. Anything else is returned as it is.
 */
export function wrapCommand(command: string, width = 100): string {
  return command
    .split('\n')
    .map((one) => {
      const m = /^(gcloud logging read )'((?:[^']|'\\'')*)'((?: --\S+)*)$/.exec(one);
      if (!m) return one;
      const flags = m[3].trim().split(' ').filter(Boolean);
      return [`${m[1]}'${wrapFilter(m[2], width, width - m[1].length - 1)}'`, ...flags].join(' \\\n  ');
    })
    .join('\n\n');
}
