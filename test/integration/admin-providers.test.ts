import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Contract, JsonRpcProvider, hexlify, id, toUtf8Bytes } from 'ethers';
import type { TransactionReceipt } from 'ethers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ProviderRegistryAbi } from '../../contracts/generated/index.ts';
import { OperationOutcomeError } from '../../functions/fhir/outcomes.ts';
import { createChainClient, resolveSigner } from '../../functions/ledger/chain-client.ts';
import { KmsSignerError } from '../../functions/ledger/kms-signer.ts';
import { ProviderRegistry, ProviderRegistryInterface, onChainProviderId } from '../../functions/ledger/provider-registry.ts';
import { chainConfigSchema, parseConfig } from '../../schemas/config.ts';
import { REPO_ROOT, StackProcess } from '../support/local-stack-process.ts';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'functions/cli/fhir-exchange.ts');
const Status = { Applied: 1n, Confirmed: 2n, Suspended: 3n } as const;

let stack: StackProcess;
let chain: JsonRpcProvider;
let registry: Contract;
let adminToken: string;
let providerToken: string;
let adminAddress: string;
let operatorAddress: string;

beforeAll(async () => {
  stack = await StackProcess.start();
  chain = new JsonRpcProvider(stack.info.rpcUrl, stack.info.chainId, { staticNetwork: true, cacheTimeout: -1 });
  registry = new Contract(stack.info.contracts['ProviderRegistry']!, ProviderRegistryAbi, chain);
  adminAddress = await (await chain.getSigner(0)).getAddress();
  operatorAddress = await (await chain.getSigner(1)).getAddress();
  [adminToken, providerToken] = await Promise.all([stack.token('dev-admin'), stack.token('dev-provider-a')]);
});
afterAll(async () => {
  chain?.destroy();
  await stack?.dispose();
});

interface ProviderDocument {
  providerId?: string;
  onChainId: string;
  status: string;
  name: string;
  fhirEndpoint: string;
  metadata?: Record<string, unknown>;
  appliedAt: string;
  updatedAt: string;
  transactionHash?: string;
  blockNumber?: number;
  from?: string;
}

async function api(method: 'GET' | 'POST', path: string, options: { token?: string; body?: unknown; contentType?: string } = {}) {
  const headers: Record<string, string> = { Authorization: `Bearer ${options.token ?? adminToken}` };
  if (options.body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
  const response = await fetch(`${stack.info.adminBase}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const apply = (providerId: string, body: unknown, token?: string) => api('POST', `/providers/${providerId}/$apply`, { body, ...(token ? { token } : {}) });

async function receipt(hash: string): Promise<TransactionReceipt> {
  const found = await chain.getTransactionReceipt(hash);
  if (!found) throw new Error(`no receipt for ${hash}`);
  expect(found.status).toBe(1);
  expect(await found.confirmations()).toBeGreaterThanOrEqual(1);
  return found;
}

function registryEvents(mined: TransactionReceipt) {
  return mined.logs.map((log) => {
    expect(log.address).toBe(stack.info.contracts['ProviderRegistry']);
    const parsed = ProviderRegistryInterface.parseLog(log)!;
    return { name: parsed.name, args: [...parsed.args] };
  });
}

/** The exchange's own ids in clear, as they would appear in calldata (UTF-8, hex). */
const clearHex = (text: string) => hexlify(toUtf8Bytes(text)).slice(2);

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args, '--data-dir', stack.dataDir], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('dev providers', () => {
  test('are applied and confirmed on chain when the stack starts', async () => {
    expect(stack.info.providers.map((p) => [p.providerId, p.status])).toEqual([
      ['dev-hospital-a', 'Confirmed'],
      ['dev-clinic-b', 'Confirmed'],
    ]);
    for (const providerId of ['dev-hospital-a', 'dev-clinic-b']) {
      expect(await registry.getFunction('isConfirmed')(id(providerId))).toBe(true);
      const { status, body } = await api('GET', `/providers/${providerId}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ providerId, onChainId: id(providerId), status: 'Confirmed', fhirEndpoint: expect.stringMatching(/^https:\/\/fhir\.[a-z-]+\.example\/r4$/) });
    }
  });
});

