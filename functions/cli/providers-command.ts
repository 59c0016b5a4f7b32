import { Command } from 'commander';
import { id as keccakId } from 'ethers';
import { UsageError, processIo, runCommand, setAction } from './cli-command.ts';
import type { CliContext, CliIo } from './cli-command.ts';
import { accessToken, addTargetOptions, exchangeFetch, resolveTarget } from './exchange-target.ts';
import type { TargetOptions } from './exchange-target.ts';

/**
 * `fhir-exchange providers <apply|confirm|suspend|list>`: the on-chain provider registry through
 * the admin API (`<FHIR base origin>/admin/providers`), as the local stack's `dev-admin` client by
 * default, or as any admin client with `--client`, or `--base URL --client-id ID --key FILE`.
 */

type Subcommand = 'apply' | 'confirm' | 'suspend' | 'list';

interface ProvidersOptions extends TargetOptions {
  scope?: string;
  id?: string;
  name?: string;
  endpoint?: string;
  metadata?: string;
  json?: boolean;
}

const ID_HELP = 'the exchange provider id (on chain: keccak256 of it)';

export function providersCli(context: CliContext): Command {
  const providers = new Command('providers')
    .summary('the on-chain provider registry, through the admin API')
    .description(
      'The on-chain ProviderRegistry, through the exchange\'s admin API, as an admin client (dev-admin on the local stack by default): ' +
        'a provider applies (relayed by the operator; status Applied), the admin confirms it (Confirmed) or suspends it (Suspended). ' +
        'Only confirmed providers can ingest and are named by $locate. Everything in the registry is public on chain: never PHI.',
    );
  const leaf = (name: Subcommand, summary: string, description: string) => {
    const command = new Command(name).summary(summary).description(description);
    providers.addCommand(command);
    return command;
  };
  const finish = (command: Command, name: Subcommand) => {
    command
      .option('--scope <scopes>', "the scopes to request (default: the client's registered scopes on the local stack, else system/*.rs)")
      .option('--json', "print the admin API's JSON answer");
    addTargetOptions(command, 'default: dev-admin');
    setAction<ProvidersOptions>(command, context, (_args, options) => providersRun(name, options, context.io));
  };

  const apply = leaf('apply', 'apply for a provider (status Applied)', 'Apply for provider ID on the registry; the exchange\'s operator relays the transaction. The provider then waits for the admin\'s confirm.')
    .requiredOption('--id <id>', ID_HELP)
    .requiredOption('--name <name>', "the provider's display name (public on chain)")
    .requiredOption('--endpoint <url>', "the provider's FHIR base URL: https, or http on 127.0.0.1/localhost (public on chain)")
    .option('--metadata <json>', 'a flat JSON object of extra public details, e.g. \'{"npi":"1234567893"}\'');
  apply.addHelpText('after', "\nExample:\n  npx fhir-exchange providers apply --id northside-clinic --name 'Northside Clinic' --endpoint https://fhir.northside.example/r4\n");
  finish(apply, 'apply');
  const onChainId = `${ID_HELP}, or the on-chain id (0x + 64 hex digits)`;
  finish(leaf('confirm', 'confirm a provider, or reinstate a suspended one (admin)', 'Confirm provider ID (or reinstate a suspended one): it may then ingest, and $locate names it.').requiredOption('--id <id>', onChainId), 'confirm');
  finish(leaf('suspend', 'suspend a provider (admin)', 'Suspend provider ID: it can no longer ingest, and $locate no longer names it.').requiredOption('--id <id>', onChainId), 'suspend');
  finish(leaf('list', 'every provider that applied, with its status', 'List every provider on the registry: status, id, name and FHIR endpoint (one line each).'), 'list');
  return providers;
}

export function providersCommand(args: string[], io: CliIo = processIo()): Promise<number> {
  return runCommand(providersCli, args, io);
}

interface ProviderView {
  providerId?: string;
  onChainId: string;
  status: string;
  name: string;
  fhirEndpoint: string;
  transactionHash?: string;
  blockNumber?: number;
}

async function providersRun(command: Subcommand, values: ProvidersOptions, io: CliIo): Promise<void> {
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
  const { access_token: token } = await accessToken(target, values.scope ?? target.scopes?.join(' ') ?? 'system/*.rs');
  const adminBase = `${new URL(target.fhirBase).origin}/admin`;
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const response = await exchangeFetch(target, `${adminBase}${path}`, {
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
      io.stdout(`${JSON.stringify(document, null, 2)}\n`);
      return;
    }
    if (providers.length === 0) {
      io.stdout('No providers on the registry\n');
      return;
    }
    const rows = providers.map((p) => [p.status, p.providerId ?? p.onChainId, p.name, p.fhirEndpoint]);
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows) io.stdout(`${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ')}\n`);
    return;
  }

  const path = `/providers/${encodeURIComponent(values.id!)}/$${command}`;
  const body = command === 'apply' ? { name: values.name, fhirEndpoint: values.endpoint, ...(metadata === undefined ? {} : { metadata }) } : undefined;
  // $confirm and $suspend take no body.
  const result = (await call('POST', path, body)) as unknown as ProviderView;
  io.stdout(
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
