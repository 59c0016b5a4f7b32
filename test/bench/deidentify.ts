import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createDeidentifier, safeHarborConfig, type AnonymizerConfig } from '../../functions/deid/engine.ts';
import { syntheaPatientBundles } from '../support/fhir-data.ts';
import { formatMs, median } from './stats.ts';

/**
 * `npm run bench -- deid`: the de-identification engine alone, on one core, with the Safe Harbor
 * configuration, over every resource of the Synthea patient bundles (one resource at a time, as
 * an export de-identifies them), beside a JSON round trip of the same resources in the same run.
 */

export interface EngineMeasure {
  resources: number;
  runs: number;
  /** Median wall time of one pass over all resources. */
  medianMs: number;
  /** Median CPU time (user + system) of one pass; on a shared machine the fairer figure for one core. */
  medianCpuMs: number;
  resourcesPerSecond: number;
  resourcesPerCpuSecond: number;
}

/** Every resource of the Synthea patient bundles, parsed. */
export function syntheaResources(): { resourceType: string }[] {
  return syntheaPatientBundles().flatMap((file) => {
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as { entry?: { resource?: { resourceType: string } }[] };
    return (bundle.entry ?? []).flatMap((entry) => (entry.resource ? [entry.resource] : []));
  });
}

/** Keys made for the run; none is kept anywhere. */
export function benchSafeHarborConfig(firstRules: readonly Record<string, unknown>[] = []): AnonymizerConfig {
  return safeHarborConfig({ dateShiftKey: randomBytes(32).toString('hex'), cryptoHashKey: randomBytes(32).toString('hex'), encryptKey: randomBytes(16).toString('hex') }, firstRules);
}

function measure(resources: readonly { resourceType: string }[], runs: number, pass: (resource: { resourceType: string }) => unknown): EngineMeasure {
  // One pass to warm the JIT and the engine's caches, not counted.
  for (const resource of resources) pass(resource);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    for (const resource of resources) pass(resource);
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const medianMs = median(wall);
  const medianCpuMs = median(cpu);
  return {
    resources: resources.length,
    runs,
    medianMs,
    medianCpuMs,
    resourcesPerSecond: resources.length / (medianMs / 1000),
    resourcesPerCpuSecond: resources.length / (medianCpuMs / 1000),
  };
}

/** The engine alone: de-identifies each resource `runs` times over (after one warm-up pass). */
export function measureEngine(resources: readonly { resourceType: string }[], runs = 7, config: AnonymizerConfig = benchSafeHarborConfig()): EngineMeasure {
  const engine = createDeidentifier(config);
  return measure(resources, runs, (resource) => engine.deidentify(resource));
}

/** The reference: a JSON round trip of each resource (serialise + parse), which any export pays anyway. */
export function measureJsonRoundTrip(resources: readonly { resourceType: string }[], runs = 7): EngineMeasure {
  return measure(resources, runs, (resource) => JSON.parse(JSON.stringify(resource)));
}

export async function deidBenchmark(runs: number): Promise<void> {
  const resources = syntheaResources();
  const engine = measureEngine(resources, runs);
  const reference = measureJsonRoundTrip(resources, runs);
  const rate = (value: number) => Math.round(value).toLocaleString('en-US').padStart(9);
  process.stdout.write(`\nDe-identify ${resources.length} Synthea resources one at a time (Safe Harbor configuration), median of ${runs} runs\n`);
  process.stdout.write(`  engine                ${formatMs(engine.medianMs).padStart(8)} wall ${rate(engine.resourcesPerSecond)} resources/s   ${formatMs(engine.medianCpuMs).padStart(8)} CPU ${rate(engine.resourcesPerCpuSecond)} resources/CPU-s\n`);
  process.stdout.write(`  JSON round trip       ${formatMs(reference.medianMs).padStart(8)} wall ${rate(reference.resourcesPerSecond)} resources/s   ${formatMs(reference.medianCpuMs).padStart(8)} CPU ${rate(reference.resourcesPerCpuSecond)} resources/CPU-s\n`);
  process.stdout.write(`  engine / round trip   ${(engine.medianCpuMs / reference.medianCpuMs).toFixed(1)}x the CPU time; target >= 20,000 resources/s on one core\n`);
}