describe('the provider lifecycle through the admin API', () => {
  const providerId = 'northside-clinic';
  const application = { name: 'Northside Clinic', fhirEndpoint: 'https://fhir.northside.example/r4', metadata: { region: 'north', beds: 40 } };
  let applied: ProviderDocument;

  test('$apply: the operator relays the application; ProviderApplied is on chain with the expected args; status Applied', async () => {
    const { status, headers, body } = await apply(providerId, application);
    expect(status).toBe(201);
    applied = body as ProviderDocument;
    expect(applied).toMatchObject({
      providerId,
      onChainId: id(providerId),
      status: 'Applied',
      name: application.name,
      fhirEndpoint: application.fhirEndpoint,
      metadata: application.metadata,
      from: operatorAddress,
    });
    expect(applied.transactionHash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(Date.parse(applied.appliedAt)).toBe(Date.parse(applied.updatedAt));
    expect(headers.get('location')).toBe(`${stack.origin}/admin/providers/${providerId}`);

    const mined = await receipt(applied.transactionHash!);
    expect(mined.blockNumber).toBe(applied.blockNumber);
    expect(mined.from).toBe(operatorAddress);
    expect(registryEvents(mined)).toEqual([{ name: 'ProviderApplied', args: [id(providerId), application.name, application.fhirEndpoint, operatorAddress] }]);
    const stored = await registry.getFunction('getProvider')(id(providerId));
    expect(stored.status).toBe(Status.Applied);
    expect(Number(stored.appliedAt) * 1000).toBe(Date.parse(applied.appliedAt));
  });

  test('only the opaque id, the name, the endpoint and the metadata went on chain (decoded calldata)', async () => {
    const tx = (await chain.getTransaction(applied.transactionHash!))!;
    expect(tx.to).toBe(stack.info.contracts['ProviderRegistry']);
    expect(tx.from).toBe(operatorAddress);
    expect(tx.value).toBe(0n);
    const call = ProviderRegistryInterface.parseTransaction({ data: tx.data })!;
    expect(call.name).toBe('applyProvider');
    expect([...call.args]).toEqual([id(providerId), application.name, application.fhirEndpoint, '{"beds":40,"region":"north"}']);
    // Exactly that call: nothing appended to the ABI encoding.
    expect(ProviderRegistryInterface.encodeFunctionData('applyProvider', [...call.args])).toBe(tx.data);
    // The exchange id and the caller's client id never went out in clear.
    for (const clear of [providerId, 'dev-admin']) expect(tx.data.toLowerCase()).not.toContain(clearHex(clear));
  });

  test('$confirm: the admin confirms; status Confirmed', async () => {
    const { status, body } = await api('POST', `/providers/${providerId}/$confirm`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ providerId, status: 'Confirmed', from: adminAddress, appliedAt: applied.appliedAt });
    const mined = await receipt(body.transactionHash);
    expect(registryEvents(mined)).toEqual([{ name: 'ProviderConfirmed', args: [id(providerId), adminAddress] }]);
    const call = ProviderRegistryInterface.parseTransaction({ data: (await chain.getTransaction(body.transactionHash))!.data })!;
    expect([call.name, ...call.args]).toEqual(['confirm', id(providerId)]);
    expect(await registry.getFunction('isConfirmed')(id(providerId))).toBe(true);
    expect((await api('GET', `/providers/${providerId}`)).body.status).toBe('Confirmed');
  });

  test('$suspend: the admin suspends; status Suspended; suspending again is a 409', async () => {
    const { status, body } = await api('POST', `/providers/${providerId}/$suspend`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ providerId, status: 'Suspended', from: adminAddress });
    expect(registryEvents(await receipt(body.transactionHash))).toEqual([{ name: 'ProviderSuspended', args: [id(providerId), adminAddress] }]);
    expect((await registry.getFunction('getProvider')(id(providerId))).status).toBe(Status.Suspended);
    expect(await registry.getFunction('isConfirmed')(id(providerId))).toBe(false);

    const again = await api('POST', `/providers/${providerId}/$suspend`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'conflict' }] });
    expect(again.body.issue[0].details.text).toContain('Suspended');
  });

  test('$confirm reinstates a suspended provider, also when named by its on-chain id', async () => {
    const { status, body } = await api('POST', `/providers/${id(providerId)}/$confirm`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ onChainId: id(providerId), status: 'Confirmed' });
    expect((await api('GET', `/providers/${id(providerId)}`)).body).toMatchObject({ status: 'Confirmed', name: application.name });
  });

  test('applying twice is a 409 OperationOutcome, and sends no transaction', async () => {
    const block = await chain.getBlockNumber();
    const { status, body } = await apply(providerId, { name: 'Someone Else', fhirEndpoint: 'https://else.example/fhir' });
    expect(status).toBe(409);
    expect(body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'conflict' }] });
    expect(body.issue[0].details.text).toContain('already applied');
    expect(await chain.getBlockNumber()).toBe(block);
    expect((await registry.getFunction('getProvider')(id(providerId))).name).toBe(application.name);
  });

  test('GET /admin/providers lists every provider that applied, with its current status', async () => {
    const { status, body } = await api('GET', '/providers');
    expect(status).toBe(200);
    expect(body).toMatchObject({ chainId: stack.info.chainId, registry: stack.info.contracts['ProviderRegistry'] });
    const byId = new Map((body.providers as ProviderDocument[]).map((p) => [p.onChainId, p]));
    expect(byId.get(id('dev-hospital-a'))).toMatchObject({ status: 'Confirmed', name: 'Dev Hospital A' });
    expect(byId.get(id('dev-clinic-b'))).toMatchObject({ status: 'Confirmed', name: 'Dev Clinic B' });
    expect(byId.get(id(providerId))).toMatchObject({ status: 'Confirmed', applicationTransactionHash: applied.transactionHash, operator: operatorAddress });
  });
});

