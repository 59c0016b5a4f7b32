import { threadId } from 'node:worker_threads';

// A module that cannot be imported while this is set: a thread that cannot start.
if (process.env['HANDLER_THREADS_FIXTURE_BROKEN']) throw new Error('the fixture is broken on purpose');

/** A handler for the handler-thread tests: tells which thread ran it and what it saw, sleeps, fails or ends its thread on request. */
export const handler = async (event: { action: string; ms?: number; variable?: string }, context: { functionName: string; awsRequestId: string; getRemainingTimeInMillis(): number }) => {
  switch (event.action) {
    case 'sleep':
      await new Promise((resolve) => setTimeout(resolve, event.ms ?? 0));
      return { threadId, functionName: context.functionName, requestId: context.awsRequestId, remainingMs: context.getRemainingTimeInMillis() };
    case 'env':
      return { threadId, value: process.env[event.variable ?? ''] ?? null };
    case 'throw':
      throw new RangeError('refused by the fixture');
    case 'exit':
      return process.exit(3);
    default:
      return { threadId };
  }
};
