import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DecryptCommand, DescribeKeyCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Contract, JsonRpcProvider, id } from 'ethers';
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ProviderRegistryAbi } from '../../contracts/generated/index.ts';
import { PatientKeyring } from '../../functions/vault/storage/patient-keys.ts';
import { SealedObjects } from '../../functions/vault/storage/sealed-object.ts';
import { StackProcess } from '../support/local-stack-process.ts';

let stack: StackProcess;
beforeAll(async () => {
  stack = await StackProcess.start();
});
afterAll(async () => {
  await stack?.dispose();
});

const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const s3 = () => new S3Client({ region: 'us-east-1', endpoint: stack.info.services.s3, credentials, forcePathStyle: true });
const kms = () => new KMSClient({ region: 'us-east-1', endpoint: stack.info.services.kms, credentials });
const chain = () => new JsonRpcProvider(stack.info.rpcUrl, stack.info.chainId, { staticNetwork: true, cacheTimeout: -1 });
/** The vault as the functions build it, against this stack's DynamoDB Local (branch key table) and KMS stand-in. */
async function vault() {
  const kmsClient = kms();
  const { KeyMetadata } = await kmsClient.send(new DescribeKeyCommand({ KeyId: 'alias/fhir-exchange' }));
  const dynamo = new DynamoDBClient({ region: 'us-east-1', endpoint: stack.info.services.dynamodbLocal, credentials });
  const keys = new PatientKeyring(
    { BRANCH_KEY_TABLE: 'fhir-exchange-branch-keys', VAULT_KMS_KEY_ARN: KeyMetadata!.Arn!, BRANCH_KEY_CACHE_SECONDS: 300, BRANCH_KEY_CACHE_ENTRIES: 10 },
    { kms: kmsClient, dynamo },
  );
  return { keys, sealer: new SealedObjects(keys), destroy: () => (kmsClient.destroy(), dynamo.destroy()) };
}
const restartPatient = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const restartBinding = { pseudonym: restartPatient, providerId: 'dev-hospital-a', objectId: 'Observation/restart-check' };

describe('restart persistence', () => {
  test('what was written through every stand-in is there after a restart on the same data folder', async () => {
    // Prepare: one write through each stand-in, and a token issued before the restart.
    const admin = await stack.token('dev-admin');
    const registration = await fetch(`${stack.info.adminBase}/clients/restart-check`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'research', scopes: ['system/*.rs'], jwks: { keys: [{ kty: 'EC', crv: 'P-384', kid: 'r', x: 'AAAA', y: 'AAAA' }] } }),
    });
    expect(registration.status).toBe(201);
    await s3().send(new PutObjectCommand({ Bucket: 'fhir-exchange-vault', Key: 'restart-check', Body: 'object body' }));
    const { CiphertextBlob } = await kms().send(new EncryptCommand({ KeyId: 'alias/fhir-exchange', Plaintext: Buffer.from('kms plaintext'), EncryptionContext: { purpose: 'test' } }));
    const provider = chain();
    const operator = await provider.getSigner(1);
    const registry = new Contract(stack.info.contracts['ProviderRegistry']!, ProviderRegistryAbi, operator);
    await (await registry.getFunction('applyProvider')(id('restart-check'), 'Restart Clinic', 'https://clinic.example/fhir', '{}')).wait();
    const before = { contracts: stack.info.contracts, block: await provider.getBlockNumber() };
    provider.destroy();
    // The branch key table (on DynamoDB Local): a patient's branch key is written, an object sealed under it.
    const vaultBefore = await vault();
    expect(await vaultBefore.keys.ensureBranchKey({ pseudonym: restartPatient, holder: restartBinding.providerId })).toEqual({ branchKeyId: `${restartPatient}.${restartBinding.providerId}`, created: true });
    const sealed = await vaultBefore.sealer.seal(Buffer.from('{"resourceType":"Observation"}'), restartBinding);
    vaultBefore.destroy();

    // Act: stop as Ctrl-C would, then start again on the same folder.
    await stack.restart();

    // Assess: every write is back, and the old token is still good (the signing key persisted too).
    const client = await fetch(`${stack.info.adminBase}/clients/restart-check`, { headers: { Authorization: `Bearer ${admin}` } });
    expect(client.status).toBe(200);
    expect(((await client.json()) as any).role).toBe('research');
    const object = await s3().send(new GetObjectCommand({ Bucket: 'fhir-exchange-vault', Key: 'restart-check' }));
    expect(await object.Body!.transformToString()).toBe('object body');
    const { Plaintext } = await kms().send(new DecryptCommand({ CiphertextBlob, EncryptionContext: { purpose: 'test' } }));
    expect(Buffer.from(Plaintext!).toString()).toBe('kms plaintext');
    expect(stack.info.contracts).toEqual(before.contracts);
    const after = chain();
    expect(await after.getBlockNumber()).toBe(before.block);
    const stored = await new Contract(stack.info.contracts['ProviderRegistry']!, ProviderRegistryAbi, after).getFunction('getProvider')(id('restart-check'));
    expect(stored.name).toBe('Restart Clinic');
    after.destroy();
    // The branch key is read back from the table (a fresh vault has nothing cached) and opens the object.
    const vaultAfter = await vault();
    expect(await vaultAfter.keys.ensureBranchKey({ pseudonym: restartPatient, holder: restartBinding.providerId })).toEqual({ branchKeyId: `${restartPatient}.${restartBinding.providerId}`, created: false });
    expect(Buffer.from(await vaultAfter.sealer.open(sealed, restartBinding)).toString()).toBe('{"resourceType":"Observation"}');
    vaultAfter.destroy();
  });

  test('stopping removes stack.json and leaves no server listening', async () => {
    const { fhirBase } = stack.info;
    expect(await stack.stop()).toBe(0);
    expect(await readdir(stack.dataDir)).not.toContain('stack.json');
    await expect(fetch(`${fhirBase}/metadata`)).rejects.toThrow();
    await expect(fetch(stack.info.rpcUrl, { method: 'POST' })).rejects.toThrow();
    await expect(fetch(stack.info.services.dynamodbLocal, { method: 'POST' })).rejects.toThrow();
  });

  test('a stack killed outright (SIGKILL) leaves neither anvil nor DynamoDB Local running', async () => {
    await stack.boot();
    const { rpcUrl, services } = stack.info;
    await stack.kill();
    const gone = async (url: string) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        try {
          await fetch(url, { method: 'POST', signal: AbortSignal.timeout(500) });
        } catch {
          return true;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    };
    expect(await gone(rpcUrl)).toBe(true);
    expect(await gone(services.dynamodbLocal)).toBe(true);
  });
});
