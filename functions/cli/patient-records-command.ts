import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getAddress } from 'ethers';
import type { TypedDataDomain, TypedDataField, Wallet } from 'ethers';
import { CommandFailed, UsageError } from './cli-command.ts';
import type { CliIo } from './cli-command.ts';
import { exchangeFetch } from './exchange-target.ts';
import { SignInFailed, signInWithEthereum } from './patient-sign-in.ts';
import { pendingRecoveryNotice } from './recovery-command.ts';
import type { PatientSessionAnswer, SignInConfig } from './patient-sign-in.ts';

/**
 * `fhir-exchange patient holders|records|access-log|erase --key FILE`: the signed-in side of the
 * patient API. The wallet signs in through the exchange's own Sign-In with Ethereum endpoints
 * (GET /patient/config and /patient/auth/nonce, an EIP-4361 message checked to name this exchange
 * before it is signed, POST /patient/auth/siwe) and uses the bearer session it gets:
 * - `holders`: GET /patient/holders, as a table;
 * - `records --out DIR`: GET /patient/records as NDJSON, written as one `<Type>.ndjson` file per
 *   resource type (as a Bulk Data export is laid out), with a count per type;
 * - `access-log`: GET /patient/access-log, as a table, emergency accesses marked;
 * - `erase --yes`: POST /patient/erasure/$prepare, the EIP-712 ErasureRequest checked and signed,
 *   POST /patient/erasure. Irreversible: without --yes nothing is sent.
 * A wallet that controls no patient gets nothing: an empty list, or the exchange's refusal (exit 1).
 */

/** The patient API as these commands reach it (patient-command.ts resolves it). */
export interface SignedInApi {
  origin: string;
  target: { fhirBase: string; stackFile?: string };
  chain?: { chainId: number; consentRegistry: string };
}

interface Answer {
  status: number;
  body: unknown;
  text: string;
  contentType: string;
}

