import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import type { Bundle, OperationOutcome, Patient } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PatientErasedError, PatientKeyring } from '../../functions/vault/storage/patient-keys.ts';
import { SealedObjects } from '../../functions/vault/storage/sealed-object.ts';
import { EXCHANGE_KEY_ALIAS } from '../../infra/local/provision.ts';
import { dataFiles } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { StoreInspector } from '../support/vault-inspection.ts';

/**
 * The access decision (functions/access/decide.ts) on the local stack: the three holes found in
 * issue 11, each as a regression test, and the matrix of caller kind × action with the status
 * each answers today (own-records for providers; admin only for a person's erasure).
 */

const FHIR = 'application/fhir+json';
const US_SSN = 'http://hl7.org/fhir/sid/us-ssn';
const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

let stack: StackProcess;
let store: StoreInspector;
const tokens: Record<'a' | 'b' | 'observationReader' | 'patientReader' | 'admin' | 'research', string> = { a: '', b: '', observationReader: '', patientReader: '', admin: '', research: '' };
/** Provider A's Synthea patient: its id, an Observation's id and the SSN. */
let patientId: string;
let observationId: string;
let ssn: string;

async function call(method: 'GET' | 'POST', path: string, token: string, body?: unknown) {
  const response = await fetch(`${stack.info.fhirBase}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': FHIR }) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A transaction with one POSTed Patient carrying nothing but an SSN. */
const oneLinePatient = (value: string): Bundle => ({
  resourceType: 'Bundle',
  type: 'transaction',
  entry: [{ fullUrl: 'urn:uuid:6f1b2a52-6d1e-4c1e-9a52-0b6a7b2f0c11', resource: { resourceType: 'Patient', identifier: [{ system: US_SSN, value }] } as Patient, request: { method: 'POST', url: 'Patient' } }],
});

/** Synthea's shared-resource bundles (posted first: the patient bundles refer to them conditionally) and its patient bundles. */
const SYNTHEA = dataFiles('synthea-r4-smart-generated').sort();
const SHARED = SYNTHEA.filter((file) => /^(hospital|practitioner)Information/.test(basename(file)));
const PATIENTS = SYNTHEA.filter((file) => !SHARED.includes(file));
const syntheaPatientText = (index: number) => readFileSync(PATIENTS[index]!, 'utf8');

const location = (answer: { body: Record<string, unknown> }, index = 0) => (answer.body as unknown as Bundle).entry![index]!.response!.location!.split('/');

beforeAll(async () => {
  stack = await StackProcess.start();
  store = new StoreInspector(stack.info);
  [tokens.a, tokens.b, tokens.observationReader, tokens.patientReader, tokens.admin, tokens.research] = await Promise.all([
    stack.token('dev-provider-a'),
    stack.token('dev-provider-b'),
    stack.token('dev-provider-a', 'system/Observation.r'),
    stack.token('dev-provider-a', 'system/Patient.r'),
    stack.token('dev-admin'),
    stack.token('dev-research', 'system/*.rs'),
  ]);
  for (const file of SHARED) expect((await call('POST', '', tokens.a, readFileSync(file, 'utf8'))).status).toBe(200);
  const text = syntheaPatientText(0);
  const bundle = JSON.parse(text) as Bundle;
  const answer = await call('POST', '', tokens.a, text);
  expect(answer.status).toBe(200);
  const locations = (answer.body as unknown as Bundle).entry!.map((entry) => entry.response!.location!);
  patientId = locations.find((where) => where.startsWith('Patient/'))!.split('/')[1]!;
  observationId = locations.find((where) => where.startsWith('Observation/'))!.split('/')[1]!;
  const patient = bundle.entry!.find((entry) => entry.resource?.resourceType === 'Patient')!.resource as Patient;
  ssn = patient.identifier!.find((identifier) => identifier.system === US_SSN)!.value!;
});

afterAll(async () => {
  store?.destroy();
  await stack?.dispose();
});

describe('the holes of issue 11, closed', () => {
  test('(a) a token with only system/Observation.r cannot $erase: 403 naming Patient.d, and nothing is erased', async () => {
    const before = await store.snapshot();
    const refused = await call('POST', `/Patient/${patientId}/$erase`, tokens.observationReader, '');
    expect(refused.status).toBe(403);
    const outcome = refused.body as unknown as OperationOutcome;
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue[0]!.code).toBe('forbidden');
    expect(outcome.issue[0]!.diagnostics ?? outcome.issue[0]!.details?.text).toContain('system/Patient.d');
    const after = await store.snapshot();
    expect(after.branchKeys).toEqual(before.branchKeys);
    expect(after.objects).toEqual(before.objects);
    expect((await call('GET', `/Patient/${patientId}`, tokens.a)).status).toBe(200);
  });

  test('(b) a token with only system/Patient.r gets only the Patient from $everything', async () => {
    const narrow = await call('GET', `/Patient/${patientId}/$everything`, tokens.patientReader);
    expect(narrow.status).toBe(200);
    const types = (narrow.body as unknown as Bundle).entry!.map((entry) => entry.resource!.resourceType);
    expect(types).toEqual(['Patient']);
    const wide = await call('GET', `/Patient/${patientId}/$everything`, tokens.a);
    expect(new Set((wide.body as unknown as Bundle).entry!.map((entry) => entry.resource!.resourceType)).size).toBeGreaterThan(1);
    // And a token with only Observation.r reads no Patient-level $everything at all.
    expect((await call('GET', `/Patient/${patientId}/$everything`, tokens.observationReader)).status).toBe(403);
  });

  test("(c) provider B's one-line Patient with A's patient's SSN, erased by B, leaves A's records readable and A able to store new data", async () => {
    const posted = await call('POST', '', tokens.b, oneLinePatient(ssn));
    expect(posted.status).toBe(200);
    const [, bPatientId] = location(posted);
    const catalog = await store.items('catalog');
    const pseudonymOf = (provider: string, id: string) => catalog.find((item) => item['pk'] === `r#${provider}#Patient#${id}` && item['sk'] === 'current')!['pseudonym'] as string;
    const pseudonym = pseudonymOf('dev-hospital-a', patientId);
    expect(pseudonymOf('dev-clinic-b', bPatientId!)).toBe(pseudonym);
    const objectOf = (provider: string) => catalog.filter((item) => item['pk'] === `p#${pseudonym}` && String(item['sk']).startsWith(`obj#${provider}#`)).map((item) => item['objectKey'] as string);
    const [bObject] = objectOf('dev-clinic-b');
    const [aObject] = objectOf('dev-hospital-a');
    const keptB = await store.object('vault', bObject!);
    const keptA = await store.object('vault', aObject!);

    const erased = await call('POST', `/Patient/${bPatientId}/$erase`, tokens.b, '');
    expect(erased.status).toBe(200);
    expect((await call('GET', `/Patient/${bPatientId}`, tokens.b)).status).toBe(410);

    // A's records are untouched, and A still stores new data for the person.
    expect((await call('GET', `/Patient/${patientId}`, tokens.a)).status).toBe(200);
    expect((await call('GET', `/Observation/${observationId}`, tokens.a)).status).toBe(200);
    const more = await call('POST', '', tokens.a, {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [{ resource: { resourceType: 'Observation', status: 'final', code: { text: 'follow-up' }, subject: { reference: `Patient/${patientId}` } }, request: { method: 'POST', url: 'Observation' } }],
    });
    expect(more.status).toBe(200);
    expect((await call('GET', `/${location(more).slice(0, 2).join('/')}`, tokens.a)).status).toBe(200);

    // B's branch key for the person is gone (its tombstone is left), A's is active.
    const branchKeys = await store.items('branchKeys');
    expect(branchKeys.filter((item) => item['branch-key-id'] === `${pseudonym}.dev-clinic-b`).map((item) => item['type'])).toEqual(['fhir-exchange:erased']);
    expect(branchKeys.filter((item) => item['branch-key-id'] === `${pseudonym}.dev-hospital-a`).map((item) => item['type'])).toContain('branch:ACTIVE');

    // The kept ciphertext of B's object no longer decrypts; A's still does.
    const region = stack.info.services.region;
    const kms = new KMSClient({ region, endpoint: stack.info.services.kms, credentials: CREDENTIALS });
    const dynamo = new DynamoDBClient({ region, endpoint: stack.info.services.dynamodbLocal, credentials: CREDENTIALS });
    try {
      const vaultKeyArn = (await kms.send(new DescribeKeyCommand({ KeyId: EXCHANGE_KEY_ALIAS }))).KeyMetadata!.Arn!;
      const keyring = new PatientKeyring({ BRANCH_KEY_TABLE: StoreInspector.table('branchKeys'), VAULT_KMS_KEY_ARN: vaultKeyArn, BRANCH_KEY_CACHE_SECONDS: 1, BRANCH_KEY_CACHE_ENTRIES: 10 }, { kms, dynamo });
      const sealer = new SealedObjects(keyring);
      await expect(sealer.open(keptB, { pseudonym, providerId: 'dev-clinic-b', objectId: bObject! })).rejects.toBeInstanceOf(PatientErasedError);
      expect((await sealer.open(keptA, { pseudonym, providerId: 'dev-hospital-a', objectId: aObject! })).length).toBeGreaterThan(0);
    } finally {
      kms.destroy();
      dynamo.destroy();
    }

    // The holder that erased does not silently start its partition again: 409 for B, for this person
    // (another bundle id, so that it is a new request and not an idempotent replay of the first).
    expect((await call('POST', '', tokens.b, { ...oneLinePatient(ssn), id: 'after-erasure' })).status).toBe(409);
  });
});

