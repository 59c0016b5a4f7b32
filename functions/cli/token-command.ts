import { Command } from 'commander';
import { processIo, runCommand, setAction } from './cli-command.ts';
import type { CliContext, CliIo } from './cli-command.ts';
import { accessToken, addTargetOptions, resolveTarget } from './exchange-target.ts';
import type { TargetOptions } from './exchange-target.ts';

/**
 * `fhir-exchange token`: an access token for a client (SMART Backend Services
 * `client_credentials` with a signed client assertion), printed alone (for `$(...)`) or, with
 * `--json`, the whole token response.
 */

interface TokenOptions extends TargetOptions {
  scope?: string;
  json?: boolean;
}

export function tokenCli(context: CliContext): Command {
  const command = new Command('token')
    .summary('print an access token (SMART Backend Services client_credentials)')
    .description(
      'Print an access token for a client, from the exchange\'s token endpoint (SMART Backend Services: ' +
        'client_credentials with a client assertion signed by the client\'s private key). ' +
        'Use it as `Authorization: Bearer <token>`; it is valid for 5 minutes.',
    )
    .option('--scope <scopes>', "the scopes to request, space-separated (default: the client's registered scopes on the local stack, else system/*.rs)")
    .option('--json', 'print the whole token response (access_token, token_type, expires_in, scope) as JSON');
  addTargetOptions(command, 'required for the local stack');
  command.addHelpText('after', '\nExamples:\n  TOKEN=$(npx fhir-exchange token --client dev-provider-a)\n  npx fhir-exchange token --client dev-admin --json\n');
  return setAction<TokenOptions>(command, context, async (_args, options) => {
    const target = await resolveTarget(options);
    const scope = options.scope ?? target.scopes?.join(' ') ?? 'system/*.rs';
    const result = await accessToken(target, scope);
    context.io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.access_token}\n`);
  });
}

export function tokenCommand(args: string[], io: CliIo = processIo()): Promise<number> {
  return runCommand(tokenCli, args, io);
}