describe('refusals', () => {
  test('an unknown provider is a 404, for reads and for status changes', async () => {
    for (const [method, path] of [
      ['GET', '/providers/never-applied'],
      ['POST', '/providers/never-applied/$confirm'],
      ['POST', '/providers/never-applied/$suspend'],
      ['GET', `/providers/${id('never-applied')}`],
    ] as const) {
      const { status, body } = await api(method, path);
      expect(status, `${method} ${path}`).toBe(404);
      expect(body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'not-found' }] });
    }
    expect((await api('POST', '/providers/never-applied/$renounce')).status).toBe(404);
  });

  test('a non-admin token is a 403, and nothing is sent', async () => {
    const block = await chain.getBlockNumber();
    for (const response of [
      await api('GET', '/providers', { token: providerToken }),
      await api('GET', '/providers/dev-hospital-a', { token: providerToken }),
      await apply('sneaky-clinic', { name: 'Sneaky', fhirEndpoint: 'https://sneaky.example/fhir' }, providerToken),
      await api('POST', '/providers/dev-clinic-b/$suspend', { token: providerToken }),
    ]) {
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'forbidden' }] });
    }
    expect(await chain.getBlockNumber()).toBe(block);
    const anonymous = await fetch(`${stack.info.adminBase}/providers`);
    expect(anonymous.status).toBe(401);
  });

  test('a bad body is a 400 naming the element, and nothing is sent', async () => {
    const block = await chain.getBlockNumber();
    const cases: [unknown, string, string][] = [
      [{ name: 'Plain HTTP', fhirEndpoint: 'http://fhir.example.org/r4' }, 'ProviderApplication.fhirEndpoint', 'value'],
      [{ name: 'Not a URL', fhirEndpoint: 'fhir.example.org' }, 'ProviderApplication.fhirEndpoint', 'value'],
      [{ name: 'Credentials', fhirEndpoint: 'https://user:pw@fhir.example.org/r4' }, 'ProviderApplication.fhirEndpoint', 'value'],
      [{ fhirEndpoint: 'https://fhir.example.org/r4' }, 'ProviderApplication.name', 'required'],
      [{ name: '   ', fhirEndpoint: 'https://fhir.example.org/r4' }, 'ProviderApplication.name', 'value'],
      [{ name: 'Nested', fhirEndpoint: 'https://fhir.example.org/r4', metadata: { contact: { email: 'x' } } }, 'ProviderApplication.metadata.contact', 'value'],
      [{ name: 'Extra', fhirEndpoint: 'https://fhir.example.org/r4', patient: 'x' }, 'ProviderApplication', 'structure'],
    ];
    for (const [body, expression, code] of cases) {
      const response = await apply('bad-body-clinic', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.resourceType).toBe('OperationOutcome');
      expect(response.body.issue, JSON.stringify(body)).toContainEqual(expect.objectContaining({ code, expression: [expression] }));
    }
    // http is fine on the loopback interface (local development); that one is applied.
    const local = await apply('loopback-clinic', { name: 'Loopback', fhirEndpoint: 'http://127.0.0.1:8080/fhir' });
    expect(local.status).toBe(201);
    expect(await chain.getBlockNumber()).toBe(block + 1);

    const notJson = await api('POST', '/providers/bad-body-clinic/$apply', { body: 'name=x', contentType: 'application/x-www-form-urlencoded' });
    expect(notJson.status).toBe(415);
    const malformed = await api('POST', '/providers/bad-body-clinic/$apply', { body: '{"name":' });
    expect(malformed.status).toBe(400);
    const badId = await apply('x', { name: 'Short', fhirEndpoint: 'https://short.example/fhir' });
    expect(badId.status).toBe(400);
    expect(badId.body.issue[0].expression).toEqual(['providerId']);
    expect((await api('GET', '/providers/bad-body-clinic')).status).toBe(404);
  });
});

