import type { OperationDefinition, OperationDefinitionParameter } from 'fhir/r4.d.ts';
import { ENROLLMENT_CODE_DEFINITION, ERASE_DEFINITION, LOCATE_DEFINITION, RECOVERY_CODE_DEFINITION, VERIFY_DEFINITION } from '../routes.ts';
import { SOFTWARE } from './capability-statement.ts';

/**
 * The OperationDefinitions of the exchange's own operations, the ones its CapabilityStatement
 * names relative to its FHIR base (`OperationDefinition/<id>`), served at that address. The
 * operations defined by FHIR itself ($validate, $everything) link to hl7.org.
 */

type Parameter = Omit<OperationDefinitionParameter, 'use' | 'min' | 'max'> & { min?: number; max?: string };
const input = (parameter: Parameter): OperationDefinitionParameter => ({ use: 'in', min: 0, max: '1', ...parameter });
const output = (parameter: Parameter): OperationDefinitionParameter => ({ use: 'out', min: 0, max: '1', ...parameter });

interface Definition {
  id: string;
  code: string;
  name: string;
  title: string;
  description: string;
  affectsState: boolean;
  system: boolean;
  type: boolean;
  instance: boolean;
  resource?: string[];
  parameter: OperationDefinitionParameter[];
}

const DEFINITIONS: Definition[] = [
  {
    id: idOf(LOCATE_DEFINITION),
    code: 'locate',
    name: 'Locate',
    title: 'Which providers hold records for a person',
    description:
      'Record locator: the confirmed providers that hold records for the person with this linking identifier, from the RecordLocator contract on chain. Provider clients with a read scope on Patient.',
    affectsState: false,
    system: true,
    type: false,
    instance: false,
    parameter: [
      input({ name: 'identifier', min: 1, type: 'string', documentation: 'The linking identifier, system|value (a token search parameter value).' }),
      output({
        name: 'provider',
        max: '*',
        documentation: 'One per provider holding records.',
        part: [
          output({ name: 'organization', min: 1, type: 'Reference', documentation: 'Organization/<providerId>, readable at this server.' }),
          output({ name: 'endpoint', min: 1, type: 'url', documentation: "The provider's FHIR base." }),
        ],
      }),
    ],
  },
  {
    id: idOf(VERIFY_DEFINITION),
    code: 'verify',
    name: 'Verify',
    title: 'A stored resource against its anchored commitment',
    description:
      "Recomputes the stored resource's salted SHA-256 commitment and checks its Merkle proof against the root anchored on chain (AnchorRegistry). Needs the chain: 503 with Retry-After while it cannot be read.",
    affectsState: false,
    system: false,
    type: false,
    instance: true,
    resource: ['Resource'],
    parameter: [
      output({ name: 'verified', min: 1, type: 'boolean' }),
      output({ name: 'status', min: 1, type: 'code', documentation: 'anchored, pending or mismatch.' }),
      output({ name: 'commitment', min: 1, type: 'string' }),
      output({ name: 'reason', type: 'string' }),
      output({ name: 'root', type: 'string' }),
      output({ name: 'leafIndex', type: 'integer' }),
      output({ name: 'proof', max: '*', type: 'string' }),
      output({ name: 'transactionHash', type: 'string' }),
      output({ name: 'blockNumber', type: 'string' }),
      output({ name: 'anchoredAt', type: 'instant' }),
    ],
  },
  {
    id: idOf(ERASE_DEFINITION),
    code: 'erase',
    name: 'Erase',
    title: "Crypto-shredding of a patient's records at this provider",
    description: "Destroys the branch key of the patient's partition at the calling provider, so that nothing stored there can be opened again, and removes what indexes it.",
    affectsState: true,
    system: false,
    type: false,
    instance: true,
    resource: ['Patient'],
    parameter: [
      output({ name: 'erased', min: 1, type: 'boolean' }),
      output({ name: 'alreadyErased', min: 1, type: 'boolean' }),
      output({ name: 'keyItems', min: 1, type: 'integer' }),
      output({ name: 'objects', min: 1, type: 'integer' }),
      output({ name: 'resources', min: 1, type: 'integer' }),
    ],
  },
  {
    id: idOf(ENROLLMENT_CODE_DEFINITION),
    code: 'enrollment-code',
    name: 'EnrollmentCode',
    title: 'A one-time code for the patient to take control of their pseudonym',
    description: "Issues a single-use code with which the patient's wallet enrolls (POST /patient/enroll) and becomes the controller of their pseudonym on chain.",
    affectsState: true,
    system: false,
    type: false,
    instance: true,
    resource: ['Patient'],
    parameter: [output({ name: 'code', min: 1, type: 'string' }), output({ name: 'expires', min: 1, type: 'instant' })],
  },
  {
    id: idOf(RECOVERY_CODE_DEFINITION),
    code: 'recovery-code',
    name: 'RecoveryCode',
    title: 'A one-time code for an enrolled patient who lost their wallet to propose a new one',
    description:
      "Issues a single-use code with which the patient's new wallet proposes, on chain, to replace the controller of their pseudonym (POST /patient/recovery/$propose). The switch takes effect only after the exchange's recovery delay, during which the current controller can cancel it and the exchange's admin can veto it.",
    affectsState: true,
    system: false,
    type: false,
    instance: true,
    resource: ['Patient'],
    parameter: [output({ name: 'code', min: 1, type: 'string' }), output({ name: 'expires', min: 1, type: 'instant' })],
  },
];

function idOf(definition: string): string {
  return definition.slice('OperationDefinition/'.length);
}

/** The OperationDefinition `id`, with its canonical URL at this server, or undefined. */
export function operationDefinition(id: string, fhirBase: string): OperationDefinition | undefined {
  const definition = DEFINITIONS.find((candidate) => candidate.id === id);
  if (!definition) return undefined;
  return {
    resourceType: 'OperationDefinition',
    id: definition.id,
    url: `${fhirBase}/OperationDefinition/${definition.id}`,
    version: SOFTWARE.version,
    name: definition.name,
    title: definition.title,
    status: 'active',
    kind: 'operation',
    publisher: SOFTWARE.name,
    description: definition.description,
    affectsState: definition.affectsState,
    code: definition.code,
    ...(definition.resource ? { resource: definition.resource as OperationDefinition['resource'] } : {}),
    system: definition.system,
    type: definition.type,
    instance: definition.instance,
    parameter: definition.parameter,
  };
}

/** The ids of every OperationDefinition served. */
export const OPERATION_DEFINITION_IDS: readonly string[] = DEFINITIONS.map((definition) => definition.id);
