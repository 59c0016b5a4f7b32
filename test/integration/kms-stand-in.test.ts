import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BranchKeyStoreNode,
  buildClient,
  CommitmentPolicy,
  KmsHierarchicalKeyRingNode,
  KmsKeyringNode,
} from '@aws-crypto/client-node';
import {
  DynamoDBClient,
  GetItemCommand,
  TransactWriteItemsCommand,
  TransactionCanceledException,
  type AttributeValue,
  type TransactWriteItemsCommandInput,
} from '@aws-sdk/client-dynamodb';
import {
  CreateAliasCommand,
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisabledException,
  EncryptCommand,
  GenerateDataKeyCommand,
  GenerateDataKeyWithoutPlaintextCommand,
  GenerateMacCommand,
  GenerateRandomCommand,
  GetPublicKeyCommand,
  IncorrectKeyException,
  InvalidCiphertextException,
  InvalidKeyUsageException,
  KMS,
  KMSClient,
  KMSInvalidMacException,
  KMSInvalidSignatureException,
  KMSInvalidStateException,
  ListAliasesCommand,
  NotFoundException,
  ReEncryptCommand,
  ScheduleKeyDeletionCommand,
  SignCommand,
  UnsupportedOperationException,
  VerifyCommand,
  VerifyMacCommand,
  type KMSClientConfig,
} from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startKmsStandIn, type KmsStandIn } from '../../infra/local/kms-stand-in.ts';

const REGION = 'us-east-1';
const ACCOUNT = '000000000000';
const KEY_ARN = /^arn:aws:kms:us-east-1:000000000000:key\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Client settings for the stand-in: any credentials work, the signature is not checked. */
function clientConfig(standIn: KmsStandIn): KMSClientConfig {
  return {
    endpoint: standIn.url,
    region: REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array | undefined) => new TextDecoder().decode(data);

async function tempDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'kms-stand-in-'));
}

async function createSymmetricKey(kms: KMSClient, description = 'test key'): Promise<string> {
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: description }));
  if (!KeyMetadata?.Arn) throw new Error('CreateKey returned no ARN');
  return KeyMetadata.Arn;
}

/** Sends a raw request, bypassing the SDK, to check what the server does with input the SDK never produces. */
async function rawRequest(standIn: KmsStandIn, target: string, body: string) {
  const response = await fetch(standIn.url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
    body,
  });
  return { status: response.status, body: (await response.json()) as { __type?: string; message?: string } };
}

