import { describe, expect, test } from 'vitest';
import { auditedDecision, decide, opensPartition } from '../../functions/access/decide.ts';
import type { Decision, Permit, Refusal } from '../../functions/access/decide.ts';
import type { PatientUser, ProviderSystem } from '../../functions/access/principal.ts';
import { parseScopeList } from '../../functions/access/smart-scopes.ts';

/** patient-self: the wallet that controls the pseudonym on chain, and nobody else (DESIGN.md "Access"). */

const ADDRESS = '0x52908400098527886E0F7030069857D2E4169EE7';
const patient: PatientUser = { kind: 'patient', address: ADDRESS, sessionId: 's', scopes: [] };
const PSEUDONYM = 'c'.repeat(64);
const person = { kind: 'person', pseudonym: PSEUDONYM, holders: ['hospital-a', 'clinic-b'] } as const;
const provider: ProviderSystem = { kind: 'provider', clientId: 'ehr', providerId: 'hospital-a', scopes: parseScopeList('system/*.cruds').scopes, tokenId: 't', purposeOfUse: 'TREAT' };

const permitOf = (decision: Decision) => {
  expect(decision.allowed).toBe(true);
  return decision as Permit;
};
const refusalText = (decision: Decision) => {
  expect(decision.allowed).toBe(false);
  const outcome = (decision as Refusal).outcome;
  expect(outcome.status).toBe(403);
  return outcome.outcome.issue[0]!.details!.text!;
};

describe('patient-self', () => {
  test("the controller reads every holder's partition of their pseudonym, every type, at their own request (PATRQT)", () => {
    const permit = permitOf(decide(patient, { kind: 'everything' }, person, { controller: ADDRESS.toLowerCase() }));
    expect(permit).toMatchObject({ basis: 'patient-self', purposeOfUse: 'PATRQT', action: 'everything', resourceTypes: 'all' });
    expect(permit.partitions).toEqual([
      { holder: 'hospital-a', pseudonym: PSEUDONYM },
      { holder: 'clinic-b', pseudonym: PSEUDONYM },
    ]);
    expect(opensPartition(permit, 'clinic-b', 'd'.repeat(64))).toBe(false);
    // No client or provider: the audit entry names the patient as requestor.
    expect(auditedDecision(permit)).toEqual({ basis: 'patient-self', purpose: 'PATRQT' });
  });

  test("the controller searches their access log and consents, and erases themselves everywhere with the request's reason", () => {
    expect(permitOf(decide(patient, { kind: 'search', resourceType: 'AuditEvent' }, person, { controller: ADDRESS })).basis).toBe('patient-self');
    const erasure = permitOf(decide(patient, { kind: 'erase-person', reason: 'at the patient\'s request' }, person, { controller: ADDRESS }));
    expect(erasure).toMatchObject({ action: 'erase-person', reason: "at the patient's request", purposeOfUse: 'PATRQT' });
  });

  test('another wallet, no controller, or no pseudonym at all: refused', () => {
    expect(refusalText(decide(patient, { kind: 'everything' }, person, { controller: '0x0000000000000000000000000000000000000002' }))).toContain('does not control');
    expect(refusalText(decide(patient, { kind: 'everything' }, person, {}))).toContain('does not control');
    expect(refusalText(decide(patient, { kind: 'everything' }, { kind: 'person', pseudonym: '', holders: [] }, { controller: ADDRESS }))).toContain('does not control');
  });

  test('a patient reaches nothing by a provider\'s ids, nor verifies, nor does a holder\'s erasure', () => {
    expect(refusalText(decide(patient, { kind: 'read', resourceType: 'Patient' }, { kind: 'resource', type: 'Patient', id: '1' }, { controller: ADDRESS }))).toContain('patient API');
    expect(decide(patient, { kind: 'verify', resourceType: 'Patient' }, person, { controller: ADDRESS }).allowed).toBe(false);
    expect(decide(patient, { kind: 'erase' }, person, { controller: ADDRESS }).allowed).toBe(false);
  });

  test('a provider is never patient-self, even when the facts name a controller', () => {
    expect(decide(provider, { kind: 'erase-person', reason: 'x' }, person, { controller: ADDRESS }).allowed).toBe(false);
    const read = decide(provider, { kind: 'everything' }, person, { controller: ADDRESS });
    expect(read.allowed).toBe(false);
  });
});
