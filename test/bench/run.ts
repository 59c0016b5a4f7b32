import { parseArgs } from 'node:util';
import { startupBenchmark } from './startup.ts';
import { validateBenchmark } from './validate.ts';

/**
 * `npm run bench -- NAME [--runs N]`: benchmarks, each run side by side with its reference and
 * reported as medians of several runs (these machines are shared and noisy).
 */
const benchmarks: Record<string, (runs: number) => Promise<void>> = {
  // Loaded on demand: it brings aws-cdk-lib and esbuild into the process, which the others should not carry.
  bundles: async (runs) => (await import('./bundles.ts')).bundlesBenchmark(runs),
  startup: startupBenchmark,
  validate: validateBenchmark,
};

const { positionals, values } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' } } });
const [name] = positionals;
const bench = name ? benchmarks[name] : undefined;
if (!bench) {
  process.stderr.write(`Usage: npm run bench -- <${Object.keys(benchmarks).join('|')}> [--runs N]\n`);
  process.exit(2);
}
await bench(Number(values.runs));
