import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AbiCoder, concat, keccak256 } from 'ethers';
import type { Contract, ContractTransactionResponse, JsonRpcProvider, JsonRpcSigner } from 'ethers';
import type { LocalChain } from '../../infra/local/chain.ts';
import { AnchorRegistryAbi } from '../../contracts/generated/index.ts';
import {
  DEFAULT_ADMIN_ROLE,
  OPERATOR_ROLE,
  ZERO32,
  abiAssertions,
  mined,
  idSequence,
  startContractChain,
} from '../support/contract-fixtures.ts';
import type { ContractChain } from '../support/contract-fixtures.ts';

let env: ContractChain;
let chain: LocalChain;
let provider: JsonRpcProvider;
let admin: JsonRpcSigner;
let operator: JsonRpcSigner;
let stranger: JsonRpcSigner;
let anchors: Contract;

const nextId = idSequence('anchor');
/** Fresh opaque ids per test (never reused across tests). */
const newProviderId = () => nextId('provider');
/** A stand-in for a salted commitment (a bytes32 computed off chain). */
const newCommitment = () => nextId('commitment');

beforeAll(async () => {
  env = await startContractChain({ tmpPrefix: 'fhx-anchor-', newProviderId });
  ({ chain, provider, admin, operator, stranger } = env);
  anchors = env.deployed('AnchorRegistry', AnchorRegistryAbi);
});

afterAll(async () => {
  await env?.stop();
});

// ---------------------------------------------------------------------------------------------
// Merkle tree, built exactly as documented in contracts/AnchorRegistry.sol:
//   leaf hash  = keccak256(bytes.concat(keccak256(abi.encode(value))))
//   inner node = keccak256(sorted(a, b)) (OpenZeppelin commutativeKeccak256)
//   shape      = pair level by level; an odd last node is carried up unchanged.

function leafHash(value: string): string {
  return keccak256(keccak256(AbiCoder.defaultAbiCoder().encode(['bytes32'], [value])));
}

function nodeHash(a: string, b: string): string {
  return BigInt(a) < BigInt(b) ? keccak256(concat([a, b])) : keccak256(concat([b, a]));
}

interface Tree {
  root: string;
  proof(index: number): string[];
}

