import { Command, InvalidArgumentError, Option } from 'commander';
import { getAddress, id } from 'ethers';
import type { TypedDataDomain, TypedDataField, Wallet } from 'ethers';
import { CommandFailed, UsageError, processIo, runCommand, setAction } from './cli-command.ts';
import type { CliContext, CliIo } from './cli-command.ts';
import { DATA_DIR_HELP, TARGET_HELP_GROUP, exchangeFetch, readStackFile } from './exchange-target.ts';
import { accessLogRun, eraseRun, holdersRun, recordsRun } from './patient-records-command.ts';
import { patientRecoveryCommands } from './recovery-command.ts';
import { readWalletKey, writeNewWalletKey } from './wallet-key.ts';

/**
 * `fhir-exchange patient …`: the reference client of a patient's wallet (a hex private key in a
 * file, for development). The patient API needs no token: the wallet's signatures authorise.
 * - `new-key --out FILE`: a new secp256k1 key, in a file only its owner can read;
 * - `enroll --code CODE --key FILE`: redeems a provider's enrollment code (GET /patient/enroll for
 *   the text, EIP-191 signature, POST /patient/enroll): the wallet becomes the controller of the
 *   patient's pseudonym on chain;
 * - `consent grant|revoke --grantee ID --purpose P --key FILE`: POST /patient/consents/$prepare for
 *   the EIP-712 typed data, which is checked against what was asked before it is signed, then
 *   POST /patient/consents (the exchange relays it; the contract checks the signer);
 * - `consents --key FILE`: GET /patient/consents, the patient's consents as a table;
 * - `recover --code CODE --key NEWFILE`, `recovery status|cancel|finalize --key FILE`: recovery of
 *   a lost wallet (recovery-command.ts);
 * - `holders`, `records --out DIR`, `access-log`, `erase --yes` (with `--key FILE`): signed in with
 *   Sign-In with Ethereum through the exchange's endpoints (patient-records-command.ts).
 * The patient API is at the origin of the FHIR base (the local stack's, from stack.json, or --base).
 */

interface PatientTargetOptions {
  dataDir?: string;
  base?: string;
}

interface KeyOptions extends PatientTargetOptions {
  key: string;
  json?: boolean;
}

interface EnrollOptions extends KeyOptions {
  code: string;
}

interface ConsentOptions extends KeyOptions {
  grantee: string;
  purpose: ConsentPurpose;
  expires?: Date;
}

const PURPOSES = ['treatment', 'research'] as const;
type ConsentPurpose = (typeof PURPOSES)[number];
type ConsentAction = 'grant' | 'revoke';

const KEY_HELP = 'the wallet key file (0x and 64 hex digits, as `patient new-key` writes it); never printed';

/** The patient API of one exchange, and what the local stack says about its chain (to check what the wallet signs). */
interface PatientApi {
  /** `<origin>`: the patient API is `<origin>/patient/…`. */
  origin: string;
  /** For exchangeFetch's friendly errors. */
  target: { fhirBase: string; stackFile?: string };
  /** The local stack's chain (stack.json): the domain a signature must be bound to. */
  chain?: { chainId: number; consentRegistry: string };
}

function addPatientTargetOptions(command: Command): Command {
  const options = [
    new Option('--data-dir <dir>', DATA_DIR_HELP),
    new Option(
      '--base <url>',
      "any deployment instead of the local stack: its FHIR base URL; the patient API is at that URL's origin (/patient/…), " +
        "and needs no client or token (the wallet's signatures authorise)",
    ),
  ];
  for (const option of options) command.addOption(option.helpGroup(TARGET_HELP_GROUP));
  return command;
}

