// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {ProviderRegistry} from "./ProviderRegistry.sol";

/// @title ConsentRegistry
/// @notice Patient consent, keyed by pseudonym. Each pseudonym has a controller address (the
///         patient's key). Consent grants and revocations are EIP-712 messages signed by the
///         controller and relayed on chain (normally by the exchange's relayer, since patients hold
///         no ether); the signature, not the sender, is the authority, so the relayer cannot forge
///         consent. Emergency (break-the-glass) access is recorded as an event by the relayer.
/// @dev A patient appears only as a pseudonym (an opaque bytes32 HMAC computed off chain); grantee,
///      purpose and scope are opaque bytes32 values. No PHI may ever be written to this contract.
///
///      Controller lifecycle: the operator sets a pseudonym's controller exactly once
///      (`setController`, on behalf of a confirmed provider that verified the patient); afterwards
///      only the current controller can replace it (`changeController`), or a recovery does:
///
///      Recovery of a lost or stolen key: a confirmed provider verifies the person in person and
///      the exchange gives them a one-time code; the person's new wallet signs a RecoveryProposal
///      and the operator relays it (`proposeRecovery`). It takes effect only after `recoveryDelay`
///      seconds (set at deployment, changed by the admin within [MIN_RECOVERY_DELAY,
///      MAX_RECOVERY_DELAY]); meanwhile the current controller can cancel it with a signed
///      RecoveryCancellation (`cancelRecovery`) and an admin can veto it (`vetoRecovery`, with a
///      reason code only: the reason itself stays in the exchange's audit). Afterwards anyone may
///      finalise it (`executeRecovery`). The controller keeps full control until then; consents and
///      the nonce belong to the pseudonym and carry on, and the old key can sign nothing more.
///
///      EIP-712 domain: name "fhir-exchange ConsentRegistry", version "1", the chain id and this
///      contract's address (see `eip712Domain`). Typed data:
///        Consent(bytes32 pseudonym,bytes32 grantee,bytes32 purpose,bytes32 scope,uint64 expiry,uint256 nonce)
///        Revocation(bytes32 pseudonym,bytes32 grantee,bytes32 purpose,uint256 nonce)
///        ErasureRequest(bytes32 pseudonym,uint256 nonce)
///        RecoveryProposal(bytes32 pseudonym,address newController,uint256 nonce)   (signed by the new wallet)
///        RecoveryCancellation(bytes32 pseudonym,address newController,uint256 nonce)
///      Nonces are per pseudonym, shared by grants, revocations, erasure requests and recovery
///      proposals and cancellations, start at 0 and must be used in
///      order (`nonceOf` is the next one); they survive a change of controller. Signatures are
///      checked with SignatureChecker, so a controller may be an EOA or an ERC-1271 contract wallet.
///
///      One consent is kept per (pseudonym, grantee, purpose); a new grant replaces it. A consent
///      permits access while `block.timestamp < expiry` and it has not been revoked.
contract ConsentRegistry is AccessControl, EIP712 {
    /// @notice Role held by the exchange's relayer; allowed to set controllers and record emergency access.
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");

    /// @notice Purpose of use: treatment.
    bytes32 public constant PURPOSE_TREATMENT = keccak256("treatment");
    /// @notice Purpose of use: research.
    bytes32 public constant PURPOSE_RESEARCH = keccak256("research");

    /// @notice EIP-712 type hash of Consent.
    bytes32 public constant CONSENT_TYPEHASH = keccak256(
        "Consent(bytes32 pseudonym,bytes32 grantee,bytes32 purpose,bytes32 scope,uint64 expiry,uint256 nonce)"
    );
    /// @notice EIP-712 type hash of Revocation.
    bytes32 public constant REVOCATION_TYPEHASH =
        keccak256("Revocation(bytes32 pseudonym,bytes32 grantee,bytes32 purpose,uint256 nonce)");

    /// @notice EIP-712 type hash of ErasureRequest.
    bytes32 public constant ERASURE_TYPEHASH = keccak256("ErasureRequest(bytes32 pseudonym,uint256 nonce)");

    /// @notice EIP-712 type hash of RecoveryProposal.
    bytes32 public constant RECOVERY_PROPOSAL_TYPEHASH =
        keccak256("RecoveryProposal(bytes32 pseudonym,address newController,uint256 nonce)");
    /// @notice EIP-712 type hash of RecoveryCancellation.
    bytes32 public constant RECOVERY_CANCELLATION_TYPEHASH =
        keccak256("RecoveryCancellation(bytes32 pseudonym,address newController,uint256 nonce)");

    /// @notice Shortest recovery delay the admin can set: long enough for a local demonstration, never zero.
    uint64 public constant MIN_RECOVERY_DELAY = 10 seconds;
    /// @notice Longest recovery delay the admin can set.
    uint64 public constant MAX_RECOVERY_DELAY = 30 days;

    /// @notice A consent grant, signed by the pseudonym's controller.
    struct Consent {
        bytes32 pseudonym;
        bytes32 grantee;
        bytes32 purpose;
        bytes32 scope;
        uint64 expiry;
        uint256 nonce;
    }

    /// @notice A consent revocation, signed by the pseudonym's controller.
    struct Revocation {
        bytes32 pseudonym;
        bytes32 grantee;
        bytes32 purpose;
        uint256 nonce;
    }

    /// @notice A request to erase the pseudonym's records at every holder, signed by its controller.
    struct ErasureRequest {
        bytes32 pseudonym;
        uint256 nonce;
    }

    /// @notice A recovery: the new wallet's request to become controller of `pseudonym`, signed by it.
    struct RecoveryProposal {
        bytes32 pseudonym;
        address newController;
        uint256 nonce;
    }

    /// @notice The current controller's refusal of the pending recovery to `newController`.
    struct RecoveryCancellation {
        bytes32 pseudonym;
        address newController;
        uint256 nonce;
    }

    /// @notice A pending recovery. `executableAt == 0` means none.
    struct PendingRecovery {
        address newController;
        bytes32 providerId;
        uint64 executableAt;
    }

    /// @notice A stored consent. `expiry == 0` means none (never granted, or revoked).
    struct ConsentRecord {
        bytes32 scope;
        uint64 expiry;
    }

    /// @notice The registry whose confirmed providers may vouch for controllers and record emergency access.
    ProviderRegistry public immutable providerRegistry;

    mapping(bytes32 pseudonym => address) private _controllers;
    mapping(bytes32 pseudonym => uint256) private _nonces;
    mapping(bytes32 pseudonym => mapping(bytes32 grantee => mapping(bytes32 purpose => ConsentRecord))) private
        _consents;
    mapping(bytes32 pseudonym => PendingRecovery) private _recoveries;

    /// @notice Seconds between a recovery's proposal and the earliest time it can be executed.
    uint64 public recoveryDelay;

    /// @notice The zero address was given where an account or contract is required.
    error ConsentRegistryZeroAddress();
    /// @notice The zero pseudonym was given; pseudonyms must be non-zero.
    error ConsentRegistryInvalidPseudonym(bytes32 pseudonym);
    /// @notice `providerId` is not a confirmed provider in the ProviderRegistry.
    error ConsentRegistryProviderNotConfirmed(bytes32 providerId);
    /// @notice `pseudonym` already has `controller`; only that controller can change it.
    error ConsentRegistryControllerAlreadySet(bytes32 pseudonym, address controller);
    /// @notice `pseudonym` has no controller yet.
    error ConsentRegistryNoController(bytes32 pseudonym);
    /// @notice `account` is not the controller of `pseudonym`.
    error ConsentRegistryNotController(bytes32 pseudonym, address account);
    /// @notice The signature is not a valid signature by `controller`, the controller of `pseudonym`,
    ///         over the message in this contract's EIP-712 domain.
    error ConsentRegistryInvalidSignature(bytes32 pseudonym, address controller);
    /// @notice `nonce` is not the next nonce `expected` of `pseudonym` (e.g. a replayed message).
    error ConsentRegistryInvalidNonce(bytes32 pseudonym, uint256 nonce, uint256 expected);
    /// @notice The consent's `expiry` is not in the future.
    error ConsentRegistryExpired(bytes32 pseudonym, uint64 expiry);
    /// @notice There is no unrevoked consent for (`pseudonym`, `grantee`, `purpose`) to revoke.
    error ConsentRegistryNotGranted(bytes32 pseudonym, bytes32 grantee, bytes32 purpose);
    /// @notice `delay` is outside [MIN_RECOVERY_DELAY, MAX_RECOVERY_DELAY].
    error ConsentRegistryRecoveryDelayOutOfBounds(uint64 delay);
    /// @notice `pseudonym` already has a recovery pending, to `newController`, executable at `executableAt`.
    error ConsentRegistryRecoveryPending(bytes32 pseudonym, address newController, uint64 executableAt);
    /// @notice `pseudonym` has no recovery pending (or not the one to `newController` that was named).
    error ConsentRegistryNoPendingRecovery(bytes32 pseudonym, address newController);
    /// @notice The recovery of `pseudonym` cannot be executed before `executableAt`.
    error ConsentRegistryRecoveryNotReady(bytes32 pseudonym, uint64 executableAt);
    /// @notice The recovery would hand `pseudonym` to `controller`, which controls it already.
    error ConsentRegistryRecoveryToController(bytes32 pseudonym, address controller);
    /// @notice The recovery proposal's signature is not `newController`'s over it in this contract's EIP-712 domain.
    error ConsentRegistryInvalidRecoverySignature(bytes32 pseudonym, address newController);

    /// @notice Emitted when the operator sets the first controller of `pseudonym`, vouched for by `providerId`.
    event ControllerSet(bytes32 indexed pseudonym, address indexed controller, bytes32 indexed providerId);
    /// @notice Emitted when the controller of `pseudonym` hands control to `newController`.
    event ControllerChanged(bytes32 indexed pseudonym, address indexed previousController, address indexed newController);
    /// @notice Emitted when a signed consent for (`pseudonym`, `grantee`, `purpose`) is recorded.
    event ConsentGranted(
        bytes32 indexed pseudonym, bytes32 indexed grantee, bytes32 indexed purpose, bytes32 scope, uint64 expiry
    );
    /// @notice Emitted when a signed revocation for (`pseudonym`, `grantee`, `purpose`) is recorded.
    event ConsentRevoked(bytes32 indexed pseudonym, bytes32 indexed grantee, bytes32 indexed purpose);
    /// @notice Emitted when the operator records emergency access to `pseudonym`'s records by `providerId`.
    event EmergencyAccessRecorded(bytes32 indexed pseudonym, bytes32 indexed providerId, bytes32 reasonCode, uint64 accessedAt);
    /// @notice Emitted when the controller's request to erase `pseudonym`'s records at every holder is recorded.
    event ErasureRequested(bytes32 indexed pseudonym, uint64 requestedAt);
    /// @notice Emitted when the admin changes the recovery delay (and at deployment, from 0).
    event RecoveryDelayChanged(uint64 previousDelay, uint64 newDelay);
    /// @notice Emitted when the operator relays `newController`'s recovery of `pseudonym`, vouched for
    ///         by `providerId`; it can be executed from `executableAt`.
    event RecoveryProposed(
        bytes32 indexed pseudonym, address indexed newController, bytes32 indexed providerId, uint64 executableAt
    );
    /// @notice Emitted when the controller of `pseudonym` cancels the pending recovery to `newController`.
    event RecoveryCancelled(bytes32 indexed pseudonym, address indexed controller, address indexed newController);
    /// @notice Emitted when an admin vetoes the pending recovery of `pseudonym` to `newController`.
    ///         `reasonCode` is opaque (a salted commitment to the reason, which stays off chain).
    event RecoveryVetoed(bytes32 indexed pseudonym, address indexed newController, address indexed admin, bytes32 reasonCode);
    /// @notice Emitted when the recovery of `pseudonym` takes effect: `newController` replaces `previousController`.
    event RecoveryExecuted(bytes32 indexed pseudonym, address indexed previousController, address indexed newController);

    /// @notice Sets up the registry.
    /// @param registry The ProviderRegistry consulted for provider confirmation.
    /// @param admin Account granted DEFAULT_ADMIN_ROLE (manages roles).
    /// @param operator Account granted OPERATOR_ROLE (the exchange's relayer).
    /// @param initialRecoveryDelay Seconds a recovery waits before it can be executed (see setRecoveryDelay).
    constructor(ProviderRegistry registry, address admin, address operator, uint64 initialRecoveryDelay)
        EIP712("fhir-exchange ConsentRegistry", "1")
    {
        if (address(registry) == address(0) || admin == address(0) || operator == address(0)) {
            revert ConsentRegistryZeroAddress();
        }
        providerRegistry = registry;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(OPERATOR_ROLE, operator);
        _setRecoveryDelay(initialRecoveryDelay);
    }

    /// @notice Sets the delay between a recovery's proposal and its execution. Applies to
    ///         recoveries proposed afterwards; pending ones keep their time.
    /// @dev Callable only by DEFAULT_ADMIN_ROLE. Reverts with ConsentRegistryRecoveryDelayOutOfBounds
    ///      outside [MIN_RECOVERY_DELAY, MAX_RECOVERY_DELAY]. Emits RecoveryDelayChanged.
    /// @param delay The new delay, in seconds.
    function setRecoveryDelay(uint64 delay) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setRecoveryDelay(delay);
    }

    /// @notice Sets the first controller of `pseudonym`, on behalf of `providerId`, a confirmed
    ///         provider that has verified the patient off chain.
    /// @dev Callable only by OPERATOR_ROLE. Reverts with ConsentRegistryInvalidPseudonym for the zero
    ///      pseudonym, ConsentRegistryZeroAddress for the zero controller,
    ///      ConsentRegistryProviderNotConfirmed if `providerId` is not currently confirmed and
    ///      ConsentRegistryControllerAlreadySet if the pseudonym already has a controller (the
    ///      operator can set it once only). Emits ControllerSet.
    /// @param pseudonym The patient pseudonym.
    /// @param controller The patient's key (EOA or ERC-1271 wallet).
    /// @param providerId The confirmed provider vouching for the patient.
    function setController(bytes32 pseudonym, address controller, bytes32 providerId)
        external
        onlyRole(OPERATOR_ROLE)
    {
        if (pseudonym == bytes32(0)) revert ConsentRegistryInvalidPseudonym(pseudonym);
        if (controller == address(0)) revert ConsentRegistryZeroAddress();
        if (!providerRegistry.isConfirmed(providerId)) revert ConsentRegistryProviderNotConfirmed(providerId);
        address current = _controllers[pseudonym];
        if (current != address(0)) revert ConsentRegistryControllerAlreadySet(pseudonym, current);

        _controllers[pseudonym] = controller;
        emit ControllerSet(pseudonym, controller, providerId);
    }

    /// @notice Hands control of `pseudonym` to `newController`.
    /// @dev Callable only by the current controller of `pseudonym` (not by the operator or admin).
    ///      Reverts with ConsentRegistryNoController if the pseudonym has no controller,
    ///      ConsentRegistryNotController if the caller is not its controller and
    ///      ConsentRegistryZeroAddress for the zero address. Unused signatures by the previous
    ///      controller become invalid; the pseudonym's nonce carries on. Emits ControllerChanged.
    /// @param pseudonym The patient pseudonym.
    /// @param newController The new controller.
    function changeController(bytes32 pseudonym, address newController) external {
        address current = _controller(pseudonym);
        if (msg.sender != current) revert ConsentRegistryNotController(pseudonym, msg.sender);
        if (newController == address(0)) revert ConsentRegistryZeroAddress();

        _controllers[pseudonym] = newController;
        emit ControllerChanged(pseudonym, current, newController);
    }

    /// @notice Records the consent `c`, signed by the controller of `c.pseudonym`, replacing any
    ///         earlier consent for the same (pseudonym, grantee, purpose).
    /// @dev Anyone may submit (normally the operator relays); the controller's EIP-712 signature is
    ///      the authority. Reverts with ConsentRegistryExpired if `c.expiry` is not in the future,
    ///      ConsentRegistryNoController if the pseudonym has no controller,
    ///      ConsentRegistryInvalidNonce if `c.nonce` is not the pseudonym's next nonce and
    ///      ConsentRegistryInvalidSignature if `signature` is not the controller's signature over `c`
    ///      in this contract's domain (wrong signer, chain id or verifying contract).
    ///      Consumes the nonce. Emits ConsentGranted.
    /// @param c The signed consent.
    /// @param signature The controller's EIP-712 signature over `c` (65-byte ECDSA, or ERC-1271).
    function grant(Consent calldata c, bytes calldata signature) external {
        if (c.expiry <= block.timestamp) revert ConsentRegistryExpired(c.pseudonym, c.expiry);
        bytes32 structHash = keccak256(
            abi.encode(CONSENT_TYPEHASH, c.pseudonym, c.grantee, c.purpose, c.scope, c.expiry, c.nonce)
        );
        _useSignedNonce(c.pseudonym, c.nonce, structHash, signature);

        _consents[c.pseudonym][c.grantee][c.purpose] = ConsentRecord({scope: c.scope, expiry: c.expiry});
        emit ConsentGranted(c.pseudonym, c.grantee, c.purpose, c.scope, c.expiry);
    }

    /// @notice Revokes the consent for (`r.pseudonym`, `r.grantee`, `r.purpose`), as signed by the
    ///         controller of `r.pseudonym`.
    /// @dev Anyone may submit (normally the operator relays, but a patient can submit directly so the
    ///      relayer cannot hold back a revocation); the controller's EIP-712 signature is the
    ///      authority. Reverts with ConsentRegistryNoController, ConsentRegistryInvalidNonce or
    ///      ConsentRegistryInvalidSignature as `grant` does, and with ConsentRegistryNotGranted if
    ///      there is no unrevoked consent to revoke (an expired, unrevoked one can be revoked).
    ///      Consumes the nonce. Emits ConsentRevoked.
    /// @param r The signed revocation.
    /// @param signature The controller's EIP-712 signature over `r` (65-byte ECDSA, or ERC-1271).
    function revoke(Revocation calldata r, bytes calldata signature) external {
        bytes32 structHash = keccak256(abi.encode(REVOCATION_TYPEHASH, r.pseudonym, r.grantee, r.purpose, r.nonce));
        _useSignedNonce(r.pseudonym, r.nonce, structHash, signature);
        ConsentRecord storage record = _consents[r.pseudonym][r.grantee][r.purpose];
        if (record.expiry == 0) revert ConsentRegistryNotGranted(r.pseudonym, r.grantee, r.purpose);

        delete _consents[r.pseudonym][r.grantee][r.purpose];
        emit ConsentRevoked(r.pseudonym, r.grantee, r.purpose);
    }

    /// @notice Records the controller's request that `e.pseudonym`'s records be erased at every holder
    ///         (crypto-shredding off chain): the journal of erasures that a restore from backup
    ///         cannot roll back.
    /// @dev Anyone may submit (normally the operator relays); the controller's EIP-712 signature is
    ///      the authority. Reverts with ConsentRegistryNoController, ConsentRegistryInvalidNonce or
    ///      ConsentRegistryInvalidSignature as `grant` does. Consumes the nonce. Stores nothing
    ///      else. Emits ErasureRequested with the block timestamp.
    /// @param e The signed erasure request.
    /// @param signature The controller's EIP-712 signature over `e` (65-byte ECDSA, or ERC-1271).
    function requestErasure(ErasureRequest calldata e, bytes calldata signature) external {
        bytes32 structHash = keccak256(abi.encode(ERASURE_TYPEHASH, e.pseudonym, e.nonce));
        _useSignedNonce(e.pseudonym, e.nonce, structHash, signature);
        emit ErasureRequested(e.pseudonym, uint64(block.timestamp));
    }

    /// @notice Proposes that `p.newController` become the controller of `p.pseudonym`, on behalf of
    ///         `providerId`, a confirmed provider that has verified the person off chain. It can be
    ///         executed `recoveryDelay` seconds from now unless cancelled or vetoed first.
    /// @dev Callable only by OPERATOR_ROLE (the exchange relays after the person redeemed a one-time
    ///      code); `signature` is the new wallet's EIP-712 signature over `p`, so the operator can
    ///      hand a pseudonym only to a wallet that asked for it, once per nonce. Reverts with
    ///      ConsentRegistryZeroAddress for the zero new controller, ConsentRegistryProviderNotConfirmed,
    ///      ConsentRegistryNoController if the pseudonym has none (enroll instead),
    ///      ConsentRegistryRecoveryToController if the new controller is the current one,
    ///      ConsentRegistryRecoveryPending if a recovery is pending already,
    ///      ConsentRegistryInvalidNonce if `p.nonce` is not the pseudonym's next nonce and
    ///      ConsentRegistryInvalidRecoverySignature. Consumes the nonce. Emits RecoveryProposed.
    /// @param p The signed proposal.
    /// @param signature The new controller's EIP-712 signature over `p` (65-byte ECDSA, or ERC-1271).
    /// @param providerId The confirmed provider vouching for the person.
    function proposeRecovery(RecoveryProposal calldata p, bytes calldata signature, bytes32 providerId)
        external
        onlyRole(OPERATOR_ROLE)
    {
        if (p.newController == address(0)) revert ConsentRegistryZeroAddress();
        if (!providerRegistry.isConfirmed(providerId)) revert ConsentRegistryProviderNotConfirmed(providerId);
        address current = _controller(p.pseudonym);
        if (p.newController == current) revert ConsentRegistryRecoveryToController(p.pseudonym, current);
        PendingRecovery storage pending = _recoveries[p.pseudonym];
        if (pending.executableAt != 0) {
            revert ConsentRegistryRecoveryPending(p.pseudonym, pending.newController, pending.executableAt);
        }
        uint256 expected = _nonces[p.pseudonym];
        if (p.nonce != expected) revert ConsentRegistryInvalidNonce(p.pseudonym, p.nonce, expected);
        bytes32 digest =
            _hashTypedDataV4(keccak256(abi.encode(RECOVERY_PROPOSAL_TYPEHASH, p.pseudonym, p.newController, p.nonce)));
        if (!SignatureChecker.isValidSignatureNowCalldata(p.newController, digest, signature)) {
            revert ConsentRegistryInvalidRecoverySignature(p.pseudonym, p.newController);
        }
        _nonces[p.pseudonym] = expected + 1;

        uint64 executableAt = uint64(block.timestamp) + recoveryDelay;
        _recoveries[p.pseudonym] =
            PendingRecovery({newController: p.newController, providerId: providerId, executableAt: executableAt});
        emit RecoveryProposed(p.pseudonym, p.newController, providerId, executableAt);
    }

    /// @notice Cancels the pending recovery of `c.pseudonym` to `c.newController`, as signed by the
    ///         pseudonym's current controller (the key the recovery would replace).
    /// @dev Anyone may submit (normally the operator relays; the patient may submit directly so that
    ///      the relayer cannot hold it back); the controller's EIP-712 signature is the authority.
    ///      Reverts with ConsentRegistryNoController, ConsentRegistryInvalidNonce or
    ///      ConsentRegistryInvalidSignature as `grant` does, and with
    ///      ConsentRegistryNoPendingRecovery if no recovery to `c.newController` is pending.
    ///      Consumes the nonce. Emits RecoveryCancelled.
    /// @param c The signed cancellation.
    /// @param signature The controller's EIP-712 signature over `c` (65-byte ECDSA, or ERC-1271).
    function cancelRecovery(RecoveryCancellation calldata c, bytes calldata signature) external {
        bytes32 structHash =
            keccak256(abi.encode(RECOVERY_CANCELLATION_TYPEHASH, c.pseudonym, c.newController, c.nonce));
        address controller = _useSignedNonce(c.pseudonym, c.nonce, structHash, signature);
        _pending(c.pseudonym, c.newController);

        delete _recoveries[c.pseudonym];
        emit RecoveryCancelled(c.pseudonym, controller, c.newController);
    }

    /// @notice Vetoes the pending recovery of `pseudonym` to `newController`.
    /// @dev Callable only by DEFAULT_ADMIN_ROLE. Reverts with ConsentRegistryNoPendingRecovery if no
    ///      recovery to `newController` is pending. Emits RecoveryVetoed.
    /// @param pseudonym The patient pseudonym.
    /// @param newController The new controller the pending recovery names.
    /// @param reasonCode Opaque, non-PHI reason code (a salted commitment to the reason kept off chain).
    function vetoRecovery(bytes32 pseudonym, address newController, bytes32 reasonCode)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        _pending(pseudonym, newController);
        delete _recoveries[pseudonym];
        emit RecoveryVetoed(pseudonym, newController, msg.sender, reasonCode);
    }

    /// @notice Executes the pending recovery of `pseudonym` once its delay has passed: its new
    ///         controller replaces the current one. Consents and the nonce stay with the pseudonym.
    /// @dev Anyone may call (normally the operator). Reverts with ConsentRegistryNoPendingRecovery,
    ///      ConsentRegistryRecoveryNotReady before `executableAt` and
    ///      ConsentRegistryProviderNotConfirmed if the vouching provider is no longer confirmed.
    ///      Emits ControllerChanged and RecoveryExecuted.
    /// @param pseudonym The patient pseudonym.
    function executeRecovery(bytes32 pseudonym) external {
        PendingRecovery memory pending = _recoveries[pseudonym];
        if (pending.executableAt == 0) revert ConsentRegistryNoPendingRecovery(pseudonym, address(0));
        if (block.timestamp < pending.executableAt) {
            revert ConsentRegistryRecoveryNotReady(pseudonym, pending.executableAt);
        }
        if (!providerRegistry.isConfirmed(pending.providerId)) {
            revert ConsentRegistryProviderNotConfirmed(pending.providerId);
        }
        address previous = _controllers[pseudonym];

        delete _recoveries[pseudonym];
        _controllers[pseudonym] = pending.newController;
        emit ControllerChanged(pseudonym, previous, pending.newController);
        emit RecoveryExecuted(pseudonym, previous, pending.newController);
    }

    /// @notice The pending recovery of `pseudonym`; `executableAt == 0` if none.
    /// @dev Anyone may call.
    /// @param pseudonym The patient pseudonym.
    function pendingRecoveryOf(bytes32 pseudonym) external view returns (PendingRecovery memory) {
        return _recoveries[pseudonym];
    }

    /// @notice Records that `providerId` accessed `pseudonym`'s records in an emergency, without consent.
    /// @dev Callable only by OPERATOR_ROLE, on behalf of the provider. Reverts with
    ///      ConsentRegistryInvalidPseudonym for the zero pseudonym and
    ///      ConsentRegistryProviderNotConfirmed if `providerId` is not currently confirmed. Stores
    ///      nothing. Emits EmergencyAccessRecorded with the block timestamp.
    /// @param pseudonym The patient pseudonym.
    /// @param providerId The confirmed provider that accessed the records.
    /// @param reasonCode Opaque, non-PHI reason code (e.g. keccak256 of a coded reason).
    function recordEmergencyAccess(bytes32 pseudonym, bytes32 providerId, bytes32 reasonCode)
        external
        onlyRole(OPERATOR_ROLE)
    {
        if (pseudonym == bytes32(0)) revert ConsentRegistryInvalidPseudonym(pseudonym);
        if (!providerRegistry.isConfirmed(providerId)) revert ConsentRegistryProviderNotConfirmed(providerId);
        emit EmergencyAccessRecorded(pseudonym, providerId, reasonCode, uint64(block.timestamp));
    }

    /// @notice Whether `grantee` currently has `pseudonym`'s consent for `purpose`: granted, not
    ///         revoked and not expired (`block.timestamp < expiry`).
    /// @dev Anyone may call. Does not look at the scope (see `consentOf`) or at provider status.
    /// @param pseudonym The patient pseudonym.
    /// @param grantee The grantee.
    /// @param purpose The purpose of use.
    function isPermitted(bytes32 pseudonym, bytes32 grantee, bytes32 purpose) external view returns (bool) {
        return block.timestamp < _consents[pseudonym][grantee][purpose].expiry;
    }

    /// @notice The stored consent for (`pseudonym`, `grantee`, `purpose`); `expiry == 0` if none.
    /// @dev Anyone may call. An expired consent is still returned (check `expiry` or `isPermitted`).
    /// @param pseudonym The patient pseudonym.
    /// @param grantee The grantee.
    /// @param purpose The purpose of use.
    function consentOf(bytes32 pseudonym, bytes32 grantee, bytes32 purpose)
        external
        view
        returns (ConsentRecord memory)
    {
        return _consents[pseudonym][grantee][purpose];
    }

    /// @notice The controller of `pseudonym`, or the zero address if none has been set.
    /// @dev Anyone may call.
    /// @param pseudonym The patient pseudonym.
    function controllerOf(bytes32 pseudonym) external view returns (address) {
        return _controllers[pseudonym];
    }

    /// @notice The next nonce to sign for `pseudonym` (every signed message of the pseudonym shares it).
    /// @dev Anyone may call.
    /// @param pseudonym The patient pseudonym.
    function nonceOf(bytes32 pseudonym) external view returns (uint256) {
        return _nonces[pseudonym];
    }

    /// @notice The EIP-712 domain separator of this contract on the current chain.
    /// @dev Anyone may call.
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _controller(bytes32 pseudonym) private view returns (address controller) {
        controller = _controllers[pseudonym];
        if (controller == address(0)) revert ConsentRegistryNoController(pseudonym);
    }

    /// @dev Checks that `nonce` is the pseudonym's next nonce and that `signature` is the controller's
    ///      over `structHash` in this domain, then consumes the nonce.
    function _useSignedNonce(bytes32 pseudonym, uint256 nonce, bytes32 structHash, bytes calldata signature)
        private
        returns (address controller)
    {
        controller = _controller(pseudonym);
        uint256 expected = _nonces[pseudonym];
        if (nonce != expected) revert ConsentRegistryInvalidNonce(pseudonym, nonce, expected);
        if (!SignatureChecker.isValidSignatureNowCalldata(controller, _hashTypedDataV4(structHash), signature)) {
            revert ConsentRegistryInvalidSignature(pseudonym, controller);
        }
        _nonces[pseudonym] = expected + 1;
    }

    function _setRecoveryDelay(uint64 delay) private {
        if (delay < MIN_RECOVERY_DELAY || delay > MAX_RECOVERY_DELAY) revert ConsentRegistryRecoveryDelayOutOfBounds(delay);
        uint64 previous = recoveryDelay;
        recoveryDelay = delay;
        emit RecoveryDelayChanged(previous, delay);
    }

    /// @dev Reverts with ConsentRegistryNoPendingRecovery unless a recovery of `pseudonym` to `newController` is pending.
    function _pending(bytes32 pseudonym, address newController) private view {
        PendingRecovery storage pending = _recoveries[pseudonym];
        if (pending.executableAt == 0 || pending.newController != newController) {
            revert ConsentRegistryNoPendingRecovery(pseudonym, newController);
        }
    }
}
