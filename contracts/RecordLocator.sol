// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ProviderRegistry} from "./ProviderRegistry.sol";

/// @title RecordLocator
/// @notice Record locator of the exchange: which confirmed providers hold records for a patient.
///         Holdings are registered in batches by the exchange's relayer (OPERATOR_ROLE) on behalf
///         of the providers; every new (pseudonym, provider) pair is an on-chain event.
/// @dev A patient appears here only as a pseudonym: an opaque bytes32 (an HMAC computed off chain
///      by the exchange). No PHI, and nothing from which PHI can be derived, may ever be written to
///      this contract. Holdings are add-only.
contract RecordLocator is AccessControl {
    /// @notice Role held by the exchange's relayer; allowed to register holdings.
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");

    /// @notice Maximum number of (pseudonym, provider) pairs in one `registerHoldings` call.
    /// @dev A new pair costs about 70k gas (three fresh storage slots plus the event), so a full
    ///      batch of new pairs (~14M gas) stays under the EIP-7825 per-transaction gas cap of
    ///      2^24 = 16,777,216 that applies on chains from the Osaka hard fork on.
    uint256 public constant MAX_BATCH = 200;

    /// @notice The registry whose confirmed providers may hold records.
    ProviderRegistry public immutable providerRegistry;

    /// @dev Providers per pseudonym in registration order, plus a membership index for O(1) lookups.
    ///      (Not OpenZeppelin EnumerableSet: holdings are add-only, and its `at` functions make
    ///      solc 0.8.3x warn.)
    mapping(bytes32 pseudonym => bytes32[] providerIds) private _providers;
    mapping(bytes32 pseudonym => mapping(bytes32 providerId => bool)) private _holds;

    /// @notice The zero address was given where an account or contract is required.
    error RecordLocatorZeroAddress();
    /// @notice `pseudonymsLength` and `providerIdsLength` differ; the arrays must be pairwise.
    error RecordLocatorLengthMismatch(uint256 pseudonymsLength, uint256 providerIdsLength);
    /// @notice The batch has `length` pairs, more than `limit` (MAX_BATCH).
    error RecordLocatorBatchTooLarge(uint256 length, uint256 limit);
    /// @notice The zero pseudonym was given; pseudonyms must be non-zero.
    error RecordLocatorInvalidPseudonym(bytes32 pseudonym);
    /// @notice `providerId` is not a confirmed provider in the ProviderRegistry.
    error RecordLocatorProviderNotConfirmed(bytes32 providerId);

    /// @notice Emitted when `providerId` is first recorded as holding records for `pseudonym`.
    event HoldingRegistered(bytes32 indexed pseudonym, bytes32 indexed providerId);

    /// @notice Sets up the locator.
    /// @param registry The ProviderRegistry consulted for provider confirmation.
    /// @param admin Account granted DEFAULT_ADMIN_ROLE (manages roles).
    /// @param operator Account granted OPERATOR_ROLE (the exchange's relayer).
    constructor(ProviderRegistry registry, address admin, address operator) {
        if (address(registry) == address(0) || admin == address(0) || operator == address(0)) {
            revert RecordLocatorZeroAddress();
        }
        providerRegistry = registry;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(OPERATOR_ROLE, operator);
    }

    /// @notice Records that `providerIds[i]` holds records for `pseudonyms[i]`, for every i.
    /// @dev Callable only by OPERATOR_ROLE, on behalf of the providers. The batch is atomic: it
    ///      reverts as a whole with RecordLocatorLengthMismatch if the arrays differ in length,
    ///      RecordLocatorBatchTooLarge if it has more than MAX_BATCH pairs,
    ///      RecordLocatorInvalidPseudonym for a zero pseudonym and RecordLocatorProviderNotConfirmed
    ///      if any provider is not currently confirmed in the ProviderRegistry (checked for every
    ///      pair, including pairs already registered). Idempotent: a pair that is already
    ///      registered (earlier, or earlier in the same batch) is skipped without error and without
    ///      an event. An empty batch does nothing.
    ///      Emits HoldingRegistered once for every newly registered pair.
    /// @param pseudonyms Patient pseudonyms (opaque, off-chain HMACs; never PHI).
    /// @param providerIds Provider ids, pairwise with `pseudonyms`.
    function registerHoldings(bytes32[] calldata pseudonyms, bytes32[] calldata providerIds)
        external
        onlyRole(OPERATOR_ROLE)
    {
        uint256 length = pseudonyms.length;
        if (length != providerIds.length) revert RecordLocatorLengthMismatch(length, providerIds.length);
        if (length > MAX_BATCH) revert RecordLocatorBatchTooLarge(length, MAX_BATCH);

        // Batches usually carry one provider's holdings: ask the registry once per run of equal ids
        // (always for the first pair, so the zero id is checked like any other).
        bytes32 lastConfirmed;
        for (uint256 i = 0; i < length; ++i) {
            bytes32 pseudonym = pseudonyms[i];
            bytes32 providerId = providerIds[i];
            if (pseudonym == bytes32(0)) revert RecordLocatorInvalidPseudonym(pseudonym);
            if (i == 0 || providerId != lastConfirmed) {
                if (!providerRegistry.isConfirmed(providerId)) revert RecordLocatorProviderNotConfirmed(providerId);
                lastConfirmed = providerId;
            }

            mapping(bytes32 => bool) storage held = _holds[pseudonym];
            if (held[providerId]) continue;

            held[providerId] = true;
            _providers[pseudonym].push(providerId);
            emit HoldingRegistered(pseudonym, providerId);
        }
    }

    /// @notice The providers holding records for `pseudonym`, in registration order.
    /// @dev Anyone may call. Returns an empty array for an unknown pseudonym. Intended for off-chain
    ///      reads (eth_call); the result is unbounded, so contracts should use `holds` instead.
    /// @param pseudonym The patient pseudonym to look up.
    function providersOf(bytes32 pseudonym) external view returns (bytes32[] memory) {
        return _providers[pseudonym];
    }

    /// @notice Whether `providerId` is registered as holding records for `pseudonym`.
    /// @dev Anyone may call. Reflects registration only; it does not re-check the provider's
    ///      current confirmation status.
    /// @param pseudonym The patient pseudonym.
    /// @param providerId The provider.
    function holds(bytes32 pseudonym, bytes32 providerId) external view returns (bool) {
        return _holds[pseudonym][providerId];
    }
}
