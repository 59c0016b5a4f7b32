import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import type { Bundle, OperationOutcome, Patient } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PatientErasedError, PatientKeyring, TOMBSTONE_TYPE } from '../../functions/vault/storage/patient-keys.ts';
import { SealedObjects } from '../../functions/vault/storage/sealed-object.ts';
import { EXCHANGE_KEY_ALIAS } from '../../infra/local/provision.ts';
import { dataFiles, SYNTHEA_DIRECTORY } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { StoreInspector } from '../support/vault-inspection.ts';

/**
 * A person's erasure by the exchange's admin under a legal order (`POST /admin/erasures`,
 * functions/admin-erasures) on the local stack: two providers hold the same Synthea patient (same
 * SSN, so the same pseudonym, each in its own partition under its own branch key); the admin names
 * the person by the SSN and gives the order's reference; afterwards neither provider reads (410) nor
 * stores (409) anything for the person, and the ciphertext kept from before opens for nobody. Then
 * the privacy scan of the audit entries that reads, a holder's erasure and the admin's erasure wrote.
 */

const FHIR = 'application/fhir+json';
const US_SSN = 'http://hl7.org/fhir/sid/us-ssn';
const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
const HOSPITAL_A = 'dev-hospital-a';
const CLINIC_B = 'dev-clinic-b';
const REASON = 'District Court order 2026-CV-0117';

let stack: StackProcess;
let store: StoreInspector;
const tokens = { a: '', b: '', admin: '' };

/** Synthea's directory bundles (posted first: the patient bundles refer to them conditionally) and its patient bundles, of one generator. */
const SYNTHEA = dataFiles('synthea-r4-smart-generated').sort();
const DIRECTORY = SYNTHEA.filter((file) => SYNTHEA_DIRECTORY.test(basename(file)));
const PATIENTS = SYNTHEA.filter((file) => !DIRECTORY.includes(file));

/** The person both providers hold, and another patient of provider A's that the erasure must not touch. */
const person = { bundle: JSON.parse(readFileSync(PATIENTS[0]!, 'utf8')) as Bundle, ssn: '', pseudonym: '', atA: [] as string[], atB: [] as string[] };
const other = { bundle: JSON.parse(readFileSync(PATIENTS[1]!, 'utf8')) as Bundle, atA: [] as string[] };

const patientOf = (bundle: Bundle) => bundle.entry!.find((entry) => entry.resource?.resourceType === 'Patient')!.resource as Patient;
const idOf = (locations: string[], type: string) => locations.find((where) => where.startsWith(`${type}/`))!.split('/')[1]!;