function buildTree(values: string[]): Tree {
  if (values.length === 0) throw new Error('empty tree');
  const levels: string[][] = [values.map(leafHash)];
  for (let level = levels[0]!; level.length > 1; ) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i]!;
      const right = level[i + 1];
      next.push(right === undefined ? left : nodeHash(left, right));
    }
    levels.push(next);
    level = next;
  }
  return {
    root: levels[levels.length - 1]![0]!,
    proof(index: number): string[] {
      const proof: string[] = [];
      let idx = index;
      for (const level of levels.slice(0, -1)) {
        const sibling = level[idx ^ 1];
        if (sibling !== undefined) proof.push(sibling);
        idx >>= 1;
      }
      return proof;
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** Typed views of the ABI methods the tests use (ethers' Contract methods are dynamic). */
interface AnchorRecord {
  providerId: string;
  leafCount: bigint;
  anchoredAt: bigint;
  blockNumber: bigint;
  /** ethers Result: the named fields as a plain object. */
  toObject(): Record<string, unknown>;
}
interface AnchorReads {
  OPERATOR_ROLE(): Promise<string>;
  providerRegistry(): Promise<string>;
  hasRole(role: string, account: string): Promise<boolean>;
  anchorOf(root: string): Promise<AnchorRecord>;
  isAnchored(root: string): Promise<boolean>;
  verify(root: string, leaf: string, proof: string[]): Promise<boolean>;
  leafHash(leaf: string): Promise<string>;
}
interface AnchorWrites {
  anchor(root: string, leafCount: number, providerId: string): Promise<ContractTransactionResponse>;
}
/** The anchor registry connected to `signer`. */
function as(signer: JsonRpcSigner): AnchorWrites {
  return anchors.connect(signer) as unknown as AnchorWrites;
}

/** Read-only calls. */
const reads = (): AnchorReads => anchors as unknown as AnchorReads;

/** Receipts and reverts decoded through the anchor registry's ABI. */
const { decode, expectCustomError } = abiAssertions(AnchorRegistryAbi);

describe('AnchorRegistry', () => {
  test('is wired to the ProviderRegistry and sets up roles from the constructor', async () => {
    expect(await reads().providerRegistry()).toBe(chain.contracts.ProviderRegistry);
    expect(await reads().OPERATOR_ROLE()).toBe(OPERATOR_ROLE);
    expect(await reads().hasRole(DEFAULT_ADMIN_ROLE, admin.address)).toBe(true);
    expect(await reads().hasRole(OPERATOR_ROLE, operator.address)).toBe(true);
    expect(await reads().hasRole(OPERATOR_ROLE, admin.address)).toBe(false);
    expect(await reads().hasRole(DEFAULT_ADMIN_ROLE, operator.address)).toBe(false);
  });

  test('anchor by the operator stores the root and emits RootAnchored with exact args', async () => {
    const pid = await env.confirmedProvider();
    const root = newCommitment();
    expect(await reads().isAnchored(root)).toBe(false);

    const receipt = await mined(as(operator).anchor(root, 7, pid));
    const block = await provider.getBlock(receipt.blockNumber);
    if (!block) throw new Error('no block');
    expect(decode(receipt)).toEqual([
      { name: 'RootAnchored', args: [root, 7n, pid, BigInt(block.timestamp)] },
    ]);

    const a = await reads().anchorOf(root);
    expect(a.providerId).toBe(pid);
    expect(a.leafCount).toBe(7n);
    expect(a.anchoredAt).toBe(BigInt(block.timestamp));
    expect(a.blockNumber).toBe(BigInt(receipt.blockNumber));
    expect(await reads().isAnchored(root)).toBe(true);
    console.log(`anchor gas: ${receipt.gasUsed}`);
  });

  test('anchor by a non-operator reverts with AccessControlUnauthorizedAccount(account, role)', async () => {
    const pid = await env.confirmedProvider();
    const root = newCommitment();
    await expectCustomError(as(stranger).anchor(root, 1, pid), 'AccessControlUnauthorizedAccount', [
      stranger.address,
      OPERATOR_ROLE,
    ]);
    // The admin is not an operator either.
    await expectCustomError(as(admin).anchor(root, 1, pid), 'AccessControlUnauthorizedAccount', [admin.address, OPERATOR_ROLE]);
    expect(await reads().isAnchored(root)).toBe(false);
  });

  test('unknown, applied (unconfirmed), suspended and zero providers cannot anchor', async () => {
    const unknown = newProviderId();
    const applied = await env.appliedProvider();
    const suspended = await env.confirmedProvider();
    await mined(env.registryAs(admin).suspend(suspended));
    const root = newCommitment();
    for (const pid of [unknown, applied, suspended, ZERO32]) {
      await expectCustomError(as(operator).anchor(root, 3, pid), 'AnchorRegistryProviderNotConfirmed', [pid]);
    }
    expect(await reads().isAnchored(root)).toBe(false);
  });

  test('a root can be written once: a second anchor reverts with AnchorRegistryRootExists(root)', async () => {
    const p1 = await env.confirmedProvider();
    const p2 = await env.confirmedProvider();
    const root = newCommitment();
    await mined(as(operator).anchor(root, 2, p1));
    const before = await reads().anchorOf(root);

    await expectCustomError(as(operator).anchor(root, 2, p1), 'AnchorRegistryRootExists', [root]);
    // Also by another provider and with another leaf count.
    await expectCustomError(as(operator).anchor(root, 9, p2), 'AnchorRegistryRootExists', [root]);
    expect((await reads().anchorOf(root)).toObject()).toEqual(before.toObject());
  });

  test('the zero root and a zero leaf count are rejected', async () => {
    const pid = await env.confirmedProvider();
    const root = newCommitment();
    await expectCustomError(as(operator).anchor(ZERO32, 1, pid), 'AnchorRegistryInvalidRoot', [ZERO32]);
    await expectCustomError(as(operator).anchor(root, 0, pid), 'AnchorRegistryInvalidLeafCount', [root, 0n]);
    expect(await reads().isAnchored(root)).toBe(false);
  });

  test('anchorOf an unknown root reverts with AnchorRegistryUnknownRoot(root)', async () => {
    const root = newCommitment();
    await expectCustomError(reads().anchorOf(root), 'AnchorRegistryUnknownRoot', [root]);
  });

  test('leafHash follows the documented convention (double keccak256 of abi.encode(value))', async () => {
    for (const v of [ZERO32, newCommitment(), `0x${'ff'.repeat(32)}`]) {
      expect(await reads().leafHash(v)).toBe(leafHash(v));
    }
  });

  test('verify: every leaf of a 7-leaf tree built off chain is proven; wrong leaves and proofs are not', async () => {
    const pid = await env.confirmedProvider();
    const values = Array.from({ length: 7 }, () => newCommitment());
    const tree = buildTree(values);
    await mined(as(operator).anchor(tree.root, values.length, pid));

    for (const [i, v] of values.entries()) {
      const proof = tree.proof(i);
      expect(proof.length, `proof length of leaf ${i}`).toBeLessThanOrEqual(3);
      expect(await reads().verify(tree.root, v, proof), `leaf ${i}`).toBe(true);
    }

    const proof0 = tree.proof(0);
    // A value that is not in the tree.
    expect(await reads().verify(tree.root, newCommitment(), proof0)).toBe(false);
    // A real leaf with another leaf's proof.
    expect(await reads().verify(tree.root, values[1]!, tree.proof(2))).toBe(false);
    // A tampered proof (one sibling flipped), a truncated proof, an extended proof, an empty proof.
    const tampered = [...proof0];
    tampered[1] = `0x${(BigInt(tampered[1]!) ^ 1n).toString(16).padStart(64, '0')}`;
    expect(await reads().verify(tree.root, values[0]!, tampered)).toBe(false);
    expect(await reads().verify(tree.root, values[0]!, proof0.slice(0, -1))).toBe(false);
    expect(await reads().verify(tree.root, values[0]!, [...proof0, newCommitment()])).toBe(false);
    expect(await reads().verify(tree.root, values[0]!, [])).toBe(false);
    // The leaf hash instead of the leaf value (the contract hashes the value itself).
    expect(await reads().verify(tree.root, leafHash(values[0]!), proof0)).toBe(false);
    // An inner node presented as a leaf (second-preimage attempt): level-1 node of leaves 0 and 1.
    const inner = nodeHash(leafHash(values[0]!), leafHash(values[1]!));
    expect(await reads().verify(tree.root, inner, proof0.slice(1))).toBe(false);
  });

  test('verify is false for a valid proof against a root that is not anchored', async () => {
    const values = Array.from({ length: 5 }, () => newCommitment());
    const tree = buildTree(values);
    expect(await reads().isAnchored(tree.root)).toBe(false);
    expect(await reads().verify(tree.root, values[3]!, tree.proof(3))).toBe(false);

    // Once anchored, the same proof verifies.
    await mined(as(operator).anchor(tree.root, values.length, await env.confirmedProvider()));
    expect(await reads().verify(tree.root, values[3]!, tree.proof(3))).toBe(true);
  });

  test('a one-leaf tree: the root is the leaf hash and the proof is empty', async () => {
    const value = newCommitment();
    const tree = buildTree([value]);
    expect(tree.root).toBe(leafHash(value));
    expect(tree.proof(0)).toEqual([]);
    await mined(as(operator).anchor(tree.root, 1, await env.confirmedProvider()));
    expect(await reads().verify(tree.root, value, [])).toBe(true);
    expect(await reads().verify(tree.root, newCommitment(), [])).toBe(false);
  });
});
