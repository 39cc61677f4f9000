// Triage v1: priority from severity, volume and built-in rules; component from logger, module
// or source path; an impact sentence. The triage issue makes this configurable.
import type { Group, Priority, Triage } from '../types.js';
import type { GardenerConfig } from './config.js';
import { severityRank } from '../group/accumulate.js';

interface BuiltinRule {
  id: string;
  priority: Priority;
  test(g: Group): boolean;
  impact(g: Group): string;
}

const STARTUP = /\b(startup|start-up|failed to start|cannot start|could not start|boot(?:ing)? failed|container called exit|failed to initiali[sz]e)\b/i;
const IMPORT = /^(ImportError|ModuleNotFoundError|Cannot find module|ERR_MODULE_NOT_FOUND|ClassNotFoundException|NoClassDefFoundError)/;

function hours(g: Group): number {
  return Math.max(1, Object.keys(g.hourly).length);
}

export const BUILTIN_RULES: BuiltinRule[] = [
  {
    id: 'builtin:critical-severity',
    priority: 'P0',
    test: (g) => severityRank(g.maxSeverity) >= severityRank('CRITICAL'),
    impact: () => 'Entries at CRITICAL or above: the service reports it cannot do its job.',
  },
  {
    id: 'builtin:import-error',
    priority: 'P0',
    test: (g) => IMPORT.test(g.signature.exceptionType ?? '') || IMPORT.test(g.signature.title),
    impact: () => 'Code fails to load: every request that reaches this code path fails.',
  },
  {
    id: 'builtin:startup-failure',
    priority: 'P0',
    test: (g) => severityRank(g.maxSeverity) >= severityRank('ERROR') && STARTUP.test(g.signature.title + '\n' + g.samples[0]),
    impact: () => 'Instances fail to start: capacity drops and deploys may not roll out.',
  },
  {
    id: 'builtin:server-errors',
    priority: 'P1',
    test: (g) => g.signature.kind === 'request' && Object.keys(g.statuses).some((s) => s.startsWith('5')) && g.count >= 5,
    impact: (g) => `${g.count} requests answered with a server error.`,
  },
  {
    id: 'builtin:error',
    priority: 'P1',
    test: (g) => severityRank(g.maxSeverity) >= severityRank('ERROR'),
    impact: (g) => `Errors on ${g.count} occasions: the affected operations fail.`,
  },
  {
    id: 'builtin:frequent-warning',
    priority: 'P2',
    test: (g) => severityRank(g.maxSeverity) >= severityRank('WARNING') && g.count / hours(g) >= 10,
    impact: (g) => `A warning about ${Math.round(g.count / hours(g))} times an hour: likely a degraded feature.`,
  },
  {
    id: 'builtin:server-errors-few',
    priority: 'P2',
    test: (g) => g.signature.kind === 'request' && Object.keys(g.statuses).some((s) => s.startsWith('5')),
    impact: (g) => `${g.count} requests answered with a server error.`,
  },
  {
    id: 'builtin:warning',
    priority: 'P3',
    test: () => true,
    impact: () => 'Warnings that may signal a degraded dependency; watch for growth.',
  },
];

export function componentOf(g: Group): string {
  const r = g.exemplar;
  if (r.logger) return r.logger.split(/[./:]/).filter(Boolean).slice(-1)[0] ?? r.logger;
  const file = r.sourceLocation?.file;
  if (file) return file.split('/').slice(-1)[0].replace(/\.\w+$/, '');
  if (g.signature.kind === 'request') return 'http';
  return r.service ?? 'unknown';
}

export function triage(g: Group, _config?: GardenerConfig): Triage {
  const rule = BUILTIN_RULES.find((r) => r.test(g))!;
  return { priority: rule.priority, reason: rule.id, impact: rule.impact(g), component: componentOf(g), owners: [] };
}
