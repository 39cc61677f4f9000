// The GitHub Action: reads inputs, runs the pipeline, publishes, sets outputs and the summary.
import * as core from '@actions/core';
import { readSettings } from './inputs.js';
import { run, type RunOutcome } from './run.js';
import { renderSummary } from './render/summary.js';
import { InputError } from './errors.js';
import { PRIORITIES } from './types.js';
import { maskForActions } from './safety/redact.js';
import { truncateBody } from './safety/truncate.js';
import { openGoogleSource } from './gcp/open-source.js';
import { githubTarget, previousFromRepository, publishStep } from './publish/github-step.js';
import type { GitHubPublishResult } from './github/index.js';

function setOutputs(o: RunOutcome, gh: GitHubPublishResult | undefined): void {
  const r = o.report;
  core.setOutput('entry-count', r.stats.entries);
  core.setOutput('group-count', r.groups.length);
  for (const p of PRIORITIES) core.setOutput(`${p.toLowerCase()}-count`, r.byPriority[p]);
  core.setOutput('highest-priority', r.highestPriority);
  core.setOutput('worklog-path', o.files.worklog);
  core.setOutput('report-path', o.files.report);
  core.setOutput('gate-failed', o.gate.failed);
  core.setOutput('failures', r.failures.length);
  core.setOutput('issues-created', gh?.created.length ?? 0);
  core.setOutput('issues-updated', gh ? gh.updated.length + gh.reopened.length + gh.adopted.length : 0);
  core.setOutput('worklog-url', gh?.worklog?.commitShas.length ? (gh.worklog.url ?? '') : '');
  core.setOutput('comment-url', gh?.prComment?.url ?? '');
}

/** Config problems come one to a line; every other error is one line. */
function errorText(e: unknown): string {
  if (e instanceof InputError) return e.message;
  return e instanceof Error ? e.message.split('\n')[0] : String(e);
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const settings = readSettings((name) => core.getInput(name), env);
    if (settings.githubToken) for (const s of maskForActions(settings.githubToken)) core.setSecret(s);
    const now = new Date();
    const target = githubTarget(settings, env, (m) => core.info(m));
    const outcome = await run(settings, {
      env,
      now,
      log: { info: (m) => core.info(m), warning: (m) => core.warning(m) },
      openCloudSource: (s, e) => openGoogleSource(s, e, now),
      findPrevious: target ? (services) => previousFromRepository(target, settings, services, (m) => core.warning(m)) : undefined,
    });
    const r = outcome.report;
    core.info(`Read ${r.stats.entries} entries into ${r.groups.length} groups (${PRIORITIES.map((p) => `${p}: ${r.byPriority[p]}`).join(', ')}).`);

    const gh = target ? await publishStep(outcome, settings, target, env, outcome.components) : undefined;
    if (gh) {
      for (const n of gh.notices) core.notice(n);
      const verb = gh.dryRun ? 'would file' : 'filed';
      core.info(`GitHub: ${verb} ${gh.created.length}, updated ${gh.updated.length}, reopened ${gh.reopened.length}, adopted ${gh.adopted.length}, left ${gh.skipped.length}.`);
    }
    core.info(`Worklog: ${outcome.files.worklog}`);
    setOutputs(outcome, gh);
    // The job summary holds at most 1 MiB; 349,525 UTF-16 units stay under it even at 3 bytes each.
    await core.summary.addRaw(truncateBody(renderSummary(r, outcome.gate, outcome.files), 349_525).body).write();
    for (const f of r.failures) core.error(f);
    if (r.failures.length) core.setFailed(`Partial failure: ${r.failures.length} part${r.failures.length === 1 ? '' : 's'} of the run failed (listed above); the worklog holds everything collected.${outcome.gate.failed ? ` ${outcome.gate.text}` : ''}`);
    else if (outcome.gate.failed) core.setFailed(outcome.gate.text);
    else core.info(outcome.gate.text);
  } catch (e) {
    if (!(e instanceof InputError)) core.debug(e instanceof Error ? (e.stack ?? e.message) : String(e));
    core.setFailed(errorText(e));
  }
}
