// A typed stand-in for `@actions/core` (the part main() uses), recording what the action told the
// runner, as actions/typescript-action's fixtures do; no module mocking needed.
import type { ActionCore } from '../../src/main.js';

export interface CoreRecord {
  inputs: Record<string, string>;
  outputs: Record<string, string | number | boolean>;
  secrets: string[];
  summary: string;
  /** Every message, "level: text", in order. */
  log: string[];
  failed?: string;
}

export function coreStandIn(inputs: Record<string, string> = {}): { core: ActionCore; record: CoreRecord } {
  const record: CoreRecord = { inputs, outputs: {}, secrets: [], summary: '', log: [] };
  const say = (level: string) => (m: string | Error) => void record.log.push(`${level}: ${String(m)}`);
  const core: ActionCore = {
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => void (record.outputs[name] = value as string | number | boolean),
    setSecret: (s) => void record.secrets.push(s),
    setFailed: (m) => void (record.failed = String(m)),
    info: say('info'),
    notice: say('notice'),
    warning: say('warning'),
    error: say('error'),
    debug: say('debug'),
    summary: {
      addRaw(text: string) {
        record.summary += text;
        return { write: async () => record.summary };
      },
    },
  };
  return { core, record };
}
