#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { EXIT_CODES_HELP, configureTree, processIo, reportError } from './cli-command.ts';
import type { CliContext } from './cli-command.ts';
import { deidentifyCli } from './deidentify-command.ts';
import { enrollmentCodeCli } from './enrollment-code-command.ts';
import { exportCli } from './export-command.ts';
import { DEFAULT_DATA_DIR } from './exchange-target.ts';
import { ingestCli } from './ingest-command.ts';
import { locateCli } from './locate-command.ts';
import { patientCli } from './patient-command.ts';
import { providersCli } from './providers-command.ts';
import { recoveriesCli, recoveryCodeCli } from './recovery-command.ts';
import { tokenCli } from './token-command.ts';
import { validateCli } from './validate-command.ts';
import { verifyCli } from './verify-command.ts';

/**
 * `fhir-exchange <command>`: the exchange's command-line client (token, validate, providers,
 * locate, ingest, verify, enrollment-code, patient: a patient's wallet, and deidentify). Every command and
 * subcommand answers `--help`; options go in any order; the exit codes are in EXIT (cli-command.ts) and in the help below.
 */

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const TARGET_HELP = `Target (every command but validate):
  The local stack: \`npm start\` keeps its state in a data folder (--data-dir, default ${DEFAULT_DATA_DIR})
  and, while it runs, writes stack.json there: the FHIR base URL, the token URL and the seeded
  clients (dev-provider-a, dev-provider-b, dev-research, dev-admin) with their key files. Commands
  read it from --data-dir DIR (default ${DEFAULT_DATA_DIR}) and act as --client ID, or as the command's
  default client. Any other deployment: --base URL --client-id ID --key PRIVATE_JWK_FILE.
  The patient commands act as a wallet, not a client: --data-dir DIR or --base URL only
  (and patient new-key talks to no exchange).
`;

// Output piped into a command that stops reading (`| head`): stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const context: CliContext = { io: processIo(), exitCode: 0 };
const program = new Command('fhir-exchange')
  .description(
    'The command-line client of fhir-exchange, a FHIR R4 health information exchange: tokens, validation, ingest, ' +
      "$locate, $verify, the provider registry, enrollment codes and a patient's wallet (enrollment, consents), " +
      'against the local stack started with `npm start` or any deployment.',
  )
  .version(version, '-V, --version', 'print the version')
  .helpOption('-h, --help', 'print help for a command')
  .helpCommand('help [command]', 'print help for a command')
  .addHelpText('after', `\n${TARGET_HELP}\n${EXIT_CODES_HELP}\nRun 'fhir-exchange <command> --help' for a command's options.\n`);
for (const build of [tokenCli, validateCli, providersCli, locateCli, ingestCli, verifyCli, enrollmentCodeCli, recoveryCodeCli, patientCli, recoveriesCli, exportCli, deidentifyCli]) program.addCommand(build(context));
// Inherited by every command and subcommand: help options, and the settings of configureTree.
const applyHelp = (command: Command) => {
  command.helpOption('-h, --help', 'print help for this command');
  if (command.commands.length > 0) command.helpCommand('help [command]', 'print help for a command');
  for (const sub of command.commands) applyHelp(sub);
};
for (const sub of program.commands) applyHelp(sub);
configureTree(program, context.io);

try {
  await program.parseAsync(process.argv);
  process.exitCode = context.exitCode;
} catch (error) {
  process.exitCode = reportError(error, context.io);
}
