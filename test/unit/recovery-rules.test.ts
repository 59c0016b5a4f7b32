import { Wallet } from 'ethers';
import { describe, expect, test } from 'vitest';
import { decide } from '../../functions/access/decide.ts';
import type { Permit, Refusal } from '../../functions/access/decide.ts';
import type { ExchangeAdmin, PatientUser, ProviderSystem } from '../../functions/access/principal.ts';
import { parseScopeList } from '../../functions/access/smart-scopes.ts';
import { auditEvent } from '../../functions/audit/audit-events.ts';
import { checkRecoveryTypedData, pendingRecoveryNotice } from '../../functions/cli/recovery-command.ts';
import { RECOVERY_CANCELLATION_TYPES, RECOVERY_PROPOSAL_TYPES } from '../../functions/ledger/consent-registry.ts';

/**
 * The pieces of a wallet recovery that need no chain: who may ask for a recovery code or veto one
 * (the access decision), how they read in the access log, and what the CLI's wallet agrees to sign.
 */

const scopes = (text: string) => parseScopeList(text).scopes;
const provider = (scope: string): ProviderSystem => ({ kind: 'provider', clientId: 'ehr-a', providerId: 'hospital-a', scopes: scopes(scope), tokenId: 't1', purposeOfUse: 'TREAT' });
const admin: ExchangeAdmin = { kind: 'admin', clientId: 'ops', scopes: scopes('system/*.cruds'), tokenId: 't3' };
const patient: PatientUser = { kind: 'patient', address: '0x0000000000000000000000000000000000000001', sessionId: 's', scopes: [] };
const PSEUDONYM = 'b'.repeat(64);
const CHAIN = { chainId: 31337, consentRegistry: '0x5FbDB2315678afecb367f032d93F642f64180aa3' };

describe('the access decision', () => {
  test('a recovery code: the holder with Patient.u (own-records), opening only its own partition; not without the scope', () => {
    const permit = decide(provider('system/Patient.u'), { kind: 'recovery-code' }, { kind: 'patient', id: '123' }) as Permit;
    expect(permit).toMatchObject({ allowed: true, basis: 'own-records', action: 'recovery-code', partitions: [{ holder: 'hospital-a' }], namespace: 'hospital-a' });
    const refusal = decide(provider('system/Patient.r'), { kind: 'recovery-code' }, { kind: 'patient', id: '123' }) as Refusal;
    expect(refusal.allowed).toBe(false);
    expect(refusal.outcome.outcome.issue[0]!.details!.text).toContain('system/Patient.u');
  });

  test('a veto: the admin, with a reason, opening no records (HOPERAT); refused without a reason, and to anyone else', () => {
    const permit = decide(admin, { kind: 'recovery-veto', reason: 'ticket 4711' }, { kind: 'person', pseudonym: PSEUDONYM, holders: ['hospital-a'] }) as Permit;
    expect(permit).toMatchObject({ allowed: true, basis: 'admin', purposeOfUse: 'HOPERAT', partitions: [], reason: 'ticket 4711' });
    expect(permit.resourceTypes).toEqual(new Set());
    expect(decide(admin, { kind: 'recovery-veto', reason: '  ' }, { kind: 'person', pseudonym: PSEUDONYM, holders: [] }).allowed).toBe(false);
    for (const caller of [provider('system/*.cruds'), patient]) {
      expect(decide(caller, { kind: 'recovery-veto', reason: 'x' }, { kind: 'person', pseudonym: PSEUDONYM, holders: [] }).allowed).toBe(false);
    }
  });

  test('in the access log, a veto names its operation, the admin client and the reason; a recovery code names the provider', () => {
    const veto = auditEvent({ action: 'recovery-veto', clientId: 'ops', resources: [], purpose: 'HOPERAT', basis: 'admin', reason: 'ticket 4711', requestId: 'r1', recordedAt: '2026-12-05T06:00:00.000Z' }, 'Patient/1');
    expect(veto.entity![0]!.detail).toEqual([
      { type: 'operation', valueString: 'recovery-veto' },
      { type: 'basis', valueString: 'admin' },
      { type: 'reason', valueString: 'ticket 4711' },
    ]);
    expect(veto.agent[0]!.who).toEqual({ identifier: { system: 'urn:fhir-exchange:client', value: 'ops' } });
    const code = auditEvent({ action: 'recovery-code', clientId: 'ehr-a', providerId: 'hospital-a', holder: 'hospital-a', resources: ['Patient/1'], purpose: 'TREAT', basis: 'own-records', requestId: 'r2', recordedAt: '2026-12-05T06:00:00.000Z' }, 'Patient/1');
    expect(code.entity![0]!.detail![0]).toEqual({ type: 'operation', valueString: '$recovery-code' });
    expect(code.agent[0]!.who).toEqual({ reference: 'Organization/hospital-a' });
  });
});

