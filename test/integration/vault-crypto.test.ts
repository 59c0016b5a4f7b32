import { createHmac } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BranchKeyStoreNode, buildClient, CommitmentPolicy, KmsHierarchicalKeyRingNode } from '@aws-crypto/client-node';
import { DynamoDBClient, QueryCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { CreateKeyCommand, DecryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { branchKeyIdOf, PatientErasedError, PatientKeyring, BRANCH_KEY_STORE_NAME, TOMBSTONE_TYPE } from '../../functions/vault/storage/patient-keys.ts';
import type { KeyPartition } from '../../functions/vault/storage/patient-keys.ts';
import { CONTEXT_KEYS, SealedObjectError, SealedObjects } from '../../functions/vault/storage/sealed-object.ts';
import type { ObjectBinding } from '../../functions/vault/storage/sealed-object.ts';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local.ts';
import type { DynamoDbLocal } from '../../infra/local/dynamodb-local.ts';
import { startKmsStandIn } from '../../infra/local/kms-stand-in.ts';
import type { KmsStandIn } from '../../infra/local/kms-stand-in.ts';
import { ensureTables, localTableName } from '../../infra/local/provision.ts';
import { parseConfig, vaultConfigSchema } from '../../schemas/config.ts';
import { TABLES } from '../../schemas/storage.ts';
import { syntheaPatientBundles } from '../support/fhir-data.ts';

/**
 * The vault's key hierarchy end to end against the real stand-ins: the KMS stand-in and DynamoDB
 * Local (the branch key store needs TransactWriteItems), both started here on temp folders.
 */

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
const TABLE = localTableName(TABLES.branchKeys.name);
const encoder = new TextEncoder();

/** Pseudonyms as the exchange makes them: 64 hex characters of HMAC-SHA256. */
const pseudonym = (name: string) => createHmac('sha256', 'vault-crypto-test').update(name).digest('hex');
/** Every key here is the one holder's (dev-hospital-a) for the patient: one branch key per (pseudonym, holder). */
const HOLDER = 'dev-hospital-a';
const at = (pseudonym: string): KeyPartition => ({ pseudonym, holder: HOLDER });
const keyId = (pseudonym: string): string => branchKeyIdOf(at(pseudonym));

interface CountingKms {
  client: KMSClient;
  calls: string[];
  count(command: string): number;
  reset(): void;
}

/** A KMSClient with a middleware that records every command it sends. */
function countingKms(url: string): CountingKms {
  const client = new KMSClient({ region: REGION, endpoint: url, credentials: CREDENTIALS, maxAttempts: 1 });
  const calls: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      calls.push(context.commandName ?? 'unknown');
      return next(args);
    },
    { step: 'initialize', name: 'countKmsCalls' },
  );
  return { client, calls, count: (command) => calls.filter((name) => name === command).length, reset: () => void calls.splice(0) };
}

let dataDir: string;
let kmsStandIn: KmsStandIn;
let dynamoLocal: DynamoDbLocal;
let kms: CountingKms;
let dynamo: DynamoDBClient;
let keyArn: string;
const extraClients: { destroy(): void }[] = [];

function vault(options: { cacheSeconds?: number; kms?: KMSClient; dynamo?: DynamoDBClient } = {}) {
  const keys = new PatientKeyring(
    { BRANCH_KEY_TABLE: TABLE, VAULT_KMS_KEY_ARN: keyArn, BRANCH_KEY_CACHE_SECONDS: options.cacheSeconds ?? 300, BRANCH_KEY_CACHE_ENTRIES: 1000 },
    { kms: options.kms ?? kms.client, dynamo: options.dynamo ?? dynamo },
  );
  return { keys, sealer: new SealedObjects(keys) };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'vault-crypto-'));
  [kmsStandIn, dynamoLocal] = await Promise.all([startKmsStandIn({ dataDir, region: REGION }), startDynamoDbLocal({ dataDir })]);
  kms = countingKms(kmsStandIn.url);
  dynamo = new DynamoDBClient({ region: REGION, endpoint: dynamoLocal.url, credentials: CREDENTIALS });
  // The local stack's provisioning: the branch key table on DynamoDB Local.
  await ensureTables({ transactional: dynamo });
  const { KeyMetadata } = await kms.client.send(new CreateKeyCommand({ Description: 'vault root key' }));
  keyArn = KeyMetadata!.Arn!;
});

