import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import { AbiCoder, id, keccak256 } from 'ethers';
import type { Contract, ContractTransactionResponse } from 'ethers';
import { AnchorRegistryAbi } from '../../contracts/generated/index.ts';
import { commitment, newSalt } from '../../functions/ledger/commitment.ts';
import { MerkleTree, leafHash, nodeHash, processProof, verifyProof } from '../../functions/ledger/merkle-tree.ts';
import { SYNTHEA_FOLDERS, dataFiles, readJsonFile } from '../support/fhir-data.ts';
import { mined, startContractChain } from '../support/contract-fixtures.ts';
import type { ContractChain } from '../support/contract-fixtures.ts';

/** Tree sizes anchored on chain. */
const SIZES = [1, 2, 3, 7, 100, 1000] as const;
/** Trees up to this size have every proof checked on chain; larger ones a sample. */
const CHECK_ALL_UP_TO = 7;
const SAMPLE = 50;

interface AnchorReads {
  anchorOf(root: string): Promise<{ leafCount: bigint; providerId: string }>;
  isAnchored(root: string): Promise<boolean>;
  verify(root: string, leaf: string, proof: string[]): Promise<boolean>;
  leafHash(leaf: string): Promise<string>;
}
interface AnchorWrites {
  anchor(root: string, leafCount: number, providerId: string): Promise<ContractTransactionResponse>;
}

let env: ContractChain;
let anchors: Contract;
let operatorAnchors: AnchorWrites;
let providerId: string;

/** Salted commitments of real Synthea resources, in bundle order, each with its own salt. */
let commitments: string[];
const gasBySize = new Map<number, bigint>();

const reads = (): AnchorReads => anchors as unknown as AnchorReads;

/**
 * `count` resources from the Synthea patient bundles, in order; when the data holds fewer, it is
 * gone through again (each commitment has its own salt, so every leaf is still distinct).
 */
function syntheaResources(count: number): unknown[] {
  const all: unknown[] = [];
  for (const folder of SYNTHEA_FOLDERS) {
    for (const file of dataFiles(folder)) {
      const bundle = readJsonFile(file) as { entry?: Array<{ resource?: unknown }> };
      for (const entry of bundle.entry ?? []) if (entry.resource) all.push(entry.resource);
      if (all.length >= count) return all.slice(0, count);
    }
  }
  if (all.length === 0) throw new Error('no Synthea resources found');
  return Array.from({ length: count }, (_, index) => all[index % all.length]);
}

/** `value` (a bytes32) with its lowest bit flipped. */
function flipBit(value: string): string {
  return `0x${(BigInt(value) ^ 1n).toString(16).padStart(64, '0')}`;
}

/** Indices to check: all of a small tree; for a large one the first, the last and an even spread. */
function sampleIndices(size: number): number[] {
  if (size <= CHECK_ALL_UP_TO) return Array.from({ length: size }, (_, i) => i);
  const picked = new Set<number>([0, size - 1]);
  for (let k = 0; picked.size < SAMPLE; k++) picked.add((k * 7919) % size);
  return [...picked].sort((a, b) => a - b);
}

beforeAll(async () => {
  const total = SIZES.reduce((a, b) => a + b, 0);
  commitments = syntheaResources(total).map((resource) => commitment(newSalt(), resource));
  expect(new Set(commitments).size).toBe(total);

  env = await startContractChain({ tmpPrefix: 'fhx-merkle-' });
  anchors = env.deployed('AnchorRegistry', AnchorRegistryAbi);
  operatorAnchors = anchors.connect(env.operator) as unknown as AnchorWrites;

  // Anchoring needs a confirmed provider: the operator applies, the admin confirms.
  providerId = await env.confirmedProvider(id('merkle-tree-test-provider'));
});

afterAll(async () => {
  if (gasBySize.size > 0) {
    console.log(`AnchorRegistry.anchor gas by batch size: ${[...gasBySize].map(([n, gas]) => `${n}-leaf → ${gas}`).join(', ')}`);
  }
  await env?.stop();
});

