import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import cliProgress from 'cli-progress';
import { Command } from 'commander';
import {
  createDeidentifier,
  DeidConfigError,
  DeidProcessingError,
  FhirStructureError,
  parseAnonymizerConfig,
  type AnonymizerConfig,
  type Deidentifier,
} from '../deid/engine.ts';
import { EXIT, UsageError, processIo, runCommand, setAction } from './cli-command.ts';
import type { CliContext, CliIo } from './cli-command.ts';

/**
 * `fhir-exchange deidentify --config FILE INPUT [--out FILE]`: de-identifies a FHIR resource, a
 * Bundle or an NDJSON file on this machine with a configuration in the Microsoft FHIR anonymizer's
 * format (README, "De-identification"). NDJSON is streamed line by line; a line that cannot be
 * de-identified is left out of the output (never written as it was) and reported by line number,
 * and the exit code is then 1. A bad configuration is a usage error (2) naming the rule.
 */

export interface DeidentifyIo extends CliIo {
  /** Where the progress bar is drawn (tests); stderr by default. */
  progressStream?: NodeJS.WritableStream;
}

/** Inputs at least this large get a progress bar on a terminal. */
export const PROGRESS_MIN_BYTES = 1_000_000;

interface DeidentifyOptions {
  config: string;
  out?: string;
}

export function deidentifyCli(context: CliContext): Command {
  const command = new Command('deidentify')
    .summary('de-identify FHIR JSON or NDJSON locally with an anonymizer configuration (no exchange needed)')
    .description(
      'De-identify a FHIR R4 resource, a Bundle (each entry on its own) or an NDJSON file (one resource per line, streamed) ' +
        "on this machine, with a configuration in the Microsoft FHIR anonymizer's format (fhirPathRules, parameters: " +
        'keys, date-shift scope, partial redaction). Output goes to stdout or --out FILE: JSON for a .json input, NDJSON for an .ndjson input. ' +
        'A resource that cannot be de-identified is never written; it is reported by position, without its content, and the exit code is 1. ' +
        'A progress bar is drawn on a terminal for inputs of 1 MB or more.',
    )
    .argument('<input>', 'a FHIR JSON file (.json: one resource or a Bundle) or an NDJSON file (.ndjson)')
    .requiredOption('--config <file>', "the anonymizer configuration (JSON; the samples' trailing commas are accepted)")
    .option('--out <file>', 'write the output to this file instead of stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  npx fhir-exchange deidentify --config safe-harbor.json bundle.json --out bundle.deid.json\n  npx fhir-exchange deidentify --config safe-harbor.json Patient.000.ndjson > Patient.deid.ndjson\n',
    );
  return setAction<DeidentifyOptions>(command, context, ([input], options) => deidentifyFile(input!, options, context.io));
}

export function deidentifyCommand(args: string[], io: DeidentifyIo = processIo()): Promise<number> {
  return runCommand(deidentifyCli, args, io);
}

async function loadConfig(file: string): Promise<AnonymizerConfig> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read the configuration ${file}`, { showHelp: false });
  });
  try {
    return parseAnonymizerConfig(text);
  } catch (error) {
    if (error instanceof DeidConfigError) throw new UsageError(`configuration ${file}: ${error.message}`, { showHelp: false });
    throw error;
  }
}

/** Why a resource was left out, without any of its content. */
function reason(error: unknown): string {
  if (error instanceof DeidProcessingError || error instanceof FhirStructureError) return error.message;
  if (error instanceof SyntaxError) return 'not valid JSON';
  return 'it could not be de-identified';
}

async function deidentifyFile(input: string, options: DeidentifyOptions, io: DeidentifyIo): Promise<number> {
  const config = await loadConfig(options.config);
  const info = await stat(input).catch(() => undefined);
  if (!info?.isFile()) throw new UsageError(`cannot read ${input}: no such file`, { showHelp: false });
  if (options.out && resolve(options.out) === resolve(input)) throw new UsageError('--out must not be the input file', { showHelp: false });
  const scope = config.parameters.dateShiftScope;
  const prefix = scope === 'file' ? basename(input) : scope === 'folder' ? basename(dirname(resolve(input))) : undefined;
  const engine = createDeidentifier(config, prefix === undefined ? {} : { dateShiftPrefix: prefix });
  const out = options.out ? createWriteStream(options.out) : undefined;
  const write = (text: string) => (out ? writeTo(out, text) : Promise.resolve(io.stdout(text)));
  try {
    return /\.ndjson$/i.test(input) ? await deidentifyNdjson(input, info.size, engine, write, io) : await deidentifyJson(input, engine, write, io);
  } finally {
    if (out) await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
  }
}

function writeTo(stream: WriteStream, text: string): Promise<void> {
  return stream.write(text) ? Promise.resolve() : new Promise((done) => stream.once('drain', () => done()));
}

async function deidentifyJson(input: string, engine: Deidentifier, write: (text: string) => Promise<void>, io: CliIo): Promise<number> {
  let resource: { resourceType: string };
  try {
    resource = JSON.parse((await readFile(input, 'utf8')).replace(/^\uFEFF/, '')) as { resourceType: string };
  } catch {
    io.stderr(`${input}: not valid JSON; nothing written\n`);
    return EXIT.failed;
  }
  let output: unknown;
  try {
    output = engine.deidentify(resource);
  } catch (error) {
    io.stderr(`${input}: ${reason(error)}; nothing written\n`);
    return EXIT.failed;
  }
  await write(`${JSON.stringify(output, null, 2)}\n`);
  io.stderr(`de-identified 1 ${resource.resourceType}${resource.resourceType === 'Bundle' ? ` (${(resource as { entry?: unknown[] }).entry?.length ?? 0} entries)` : ''}\n`);
  return EXIT.ok;
}

async function deidentifyNdjson(input: string, size: number, engine: Deidentifier, write: (text: string) => Promise<void>, io: DeidentifyIo): Promise<number> {
  const stream = createReadStream(input, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const bar = io.tty && size >= PROGRESS_MIN_BYTES ? progressBar(io, size) : undefined;
  const started = performance.now();
  let line = 0;
  let written = 0;
  let failed = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    let output: unknown;
    try {
      output = engine.deidentify(JSON.parse(text) as { resourceType: string });
    } catch (error) {
      failed++;
      io.stderr(`${input}:${line}: left out: ${reason(error)}\n`);
      continue;
    }
    await write(`${JSON.stringify(output)}\n`);
    written++;
    if (bar && written % 200 === 0) bar.update(stream.bytesRead, { rate: Math.round(written / Math.max((performance.now() - started) / 1000, 0.001)) });
  }
  bar?.update(size, { rate: Math.round(written / Math.max((performance.now() - started) / 1000, 0.001)) });
  bar?.stop();
  io.stderr(`de-identified ${written} resource(s)${failed ? `, ${failed} left out` : ''}\n`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

function progressBar(io: DeidentifyIo, size: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar({
    stream: io.progressStream ?? process.stderr,
    format: 'deidentify [{bar}] {percentage}% | ETA {eta}s | {rate} resources/s',
    barsize: 24,
    fps: 5,
    clearOnComplete: true,
    hideCursor: false,
  });
  bar.start(size, 0, { rate: 0 });
  return bar;
}
