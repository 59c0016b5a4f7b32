import { Command } from 'commander';
import { getAddress } from 'ethers';
import type { TypedDataDomain, TypedDataField, Wallet } from 'ethers';
import { CommandFailed, UsageError, processIo, runCommand, setAction } from './cli-command.ts';
import type { CliContext, CliIo } from './cli-command.ts';
import { accessToken, addTargetOptions, exchangeFetch, firstProviderClient, resolveTarget } from './exchange-target.ts';
import type { TargetOptions } from './exchange-target.ts';
import { readWalletKey } from './wallet-key.ts';

/**
 * Recovery of a lost wallet from the command line (functions/consent/recovery.ts):
 * - `fhir-exchange recovery-code Patient/ID [--client ID]`: the provider's one-time code
 *   (`POST [base]/Patient/{id}/$recovery-code`);
 * - `fhir-exchange patient recover --code CODE --key NEWFILE [--wait]`: the new wallet signs the
 *   RecoveryProposal and the exchange proposes it on chain; with --wait, the command waits for the
 *   delay and finalises it;
 * - `fhir-exchange patient recovery status|cancel|finalize --key FILE`: what is pending, the current
 *   controller's cancellation (signed with the old key), the execution after the delay;
 * - `fhir-exchange recoveries list|veto`: the admin's view, and the veto with a reason.
 */

/** What the patient commands share (patient-command.ts passes them in). */
export interface PatientApiAccess<Api extends { chain?: { chainId: number; consentRegistry: string } }> {
  patientApi(options: { dataDir?: string; base?: string }): Promise<Api>;
  call(api: Api, method: 'GET' | 'POST', path: string, options?: { query?: Record<string, string>; body?: unknown }): Promise<Record<string, unknown>>;
  addTargetOptions(command: Command): Command;
  keyHelp: string;
}

interface TypedDataAnswer {
  domain: TypedDataDomain;
  types: Record<string, TypedDataField[]>;
  primaryType: string;
  message: Record<string, string>;
}

function refuseToSign(what: string): CommandFailed {
  return new CommandFailed(`the exchange asked this wallet to sign ${what}; nothing was signed or sent`);
}

/**
 * The typed data must be a `primaryType` (RecoveryProposal or RecoveryCancellation) and, for a
 * proposal, name this wallet as the new controller; on the local stack, in its ConsentRegistry's domain.
 */
export function checkRecoveryTypedData(answer: Record<string, unknown>, primaryType: 'RecoveryProposal' | 'RecoveryCancellation', newController: string | undefined, chain?: { chainId: number; consentRegistry: string }): TypedDataAnswer {
  const typed = answer as Partial<TypedDataAnswer>;
  if (typeof typed.domain !== 'object' || typed.domain === null || typeof typed.types !== 'object' || typed.types === null || typeof typed.message !== 'object' || typed.message === null) {
    throw new CommandFailed('the answer is not EIP-712 typed data (domain, types, primaryType, message)');
  }
  if (typed.primaryType !== primaryType || !Array.isArray(typed.types[primaryType])) throw refuseToSign(`a ${String(typed.primaryType)} instead of a ${primaryType}`);
  if (newController !== undefined && (typeof typed.message['newController'] !== 'string' || getAddress(typed.message['newController']) !== getAddress(newController))) {
    throw refuseToSign(`a recovery to another wallet than this one (${String(typed.message['newController'])})`);
  }
  if (chain) {
    const domain = typed.domain;
    if (Number(domain.chainId) !== chain.chainId || typeof domain.verifyingContract !== 'string' || getAddress(domain.verifyingContract) !== getAddress(chain.consentRegistry)) {
      throw refuseToSign(`for another chain or contract than the local stack's ConsentRegistry (chain ${chain.chainId}, ${getAddress(chain.consentRegistry)})`);
    }
  }
  return typed as TypedDataAnswer;
}

const sign = (wallet: Wallet, typed: TypedDataAnswer) => wallet.signTypedData(typed.domain, { [typed.primaryType]: typed.types[typed.primaryType]! }, typed.message);

