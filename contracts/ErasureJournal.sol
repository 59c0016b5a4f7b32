// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title ErasureJournal
/// @notice The exchange's journal of erasures: every crypto-shredding erasure the exchange performs
///         is recorded here before any key is destroyed. The chain is never restored from backup, so
///         a restored exchange reads this journal and re-applies every erasure made after its
///         snapshot before it serves a request: a backup cannot bring an erased patient back.
/// @dev Two scopes, as the exchange keeps them apart:
///        - a person's erasure (every holder's partition of a pseudonym; an admin under a legal
///          order): `recordPersonErasure`;
///        - a holder's erasure (one provider's partition of a pseudonym): `recordHolderErasure`.
///      (A patient's own signed request is journaled by ConsentRegistry.ErasureRequested.)
///      Only opaque values are stored: the pseudonym (an HMAC under an exchange key) and the
///      provider's on-chain id (keccak256 of its exchange id). No PHI is ever written here.
///      Recording is idempotent: the first erasure time is kept, and recording again emits nothing.
contract ErasureJournal is AccessControl {
    /// @notice Role held by the exchange's relayer; allowed to record erasures.
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");

    mapping(bytes32 pseudonym => uint64 erasedAt) private _personErasedAt;
    mapping(bytes32 pseudonym => mapping(bytes32 providerId => uint64 erasedAt)) private _holderErasedAt;

    /// @notice The zero address was given where an account is required.
    error ErasureJournalZeroAddress();
    /// @notice The zero pseudonym was given; pseudonyms are non-zero.
    error ErasureJournalInvalidPseudonym(bytes32 pseudonym);
    /// @notice The zero provider id was given; provider ids are non-zero.
    error ErasureJournalInvalidProviderId(bytes32 providerId);

    /// @notice Emitted when a person's erasure (every holder's partition of `pseudonym`) is recorded.
    event PersonErased(bytes32 indexed pseudonym, uint64 erasedAt);
    /// @notice Emitted when a holder's erasure (`providerId`'s partition of `pseudonym`) is recorded.
    event HolderPartitionErased(bytes32 indexed pseudonym, bytes32 indexed providerId, uint64 erasedAt);

    /// @notice Sets up the journal.
    /// @param admin Account granted DEFAULT_ADMIN_ROLE (manages roles).
    /// @param operator Account granted OPERATOR_ROLE (the exchange's relayer).
    constructor(address admin, address operator) {
        if (admin == address(0) || operator == address(0)) revert ErasureJournalZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(OPERATOR_ROLE, operator);
    }

    /// @notice Records a person's erasure: every holder's partition of `pseudonym`.
    /// @dev Callable only by OPERATOR_ROLE. Reverts with ErasureJournalInvalidPseudonym for the zero
    ///      pseudonym. Emits PersonErased with the block time the first time; a later call for the
    ///      same pseudonym changes nothing and emits nothing.
    /// @param pseudonym The person's pseudonym (opaque HMAC).
    function recordPersonErasure(bytes32 pseudonym) external onlyRole(OPERATOR_ROLE) {
        if (pseudonym == bytes32(0)) revert ErasureJournalInvalidPseudonym(pseudonym);
        if (_personErasedAt[pseudonym] != 0) return;
        uint64 erasedAt = uint64(block.timestamp);
        _personErasedAt[pseudonym] = erasedAt;
        emit PersonErased(pseudonym, erasedAt);
    }

    /// @notice Records a holder's erasure: `providerId`'s partition of `pseudonym` only.
    /// @dev Callable only by OPERATOR_ROLE. Reverts with ErasureJournalInvalidPseudonym or
    ///      ErasureJournalInvalidProviderId for a zero value. Emits HolderPartitionErased with the
    ///      block time the first time; a later call for the same pair changes nothing and emits nothing.
    /// @param pseudonym The person's pseudonym (opaque HMAC).
    /// @param providerId The holder's on-chain provider id (keccak256 of its exchange id).
    function recordHolderErasure(bytes32 pseudonym, bytes32 providerId) external onlyRole(OPERATOR_ROLE) {
        if (pseudonym == bytes32(0)) revert ErasureJournalInvalidPseudonym(pseudonym);
        if (providerId == bytes32(0)) revert ErasureJournalInvalidProviderId(providerId);
        if (_holderErasedAt[pseudonym][providerId] != 0) return;
        uint64 erasedAt = uint64(block.timestamp);
        _holderErasedAt[pseudonym][providerId] = erasedAt;
        emit HolderPartitionErased(pseudonym, providerId, erasedAt);
    }

    /// @notice When the person's erasure of `pseudonym` was first recorded (block time), or 0.
    function personErasedAt(bytes32 pseudonym) external view returns (uint64) {
        return _personErasedAt[pseudonym];
    }

    /// @notice When `providerId`'s erasure of its partition of `pseudonym` was first recorded, or 0.
    function holderErasedAt(bytes32 pseudonym, bytes32 providerId) external view returns (uint64) {
        return _holderErasedAt[pseudonym][providerId];
    }
}
