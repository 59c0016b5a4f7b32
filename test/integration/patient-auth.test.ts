import { join } from 'node:path';
import { ContractFactory, JsonRpcProvider, Wallet, hashMessage } from 'ethers';
import type { OperationOutcome } from 'fhir/r4.d.ts';
import { SiweMessage } from 'siwe';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileContracts } from '../../contracts/compile.ts';
import { signInMessage, signInWithEthereum } from '../../functions/cli/patient-sign-in.ts';
import type { PatientSessionAnswer, SignInConfig } from '../../functions/cli/patient-sign-in.ts';
import { REPO_ROOT, StackProcess } from '../support/local-stack-process.ts';

/**
 * Sign-In with Ethereum (EIP-4361) and patient sessions on the local stack (issue 12): the config
 * a page or the CLI builds its message from, single-use nonces, a session bound to the address
 * (bearer token and HttpOnly cookie, SMART patient scope), CSRF protection of cookie sessions,
 * sign-out, expiry, ERC-1271 contract wallets, and every bad message refused with a 401
 * OperationOutcome and no session. Sessions live SESSION_SECONDS here (15 minutes by default).
 */

const SESSION_SECONDS = 8;

let stack: StackProcess;
let config: SignInConfig;
const wallet = Wallet.createRandom();

interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

