import { SHARE_ENV, Worker } from 'node:worker_threads';
import type { Context } from 'aws-lambda';

/**
 * The local stand-in for Lambda's execution environments: the handlers run on worker threads,
 * not on the thread that serves s3rver, dynalite and the KMS stand-in. In AWS every concurrent
 * invocation has an environment of its own and the storage services run elsewhere; on one
 * machine, worker threads give the handlers the other cores and keep the stand-ins' event loop
 * free to answer them.
 *
 * Each thread imports every handler module it is given once (a warm environment), then takes
 * invocations; an invocation goes to the thread with the fewest in flight. The threads share the
 * process environment (`SHARE_ENV`), so settings made after they start reach the handlers as they
 * reach code on the main thread. A thread that dies fails its invocations and is replaced (unless
 * the replacement cannot start either: then the pool shrinks, and says so once it is empty).
 */

export interface HandlerThreadsOptions {
  /** How many threads (environments). */
  threads: number;
  /** Function name → URL of its module; each module exports `handler(event, context)`. */
  modules: Record<string, string>;
  /** Thread names are `<label>-<n>` (in stack traces and inspectors). */
  label: string;
}

/** What goes to a thread: the Lambda context's data, without its functions. */
export interface InvocationContext {
  functionName: string;
  awsRequestId: string;
  memoryLimitInMB: string;
  /** Epoch milliseconds after which the invocation has timed out. */
  deadline: number;
}

interface Invocation {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  inFlight: Map<number, Invocation>;
  ready: Promise<void>;
}

type ThreadMessage =
  | { type: 'ready' }
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: { name: string; message: string } };

const THREAD_MODULE = new URL('./handler-thread.ts', import.meta.url);

export class HandlerThreads {
  readonly #options: HandlerThreadsOptions;
  readonly #threads: Thread[] = [];
  #nextId = 0;
  #closed = false;

  private constructor(options: HandlerThreadsOptions) {
    this.#options = options;
  }

  /** Starts the threads; resolves once every one has imported its handlers. */
  static async start(options: HandlerThreadsOptions): Promise<HandlerThreads> {
    if (!Number.isInteger(options.threads) || options.threads < 1) throw new Error('threads must be a positive integer');
    const pool = new HandlerThreads(options);
    for (let index = 0; index < options.threads; index++) pool.#threads.push(pool.#spawn(index));
    try {
      await Promise.all(pool.#threads.map((thread) => thread.ready));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  get size(): number {
    return this.#threads.length;
  }

  /** Runs `functionName`'s handler on the least busy thread; resolves with what it returned. */
  async invoke(functionName: string, event: unknown, context: InvocationContext): Promise<unknown> {
    if (this.#closed) throw new Error('The handler threads are stopped');
    if (!(functionName in this.#options.modules)) throw new Error(`No handler module for ${functionName}`);
    if (this.#threads.length === 0) throw new Error('No handler thread is running: every replacement failed to start');
    const thread = this.#threads.reduce((best, candidate) => (candidate.inFlight.size < best.inFlight.size ? candidate : best));
    const id = this.#nextId++;
    // Counted as in flight from now on, so that the next invocation picks another thread.
    const result = new Promise((resolve, reject) => thread.inFlight.set(id, { resolve, reject }));
    result.catch(() => undefined); // the caller gets the rejection below or through the return
    try {
      await thread.ready;
    } catch (error) {
      thread.inFlight.delete(id);
      throw error;
    }
    thread.worker.postMessage({ id, functionName, event, context });
    return result;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#threads.map((thread) => thread.worker.terminate()));
  }

  #spawn(index: number): Thread {
    const worker = new Worker(THREAD_MODULE, {
      env: SHARE_ENV,
      name: `${this.#options.label}-${index + 1}`,
      workerData: { modules: this.#options.modules },
    });
    const inFlight = new Map<number, Invocation>();
    let markReady!: () => void;
    let failReady!: (error: Error) => void;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failReady = reject;
    });
    ready.catch(() => undefined); // awaited by start() and invoke()
    const thread: Thread = { worker, inFlight, ready };
    worker.on('message', (message: ThreadMessage) => {
      if (message.type === 'ready') return markReady();
      const invocation = inFlight.get(message.id);
      if (!invocation) return;
      inFlight.delete(message.id);
      if (message.ok) invocation.resolve(message.value);
      else invocation.reject(Object.assign(new Error(message.error.message), { name: message.error.name }));
    });
    worker.on('error', (error) => failReady(error));
    let wasReady = false;
    void ready.then(() => (wasReady = true), () => undefined);
    worker.on('exit', (code) => {
      failReady(new Error(`handler thread exited (${code}) before it was ready`));
      const failure = new Error(`handler thread exited (${code}) during the invocation`);
      for (const invocation of inFlight.values()) invocation.reject(failure);
      inFlight.clear();
      const at = this.#threads.indexOf(thread);
      if (this.#closed || at < 0) return;
      // A thread that died under load is replaced, as Lambda replaces a crashed environment; one
      // that could not even start is not (its replacement would fail the same way, in a loop).
      if (wasReady) this.#threads[at] = this.#spawn(index);
      else this.#threads.splice(at, 1);
    });
    return thread;
  }
}

/** The Lambda context a thread gives the handler, rebuilt from the invocation's data. */
export function lambdaContext(context: InvocationContext): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: context.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${context.functionName}`,
    memoryLimitInMB: context.memoryLimitInMB,
    awsRequestId: context.awsRequestId,
    logGroupName: `/aws/lambda/${context.functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, context.deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
