import { Command } from 'commander';
import { UsageError, runCommand, setAction } from './cli-command.ts';
import type { CliContext } from './cli-command.ts';
import { accessToken, addTargetOptions, exchangeFetch, firstProviderClient, resolveTarget } from './exchange-target.ts';
import type { TargetOptions } from './exchange-target.ts';

/**
 * `fhir-exchange verify Type/id`: is the stored resource the one that was committed, and is its
 * commitment anchored on chain (`GET [base]/{Type}/{id}/$verify`)? As the local stack's first
 * seeded provider client by default, or as `--client ID`, or `--base URL --client-id ID --key FILE`.
 *
 * Prints a summary (verified, status, commitment, root, leaf index, proof length, transaction,
 * block, time, reason), or with `--json` the Parameters resource as the server sent it.
 * Exit code 0 if verified, 1 if not (pending or failed) or if the server answered an error
 * (an OperationOutcome: 404 unknown, 410 erased...), 2 for a malformed Type/id (a UsageError,
 * which the CLI's main turns into exit code 2).
 */

interface VerifyOptions extends TargetOptions {
  scope?: string;
  json?: boolean;
}

/** A FHIR resource type name and a FHIR id (as functions/fhir-read/handler.ts accepts them). */
const RESOURCE_TYPE = /^[A-Z][A-Za-z]{0,63}$/;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export interface VerifyIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo = (): VerifyIo => ({
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
});

/** What the $verify Parameters say (functions/vault/vault-verification.ts verificationParameters). */
export interface VerifyResult {
  verified: boolean;
  status: string;
  commitment?: string;
  reason?: string;
  root?: string;
  leafIndex?: number;
  proof: string[];
  transactionHash?: string;
  blockNumber?: string;
  anchoredAt?: string;
}

interface ParametersParameter {
  name?: string;
  valueBoolean?: boolean;
  valueCode?: string;
  valueString?: string;
  valueInteger?: number;
  valueInstant?: string;
}

/** `Type/id` → its parts; a leading slash and a trailing `/_history/N` are not accepted: the current version is verified. */
export function parseReference(text: string): { type: string; id: string } {
  const parts = text.split('/');
  const [type, id] = parts;
  if (parts.length !== 2 || type === undefined || id === undefined || !RESOURCE_TYPE.test(type) || !FHIR_ID.test(id)) {
    throw new UsageError(`verify needs a resource as Type/id (e.g. Observation/123), not ${JSON.stringify(text)}`);
  }
  return { type, id };
}

/** Reads a $verify answer; throws if it is not a Parameters resource with a status. */
export function readVerification(document: unknown): VerifyResult {
  const parameters = (document as { resourceType?: unknown; parameter?: unknown } | undefined) ?? {};
  if (parameters.resourceType !== 'Parameters' || !Array.isArray(parameters.parameter)) throw new Error('The $verify answer is not a Parameters resource');
  const list = parameters.parameter as ParametersParameter[];
  const find = (name: string) => list.find((parameter) => parameter.name === name);
  const status = find('status')?.valueCode;
  if (status === undefined) throw new Error('The $verify answer has no status');
  const result: VerifyResult = { verified: find('verified')?.valueBoolean === true, status, proof: list.filter((parameter) => parameter.name === 'proof').map((parameter) => parameter.valueString ?? '') };
  const set = <K extends keyof VerifyResult>(key: K, value: VerifyResult[K] | undefined) => {
    if (value !== undefined) result[key] = value;
  };
  set('commitment', find('commitment')?.valueString);
  set('reason', find('reason')?.valueString);
  set('root', find('root')?.valueString);
  set('leafIndex', find('leafIndex')?.valueInteger);
  set('transactionHash', find('transactionHash')?.valueString);
  set('blockNumber', find('blockNumber')?.valueString);
  set('anchoredAt', find('anchoredAt')?.valueInstant);
  return result;
}

