import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backup } from '../../infra/local/backup.ts';
import { restore } from '../../infra/local/restore.ts';
import { FHIR_DATA_SOURCE, SYNTHEA_FOLDERS, dataFiles } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { formatMs, median } from './stats.ts';

/**
 * `npm run bench -- backup [--runs N]`: `npm run backup` and `npm run restore` on a local stack
 * holding the Synthea set (every Synthea bundle of the test data, `FHIR_TEST_DATA` for the whole
 * set), each beside its reference measured in the same run:
 * - backup (the stack's snapshot with requests held, then the archive) beside `tar -czf` of the
 *   same data folder (the floor: the same bytes read, compressed and written, nothing held);
 * - restore beside `tar -xzf` of the same archive;
 * - the restored stack's start (which applies the journaled erasures before it serves) beside a
 *   warm restart of the source stack on its own folder.
 * Medians of `runs` backups and restores of the one stack (its ingest is done once).
 */
const SHARED = /hospitalInformation|practitionerInformation/;
const INVALID_ALONE = /synthea-r4-msft-samples\/practitionerInformation/;

function tar(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tar exited ${code}`))));
  });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export async function backupBenchmark(runs: number): Promise<void> {
  const files = SYNTHEA_FOLDERS.flatMap((folder) => dataFiles(folder))
    .filter((file) => !INVALID_ALONE.test(file))
    .sort((a, b) => Number(!SHARED.test(a)) - Number(!SHARED.test(b)));
  const work = await mkdtemp(join(tmpdir(), 'fhirx-bench-backup-'));
  const source = await StackProcess.start(join(work, 'source'));
  try {
    const token = await source.token('dev-provider-a');
    let bytes = 0;
    let resources = 0;
    for (const file of files) {
      const body = readFileSync(file);
      const response = await fetch(source.info.fhirBase, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' }, body });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`${file}: ${response.status} ${text.slice(0, 300)}`);
      bytes += body.length;
      resources += (JSON.parse(body.toString('utf8')) as { entry?: unknown[] }).entry?.length ?? 0;
    }
    process.stderr.write(`ingested ${files.length} Synthea bundles (${FHIR_DATA_SOURCE}): ${resources} resources, ${(bytes / 1e6).toFixed(1)} MB\n`);

    const rows: { backup: number; held: number; tarC: number; restore: number; tarX: number; archiveMb: number; dataMb: number }[] = [];
    const starts: { restored: number; warm: number }[] = [];
    for (let run = 0; run < runs; run++) {
      const archive = join(work, `backup-${run}.tar.gz`);
      const result = await backup({ dataDir: source.dataDir, out: archive });
      const tarC = await timed(() => tar(['-czf', join(work, `floor-${run}.tar.gz`), '-C', source.dataDir, '--exclude=./snapshots', '.']));
      const target = join(work, `restored-${run}`);
      const restoreMs = await timed(() => restore({ from: archive, dataDir: target }));
      const floorDir = join(work, `floor-${run}`);
      await mkdir(floorDir);
      const tarX = await timed(() => tar(['-xzf', archive, '-C', floorDir]));
      rows.push({ backup: result.totalMs, held: result.manifest.pausedMs, tarC, restore: restoreMs, tarX, archiveMb: result.bytes / 1e6, dataMb: result.manifest.bytes / 1e6 });
      if (run === 0) {
        // Time to ready of the restored stack (the replay runs before it serves), beside a warm restart of the source.
        const restoredStart = await timed(async () => {
          const restored = await StackProcess.start(target);
          await restored.stop();
        });
        const warm = await timed(() => source.restart());
        starts.push({ restored: restoredStart, warm });
      }
      await rm(target, { recursive: true, force: true });
      await rm(floorDir, { recursive: true, force: true });
      await rm(archive, { force: true });
      await rm(join(work, `floor-${run}.tar.gz`), { force: true });
      const last = rows.at(-1)!;
      process.stderr.write(`run ${run + 1}/${runs}: backup ${formatMs(last.backup)} (held ${formatMs(last.held)}) vs tar -czf ${formatMs(last.tarC)}; restore ${formatMs(last.restore)} vs tar -xzf ${formatMs(last.tarX)}\n`);
    }
    const m = (pick: (row: (typeof rows)[number]) => number) => median(rows.map(pick));
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    process.stdout.write(`\nbackup and restore of the Synthea set (${files.length} bundles, ${resources} resources, ${(bytes / 1e6).toFixed(1)} MB posted; data folder ${m((row) => row.dataMb).toFixed(1)} MB, archive ${m((row) => row.archiveMb).toFixed(1)} MB), medians of ${runs} runs\n`);
    process.stdout.write(`  backup (npm run backup)          ${formatMs(m((row) => row.backup)).padStart(8)}   reference tar -czf of the data folder ${formatMs(m((row) => row.tarC)).padStart(8)}   ratio ${ratio(m((row) => row.backup), m((row) => row.tarC))}\n`);
    process.stdout.write(`  requests held during the backup  ${formatMs(m((row) => row.held)).padStart(8)}\n`);
    process.stdout.write(`  restore (npm run restore)        ${formatMs(m((row) => row.restore)).padStart(8)}   reference tar -xzf of the archive     ${formatMs(m((row) => row.tarX)).padStart(8)}   ratio ${ratio(m((row) => row.restore), m((row) => row.tarX))}\n`);
    const start = starts[0]!;
    process.stdout.write(`  restored stack to ready (replay) ${formatMs(start.restored).padStart(8)}   reference warm restart of the source  ${formatMs(start.warm).padStart(8)}   ratio ${ratio(start.restored, start.warm)} (one run)\n`);
  } finally {
    await source.stop();
    await rm(work, { recursive: true, force: true });
  }
}
