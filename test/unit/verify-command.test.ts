import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { OperationOutcome, Parameters } from 'fhir/r4.d.ts';
import { jwtVerify } from 'jose';
import type { CryptoKey } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { formatVerification, parseReference, readVerification, verifyCommand } from '../../functions/cli/verify-command.ts';
import type { VerifyIo } from '../../functions/cli/verify-command.ts';
import { FakeExchangeServer, clientKeyFile } from '../support/fake-exchange.ts';
import { REPO_ROOT } from '../support/local-stack-process.ts';

const CLI = join(REPO_ROOT, 'functions/cli/fhir-exchange.ts');
const execute = promisify(execFile);

const COMMITMENT = `0x${'ab'.repeat(32)}`;
const ROOT = `0x${'cd'.repeat(32)}`;
const PROOF = [`0x${'01'.repeat(32)}`, `0x${'02'.repeat(32)}`, `0x${'03'.repeat(32)}`];
const TX = `0x${'ef'.repeat(32)}`;

/** The Parameters the exchange answers (functions/vault/vault-verification.ts verificationParameters). */
const ANCHORED: Parameters = {
  resourceType: 'Parameters',
  parameter: [
    { name: 'verified', valueBoolean: true },
    { name: 'status', valueCode: 'anchored' },
    { name: 'commitment', valueString: COMMITMENT },
    { name: 'root', valueString: ROOT },
    { name: 'leafIndex', valueInteger: 206 },
    ...PROOF.map((hash) => ({ name: 'proof', valueString: hash })),
    { name: 'transactionHash', valueString: TX },
    { name: 'blockNumber', valueString: '10' },
    { name: 'anchoredAt', valueInstant: '2026-11-21T07:46:06.000Z' },
  ],
};
const PENDING: Parameters = {
  resourceType: 'Parameters',
  parameter: [
    { name: 'verified', valueBoolean: false },
    { name: 'status', valueCode: 'pending' },
    { name: 'commitment', valueString: COMMITMENT },
    { name: 'reason', valueString: 'Committed; not anchored on chain yet' },
  ],
};
const FAILED: Parameters = {
  resourceType: 'Parameters',
  parameter: [
    { name: 'verified', valueBoolean: false },
    { name: 'status', valueCode: 'failed' },
    { name: 'commitment', valueString: COMMITMENT },
    { name: 'reason', valueString: 'The recorded commitment is not the commitment of the stored resource' },
  ],
};
const outcome = (code: string, text: string): OperationOutcome => ({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: code as 'not-found', details: { text } }] });

/** What the fake answers for GET /fhir/{Type}/{id}/$verify, by Type/id. */
const ANSWERS: Record<string, { status: number; body: unknown }> = {
  'Observation/obs-1': { status: 200, body: ANCHORED },
  'Patient/pat-1': { status: 200, body: ANCHORED },
  'Observation/pending-1': { status: 200, body: PENDING },
  'Condition/failed-1': { status: 200, body: FAILED },
  'Observation/missing': { status: 404, body: outcome('not-found', 'Observation/missing is not known') },
  'Patient/erased': { status: 410, body: outcome('deleted', 'Patient/erased was erased') },
  'Observation/broken': { status: 200, body: { resourceType: 'Bundle' } },
};

interface Seen {
  method: string;
  path: string;
  authorization?: string;
  accept?: string;
}

/** A fake exchange: SMART discovery, a token endpoint that checks the client assertion, and $verify. */
class FakeExchange extends FakeExchangeServer {
  publicKey!: CryptoKey;
  requests: Seen[] = [];
  tokenRequests: { clientId: string; scope: string }[] = [];
  problems: string[] = [];

  reset() {
    this.requests = [];
    this.tokenRequests = [];
    this.problems = [];
  }

  protected override discovered(request: IncomingMessage) {
    this.#record(request);
  }

