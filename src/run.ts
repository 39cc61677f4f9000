// One run of the gardener, shared by the action and the CLI: collect -> group -> triage -> render
// -> write files. GitHub publishing is the action's extra step (src/main.ts).
import type { Report } from './types.js';
import type { Settings } from './settings.js';
import type { LogSource } from './collect/source.js';
import { checkReadable, fileSource } from './collect/file-source.js';
import { atOrAbove } from './collect/threshold.js';
import { collect, buildReport } from './pipeline.js';
import { createSigner } from './group/index.js';
import { createRedactor } from './safety/redact.js';
import { DEFAULT_CONFIG_PATH } from './triage/config.js';
import { loadConfig } from './triage/config-load.js';
import { expiredIgnoreWarnings, ignoreMatcher } from './triage/ignore.js';
import { compareWithPrevious, loadPreviousReport } from './triage/trend.js';
import { repositoryUrl, settleSuspects } from './triage/suspect.js';
import { buildQuery, explorerUrl } from './gcp/query.js';
import { renderWorklog } from './render/worklog.js';
import { evaluateGate, type GateVerdict } from './gate.js';
import { reportText, writeOutputs, type WrittenFiles } from './publish/files.js';
import { worklogPaths } from './publish/paths.js';
import { InputError } from './errors.js';

export interface Logger {
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
  /** Opens the Cloud Logging source; injected so the file path needs no cloud code. */
  openCloudSource?: (settings: Settings, env: NodeJS.ProcessEnv) => Promise<LogSource>;
}

export interface RunOutcome {
  report: Report;
  markdown: string;
  json: string;
  files: WrittenFiles;
  /** The worklog's and report's paths in the repository (from the worklog-path template). */
  repoPaths: { markdown: string; json: string };
  gate: GateVerdict;
  /** Components the team configured (for the service health table). */
  components: string[];
}

const quiet: Logger = { info: () => {}, warning: () => {} };

export async function run(settings: Settings, options: RunOptions = {}): Promise<RunOutcome> {
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
  // Templates the previous run learned keep this run's fingerprints the same as its.
  const knownTemplates = previous?.groups.filter((g) => g.signature.kind === 'template').map((g) => g.signature.detail);
  const signer = createSigner({ fingerprints: config.fingerprints, masks: config.masks, knownTemplates });

  let source: LogSource;
  if (settings.inputFile) {
    await checkReadable(settings.inputFile, 'input');
    source = fileSource(settings.inputFile, options.stdin);
  } else {
    if (!options.openCloudSource) throw new InputError('input', 'no log file given and Cloud Logging is not available here', 'set input to a `gcloud logging read --format=json` export');
    source = await options.openCloudSource(settings, env);
  }

  const fileMode = source.kind === 'file';
  const since = settings.since?.getTime() ?? -Infinity;
  const until = settings.until?.getTime() ?? Infinity;
  const collected = await collect({
    source,
    signer,
    redactor: createRedactor({ emails: config.redact.emails, ips: config.redact.ips, extraPatterns: config.redact.patterns, extraPatternsInput: `${settings.configPath}: redact.patterns` }),
    ignore: ignoreMatcher(config, now),
    // Cloud Logging filters server-side too, but its filter is wider on purpose (plain stderr lines,
    // so that split tracebacks can be joined): the same rule applies to both sources after joining.
    admit: (r) => atOrAbove(r, settings.minSeverity) && r.time >= since && r.time < until,
  });
  const { stats } = collected;
  if (fileMode && stats.entries === 0 && stats.malformed.length > 0) {
    const first = stats.malformed[0];
    throw new InputError('input', `no log entry could be read from ${settings.inputFile} (${stats.malformed.length} malformed; entry ${first.position}: ${first.reason})`, 'give the JSON that `gcloud logging read --format=json` prints, or NDJSON with one entry a line');
  }
  for (const m of stats.malformed.slice(0, 5)) log.warning(`input: entry ${m.position} skipped: ${m.reason}`);
  if (stats.malformed.length > 5) log.warning(`input: ${stats.malformed.length - 5} more malformed entries skipped`);
  for (const f of collected.failures) log.warning(f);

  // In file mode the range is what the export holds, unless since/until narrowed it.
  const span = collected.span;
  const seenServices = [...new Set(collected.groups.flatMap((g) => Object.keys(g.services)))].sort();
  const seenProjects = [...new Set(collected.groups.map((g) => g.exemplar.project).filter((p): p is string => Boolean(p)))].sort();
  const querySettings: Settings = fileMode
    ? { ...settings, services: settings.services.length ? settings.services : seenServices, projects: settings.projects.length ? settings.projects : seenProjects, since: settings.since ?? (span ? new Date(span.first) : undefined), until: settings.until ?? (span ? new Date(Date.parse(span.last) + 1000) : undefined) }
    : settings;
  const query = buildQuery(querySettings, now);
  if (fileMode && !settings.previousReport) previous = await options.findPrevious?.(query.services);

  const report = buildReport(collected, {
    query,
    source: fileMode ? { kind: 'file', path: settings.inputFile } : { kind: 'cloud-logging' },
    config,
    signerVersion: signer.version,
    now,
    explorerUrl: (g) => explorerUrl(query, g),
  });
  compareWithPrevious(report, previous);
  settleSuspects(report, collected.revisions ?? [], previous, repositoryUrl(env));
  for (const n of report.notes ?? []) log.warning(n);

  const components = config.components.map((c) => c.name);
  const markdown = renderWorklog(report, { components });
  const repoPaths = worklogPaths(settings.worklogPath, report);
  // The report is streamed to its file; its whole text is made only when someone asks for it.
  const files = await writeOutputs(settings.outputDir, repoPaths, markdown, report);
  const gate = evaluateGate(report, settings.failOn, settings.failOnNewOnly);
  let json: string | undefined;
  return {
    report,
    markdown,
    get json(): string {
      return (json ??= reportText(report));
    },
    set json(text: string) {
      json = text;
    },
    files,
    repoPaths,
    gate,
    components,
  };
}
