import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import type { JWK } from 'jose';
import { UnreachableError, UsageError } from './cli-command.ts';
import { requestAccessToken } from './smart-client.ts';
import type { ClientCredentials, TokenPurpose, TokenResult } from './smart-client.ts';

export { UsageError } from './cli-command.ts';

/**
 * Which exchange a CLI command talks to, and as whom: the local stack described by
 * `<data-dir>/stack.json` with one of its seeded clients (`--client ID`), or any deployment
 * given by `--base URL --client-id ID --key FILE`.
 */

/** The local stack's data folder when `--data-dir` is not given (as `npm start`'s default). */
export const DEFAULT_DATA_DIR = '.local';

export const DATA_DIR_HELP =
  `the local stack's data folder: \`npm start -- --data-dir DIR\` keeps its state there and, while it runs, ` +
  `writes DIR/stack.json (FHIR base URL, token URL, seeded clients and their key files), which this command reads ` +
  `(default: ${DEFAULT_DATA_DIR}, relative to the current folder)`;

export interface TargetOptions {
  dataDir?: string;
  client?: string;
  base?: string;
  clientId?: string;
  key?: string;
}

export const TARGET_HELP_GROUP = 'Target (the local stack, or any deployment with --base):';

/**
 * Adds the target options to a command; `clientNote` says which client it uses without
 * `--client` (e.g. "default: the local stack's first provider client").
 */
export function addTargetOptions(command: Command, clientNote: string): Command {
  const options = [
    new Option('--data-dir <dir>', DATA_DIR_HELP),
    new Option('--client <id>', `a client seeded by \`npm start\`, as listed in stack.json (${clientNote})`).conflicts(['base', 'clientId']),
    new Option('--base <url>', 'any deployment instead of the local stack: its FHIR base URL; the token endpoint is discovered from [base]/.well-known/smart-configuration (needs --client-id and --key)'),
    new Option('--client-id <id>', 'with --base: the client id registered at that exchange'),
    new Option('--key <file>', "with --base: the client's private key, a JWK file (EC P-384 or RSA)"),
  ];
  for (const option of options) command.addOption(option.helpGroup(TARGET_HELP_GROUP));
  return command;
}

export interface ExchangeTarget extends ClientCredentials {
  fhirBase: string;
  /** Scopes the client is registered for, when known (local stack). */
  scopes?: string[];
  /** Set when the target is the local stack: the stack.json it came from. */
  stackFile?: string;
}

interface StackFile {
  fhirBase: string;
  tokenUrl: string;
  clients: { clientId: string; role?: string; scopes: string[]; privateJwkFile: string }[];
}

/** `path` relative to the current folder when it is inside it (shorter messages), else absolute. */
function shown(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere && !fromHere.startsWith('..') ? fromHere : path;
}

/** Reads `<data-dir>/stack.json`; a missing or unreadable one is a setup error that says what to do. */
export async function readStackFile(dataDir: string | undefined): Promise<{ stack: StackFile; stackFile: string }> {
  const folder = resolve(dataDir ?? DEFAULT_DATA_DIR);
  const stackFile = join(folder, 'stack.json');
  let text: string;
  try {
    text = await readFile(stackFile, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new UsageError(
        `no local exchange: ${shown(stackFile)} does not exist.\n` +
          `  Start one with \`npm start\` (while it runs, it writes stack.json in its data folder, ${DEFAULT_DATA_DIR} by default),\n` +
          `  pass --data-dir DIR for a stack started with \`npm start -- --data-dir DIR\`,\n` +
          `  or target a deployment with --base URL --client-id ID --key FILE.`,
        { showHelp: false },
      );
    }
    throw new UsageError(`cannot read ${shown(stackFile)} (${code ?? (error as Error).message})`, { showHelp: false });
  }
  let stack: StackFile;
  try {
    stack = JSON.parse(text) as StackFile;
  } catch {
    throw new UsageError(`${shown(stackFile)} is not JSON; restart the local stack with \`npm start\` to rewrite it`, { showHelp: false });
  }
  if (typeof stack?.fhirBase !== 'string' || typeof stack.tokenUrl !== 'string' || !Array.isArray(stack.clients)) {
    throw new UsageError(`${shown(stackFile)} is not a stack file written by \`npm start\` (no fhirBase, tokenUrl or clients)`, { showHelp: false });
  }
  return { stack, stackFile };
}

