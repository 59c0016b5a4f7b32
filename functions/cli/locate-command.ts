import { Command } from 'commander';
import { processIo, runCommand, setAction } from './cli-command.ts';
import type { CliContext, CliIo } from './cli-command.ts';
import { accessToken, addTargetOptions, exchangeFetch, firstProviderClient, resolveTarget } from './exchange-target.ts';
import type { TargetOptions } from './exchange-target.ts';

/**
 * `fhir-exchange locate --identifier SYSTEM|VALUE`: which providers hold records for a patient
 * (`GET [base]/$locate`), as the local stack's first seeded provider client by default, or as
 * `--client ID`, or `--base URL --client-id ID --key FILE`. The identifier is sent in the query
 * string only, and not repeated in any message.
 */

interface LocateOptions extends TargetOptions {
  identifier: string;
  scope?: string;
  json?: boolean;
}

interface Part {
  name: string;
  valueReference?: { reference?: string; display?: string };
  valueUrl?: string;
}

export function locateCli(context: CliContext): Command {
  const command = new Command('locate')
    .summary('which providers hold records for a patient ($locate)')
    .description(
      'Ask the exchange which confirmed providers hold records for the person with a linking identifier ' +
        '(GET [base]/$locate), as a provider client. Prints one line per provider: its id, name and FHIR endpoint. ' +
        'The identifier is sent in the query string only and never printed.',
    )
    .requiredOption('--identifier <system|value>', 'the linking identifier, e.g. http://hl7.org/fhir/sid/us-ssn|999-12-3456')
    .option('--scope <scopes>', 'the scopes to request (default: system/Patient.r)')
    .option('--json', 'print the Parameters resource as the exchange answered it');
  addTargetOptions(command, "default: the local stack's first provider client");
  command.addHelpText('after', "\nExample:\n  npx fhir-exchange locate --identifier 'http://hl7.org/fhir/sid/us-ssn|999-12-3456'\n");
  return setAction<LocateOptions>(command, context, (_args, options) => locate(options, context.io));
}

export function locateCommand(args: string[], io: CliIo = processIo()): Promise<number> {
  return runCommand(locateCli, args, io);
}

async function locate(values: LocateOptions, io: CliIo): Promise<void> {
  // Default: the local stack's first seeded provider client.
  const client = values.client ?? (values.base ? undefined : await firstProviderClient(values.dataDir));
  const target = await resolveTarget({ ...values, ...(client === undefined ? {} : { client }) });
  const { access_token: token } = await accessToken(target, values.scope ?? 'system/Patient.r');
  const url = `${target.fhirBase}/$locate?${new URLSearchParams({ identifier: values.identifier }).toString()}`;
  const response = await exchangeFetch(target, url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json' } });
  const document = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!response.ok) {
    const issues = (document?.['issue'] as { details?: { text?: string }; expression?: string[] }[] | undefined)?.map(
      (issue) => `${issue.details?.text ?? ''}${issue.expression ? ` (${issue.expression.join(', ')})` : ''}`,
    );
    throw new Error(`GET $locate failed with HTTP ${response.status}${issues?.length ? `: ${issues.join('; ')}` : ''}`);
  }
  if (values.json) {
    io.stdout(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  const providers = ((document?.['parameter'] ?? []) as { name: string; part?: Part[] }[]).filter((parameter) => parameter.name === 'provider');
  if (providers.length === 0) {
    io.stdout('No provider holds records for this identifier\n');
    return;
  }
  const rows = providers.map((parameter) => {
    const organization = parameter.part?.find((part) => part.name === 'organization')?.valueReference;
    const endpoint = parameter.part?.find((part) => part.name === 'endpoint')?.valueUrl ?? '';
    return [organization?.reference?.replace(/^Organization\//, '') ?? '', organization?.display ?? '', endpoint];
  });
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) io.stdout(`${row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell)).join('  ')}\n`);
}
