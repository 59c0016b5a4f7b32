import type { AuditEvent, Bundle, Consent } from 'fhir/r4.d.ts';
import { getAddress } from 'viem';
import { createSiweMessage } from 'viem/siwe';
import { byId, formatDate, h, replace, table } from './dom.ts';
import { ExchangeError, PatientApi } from './exchange-api.ts';
import type { Grantee, Holder, Session, TypedData } from './exchange-api.ts';
import { summarize } from './record-summary.ts';
import type { RecordRow } from './record-summary.ts';
import { discoverWallets, legacyWallet, personalSign, requestAccount, signTypedData } from './wallet.ts';
import type { Wallet } from './wallet.ts';

/**
 * The patient portal: sign in with a browser wallet (EIP-4361), then who holds my records, my
 * records, who may see them (grant and revoke, signed as EIP-712 typed data), who looked at them,
 * and erasure of everything, everywhere.
 */

const api = new PatientApi();
/** How long a sign-in message is valid for signing (the exchange's nonce lives 5 minutes). */
const SIGN_IN_VALIDITY_MS = 5 * 60 * 1000;
/** Rows shown per record table before "Show all". */
const ROWS_SHOWN = 20;

const state: {
  wallets: Wallet[];
  wallet: Wallet | undefined;
  session: Session | undefined;
  holders: Holder[];
  grantees: Grantee[];
} = { wallets: [], wallet: undefined, session: undefined, holders: [], grantees: [] };

const SECTIONS = ['holders', 'records', 'consents', 'access-log', 'erasure'] as const;

// ---------- status and errors ----------

function announce(text: string): void {
  byId('status').textContent = text;
}

function showError(error: unknown, where = 'alert'): void {
  // A session that expired (15 minutes at most) or was ended elsewhere: back to the sign-in.
  if (error instanceof ExchangeError && error.status === 401 && state.session) {
    sessionEnded();
    return;
  }
  const text = error instanceof ExchangeError ? `${error.message} (HTTP ${error.status})` : error instanceof Error ? messageOfWalletError(error) : String(error);
  const alert = byId(where);
  alert.textContent = text;
  alert.hidden = false;
}

function clearError(where = 'alert'): void {
  const alert = byId(where);
  alert.textContent = '';
  alert.hidden = true;
}

/** EIP-1193 errors carry a code: 4001 is the user's refusal. */
function messageOfWalletError(error: Error): string {
  const code = (error as Error & { code?: number }).code;
  if (code === 4001) return 'You declined the request in your wallet; nothing was changed.';
  return error.message;
}