async function request(api: SignedInApi, method: 'GET' | 'POST', path: string, options: { token?: string; body?: unknown; accept?: string } = {}): Promise<Answer> {
  const response = await exchangeFetch(api.target, `${api.origin}${path}`, {
    method,
    headers: {
      Accept: options.accept ?? 'application/json',
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text, contentType: response.headers.get('content-type') ?? '' };
}

function failure(method: string, path: string, status: number, document: unknown): CommandFailed {
  const issues = ((document as { issue?: { details?: { text?: string }; expression?: string[] }[] } | undefined)?.issue ?? []).map(
    (issue) => `${issue.details?.text ?? ''}${issue.expression?.length ? ` (${issue.expression.join(', ')})` : ''}`,
  );
  return new CommandFailed(`${method} ${path} failed with HTTP ${status}${issues.length ? `: ${issues.join('; ')}` : ''}`);
}

async function expectOk(api: SignedInApi, method: 'GET' | 'POST', path: string, options: Parameters<typeof request>[3] = {}): Promise<Answer> {
  const answer = await request(api, method, path, options);
  if (answer.status !== 200) throw failure(method, path, answer.status, answer.body);
  return answer;
}

/**
 * Signs `wallet` in at `api`: the message must name the exchange the CLI talks to (its host and
 * origin, and on the local stack its chain), or nothing is signed.
 */
export async function signIn(api: SignedInApi, wallet: Wallet): Promise<PatientSessionAnswer> {
  const expectedHost = new URL(api.origin).host;
  try {
    return await signInWithEthereum(async (method, path, body) => {
      const answer = await request(api, method, path, body === undefined ? {} : { body });
      if (path === '/patient/config' && answer.status === 200) {
        const config = answer.body as Partial<SignInConfig>;
        if (config.domain !== expectedHost || config.uri !== api.origin || (api.chain && config.chainId !== api.chain.chainId)) {
          throw new CommandFailed(`the exchange asked this wallet to sign in to ${String(config.domain)} (chain ${String(config.chainId)}), not to ${expectedHost}; nothing was signed`);
        }
      }
      return { status: answer.status, body: answer.body };
    }, wallet);
  } catch (error) {
    if (error instanceof SignInFailed) throw failure(error.path === '/patient/auth/siwe' ? 'POST' : 'GET', error.path, error.status, error.body);
    throw error;
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `${row.map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column]!) : cell)).join('  ')}\n`).join('');
}

export async function holdersRun(api: SignedInApi, wallet: Wallet, io: CliIo, json: boolean): Promise<void> {
  const session = await signIn(api, wallet);
  const { body } = await expectOk(api, 'GET', '/patient/holders', { token: session.access_token });
  if (json) {
    io.stdout(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  const holders = ((body as { holders?: { providerId: string; name: string; fhirEndpoint: string }[] }).holders ?? []);
  if (holders.length === 0) {
    io.stdout('No holders: no provider holds records for a patient this wallet controls\n');
    return;
  }
  io.stdout(table([['PROVIDER', 'NAME', 'FHIR ENDPOINT'], ...holders.map((holder) => [holder.providerId, holder.name, holder.fhirEndpoint])]));
}

/** A resource type as a file name: only FHIR type names (letters) become files. */
const FILE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;

export async function recordsRun(api: SignedInApi, wallet: Wallet, io: CliIo, out: string, json: boolean): Promise<void> {
  const session = await signIn(api, wallet);
  const answer = await expectOk(api, 'GET', '/patient/records?_outputFormat=ndjson', { token: session.access_token, accept: 'application/fhir+ndjson' });
  const byType = new Map<string, string[]>();
  for (const line of answer.text.split('\n')) {
    if (line.trim() === '') continue;
    let type: unknown;
    try {
      type = (JSON.parse(line) as { resourceType?: unknown }).resourceType;
    } catch {
      throw new CommandFailed('GET /patient/records: the answer is not NDJSON (one FHIR resource per line)');
    }
    if (typeof type !== 'string' || !FILE_TYPE.test(type)) throw new CommandFailed('GET /patient/records: a line is not a FHIR resource');
    byType.set(type, [...(byType.get(type) ?? []), line]);
  }
  try {
    await mkdir(out, { recursive: true, mode: 0o700 });
    for (const [type, lines] of byType) await writeFile(join(out, `${type}.ndjson`), `${lines.join('\n')}\n`, { mode: 0o600 });
  } catch (error) {
    throw new UsageError(`cannot write the records to ${out} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { showHelp: false });
  }
  const counts = [...byType].map(([type, lines]) => ({ type, file: join(out, `${type}.ndjson`), count: lines.length })).sort((a, b) => a.type.localeCompare(b.type));
  if (json) {
    io.stdout(`${JSON.stringify({ out, files: counts }, null, 2)}\n`);
    return;
  }
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) {
    io.stdout(`No records: nothing is held for this patient (nothing written to ${out})\n`);
    return;
  }
  io.stdout(table([['TYPE', 'RESOURCES', 'FILE'], ...counts.map((entry) => [entry.type, String(entry.count), entry.file])]));
  io.stdout(`${total} resources from every holder, written to ${out} (mode 0600: they are health records)\n`);
}

interface LoggedEvent {
  recorded?: string;
  action?: string;
  outcome?: string;
  subtype?: { code?: string }[];
  purposeOfEvent?: { coding?: { code?: string }[] }[];
  agent?: { who?: { reference?: string; identifier?: { value?: string } } }[];
  entity?: { detail?: { type?: string; valueString?: string }[] }[];
}

export async function accessLogRun(api: SignedInApi, wallet: Wallet, io: CliIo, json: boolean, keyFile = 'FILE'): Promise<void> {
  const session = await signIn(api, wallet);
  const [{ body }, recovery] = await Promise.all([
    expectOk(api, 'GET', '/patient/access-log?_count=200', { token: session.access_token }),
    expectOk(api, 'GET', '/patient/recovery', { token: session.access_token }),
  ]);
  // A pending recovery comes first, where it cannot be missed (on stderr with --json, which stays the Bundle).
  const notice = pendingRecoveryNotice(recovery.body as Parameters<typeof pendingRecoveryNotice>[0], keyFile);
  if (json) {
    if (notice) io.stderr(notice);
    io.stdout(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  if (notice) io.stdout(notice);
  const events = (((body as { entry?: { resource?: LoggedEvent }[] }).entry ?? []).map((entry) => entry.resource ?? {}));
  if (events.length === 0) {
    io.stdout('The access log is empty\n');
    return;
  }
  const detail = (event: LoggedEvent, type: string) => event.entity?.[0]?.detail?.find((item) => item.type === type)?.valueString ?? '';
  const rows = events.map((event) => {
    const who = event.agent?.[0]?.who;
    const purposes = (event.purposeOfEvent ?? []).flatMap((purpose) => (purpose.coding ?? []).map((coding) => coding.code ?? ''));
    const emergency = purposes.includes('BTG');
    return [
      event.recorded ?? '',
      who?.reference?.replace(/^Organization\//, '') ?? who?.identifier?.value ?? '?',
      detail(event, 'operation') || (event.subtype?.at(-1)?.code ?? event.action ?? ''),
      detail(event, 'holder') || '-',
      detail(event, 'basis'),
      purposes.join(','),
      event.outcome === '0' ? (emergency ? 'EMERGENCY' : 'allowed') : 'REFUSED',
      detail(event, 'reason'),
    ];
  });
  io.stdout(table([['WHEN', 'WHO', 'WHAT', 'HOLDER', 'BASIS', 'PURPOSE', 'OUTCOME', 'REASON'], ...rows]));
}

interface ErasureTypedData {
  domain: TypedDataDomain;
  types: Record<string, TypedDataField[]>;
  primaryType: string;
  message: Record<string, string>;
}

/** The typed data must be an erasure request (and, on the local stack, in its ConsentRegistry's domain) before it is signed. */
export function checkErasureTypedData(body: unknown, chain?: SignedInApi['chain']): ErasureTypedData {
  const typed = body as Partial<ErasureTypedData> | undefined;
  const refuse = (what: string) => new CommandFailed(`the exchange asked this wallet to sign ${what}; nothing was signed or sent`);
  if (!typed || typeof typed.domain !== 'object' || typeof typed.types !== 'object' || typeof typed.message !== 'object' || typed.domain === null || typed.types === null || typed.message === null) {
    throw new CommandFailed('POST /patient/erasure/$prepare: the answer is not EIP-712 typed data (domain, types, primaryType, message)');
  }
  const fields = typed.types['ErasureRequest']?.map((field) => `${field.type} ${field.name}`).join(',');
  if (typed.primaryType !== 'ErasureRequest' || fields !== 'bytes32 pseudonym,uint256 nonce' || Object.keys(typed.types).length !== 1) throw refuse(`a ${String(typed.primaryType)} instead of an ErasureRequest`);
  if (chain && (Number(typed.domain.chainId) !== chain.chainId || typeof typed.domain.verifyingContract !== 'string' || getAddress(typed.domain.verifyingContract) !== getAddress(chain.consentRegistry))) {
    throw refuse(`for another chain or contract than the local stack's ConsentRegistry (chain ${chain.chainId})`);
  }
  return typed as ErasureTypedData;
}

export async function eraseRun(api: SignedInApi, wallet: Wallet, io: CliIo, yes: boolean, json: boolean): Promise<void> {
  if (!yes) {
    throw new UsageError("erasing is irreversible: every holder's records of the patient this wallet controls are destroyed. Give --yes to erase", { showHelp: false });
  }
  const session = await signIn(api, wallet);
  const prepared = await expectOk(api, 'POST', '/patient/erasure/$prepare', { token: session.access_token, body: {} });
  const typed = checkErasureTypedData(prepared.body, api.chain);
  const signature = await wallet.signTypedData(typed.domain, { ErasureRequest: typed.types['ErasureRequest']! }, typed.message);
  const { body } = await expectOk(api, 'POST', '/patient/erasure', { token: session.access_token, body: { primaryType: 'ErasureRequest', message: typed.message, signature } });
  if (json) {
    io.stdout(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  const answer = body as { transaction?: string; block?: number; holders?: number };
  io.stdout(`Erased: the records at ${String(answer.holders)} holder(s) can no longer be read by anyone\ntransaction  ${String(answer.transaction)} (block ${String(answer.block)})\n`);
}