afterAll(async () => {
  for (const client of extraClients) client.destroy();
  kms?.client.destroy();
  dynamo?.destroy();
  await dynamoLocal?.stop();
  await kmsStandIn?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The first Synthea patient bundle: its bytes and its resources. */
async function syntheaBundle() {
  // The largest one-patient bundle of the data: every resource of a real record.
  const file = syntheaPatientBundles(['synthea-r4-smart-generated']).reduce((largest, candidate) => (statSync(candidate).size > statSync(largest).size ? candidate : largest));
  const bytes = new Uint8Array(await readFile(file));
  const bundle = JSON.parse(new TextDecoder().decode(bytes)) as { entry: { resource: { resourceType: string; id: string } }[] };
  return { bytes, resources: bundle.entry.map((entry) => entry.resource) };
}

describe('sealing and opening', () => {
  const patient = pseudonym('round-trip');
  const other = pseudonym('someone-else');
  let v: ReturnType<typeof vault>;
  beforeAll(async () => {
    v = vault();
    await v.keys.ensureBranchKey(at(patient));
    await v.keys.ensureBranchKey(at(other));
  });

  test('a real Synthea bundle round-trips, whole and resource by resource, and no clear text shows in the ciphertext', async () => {
    const { bytes, resources } = await syntheaBundle();
    const binding = { pseudonym: patient, providerId: 'dev-hospital-a', objectId: 'bundle-1' };

    const sealed = await v.sealer.seal(bytes, binding);
    const opened = await v.sealer.open(sealed, binding);

    expect(Buffer.from(opened).equals(Buffer.from(bytes))).toBe(true);
    const patientResource = resources.find((resource) => resource.resourceType === 'Patient') as { name: { family: string }[] } | undefined;
    const family = patientResource?.name[0]?.family;
    expect(family).toBeTruthy();
    expect(Buffer.from(sealed).includes(Buffer.from(family!))).toBe(false);
    expect(Buffer.from(sealed).includes(Buffer.from('"resourceType"'))).toBe(false);

    const sealedResources = await Promise.all(
      resources.map(async (resource) => {
        const resourceBinding = { pseudonym: patient, providerId: 'dev-hospital-a', objectId: `${resource.resourceType}/${resource.id}` };
        return { resource, resourceBinding, sealed: await v.sealer.seal(encoder.encode(JSON.stringify(resource)), resourceBinding) };
      }),
    );
    for (const { resource, resourceBinding, sealed: ciphertext } of sealedResources) {
      expect(JSON.parse(new TextDecoder().decode(await v.sealer.open(ciphertext, resourceBinding)))).toEqual(resource);
    }
    expect(resources.length).toBeGreaterThan(50);
  });

  test('a sealed object opens with a fresh sealer (new process, empty cache): only the table and KMS are needed', async () => {
    const binding = { pseudonym: patient, providerId: 'dev-hospital-a', objectId: 'Observation/fresh' };
    const sealed = await v.sealer.seal(encoder.encode('{"resourceType":"Observation"}'), binding);

    const opened = await vault().sealer.open(sealed, binding);

    expect(new TextDecoder().decode(opened)).toBe('{"resourceType":"Observation"}');
  });

  test.each([
    ['pseudonym (another patient)', { pseudonym: other }],
    ['provider', { providerId: 'dev-clinic-b' }],
    ['object id', { objectId: 'Observation/2' }],
  ] as const)('an object presented with another %s does not open, and no key is fetched for it', async (_field, change) => {
    const binding: ObjectBinding = { pseudonym: patient, providerId: 'dev-hospital-a', objectId: 'Observation/1' };
    const sealed = await v.sealer.seal(encoder.encode('{"resourceType":"Observation","id":"1"}'), binding);
    const fresh = vault(); // nothing cached: any key fetch would show as a KMS call
    kms.reset();

    await expect(fresh.sealer.open(sealed, { ...binding, ...change })).rejects.toBeInstanceOf(SealedObjectError);

    expect(kms.calls).toEqual([]);
    expect(new TextDecoder().decode(await fresh.sealer.open(sealed, binding))).toContain('"id":"1"');
  });

  test('the message header carries exactly the binding as its encryption context', async () => {
    const binding = { pseudonym: patient, providerId: 'dev-hospital-a', objectId: 'Condition/9' };
    const sealed = await v.sealer.seal(encoder.encode('{}'), binding);

    const { messageHeader } = await buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT).decrypt(
      new KmsHierarchicalKeyRingNode({ branchKeyId: keyId(patient), keyStore: v.keys.keyStore, cacheLimitTtl: 1 }),
      sealed,
    );

    expect(messageHeader.encryptionContext).toEqual({ [CONTEXT_KEYS.pseudonym]: patient, [CONTEXT_KEYS.providerId]: 'dev-hospital-a', [CONTEXT_KEYS.objectId]: 'Condition/9' });
    expect(messageHeader.encryptedDataKeys).toHaveLength(1);
  });

  test('a tampered ciphertext does not open: any flipped byte (header, wrapped key, body, tag), or a truncated one', async () => {
    const binding = { pseudonym: patient, providerId: 'dev-hospital-a', objectId: 'Observation/tamper' };
    const sealed = await v.sealer.seal(encoder.encode(JSON.stringify({ resourceType: 'Observation', valueQuantity: { value: 120 } })), binding);
    const positions = [0, 1, 5, 30, 100, 200, Math.floor(sealed.length / 2), sealed.length - 40, sealed.length - 20, sealed.length - 1];

    for (const position of positions) {
      const tampered = Uint8Array.from(sealed);
      tampered[position]! ^= 0x01;
      await expect(v.sealer.open(tampered, binding), `byte ${position} of ${sealed.length}`).rejects.toBeInstanceOf(SealedObjectError);
    }
    await expect(v.sealer.open(sealed.subarray(0, sealed.length - 1), binding)).rejects.toBeInstanceOf(SealedObjectError);
    await expect(v.sealer.open(encoder.encode('not a sealed object'), binding)).rejects.toBeInstanceOf(SealedObjectError);
  });

  test('bindings that are not opaque ids are refused before anything is encrypted', async () => {
    const binding = { pseudonym: patient, providerId: 'dev-hospital-a', objectId: 'x' };
    await expect(v.sealer.seal(encoder.encode('{}'), { ...binding, pseudonym: 'Jane Doe 1970-01-01' })).rejects.toThrow(/pseudonym/);
    await expect(v.sealer.seal(encoder.encode('{}'), { ...binding, objectId: 'Jane Doe' })).rejects.toThrow(/objectId/);
    await expect(v.sealer.seal(encoder.encode('{}'), { ...binding, providerId: '' })).rejects.toThrow(/providerId/);
  });

  test('sealing for a patient without a branch key fails, and does not create one (enrolment is explicit)', async () => {
    const stranger = pseudonym('never-ensured');

    await expect(v.sealer.seal(encoder.encode('{}'), { pseudonym: stranger, providerId: 'dev-hospital-a', objectId: 'x' })).rejects.toBeInstanceOf(SealedObjectError);

    expect(await v.keys.state(at(stranger))).toBe('absent');
  });

  test('after a rotation new objects use the new version and older objects still open', async () => {
    const rotating = pseudonym('rotation');
    await v.keys.ensureBranchKey(at(rotating));
    const before = { pseudonym: rotating, providerId: 'dev-hospital-a', objectId: 'Observation/before' };
    const sealedBefore = await v.sealer.seal(encoder.encode('before'), before);
    const versionBefore = (await v.keys.keyStore.getActiveBranchKey(keyId(rotating))).branchKeyVersion.toString();

    await v.keys.rotateBranchKey(at(rotating));
    const fresh = vault();
    const after = { ...before, objectId: 'Observation/after' };
    const sealedAfter = await fresh.sealer.seal(encoder.encode('after'), after);

    expect((await v.keys.keyStore.getActiveBranchKey(keyId(rotating))).branchKeyVersion.toString()).not.toBe(versionBefore);
    expect(new TextDecoder().decode(await fresh.sealer.open(sealedBefore, before))).toBe('before');
    expect(new TextDecoder().decode(await fresh.sealer.open(sealedAfter, after))).toBe('after');
  });
});

describe('KMS calls', () => {
  test('sealing 100 objects for 10 patients at once makes one KMS call per patient per cache window', async () => {
    const { keys, sealer } = vault({ cacheSeconds: 2 });
    const patients = Array.from({ length: 10 }, (_, index) => pseudonym(`kms-count-${index}`));
    kms.reset();
    await Promise.all(patients.map((patient) => keys.ensureBranchKey(at(patient))));
    const creation = [...kms.calls];
    const objects = patients.flatMap((patient, p) =>
      Array.from({ length: 10 }, (_, index) => ({ binding: { pseudonym: patient, providerId: 'dev-hospital-a', objectId: `Observation/${p}-${index}` }, body: encoder.encode(`{"n":${index}}`) })),
    );

    kms.reset();
    const sealed = await Promise.all(objects.map(({ binding, body }) => sealer.seal(body, binding)));
    const sealCalls = [...kms.calls];
    kms.reset();
    await Promise.all(objects.map(({ binding }, index) => sealer.open(sealed[index]!, binding)));
    const openCalls = [...kms.calls];
    kms.reset();
    await Promise.all(objects.map(({ binding, body }) => sealer.seal(body, binding)));
    const warmSealCalls = [...kms.calls];
    await new Promise((resolve) => setTimeout(resolve, 2_100)); // the cache window passes
    kms.reset();
    await Promise.all(objects.map(({ binding, body }) => sealer.seal(body, binding)));
    const nextWindowCalls = [...kms.calls];

    process.stdout.write(
      `KMS calls: create 10 branch keys ${creation.length} (${summary(creation)}); seal 100 objects ${sealCalls.length}; open them ${openCalls.length}; ` +
        `seal 100 again in the window ${warmSealCalls.length}; seal 100 in the next window ${nextWindowCalls.length}\n`,
    );
    expect(creation).toHaveLength(30); // GenerateDataKeyWithoutPlaintext, ReEncrypt, GenerateDataKeyWithoutPlaintext (beacon)
    expect(sealCalls).toEqual(Array(10).fill('DecryptCommand'));
    expect(openCalls).toEqual(Array(10).fill('DecryptCommand')); // decryption caches per key version
    expect(warmSealCalls).toEqual([]);
    expect(nextWindowCalls).toEqual(Array(10).fill('DecryptCommand'));
  });
});

function summary(calls: string[]): string {
  const counts = new Map<string, number>();
  for (const call of calls) counts.set(call, (counts.get(call) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${count} ${name.replace(/Command$/, '')}`).join(', ');
}

async function partition(branchKeyId: string): Promise<Record<string, AttributeValue>[]> {
  const { Items = [] } = await dynamo.send(
    new QueryCommand({ TableName: TABLE, KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'branch-key-id' }, ExpressionAttributeValues: { ':pk': { S: branchKeyId } }, ConsistentRead: true }),
  );
  return Items;
}

describe('concurrent first use', () => {
  test('5 processes enrolling the same patient at once end with one branch key that all of them use', async () => {
    const patient = pseudonym('concurrent-first-use');
    const processes = Array.from({ length: 5 }, () => {
      const ownKms = countingKms(kmsStandIn.url);
      const ownDynamo = new DynamoDBClient({ region: REGION, endpoint: dynamoLocal.url, credentials: CREDENTIALS });
      extraClients.push(ownKms.client, ownDynamo);
      return { ...vault({ kms: ownKms.client, dynamo: ownDynamo }), kms: ownKms };
    });

    const results = await Promise.all(processes.map(({ keys }) => keys.ensureBranchKey(at(patient))));

    // How many really raced: each createKey attempt costs 3 KMS calls before its transaction.
    const attempts = processes.filter(({ kms: own }) => own.count('ReEncryptCommand') > 0).length;
    process.stdout.write(`concurrent first use: ${attempts} of 5 processes attempted createKey, ${results.filter((result) => result.created).length} created it\n`);
    expect(attempts).toBeGreaterThanOrEqual(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(results.map((result) => result.branchKeyId)).toEqual(Array(5).fill(keyId(patient)));
    const items = await partition(keyId(patient));
    expect(items.map((item) => item['type']!.S).sort()).toEqual(['beacon:ACTIVE', 'branch:ACTIVE', expect.stringMatching(/^branch:version:/)]);
    // Each seals an object that every other one opens.
    const sealed = await Promise.all(processes.map(({ sealer }, index) => sealer.seal(encoder.encode(`from ${index}`), { pseudonym: patient, providerId: HOLDER, objectId: `o-${index}` })));
    for (const [index, ciphertext] of sealed.entries()) {
      const reader = processes[(index + 1) % processes.length]!;
      expect(new TextDecoder().decode(await reader.sealer.open(ciphertext, { pseudonym: patient, providerId: HOLDER, objectId: `o-${index}` }))).toBe(`from ${index}`);
    }
  });

  test("a key another process erased is not used from this process's memory of it being active", async () => {
    const patient = pseudonym('erased-elsewhere');
    const ingesting = vault();
    const erasing = vault();
    expect(await ingesting.keys.ensureBranchKey(at(patient))).toEqual({ branchKeyId: keyId(patient), created: true });
    expect(await ingesting.keys.ensureBranchKey(at(patient))).toEqual({ branchKeyId: keyId(patient), created: false });

    await erasing.keys.eraseBranchKey(at(patient));

    // Within its cache window the ingesting process still remembers the key as active: it must not use it.
    await expect(ingesting.keys.ensureBranchKey(at(patient))).rejects.toBeInstanceOf(PatientErasedError);
    await expect(ingesting.keys.ensureBranchKey(at(patient))).rejects.toBeInstanceOf(PatientErasedError);
  });

  test('5 concurrent ensures in one process share one creation', async () => {
    const patient = pseudonym('concurrent-one-process');
    const { keys } = vault();
    kms.reset();

    const results = await Promise.all(Array.from({ length: 5 }, () => keys.ensureBranchKey(at(patient))));

    expect(results).toEqual(Array(5).fill({ branchKeyId: keyId(patient), created: true }));
    expect(kms.calls).toHaveLength(3);
    expect(await partition(keyId(patient))).toHaveLength(3);
    expect(await keys.ensureBranchKey(at(patient))).toEqual({ branchKeyId: keyId(patient), created: false });
  });
});

/**
 * A keyring that unwraps with a candidate 32-byte branch key instead of one from the key store:
 * what an attacker holding that candidate could decrypt. Used with the real key as a positive
 * control, so that a leak would show.
 */
function candidateKeyring(candidate: Uint8Array): KmsHierarchicalKeyRingNode {
  const keyStore = Object.create(BranchKeyStoreNode.prototype) as BranchKeyStoreNode;
  const materials = async (branchKeyIdentifier: string, version = '00000000-0000-4000-8000-000000000000') => ({
    branchKey: () => Buffer.from(candidate),
    branchKeyIdentifier,
    branchKeyVersion: Buffer.from(version),
    encryptionContext: {},
  });
  Object.defineProperties(keyStore, {
    getKeyStoreInfo: { value: () => ({ logicalKeyStoreName: BRANCH_KEY_STORE_NAME }) },
    getActiveBranchKey: { value: materials },
    getBranchKeyVersion: { value: materials },
  });
  const noCache = {
    getBranchKeyMaterial: () => false as const,
    putBranchKeyMaterial: () => undefined,
    del: () => undefined,
  } as unknown as NonNullable<ConstructorParameters<typeof KmsHierarchicalKeyRingNode>[0]['cache']>;
  return new KmsHierarchicalKeyRingNode({ branchKeyIdSupplier: { getBranchKeyId: (context) => branchKeyIdOf({ pseudonym: context[CONTEXT_KEYS.pseudonym]!, holder: context[CONTEXT_KEYS.providerId]! }) }, keyStore, cacheLimitTtl: 1, cache: noCache });
}

async function opensWith(candidate: Uint8Array, ciphertext: Uint8Array): Promise<boolean> {
  try {
    await buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT).decrypt(candidateKeyring(candidate), ciphertext);
    return true;
  } catch {
    return false;
  }
}

/** Every 32-byte value anything left in the key table or the KMS stand-in's files yields through KMS Decrypt or as-is. */
async function candidateKeys(): Promise<{ candidates: Uint8Array[]; binaryAttributes: number; kmsFiles: number }> {
  const candidates: Uint8Array[] = [];
  let binaryAttributes = 0;
  let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await dynamo.send(new ScanCommand({ TableName: TABLE, ConsistentRead: true, ExclusiveStartKey }));
    for (const item of page.Items ?? []) {
      // The encryption context the key store would use: every other attribute, plus the logical name.
      const context: Record<string, string> = { tablename: BRANCH_KEY_STORE_NAME };
      for (const [name, value] of Object.entries(item)) if (value.S !== undefined || value.N !== undefined) context[name] = value.S ?? value.N!;
      for (const value of Object.values(item)) {
        if (!value.B) continue;
        binaryAttributes++;
        if (value.B.length === 32) candidates.push(value.B);
        for (const EncryptionContext of [context, undefined]) {
          const plaintext = await kms.client.send(new DecryptCommand({ CiphertextBlob: value.B, EncryptionContext })).then(
            (result) => result.Plaintext,
            () => undefined,
          );
          if (plaintext) candidates.push(plaintext);
        }
      }
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  // The KMS stand-in's persisted state: every base64 or hex string that is 32 bytes long.
  const kmsDir = join(dataDir, 'kms');
  const files = await readdir(kmsDir);
  for (const file of files) {
    const text = await readFile(join(kmsDir, file), 'utf8');
    for (const match of text.matchAll(/"([A-Za-z0-9+/=]{40,})"/g)) {
      for (const decoded of [Buffer.from(match[1]!, 'base64'), Buffer.from(match[1]!, 'hex')]) if (decoded.length === 32) candidates.push(decoded);
    }
  }
  return { candidates, binaryAttributes, kmsFiles: files.length };
}

describe('erasure', () => {
  const patient = pseudonym('erased-patient');
  const bystander = pseudonym('bystander');
  let v: ReturnType<typeof vault>;
  let sealed: { ciphertext: Uint8Array; binding: ObjectBinding }[];
  let realKeys: Uint8Array[];
  let encBlobs: Uint8Array[];

  beforeAll(async () => {
    v = vault();
    await v.keys.ensureBranchKey(at(patient));
    await v.keys.ensureBranchKey(at(bystander));
    const { resources } = await syntheaBundle();
    sealed = [];
    // Objects under two versions of the branch key.
    for (const [index, resource] of resources.slice(0, 20).entries()) {
      if (index === 10) await v.keys.rotateBranchKey(at(patient));
      const binding = { pseudonym: patient, providerId: 'dev-hospital-a', objectId: `${resource.resourceType}/${resource.id}` };
      sealed.push({ binding, ciphertext: await vault().sealer.seal(encoder.encode(JSON.stringify(resource)), binding) });
    }
    await v.sealer.seal(encoder.encode('{}'), { pseudonym: bystander, providerId: 'dev-hospital-a', objectId: 'Patient/bystander' });
    // The real branch keys, for the positive control, and the wrapped ones, to look for later.
    const items = await partition(keyId(patient));
    realKeys = await Promise.all(
      items.filter((item) => item['type']!.S!.startsWith('branch:version:')).map(async (item) => Buffer.from((await v.keys.keyStore.getBranchKeyVersion(keyId(patient), item['type']!.S!.slice('branch:version:'.length))).branchKey())),
    );
    encBlobs = items.map((item) => item['enc']!.B!);
    // Warm this sealer's cache with both versions, so the erasure must also clear it.
    for (const { ciphertext, binding } of sealed) await v.sealer.open(ciphertext, binding);
  });

  test('the candidate-key harness opens the objects with the real branch keys (positive control)', async () => {
    expect(realKeys).toHaveLength(2);
    for (const { ciphertext } of sealed) {
      expect((await Promise.all(realKeys.map((key) => opensWith(key, ciphertext)))).filter(Boolean)).toHaveLength(1);
    }
  });

  test('after erasure no earlier object opens, through this sealer (cache cleared) or a fresh one', async () => {
    const { deletedItems } = await v.keys.eraseBranchKey(at(patient));

    expect(deletedItems).toBe(4); // ACTIVE, two versions, beacon
    for (const { ciphertext, binding } of sealed) {
      await expect(v.sealer.open(ciphertext, binding)).rejects.toBeInstanceOf(PatientErasedError);
      await expect(vault().sealer.open(ciphertext, binding)).rejects.toBeInstanceOf(PatientErasedError);
    }
    expect(await v.keys.state(at(patient))).toBe('erased');
    expect(await v.keys.state(at(bystander))).toBe('active');
  });

  test('nothing left in the key table or the KMS stand-in files yields a key that opens them', async () => {
    const items = await partition(keyId(patient));
    expect(items).toEqual([{ 'branch-key-id': { S: keyId(patient) }, type: { S: TOMBSTONE_TYPE }, 'erased-at': { S: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) } }]);

    const { candidates, binaryAttributes, kmsFiles } = await candidateKeys();

    expect(binaryAttributes).toBeGreaterThan(0); // the other patients' keys are still there, and were tried
    expect(kmsFiles).toBeGreaterThan(0);
    expect(candidates.length).toBeGreaterThan(binaryAttributes / 2);
    for (const { ciphertext } of sealed) {
      for (const candidate of candidates) expect(await opensWith(candidate, ciphertext)).toBe(false);
    }
    process.stdout.write(`erasure: ${candidates.length} candidate keys tried from ${binaryAttributes} binary attributes and ${kmsFiles} KMS file(s), none opens\n`);
  });

  test("once DynamoDB Local has stopped, the deleted wrapped keys are gone from its file too (SQLite keeps deleted rows until compacted)", async () => {
    const file = join(dataDir, 'dynamodb-local', 'shared-local-instance.db');
    // Searched raw and base64-encoded; a live item's wrapped key is the control that the search finds what is there.
    const inFile = (db: Buffer, blob: Uint8Array) => db.includes(Buffer.from(blob)) || db.includes(Buffer.from(Buffer.from(blob).toString('base64')));
    const live = (await partition(keyId(bystander))).find((item) => item['type']!.S === 'branch:ACTIVE')!['enc']!.B!;
    const whileRunning = encBlobs.filter((blob) => inFile(readFileSync(file), blob)).length;

    await dynamoLocal.stop();
    const stopped = readFileSync(file);
    dynamoLocal = await startDynamoDbLocal({ dataDir, port: dynamoLocal.port });

    process.stdout.write(`erasure on disk: ${whileRunning}/${encBlobs.length} deleted wrapped keys in DynamoDB Local's file while it ran, ${encBlobs.filter((blob) => inFile(stopped, blob)).length} after it stopped\n`);
    expect(inFile(stopped, live)).toBe(true);
    expect(encBlobs.filter((blob) => inFile(stopped, blob))).toEqual([]);
    expect(await v.keys.state(at(bystander))).toBe('active'); // same port, same data: the shared client carries on
  });

  test('the erased patient is not silently enrolled again; an explicit re-enrolment makes a new, unrelated key', async () => {
    await expect(v.keys.ensureBranchKey(at(patient))).rejects.toBeInstanceOf(PatientErasedError);
    await expect(v.sealer.seal(encoder.encode('{}'), { pseudonym: patient, providerId: 'dev-hospital-a', objectId: 'Observation/new' })).rejects.toBeInstanceOf(PatientErasedError);
    await expect(v.keys.rotateBranchKey(at(patient))).rejects.toBeInstanceOf(PatientErasedError);

    expect(await v.keys.ensureBranchKey(at(patient), { reenrol: true })).toEqual({ branchKeyId: keyId(patient), created: true });

    expect(await v.keys.state(at(patient))).toBe('active');
    const binding = { pseudonym: patient, providerId: 'dev-hospital-a', objectId: 'Observation/new' };
    expect(new TextDecoder().decode(await v.sealer.open(await v.sealer.seal(encoder.encode('new'), binding), binding))).toBe('new');
    for (const { ciphertext, binding: old } of sealed) await expect(v.sealer.open(ciphertext, old)).rejects.toBeInstanceOf(SealedObjectError);
  });

  test('erasing twice is harmless, and erasure of a patient never enrolled leaves a tombstone', async () => {
    const never = pseudonym('never-enrolled');
    expect(await v.keys.eraseBranchKey(at(never))).toEqual({ deletedItems: 0 });
    expect(await v.keys.eraseBranchKey(at(never))).toEqual({ deletedItems: 0 });
    await expect(v.keys.ensureBranchKey(at(never))).rejects.toBeInstanceOf(PatientErasedError);
  });
});

