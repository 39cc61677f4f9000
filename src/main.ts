// The GitHub Action: inputs -> build -> GitHub issues -> worklog finished once -> commit and comment
// -> conclude. The Google libraries and the GitHub client load only when a run needs them.
import type * as actionsCore from '@actions/core';
import { clockFromEnv } from './clock.js';
import { readSettings } from './inputs.js';
import { build, finish, type RunOptions } from './run.js';
import { withIssues } from './pipeline.js';
import { conclude } from './conclude.js';
import type { RunOutcome } from './outcome.js';
import type { Settings } from './settings.js';
import type { Report } from './types.js';
import { InputError } from './errors.js';
import { maskForActions } from './safety/redact.js';
import { cleanText } from './safety/unicode.js';
import type { GitHubTarget } from './publish/github-step.js';
import type { GitHubPublishResult } from './github/index.js';

/** The part of `@actions/core` the action uses: the real module, or a stand-in in tests. */
export type ActionCore = Pick<typeof actionsCore, 'getInput' | 'setOutput' | 'setSecret' | 'setFailed' | 'info' | 'notice' | 'warning' | 'error' | 'debug'> & {
  summary: { addRaw(text: string): { write(): Promise<unknown> } };
};

export interface ActionDeps {
  core: ActionCore;
  env?: NodeJS.ProcessEnv;
  now?: Date;
  /** Opens Cloud Logging; by default the Google libraries are loaded on first use. */
  openCloudSource?: RunOptions['openCloudSource'];
  /** Where to publish; by default from github-token and GITHUB_REPOSITORY. */
  githubTarget?: (settings: Settings, env: NodeJS.ProcessEnv, notice: (m: string) => void) => Promise<GitHubTarget | undefined>;
}

/** Config problems come one to a line; every other error is one line. */
function errorText(e: unknown): string {
  if (e instanceof InputError) return e.message;
  return e instanceof Error ? e.message.split('\n')[0] : String(e);
}

const wantsGitHub = (s: Settings) => s.createIssues || s.commitWorklog || s.prComment;

/** A local run (no token or repository) never loads the GitHub client. */
async function defaultTarget(settings: Settings, env: NodeJS.ProcessEnv, notice: (m: string) => void): Promise<GitHubTarget | undefined> {
  if (!wantsGitHub(settings)) return undefined;
  if (!settings.githubToken || !(env.GITHUB_REPOSITORY ?? '').includes('/')) {
    notice('GitHub step skipped: no github-token or GITHUB_REPOSITORY (local run). The worklog is written locally only.');
    return undefined;
  }
  return (await import('./publish/github-step.js')).githubTarget(settings, env, notice);
}

/** A finished action run, with the GitHub step's full account when it ran. */
export interface Gardened extends RunOutcome {
  published?: GitHubPublishResult;
}

/** One action run, in stages; what it amounts to reaches `core` through conclude(). */
export async function garden(settings: Settings, deps: ActionDeps): Promise<Gardened> {
  const { core } = deps;
  const env = deps.env ?? process.env;
  const now = deps.now ?? new Date();
  const target = await (deps.githubTarget ?? defaultTarget)(settings, env, (m) => core.info(m));
  const step = target ? await import('./publish/github-step.js') : undefined;
  const built = await build(settings, {
    env,
    now,
    log: { info: (m) => core.info(m), warning: (m) => core.warning(cleanText(m)) },
    openCloudSource: deps.openCloudSource ?? (async (s, e) => (await import('./google-source.js')).openGoogleSource(s, e, now, { clock: clockFromEnv(e) })),
    findPrevious: target && step ? (services) => step.previousFromRepository(target, settings, services, (m) => core.warning(cleanText(m))) : undefined,
    knownGroups: target && step ? () => step.knownFromIssues(target, settings, (m) => core.warning(cleanText(m))) : undefined,
  });
  // Object.assign, not a spread: a spread would make the report's text, which finish() leaves unmade.
  if (!target || !step)
    return Object.assign(await finish(built, built.report, settings.outputDir, settings.createIssues ? 'unavailable' : 'off'), { gate: built.gate });
  const published = await step.publishStep(built, settings, target, env, (issues, paths) =>
    finish(built, withIssues(built.report, issues), settings.outputDir, settings.dryRun ? 'dry-run' : settings.createIssues ? 'on' : 'off', paths),
  );
  if (settings.errorReportingLink && !settings.dryRun) await linkErrorGroups(published.finished.report, settings, env, core);
  return Object.assign(published.finished, { gate: built.gate, github: published.github, published: published.result });
}

/** Error Reporting's console links each filed issue; a failure there is a warning, never a failed run. */
async function linkErrorGroups(report: Report, settings: Settings, env: NodeJS.ProcessEnv, core: ActionCore): Promise<void> {
  const linked = await (await import('./gcp/error-reporting.js')).linkErrorGroups(report, settings, env);
  for (const f of linked.failures) core.warning(cleanText(f));
  if (linked.linked.length) core.info(`Error Reporting: linked ${linked.linked.length} error group${linked.linked.length === 1 ? '' : 's'} to their issues.`);
}

/** Tells the runner what the run amounted to: outputs, summary, messages, failure. */
export async function report(core: ActionCore, outcome: RunOutcome): Promise<void> {
  const c = conclude(outcome);
  for (const [name, value] of c.outputs) core.setOutput(name, value);
  await core.summary.addRaw(cleanText(c.summary)).write();
  // Workflow commands carry log text: well-formed, no bidi or C1 controls (src/safety/unicode.ts).
  for (const m of c.messages) core[m.level](cleanText(m.text));
  if (c.failure) core.setFailed(cleanText(c.failure));
}

export async function main(deps: ActionDeps): Promise<void> {
  const { core } = deps;
  try {
    const settings = readSettings((name) => core.getInput(name), deps.env ?? process.env);
    if (settings.githubToken) for (const s of maskForActions(settings.githubToken)) core.setSecret(s);
    await report(core, await garden(settings, deps));
  } catch (e) {
    if (!(e instanceof InputError)) core.debug(e instanceof Error ? (e.stack ?? e.message) : String(e));
    core.setFailed(errorText(e));
  }
}
