import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXIT, reportError } from '../../functions/cli/cli-command.ts';
import { networkFailure } from '../../functions/cli/exchange-target.ts';
import { FakeExchangeServer, clientKeyFile } from '../support/fake-exchange.ts';
import { REPO_ROOT } from '../support/local-stack-process.ts';

const CLI = join(REPO_ROOT, 'functions/cli/fhir-exchange.ts');
const execute = promisify(execFile);

/** The CLI as a user runs it (asynchronously: the fake exchange answers from this process). */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execute(process.execPath, [CLI, ...args], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A token endpoint that answers every client with `token-<n>`. */
class FakeTokenServer extends FakeExchangeServer {
  scopes: string[] = [];
  /** The claims of each client assertion received (not verified: this fake only records). */
  assertionClaims: Record<string, unknown>[] = [];
  protected handle(request: IncomingMessage, response: ServerResponse, url: URL, bytes: Buffer) {
    if (request.method !== 'POST' || url.pathname !== '/token') return this.send(response, 404, { resourceType: 'OperationOutcome', issue: [] });
    const form = new URLSearchParams(bytes.toString('utf8'));
    const scope = form.get('scope') ?? '';
    this.scopes.push(scope);
    this.assertionClaims.push(JSON.parse(Buffer.from((form.get('client_assertion') ?? '..').split('.')[1]!, 'base64url').toString('utf8') || '{}') as Record<string, unknown>);
    this.send(response, 200, { access_token: `token-${this.scopes.length}`, token_type: 'bearer', expires_in: 300, scope }, { 'Content-Type': 'application/json' });
  }
}

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

const TARGET_FLAGS = ['--data-dir <dir>', '--client <id>', '--base <url>', '--client-id <id>', '--key <file>'];
/** A patient's wallet is no client: the local stack or a --base, and its own --key (the wallet key file). */
const PATIENT_TARGET_FLAGS = ['--data-dir <dir>', '--base <url>'];

/** Every command and subcommand, with the options its help must describe. */
const COMMANDS: [string, string[]][] = [
  ['token', ['--scope <scopes>', '--purpose-of-use <code>', '--reason <text>', '--json', ...TARGET_FLAGS]],
  ['validate', ['--json']],
  ['providers apply', ['--id <id>', '--name <name>', '--endpoint <url>', '--metadata <json>', '--scope <scopes>', '--json', ...TARGET_FLAGS]],
  ['providers confirm', ['--id <id>', '--scope <scopes>', '--json', ...TARGET_FLAGS]],
  ['providers suspend', ['--id <id>', '--scope <scopes>', '--json', ...TARGET_FLAGS]],
  ['providers list', ['--scope <scopes>', '--json', ...TARGET_FLAGS]],
  ['locate', ['--identifier <system|value>', '--scope <scopes>', '--json', ...TARGET_FLAGS]],
  ['ingest', ['--concurrency <n>', '--batch-size <n>', '--json', ...TARGET_FLAGS]],
  ['verify', ['--scope <scopes>', '--json', ...TARGET_FLAGS]],
  ['enrollment-code', ['--scope <scopes>', '--json', ...TARGET_FLAGS]],
  ['patient new-key', ['--out <file>', '--force', '--json']],
  ['patient enroll', ['--code <code>', '--key <file>', '--json', ...PATIENT_TARGET_FLAGS]],
  ['patient consent grant', ['--grantee <id>', '--purpose <purpose>', '--expires <iso>', '--key <file>', '--json', ...PATIENT_TARGET_FLAGS]],
  ['patient consent revoke', ['--grantee <id>', '--purpose <purpose>', '--key <file>', '--json', ...PATIENT_TARGET_FLAGS]],
  ['patient consents', ['--key <file>', '--json', ...PATIENT_TARGET_FLAGS]],
  ['patient holders', ['--key <file>', '--json', ...PATIENT_TARGET_FLAGS]],
  ['patient records', ['--key <file>', '--out <dir>', '--json', ...PATIENT_TARGET_FLAGS]],
  ['patient access-log', ['--key <file>', '--json', ...PATIENT_TARGET_FLAGS]],
  ['patient erase', ['--key <file>', '--yes', '--json', ...PATIENT_TARGET_FLAGS]],
  ['export', ['--out <dir>', '--type <types>', '--since <instant>', '--type-filter <search...>', '--group <id>', '--patient-level', '--scope <scopes>', '--quiet', ...TARGET_FLAGS]],
  ['deidentify', ['--config <file>', '--out <file>']],
];

const fake = new FakeTokenServer();
let tmp: string;
let keyFile: string;
let staleDataDir: string;
let deadPort: number;

beforeAll(async () => {
  await fake.start();
  ({ dir: tmp, keyFile } = await clientKeyFile('cli-command-test-'));
  deadPort = await closedPort();
  // A stack.json left by a stack that was killed: it names an exchange that is gone.
  staleDataDir = await mkdtemp(join(tmp, 'stale-'));
  const base = `http://127.0.0.1:${deadPort}`;
  await writeFile(
    join(staleDataDir, 'stack.json'),
    JSON.stringify({
      fhirBase: `${base}/fhir`,
      tokenUrl: `${base}/fhir/auth/token`,
      clients: [
        { clientId: 'dev-admin', role: 'admin', scopes: ['system/*.rs'], privateJwkFile: keyFile },
        { clientId: 'dev-provider-a', role: 'provider', scopes: ['system/*.cruds'], privateJwkFile: keyFile },
      ],
    }),
  );
});
afterAll(async () => {
  await fake.stop();
  await rm(tmp, { recursive: true, force: true });
});

describe('--help', () => {
  test('the top-level help lists every command, the target options and the exit codes', async () => {
    const [long, short, word] = await Promise.all([cli('--help'), cli('-h'), cli('help')]);
    expect(long.code).toBe(0);
    expect(long.stderr).toBe('');
    expect(short.stdout).toBe(long.stdout);
    expect(word.stdout).toBe(long.stdout);
    const help = long.stdout;
    expect(help).toMatch(/^Usage: fhir-exchange \[options\] \[command\]\n/);
    for (const command of ['token [options]', 'validate [options] <file...>', 'providers', 'locate [options]', 'ingest [options] <path...>', 'verify [options] <Type/id>', 'enrollment-code [options] <Patient/ID>', 'patient']) {
      expect(help).toMatch(new RegExp(`^  ${command.replace(/[[\].]/g, '\\$&')}\\s+\\S`, 'm'));
    }
    expect(help).toContain('--data-dir DIR (default .local)');
    expect(help).toContain('stack.json');
    expect(help).toContain('\nExit codes:\n  0  success\n  1  the operation failed');
    expect(help).toMatch(/\n {2}2 {2}usage or setup error/);
    expect(help).toMatch(/\n {2}3 {2}no exchange at the target URL/);
    expect(EXIT).toEqual({ ok: 0, failed: 1, usage: 2, unreachable: 3 });
  });

  test('no command at all prints the help on stderr and exits 2', async () => {
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^Usage: fhir-exchange/);
  });

  test.each(COMMANDS)('fhir-exchange %s --help describes every option', async (path, flags) => {
    const result = await cli(...path.split(' '), '--help');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const help = result.stdout;
    expect(help.split('\n')[0]).toMatch(new RegExp(`^Usage: fhir-exchange ${path} \\[options\\]`));
    for (const flag of [...flags, '-h, --help']) {
      // The flag, then its description on the same line.
      expect(help).toMatch(new RegExp(`^  ${flag.replace(/[|[\]().*+?]/g, '\\$&')}\\s+\\S`, 'm'));
    }
    if (flags.includes('--data-dir <dir>')) {
      expect(help).toMatch(/^ {2}--data-dir <dir>\s+the local stack's data folder/m);
      expect(help.replace(/\s+/g, ' ')).toContain('writes DIR/stack.json (FHIR base URL, token URL, seeded clients and their key files), which this command reads (default: .local');
    }
  });

  test('help for a command, in its three spellings, is the same', async () => {
    const [flag, word, nested] = await Promise.all([cli('providers', 'list', '--help'), cli('providers', 'help', 'list'), cli('help', 'providers')]);
    expect(word.stdout).toBe(flag.stdout);
    expect(nested.code).toBe(0);
    expect(nested.stdout).toMatch(/^Usage: fhir-exchange providers \[options\] \[command\]/);
    for (const sub of ['apply', 'confirm', 'suspend', 'list']) expect(nested.stdout).toMatch(new RegExp(`^  ${sub} \\[options\\]\\s+\\S`, 'm'));
  });
});

describe('usage errors exit 2 with the reason and where to find help', () => {
  test.each([
    ['an unknown command', ['tokn'], "fhir-exchange: unknown command 'tokn'\n(Did you mean token?)\nRun 'fhir-exchange --help' for its usage.\n"],
    ['an unknown option', ['ingest', '--bogus', 'x'], "fhir-exchange ingest: unknown option '--bogus'\nRun 'fhir-exchange ingest --help' for its usage.\n"],
    ['a missing argument', ['ingest'], "fhir-exchange ingest: missing required argument 'path'\nRun 'fhir-exchange ingest --help' for its usage.\n"],
    ['a missing option value', ['ingest', 'x', '--concurrency'], "fhir-exchange ingest: option '--concurrency <n>' argument missing\nRun 'fhir-exchange ingest --help' for its usage.\n"],
    ['a bad option value', ['ingest', '--batch-size', '0', 'x'], "fhir-exchange ingest: option '--batch-size <n>' argument '0' is invalid. It must be an integer from 1 to 10000.\nRun 'fhir-exchange ingest --help' for its usage.\n"],
    ['a missing required option', ['locate'], "fhir-exchange locate: required option '--identifier <system|value>' not specified\nRun 'fhir-exchange locate --help' for its usage.\n"],
    ['too many arguments', ['verify', 'Observation/1', 'Observation/2'], "fhir-exchange verify: too many arguments for 'verify'. Expected 1 argument but got 2: Observation/1, Observation/2.\nRun 'fhir-exchange verify --help' for its usage.\n"],
    ['a malformed argument', ['verify', 'observation/1'], 'fhir-exchange verify: verify needs a resource as Type/id (e.g. Observation/123), not "observation/1"\nRun \'fhir-exchange verify --help\' for its usage.\n'],
    ['an unknown subcommand', ['providers', 'renounce'], "fhir-exchange providers: unknown command 'renounce'\nRun 'fhir-exchange providers --help' for its usage.\n"],
    ['an option of another subcommand', ['providers', 'confirm', '--id', 'x', '--endpoint', 'https://x.example'], "fhir-exchange providers confirm: unknown option '--endpoint'\nRun 'fhir-exchange providers confirm --help' for its usage.\n"],
    ['--client with --base', ['token', '--client', 'dev-admin', '--base', 'http://127.0.0.1:1/fhir'], "fhir-exchange token: option '--client <id>' cannot be used with option '--base <url>'\nRun 'fhir-exchange token --help' for its usage.\n"],
    ['--base without --key', ['token', '--base', 'http://127.0.0.1:1/fhir', '--client-id', 'x'], "fhir-exchange token: --base needs --client-id ID and --key FILE (the client registered at that exchange, and its private JWK)\nRun 'fhir-exchange token --help' for its usage.\n"],
    ['break-glass without --reason', ['token', '--client', 'dev-provider-a', '--purpose-of-use', 'BTG'], "fhir-exchange token: --purpose-of-use BTG is break-glass: give --reason TEXT (why the records are needed without consent)\nRun 'fhir-exchange token --help' for its usage.\n"],
    ['--reason without --purpose-of-use', ['token', '--client', 'dev-provider-a', '--reason', 'why'], "fhir-exchange token: --reason goes with --purpose-of-use BTG or ETREAT (break-glass)\nRun 'fhir-exchange token --help' for its usage.\n"],
    ['--reason with a purpose that is not break-glass', ['token', '--client', 'dev-provider-a', '--purpose-of-use', 'TREAT', '--reason', 'why'], "fhir-exchange token: --reason goes only with a break-glass purpose of use (BTG or ETREAT)\nRun 'fhir-exchange token --help' for its usage.\n"],
    ['a malformed patient reference', ['enrollment-code', 'patient/1'], 'fhir-exchange enrollment-code: enrollment-code needs the patient as Patient/ID (e.g. Patient/123, the id this provider stored it under), not "patient/1"\nRun \'fhir-exchange enrollment-code --help\' for its usage.\n'],
    ['a consent purpose that does not exist', ['patient', 'consent', 'grant', '--grantee', 'dev-clinic-b', '--purpose', 'marketing', '--key', 'wallet.key'], "fhir-exchange patient consent grant: option '--purpose <purpose>' argument 'marketing' is invalid. Allowed choices are treatment, research.\nRun 'fhir-exchange patient consent grant --help' for its usage.\n"],
    ['a wallet command without its key file', ['patient', 'consents'], "fhir-exchange patient consents: required option '--key <file>' not specified\nRun 'fhir-exchange patient consents --help' for its usage.\n"],
    ['a client option on a wallet command', ['patient', 'enroll', '--code', 'X', '--key', 'wallet.key', '--client', 'dev-provider-a'], "fhir-exchange patient enroll: unknown option '--client'\nRun 'fhir-exchange patient enroll --help' for its usage.\n"],
    ['an unknown purpose of use', ['token', '--client', 'dev-provider-a', '--purpose-of-use', 'treat'], "fhir-exchange token: --purpose-of-use must be an HL7 v3 PurposeOfUse code this exchange knows (TREAT, ETREAT, BTG, HOPERAT, PATRQT, HRESCH), plain or as urn:oid:2.16.840.1.113883.5.8#CODE\nRun 'fhir-exchange token --help' for its usage.\n"],
  ])('%s', async (_, args, stderr) => {
    const result = await cli(...args);
    expect(result).toEqual({ code: 2, stdout: '', stderr });
  });

  test('a subcommand missing: the help of its parent, on stderr, exit 2', async () => {
    const result = await cli('providers');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: fhir-exchange providers \[options\] \[command\]/);
  });
});

