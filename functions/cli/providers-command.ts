import { parseArgs } from 'node:util';
import { id as keccakId } from 'ethers';
import { TARGET_OPTIONS, UsageError, resolveTarget } from './exchange-target.ts';
import { requestAccessToken } from './smart-client.ts';

/**
 * `fhir-exchange providers <apply|confirm|suspend|list>`: the on-chain provider registry through
 * the admin API (`<FHIR base origin>/admin/providers`), as the local stack's `dev-admin` client by
 * default, or as any admin client with `--client`, or `--base URL --client-id ID --key FILE`.
 */

const SUBCOMMANDS = ['apply', 'confirm', 'suspend', 'list'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

const OPTIONS = {
  ...TARGET_OPTIONS,
  scope: { type: 'string' },
  id: { type: 'string' },
  name: { type: 'string' },
  endpoint: { type: 'string' },
  metadata: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

/** Which options each subcommand takes besides the target options, --scope and --json. */
const REQUIRED: Record<Subcommand, readonly string[]> = { apply: ['id', 'name', 'endpoint'], confirm: ['id'], suspend: ['id'], list: [] };
const ALLOWED: Record<Subcommand, readonly string[]> = { apply: ['id', 'name', 'endpoint', 'metadata'], confirm: ['id'], suspend: ['id'], list: [] };

interface ProviderView {
  providerId?: string;
  onChainId: string;
  status: string;
  name: string;
  fhirEndpoint: string;
  transactionHash?: string;
  blockNumber?: number;
}

export async function providersCommand(args: string[]): Promise<number | void> {
  const [subcommand, ...rest] = args;
  if (!SUBCOMMANDS.includes(subcommand as Subcommand)) {
    throw new UsageError(`providers needs one of: ${SUBCOMMANDS.join(', ')}${subcommand ? ` (not ${subcommand})` : ''}`);
  }
  const command = subcommand as Subcommand;
  const { values } = parseArgs({ args: rest, options: OPTIONS, strict: true, allowPositionals: false });
  for (const option of ['id', 'name', 'endpoint', 'metadata'] as const) {
    if (values[option] !== undefined && !ALLOWED[command].includes(option)) throw new UsageError(`providers ${command} does not take --${option}`);
  }
  for (const option of REQUIRED[command]) {
    if (values[option as 'id'] === undefined) throw new UsageError(`providers ${command} needs --${option}`);
  }
  let metadata: unknown;
  if (values.metadata !== undefined) {
    try {
      metadata = JSON.parse(values.metadata);
    } catch {
      throw new UsageError('--metadata must be a JSON object');
    }
    if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) throw new UsageError('--metadata must be a JSON object');
  }

  const target = await resolveTarget({ ...values, client: values.client ?? (values.base ? undefined : 'dev-admin') });
  const { access_token: token } = await requestAccessToken(target, values.scope ?? target.scopes?.join(' ') ?? 'system/*.rs');
  const adminBase = `${new URL(target.fhirBase).origin}/admin`;
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const response = await fetch(`${adminBase}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const document = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    if (!response.ok) {
      const issues = (document?.['issue'] as { details?: { text?: string }; expression?: string[] }[] | undefined)?.map(
        (issue) => `${issue.details?.text ?? ''}${issue.expression ? ` (${issue.expression.join(', ')})` : ''}`,
      );
      throw new Error(`${method} ${path} failed with HTTP ${response.status}${issues?.length ? `: ${issues.join('; ')}` : ''}`);
    }
    return document ?? {};
  };

  if (command === 'list') {
    const document = await call('GET', '/providers');
    const providers = document['providers'] as ProviderView[];
    // The chain has only keccak256(providerId): name the providers the client registry knows.
    const known = await knownProviderIds(call);
    for (const provider of providers) {
      const providerId = known.get(provider.onChainId.toLowerCase());
      if (providerId && !provider.providerId) provider.providerId = providerId;
    }
    if (values.json) {
      process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
      return;
    }
    if (providers.length === 0) {
      process.stdout.write('No providers on the registry\n');
      return;
    }
    const rows = providers.map((p) => [p.status, p.providerId ?? p.onChainId, p.name, p.fhirEndpoint]);
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows) process.stdout.write(`${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ')}\n`);
    return;
  }

  const path = `/providers/${encodeURIComponent(values.id!)}/$${command}`;
  const body = command === 'apply' ? { name: values.name, fhirEndpoint: values.endpoint, ...(metadata === undefined ? {} : { metadata }) } : undefined;
  // $confirm and $suspend take no body.
  const result = (await call('POST', path, body)) as unknown as ProviderView;
  process.stdout.write(
    values.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : `${result.providerId ?? result.onChainId}: ${result.status} (on-chain id ${result.onChainId}; transaction ${result.transactionHash} in block ${result.blockNumber})\n`,
  );
}

/** On-chain id → provider id, for the providers of the registered clients (empty if the registry cannot be read). */
async function knownProviderIds(call: (method: 'GET', path: string) => Promise<Record<string, unknown>>): Promise<Map<string, string>> {
  try {
    const { clients } = (await call('GET', '/clients')) as { clients?: { providerId?: string }[] };
    return new Map((clients ?? []).flatMap((client) => (client.providerId ? [[keccakId(client.providerId).toLowerCase(), client.providerId] as const] : [])));
  } catch {
    return new Map();
  }
}
