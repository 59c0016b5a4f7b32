import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { processIo, runCommand, setAction, UsageError } from './cli-command.ts';
import type { CliContext, CliIo } from './cli-command.ts';
import { accessToken, addTargetOptions, exchangeFetch, resolveTarget } from './exchange-target.ts';
import type { TargetOptions } from './exchange-target.ts';

/**
 * `fhir-exchange export [--type T,…] [--since INSTANT] [--group ID] --out DIR`: a research
 * client's de-identified Bulk Data export (Bulk Data Access IG v2.0.0), as the local stack's
 * dev-research client by default: kick-off, polling the status URL (a progress bar from X-Progress,
 * waiting as Retry-After says), then each file of the manifest into DIR as `<Type>.ndjson`
 * (checked line by line against its type and count), and the manifest as `manifest.json`.
 */

interface ExportOptions extends TargetOptions {
  type?: string;
  since?: string;
  typeFilter?: string[];
  group?: string;
  patientLevel?: boolean;
  out: string;
  scope?: string;
  quiet?: boolean;
}

interface Manifest {
  transactionTime: string;
  request: string;
  requiresAccessToken: boolean;
  output: { type: string; url: string; count?: number }[];
  error: { type: string; url: string; count?: number }[];
}

export function exportCli(context: CliContext): Command {
  const command = new Command('export')
    .summary("a research client's de-identified bulk export ($export)")
    .description(
      'Export, de-identified, the records of the patients who consented on chain to this research client (Bulk Data $export): ' +
        'kick off, poll with a progress bar, then download one NDJSON file per resource type into --out.',
    )
    .requiredOption('--out <dir>', 'the folder to write <Type>.ndjson files and manifest.json into')
    .option('--type <types>', 'only these resource types, comma-separated (_type)')
    .option('--since <instant>', 'only resources changed after this FHIR instant (_since), e.g. 2026-01-01T00:00:00Z')
    .option('--type-filter <search...>', 'a _typeFilter, e.g. Condition?code=http://snomed.info/sct|44054006 (repeatable)')
    .option('--group <id>', 'export a Group this client defined ([base]/Group/{id}/$export)')
    .option('--patient-level', 'kick off at [base]/Patient/$export instead of [base]/$export')
    .option('--scope <scopes>', 'the scopes to request (default: system/*.rs)')
    .option('--quiet', 'no progress bar');
  addTargetOptions(command, 'default: dev-research');
  command.addHelpText('after', '\nExample:\n  npx fhir-exchange export --type Patient,Condition --out ./export\n');
  return setAction<ExportOptions>(command, context, (_args, options) => runExport(options, context.io));
}

export function exportCommand(args: string[], io: CliIo = processIo()): Promise<number> {
  return runCommand(exportCli, args, io);
}

async function failure(response: Response, what: string): Promise<Error> {
  const document = (await response.json().catch(() => undefined)) as { issue?: { details?: { text?: string }; expression?: string[] }[] } | undefined;
  const issues = document?.issue?.map((issue) => `${issue.details?.text ?? ''}${issue.expression ? ` (${issue.expression.join(', ')})` : ''}`);
  return new Error(`${what} failed with HTTP ${response.status}${issues?.length ? `: ${issues.join('; ')}` : ''}`);
}

/** Retry-After as seconds or an HTTP date, clamped to 0.1–60 s (as bulk-data-client does). */
function retryAfterMs(value: string | null): number {
  if (!value) return 1000;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
  return Math.min(60_000, Math.max(100, Number.isFinite(ms) ? ms : 1000));
}

async function runExport(values: ExportOptions, io: CliIo): Promise<void> {
  if (values.since !== undefined && Number.isNaN(Date.parse(values.since))) throw new UsageError('--since must be a FHIR instant, e.g. 2026-01-01T00:00:00Z');
  if (values.group !== undefined && values.patientLevel) throw new UsageError('--group and --patient-level name different levels: give one');
  const target = await resolveTarget({ ...values, ...(values.client === undefined && !values.base ? { client: 'dev-research' } : {}) });
  const { access_token: token } = await accessToken(target, values.scope ?? 'system/*.rs');
  const query = new URLSearchParams();
  if (values.type) query.set('_type', values.type);
  if (values.since) query.set('_since', values.since);
  for (const filter of values.typeFilter ?? []) query.append('_typeFilter', filter);
  const path = values.group !== undefined ? `/Group/${encodeURIComponent(values.group)}/$export` : values.patientLevel ? '/Patient/$export' : '/$export';
  const kickOff = `${target.fhirBase}${path}${query.size > 0 ? `?${query.toString()}` : ''}`;
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json', Prefer: 'respond-async' };
  const started = await exchangeFetch(target, kickOff, { headers });
  if (started.status !== 202) throw await failure(started, 'The export kick-off');
  const statusUrl = started.headers.get('content-location');
  if (!statusUrl) throw new Error('The exchange answered the kick-off without a Content-Location');

  // A bar on a terminal; elsewhere a line each time the progress changes.
  const bar = values.quiet || !io.tty ? undefined : new SingleBar({ format: 'export [{bar}] {value}/{total} patients', stream: process.stderr, hideCursor: true }, undefined);
  let manifest: Manifest | undefined;
  let reported = '';
  try {
    for (;;) {
      const polled = await exchangeFetch(target, statusUrl, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
      if (polled.status === 200) {
        manifest = (await polled.json()) as Manifest;
        break;
      }
      if (polled.status !== 202) throw await failure(polled, 'The export');
      const said = polled.headers.get('x-progress') ?? '';
      const progress = /\((\d+)\/(\d+) patients/.exec(said);
      if (bar && progress) {
        if (!bar.isActive) bar.start(Number(progress[2]), Number(progress[1]));
        else bar.setTotal(Number(progress[2]));
        bar.update(Number(progress[1]));
      } else if (!bar && !values.quiet && said !== '' && said !== reported) {
        reported = said;
        io.stderr(`export: ${said}\n`);
      }
      await new Promise((done) => setTimeout(done, retryAfterMs(polled.headers.get('retry-after'))));
    }
  } finally {
    if (bar?.isActive) bar.stop();
  }
  if (!Array.isArray(manifest.output)) throw new Error('The manifest has no output array');

  const out = resolve(values.out);
  await mkdir(out, { recursive: true });
  let lines = 0;
  for (const file of [...manifest.output, ...manifest.error.map((error) => ({ ...error, type: 'OperationOutcome', errors: true }))]) {
    const response = await fetch(file.url, { headers: manifest.requiresAccessToken ? { Authorization: `Bearer ${token}` } : {} });
    if (!response.ok) throw new Error(`Downloading the ${file.type} file failed with HTTP ${response.status}`);
    const text = await response.text();
    const fileLines = text.split('\n').filter((line) => line !== '');
    fileLines.forEach((line, index) => {
      if ((JSON.parse(line) as { resourceType?: string }).resourceType !== file.type) throw new Error(`Line ${index + 1} of the ${file.type} file is not a ${file.type}`);
    });
    if (file.count !== undefined && file.count !== fileLines.length) throw new Error(`The ${file.type} file has ${fileLines.length} lines, the manifest says ${file.count}`);
    const name = 'errors' in file ? 'errors.ndjson' : `${file.type}.ndjson`;
    await writeFile(join(out, name), text);
    lines += fileLines.length;
    io.stdout(`${name.padEnd(28)} ${String(fileLines.length).padStart(8)}\n`);
  }
  await writeFile(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  io.stdout(`${lines} resources in ${manifest.output.length} files, as of ${manifest.transactionTime}, in ${out}\n`);
}
