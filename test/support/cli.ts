import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './local-stack-process.ts';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'functions/cli/fhir-exchange.ts');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the `fhir-exchange` CLI from source with `args` (and `--data-dir` when given, which points
 * it at a local stack). A non-zero exit is a result with its code, not a throw. Both outputs are
 * also appended to `outputs`, which the tests' privacy checks read.
 */
export async function runCli(args: readonly string[], options: { dataDir?: string; outputs?: string[] } = {}): Promise<CliResult> {
  let result: CliResult;
  try {
    const target = options.dataDir === undefined ? [] : ['--data-dir', options.dataDir];
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args, ...target], { cwd: REPO_ROOT });
    result = { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as CliResult;
    result = { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
  options.outputs?.push(result.stdout, result.stderr);
  return result;
}