describe('fhir-exchange providers (CLI)', () => {
  test('apply, confirm and list --json round trip, as dev-admin by default', async () => {
    const applied = await cli('providers', 'apply', '--id', 'cli-clinic', '--name', 'CLI Clinic', '--endpoint', 'https://cli.example/fhir', '--metadata', '{"source":"cli"}');
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('cli-clinic: Applied');
    const confirmed = await cli('providers', 'confirm', '--id', 'cli-clinic', '--json');
    expect(confirmed.code).toBe(0);
    expect(JSON.parse(confirmed.stdout)).toMatchObject({ providerId: 'cli-clinic', status: 'Confirmed', transactionHash: expect.stringMatching(/^0x/) });
    expect(await registry.getFunction('isConfirmed')(id('cli-clinic'))).toBe(true);

    const listed = await cli('providers', 'list', '--json');
    expect(listed.code).toBe(0);
    const providers = JSON.parse(listed.stdout).providers as ProviderDocument[];
    expect(providers.find((p) => p.onChainId === id('cli-clinic'))).toMatchObject({ status: 'Confirmed', name: 'CLI Clinic', metadata: { source: 'cli' } });
    // The providers of registered clients are named by their exchange ids.
    expect(providers.find((p) => p.onChainId === id('dev-hospital-a'))).toMatchObject({ providerId: 'dev-hospital-a' });

    const table = await cli('providers', 'list');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Confirmed\s+dev-clinic-b\s+Dev Clinic B\s+https:\/\/fhir\.clinic-b\.example\/r4/);
  });

  test('server refusals exit 1 with the reason; usage errors exit 2', async () => {
    const twice = await cli('providers', 'apply', '--id', 'cli-clinic', '--name', 'CLI Clinic', '--endpoint', 'https://cli.example/fhir');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('HTTP 409');
    const badEndpoint = await cli('providers', 'apply', '--id', 'cli-other', '--name', 'Other', '--endpoint', 'http://other.example/fhir');
    expect(badEndpoint.code).toBe(1);
    expect(badEndpoint.stderr).toContain('ProviderApplication.fhirEndpoint');
    const asProvider = await cli('providers', 'list', '--client', 'dev-provider-a');
    expect(asProvider.code).toBe(1);
    expect(asProvider.stderr).toContain('HTTP 403');
    expect((await cli('providers', 'confirm')).code).toBe(2);
    expect((await cli('providers', 'apply', '--id', 'x-clinic', '--name', 'X', '--endpoint', 'https://x.example/fhir', '--metadata', '[1]')).code).toBe(2);
    expect((await cli('providers', 'confirm', '--id', 'cli-clinic', '--name', 'X')).code).toBe(2);
    expect((await cli('providers', 'renounce')).code).toBe(2);
  });
});

