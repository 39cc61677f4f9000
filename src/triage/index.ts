// Triage: component (team's rules, else a guess from logger, file or request), then priority
// (team's rules in order, then the built-in ones; first match wins). Every result says why.
import type { Group, LogRecord, Triage } from '../types.js';
import { severityRank } from '../types.js';
import { defaultConfig, type ComponentRule, type GardenerConfig, type PriorityRule } from './config.js';
import { builtinRule } from './builtin.js';
import { groupTexts, isStartup, matches, ratePerHour, recordLabels, recordModules, recordPaths } from './match.js';

/** Triage with the component's GitHub label, when the config gives one. */
interface ConfiguredTriage extends Triage {
  label?: string;
}

function componentOf(g: Group): string {
  const r = g.exemplar;
  if (r.logger) return r.logger.split(/[./:]/).filter(Boolean).slice(-1)[0] ?? r.logger;
  const file = r.sourceLocation?.file;
  if (file)
    return file
      .split('/')
      .slice(-1)[0]
      .replace(/\.\w+$/, '');
  // A stack signature lists in-app frames outermost first as "path/file.ext:function".
  const frame = g.signature.kind === 'stack' ? g.signature.detail.split('\n').slice(1).pop() : undefined;
  if (frame)
    return frame
      .split(':')[0]
      .split('/')
      .slice(-1)[0]
      .replace(/\.\w+$/, '');
  if (g.signature.kind === 'request') return 'http';
  return r.service ?? 'unknown';
}

/** What component rules look at, worked out once per group. */
interface Facts {
  record: LogRecord;
  modules: string[];
  paths: string[];
  texts: string[];
  labels: Record<string, string | undefined>;
}

function componentMatches(rule: ComponentRule, f: Facts): boolean {
  const m = rule.match;
  return (
    matches(m.logger, f.record.logger) &&
    matches(m.service, f.record.service) &&
    matches(m.module, ...f.modules) &&
    matches(m.path, ...f.paths) &&
    matches(m.message, ...f.texts) &&
    Object.entries(m.labels ?? {}).every(([k, p]) => matches(p, f.labels[k]))
  );
}

function findComponent(g: Group, config: GardenerConfig): ComponentRule | undefined {
  if (config.components.length === 0) return undefined;
  const r = g.exemplar;
  const facts: Facts = { record: r, modules: recordModules(r), paths: recordPaths(r), texts: groupTexts(g), labels: recordLabels(r) };
  return config.components.find((c) => componentMatches(c, facts));
}

function priorityMatches(rule: PriorityRule, g: Group, component: string): boolean {
  const w = rule.when;
  return (
    (w.minSeverity === undefined || severityRank(g.maxSeverity) >= severityRank(w.minSeverity)) &&
    (w.component === undefined || w.component === component) &&
    (w.minCount === undefined || g.count >= w.minCount) &&
    matches(w.exception, g.signature.exceptionType) &&
    matches(w.service, ...Object.keys(g.services)) &&
    (w.message === undefined || matches(w.message, ...groupTexts(g))) &&
    (w.minRate === undefined || ratePerHour(g) >= w.minRate) &&
    (w.minConsecutive === undefined || g.maxConsecutive >= w.minConsecutive) &&
    (w.startup === undefined || isStartup(g) === w.startup)
  );
}

export function triage(g: Group, config: GardenerConfig = defaultConfig()): ConfiguredTriage {
  const comp = findComponent(g, config);
  const component = comp?.name ?? componentOf(g);
  const builtin = builtinRule(g);
  const index = config.priorities.findIndex((p) => priorityMatches(p, g, component));
  const rule = config.priorities[index];
  const result: ConfiguredTriage = {
    priority: rule?.priority ?? builtin.priority,
    reason: rule ? `config: priorities[${index}]${rule.name ? ` ${JSON.stringify(rule.name)}` : ''}` : `builtin: ${builtin.id}`,
    impact: comp?.impact ?? builtin.impact(g),
    component,
    owners: comp?.owners ?? [],
  };
  if (comp?.label) result.label = comp.label;
  return result;
}
