/** FHIR R4 (4.0.1) types, from the HL7-generated `@types/fhir` definitions. */
export type {
  Bundle,
  CapabilityStatement,
  CapabilityStatementRest,
  CapabilityStatementRestResource,
  OperationOutcome,
  OperationOutcomeIssue,
  Resource,
} from 'fhir/r4.d.ts';
