import { describe, expect, test } from 'vitest';
import { auditEvent } from '../../functions/audit/audit-events.ts';
import type { LoggedAccess } from '../../functions/audit/audit-events.ts';
import { validateResource } from '../../functions/fhir/validation/validate.ts';

const base: LoggedAccess = {
  action: 'read',
  clientId: 'dev-provider-a',
  providerId: 'dev-hospital-a',
  holder: 'dev-hospital-a',
  resources: ['Patient/p1', 'Observation/o1'],
  purpose: 'TREAT',
  basis: 'own-records',
  requestId: 'req-1',
  recordedAt: '2026-12-04T10:00:00.000Z',
  sk: '2026-12-04T10:00:00.000Z#3f1c',
};

const errorsOf = (event: ReturnType<typeof auditEvent>) => validateResource(event).outcome.issue.filter((issue) => issue.severity === 'error');

describe('access log entries as BALP-shaped R4 AuditEvents', () => {
  test('a read of one\'s own records: a RESTful read with the patient and the resource as entities', () => {
    const event = auditEvent(base, 'Patient/p1');
    expect(errorsOf(event)).toEqual([]);
    expect(event.type.code).toBe('rest');
    expect(event.subtype).toEqual([{ system: 'http://hl7.org/fhir/restful-interaction', code: 'read' }]);
    expect(event).toMatchObject({ action: 'R', outcome: '0', recorded: base.recordedAt });
    expect(event.entity!.map((entity) => [entity.what!.reference, entity.role!.code])).toEqual([
      ['Patient/p1', '1'],
      ['Observation/o1', '4'],
    ]);
    expect(event.agent[0]).toMatchObject({ requestor: true, who: { reference: 'Organization/dev-hospital-a' }, purposeOfUse: [{ coding: [{ code: 'TREAT' }] }] });
    expect(event.id).toMatch(/^[A-Za-z0-9.-]{1,64}$/);
  });

  test('a refusal is an AuthZ-Consent security alert that failed', () => {
    const event = auditEvent({ ...base, action: 'everything', basis: 'consent', decision: 'deny', resources: [] }, 'Patient/p1');
    expect(errorsOf(event)).toEqual([]);
    expect(event.type).toMatchObject({ code: '110113' });
    expect(event.subtype!.map((coding) => coding.code)).toEqual(['AuthZ-Consent', 'operation']);
    expect(event).toMatchObject({ action: 'E', outcome: '8' });
  });

  test('break-glass carries its purpose and the reason given', () => {
    const event = auditEvent({ ...base, purpose: 'BTG', basis: 'emergency', reason: 'unconscious in the ED' }, 'Patient/p1');
    expect(errorsOf(event)).toEqual([]);
    expect(event.purposeOfEvent).toEqual([{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'BTG' }] }]);
    expect(event.entity![0]!.detail).toContainEqual({ type: 'reason', valueString: 'unconscious in the ED' });
    expect(event.outcomeDesc).toMatch(/Emergency access/);
  });

  test('an erasure is a delete; a patient without a provider is named by the client', () => {
    const event = auditEvent({ ...base, action: 'erase-person', providerId: undefined, clientId: 'dev-admin', basis: 'admin', reason: 'court order 12' }, 'Patient/p1');
    expect(errorsOf(event)).toEqual([]);
    expect(event.action).toBe('D');
    expect(event.agent[0]!.who).toEqual({ identifier: { system: 'urn:fhir-exchange:client', value: 'dev-admin' } });
  });
});
