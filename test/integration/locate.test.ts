import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { KMSClient } from '@aws-sdk/client-kms';
import { hexlify, id, toUtf8Bytes } from 'ethers';
import type { Bundle, Parameters, Patient } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OperationOutcomeError } from '../../functions/fhir/outcomes.ts';
import { createChainClient } from '../../functions/ledger/chain-client.ts';
import type { ChainClient } from '../../functions/ledger/chain-client.ts';
import { MAX_BATCH, RecordLocator, RecordLocatorInterface } from '../../functions/ledger/record-locator.ts';
import { PseudonymService, US_SSN_SYSTEM } from '../../functions/vault/storage/patient-pseudonym.ts';
import { PSEUDONYM_KEY_ALIAS } from '../../infra/local/provision.ts';
import { chainConfigSchema, parseConfig } from '../../schemas/config.ts';
import { dataFiles, readJsonFile } from '../support/fhir-data.ts';
import { REPO_ROOT, StackProcess } from '../support/local-stack-process.ts';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'functions/cli/fhir-exchange.ts');

/** Two Synthea patients with an SSN. */
const [patientA, patientB] = dataFiles('synthea-r4-smart-generated')
  .map((file) => (readJsonFile(file) as Bundle).entry?.map((entry) => entry.resource).find((resource): resource is Patient => resource?.resourceType === 'Patient'))
  .filter((patient): patient is Patient => patient?.identifier?.some((identifier) => identifier.system === US_SSN_SYSTEM) === true)
  .slice(0, 2) as [Patient, Patient];
const ssnOf = (patient: Patient) => patient.identifier!.find((identifier) => identifier.system === US_SSN_SYSTEM)!.value!;
const ssnA = ssnOf(patientA);
const ssnB = ssnOf(patientB);
const UNKNOWN_SSN = '999-01-2345';

let stack: StackProcess;
let chain: ChainClient;
let locator: RecordLocator;
let kms: KMSClient;
let pseudonyms: PseudonymService;
let providerToken: string;
let pseudonymA: string;
let pseudonymB: string;
const registrationHashes: string[] = [];

