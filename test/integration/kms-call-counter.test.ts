import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateKeyCommand, DecryptCommand, EncryptCommand, GenerateMacCommand, KMSClient, NotFoundException } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startKmsStandIn, type KmsCallStats, type KmsStandIn } from '../../infra/local/kms-stand-in.ts';

/** The KMS stand-in's dev-only call counter: `GET /__stats` and `stats()`. */
describe('KMS stand-in call counter', () => {
  let dataDir: string;
  let standIn: KmsStandIn;
  let kms: KMSClient;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kms-call-counter-'));
    standIn = await startKmsStandIn({ dataDir, port: 0 });
    kms = new KMSClient({ endpoint: standIn.url, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  });

  afterAll(async () => {
    kms?.destroy();
    await standIn?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function fetchStats(): Promise<{ status: number; contentType: string | null; body: KmsCallStats }> {
    const response = await fetch(`${standIn.url}/__stats`);
    return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as KmsCallStats };
  }

  test('starts at zero', async () => {
    const { status, contentType, body } = await fetchStats();

    expect(status).toBe(200);
    expect(contentType).toBe('application/json');
    expect(body).toEqual({ calls: {}, total: 0, since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  test('counts calls per operation, failed ones included, and never exposes keys or plaintexts', async () => {
    const before = (await fetchStats()).body;
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: 'counter test' }));
    const { KeyMetadata: macKey } = await kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }));
    const plaintext = new TextEncoder().encode('a secret that must never show up in the stats');
    const { CiphertextBlob } = await kms.send(new EncryptCommand({ KeyId: KeyMetadata!.Arn!, Plaintext: plaintext }));
    await kms.send(new DecryptCommand({ CiphertextBlob: CiphertextBlob! }));
    await kms.send(new DecryptCommand({ CiphertextBlob: CiphertextBlob! }));
    await kms.send(new GenerateMacCommand({ KeyId: macKey!.Arn!, MacAlgorithm: 'HMAC_SHA_256', Message: plaintext }));
    await expect(kms.send(new EncryptCommand({ KeyId: 'alias/nobody', Plaintext: plaintext }))).rejects.toBeInstanceOf(NotFoundException);

    const response = await fetch(`${standIn.url}/__stats`);
    const text = await response.text();
    const after = JSON.parse(text) as KmsCallStats;

    expect(after.calls).toEqual({ CreateKey: 2, Decrypt: 2, Encrypt: 2, GenerateMac: 1 });
    expect(after.total).toBe(before.total + 7);
    expect(after.since).toBe(before.since);
    expect(standIn.stats()).toEqual(after);
    // Names and numbers only: no key id, no ARN, nothing of the plaintext or the ciphertext.
    expect(text).not.toContain(KeyMetadata!.KeyId!);
    expect(text).not.toContain('arn:aws:kms');
    expect(text).not.toContain('secret');
    expect(text).not.toContain(Buffer.from(CiphertextBlob!).toString('base64').slice(0, 16));
  });

  test('unsupported targets and non-KMS requests are not counted, and keep their 400s', async () => {
    const before = standIn.stats().total;
    const unknown = await fetch(standIn.url, { method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'TrentService.MakeCoffee' }, body: '{}' });
    const getRoot = await fetch(`${standIn.url}/`);
    const postStats = await fetch(`${standIn.url}/__stats`, { method: 'POST', headers: { 'x-amz-target': 'TrentService.ListAliases' }, body: '{}' });
    const getOther = await fetch(`${standIn.url}/__statsx`);

    for (const response of [unknown, getRoot, postStats, getOther]) {
      expect(response.status).toBe(400);
      expect(((await response.json()) as { __type: string }).__type).toBe('UnsupportedOperationException');
    }
    expect(standIn.stats().total).toBe(before);
  });

  test('the stats request does not disturb the KMS protocol on the same port', async () => {
    await fetchStats();
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({}));

    expect(KeyMetadata?.Arn).toMatch(/^arn:aws:kms:/);
    expect((await fetchStats()).body.calls['CreateKey']).toBe(3);
  });
});
