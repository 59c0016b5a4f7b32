import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KeyStore } from './kms/key-store.ts';
import { operations } from './kms/operations.ts';
import { KmsError, parseRequestBody, type JsonObject } from './kms/protocol.ts';

/**
 * A local stand-in for AWS KMS, used by the local stack in place of the real service. Dev only,
 * never deployed.
 *
 * It speaks the KMS wire protocol (AWS JSON 1.1: `POST /`, `X-Amz-Target: TrentService.<Operation>`,
 * JSON bodies with base64 blobs, errors as `{"__type", "message"}`), so `@aws-sdk/client-kms` and the
 * AWS Encryption SDK work against it unchanged given `endpoint: url`. SigV4 signatures are not
 * verified: any credentials work. Nothing is ever logged: request bodies carry plaintexts and data keys.
 *
 * Supported operations: see `./kms/operations.ts`. State persists in `<dataDir>/kms/keys.json`,
 * so ciphertexts survive a restart on the same data dir.
 *
 * Call counter (dev only, for benchmarks and tests): every request naming a supported operation
 * (and within the body size limit) is counted per operation, whether it succeeds or fails, since the
 * stand-in started (counts are not persisted). `GET /__stats` on the same port answers
 * `{"calls":{"Decrypt":12,...},"total":N,"since":"<ISO time>"}` (`application/json`); `stats()`
 * returns the same in process. Only operation names and counts are exposed: never key ids, key
 * material, plaintexts or ciphertexts. The KMS protocol never sends a GET, so this path cannot clash
 * with it; every other request that is not `POST /` is still refused with a 400
 * UnsupportedOperationException as before.
 */

export interface KmsStandIn {
  url: string;
  port: number;
  /** Requests per KMS operation since start (what `GET /__stats` answers). */
  stats(): KmsCallStats;
  close(): Promise<void>;
}

export interface KmsCallStats {
  /** Requests per operation name (`X-Amz-Target` TrentService.<Operation>), supported operations only. */
  calls: Record<string, number>;
  total: number;
  /** When counting started (the stand-in's start), ISO 8601. */
  since: string;
}

/** The dev-only stats path: `GET /__stats`. */
export const STATS_PATH = '/__stats';

export interface KmsStandInOptions {
  dataDir: string;
  /** 0 (the default) picks any free port. */
  port?: number;
  region?: string;
  accountId?: string;
}

const TARGET_PREFIX = 'TrentService.';
/** Far above any valid KMS request (plaintexts are at most 4 KiB); guards against runaway bodies. */
const MAX_BODY_BYTES = 1024 * 1024;

export async function startKmsStandIn(options: KmsStandInOptions): Promise<KmsStandIn> {
  const store = await KeyStore.open(options.dataDir, options.region ?? 'us-east-1', options.accountId ?? '000000000000');
  const counter = new CallCounter();

  const server = createServer((request, response) => {
    handle(store, counter, request, response).catch(() => {
      // handle() answers every error itself; reaching here means the socket broke mid-response.
      response.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stats: () => counter.stats(),
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          // SDK clients keep connections alive; without this close() would wait for them to time out.
          server.closeAllConnections();
        });
        await store.flush();
      })();
      return closing;
    },
  };
}

/** Counts requests per operation. Keys are names from the operations table only, so the map stays small. */
class CallCounter {
  readonly #calls = new Map<string, number>();
  readonly #since = new Date().toISOString();

  count(operation: string): void {
    this.#calls.set(operation, (this.#calls.get(operation) ?? 0) + 1);
  }

  stats(): KmsCallStats {
    const names = [...this.#calls.keys()].sort();
    let total = 0;
    const calls: Record<string, number> = {};
    for (const name of names) {
      const count = this.#calls.get(name)!;
      calls[name] = count;
      total += count;
    }
    return { calls, total, since: this.#since };
  }
}

async function handle(store: KeyStore, counter: CallCounter, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const requestId = randomUUID();
  if (request.method === 'GET' && (request.url ?? '/').split('?')[0] === STATS_PATH) {
    await readBody(request).catch(() => undefined); // a GET has no body; drain whatever came
    sendJson(response, requestId, counter.stats());
    return;
  }
  let result: JsonObject;
  try {
    const body = await readBody(request);
    const { name, operation } = resolveOperation(request);
    counter.count(name);
    result = await operation(store, parseRequestBody(body));
  } catch (error) {
    const kmsError = error instanceof KmsError ? error : new KmsError('KMSInternalException', 'The KMS stand-in failed to process the request.', 500);
    send(response, requestId, kmsError.status, { __type: kmsError.type, message: kmsError.message }, kmsError.type);
    return;
  }
  send(response, requestId, 200, result);
}

function resolveOperation(request: IncomingMessage) {
  const path = (request.url ?? '/').split('?')[0];
  if (request.method !== 'POST' || path !== '/') {
    throw new KmsError('UnsupportedOperationException', 'The KMS stand-in only serves AWS JSON 1.1 requests (POST /).');
  }
  const target = request.headers['x-amz-target'];
  const name = typeof target === 'string' && target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : undefined;
  const operation = name === undefined ? undefined : operations.get(name);
  if (name === undefined || !operation) throw new KmsError('UnsupportedOperationException', 'The X-Amz-Target operation is not supported by the KMS stand-in.');
  return { name, operation };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Keep draining so the response can still be written, but stop buffering.
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw new KmsError('ValidationException', `The request body exceeds ${MAX_BODY_BYTES} bytes.`);
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, requestId: string, status: number, body: JsonObject, errorType?: string): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(payload),
    'x-amzn-requestid': requestId,
    ...(errorType === undefined ? {} : { 'x-amzn-errortype': errorType }),
  });
  response.end(payload);
}

function sendJson(response: ServerResponse, requestId: string, body: KmsCallStats): void {
  const payload = JSON.stringify(body);
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'x-amzn-requestid': requestId, 'cache-control': 'no-store' });
  response.end(payload);
}