describe('the matrix: caller kind × action', () => {
  // Provider A's own row last: it is the one that erases. `across` is the person's records at every
  // holder by linking identifier (no consent on chain here: the consent and emergency bases are
  // exercised in consent-exchange.test.ts); `audit` and `consents` the searches by patient.
  const cases: { caller: keyof typeof tokens; read: number; everything: number; verify: number; audit: number; consents: number; across: number; erase: number }[] = [
    // Another provider addresses ids in its own namespace: A's ids are not known there.
    { caller: 'b', read: 404, everything: 404, verify: 404, audit: 404, consents: 404, across: 403, erase: 404 },
    { caller: 'observationReader', read: 200, everything: 403, verify: 200, audit: 403, consents: 403, across: 403, erase: 403 },
    { caller: 'patientReader', read: 403, everything: 200, verify: 403, audit: 403, consents: 403, across: 403, erase: 403 },
    { caller: 'research', read: 403, everything: 403, verify: 403, audit: 403, consents: 403, across: 403, erase: 403 },
    { caller: 'admin', read: 403, everything: 403, verify: 403, audit: 403, consents: 403, across: 403, erase: 403 },
    { caller: 'a', read: 200, everything: 200, verify: 200, audit: 200, consents: 200, across: 403, erase: 200 },
  ];
  test.each(cases)(
    '$caller: read $read, everything $everything, verify $verify, AuditEvent $audit, Consent $consents, across holders $across, erase $erase',
    async ({ caller, read, everything, verify, audit, consents, across, erase }) => {
      // Fresh resources of A's for each row (another bundle id: not an idempotent replay).
      const bundle = JSON.parse(syntheaPatientText(1)) as Bundle;
      const posted = await call('POST', '', tokens.a, { ...bundle, id: `matrix-${caller}` });
      expect(posted.status).toBe(200);
      const locations = (posted.body as unknown as Bundle).entry!.map((entry) => entry.response!.location!);
      const patient = locations.find((where) => where.startsWith('Patient/'))!.split('/')[1]!;
      const observation = locations.find((where) => where.startsWith('Observation/'))!.split('/')[1]!;
      const patientSsn = (bundle.entry!.find((entry) => entry.resource?.resourceType === 'Patient')!.resource as Patient).identifier!.find((identifier) => identifier.system === US_SSN)!.value!;
      const token = tokens[caller];
      const answers = {
        read: await call('GET', `/Observation/${observation}`, token),
        everything: await call('GET', `/Patient/${patient}/$everything`, token),
        verify: await call('GET', `/Observation/${observation}/$verify`, token),
        audit: await call('GET', `/AuditEvent?patient=Patient/${patient}`, token),
        consents: await call('GET', `/Consent?patient=Patient/${patient}`, token),
        across: await call('GET', `/Patient/$everything?identifier=${encodeURIComponent(`${US_SSN}|${patientSsn}`)}`, token),
        erase: await call('POST', `/Patient/${patient}/$erase`, token, ''),
      };
      expect(Object.fromEntries(Object.entries(answers).map(([action, answer]) => [action, answer.status]))).toEqual({ read, everything, verify, audit, consents, across, erase });
      for (const answer of Object.values(answers)) if (answer.status >= 400) expect((answer.body as unknown as OperationOutcome).resourceType).toBe('OperationOutcome');
    },
  );
});
