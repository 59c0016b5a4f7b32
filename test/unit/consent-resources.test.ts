import { describe, expect, test } from 'vitest';
import { consentResources } from '../../functions/consent/consent-resources.ts';
import { validateResource } from '../../functions/fhir/validation/validate.ts';
import { granteeKey } from '../../functions/ledger/consent-registry.ts';
import type { ConsentState } from '../../functions/ledger/consent-registry.ts';

const hospital = granteeKey('dev-hospital-b');
const research = granteeKey('research-org-1');
const at = (blockNumber: number, kind: 'granted' | 'revoked') => ({ transactionHash: `0x${String(blockNumber).padStart(64, '0')}`, blockNumber, kind });

const states: ConsentState[] = [
  { grantee: hospital, purpose: 'treatment', expiry: 2_000_000_000, active: true, changedAt: at(10, 'granted'), grantedAt: new Date('2026-12-01T10:00:00Z') },
  { grantee: research, purpose: 'research', expiry: 0, active: false, changedAt: at(12, 'revoked'), grantedAt: new Date('2026-11-01T10:00:00Z') },
  { grantee: granteeKey('unknown-org'), purpose: 'treatment', expiry: 1_700_000_000, active: false, changedAt: at(5, 'granted') },
];
const known = new Map([
  [hospital, 'dev-hospital-b'],
  [research, 'research-org-1'],
]);

describe('on-chain consents as R4 Consent resources', () => {
  const resources = consentResources(states, { patient: { reference: 'Patient/p1' }, granteeId: (id) => known.get(id) });

  test('each is a valid R4 Consent', () => {
    for (const resource of resources) {
      const result = validateResource(resource);
      expect(result.outcome.issue.filter((issue) => issue.severity === 'error'), resource.id).toEqual([]);
    }
  });

  test('newest change first; status, scope, actor, purpose and period say what the chain holds', () => {
    expect(resources.map((resource) => [resource.status, resource.scope.coding![0]!.code])).toEqual([
      ['inactive', 'research'],
      ['active', 'treatment'],
      ['inactive', 'treatment'],
    ]);
    const [revoked, active, expired] = resources as [(typeof resources)[0], (typeof resources)[0], (typeof resources)[0]];
    expect(active.provision!.actor![0]!.reference).toEqual({ reference: 'Organization/dev-hospital-b' });
    expect(active.provision!.purpose).toEqual([expect.objectContaining({ code: 'TREAT' })]);
    expect(active.provision!.period!.end).toBe(new Date(2_000_000_000_000).toISOString());
    expect(active.dateTime).toBe('2026-12-01T10:00:00.000Z');
    expect(revoked.provision!.purpose).toEqual([expect.objectContaining({ code: 'HRESCH' })]);
    expect(revoked.provision!.period).toBeUndefined();
    // A grantee the exchange does not know is named by its on-chain id.
    expect(expired.provision!.actor![0]!.reference).toEqual({ identifier: { system: 'urn:fhir-exchange:grantee', value: granteeKey('unknown-org') } });
    expect(new Set(resources.map((resource) => resource.id)).size).toBe(3);
    for (const resource of resources) expect(resource.patient).toEqual({ reference: 'Patient/p1' });
  });
});
