// The front of collection: a source's items read, normalized, scoped and redacted, in order. It holds
// no state across records but its tally, so it can run on another thread than grouping
// (src/front-thread.ts) and hand over records that are already safe to keep.
import type { CollectStats, LogRecord } from '../types.js';
import type { Redactor } from '../safety/redact.js';
import { redactBatches } from '../safety/redact-record.js';
import type { SourceItem } from './source.js';
import { EntryError, normalizeEntry } from './normalize.js';

/** What the front counted; final once its records are all read. */
export type FrontTally = Pick<CollectStats, 'entries' | 'malformed' | 'truncated' | 'outOfRange'> & {
  /** Entries in scope: what reassembly was given. */
  inRange: number;
  failures: string[];
};

/** Redacted records in order, a batch at a time, and their tally (final once the batches are read). */
export interface Front {
  batches: AsyncIterable<readonly LogRecord[]>;
  tally(): FrontTally;
}

export interface FrontOptions {
  redactor: Redactor;
  /**
   * False for entries outside the filter a file run applies (time, resource type, service, project),
   * checked per entry before traces are joined, as Cloud Logging's filter would; counted as out of range.
   */
  inScope?: (record: LogRecord) => boolean;
}

export const emptyTally = (): FrontTally => ({ entries: 0, malformed: [], inRange: 0, failures: [] });

/** Runs the front over a source's items on this thread. */
export function localFront(items: AsyncIterable<SourceItem>, opts: FrontOptions): Front {
  const tally = emptyTally();
  return { batches: redactBatches(normalizedRecords(items, opts.inScope, tally), opts.redactor), tally: () => tally };
}

/** The source's entries normalized and scoped, not yet redacted; `tally` counts what was read. */
export async function* normalizedRecords(items: AsyncIterable<SourceItem>, inScope: FrontOptions['inScope'], tally: FrontTally): AsyncGenerator<LogRecord> {
  for await (const item of items) {
    const record = normalizeItem(item, inScope, tally);
    if (record) yield record;
  }
}

/** One item: its record when it is an entry in scope; anything else is counted in `tally`. */
export function normalizeItem(item: SourceItem, inScope: FrontOptions['inScope'], tally: FrontTally): LogRecord | undefined {
  switch (item.kind) {
    case 'entry':
      try {
        const record = normalizeEntry(item.value);
        tally.entries += 1;
        if (inScope && !inScope(record)) {
          tally.outOfRange = (tally.outOfRange ?? 0) + 1;
          return undefined;
        }
        tally.inRange += 1;
        return record;
      } catch (e) {
        if (!(e instanceof EntryError)) throw e;
        tally.malformed.push({ position: item.position, reason: e.message });
      }
      return undefined;
    case 'malformed':
      tally.malformed.push({ position: item.position, reason: item.reason });
      return undefined;
    case 'truncated':
      tally.truncated = { limit: item.limit, note: item.note };
      return undefined;
    case 'failure':
      tally.failures.push(item.message);
      return undefined;
    case 'group':
      return undefined; // consumed by PreGrouped.expand before the front
  }
}