describe('setup errors say what to do', () => {
  test('no stack.json in the data dir: exit 2, the file, `npm start` and the alternatives', async () => {
    const dataDir = join(tmp, 'no-stack-here');
    const shown = relative(REPO_ROOT, join(dataDir, 'stack.json')).startsWith('..') ? join(dataDir, 'stack.json') : relative(REPO_ROOT, join(dataDir, 'stack.json'));
    const expected =
      `no local exchange: ${shown} does not exist.\n` +
      '  Start one with `npm start` (while it runs, it writes stack.json in its data folder, .local by default),\n' +
      '  pass --data-dir DIR for a stack started with `npm start -- --data-dir DIR`,\n' +
      '  or target a deployment with --base URL --client-id ID --key FILE.\n';
    const results = await Promise.all([
      cli('token', '--client', 'dev-admin', '--data-dir', dataDir),
      cli('locate', '--identifier', 'http://hl7.org/fhir/sid/us-ssn|999-12-3456', '--data-dir', dataDir),
      cli('ingest', '--data-dir', dataDir, join(REPO_ROOT, 'package.json')),
      cli('verify', 'Observation/1', '--data-dir', dataDir),
      cli('providers', 'list', '--data-dir', dataDir),
    ]);
    const commands = ['token', 'locate', 'ingest', 'verify', 'providers list'];
    expect(results).toEqual(commands.map((command) => ({ code: 2, stdout: '', stderr: `fhir-exchange ${command}: ${expected}` })));
  });

  test('a key file that cannot be read: exit 2, naming the file', async () => {
    const missing = join(tmp, 'nowhere.jwk');
    const notJson = join(tmp, 'not-json.jwk');
    await writeFile(notJson, 'PRIVATE KEY');
    const [gone, garbled] = await Promise.all([
      cli('token', '--base', fake.base, '--client-id', 'x', '--key', missing),
      cli('token', '--key', notJson, '--base', fake.base, '--client-id', 'x'),
    ]);
    expect(gone).toEqual({ code: 2, stdout: '', stderr: `fhir-exchange token: cannot read the private key file ${missing} (no such file)\n` });
    expect(garbled).toEqual({ code: 2, stdout: '', stderr: `fhir-exchange token: the private key file ${notJson} is not JSON: it must hold a private JWK\n` });
  });
});