describe('Merkle tree over salted commitments', () => {
  test('leafHash agrees with AnchorRegistry.leafHash and with keccak256(keccak256(abi.encode(bytes32)))', async () => {
    const values = [`0x${'00'.repeat(32)}`, `0x${'ff'.repeat(32)}`, ...commitments.slice(0, 20)];
    for (const v of values) {
      const ours = leafHash(v);
      expect(await reads().leafHash(v), v).toBe(ours);
      expect(ours).toBe(keccak256(keccak256(AbiCoder.defaultAbiCoder().encode(['bytes32'], [v]))));
    }
    // Upper-case hex is the same value.
    expect(leafHash(commitments[0]!.toUpperCase().replace('0X', '0x'))).toBe(leafHash(commitments[0]!));
  });

  let offset = 0;
  for (const size of SIZES) {
    const start = offset;
    offset += size;
    test(`${size} commitment(s): anchored root, AnchorRegistry.verify true for every checked proof, false when tampered`, async () => {
      const leaves = commitments.slice(start, start + size);
      const tree = MerkleTree.build(leaves);
      expect(tree.size).toBe(size);

      // The same tree as OpenZeppelin's StandardMerkleTree for ["bytes32"] leaves kept in order.
      const oz = StandardMerkleTree.of(leaves.map((v) => [v]), ['bytes32'], { sortLeaves: false });
      expect(tree.root).toBe(oz.root);
      if (size === 1) expect(tree.root).toBe(leafHash(leaves[0]!));

      const indices = sampleIndices(size);
      expect(indices.length).toBe(size <= CHECK_ALL_UP_TO ? size : SAMPLE);
      const maxDepth = Math.ceil(Math.log2(size));

      // Not anchored yet: a valid proof does not verify on chain.
      expect(await reads().verify(tree.root, leaves[0]!, tree.proof(0))).toBe(false);

      const receipt = await mined(operatorAnchors.anchor(tree.root, tree.size, providerId));
      gasBySize.set(size, receipt.gasUsed);
      console.log(`anchor gas for a ${size}-leaf batch: ${receipt.gasUsed}`);
      const anchored = await reads().anchorOf(tree.root);
      expect(anchored.leafCount).toBe(BigInt(size));
      expect(anchored.providerId).toBe(providerId);

      for (const i of indices) {
        const proof = tree.proof(i);
        expect(proof, `OpenZeppelin proof of leaf ${i}`).toEqual(oz.getProof(i));
        expect(proof.length).toBeLessThanOrEqual(maxDepth);
        expect(proof.length).toBeGreaterThanOrEqual(Math.floor(Math.log2(size)));
        expect(tree.leaf(i)).toBe(leaves[i]);
        expect(verifyProof(tree.root, leaves[i]!, proof), `local leaf ${i}`).toBe(true);
        expect(await reads().verify(tree.root, leaves[i]!, proof), `on-chain leaf ${i}`).toBe(true);
      }

      // Tampering: a leaf with one bit flipped, each proof element flipped, a dropped or extra element.
      const i = indices[indices.length >> 1]!;
      const proof = tree.proof(i);
      const tamperedLeaf = flipBit(leaves[i]!);
      expect(verifyProof(tree.root, tamperedLeaf, proof)).toBe(false);
      expect(await reads().verify(tree.root, tamperedLeaf, proof)).toBe(false);
      for (let k = 0; k < proof.length; k++) {
        const tampered = proof.map((p, j) => (j === k ? flipBit(p) : p));
        expect(verifyProof(tree.root, leaves[i]!, tampered)).toBe(false);
        expect(await reads().verify(tree.root, leaves[i]!, tampered), `proof[${k}] flipped`).toBe(false);
      }
      if (proof.length > 0) {
        expect(await reads().verify(tree.root, leaves[i]!, proof.slice(0, -1))).toBe(false);
        // Another leaf's proof.
        const j = (i + 1) % size;
        if (leaves[j] !== leaves[i]) expect(await reads().verify(tree.root, leaves[i]!, tree.proof(j))).toBe(false);
      }
      expect(await reads().verify(tree.root, leaves[i]!, [...proof, commitments[0]!])).toBe(false);
      // The leaf hash in place of the leaf value (the contract hashes the value itself).
      expect(await reads().verify(tree.root, leafHash(leaves[i]!), proof)).toBe(false);
      // A commitment that is not in the tree.
      const outsider = commitment(newSalt(), { resourceType: 'Basic', id: 'not-in-tree' });
      expect(await reads().verify(tree.root, outsider, proof)).toBe(false);
    });
  }

  test('second preimage: an inner node presented as a leaf is rejected', async () => {
    const leaves = commitments.slice(0, 4);
    const tree = MerkleTree.build(leaves);
    const root = tree.root;
    await mined(operatorAnchors.anchor(root, leaves.length, providerId));
    const proof = tree.proof(0);
    expect(await reads().verify(root, leaves[0]!, proof)).toBe(true);
    const inner = nodeHash(leafHash(leaves[0]!), proof[0]!);
    expect(processProof(leaves[0]!, proof.slice(0, 1))).toBe(inner);
    expect(await reads().verify(root, inner, proof.slice(1))).toBe(false);
    expect(verifyProof(root, inner, proof.slice(1))).toBe(false);
  });

  test('duplicate leaves: each occurrence is its own leaf with its own proof, and all of them verify on chain', async () => {
    const [a, b, c] = [commitments[10]!, commitments[11]!, commitments[12]!];
    // Layout (6 leaves, 11 nodes): leaf i is node 10 − i; nodes 6 and 5 (leaves 4 and 5) are siblings.
    const leaves = [a, b, a, c, a, a];
    const tree = MerkleTree.build(leaves);
    expect(tree.root).toBe(StandardMerkleTree.of(leaves.map((v) => [v]), ['bytes32'], { sortLeaves: false }).root);
    await mined(operatorAnchors.anchor(tree.root, leaves.length, providerId));
    // Occurrences at different places have different proofs ...
    const proofsOfA = [0, 2, 4].map((i) => tree.proof(i).join());
    expect(new Set(proofsOfA).size).toBe(3);
    // ... and two equal siblings have the same proof (each one's sibling hash is the other's).
    expect(tree.proof(5)).toEqual(tree.proof(4));
    for (const [i, v] of leaves.entries()) {
      expect(await reads().verify(tree.root, v, tree.proof(i)), `leaf ${i}`).toBe(true);
    }
  });

  test('deterministic: the same leaves in the same order give the same root; another order another root', () => {
    const leaves = commitments.slice(0, 100);
    const root = MerkleTree.build(leaves).root;
    expect(MerkleTree.build([...leaves]).root).toBe(root);
    expect(MerkleTree.build(leaves.map((v) => v.toUpperCase().replace('0X', '0x'))).root).toBe(root);
    expect(MerkleTree.build([...leaves].reverse()).root).not.toBe(root);
    expect(MerkleTree.build(leaves.slice(0, 99)).root).not.toBe(root);
  });

  test('rejects an empty tree, malformed leaves and out-of-range indices', () => {
    expect(() => MerkleTree.build([])).toThrow(/at least one leaf/);
    expect(() => MerkleTree.build([commitments[0]!, '0x1234'])).toThrow(/leaves\[1\] must be a bytes32/);
    expect(() => MerkleTree.build([commitments[0]!.slice(2)])).toThrow(/bytes32/);
    const tree = MerkleTree.build(commitments.slice(0, 3));
    for (const bad of [-1, 3, 1.5, Number.NaN]) expect(() => tree.proof(bad)).toThrow(RangeError);
    expect(() => verifyProof(tree.root, commitments[0]!, ['0x12'])).toThrow(/proof\[0\] must be a bytes32/);
  });

  test('builds 10,000 leaves in well under a second (linear construction)', () => {
    const leaves = Array.from({ length: 10_000 }, (_, i) => commitments[i % commitments.length]!);
    MerkleTree.build(leaves.slice(0, 100)); // warm up
    const t0 = performance.now();
    const tree = MerkleTree.build(leaves);
    const ms = performance.now() - t0;
    console.log(`MerkleTree.build: 10,000 leaves in ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(1000);
    expect(verifyProof(tree.root, leaves[9_999]!, tree.proof(9_999))).toBe(true);
    expect(tree.proof(0).length).toBe(14);
  });
});
