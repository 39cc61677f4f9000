// The built-in priority rules: they apply after the team's own, first match wins.
import type { Group, Priority } from '../types.js';
import { severityRank } from '../types.js';
import { isStartup, ratePerHour } from './match.js';
import { reportsError } from '../collect/threshold.js';

interface BuiltinRule {
  id: string;
  priority: Priority;
  test(g: Group): boolean;
  impact(g: Group): string;
}

const IMPORT = /^(ImportError|ModuleNotFoundError|Cannot find module|ERR_MODULE_NOT_FOUND|ClassNotFoundException|NoClassDefFoundError)/;

const atLeast = (g: Group, s: Parameters<typeof severityRank>[0]) => severityRank(g.maxSeverity) >= severityRank(s);
const serverErrors = (g: Group) => g.signature.kind === 'request' && Object.keys(g.statuses).some((s) => s.startsWith('5'));

const BUILTIN_RULES: BuiltinRule[] = [
  {
    id: 'critical-severity',
    priority: 'P0',
    test: (g) => atLeast(g, 'CRITICAL'),
    impact: () => 'Entries at CRITICAL or above: the service reports it cannot do its job.',
  },
  {
    id: 'import-error',
    priority: 'P0',
    test: (g) => IMPORT.test(g.signature.exceptionType ?? '') || IMPORT.test(g.signature.title),
    impact: () => 'Code fails to load: every request that reaches this code path fails.',
  },
  {
    id: 'startup-failure',
    priority: 'P0',
    test: (g) => atLeast(g, 'ERROR') && isStartup(g),
    impact: () => 'Instances fail to start: capacity drops and deploys may not roll out.',
  },
  {
    id: 'server-errors',
    priority: 'P1',
    test: (g) => serverErrors(g) && g.count >= 5,
    impact: (g) => `${g.count} requests answered with a server error.`,
  },
  {
    id: 'error',
    priority: 'P1',
    test: (g) => atLeast(g, 'ERROR'),
    impact: (g) => `Errors on ${g.count} occasions: the affected operations fail.`,
  },
  {
    // A traceback printed to stdout/stderr carries no severity, yet it is an unhandled exception;
    // so is an exception head alone, or an entry Error Reporting grouped.
    id: 'uncaught-exception',
    priority: 'P1',
    test: (g) => g.maxSeverity === 'DEFAULT' && (g.signature.kind === 'stack' || g.signature.exceptionType !== undefined || reportsError(g.exemplar)),
    impact: (g) => `An exception escaped to the console ${g.count} time${g.count === 1 ? '' : 's'}: the operation that raised it failed.`,
  },
  {
    id: 'frequent-warning',
    priority: 'P2',
    test: (g) => atLeast(g, 'WARNING') && ratePerHour(g) >= 10,
    impact: (g) => `A warning about ${Math.round(ratePerHour(g))} times an hour: likely a degraded feature.`,
  },
  {
    id: 'server-errors-few',
    priority: 'P2',
    test: serverErrors,
    impact: (g) => `${g.count} requests answered with a server error.`,
  },
  {
    id: 'warning',
    priority: 'P3',
    test: () => true,
    impact: () => 'Warnings that may signal a degraded dependency; watch for growth.',
  },
];

export function builtinRule(g: Group): BuiltinRule {
  return BUILTIN_RULES.find((r) => r.test(g)) ?? BUILTIN_RULES[BUILTIN_RULES.length - 1];
}