describe('the KMS stand-in with @aws-sdk/client-kms', () => {
  let dataDir: string;
  let standIn: KmsStandIn;
  let kms: KMSClient;
  let keyArn: string;
  let otherKeyArn: string;
  let macKeyArn: string;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    standIn = await startKmsStandIn({ dataDir });
    kms = new KMSClient(clientConfig(standIn));
    keyArn = await createSymmetricKey(kms);
    otherKeyArn = await createSymmetricKey(kms, 'another key');
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }));
    macKeyArn = KeyMetadata?.Arn ?? '';
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/patient-vault', TargetKeyId: keyArn }));
  });

  afterAll(async () => {
    kms?.destroy();
    await standIn?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('CreateKey returns the metadata of an enabled symmetric encryption key', async () => {
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: 'described key' }));

    expect(KeyMetadata).toMatchObject({
      AWSAccountId: ACCOUNT,
      Description: 'described key',
      Enabled: true,
      KeyState: 'Enabled',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      Origin: 'AWS_KMS',
    });
    expect(KeyMetadata?.Arn).toMatch(KEY_ARN);
    expect(KeyMetadata?.Arn).toBe(`arn:aws:kms:${REGION}:${ACCOUNT}:key/${KeyMetadata?.KeyId}`);
    expect(KeyMetadata?.CreationDate).toBeInstanceOf(Date);
  });

  test('CreateKey with HMAC_256 makes a MAC key with the HMAC_SHA_256 algorithm', async () => {
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: macKeyArn }));

    expect(KeyMetadata).toMatchObject({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC', MacAlgorithms: ['HMAC_SHA_256'] });
  });

  test('DescribeKey by alias name resolves to the key the alias was created for', async () => {
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: 'alias/patient-vault' }));

    expect(KeyMetadata?.Arn).toBe(keyArn);
  });

  test('ListAliases lists the alias with its ARN and target key id', async () => {
    const { Aliases, Truncated } = await kms.send(new ListAliasesCommand({}));

    expect(Truncated).toBe(false);
    expect(Aliases).toEqual([
      expect.objectContaining({
        AliasName: 'alias/patient-vault',
        AliasArn: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/patient-vault`,
        TargetKeyId: keyArn.split('/')[1],
      }),
    ]);
  });

  test('CreateAlias with a name already in use fails with AlreadyExistsException', async () => {
    await expect(kms.send(new CreateAliasCommand({ AliasName: 'alias/patient-vault', TargetKeyId: otherKeyArn }))).rejects.toMatchObject({
      name: 'AlreadyExistsException',
    });
  });

  test.each([
    ['key id', () => keyArn.split('/')[1] ?? ''],
    ['key ARN', () => keyArn],
    ['alias name', () => 'alias/patient-vault'],
    ['alias ARN', () => `arn:aws:kms:${REGION}:${ACCOUNT}:alias/patient-vault`],
  ])('Encrypt and Decrypt round-trip a plaintext when the key is named by %s', async (_kind, keyReference) => {
    const context = { patient: 'p-123' };
    const encrypted = await kms.send(new EncryptCommand({ KeyId: keyReference(), Plaintext: bytes('hello vault'), EncryptionContext: context }));
    const decrypted = await kms.send(new DecryptCommand({ KeyId: keyReference(), CiphertextBlob: encrypted.CiphertextBlob, EncryptionContext: context }));

    expect(encrypted.KeyId).toBe(keyArn);
    expect(decrypted.KeyId).toBe(keyArn);
    expect(text(decrypted.Plaintext)).toBe('hello vault');
  });

  test('Decrypt without a KeyId finds the key from the ciphertext', async () => {
    const encrypted = await kms.send(new EncryptCommand({ KeyId: otherKeyArn, Plaintext: bytes('no key id needed') }));
    const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob }));

    expect(decrypted.KeyId).toBe(otherKeyArn);
    expect(text(decrypted.Plaintext)).toBe('no key id needed');
  });

  test('Decrypt with a different encryption context fails with InvalidCiphertextException', async () => {
    const encrypted = await kms.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('bound'), EncryptionContext: { patient: 'p-1' } }));

    await expect(
      kms.send(new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, EncryptionContext: { patient: 'p-2' } })),
    ).rejects.toBeInstanceOf(InvalidCiphertextException);
  });

  test('Decrypt without the encryption context used to encrypt fails with InvalidCiphertextException', async () => {
    const encrypted = await kms.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('bound'), EncryptionContext: { patient: 'p-1' } }));

    await expect(kms.send(new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob }))).rejects.toBeInstanceOf(InvalidCiphertextException);
  });

  test('Decrypt of a tampered ciphertext fails with InvalidCiphertextException', async () => {
    const encrypted = await kms.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('do not touch') }));
    const tampered = Uint8Array.from(encrypted.CiphertextBlob ?? []);
    tampered[tampered.length - 1]! ^= 0x01;

    await expect(kms.send(new DecryptCommand({ CiphertextBlob: tampered }))).rejects.toBeInstanceOf(InvalidCiphertextException);
  });

  test("Decrypt naming another key than the ciphertext's fails with IncorrectKeyException", async () => {
    const encrypted = await kms.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('mine') }));

    await expect(kms.send(new DecryptCommand({ KeyId: otherKeyArn, CiphertextBlob: encrypted.CiphertextBlob }))).rejects.toBeInstanceOf(
      IncorrectKeyException,
    );
  });

  test('GenerateDataKey returns a plaintext key that Decrypt recovers from its CiphertextBlob', async () => {
    const context = { purpose: 'data-key' };
    const dataKey = await kms.send(new GenerateDataKeyCommand({ KeyId: 'alias/patient-vault', KeySpec: 'AES_256', EncryptionContext: context }));
    const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob: dataKey.CiphertextBlob, EncryptionContext: context }));

    expect(dataKey.KeyId).toBe(keyArn);
    expect(dataKey.Plaintext).toHaveLength(32);
    expect(Buffer.from(decrypted.Plaintext ?? []).equals(Buffer.from(dataKey.Plaintext ?? []))).toBe(true);
  });

  test('GenerateDataKey with NumberOfBytes returns a key of that length', async () => {
    const dataKey = await kms.send(new GenerateDataKeyCommand({ KeyId: keyArn, NumberOfBytes: 24 }));

    expect(dataKey.Plaintext).toHaveLength(24);
  });

  test('a GenerateDataKeyWithoutPlaintext key re-encrypted under a new context decrypts with that context', async () => {
    const generated = await kms.send(
      new GenerateDataKeyWithoutPlaintextCommand({ KeyId: keyArn, NumberOfBytes: 32, EncryptionContext: { stage: 'decrypt-only' } }),
    );
    const reEncrypted = await kms.send(
      new ReEncryptCommand({
        CiphertextBlob: generated.CiphertextBlob,
        SourceKeyId: keyArn,
        SourceEncryptionContext: { stage: 'decrypt-only' },
        DestinationKeyId: otherKeyArn,
        DestinationEncryptionContext: { stage: 'active' },
      }),
    );
    const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob: reEncrypted.CiphertextBlob, EncryptionContext: { stage: 'active' } }));

    expect(reEncrypted).toMatchObject({ SourceKeyId: keyArn, KeyId: otherKeyArn });
    expect(decrypted.KeyId).toBe(otherKeyArn);
    expect(decrypted.Plaintext).toHaveLength(32);
  });

  test('ReEncrypt with the wrong source encryption context fails with InvalidCiphertextException', async () => {
    const generated = await kms.send(new GenerateDataKeyWithoutPlaintextCommand({ KeyId: keyArn, KeySpec: 'AES_128', EncryptionContext: { a: '1' } }));

    await expect(
      kms.send(new ReEncryptCommand({ CiphertextBlob: generated.CiphertextBlob, SourceEncryptionContext: { a: '2' }, DestinationKeyId: keyArn })),
    ).rejects.toBeInstanceOf(InvalidCiphertextException);
  });

  test('GenerateRandom returns the requested number of bytes', async () => {
    const { Plaintext } = await kms.send(new GenerateRandomCommand({ NumberOfBytes: 48 }));

    expect(Plaintext).toHaveLength(48);
  });

  test('a MAC from GenerateMac is reported valid by VerifyMac', async () => {
    const { Mac, KeyId } = await kms.send(new GenerateMacCommand({ KeyId: macKeyArn, Message: bytes('consent #1'), MacAlgorithm: 'HMAC_SHA_256' }));
    const verified = await kms.send(new VerifyMacCommand({ KeyId: macKeyArn, Message: bytes('consent #1'), MacAlgorithm: 'HMAC_SHA_256', Mac }));

    expect(KeyId).toBe(macKeyArn);
    expect(Mac).toHaveLength(32);
    expect(verified).toMatchObject({ KeyId: macKeyArn, MacValid: true, MacAlgorithm: 'HMAC_SHA_256' });
  });

  test('VerifyMac of a different message fails with KMSInvalidMacException', async () => {
    const { Mac } = await kms.send(new GenerateMacCommand({ KeyId: macKeyArn, Message: bytes('consent #1'), MacAlgorithm: 'HMAC_SHA_256' }));

    await expect(
      kms.send(new VerifyMacCommand({ KeyId: macKeyArn, Message: bytes('consent #2'), MacAlgorithm: 'HMAC_SHA_256', Mac })),
    ).rejects.toBeInstanceOf(KMSInvalidMacException);
  });

  test('GenerateMac with a MAC algorithm that does not match the key spec fails with InvalidKeyUsageException', async () => {
    await expect(
      kms.send(new GenerateMacCommand({ KeyId: macKeyArn, Message: bytes('m'), MacAlgorithm: 'HMAC_SHA_512' })),
    ).rejects.toBeInstanceOf(InvalidKeyUsageException);
  });

  test('GenerateMac with an ENCRYPT_DECRYPT key fails with InvalidKeyUsageException', async () => {
    await expect(
      kms.send(new GenerateMacCommand({ KeyId: keyArn, Message: bytes('m'), MacAlgorithm: 'HMAC_SHA_256' })),
    ).rejects.toBeInstanceOf(InvalidKeyUsageException);
  });

  test('Encrypt with a MAC key fails with InvalidKeyUsageException', async () => {
    await expect(kms.send(new EncryptCommand({ KeyId: macKeyArn, Plaintext: bytes('x') }))).rejects.toBeInstanceOf(InvalidKeyUsageException);
  });

  test('DescribeKey of an unknown key fails with NotFoundException', async () => {
    await expect(kms.send(new DescribeKeyCommand({ KeyId: '11111111-2222-4333-8444-555555555555' }))).rejects.toBeInstanceOf(NotFoundException);
  });

  test('DescribeKey of an unknown alias fails with NotFoundException', async () => {
    await expect(kms.send(new DescribeKeyCommand({ KeyId: 'alias/nobody' }))).rejects.toBeInstanceOf(NotFoundException);
  });

  test('Encrypt with a disabled key fails with DisabledException', async () => {
    const disabledKeyArn = await createSymmetricKey(kms, 'to disable');
    await kms.send(new DisableKeyCommand({ KeyId: disabledKeyArn }));

    await expect(kms.send(new EncryptCommand({ KeyId: disabledKeyArn, Plaintext: bytes('x') }))).rejects.toBeInstanceOf(DisabledException);
  });

  test('a key scheduled for deletion is PendingDeletion and unusable (KMSInvalidStateException)', async () => {
    const doomedKeyArn = await createSymmetricKey(kms, 'to delete');
    const scheduled = await kms.send(new ScheduleKeyDeletionCommand({ KeyId: doomedKeyArn, PendingWindowInDays: 7 }));

    expect(scheduled).toMatchObject({ KeyId: doomedKeyArn, KeyState: 'PendingDeletion', PendingWindowInDays: 7 });
    await expect(kms.send(new EncryptCommand({ KeyId: doomedKeyArn, Plaintext: bytes('x') }))).rejects.toBeInstanceOf(KMSInvalidStateException);
  });

  test('an unknown X-Amz-Target fails with UnsupportedOperationException and the server keeps serving', async () => {
    const response = await rawRequest(standIn, 'TrentService.MakeCoffee', '{}');
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: keyArn }));

    expect(response).toMatchObject({ status: 400, body: { __type: 'UnsupportedOperationException' } });
    expect(KeyMetadata?.Arn).toBe(keyArn);
  });

  test('an X-Amz-Target naming an Object.prototype member is an unknown operation, not a crash', async () => {
    const response = await rawRequest(standIn, 'TrentService.constructor', '{}');

    expect(response).toMatchObject({ status: 400, body: { __type: 'UnsupportedOperationException' } });
  });

  test('a malformed JSON body is rejected with 400 ValidationException', async () => {
    const response = await rawRequest(standIn, 'TrentService.Encrypt', '{"KeyId": ');

    expect(response).toMatchObject({ status: 400, body: { __type: 'ValidationException' } });
  });

  test('a blob field that is not base64 is rejected with 400 ValidationException', async () => {
    const response = await rawRequest(standIn, 'TrentService.Encrypt', JSON.stringify({ KeyId: keyArn, Plaintext: 'not base64!' }));

    expect(response).toMatchObject({ status: 400, body: { __type: 'ValidationException' } });
  });
});

describe('the KMS stand-in across restarts', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await tempDataDir();
  });

  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('a ciphertext made before a restart decrypts after it on the same data dir', async () => {
    const first = await startKmsStandIn({ dataDir });
    const firstClient = new KMSClient(clientConfig(first));
    const keyArn = await createSymmetricKey(firstClient);
    await firstClient.send(new CreateAliasCommand({ AliasName: 'alias/survivor', TargetKeyId: keyArn }));
    const { CiphertextBlob } = await firstClient.send(
      new EncryptCommand({ KeyId: 'alias/survivor', Plaintext: bytes('still here'), EncryptionContext: { run: 'first' } }),
    );
    firstClient.destroy();
    await first.close();

    const second = await startKmsStandIn({ dataDir });
    const secondClient = new KMSClient(clientConfig(second));
    try {
      const decrypted = await secondClient.send(new DecryptCommand({ KeyId: 'alias/survivor', CiphertextBlob, EncryptionContext: { run: 'first' } }));

      expect(decrypted.KeyId).toBe(keyArn);
      expect(text(decrypted.Plaintext)).toBe('still here');
    } finally {
      secondClient.destroy();
      await second.close();
    }
  });

  test('keys and their state are written to <dataDir>/kms/keys.json', async () => {
    const standIn = await startKmsStandIn({ dataDir });
    const client = new KMSClient(clientConfig(standIn));
    const keyArn = await createSymmetricKey(client, 'written to disk');
    client.destroy();
    await standIn.close();

    const state = JSON.parse(await readFile(join(dataDir, 'kms', 'keys.json'), 'utf8')) as { keys: { keyId: string; description: string }[] };
    expect(state.keys).toContainEqual(expect.objectContaining({ keyId: keyArn.split('/')[1], description: 'written to disk' }));
  });

  test('keys.json is private to its owner: file mode 0600 in a 0700 directory', async () => {
    const standIn = await startKmsStandIn({ dataDir });
    const client = new KMSClient(clientConfig(standIn));
    await createSymmetricKey(client);
    client.destroy();
    await standIn.close();

    const file = await stat(join(dataDir, 'kms', 'keys.json'));
    const dir = await stat(join(dataDir, 'kms'));
    expect(file.mode & 0o777).toBe(0o600);
    expect(dir.mode & 0o777).toBe(0o700);
  });

  test('a disabled key is still disabled after a restart', async () => {
    const first = await startKmsStandIn({ dataDir });
    const firstClient = new KMSClient(clientConfig(first));
    const keyArn = await createSymmetricKey(firstClient);
    await firstClient.send(new DisableKeyCommand({ KeyId: keyArn }));
    firstClient.destroy();
    await first.close();

    const second = await startKmsStandIn({ dataDir });
    const secondClient = new KMSClient(clientConfig(second));
    try {
      const { KeyMetadata } = await secondClient.send(new DescribeKeyCommand({ KeyId: keyArn }));

      expect(KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    } finally {
      secondClient.destroy();
      await second.close();
    }
  });

  test('a corrupt keys.json stops the stand-in from starting instead of discarding keys', async () => {
    const corruptDir = await tempDataDir();
    try {
      const first = await startKmsStandIn({ dataDir: corruptDir });
      await first.close();
      await writeFile(join(corruptDir, 'kms', 'keys.json'), '{"format": 1, "keys": [{}], "aliases": []}');

      await expect(startKmsStandIn({ dataDir: corruptDir })).rejects.toThrow(/is not valid/);
    } finally {
      await rm(corruptDir, { recursive: true, force: true });
    }
  });
});

describe('the AWS Encryption SDK against the KMS stand-in', () => {
  let dataDir: string;
  let standIn: KmsStandIn;
  let kms: KMS;
  let keyArn: string;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    standIn = await startKmsStandIn({ dataDir });
    // The ESDK's KMS keyrings call generateDataKey()/encrypt()/decrypt() methods, which only the
    // aggregated `KMS` client has; `KMSClient` only has send().
    kms = new KMS(clientConfig(standIn));
    keyArn = await createSymmetricKey(kms);
  });

  afterAll(async () => {
    kms?.destroy();
    await standIn?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('KmsKeyringNode encrypts and decrypts a message with an encryption context', async () => {
    const { encrypt, decrypt } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
    const keyring = new KmsKeyringNode({ generatorKeyId: keyArn, clientProvider: () => kms });
    const encryptionContext = { patient: 'p-42', resource: 'Observation/7' };

    const { result } = await encrypt(keyring, 'blood pressure 120/80', { encryptionContext });
    const { plaintext, messageHeader } = await decrypt(keyring, result);

    expect(plaintext.toString('utf8')).toBe('blood pressure 120/80');
    expect(messageHeader.encryptionContext).toMatchObject(encryptionContext);
    expect(messageHeader.encryptedDataKeys.map((edk) => edk.providerInfo)).toEqual([keyArn]);
  });
});

/**
 * An in-memory DynamoDB table for the branch key store, behind aws-sdk-client-mock. Our local
 * DynamoDB (dynalite) lacks TransactWriteItems. It implements what
 * @aws-crypto/branch-keystore-node 5.0.2 sends (read from its build/main/src): TransactWriteItems
 * of Puts with `attribute_not_exists(#bkid)` or `attribute_exists(#bkid) AND #enc = :encOld`
 * conditions, and GetItem by (branch-key-id, type). Any other command fails the test loudly.
 */
function mockBranchKeyTable(ddb: DynamoDBClient) {
  const items = new Map<string, Record<string, AttributeValue>>();
  const itemKey = (item: Record<string, AttributeValue> | undefined) => `${item?.['branch-key-id']?.S}\u0000${item?.type?.S}`;
  const clone = (item: Record<string, AttributeValue>) => structuredClone(item);

  function conditionHolds(put: NonNullable<NonNullable<TransactWriteItemsCommandInput['TransactItems']>[number]['Put']>): boolean {
    const existing = items.get(itemKey(put.Item));
    const names = put.ExpressionAttributeNames ?? {};
    switch (put.ConditionExpression) {
      case undefined:
        return true;
      case 'attribute_not_exists(#bkid)':
        return existing?.[names['#bkid'] ?? ''] === undefined;
      case 'attribute_exists(#bkid) AND #enc = :encOld': {
        const current = existing?.[names['#enc'] ?? '']?.B;
        const expected = put.ExpressionAttributeValues?.[':encOld']?.B;
        return existing?.[names['#bkid'] ?? ''] !== undefined && !!current && !!expected && Buffer.from(current).equals(Buffer.from(expected));
      }
      default:
        throw new Error(`branch key table mock: unsupported ConditionExpression ${put.ConditionExpression}`);
    }
  }

  const mock = mockClient(ddb);
  mock.onAnyCommand().rejects(new Error('branch key table mock: unexpected DynamoDB command'));
  mock.on(TransactWriteItemsCommand).callsFake((input: TransactWriteItemsCommandInput) => {
    const puts = (input.TransactItems ?? []).map((entry) => {
      if (!entry.Put?.Item || Object.keys(entry).length !== 1) throw new Error('branch key table mock: only Put is supported in TransactWriteItems');
      return entry.Put;
    });
    // All or nothing, as DynamoDB transactions are.
    const reasons = puts.map((put) => ({ Code: conditionHolds(put) ? 'None' : 'ConditionalCheckFailed' }));
    if (reasons.some((reason) => reason.Code !== 'None')) {
      throw new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: reasons });
    }
    for (const put of puts) items.set(itemKey(put.Item), clone(put.Item ?? {}));
    return {};
  });
  mock.on(GetItemCommand).callsFake((input: { Key?: Record<string, AttributeValue> }) => {
    const item = items.get(itemKey(input.Key));
    return item ? { Item: clone(item) } : {};
  });
  return { items, restore: () => mock.restore() };
}

describe('the hierarchical keyring against the KMS stand-in', () => {
  let dataDir: string;
  let standIn: KmsStandIn;
  let kmsClient: KMSClient;
  let ddb: DynamoDBClient;
  let table: ReturnType<typeof mockBranchKeyTable>;
  let keyStore: BranchKeyStoreNode;
  let branchKeyId: string;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    standIn = await startKmsStandIn({ dataDir });
    kmsClient = new KMSClient(clientConfig(standIn));
    const keyArn = await createSymmetricKey(kmsClient, 'branch key store root');
    ddb = new DynamoDBClient({ region: REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    table = mockBranchKeyTable(ddb);
    keyStore = new BranchKeyStoreNode({
      logicalKeyStoreName: 'fhir-exchange-test',
      storage: { ddbTableName: 'branch-keys', ddbClient: ddb },
      keyManagement: { kmsClient },
      kmsConfiguration: { identifier: keyArn },
    });
    ({ branchKeyIdentifier: branchKeyId } = await keyStore.createKey());
  });

  afterAll(async () => {
    table?.restore();
    ddb?.destroy();
    kmsClient?.destroy();
    await standIn?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('createKey stores the ACTIVE, version and beacon records of the new branch key', () => {
    const types = [...table.items.values()].filter((item) => item['branch-key-id']?.S === branchKeyId).map((item) => item.type?.S);

    expect(types).toHaveLength(3);
    expect(types).toEqual(expect.arrayContaining(['branch:ACTIVE', 'beacon:ACTIVE', expect.stringMatching(/^branch:version:/)]));
  });

  test('the ACTIVE record and its version record decrypt to the same branch key (ReEncrypt preserved it)', async () => {
    const active = await keyStore.getActiveBranchKey(branchKeyId);
    const version = await keyStore.getBranchKeyVersion(branchKeyId, active.branchKeyVersion.toString('utf8'));

    expect(active.branchKey()).toHaveLength(32);
    expect(Buffer.from(version.branchKey()).equals(Buffer.from(active.branchKey()))).toBe(true);
  });

  test('KmsHierarchicalKeyRingNode encrypts and a fresh keyring decrypts a message with an encryption context', async () => {
    const { encrypt, decrypt } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
    const encryptionContext = { patient: 'p-7' };
    // Separate keyrings (each with its own cache) so decryption fetches and KMS-decrypts the version record.
    const encryptingKeyring = new KmsHierarchicalKeyRingNode({ branchKeyId, keyStore, cacheLimitTtl: 60 });
    const decryptingKeyring = new KmsHierarchicalKeyRingNode({ branchKeyId, keyStore, cacheLimitTtl: 60 });

    const { result } = await encrypt(encryptingKeyring, 'allergy: penicillin', { encryptionContext });
    const { plaintext, messageHeader } = await decrypt(decryptingKeyring, result);

    expect(plaintext.toString('utf8')).toBe('allergy: penicillin');
    expect(messageHeader.encryptionContext).toMatchObject(encryptionContext);
  });

  test('versionKey replaces the ACTIVE branch key with a new version', async () => {
    const { branchKeyIdentifier } = await keyStore.createKey();
    const before = await keyStore.getActiveBranchKey(branchKeyIdentifier);

    await keyStore.versionKey({ branchKeyIdentifier });
    const after = await keyStore.getActiveBranchKey(branchKeyIdentifier);

    expect(after.branchKeyVersion.toString('utf8')).not.toBe(before.branchKeyVersion.toString('utf8'));
    expect(Buffer.from(after.branchKey()).equals(Buffer.from(before.branchKey()))).toBe(false);
  });
});

/** The order n of the secp256k1 group. */
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
/** DER SubjectPublicKeyInfo header of an uncompressed secp256k1 key: id-ecPublicKey (1.2.840.10045.2.1), secp256k1 (1.3.132.0.10). */
const SECP256K1_SPKI_HEADER = '3056301006072a8648ce3d020106052b8104000a034200';

async function createSigningKey(kms: KMSClient, description = 'chain signer'): Promise<string> {
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY', Description: description }));
  if (!KeyMetadata?.Arn) throw new Error('CreateKey returned no ARN');
  return KeyMetadata.Arn;
}

async function publicKeyOf(kms: KMSClient, keyId: string) {
  const { PublicKey } = await kms.send(new GetPublicKeyCommand({ KeyId: keyId }));
  return createPublicKey({ key: Buffer.from(PublicKey ?? []), format: 'der', type: 'spki' });
}

/** The s of a DER ECDSA signature SEQUENCE { INTEGER r, INTEGER s } (short-form lengths). */
function derS(signature: Uint8Array): bigint {
  const der = Buffer.from(signature);
  const rLength = der[3]!;
  const sLength = der[5 + rLength]!;
  return BigInt(`0x${der.subarray(6 + rLength, 6 + rLength + sLength).toString('hex')}`);
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();

describe('secp256k1 signing keys in the KMS stand-in', () => {
  let dataDir: string;
  let standIn: KmsStandIn;
  let kms: KMSClient;
  let signingKeyArn: string;
  let symmetricKeyArn: string;
  let macKeyArn: string;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    standIn = await startKmsStandIn({ dataDir });
    kms = new KMSClient(clientConfig(standIn));
    signingKeyArn = await createSigningKey(kms);
    symmetricKeyArn = await createSymmetricKey(kms);
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }));
    macKeyArn = KeyMetadata?.Arn ?? '';
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/chain-operator', TargetKeyId: signingKeyArn }));
  });

  afterAll(async () => {
    kms?.destroy();
    await standIn?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('CreateKey with ECC_SECG_P256K1 / SIGN_VERIFY makes a signing key with the ECDSA_SHA_256 algorithm', async () => {
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY', Description: 'signer' }));

    expect(KeyMetadata).toMatchObject({
      KeySpec: 'ECC_SECG_P256K1',
      CustomerMasterKeySpec: 'ECC_SECG_P256K1',
      KeyUsage: 'SIGN_VERIFY',
      SigningAlgorithms: ['ECDSA_SHA_256'],
      KeyState: 'Enabled',
      Enabled: true,
      Description: 'signer',
    });
    expect(KeyMetadata?.Arn).toMatch(KEY_ARN);
    expect(KeyMetadata?.EncryptionAlgorithms).toBeUndefined();
    expect(KeyMetadata?.MacAlgorithms).toBeUndefined();
  });

  test.each([
    ['no KeyUsage (the default is ENCRYPT_DECRYPT)', { KeySpec: 'ECC_SECG_P256K1' }],
    ['KeyUsage ENCRYPT_DECRYPT', { KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'ENCRYPT_DECRYPT' }],
    ['KeyUsage GENERATE_VERIFY_MAC', { KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'GENERATE_VERIFY_MAC' }],
    ['a symmetric key with KeyUsage SIGN_VERIFY', { KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'SIGN_VERIFY' }],
  ] as const)('CreateKey with ECC_SECG_P256K1 and %s fails with ValidationException', async (_case, input) => {
    await expect(kms.send(new CreateKeyCommand(input))).rejects.toMatchObject({ name: 'ValidationException' });
  });

  test('GetPublicKey returns the DER SubjectPublicKeyInfo of a secp256k1 key with its spec, usage and algorithms', async () => {
    const response = await kms.send(new GetPublicKeyCommand({ KeyId: 'alias/chain-operator' }));
    const spki = Buffer.from(response.PublicKey ?? []);
    const publicKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });

    expect(response).toMatchObject({
      KeyId: signingKeyArn,
      KeySpec: 'ECC_SECG_P256K1',
      CustomerMasterKeySpec: 'ECC_SECG_P256K1',
      KeyUsage: 'SIGN_VERIFY',
      SigningAlgorithms: ['ECDSA_SHA_256'],
    });
    expect(response.EncryptionAlgorithms).toBeUndefined();
    expect(spki).toHaveLength(88);
    expect(spki.subarray(0, 23).toString('hex')).toBe(SECP256K1_SPKI_HEADER);
    expect(spki[23]).toBe(0x04); // uncompressed point
    expect(publicKey.asymmetricKeyType).toBe('ec');
    expect(publicKey.asymmetricKeyDetails?.namedCurve).toBe('secp256k1');
  });

  test('GetPublicKey of a symmetric key fails with UnsupportedOperationException', async () => {
    await expect(kms.send(new GetPublicKeyCommand({ KeyId: symmetricKeyArn }))).rejects.toBeInstanceOf(UnsupportedOperationException);
  });

  test('Sign with MessageType RAW (the default) returns a DER ECDSA signature over SHA-256 of the message', async () => {
    const message = bytes('register provider p-1');
    const signed = await kms.send(new SignCommand({ KeyId: signingKeyArn, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }));
    const publicKey = await publicKeyOf(kms, signingKeyArn);
    const signature = Buffer.from(signed.Signature ?? []);

    expect(signed).toMatchObject({ KeyId: signingKeyArn, SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(signature[0]).toBe(0x30);
    expect(verify('sha256', message, { key: publicKey, dsaEncoding: 'der' }, signature)).toBe(true);
    expect(verify('sha256', bytes('register provider p-2'), { key: publicKey, dsaEncoding: 'der' }, signature)).toBe(false);
  });

  test('Sign with MessageType DIGEST signs the 32 bytes as the digest, without hashing them again', async () => {
    const message = bytes('anchor root 0xabc');
    const signed = await kms.send(
      new SignCommand({ KeyId: 'alias/chain-operator', Message: sha256(message), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }),
    );
    const publicKey = await publicKeyOf(kms, signingKeyArn);
    const signature = Buffer.from(signed.Signature ?? []);

    expect(signed).toMatchObject({ KeyId: signingKeyArn, SigningAlgorithm: 'ECDSA_SHA_256' });
    // OpenSSL hashes `message` itself: the signature verifies against SHA-256(message), the digest we sent.
    expect(verify('sha256', message, { key: publicKey, dsaEncoding: 'der' }, signature)).toBe(true);
    // Signed once, not twice: it is not a signature of SHA-256(digest).
    expect(verify('sha256', sha256(message), { key: publicKey, dsaEncoding: 'der' }, signature)).toBe(false);
  });

  test('like KMS, the stand-in does not normalise s: DIGEST signatures come with s in both halves of the curve order', async () => {
    const publicKey = await publicKeyOf(kms, signingKeyArn);
    const halves = new Set<string>();
    for (let i = 0; i < 32; i++) {
      const message = bytes(`message ${i}`);
      const { Signature } = await kms.send(
        new SignCommand({ KeyId: signingKeyArn, Message: sha256(message), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }),
      );
      expect(verify('sha256', message, { key: publicKey, dsaEncoding: 'der' }, Buffer.from(Signature ?? []))).toBe(true);
      halves.add(derS(Signature ?? new Uint8Array()) > SECP256K1_N / 2n ? 'high' : 'low');
    }

    expect([...halves].sort()).toEqual(['high', 'low']);
  });

  test.each([31, 33, 64])('Sign with a %i-byte DIGEST fails with ValidationException', async (length) => {
    await expect(
      kms.send(new SignCommand({ KeyId: signingKeyArn, Message: new Uint8Array(length).fill(7), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' })),
    ).rejects.toMatchObject({ name: 'ValidationException' });
  });

  test('Sign of a message over 4096 bytes fails with ValidationException', async () => {
    await expect(
      kms.send(new SignCommand({ KeyId: signingKeyArn, Message: new Uint8Array(4097), SigningAlgorithm: 'ECDSA_SHA_256' })),
    ).rejects.toMatchObject({ name: 'ValidationException' });
  });

  test.each(['ECDSA_SHA_384', 'RSASSA_PSS_SHA_256'] as const)('Sign with the %s algorithm, which secp256k1 keys do not support, fails with InvalidKeyUsageException', async (algorithm) => {
    await expect(kms.send(new SignCommand({ KeyId: signingKeyArn, Message: bytes('m'), SigningAlgorithm: algorithm }))).rejects.toBeInstanceOf(
      InvalidKeyUsageException,
    );
  });

  test.each([
    ['symmetric', () => symmetricKeyArn],
    ['HMAC', () => macKeyArn],
  ])('Sign with a %s key fails with InvalidKeyUsageException', async (_kind, keyId) => {
    await expect(kms.send(new SignCommand({ KeyId: keyId(), Message: bytes('m'), SigningAlgorithm: 'ECDSA_SHA_256' }))).rejects.toBeInstanceOf(
      InvalidKeyUsageException,
    );
  });

  test.each([
    ['Encrypt', () => kms.send(new EncryptCommand({ KeyId: signingKeyArn, Plaintext: bytes('x') }))],
    ['GenerateDataKey', () => kms.send(new GenerateDataKeyCommand({ KeyId: signingKeyArn, KeySpec: 'AES_256' }))],
    ['GenerateDataKeyWithoutPlaintext', () => kms.send(new GenerateDataKeyWithoutPlaintextCommand({ KeyId: signingKeyArn, NumberOfBytes: 32 }))],
    ['GenerateMac', () => kms.send(new GenerateMacCommand({ KeyId: signingKeyArn, Message: bytes('m'), MacAlgorithm: 'HMAC_SHA_256' }))],
  ] as const)('%s with a SIGN_VERIFY key fails with InvalidKeyUsageException', async (_operation, send) => {
    await expect(send()).rejects.toBeInstanceOf(InvalidKeyUsageException);
  });

  test('Sign and GetPublicKey with a disabled signing key fail with DisabledException', async () => {
    const keyArn = await createSigningKey(kms, 'to disable');
    await kms.send(new DisableKeyCommand({ KeyId: keyArn }));

    await expect(kms.send(new SignCommand({ KeyId: keyArn, Message: bytes('m'), SigningAlgorithm: 'ECDSA_SHA_256' }))).rejects.toBeInstanceOf(
      DisabledException,
    );
    await expect(kms.send(new GetPublicKeyCommand({ KeyId: keyArn }))).rejects.toBeInstanceOf(DisabledException);
  });

  test('Sign with a signing key pending deletion fails with KMSInvalidStateException', async () => {
    const keyArn = await createSigningKey(kms, 'to delete');
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyArn, PendingWindowInDays: 7 }));

    await expect(kms.send(new SignCommand({ KeyId: keyArn, Message: bytes('m'), SigningAlgorithm: 'ECDSA_SHA_256' }))).rejects.toBeInstanceOf(
      KMSInvalidStateException,
    );
  });

  test('Verify accepts a signature of the message as RAW, and of its SHA-256 as DIGEST', async () => {
    const message = bytes('consent granted');
    const { Signature } = await kms.send(new SignCommand({ KeyId: signingKeyArn, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }));

    const raw = await kms.send(new VerifyCommand({ KeyId: signingKeyArn, Message: message, Signature, SigningAlgorithm: 'ECDSA_SHA_256' }));
    const digest = await kms.send(
      new VerifyCommand({ KeyId: 'alias/chain-operator', Message: sha256(message), MessageType: 'DIGEST', Signature, SigningAlgorithm: 'ECDSA_SHA_256' }),
    );

    expect(raw).toMatchObject({ KeyId: signingKeyArn, SignatureValid: true, SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(digest).toMatchObject({ KeyId: signingKeyArn, SignatureValid: true, SigningAlgorithm: 'ECDSA_SHA_256' });
  });

  test('Verify accepts DIGEST signatures whatever the half of s, and rejects them for another digest', async () => {
    for (let i = 0; i < 8; i++) {
      const digest = sha256(bytes(`digest ${i}`));
      const { Signature } = await kms.send(
        new SignCommand({ KeyId: signingKeyArn, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }),
      );
      const verified = await kms.send(
        new VerifyCommand({ KeyId: signingKeyArn, Message: digest, MessageType: 'DIGEST', Signature, SigningAlgorithm: 'ECDSA_SHA_256' }),
      );
      expect(verified.SignatureValid).toBe(true);
      await expect(
        kms.send(new VerifyCommand({ KeyId: signingKeyArn, Message: sha256(digest), MessageType: 'DIGEST', Signature, SigningAlgorithm: 'ECDSA_SHA_256' })),
      ).rejects.toBeInstanceOf(KMSInvalidSignatureException);
    }
  });

  test('Verify of a different message, or of a signature by another secp256k1 key, fails with KMSInvalidSignatureException', async () => {
    const message = bytes('original');
    const { Signature } = await kms.send(new SignCommand({ KeyId: signingKeyArn, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }));
    const otherKey = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey;
    const foreign = sign('sha256', message, { key: otherKey, dsaEncoding: 'der' });

    await expect(
      kms.send(new VerifyCommand({ KeyId: signingKeyArn, Message: bytes('forged'), Signature, SigningAlgorithm: 'ECDSA_SHA_256' })),
    ).rejects.toBeInstanceOf(KMSInvalidSignatureException);
    await expect(
      kms.send(new VerifyCommand({ KeyId: signingKeyArn, Message: message, Signature: foreign, SigningAlgorithm: 'ECDSA_SHA_256' })),
    ).rejects.toBeInstanceOf(KMSInvalidSignatureException);
    await expect(
      kms.send(new VerifyCommand({ KeyId: signingKeyArn, Message: sha256(message), MessageType: 'DIGEST', Signature: foreign, SigningAlgorithm: 'ECDSA_SHA_256' })),
    ).rejects.toBeInstanceOf(KMSInvalidSignatureException);
  });

  test('Verify of bytes that are not a DER signature fails with KMSInvalidSignatureException', async () => {
    await expect(
      kms.send(new VerifyCommand({ KeyId: signingKeyArn, Message: sha256(bytes('m')), MessageType: 'DIGEST', Signature: new Uint8Array(64).fill(1), SigningAlgorithm: 'ECDSA_SHA_256' })),
    ).rejects.toBeInstanceOf(KMSInvalidSignatureException);
  });

  test('no response carries the private key: DescribeKey and GetPublicKey answer only public fields', async () => {
    const described = await rawRequest(standIn, 'TrentService.DescribeKey', JSON.stringify({ KeyId: signingKeyArn }));
    const publicKey = await rawRequest(standIn, 'TrentService.GetPublicKey', JSON.stringify({ KeyId: signingKeyArn }));

    expect(described.status).toBe(200);
    expect(publicKey.status).toBe(200);
    expect(Object.keys(publicKey.body).sort()).toEqual(['CustomerMasterKeySpec', 'KeyId', 'KeySpec', 'KeyUsage', 'PublicKey', 'SigningAlgorithms']);
    expect(JSON.stringify(described.body)).not.toMatch(/PRIVATE KEY|privateKey|material/i);
  });
});

describe('secp256k1 signing keys across restarts', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await tempDataDir();
  });

  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('a signing key keeps its public key after a restart on the same data dir, and its new signatures verify against it', async () => {
    const first = await startKmsStandIn({ dataDir });
    const firstClient = new KMSClient(clientConfig(first));
    const keyArn = await createSigningKey(firstClient);
    const before = await firstClient.send(new GetPublicKeyCommand({ KeyId: keyArn }));
    firstClient.destroy();
    await first.close();

    const second = await startKmsStandIn({ dataDir });
    const secondClient = new KMSClient(clientConfig(second));
    try {
      const after = await secondClient.send(new GetPublicKeyCommand({ KeyId: keyArn }));
      const message = bytes('after the restart');
      const { Signature } = await secondClient.send(
        new SignCommand({ KeyId: keyArn, Message: sha256(message), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }),
      );
      const publicKey = createPublicKey({ key: Buffer.from(before.PublicKey ?? []), format: 'der', type: 'spki' });

      expect(Buffer.from(after.PublicKey ?? []).toString('hex')).toBe(Buffer.from(before.PublicKey ?? []).toString('hex'));
      expect(verify('sha256', message, { key: publicKey, dsaEncoding: 'der' }, Buffer.from(Signature ?? []))).toBe(true);
    } finally {
      secondClient.destroy();
      await second.close();
    }
  });

  test('keys.json stores a signing key as a PKCS#8 PEM private key on secp256k1, without raw material', async () => {
    const standIn = await startKmsStandIn({ dataDir });
    const client = new KMSClient(clientConfig(standIn));
    const keyArn = await createSigningKey(client, 'stored as PEM');
    const { PublicKey } = await client.send(new GetPublicKeyCommand({ KeyId: keyArn }));
    client.destroy();
    await standIn.close();

    const state = JSON.parse(await readFile(join(dataDir, 'kms', 'keys.json'), 'utf8')) as { keys: Record<string, unknown>[] };
    const entry = state.keys.find((key) => key.keyId === keyArn.split('/')[1]);
    expect(entry).toMatchObject({ keySpec: 'ECC_SECG_P256K1', keyUsage: 'SIGN_VERIFY', description: 'stored as PEM' });
    expect(entry).not.toHaveProperty('material');
    expect(entry?.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const derived = createPublicKey(String(entry?.privateKey)).export({ format: 'der', type: 'spki' });
    expect(derived.toString('hex')).toBe(Buffer.from(PublicKey ?? []).toString('hex'));
  });

  test('a keys.json whose signing key is not on secp256k1 stops the stand-in from starting', async () => {
    const corruptDir = await tempDataDir();
    try {
      const first = await startKmsStandIn({ dataDir: corruptDir });
      const client = new KMSClient(clientConfig(first));
      await createSigningKey(client);
      client.destroy();
      await first.close();
      const file = join(corruptDir, 'kms', 'keys.json');
      const state = JSON.parse(await readFile(file, 'utf8')) as { keys: Record<string, unknown>[] };
      state.keys[0]!.privateKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ format: 'pem', type: 'pkcs8' });
      await writeFile(file, JSON.stringify(state));

      await expect(startKmsStandIn({ dataDir: corruptDir })).rejects.toThrow(/is not valid \(key .* has an invalid private key\)/);
    } finally {
      await rm(corruptDir, { recursive: true, force: true });
    }
  });
});
