import { createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  createDeidentifier,
  DeidConfigError,
  DeidProcessingError,
  FhirStructureError,
  parseAnonymizerConfig,
  safeHarborConfig,
} from '../../functions/deid/engine.ts';
import { dateShiftOffset, hashReference } from '../../functions/deid/methods.ts';
import { dataDir, dataFiles, hl7Example, readJsonFile, syntheaPatientBundles } from '../support/fhir-data.ts';

type Json = Record<string, unknown> & { resourceType: string };
type Entry = { fullUrl?: string; resource: Json };
type Bundle = Json & { entry: Entry[] };

const keys = () => ({ dateShiftKey: randomBytes(16).toString('hex'), cryptoHashKey: randomBytes(16).toString('hex'), encryptKey: randomBytes(16).toString('hex') });
const config = (rules: unknown[], parameters: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ fhirVersion: 'R4', fhirPathRules: rules, parameters, ...extra });
const hmac = (key: string, value: string) => createHmac('sha256', key).update(value).digest('hex');

function configError(text: string): DeidConfigError {
  try {
    parseAnonymizerConfig(text);
  } catch (error) {
    if (error instanceof DeidConfigError) return error;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('configuration', () => {
  test('reads the Nimbus configuration with its trailing comma, rules in order, methods case-insensitive', () => {
    const text = readFileSync(join(dataDir('deid-nimbus-covid-pairs'), 'anonymizer-configuration.json'), 'utf8');
    expect(() => JSON.parse(text)).toThrow();
    const parsed = parseAnonymizerConfig(text);
    expect(parsed.rules[0]!.path.text).toBe("nodesByType('Extension')");
    expect(parsed.rules.find((rule) => rule.path.text === "nodesByType('birthdate')")?.method).toBe('dateshift');
    expect(parsed.processingErrors).toBe('raise');
  });

  test('an unknown method is refused, naming the rule', () => {
    const error = configError(config([{ path: 'Patient.name', method: 'redact' }, { path: 'Patient.address', method: 'scramble' }]));
    expect(error.rule).toBe(1);
    expect(error.path).toBe('Patient.address');
    expect(error.message).toMatch(/rule 2 \(Patient\.address\): unknown method "scramble"/);
  });

  test('a path that is not FHIRPath is refused, naming the rule', () => {
    const error = configError(config([{ path: "Patient.name.where(use = 'official'", method: 'redact' }]));
    expect(error.rule).toBe(0);
    expect(error.message).toMatch(/rule 1: path .* is not valid FHIRPath/);
  });

  test('an encryption key that is not 16, 24 or 32 bytes is refused', () => {
    const error = configError(config([{ path: 'Patient.name', method: 'encrypt' }], { encryptKey: 'short-key' }));
    expect(error.path).toBe('parameters.encryptKey');
    expect(error.message).toMatch(/16, 24 or 32 bytes/);
    expect(() => parseAnonymizerConfig(config([{ path: 'Patient.name', method: 'encrypt' }], { encryptKey: 'x'.repeat(24) }))).not.toThrow();
  });

  test('method settings are checked: perturb span, generalize cases, substitute replaceWith', () => {
    expect(configError(config([{ path: 'Observation.value', method: 'perturb', span: -1 }])).message).toMatch(/rule 1 .*span/);
    expect(configError(config([{ path: 'Patient.birthDate', method: 'generalize', cases: { '$this >': "'x'" } }])).message).toMatch(/rule 1 .*not valid FHIRPath/);
    expect(configError(config([{ path: 'Patient.name', method: 'substitute' }])).message).toMatch(/rule 1 .*replaceWith/);
    expect(configError(config([], {}, { processingErrors: 'ignore' })).path).toBe('processingErrors');
  });
});

describe('Safe Harbor on Synthea', () => {
  const bundleFile = syntheaPatientBundles()[0]!;
  const bundle = readJsonFile(bundleFile) as Bundle;
  const patient = bundle.entry.find((entry) => entry.resource.resourceType === 'Patient')!.resource as Json & {
    id: string;
    birthDate: string;
    name: { family: string; given: string[] }[];
    identifier: { value: string }[];
    address: { line: string[]; city: string; postalCode: string }[];
  };
  const k = keys();
  const engine = createDeidentifier(safeHarborConfig(k));

  test('no name, identifier, address line, exact birth date or original id is left in any resource', () => {
    const before = JSON.stringify(bundle);
    const outputs = bundle.entry.map((entry) => JSON.stringify(engine.deidentify(entry.resource)));
    expect(JSON.stringify(bundle)).toBe(before);
    const secrets = [
      patient.id,
      patient.birthDate,
      ...patient.name.flatMap((name) => [name.family, ...name.given]),
      ...patient.identifier.map((identifier) => identifier.value),
      ...patient.address.flatMap((address) => [...address.line, address.city]),
    ];
    for (const output of outputs) for (const secret of secrets) expect(output.includes(secret), `an output still holds ${secret.slice(0, 3)}…`).toBe(false);
  });

  test('the Patient keeps its shape: hashed id, shifted birth date within 50 days, 3-digit ZIP, labels', () => {
    const out = engine.deidentify(patient) as typeof patient & { meta: { security: { code: string }[] } };
    expect(out.id).toBe(hmac(k.cryptoHashKey, patient.id));
    const shiftDays = (Date.parse(out.birthDate) - Date.parse(patient.birthDate)) / 86_400_000;
    expect(shiftDays).toBe(dateShiftOffset(out.id, k.dateShiftKey));
    expect(Math.abs(shiftDays)).toBeLessThanOrEqual(50);
    expect(out.address[0]!.postalCode).toBe(`${patient.address[0]!.postalCode.slice(0, 3)}00`);
    expect(out.meta.security.map((label) => label.code)).toEqual(expect.arrayContaining(['REDACTED', 'ABSTRED', 'CRYTOHASH', 'PERTURBED']));
  });

  test('references to the patient carry the same hash as its id, so records still link', () => {
    const encounter = bundle.entry.find((entry) => entry.resource.resourceType === 'Encounter')!.resource;
    const out = engine.deidentify(encounter) as unknown as { subject: { reference: string } };
    const original = (encounter as unknown as { subject: { reference: string } }).subject.reference;
    const id = original.replace(/^urn:uuid:|^Patient\//, '');
    expect(out.subject.reference).toBe(original.replace(id, hmac(k.cryptoHashKey, id)));
  });

  test('a whole transaction Bundle: entries labelled on their own, the Bundle with the union, fullUrls redacted', () => {
    const out = engine.deidentify(bundle) as Bundle & { meta: { security: { code: string }[] } };
    expect(out.entry).toHaveLength(bundle.entry.length);
    expect(out.entry.every((entry) => entry.fullUrl === undefined)).toBe(true);
    const union = new Set(out.entry.flatMap((entry) => ((entry.resource.meta as { security?: { code: string }[] })?.security ?? []).map((label) => label.code)));
    expect(new Set(out.meta.security.map((label) => label.code))).toEqual(union);
  });
});

describe('Safe Harbor on every official R4 example', () => {
  test('every example is read as R4 (contentReference elements included) and de-identified: no patient keeps a name, a birth date or its id', () => {
    const k = keys();
    const engine = createDeidentifier(safeHarborConfig(k));
    const failures: string[] = [];
    let patients = 0;
    for (const file of dataFiles('hl7-r4-examples')) {
      const input = readJsonFile(file) as Json & { id?: string; name?: unknown[]; birthDate?: string };
      let output: Json & { id?: string; name?: Record<string, unknown>[]; birthDate?: string };
      try {
        output = engine.deidentify(input) as typeof output;
      } catch (error) {
        failures.push(`${file.split('/').at(-1)}: ${(error as Error).message}`);
        continue;
      }
      if (input.resourceType !== 'Patient') continue;
      patients++;
      // A name keeps its use, and its period with shifted dates (the sample shifts dates before it redacts names).
      for (const name of output.name ?? []) expect(Object.keys(name).filter((key) => key !== 'use' && key !== 'period')).toEqual([]);
      if (input.birthDate?.length === 10) {
        // Over 89 today: removed (Safe Harbor); otherwise shifted by the offset of its hashed id, which may be 0 days.
        const born = new Date(input.birthDate);
        const ninetieth = Date.UTC(born.getUTCFullYear() + 90, born.getUTCMonth(), born.getUTCDate());
        const days = dateShiftOffset(output.id ?? '', k.dateShiftKey);
        const shifted = new Date(born.getTime() + days * 86_400_000).toISOString().slice(0, 10);
        expect(output.birthDate).toBe(Date.now() >= ninetieth ? undefined : shifted);
      }
      if (input.id) expect(output.id).not.toBe(input.id);
    }
    expect(failures).toEqual([]);
    expect(patients).toBeGreaterThan(3);
  });
});

describe('methods on official examples', () => {
  const patient = readJsonFile(hl7Example('Patient-example.json')) as Json & { birthDate: string; address: { postalCode: string }[] };

  test('encrypt: AES-CBC with a random IV, base64 of IV and ciphertext, decrypts to the original', () => {
    const key = 'k'.repeat(32);
    const engine = createDeidentifier(parseAnonymizerConfig(config([{ path: 'Patient.address.postalCode', method: 'encrypt' }], { encryptKey: key })));
    const first = engine.deidentify(patient) as typeof patient & { meta: { security: { code: string }[] } };
    const second = engine.deidentify(patient) as typeof patient;
    const sealed = Buffer.from(first.address[0]!.postalCode, 'base64');
    const decipher = createDecipheriv('aes-256-cbc', Buffer.from(key), sealed.subarray(0, 16));
    expect(Buffer.concat([decipher.update(sealed.subarray(16)), decipher.final()]).toString()).toBe(patient.address[0]!.postalCode);
    expect(second.address[0]!.postalCode).not.toBe(first.address[0]!.postalCode);
    expect(first.meta.security.map((label) => label.code)).toEqual(['MASKED']);
  });

  test('dateShift with a fixed offset moves every date by that many days, keeping the zone of dateTimes', () => {
    const engine = createDeidentifier(parseAnonymizerConfig(config([{ path: "nodesByType('date')", method: 'dateShift' }], { dateShiftFixedOffsetInDays: 10 })));
    const out = engine.deidentify(patient) as typeof patient;
    expect(out.birthDate).toBe('1975-01-04');
  });

  test('redact with partial ZIP codes zeroes a restricted prefix entirely', () => {
    const prefix = patient.address[0]!.postalCode.slice(0, 3);
    const engine = createDeidentifier(
      parseAnonymizerConfig(config([{ path: 'Patient.address', method: 'redact' }], { enablePartialZipCodesForRedact: true, restrictedZipCodeTabulationAreas: [prefix] })),
    );
    const out = engine.deidentify(patient) as Json & { address: Record<string, unknown>[] };
    expect(out.address[0]).toEqual({ postalCode: patient.address[0]!.postalCode.replace(/\d/g, '0') });
  });

  test('redact with partial ages keeps an age of 89 or less, and perturb keeps it near', () => {
    const history = readJsonFile(hl7Example('FamilyMemberHistory-father.json')) as Json & { condition: { onsetAge: { value: number } }[] };
    const age = history.condition[0]!.onsetAge.value;
    const redact = createDeidentifier(parseAnonymizerConfig(config([{ path: 'FamilyMemberHistory.condition.onset', method: 'redact' }], { enablePartialAgesForRedact: true })));
    expect((redact.deidentify(history) as typeof history).condition[0]!.onsetAge).toEqual({ value: age });
    const perturb = createDeidentifier(
      parseAnonymizerConfig(config([{ path: 'FamilyMemberHistory.condition.onset as Age', method: 'perturb', span: 0.1, rangeType: 'proportional', roundTo: 0 }])),
    );
    const value = (perturb.deidentify(history) as typeof history).condition[0]!.onsetAge.value;
    expect(Math.abs(value - age)).toBeLessThanOrEqual(Math.ceil(age * 0.05));
    expect(Number.isInteger(value)).toBe(true);
  });

  test('nodesByType and nodesByName inside any FHIRPath expression, and the first rule that matches wins', () => {
    const source = readJsonFile(hl7Example('Patient-example.json')) as Json & { name: { use: string; family?: string }[]; address: { use: string }[] };
    const engine = createDeidentifier(
      parseAnonymizerConfig(
        config([
          { path: "nodesByName('family').first()", method: 'keep' },
          { path: "(nodesByType('HumanName') | nodesByType('Address')).where(use = 'official' or use = 'home')", method: 'redact' },
        ]),
      ),
    );
    const out = engine.deidentify(source) as typeof source;
    const official = source.name.find((name) => name.use === 'official')!;
    expect(out.name[0]).toEqual({ family: official.family });
    expect(out.name.slice(1)).toEqual(source.name.filter((name) => name.use !== 'official'));
    expect(out.address).toBeUndefined();
    expect(source.address.every((address) => address.use === 'home')).toBe(true);
  });

  test('cryptoHash hashes only the id part of each form of reference', () => {
    const hash = (value: string) => `H(${value})`;
    expect(hashReference('Patient/123', hash)).toBe('Patient/H(123)');
    expect(hashReference('Patient/123/_history/2', hash)).toBe('Patient/H(123)/_history/2');
    expect(hashReference('http://example.org/fhir/Patient/123', hash)).toBe('http://example.org/fhir/Patient/H(123)');
    expect(hashReference('#p1', hash)).toBe('#H(p1)');
    expect(hashReference('urn:uuid:04121321-4af5-424c-a0e1-ed3aab1c349d', hash)).toBe('urn:uuid:H(04121321-4af5-424c-a0e1-ed3aab1c349d)');
    expect(hashReference('urn:oid:1.2.3', hash)).toBe('urn:oid:H(1.2.3)');
    expect(hashReference('Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|999', hash)).toBe('Practitioner?identifier=H(http://hl7.org/fhir/sid/us-npi|999)');
  });
});

describe('errors', () => {
  test('a failing rule raises an error that names the rule and not the value', () => {
    const patient = readJsonFile(hl7Example('Patient-example.json')) as Json & { name: { family?: string }[] };
    const family = patient.name.find((name) => name.family)!.family!;
    const engine = createDeidentifier(parseAnonymizerConfig(config([{ path: 'Patient.name.family', method: 'generalize', cases: { '$this >= 0': "'x'" } }])));
    let thrown: unknown;
    try {
      engine.deidentify(patient);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DeidProcessingError);
    expect((thrown as DeidProcessingError).rule).toBe(0);
    expect((thrown as Error).message).toMatch(/rule 1 \(Patient\.name\.family, generalize\)/);
    expect((thrown as Error).message).not.toContain(family);
  });

  test('an element unknown to R4 is refused, naming the element and not its value', () => {
    const engine = createDeidentifier(safeHarborConfig(keys()));
    const account = readJsonFile(join(dataDir('deid-msft-anonymizer-fixtures'), 'resources/Stu3OnlyResource/Account-Stu3.json')) as Json;
    expect(() => engine.deidentify(account)).toThrow(FhirStructureError);
  });
});
