import { readFileSync } from 'node:fs';
import { BroadcastChannel } from 'node:worker_threads';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import type { Bundle, Condition, Observation, Patient } from 'fhir/r4.d.ts';
import { describe, expect, test } from 'vitest';
import { decide } from '../../functions/access/decide.ts';
import type { Principal } from '../../functions/access/principal.ts';
import { parseScope } from '../../functions/access/smart-scopes.ts';
import type { SmartScope } from '../../functions/access/smart-scopes.ts';
import { createDeidentifier, safeHarborConfig } from '../../functions/deid/engine.ts';
import { deriveDeidKeys } from '../../functions/export/deid-keys.ts';
import { ERRORS, ExportFiles, errorFileKey, fileKey, partKey, patientPart } from '../../functions/export/export-files.ts';
import { EXPORT_FIRST_RULES } from '../../functions/export/export-services.ts';
import { LOCAL_EXPORT_WAKE_CHANNEL, wakeLocalExportWorker } from '../../functions/export/local-wake.ts';
import { groupMembers } from '../../functions/export/export-groups.ts';
import { isLenient, parseKickOff } from '../../functions/export/export-request.ts';
import type { KickOffInput } from '../../functions/export/export-request.ts';
import { passesTypeFilters } from '../../functions/export/type-filters.ts';
import { OperationOutcomeError } from '../../functions/fhir/outcomes.ts';
import { STORABLE_RESOURCE_TYPES } from '../../functions/routes.ts';
import { syntheaPatientBundles } from '../support/fhir-data.ts';

/** The Bulk Data kick-off rules, `_typeFilter` evaluation and the research-consent decision, without a stack. */

const STORABLE = new Set(STORABLE_RESOURCE_TYPES);
const get = (query: string, prefer?: string): KickOffInput => ({ level: 'system', url: `http://x/fhir/$export?${query}`, method: 'GET', query, storableTypes: STORABLE, ...(prefer ? { prefer } : {}) });
const post = (parameter: unknown[], prefer?: string): KickOffInput => ({ level: 'system', url: 'http://x/fhir/$export', method: 'POST', body: { resourceType: 'Parameters', parameter }, storableTypes: STORABLE, ...(prefer ? { prefer } : {}) });

function failure(run: () => unknown): { status: number; expression: string[] | undefined } {
  try {
    run();
  } catch (error) {
    if (error instanceof OperationOutcomeError) return { status: error.status, expression: error.outcome.issue[0]!.expression };
    throw error;
  }
  throw new Error('expected an OperationOutcomeError');
}

const scopes = (...texts: string[]): SmartScope[] => texts.map((text) => parseScope(text)!);

