// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title ProviderRegistry
/// @notice Registry of healthcare providers taking part in the exchange. A provider applies
///         (submitted on its behalf by the exchange's relayer, which holds OPERATOR_ROLE);
///         the exchange admin (DEFAULT_ADMIN_ROLE) then confirms or suspends it.
/// @dev Provider ids are opaque bytes32 values chosen off chain. Only organisational data
///      (display name, FHIR base URL, opaque metadata such as a hash or pointer) is stored.
///      No PHI may ever be written to this contract.
///
///      Status transitions:
///        None      --applyProvider--> Applied
///        Applied   --confirm-->       Confirmed
///        Suspended --confirm-->       Confirmed   (reinstatement)
///        Applied   --suspend-->       Suspended
///        Confirmed --suspend-->       Suspended
///      A provider id can be applied for only once; a suspended provider is reinstated by
///      `confirm`, not by applying again.
contract ProviderRegistry is AccessControl {
    /// @notice Role held by the exchange's relayer; allowed to submit applications.
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");

    /// @notice Lifecycle status of a provider. `None` means the id is unknown.
    enum Status {
        None,
        Applied,
        Confirmed,
        Suspended
    }

    /// @notice A provider record as stored on chain.
    struct Provider {
        Status status;
        uint64 appliedAt;
        uint64 updatedAt;
        string name;
        string fhirEndpoint;
        string metadata;
    }

    mapping(bytes32 providerId => Provider) private _providers;

    /// @notice The zero address was given where an account is required.
    error ProviderRegistryZeroAddress();
    /// @notice The zero id was given; provider ids must be non-zero.
    error ProviderRegistryInvalidProviderId(bytes32 providerId);
    /// @notice No provider has applied under `providerId`.
    error ProviderRegistryUnknownProvider(bytes32 providerId);
    /// @notice A provider has already applied under `providerId`.
    error ProviderRegistryAlreadyApplied(bytes32 providerId);
    /// @notice The requested transition is not allowed from the provider's current `status`.
    error ProviderRegistryInvalidStatus(bytes32 providerId, Status status);

    /// @notice Emitted when the operator submits an application for `providerId`.
    event ProviderApplied(bytes32 indexed providerId, string name, string fhirEndpoint, address indexed operator);
    /// @notice Emitted when the admin confirms (or reinstates) `providerId`.
    event ProviderConfirmed(bytes32 indexed providerId, address indexed admin);
    /// @notice Emitted when the admin suspends `providerId`.
    event ProviderSuspended(bytes32 indexed providerId, address indexed admin);

    /// @notice Sets up the registry.
    /// @param admin Account granted DEFAULT_ADMIN_ROLE (confirms/suspends providers, manages roles).
    /// @param operator Account granted OPERATOR_ROLE (the exchange's relayer).
    constructor(address admin, address operator) {
        if (admin == address(0) || operator == address(0)) revert ProviderRegistryZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(OPERATOR_ROLE, operator);
    }

    /// @notice Records a provider's application with status Applied.
    /// @dev Callable only by OPERATOR_ROLE, which submits on the provider's behalf.
    ///      (Named `applyProvider` because `apply` is a reserved keyword in Solidity.)
    ///      Reverts with ProviderRegistryInvalidProviderId for the zero id and with
    ///      ProviderRegistryAlreadyApplied if the id is already known (in any status).
    ///      Emits ProviderApplied.
    /// @param providerId Opaque, non-zero provider id.
    /// @param name Provider organisation's display name (never patient data).
    /// @param fhirEndpoint The provider's FHIR base URL.
    /// @param metadata Opaque, non-PHI metadata (e.g. a hash of or pointer to an off-chain document).
    function applyProvider(
        bytes32 providerId,
        string calldata name,
        string calldata fhirEndpoint,
        string calldata metadata
    ) external onlyRole(OPERATOR_ROLE) {
        if (providerId == bytes32(0)) revert ProviderRegistryInvalidProviderId(providerId);
        Provider storage p = _providers[providerId];
        if (p.status != Status.None) revert ProviderRegistryAlreadyApplied(providerId);

        p.status = Status.Applied;
        p.appliedAt = uint64(block.timestamp);
        p.updatedAt = uint64(block.timestamp);
        p.name = name;
        p.fhirEndpoint = fhirEndpoint;
        p.metadata = metadata;
        emit ProviderApplied(providerId, name, fhirEndpoint, msg.sender);
    }

    /// @notice Confirms an applied provider, or reinstates a suspended one.
    /// @dev Callable only by DEFAULT_ADMIN_ROLE. Reverts with ProviderRegistryUnknownProvider for an
    ///      unknown id and ProviderRegistryInvalidStatus if the provider is already Confirmed.
    ///      Emits ProviderConfirmed.
    /// @param providerId The provider to confirm.
    function confirm(bytes32 providerId) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Provider storage p = _known(providerId);
        Status status = p.status;
        if (status != Status.Applied && status != Status.Suspended) {
            revert ProviderRegistryInvalidStatus(providerId, status);
        }

        p.status = Status.Confirmed;
        p.updatedAt = uint64(block.timestamp);
        emit ProviderConfirmed(providerId, msg.sender);
    }

    /// @notice Suspends an applied or confirmed provider.
    /// @dev Callable only by DEFAULT_ADMIN_ROLE. Reverts with ProviderRegistryUnknownProvider for an
    ///      unknown id and ProviderRegistryInvalidStatus if the provider is already Suspended.
    ///      Emits ProviderSuspended.
    /// @param providerId The provider to suspend.
    function suspend(bytes32 providerId) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Provider storage p = _known(providerId);
        Status status = p.status;
        if (status != Status.Applied && status != Status.Confirmed) {
            revert ProviderRegistryInvalidStatus(providerId, status);
        }

        p.status = Status.Suspended;
        p.updatedAt = uint64(block.timestamp);
        emit ProviderSuspended(providerId, msg.sender);
    }

    /// @notice Returns the stored record of a provider.
    /// @dev Anyone may call. Reverts with ProviderRegistryUnknownProvider for an unknown id.
    /// @param providerId The provider to look up.
    function getProvider(bytes32 providerId) external view returns (Provider memory) {
        return _known(providerId);
    }

    /// @notice Whether `providerId` is currently confirmed.
    /// @dev Anyone may call. Returns false for unknown, applied and suspended providers.
    /// @param providerId The provider to check.
    function isConfirmed(bytes32 providerId) external view returns (bool) {
        return _providers[providerId].status == Status.Confirmed;
    }

    function _known(bytes32 providerId) private view returns (Provider storage p) {
        p = _providers[providerId];
        if (p.status == Status.None) revert ProviderRegistryUnknownProvider(providerId);
    }
}