describe('what the CLI wallet signs', () => {
  const wallet = Wallet.createRandom();
  const domain = { name: 'fhir-exchange ConsentRegistry', version: '1', chainId: CHAIN.chainId, verifyingContract: CHAIN.consentRegistry };
  const proposal = { domain, types: RECOVERY_PROPOSAL_TYPES, primaryType: 'RecoveryProposal', message: { pseudonym: `0x${PSEUDONYM}`, newController: wallet.address, nonce: '3' } };

  test('a RecoveryProposal naming this wallet, in the local chain consent registry domain', () => {
    expect(checkRecoveryTypedData(proposal, 'RecoveryProposal', wallet.address, CHAIN)).toBe(proposal);
  });

  test('refuses another wallet, another primary type, another chain or contract', () => {
    const other = Wallet.createRandom().address;
    expect(() => checkRecoveryTypedData({ ...proposal, message: { ...proposal.message, newController: other } }, 'RecoveryProposal', wallet.address, CHAIN)).toThrow(`a recovery to another wallet than this one (${other})`);
    expect(() => checkRecoveryTypedData({ ...proposal, primaryType: 'RecoveryCancellation', types: RECOVERY_CANCELLATION_TYPES }, 'RecoveryProposal', wallet.address, CHAIN)).toThrow('a RecoveryCancellation instead of a RecoveryProposal');
    expect(() => checkRecoveryTypedData({ ...proposal, domain: { ...domain, chainId: 1 } }, 'RecoveryProposal', wallet.address, CHAIN)).toThrow('for another chain or contract');
    expect(() => checkRecoveryTypedData({ ...proposal, domain: { ...domain, verifyingContract: other } }, 'RecoveryProposal', wallet.address, CHAIN)).toThrow('nothing was signed or sent');
    expect(() => checkRecoveryTypedData({ message: {} }, 'RecoveryProposal', wallet.address, CHAIN)).toThrow('not EIP-712 typed data');
  });

  test('the notice of a pending recovery tells the controller how to cancel it, and the new wallet when it takes effect', () => {
    const pending = { newController: wallet.address, provider: `0x${'1'.repeat(64)}`, executableAt: '2026-12-08T06:00:00.000Z' };
    expect(pendingRecoveryNotice({ controlled: [{ pseudonym: `0x${PSEUDONYM}`, pending, history: [] }], proposedToThisWallet: [] }, 'old.key')).toBe(
      '!!! A RECOVERY OF YOUR RECORDS IS PENDING !!!\n' +
        `  A provider started a recovery that hands control of your consents to wallet ${wallet.address}\n` +
        '  on 2026-12-08T06:00:00.000Z. If you did not ask for it, cancel it now:\n' +
        '    fhir-exchange patient recovery cancel --key old.key\n\n',
    );
    expect(pendingRecoveryNotice({ controlled: [], proposedToThisWallet: [{ ...pending, executable: true }] }, 'new.key')).toBe(
      'A recovery to this wallet is pending: it takes effect on 2026-12-08T06:00:00.000Z (due now).\n  Then: fhir-exchange patient recovery finalize --key new.key\n\n',
    );
    expect(pendingRecoveryNotice({ controlled: [{ pseudonym: `0x${PSEUDONYM}`, pending: null, history: [] }], proposedToThisWallet: [] }, 'old.key')).toBeUndefined();
  });
});
