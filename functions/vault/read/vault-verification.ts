import { Buffer } from 'node:buffer';
import type { Parameters, ParametersParameter } from 'fhir/r4.d.ts';
import { gone } from '../../fhir/outcomes.ts';
import type { AnchorRegistry } from '../../ledger/anchor-registry.ts';
import { verifyCommitment } from '../../ledger/commitment.ts';
import { MerkleTree, verifyProof } from '../../ledger/merkle-tree.ts';
import type { AuditLog } from '../storage/audit-log.ts';
import type { Catalog } from '../storage/catalog.ts';
import { anchorKeys } from '../anchoring/anchoring.ts';
import type { ObjectAnchor } from '../anchoring/anchoring.ts';
import { PatientErasedError } from '../storage/patient-keys.ts';
import { auditedDecision } from '../../access/decide.ts';
import { permittedCurrent } from './vault-reader.ts';
import type { Reader } from './vault-reader.ts';
import type { VaultObjects } from '../storage/vault-objects.ts';

/**
 * `GET [base]/{type}/{id}/$verify`: is the stored resource the one that was committed, and is its
 * commitment anchored on chain?
 *
 *   1. open the resource's sealed object and recompute SHA-256(salt ‖ canonical JSON) from the
 *      decrypted resource and its salt: it must equal the commitment the catalog recorded;
 *   2. find the object's anchor (none yet: `pending`), rebuild the batch's Merkle tree from its
 *      leaves, check the leaf at the resource's position is this commitment, and check the proof
 *      both here and with the contract's `verify` against the anchored root.
 * The answer is a Parameters resource: verified, status (anchored | pending | failed), the
 * commitment, and when anchored the root, proof, transaction, block and time; a failure says why.
 */

export type VerificationStatus = 'anchored' | 'pending' | 'failed';

export interface Verification {
  verified: boolean;
  status: VerificationStatus;
  commitment: string;
  reason?: string;
  root?: string;
  proof?: string[];
  leafIndex?: number;
  transactionHash?: string;
  blockNumber?: number;
  anchoredAt?: string;
}

export class VaultVerification {
  readonly #catalog: Catalog;
  readonly #objects: VaultObjects;
  readonly #registry: AnchorRegistry;
  readonly #audit: AuditLog;

  constructor(catalog: Catalog, objects: VaultObjects, registry: AnchorRegistry, audit: AuditLog) {
    this.#catalog = catalog;
    this.#objects = objects;
    this.#registry = registry;
    this.#audit = audit;
  }

  async verify(reader: Reader, type: string, id: string): Promise<Verification> {
    const { holder, current } = await permittedCurrent(this.#catalog, reader.permit, type, id);
    const failed = (reason: string): Verification => ({ verified: false, status: 'failed', commitment: current.commitment, reason });
    await this.#audit.record([
      { pseudonym: current.pseudonym, action: 'verify', ...auditedDecision(reader.permit), holder, resources: [`${type}/${id}/_history/${current.versionId}`], requestId: reader.requestId },
    ]);

    // 1. The resource against its commitment.
    let opened;
    try {
      opened = await this.#objects.open(current.objectKey, current.pseudonym, holder);
    } catch (error) {
      if (error instanceof PatientErasedError) throw gone("This patient's records were erased");
      return failed('The stored object does not decrypt under its binding: it was altered or replaced');
    }
    if (!opened) return failed('The stored object is missing');
    const entry = opened.entries[current.position];
    if (!entry || entry.type !== type || entry.id !== id || entry.versionId !== String(current.versionId)) return failed('The stored object does not hold this resource version where the catalog says');
    let matches = false;
    try {
      matches = verifyCommitment(Buffer.from(entry.salt, 'base64'), entry.resource, current.commitment);
    } catch {
      matches = false;
    }
    if (!matches) return failed('The recorded commitment is not the commitment of the stored resource');

    // 2. The commitment against the chain.
    const anchor = await this.#catalog.get<ObjectAnchor>(anchorKeys.object(current.objectKey));
    if (!anchor) return { verified: false, status: 'pending', commitment: current.commitment, reason: 'Committed; not anchored on chain yet' };
    const leavesFile = await this.#objects.get(anchor.leavesKey);
    if (!leavesFile) return failed("The anchored batch's leaves are missing");
    const { leaves } = JSON.parse(Buffer.from(leavesFile).toString('utf8')) as { leaves: string[] };
    const leafIndex = anchor.leafOffset + current.position;
    if (leaves[leafIndex]?.toLowerCase() !== current.commitment.toLowerCase()) return failed('The anchored leaf at this position is not this commitment');
    const tree = MerkleTree.build(leaves);
    if (tree.root !== anchor.root.toLowerCase()) return failed("The batch's leaves do not make its anchored root");
    const proof = tree.proof(leafIndex);
    const onChain = await this.#registry.verify(anchor.root, current.commitment, proof);
    const anchored = {
      commitment: current.commitment,
      root: anchor.root,
      proof,
      leafIndex,
      blockNumber: anchor.blockNumber,
      anchoredAt: new Date(anchor.anchoredAt * 1000).toISOString(),
      ...(anchor.transactionHash ? { transactionHash: anchor.transactionHash } : {}),
    };
    if (!verifyProof(anchor.root, current.commitment, proof) || !onChain) return { ...anchored, verified: false, status: 'failed', reason: 'The chain does not confirm the proof against the anchored root' };
    return { ...anchored, verified: true, status: 'anchored' };
  }
}

/** The verification as a FHIR Parameters resource. */
export function verificationParameters(verification: Verification): Parameters {
  const parameter: ParametersParameter[] = [
    { name: 'verified', valueBoolean: verification.verified },
    { name: 'status', valueCode: verification.status },
    { name: 'commitment', valueString: verification.commitment },
  ];
  if (verification.reason) parameter.push({ name: 'reason', valueString: verification.reason });
  if (verification.root) parameter.push({ name: 'root', valueString: verification.root });
  if (verification.leafIndex !== undefined) parameter.push({ name: 'leafIndex', valueInteger: verification.leafIndex });
  for (const sibling of verification.proof ?? []) parameter.push({ name: 'proof', valueString: sibling });
  if (verification.transactionHash) parameter.push({ name: 'transactionHash', valueString: verification.transactionHash });
  if (verification.blockNumber !== undefined) parameter.push({ name: 'blockNumber', valueString: String(verification.blockNumber) });
  if (verification.anchoredAt) parameter.push({ name: 'anchoredAt', valueInstant: verification.anchoredAt });
  return { resourceType: 'Parameters', parameter };
}
