import { parseArgs } from 'node:util';
import { TARGET_OPTIONS, UsageError, firstProviderClient, resolveTarget } from './exchange-target.ts';
import { requestAccessToken } from './smart-client.ts';

/**
 * `fhir-exchange locate --identifier SYSTEM|VALUE`: which providers hold records for a patient
 * (`GET [base]/$locate`), as the local stack's first seeded provider client by default, or as
 * `--client ID`, or `--base URL --client-id ID --key FILE`. The identifier is sent in the query
 * string only, and not repeated in any message.
 */

const OPTIONS = { ...TARGET_OPTIONS, scope: { type: 'string' }, identifier: { type: 'string' }, json: { type: 'boolean', default: false } } as const;

interface Part {
  name: string;
  valueReference?: { reference?: string; display?: string };
  valueUrl?: string;
}

export async function locateCommand(args: string[]): Promise<number | void> {
  const { values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false });
  if (values.identifier === undefined) throw new UsageError('locate needs --identifier SYSTEM|VALUE');
  // Default: the local stack's first seeded provider client.
  const client = values.client ?? (values.base ? undefined : await firstProviderClient(values['data-dir']));
  const target = await resolveTarget({ ...values, ...(client === undefined ? {} : { client }) });
  const { access_token: token } = await requestAccessToken(target, values.scope ?? 'system/Patient.r');
  const url = `${target.fhirBase}/$locate?${new URLSearchParams({ identifier: values.identifier }).toString()}`;
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json' } });
  const document = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!response.ok) {
    const issues = (document?.['issue'] as { details?: { text?: string }; expression?: string[] }[] | undefined)?.map(
      (issue) => `${issue.details?.text ?? ''}${issue.expression ? ` (${issue.expression.join(', ')})` : ''}`,
    );
    throw new Error(`GET $locate failed with HTTP ${response.status}${issues?.length ? `: ${issues.join('; ')}` : ''}`);
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  const providers = ((document?.['parameter'] ?? []) as { name: string; part?: Part[] }[]).filter((parameter) => parameter.name === 'provider');
  if (providers.length === 0) {
    process.stdout.write('No provider holds records for this identifier\n');
    return;
  }
  const rows = providers.map((parameter) => {
    const organization = parameter.part?.find((part) => part.name === 'organization')?.valueReference;
    const endpoint = parameter.part?.find((part) => part.name === 'endpoint')?.valueUrl ?? '';
    return [organization?.reference?.replace(/^Organization\//, '') ?? '', organization?.display ?? '', endpoint];
  });
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) process.stdout.write(`${row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell)).join('  ')}\n`);
}
