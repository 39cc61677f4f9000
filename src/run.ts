// One run of the gardener, shared by the action and the CLI. build(): collect -> group -> triage ->
// compare -> gate, returning the built report and writing nothing. finish(): the worklog rendered
// and written once, after the GitHub issues (if any) are linked. run(): both, for a run without GitHub.
import type { Group, Report } from './types.js';
import type { Settings } from './settings.js';
import type { Built, Finished, RunOutcome, WorklogPaths } from './outcome.js';
import type { LogSource } from './collect/source.js';
import { checkReadable, fileSource } from './collect/file-source.js';
import { fileScope } from './file-scope.js';
import { startFrontThread, type FrontThread } from './front-thread.js';
import { atOrAbove } from './collect/threshold.js';
import { collect, buildReport, linkGroups } from './pipeline.js';
import { createSigner } from './group/index.js';
import { createRedactor, type RedactionOptions } from './safety/redact.js';
import { portRedactor, servingParent } from './safety/redact-thread.js';
import { DEFAULT_CONFIG_PATH } from './triage/config.js';
import { loadConfig } from './triage/config-load.js';
import { expiredIgnoreWarnings, ignoreMatcher } from './triage/ignore.js';
import { compareWithPrevious, loadPreviousReport } from './triage/trend.js';
import { repositoryUrl, settleSuspects } from './triage/suspect.js';
import { buildQuery, explorerUrl } from './gcp/query.js';
import { renderWorklog, type WorklogOptions } from './render/worklog.js';
import { evaluateGate, knownFromReport, type KnownGroups } from './gate.js';
import { reportText, writeOutputs } from './publish/files.js';
import { runName, worklogPaths } from './paths.js';
import { InputError } from './errors.js';
import { retentionWarning } from './duration.js';

interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

export interface RunOptions {
  now?: Date;
  env?: NodeJS.ProcessEnv;
  stdin?: NodeJS.ReadableStream;
  log?: Logger;
  /**
   * The previous report when the previous-report input is empty (the action reads it from the
   * repository), for the services the report is about.
   */
  findPrevious?: (services: string[]) => Promise<Report | undefined>;
  /** With fail-on-new-only: what is known, from the repository (the action's issues); undefined falls back on the previous report. */
  knownGroups?: () => Promise<KnownGroups | undefined>;
  /** Opens the Cloud Logging source; injected so the file path needs no cloud code. */
  openCloudSource?: (settings: Settings, env: NodeJS.ProcessEnv) => Promise<LogSource>;
}

const quiet: Logger = { info: () => {}, warning: () => {} };

const servicesOf = (groups: Group[]) => [...new Set(groups.flatMap((g) => Object.keys(g.services)))].sort();

const EXPORT_FIX = 'give the JSON that `gcloud logging read --format=json` prints, or NDJSON with one entry a line';

export async function build(settings: Settings, options: RunOptions = {}): Promise<Built> {
  // A file (or standard input) is read, parsed and redacted on a thread of its own (started with this worker)
  // while this one groups.
  const thread = settings.inputFile ? startFrontThread() : undefined;
  try {
    return await buildWith(settings, options, thread);
  } finally {
    thread?.stop();
  }
}

