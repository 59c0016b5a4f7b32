import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { HandlerThreads } from '../../infra/local/handler-threads.ts';
import type { InvocationContext } from '../../infra/local/handler-threads.ts';

const FIXTURE = new URL('../support/handler-thread-fixture/handler.ts', import.meta.url).href;
let threads: HandlerThreads;
let requests = 0;

const context = (deadlineInMs = 30_000): InvocationContext => ({
  functionName: 'fixture',
  awsRequestId: `request-${++requests}`,
  memoryLimitInMB: '1024',
  deadline: Date.now() + deadlineInMs,
});
const invoke = (event: object, deadlineInMs?: number) => threads.invoke('fixture', event, context(deadlineInMs)) as Promise<Record<string, unknown>>;

beforeAll(async () => {
  threads = await HandlerThreads.start({ threads: 2, label: 'test-handlers', modules: { fixture: FIXTURE } });
});
afterAll(() => threads.close());

describe('the local stand-in for Lambda environments (handler threads)', () => {
  test('runs the handler off the main thread with the Lambda context rebuilt from the invocation', async () => {
    const result = await invoke({ action: 'sleep', ms: 0 }, 5_000);
    expect(result['threadId']).toBeGreaterThan(0);
    expect(result['functionName']).toBe('fixture');
    expect(result['requestId']).toBe(`request-${requests}`);
    expect(result['remainingMs']).toBeGreaterThan(3_000);
    expect(result['remainingMs']).toBeLessThanOrEqual(5_000);
  });

  test('concurrent invocations go to different threads: each to the least busy', async () => {
    const [a, b] = await Promise.all([invoke({ action: 'sleep', ms: 200 }), invoke({ action: 'sleep', ms: 200 })]);
    expect(a!['threadId']).not.toBe(b!['threadId']);
  });

  test('the threads share the process environment, also what is set after they started', async () => {
    process.env['HANDLER_THREADS_TEST_VALUE'] = 'set-later';
    try {
      const seen = await Promise.all([invoke({ action: 'env', variable: 'HANDLER_THREADS_TEST_VALUE' }), invoke({ action: 'env', variable: 'HANDLER_THREADS_TEST_VALUE' })]);
      expect(seen.map((result) => result['value'])).toEqual(['set-later', 'set-later']);
    } finally {
      delete process.env['HANDLER_THREADS_TEST_VALUE'];
    }
  });

  test("a handler's error rejects its invocation with the error's name and message", async () => {
    await expect(invoke({ action: 'throw' })).rejects.toMatchObject({ name: 'RangeError', message: 'refused by the fixture' });
  });

  test('a thread that dies fails its invocation and is replaced; the pool keeps its size and answers', async () => {
    const before = new Set((await Promise.all([invoke({ action: 'sleep', ms: 100 }), invoke({ action: 'sleep', ms: 100 })])).map((result) => result['threadId']));
    await expect(invoke({ action: 'exit' })).rejects.toThrow(/exited \(3\) during the invocation/);
    expect(threads.size).toBe(2);
    const after = await Promise.all([invoke({ action: 'sleep', ms: 100 }), invoke({ action: 'sleep', ms: 100 })]);
    const ids = new Set(after.map((result) => result['threadId']));
    expect(ids.size).toBe(2);
    // One of the two answering threads is new.
    expect([...ids].filter((id) => !before.has(id))).toHaveLength(1);
  });

  test('a thread whose replacement cannot start is not replaced again: the pool shrinks, then refuses', async () => {
    const small = await HandlerThreads.start({ threads: 1, label: 'test-broken', modules: { fixture: FIXTURE } });
    process.env['HANDLER_THREADS_FIXTURE_BROKEN'] = '1';
    try {
      await expect(small.invoke('fixture', { action: 'exit' }, context())).rejects.toThrow(/exited \(3\)/);
      // The replacement fails at import; the invocation waiting for it fails with its error.
      await expect(small.invoke('fixture', { action: 'sleep' }, context())).rejects.toThrow(/broken on purpose/);
      await vi.waitFor(() => expect(small.size).toBe(0));
      await expect(small.invoke('fixture', { action: 'sleep' }, context())).rejects.toThrow(/No handler thread is running/);
    } finally {
      delete process.env['HANDLER_THREADS_FIXTURE_BROKEN'];
      await small.close();
    }
  });

  test('an unknown function and a pool that is stopped are refused', async () => {
    await expect(threads.invoke('not-a-function', {}, context())).rejects.toThrow(/No handler module/);
    const stopped = await HandlerThreads.start({ threads: 1, label: 'test-stopped', modules: { fixture: FIXTURE } });
    await stopped.close();
    await expect(stopped.invoke('fixture', {}, context())).rejects.toThrow(/stopped/);
  });

  test('a module without a handler fails the start', async () => {
    const module = new URL('../../infra/local/handler-threads.ts', import.meta.url).href;
    await expect(HandlerThreads.start({ threads: 1, label: 'test-bad', modules: { bad: module } })).rejects.toThrow(/exports no handler/);
  });
});