async function patientApi(options: PatientTargetOptions): Promise<PatientApi> {
  if (options.base) {
    let fhirBase: string;
    try {
      fhirBase = new URL(options.base).href.replace(/\/+$/, '');
    } catch {
      throw new UsageError(`--base must be a URL, such as http://127.0.0.1:8080/fhir (not ${JSON.stringify(options.base)})`);
    }
    return { origin: new URL(fhirBase).origin, target: { fhirBase } };
  }
  const { stack, stackFile } = await readStackFile(options.dataDir).catch((error: unknown) => {
    // A wallet needs no client at a deployment: only its --base.
    if (error instanceof UsageError) error.message = error.message.replace('--base URL --client-id ID --key FILE', '--base URL (its FHIR base URL)');
    throw error;
  });
  const local = stack as unknown as { chainId?: unknown; contracts?: Record<string, unknown> };
  const consentRegistry = local.contracts?.['ConsentRegistry'];
  return {
    origin: new URL(stack.fhirBase).origin,
    target: { fhirBase: stack.fhirBase, stackFile },
    ...(typeof local.chainId === 'number' && typeof consentRegistry === 'string' ? { chain: { chainId: local.chainId, consentRegistry } } : {}),
  };
}

/** The message of an error answer: HTTP status, and each OperationOutcome issue's text and element. */
export function answerError(method: string, path: string, status: number, document: unknown): CommandFailed {
  const issues = ((document as { issue?: { details?: { text?: string }; diagnostics?: string; expression?: string[] }[] } | undefined)?.issue ?? []).map(
    (issue) => `${issue.details?.text ?? issue.diagnostics ?? ''}${issue.expression?.length ? ` (${issue.expression.join(', ')})` : ''}`,
  );
  return new CommandFailed(`${method} ${path} failed with HTTP ${status}${issues.length ? `: ${issues.join('; ')}` : ''}`);
}

