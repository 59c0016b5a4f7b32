import { chmod, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Command } from 'commander';
import { Wallet, getAddress, id, verifyMessage, verifyTypedData } from 'ethers';
import { CONSENT_TYPES, REVOCATION_TYPES } from '../../functions/ledger/consent-registry.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { EXIT, reportError, runCommand } from '../../functions/cli/cli-command.ts';
import type { CliContext } from '../../functions/cli/cli-command.ts';
import { enrollmentCodeCli } from '../../functions/cli/enrollment-code-command.ts';
import { patientCli } from '../../functions/cli/patient-command.ts';
import { FakeExchangeServer, clientKeyFile } from '../support/fake-exchange.ts';

/**
 * `fhir-exchange enrollment-code` and `fhir-exchange patient …` against a fake exchange that
 * answers as functions/fhir-consent and functions/patient-consent do, and checks every signature
 * it receives with ethers (verifyMessage, verifyTypedData) against the wallet of the key file.
 */

const CHAIN_ID = 31337;
const REGISTRY = getAddress(`0x${'c0'.repeat(20)}`);
const DOMAIN = { name: 'fhir-exchange ConsentRegistry', version: '1', chainId: CHAIN_ID, verifyingContract: REGISTRY };
// The fake exchange answers with the typed data the exchange itself prepares (functions/ledger/consent-registry.ts).
const PSEUDONYM = `0x${'ab'.repeat(32)}`;
const TX = `0x${'ef'.repeat(32)}`;
const CODE = '7K2M-Q9XD-4HNP-T3VA';
const EXPIRES = '2031-05-01T12:15:00.000Z';

const outcome = (code: string, text: string, expression?: string[]) => ({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, details: { text }, ...(expression ? { expression } : {}) }] });
const enrollmentText = (code: string, address: string) =>
  ['fhir-exchange: enroll this wallet as the controller of my health records', `Code: ${code}`, `Wallet: ${getAddress(address)}`, `Chain ID: ${CHAIN_ID}`, `Consent registry: ${REGISTRY}`].join('\n');

interface Request {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: any;
}

/** The patient API and $enrollment-code, as the exchange answers them; `tamper` makes it ask for other signatures. */
class FakePatientExchange extends FakeExchangeServer {
  requests: Request[] = [];
  tokenScopes: string[] = [];
  /** Wallets that enrolled, and the consents each signed (as the chain would record them). */
  controllers = new Set<string>();
  consents: { grantee: string; purpose: string; active: boolean; expiry: number }[] = [];
  tamper: 'code' | 'grantee' | 'purpose' | 'expiry' | 'chain' | 'primaryType' | undefined;
  nonce = 0;

  reset() {
    this.requests = [];
    this.tokenScopes = [];
    this.tamper = undefined;
  }