export async function resolveTarget(options: TargetOptions): Promise<ExchangeTarget> {
  if (options.base) {
    if (!options.clientId || !options.key) throw new UsageError('--base needs --client-id ID and --key FILE (the client registered at that exchange, and its private JWK)');
    let fhirBase: string;
    try {
      fhirBase = new URL(options.base).href.replace(/\/+$/, '');
    } catch {
      throw new UsageError(`--base must be a URL, such as http://127.0.0.1:8080/fhir (not ${JSON.stringify(options.base)})`);
    }
    const privateJwk = await readJwk(options.key);
    return { fhirBase, tokenUrl: await discoverTokenUrl(fhirBase), clientId: options.clientId, privateJwk };
  }
  if (options.clientId || options.key) throw new UsageError('--client-id and --key go with --base URL; for the local stack give --client ID (a client seeded by npm start)');
  const { stack, stackFile } = await readStackFile(options.dataDir);
  const seeded = stack.clients.map((c) => c.clientId).join(', ');
  if (!options.client) throw new UsageError(`--client is required; the local stack's seeded clients: ${seeded}`);
  const client = stack.clients.find((candidate) => candidate.clientId === options.client);
  if (!client) throw new UsageError(`unknown client ${options.client}; the local stack's seeded clients (${shown(stackFile)}): ${seeded}`, { showHelp: false });
  return { fhirBase: stack.fhirBase, tokenUrl: stack.tokenUrl, clientId: client.clientId, privateJwk: await readJwk(client.privateJwkFile), scopes: client.scopes, stackFile };
}

async function readJwk(file: string): Promise<JWK> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'a folder, not a file' : (code ?? (error as Error).message);
    throw new UsageError(`cannot read the private key file ${shown(resolve(file))} (${why})`, { showHelp: false });
  }
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    throw new UsageError(`the private key file ${shown(resolve(file))} is not JSON: it must hold a private JWK`, { showHelp: false });
  }
  if (typeof jwk !== 'object' || jwk === null || typeof (jwk as JWK).kty !== 'string') {
    throw new UsageError(`the private key file ${shown(resolve(file))} does not hold a JWK (no "kty")`, { showHelp: false });
  }
  return jwk as JWK;
}

/** SMART discovery: the token endpoint from `[base]/.well-known/smart-configuration`. */
async function discoverTokenUrl(fhirBase: string): Promise<string> {
  const url = `${fhirBase}/.well-known/smart-configuration`;
  const response = await exchangeFetch({ fhirBase }, url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`SMART discovery (GET ${url}) failed with HTTP ${response.status}; is --base the exchange's FHIR base URL?`);
  const { token_endpoint: tokenEndpoint } = ((await response.json().catch(() => ({}))) ?? {}) as { token_endpoint?: string };
  if (!tokenEndpoint) throw new Error(`The SMART configuration at ${url} has no token_endpoint`);
  return tokenEndpoint;
}

/** The local stack's first provider client (stack.json), the default client of provider commands. */
export async function firstProviderClient(dataDir: string | undefined): Promise<string> {
  const { stack } = await readStackFile(dataDir);
  const provider = stack.clients.find((candidate) => candidate.role === 'provider');
  if (!provider) throw new UsageError('the local stack has no provider client; give --client ID');
  return provider.clientId;
}

// ---------------------------------------------------------------------------------------------
// An exchange that does not answer

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'no answer',
  UND_ERR_CONNECT_TIMEOUT: 'no answer',
  UND_ERR_SOCKET: 'connection closed',
};

/** What went wrong, when `error` is fetch failing to reach the server (not an HTTP answer). */
export function networkFailure(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'TimeoutError') return 'no answer in time';
  if (error.name !== 'TypeError' || error.message !== 'fetch failed') return undefined;
  const cause = (error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
  const code = cause?.code ?? cause?.errors?.find((inner) => inner.code)?.code;
  if (code && NETWORK_REASONS[code]) return NETWORK_REASONS[code];
  if (code && /CERT|SSL|TLS/.test(code)) return `TLS: ${code}`;
  return code ?? cause?.message ?? 'fetch failed';
}

function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '[::1]' || url.hostname.startsWith('127.');
}

/** The friendly error for an exchange that does not answer at `url`. */
export function unreachable(target: Pick<ExchangeTarget, 'fhirBase' | 'stackFile'>, url: string, reason: string): UnreachableError {
  const parsed = new URL(url);
  if (target.stackFile) {
    const stale = reason === 'connection refused' ? `; ${shown(target.stackFile)} is left over from a stack that is no longer running` : '';
    return new UnreachableError(`no exchange at ${parsed.origin} (${reason}); start one with \`npm start\` (or pass --base URL)${stale}`);
  }
  const what = isLoopback(parsed) ? 'start one with `npm start`, or check --base URL' : 'check --base URL and the network';
  return new UnreachableError(`no exchange at ${parsed.origin} (${reason}); ${what}`);
}

/** `fetch` to the exchange; failing to reach it is an UnreachableError that says what to do. */
export async function exchangeFetch(target: Pick<ExchangeTarget, 'fhirBase' | 'stackFile'>, url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const reason = networkFailure(error);
    if (reason !== undefined) throw unreachable(target, url, reason);
    throw error;
  }
}

/** An access token for the target's client (SMART Backend Services), optionally for a purpose of use; see requestAccessToken. */
export async function accessToken(target: ExchangeTarget, scope: string, purpose?: TokenPurpose): Promise<TokenResult> {
  try {
    return await requestAccessToken(target, scope, purpose);
  } catch (error) {
    const reason = networkFailure(error);
    if (reason !== undefined) throw unreachable(target, target.tokenUrl, reason);
    throw error;
  }
}
