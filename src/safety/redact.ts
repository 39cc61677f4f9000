// Redaction of secrets and personal data from log text, before it reaches any output.
// Placeholders are stable tokens such as "<redacted:jwt>" so grouping sees one shape.

export interface RedactionOptions {
  /** Mask email addresses (default true). */
  emails?: boolean;
  /** Mask IPv4/IPv6 addresses (default true). */
  ips?: boolean;
  /** Extra regular expressions (source strings) whose matches are masked. */
  extraPatterns?: string[];
}

export interface Redactor {
  redact(text: string): string;
}

// Foundation stub: the trust issue replaces this with the full pattern set.
export function createRedactor(options: RedactionOptions = {}): Redactor {
  const patterns: [RegExp, string][] = [
    [/\b(Bearer)\s+[A-Za-z0-9\-._~+/]+=*/g, '$1 <redacted:token>'],
    [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g, '<redacted:jwt>'],
    [/\b(password|passwd|secret|token|api[_-]?key)=([^\s&"']+)/gi, '$1=<redacted:secret>'],
  ];
  if (options.emails !== false) patterns.push([/[\w.+-]+@[\w-]+\.[\w.-]+/g, '<redacted:email>']);
  for (const p of options.extraPatterns ?? []) patterns.push([new RegExp(p, 'g'), '<redacted:custom>']);
  return {
    redact(text: string): string {
      let out = text;
      for (const [re, to] of patterns) out = out.replace(re, to);
      return out;
    },
  };
}
