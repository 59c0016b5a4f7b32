import { describe, expect, test } from 'vitest';
import { allowsType, auditedDecision, decide, opensPartition, readableTypes, requirePermit } from '../../functions/access/decide.ts';
import type { Decision, Permit, Refusal } from '../../functions/access/decide.ts';
import type { ExchangeAdmin, PatientUser, ProviderSystem, ResearchSystem } from '../../functions/access/principal.ts';
import { parseScopeList } from '../../functions/access/smart-scopes.ts';

const scopes = (text: string) => parseScopeList(text).scopes;
const provider = (scope = 'system/*.cruds', purposeOfUse: ProviderSystem['purposeOfUse'] = 'TREAT'): ProviderSystem => ({ kind: 'provider', clientId: 'ehr-a', providerId: 'hospital-a', scopes: scopes(scope), tokenId: 't1', purposeOfUse });
const research: ResearchSystem = { kind: 'research', clientId: 'portal', scopes: scopes('system/*.rs'), tokenId: 't2', purposeOfUse: 'HRESCH' };
const admin: ExchangeAdmin = { kind: 'admin', clientId: 'ops', scopes: scopes('system/*.cruds'), tokenId: 't3' };
const patient: PatientUser = { kind: 'patient', address: '0x0000000000000000000000000000000000000001', sessionId: 's', scopes: [] };
const PSEUDONYM = 'a'.repeat(64);
const person = { kind: 'person', pseudonym: PSEUDONYM, holders: ['hospital-a', 'hospital-b'] } as const;

function permitOf(decision: Decision): Permit {
  expect(decision.allowed).toBe(true);
  return decision as Permit;
}
function refusalOf(decision: Decision): { status: number; text: string } {
  expect(decision.allowed).toBe(false);
  const outcome = (decision as Refusal).outcome;
  const issue = outcome.outcome.issue[0]!;
  expect(issue.code).toBe('forbidden');
  return { status: outcome.status, text: issue.diagnostics ?? issue.details?.text ?? '' };
}

describe('own-records: a provider system and what its provider sent', () => {
  test('a read permits exactly the holder\'s own partition and the type read, with the token\'s purpose', () => {
    const permit = permitOf(decide(provider('system/*.cruds', 'ETREAT'), { kind: 'read', resourceType: 'Observation' }, { kind: 'resource', type: 'Observation', id: '1' }));
    expect(permit).toMatchObject({ basis: 'own-records', purposeOfUse: 'ETREAT', action: 'read', clientId: 'ehr-a', providerId: 'hospital-a', namespace: 'hospital-a', partitions: [{ holder: 'hospital-a' }] });
    expect([...(permit.resourceTypes as Set<string>)]).toEqual(['Observation']);
    expect(opensPartition(permit, 'hospital-a', PSEUDONYM)).toBe(true);
    expect(opensPartition(permit, 'hospital-b', PSEUDONYM)).toBe(false);
    expect(allowsType(permit, 'Observation')).toBe(true);
    expect(allowsType(permit, 'Condition')).toBe(false);
  });

  test('read, vread and $verify need r on the type; the refusal names the missing scope', () => {
    for (const kind of ['read', 'vread', 'verify'] as const) {
      const refusal = refusalOf(decide(provider('system/Patient.r'), { kind, resourceType: 'Observation' }, { kind: 'resource', type: 'Observation', id: '1' }));
      expect(refusal).toEqual({ status: 403, text: expect.stringContaining('system/Observation.r') });
    }
    expect(permitOf(decide(provider('system/Observation.rs'), { kind: 'verify', resourceType: 'Observation' }, { kind: 'resource', type: 'Observation', id: '1' })).action).toBe('verify');
  });

  test('$everything needs Patient r and returns only the readable types', () => {
    expect(refusalOf(decide(provider('system/Observation.r'), { kind: 'everything' }, { kind: 'patient', id: 'p' })).text).toContain('system/Patient.r');
    const narrow = permitOf(decide(provider('system/Patient.r'), { kind: 'everything' }, { kind: 'patient', id: 'p' }));
    expect([...(narrow.resourceTypes as Set<string>)]).toEqual(['Patient']);
    const two = permitOf(decide(provider('system/Patient.r system/Condition.rs system/Observation.c'), { kind: 'everything' }, { kind: 'patient', id: 'p' }));
    expect([...(two.resourceTypes as Set<string>)].sort()).toEqual(['Condition', 'Patient']);
    expect(permitOf(decide(provider('system/*.r'), { kind: 'everything' }, { kind: 'patient', id: 'p' })).resourceTypes).toBe('all');
  });

  test("$erase is a holder's erasure: d on Patient, the own partition only, purpose PATRQT", () => {
    expect(refusalOf(decide(provider('system/Observation.r'), { kind: 'erase' }, { kind: 'patient', id: 'p' })).text).toContain('system/Patient.d');
    expect(refusalOf(decide(provider('system/*.rs'), { kind: 'erase' }, { kind: 'patient', id: 'p' })).text).toContain('system/Patient.d');
    const permit = permitOf(decide(provider('system/Patient.d'), { kind: 'erase' }, { kind: 'patient', id: 'p' }));
    expect(permit).toMatchObject({ basis: 'own-records', purposeOfUse: 'PATRQT', action: 'erase', partitions: [{ holder: 'hospital-a' }], resourceTypes: 'all' });
  });

  test("a provider cannot erase a person at every holder", () => {
    expect(refusalOf(decide(provider(), { kind: 'erase-person', reason: 'order 1' }, person)).text).toContain('own partition');
  });
});

