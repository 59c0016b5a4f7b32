import { readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packFolder } from './archive.ts';
import { CONTROL_TOKEN_FILE } from './control-server.ts';
import type { StackInfo } from './local-stack.ts';
import type { SnapshotManifest } from './snapshot.ts';

/**
 * `npm run backup -- --data-dir DIR --out FILE`: a consistent snapshot of the local stack running
 * on DIR, in one file. The stack takes it itself (its control endpoint, infra/local/control-server.ts):
 * it holds new requests, lets those in flight finish, copies every stand-in's data and the chain's
 * state as of that instant, and lets the held requests in. Then this command packs the snapshot
 * into FILE (`.tar.gz`) and removes it from the data folder. Restore with `npm run restore`.
 *
 * Exit codes: 0 done; 1 the snapshot or the archive failed; 2 usage, or no stack running on DIR.
 */

/** `npm start`'s default data folder (DEFAULT_DATA_DIR in local-stack.ts, not imported: it loads every handler). */
const DEFAULT_DATA_DIR = '.local';

export interface BackupResult {
  file: string;
  manifest: SnapshotManifest;
  bytes: number;
  /** The snapshot (requests held for `manifest.pausedMs` of it), then the archive. */
  snapshotMs: number;
  totalMs: number;
}

export class BackupUsageError extends Error {}

export async function backup(options: { dataDir: string; out: string }): Promise<BackupResult> {
  const started = performance.now();
  const dataDir = resolve(options.dataDir);
  const out = resolve(options.out);
  const info = await readFile(join(dataDir, 'stack.json'), 'utf8').then(
    (text) => JSON.parse(text) as StackInfo,
    () => undefined,
  );
  if (!info?.controlUrl) throw new BackupUsageError(`no local stack is running on ${dataDir} (no stack.json with a control endpoint); start it with npm start -- --data-dir ${options.dataDir}`);
  const token = (await readFile(join(dataDir, CONTROL_TOKEN_FILE), 'utf8')).trim();
  let response: Response;
  try {
    response = await fetch(`${info.controlUrl}/snapshot`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(15 * 60_000) });
  } catch (error) {
    throw new BackupUsageError(`the local stack on ${dataDir} does not answer at ${info.controlUrl} (${(error as Error).message}); is it still running?`);
  }
  const answer = (await response.json()) as { path?: string; manifest?: SnapshotManifest; error?: string };
  if (!response.ok || !answer.path || !answer.manifest) throw new Error(answer.error ?? `the stack answered ${response.status}`);
  const snapshotMs = performance.now() - started;
  const temporary = `${out}.${process.pid}.tmp`;
  try {
    await packFolder(answer.path, temporary);
    await rename(temporary, out);
  } finally {
    await rm(temporary, { force: true });
    await rm(answer.path, { recursive: true, force: true });
  }
  return { file: out, manifest: answer.manifest, bytes: (await stat(out)).size, snapshotMs: Math.round(snapshotMs), totalMs: Math.round(performance.now() - started) };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string', default: DEFAULT_DATA_DIR }, out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
  });
  if (values.help || !values.out) {
    process.stderr.write('Usage: npm run backup -- --data-dir DIR --out FILE   (a running local stack on DIR; FILE is a .tar.gz)\n');
    process.exit(values.help ? 0 : 2);
  }
  try {
    const result = await backup({ dataDir: values['data-dir'], out: values.out });
    const { manifest } = result;
    process.stderr.write(
      [
        `backup of ${manifest.sourceDataDir} as of ${manifest.takenAt} (chain block ${manifest.chainBlock})`,
        `  requests held ${manifest.pausedMs} ms; snapshot ${result.snapshotMs} ms, in all ${result.totalMs} ms`,
        `  ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(1)} MB, archive ${(result.bytes / 1e6).toFixed(1)} MB`,
        '',
      ].join('\n'),
    );
    process.stdout.write(`${result.file}\n`);
  } catch (error) {
    process.stderr.write(`backup failed: ${(error as Error).message}\n`);
    process.exit(error instanceof BackupUsageError ? 2 : 1);
  }
}