beforeAll(async () => {
  stack = await StackProcess.start();
  // The stack's chain, as the ingest path would reach it: the operator is anvil account 1.
  chain = createChainClient(
    parseConfig(chainConfigSchema, {
      CHAIN_RPC_URL: stack.info.rpcUrl,
      CHAIN_ID: String(stack.info.chainId),
      PROVIDER_REGISTRY_ADDRESS: stack.info.contracts['ProviderRegistry']!,
      RECORD_LOCATOR_ADDRESS: stack.info.contracts['RecordLocator']!,
      OPERATOR_SIGNER: 'rpc-account:1',
      ADMIN_SIGNER: 'rpc-account:0',
    }),
  );
  locator = new RecordLocator(chain);
  // The pseudonym configuration the stack uses: its KMS, its HMAC key (by alias), the default linking systems.
  kms = new KMSClient({ region: stack.info.services.region, endpoint: stack.info.services.kms, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  pseudonyms = new PseudonymService({ kms, keyId: PSEUDONYM_KEY_ALIAS, linkingSystems: [US_SSN_SYSTEM] });
  [pseudonymA, pseudonymB] = await Promise.all([pseudonyms.forIdentifier(US_SSN_SYSTEM, ssnA), pseudonyms.forIdentifier(US_SSN_SYSTEM, ssnB)]);
  providerToken = await stack.token('dev-provider-a');
}, 90_000);
afterAll(async () => {
  chain?.destroy();
  kms?.destroy();
  await stack?.dispose();
});

async function locate(identifier: string | undefined, token: string | undefined = providerToken) {
  const query = identifier === undefined ? '' : `?${new URLSearchParams({ identifier }).toString()}`;
  const response = await fetch(`${stack.info.fhirBase}/$locate${query}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: (await response.json()) as any };
}

/** The providers of a $locate answer as [id, name, endpoint]. */
function providers(body: Parameters): [string, string, string][] {
  return (body.parameter ?? []).map((parameter) => {
    expect(parameter.name).toBe('provider');
    const organization = parameter.part!.find((part) => part.name === 'organization')!.valueReference!;
    const endpoint = parameter.part!.find((part) => part.name === 'endpoint')!.valueUrl!;
    return [organization.reference!.replace(/^Organization\//, ''), organization.display!, endpoint];
  });
}

const HOSPITAL_A: [string, string, string] = ['dev-hospital-a', 'Dev Hospital A', 'https://fhir.hospital-a.example/r4'];
const CLINIC_B: [string, string, string] = ['dev-clinic-b', 'Dev Clinic B', 'https://fhir.clinic-b.example/r4'];

describe('registerHoldings', () => {
  test('registers both dev providers for patient A and one for patient B; again, it registers nothing', async () => {
    const pairs = [
      { pseudonym: pseudonymA, providerId: 'dev-hospital-a' },
      { pseudonym: pseudonymA, providerId: 'dev-clinic-b' },
      { pseudonym: pseudonymB, providerId: 'dev-clinic-b' },
    ];
    const first = await locator.registerHoldings(pairs);
    expect(first).toMatchObject({ pairs: 3, registered: 3 });
    expect(first.batches).toHaveLength(1);
    registrationHashes.push(...first.batches.map((batch) => batch.transactionHash));
    const again = await locator.registerHoldings([...pairs, ...pairs]);
    expect(again).toMatchObject({ pairs: 3, registered: 0 });
    registrationHashes.push(...again.batches.map((batch) => batch.transactionHash));

    expect(await locator.providersOf(pseudonymA)).toEqual([id('dev-hospital-a'), id('dev-clinic-b')]);
    expect(await locator.providersOf(`0x${pseudonymB}`)).toEqual([id('dev-clinic-b')]);
    expect(await locator.providersOf(randomBytes(32).toString('hex'))).toEqual([]);
  });

  test(`batches of at most ${MAX_BATCH}, by provider; a provider that is not confirmed is a 409; a bad pseudonym a 400`, async () => {
    const many = Array.from({ length: MAX_BATCH + 50 }, () => ({ pseudonym: randomBytes(32).toString('hex'), providerId: 'dev-hospital-a' }));
    const result = await locator.registerHoldings(many);
    expect(result.batches.map((batch) => [batch.pairs, batch.registered])).toEqual([
      [MAX_BATCH, MAX_BATCH],
      [50, 50],
    ]);
    registrationHashes.push(...result.batches.map((batch) => batch.transactionHash));
    const refused = await locator.registerHoldings([{ pseudonym: randomBytes(32).toString('hex'), providerId: 'never-applied' }]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OperationOutcomeError);
    expect((refused as OperationOutcomeError).status).toBe(409);
    expect((refused as Error).message).toMatch(/never-applied is not a confirmed provider/);
    for (const bad of ['', 'abc', '0'.repeat(64)]) {
      const error = await locator.registerHoldings([{ pseudonym: bad, providerId: 'dev-hospital-a' }]).catch((caught: unknown) => caught);
      expect((error as OperationOutcomeError).status, bad).toBe(400);
    }
  });
});

describe('GET [base]/$locate', () => {
  test('finds exactly the providers holding records, by SSN with and without dashes', async () => {
    for (const written of [ssnA, ssnA.replaceAll('-', ''), ` ${ssnA} `]) {
      const { status, body } = await locate(`${US_SSN_SYSTEM}|${written}`);
      expect(status).toBe(200);
      expect(body.resourceType).toBe('Parameters');
      expect(providers(body)).toEqual([HOSPITAL_A, CLINIC_B]);
    }
    const { body } = await locate(`${US_SSN_SYSTEM}|${ssnB.replaceAll('-', '')}`);
    expect(body).toEqual({
      resourceType: 'Parameters',
      parameter: [
        {
          name: 'provider',
          part: [
            { name: 'organization', valueReference: { reference: 'Organization/dev-clinic-b', display: 'Dev Clinic B' } },
            { name: 'endpoint', valueUrl: 'https://fhir.clinic-b.example/r4' },
          ],
        },
      ],
    });
  });

  test('an unknown identifier is an empty Parameters, not an error', async () => {
    expect(await locate(`${US_SSN_SYSTEM}|${UNKNOWN_SSN}`)).toEqual({ status: 200, body: { resourceType: 'Parameters' } });
  });

  test('a malformed identifier is a 400 naming identifier, without repeating it', async () => {
    for (const identifier of [undefined, ssnA, `|${ssnA}`, `${US_SSN_SYSTEM}|`, `${US_SSN_SYSTEM}|12-34`, `https://other.example/ids|${ssnA}`]) {
      const { status, body } = await locate(identifier);
      expect(status, String(identifier)).toBe(400);
      expect(body.resourceType).toBe('OperationOutcome');
      expect(body.issue[0].expression).toEqual(['identifier']);
      expect(JSON.stringify(body)).not.toContain(ssnA);
      expect(JSON.stringify(body)).not.toContain(ssnA.replaceAll('-', ''));
    }
  });

  test('no token: 401; research and admin clients: 403; a provider token without a read scope on Patient: 403', async () => {
    expect((await locate(`${US_SSN_SYSTEM}|${ssnA}`, '')).status).toBe(401);
    const [research, admin, narrow, patientRead] = await Promise.all([
      stack.token('dev-research', 'system/*.rs'),
      stack.token('dev-admin'),
      stack.token('dev-provider-b', 'system/Observation.rs'),
      stack.token('dev-provider-b', 'system/Patient.r'),
    ]);
    expect((await locate(`${US_SSN_SYSTEM}|${ssnA}`, research)).status).toBe(403);
    expect((await locate(`${US_SSN_SYSTEM}|${ssnA}`, admin)).status).toBe(403);
    expect((await locate(`${US_SSN_SYSTEM}|${ssnA}`, narrow)).status).toBe(403);
    const allowed = await locate(`${US_SSN_SYSTEM}|${ssnA}`, patientRead);
    expect(allowed.status).toBe(200);
    expect(providers(allowed.body)).toEqual([HOSPITAL_A, CLINIC_B]);
  });

  test('is in the CapabilityStatement as a system operation', async () => {
    const response = await fetch(`${stack.info.fhirBase}/metadata`);
    const statement = (await response.json()) as { rest: { operation?: { name: string; definition: string }[] }[] };
    expect(statement.rest[0]!.operation).toContainEqual({ name: 'locate', definition: `${stack.info.fhirBase}/OperationDefinition/locate` });
  });

  test('the CLI answers the same', async () => {
    const identifier = `${US_SSN_SYSTEM}|${ssnA.replaceAll('-', '')}`;
    const json = await run(process.execPath, [CLI, 'locate', '--identifier', identifier, '--json', '--data-dir', stack.dataDir], { cwd: REPO_ROOT });
    expect(JSON.parse(json.stdout)).toEqual((await locate(identifier)).body);
    const text = await run(process.execPath, [CLI, 'locate', '--identifier', identifier, '--client', 'dev-provider-b', '--data-dir', stack.dataDir], { cwd: REPO_ROOT });
    expect(text.stdout.trim().split('\n').map((line) => line.split(/\s{2,}/))).toEqual([HOSPITAL_A, CLINIC_B]);
    const empty = await run(process.execPath, [CLI, 'locate', '--identifier', `${US_SSN_SYSTEM}|${UNKNOWN_SSN}`, '--data-dir', stack.dataDir], { cwd: REPO_ROOT });
    expect(empty.stdout).toBe('No provider holds records for this identifier\n');
    const failed = await run(process.execPath, [CLI, 'locate', '--identifier', ssnA, '--data-dir', stack.dataDir], { cwd: REPO_ROOT }).catch((error: unknown) => error as { code: number; stderr: string });
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stderr: string }).stderr).toMatch(/HTTP 400.*\(identifier\)/);
    expect((failed as { stderr: string }).stderr).not.toContain(ssnA);
  });

  test('latency over 200 calls (printed, not asserted)', async () => {
    const identifier = `${US_SSN_SYSTEM}|${ssnA}`;
    const times: number[] = [];
    for (let call = 0; call < 200; call++) {
      const started = performance.now();
      const { status } = await locate(identifier);
      times.push(performance.now() - started);
      expect(status).toBe(200);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!.toFixed(1);
    console.log(`$locate latency over 200 calls: p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`);
  });

  test('a suspended provider disappears from the answers', async () => {
    const adminToken = await stack.token('dev-admin');
    const suspended = await fetch(`${stack.info.adminBase}/providers/dev-clinic-b/$suspend`, { method: 'POST', headers: { Authorization: `Bearer ${adminToken}` } });
    expect(suspended.status).toBe(200);
    expect(providers((await locate(`${US_SSN_SYSTEM}|${ssnA}`)).body)).toEqual([HOSPITAL_A]);
    expect(await locate(`${US_SSN_SYSTEM}|${ssnB}`)).toEqual({ status: 200, body: { resourceType: 'Parameters' } });
    // Its holdings stay on chain (add-only); a suspended provider cannot be given new ones.
    expect(await locator.providersOf(pseudonymB)).toEqual([id('dev-clinic-b')]);
    const refused = await locator.registerHoldings([{ pseudonym: randomBytes(32).toString('hex'), providerId: 'dev-clinic-b' }]).catch((error: unknown) => error);
    expect((refused as OperationOutcomeError).status).toBe(409);
    const reinstated = await fetch(`${stack.info.adminBase}/providers/dev-clinic-b/$confirm`, { method: 'POST', headers: { Authorization: `Bearer ${adminToken}` } });
    expect(reinstated.status).toBe(200);
    expect(providers((await locate(`${US_SSN_SYSTEM}|${ssnA}`)).body)).toEqual([HOSPITAL_A, CLINIC_B]);
  });
});