/** Runs an action from a button: disabled and marked busy meanwhile, errors shown in `where`. */
async function busy(button: HTMLButtonElement, where: string, action: () => Promise<void>): Promise<void> {
  clearError(where);
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    await action();
  } catch (error) {
    showError(error, where);
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

// ---------- sign-in ----------

function renderWallets(): void {
  const wallets = state.wallets.length ? state.wallets : [legacyWallet()].filter((wallet): wallet is Wallet => wallet !== undefined);
  const list = byId('wallets');
  if (wallets.length === 0) {
    replace(list, h('p', {}, 'No browser wallet found. Install a wallet extension (one that supports EIP-6963 or EIP-1193), then reload this page.'));
    return;
  }
  replace(
    list,
    h(
      'ul',
      { class: 'wallets' },
      wallets.map((wallet) => {
        const button = h('button', { type: 'button', class: 'primary' }, wallet.info.icon ? h('img', { src: wallet.info.icon, alt: '', width: 24, height: 24 }) : null, `Sign in with ${wallet.info.name}`);
        button.addEventListener('click', () => void busy(button, 'sign-in-error', () => signIn(wallet)));
        return h('li', {}, button);
      }),
    ),
  );
}

async function signIn(wallet: Wallet): Promise<void> {
  announce('Waiting for your wallet…');
  const account = getAddress(await requestAccount(wallet));
  const [config, nonce] = await Promise.all([api.config(), api.nonce()]);
  const issuedAt = new Date();
  const message = createSiweMessage({
    domain: config.domain,
    address: account,
    statement: config.statement,
    uri: config.uri,
    version: '1',
    chainId: config.chainId,
    nonce,
    issuedAt,
    expirationTime: new Date(issuedAt.getTime() + SIGN_IN_VALIDITY_MS),
  });
  announce('Sign the sign-in message in your wallet…');
  const signature = await personalSign(wallet, account, message);
  await api.signIn(message, signature);
  state.wallet = wallet;
  const session = await api.session();
  if (!session) throw new Error('The exchange did not keep the session: are cookies allowed for this site?');
  await showSignedIn(session);
}

async function signOut(): Promise<void> {
  await api.signOut();
  showSignedOut('Signed out.');
}

function sessionEnded(): void {
  showSignedOut('Your session has ended. Sign in again to continue.');
  const alert = byId('sign-in-error');
  alert.textContent = 'Your session has ended. Sign in again to continue.';
  alert.hidden = false;
}

function showSignedOut(message: string): void {
  state.session = undefined;
  state.wallet = undefined;
  byId('account').replaceChildren();
  for (const id of SECTIONS) byId(id).hidden = true;
  byId('recovery-alert').hidden = true;
  byId('sections-nav').hidden = true;
  byId('not-enrolled').hidden = true;
  byId('sign-in').hidden = false;
  renderWallets();
  announce(message);
  byId('sign-in-title').focus();
}

async function showSignedIn(session: Session): Promise<void> {
  state.session = session;
  byId('sign-in').hidden = true;
  const signOutButton = h('button', { type: 'button' }, 'Sign out');
  signOutButton.addEventListener('click', () => void busy(signOutButton, 'alert', signOut));
  replace(byId('account'), h('p', {}, 'Signed in as ', h('code', { class: 'address' }, session.address)), signOutButton);
  if (!session.enrolled) {
    byId('not-enrolled').hidden = false;
    announce('Signed in. This wallet does not control any patient’s records yet.');
    byId('not-enrolled-title').focus();
    await loadRecovery();
    return;
  }
  byId('sections-nav').hidden = false;
  for (const id of SECTIONS) byId(id).hidden = false;
  announce('Signed in. Loading your records…');
  byId('holders-title').focus();
  await loadAll();
  performance.mark('portal-interactive');
  announce('Signed in. Your records are shown below.');
}

async function loadAll(): Promise<void> {
  await Promise.all([loadHolders().then(loadRecords), loadConsents(), loadAccessLog(), loadRecovery()]);
}

// ---------- a pending recovery ----------

/**
 * A recovery of the patient this wallet controls is shown above everything, with the way to stop
 * it (the wallet signs a RecoveryCancellation); a recovery that hands a patient to this wallet is
 * shown with the time it takes effect, and the button that completes it once due.
 */
async function loadRecovery(): Promise<void> {
  const alert = byId('recovery-alert');
  const body = byId('recovery-alert-body');
  clearError('recovery-error');
  let status;
  try {
    status = await api.recovery();
  } catch (error) {
    alert.hidden = false;
    replace(body);
    showError(error, 'recovery-error');
    return;
  }
  const pending = status.controlled.flatMap((patient) => (patient.pending ? [patient.pending] : []));
  const incoming = status.proposedToThisWallet;
  if (pending.length === 0 && incoming.length === 0) {
    alert.hidden = true;
    replace(body);
    return;
  }
  const parts: HTMLElement[] = [];
  for (const recovery of pending) {
    const cancel = h('button', { type: 'button', class: 'danger' }, 'Cancel this recovery');
    cancel.addEventListener('click', () =>
      void busy(cancel, 'recovery-error', async () => {
        const typed = await api.prepareRecoveryCancellation();
        const signature = await sign(typed, 'recovery cancellation');
        announce('Sending the cancellation to the exchange…');
        const relayed = await api.cancelRecovery(typed.message, signature);
        await loadRecovery();
        announce(`The recovery was cancelled (recorded in block ${relayed.block}). Your wallet stays in control.`);
      }),
    );
    parts.push(
      h(
        'p',
        { class: 'recovery-pending' },
        'A provider started a recovery that hands control of your records and consents to the wallet ',
        h('code', { class: 'address' }, recovery.newController),
        ` on ${formatDate(recovery.executableAt)}. If you did not ask for it, cancel it now: after that time it cannot be undone.`,
      ),
      cancel,
    );
  }
  for (const recovery of incoming) {
    const finalize = h('button', { type: 'button', class: 'primary' }, 'Complete the recovery');
    finalize.toggleAttribute('disabled', !recovery.executable);
    finalize.addEventListener('click', () =>
      void busy(finalize, 'recovery-error', async () => {
        const done = await api.finalizeRecovery(recovery.pseudonym);
        announce(`Recovered: this wallet controls your records now (block ${done.block}). Sign in again to see them.`);
        const session = await api.session();
        byId('not-enrolled').hidden = true;
        if (session) await showSignedIn({ ...session, enrolled: true });
      }),
    );
    parts.push(
      h('p', { class: 'recovery-incoming' }, `A recovery that makes this wallet the controller of your records takes effect on ${formatDate(recovery.executableAt)}${recovery.executable ? ' (now)' : ''}.`),
      finalize,
    );
  }
  replace(body, ...parts);
  alert.hidden = false;
}

// ---------- who holds my records ----------

function holderName(source: string): string {
  const holder = state.holders.find((candidate) => source.endsWith(`/Organization/${candidate.providerId}`));
  return holder?.name ?? (source || 'unknown');
}

async function loadHolders(): Promise<void> {
  const body = byId('holders-body');
  clearError('holders-error');
  try {
    state.holders = await api.holders();
  } catch (error) {
    replace(body);
    showError(error, 'holders-error');
    return;
  }
  if (state.holders.length === 0) {
    replace(body, h('p', {}, 'No provider holds records about you at this exchange.'));
    return;
  }
  replace(
    body,
    table(
      `${state.holders.length} ${state.holders.length === 1 ? 'provider holds' : 'providers hold'} your records`,
      ['Provider', 'Identifier', 'FHIR endpoint'],
      state.holders.map((holder) => [holder.name, h('code', {}, holder.providerId), h('code', { class: 'endpoint' }, holder.fhirEndpoint)]),
    ),
  );
}

// ---------- my records ----------

async function loadRecords(): Promise<void> {
  const body = byId('records-body');
  clearError('records-error');
  let bundle: Bundle;
  try {
    bundle = await api.records();
  } catch (error) {
    replace(body);
    showError(error, 'records-error');
    return;
  }
  const summary = summarize(bundle);
  if (summary.total === 0) {
    replace(body, h('p', {}, 'No records.'));
    return;
  }
  const people = summary.people.map((person) =>
    h('li', {}, h('strong', {}, person.name), ` — born ${person.birthDate ?? 'unknown'}, ${person.gender ?? 'gender unknown'} (at ${holderName(person.source)})`),
  );
  const raw = h('pre', { class: 'raw', tabindex: 0 });
  const details = h('details', { class: 'raw-view' }, h('summary', {}, `Raw FHIR: all ${summary.total} resources`), raw);
  details.addEventListener('toggle', () => {
    if (details.open && !raw.textContent) raw.textContent = JSON.stringify(bundle, null, 2);
  });
  replace(
    body,
    h('h3', { id: 'about-title' }, 'About you'),
    h('ul', { 'aria-labelledby': 'about-title' }, people),
    recordTable('Conditions', summary.conditions),
    recordTable('Medications', summary.medications),
    recordTable('Immunizations', summary.immunizations),
    recordTable('Encounters', summary.encounters),
    h(
      'p',
      { class: 'downloads' },
      'Download everything: ',
      h('a', { href: '/patient/records?_outputFormat=fhir%2Bjson', download: 'my-records.json' }, 'FHIR Bundle (JSON)'),
      ' · ',
      h('a', { href: '/patient/records?_outputFormat=ndjson', download: 'my-records.ndjson' }, 'NDJSON'),
    ),
    details,
  );
}

function recordTable(title: string, rows: RecordRow[]): HTMLElement {
  const id = `records-${title.toLowerCase()}`;
  const section = h('section', { 'aria-labelledby': `${id}-title`, class: 'record-group' }, h('h3', { id: `${id}-title` }, `${title} (${rows.length})`));
  if (rows.length === 0) {
    section.append(h('p', {}, `No ${title.toLowerCase()} recorded.`));
    return section;
  }
  const tbody = h('tbody');
  const render = (count: number) =>
    replace(
      tbody,
      rows.slice(0, count).flatMap((row, index) => {
        const rawId = `${id}-raw-${index}`;
        const pre = h('pre', { class: 'raw', id: rawId, hidden: true, tabindex: 0 });
        const toggle = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': rawId }, 'FHIR');
        toggle.setAttribute('aria-label', `Raw FHIR of ${row.title}`);
        toggle.addEventListener('click', () => {
          const open = toggle.getAttribute('aria-expanded') !== 'true';
          if (open && !pre.textContent) pre.textContent = JSON.stringify(row.resource, null, 2);
          pre.hidden = !open;
          toggle.setAttribute('aria-expanded', String(open));
        });
        return [
          h('tr', {}, h('td', {}, row.title), h('td', {}, formatDate(row.date)), h('td', {}, row.status ?? '—'), h('td', {}, holderName(row.source)), h('td', {}, toggle)),
          h('tr', { class: 'raw-row' }, h('td', { colspan: 5 }, pre)),
        ];
      }),
    );
  render(ROWS_SHOWN);
  section.append(
    h(
      'table',
      {},
      h('caption', { class: 'visually-hidden' }, title),
      h('thead', {}, h('tr', {}, ['What', 'Date', 'Status', 'Held by', 'View'].map((column) => h('th', { scope: 'col' }, column)))),
      tbody,
    ),
  );
  if (rows.length > ROWS_SHOWN) {
    const more = h('button', { type: 'button' }, `Show all ${rows.length} ${title.toLowerCase()}`);
    more.addEventListener('click', () => {
      render(rows.length);
      more.remove();
    });
    section.append(more);
  }
  return section;
}

// ---------- consents ----------

const PURPOSES: Record<string, string> = { TREAT: 'treatment', HRESCH: 'research' };

function granteeOf(consent: Consent): string | undefined {
  const reference = consent.provision?.actor?.[0]?.reference?.reference;
  return reference?.startsWith('Organization/') ? reference.slice('Organization/'.length) : undefined;
}

function granteeName(id: string | undefined): string {
  if (!id) return 'an organisation this exchange no longer knows';
  return state.grantees.find((grantee) => grantee.id === id)?.name ?? state.holders.find((holder) => holder.providerId === id)?.name ?? id;
}

async function loadConsents(): Promise<void> {
  const body = byId('consents-body');
  clearError('consents-error');
  let consents: Consent[];
  try {
    [consents, state.grantees] = await Promise.all([api.consents(), api.grantees()]);
  } catch (error) {
    replace(body);
    showError(error, 'consents-error');
    return;
  }
  const select = byId<HTMLSelectElement>('grant-grantee');
  const chosen = select.value;
  replace(
    select,
    state.grantees.map((grantee) => h('option', { value: grantee.id, selected: grantee.id === chosen }, `${grantee.name} (${grantee.kind === 'research' ? 'research' : 'provider'})`)),
  );
  if (consents.length === 0) {
    replace(body, h('p', {}, 'You have not given anyone consent. Only the providers that hold your records can read them.'));
    return;
  }
  replace(
    body,
    table(
      'Consents you have given',
      ['Who', 'Purpose', 'Status', 'Until', 'Action'],
      consents.map((consent) => {
        const grantee = granteeOf(consent);
        const purpose = PURPOSES[consent.provision?.purpose?.[0]?.code ?? ''] ?? consent.scope?.coding?.[0]?.code ?? 'treatment';
        let action: HTMLElement | string = '—';
        if (consent.status === 'active' && grantee) {
          const revoke = h('button', { type: 'button', class: 'danger' }, 'Revoke');
          revoke.setAttribute('aria-label', `Revoke ${purpose} access of ${granteeName(grantee)}`);
          revoke.addEventListener('click', () => void busy(revoke, 'consents-error', () => changeConsent('revoke', grantee, purpose)));
          action = revoke;
        }
        return [granteeName(grantee), purpose, h('span', { class: `badge ${consent.status}` }, consent.status === 'active' ? 'active' : 'not active'), formatDate(consent.provision?.period?.end), action];
      }),
    ),
  );
}

/** The wallet to sign with: the one signed in with, else the first that holds the session's account. */
async function signingWallet(): Promise<{ wallet: Wallet; address: string }> {
  const address = state.session?.address;
  if (!address) throw new Error('Sign in first.');
  const candidates = state.wallet ? [state.wallet] : [...state.wallets, legacyWallet()].filter((wallet): wallet is Wallet => wallet !== undefined);
  for (const wallet of candidates) {
    const account = await requestAccount(wallet);
    if (account.toLowerCase() === address.toLowerCase()) {
      state.wallet = wallet;
      return { wallet, address };
    }
  }
  throw new Error(`Select the account ${address} in your wallet, then try again.`);
}

async function sign(typed: TypedData, what: string): Promise<string> {
  const { wallet, address } = await signingWallet();
  announce(`Review and sign the ${what} in your wallet…`);
  return signTypedData(wallet, address, typed);
}

async function changeConsent(action: 'grant' | 'revoke', grantee: string, purpose: string, expires?: string): Promise<void> {
  const typed = await api.prepareConsent({ action, grantee, purpose, ...(expires ? { expires } : {}) });
  const signature = await sign(typed, action === 'grant' ? 'consent' : 'revocation');
  announce('Sending it to the exchange…');
  const relayed = await api.relayConsent(typed.primaryType, typed.message, signature);
  await loadConsents();
  announce(`${action === 'grant' ? 'Consent given to' : 'Consent revoked for'} ${granteeName(grantee)} (${purpose}), recorded in block ${relayed.block}.`);
}

function wireGrantForm(): void {
  const form = byId<HTMLFormElement>('grant-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const button = byId<HTMLButtonElement>('grant-submit');
    const grantee = byId<HTMLSelectElement>('grant-grantee').value;
    const purpose = byId<HTMLSelectElement>('grant-purpose').value;
    const until = byId<HTMLInputElement>('grant-expires').value;
    void busy(button, 'consents-error', async () => {
      if (!grantee) throw new Error('Choose who may see your records.');
      const expires = until ? new Date(`${until}T23:59:59Z`).toISOString() : undefined;
      if (expires && Date.parse(expires) <= Date.now()) throw new Error('The end date must be in the future.');
      await changeConsent('grant', grantee, purpose, expires);
    });
  });
}