describe('restart persistence', () => {
  test('a branch key and what it sealed survive a DynamoDB Local restart on the same data folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'vault-restart-'));
    const clientFor = (url: string) => new DynamoDBClient({ region: REGION, endpoint: url, credentials: CREDENTIALS });
    try {
      const first = await startDynamoDbLocal({ dataDir: folder });
      const firstClient = clientFor(first.url);
      await ensureTables({ transactional: firstClient });
      const before = vault({ dynamo: firstClient });
      const patient = pseudonym('restart');
      await before.keys.ensureBranchKey(at(patient));
      const binding = { pseudonym: patient, providerId: 'dev-hospital-a', objectId: 'Observation/restart' };
      const sealed = await before.sealer.seal(encoder.encode('kept'), binding);
      firstClient.destroy();
      await first.stop();

      const second = await startDynamoDbLocal({ dataDir: folder });
      const secondClient = clientFor(second.url);
      try {
        const after = vault({ dynamo: secondClient });
        expect(await after.keys.ensureBranchKey(at(patient))).toEqual({ branchKeyId: keyId(patient), created: false });
        expect(new TextDecoder().decode(await after.sealer.open(sealed, binding))).toBe('kept');
      } finally {
        secondClient.destroy();
        await second.stop();
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('configuration', () => {
  const base = { BRANCH_KEY_TABLE: 'fhir-exchange-branch-keys', VAULT_KMS_KEY_ARN: 'arn:aws:kms:us-east-1:000000000000:key/0b0e0c2e-1d6f-4c4e-9d55-7f1f1b2c3d4e' };

  test('the vault section: defaults, an optional endpoint, a key ARN (not an alias)', () => {
    expect(parseConfig(vaultConfigSchema, base)).toEqual({ ...base, BRANCH_KEY_CACHE_SECONDS: 300, BRANCH_KEY_CACHE_ENTRIES: 1000 });
    expect(parseConfig(vaultConfigSchema, { ...base, BRANCH_KEY_DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' }).BRANCH_KEY_DYNAMODB_ENDPOINT).toBe('http://127.0.0.1:8000');
    expect(() => parseConfig(vaultConfigSchema, { ...base, VAULT_KMS_KEY_ARN: 'alias/fhir-exchange' })).toThrow(/VAULT_KMS_KEY_ARN/);
    expect(() => parseConfig(vaultConfigSchema, { ...base, BRANCH_KEY_CACHE_SECONDS: '0' })).toThrow(/BRANCH_KEY_CACHE_SECONDS/);
  });

  test('PatientKeyring.fromEnvironment sends branch key traffic to BRANCH_KEY_DYNAMODB_ENDPOINT, not the default DynamoDB endpoint', async () => {
    Object.assign(process.env, {
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_KMS: kmsStandIn.url,
      AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:9', // nothing listens there: using it would fail
      BRANCH_KEY_TABLE: TABLE,
      VAULT_KMS_KEY_ARN: keyArn,
      BRANCH_KEY_DYNAMODB_ENDPOINT: dynamoLocal.url,
    });
    const keys = PatientKeyring.fromEnvironment();
    const sealer = new SealedObjects(keys);
    const patient = pseudonym('from-environment');
    const binding = { pseudonym: patient, providerId: 'dev-hospital-a', objectId: 'Observation/env' };

    await keys.ensureBranchKey(at(patient));

    expect(new TextDecoder().decode(await sealer.open(await sealer.seal(encoder.encode('wired'), binding), binding))).toBe('wired');
    expect(keys.cacheSeconds).toBe(300);
  });
});

describe('throughput (printed, not asserted)', () => {
  test('seal and open MB/s for 10 KB and 1 MB objects, warm cache', async () => {
    const { keys, sealer } = vault();
    const patient = pseudonym('throughput');
    await keys.ensureBranchKey(at(patient));
    const { bytes } = await syntheaBundle();
    const lines: string[] = [];
    for (const [label, size, rounds] of [['10 KB', 10_000, 400], ['1 MB', 1_000_000, 20]] as const) {
      const body = new Uint8Array(size).map((_, index) => bytes[index % bytes.length]!); // real FHIR JSON, repeated as needed
      const binding = { pseudonym: patient, providerId: 'dev-hospital-a', objectId: `bench-${size}` };
      const warm = await sealer.seal(body, binding);
      await sealer.open(warm, binding);
      let sealedBody = warm;
      let started = performance.now();
      for (let round = 0; round < rounds; round++) sealedBody = await sealer.seal(body, binding);
      const sealMBs = (size * rounds) / 1e6 / ((performance.now() - started) / 1000);
      started = performance.now();
      for (let round = 0; round < rounds; round++) await sealer.open(sealedBody, binding);
      const openMBs = (size * rounds) / 1e6 / ((performance.now() - started) / 1000);
      lines.push(`${label}: seal ${sealMBs.toFixed(0)} MB/s, open ${openMBs.toFixed(0)} MB/s (${rounds} objects, ciphertext +${sealedBody.length - size} bytes)`);
    }
    process.stdout.write(`vault throughput: ${lines.join('; ')}\n`);
  });
});
