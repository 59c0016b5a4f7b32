import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { OperationOutcome } from '../fhir/types.ts';
import { validateJsonText } from '../fhir/validation/validate.ts';

/**
 * `fhir-exchange validate [--json] FILE...`: validates FHIR JSON files locally, with the same
 * validator the exchange runs on ingest. `.ndjson` files hold one resource per line and are
 * read as a stream, so their size does not matter. Exit code 1 if anything is invalid.
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

export async function validateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } }, strict: true });
  if (positionals.length === 0) throw Object.assign(new Error('validate needs at least one FILE'), { name: 'UsageError' });
  let invalid = 0;
  let checked = 0;
  const all: FileResult[] = [];
  for (const file of positionals) {
    await stat(file).catch(() => {
      throw Object.assign(new Error(`Cannot read ${file}`), { name: 'UsageError' });
    });
    for await (const entry of validateFile(file)) {
      checked++;
      if (!entry.valid) invalid++;
      if (values.json) {
        all.push(entry);
        continue;
      }
      const where = entry.line ? `${entry.file}:${entry.line}` : entry.file;
      const problems = entry.outcome.issue.filter((issue) => issue.severity === 'error' || issue.severity === 'fatal');
      if (entry.valid) {
        if (!entry.line) process.stdout.write(`valid    ${where}\n`);
        continue;
      }
      process.stdout.write(`INVALID  ${where}: ${problems.length} error(s)\n`);
      for (const issue of entry.outcome.issue.filter((i) => i.severity !== 'information')) {
        process.stdout.write(`  ${issue.severity} ${issue.code} at ${issue.expression?.join(', ') ?? '-'}: ${issue.details?.text ?? ''}\n`);
      }
    }
  }
  if (values.json) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
  else process.stdout.write(`${checked - invalid} valid, ${invalid} invalid\n`);
  return invalid > 0 ? 1 : 0;
}