  protected handle(request: IncomingMessage, response: ServerResponse, url: URL, bytes: Buffer) {
    if (request.method === 'POST' && url.pathname === '/token') {
      const scope = new URLSearchParams(bytes.toString('utf8')).get('scope') ?? '';
      this.tokenScopes.push(scope);
      return this.send(response, 200, { access_token: 'provider-token', token_type: 'bearer', expires_in: 300, scope }, { 'Content-Type': 'application/json' });
    }
    const body = bytes.length > 0 ? JSON.parse(bytes.toString('utf8')) : undefined;
    this.requests.push({ method: request.method!, path: url.pathname, query: Object.fromEntries(url.searchParams), ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}), ...(body === undefined ? {} : { body }) });
    const json = (status: number, document: unknown) => this.send(response, status, document, { 'Content-Type': 'application/json' });
    const enrollmentCode = /^\/fhir\/Patient\/([^/]+)\/\$enrollment-code$/.exec(url.pathname);
    if (request.method === 'POST' && enrollmentCode) {
      if (request.headers.authorization !== 'Bearer provider-token') return this.send(response, 401, outcome('login', 'No token'));
      if (enrollmentCode[1] === 'enrolled') return this.send(response, 409, outcome('conflict', 'This patient is already enrolled: a wallet controls them'));
      return this.send(response, 200, { resourceType: 'Parameters', parameter: [{ name: 'code', valueString: CODE }, { name: 'expires', valueInstant: EXPIRES }] });
    }
    const route = `${request.method} ${url.pathname}`;
    switch (route) {
      case 'GET /patient/enroll':
        return json(200, { message: enrollmentText(this.tamper === 'code' ? 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' : url.searchParams.get('code')!, url.searchParams.get('address')!) });
      case 'POST /patient/enroll': {
        if (body.code !== CODE) return this.send(response, 400, outcome('invalid', 'The enrollment code is unknown, already used or expired: ask the provider for a new one', ['code']));
        if (verifyMessage(enrollmentText(body.code, body.address), body.signature) !== getAddress(body.address)) return this.send(response, 401, outcome('login', 'The signature was not made by the wallet being enrolled'));
        this.controllers.add(getAddress(body.address));
        return json(200, { controller: getAddress(body.address), transaction: TX, block: 12 });
      }
      case 'POST /patient/consents/$prepare': {
        if (!this.controllers.has(getAddress(body.address))) return this.send(response, 404, outcome('not-found', 'This wallet controls no patient: enroll first with a code from your provider'));
        const grantee = id(this.tamper === 'grantee' ? 'dev-attacker' : body.grantee);
        const purpose = id(this.tamper === 'purpose' ? 'research' : body.purpose);
        const domain = this.tamper === 'chain' ? { ...DOMAIN, chainId: 1 } : DOMAIN;
        if (body.action === 'grant' && this.tamper !== 'primaryType') {
          const asked = body.expires ? Math.floor(Date.parse(body.expires) / 1000) : Math.floor(Date.now() / 1000) + 365 * 86400;
          const expiry = String(this.tamper === 'expiry' ? asked + 86400 * 3650 : asked);
          return json(200, { domain, types: CONSENT_TYPES, primaryType: 'Consent', message: { pseudonym: PSEUDONYM, grantee, purpose, scope: id(body.purpose), expiry, nonce: String(this.nonce) } });
        }
        return json(200, { domain, types: REVOCATION_TYPES, primaryType: 'Revocation', message: { pseudonym: PSEUDONYM, grantee, purpose, nonce: String(this.nonce) } });
      }
      case 'POST /patient/consents': {
        const types = body.primaryType === 'Consent' ? CONSENT_TYPES : REVOCATION_TYPES;
        const signer = verifyTypedData(DOMAIN, types, body.message, body.signature);
        if (!this.controllers.has(signer)) return this.send(response, 403, outcome('forbidden', 'The consent is not signed by the controller of the pseudonym'));
        if (body.message.nonce !== String(this.nonce)) return this.send(response, 409, outcome('conflict', 'This consent was already used (its nonce is spent)'));
        this.nonce += 1;
        const grantee = ['dev-clinic-b', 'dev-research'].find((candidate) => id(candidate) === body.message.grantee)!;
        const purpose = ['treatment', 'research'].find((candidate) => id(candidate) === body.message.purpose)!;
        this.consents = this.consents.filter((consent) => !(consent.grantee === grantee && consent.purpose === purpose));
        this.consents.push({ grantee, purpose, active: body.primaryType === 'Consent', expiry: body.primaryType === 'Consent' ? Number(body.message.expiry) : 0 });
        return json(200, { transaction: TX, block: 13 });
      }
      case 'GET /patient/consents': {
        if (!this.controllers.has(getAddress(url.searchParams.get('address')!))) return this.send(response, 404, outcome('not-found', 'This wallet controls no patient: enroll first with a code from your provider'));
        const entry = this.consents.map((consent) => ({
          resource: {
            resourceType: 'Consent',
            status: consent.active ? 'active' : 'inactive',
            scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: consent.purpose }] },
            provision: { type: 'permit', ...(consent.expiry ? { period: { end: new Date(consent.expiry * 1000).toISOString() } } : {}), actor: [{ reference: { reference: `Organization/${consent.grantee}` } }] },
          },
          search: { mode: 'match' },
        }));
        return this.send(response, 200, { resourceType: 'Bundle', type: 'searchset', total: entry.length, entry });
      }
      default:
        return this.send(response, 404, outcome('not-found', 'No such endpoint on this server'));
    }
  }
}

