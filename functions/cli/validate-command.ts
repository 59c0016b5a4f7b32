import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import type { OperationOutcome } from '../fhir/types.ts';
import { validateJsonText } from '../fhir/validation/validate.ts';
import { UsageError, processIo, runCommand, setAction } from './cli-command.ts';
import type { CliContext, CliIo } from './cli-command.ts';

/**
 * `fhir-exchange validate [--json] FILE...`: validates FHIR JSON files locally, with the same
 * validator the exchange runs on ingest. `.ndjson` files hold one resource per line and are
 * read as a stream, so their size does not matter. Exit code 1 if anything is invalid; a file
 * that cannot be read is a usage error (2), found before anything is validated.
 */
export interface FileResult {
  file: string;
  /** 1-based line, for NDJSON. */
  line?: number;
  valid: boolean;
  outcome: OperationOutcome;
}

export async function* validateFile(file: string): AsyncGenerator<FileResult> {
  if (/\.ndjson$/i.test(file)) {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    let line = 0;
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      const checked = validateJsonText(text);
      yield { file, line, valid: checked.valid, outcome: checked.outcome };
    }
    return;
  }
  const checked = validateJsonText(await readFile(file, 'utf8'));
  yield { file, valid: checked.valid, outcome: checked.outcome };
}

export function validateCli(context: CliContext): Command {
  const command = new Command('validate')
    .summary('validate FHIR R4 JSON and NDJSON files locally (no exchange needed)')
    .description(
      'Validate FHIR R4 files with the validator the exchange runs on ingest, on this machine: nothing is sent. ' +
        'A .json file holds one resource (a Bundle is checked whole); an .ndjson file holds one resource per line and is read as a stream. ' +
        'Prints a line per invalid resource with each error\'s FHIRPath location, then the counts; exit code 1 if any resource is invalid.',
    )
    .argument('<file...>', 'FHIR JSON (.json) or NDJSON (.ndjson) files')
    .option('--json', 'print every result as JSON: [{ file, line (NDJSON), valid, outcome (an OperationOutcome) }]')
    .addHelpText('after', '\nExamples:\n  npx fhir-exchange validate bundle.json\n  npx fhir-exchange validate --json Patient.000.ndjson\n');
  return setAction<{ json?: boolean }>(command, context, (files, options) => validateFiles(files, options.json === true, context.io));
}

export function validateCommand(args: string[], io: CliIo = processIo()): Promise<number> {
  return runCommand(validateCli, args, io);
}

async function validateFiles(files: string[], json: boolean, io: CliIo): Promise<number> {
  let invalid = 0;
  let checked = 0;
  const all: FileResult[] = [];
  for (const file of files) {
    const info = await stat(file).catch(() => undefined);
    if (!info) throw new UsageError(`cannot read ${file}: no such file`, { showHelp: false });
    if (!info.isFile()) throw new UsageError(`${file} is not a file`, { showHelp: false });
  }
  for (const file of files) {
    for await (const entry of validateFile(file)) {
      checked++;
      if (!entry.valid) invalid++;
      if (json) {
        all.push(entry);
        continue;
      }
      const where = entry.line ? `${entry.file}:${entry.line}` : entry.file;
      const problems = entry.outcome.issue.filter((issue) => issue.severity === 'error' || issue.severity === 'fatal');
      if (entry.valid) {
        if (!entry.line) io.stdout(`valid    ${where}\n`);
        continue;
      }
      io.stdout(`INVALID  ${where}: ${problems.length} error(s)\n`);
      for (const issue of entry.outcome.issue.filter((i) => i.severity !== 'information')) {
        io.stdout(`  ${issue.severity} ${issue.code} at ${issue.expression?.join(', ') ?? '-'}: ${issue.details?.text ?? ''}\n`);
      }
    }
  }
  if (json) io.stdout(`${JSON.stringify(all, null, 2)}\n`);
  else io.stdout(`${checked - invalid} valid, ${invalid} invalid\n`);
  return invalid > 0 ? 1 : 0;
}