describe('what the exchange put on chain', () => {
  test('every transaction to the registry is applyProvider/confirm/suspend with opaque ids, and no exchange or client id in clear', async () => {
    const latest = await chain.getBlockNumber();
    const clear = ['dev-hospital-a', 'dev-clinic-b', 'northside-clinic', 'cli-clinic', 'dev-admin', 'dev-provider-a', 'dev-provider-b'].map(clearHex);
    let calls = 0;
    for (let number = 0; number <= latest; number++) {
      const block = (await chain.getBlock(number, true))!;
      for (const tx of block.prefetchedTransactions) {
        if (tx.to !== stack.info.contracts['ProviderRegistry']) continue;
        calls++;
        expect([operatorAddress, adminAddress]).toContain(tx.from);
        const call = ProviderRegistryInterface.parseTransaction({ data: tx.data })!;
        expect(ProviderRegistryInterface.encodeFunctionData(call.fragment, [...call.args])).toBe(tx.data);
        if (call.name === 'applyProvider') {
          expect(tx.from).toBe(operatorAddress);
          expect(call.args[0]).toMatch(/^0x[0-9a-f]{64}$/);
        } else {
          expect(['confirm', 'suspend']).toContain(call.name);
          expect(tx.from).toBe(adminAddress);
          expect(call.args).toHaveLength(1);
        }
        for (const text of clear) expect(tx.data.toLowerCase()).not.toContain(text);
      }
    }
    // 2 dev providers (apply + confirm), northside (apply, confirm, suspend, confirm), loopback (apply), cli-clinic (apply, confirm).
    expect(calls).toBe(4 + 4 + 1 + 2);
  });
});

