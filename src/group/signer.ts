// Grouping v2: one signature per record, strongest evidence first:
// explicit fingerprint (user rule, Error Reporting group) -> stack trace -> request -> audit call -> message template.
import type { FingerprintRule } from '../types.js';
import type { LogRecord, Signature, Signer } from '../types.js';
import { fingerprint, SIGNER_VERSION } from './fingerprint.js';
import { compileMasks, maskMessage } from './mask.js';
import { auditSignature } from './audit.js';
import { errorGroupKey, requestSignature } from './request.js';
import { compileRules } from './rules.js';
import { SlotLearner } from './slots.js';
import { cutText } from '../safety/truncate.js';
import { parseStack, type StackTrace } from './stack.js';

export interface SignerOptions {
  /** User rules that name a group outright. */
  fingerprints?: FingerprintRule[];
  /** Extra regular expressions whose matches are variables, applied before the built-in masks. */
  masks?: string[];
  /** Template details (`Signature.detail` of kind template) from an earlier run's report: what
   * was learned to be a variable there applies from the first record. */
  knownTemplates?: Iterable<string>;
}

const MAX_TITLE = 200;
const SINGLE_EXCEPTION = /^((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*(?:Error|Exception|Exit|Interrupt|Failure|Fault)):\s?(.*)$/;

function clip(text: string): string {
  return cutText(text, MAX_TITLE);
}

function headline(message: string): string {
  return message.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

export function createSigner(options: SignerOptions = {}): Signer {
  const rules = compileRules(options.fingerprints);
  const premask = compileMasks(options.masks);
  const mask = (text: string): string => maskMessage(premask(text));
  const slots = new SlotLearner();
  slots.seed(options.knownTemplates ?? []);
  const V = SIGNER_VERSION;

  function stackSignature(stack: StackTrace): Signature {
    const message = mask(stack.message);
    const title = clip(message === '' ? stack.exceptionType : `${stack.exceptionType}: ${message}`);
    // Without any frame, the normalized message has to tell problems of one type apart.
    const detail = [stack.exceptionType, ...(stack.frames.length > 0 ? stack.frames : [message])].join('\n');
    return { kind: 'stack', fingerprint: fingerprint(V, 'stack', detail), title, detail, exceptionType: stack.exceptionType };
  }

  return {
    version: V,
    sign(record: LogRecord): Signature {
      const stack = parseStack(record.stackTrace ?? record.message);
      const line = headline(record.message);
      const single = stack ? undefined : SINGLE_EXCEPTION.exec(line);
      const exceptionType = stack?.exceptionType ?? single?.[1];
      const named = rules({ record, exceptionType });
      const explicit = named !== undefined ? `rule:${named}` : errorGroupKey(record);
      const base: Signature = stack
        ? stackSignature(stack)
        : record.kind === 'requests' && record.http
          ? requestSignature(V, { ...record, http: record.http })
          : record.audit
            ? auditSignature(V, { ...record, audit: record.audit })
          : (() => {
              const detail = slots.generalize(mask(line));
              return { kind: 'template', fingerprint: fingerprint(V, 'template', detail), title: clip(detail), detail, exceptionType };
            })();
      if (!explicit) return base;
      return { ...base, kind: 'explicit', fingerprint: fingerprint(V, 'explicit', explicit), detail: explicit };
    },
  };
}