async function call(method: 'GET' | 'POST', path: string, options: { body?: unknown; token?: string; cookie?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const response = await fetch(`${stack.origin}${path}`, {
    method,
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

const nonce = async () => (await call('GET', '/patient/auth/nonce')).body.nonce as string;
const signIn = (message: string, signature: string) => call('POST', '/patient/auth/siwe', { body: { message, signature } });

/** A fresh, correct message for `address`, with `fields` changed. */
async function message(address: string, fields: Partial<Record<keyof SiweMessage, unknown>> = {}): Promise<string> {
  return new SiweMessage({ domain: config.domain, address, statement: config.statement, uri: config.uri, version: '1', chainId: config.chainId, nonce: await nonce(), issuedAt: new Date().toISOString(), ...fields } as never).prepareMessage();
}

function expectRefused(answer: Answer, text: RegExp) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(401);
  const outcome = answer.body as OperationOutcome;
  expect(outcome.resourceType).toBe('OperationOutcome');
  expect(outcome.issue[0]).toMatchObject({ severity: 'error', code: 'login' });
  expect(outcome.issue[0]!.details!.text).toMatch(text);
  expect(answer.headers.getSetCookie()).toEqual([]);
  expect(answer.body.access_token).toBeUndefined();
}

beforeAll(async () => {
  stack = await StackProcess.start(undefined, { PATIENT_SESSION_TTL_SECONDS: String(SESSION_SECONDS) });
  config = (await call('GET', '/patient/config')).body as SignInConfig;
}, 120_000);

afterAll(async () => {
  await stack?.dispose();
});

describe('what a client builds the message from', () => {
  test("GET /patient/config names the exchange's host and origin, its chain id and a statement", async () => {
    const origin = new URL(stack.origin);
    expect(config).toEqual({ chainId: stack.info.chainId, domain: origin.host, uri: origin.origin, statement: expect.stringContaining('fhir-exchange') });
    // A page names its origin; one the exchange does not serve patients from is not echoed.
    expect((await call('GET', `/patient/config?origin=${encodeURIComponent(origin.origin)}`)).body).toEqual(config);
    expect((await call('GET', `/patient/config?origin=${encodeURIComponent('https://exchange.example.org')}`)).body).toEqual(config);
  });

  test('GET /patient/auth/nonce answers a fresh alphanumeric nonce of at least 8 characters, not to be cached, valid a few minutes', async () => {
    const [first, second] = await Promise.all([call('GET', '/patient/auth/nonce'), call('GET', '/patient/auth/nonce')]);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.body.nonce).toMatch(/^[A-Za-z0-9]{17,}$/);
    expect(second.body.nonce).not.toBe(first.body.nonce);
    const expiresIn = Date.parse(first.body.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(60_000);
    expect(expiresIn).toBeLessThanOrEqual(300_000);
  });
});

describe('a good sign-in', () => {
  let session: PatientSessionAnswer;
  let setCookie: string[];

  beforeAll(async () => {
    const answer = await signIn(await message(wallet.address), '');
    expect(answer.status).toBe(401); // an empty signature is refused
    const text = await message(wallet.address);
    const signed = await signIn(text, await wallet.signMessage(text));
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    session = signed.body as PatientSessionAnswer;
    setCookie = signed.headers.getSetCookie();
  });

  test('answers a short-lived bearer session bound to the checksummed address, with the SMART patient scope and a CSRF token', () => {
    expect(session).toEqual({
      access_token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      token_type: 'bearer',
      expires_in: SESSION_SECONDS,
      scope: 'patient/*.rs',
      address: wallet.address,
      csrf_token: expect.stringMatching(/^[\w-]{40,}$/),
    });
  });

  test('sets the same session as an HttpOnly, Secure, SameSite=Strict cookie for /patient that lasts as long', () => {
    expect(setCookie).toEqual([`fx_patient=${session.access_token}; HttpOnly; Secure; SameSite=Strict; Path=/patient; Max-Age=${SESSION_SECONDS}`]);
  });

  test('GET /patient/session answers the address, the expiry and that this wallet controls no patient yet (bearer or cookie)', async () => {
    const byBearer = await call('GET', '/patient/session', { token: session.access_token });
    expect(byBearer.status).toBe(200);
    expect(byBearer.body).toEqual({ address: wallet.address, expiresAt: expect.any(String), enrolled: false });
    const expiresIn = Date.parse(byBearer.body.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(0);
    expect(expiresIn).toBeLessThanOrEqual(SESSION_SECONDS * 1000);
    const byCookie = await call('GET', '/patient/session', { cookie: `fx_patient=${session.access_token}` });
    expect(byCookie.body).toEqual(byBearer.body);
  });

  test("a cookie session's POST without the CSRF token, or with another, is a 403 and changes nothing; with it the session is signed out", async () => {
    const cookie = `fx_patient=${session.access_token}`;
    const without = await call('POST', '/patient/auth/logout', { cookie });
    expect(without.status).toBe(403);
    expect((without.body as OperationOutcome).issue[0]).toMatchObject({ code: 'forbidden' });
    const wrong = await call('POST', '/patient/auth/logout', { cookie, headers: { 'X-CSRF-Token': 'A'.repeat(43) } });
    expect(wrong.status).toBe(403);
    expect((await call('GET', '/patient/session', { cookie })).status).toBe(200);

    const out = await call('POST', '/patient/auth/logout', { cookie, headers: { 'X-CSRF-Token': session.csrf_token } });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie()).toEqual(['fx_patient=; HttpOnly; Secure; SameSite=Strict; Path=/patient; Max-Age=0']);
    for (const credentials of [{ cookie }, { token: session.access_token }]) {
      const after = await call('GET', '/patient/session', credentials);
      expect(after.status).toBe(401);
      expect(after.body.issue[0].details.text).toMatch(/signed out/);
    }
  });

  test('the same client-side flow (config, nonce, siwe message, personal_sign) is what the CLI uses', async () => {
    const answer = await signInWithEthereum(async (method, path, body) => {
      const response = await call(method, path, body === undefined ? {} : { body });
      return { status: response.status, body: response.body };
    }, wallet);
    expect(answer.address).toBe(wallet.address);
    // A bearer session needs no CSRF token: it is no ambient credential.
    expect((await call('POST', '/patient/auth/logout', { token: answer.access_token })).status).toBe(200);
  });
});

describe('refused sign-ins: 401 OperationOutcome, no session, no cookie', () => {
  test('a message for another domain (a phishing site) or another URI', async () => {
    const phishing = await message(wallet.address, { domain: 'exchange.example.org', uri: 'https://exchange.example.org' });
    expectRefused(await signIn(phishing, await wallet.signMessage(phishing)), /domain/);
    const otherUri = await message(wallet.address, { uri: 'https://exchange.example.org/patient' });
    expectRefused(await signIn(otherUri, await wallet.signMessage(otherUri)), /URI/);
  });

  test('a message for another chain', async () => {
    const text = await message(wallet.address, { chainId: config.chainId + 1 });
    expectRefused(await signIn(text, await wallet.signMessage(text)), /chain id/);
  });

  test('a nonce used once already, and a nonce the exchange never issued', async () => {
    const text = await message(wallet.address);
    const signature = await wallet.signMessage(text);
    expect((await signIn(text, signature)).status).toBe(200);
    expectRefused(await signIn(text, signature), /nonce/);
    const invented = signInMessage(config, wallet.address, 'ZZZZZZZZZZZZZZZZZZZZ');
    expectRefused(await signIn(invented, await wallet.signMessage(invented)), /nonce/);
  });

  test('an expired message, one not valid yet, and one issued long before its nonce', async () => {
    const expired = await message(wallet.address, { expirationTime: new Date(Date.now() - 1000).toISOString() });
    expectRefused(await signIn(expired, await wallet.signMessage(expired)), /expired/);
    const notYet = await message(wallet.address, { notBefore: new Date(Date.now() + 3600_000).toISOString() });
    expectRefused(await signIn(notYet, await wallet.signMessage(notYet)), /not valid yet/);
    const stale = await message(wallet.address, { issuedAt: new Date(Date.now() - 24 * 3600_000).toISOString() });
    expectRefused(await signIn(stale, await wallet.signMessage(stale)), /Issued At/);
  });

  test("another address's signature over the message, and a signature over another message", async () => {
    const text = await message(wallet.address);
    expectRefused(await signIn(text, await Wallet.createRandom().signMessage(text)), /signature/);
    expectRefused(await signIn(text, await wallet.signMessage(`${text} `)), /signature/);
    // The nonce was not spent by the refusals: the right signature still signs in.
    expect((await signIn(text, await wallet.signMessage(text))).status).toBe(200);
  });

  test('text that is not EIP-4361 (the ABNF), an address that is not EIP-55, a malformed signature', async () => {
    const text = await message(wallet.address);
    const broken = text.replace(' wants you to sign in with your Ethereum account:', ' would like you to sign in:');
    expectRefused(await signIn(broken, await wallet.signMessage(broken)), /EIP-4361/);
    const lowercase = text.replace(wallet.address, wallet.address.toLowerCase());
    expectRefused(await signIn(lowercase, await wallet.signMessage(lowercase)), /EIP-4361/);
    expectRefused(await signIn(text, '0x1234'), /signature/);
    expectRefused(await signIn(text, `0x${'00'.repeat(65)}`), /signature/);
    const missing = await call('POST', '/patient/auth/siwe', { body: { message: text } });
    expect(missing.status).toBe(400);
    expect(missing.body.issue[0].expression).toEqual(['signature']);
  });
});

describe('no session', () => {
  test('without credentials, with a forged or foreign token, the session routes answer 401', async () => {
    expect((await call('GET', '/patient/session')).status).toBe(401);
    expect((await call('POST', '/patient/auth/logout')).status).toBe(401);
    expect((await call('GET', '/patient/session', { token: 'not.a.token' })).status).toBe(401);
    // A provider's access token is no patient session (another key, another audience).
    const providerToken = await stack.token('dev-provider-a');
    expect((await call('GET', '/patient/session', { token: providerToken })).status).toBe(401);
    // Nor is a session token altered to name another address.
    const text = await message(wallet.address);
    const session = (await signIn(text, await wallet.signMessage(text))).body as PatientSessionAnswer;
    const [header, payload, mac] = session.access_token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: Wallet.createRandom().address })).toString('base64url')}.${mac}`;
    expect((await call('GET', '/patient/session', { token: forged })).status).toBe(401);
  });

  test(`a session ends when it expires (${SESSION_SECONDS} s here)`, async () => {
    const text = await message(wallet.address);
    const session = (await signIn(text, await wallet.signMessage(text))).body as PatientSessionAnswer;
    expect((await call('GET', '/patient/session', { token: session.access_token })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, (SESSION_SECONDS + 1) * 1000));
    const expired = await call('GET', '/patient/session', { token: session.access_token });
    expect(expired.status).toBe(401);
    expect(expired.body.issue[0].details.text).toMatch(/expired/);
  }, 30_000);
});

describe('contract wallets (ERC-1271)', () => {
  test("a contract wallet signs in when its isValidSignature accepts the signature, and not with someone else's", async () => {
    const { contracts } = await compileContracts({ sourcesDir: join(REPO_ROOT, 'test/fixtures/contracts') });
    const compiled = contracts['OwnerWallet']!;
    const provider = new JsonRpcProvider(stack.info.rpcUrl, stack.info.chainId, { staticNetwork: true, cacheTimeout: -1 });
    try {
      const deployer = await provider.getSigner(5);
      const owner = Wallet.createRandom();
      const contract = await new ContractFactory(compiled.abi as never, compiled.bytecode, deployer).deploy(owner.address);
      await contract.waitForDeployment();
      const contractWallet = await contract.getAddress();

      const text = await message(contractWallet);
      // The owner signs the EIP-191 digest of the message itself, as the wallet's isValidSignature expects.
      const signed = await signIn(text, owner.signingKey.sign(hashMessage(text)).serialized);
      expect(signed.status, JSON.stringify(signed.body)).toBe(200);
      expect(signed.body.address).toBe(contractWallet);

      const other = await message(contractWallet);
      expectRefused(await signIn(other, Wallet.createRandom().signingKey.sign(hashMessage(other)).serialized), /signature/);
    } finally {
      provider.destroy();
    }
  });
});
