import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { Contract, JsonRpcProvider, Wallet } from 'ethers';
import type { Bundle, OperationOutcome, Parameters, Patient } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signInWithEthereum } from '../../functions/cli/patient-sign-in.ts';
import type { MessageSigner, PatientSessionAnswer } from '../../functions/cli/patient-sign-in.ts';
import { ConsentRegistryInterface } from '../../functions/ledger/consent-registry.ts';
import { PatientErasedError, PatientKeyring } from '../../functions/vault/storage/patient-keys.ts';
import { SealedObjects } from '../../functions/vault/storage/sealed-object.ts';
import { EXCHANGE_KEY_ALIAS } from '../../infra/local/provision.ts';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { StoreInspector } from '../support/vault-inspection.ts';

/**
 * A person's erasure at their own request (issue 12): provider A and provider B hold the same
 * Synthea person; the patient, signed in with the wallet that controls them, asks the exchange for
 * an EIP-712 ErasureRequest, signs it, and the exchange relays it to the ConsentRegistry (which
 * checks the signature and records ErasureRequested on chain) and erases every holder's partition.
 * Afterwards both holders' reads answer 410, neither stores the person again (409), and the
 * ciphertext kept from before opens for nobody. A request signed by another wallet, or sent by a
 * session of a wallet that controls no patient, erases nothing.
 */

const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

let stack: StackProcess;
let store: StoreInspector;
const tokens = { a: '', b: '' };
const wallet = Wallet.createRandom();
const stranger = Wallet.createRandom();
let session: PatientSessionAnswer;
let strangerSession: PatientSessionAnswer;
const person = { bundle: {} as Bundle, pseudonym: '', idAtA: '', idAtB: '' };

