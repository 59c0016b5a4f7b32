import { gunzipSync } from 'node:zlib';
import { copyFile, cp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * A snapshot of a local stack's data folder, taken by the stack itself while its request gate
 * (infra/local/request-gate.ts) is closed: nothing is in flight and nothing can start, so every
 * stand-in's files are at rest and the copy is of one instant.
 *
 * | what | where in the data folder | how it is copied |
 * |---|---|---|
 * | the chain | `chain/anvil-state.json` | `anvil_dumpState` (the node's state now, not its last periodic dump), unzipped into the same JSON anvil's `--state` reads |
 * | dynalite (LevelDB) | `dynamodb/` | the files, again until two listings (names, sizes, times) before and after the copy agree: a background compaction started before the pause cannot tear it |
 * | DynamoDB Local (SQLite) | `dynamodb-local/shared-local-instance.db` | `VACUUM INTO` (SQLite's consistent copy; deleted rows, such as erased branch keys, are not carried over) |
 * | s3rver, the KMS stand-in, the dev clients, the deployments | `s3/`, `kms/`, `clients/`, `chain/deployments.json` … | plain copies |
 *
 * Left out: `stack.json`, `stack.lock` and `control.token` (they belong to the running process), `snapshots/`
 * (earlier snapshots), `s3-set-aside/` (never-acknowledged leftovers of a crash), anvil's caches.
 */

export const SNAPSHOT_FORMAT = 'fhir-exchange-local-snapshot';
export const SNAPSHOT_VERSION = 1;

export interface SnapshotManifest {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** When the gate closed: the instant the snapshot is of. */
  takenAt: string;
  /** The data folder it was taken from (where a restore looks for the newest chain state). */
  sourceDataDir: string;
  /** The chain's head when the gate closed. */
  chainBlock: number;
  /** How long requests were held. */
  pausedMs: number;
  files: number;
  bytes: number;
}

const SKIPPED = new Set(['stack.json', 'stack.lock', 'control.token', 'snapshots', 's3-set-aside', 'chain', 'dynamodb', 'dynamodb-local']);
const CHAIN_FILES = ['deployments.json', 'compiled.json'];
const DYNAMODB_LOCAL_FILE = 'shared-local-instance.db';
const STABLE_COPY_ATTEMPTS = 20;

export async function jsonRpc(rpcUrl: string, method: string, params: unknown[] = [], timeoutMs = 30_000): Promise<unknown> {
  const response = await fetch(rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as { result?: unknown; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

/** anvil's whole state now, as the JSON its `--state` file holds. */
export async function dumpChainState(rpcUrl: string): Promise<Buffer> {
  const hex = String(await jsonRpc(rpcUrl, 'anvil_dumpState'));
  const bytes = Buffer.from(hex.replace(/^0x/, ''), 'hex');
  // anvil answers gzip (1f 8b); older releases answered the JSON itself.
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
}

/** Copies `dataDir` at rest into `target` (which must not exist). The caller holds the gate closed. */
export async function writeSnapshot(options: { dataDir: string; target: string; rpcUrl: string; takenAt: Date; pausedSince: number }): Promise<SnapshotManifest> {
  const { dataDir, target, rpcUrl } = options;
  await mkdir(target, { recursive: false, mode: 0o700 });
  const data = join(target, 'data');
  await mkdir(join(data, 'chain'), { recursive: true, mode: 0o700 });

  const chainBlock = Number(await jsonRpc(rpcUrl, 'eth_blockNumber'));
  await writeFile(join(data, 'chain', 'anvil-state.json'), await dumpChainState(rpcUrl), { mode: 0o600 });
  for (const file of CHAIN_FILES) {
    if (existsSync(join(dataDir, 'chain', file))) await copyFile(join(dataDir, 'chain', file), join(data, 'chain', file));
  }

  if (existsSync(join(dataDir, 'dynamodb'))) await stableCopy(join(dataDir, 'dynamodb'), join(data, 'dynamodb'));
  if (existsSync(join(dataDir, 'dynamodb-local', DYNAMODB_LOCAL_FILE))) {
    await mkdir(join(data, 'dynamodb-local'), { recursive: true, mode: 0o700 });
    copySqlite(join(dataDir, 'dynamodb-local', DYNAMODB_LOCAL_FILE), join(data, 'dynamodb-local', DYNAMODB_LOCAL_FILE));
  }
  for (const entry of await readdir(dataDir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.endsWith('.tmp')) continue;
    await cp(join(dataDir, entry.name), join(data, entry.name), { recursive: true, preserveTimestamps: true });
  }

  const { files, bytes } = await sizeOf(data);
  const manifest: SnapshotManifest = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    takenAt: options.takenAt.toISOString(),
    sourceDataDir: dataDir,
    chainBlock,
    pausedMs: Math.round(performance.now() - options.pausedSince),
    files,
    bytes,
  };
  await writeFile(join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** SQLite's own consistent copy of a database another process has open. */
function copySqlite(source: string, destination: string): void {
  const db = new DatabaseSync(source);
  try {
    db.exec(`VACUUM INTO '${destination.replaceAll("'", "''")}'`);
  } finally {
    db.close();
  }
}

async function listing(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const lines: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path).catch(() => undefined);
    lines.push(`${relative(dir, path)} ${info?.size ?? 'gone'} ${info?.mtimeMs ?? ''}`);
  }
  return lines.sort().join('\n');
}

/** Copies a folder that a background thread may still be rewriting (LevelDB compaction) until a copy is of a folder that did not change meanwhile. */
async function stableCopy(source: string, destination: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const before = await listing(source);
    await rm(destination, { recursive: true, force: true });
    const copied = await cp(source, destination, { recursive: true, preserveTimestamps: true }).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false; // a file went while copying: again
        throw error;
      },
    );
    if (copied && before === (await listing(source))) return;
    if (attempt >= STABLE_COPY_ATTEMPTS) throw new Error(`${source} kept changing while it was copied`);
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
  }
}

export async function sizeOf(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}