  #record(request: IncomingMessage) {
    this.requests.push({
      method: request.method!,
      path: new URL(request.url!, 'http://x').pathname,
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
      ...(request.headers.accept ? { accept: request.headers.accept } : {}),
    });
  }

  protected async handle(request: IncomingMessage, response: ServerResponse, url: URL, bytes: Buffer) {
    this.#record(request);
    if (request.method === 'POST' && url.pathname === '/token') {
      const form = new URLSearchParams(bytes.toString('utf8'));
      try {
        const { payload } = await jwtVerify(form.get('client_assertion') ?? '', this.publicKey, { audience: this.tokenUrl });
        if (form.get('grant_type') !== 'client_credentials' || payload.iss !== payload.sub) this.problems.push('bad token request');
        this.tokenRequests.push({ clientId: String(payload.iss), scope: form.get('scope') ?? '' });
      } catch (error) {
        this.problems.push(`client assertion: ${(error as Error).message}`);
        return this.send(response, 401, outcome('login', 'bad client assertion'));
      }
      return this.send(response, 200, { access_token: 'token-1', token_type: 'bearer', expires_in: 300, scope: form.get('scope') }, { 'Content-Type': 'application/json' });
    }
    const match = /^\/fhir\/([A-Za-z]+)\/([^/]+)\/\$verify$/.exec(url.pathname);
    if (request.method !== 'GET' || !match) {
      this.problems.push(`unexpected ${request.method} ${url.pathname}`);
      return this.send(response, 404, outcome('not-found', 'no such route'));
    }
    if (request.headers.authorization !== 'Bearer token-1') this.problems.push(`authorization ${request.headers.authorization}`);
    const answer = ANSWERS[`${match[1]}/${match[2]}`] ?? { status: 404, body: outcome('not-found', `${match[1]}/${match[2]} is not known`) };
    return this.send(response, answer.status, answer.body);
  }
}

function capture(): VerifyIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text) };
}

const fake = new FakeExchange();
let tmp: string;
let keyFile: string;
let target: string[];

