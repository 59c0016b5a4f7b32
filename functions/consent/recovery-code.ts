import type { Parameters } from 'fhir/r4.d.ts';
import { auditedDecision, decide, requirePermit } from '../access/decide.ts';
import type { Principal } from '../access/principal.ts';
import { assertConfirmed } from '../ledger/provider-status.ts';
import { permittedCurrent } from '../vault/read/vault-reader.ts';
import { vaultStorage } from '../vault/storage/storage-services.ts';
import { consentServices } from './consent-services.ts';
import { issueRecoveryCode } from './recovery.ts';

/**
 * `POST [base]/Patient/{id}/$recovery-code`: a one-time code the provider that holds the patient,
 * Confirmed on the provider registry, shows them after verifying them in person, with which the
 * patient's new wallet proposes to take over their pseudonym from a lost or stolen one
 * (recovery.ts). Scope `Patient.u`, as for an enrollment code; 409 when no wallet controls the
 * patient yet (enroll instead) or a recovery is pending already. An audit entry precedes the answer,
 * so the patient sees in their access log which provider started a recovery.
 */
export async function recoveryCodeFor(principal: Principal, patientId: string, requestId: string): Promise<Parameters> {
  const permit = requirePermit(decide(principal, { kind: 'recovery-code' }, { kind: 'patient', id: patientId }));
  const { catalog, audit } = vaultStorage();
  const { holder, current } = await permittedCurrent(catalog, permit, 'Patient', patientId);
  await assertConfirmed(holder, 'start the recovery of a patient');
  await audit.record([{ pseudonym: current.pseudonym, action: 'recovery-code', ...auditedDecision(permit), holder, resources: [`Patient/${patientId}`], requestId }]);
  const { code, expiresAt } = await issueRecoveryCode(consentServices(), { pseudonym: current.pseudonym, providerId: holder });
  return {
    resourceType: 'Parameters',
    parameter: [
      { name: 'code', valueString: code },
      { name: 'expires', valueInstant: expiresAt.toISOString() },
    ],
  };
}
