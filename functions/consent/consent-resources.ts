import type { Consent, Reference } from 'fhir/r4.d.ts';
import type { ConsentPurpose, ConsentState } from '../ledger/consent-registry.ts';

/**
 * The on-chain consents of a patient as R4 Consent resources (http://hl7.org/fhir/R4/consent.html):
 * what `GET [base]/Consent?patient=…` answers. The chain is the record; these are a view of it,
 * built when asked, never stored. Each (grantee, purpose) pair is one Consent: `active` while it
 * is granted and unexpired, `inactive` after a revocation or its expiry.
 */

const CONSENT_SCOPE = 'http://terminology.hl7.org/CodeSystem/consentscope';
const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const PARTICIPATION_TYPE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';

/** The purpose of use each consent purpose allows (v3 ActReason: TREAT, HRESCH). */
const PURPOSE_OF_USE: Record<ConsentPurpose, { code: string; display: string }> = {
  treatment: { code: 'TREAT', display: 'treatment' },
  research: { code: 'HRESCH', display: 'healthcare research' },
};

export interface ConsentView {
  /** The patient as the reader knows them: `Patient/<id>` for a holder, the wallet's identifier for the patient. */
  patient: Reference;
  /** The grantee's exchange id from its on-chain id, when the exchange knows it (providers and research clients it registered). */
  granteeId: (onChainId: string) => string | undefined;
}

/** One R4 Consent per (grantee, purpose), newest change first. */
export function consentResources(states: readonly ConsentState[], view: ConsentView): Consent[] {
  return [...states]
    .sort((a, b) => b.changedAt.blockNumber - a.changedAt.blockNumber)
    .map((state) => {
      const granteeId = view.granteeId(state.grantee);
      const purpose = PURPOSE_OF_USE[state.purpose];
      return {
        resourceType: 'Consent',
        // The pair, made an id: purpose and the first 16 bytes of the grantee's on-chain id.
        id: `${state.purpose}-${state.grantee.slice(2, 34)}`,
        meta: { source: `urn:ethereum:tx:${state.changedAt.transactionHash}` },
        status: state.active ? 'active' : 'inactive',
        scope: { coding: [{ system: CONSENT_SCOPE, code: state.purpose }] },
        category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
        patient: view.patient,
        ...(state.grantedAt ? { dateTime: state.grantedAt.toISOString() } : {}),
        // An opt-in: only what is consented to is permitted (ppc-1 asks for a policy or a rule).
        policyRule: { coding: [{ system: ACT_CODE, code: 'OPTIN', display: 'opt-in' }] },
        provision: {
          type: 'permit',
          ...(state.expiry > 0 ? { period: { end: new Date(state.expiry * 1000).toISOString() } } : {}),
          actor: [
            {
              role: { coding: [{ system: PARTICIPATION_TYPE, code: 'IRCP', display: 'information recipient' }] },
              reference: granteeId ? { reference: `Organization/${granteeId}` } : { identifier: { system: 'urn:fhir-exchange:grantee', value: state.grantee } },
            },
          ],
          purpose: [{ system: ACT_REASON, code: purpose.code, display: purpose.display }],
        },
      } satisfies Consent;
    });
}
