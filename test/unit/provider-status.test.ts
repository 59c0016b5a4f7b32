import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { OperationOutcomeError } from '../../functions/fhir/outcomes.ts';

/**
 * Provider status while the chain is down (functions/ledger/provider-status.ts): posting data goes
 * on for a provider last seen Confirmed within the configured grace, logged; beyond it, and for
 * anything that did not ask for the grace, a 503 with Retry-After.
 */

const find = vi.fn<(providerId: string) => Promise<{ status: string } | undefined>>();
vi.mock('../../functions/ledger/provider-registry.ts', () => ({ providerRegistry: () => ({ find }) }));
const { GRACE_LOG_MESSAGE, assertConfirmed, resetProviderStatuses } = await import('../../functions/ledger/provider-status.ts');

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8545'), { code: 'ECONNREFUSED' });
let logged: string[] = [];

beforeEach(() => {
  resetProviderStatuses();
  find.mockReset();
  logged = [];
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env['PROVIDER_STATUS_GRACE_SECONDS'];
});

async function failure(promise: Promise<unknown>): Promise<OperationOutcomeError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(OperationOutcomeError);
  return error as OperationOutcomeError;
}

describe('provider status with the chain down', () => {
  test('a provider seen Confirmed keeps posting for the grace (default 15 min), each time logged; then 503', async () => {
    let now = 1_000_000;
    const clock = { now: () => now, lastConfirmedGrace: true };
    find.mockResolvedValueOnce({ status: 'Confirmed' });
    await assertConfirmed('dev-hospital-a', 'post data', clock);
    find.mockRejectedValue(refused());
    // Past the 30 s status cache, the chain is asked again and cannot answer.
    now += 31_000;
    await assertConfirmed('dev-hospital-a', 'post data', clock);
    now += 14 * 60_000;
    await assertConfirmed('dev-hospital-a', 'post data', clock);
    expect(logged.filter((line) => line.includes('provider status from last confirmation'))).toHaveLength(2);
    // What the alarm's metric filter counts ({ $.message = GRACE_LOG_MESSAGE }, infra/cdk/alarms.ts): one JSON line each, that field equal.
    const lines = logged.flatMap((chunk) => chunk.split('\n')).filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as { message?: unknown });
    expect(lines.filter((line) => line.message === GRACE_LOG_MESSAGE)).toHaveLength(2);
    expect(logged.join('')).toContain('"graceSeconds":900');
    now += 60_000;
    const late = await failure(assertConfirmed('dev-hospital-a', 'post data', clock));
    expect(late.status).toBe(503);
    expect(late.headers['Retry-After']).toBe('5');
  });

  test('without the grace (reads across providers), or never seen Confirmed, the chain being down is a 503', async () => {
    find.mockResolvedValueOnce({ status: 'Confirmed' });
    await assertConfirmed('dev-hospital-a', 'post data');
    find.mockRejectedValue(refused());
    const later = Date.now() + 31_000;
    expect((await failure(assertConfirmed('dev-hospital-a', "read other providers' records", { now: () => later }))).status).toBe(503);
    expect((await failure(assertConfirmed('dev-hospital-b', 'post data', { lastConfirmedGrace: true }))).status).toBe(503);
  });

  test('a provider last seen Suspended gets no grace; the grace is configured', async () => {
    process.env['PROVIDER_STATUS_GRACE_SECONDS'] = '60';
    let now = 5_000_000;
    const clock = { now: () => now, lastConfirmedGrace: true };
    find.mockResolvedValueOnce({ status: 'Confirmed' });
    await assertConfirmed('dev-hospital-a', 'post data', clock);
    find.mockResolvedValueOnce({ status: 'Suspended' });
    now += 31_000;
    expect((await failure(assertConfirmed('dev-hospital-a', 'post data', clock))).status).toBe(403);
    find.mockRejectedValue(refused());
    now += 31_000;
    expect((await failure(assertConfirmed('dev-hospital-a', 'post data', clock))).status).toBe(503);

    find.mockResolvedValueOnce({ status: 'Confirmed' });
    now += 31_000;
    await assertConfirmed('dev-hospital-a', 'post data', clock);
    now += 31_000;
    await assertConfirmed('dev-hospital-a', 'post data', clock);
    now += 31_000;
    expect((await failure(assertConfirmed('dev-hospital-a', 'post data', clock))).status).toBe(503);
  });
});
