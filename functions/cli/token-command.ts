import { Command } from 'commander';
import { ACT_REASON_OID_URI, BREAK_GLASS_PURPOSES, MAX_REASON_LENGTH, PURPOSES_BY_ROLE, isBreakGlass, parsePurposeCode } from '../access/purpose-of-use.ts';
import { processIo, runCommand, setAction } from './cli-command.ts';
import type { CliContext, CliIo } from './cli-command.ts';
import { UsageError, accessToken, addTargetOptions, resolveTarget } from './exchange-target.ts';
import type { TargetOptions } from './exchange-target.ts';
import type { TokenPurpose } from './smart-client.ts';

/**
 * `fhir-exchange token`: an access token for a client (SMART Backend Services
 * `client_credentials` with a signed client assertion), printed alone (for `$(...)`) or, with
 * `--json`, the whole token response. `--purpose-of-use` asks for a purpose of use in the
 * assertion's UDAP `hl7-b2b` extension; break-glass (BTG, ETREAT) also sends `--reason`.
 */

interface TokenOptions extends TargetOptions {
  scope?: string;
  json?: boolean;
  purposeOfUse?: string;
  reason?: string;
}

/** Checks --purpose-of-use and --reason before anything is sent; the exchange decides whether this client may have them. */
export function tokenPurpose(options: Pick<TokenOptions, 'purposeOfUse' | 'reason'>): TokenPurpose | undefined {
  if (options.purposeOfUse === undefined) {
    if (options.reason !== undefined) throw new UsageError(`--reason goes with --purpose-of-use ${BREAK_GLASS_PURPOSES.join(' or ')} (break-glass)`);
    return undefined;
  }
  const purpose = parsePurposeCode(options.purposeOfUse);
  if (!purpose) {
    const known = [...new Set(Object.values(PURPOSES_BY_ROLE).flat())].join(', ');
    throw new UsageError(`--purpose-of-use must be an HL7 v3 PurposeOfUse code this exchange knows (${known}), plain or as ${ACT_REASON_OID_URI}#CODE`);
  }
  if (isBreakGlass(purpose)) {
    if (options.reason === undefined) throw new UsageError(`--purpose-of-use ${purpose} is break-glass: give --reason TEXT (why the records are needed without consent)`);
    const length = [...options.reason.trim()].length;
    if (length === 0 || length > MAX_REASON_LENGTH) throw new UsageError(`--reason must be 1 to ${MAX_REASON_LENGTH} characters`);
    return { purposeOfUse: options.purposeOfUse, reason: options.reason };
  }
  if (options.reason !== undefined) throw new UsageError(`--reason goes only with a break-glass purpose of use (${BREAK_GLASS_PURPOSES.join(' or ')})`);
  return { purposeOfUse: options.purposeOfUse };
}

export function tokenCli(context: CliContext): Command {
  const command = new Command('token')
    .summary('print an access token (SMART Backend Services client_credentials)')
    .description(
      'Print an access token for a client, from the exchange\'s token endpoint (SMART Backend Services: ' +
        'client_credentials with a client assertion signed by the client\'s private key). ' +
        'Use it as `Authorization: Bearer <token>`; it is valid for 5 minutes. ' +
        'The token carries a purpose of use: the one asked for with --purpose-of-use, else TREAT for a provider client and HRESCH for a research client.',
    )
    .option('--scope <scopes>', "the scopes to request, space-separated (default: the client's registered scopes on the local stack, else system/*.rs)")
    .option(
      '--purpose-of-use <code>',
      'the purpose of use to ask for (HL7 v3 PurposeOfUse, sent as the UDAP hl7-b2b extension of the client assertion), ' +
        `plain or as ${ACT_REASON_OID_URI}#CODE: provider clients ${PURPOSES_BY_ROLE.provider.join(', ')} (default TREAT); ` +
        `research clients ${PURPOSES_BY_ROLE.research.join(', ')} (the default). ${BREAK_GLASS_PURPOSES.join(' and ')} are break-glass: ` +
        'they need --reason and a client whose registration allows emergency access',
    )
    .option(
      '--reason <text>',
      `with --purpose-of-use ${BREAK_GLASS_PURPOSES.join(' or ')}: why the records are needed without consent (1-${MAX_REASON_LENGTH} characters, one line); ` +
        'kept in the audit and shown to the patient in the access log, never in the exchange\'s logs',
    )
    .option('--json', 'print the whole token response (access_token, token_type, expires_in, scope) as JSON');
  addTargetOptions(command, 'required for the local stack');
  command.addHelpText(
    'after',
    '\nExamples:\n' +
      '  TOKEN=$(npx fhir-exchange token --client dev-provider-a)\n' +
      '  npx fhir-exchange token --client dev-admin --json\n' +
      "  BTG=$(npx fhir-exchange token --client dev-provider-b --purpose-of-use BTG --reason 'unconscious on arrival, no consent on file')\n",
  );
  return setAction<TokenOptions>(command, context, async (_args, options) => {
    const purpose = tokenPurpose(options);
    const target = await resolveTarget(options);
    const scope = options.scope ?? target.scopes?.join(' ') ?? 'system/*.rs';
    const result = await accessToken(target, scope, purpose);
    context.io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.access_token}\n`);
  });
}

export function tokenCommand(args: string[], io: CliIo = processIo()): Promise<number> {
  return runCommand(tokenCli, args, io);
}