const transactionLine = (answer: Record<string, unknown>) => `transaction  ${String(answer['transaction'])}${answer['block'] === undefined ? '' : ` (block ${String(answer['block'])})`}\n`;

interface PendingView {
  pseudonym?: string;
  newController: string;
  provider: string;
  executableAt: string;
  executable?: boolean;
}
interface RecoveryStatus {
  controlled: { pseudonym: string; pending: PendingView | null; history: { kind: string; newController: string; at: string; transaction: string }[] }[];
  proposedToThisWallet: PendingView[];
}

/** The prominent notice of a pending recovery (for the controller: how to cancel), or undefined when none. */
export function pendingRecoveryNotice(status: RecoveryStatus, keyFile: string): string | undefined {
  const lines: string[] = [];
  for (const patient of status.controlled) {
    if (!patient.pending) continue;
    lines.push(
      '!!! A RECOVERY OF YOUR RECORDS IS PENDING !!!',
      `  A provider started a recovery that hands control of your consents to wallet ${patient.pending.newController}`,
      `  on ${patient.pending.executableAt}. If you did not ask for it, cancel it now:`,
      `    fhir-exchange patient recovery cancel --key ${keyFile}`,
    );
  }
  for (const incoming of status.proposedToThisWallet) {
    lines.push(
      `A recovery to this wallet is pending: it takes effect on ${incoming.executableAt}${incoming.executable ? ' (due now)' : ''}.`,
      `  Then: fhir-exchange patient recovery finalize --key ${keyFile}`,
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n\n` : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function patientRecoveryCommands<Api extends { chain?: { chainId: number; consentRegistry: string } }>(context: CliContext, access: PatientApiAccess<Api>): Command[] {
  const { patientApi, call, keyHelp } = access;

  const recover = new Command('recover')
    .summary("redeem a provider's recovery code with a new wallet (after losing the old one)")
    .description(
      "Redeem a one-time recovery code (from a provider that verified you in person: `fhir-exchange recovery-code`) with a NEW wallet: " +
        "it signs an EIP-712 RecoveryProposal (checked to name this wallet before it is signed) and the exchange proposes it on chain. " +
        "The switch takes effect only after the exchange's recovery delay (72 hours in AWS, 20 seconds on `npm start`), during which " +
        'the old key can cancel it and the admin can veto it; then `patient recovery finalize` (or --wait) makes this wallet the controller. ' +
        'Your consents stay as they are.',
    )
    .requiredOption('--code <code>', 'the recovery code the provider gave (single use, valid 15 minutes)')
    .requiredOption('--key <file>', `the NEW wallet's key file; ${keyHelp}`)
    .option('--wait', 'wait for the delay, then finalise the recovery')
    .option('--json', "print the exchange's answers as JSON");
  recover.addHelpText('after', '\nExample:\n  npx fhir-exchange patient new-key --out new-wallet.key\n  npx fhir-exchange patient recover --code 7K2M-Q9XD-4HNP-T3VA --key new-wallet.key --wait\n');
  setAction<{ code: string; key: string; wait?: boolean; json?: boolean; dataDir?: string; base?: string }>(recover, context, async (_args, options) => {
    const wallet = await readWalletKey(options.key);
    const api = await patientApi(options);
    const code = options.code.trim();
    const prepared = await call(api, 'POST', '/patient/recovery/$prepare', { body: { code, address: wallet.address } });
    const typed = checkRecoveryTypedData(prepared, 'RecoveryProposal', wallet.address, api.chain);
    const answer = await call(api, 'POST', '/patient/recovery/$propose', { body: { code, primaryType: typed.primaryType, message: typed.message, signature: await sign(wallet, typed) } });
    if (options.json && !options.wait) {
      context.io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
      return;
    }
    if (!options.json) {
      context.io.stdout(
        `Recovery proposed: this wallet becomes the controller on ${String(answer['executableAt'])}, unless the old key cancels it or the admin vetoes it\n` +
          `new controller  ${String(answer['newController'])}\n${transactionLine(answer)}`,
      );
    }
    if (!options.wait) return;
    const pseudonym = String(answer['pseudonym']);
    const finalised = await finaliseWhenDue(() => call(api, 'POST', '/patient/recovery/$finalize', { body: { pseudonym } }), Date.parse(String(answer['executableAt'])));
    context.io.stdout(options.json ? `${JSON.stringify({ proposed: answer, finalised }, null, 2)}\n` : `Recovered: this wallet controls the patient's consents\n${transactionLine(finalised)}`);
  });

  const recovery = new Command('recovery').summary('a pending recovery: status, cancel (with the current key), finalize (after the delay)');

  const status = new Command('status')
    .summary('show the pending recovery of the patient this wallet controls, or one proposing this wallet')
    .requiredOption('--key <file>', keyHelp)
    .option('--json', "print the exchange's answer as JSON");
  setAction<{ key: string; json?: boolean; dataDir?: string; base?: string }>(status, context, async (_args, options) => {
    const wallet = await readWalletKey(options.key);
    const answer = (await call(await patientApi(options), 'GET', '/patient/recovery', { query: { address: wallet.address } })) as unknown as RecoveryStatus;
    if (options.json) {
      context.io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
      return;
    }
    const notice = pendingRecoveryNotice(answer, options.key);
    context.io.stdout(notice ?? 'No recovery is pending for this wallet\n');
    for (const patient of answer.controlled) for (const step of patient.history) context.io.stdout(`${step.at}  ${step.kind.padEnd(9)}  to ${step.newController}  ${step.transaction}\n`);
  });

  const cancel = new Command('cancel')
    .summary('cancel the pending recovery, signing with the current (old) key')
    .description(
      "Cancel the recovery pending on the patient this wallet controls: the wallet signs an EIP-712 RecoveryCancellation naming the proposed wallet " +
        '(checked before it is signed) and the exchange relays it. Use it when you did not ask for the recovery: your key still works.',
    )
    .requiredOption('--key <file>', `the CURRENT controller's key file; ${keyHelp}`)
    .option('--json', "print the exchange's answer as JSON");
  setAction<{ key: string; json?: boolean; dataDir?: string; base?: string }>(cancel, context, async (_args, options) => {
    const wallet = await readWalletKey(options.key);
    const api = await patientApi(options);
    const prepared = await call(api, 'POST', '/patient/recovery/$prepare-cancel', { body: { address: wallet.address } });
    const typed = checkRecoveryTypedData(prepared, 'RecoveryCancellation', undefined, api.chain);
    const answer = await call(api, 'POST', '/patient/recovery/$cancel', { body: { primaryType: typed.primaryType, message: typed.message, signature: await sign(wallet, typed) } });
    context.io.stdout(options.json ? `${JSON.stringify(answer, null, 2)}\n` : `Cancelled: the recovery to ${String(answer['newController'])} will not happen; this wallet stays the controller\n${transactionLine(answer)}`);
  });

  const finalize = new Command('finalize')
    .summary('make the recovery take effect once its delay has passed (the new wallet)')
    .requiredOption('--key <file>', `the NEW wallet's key file; ${keyHelp}`)
    .option('--wait', 'wait until the delay has passed')
    .option('--json', "print the exchange's answer as JSON");
  setAction<{ key: string; wait?: boolean; json?: boolean; dataDir?: string; base?: string }>(finalize, context, async (_args, options) => {
    const wallet = await readWalletKey(options.key);
    const api = await patientApi(options);
    const answer = (await call(api, 'GET', '/patient/recovery', { query: { address: wallet.address } })) as unknown as RecoveryStatus;
    const incoming = answer.proposedToThisWallet[0];
    if (!incoming?.pseudonym) throw new CommandFailed('No recovery to this wallet is pending');
    const finalised = options.wait
      ? await finaliseWhenDue(() => call(api, 'POST', '/patient/recovery/$finalize', { body: { pseudonym: incoming.pseudonym } }), Date.parse(incoming.executableAt))
      : await call(api, 'POST', '/patient/recovery/$finalize', { body: { pseudonym: incoming.pseudonym } });
    context.io.stdout(options.json ? `${JSON.stringify(finalised, null, 2)}\n` : `Recovered: this wallet controls the patient's consents\n${transactionLine(finalised)}`);
  });

  for (const command of [recover, status, cancel, finalize]) access.addTargetOptions(command);
  recovery.addCommand(status).addCommand(cancel).addCommand(finalize);
  return [recover, recovery];
}

/** Waits until `executableAt` (and a little more while the chain says it is not yet due), then finalises with `relay`. */
async function finaliseWhenDue(relay: () => Promise<Record<string, unknown>>, executableAt: number): Promise<Record<string, unknown>> {
  await sleep(Math.max(0, executableAt - Date.now()) + 1_000);
  for (let attempt = 0; ; attempt++) {
    try {
      return await relay();
    } catch (error) {
      if (attempt >= 10 || !/HTTP 409: The recovery cannot take effect before/.test((error as Error).message)) throw error;
      await sleep(2_000);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The provider's code and the admin's commands

interface RecoveryCodeOptions extends TargetOptions {
  scope?: string;
  json?: boolean;
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

function patientId(text: string): string {
  const [type, id, ...rest] = text.split('/');
  if (type !== 'Patient' || id === undefined || rest.length > 0 || !FHIR_ID.test(id)) {
    throw new UsageError(`recovery-code needs the patient as Patient/ID (e.g. Patient/123, the id this provider stored it under), not ${JSON.stringify(text)}`);
  }
  return id;
}

function answerFailure(method: string, path: string, status: number, document: unknown): CommandFailed {
  const issues = ((document as { issue?: { details?: { text?: string }; expression?: string[] }[] } | undefined)?.issue ?? []).map(
    (issue) => `${issue.details?.text ?? ''}${issue.expression?.length ? ` (${issue.expression.join(', ')})` : ''}`,
  );
  return new CommandFailed(`${method} ${path} failed with HTTP ${status}${issues.length ? `: ${issues.join('; ')}` : ''}`);
}

export function recoveryCodeCli(context: CliContext): Command {
  const command = new Command('recovery-code')
    .summary('a one-time code for an enrolled patient who lost their wallet ($recovery-code)')
    .argument('<Patient/ID>', 'the patient, as this provider stored it (e.g. Patient/123)')
    .description(
      'Ask the exchange for a one-time recovery code for an enrolled patient this provider holds (POST [base]/Patient/{id}/$recovery-code, ' +
        'needs Patient.u and a provider Confirmed on the registry), as a provider client. Give it to the patient in person once you have ' +
        'verified who they are: with it their new wallet proposes to take over (`fhir-exchange patient recover --code CODE --key NEWFILE`), ' +
        "which takes effect after the exchange's recovery delay unless the old key cancels it or the admin vetoes it. " +
        'Valid for 15 minutes and once; a patient not enrolled, or with a recovery pending, gets none (HTTP 409). Prints the code alone as the last line.',
    )
    .option('--scope <scopes>', 'the scopes to request (default: system/Patient.u)')
    .option('--json', 'print the Parameters resource (code, expires) as the exchange answered it');
  addTargetOptions(command, "default: the local stack's first provider client");
  command.addHelpText('after', '\nExample:\n  CODE=$(npx fhir-exchange recovery-code Patient/123 --client dev-provider-a | tail -n 1)\n');
  return setAction<RecoveryCodeOptions>(command, context, async (args, values) => {
    const id = patientId(args[0]!);
    const client = values.client ?? (values.base ? undefined : await firstProviderClient(values.dataDir));
    const target = await resolveTarget({ ...values, ...(client === undefined ? {} : { client }) });
    const { access_token: token } = await accessToken(target, values.scope ?? 'system/Patient.u');
    const path = `/Patient/${id}/$recovery-code`;
    const response = await exchangeFetch(target, `${target.fhirBase}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json' } });
    const document = (await response.json().catch(() => undefined)) as { resourceType?: string; parameter?: { name?: string; valueString?: string; valueInstant?: string }[] } | undefined;
    if (!response.ok) throw answerFailure('POST', path, response.status, document);
    const code = document?.parameter?.find((parameter) => parameter.name === 'code')?.valueString;
    const expires = document?.parameter?.find((parameter) => parameter.name === 'expires')?.valueInstant;
    if (document?.resourceType !== 'Parameters' || !code) throw new CommandFailed(`POST ${path}: the answer is not a Parameters resource with a code`);
    context.io.stdout(values.json ? `${JSON.stringify(document, null, 2)}\n` : `Recovery code for Patient/${id}${expires ? `, valid once until ${expires}` : ''}; give it to the patient in person:\n${code}\n`);
  });
}

export function recoveryCodeCommand(args: string[], io: CliIo = processIo()): Promise<number> {
  return runCommand(recoveryCodeCli, args, io);
}

interface RecoveriesOptions extends TargetOptions {
  scope?: string;
  json?: boolean;
  reason?: string;
  newController?: string;
}

export function recoveriesCli(context: CliContext): Command {
  const recoveries = new Command('recoveries')
    .summary('pending wallet recoveries, and the admin veto (admin API)')
    .description("The wallet recoveries pending on chain, through the exchange's admin API, as an admin client (dev-admin on the local stack by default).");
  const list = new Command('list').summary('list the pending recoveries: pseudonym, new wallet, vouching provider, when they take effect').option('--json', "print the admin API's JSON answer");
  const veto = new Command('veto')
    .summary('veto a pending recovery, with a reason kept in the patient\'s access log (only its commitment goes on chain)')
    .argument('<pseudonym>', 'the pseudonym, as `recoveries list` shows it')
    .requiredOption('--reason <text>', 'why (e.g. a support ticket reference); no names or identifiers')
    .option('--new-controller <address>', 'the wallet the vetoed recovery names (refused if the pending one names another)')
    .option('--json', "print the admin API's JSON answer");
  veto.addHelpText('after', '\nExample:\n  npx fhir-exchange recoveries veto 0x3f…c2 --reason "ticket 4711: the patient did not ask for it"\n');
  for (const command of [list, veto]) addTargetOptions(command, 'default: dev-admin');
  const run = async (args: string[], values: RecoveriesOptions, action: 'list' | 'veto') => {
    const target = await resolveTarget({ ...values, client: values.client ?? (values.base ? undefined : 'dev-admin') });
    const { access_token: token } = await accessToken(target, values.scope ?? target.scopes?.join(' ') ?? 'system/*.rs');
    const path = action === 'list' ? '/admin/recoveries' : `/admin/recoveries/${encodeURIComponent(args[0]!)}/$veto`;
    const body = action === 'veto' ? { reason: values.reason, ...(values.newController ? { newController: values.newController } : {}) } : undefined;
    const response = await exchangeFetch(target, `${new URL(target.fhirBase).origin}${path}`, {
      method: action === 'list' ? 'GET' : 'POST',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const document = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    if (!response.ok) throw answerFailure(action === 'list' ? 'GET' : 'POST', path, response.status, document);
    if (values.json) {
      context.io.stdout(`${JSON.stringify(document, null, 2)}\n`);
      return;
    }
    if (action === 'veto') {
      context.io.stdout(`Vetoed: the recovery of ${String(document?.['pseudonym'])} to ${String(document?.['newController'])} will not happen\n${transactionLine(document ?? {})}`);
      return;
    }
    const pending = (document?.['recoveries'] ?? []) as PendingView[];
    if (pending.length === 0) {
      context.io.stdout('No recovery is pending\n');
      return;
    }
    const rows = [['PSEUDONYM', 'NEW CONTROLLER', 'PROVIDER', 'EXECUTABLE AT'], ...pending.map((recovery) => [recovery.pseudonym ?? '', recovery.newController, recovery.provider, recovery.executableAt])];
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows) context.io.stdout(`${row.map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column]!) : cell)).join('  ')}\n`);
  };
  setAction<RecoveriesOptions>(list, context, (args, values) => run(args, values, 'list'));
  setAction<RecoveriesOptions>(veto, context, (args, values) => run(args, values, 'veto'));
  recoveries.addCommand(list).addCommand(veto);
  return recoveries;
}
