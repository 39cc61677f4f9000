import { evidence } from '../../src/render/next-step.js';
import { corpus, one, repeat, triaged } from '../triage/corpus.js';

const step = (message: string, priority: 'P0' | 'P1' | 'P3' = 'P1') => evidence(triaged(one(repeat(1, { message })), priority));

describe('evidence: the key fact and the next step a group supports', () => {
  it.each([
    [
      "ImportError: cannot import name 'create_session' from 'app.core.factory' (/app/app/core/factory.py)",
      '`create_session` missing',
      'add `create_session` to `app.core.factory`, or import it from where it now lives',
    ],
    ["ModuleNotFoundError: No module named 'stripe.api'", 'module `stripe.api` missing', "add `stripe` to the image's dependencies, or fix the import"],
    [
      "AttributeError: 'EngineFactory' object has no attribute 'configure'",
      '`EngineFactory` has no `configure`',
      'add `configure` to `EngineFactory`, or fix the caller that expects it',
    ],
    [
      'Failed to extract auth: SessionMiddleware must be installed to access request.session',
      '`SessionMiddleware` not installed',
      'install `SessionMiddleware` in the app, ahead of the code that needs it',
    ],
    ['asyncpg.exceptions.TooManyConnectionsError: sorry, too many clients already', 'database connection limit reached', 'size the connection pool'],
    ['Readiness FAILED (8.39s)\nFailed services: auth_validation', '`auth_validation` failing', 'check `auth_validation`'],
    [
      'Request timed out after 30s calling payments.internal:8443',
      'timeout on `payments.internal:8443`',
      'check `payments.internal:8443`, the dependency that timed out',
    ],
    [
      'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.',
      'connection pool exhausted',
      'find what holds connections',
    ],
    [
      'FetchError: request to https://payments.internal/v1/capture failed, reason: socket hang up',
      '`https://payments.internal` socket hang up',
      'check `https://payments.internal`: requests to it fail (socket hang up)',
    ],
    [
      'Error: 5 NOT_FOUND: No document to update: projects/p/databases/(default)/documents/orders/o1',
      'gRPC `NOT_FOUND`',
      'the call names something that does not exist',
    ],
    [
      'redis.exceptions.ConnectionError: Error 111 connecting to 10.0.0.3:6379. Connection refused.',
      '`10.0.0.3:6379` refused',
      'check that `10.0.0.3:6379` is up',
    ],
  ])('%s', (message, fact, stepStart) => {
    const e = step(message);
    expect(e.fact).toBe(fact);
    expect(e.step.startsWith(stepStart)).toBe(true);
  });

  it('a 5xx request group: its statuses, and where to look', () => {
    const e = evidence(triaged(one(corpus.payments503(6)), 'P1'));
    expect(e.fact).toBe('503 ×6');
    expect(e.step).toMatch(/^open the application logs of these requests \(same trace ids\) to find the error behind `GET \/api\/payments\/charge`$/);
  });

  it('without evidence: where to start, and P3 is watched', () => {
    expect(step('Something odd happened').step).toBe('start from the first example, seen 2026-11-27 00:00 UTC on `backend-prod-00042-abc`');
    expect(step('Something odd happened', 'P3').step).toMatch(/^watch it; if it grows, start from the first example/);
  });

  it('hostile text stays inert', () => {
    const e = step("cannot import name 'x' from 'y' @admin closes #1 `rm -rf`");
    expect(`${e.fact} ${e.step}`).not.toMatch(/@admin|#1/);
  });
});