async function call(method: 'GET' | 'POST', url: string, options: { token?: string; body?: unknown; cookie?: string; headers?: Record<string, string> } = {}) {
  const response = await fetch(url.startsWith('http') ? url : `${stack.origin}${url}`, {
    method,
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as any };
}
const fhir = (path: string) => `${stack.info.fhirBase}${path}`;
const signIn = (signer: MessageSigner) =>
  signInWithEthereum(async (method, path, body) => {
    const answer = await call(method, path, body === undefined ? {} : { body });
    return { status: answer.status, body: answer.body };
  }, signer);

async function post(token: string, bundle: Bundle): Promise<string> {
  const answer = await call('POST', fhir(''), { token, body: bundle });
  expect(answer.status, answer.text).toBe(200);
  return (answer.body as Bundle).entry!.find((entry) => entry.response!.location!.startsWith('Patient/'))!.response!.location!.split('/')[1]!;
}

beforeAll(async () => {
  stack = await StackProcess.start();
  store = new StoreInspector(stack.info);
  [tokens.a, tokens.b] = await Promise.all([stack.token('dev-provider-a'), stack.token('dev-provider-b')]);
  const text = syntheaPatientText(0);
  person.bundle = JSON.parse(text) as Bundle;
  person.idAtA = await post(tokens.a, person.bundle);
  const copy = JSON.parse(text) as Bundle;
  const mrn = (copy.entry!.find((entry) => entry.resource!.resourceType === 'Patient')!.resource as Patient).identifier!.find((identifier) => identifier.type?.coding?.[0]?.code === 'MR')!;
  mrn.value = `clinic-b-${mrn.value}`;
  person.idAtB = await post(tokens.b, copy);
  person.pseudonym = (await store.items('catalog')).find((item) => item['pk'] === `r#dev-hospital-a#Patient#${person.idAtA}` && item['sk'] === 'current')!['pseudonym'] as string;

  const issued = await call('POST', fhir(`/Patient/${person.idAtA}/$enrollment-code`), { token: tokens.a });
  const code = (issued.body as Parameters).parameter!.find((parameter) => parameter.name === 'code')!.valueString!;
  const { message } = (await call('GET', `/patient/enroll?code=${code}&address=${wallet.address}`)).body as { message: string };
  expect((await call('POST', '/patient/enroll', { body: { code, address: wallet.address, signature: await wallet.signMessage(message) } })).status).toBe(200);
  [session, strangerSession] = await Promise.all([signIn(wallet), signIn(stranger)]);
}, 180_000);

afterAll(async () => {
  store?.destroy();
  await stack?.dispose();
});

describe('POST /patient/erasure/$prepare', () => {
  test("answers the EIP-712 ErasureRequest of the session's patient, in the ConsentRegistry's domain, with the next nonce", async () => {
    const prepared = await call('POST', '/patient/erasure/$prepare', { token: session.access_token });
    expect(prepared.status, prepared.text).toBe(200);
    expect(prepared.body).toEqual({
      domain: { name: 'fhir-exchange ConsentRegistry', version: '1', chainId: stack.info.chainId, verifyingContract: stack.info.contracts['ConsentRegistry'] },
      types: { ErasureRequest: [{ name: 'pseudonym', type: 'bytes32' }, { name: 'nonce', type: 'uint256' }] },
      primaryType: 'ErasureRequest',
      message: { pseudonym: `0x${person.pseudonym}`, nonce: '0' },
    });
  });

  test('a wallet that controls no patient gets nothing to sign (404); without a session, 401', async () => {
    expect((await call('POST', '/patient/erasure/$prepare', { token: strangerSession.access_token })).status).toBe(404);
    expect((await call('POST', '/patient/erasure/$prepare')).status).toBe(401);
  });
});

describe('POST /patient/erasure', () => {
  test("a request signed by another wallet is refused by the contract (403), one for another patient is refused before it is relayed; nothing is erased", async () => {
    const prepared = (await call('POST', '/patient/erasure/$prepare', { token: session.access_token })).body;
    const forged = await call('POST', '/patient/erasure', { token: session.access_token, body: { message: prepared.message, signature: await stranger.signTypedData(prepared.domain, prepared.types, prepared.message) } });
    expect(forged.status, forged.text).toBe(403);
    expect((forged.body as OperationOutcome).issue[0]!.code).toBe('forbidden');
    // The stranger's session cannot send the patient's own signed request either.
    const signed = await wallet.signTypedData(prepared.domain, prepared.types, prepared.message);
    expect((await call('POST', '/patient/erasure', { token: strangerSession.access_token, body: { message: prepared.message, signature: signed } })).status).toBe(404);
    // A cookie session needs its CSRF token.
    expect((await call('POST', '/patient/erasure', { cookie: `fx_patient=${session.access_token}`, body: { message: prepared.message, signature: signed } })).status).toBe(403);
    expect((await call('GET', fhir(`/Patient/${person.idAtA}`), { token: tokens.a })).status).toBe(200);
    expect((await call('GET', fhir(`/Patient/${person.idAtB}`), { token: tokens.b })).status).toBe(200);
  });

  test("the controller's signed request is relayed on chain and erases every holder: reads answer 410, nobody stores the person again, the kept ciphertext opens for nobody", async () => {
    const objects = (await store.items('catalog')).filter((item) => item['pk'] === `p#${person.pseudonym}` && String(item['sk']).startsWith('obj#'));
    expect(new Set(objects.map((item) => item['providerId']))).toEqual(new Set(['dev-hospital-a', 'dev-clinic-b']));
    const kept = await Promise.all(objects.map(async (item) => ({ holder: item['providerId'] as string, objectKey: item['objectKey'] as string, bytes: await store.object('vault', item['objectKey'] as string) })));

    const prepared = (await call('POST', '/patient/erasure/$prepare', { token: session.access_token })).body;
    const erased = await call('POST', '/patient/erasure', {
      cookie: `fx_patient=${session.access_token}`,
      headers: { 'X-CSRF-Token': session.csrf_token },
      body: { primaryType: 'ErasureRequest', message: prepared.message, signature: await wallet.signTypedData(prepared.domain, prepared.types, prepared.message) },
    });
    expect(erased.status, erased.text).toBe(200);
    expect(erased.body).toEqual({ transaction: expect.stringMatching(/^0x[0-9a-f]{64}$/), block: expect.any(Number), holders: 2, alreadyErased: false });

    // On chain: ErasureRequested for the pseudonym, in the relayed transaction.
    const provider = new JsonRpcProvider(stack.info.rpcUrl, stack.info.chainId, { staticNetwork: true });
    try {
      const registry = new Contract(stack.info.contracts['ConsentRegistry']!, ConsentRegistryInterface, provider);
      const events = await registry.queryFilter(registry.filters['ErasureRequested']!(`0x${person.pseudonym}`), 0);
      expect(events.map((event) => event.transactionHash)).toEqual([erased.body.transaction]);
    } finally {
      provider.destroy();
    }

    for (const [token, id] of [[tokens.a, person.idAtA], [tokens.b, person.idAtB]] as const) {
      for (const path of [`/Patient/${id}`, `/Patient/${id}/$everything`]) {
        const read = await call('GET', fhir(path), { token });
        expect(read.status, path).toBe(410);
        expect((read.body as OperationOutcome).issue[0]!.code).toBe('deleted');
      }
      const again = await call('POST', fhir(''), { token, body: { ...person.bundle, id: 'after-erasure' } });
      expect(again.status).toBe(409);
    }
    const remaining = new Set(await store.objectKeys('vault'));
    for (const { objectKey } of kept) expect(remaining.has(objectKey)).toBe(false);

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
  });

  test("afterwards the patient's records are empty and the access log shows the erasure at both holders, at the patient's request", async () => {
    const records = await call('GET', '/patient/records', { token: session.access_token });
    expect(records.status).toBe(200);
    expect((records.body as Bundle).total).toBe(0);
    const log = (await call('GET', '/patient/access-log', { token: session.access_token })).body as Bundle;
    const erasures = log.entry!.map((entry) => entry.resource as { action?: string; entity?: { detail?: { type: string; valueString?: string }[] }[] }).filter((event) => event.action === 'D');
    expect(erasures.map((event) => event.entity![0]!.detail!.find((detail) => detail.type === 'holder')!.valueString).sort()).toEqual(['dev-clinic-b', 'dev-hospital-a']);
    for (const event of erasures) expect(event.entity![0]!.detail!.find((detail) => detail.type === 'reason')!.valueString).toMatch(/^At the patient's request/);
  });
});
