import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RequestGate } from './request-gate.ts';
import { writeSnapshot } from './snapshot.ts';
import type { SnapshotManifest } from './snapshot.ts';

/**
 * The local stack's control endpoint, for `npm run backup`: on 127.0.0.1 only, on a port of its
 * own (never the API's), and only for a caller that can read the data folder (a random token in
 * `<dataDir>/control.token`, mode 0600, sent as a bearer token). One operation:
 *
 *   POST /snapshot → 200 { path, manifest }
 *
 * closes the request gate (new requests and background runs wait; those in flight finish), writes
 * a snapshot of the data folder under `<dataDir>/snapshots/` (infra/local/snapshot.ts), and opens
 * the gate again, whatever happened. One snapshot at a time (409 otherwise).
 */

export const CONTROL_TOKEN_FILE = 'control.token';

export interface ControlServer {
  url: string;
  close(): Promise<void>;
}

export async function startControlServer(options: { dataDir: string; gate: RequestGate; rpcUrl: () => string }): Promise<ControlServer> {
  const token = randomBytes(32).toString('hex');
  await writeFile(join(options.dataDir, CONTROL_TOKEN_FILE), `${token}\n`, { mode: 0o600 });
  let busy = false;
  const server = createServer((req, res) => {
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    const given = Buffer.from((req.headers.authorization ?? '').replace(/^Bearer /i, ''));
    if (given.length !== token.length || !timingSafeEqual(given, Buffer.from(token))) return answer(401, { error: 'the control token of the data folder is required' });
    if (req.method !== 'POST' || req.url !== '/snapshot') return answer(404, { error: 'POST /snapshot is the only operation' });
    if (busy) return answer(409, { error: 'a snapshot is being taken' });
    busy = true;
    req.resume();
    void (async () => {
      const pausedSince = performance.now();
      try {
        await options.gate.close();
        // Nothing in flight from here on: the instant the snapshot is of.
        const takenAt = new Date();
        await mkdir(join(options.dataDir, 'snapshots'), { recursive: true, mode: 0o700 });
        const path = join(options.dataDir, 'snapshots', `${takenAt.toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`);
        const manifest: SnapshotManifest = await writeSnapshot({ dataDir: options.dataDir, target: path, rpcUrl: options.rpcUrl(), takenAt, pausedSince });
        options.gate.open();
        answer(200, { path, manifest });
      } catch (error) {
        options.gate.open();
        answer(500, { error: `the snapshot failed: ${(error as Error).message}` });
      } finally {
        busy = false;
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
