import { parseArgs } from 'node:util';
import { startupBenchmark } from './startup.ts';
import { validateBenchmark } from './validate.ts';

/**
 * `npm run bench -- NAME [--runs N] [--concurrency C]`: benchmarks, each run side by side with its
 * reference and reported as medians of several runs (these machines are shared and noisy).
 * `--concurrency` is for the ingest benchmark (requests in flight; default 2).
 */
interface BenchOptions {
  concurrency: number;
}

const benchmarks: Record<string, (runs: number, options: BenchOptions) => Promise<void>> = {
  // Loaded on demand (a fresh local stack per run); 3 runs unless --runs says otherwise.
  access: async (runs) => (await import('./access.ts')).accessBenchmark(runs),
  // Loaded on demand (ethers, a private anvil, a fresh local stack per run); 3 runs unless --runs says otherwise.
  anchor: async (runs) => (await import('./anchor.ts')).anchorBenchmark(runs),
  // Backup and restore of a local stack holding the Synthea set (ingested once), beside tar; 3 runs by default.
  backup: async (runs) => (await import('./backup.ts')).backupBenchmark(runs),
  // Loaded on demand: it brings aws-cdk-lib and esbuild into the process, which the others should not carry.
  bundles: async (runs) => (await import('./bundles.ts')).bundlesBenchmark(runs),
  // The de-identification engine alone (Safe Harbor configuration, Synthea resources); 7 runs by default.
  deid: async (runs) => (await import('./deidentify.ts')).deidBenchmark(runs),
  // Bulk Data export for research on a fresh local stack per run, beside its in-process floor and the engine alone; 3 runs by default.
  export: async (runs) => (await import('./export.ts')).exportBenchmark(runs),
  // Loaded on demand too; 3 runs unless --runs says otherwise (each starts a fresh local stack).
  ingest: async (runs, options) => (await import('./ingest.ts')).ingestBenchmark(runs, options),
  // Loaded on demand (a fresh local stack per run, then headless Chromium for the portal); 3 runs unless --runs says otherwise.
  patient: async (runs) => (await import('./patient.ts')).patientBenchmark(runs),
  // Loaded on demand; 3 runs unless --runs says otherwise (each starts a fresh local stack).
  search: async (runs) => (await import('./search.ts')).searchBenchmark(runs),
  startup: startupBenchmark,
  validate: validateBenchmark,
};
/** Runs per benchmark when --runs is not given. */
const DEFAULT_RUNS: Record<string, number> = { access: 3, anchor: 3, backup: 3, deid: 7, export: 3, ingest: 3, patient: 3, search: 3 };

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string' }, concurrency: { type: 'string', default: '2' } },
});
const [name] = positionals;
const bench = name ? benchmarks[name] : undefined;
if (!bench) {
  process.stderr.write(`Usage: npm run bench -- <${Object.keys(benchmarks).join('|')}> [--runs N] [--concurrency C (ingest)]\n`);
  process.exit(2);
}
await bench(Number(values.runs ?? DEFAULT_RUNS[name!] ?? 5), { concurrency: Number(values.concurrency) });