describe('privacy', () => {
  test("the chain's transactions and logs carry only pseudonyms: no SSN, name, or plain SHA-256 of the SSN", async () => {
    const digits = (ssn: string) => ssn.replaceAll('-', '');
    const forbidden = new Map<string, string>();
    for (const [label, patient, ssn] of [['A', patientA, ssnA], ['B', patientB, ssnB]] as const) {
      const texts = [ssn, digits(ssn), `${US_SSN_SYSTEM}|${digits(ssn)}`, `${US_SSN_SYSTEM}|${ssn}`];
      for (const text of texts) {
        forbidden.set(`${label}: utf8 ${text}`, hexlify(toUtf8Bytes(text)).slice(2));
        forbidden.set(`${label}: sha256 ${text}`, createHash('sha256').update(text).digest('hex'));
      }
      forbidden.set(`${label}: ssn as a number`, BigInt(digits(ssn)).toString(16).padStart(64, '0'));
      for (const name of patient.name ?? []) {
        for (const part of [name.family, ...(name.given ?? [])]) if (part && part.length >= 3) forbidden.set(`${label}: name ${part}`, hexlify(toUtf8Bytes(part)).slice(2));
      }
    }
    const latest = await chain.provider.getBlockNumber();
    let transactions = 0;
    let logs = 0;
    const seen: string[] = [];
    for (let number = 0; number <= latest; number++) {
      const block = await chain.provider.getBlock(number, true);
      for (const tx of block?.prefetchedTransactions ?? []) {
        transactions++;
        seen.push(tx.data.toLowerCase());
        const receipt = await chain.provider.getTransactionReceipt(tx.hash);
        for (const log of receipt?.logs ?? []) {
          logs++;
          seen.push(log.data.toLowerCase(), ...log.topics.map((topic) => topic.toLowerCase()));
        }
      }
    }
    expect(transactions).toBeGreaterThanOrEqual(registrationHashes.length);
    const haystack = seen.join(' ');
    for (const [label, needle] of forbidden) expect(haystack.includes(needle.toLowerCase()), label).toBe(false);
    // What is there instead: the pseudonyms, in the registration calldata and the events.
    expect(haystack).toContain(pseudonymA);
    expect(haystack).toContain(pseudonymB);
    const tx = (await chain.provider.getTransaction(registrationHashes[0]!))!;
    const call = RecordLocatorInterface.parseTransaction({ data: tx.data })!;
    expect(call.name).toBe('registerHoldings');
    expect([...call.args[0]]).toEqual([`0x${pseudonymA}`, `0x${pseudonymA}`, `0x${pseudonymB}`]);
    console.log(`privacy scan: ${transactions} transactions, ${logs} logs, ${forbidden.size} forbidden patterns`);
  });

  test("the stack's output never carries the SSNs", () => {
    for (const ssn of [ssnA, ssnB]) {
      expect(stack.output).not.toContain(ssn);
      expect(stack.output).not.toContain(ssn.replaceAll('-', ''));
    }
  });
});
