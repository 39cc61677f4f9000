// Joins a traceback printed as several stderr/stdout entries back into one record
// (same instance, adjacent timestamps). Foundation stub: passes records through.
import type { LogRecord } from '../types.js';

export async function* reassemble(records: AsyncIterable<LogRecord>): AsyncGenerator<LogRecord> {
  yield* records;
}
