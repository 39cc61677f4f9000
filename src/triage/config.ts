// The team's configuration (default .github/log-gardener.yml). Foundation stub: the triage
// issue adds the YAML loader, validation with line numbers, and the full rule language.
import type { Priority } from '../types.js';

export interface ComponentRule {
  name: string;
  label?: string;
  impact?: string;
  owners?: string[];
  match: { logger?: string; path?: string; message?: string; labels?: Record<string, string> };
}

export interface PriorityRule {
  priority: Priority;
  when: Record<string, unknown>;
  name?: string;
}

export interface IgnoreRule {
  match: { message?: string; logger?: string };
  expires: string;
  reason?: string;
}

export interface FingerprintRule {
  match: { message?: string; logger?: string; exception?: string };
  fingerprint: string;
}

export interface GardenerConfig {
  components: ComponentRule[];
  priorities: PriorityRule[];
  ignore: IgnoreRule[];
  fingerprints: FingerprintRule[];
  redact: { patterns: string[]; emails: boolean; ips: boolean };
}

export function defaultConfig(): GardenerConfig {
  return { components: [], priorities: [], ignore: [], fingerprints: [], redact: { patterns: [], emails: true, ips: true } };
}
