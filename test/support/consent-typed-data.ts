import { id } from 'ethers';

/**
 * The EIP-712 messages ConsentRegistry verifies, written out here from the contract's typehashes
 * (not imported from functions/ledger), so the contract tests check the contract against an
 * independent statement of what a wallet signs.
 */

export const ZERO_ADDRESS = `0x${'00'.repeat(20)}`;
export const TREATMENT = id('treatment');
export const RESEARCH = id('research');
export const SCOPE = id('scope:patient/*.read');

export const CONSENT_TYPES = {
  Consent: [
    { name: 'pseudonym', type: 'bytes32' },
    { name: 'grantee', type: 'bytes32' },
    { name: 'purpose', type: 'bytes32' },
    { name: 'scope', type: 'bytes32' },
    { name: 'expiry', type: 'uint64' },
    { name: 'nonce', type: 'uint256' },
  ],
};
export const REVOCATION_TYPES = {
  Revocation: [
    { name: 'pseudonym', type: 'bytes32' },
    { name: 'grantee', type: 'bytes32' },
    { name: 'purpose', type: 'bytes32' },
    { name: 'nonce', type: 'uint256' },
  ],
};
export const ERASURE_TYPES = {
  ErasureRequest: [
    { name: 'pseudonym', type: 'bytes32' },
    { name: 'nonce', type: 'uint256' },
  ],
};
export const PROPOSAL_TYPES = {
  RecoveryProposal: [
    { name: 'pseudonym', type: 'bytes32' },
    { name: 'newController', type: 'address' },
    { name: 'nonce', type: 'uint256' },
  ],
};
export const CANCELLATION_TYPES = {
  RecoveryCancellation: [
    { name: 'pseudonym', type: 'bytes32' },
    { name: 'newController', type: 'address' },
    { name: 'nonce', type: 'uint256' },
  ],
};

export interface ConsentMessage {
  pseudonym: string;
  grantee: string;
  purpose: string;
  scope: string;
  expiry: bigint;
  nonce: bigint;
}
export interface RevocationMessage {
  pseudonym: string;
  grantee: string;
  purpose: string;
  nonce: bigint;
}
export interface ErasureMessage {
  pseudonym: string;
  nonce: bigint;
}
export interface RecoveryMessage {
  pseudonym: string;
  newController: string;
  nonce: bigint;
}