// ---------- access log ----------

const EMERGENCY_PURPOSES = new Set(['BTG', 'ETREAT']);

function isEmergency(event: AuditEvent): boolean {
  return (event.purposeOfEvent ?? []).some((purpose) => purpose.coding?.some((coding) => EMERGENCY_PURPOSES.has(coding.code ?? '')));
}

function whoOf(event: AuditEvent): string {
  const who = event.agent.find((agent) => agent.requestor)?.who;
  const reference = who?.reference;
  if (reference?.startsWith('Organization/')) return granteeName(reference.slice('Organization/'.length));
  if (who?.identifier?.value === 'patient' || who?.identifier?.system === 'urn:fhir-exchange:wallet') return 'You';
  return who?.display ?? who?.identifier?.value ?? 'unknown';
}

function detailOf(event: AuditEvent, type: string): string | undefined {
  return event.entity?.flatMap((entity) => entity.detail ?? []).find((detail) => detail.type === type)?.valueString;
}

/** The access decision's basis (functions/access/decide.ts), in words. */
const BASES: Record<string, string> = { consent: 'your consent', 'own-records': 'records it holds itself', 'patient-self': 'your own sign-in', admin: 'an administrator', 'research-consent': 'your research consent' };

const ACTIONS: Record<string, string> = { read: 'read a record', vread: 'read a record version', 'search-type': 'searched', operation: 'read your records', delete: 'erased records' };