describe('kick-off parameters', () => {
  test('the three names of NDJSON are accepted; anything else is a 400 naming _outputFormat', () => {
    for (const format of ['application/fhir+ndjson', 'application/ndjson', 'ndjson']) expect(parseKickOff(get(`_outputFormat=${encodeURIComponent(format)}`)).types).toBeUndefined();
    expect(failure(() => parseKickOff(get('_outputFormat=text%2Fcsv')))).toEqual({ status: 400, expression: ['_outputFormat'] });
  });

  test('repeated _type parameters are one comma-separated list, without duplicates', () => {
    expect(parseKickOff(get('_type=Patient,Condition&_type=Observation&_type=Patient')).types).toEqual(['Patient', 'Condition', 'Observation']);
    expect(parseKickOff(post([{ name: '_type', valueString: 'Patient' }, { name: '_type', valueString: 'Encounter,Condition' }])).types).toEqual(['Patient', 'Encounter', 'Condition']);
  });

  test('an unknown type is a 400, or ignored and reported under handling=lenient', () => {
    expect(failure(() => parseKickOff(get('_type=Patient,Nonsense')))).toEqual({ status: 400, expression: ['_type'] });
    const lenient = parseKickOff(get('_type=Patient,Nonsense', 'respond-async, handling=lenient'));
    expect(lenient.types).toEqual(['Patient']);
    expect(lenient.ignored).toEqual([{ parameter: '_type', text: expect.stringContaining('Nonsense') }]);
  });

  test('_since must be one FHIR instant with a time zone', () => {
    expect(parseKickOff(get('_since=2026-01-31T10:00:00%2B01:00')).since).toBe('2026-01-31T09:00:00.000Z');
    for (const bad of ['2026-01-31', 'yesterday', '2026-01-31T10:00:00']) expect(failure(() => parseKickOff(get(`_since=${bad}`))).expression).toEqual(['_since']);
  });

  test('patient is a POST parameter naming Patients by de-identified id: on a GET it is a 400; anything but a Patient reference is a 400 naming it, never ignored (not even when lenient)', () => {
    expect(failure(() => parseKickOff(get('patient=Patient/1'))).expression).toEqual(['patient']);
    const named = parseKickOff(post([{ name: 'patient', valueReference: { reference: 'Patient/a1b2' } }, { name: 'patient', valueReference: { reference: 'Patient/c3' } }, { name: 'patient', valueReference: { reference: 'Patient/a1b2' } }], 'handling=lenient'));
    expect(named.patientIds).toEqual(['a1b2', 'c3']);
    expect(named.ignored).toEqual([]);
    for (const reference of ['Observation/1', 'Patient/', 'https://elsewhere.example/Patient/1', 'Patient/1/_history/2']) {
      expect(failure(() => parseKickOff(post([{ name: 'patient', valueReference: { reference } }], 'handling=lenient'))).expression, reference).toEqual(['patient']);
    }
    expect(failure(() => parseKickOff(post([{ name: 'patient', valueString: 'Patient/1' }], 'handling=lenient'))).expression).toEqual(['patient']);
  });

  test('_elements, includeAssociatedData and unknown parameters are refused unless lenient', () => {
    for (const query of ['_elements=id', 'includeAssociatedData=LatestProvenanceResources', 'foo=bar']) {
      expect(failure(() => parseKickOff(get(query))).status).toBe(400);
      expect(parseKickOff(get(query, 'respond-async,handling=lenient')).ignored).toHaveLength(1);
    }
  });

  test('a POST body must be Parameters whose values are strings, naming the failing parameter', () => {
    expect(failure(() => parseKickOff({ ...post([]), body: { resourceType: 'Bundle' } })).expression).toEqual(['Parameters']);
    expect(failure(() => parseKickOff(post([{ name: '_type', valueInteger: 3 }]))).expression).toEqual(['Parameters.parameter[0].value[x]']);
  });

  test('_typeFilter: several searches in one value and in repeated values; _include and _sort are refused; an unsupported parameter is ignored when lenient', () => {
    const parsed = parseKickOff(get(`_typeFilter=${encodeURIComponent('Condition?code=http%3A%2F%2Fsnomed.info%2Fsct%7C44054006,Observation?_lastUpdated=ge2020-01-01')}&_typeFilter=${encodeURIComponent('Observation?code=8867-4')}`));
    expect(parsed.typeFilters).toEqual([
      { type: 'Condition', parameters: [['code', 'http://snomed.info/sct|44054006']] },
      { type: 'Observation', parameters: [['_lastUpdated', 'ge2020-01-01']] },
      { type: 'Observation', parameters: [['code', '8867-4']] },
    ]);
    expect(failure(() => parseKickOff(get(`_typeFilter=${encodeURIComponent('Condition?_include=Condition:subject')}`))).expression).toEqual(['_typeFilter']);
    expect(failure(() => parseKickOff(get(`_typeFilter=${encodeURIComponent('Condition?_sort=date')}`))).expression).toEqual(['_typeFilter']);
    expect(failure(() => parseKickOff(get(`_typeFilter=${encodeURIComponent('Condition?clinical-status=active')}`))).expression).toEqual(['_typeFilter']);
    expect(parseKickOff(get(`_typeFilter=${encodeURIComponent('Condition?clinical-status=active')}`, 'handling=lenient')).typeFilters).toEqual([]);
    expect(failure(() => parseKickOff(get(`_typeFilter=${encodeURIComponent('Observation?_lastUpdated=last-week')}`))).expression).toEqual(['_typeFilter']);
  });

  test('handling=lenient is read from Prefer among other preferences', () => {
    expect(isLenient('respond-async, handling=lenient')).toBe(true);
    expect(isLenient('respond-async')).toBe(false);
    expect(isLenient(undefined)).toBe(false);
  });
});