/** The two commands under a root, as `fhir-exchange` has them; run in this process. */
const program = (context: CliContext) => new Command('fhir-exchange').addCommand(enrollmentCodeCli(context)).addCommand(patientCli(context));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (text: string) => void out.push(text), stderr: (text: string) => void err.push(text), tty: false };
  let code: number;
  try {
    code = await runCommand(program, args, io);
  } catch (error) {
    code = reportError(error, io);
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const fake = new FakePatientExchange();
let tmp: string;
let dataDir: string;
let keyFile: string;
let wallet: Wallet;
let secret: string;

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

beforeAll(async () => {
  await fake.start();
  let providerKey: string;
  ({ dir: tmp, keyFile: providerKey } = await clientKeyFile('patient-command-test-'));
  // The local stack's stack.json, as `npm start` writes it, naming the fake.
  dataDir = join(tmp, 'stack');
  await mkdir(dataDir);
  await writeFile(
    join(dataDir, 'stack.json'),
    JSON.stringify({
      fhirBase: fake.base,
      tokenUrl: fake.tokenUrl,
      chainId: CHAIN_ID,
      contracts: { ConsentRegistry: REGISTRY.toLowerCase() },
      clients: [{ clientId: 'dev-provider-a', role: 'provider', scopes: ['system/*.cruds'], privateJwkFile: providerKey }],
    }),
  );
  keyFile = join(tmp, 'wallet.key');
  const created = await cli('patient', 'new-key', '--out', keyFile);
  expect(created.code).toBe(0);
  secret = (await readFile(keyFile, 'utf8')).trim();
  wallet = new Wallet(secret);
});
afterAll(async () => {
  await fake.stop();
  await rm(tmp, { recursive: true, force: true });
});
beforeEach(() => fake.reset());

/** Nothing any command printed holds the private key, with or without its 0x. */
function expectNoSecret(...outputs: { stdout: string; stderr: string }[]) {
  for (const output of outputs) {
    for (const text of [output.stdout, output.stderr]) {
      expect(text).not.toContain(secret.slice(2));
      expect(text.toLowerCase()).not.toContain(secret.slice(2).toLowerCase());
    }
  }
}

describe('patient new-key', () => {
  test('writes a key only its owner can read, and prints its address as the last line', async () => {
    const file = join(tmp, 'new.key');
    const result = await cli('patient', 'new-key', '--out', file);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^0x[0-9a-f]{64}\n$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const address = result.stdout.trimEnd().split('\n').at(-1);
    expect(address).toBe(new Wallet(text.trim()).address);
    expect(result.stdout).toContain('mode 0600');
    expect(result.stdout).not.toContain(text.trim().slice(2));
  });

  test('never overwrites a file without --force (exit 2, the file unchanged); --force replaces it, with mode 0600', async () => {
    const file = join(tmp, 'kept.key');
    await writeFile(file, 'an earlier key\n', { mode: 0o644 });
    await chmod(file, 0o644);
    const refused = await cli('patient', 'new-key', '--out', file);
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(`${file} exists`);
    expect(refused.stderr).toContain('--force');
    expect(await readFile(file, 'utf8')).toBe('an earlier key\n');

    const forced = await cli('patient', 'new-key', '--force', '--json', '--out', file);
    expect(forced.code).toBe(0);
    const { address } = JSON.parse(forced.stdout) as { address: string };
    expect(new Wallet((await readFile(file, 'utf8')).trim()).address).toBe(address);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    // No temporary file left beside it.
    expect((await readdir(tmp)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('a folder that does not exist, or a folder as --out: exit 2 naming it', async () => {
    const missing = await cli('patient', 'new-key', '--out', join(tmp, 'no-such-folder', 'w.key'));
    expect(missing).toEqual({ code: EXIT.usage, stdout: '', stderr: `fhir-exchange patient new-key: cannot write the wallet key file ${join(tmp, 'no-such-folder', 'w.key')} (no such folder)\n` });
    const folder = await cli('patient', 'new-key', '--out', tmp);
    expect(folder.code).toBe(EXIT.usage);
    expect(folder.stderr).toContain(`--out ${tmp} is a folder`);
  });

  test('--out is required', async () => {
    const result = await cli('patient', 'new-key');
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain("required option '--out <file>' not specified");
  });
});

describe('the wallet key file', () => {
  test('missing, unreadable or not a key: exit 2 naming the file, nothing of its content, nothing sent', async () => {
    const missing = join(tmp, 'missing.key');
    const garbled = join(tmp, 'garbled.key');
    const almost = `0x${secret.slice(2, 65)}`; // 63 hex digits of the real key: must not be echoed
    await writeFile(garbled, `${almost}\n`, { mode: 0o600 });
    const zero = join(tmp, 'zero.key');
    await writeFile(zero, `0x${'0'.repeat(64)}\n`, { mode: 0o600 });

    const results = await Promise.all([
      cli('patient', 'consents', '--key', missing, '--data-dir', dataDir),
      cli('patient', 'enroll', '--code', CODE, '--key', garbled, '--data-dir', dataDir),
      cli('patient', 'consent', 'grant', '--grantee', 'dev-clinic-b', '--purpose', 'treatment', '--key', zero, '--data-dir', dataDir),
    ]);
    expect(results.map((result) => result.code)).toEqual([EXIT.usage, EXIT.usage, EXIT.usage]);
    expect(results[0]!.stderr).toBe(`fhir-exchange patient consents: cannot read the wallet key file ${missing} (no such file); create one with \`fhir-exchange patient new-key --out ${missing}\`\n`);
    expect(results[1]!.stderr).toBe(`fhir-exchange patient enroll: the wallet key file ${garbled} does not hold a secp256k1 private key (one line: 0x and 64 hex digits, as \`fhir-exchange patient new-key\` writes)\n`);
    expect(results[2]!.stderr).toContain(`the wallet key file ${zero} does not hold a secp256k1 private key`);
    for (const result of results) expect(result.stderr).not.toContain(almost.slice(2, 20));
    expectNoSecret(...results);
    // A folder where the key file should be: unreadable as a file for every user, root included.
    const folder = await cli('patient', 'consents', '--key', tmp, '--data-dir', dataDir);
    expect(folder.code).toBe(EXIT.usage);
    expect(folder.stderr).toContain(`cannot read the wallet key file ${tmp}`);
    expect(fake.requests).toEqual([]);
  });
});

describe('enrollment-code', () => {
  test('as the first provider client with Patient.u: the expiry, then the code alone as the last line', async () => {
    const result = await cli('enrollment-code', 'Patient/p-1', '--data-dir', dataDir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(CODE);
    expect(lines[0]).toContain(`Enrollment code for Patient/p-1, valid once until ${EXPIRES}`);
    expect(fake.tokenScopes).toEqual(['system/Patient.u']);
    expect(fake.requests).toEqual([{ method: 'POST', path: '/fhir/Patient/p-1/$enrollment-code', query: {}, authorization: 'Bearer provider-token' }]);
  });

  test('--json prints the Parameters; options and argument in any order', async () => {
    const [first, second] = [await cli('enrollment-code', '--json', '--data-dir', dataDir, 'Patient/p-1'), await cli('enrollment-code', 'Patient/p-1', '--data-dir', dataDir, '--json')];
    expect(second).toEqual(first);
    expect(JSON.parse(first.stdout)).toEqual({ resourceType: 'Parameters', parameter: [{ name: 'code', valueString: CODE }, { name: 'expires', valueInstant: EXPIRES }] });
  });

  test("the exchange's refusal: exit 1 with its reason", async () => {
    const result = await cli('enrollment-code', 'Patient/enrolled', '--data-dir', dataDir);
    expect(result).toEqual({ code: EXIT.failed, stdout: '', stderr: 'fhir-exchange enrollment-code: POST /Patient/enrolled/$enrollment-code failed with HTTP 409: This patient is already enrolled: a wallet controls them\n' });
  });

  test.each([['patient/1'], ['Patient'], ['Patient/a/b'], ['Observation/1'], ['Patient/has space']])('%s is a usage error (exit 2), nothing sent', async (reference) => {
    const result = await cli('enrollment-code', reference, '--data-dir', dataDir);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('enrollment-code needs the patient as Patient/ID');
    expect(fake.requests).toEqual([]);
    expect(fake.tokenScopes).toEqual([]);
  });
});

describe('patient enroll', () => {
  test('signs the enrollment text with the key file\'s wallet (EIP-191) and posts it; prints the controller and the transaction', async () => {
    const result = await cli('patient', 'enroll', '--key', keyFile, '--data-dir', dataDir, '--code', CODE);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Enrolled: this wallet controls the patient's consents\ncontroller   ${wallet.address}\ntransaction  ${TX} (block 12)\n`);
    const [get, post] = fake.requests;
    expect(get).toEqual({ method: 'GET', path: '/patient/enroll', query: { code: CODE, address: wallet.address } });
    expect(post!.body).toEqual({ code: CODE, address: wallet.address, signature: expect.stringMatching(/^0x[0-9a-f]{130}$/) });
    expect(verifyMessage(enrollmentText(CODE, wallet.address), post!.body.signature)).toBe(wallet.address);
    expectNoSecret(result);
    expect(JSON.stringify(fake.requests)).not.toContain(secret.slice(2));
  });

  test('an enrollment text for another code is not signed (exit 1), nothing posted', async () => {
    fake.tamper = 'code';
    const result = await cli('patient', 'enroll', '--code', CODE, '--key', keyFile, '--data-dir', dataDir);
    expect(result.code).toBe(EXIT.failed);
    expect(result.stderr).toBe(`fhir-exchange patient enroll: the exchange asked this wallet to sign an enrollment message without "Code: ${CODE}"; nothing was signed or sent\n`);
    expect(fake.requests.map((request) => request.method)).toEqual(['GET']);
  });

  test("a used code: exit 1 with the exchange's reason and the element it names", async () => {
    const result = await cli('patient', 'enroll', '--code', 'USED-CODE-0000-0000', '--key', keyFile, '--data-dir', dataDir);
    expect(result).toEqual({
      code: EXIT.failed,
      stdout: '',
      stderr: 'fhir-exchange patient enroll: POST /patient/enroll failed with HTTP 400: The enrollment code is unknown, already used or expired: ask the provider for a new one (code)\n',
    });
  });
});

describe('patient consent grant and revoke', () => {
  test('grant: prepares, signs the typed data (EIP-712) with the wallet and relays it; the same requests whatever the order of the options', async () => {
    const expires = '2030-01-31T00:00:00Z';
    const orders = [
      ['patient', 'consent', 'grant', '--grantee', 'dev-clinic-b', '--purpose', 'treatment', '--expires', expires, '--key', keyFile, '--data-dir', dataDir],
      ['patient', 'consent', 'grant', '--data-dir', dataDir, '--key', keyFile, '--expires', expires, '--purpose', 'treatment', '--grantee', 'dev-clinic-b'],
    ];
    for (const args of orders) {
      fake.reset();
      const result = await cli(...args);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(`Granted: dev-clinic-b, treatment until 2030-01-31T00:00:00.000Z\ntransaction  ${TX} (block 13)\n`);
      const [prepare, relay] = fake.requests;
      expect(prepare).toMatchObject({ method: 'POST', path: '/patient/consents/$prepare', body: { address: wallet.address, action: 'grant', grantee: 'dev-clinic-b', purpose: 'treatment', expires: '2030-01-31T00:00:00.000Z' } });
      expect(relay).toMatchObject({ method: 'POST', path: '/patient/consents', body: { primaryType: 'Consent', message: { grantee: id('dev-clinic-b'), purpose: id('treatment'), expiry: String(Date.parse(expires) / 1000) } } });
      expect(verifyTypedData(DOMAIN, CONSENT_TYPES, relay!.body.message, relay!.body.signature)).toBe(wallet.address);
      expectNoSecret(result);
    }
  });

  test('grant without --expires: a year, as the exchange prepares it; --json prints the answer', async () => {
    const result = await cli('patient', 'consent', 'grant', '--grantee', 'dev-research', '--purpose', 'research', '--key', keyFile, '--data-dir', dataDir, '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ transaction: TX, block: 13 });
    expect(fake.requests[0]!.body).toEqual({ address: wallet.address, action: 'grant', grantee: 'dev-research', purpose: 'research' });
    expect(Number(fake.requests[1]!.body.message.expiry)).toBeGreaterThan(Date.now() / 1000 + 364 * 86400);
  });

  test('revoke: a Revocation signed by the wallet', async () => {
    const result = await cli('patient', 'consent', 'revoke', '--key', keyFile, '--purpose', 'research', '--grantee', 'dev-research', '--data-dir', dataDir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Revoked: dev-research, research\ntransaction  ${TX} (block 13)\n`);
    expect(fake.requests[0]!.body).toEqual({ address: wallet.address, action: 'revoke', grantee: 'dev-research', purpose: 'research' });
    const relay = fake.requests[1]!.body;
    expect(relay.primaryType).toBe('Revocation');
    expect(verifyTypedData(DOMAIN, REVOCATION_TYPES, relay.message, relay.signature)).toBe(wallet.address);
  });

  test.each([
    ['grantee', 'a consent for another grantee than dev-clinic-b'],
    ['purpose', 'a consent for another purpose than treatment'],
    ['expiry', 'a consent that expires at another time'],
    ['chain', "for another chain or contract than the local stack's ConsentRegistry"],
    ['primaryType', 'a Revocation instead of a Consent'],
  ] as const)('typed data with another %s is not signed (exit 1), nothing relayed', async (tamper, what) => {
    fake.tamper = tamper;
    const result = await cli('patient', 'consent', 'grant', '--grantee', 'dev-clinic-b', '--purpose', 'treatment', '--expires', '2030-01-31T00:00:00Z', '--key', keyFile, '--data-dir', dataDir);
    expect(result.code).toBe(EXIT.failed);
    expect(result.stderr).toContain(`fhir-exchange patient consent grant: the exchange asked this wallet to sign ${what}`);
    expect(result.stderr).toContain('nothing was signed or sent');
    expect(fake.requests.map((request) => request.path)).toEqual(['/patient/consents/$prepare']);
  });

  test.each([
    ['an unknown purpose', ['--purpose', 'marketing', '--grantee', 'dev-clinic-b'], "option '--purpose <purpose>' argument 'marketing' is invalid. Allowed choices are treatment, research."],
    ['no purpose', ['--grantee', 'dev-clinic-b'], "required option '--purpose <purpose>' not specified"],
    ['no grantee', ['--purpose', 'treatment'], "required option '--grantee <id>' not specified"],
    ['a date without a time zone', ['--grantee', 'dev-clinic-b', '--purpose', 'treatment', '--expires', '2030-01-31'], "option '--expires <iso>' argument '2030-01-31' is invalid. It must be an ISO 8601 date and time with a time zone"],
    ['an expiry in the past', ['--grantee', 'dev-clinic-b', '--purpose', 'treatment', '--expires', '2020-01-31T00:00:00Z'], '--expires 2020-01-31T00:00:00.000Z is not in the future'],
  ])('grant with %s: exit 2, nothing sent', async (_, args, message) => {
    const result = await cli('patient', 'consent', 'grant', ...args, '--key', keyFile, '--data-dir', dataDir);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(fake.requests).toEqual([]);
  });

  test('revoke takes no --expires; consent needs grant or revoke', async () => {
    const revoke = await cli('patient', 'consent', 'revoke', '--grantee', 'dev-clinic-b', '--purpose', 'treatment', '--expires', '2030-01-31T00:00:00Z', '--key', keyFile);
    expect(revoke.code).toBe(EXIT.usage);
    expect(revoke.stderr).toContain("unknown option '--expires'");
    expect((await cli('patient', 'consent')).code).toBe(EXIT.usage);
    expect((await cli('patient', 'consent', 'give')).code).toBe(EXIT.usage);
    expect(fake.requests).toEqual([]);
  });
});

describe('patient consents', () => {
  test('a table of grantee, purpose, status and expiry; --json the Bundle', async () => {
    const table = await cli('patient', 'consents', '--key', keyFile, '--data-dir', dataDir);
    expect(table.code, table.stderr).toBe(0);
    expect(fake.requests[0]).toEqual({ method: 'GET', path: '/patient/consents', query: { address: wallet.address } });
    const [header, ...rows] = table.stdout.trimEnd().split('\n');
    expect(header!.split(/\s+/)).toEqual(['GRANTEE', 'PURPOSE', 'STATUS', 'EXPIRES']);
    expect(rows.map((row) => row.split(/\s+/))).toEqual([
      ['dev-clinic-b', 'treatment', 'active', '2030-01-31T00:00:00.000Z'],
      ['dev-research', 'research', 'inactive', '-'],
    ]);
    const json = await cli('patient', 'consents', '--json', '--data-dir', dataDir, '--key', keyFile);
    expect(JSON.parse(json.stdout)).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 2 });
    expectNoSecret(table, json);
  });

  test("a wallet that controls no patient: exit 1 with the exchange's 404", async () => {
    const stranger = join(tmp, 'stranger.key');
    await cli('patient', 'new-key', '--out', stranger);
    const result = await cli('patient', 'consents', '--key', stranger, '--data-dir', dataDir);
    expect(result).toEqual({ code: EXIT.failed, stdout: '', stderr: 'fhir-exchange patient consents: GET /patient/consents failed with HTTP 404: This wallet controls no patient: enroll first with a code from your provider\n' });
  });

  test('--base: the patient API at its origin; no exchange there is exit 3', async () => {
    const viaBase = await cli('patient', 'consents', '--key', keyFile, '--base', fake.base);
    expect(viaBase.code, viaBase.stderr).toBe(0);
    const port = await closedPort();
    const gone = await cli('patient', 'consents', '--key', keyFile, '--base', `http://127.0.0.1:${port}/fhir`);
    expect(gone).toEqual({ code: EXIT.unreachable, stdout: '', stderr: `fhir-exchange patient consents: no exchange at http://127.0.0.1:${port} (connection refused); start one with \`npm start\`, or check --base URL\n` });
  });

  test('no stack.json: exit 2, saying a wallet needs only --base at a deployment', async () => {
    const result = await cli('patient', 'consents', '--key', keyFile, '--data-dir', join(tmp, 'nothing-here'));
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('no local exchange');
    expect(result.stderr).toContain('or target a deployment with --base URL (its FHIR base URL).');
    expect(result.stderr).not.toContain('--client-id');
  });
});