async function loadAccessLog(): Promise<void> {
  const body = byId('access-log-body');
  clearError('access-log-error');
  let events: AuditEvent[];
  try {
    events = await api.accessLog();
  } catch (error) {
    replace(body);
    showError(error, 'access-log-error');
    return;
  }
  if (events.length === 0) {
    replace(body, h('p', {}, 'Nobody has looked at your records.'));
    return;
  }
  const emergencies = events.filter(isEmergency).length;
  replace(
    body,
    emergencies ? h('p', { class: 'emergency-note' }, h('strong', {}, `${emergencies} emergency ${emergencies === 1 ? 'access' : 'accesses'}`), ' without your consent (break-glass), highlighted below with the reason given.') : null,
    table(
      `${events.length} accesses, newest first`,
      ['When', 'Who', 'What', 'Outcome', 'Why'],
      events.map((event) => {
        const interaction = event.subtype?.find((coding) => coding.system === 'http://hl7.org/fhir/restful-interaction')?.code ?? '';
        const holder = detailOf(event, 'holder');
        const refused = event.outcome !== '0';
        const emergency = isEmergency(event);
        const reason = detailOf(event, 'reason');
        return [
          formatDate(event.recorded),
          whoOf(event),
          `${ACTIONS[interaction] ?? interaction}${holder ? ` at ${granteeName(holder)}` : ''}`,
          h('span', { class: `badge ${refused ? 'refused' : 'allowed'}` }, refused ? 'refused' : 'allowed'),
          emergency ? [h('strong', { class: 'badge emergency' }, 'Emergency access'), reason ? ` ${reason}` : ''] : refused ? 'no consent or permission' : (BASES[detailOf(event, 'basis') ?? ''] ?? detailOf(event, 'basis') ?? ''),
        ];
      }),
      { rowClass: (index) => (isEmergency(events[index]!) ? 'emergency' : events[index]!.outcome !== '0' ? 'refused' : undefined) },
    ),
  );
}

