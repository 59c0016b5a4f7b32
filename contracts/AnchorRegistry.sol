// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {ProviderRegistry} from "./ProviderRegistry.sol";

/// @title AnchorRegistry
/// @notice Write-once registry of Merkle roots over the exchange's salted commitments. The
///         exchange's relayer (OPERATOR_ROLE) anchors a root on behalf of a confirmed provider;
///         anyone can then check that a commitment is included under an anchored root.
/// @dev Only roots and their metadata are stored; the leaves are salted commitments computed off
///      chain, so nothing here reveals PHI.
///
///      Merkle tree convention (the off-chain tree MUST be built exactly like this):
///        - Leaf value: a bytes32 (the salted commitment).
///        - Leaf hash:  keccak256(bytes.concat(keccak256(abi.encode(value)))), i.e. keccak256 applied
///                      twice to the 32 value bytes. Double hashing makes a leaf hash distinct from any
///                      inner node, preventing second-preimage attacks (an inner node presented as a
///                      leaf). This is the leaf hash of OpenZeppelin's StandardMerkleTree for the leaf
///                      encoding ["bytes32"]; see `leafHash`.
///        - Inner node: keccak256(a ++ b) where (a, b) are the two child hashes sorted ascending as
///                      uint256 (OpenZeppelin Hashes.commutativeKeccak256 / `standardNodeHash`). Pairs
///                      are sorted, so a proof is just the list of sibling hashes from the leaf up,
///                      with no left/right flags.
///        - Shape: verification does not depend on it. Any binary tree whose proofs follow the rules
///                 above works (e.g. OpenZeppelin StandardMerkleTree, or pairing nodes level by level
///                 and carrying an odd last node up unchanged); the anchored root is whatever that
///                 tree's root is. A one-leaf tree's root is the leaf hash, with an empty proof.
contract AnchorRegistry is AccessControl {
    /// @notice Role held by the exchange's relayer; allowed to anchor roots.
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");

    /// @notice An anchored root's metadata. `anchoredAt == 0` means the root is not anchored.
    struct Anchor {
        bytes32 providerId;
        uint32 leafCount;
        uint64 anchoredAt;
        uint64 blockNumber;
    }

    /// @notice The registry whose confirmed providers may anchor roots.
    ProviderRegistry public immutable providerRegistry;

    mapping(bytes32 root => Anchor) private _anchors;

    /// @notice The zero address was given where an account or contract is required.
    error AnchorRegistryZeroAddress();
    /// @notice The zero root was given; roots must be non-zero.
    error AnchorRegistryInvalidRoot(bytes32 root);
    /// @notice A leaf count of zero was given for `root`.
    error AnchorRegistryInvalidLeafCount(bytes32 root, uint32 leafCount);
    /// @notice `providerId` is not a confirmed provider in the ProviderRegistry.
    error AnchorRegistryProviderNotConfirmed(bytes32 providerId);
    /// @notice `root` is already anchored; roots are write-once.
    error AnchorRegistryRootExists(bytes32 root);
    /// @notice `root` has not been anchored.
    error AnchorRegistryUnknownRoot(bytes32 root);

    /// @notice Emitted when `root` over `leafCount` leaves is anchored for `providerId` at block time `anchoredAt`.
    event RootAnchored(bytes32 indexed root, uint32 leafCount, bytes32 indexed providerId, uint64 anchoredAt);

    /// @notice Sets up the registry.
    /// @param registry The ProviderRegistry consulted for provider confirmation.
    /// @param admin Account granted DEFAULT_ADMIN_ROLE (manages roles).
    /// @param operator Account granted OPERATOR_ROLE (the exchange's relayer).
    constructor(ProviderRegistry registry, address admin, address operator) {
        if (address(registry) == address(0) || admin == address(0) || operator == address(0)) {
            revert AnchorRegistryZeroAddress();
        }
        providerRegistry = registry;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(OPERATOR_ROLE, operator);
    }

    /// @notice Anchors `root`, a Merkle root over `leafCount` commitments submitted by `providerId`,
    ///         recording the provider, the leaf count, the block timestamp and the block number.
    /// @dev Callable only by OPERATOR_ROLE, on behalf of the provider. Reverts with
    ///      AnchorRegistryInvalidRoot for the zero root, AnchorRegistryInvalidLeafCount for a zero
    ///      leaf count, AnchorRegistryProviderNotConfirmed if `providerId` is not currently confirmed
    ///      and AnchorRegistryRootExists if the root was anchored before (by anyone).
    ///      The tree must follow the convention in the contract documentation.
    ///      Emits RootAnchored.
    /// @param root The Merkle root.
    /// @param leafCount Number of leaves in the tree (informational; not used by `verify`).
    /// @param providerId The confirmed provider the root is anchored for.
    function anchor(bytes32 root, uint32 leafCount, bytes32 providerId) external onlyRole(OPERATOR_ROLE) {
        if (root == bytes32(0)) revert AnchorRegistryInvalidRoot(root);
        if (leafCount == 0) revert AnchorRegistryInvalidLeafCount(root, leafCount);
        if (!providerRegistry.isConfirmed(providerId)) revert AnchorRegistryProviderNotConfirmed(providerId);
        Anchor storage a = _anchors[root];
        if (a.anchoredAt != 0) revert AnchorRegistryRootExists(root);

        uint64 anchoredAt = uint64(block.timestamp);
        a.providerId = providerId;
        a.leafCount = leafCount;
        a.anchoredAt = anchoredAt;
        a.blockNumber = uint64(block.number);
        emit RootAnchored(root, leafCount, providerId, anchoredAt);
    }

    /// @notice Returns the metadata of an anchored root.
    /// @dev Anyone may call. Reverts with AnchorRegistryUnknownRoot if `root` is not anchored
    ///      (use `isAnchored` to test without reverting).
    /// @param root The Merkle root to look up.
    function anchorOf(bytes32 root) external view returns (Anchor memory) {
        Anchor memory a = _anchors[root];
        if (a.anchoredAt == 0) revert AnchorRegistryUnknownRoot(root);
        return a;
    }

    /// @notice Whether `root` has been anchored.
    /// @dev Anyone may call.
    /// @param root The Merkle root to check.
    function isAnchored(bytes32 root) external view returns (bool) {
        return _anchors[root].anchoredAt != 0;
    }

    /// @notice Whether the commitment `leaf` is included in the tree of the anchored `root`.
    /// @dev Anyone may call. Returns false (never reverts) if `root` is not anchored or the proof
    ///      does not lead from the leaf to the root. `leaf` is the leaf VALUE: the contract hashes it
    ///      itself (see `leafHash`), so callers must not pass a pre-hashed leaf. `proof` lists the
    ///      sibling hashes from the leaf level up (OpenZeppelin MerkleProof with sorted pairs).
    /// @param root An anchored Merkle root.
    /// @param leaf The leaf value (the salted commitment), before hashing.
    /// @param proof Sibling hashes from the leaf up to (excluding) the root.
    function verify(bytes32 root, bytes32 leaf, bytes32[] calldata proof) external view returns (bool) {
        if (_anchors[root].anchoredAt == 0) return false;
        return MerkleProof.verifyCalldata(proof, root, leafHash(leaf));
    }

    /// @notice The leaf hash of the leaf value `leaf`: keccak256(bytes.concat(keccak256(abi.encode(leaf)))).
    /// @dev Anyone may call; pure. Lets the off-chain tree builder check its leaf hashing against the
    ///      contract's.
    /// @param leaf The leaf value (the salted commitment).
    function leafHash(bytes32 leaf) public pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(leaf))));
    }
}
