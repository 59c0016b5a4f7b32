/**
 * Which failures are worth another try, and how long to wait before it: one place for the
 * exchange's retries (the catalog's batch writes, branch key creation, the chain's RPC calls) and
 * for mapping a busy dependency to 503 (ingest, pseudonyms, the KMS signer).
 */

/** AWS error names that mean "busy or briefly unavailable" (KMS, DynamoDB, S3, SQS). */
const TRANSIENT_AWS_ERRORS = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'SlowDown',
  'ServiceUnavailable',
  'InternalServerError',
  'KMSInternalException',
  'DependencyTimeoutException',
  'TimeoutError',
]);

/** Whether an AWS error name is one of the transient ones. */
export function isTransientAwsErrorName(name: string | undefined): boolean {
  return name !== undefined && TRANSIENT_AWS_ERRORS.has(name);
}

/**
 * An AWS SDK failure worth retrying: a transient error name, a 5xx, an error the SDK marks
 * retryable, or an error of ours flagged `transient`.
 */
export function isTransientAwsError(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  const status = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
  if ((error as { transient?: unknown } | undefined)?.transient === true) return true;
  return isTransientAwsErrorName(name) || (status !== undefined && status >= 500) || (error as { $retryable?: unknown } | undefined)?.$retryable !== undefined;
}

/** ethers error codes of an RPC call that did not get a definite answer (never a revert). */
const TRANSIENT_RPC_CODES = new Set(['NETWORK_ERROR', 'TIMEOUT', 'SERVER_ERROR']);
/** Socket-level codes, wherever they sit in the cause chain. */
const TRANSIENT_SOCKET_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

/** A network or RPC failure worth another try: the peer was unreachable, slow, or answered 5xx. */
export function isTransientNetworkError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && TRANSIENT_RPC_CODES.has(code)) return true;
  for (let cause: unknown = error, depth = 0; cause && depth < 4; cause = (cause as { cause?: unknown }).cause, depth++) {
    const causeCode = (cause as { code?: unknown }).code;
    if (typeof causeCode === 'string' && TRANSIENT_SOCKET_CODES.has(causeCode)) return true;
  }
  return false;
}

export interface Backoff {
  /** The first pause, doubled on each further attempt. */
  baseMs: number;
  /** No pause is longer. */
  maxMs?: number;
  /** Pauses are drawn from [(1 - jitter) × d, d] so that competing callers spread out; 0 = exact. */
  jitter?: number;
}

/** The pause before attempt `attempt + 1`, after `attempt` (1-based) failed. */
export function backoffDelay(attempt: number, backoff: Backoff): number {
  const delay = Math.min(backoff.maxMs ?? Infinity, backoff.baseMs * 2 ** (attempt - 1));
  const jitter = backoff.jitter ?? 0;
  return delay * (1 - jitter + jitter * Math.random());
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface RetryOptions extends Backoff {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Whether the failure is worth another attempt. */
  retryable: (error: unknown) => boolean;
}

/** Runs `operation` until it succeeds, fails for good, or the attempts are spent (the last error is thrown). */
export async function withRetries<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (attempt >= options.attempts || !options.retryable(error)) throw error;
      await sleep(backoffDelay(attempt, options));
    }
  }
}
