import type { Parameters } from 'fhir/r4.d.ts';
import { auditedDecision, decide, requirePermit } from '../access/decide.ts';
import type { Principal } from '../access/principal.ts';
import { permittedCurrent } from '../vault/read/vault-reader.ts';
import { vaultStorage } from '../vault/storage/storage-services.ts';
import { consentServices } from './consent-services.ts';
import { issueEnrollmentCode } from './enrollment.ts';

/**
 * `POST [base]/Patient/{id}/$enrollment-code`: a one-time code the provider that holds the patient
 * shows them in person, with which the patient's wallet takes control of their pseudonym on chain
 * (enrollment.ts). Scope `Patient.u` (the access decision's own-records rule); 409 when a wallet
 * controls the patient already. An audit entry precedes the answer.
 */
export async function enrollmentCodeFor(principal: Principal, patientId: string, requestId: string): Promise<Parameters> {
  const permit = requirePermit(decide(principal, { kind: 'enrollment-code' }, { kind: 'patient', id: patientId }));
  const { catalog, audit } = vaultStorage();
  const { holder, current } = await permittedCurrent(catalog, permit, 'Patient', patientId);
  await audit.record([{ pseudonym: current.pseudonym, action: 'enrollment-code', ...auditedDecision(permit), holder, resources: [`Patient/${patientId}`], requestId }]);
  const { code, expiresAt } = await issueEnrollmentCode(consentServices(), { pseudonym: current.pseudonym, providerId: holder });
  return {
    resourceType: 'Parameters',
    parameter: [
      { name: 'code', valueString: code },
      { name: 'expires', valueInstant: expiresAt.toISOString() },
    ],
  };
}
