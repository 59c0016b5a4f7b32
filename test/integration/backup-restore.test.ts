import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { Contract, JsonRpcProvider, Wallet, id } from 'ethers';
import type { Bundle, OperationOutcome, Parameters, Patient } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signInWithEthereum } from '../../functions/cli/patient-sign-in.ts';
import { ErasureJournalInterface } from '../../functions/ledger/erasure-journal.ts';
import { PatientErasedError, PatientKeyring, TOMBSTONE_TYPE } from '../../functions/vault/storage/patient-keys.ts';
import { SealedObjects } from '../../functions/vault/storage/sealed-object.ts';
import { backup } from '../../infra/local/backup.ts';
import type { BackupResult } from '../../infra/local/backup.ts';
import { EXCHANGE_KEY_ALIAS } from '../../infra/local/provision.ts';
import { RestoreUsageError, restore } from '../../infra/local/restore.ts';
import type { RestoreResult } from '../../infra/local/restore.ts';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { StoreInspector } from '../support/vault-inspection.ts';

/**
 * `npm run backup` and `npm run restore` on the local stack (issue 17): a backup taken while
 * providers keep posting Synthea patients holds every request acknowledged before it and nothing
 * half-written; and after the snapshot each kind of erasure (a holder's `$erase`, an admin's
 * person erasure under a legal order, a patient's own signed request) is journaled on chain, so the
 * restored stack applies them all again before it serves anything: 410 for each, and the
 * ciphertext kept from before opens for nobody.
 */

const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
const HOSPITAL_A = 'dev-hospital-a';
const CLINIC_B = 'dev-clinic-b';
/** Concurrent ingest: lanes of sequential posts, each a distinct Synthea person. */
const LANES = 3;
const PER_LANE = 3;

let source: StackProcess;
let restored: StackProcess | undefined;
let work: string;
const wallet = Wallet.createRandom();

interface Posted {
  lane: number;
  sentAt: number;
  ackedAt: number;
  status: number;
  /** `Type/id` of each entry. */
  resources: string[];
  patientId: string;
}

/** The erased persons: a holder's erasure (A's partition; B keeps its own), the admin's, the patient's. */
const people = {
  holder: { idAtA: '', idAtB: '', pseudonym: '' },
  admin: { idAtA: '', ssn: '', pseudonym: '' },
  patient: { idAtA: '', pseudonym: '' },
};
let kept: { holder: string; pseudonym: string; objectKey: string; bytes: Uint8Array }[] = [];
const posted: Posted[] = [];
let backedUp: BackupResult;
let backupStartedAt = 0;
let backupEndedAt = 0;
let restoredWith: RestoreResult;
let erasureTransactions: string[] = [];

async function call(stack: StackProcess, method: 'GET' | 'POST', url: string, options: { token?: string; body?: unknown } = {}) {
  const response = await fetch(url.startsWith('http') ? url : `${stack.origin}${url}`, {
    method,
    headers: { ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}), ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, text, body: (text ? JSON.parse(text) : undefined) as any };
}

function patientIdOf(answer: Bundle): string {
  return answer.entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;
}

async function post(stack: StackProcess, token: string, bundle: Bundle): Promise<string> {
  const answer = await call(stack, 'POST', `${stack.info.fhirBase}`, { token, body: bundle });
  expect(answer.status, answer.text).toBe(200);
  return patientIdOf(answer.body as Bundle);
}

const ssnOf = (bundle: Bundle) => (bundle.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient).identifier!.find((identifier) => identifier.system === 'http://hl7.org/fhir/sid/us-ssn')!.value!;

async function pseudonymOf(store: StoreInspector, holder: string, patientId: string): Promise<string> {
  return (await store.items('catalog')).find((item) => item['pk'] === `r#${holder}#Patient#${patientId}` && item['sk'] === 'current')!['pseudonym'] as string;
}