// ---------- erasure ----------

const ERASE_WORD = 'ERASE';

function wireErasure(): void {
  const understood = byId<HTMLInputElement>('erase-understood');
  const typed = byId<HTMLInputElement>('erase-confirm');
  const button = byId<HTMLButtonElement>('erase-submit');
  const update = () => (button.disabled = !(understood.checked && typed.value.trim() === ERASE_WORD));
  understood.addEventListener('change', update);
  typed.addEventListener('input', update);
  update();
  byId<HTMLFormElement>('erase-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (button.disabled) return;
    void busy(button, 'erasure-error', async () => {
      const request = await api.prepareErasure();
      const signature = await sign(request, 'erasure request');
      announce('Erasing your records at every provider…');
      const erased = await api.erase(request.message, signature);
      understood.checked = false;
      typed.value = '';
      replace(byId('erasure-result'), h('p', { class: 'done' }, `Erased at ${erased.holders} ${erased.holders === 1 ? 'provider' : 'providers'} (recorded in block ${erased.block}). Their copies can no longer be decrypted.`));
      announce(`Your records were erased at ${erased.holders} providers.`);
      await loadAll();
    }).finally(update);
  });
}

// ---------- start ----------

async function start(): Promise<void> {
  state.wallets = discoverWallets((wallets) => {
    state.wallets = wallets;
    if (!state.session) renderWallets();
  });
  renderWallets();
  wireGrantForm();
  wireErasure();
  const refresh = byId<HTMLButtonElement>('access-log-refresh');
  refresh.addEventListener('click', () =>
    void busy(refresh, 'access-log-error', async () => {
      await loadAccessLog();
      announce('Access log refreshed.');
    }),
  );
  // Interactive: the wallet buttons are there and the session is known (the benchmark reads these marks).
  const session = await api.session();
  if (!session) performance.mark('portal-interactive');
  else await showSignedIn(session);
  document.body.dataset['ready'] = 'true';
}

start().catch((error: unknown) => showError(error));
