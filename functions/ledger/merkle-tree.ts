/**
 * Merkle trees over salted commitments (bytes32 leaf values, see commitment.ts), built exactly
 * as contracts/AnchorRegistry.sol documents and verifies them:
 *
 *   leaf hash  = keccak256(keccak256(abi.encode(value))), i.e. keccak256 applied twice to the 32
 *                value bytes (`abi.encode(bytes32)` is the 32 bytes themselves); equal to
 *                AnchorRegistry.leafHash(value) and to OpenZeppelin StandardMerkleTree's leaf hash
 *                for the leaf encoding ["bytes32"]. Double hashing keeps a leaf hash from ever being
 *                mistaken for an inner node (second-preimage protection).
 *   inner node = keccak256(min(a, b) ‖ max(a, b)), the children compared as uint256
 *                (OpenZeppelin Hashes.commutativeKeccak256), so a proof is just the sibling hashes
 *                from the leaf up, without left/right flags; OpenZeppelin MerkleProof.verify (and so
 *                AnchorRegistry.verify) accepts it.
 *   shape      = OpenZeppelin's StandardMerkleTree layout (`makeMerkleTree`): the 2n−1 nodes form a
 *                complete binary tree in an array, node k having children 2k+1 and 2k+2 and the
 *                root at 0; leaf i (in the caller's order) is node 2n−2−i. An odd node count needs
 *                no special case: the tree is complete, so some leaves sit one level higher and get
 *                proofs one hash shorter. Every proof has ⌊log2 n⌋ or ⌈log2 n⌉ hashes; a one-leaf
 *                tree's root is the leaf hash and its proof is empty.
 *
 * Unlike StandardMerkleTree.of(...) by default, the leaves are NOT sorted: the tree keeps the
 * caller's order, so the same leaves in the same order always give the same root, leaf i's proof
 * is proof(i), and duplicate leaves are fine (each occurrence is its own leaf with its own proof).
 * The result equals OpenZeppelin's `StandardMerkleTree.of(values.map((v) => [v]), ['bytes32'],
 * { sortLeaves: false })` (same root, same proofs), which the contract tests check.
 *
 * Construction is linear: n leaf hashes (2 keccak256 each) and n−1 inner hashes, all written into
 * one buffer. The tree is hashed with hash-wasm's Keccak-256 (WebAssembly, about ten times
 * faster than the JavaScript one in ethers on 32- and 64-byte inputs); single hashes keep ethers'.
 */
import { keccak256 } from 'ethers';
import { createKeccak } from 'hash-wasm';

const BYTES32_RE = /^0x[0-9a-fA-F]{64}$/;
const NODE = 32;

function assertBytes32(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || !BYTES32_RE.test(value)) {
    throw new TypeError(`${what} must be a bytes32: 0x followed by 64 hex digits`);
  }
}

/** One Keccak-256 instance, reset for every hash (hashing is synchronous once it exists). */
const keccak = await createKeccak(256);

/** keccak256 of `data`, written as 32 bytes into `out` at `offset`. */
function keccakInto(data: Uint8Array, out: Buffer, offset: number): void {
  keccak.init();
  keccak.update(data);
  out.set(keccak.digest('binary'), offset);
}

/** The leaf hash of the leaf value `value` (a bytes32), as AnchorRegistry.leafHash computes it. */
export function leafHash(value: string): string {
  assertBytes32(value, 'leaf');
  return keccak256(keccak256(value));
}

/** The inner node over two child hashes: keccak256 of the pair sorted ascending (as uint256). */
export function nodeHash(a: string, b: string): string {
  assertBytes32(a, 'node');
  assertBytes32(b, 'node');
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // Same-length lowercase hex: string order is numeric order.
  return keccak256(x <= y ? `${x}${y.slice(2)}` : `${y}${x.slice(2)}`);
}

/**
 * The root that `proof` leads to from the leaf value `leaf` (OpenZeppelin MerkleProof.processProof
 * applied to leafHash(leaf)).
 */