/** The keyring of a stack's own stand-ins, as the vault builds it. */
async function keyringOf(stack: StackProcess): Promise<{ sealer: SealedObjects; close(): void }> {
  const region = stack.info.services.region;
  const kms = new KMSClient({ region, endpoint: stack.info.services.kms, credentials: CREDENTIALS });
  const dynamo = new DynamoDBClient({ region, endpoint: stack.info.services.dynamodbLocal, credentials: CREDENTIALS });
  const vaultKeyArn = (await kms.send(new DescribeKeyCommand({ KeyId: EXCHANGE_KEY_ALIAS }))).KeyMetadata!.Arn!;
  const keyring = new PatientKeyring({ BRANCH_KEY_TABLE: StoreInspector.table('branchKeys'), VAULT_KMS_KEY_ARN: vaultKeyArn, BRANCH_KEY_CACHE_SECONDS: 1, BRANCH_KEY_CACHE_ENTRIES: 10 }, { kms, dynamo });
  return {
    sealer: new SealedObjects(keyring),
    close: () => {
      kms.destroy();
      dynamo.destroy();
    },
  };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'fhirx-backup-'));
  source = await StackProcess.start(join(work, 'source'));
  const store = new StoreInspector(source.info);
  try {
    const [a, b, admin] = await Promise.all([source.token('dev-provider-a'), source.token('dev-provider-b'), source.token('dev-admin')]);

    // Before the snapshot: the three people who will be erased after it.
    const holderText = syntheaPatientText(0);
    people.holder.idAtA = await post(source, a, JSON.parse(holderText) as Bundle);
    const atB = JSON.parse(holderText) as Bundle;
    const mrn = (atB.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient).identifier!.find((identifier) => identifier.type?.coding?.[0]?.code === 'MR')!;
    mrn.value = `clinic-b-${mrn.value}`;
    people.holder.idAtB = await post(source, b, atB);
    const adminBundle = JSON.parse(syntheaPatientText(1)) as Bundle;
    people.admin.ssn = ssnOf(adminBundle);
    people.admin.idAtA = await post(source, a, adminBundle);
    people.patient.idAtA = await post(source, a, JSON.parse(syntheaPatientText(2)) as Bundle);
    people.holder.pseudonym = await pseudonymOf(store, HOSPITAL_A, people.holder.idAtA);
    people.admin.pseudonym = await pseudonymOf(store, HOSPITAL_A, people.admin.idAtA);
    people.patient.pseudonym = await pseudonymOf(store, HOSPITAL_A, people.patient.idAtA);
    // The patient enrolls a wallet (which will sign their erasure request).
    const issued = await call(source, 'POST', `${source.info.fhirBase}/Patient/${people.patient.idAtA}/$enrollment-code`, { token: a });
    const code = (issued.body as Parameters).parameter!.find((parameter) => parameter.name === 'code')!.valueString!;
    const { message } = (await call(source, 'GET', `/patient/enroll?code=${code}&address=${wallet.address}`)).body as { message: string };
    expect((await call(source, 'POST', '/patient/enroll', { body: { code, address: wallet.address, signature: await wallet.signMessage(message) } })).status).toBe(200);

    // Concurrent ingest, with the backup taken once a few requests are acknowledged.
    const lanes = Array.from({ length: LANES }, async (_, lane) => {
      for (let index = 0; index < PER_LANE; index++) {
        const bundle = JSON.parse(syntheaPatientText(3 + lane * PER_LANE + index)) as Bundle;
        const sentAt = performance.now();
        const answer = await call(source, 'POST', source.info.fhirBase, { token: lane === 1 ? b : a, body: bundle });
        const ackedAt = performance.now();
        const entries = (answer.body as Bundle).entry ?? [];
        posted.push({ lane, sentAt, ackedAt, status: answer.status, resources: entries.map((entry) => entry.response!.location!.split('/').slice(0, 2).join('/')), patientId: answer.status === 200 ? patientIdOf(answer.body as Bundle) : '' });
      }
    });
    while (posted.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    backupStartedAt = performance.now();
    backedUp = await backup({ dataDir: source.dataDir, out: join(work, 'backup.tar.gz') });
    backupEndedAt = performance.now();
    await Promise.all(lanes);

    // After the snapshot: each kind of erasure. Their ciphertext is kept first.
    const objects = (await store.items('catalog')).filter((item) => [people.holder.pseudonym, people.admin.pseudonym, people.patient.pseudonym].some((pseudonym) => item['pk'] === `p#${pseudonym}`) && String(item['sk']).startsWith('obj#'));
    kept = await Promise.all(objects.map(async (item) => ({ holder: item['providerId'] as string, pseudonym: String(item['pk']).slice(2), objectKey: item['objectKey'] as string, bytes: await store.object('vault', item['objectKey'] as string) })));
    const holderErased = await call(source, 'POST', `${source.info.fhirBase}/Patient/${people.holder.idAtA}/$erase`, { token: a });
    expect(holderErased.status, holderErased.text).toBe(200);
    const adminErased = await call(source, 'POST', `${source.info.adminBase}/erasures`, { token: admin, body: { identifier: `http://hl7.org/fhir/sid/us-ssn|${people.admin.ssn}`, reason: 'District Court order 2026-CV-0117' } });
    expect(adminErased.status, adminErased.text).toBe(200);
    const session = await signInWithEthereum(async (method, path, body) => {
      const answer = await call(source, method, path, body === undefined ? {} : { body });
      return { status: answer.status, body: answer.body };
    }, wallet);
    const prepared = (await call(source, 'POST', '/patient/erasure/$prepare', { token: session.access_token })).body;
    const patientErased = await call(source, 'POST', '/patient/erasure', { token: session.access_token, body: { message: prepared.message, signature: await wallet.signTypedData(prepared.domain, prepared.types, prepared.message) } });
    expect(patientErased.status, patientErased.text).toBe(200);
    erasureTransactions = [patientErased.body.transaction as string];

    // The source goes on without restarting; the restore reads its running chain.
    restoredWith = await restore({ from: backedUp.file, dataDir: join(work, 'restored') });
    restored = await StackProcess.start(restoredWith.dataDir);
  } finally {
    store.destroy();
  }
}, 900_000);