describe('admin', () => {
  test("a person's erasure under a legal order opens every holder's partition of that pseudonym, with the reason", () => {
    const permit = permitOf(decide(admin, { kind: 'erase-person', reason: 'Court order 2026-17' }, person));
    expect(permit).toMatchObject({
      basis: 'admin',
      purposeOfUse: 'HLEGAL',
      action: 'erase-person',
      clientId: 'ops',
      reason: 'Court order 2026-17',
      resourceTypes: 'all',
      partitions: [
        { holder: 'hospital-a', pseudonym: PSEUDONYM },
        { holder: 'hospital-b', pseudonym: PSEUDONYM },
      ],
    });
    expect(permit.namespace).toBeUndefined();
    expect(opensPartition(permit, 'hospital-b', PSEUDONYM)).toBe(true);
    expect(opensPartition(permit, 'hospital-b', 'b'.repeat(64))).toBe(false);
    expect(auditedDecision(permit)).toEqual({ clientId: 'ops', basis: 'admin', purpose: 'HLEGAL', reason: 'Court order 2026-17' });
  });

  test('without a reason, or for anything but a person\'s erasure, the admin is refused', () => {
    expect(refusalOf(decide(admin, { kind: 'erase-person', reason: '  ' }, person)).text).toContain('reason');
    for (const action of [{ kind: 'read', resourceType: 'Patient' }, { kind: 'everything' }, { kind: 'erase' }] as const) {
      expect(refusalOf(decide(admin, action, { kind: 'patient', id: 'p' })).text).toContain('legal order');
    }
  });
});

describe('callers without a rule yet', () => {
  test('a research system reads no records (export comes later)', () => {
    expect(refusalOf(decide(research, { kind: 'read', resourceType: 'Patient' }, { kind: 'resource', type: 'Patient', id: 'p' })).text).toContain('de-identified');
    expect(refusalOf(decide(research, { kind: 'everything' }, { kind: 'patient', id: 'p' })).status).toBe(403);
  });

  test("a patient whose wallet controls no pseudonym (or another one) is refused (patient-self: test/unit/patient-access.test.ts)", () => {
    expect(refusalOf(decide(patient, { kind: 'everything' }, person)).text).toContain('does not control');
  });

  test('requirePermit throws the refusal\'s OperationOutcome and passes a permit through', () => {
    const refusal = decide(research, { kind: 'erase' }, { kind: 'patient', id: 'p' });
    expect(() => requirePermit(refusal)).toThrow(expect.objectContaining({ status: 403 }));
    const permit = decide(provider(), { kind: 'erase' }, { kind: 'patient', id: 'p' });
    expect(requirePermit(permit)).toBe(permit);
  });

  test('readable types ignore scopes without r', () => {
    expect([...(readableTypes(scopes('system/Observation.cu system/Condition.r')) as Set<string>)]).toEqual(['Condition']);
  });
});