describe('_typeFilter on Synthea records', () => {
  const bundle = JSON.parse(readFileSync(syntheaPatientBundles()[0]!, 'utf8')) as Bundle;
  const conditions = bundle.entry!.map((entry) => entry.resource!).filter((resource): resource is Condition => resource.resourceType === 'Condition');
  const observations = bundle.entry!.map((entry) => entry.resource!).filter((resource): resource is Observation => resource.resourceType === 'Observation');

  test('code matches system|code, code alone, and any of a comma list; other types pass unfiltered', () => {
    const coding = conditions[0]!.code!.coding![0]!;
    const matches = (token: string) => conditions.filter((condition) => passesTypeFilters([{ type: 'Condition', parameters: [['code', token]] }], 'Condition', condition as never, '2020-01-01T00:00:00Z'));
    const expected = conditions.filter((condition) => condition.code!.coding!.some((other) => other.system === coding.system && other.code === coding.code));
    expect(matches(`${coding.system}|${coding.code}`)).toEqual(expected);
    expect(matches(coding.code!)).toEqual(expected);
    expect(matches(`http://example.org/other|${coding.code}`)).toEqual([]);
    expect(matches(`http://example.org/other|x,${coding.system}|${coding.code}`)).toEqual(expected);
    expect(passesTypeFilters([{ type: 'Condition', parameters: [['code', 'x']] }], 'Observation', observations[0] as never, '2020-01-01T00:00:00Z')).toBe(true);
  });

  test('_lastUpdated compares the stored version time with the precision given', () => {
    const filter = (value: string) => [{ type: 'Observation', parameters: [['_lastUpdated', value]] as [string, string][] }];
    const observation = observations[0] as never;
    expect(passesTypeFilters(filter('ge2026-03-01'), 'Observation', observation, '2026-03-01T00:00:00Z')).toBe(true);
    expect(passesTypeFilters(filter('gt2026-03-01'), 'Observation', observation, '2026-03-01T23:59:59Z')).toBe(false);
    expect(passesTypeFilters(filter('gt2026-03-01'), 'Observation', observation, '2026-03-02T00:00:00Z')).toBe(true);
    expect(passesTypeFilters(filter('2026-03'), 'Observation', observation, '2026-03-31T12:00:00Z')).toBe(true);
    expect(passesTypeFilters(filter('lt2026'), 'Observation', observation, '2026-01-01T00:00:00Z')).toBe(false);
    expect(passesTypeFilters(filter('le2026-03-01T10:00:00Z'), 'Observation', observation, '2026-03-01T10:00:00.500Z')).toBe(true);
  });

  test('filters of one type are alternatives; the parameters of one filter all apply', () => {
    const coding = conditions[0]!.code!.coding![0]!;
    const token = `${coding.system}|${coding.code}`;
    const both = [{ type: 'Condition', parameters: [['code', token], ['_lastUpdated', 'lt2000']] as [string, string][] }];
    expect(passesTypeFilters(both, 'Condition', conditions[0] as never, '2026-01-01T00:00:00Z')).toBe(false);
    const either = [{ type: 'Condition', parameters: [['code', 'none']] as [string, string][] }, { type: 'Condition', parameters: [['code', token]] as [string, string][] }];
    expect(passesTypeFilters(either, 'Condition', conditions[0] as never, '2026-01-01T00:00:00Z')).toBe(true);
  });
});

describe('the research-consent decision', () => {
  const research: Principal = { kind: 'research', clientId: 'dev-research', scopes: scopes('system/*.rs'), tokenId: 't', purposeOfUse: 'HRESCH' };
  const person = { kind: 'person' as const, pseudonym: 'a'.repeat(64), holders: ['dev-hospital-a', 'dev-clinic-b'] };

  test('a research client may start an export; each person opens every holder only with the research consent in force', () => {
    expect(decide(research, { kind: 'export' }, { kind: 'cohort' })).toMatchObject({ allowed: true, basis: 'research-consent', purposeOfUse: 'HRESCH', partitions: [] });
    expect(decide(research, { kind: 'export' }, person, { researchConsent: true })).toMatchObject({
      allowed: true,
      basis: 'research-consent',
      partitions: [
        { holder: 'dev-hospital-a', pseudonym: person.pseudonym },
        { holder: 'dev-clinic-b', pseudonym: person.pseudonym },
      ],
      resourceTypes: 'all',
    });
    expect(decide(research, { kind: 'export' }, person, { researchConsent: false })).toMatchObject({ allowed: false });
    expect(decide(research, { kind: 'export' }, person)).toMatchObject({ allowed: false });
  });

  test('the types are those the scopes let the client read', () => {
    const narrow: Principal = { ...research, scopes: scopes('system/Patient.rs', 'system/Condition.r') } as Principal;
    const decision = decide(narrow, { kind: 'export' }, person, { researchConsent: true });
    expect(decision.allowed && [...(decision.resourceTypes as Set<string>)].sort()).toEqual(['Condition', 'Patient']);
    const none: Principal = { ...research, scopes: scopes('system/Patient.s') } as Principal;
    expect(decide(none, { kind: 'export' }, { kind: 'cohort' }).allowed).toBe(false);
  });

  test('no other caller exports, and a research client reads no records', () => {
    const provider: Principal = { kind: 'provider', clientId: 'dev-provider-a', providerId: 'dev-hospital-a', scopes: scopes('system/*.cruds'), tokenId: 't', purposeOfUse: 'TREAT' };
    expect(decide(provider, { kind: 'export' }, { kind: 'cohort' }).allowed).toBe(false);
    expect(decide({ ...research, purposeOfUse: 'TREAT' } as Principal, { kind: 'export' }, { kind: 'cohort' }).allowed).toBe(false);
    expect(decide(research, { kind: 'read', resourceType: 'Patient' }, { kind: 'resource', type: 'Patient', id: '1' }).allowed).toBe(false);
    expect(decide(research, { kind: 'everything' }, person, { researchConsent: true }).allowed).toBe(false);
  });
});