afterAll(async () => {
  await restored?.stop();
  await source?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run backup during concurrent ingest, then npm run restore', () => {
  test('the backup is of one instant: requests were held only briefly, and the chain block and time are recorded', () => {
    expect(backedUp.manifest).toMatchObject({ format: 'fhir-exchange-local-snapshot', version: 1, sourceDataDir: source.dataDir });
    expect(backedUp.manifest.chainBlock).toBeGreaterThan(0);
    expect(backedUp.bytes).toBeGreaterThan(10_000);
    expect(posted).toHaveLength(LANES * PER_LANE);
    expect(posted.every((request) => request.status === 200)).toBe(true);
    // Some requests were acknowledged after the backup began (the ingest went on around it).
    expect(posted.some((request) => request.ackedAt > backupStartedAt)).toBe(true);
    // The restore took the source's newest chain, not the snapshot's.
    expect(restoredWith.chain.source).toBe('running-node');
    expect(restoredWith.chain.block).toBeGreaterThan(backedUp.manifest.chainBlock);
  });

  test('every request acknowledged before the backup began is readable after the restore; every request is wholly in or wholly out; none sent after the backup is in', async () => {
    const store = new StoreInspector(restored!.info);
    try {
      const current = new Set((await store.items('catalog')).filter((item) => item['sk'] === 'current' && !item['erasedAt']).map((item) => String(item['pk'])));
      const tokens = { a: await restored!.token('dev-provider-a'), b: await restored!.token('dev-provider-b') };
      let inCount = 0;
      for (const request of posted) {
        const holder = request.lane === 1 ? CLINIC_B : HOSPITAL_A;
        const present = request.resources.filter((resource) => current.has(`r#${holder}#${resource.replace('/', '#')}`));
        const label = `lane ${request.lane}, acknowledged ${Math.round(request.ackedAt - backupStartedAt)} ms after the backup began`;
        expect([0, request.resources.length], label).toContain(present.length);
        if (request.ackedAt < backupStartedAt) expect(present.length, label).toBe(request.resources.length);
        if (request.sentAt > backupEndedAt) expect(present.length, label).toBe(0);
        const read = await call(restored!, 'GET', `${restored!.info.fhirBase}/Patient/${request.patientId}/$everything`, { token: request.lane === 1 ? tokens.b : tokens.a });
        if (present.length > 0) {
          inCount++;
          expect(read.status, label).toBe(200);
          expect((read.body as Bundle).entry!.filter((entry) => entry.search?.mode === 'match').length, label).toBeGreaterThan(1);
        } else {
          expect(read.status, label).toBe(404);
        }
      }
      expect(inCount).toBeGreaterThanOrEqual(2);
    } finally {
      store.destroy();
    }
  });

  test('each erasure after the snapshot is journaled on chain with the exact event, and no PHI', async () => {
    const provider = new JsonRpcProvider(restored!.info.rpcUrl, restored!.info.chainId, { staticNetwork: true });
    try {
      const journal = new Contract(restored!.info.contracts['ErasureJournal']!, ErasureJournalInterface, provider);
      const events = (await journal.queryFilter('*', backedUp.manifest.chainBlock + 1)).map((log) => {
        const parsed = ErasureJournalInterface.parseLog(log)!;
        return { name: parsed.name, args: parsed.args.toArray().slice(0, -1) };
      });
      expect(events).toEqual([
        { name: 'HolderPartitionErased', args: [`0x${people.holder.pseudonym}`, id(HOSPITAL_A)] },
        { name: 'PersonErased', args: [`0x${people.admin.pseudonym}`] },
      ]);
      // The patient's own request is journaled by ConsentRegistry.ErasureRequested, once.
      const requested = await provider.getLogs({ address: restored!.info.contracts['ConsentRegistry']!, topics: [id('ErasureRequested(bytes32,uint64)'), `0x${people.patient.pseudonym}`], fromBlock: 0 });
      expect(requested.map((log) => log.transactionHash)).toEqual(erasureTransactions);
    } finally {
      provider.destroy();
    }
  });

  test('the restored stack applied the erasures before serving: 410 for each kind, the other holder untouched, the kept ciphertext opens for nobody', async () => {
    expect(restored!.output).toMatch(/erasure journal: 3 erasure\(s\) made after this data's snapshot applied again/);
    const [a, b] = await Promise.all([restored!.token('dev-provider-a'), restored!.token('dev-provider-b')]);
    for (const [token, patientId] of [[a, people.holder.idAtA], [a, people.admin.idAtA], [a, people.patient.idAtA]] as const) {
      for (const path of [`/Patient/${patientId}`, `/Patient/${patientId}/$everything`]) {
        const read = await call(restored!, 'GET', `${restored!.info.fhirBase}${path}`, { token });
        expect(read.status, path).toBe(410);
        expect((read.body as OperationOutcome).issue[0]!.code).toBe('deleted');
      }
    }
    // A holder's erasure is the holder's only: B's copy of the same person is still there.
    expect((await call(restored!, 'GET', `${restored!.info.fhirBase}/Patient/${people.holder.idAtB}`, { token: b })).status).toBe(200);

    const store = new StoreInspector(restored!.info);
    const keyring = await keyringOf(restored!);
    try {
      const branchKeys = (await store.items('branchKeys')).map((item) => `${String(item['branch-key-id'])} ${String(item['type'])}`);
      const erasedPartitions = [`${people.holder.pseudonym}.${HOSPITAL_A}`, `${people.admin.pseudonym}.${HOSPITAL_A}`, `${people.patient.pseudonym}.${HOSPITAL_A}`];
      for (const partition of erasedPartitions) expect(branchKeys.filter((item) => item.startsWith(`${partition} `))).toEqual([`${partition} ${TOMBSTONE_TYPE}`]);
      expect(branchKeys).toContain(`${people.admin.pseudonym} ${TOMBSTONE_TYPE}`);
      expect(branchKeys).toContain(`${people.patient.pseudonym} ${TOMBSTONE_TYPE}`);
      const remaining = new Set(await store.objectKeys('vault'));
      const erased = kept.filter((object) => !(object.pseudonym === people.holder.pseudonym && object.holder === CLINIC_B));
      expect(erased.length).toBe(3);
      for (const object of erased) {
        expect(remaining.has(object.objectKey)).toBe(false);
        await expect(keyring.sealer.open(object.bytes, { pseudonym: object.pseudonym, providerId: object.holder, objectId: object.objectKey })).rejects.toBeInstanceOf(PatientErasedError);
      }
    } finally {
      keyring.close();
      store.destroy();
    }
  });

  test('restore refuses a folder that is not empty, and a source without chain state unless --snapshot-chain, which says the chain is the snapshot\'s', async () => {
    await expect(restore({ from: backedUp.file, dataDir: restoredWith.dataDir })).rejects.toBeInstanceOf(RestoreUsageError);
    const empty = join(work, 'no-chain-here');
    await mkdir(empty);
    await expect(restore({ from: backedUp.file, dataDir: join(work, 'without-chain'), chainFrom: empty })).rejects.toThrow(/--snapshot-chain/);
    const fromSnapshot = await restore({ from: backedUp.file, dataDir: join(work, 'snapshot-chain'), snapshotChain: true });
    expect(fromSnapshot.chain).toEqual({ source: 'snapshot', from: backedUp.file, block: backedUp.manifest.chainBlock });
    await expect(restore({ from: join(work, 'no-such-backup.tar.gz'), dataDir: join(work, 'nothing') })).rejects.toThrow(/tar/);
  });

  test('the replay moved the cursor: started again, the restored stack applies nothing again and the erased stay erased', async () => {
    await restored!.restart();
    expect(restored!.output.match(/erasure\(s\) made after this data's snapshot applied again/g)).toHaveLength(1);
    const token = await restored!.token('dev-provider-a');
    for (const patientId of [people.holder.idAtA, people.admin.idAtA, people.patient.idAtA]) {
      expect((await call(restored!, 'GET', `${restored!.info.fhirBase}/Patient/${patientId}`, { token })).status).toBe(410);
    }
    const store = new StoreInspector(restored!.info);
    try {
      const cursor = (await store.items('catalog')).find((item) => item['pk'] === 'erasure-journal#cursor');
      expect(Number(cursor?.['appliedThroughBlock'])).toBeGreaterThanOrEqual(restoredWith.chain.block);
    } finally {
      store.destroy();
    }
  });

  test('with the source stopped, the restore takes the chain state its node wrote on exit, no older than what the running node gave', async () => {
    await source.stop();
    const again = await restore({ from: backedUp.file, dataDir: join(work, 'after-stop') });
    expect(again.chain.source).toBe('state-file');
    expect(again.chain.from).toBe(source.dataDir);
    expect(again.chain.block).toBeGreaterThanOrEqual(restoredWith.chain.block);
  });
});
