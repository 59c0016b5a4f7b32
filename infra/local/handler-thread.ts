import { parentPort, workerData } from 'node:worker_threads';
import { lambdaContext } from './handler-threads.ts';
import type { InvocationContext } from './handler-threads.ts';

/** One handler thread (infra/local/handler-threads.ts): imports the handlers, then runs invocations. */

type Handler = (event: unknown, context: ReturnType<typeof lambdaContext>) => Promise<unknown>;

const port = parentPort;
if (!port) throw new Error('handler-thread.ts runs as a worker thread');
const { modules } = workerData as { modules: Record<string, string> };

const handlers = new Map<string, Handler>();
for (const [name, url] of Object.entries(modules)) {
  const module = (await import(url)) as { handler?: Handler };
  if (typeof module.handler !== 'function') throw new Error(`${url} exports no handler`);
  handlers.set(name, module.handler);
}
port.postMessage({ type: 'ready' });

port.on('message', (message: { id: number; functionName: string; event: unknown; context: InvocationContext }) => {
  void invoke(message);
});

async function invoke({ id, functionName, event, context }: { id: number; functionName: string; event: unknown; context: InvocationContext }): Promise<void> {
  try {
    const value = await handlers.get(functionName)!(event, lambdaContext(context));
    port!.postMessage({ type: 'result', id, ok: true, value });
  } catch (error) {
    // Name and message only: an error's other members need not survive a structured clone.
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    port!.postMessage({ type: 'result', id, ok: false, error: { name, message } });
  }
}
