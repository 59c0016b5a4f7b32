import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { JWK } from 'jose';
import type { ClientCredentials } from './smart-client.ts';

/**
 * Which exchange a CLI command talks to, and as whom: the local stack described by
 * `<data-dir>/stack.json` with one of its seeded clients (`--client ID`), or any deployment
 * given by `--base URL --client-id ID --key FILE`.
 */

export const DEFAULT_DATA_DIR = '.local';

export interface TargetOptions {
  'data-dir'?: string;
  client?: string;
  base?: string;
  'client-id'?: string;
  key?: string;
}

export const TARGET_OPTIONS = {
  'data-dir': { type: 'string' },
  client: { type: 'string' },
  base: { type: 'string' },
  'client-id': { type: 'string' },
  key: { type: 'string' },
} as const;

export interface ExchangeTarget extends ClientCredentials {
  fhirBase: string;
  /** Scopes the client is registered for, when known (local stack). */
  scopes?: string[];
}

interface StackFile {
  fhirBase: string;
  tokenUrl: string;
  clients: { clientId: string; scopes: string[]; privateJwkFile: string }[];
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export async function resolveTarget(options: TargetOptions): Promise<ExchangeTarget> {
  if (options.base) {
    if (!options['client-id'] || !options.key) throw new UsageError('--base needs --client-id and --key');
    const fhirBase = options.base.replace(/\/+$/, '');
    const privateJwk = await readJwk(options.key);
    return { fhirBase, tokenUrl: await discoverTokenUrl(fhirBase), clientId: options['client-id'], privateJwk };
  }
  const dataDir = resolve(options['data-dir'] ?? DEFAULT_DATA_DIR);
  let stack: StackFile;
  try {
    stack = JSON.parse(await readFile(join(dataDir, 'stack.json'), 'utf8')) as StackFile;
  } catch {
    throw new UsageError(`No running local exchange found (${join(dataDir, 'stack.json')}); start one with npm start, or pass --base`);
  }
  if (!options.client) throw new UsageError(`--client is required; seeded clients: ${stack.clients.map((c) => c.clientId).join(', ')}`);
  const client = stack.clients.find((candidate) => candidate.clientId === options.client);
  if (!client) throw new UsageError(`Unknown client ${options.client}; seeded clients: ${stack.clients.map((c) => c.clientId).join(', ')}`);
  return { fhirBase: stack.fhirBase, tokenUrl: stack.tokenUrl, clientId: client.clientId, privateJwk: await readJwk(client.privateJwkFile), scopes: client.scopes };
}

async function readJwk(file: string): Promise<JWK> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as JWK;
  } catch {
    throw new UsageError(`Cannot read a JWK from ${file}`);
  }
}

/** SMART discovery: the token endpoint from `[base]/.well-known/smart-configuration`. */
async function discoverTokenUrl(fhirBase: string): Promise<string> {
  const response = await fetch(`${fhirBase}/.well-known/smart-configuration`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`SMART discovery failed with HTTP ${response.status}`);
  const { token_endpoint: tokenEndpoint } = (await response.json()) as { token_endpoint?: string };
  if (!tokenEndpoint) throw new Error('The SMART configuration has no token_endpoint');
  return tokenEndpoint;
}

/** The local stack's first provider client (stack.json), the default client of provider commands. */
export async function firstProviderClient(dataDir: string | undefined): Promise<string> {
  const file = join(resolve(dataDir ?? DEFAULT_DATA_DIR), 'stack.json');
  let stack: { clients?: { clientId: string; role?: string }[] };
  try {
    stack = JSON.parse(await readFile(file, 'utf8')) as typeof stack;
  } catch {
    throw new UsageError(`No running local exchange found (${file}); start one with npm start, or pass --base`);
  }
  const provider = stack.clients?.find((candidate) => candidate.role === 'provider');
  if (!provider) throw new UsageError('The local stack has no provider client; give --client ID');
  return provider.clientId;
}
