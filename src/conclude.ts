// What a finished run amounts to: the action's outputs, the job summary, the messages, the failure
// line and the exit code. Pure, so the action, the CLI and the tests agree by construction.
import { PRIORITIES } from './types.js';
import type { RunOutcome } from './outcome.js';
import { renderSummary } from './render/summary.js';
import { truncateBody } from './safety/truncate.js';

type OutputValue = string | number | boolean;

interface Message {
  level: 'info' | 'notice' | 'error';
  text: string;
}

interface Conclusion {
  /** The action's outputs, in action.yml's order. */
  outputs: [name: string, value: OutputValue][];
  /** The job summary (markdown), cut to fit GitHub's limit. */
  summary: string;
  messages: Message[];
  /** The one line the run fails with; undefined when it passed. */
  failure?: string;
  /** 0 done, 1 part of the run failed, 2 the fail-on gate failed. The action fails on any but 0. */
  exitCode: 0 | 1 | 2;
}

/** The job summary holds at most 1 MiB; 349,525 UTF-16 units stay under it even at 3 bytes each. */
const SUMMARY_LIMIT = 349_525;

export function conclude(o: RunOutcome): Conclusion {
  const r = o.report;
  const gh = o.github;
  const failures = [...r.failures, ...(gh?.failures ?? [])];
  const outputs: Conclusion['outputs'] = [
    ['entry-count', r.stats.entries],
    ['group-count', r.groups.length],
    ...PRIORITIES.map((p): [string, number] => [`${p.toLowerCase()}-count`, r.byPriority[p]]),
    ['highest-priority', r.highestPriority],
    ['worklog-path', o.files.worklog],
    ['report-path', o.files.report],
    ['gate-failed', o.gate.failed],
    ['failures', failures.length],
    ['issues-created', gh?.created ?? 0],
    ['issues-updated', gh ? gh.updated + gh.reopened + gh.adopted : 0],
    ['worklog-url', gh?.worklogUrl ?? ''],
    ['comment-url', gh?.commentUrl ?? ''],
  ];

  const outside = r.stats.outOfRange ? ` (${r.stats.outOfRange} outside the filter)` : '';
  const tally = PRIORITIES.map((p) => `${p}: ${r.byPriority[p]}`).join(', ');
  const messages: Message[] = [{ level: 'info', text: `Read ${r.stats.entries} entries${outside} into ${r.groups.length} groups (${tally}).` }];
  if (gh) {
    messages.push(...gh.notices.map((text): Message => ({ level: 'notice', text })));
    const verb = gh.dryRun ? 'would file' : 'filed';
    const did = `${verb} ${gh.created}, updated ${gh.updated}, reopened ${gh.reopened}, adopted ${gh.adopted}, left ${gh.skipped}`;
    // No plan from issues that were never read (GitHub down): the failure line says why.
    if (gh.read !== false) messages.push({ level: 'info', text: `GitHub: ${did}.` });
  }
  messages.push({ level: 'info', text: `Worklog: ${o.files.worklog}` });
  messages.push(...failures.map((text): Message => ({ level: 'error', text })));

  let failure: string | undefined;
  if (failures.length) {
    const parts = `${failures.length} part${failures.length === 1 ? '' : 's'}`;
    failure = `Partial failure: ${parts} of the run failed (listed above); the worklog holds everything collected.${o.gate.failed ? ` ${o.gate.text}` : ''}`;
  } else if (o.gate.failed) failure = o.gate.text;
  else messages.push({ level: 'info', text: o.gate.text });

  const shown = gh?.failures.length ? { ...r, failures } : r;
  return {
    outputs,
    summary: truncateBody(renderSummary(shown, o.gate, o.files), SUMMARY_LIMIT).body,
    messages,
    failure,
    exitCode: failures.length ? 1 : o.gate.failed ? 2 : 0,
  };
}