describe('de-identification keys', () => {
  test('three distinct keys of the lengths the anonymizer takes, the same for the same secret', () => {
    const secret = new Uint8Array(32).fill(7);
    const keys = deriveDeidKeys(secret);
    expect(keys.dateShiftKey).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.cryptoHashKey).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.byteLength(keys.encryptKey, 'utf8')).toBe(32);
    expect(new Set(Object.values(keys)).size).toBe(3);
    expect(deriveDeidKeys(secret)).toEqual(keys);
    expect(deriveDeidKeys(new Uint8Array(32).fill(8)).cryptoHashKey).not.toBe(keys.cryptoHashKey);
  });
});

describe('export groups', () => {
  test('a Group of persons with Patient members; anything else names the element', () => {
    expect(groupMembers({ resourceType: 'Group', type: 'person', actual: true, member: [{ entity: { reference: 'Patient/abc' } }, { entity: { reference: 'Patient/def' } }] }, 'g')).toEqual(['abc', 'def']);
    const bad = (body: unknown) => failure(() => groupMembers(body, 'g')).expression;
    expect(bad({ resourceType: 'Patient' })).toEqual(['Group']);
    expect(bad({ resourceType: 'Group', id: 'other', type: 'person', actual: true })).toEqual(['Group.id']);
    expect(bad({ resourceType: 'Group', type: 'device', actual: true })).toEqual(['Group.type']);
    expect(bad({ resourceType: 'Group', type: 'person', actual: false })).toEqual(['Group.actual']);
    expect(bad({ resourceType: 'Group', type: 'person', actual: true, member: [{ entity: { reference: 'Practitioner/1' } }] })).toEqual(['Group.member[0].entity.reference']);
  });
});

describe("the export's de-identification configuration", () => {
  const keys = { dateShiftKey: 'a'.repeat(64), cryptoHashKey: 'b'.repeat(64), encryptKey: 'c'.repeat(32) };
  const patients = syntheaPatientBundles().map(
    (file) => (JSON.parse(readFileSync(file, 'utf8')) as Bundle).entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient,
  );

  test('keeps only the year of a birth date, even for a patient whose date shift is zero days', () => {
    // One id in 101 draws a zero shift: the sample's rules alone would leave that birth date as it was.
    const sample = createDeidentifier(safeHarborConfig(keys));
    const zeroShiftId = Array.from({ length: 3000 }, (_, index) => `patient-${index}`).find((id) => sample.deidentify({ ...patients[0]!, id }).birthDate === patients[0]!.birthDate)!;
    expect(zeroShiftId).toBeDefined();
    const exported = createDeidentifier(safeHarborConfig(keys, EXPORT_FIRST_RULES));
    // Safe Harbor: the year only, and nothing at all for an age over 89.
    const over89 = (birthDate: string) => Date.parse(birthDate) < Date.UTC(new Date().getUTCFullYear() - 89, new Date().getUTCMonth(), new Date().getUTCDate());
    for (const each of patients.filter((patient) => patient.birthDate)) {
      const out = exported.deidentify({ ...each, id: zeroShiftId });
      expect(out.birthDate).toBe(over89(each.birthDate!) ? undefined : each.birthDate!.slice(0, 4));
    }
  });

  test('removes the birth date of a person over 89, and still shifts every other date', () => {
    const exported = createDeidentifier(safeHarborConfig(keys, EXPORT_FIRST_RULES));
    const old = exported.deidentify({ ...patients[0]!, birthDate: '1920-03-04', deceasedDateTime: undefined });
    expect(old.birthDate).toBeUndefined();
    const sample = createDeidentifier(safeHarborConfig(keys));
    const withDeath = { ...patients[0]!, id: 'p-1', deceasedDateTime: '2020-05-06T07:08:09-04:00' };
    expect(exported.deidentify(withDeath).deceasedDateTime).toBe(sample.deidentify(withDeath).deceasedDateTime);
  });
});

