import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { Contract, JsonRpcProvider } from 'ethers';
import type { Bundle, Parameters } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AnchorRegistryAbi } from '../../contracts/generated/index.ts';
import { AnchorRegistry, AnchorRegistryInterface } from '../../functions/ledger/anchor-registry.ts';
import { createChainClient } from '../../functions/ledger/chain-client.ts';
import type { ChainClient } from '../../functions/ledger/chain-client.ts';
import { MerkleTree } from '../../functions/ledger/merkle-tree.ts';
import { Anchoring } from '../../functions/vault/anchoring/anchoring.ts';
import { Catalog } from '../../functions/vault/storage/catalog.ts';
import { PatientKeyring } from '../../functions/vault/storage/patient-keys.ts';
import { SealedObjects } from '../../functions/vault/storage/sealed-object.ts';
import { VaultObjects } from '../../functions/vault/storage/vault-objects.ts';
import { EXCHANGE_KEY_ALIAS } from '../../infra/local/provision.ts';
import { parseConfig, chainConfigSchema } from '../../schemas/config.ts';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { StoreInspector } from '../support/vault-inspection.ts';

/**
 * Anchoring and $verify on the local stack. The stack's own worker is told to wait an hour before
 * anchoring a small batch, so that the test drives anchoring itself (the same Anchoring class)
 * and can take the chain away, or drop a transaction, in the middle of it.
 */

const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
let stack: StackProcess;
let store: StoreInspector;
let token: string;
let rpc: JsonRpcProvider;
let chain: ChainClient;
let anchoring: Anchoring;
let registry: AnchorRegistry;
const cleanup: { destroy(): void }[] = [];

/** The n-th Synthea patient: a different person for every n. */
const patientBundle = (n: number) => syntheaPatientText(n, ['synthea-r4-smart-generated']);