describe('signers and configuration', () => {
  const base = () => ({
    CHAIN_RPC_URL: stack.info.rpcUrl,
    CHAIN_ID: String(stack.info.chainId),
    PROVIDER_REGISTRY_ADDRESS: stack.info.contracts['ProviderRegistry']!,
    OPERATOR_SIGNER: 'rpc-account:1',
    ADMIN_SIGNER: 'rpc-account:0',
  });

  test('signer references parse; anything else fails by name', () => {
    expect(parseConfig(chainConfigSchema, { ...base(), ADMIN_SIGNER: 'kms:alias/fhir-exchange-admin' })).toMatchObject({
      OPERATOR_SIGNER: { kind: 'rpc-account', index: 1 },
      ADMIN_SIGNER: { kind: 'kms', keyId: 'alias/fhir-exchange-admin' },
      PROVIDER_REGISTRY_FROM_BLOCK: 0,
    });
    expect(() => parseConfig(chainConfigSchema, { ...base(), OPERATOR_SIGNER: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80' })).toThrow(/OPERATOR_SIGNER/);
    expect(() => parseConfig(chainConfigSchema, { ...base(), OPERATOR_SIGNER: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80' })).not.toThrow(/0xac09/);
  });

  test('a function given no signer references reads the chain but sends nothing, and says which reference it lacks', async () => {
    const { OPERATOR_SIGNER: _operator, ADMIN_SIGNER: _admin, ...readOnly } = base();
    const config = parseConfig(chainConfigSchema, readOnly);
    expect(config.OPERATOR_SIGNER).toBeUndefined();
    const client = createChainClient(config);
    try {
      const readOnlyRegistry = new ProviderRegistry(client);
      expect((await readOnlyRegistry.get('dev-hospital-a')).status).toBe('Confirmed');
      await expect(readOnlyRegistry.suspend('dev-hospital-a')).rejects.toThrow(/ADMIN_SIGNER is not configured/);
      expect(await registry.getFunction('isConfirmed')(onChainProviderId('dev-hospital-a'))).toBe(true);
    } finally {
      client.destroy();
    }
  });

  test('an operator transaction sent outside the exchange (its nonce count goes stale) does not break the next application', async () => {
    const operator = await chain.getSigner(1);
    const outside = registry.connect(operator) as Contract;
    await (await outside.getFunction('applyProvider')(id('outside-clinic'), 'Outside Clinic', 'https://outside.example/fhir', '')).wait();
    const { status, body } = await apply('after-outside-clinic', { name: 'After Outside', fhirEndpoint: 'https://after.example/fhir' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ status: 'Applied', from: operatorAddress });
  });

  test('concurrent applications are relayed with consecutive nonces, each confirmed', async () => {
    const ids = ['parallel-1', 'parallel-2', 'parallel-3', 'parallel-4'];
    const responses = await Promise.all(ids.map((providerId) => apply(providerId, { name: providerId, fhirEndpoint: 'https://parallel.example/fhir' })));
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const nonces = await Promise.all(responses.map(async (r) => (await chain.getTransaction(r.body.transactionHash))!.nonce));
    const sorted = [...nonces].sort((a, b) => a - b);
    expect(sorted.map((nonce) => nonce - sorted[0]!)).toEqual([0, 1, 2, 3]);
    for (const providerId of ids) expect((await registry.getFunction('getProvider')(id(providerId))).status).toBe(Status.Applied);
  });

  test('a kms: signer whose key KMS does not have fails clearly (500 naming the KMS error, nothing sent), while reads still work', async () => {
    // The functions reach KMS through the SDK's environment settings: here, the stack's KMS stand-in.
    Object.assign(process.env, { AWS_REGION: stack.info.services.region, AWS_ENDPOINT_URL_KMS: stack.info.services.kms, AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' });
    await expect(resolveSigner(chain, { kind: 'kms', keyId: 'alias/x' }, 'ADMIN_SIGNER')).rejects.toThrow(KmsSignerError);
    await expect(resolveSigner(chain, { kind: 'kms', keyId: 'alias/x' }, 'ADMIN_SIGNER')).rejects.toThrow(/ADMIN_SIGNER: .*NotFoundException/);
    const client = createChainClient(parseConfig(chainConfigSchema, { ...base(), ADMIN_SIGNER: 'kms:alias/x' }));
    try {
      const kmsRegistry = new ProviderRegistry(client);
      expect((await kmsRegistry.get('dev-hospital-a')).status).toBe('Confirmed');
      const attempt = kmsRegistry.suspend('dev-hospital-a');
      await expect(attempt).rejects.toBeInstanceOf(OperationOutcomeError);
      await expect(attempt).rejects.toMatchObject({ status: 500, outcome: { issue: [{ code: 'exception', details: { text: 'The transaction signer (KMS) failed (NotFoundException): the registry transaction was not sent' } }] } });
      expect(await registry.getFunction('isConfirmed')(onChainProviderId('dev-hospital-a'))).toBe(true);
    } finally {
      client.destroy();
    }
  });
});

describe('a warm restart', () => {
  test('sends no transaction (the dev providers are confirmed already) and still lists every provider', async () => {
    const block = await chain.getBlockNumber();
    await stack.restart();
    expect(stack.info.providers.map((p) => p.status)).toEqual(['Confirmed', 'Confirmed']);
    // anvil comes back on another port.
    chain.destroy();
    chain = new JsonRpcProvider(stack.info.rpcUrl, stack.info.chainId, { staticNetwork: true, cacheTimeout: -1 });
    expect(await chain.getBlockNumber()).toBe(block);
    adminToken = await stack.token('dev-admin');
    const { body } = await api('GET', '/providers');
    expect((body.providers as ProviderDocument[]).map((p) => p.name).sort()).toEqual([
      'Dev Hospital A',
      'Dev Clinic B',
      'Northside Clinic',
      'Loopback',
      'CLI Clinic',
      'Outside Clinic',
      'After Outside',
      'parallel-1',
      'parallel-2',
      'parallel-3',
      'parallel-4',
    ].sort());
  });
});