describe('an exchange that does not answer: exit 3, what to do, no stack trace', () => {
  test('the local stack named by a stale stack.json', async () => {
    const origin = `http://127.0.0.1:${deadPort}`;
    const stackFile = join(staleDataDir, 'stack.json');
    const results = await Promise.all([
      cli('token', '--client', 'dev-admin', '--data-dir', staleDataDir),
      cli('locate', '--data-dir', staleDataDir, '--identifier', 'http://hl7.org/fhir/sid/us-ssn|999-12-3456'),
      cli('verify', '--data-dir', staleDataDir, 'Observation/1'),
      cli('providers', 'list', '--data-dir', staleDataDir),
      cli('ingest', join(REPO_ROOT, 'package.json'), '--data-dir', staleDataDir),
    ]);
    const commands = ['token', 'locate', 'verify', 'providers list', 'ingest'];
    expect(results).toEqual(
      commands.map((command) => ({
        code: 3,
        stdout: '',
        stderr: `fhir-exchange ${command}: no exchange at ${origin} (connection refused); start one with \`npm start\` (or pass --base URL); ${stackFile} is left over from a stack that is no longer running\n`,
      })),
    );
  });

  test('a --base URL on this machine, and one whose host does not exist', async () => {
    const [local, remote] = await Promise.all([
      cli('token', '--base', `http://127.0.0.1:${deadPort}/fhir`, '--client-id', 'x', '--key', keyFile),
      cli('verify', 'Patient/1', '--base', 'https://fhir.invalid/r4', '--client-id', 'x', '--key', keyFile),
    ]);
    expect(local).toEqual({ code: 3, stdout: '', stderr: `fhir-exchange token: no exchange at http://127.0.0.1:${deadPort} (connection refused); start one with \`npm start\`, or check --base URL\n` });
    expect(remote.code).toBe(3);
    expect(remote.stderr).toMatch(/^fhir-exchange verify: no exchange at https:\/\/fhir\.invalid \((host not found|EAI_AGAIN|no answer)[^)]*\); check --base URL and the network\n$/);
  });

  test('networkFailure names what fetch failed on; reportError maps the errors to the exit codes', async () => {
    const refused = await fetch(`http://127.0.0.1:${deadPort}/`).catch((error: unknown) => error);
    expect(networkFailure(refused)).toBe('connection refused');
    expect(networkFailure(new Error('fetch failed'))).toBeUndefined();
    expect(networkFailure(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }))).toBe('host not found');
    const errors: string[] = [];
    const io = { stderr: (text: string) => void errors.push(text) };
    expect(reportError(new Error('GET x failed with HTTP 500'), io)).toBe(EXIT.failed);
    expect(errors).toEqual(['fhir-exchange: GET x failed with HTTP 500\n']);
  });
});