async function fhir(method: 'GET' | 'POST', path: string, token: string, body?: unknown) {
  const response = await fetch(`${stack.info.fhirBase}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': FHIR }) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function erase(body: unknown, token = tokens.admin, contentType = 'application/json') {
  const response = await fetch(`${stack.info.adminBase}/erasures`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Record<string, unknown> };
}

/** Posts a transaction; returns the locations (`Type/id/_history/n`) of its entries. */
async function post(token: string, bundle: Bundle): Promise<string[]> {
  const answer = await fhir('POST', '', token, bundle);
  expect(answer.status).toBe(200);
  return (answer.body as unknown as Bundle).entry!.map((entry) => entry.response!.location!);
}

/** The person's object items in the catalog, per holder. */
async function objectsOf(pseudonym: string): Promise<{ holder: string; objectKey: string }[]> {
  return (await store.items('catalog'))
    .filter((item) => item['pk'] === `p#${pseudonym}` && String(item['sk']).startsWith('obj#'))
    .map((item) => ({ holder: item['providerId'] as string, objectKey: item['objectKey'] as string }));
}

beforeAll(async () => {
  stack = await StackProcess.start();
  store = new StoreInspector(stack.info);
  [tokens.a, tokens.b, tokens.admin] = await Promise.all([stack.token('dev-provider-a'), stack.token('dev-provider-b'), stack.token('dev-admin')]);
  for (const file of DIRECTORY) for (const token of [tokens.a, tokens.b]) await post(token, JSON.parse(readFileSync(file, 'utf8')) as Bundle);
  person.ssn = patientOf(person.bundle).identifier!.find((identifier) => identifier.system === US_SSN)!.value!;
  person.atA = await post(tokens.a, person.bundle);
  // Provider B's copy of the same person: the same SSN, its own MRN.
  const atB = structuredClone(person.bundle);
  const mrn = patientOf(atB).identifier!.find((identifier) => identifier.type?.coding?.[0]?.code === 'MR')!;
  mrn.value = `clinic-b-${mrn.value}`;
  person.atB = await post(tokens.b, atB);
  other.atA = await post(tokens.a, other.bundle);
  const catalog = await store.items('catalog');
  person.pseudonym = catalog.find((item) => item['pk'] === `r#${HOSPITAL_A}#Patient#${idOf(person.atA, 'Patient')}` && item['sk'] === 'current')!['pseudonym'] as string;
  const atBPseudonym = catalog.find((item) => item['pk'] === `r#${CLINIC_B}#Patient#${idOf(person.atB, 'Patient')}` && item['sk'] === 'current')!['pseudonym'];
  expect(atBPseudonym).toBe(person.pseudonym);
});

afterAll(async () => {
  store?.destroy();
  await stack?.dispose();
});

describe('POST /admin/erasures', () => {
  test("a provider's token is refused (403 OperationOutcome) and nothing changes", async () => {
    const before = await store.snapshot();
    const refused = await erase({ identifier: `${US_SSN}|${person.ssn}`, reason: REASON }, tokens.a);
    expect(refused.status).toBe(403);
    const outcome = refused.body as unknown as OperationOutcome;
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue[0]!.code).toBe('forbidden');
    expect(refused.text).not.toContain(person.ssn);
    expect(await store.snapshot()).toEqual(before);
  });

  test('a bad body is a 400 OperationOutcome naming the element, never echoing the identifier, and nothing changes', async () => {
    const before = await store.snapshot();
    const identifier = `${US_SSN}|${person.ssn}`;
    const cases: { body: unknown; expression: string }[] = [
      { body: { identifier }, expression: 'reason' },
      { body: { identifier, reason: '   ' }, expression: 'reason' },
      { body: { identifier, reason: 'x'.repeat(501) }, expression: 'reason' },
      { body: { identifier, reason: 'order\u0000 1' }, expression: 'reason' },
      // The reason is the order's reference: repeating the SSN in it would store it in the audit log.
      { body: { identifier, reason: `order about ${person.ssn.replaceAll('-', '')}` }, expression: 'reason' },
      { body: { reason: REASON }, expression: 'identifier' },
      { body: { identifier: 42, reason: REASON }, expression: 'identifier' },
      { body: { identifier: person.ssn, reason: REASON }, expression: 'identifier' },
      { body: { identifier: `|${person.ssn}`, reason: REASON }, expression: 'identifier' },
      // Not a system the exchange links people by, and an SSN that is never issued.
      { body: { identifier: `http://hospital.smarthealthit.org|${person.ssn}`, reason: REASON }, expression: 'identifier' },
      { body: { identifier: `${US_SSN}|000-12-3456`, reason: REASON }, expression: 'identifier' },
    ];
    for (const { body, expression } of cases) {
      const answer = await erase(body);
      const label = `${JSON.stringify(body).slice(0, 80)} → ${expression}`;
      expect(answer.status, label).toBe(400);
      const outcome = answer.body as unknown as OperationOutcome;
      expect(outcome.resourceType, label).toBe('OperationOutcome');
      expect(outcome.issue.flatMap((issue) => issue.expression ?? []), label).toEqual([expression]);
      expect(answer.text, label).not.toContain(person.ssn);
      expect(answer.text, label).not.toContain(person.ssn.replaceAll('-', ''));
    }
    const unknown = await erase({ identifier, reason: REASON, patient: 'Patient/1' });
    expect(unknown.status).toBe(400);
    expect((unknown.body as unknown as OperationOutcome).issue[0]!.code).toBe('structure');
    expect((await erase('{"identifier":')).status).toBe(400);
    expect((await erase(JSON.stringify({ identifier, reason: REASON }), tokens.admin, 'text/plain')).status).toBe(415);
    expect(await store.snapshot()).toEqual(before);
  });

  test('a person the exchange holds nothing for is a 404, with nothing written (not even an audit entry)', async () => {
    const before = await store.snapshot();
    const answer = await erase({ identifier: `${US_SSN}|999-70-1357`, reason: REASON });
    expect(answer.status).toBe(404);
    expect((answer.body as unknown as OperationOutcome).issue[0]!.code).toBe('not-found');
    expect(answer.text).not.toContain('999-70-1357');
    expect(await store.snapshot()).toEqual(before);
  });

  test("the admin erases the person at both holders: 200 with counts; both holders' reads answer 410, neither stores new data (409), the kept ciphertext opens for nobody, another patient is untouched", async () => {
    // Both holders read the person first (their audit entries are scanned below).
    for (const [token, locations] of [[tokens.a, person.atA], [tokens.b, person.atB]] as const) {
      expect((await fhir('GET', `/Patient/${idOf(locations, 'Patient')}`, token)).status).toBe(200);
      expect((await fhir('GET', `/Patient/${idOf(locations, 'Patient')}/$everything`, token)).status).toBe(200);
    }
    const objects = await objectsOf(person.pseudonym);
    expect(objects.map((object) => object.holder).sort()).toEqual([CLINIC_B, HOSPITAL_A]);
    const kept = await Promise.all(objects.map(async (object) => ({ ...object, bytes: await store.object('vault', object.objectKey) })));
    const resources = new Set(
      (await store.items('catalog')).filter((item) => item['pk'] === `p#${person.pseudonym}` && String(item['sk']).startsWith('obj#')).flatMap((item) => (item['entries'] as string[]).map((entry) => `${String(item['providerId'])}/${entry.split('/').slice(0, 2).join('/')}`)),
    );

    const erased = await erase({ identifier: `${US_SSN}|${person.ssn}`, reason: REASON });
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({ erased: true, alreadyErased: false, holders: 2, objects: 2, resources: resources.size, keyItems: 6 });
    expect(erased.text).not.toContain(person.ssn);
    expect(erased.text).not.toContain(person.ssn.replaceAll('-', ''));

    // Every holder's reads of the person answer 410.
    for (const [token, locations] of [[tokens.a, person.atA], [tokens.b, person.atB]] as const) {
      for (const path of [`/Patient/${idOf(locations, 'Patient')}`, `/Observation/${idOf(locations, 'Observation')}`, `/Patient/${idOf(locations, 'Patient')}/$everything`]) {
        const read = await fhir('GET', path, token);
        expect(read.status, path).toBe(410);
        expect((read.body as unknown as OperationOutcome).issue[0]!.code, path).toBe('deleted');
      }
    }
    // No holder stores new data for the person (another bundle id: a new request, not a replay).
    for (const token of [tokens.a, tokens.b]) {
      const again = await fhir('POST', '', token, { ...person.bundle, id: 'after-erasure' });
      expect(again.status).toBe(409);
      expect((again.body as unknown as OperationOutcome).issue[0]!.code).toBe('conflict');
    }
    // Only tombstones are left of the keys: the person's and each holder's.
    const branchKeys = (await store.items('branchKeys')).filter((item) => String(item['branch-key-id']).startsWith(person.pseudonym));
    expect(branchKeys.map((item) => `${String(item['branch-key-id'])} ${String(item['type'])}`).sort()).toEqual(
      [`${person.pseudonym} ${TOMBSTONE_TYPE}`, `${person.pseudonym}.${CLINIC_B} ${TOMBSTONE_TYPE}`, `${person.pseudonym}.${HOSPITAL_A} ${TOMBSTONE_TYPE}`].sort(),
    );
    expect(await objectsOf(person.pseudonym)).toEqual([]);
    const remaining = new Set(await store.objectKeys('vault'));
    for (const { objectKey } of kept) expect(remaining.has(objectKey), objectKey).toBe(false);

    // The ciphertext kept from before (a backup, a noncurrent version) no longer opens, with any KMS access.
    const region = stack.info.services.region;
    const kms = new KMSClient({ region, endpoint: stack.info.services.kms, credentials: CREDENTIALS });
    const dynamo = new DynamoDBClient({ region, endpoint: stack.info.services.dynamodbLocal, credentials: CREDENTIALS });
    try {
      const vaultKeyArn = (await kms.send(new DescribeKeyCommand({ KeyId: EXCHANGE_KEY_ALIAS }))).KeyMetadata!.Arn!;
      const keyring = new PatientKeyring({ BRANCH_KEY_TABLE: StoreInspector.table('branchKeys'), VAULT_KMS_KEY_ARN: vaultKeyArn, BRANCH_KEY_CACHE_SECONDS: 1, BRANCH_KEY_CACHE_ENTRIES: 10 }, { kms, dynamo });
      const sealer = new SealedObjects(keyring);
      for (const { holder, objectKey, bytes } of kept) {
        await expect(sealer.open(bytes, { pseudonym: person.pseudonym, providerId: holder, objectId: objectKey }), holder).rejects.toBeInstanceOf(PatientErasedError);
      }
    } finally {
      kms.destroy();
      dynamo.destroy();
    }

    // Another patient of provider A's is untouched.
    expect((await fhir('GET', `/Patient/${idOf(other.atA, 'Patient')}`, tokens.a)).status).toBe(200);
  });

  test('the erasure left one audit entry per holder partition: basis admin, purpose HLEGAL, the reason, ids only', async () => {
    const entries = (await store.items('audit')).filter((entry) => entry['pk'] === `a#${person.pseudonym}` && entry['action'] === 'erase-person');
    expect(entries.map((entry) => entry['holder']).sort()).toEqual([CLINIC_B, HOSPITAL_A]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ clientId: 'dev-admin', basis: 'admin', purpose: 'HLEGAL', reason: REASON, resources: [], resourceCount: 0 });
      expect(entry['providerId']).toBeUndefined();
      expect(Object.keys(entry).sort()).toEqual(['action', 'basis', 'clientId', 'holder', 'pk', 'pseudonym', 'purpose', 'reason', 'recordedAt', 'requestId', 'resourceCount', 'resources', 'sk']);
    }
  });

  test('a retry answers 200 with alreadyErased and changes nothing, not even the audit log', async () => {
    const before = await store.snapshot();
    const retry = await erase({ identifier: `${US_SSN}|${person.ssn.replaceAll('-', '')}`, reason: REASON });
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ erased: true, alreadyErased: true, objects: 0, resources: 0, keyItems: 0 });
    expect(await store.snapshot()).toEqual(before);
  });
});