describe("an export's parts and files", () => {
  /** An export bucket in memory: the S3 calls ExportFiles makes, in order. */
  function memoryBucket() {
    const objects = new Map<string, Buffer>();
    const uploads = new Map<string, Buffer[]>();
    const calls: string[] = [];
    const client = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    const bytes = (body: unknown) => (typeof body === 'string' ? Buffer.from(body) : Buffer.from(body as Uint8Array));
    (client as unknown as { send: (command: unknown) => Promise<unknown> }).send = async (command: unknown) => {
      const input = (command as { input: Record<string, unknown> }).input;
      calls.push((command as object).constructor.name);
      if (command instanceof PutObjectCommand) objects.set(input['Key'] as string, bytes(input['Body']));
      else if (command instanceof GetObjectCommand) {
        const body = objects.get(input['Key'] as string)!;
        return { Body: { transformToByteArray: async () => new Uint8Array(body) } };
      } else if (command instanceof ListObjectsV2Command) {
        return { Contents: [...objects.keys()].filter((key) => key.startsWith(input['Prefix'] as string)).sort().map((Key) => ({ Key })), IsTruncated: false };
      } else if (command instanceof DeleteObjectsCommand) {
        for (const { Key } of (input['Delete'] as { Objects: { Key: string }[] }).Objects) objects.delete(Key);
      } else if (command instanceof CreateMultipartUploadCommand) {
        uploads.set(input['Key'] as string, []);
        return { UploadId: input['Key'] };
      } else if (command instanceof UploadPartCommand) {
        uploads.get(input['Key'] as string)![(input['PartNumber'] as number) - 1] = bytes(input['Body']);
        return { ETag: `"${String(input['PartNumber'])}"` };
      } else if (command instanceof CompleteMultipartUploadCommand) {
        objects.set(input['Key'] as string, Buffer.concat(uploads.get(input['Key'] as string)!));
      }
      return {};
    };
    return { objects, calls, files: new ExportFiles(client, 'export-bucket') };
  }

  test("each patient's lines of every type are one object, read once: the files are each type's sections in patient order, the error file after its leading lines", async () => {
    const { objects, calls, files } = memoryBucket();
    // Three Synthea patients' resources, by type.
    const patients = syntheaPatientBundles().slice(0, 3).map((file) => {
      const byType = new Map<string, string[]>();
      for (const entry of (JSON.parse(readFileSync(file, 'utf8')) as Bundle).entry ?? []) {
        const lines = byType.get(entry.resource!.resourceType) ?? [];
        lines.push(JSON.stringify(entry.resource));
        byType.set(entry.resource!.resourceType, lines);
      }
      return byType;
    });
    const error = JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing', details: { text: 'A Claim could not be de-identified and was left out' } }] });
    patients[1]!.set(ERRORS, [error]);
    for (const [index, sections] of patients.entries()) await files.putPart('job', index, sections);
    expect([...objects.keys()].sort()).toEqual([partKey('job', 0), partKey('job', 1), partKey('job', 2)]);
    // A crashed run's part of the patient it restarts at goes.
    await files.clearPatient('job', 2);
    await files.putPart('job', 2, patients[2]!);

    const types = [...new Set(patients.flatMap((sections) => [...sections.keys()]))].filter((type) => type !== ERRORS).sort();
    expect(types.length).toBeGreaterThan(5);
    calls.length = 0;
    const leading = JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code: 'not-supported' }] });
    expect(await files.assemble('job', types, true, [leading])).toEqual({ errors: true });
    expect(calls.filter((call) => call === 'GetObjectCommand')).toHaveLength(3);
    for (const type of types) {
      const expected = patients.flatMap((sections) => sections.get(type) ?? []);
      expect(String(objects.get(fileKey('job', type))), type).toBe(`${expected.join('\n')}\n`);
    }
    expect(String(objects.get(errorFileKey('job')))).toBe(`${leading}\n${error}\n`);
    await files.deleteParts('job');
    expect([...objects.keys()].filter((key) => key.includes('/parts/'))).toEqual([]);
  });

  test('a run that starts the job hands each part to the files once it is written: the same files, and no part read back', async () => {
    const { objects, calls, files } = memoryBucket();
    const patients = syntheaPatientBundles().slice(0, 3).map((file) => {
      const byType = new Map<string, string[]>();
      for (const entry of (JSON.parse(readFileSync(file, 'utf8')) as Bundle).entry ?? []) byType.set(entry.resource!.resourceType, [...(byType.get(entry.resource!.resourceType) ?? []), JSON.stringify(entry.resource)]);
      return byType;
    });
    const error = JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing', details: { text: 'A Claim could not be de-identified and was left out' } }] });
    patients[2]!.set(ERRORS, [error]);
    const leading = JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code: 'not-supported' }] });
    const types = [...new Set(patients.flatMap((sections) => [...sections.keys()]))].filter((type) => type !== ERRORS).sort();

    const assembly = files.begin('job', [leading]);
    for (const [index, sections] of patients.entries()) await assembly.add(await files.putPart('job', index, sections));
    expect(await assembly.finish(types, true)).toEqual({ errors: true });
    expect(calls.filter((call) => call === 'GetObjectCommand' || call === 'ListObjectsV2Command')).toEqual([]);
    for (const type of types) expect(String(objects.get(fileKey('job', type))), type).toBe(`${patients.flatMap((sections) => sections.get(type) ?? []).join('\n')}\n`);
    expect(String(objects.get(errorFileKey('job')))).toBe(`${leading}\n${error}\n`);

    // Without error sections the error file holds the leading lines alone; the files must be exactly the types counted.
    const again = files.begin('job-2', [leading]);
    await again.add(await files.putPart('job-2', 0, patients[0]!));
    expect(await again.finish([...patients[0]!.keys()].sort(), false)).toEqual({ errors: true });
    expect(String(objects.get(errorFileKey('job-2')))).toBe(`${leading}\n`);
    const counted = files.begin('job-3', []);
    await counted.add(await files.putPart('job-3', 0, patients[0]!));
    await expect(counted.finish([...patients[0]!.keys(), 'Zzz'], false)).rejects.toThrow(/has no section/);
    // Sections are indexed by bytes, not characters: lines beyond ASCII come back whole.
    const accented = files.begin('job-5', []);
    await accented.add(await files.putPart('job-5', 0, new Map([['Patient', ['{"resourceType":"Patient","name":[{"given":["Zoë"],"family":"Ñúñez 🌍"}]}', '{"resourceType":"Patient"}']], ['Observation', []], ['Condition', ['{"resourceType":"Condition","note":[{"text":"ü"}]}']]])));
    await accented.finish(['Condition', 'Patient'], false);
    expect(String(objects.get(fileKey('job-5', 'Patient')))).toBe('{"resourceType":"Patient","name":[{"given":["Zoë"],"family":"Ñúñez 🌍"}]}\n{"resourceType":"Patient"}\n');
    expect(String(objects.get(fileKey('job-5', 'Condition')))).toBe('{"resourceType":"Condition","note":[{"text":"ü"}]}\n');
    const uncounted = files.begin('job-4', []);
    await uncounted.add(await files.putPart('job-4', 0, patients[0]!));
    await expect(uncounted.finish(['Patient'], false)).rejects.toThrow(/did not count/);
  });

  test('a part whose index does not match its bytes, or with a type the job did not count, stops the assembly', async () => {
    const { objects, files } = memoryBucket();
    objects.set(partKey('job', 0), Buffer.from('[["Patient",1,500]]\n{"resourceType":"Patient"}\n'));
    await expect(files.assemble('job', ['Patient'], false, [])).rejects.toThrow(/shorter than its section index/);
    objects.set(partKey('job', 0), patientPart(new Map([['Condition', ['{"resourceType":"Condition"}']]])));
    await expect(files.assemble('job', ['Patient'], false, [])).rejects.toThrow(/did not count/);
  });
});

describe('the local wake channel', () => {
  test("a kick-off on the local stack (no queue) tells the worker thread's sweep the job id at once", async () => {
    const listener = new BroadcastChannel(LOCAL_EXPORT_WAKE_CHANNEL);
    try {
      const heard = new Promise((resolve) => {
        listener.onmessage = (event) => resolve((event as MessageEvent).data);
      });
      wakeLocalExportWorker('3f1c2a44-1d8e-4f7e-9a51-0c6f7b2d9e10');
      expect(await heard).toBe('3f1c2a44-1d8e-4f7e-9a51-0c6f7b2d9e10');
    } finally {
      listener.close();
    }
  });
});
