import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/local-stack-process.ts';
import { formatMs, median } from './stats.ts';

/**
 * `npm start` time to ready: from spawning the process to the FHIR base answering `metadata`,
 * cold (`--fresh`: empty data folder, contracts compiled and deployed, tables, buckets, keys and
 * dev clients created) and warm (same folder again). The reference is the 15 s budget for a warm
 * start; the ratio says how far under it the stack comes up.
 */
const WARM_BUDGET_MS = 15_000;

async function timeToReady(dataDir: string, fresh: boolean): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(REPO_ROOT, 'infra/local/start.ts'), '--port', '0', '--data-dir', dataDir, ...(fresh ? ['--fresh'] : [])], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((candidate) => candidate.startsWith('http://'));
      if (line) resolve(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
  });
  const response = await fetch(`${base}/metadata`);
  if (response.status !== 200) throw new Error(`metadata answered ${response.status}`);
  const elapsed = performance.now() - started;
  const stopped = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await stopped;
  const info = JSON.parse(await readFile(join(dataDir, 'chain', 'deployments.json'), 'utf8')) as { contracts: Record<string, string> };
  if (Object.keys(info.contracts).length === 0) throw new Error('no contracts deployed');
  return elapsed;
}

export async function startupBenchmark(runs: number): Promise<void> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < runs; run++) {
    const dataDir = await mkdtemp(join(tmpdir(), 'fhirx-bench-'));
    try {
      cold.push(await timeToReady(dataDir, true));
      warm.push(await timeToReady(dataDir, false));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
    process.stderr.write(`run ${run + 1}/${runs}: cold ${formatMs(cold.at(-1)!)}, warm ${formatMs(warm.at(-1)!)}\n`);
  }
  const rows = [
    ['cold start (--fresh)', median(cold)],
    ['warm start (same data folder)', median(warm)],
  ] as const;
  process.stdout.write(`\nnpm start, time to a 200 from metadata (median of ${runs} runs)\n`);
  for (const [label, ms] of rows) process.stdout.write(`  ${label.padEnd(32)} ${formatMs(ms).padStart(8)}\n`);
  process.stdout.write(`  warm-start budget                ${formatMs(WARM_BUDGET_MS).padStart(8)}\n`);
  process.stdout.write(`  warm start / budget              ${(median(warm) / WARM_BUDGET_MS).toFixed(3)} (${(WARM_BUDGET_MS / median(warm)).toFixed(1)}x under)\n`);
}