describe('privacy', () => {
  /** Every form of the person's and the other patient's names, SSNs, MRNs and birth dates, and the identifiers the admin sent. */
  function phi(): string[] {
    const values = new Set<string>();
    for (const patient of [patientOf(person.bundle), patientOf(other.bundle)]) {
      for (const name of patient.name ?? []) {
        for (const given of name.given ?? []) if (given.length >= 4) values.add(given);
        if (name.family && name.family.length >= 4) values.add(name.family);
      }
      for (const identifier of patient.identifier ?? []) {
        const code = identifier.type?.coding?.[0]?.code;
        if ((code === 'SS' || code === 'MR') && identifier.value) values.add(identifier.value);
        if (code === 'SS' && identifier.value) values.add(identifier.value.replaceAll('-', ''));
      }
      if (patient.birthDate) values.add(patient.birthDate);
    }
    for (const ssn of [person.ssn, person.ssn.replaceAll('-', '')]) values.add(`${US_SSN}|${ssn}`);
    return [...values];
  }

  test("the audit entries of reads, a holder's erasure and the admin's erasure, the logs and the data folder hold no name, SSN, MRN, birth date or identifier sent", async () => {
    // A holder's erasure of the other patient, so that its entry is scanned too.
    expect((await fhir('POST', `/Patient/${idOf(other.atA, 'Patient')}/$erase`, tokens.a, '')).status).toBe(200);
    const audit = await store.items('audit');
    expect([...new Set(audit.map((entry) => entry['action']))]).toEqual(expect.arrayContaining(['read', 'everything', 'erase', 'erase-person']));
    // A control: the scan reads the entries as stored (the reason is there, as written).
    const auditText = JSON.stringify(audit);
    expect(auditText).toContain(REASON);

    const values = phi();
    expect(values.length).toBeGreaterThanOrEqual(12);
    // Files on disk hold ciphertext, where any given 4 bytes occur by chance: there only values of 6
    // characters or more count; the audit entries and the logs, text the exchange wrote, are searched for all.
    const haystacks: { where: string; text: string; binary?: boolean }[] = [{ where: 'audit table', text: auditText }, { where: 'logs', text: stack.output }];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else haystacks.push({ where: path, text: (await readFile(path)).toString('latin1'), binary: true });
      }
    };
    await walk(stack.dataDir);
    expect(stack.output).toContain('person erased');
    const found = haystacks.flatMap(({ where, text, binary }) => values.filter((value) => (!binary || value.length >= 6) && text.includes(value)).map((value) => `${where}: ${value.length} chars`));
    expect(found).toEqual([]);
  });
});