async function ingest(text: string): Promise<string[]> {
  const response = await fetch(stack.info.fhirBase, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' }, body: text });
  expect(response.status).toBe(200);
  return ((await response.json()) as Bundle).entry!.map((entry) => entry.response!.location!.replace(/\/_history\/\d+$/, ''));
}

async function verify(location: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${stack.info.fhirBase}/${location}/$verify`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  const parameters = (await response.json()) as Parameters;
  const result: Record<string, unknown> = {};
  for (const parameter of parameters.parameter!) {
    const value = parameter.valueBoolean ?? parameter.valueCode ?? parameter.valueString ?? parameter.valueInteger ?? parameter.valueInstant;
    if (parameter.name === 'proof') ((result['proof'] ??= []) as unknown[]).push(value);
    else result[parameter.name] = value;
  }
  return result;
}

function anchoringFor(client: ChainClient): Anchoring {
  const region = stack.info.services.region;
  const s3 = new S3Client({ region, endpoint: stack.info.services.s3, forcePathStyle: true, credentials: CREDENTIALS });
  const dynamo = new DynamoDBClient({ region, endpoint: stack.info.services.dynamodb, credentials: CREDENTIALS });
  cleanup.push(s3, dynamo);
  const documents = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  // Anchoring never seals or opens: the keyring is there only because VaultObjects takes a sealer.
  const keyring = new PatientKeyring({ BRANCH_KEY_TABLE: StoreInspector.table('branchKeys'), VAULT_KMS_KEY_ARN: 'arn:aws:kms:us-east-1:000000000000:key/unused', BRANCH_KEY_CACHE_SECONDS: 60, BRANCH_KEY_CACHE_ENTRIES: 10 }, { kms: new KMSClient({ region }), dynamo });
  return new Anchoring(new Catalog(documents, StoreInspector.table('catalog')), new VaultObjects(s3, StoreInspector.bucket('vault'), new SealedObjects(keyring)), new AnchorRegistry(client, stack.info.contracts['AnchorRegistry']));
}

function chainConfig(rpcUrl: string) {
  return parseConfig(chainConfigSchema, {
    CHAIN_RPC_URL: rpcUrl,
    CHAIN_ID: String(stack.info.chainId),
    PROVIDER_REGISTRY_ADDRESS: stack.info.contracts['ProviderRegistry'],
    ANCHOR_REGISTRY_ADDRESS: stack.info.contracts['AnchorRegistry'],
    OPERATOR_SIGNER: 'rpc-account:1',
    ADMIN_SIGNER: 'rpc-account:0',
  });
}

beforeAll(async () => {
  stack = await StackProcess.start(undefined, { ANCHOR_BATCH_MAX_WAIT_SECONDS: '3600' });
  store = new StoreInspector(stack.info);
  token = await stack.token('dev-provider-a');
  rpc = new JsonRpcProvider(stack.info.rpcUrl, stack.info.chainId, { staticNetwork: true });
  chain = createChainClient(chainConfig(stack.info.rpcUrl));
  registry = new AnchorRegistry(chain, stack.info.contracts['AnchorRegistry']);
  anchoring = anchoringFor(chain);
  // The local KMS key exists (keeps the stack's provisioning honest for this test's helpers).
  const kms = new KMSClient({ region: stack.info.services.region, endpoint: stack.info.services.kms, credentials: CREDENTIALS });
  expect((await kms.send(new DescribeKeyCommand({ KeyId: EXCHANGE_KEY_ALIAS }))).KeyMetadata?.Enabled).toBe(true);
  kms.destroy();
});

afterAll(async () => {
  chain?.destroy();
  rpc?.destroy();
  for (const client of cleanup) client.destroy();
  store?.destroy();
  await stack?.dispose();
});

describe('anchoring and $verify', () => {
  let locations: string[];

  test('a committed resource is pending, then anchored in one transaction for the batch, then verified', async () => {
    locations = [...(await ingest(patientBundle(0))), ...(await ingest(patientBundle(1)))];
    const sample = locations.find((location) => location.startsWith('Observation/'))!;
    expect(await verify(sample)).toMatchObject({ verified: false, status: 'pending' });

    const result = await anchoring.run({ maxLeaves: 10_000, maxWaitSeconds: 0 });
    expect(result.batches).toHaveLength(1);
    expect(result.batches[0]!.leafCount).toBe(locations.length);
    const receipt = (await rpc.getTransactionReceipt(result.batches[0]!.transactionHash!))!;
    expect(receipt.status).toBe(1);
    expect(receipt.logs.map((log) => AnchorRegistryInterface.parseLog(log)?.name)).toEqual(['RootAnchored']);

    const verified = await verify(sample);
    expect(verified).toMatchObject({ verified: true, status: 'anchored', root: result.batches[0]!.root, transactionHash: receipt.hash, blockNumber: String(receipt.blockNumber) });
    // The proof checks out with the contract itself, for this commitment only.
    const contract = new Contract(stack.info.contracts['AnchorRegistry']!, AnchorRegistryAbi, rpc);
    expect(await contract.getFunction('verify').staticCall(verified['root'], verified['commitment'], verified['proof'])).toBe(true);
    const other = await verify(locations.find((location) => location.startsWith('Condition/'))!);
    expect(await contract.getFunction('verify').staticCall(verified['root'], other['commitment'], verified['proof'])).toBe(false);
    // Nothing left pending.
    expect((await anchoring.run({ maxLeaves: 10_000, maxWaitSeconds: 0 })).batches).toEqual([]);
  });

  test('a tampered object and a tampered commitment fail verification with a clear reason', async () => {
    const catalog = await store.items('catalog');
    const [typeA, idA] = locations.find((location) => location.startsWith('Observation/'))!.split('/') as [string, string];
    const [typeB, idB] = locations.filter((location) => location.startsWith('Observation/'))[1]!.split('/') as [string, string];
    const current = (type: string, id: string) => catalog.find((item) => item['pk'] === `r#dev-hospital-a#${type}#${id}` && item['sk'] === 'current')!;

    // The commitment recorded for B is changed.
    const documents = DynamoDBDocumentClient.from(store.dynamo);
    const itemB = current(typeB, idB);
    await documents.send(new PutCommand({ TableName: StoreInspector.table('catalog'), Item: { ...itemB, commitment: `0x${'ab'.repeat(32)}` } }));
    expect(await verify(`${typeB}/${idB}`)).toMatchObject({ verified: false, status: 'failed', reason: 'The recorded commitment is not the commitment of the stored resource' });
    await documents.send(new PutCommand({ TableName: StoreInspector.table('catalog'), Item: itemB }));
    expect(await verify(`${typeB}/${idB}`)).toMatchObject({ verified: true });

    // A's object is replaced by another object's bytes (the other patient's).
    const itemA = current(typeA, idA);
    const otherObject = (await store.objectKeys('vault')).find((key) => key.startsWith('o/') && key !== itemA['objectKey'])!;
    const original = await store.object('vault', itemA['objectKey'] as string);
    await store.s3.send(new PutObjectCommand({ Bucket: StoreInspector.bucket('vault'), Key: itemA['objectKey'] as string, Body: await store.object('vault', otherObject) }));
    const tampered = await verify(`${typeA}/${idA}`);
    expect(tampered).toMatchObject({ verified: false, status: 'failed', reason: 'The stored object does not decrypt under its binding: it was altered or replaced' });
    // A read of the tampered object never answers the other object's data.
    const read = await fetch(`${stack.info.fhirBase}/${typeA}/${idA}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(read.status).toBe(500);
    await store.s3.send(new PutObjectCommand({ Bucket: StoreInspector.bucket('vault'), Key: itemA['objectKey'] as string, Body: original }));
    expect(await verify(`${typeA}/${idA}`)).toMatchObject({ verified: true });
  });

  test('with the chain down commitments stay pending; they are anchored later, once, under one root', async () => {
    await ingest(patientBundle(2));
    const down = createChainClient(chainConfig('http://127.0.0.1:9'));
    const failing = anchoringFor(down);
    await expect(failing.run({ maxLeaves: 10_000, maxWaitSeconds: 0 })).rejects.toThrow();
    down.destroy();
    // One read of the catalog: the stack's own worker may finish the open batch at any moment after it.
    const catalog = await store.items('catalog');
    const open = catalog.filter((item) => item['pk'] === 'anchor#batch#open');
    expect(open).toHaveLength(1);
    expect(catalog.some((item) => String(item['pk']).startsWith('anchor#pending#'))).toBe(true);

    // More commits arrive meanwhile: they wait for the open batch, never join a second root with it.
    // The open batch is finished with its own root, by this run or, if it got there first, by the
    // stack's own worker (it finishes open batches on its one-second timer, whatever its batch wait).
    await ingest(patientBundle(3));
    const openRoot = open[0]!['root'] as string;
    const resumed = await anchoring.run({ maxLeaves: 10_000, maxWaitSeconds: 0 });
    const roots = resumed.batches.map((batch) => batch.root);
    if (roots[0] === openRoot) expect(roots).toHaveLength(2);
    else expect(roots).toHaveLength(1);
    expect((await registry.anchorOf(openRoot))?.leafCount).toBe(Number(open[0]!['leafCount']));
    expect(roots.at(-1)).not.toBe(openRoot);
    await expectEveryCommitmentAnchoredOnce();
  });

  test('a dropped transaction is sent again with the same root', async () => {
    await ingest(patientBundle(4));
    await rpc.send('evm_setAutomine', [false]);
    let open: Record<string, unknown>;
    try {
      await expect(anchoring.run({ maxLeaves: 10_000, maxWaitSeconds: 0 })).rejects.toThrow();
      await rpc.send('anvil_dropAllTransactions', []);
      // Read while nothing can be mined: the batch is open and its root is not on chain.
      const batches = (await store.items('catalog')).filter((item) => item['pk'] === 'anchor#batch#open');
      expect(batches).toHaveLength(1);
      open = batches[0]!;
      expect(await registry.anchorOf(open['root'] as string)).toBeUndefined();
    } finally {
      await rpc.send('evm_setAutomine', [true]);
    }
    // Sent again with the same root: by this run, or by the stack's own worker (it finishes open
    // batches on its one-second timer) if it got there first. Never under another root.
    const resumed = await anchoring.run({ maxLeaves: 10_000, maxWaitSeconds: 0 });
    for (const batch of resumed.batches) expect(batch.root).toBe(open['root']);
    expect((await registry.anchorOf(open['root'] as string))?.leafCount).toBe(Number(open['leafCount']));
    await expectEveryCommitmentAnchoredOnce();
  }, 60_000);
});

/** Every leaf of every closed batch is on chain under its root, and no commitment is in two roots. */
async function expectEveryCommitmentAnchoredOnce(): Promise<void> {
  const catalog = await store.items('catalog');
  expect(catalog.filter((item) => item['pk'] === 'anchor#batch#open')).toEqual([]);
  expect(catalog.filter((item) => String(item['pk']).startsWith('anchor#pending#'))).toEqual([]);
  const closed = catalog.filter((item) => item['pk'] === 'anchor#batch#closed');
  const seen = new Set<string>();
  for (const batch of closed) {
    const { root, leaves } = JSON.parse(Buffer.from(await store.object('vault', batch['leavesKey'] as string)).toString('utf8')) as { root: string; leaves: string[] };
    expect(MerkleTree.build(leaves).root).toBe(root);
    expect((await registry.anchorOf(root))?.leafCount).toBe(leaves.length);
    for (const leaf of leaves) {
      expect(seen.has(leaf)).toBe(false);
      seen.add(leaf);
    }
  }
  const events = await rpc.getLogs({ address: stack.info.contracts['AnchorRegistry'], fromBlock: 0, topics: [AnchorRegistryInterface.getEvent('RootAnchored')!.topicHash] });
  expect(events.length).toBe(closed.length);
}
