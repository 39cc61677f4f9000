// One next action per group, from the rule that prioritised it.
import type { TriagedGroup } from '../types.js';
import { code, inline } from '../safety/markdown.js';
import { topKeys } from './format.js';

export function recommendation(g: TriagedGroup): string {
  const revisions = topKeys(g.revisions, 2).map(code).join(', ');
  const where = revisions ? ` (seen in ${revisions})` : '';
  const reason = g.triage.reason;
  if (reason.includes('import-error')) return `Restore the missing import or module${where}; check the last deploy's dependencies and renamed symbols.`;
  if (reason.includes('startup')) return `Fix the startup failure${where}; instances that cannot start drop capacity and block rollouts.`;
  if (reason.includes('critical')) return `Investigate now${where}: the service logged CRITICAL or above.`;
  if (reason.includes('server-errors')) return `Find the handler behind the failing requests${where} and its upstream errors in the same trace.`;
  if (g.signature.exceptionType) return `Handle or fix ${code(g.signature.exceptionType)}${where}.`;
  if (reason.includes('frequent')) return `Find why ${inline(g.triage.component)} warns this often${where}; fix the cause or lower the level if it is expected.`;
  return `Review ${inline(g.triage.component)}${where} and decide: fix, or add an ignore rule with an expiry.`;
}
