// The team's configuration (default .github/log-gardener.yml): what matters to them.
// Every pattern is a JavaScript regular expression, unanchored and case-sensitive.
import type { FingerprintRule, Priority, Severity } from '../types.js';
import { InputError } from '../errors.js';

/** Where a rule was written, "file:line", for messages that point back at it. */
type SourceRef = string;

export interface ComponentMatch {
  /** Logger name. */
  logger?: string;
  /** Module: the logger or a dotted module path of a source file or stack frame ("app.ws.handler"). */
  module?: string;
  /** Source file, stack frame file or HTTP request path. */
  path?: string;
  /** Group title or sample messages. */
  message?: string;
  /** Cloud Run service name. */
  service?: string;
  /** Entry labels and resource labels (service_name, revision_name, location, project_id). */
  labels?: Record<string, string>;
}

export interface ComponentRule {
  name: string;
  /** GitHub label for issues of this component. */
  label?: string;
  /** One sentence: what users lose when this component fails. */
  impact?: string;
  /** GitHub logins to assign. */
  owners: string[];
  match: ComponentMatch;
}

/** All given conditions must hold. */
export interface PriorityConditions {
  /** Highest severity in the group is at least this. */
  minSeverity?: Severity;
  /** Exception type of the group. */
  exception?: string;
  /** Group title or sample messages. */
  message?: string;
  /** Component name (from components or the built-in guess), exact. */
  component?: string;
  service?: string;
  /** At least this many entries in the window. */
  minCount?: number;
  /** At least this many entries per hour, over the hours in which the group occurred. */
  minRate?: number;
  /** At least this many entries in a row with nothing else from the service between. */
  minConsecutive?: number;
  /** true: only startup-phase groups; false: never them. */
  startup?: boolean;
}

export interface PriorityRule {
  priority: Priority;
  when: PriorityConditions;
  name?: string;
}

export interface IgnoreMatch {
  message?: string;
  logger?: string;
  path?: string;
  service?: string;
  /** Only entries at this severity or below are ignored (default WARNING). */
  maxSeverity?: Severity;
}

export interface IgnoreRule {
  match: IgnoreMatch;
  /** Last day (UTC, YYYY-MM-DD) the rule applies. */
  expires: string;
  reason?: string;
  source?: SourceRef;
}

export type { FingerprintRule };

export interface GardenerConfig {
  components: ComponentRule[];
  priorities: PriorityRule[];
  ignore: IgnoreRule[];
  fingerprints: FingerprintRule[];
  /** Regular expressions whose matches are variables when messages are grouped. */
  masks: string[];
  redact: { patterns: string[]; emails: boolean; ips: boolean };
}

export const DEFAULT_CONFIG_PATH = '.github/log-gardener.yml';

export function defaultConfig(): GardenerConfig {
  return { components: [], priorities: [], ignore: [], fingerprints: [], masks: [], redact: { patterns: [], emails: true, ips: true } };
}

export interface ConfigProblem {
  file: string;
  line: number;
  /** Where in the document, e.g. "priorities[1].priority". */
  path: string;
  message: string;
}

/**
 * Every problem in a config file, one line each: "file:line: path: problem". An InputError, so
 * callers report it without a stack; print the whole message, not only its first line.
 */
export class ConfigError extends InputError {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems[0]?.file ?? 'config', 'invalid configuration', 'correct the lines named');
    this.message = problems.map((p) => `${p.file}:${p.line}: ${p.path ? p.path + ': ' : ''}${p.message}`).join('\n');
    this.name = 'ConfigError';
  }
}