/** One call to the patient API; an error answer is a CommandFailed (exit 1) with the exchange's reason. */
async function call(api: PatientApi, method: 'GET' | 'POST', path: string, options: { query?: Record<string, string>; body?: unknown } = {}): Promise<Record<string, unknown>> {
  const query = options.query ? `?${new URLSearchParams(options.query).toString()}` : '';
  const response = await exchangeFetch(api.target, `${api.origin}${path}${query}`, {
    method,
    headers: { Accept: 'application/json', ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const document = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) throw answerError(method, path, response.status, document);
  if (document === null || typeof document !== 'object' || Array.isArray(document)) throw new CommandFailed(`${method} ${path}: the exchange's answer is not a JSON object`);
  return document as Record<string, unknown>;
}

function transactionLine(answer: Record<string, unknown>): string {
  return `transaction  ${String(answer['transaction'])}${answer['block'] === undefined ? '' : ` (block ${String(answer['block'])})`}\n`;
}

// ---------------------------------------------------------------------------------------------
// What the wallet signs is what the patient asked for

/** Refusal to sign: the exchange's answer is not what was asked (a bug, or an exchange not to trust). */
function refuseToSign(what: string): CommandFailed {
  return new CommandFailed(`the exchange asked this wallet to sign ${what}; nothing was signed or sent`);
}

/** The enrollment text must name this code and this wallet (and, on the local stack, its chain and consent registry). */
export function checkEnrollmentMessage(message: unknown, code: string, address: string, chain?: PatientApi['chain']): string {
  if (typeof message !== 'string') throw new CommandFailed('GET /patient/enroll: the answer has no message to sign');
  const lines = message.split('\n');
  const expected = [`Code: ${code}`, `Wallet: ${address}`];
  if (chain) expected.push(`Chain ID: ${chain.chainId}`, `Consent registry: ${getAddress(chain.consentRegistry)}`);
  const missing = expected.filter((line) => !lines.includes(line));
  if (missing.length > 0) throw refuseToSign(`an enrollment message without ${missing.map((line) => `"${line}"`).join(', ')}`);
  return message;
}

interface TypedDataAnswer {
  domain: TypedDataDomain;
  types: Record<string, TypedDataField[]>;
  primaryType: string;
  message: Record<string, string>;
}

/** The typed data of a grant or revocation must be that grant or revocation (grantee, purpose, expiry; the local stack's domain). */
export function checkConsentTypedData(answer: Record<string, unknown>, asked: { action: ConsentAction; grantee: string; purpose: ConsentPurpose; expires?: Date }, chain?: PatientApi['chain'], now = Date.now()): TypedDataAnswer {
  const typed = answer as Partial<TypedDataAnswer>;
  const primaryType = asked.action === 'grant' ? 'Consent' : 'Revocation';
  if (typeof typed.domain !== 'object' || typeof typed.types !== 'object' || typeof typed.message !== 'object' || typed.domain === null || typed.types === null || typed.message === null) {
    throw new CommandFailed('POST /patient/consents/$prepare: the answer is not EIP-712 typed data (domain, types, primaryType, message)');
  }
  if (typed.primaryType !== primaryType || !Array.isArray(typed.types[primaryType])) throw refuseToSign(`a ${String(typed.primaryType)} instead of a ${primaryType}`);
  const message = typed.message;
  if (String(message['grantee']).toLowerCase() !== id(asked.grantee)) throw refuseToSign(`a ${primaryType.toLowerCase()} for another grantee than ${asked.grantee}`);
  if (String(message['purpose']).toLowerCase() !== id(asked.purpose)) throw refuseToSign(`a ${primaryType.toLowerCase()} for another purpose than ${asked.purpose}`);
  if (asked.action === 'grant') {
    const expiry = Number(message['expiry']);
    if (asked.expires ? expiry !== Math.floor(asked.expires.getTime() / 1000) : !(expiry * 1000 > now)) {
      throw refuseToSign(`a consent that expires at another time (${Number.isFinite(expiry) ? new Date(expiry * 1000).toISOString() : 'none'})`);
    }
  }
  if (chain) {
    const domain = typed.domain;
    if (Number(domain.chainId) !== chain.chainId || typeof domain.verifyingContract !== 'string' || getAddress(domain.verifyingContract) !== getAddress(chain.consentRegistry)) {
      throw refuseToSign(`for another chain or contract than the local stack's ConsentRegistry (chain ${chain.chainId}, ${getAddress(chain.consentRegistry)})`);
    }
  }
  return typed as TypedDataAnswer;
}

// ---------------------------------------------------------------------------------------------
// The commands

const parseExpires = (text: string): Date => {
  const when = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) ? new Date(text) : undefined;
  if (!when || Number.isNaN(when.getTime())) throw new InvalidArgumentError('It must be an ISO 8601 date and time with a time zone, e.g. 2027-01-31T00:00:00Z.');
  return when;
};

export function patientCli(context: CliContext): Command {
  const patient = new Command('patient')
    .summary("a patient's wallet: new key, enrollment, consents, holders, records, access log, erasure")
    .description(
      "The reference client of a patient's wallet, for development: a secp256k1 private key in a file (`patient new-key`). " +
        'The wallet enrolls with a one-time code from a provider (`fhir-exchange enrollment-code`), becoming the controller of ' +
        "the patient's pseudonym on chain, then grants and revokes providers' and researchers' consent with EIP-712 signatures " +
        'that the exchange relays (the patient holds no ether). No token: the signatures authorise. The key is never printed.',
    );

  const newKey = new Command('new-key')
    .summary('write a new wallet key to a file (mode 0600) and print its address')
    .description(
      'Create a new random secp256k1 private key (an Ethereum wallet) and write it to --out FILE as 0x and 64 hex digits, ' +
        'readable by its owner only (mode 0600). Prints the wallet address as the last line. ' +
        'An existing file is never overwritten without --force: it may be the only copy of a key that controls a patient. ' +
        'For development: a real patient keeps the key in a wallet app.',
    )
    .requiredOption('--out <file>', 'the file to write the key to (created with mode 0600)')
    .option('--force', 'replace --out FILE if it exists (the key it held is lost)')
    .option('--json', 'print {"address", "file"} as JSON');
  newKey.addHelpText('after', '\nExample:\n  npx fhir-exchange patient new-key --out wallet.key\n');
  setAction<{ out: string; force?: boolean; json?: boolean }>(newKey, context, async (_args, options) => {
    const written = await writeNewWalletKey(options.out, { force: options.force === true });
    context.io.stdout(
      options.json
        ? `${JSON.stringify(written, null, 2)}\n`
        : `New wallet key in ${written.file} (mode 0600: keep it secret, whoever holds it controls the patient's consents)\n${written.address}\n`,
    );
  });

  const enroll = new Command('enroll')
    .summary("redeem a provider's enrollment code: this wallet becomes the patient's controller")
    .description(
      "Redeem a one-time enrollment code (from the provider, in person: `fhir-exchange enrollment-code`): the wallet signs the exchange's " +
        'enrollment text (EIP-191 personal_sign; the text is checked to name this code and wallet before it is signed), and the ' +
        "exchange's operator sets this wallet as the controller of the patient's pseudonym on chain. Prints the controller and the transaction.",
    )
    .requiredOption('--code <code>', 'the enrollment code the provider gave, e.g. 7K2M-Q9XD-4HNP-T3VA (single use, valid 15 minutes)')
    .requiredOption('--key <file>', KEY_HELP)
    .option('--json', "print the exchange's answer (controller, transaction, block) as JSON");
  enroll.addHelpText('after', '\nExample:\n  npx fhir-exchange patient enroll --code 7K2M-Q9XD-4HNP-T3VA --key wallet.key\n');
  setAction<EnrollOptions>(enroll, context, async (_args, options) => {
    const wallet = await readWalletKey(options.key);
    const api = await patientApi(options);
    const code = options.code.trim();
    const { message } = await call(api, 'GET', '/patient/enroll', { query: { code, address: wallet.address } });
    const signature = await wallet.signMessage(checkEnrollmentMessage(message, code, wallet.address, api.chain));
    const answer = await call(api, 'POST', '/patient/enroll', { body: { code, address: wallet.address, signature } });
    context.io.stdout(options.json ? `${JSON.stringify(answer, null, 2)}\n` : `Enrolled: this wallet controls the patient's consents\ncontroller   ${String(answer['controller'])}\n${transactionLine(answer)}`);
  });

  const consent = new Command('consent')
    .summary('grant or revoke a consent (EIP-712, relayed by the exchange)')
    .description(
      "Grant or revoke a grantee's consent to the patient's records for a purpose, as the patient's controller: the exchange prepares the " +
        'EIP-712 typed data (with the next nonce), the wallet checks it is what was asked and signs it, and the exchange relays it to the ' +
        'ConsentRegistry contract, which checks the signer. A revocation is in force everywhere within 30 seconds (the consent cache).',
    );
  const consentLeaf = (action: ConsentAction) => {
    const command = new Command(action)
      .requiredOption('--grantee <id>', 'who gets (or loses) access: a provider id (e.g. dev-clinic-b) or a research organisation id (e.g. dev-research)')
      .addOption(new Option('--purpose <purpose>', 'what for: treatment (providers treating the patient) or research').choices(PURPOSES).makeOptionMandatory());
    if (action === 'grant') {
      command.option('--expires <iso>', 'when the consent ends: an ISO 8601 date and time with a time zone, in the future (default: a year from now)', parseExpires);
    }
    command.requiredOption('--key <file>', KEY_HELP).option('--json', "print the exchange's answer (transaction, block) as JSON");
    consent.addCommand(command);
    return setAction<ConsentOptions>(command, context, (_args, options) => consentRun(action, options, context.io));
  };
  consentLeaf('grant')
    .summary('grant a provider or researcher consent for a purpose')
    .description("Grant --grantee consent to the patient's records for --purpose until --expires (a year by default); prints the transaction.")
    .addHelpText('after', '\nExample:\n  npx fhir-exchange patient consent grant --grantee dev-clinic-b --purpose treatment --expires 2027-01-31T00:00:00Z --key wallet.key\n');
  consentLeaf('revoke')
    .summary('revoke a consent')
    .description("Revoke --grantee's consent for --purpose (a 409 if none is in force); prints the transaction.")
    .addHelpText('after', '\nExample:\n  npx fhir-exchange patient consent revoke --grantee dev-clinic-b --purpose treatment --key wallet.key\n');

  const consents = new Command('consents')
    .summary("list the patient's consents: grantee, purpose, status, expiry")
    .description(
      'List the consents of the patient this wallet controls (GET /patient/consents, read from the chain): one line per grantee and purpose, ' +
        'active or inactive (revoked or expired), with the expiry. Only the wallet address is sent.',
    )
    .requiredOption('--key <file>', KEY_HELP)
    .option('--json', 'print the FHIR searchset Bundle of Consent resources as the exchange answered it');
  consents.addHelpText('after', '\nExample:\n  npx fhir-exchange patient consents --key wallet.key\n');
  setAction<KeyOptions>(consents, context, (_args, options) => consentsRun(options, context.io));

  const holders = new Command('holders')
    .summary('list the providers that hold records for the patient (signs in with the wallet)')
    .description(
      'Sign in with the wallet (Sign-In with Ethereum: the EIP-4361 message is checked to name this exchange before it is signed) ' +
        "and list the confirmed providers that hold records for the patient this wallet controls (the record locator on chain): id, name, FHIR endpoint.",
    )
    .requiredOption('--key <file>', KEY_HELP)
    .option('--json', 'print the exchange\'s answer as JSON');
  holders.addHelpText('after', '\nExample:\n  npx fhir-exchange patient holders --key wallet.key\n');
  setAction<KeyOptions>(holders, context, async (_args, options) => holdersRun(await patientApi(options), await readWalletKey(options.key), context.io, options.json === true));

  const records = new Command('records')
    .summary("download the patient's records from every holder as NDJSON files")
    .description(
      "Sign in with the wallet and download the patient's records at every holder (Patient/$everything across holders), " +
        'written to --out DIR as one <Type>.ndjson file per resource type (mode 0600), each resource with meta.source naming its holder.',
    )
    .requiredOption('--key <file>', KEY_HELP)
    .requiredOption('--out <dir>', 'the folder to write <Type>.ndjson files to (created if needed)')
    .option('--json', 'print the files written and their counts as JSON');
  records.addHelpText('after', '\nExample:\n  npx fhir-exchange patient records --key wallet.key --out my-records\n');
  setAction<KeyOptions & { out: string }>(records, context, async (_args, options) => recordsRun(await patientApi(options), await readWalletKey(options.key), context.io, options.out, options.json === true));

  const accessLog = new Command('access-log')
    .summary('who read the patient\'s records, who was refused, and every emergency access')
    .description(
      "Sign in with the wallet and list the patient's access log, newest first: every read by anyone (the patient's own too), every refused request, " +
        'every emergency (break-glass) access with its reason, erasures, recovery codes and vetoes. A pending recovery of the patient is shown first.',
    )
    .requiredOption('--key <file>', KEY_HELP)
    .option('--json', 'print the FHIR searchset Bundle of AuditEvent resources as the exchange answered it');
  accessLog.addHelpText('after', '\nExample:\n  npx fhir-exchange patient access-log --key wallet.key\n');
  setAction<KeyOptions>(accessLog, context, async (_args, options) => accessLogRun(await patientApi(options), await readWalletKey(options.key), context.io, options.json === true, options.key));

  const erase = new Command('erase')
    .summary("erase the patient's records at every holder (irreversible; needs --yes)")
    .description(
      "Sign in with the wallet, sign the exchange's EIP-712 ErasureRequest (checked before it is signed) and have it relayed on chain: " +
        "every holder's records of the patient are crypto-shredded; afterwards reads answer 410 everywhere and no provider stores the patient again. " +
        'Irreversible: nothing is sent without --yes.',
    )
    .requiredOption('--key <file>', KEY_HELP)
    .option('--yes', 'confirm the erasure')
    .option('--json', "print the exchange's answer (transaction, block, holders) as JSON");
  erase.addHelpText('after', '\nExample:\n  npx fhir-exchange patient erase --key wallet.key --yes\n');
  setAction<KeyOptions & { yes?: boolean }>(erase, context, async (_args, options) => eraseRun(await patientApi(options), await readWalletKey(options.key), context.io, options.yes === true, options.json === true));

  for (const command of [enroll, ...consent.commands, consents, holders, records, accessLog, erase]) addPatientTargetOptions(command);
  patient.addCommand(newKey).addCommand(enroll).addCommand(consent).addCommand(consents).addCommand(holders).addCommand(records).addCommand(accessLog).addCommand(erase);
  for (const command of patientRecoveryCommands(context, { patientApi, call, addTargetOptions: addPatientTargetOptions, keyHelp: KEY_HELP })) patient.addCommand(command);
  patient.addHelpText(
    'after',
    '\nA walk-through on the local stack (`npm start`), for a patient provider A holds as Patient/123:\n' +
      '  CODE=$(npx fhir-exchange enrollment-code Patient/123 | tail -n 1)        # at the provider\'s desk\n' +
      '  npx fhir-exchange patient new-key --out wallet.key\n' +
      '  npx fhir-exchange patient enroll --code "$CODE" --key wallet.key\n' +
      '  npx fhir-exchange patient consent grant --grantee dev-clinic-b --purpose treatment --key wallet.key\n' +
      '  npx fhir-exchange patient consents --key wallet.key\n' +
      '  npx fhir-exchange patient holders --key wallet.key\n' +
      '  npx fhir-exchange patient records --key wallet.key --out my-records\n' +
      '  npx fhir-exchange patient access-log --key wallet.key\n' +
      '\nA lost wallet: the provider verifies the patient in person and gives a recovery code; after the delay the new wallet controls the consents:\n' +
      '  CODE=$(npx fhir-exchange recovery-code Patient/123 | tail -n 1)\n' +
      '  npx fhir-exchange patient new-key --out new-wallet.key\n' +
      '  npx fhir-exchange patient recover --code "$CODE" --key new-wallet.key --wait\n' +
      '  npx fhir-exchange patient recovery cancel --key wallet.key                   # the old key, if it was not the patient\n' +
      '\nExit codes: 0 done; 1 the exchange refused (its reason is printed: an unknown or used code, no patient\n' +
      '  controlled by this wallet, a replayed or forged consent...) or asked the wallet to sign something else than\n' +
      '  was asked; 2 usage error or a key file that cannot be read or would be overwritten (nothing sent);\n' +
      '  3 no exchange at the target URL.\n',
  );
  return patient;
}

export function patientCommand(args: string[], io: CliIo = processIo()): Promise<number> {
  return runCommand(patientCli, args, io);
}

async function consentRun(action: ConsentAction, options: ConsentOptions, io: CliIo): Promise<void> {
  if (options.expires && options.expires.getTime() <= Date.now()) throw new UsageError(`--expires ${options.expires.toISOString()} is not in the future`);
  const wallet: Wallet = await readWalletKey(options.key);
  const api = await patientApi(options);
  const asked = { action, grantee: options.grantee, purpose: options.purpose, ...(options.expires ? { expires: options.expires } : {}) };
  const prepared = await call(api, 'POST', '/patient/consents/$prepare', {
    body: { address: wallet.address, action, grantee: options.grantee, purpose: options.purpose, ...(options.expires ? { expires: options.expires.toISOString() } : {}) },
  });
  const typed = checkConsentTypedData(prepared, asked, api.chain);
  const signature = await wallet.signTypedData(typed.domain, { [typed.primaryType]: typed.types[typed.primaryType]! }, typed.message);
  const answer = await call(api, 'POST', '/patient/consents', { body: { primaryType: typed.primaryType, message: typed.message, signature } });
  if (options.json) {
    io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
    return;
  }
  const until = action === 'grant' ? ` until ${new Date(Number(typed.message['expiry']) * 1000).toISOString()}` : '';
  io.stdout(`${action === 'grant' ? 'Granted' : 'Revoked'}: ${options.grantee}, ${options.purpose}${until}\n${transactionLine(answer)}`);
}

interface ConsentEntry {
  resource?: {
    status?: string;
    scope?: { coding?: { code?: string }[] };
    provision?: { period?: { end?: string }; actor?: { reference?: { reference?: string; identifier?: { value?: string } } }[] };
  };
}

async function consentsRun(options: KeyOptions, io: CliIo): Promise<void> {
  const wallet = await readWalletKey(options.key);
  const api = await patientApi(options);
  const bundle = await call(api, 'GET', '/patient/consents', { query: { address: wallet.address } });
  if (options.json) {
    io.stdout(`${JSON.stringify(bundle, null, 2)}\n`);
    return;
  }
  const entries = (Array.isArray(bundle['entry']) ? bundle['entry'] : []) as ConsentEntry[];
  if (entries.length === 0) {
    io.stdout('No consents: this wallet has granted none\n');
    return;
  }
  const rows = [
    ['GRANTEE', 'PURPOSE', 'STATUS', 'EXPIRES'],
    ...entries.map(({ resource }) => {
      const actor = resource?.provision?.actor?.[0]?.reference;
      const grantee = actor?.reference?.replace(/^Organization\//, '') ?? actor?.identifier?.value ?? '?';
      return [grantee, resource?.scope?.coding?.[0]?.code ?? '?', resource?.status ?? '?', resource?.provision?.period?.end ?? '-'];
    }),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) io.stdout(`${row.map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column]!) : cell)).join('  ')}\n`);
}
