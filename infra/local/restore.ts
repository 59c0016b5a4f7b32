import { copyFile, mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unpackArchive } from './archive.ts';
import type { StackInfo } from './local-stack.ts';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, dumpChainState, jsonRpc } from './snapshot.ts';
import type { SnapshotManifest } from './snapshot.ts';

/**
 * `npm run restore -- --from FILE --data-dir DIR2 [--chain-from DIR | --snapshot-chain]`: lays a
 * backup (`npm run backup`) down into a new data folder, for `npm start -- --data-dir DIR2`.
 *
 * Everything comes from the backup except the chain. The chain is the exchange's external
 * journal (in AWS it is never restored): it records every erasure, and a chain state as old as the
 * snapshot would hide the erasures made since. So the restore takes the newest chain state there
 * is: the source stack's (`--chain-from`, by default the folder the backup was taken from), from
 * its running node (`anvil_dumpState`) or, stopped, from the state file it wrote on exit. On start,
 * the restored stack applies every erasure journaled after its snapshot before it serves a request
 * (functions/vault/erase/erasure-replay.ts). Only with `--snapshot-chain` does it use the
 * snapshot's own chain state (for a lost source; erasures made after the snapshot are then
 * unknown to it, and the command says so).
 *
 * Exit codes: 0 done; 1 the archive is unreadable or the restore failed; 2 usage (DIR2 not empty,
 * no newest chain state without --snapshot-chain).
 */

export class RestoreUsageError extends Error {}

export interface RestoreResult {
  dataDir: string;
  manifest: SnapshotManifest;
  /** Where the chain state came from, and its head block. */
  chain: { source: 'running-node' | 'state-file' | 'snapshot'; from: string; block: number };
  totalMs: number;
}

export async function restore(options: { from: string; dataDir: string; chainFrom?: string; snapshotChain?: boolean }): Promise<RestoreResult> {
  const started = performance.now();
  const target = resolve(options.dataDir);
  if (existsSync(target) && (await readdir(target)).length > 0) throw new RestoreUsageError(`${target} is not empty: restore into a new data folder`);
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}.restoring-`));
  try {
    await unpackArchive(resolve(options.from), staging);
    const manifest = JSON.parse(await readFile(join(staging, 'manifest.json'), 'utf8')) as SnapshotManifest;
    if (manifest.format !== SNAPSHOT_FORMAT || manifest.version !== SNAPSHOT_VERSION) throw new Error(`${options.from} is not a fhir-exchange backup (format ${String(manifest.format)} ${String(manifest.version)})`);
    const chainFrom = resolve(options.chainFrom ?? manifest.sourceDataDir);
    if (chainFrom === target) throw new RestoreUsageError('--chain-from cannot be the folder being restored into');

    const stateFile = join(staging, 'data', 'chain', 'anvil-state.json');
    let chain: RestoreResult['chain'];
    if (options.snapshotChain) {
      chain = { source: 'snapshot', from: options.from, block: manifest.chainBlock };
    } else {
      const newest = await newestChainState(chainFrom);
      if (!newest) {
        throw new RestoreUsageError(
          `no chain state at ${chainFrom} (neither a running stack nor chain/anvil-state.json). The chain is the journal of erasures: ` +
            'give the source data folder with --chain-from DIR, or pass --snapshot-chain to restore the chain as of the snapshot (erasures made after it would not be applied again)',
        );
      }
      if (newest.block < manifest.chainBlock) throw new RestoreUsageError(`the chain state at ${chainFrom} (block ${newest.block}) is older than the snapshot's (block ${manifest.chainBlock})`);
      await writeFile(stateFile, newest.state, { mode: 0o600 });
      chain = { source: newest.source, from: chainFrom, block: newest.block };
      for (const file of ['deployments.json', 'compiled.json']) {
        if (existsSync(join(chainFrom, 'chain', file))) await copyFile(join(chainFrom, 'chain', file), join(staging, 'data', 'chain', file));
      }
    }
    await rm(target, { recursive: true, force: true });
    await rename(join(staging, 'data'), target);
    return { dataDir: target, manifest, chain, totalMs: Math.round(performance.now() - started) };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The source's chain state now: its running node's, else the state file its node wrote on exit. */
async function newestChainState(dataDir: string): Promise<{ source: 'running-node' | 'state-file'; state: Buffer; block: number } | undefined> {
  const info = await readFile(join(dataDir, 'stack.json'), 'utf8').then(
    (text) => JSON.parse(text) as StackInfo,
    () => undefined,
  );
  if (info?.rpcUrl) {
    const running = await jsonRpc(info.rpcUrl, 'eth_blockNumber', [], 3_000).then(
      (block) => Number(block),
      () => undefined,
    );
    if (running !== undefined) {
      const state = await dumpChainState(info.rpcUrl);
      return { source: 'running-node', state, block: blockOf(state) ?? running };
    }
  }
  const file = join(dataDir, 'chain', 'anvil-state.json');
  if (!existsSync(file)) return undefined;
  const state = await readFile(file);
  return { source: 'state-file', state, block: blockOf(state) ?? 0 };
}

/** The head block number recorded in an anvil state (JSON `block.number`, hex). */
function blockOf(state: Buffer): number | undefined {
  try {
    const parsed = JSON.parse(state.toString('utf8')) as { block?: { number?: string | number } };
    return parsed.block?.number === undefined ? undefined : Number(parsed.block.number);
  } catch {
    return undefined;
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      'data-dir': { type: 'string' },
      'chain-from': { type: 'string' },
      'snapshot-chain': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help || !values.from || !values['data-dir'] || (values['snapshot-chain'] && values['chain-from'])) {
    process.stderr.write('Usage: npm run restore -- --from FILE --data-dir NEW_DIR [--chain-from SOURCE_DIR | --snapshot-chain]\n');
    process.exit(values.help ? 0 : 2);
  }
  try {
    const result = await restore({ from: values.from, dataDir: values['data-dir'], ...(values['chain-from'] ? { chainFrom: values['chain-from'] } : {}), snapshotChain: values['snapshot-chain'] });
    const { manifest, chain } = result;
    process.stderr.write(
      [
        `restored the backup of ${manifest.takenAt} into ${result.dataDir} in ${result.totalMs} ms`,
        chain.source === 'snapshot'
          ? `  chain: the snapshot's own (block ${chain.block}); erasures journaled after the snapshot elsewhere are NOT known to it`
          : `  chain: the newest, from ${chain.source === 'running-node' ? 'the running node of' : 'the state file of'} ${chain.from} (block ${chain.block}; the snapshot's was ${manifest.chainBlock}); erasures journaled after the snapshot are applied on start`,
        `  start it with: npm start -- --data-dir ${values['data-dir']}`,
        '',
      ].join('\n'),
    );
    process.stdout.write(`${result.dataDir}\n`);
  } catch (error) {
    process.stderr.write(`restore failed: ${(error as Error).message}\n`);
    process.exit(error instanceof RestoreUsageError ? 2 : 1);
  }
}