describe('consent: a provider treating the person reads every holder\'s records with consent on chain', () => {
  test('with consent, every holder\'s partition of that person, the types the scopes read, purpose TREAT', () => {
    const permit = permitOf(decide(provider('system/Patient.r system/Observation.r'), { kind: 'everything' }, person, { treatmentConsent: true }));
    expect(permit).toMatchObject({ basis: 'consent', purposeOfUse: 'TREAT', providerId: 'hospital-a', partitions: [{ holder: 'hospital-a', pseudonym: PSEUDONYM }, { holder: 'hospital-b', pseudonym: PSEUDONYM }] });
    expect(permit.namespace).toBeUndefined();
    expect([...(permit.resourceTypes as Set<string>)].sort()).toEqual(['Observation', 'Patient']);
    expect(opensPartition(permit, 'hospital-b', PSEUDONYM)).toBe(true);
    expect(opensPartition(permit, 'hospital-b', 'b'.repeat(64))).toBe(false);
  });

  test('without consent (or when it could not be shown) the request is refused, saying so', () => {
    expect(refusalOf(decide(provider(), { kind: 'everything' }, person, { treatmentConsent: false })).text).toContain('not consented');
    expect(refusalOf(decide(provider(), { kind: 'everything' }, person)).text).toContain('not consented');
  });

  test('consent for treatment does not serve another purpose, nor a token without Patient.r', () => {
    expect(refusalOf(decide(provider('system/*.cruds', 'HOPERAT'), { kind: 'everything' }, person, { treatmentConsent: true })).text).toContain('HOPERAT');
    expect(refusalOf(decide(provider('system/Observation.r'), { kind: 'everything' }, person, { treatmentConsent: true })).text).toContain('system/Patient.r');
  });

  test('research clients and patients get nothing through it', () => {
    expect(decide(research, { kind: 'everything' }, person, { treatmentConsent: true }).allowed).toBe(false);
    expect(decide(patient, { kind: 'everything' }, person, { treatmentConsent: true }).allowed).toBe(false);
  });
});

describe('emergency: break-glass without consent', () => {
  const btg = (purpose: ProviderSystem['purposeOfUse'], reason?: string): ProviderSystem => ({ ...provider('system/*.rs', purpose), ...(reason ? { emergencyReason: reason } : {}) });

  test('a BTG or ETREAT token with a reason reads every holder\'s partition without consent, and the permit carries the reason', () => {
    for (const purpose of ['BTG', 'ETREAT'] as const) {
      const permit = permitOf(decide(btg(purpose, 'unconscious on arrival'), { kind: 'everything' }, person, { treatmentConsent: false }));
      expect(permit).toMatchObject({ basis: 'emergency', purposeOfUse: purpose, reason: 'unconscious on arrival', resourceTypes: 'all' });
      expect(permit.partitions).toHaveLength(2);
      expect(auditedDecision(permit)).toMatchObject({ basis: 'emergency', purpose, reason: 'unconscious on arrival' });
    }
  });

  test('without a reason it is refused', () => {
    expect(refusalOf(decide(btg('BTG'), { kind: 'everything' }, person)).text).toContain('reason');
  });

  test('break-glass does not widen a holder\'s own reads by id: those stay own-records', () => {
    const permit = permitOf(decide(btg('BTG', 'x'), { kind: 'read', resourceType: 'Observation' }, { kind: 'resource', type: 'Observation', id: '1' }));
    expect(permit.basis).toBe('own-records');
    expect(permit.partitions).toEqual([{ holder: 'hospital-a' }]);
  });
});