beforeAll(async () => {
  await fake.start();
  let publicKey: CryptoKey;
  ({ dir: tmp, keyFile, publicKey } = await clientKeyFile('verify-test-'));
  fake.publicKey = publicKey;
  target = ['--base', fake.base, '--client-id', 'test-provider', '--key', keyFile];
});
afterAll(async () => {
  await fake.stop();
  await rm(tmp, { recursive: true, force: true });
});
beforeEach(() => fake.reset());

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = capture();
  const code = await verifyCommand([...target, ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** The CLI as a user runs it, for exit codes (asynchronously: the fake answers from this process). */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execute(process.execPath, [CLI, ...args], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// ---------------------------------------------------------------------------------------------

describe('verify: answers', () => {
  test('an anchored resource: summary, exit code 0, GET {base}/Type/id/$verify with a system/<Type>.r token', async () => {
    const result = await run('Observation/obs-1');
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toBe(
      [
        'Observation/obs-1',
        '  verified     yes',
        '  status       anchored',
        `  commitment   ${COMMITMENT}`,
        `  root         ${ROOT}`,
        '  leaf index   206',
        '  proof        3 hashes',
        `  transaction  ${TX}`,
        '  block        10',
        '  anchored at  2026-11-21T07:46:06.000Z',
        '',
      ].join('\n'),
    );
    expect(fake.tokenRequests).toEqual([{ clientId: 'test-provider', scope: 'system/Observation.r' }]);
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /fhir/.well-known/smart-configuration',
      'POST /token',
      'GET /fhir/Observation/obs-1/$verify',
    ]);
    expect(fake.requests.at(-1)).toMatchObject({ authorization: 'Bearer token-1', accept: 'application/fhir+json' });
    expect(fake.problems).toEqual([]);
  });

  test('--json prints the Parameters exactly as answered; --scope replaces the default scope', async () => {
    const result = await run('Patient/pat-1', '--json', '--scope', 'system/*.rs');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual(ANCHORED);
    expect(fake.tokenRequests).toEqual([{ clientId: 'test-provider', scope: 'system/*.rs' }]);
    expect(fake.requests.at(-1)!.path).toBe('/fhir/Patient/pat-1/$verify');
    expect(fake.problems).toEqual([]);
  });

  test('pending: not verified, exit code 1, with the reason', async () => {
    const result = await run('Observation/pending-1');
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      ['Observation/pending-1', '  verified    no', '  status      pending', `  commitment  ${COMMITMENT}`, '  reason      Committed; not anchored on chain yet', ''].join('\n'),
    );
    const json = await run('Observation/pending-1', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toEqual(PENDING);
  });

  test('failed: not verified, exit code 1, with the reason', async () => {
    const result = await run('Condition/failed-1');
    expect(result.code).toBe(1);
    expect(result.out).toContain('  verified    no\n');
    expect(result.out).toContain('  status      failed\n');
    expect(result.out).toContain('  reason      The recorded commitment is not the commitment of the stored resource\n');
    expect(result.out).not.toContain('proof');
    expect(fake.tokenRequests).toEqual([{ clientId: 'test-provider', scope: 'system/Condition.r' }]);
  });

  test('an OperationOutcome answer (404, 410) is an error with its message; --json also prints the outcome', async () => {
    await expect(run('Observation/missing')).rejects.toThrow('GET Observation/missing/$verify failed with HTTP 404: Observation/missing is not known');
    await expect(run('Patient/erased')).rejects.toThrow('GET Patient/erased/$verify failed with HTTP 410: Patient/erased was erased');
    const io = capture();
    await expect(verifyCommand([...target, '--json', 'Observation/missing'], io)).rejects.toThrow(/HTTP 404/);
    expect(JSON.parse(io.out.join(''))).toEqual(ANSWERS['Observation/missing']!.body);
  });

  test('a 200 that is not Parameters is an error', async () => {
    await expect(run('Observation/broken')).rejects.toThrow('The $verify answer is not a Parameters resource');
  });
});

describe('verify: usage', () => {
  test.each([
    ['no resource', []],
    ['two resources', ['Observation/a', 'Observation/b']],
    ['no id', ['Observation']],
    ['an empty id', ['Observation/']],
    ['a lowercase type', ['observation/1']],
    ['a version', ['Observation/1/_history/1']],
    ['an id with a space', ['Observation/a b']],
    ['an id of 65 characters', [`Observation/${'a'.repeat(65)}`]],
    ['a leading slash', ['/Observation/1']],
  ])('%s is a UsageError, and nothing is requested', async (_, positionals) => {
    await expect(run(...positionals)).rejects.toMatchObject({ name: 'UsageError' });
    expect(fake.requests).toEqual([]);
  });

  test('parseReference splits Type/id', () => {
    expect(parseReference('Observation/abc-1.2')).toEqual({ type: 'Observation', id: 'abc-1.2' });
    expect(() => parseReference('Observation/1/2')).toThrow(/Type\/id/);
  });
});

describe('verify: the local stack default', () => {
  test("without --client or --base: the local stack's first provider client, from stack.json", async () => {
    const dataDir = await mkdtemp(join(tmp, 'stack-'));
    const stack = {
      fhirBase: fake.base,
      tokenUrl: `${fake.base.replace(/\/fhir$/, '')}/token`,
      clients: [
        { clientId: 'dev-admin', role: 'admin', scopes: ['system/*.rs'], privateJwkFile: keyFile },
        { clientId: 'dev-provider-a', role: 'provider', scopes: ['system/*.cruds'], privateJwkFile: keyFile },
      ],
    };
    await writeFile(join(dataDir, 'stack.json'), JSON.stringify(stack));
    const io = capture();
    expect(await verifyCommand(['--data-dir', dataDir, 'Observation/obs-1'], io)).toBe(0);
    expect(fake.tokenRequests).toEqual([{ clientId: 'dev-provider-a', scope: 'system/Observation.r' }]);
    // No discovery: stack.json names the token endpoint.
    expect(fake.requests.map((request) => request.path)).toEqual(['/token', '/fhir/Observation/obs-1/$verify']);
  });
});

describe('readVerification and formatVerification', () => {
  test('read every parameter the exchange sends', () => {
    expect(readVerification(ANCHORED)).toEqual({
      verified: true,
      status: 'anchored',
      commitment: COMMITMENT,
      root: ROOT,
      leafIndex: 206,
      proof: PROOF,
      transactionHash: TX,
      blockNumber: '10',
      anchoredAt: '2026-11-21T07:46:06.000Z',
    });
    expect(() => readVerification({ resourceType: 'Parameters', parameter: [{ name: 'verified', valueBoolean: true }] })).toThrow('no status');
  });

  test('a one-leaf batch has an empty proof, shown as 0 hashes', () => {
    const text = formatVerification('Patient/p', { verified: true, status: 'anchored', commitment: COMMITMENT, root: ROOT, leafIndex: 0, proof: [], blockNumber: '3' });
    expect(text).toContain('  proof       0 hashes\n');
    expect(text).not.toContain('transaction');
  });
});

describe('fhir-exchange verify (the CLI process)', () => {
  test('exit codes: 0 anchored, 1 pending, 1 with the message for a 404, 2 for a malformed Type/id', async () => {
    const [anchored, pending, missing, malformed] = await Promise.all([
      cli('verify', ...target, 'Observation/obs-1'),
      cli('verify', ...target, 'Observation/pending-1'),
      cli('verify', ...target, 'Observation/missing'),
      cli('verify', ...target, 'Observation'),
    ]);
    expect(anchored).toMatchObject({ code: 0, stderr: '' });
    expect(anchored.stdout).toContain('  verified     yes\n');
    expect(pending).toMatchObject({ code: 1, stderr: '' });
    expect(pending.stdout).toContain('  status      pending\n');
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'fhir-exchange verify: GET Observation/missing/$verify failed with HTTP 404: Observation/missing is not known\n' });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/^fhir-exchange verify: verify needs a resource as Type\/id/);
    expect(malformed.stdout).toBe('');
  });

  test('the usage text lists verify', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(' verify [options] <Type/id> check a stored resource against its commitment and the chain ($verify) ');
  });
});