export function processProof(leaf: string, proof: readonly string[]): string {
  let node = leafHash(leaf);
  for (const [i, sibling] of proof.entries()) {
    assertBytes32(sibling, `proof[${i}]`);
    node = nodeHash(node, sibling);
  }
  return node;
}

/**
 * Whether `proof` proves the leaf value `leaf` under `root`, as AnchorRegistry.verify decides it
 * for an anchored root (this does not look at the chain). Malformed inputs (not bytes32) throw
 * TypeError.
 */
export function verifyProof(root: string, leaf: string, proof: readonly string[]): boolean {
  assertBytes32(root, 'root');
  return processProof(leaf, proof) === root.toLowerCase();
}

/** A Merkle tree over bytes32 leaf values; see the module documentation for the convention. */
export class MerkleTree {
  /** The 2n−1 node hashes, 32 bytes each, in OpenZeppelin's array layout (root first). */
  readonly #nodes: Buffer;
  readonly #leaves: readonly string[];

  private constructor(nodes: Buffer, leaves: readonly string[]) {
    this.#nodes = nodes;
    this.#leaves = leaves;
  }

  /**
   * Builds the tree over `leaves` (bytes32 hex strings, in order; duplicates allowed) in linear
   * time. Throws TypeError for an empty list or a leaf that is not a bytes32.
   */
  static build(leaves: readonly string[]): MerkleTree {
    const n = leaves.length;
    if (n === 0) throw new TypeError('a Merkle tree needs at least one leaf');
    const count = 2 * n - 1;
    const nodes = Buffer.alloc(count * NODE);
    const values: string[] = new Array<string>(n);
    const value = Buffer.alloc(NODE);
    const inner = Buffer.alloc(NODE);
    for (let i = 0; i < n; i++) {
      const leaf = leaves[i];
      assertBytes32(leaf, `leaves[${i}]`);
      values[i] = leaf.toLowerCase();
      value.write(leaf.slice(2), 0, NODE, 'hex');
      keccakInto(value, inner, 0);
      keccakInto(inner, nodes, (count - 1 - i) * NODE);
    }
    const pair = Buffer.alloc(2 * NODE);
    for (let k = count - 1 - n; k >= 0; k--) {
      const left = (2 * k + 1) * NODE;
      const right = left + NODE;
      const leftFirst = nodes.compare(nodes, right, right + NODE, left, left + NODE) <= 0;
      nodes.copy(pair, 0, leftFirst ? left : right, (leftFirst ? left : right) + NODE);
      nodes.copy(pair, NODE, leftFirst ? right : left, (leftFirst ? right : left) + NODE);
      keccakInto(pair, nodes, k * NODE);
    }
    return new MerkleTree(nodes, values);
  }

  /** Number of leaves (the `leafCount` to anchor with the root). */
  get size(): number {
    return this.#leaves.length;
  }

  /** The root: `0x` + 64 lowercase hex digits. */
  get root(): string {
    return this.#node(0);
  }

  /** The leaf value at `index` (lowercase), as given to build. */
  leaf(index: number): string {
    this.#checkIndex(index);
    return this.#leaves[index]!;
  }

  /** The sibling hashes from leaf `index` up to (excluding) the root; empty for a one-leaf tree. */
  proof(index: number): string[] {
    this.#checkIndex(index);
    const proof: string[] = [];
    for (let k = this.#nodes.length / NODE - 1 - index; k > 0; k = (k - 1) >> 1) {
      proof.push(this.#node(k % 2 === 1 ? k + 1 : k - 1));
    }
    return proof;
  }

  #node(k: number): string {
    return `0x${this.#nodes.toString('hex', k * NODE, (k + 1) * NODE)}`;
  }

  #checkIndex(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.#leaves.length) {
      throw new RangeError(`leaf index ${index} is out of range for a tree of ${this.#leaves.length} leaves`);
    }
  }
}