async function buildWith(settings: Settings, options: RunOptions, thread: FrontThread | undefined): Promise<Built> {
  const now = options.now ?? new Date();
  const env = options.env ?? process.env;
  const log = options.log ?? quiet;
  const config = await loadConfig(settings.configPath, { explicit: settings.configPath !== DEFAULT_CONFIG_PATH });
  for (const w of expiredIgnoreWarnings(config, now)) log.warning(w);
  // In file mode the services are known only once the export is read (see below).
  let previous = settings.previousReport
    ? await loadPreviousReport(settings.previousReport)
    : settings.inputFile
      ? undefined
      : await options.findPrevious?.(settings.services);
  // The previous run's groups seed this run's templates (same fingerprints) and, from an older
  // signer version, become aliases of the groups their entries fall into now.
  const signer = createSigner({ fingerprints: config.fingerprints, masks: config.masks, previous: previous?.groups });

  let source: LogSource;
  const scope = settings.inputFile ? fileScope(settings, now) : undefined;
  if (settings.inputFile) {
    await checkReadable(settings.inputFile, 'input');
    source = fileSource(settings.inputFile, options.stdin);
  } else {
    if (!options.openCloudSource)
      throw new InputError('input', 'no log file given and Cloud Logging is not available here', 'set input to a `gcloud logging read --format=json` export');
    source = await options.openCloudSource(settings, env);
  }

  const redaction: RedactionOptions = {
    emails: config.redact.emails,
    ips: config.redact.ips,
    extraPatterns: config.redact.patterns,
    extraPatternsInput: `${settings.configPath}: redact.patterns`,
  };
  // Built here in any case: it checks the user's patterns, screens every text and redacts what is not answered.
  const local = createRedactor(redaction);
  const redactor = portRedactor(servingParent(), redaction, local);
  const collected = await collect({
    source,
    front: thread && scope ? thread.front({ settings, now, redaction }, local) : undefined,
    signer,
    redactor,
    ignore: ignoreMatcher(config, now),
    // Cloud Logging applies the time range and services server-side; a file run applies what was asked for.
    inScope: scope?.inScope,
    // Cloud Logging's severity filter is wider on purpose (plain stderr lines, so that split tracebacks
    // can be joined): the same rule applies to both sources after joining.
    admit: (r) => atOrAbove(r, settings.minSeverity),
    // A file run finds its previous report by the services the export holds, known only now; the
    // signer takes its groups before templates settle, as it does when the previous report comes first.
    beforeSettle:
      scope && !settings.previousReport && options.findPrevious
        ? async (groups) => {
            previous = await options.findPrevious?.(settings.services.length ? settings.services : servicesOf(groups));
            if (previous) signer.addPrevious(previous.groups);
          }
        : undefined,
  }).finally(() => redactor.close());
  const { stats } = collected;
  if (scope && stats.entries === 0 && collected.failures.length === 0) {
    if (stats.malformed.length > 0) {
      const first = stats.malformed[0];
      throw new InputError(
        'input',
        `no log entry could be read from ${settings.inputFile} (${stats.malformed.length} malformed; entry ${first.position}: ${first.reason})`,
        EXPORT_FIX,
      );
    }
    if (!settings.allowEmpty) {
      const problem = `${settings.inputFile} holds no log entries, which is what a failed export leaves (\`gcloud logging read ... > logs.json\` writes nothing when gcloud fails)`;
      throw new InputError('input', problem, "check the export command's output and re-run it; set allow-empty: true when an empty export is expected");
    }
  }
  for (const m of stats.malformed.slice(0, 5)) log.warning(`input: entry ${m.position} skipped: ${m.reason}`);
  if (stats.malformed.length > 5) log.warning(`input: ${stats.malformed.length - 5} more malformed entries skipped`);
  for (const f of collected.failures) log.warning(f);

  // A file run describes what it applied: the range asked for, or else what the export holds.
  const span = collected.span;
  const seenServices = servicesOf(collected.groups);
  const seenProjects = [...new Set(collected.groups.map((g) => g.exemplar.project).filter((p): p is string => Boolean(p)))].sort();
  const described: Settings = scope
    ? {
        ...settings,
        services: settings.services.length ? settings.services : seenServices,
        projects: settings.projects.length ? settings.projects : seenProjects,
        since: scope.since ?? (span ? new Date(span.first) : undefined),
        until: scope.until ?? (span ? new Date(Date.parse(span.last) + 1000) : undefined),
      }
    : settings;
  const cloudQuery = buildQuery(described, now);
  // A source that ran something else than the Cloud Logging filter (BigQuery SQL) describes it itself.
  const query = scope ? { ...cloudQuery, filter: scope.filter } : (source.query ?? cloudQuery);

  // Cloud Logging keeps 30 days in the _Default bucket: a longer window reads less than it says.
  const retention = scope || source.kind === 'bigquery' ? undefined : retentionWarning(new Date(query.since), now);
  const built = buildReport(collected, {
    query,
    source: scope
      ? { kind: 'file', path: settings.inputFile }
      : source.kind === 'bigquery'
        ? { kind: 'bigquery', path: source.path }
        : { kind: 'cloud-logging' },
    config,
    signerVersion: signer.version,
    now,
  });
  const compared = compareWithPrevious(retention ? { ...built, notes: [...(built.notes ?? []), retention] } : built, previous);
  const report = settleSuspects(compared, collected.revisions ?? [], previous, repositoryUrl(env));
  linkGroups(report.groups, (g) => explorerUrl(cloudQuery, g));
  for (const n of report.notes ?? []) log.warning(n);
  // What the source says about itself (a dry run's estimate) is information, not a warning.
  for (const n of source.notes ?? []) log.info(n);
  if (source.notes?.length) report.notes = [...(report.notes ?? []), ...source.notes];

  const known = settings.failOnNewOnly && settings.failOn !== 'none' ? ((await options.knownGroups?.()) ?? knownFromReport(previous)) : undefined;
  return {
    report,
    gate: evaluateGate(report, settings.failOn, settings.failOnNewOnly, known),
    // The name the worklog is committed under (the run in it), so the local file bears it too.
    repoPaths: worklogPaths(settings.worklogPath, report, runName(env)),
    components: config.components.map((c) => c.name),
  };
}

/**
 * The worklog and the JSON report of the final report, rendered once and written to output-dir under
 * `paths` (the name the GitHub step found free on the branch, else the built one).
 */
export async function finish(
  built: Built,
  report: Report,
  outputDir: string,
  issues?: WorklogOptions['issues'],
  paths: WorklogPaths = built.repoPaths,
): Promise<Finished> {
  const markdown = renderWorklog(report, { components: built.components, issues });
  // The report is streamed to its file; its whole text is made only when asked for (a commit through the API).
  const files = await writeOutputs(outputDir, paths, markdown, report);
  let json: string | undefined;
  return {
    report,
    markdown,
    get json(): string {
      return (json ??= reportText(report));
    },
    files,
  };
}

/** build() then finish(): the CLI's run, and the action's when GitHub is left out. */
export async function run(settings: Settings, options: RunOptions = {}): Promise<RunOutcome> {
  const built = await build(settings, options);
  // Not spread: that would make the report's text, which finish() leaves unmade until asked for.
  return Object.assign(await finish(built, built.report, settings.outputDir), { gate: built.gate });
}
