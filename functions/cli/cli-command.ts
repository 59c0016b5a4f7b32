import { Command, CommanderError } from 'commander';

/**
 * What every `fhir-exchange` command shares: where its output goes, its exit codes, the errors
 * that end a command with a message (and no stack trace), and the commander settings that make
 * every command and subcommand answer `--help`, accept options in any order and refuse unknown
 * options and missing arguments as usage errors.
 */

/** The documented exit codes (`fhir-exchange --help`, README). */
export const EXIT = {
  /** The command did what it was asked. */
  ok: 0,
  /** The operation failed: invalid resources, resources not stored, not verified, an error answer from the exchange. */
  failed: 1,
  /** Usage or setup error: the command could not run as given, and nothing was sent. */
  usage: 2,
  /** No exchange answered at the target URL (connection refused, host not found, no answer). */
  unreachable: 3,
} as const;

export const EXIT_CODES_HELP = `Exit codes:
  0  success
  1  the operation failed: invalid resources (validate), resources not stored (ingest),
     not verified (verify), or the exchange answered with an error (token, locate, providers, verify,
     enrollment-code, patient)
  2  usage or setup error, nothing sent: unknown command or option, missing or malformed argument,
     no stack.json in the data dir, unreadable key file, unknown client, a wallet key file that
     exists already (patient new-key without --force)
  3  no exchange at the target URL (connection refused, host not found, no answer)
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bars are drawn only then). */
  tty: boolean;
}

export const processIo = (): CliIo => ({
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  tty: process.stderr.isTTY === true,
});

/**
 * The command line is wrong, or the setup it names is missing (no stack.json, no key file):
 * exit code 2. `showHelp` adds "run … --help" to the message (not useful when the message says
 * what to do already).
 */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly showHelp: boolean;
  constructor(message: string, options: { showHelp?: boolean } = {}) {
    super(message);
    this.showHelp = options.showHelp ?? true;
  }
}

/** No exchange answered at the target URL: exit code 3. */
export class UnreachableError extends Error {
  override name = 'UnreachableError';
}

/** An error with a message worth showing as it is and no stack trace; exit code 1. */
export class CommandFailed extends Error {
  override name = 'CommandFailed';
}

/** The state of one run: its output, and the exit code its action set. */
export interface CliContext {
  io: CliIo;
  exitCode: number;
}

/** The command path of a command (`providers confirm`), without the program's name. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let current: Command | null = command; current?.parent; current = current.parent) names.unshift(current.name());
  return names.join(' ');
}

/** Where an error was raised, for the message's prefix and the help hint. */
const origins = new WeakMap<Error, string>();

/** Sets the action of a leaf command: `run` gets its arguments and options and returns the exit code. */
export function setAction<O>(command: Command, context: CliContext, run: (args: string[], options: O) => Promise<number | void>): Command {
  return command.action(async (...received: unknown[]) => {
    const self = received.at(-1) as Command;
    try {
      const code = await run(self.processedArgs.flat() as string[], self.opts<O & Record<string, unknown>>());
      context.exitCode = code ?? EXIT.ok;
    } catch (error) {
      if (error instanceof Error && !origins.has(error)) origins.set(error, commandPath(self));
      throw error;
    }
  });
}

/**
 * Applies the shared settings to a command tree: errors are thrown (not printed and exited
 * on) so that one place reports them, output goes to `io`, help width follows the terminal.
 */
export function configureTree(command: Command, io: CliIo): Command {
  command
    .exitOverride((error) => {
      origins.set(error, commandPath(command));
      throw error;
    })
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // Errors are reported by reportError, in one format.
      outputError: () => undefined,
    })
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);
  for (const sub of command.commands) configureTree(sub, io);
  return command;
}

/** The exit code for an error, after printing its message (never a stack trace for an expected error). */
export function reportError(error: unknown, io: Pick<CliIo, 'stderr'>, program = 'fhir-exchange'): number {
  if (error instanceof CommanderError) {
    // --help and --version end the parse with these; help for a command that needs a subcommand is a usage error.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    // `help` asked for ends with exit code 0; help shown because a subcommand is missing, with 1.
    if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    const where = origins.get(error);
    const message = error.message.replace(/^error: /, '');
    io.stderr(`${program}${where ? ` ${where}` : ''}: ${message}\n`);
    io.stderr(`Run '${program}${where ? ` ${where}` : ''} --help' for its usage.\n`);
    return EXIT.usage;
  }
  const where = error instanceof Error ? origins.get(error) : undefined;
  const prefix = `${program}${where ? ` ${where}` : ''}`;
  if (error instanceof UsageError || (error as Error | undefined)?.name === 'UsageError') {
    io.stderr(`${prefix}: ${(error as Error).message}\n`);
    if ((error as UsageError).showHelp !== false) io.stderr(`Run '${prefix} --help' for its usage.\n`);
    return EXIT.usage;
  }
  if (error instanceof UnreachableError) {
    io.stderr(`${prefix}: ${error.message}\n`);
    return EXIT.unreachable;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`${prefix}: ${message}\n`);
  // An unexpected error (a bug, not a refusal): its stack helps a bug report.
  if (process.env['FHIR_EXCHANGE_DEBUG'] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.failed;
}

/**
 * Runs one command as the CLI would, for callers in this process (tests, other tools): parses
 * `args` (options in any order), runs the action and returns its exit code. Usage errors are
 * thrown as `UsageError`s; `--help` prints to `io.stdout` and returns 0.
 */
export async function runCommand(build: (context: CliContext) => Command, args: string[], io: CliIo): Promise<number> {
  const context: CliContext = { io, exitCode: EXIT.ok };
  const command = configureTree(build(context), io);
  try {
    await command.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      if (error.code === 'commander.help') {
        if (error.exitCode === 0) return EXIT.ok;
        throw new UsageError(`${command.name()} needs a subcommand`, { showHelp: false });
      }
      throw new UsageError(error.message.replace(/^error: /, ''));
    }
    throw error;
  }
  return context.exitCode;
}