describe('options in any order', () => {
  test('token: the same request and output whatever the order of its options', async () => {
    const orders = [
      ['token', '--base', fake.base, '--client-id', 'c1', '--key', keyFile, '--scope', 'system/Patient.rs', '--json'],
      ['token', '--json', '--scope', 'system/Patient.rs', '--key', keyFile, '--client-id', 'c1', '--base', fake.base],
      ['token', '--key', keyFile, '--json', '--base', fake.base, '--scope', 'system/Patient.rs', '--client-id', 'c1'],
    ];
    fake.scopes = [];
    const results = [];
    for (const args of orders) results.push(await cli(...args));
    const outputs = results.map((result) => ({ ...result, stdout: { ...(JSON.parse(result.stdout) as object), access_token: '…' } }));
    expect(outputs).toEqual(orders.map(() => ({ code: 0, stderr: '', stdout: { access_token: '…', token_type: 'bearer', expires_in: 300, scope: 'system/Patient.rs' } })));
    expect(fake.scopes).toEqual(['system/Patient.rs', 'system/Patient.rs', 'system/Patient.rs']);
  });
});

describe('token --purpose-of-use', () => {
  test('sends the purpose in the UDAP hl7-b2b extension and a break-glass reason in the exchange\'s, as given', async () => {
    fake.assertionClaims = [];
    const target = ['--base', fake.base, '--client-id', 'c1', '--key', keyFile];
    const plain = await cli('token', ...target);
    const treat = await cli('token', ...target, '--purpose-of-use', 'urn:oid:2.16.840.1.113883.5.8#TREAT');
    const btg = await cli('token', '--reason', 'unconscious on arrival', ...target, '--purpose-of-use', 'BTG');
    expect([plain.code, treat.code, btg.code]).toEqual([0, 0, 0]);
    expect(fake.assertionClaims[0]).not.toHaveProperty('extensions');
    expect(fake.assertionClaims[1]!['extensions']).toEqual({ 'hl7-b2b': { version: '1', purpose_of_use: ['urn:oid:2.16.840.1.113883.5.8#TREAT'] } });
    expect(fake.assertionClaims[2]!['extensions']).toEqual({ 'hl7-b2b': { version: '1', purpose_of_use: ['BTG'] }, 'fhir-exchange': { reason: 'unconscious on arrival' } });
  });
});