/** The readable summary, one `label  value` line each. */
export function formatVerification(reference: string, result: VerifyResult): string {
  const rows: [string, string][] = [
    ['verified', result.verified ? 'yes' : 'no'],
    ['status', result.status],
  ];
  if (result.commitment) rows.push(['commitment', result.commitment]);
  if (result.root) rows.push(['root', result.root]);
  if (result.leafIndex !== undefined) rows.push(['leaf index', String(result.leafIndex)]);
  if (result.root || result.proof.length > 0) rows.push(['proof', `${result.proof.length} ${result.proof.length === 1 ? 'hash' : 'hashes'}`]);
  if (result.transactionHash) rows.push(['transaction', result.transactionHash]);
  if (result.blockNumber) rows.push(['block', result.blockNumber]);
  if (result.anchoredAt) rows.push(['anchored at', result.anchoredAt]);
  if (result.reason) rows.push(['reason', result.reason]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return `${reference}\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`;
}

/** The message of an error answer: its OperationOutcome's issues when it has them. */
function failureMessage(reference: string, status: number, document: unknown): string {
  const issues = ((document as { resourceType?: string; issue?: unknown } | undefined)?.resourceType === 'OperationOutcome' ? ((document as { issue?: unknown }).issue as unknown[] | undefined) : undefined) ?? [];
  const texts = (issues as { details?: { text?: string }; diagnostics?: string; expression?: string[] }[])
    .map((issue) => `${issue.details?.text ?? issue.diagnostics ?? ''}${issue.expression?.length ? ` (${issue.expression.join(', ')})` : ''}`)
    .filter((text) => text !== '');
  return `GET ${reference}/$verify failed with HTTP ${status}${texts.length ? `: ${texts.join('; ')}` : ''}`;
}

export function verifyCli(context: CliContext, io: VerifyIo = context.io): Command {
  const command = new Command('verify')
    .summary('check a stored resource against its commitment and the chain ($verify)')
    .description(
      'Check that a stored resource is the one that was committed, and that its commitment is anchored on chain ' +
        '(GET [base]/Type/id/$verify), as a provider client. Prints verified, status (anchored, pending or failed), ' +
        'commitment, root, proof length, transaction, block and time, and the reason when not verified. ' +
        'Exit code 0 only when verified; 1 when pending or failed, or when the exchange answers an error (404 unknown, 410 erased).',
    )
    .argument('<Type/id>', 'the resource, e.g. Observation/123 (its current version is verified)')
    .option('--scope <scopes>', 'the scopes to request (default: system/<Type>.r)')
    .option('--json', 'print the Parameters resource as the exchange answered it');
  addTargetOptions(command, "default: the local stack's first provider client");
  command.addHelpText('after', '\nExample:\n  npx fhir-exchange verify Observation/123\n');
  return setAction<VerifyOptions>(command, context, ([reference], options) => verify(reference!, options, io));
}

export function verifyCommand(args: string[], io: VerifyIo = defaultIo()): Promise<number> {
  return runCommand((context) => verifyCli(context, io), args, { ...io, tty: false });
}

async function verify(given: string, values: VerifyOptions, io: VerifyIo): Promise<number> {
  const { type, id } = parseReference(given);
  const reference = `${type}/${id}`;
  // Default: the local stack's first seeded provider client.
  const client = values.client ?? (values.base ? undefined : await firstProviderClient(values.dataDir));
  const target = await resolveTarget({ ...values, ...(client === undefined ? {} : { client }) });
  const { access_token: token } = await accessToken(target, values.scope ?? `system/${type}.r`);
  const response = await exchangeFetch(target, `${target.fhirBase}/${reference}/$verify`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json' } });
  const text = await response.text();
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    document = undefined;
  }
  if (!response.ok) {
    if (values.json && document !== undefined) io.stdout(`${JSON.stringify(document, null, 2)}\n`);
    throw new Error(failureMessage(reference, response.status, document));
  }
  const result = readVerification(document);
  io.stdout(values.json ? `${JSON.stringify(document, null, 2)}\n` : formatVerification(reference, result));
  return result.verified ? 0 : 1;
}
