#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { TARGET_OPTIONS, UsageError, resolveTarget } from './exchange-target.ts';
import { ingestCommand } from './ingest-command.ts';
import { locateCommand } from './locate-command.ts';
import { providersCommand } from './providers-command.ts';
import { requestAccessToken } from './smart-client.ts';
import { validateCommand } from './validate-command.ts';
import { verifyCommand } from './verify-command.ts';

/**
 * `fhir-exchange <command>`: the exchange's command-line client.
 *
 *   token --client ID [--scope S] [--json]      print an access token for a seeded client
 *   validate [--json] FILE...                   validate FHIR JSON / NDJSON files locally
 *   providers apply|confirm|suspend|list ...     the on-chain provider registry (admin API)
 *   locate --identifier SYSTEM|VALUE [--json]   the providers holding records for a patient ($locate)
 *   ingest [--concurrency N] [--batch-size N] [--json] FILE|DIR...   load Bundles and NDJSON files
 *   verify Type/id [--json]                     a resource against its anchored commitment ($verify)
 *
 * Target: the local stack (`--data-dir DIR`, default `.local`), or any deployment with
 * `--base URL --client-id ID --key FILE`.
 */
const USAGE = `Usage: fhir-exchange <command> [options]

Commands:
  token    Print an access token (SMART Backend Services client_credentials)
           --client ID         a client seeded by npm start (see stack.json)
           --scope "S ..."     scopes to request (default: the client's registered scopes, or system/*.rs)
           --json              print the whole token response
  validate Validate FHIR R4 JSON files (.json) or NDJSON files (.ndjson, one resource per line)
           --json              print each result as an OperationOutcome
           exit code 1 if any resource is invalid
  providers  The on-chain provider registry, through the admin API (as --client dev-admin by default)
    apply    --id ID --name NAME --endpoint URL [--metadata JSON]
                               apply for provider ID (relayed by the operator; status Applied);
                               URL is its FHIR base (https, or http on 127.0.0.1/localhost);
                               JSON a flat object. All of it is public on chain: never PHI
    confirm  --id ID           confirm, or reinstate a suspended provider (admin)
    suspend  --id ID           suspend a provider (admin)
    list     [--json]          every provider that applied, with its status
           ID is the exchange provider id (on chain: keccak256 of it); confirm and suspend also
           take the on-chain id (0x + 64 hex digits). --json prints the API's JSON answer
  locate   The providers holding records for a patient (GET [base]/$locate), as a provider client
           --identifier SYSTEM|VALUE   a linking identifier, e.g. http://hl7.org/fhir/sid/us-ssn|999-12-3456
           --client ID         default: the local stack's first seeded provider client
           --json              print the Parameters resource
  ingest   Load FHIR data: ingest [options] FILE|DIR...  (a DIR: its .json and .ndjson files)
           .json: a Bundle, sent whole: transaction/batch to [base], collection/document to [base]/Bundle
           .ndjson: one resource per line, sent as batch Bundles (a resource with an id is PUT Type/id)
           files run in order: organizations, other shared resources, practitioner roles, patients,
           then the rest (Synthea hospitalInformation*/practitionerInformation* bundles first)
           --client ID         default: the local stack's first seeded provider client
           --concurrency N     requests in flight at once (default 4)
           --batch-size N      NDJSON resources per batch Bundle (default 500; at most 5 MiB each)
           --json              print the summary as JSON (no progress on stderr)
           progress on stderr; exit code 1 if any resource failed
  verify   A resource against its commitment and the chain: verify [options] Type/id (GET [base]/Type/id/$verify)
           prints verified, status (anchored|pending|failed), commitment, root, proof length,
           transaction, block, time and the reason when not verified
           --client ID         default: the local stack's first seeded provider client
           --scope "S ..."     scopes to request (default: system/<Type>.r)
           --json              print the Parameters resource
           exit code 0 if verified, 1 if not (pending or failed) or on an error answer, 2 for a malformed Type/id
Target options (every command):
  --data-dir DIR               local stack folder holding stack.json (default .local)
  --base URL --client-id ID --key FILE
                               any deployment: FHIR base URL, client id, private JWK file
`;

async function token(args: string[]) {
  const { values } = parseArgs({ args, options: { ...TARGET_OPTIONS, scope: { type: 'string' }, json: { type: 'boolean', default: false } }, strict: true });
  const target = await resolveTarget(values);
  const scope = values.scope ?? target.scopes?.join(' ') ?? 'system/*.rs';
  const result = await requestAccessToken(target, scope);
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.access_token}\n`);
}

const commands: Record<string, (args: string[]) => Promise<number | void>> = {
  token,
  validate: validateCommand,
  providers: providersCommand,
  locate: locateCommand,
  ingest: ingestCommand,
  verify: verifyCommand,
};

const [command, ...rest] = process.argv.slice(2);
if (!command || command === '--help' || command === '-h' || command === 'help') {
  process.stdout.write(USAGE);
  process.exit(command ? 0 : 2);
}
const run = commands[command];
if (!run) {
  process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
  process.exit(2);
}
try {
  const code = await run(rest);
  if (code) process.exitCode = code;
} catch (error) {
  const usage = error instanceof UsageError || (error as Error).name === 'UsageError' || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`fhir-exchange ${command}: ${(error as Error).message}\n`);
  process.exit(usage ? 2 : 1);
}
