/**
 * The HTTP API: every route, the function that serves it, and what it adds to the
 * CapabilityStatement. API Gateway routes are made from this table in AWS, and the local HTTP
 * adapter routes with the same table, so both answer the same requests the same way. Requests
 * that match no route go to `fhir-fallback` (the `$default` route), which answers 404 or 405.
 */

import { NOT_IN_PATIENT_COMPARTMENT, PATIENT_COMPARTMENT } from '../schemas/patient-compartment.generated.ts';
import { searchIncludesOf, searchParametersOf, searchRevIncludesOf } from './fhir/search/search-request.ts';

export const FUNCTION_NAMES = [
  'fhir-metadata',
  'smart-token',
  'admin-clients',
  'admin-providers',
  'admin-erasures',
  'fhir-validate',
  'fhir-locate',
  'fhir-ingest',
  'fhir-read',
  'fhir-erase',
  'fhir-consent',
  'patient-consent',
  'patient-auth',
  'patient-records',
  'patient-erasure',
  'fhir-export',
  'fhir-fallback',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a route implements, in CapabilityStatement terms (http://hl7.org/fhir/R4/capabilitystatement.html). */
export type Capability =
  | { level: 'system'; interaction: 'transaction' | 'batch' | 'search-system' | 'history-system' }
  | {
      level: 'type';
      resourceType: string;
      interaction: 'read' | 'vread' | 'update' | 'patch' | 'delete' | 'history-instance' | 'history-type' | 'create' | 'search-type';
      /** For `search-type`: the search parameters served (CapabilityStatement.rest.resource.searchParam). */
      searchParams?: readonly { name: string; type: 'reference' | 'token' | 'date' | 'string' | 'number' | 'quantity' | 'uri'; definition: string }[];
      /** For `search-type`: the `_include` and `_revinclude` values served (searchInclude, searchRevInclude). */
      searchInclude?: readonly string[];
      searchRevInclude?: readonly string[];
    }
  | { level: 'operation'; name: string; definition: string; resourceType?: string };

export interface RouteSpec {
  method: HttpMethod;
  /** API Gateway route path syntax: `{name}` for one segment, `{name+}` for the rest. */
  path: string;
  function: FunctionName;
  capability?: Capability | readonly Capability[];
}

const VALIDATE: Capability = { level: 'operation', name: 'validate', definition: 'http://hl7.org/fhir/OperationDefinition/Resource-validate' };

/**
 * The record locator query. No published OperationDefinition defines it: IHE PIXm's $ihe-pix
 * (https://profiles.ihe.net/ITI/PIXm/OperationDefinition/IHE.PIXm.pix) answers with patient
 * identifiers in other domains, not with the providers that hold records, so claiming its
 * canonical would misdescribe the operation. Its definition is named relative to the server's
 * own FHIR base (the CapabilityStatement resolves it), where the OperationDefinition belongs.
 */
export const LOCATE_DEFINITION = 'OperationDefinition/locate';
const LOCATE: Capability = { level: 'operation', name: 'locate', definition: LOCATE_DEFINITION };

const EVERYTHING: Capability = { level: 'operation', resourceType: 'Patient', name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' };
/** Integrity of a stored resource against its anchored commitment (functions/vault/read/vault-verification.ts). */
export const VERIFY_DEFINITION = 'OperationDefinition/verify';
const VERIFY: Capability = { level: 'operation', name: 'verify', definition: VERIFY_DEFINITION };
/** Crypto-shredding erasure of one patient (functions/fhir-erase): the server's own operation. */
export const ERASE_DEFINITION = 'OperationDefinition/erase';
const ERASE: Capability = { level: 'operation', resourceType: 'Patient', name: 'erase', definition: ERASE_DEFINITION };
/** A one-time code with which a patient's wallet takes control of their pseudonym (functions/consent/enrollment.ts). */
export const ENROLLMENT_CODE_DEFINITION = 'OperationDefinition/enrollment-code';
const ENROLLMENT_CODE: Capability = { level: 'operation', resourceType: 'Patient', name: 'enrollment-code', definition: ENROLLMENT_CODE_DEFINITION };
/** A one-time code with which an enrolled patient's new wallet proposes to take over from a lost one (functions/consent/recovery.ts). */
export const RECOVERY_CODE_DEFINITION = 'OperationDefinition/recovery-code';
const RECOVERY_CODE: Capability = { level: 'operation', resourceType: 'Patient', name: 'recovery-code', definition: RECOVERY_CODE_DEFINITION };
/** Bulk Data Access IG v2.0.0 export operations (functions/fhir-export), for research clients. */
const EXPORT: Capability = { level: 'operation', name: 'export', definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export' };
const PATIENT_EXPORT: Capability = { level: 'operation', resourceType: 'Patient', name: 'export', definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export' };
const GROUP_EXPORT: Capability = { level: 'operation', resourceType: 'Group', name: 'export', definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export' };
/**
 * Every storable resource type (the R4 resource types the Patient CompartmentDefinition sorts; all
 * but Parameters) can be read, and read by version, from the vault.
 */
export const STORABLE_RESOURCE_TYPES: readonly string[] = [...Object.keys(PATIENT_COMPARTMENT), ...NOT_IN_PATIENT_COMPARTMENT].sort();
const READ: Capability[] = STORABLE_RESOURCE_TYPES.map((resourceType) => ({ level: 'type', resourceType, interaction: 'read' }));
const VREAD: Capability[] = STORABLE_RESOURCE_TYPES.map((resourceType) => ({ level: 'type', resourceType, interaction: 'vread' }));

const HISTORY: Capability[] = STORABLE_RESOURCE_TYPES.map((resourceType) => ({ level: 'type', resourceType, interaction: 'history-instance' }));

/**
 * Search inside one patient's compartment (functions/fhir/search, functions/vault/read/compartment-search.ts):
 * every type of the Patient compartment but Consent and AuditEvent (fhir-consent answers those), with
 * the official R4 search parameters of the type, `_id` and `_lastUpdated`. Each type is its own route
 * (`GET /fhir/{type}` would be the shape of `GET /fhir/$locate` in API Gateway), and so is its
 * compartment form `GET /fhir/Patient/{id}/{type}` (a literal segment beside `{operation}`).
 */
export const SEARCHABLE_TYPES: readonly string[] = Object.keys(PATIENT_COMPARTMENT).filter((type) => type !== 'Consent' && type !== 'AuditEvent').sort();
const SEARCH_ROUTES: RouteSpec[] = SEARCHABLE_TYPES.flatMap((resourceType): RouteSpec[] => [
  {
    method: 'GET',
    path: `/fhir/${resourceType}`,
    function: 'fhir-read',
    capability: {
      level: 'type',
      resourceType,
      interaction: 'search-type',
      searchParams: Object.entries(searchParametersOf(resourceType)).map(([name, definition]) => ({ name, type: definition.type, definition: definition.url })),
      searchInclude: searchIncludesOf(resourceType),
      searchRevInclude: searchRevIncludesOf(resourceType),
    },
  },
  ...(resourceType === 'Patient' ? [] : [{ method: 'GET', path: `/fhir/Patient/{id}/${resourceType}`, function: 'fhir-read' } as const]),
]);

/** Every storable type but Bundle (stored with POST [base]/Bundle) can be updated one resource at a time. */
const UPDATE: Capability[] = STORABLE_RESOURCE_TYPES.filter((resourceType) => resourceType !== 'Bundle').map((resourceType) => ({ level: 'type', resourceType, interaction: 'update' }));

/**
 * Create (`POST [base]/{type}`, conditional with If-None-Exist) of every storable type but Bundle
 * (its own route) and Group (defined for export with `PUT [base]/Group/{id}`, functions/fhir-export).
 */
export const CREATABLE_TYPES: readonly string[] = STORABLE_RESOURCE_TYPES.filter((resourceType) => resourceType !== 'Bundle' && resourceType !== 'Group');
const CREATE: Capability[] = CREATABLE_TYPES.map((resourceType) => ({ level: 'type', resourceType, interaction: 'create' }));

export const DEFAULT_ROUTE_FUNCTION: FunctionName = 'fhir-fallback';

export const ROUTES: readonly RouteSpec[] = [
  { method: 'GET', path: '/fhir/metadata', function: 'fhir-metadata' },
  { method: 'GET', path: '/fhir/.well-known/smart-configuration', function: 'fhir-metadata' },
  // The OperationDefinitions of the server's own operations (the CapabilityStatement links them here).
  { method: 'GET', path: '/fhir/OperationDefinition/{id}', function: 'fhir-metadata' },
  { method: 'POST', path: '/fhir/auth/token', function: 'smart-token' },
  // GET is answered 405 by the token endpoint itself, as an OAuth error (RFC 6749 section 5.2).
  { method: 'GET', path: '/fhir/auth/token', function: 'smart-token' },
  // POST [base]/$operation and POST [base]/{type} (create) are one API Gateway route (POST /fhir/{type}): fhir-ingest
  // serves both, dispatching on the segment's leading `$` (functions/fhir-ingest/handler.ts), with $validate and the
  // $export kick-off run in-process as fhir-validate and fhir-export run them.
  { method: 'POST', path: '/fhir/$validate', function: 'fhir-ingest', capability: VALIDATE },
  { method: 'POST', path: '/fhir/{type}/$validate', function: 'fhir-validate' },
  // In API Gateway GET /fhir/{operation}: any future system-level GET operation shares it (and its function).
  { method: 'GET', path: '/fhir/$locate', function: 'fhir-locate', capability: LOCATE },
  // Ingest into the vault: transaction and batch at the base, collection and document as a Bundle.
  {
    method: 'POST',
    path: '/fhir',
    function: 'fhir-ingest',
    capability: [
      { level: 'system', interaction: 'transaction' },
      { level: 'system', interaction: 'batch' },
    ],
  },
  { method: 'POST', path: '/fhir/Bundle', function: 'fhir-ingest', capability: { level: 'type', resourceType: 'Bundle', interaction: 'create' } },
  // Create (and conditional create with If-None-Exist) of one resource: the same ingest, as a transaction of one entry.
  { method: 'POST', path: '/fhir/{type}', function: 'fhir-ingest', capability: CREATE },
  // Update (creating what does not exist) and conditional update of one resource: the same ingest, as a transaction of one entry.
  { method: 'PUT', path: '/fhir/{type}/{id}', function: 'fhir-ingest', capability: UPDATE },
  { method: 'PUT', path: '/fhir/{type}', function: 'fhir-ingest' },
  // Reads of what the caller may see. In API Gateway $everything is GET /fhir/Patient/{id}/{operation}.
  { method: 'GET', path: '/fhir/{type}/{id}', function: 'fhir-read', capability: READ },
  { method: 'GET', path: '/fhir/{type}/{id}/_history/{vid}', function: 'fhir-read', capability: VREAD },
  // In API Gateway, on a Patient this arrives on $everything's route (GET /fhir/Patient/{id}/{operation}), also fhir-read's.
  { method: 'GET', path: '/fhir/{type}/{id}/_history', function: 'fhir-read', capability: HISTORY },
  ...SEARCH_ROUTES,
  { method: 'GET', path: '/fhir/Patient/{id}/$everything', function: 'fhir-read', capability: EVERYTHING },
  // A person's records at every holder (identifier=system|value), with consent on chain or in an emergency.
  { method: 'GET', path: '/fhir/Patient/$everything', function: 'fhir-read' },
  // $verify shares fhir-read: in API GW, GET /fhir/Patient/{id}/$verify would match $everything's route.
  { method: 'GET', path: '/fhir/{type}/{id}/$verify', function: 'fhir-read', capability: VERIFY },
  { method: 'POST', path: '/fhir/Patient/{id}/$erase', function: 'fhir-erase', capability: ERASE },
  // Beside the records: enrollment codes for patients, their consents (from the chain) and the access log.
  // In API Gateway both are POST /fhir/Patient/{id}/{operation}: the holder's operations on its patient share fhir-erase.
  { method: 'POST', path: '/fhir/Patient/{id}/$enrollment-code', function: 'fhir-erase', capability: ENROLLMENT_CODE },
  { method: 'POST', path: '/fhir/Patient/{id}/$recovery-code', function: 'fhir-erase', capability: RECOVERY_CODE },
  {
    method: 'GET',
    path: '/fhir/Consent',
    function: 'fhir-consent',
    capability: { level: 'type', resourceType: 'Consent', interaction: 'search-type', searchParams: [{ name: 'patient', type: 'reference', definition: 'http://hl7.org/fhir/SearchParameter/clinical-patient' }] },
  },
  {
    method: 'GET',
    path: '/fhir/AuditEvent',
    function: 'fhir-consent',
    capability: { level: 'type', resourceType: 'AuditEvent', interaction: 'search-type', searchParams: [{ name: 'patient', type: 'reference', definition: 'http://hl7.org/fhir/SearchParameter/AuditEvent-patient' }] },
  },
  // The patient's wallet: enrollment and consents, authorised by its signatures (the exchange relays).
  { method: 'GET', path: '/patient/enroll', function: 'patient-consent' },
  { method: 'POST', path: '/patient/enroll', function: 'patient-consent' },
  { method: 'POST', path: '/patient/consents/$prepare', function: 'patient-consent' },
  { method: 'POST', path: '/patient/consents', function: 'patient-consent' },
  { method: 'GET', path: '/patient/consents', function: 'patient-consent' },
  { method: 'GET', path: '/patient/grantees', function: 'patient-consent' },
  // Recovery of a lost wallet (functions/consent/recovery.ts): the new wallet redeems a recovery code
  // with its signature, the current controller cancels with its own, anyone finalises after the delay.
  // In API Gateway the $-operations are one route, POST /patient/recovery/{operation} (the API stack
  // is near CloudFormation's 500 resources: every route is a route and a permission).
  { method: 'GET', path: '/patient/recovery', function: 'patient-consent' },
  { method: 'POST', path: '/patient/recovery/$prepare', function: 'patient-consent' },
  { method: 'POST', path: '/patient/recovery/$propose', function: 'patient-consent' },
  { method: 'POST', path: '/patient/recovery/$prepare-cancel', function: 'patient-consent' },
  { method: 'POST', path: '/patient/recovery/$cancel', function: 'patient-consent' },
  { method: 'POST', path: '/patient/recovery/$finalize', function: 'patient-consent' },
  // The patient's own records, holders and access log, with a session (basis patient-self).
  { method: 'GET', path: '/patient/holders', function: 'patient-records' },
  { method: 'GET', path: '/patient/records', function: 'patient-records' },
  { method: 'GET', path: '/patient/access-log', function: 'patient-records' },
  // The person's erasure everywhere, signed by the controller (EIP-712) and relayed on chain.
  { method: 'POST', path: '/patient/erasure/$prepare', function: 'patient-erasure' },
  { method: 'POST', path: '/patient/erasure', function: 'patient-erasure' },
  // The patient's sign-in (Sign-In with Ethereum) and session.
  { method: 'GET', path: '/patient/config', function: 'patient-auth' },
  { method: 'GET', path: '/patient/auth/nonce', function: 'patient-auth' },
  { method: 'POST', path: '/patient/auth/siwe', function: 'patient-auth' },
  { method: 'POST', path: '/patient/auth/logout', function: 'patient-auth' },
  { method: 'GET', path: '/patient/session', function: 'patient-auth' },
  { method: 'GET', path: '/admin/clients', function: 'admin-clients' },
  { method: 'GET', path: '/admin/clients/{clientId}', function: 'admin-clients' },
  { method: 'PUT', path: '/admin/clients/{clientId}', function: 'admin-clients' },
  // The provider registry on chain. The three operations are one API Gateway route
  // (POST /admin/providers/{providerId}/{operation}); the route guard tells them apart.
  { method: 'GET', path: '/admin/providers', function: 'admin-providers' },
  { method: 'GET', path: '/admin/providers/{providerId}', function: 'admin-providers' },
  { method: 'POST', path: '/admin/providers/{providerId}/$apply', function: 'admin-providers' },
  { method: 'POST', path: '/admin/providers/{providerId}/$confirm', function: 'admin-providers' },
  { method: 'POST', path: '/admin/providers/{providerId}/$suspend', function: 'admin-providers' },
  // Pending wallet recoveries, and the admin's veto with a reason (functions/consent/recovery-admin.ts):
  // served by admin-providers, the function that signs as the admin.
  { method: 'GET', path: '/admin/recoveries', function: 'admin-providers' },
  { method: 'POST', path: '/admin/recoveries/{pseudonym}/$veto', function: 'admin-providers' },
  // A person's erasure at every holder, under a legal order (functions/admin-erasures).
  { method: 'POST', path: '/admin/erasures', function: 'admin-erasures' },
  // Bulk Data export for research clients (functions/fhir-export): kick-off at each level, the job's status, and the groups they define.
  // API Gateway routes $-operations by position: GET /fhir/{operation}, POST /fhir/{type} (create and system-level
  // operations), GET /fhir/Patient/{operation}, POST /fhir/{type}/{operation} and GET /fhir/{type}/{id}/{operation}
  // belong to the functions of $locate, create, $everything, $validate and $verify, so those kick-offs are served
  // there (functions/fhir-export/kick-off.ts).
  { method: 'GET', path: '/fhir/$export', function: 'fhir-locate', capability: EXPORT },
  { method: 'POST', path: '/fhir/$export', function: 'fhir-ingest' },
  { method: 'GET', path: '/fhir/Patient/$export', function: 'fhir-read', capability: PATIENT_EXPORT },
  { method: 'POST', path: '/fhir/Patient/$export', function: 'fhir-validate' },
  { method: 'GET', path: '/fhir/Group/{id}/$export', function: 'fhir-read', capability: GROUP_EXPORT },
  { method: 'POST', path: '/fhir/Group/{id}/$export', function: 'fhir-export' },
  { method: 'GET', path: '/fhir/bulk-status/{jobId}', function: 'fhir-export' },
  { method: 'DELETE', path: '/fhir/bulk-status/{jobId}', function: 'fhir-export' },
  { method: 'PUT', path: '/fhir/Group/{id}', function: 'fhir-export', capability: { level: 'type', resourceType: 'Group', interaction: 'update' } },
];

/** Everything the route table claims, for the CapabilityStatement. */
export function routeCapabilities(routes: readonly RouteSpec[] = ROUTES): Capability[] {
  return routes.flatMap((route) => (route.capability === undefined ? [] : Array.isArray(route.capability) ? route.capability : [route.capability as Capability]));
}

export function routeKey(route: Pick<RouteSpec, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}
