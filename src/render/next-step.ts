// The key fact of a group and the concrete next step its evidence supports, read from its first
// example (redacted log text), its exception type, statuses and suspect revision. Output is markdown:
// every piece of log text goes through code() or inline().
import type { TriagedGroup } from '../types.js';
import { code, inline, shorten } from '../safety/markdown.js';
import { displayTitle } from './format.js';

interface Evidence {
  /** A few words that tell this problem apart, e.g. "`create_session` missing". */
  fact?: string;
  /** What to do first, as one sentence without a final period. */
  step: string;
}

const name = (s: string) => code(shorten(s, 60));

const GRPC_STEP: Record<string, string> = {
  NOT_FOUND: 'the call names something that does not exist: check the id in the first example and whether it is created before use',
  PERMISSION_DENIED: "grant the service's account the role this call needs",
  UNAVAILABLE: 'check the backend the call reaches and whether its client retries',
  DEADLINE_EXCEEDED: 'check the backend the call reaches and the deadline set for it',
  RESOURCE_EXHAUSTED: 'a quota or rate limit was hit: check the quotas of the API it calls',
  UNAUTHENTICATED: 'check the credentials the service calls with',
  ALREADY_EXISTS: 'make the create idempotent, or look the object up first',
  FAILED_PRECONDITION: 'check the state the call expects (an index, a setting, an earlier step)',
};

interface Rule {
  test: RegExp;
  read: (m: RegExpMatchArray, g: TriagedGroup) => Evidence;
}

const RULES: Rule[] = [
  {
    test: /cannot import name ['"]?([\w.]+)['"]? from ['"]?([\w.]+)['"]?/,
    read: (m) => ({ fact: `${name(m[1])} missing`, step: `add ${name(m[1])} to ${name(m[2])}, or import it from where it now lives` }),
  },
  {
    test: /No module named ['"]?([\w.]+)['"]?/,
    read: (m) => ({ fact: `module ${name(m[1])} missing`, step: `add ${name(m[1].split('.')[0])} to the image's dependencies, or fix the import` }),
  },
  {
    test: /['"]?(\w+)['"]? object has no attribute ['"]?(\w+)['"]?/,
    read: (m) => ({ fact: `${name(m[1])} has no ${name(m[2])}`, step: `add ${name(m[2])} to ${name(m[1])}, or fix the caller that expects it` }),
  },
  {
    test: /(\w+) must be installed/,
    read: (m) => ({ fact: `${name(m[1])} not installed`, step: `install ${name(m[1])} in the app, ahead of the code that needs it` }),
  },
  {
    test: /too many (?:clients|connections)|TooManyConnections|remaining connection slots/i,
    read: () => ({
      fact: 'database connection limit reached',
      step: 'size the connection pool so instances × pool size stays under the database limit, or raise the limit',
    }),
  },
  {
    test: /Connection is not available, request timed out|pool (?:is )?exhausted|HikariPool-\d+ - Connection/i,
    read: () => ({
      fact: 'connection pool exhausted',
      step: 'find what holds connections (slow queries, leaks, long transactions), or grow the pool within the database limit',
    }),
  },
  {
    test: /request to (https?:\/\/[^\s/]+)\S* failed, reason: ([^\n]{1,60})/,
    read: (m) => ({ fact: `${name(m[1])} ${shorten(m[2].trim(), 30)}`, step: `check ${name(m[1])}: requests to it fail (${shorten(m[2].trim(), 40)})` }),
  },
  {
    test: /\b(NOT_FOUND|PERMISSION_DENIED|UNAVAILABLE|DEADLINE_EXCEEDED|RESOURCE_EXHAUSTED|UNAUTHENTICATED|ALREADY_EXISTS|FAILED_PRECONDITION): /,
    read: (m) => ({ fact: `gRPC ${name(m[1])}`, step: GRPC_STEP[m[1]] }),
  },
  {
    test: /Failed services?:\s*([\w.-]+(?:,\s*[\w.-]+)*)/,
    read: (m) => ({ fact: `${name(m[1])} failing`, step: `check ${name(m[1])}: the check names it as the dependency that failed` }),
  },
  {
    test: /(?:timed? ?out|deadline exceeded)[^\n]*?\b(?:to|from|calling|connecting to|waiting for)\s+['"]?([\w.:/-]*\w)/i,
    read: (m) => ({ fact: `timeout on ${name(m[1])}`, step: `check ${name(m[1])}, the dependency that timed out, and the timeout set for it` }),
  },
  {
    test: /^.*(?:connection refused|ECONNREFUSED).*$/im,
    read: (m) => {
      const at = /\d{1,3}(?:\.\d{1,3}){3}:\d+|[\w-]+(?:\.[\w-]+)+:\d+/.exec(m[0])?.[0];
      return {
        fact: at ? `${name(at)} refused` : 'connection refused',
        step: at ? `check that ${name(at)} is up and reachable from the service` : 'check that the dependency is up and reachable from the service',
      };
    },
  },
];

function requestEvidence(g: TriagedGroup): Evidence | undefined {
  if (g.signature.kind !== 'request') return undefined;
  const statuses = Object.entries(g.statuses)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .slice(0, 3)
    .map(([status, n]) => `${inline(status)} ×${n}`)
    .join(', ');
  const route = /^HTTP (\S+ \S+)/.exec(displayTitle(g.signature.title))?.[1] ?? displayTitle(g.signature.title);
  return {
    fact: statuses || undefined,
    step: `open the application logs of these requests (same trace ids) to find the error behind ${code(shorten(route, 80))}`,
  };
}

function rollback(g: TriagedGroup): string | undefined {
  const s = g.suspect;
  if (!s?.newest) return undefined;
  return `roll back ${code(s.revision)}, the newest revision, where it first appeared`;
}

/** The group's key fact and next step, from the strongest evidence found. */
export function evidence(g: TriagedGroup): Evidence {
  const text = [g.samples[0] ?? '', g.exemplar.stackTrace ?? '', g.signature.title].join('\n');
  let found: Evidence | undefined;
  for (const rule of RULES) {
    const m = text.match(rule.test);
    if (m) {
      found = rule.read(m, g);
      break;
    }
  }
  found ??= requestEvidence(g);
  const back = rollback(g);
  if (found) return { ...found, step: back ? `${back}; then ${found.step}` : found.step };
  if (back) return { step: back };
  const where = topRevision(g);
  const start = `start from the first example, seen ${g.firstSeen.slice(0, 16).replace('T', ' ')} UTC${where ? ` on ${code(where)}` : ''}`;
  return { step: g.triage.priority === 'P3' ? `watch it; if it grows, ${start}` : start };
}

function topRevision(g: TriagedGroup): string | undefined {
  return g.suspect?.revision ?? Object.entries(g.revisions).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0]?.[0];
}
