import { describe, expect, test } from 'vitest';
import { grantScopes, parseScope, parseScopeList, permits, scopeText } from '../../functions/access/smart-scopes.ts';

const scopes = (text: string) => parseScopeList(text).scopes;

describe('SMART scopes', () => {
  test('v2 scopes parse into their permissions', () => {
    expect([...parseScope('system/Patient.rs')!.permissions]).toEqual(['r', 's']);
    expect(parseScope('system/*.cruds')!.resourceType).toBe('*');
  });

  test('permissions out of order, repeated or unknown are not scopes', () => {
    expect(parseScope('system/Patient.sr')).toBeUndefined();
    expect(parseScope('system/Patient.rr')).toBeUndefined();
    expect(parseScope('system/Patient.x')).toBeUndefined();
    expect(parseScope('patient/Patient.rs')).toBeUndefined();
    expect(parseScope('system/patient.rs')).toBeUndefined();
  });

  test('granular scopes with a query are recognised as unsupported, never granted', () => {
    expect(parseScopeList('system/Observation.rs?category=laboratory').unrecognised).toEqual(['system/Observation.rs?category=laboratory']);
  });

  test('v1 scopes map to their v2 equivalents', () => {
    expect(parseScope('system/*.read')!.text).toBe('system/*.rs');
    expect(parseScope('system/Patient.write')!.text).toBe('system/Patient.cud');
    expect(parseScope('system/*.*')!.text).toBe('system/*.cruds');
  });

  test('requests are narrowed to what the registration allows', () => {
    expect(scopeText(grantScopes(scopes('system/*.cruds'), scopes('system/*.rs')))).toBe('system/*.rs');
    expect(scopeText(grantScopes(scopes('system/Patient.cruds'), scopes('system/*.rs')))).toBe('system/Patient.rs');
    expect(scopeText(grantScopes(scopes('system/*.rs'), scopes('system/Observation.r')))).toBe('system/Observation.r');
    expect(grantScopes(scopes('system/Patient.cud'), scopes('system/*.rs'))).toEqual([]);
    expect(grantScopes(scopes('system/Patient.rs'), scopes('system/Observation.rs'))).toEqual([]);
  });

  test('permits checks type and permission', () => {
    const granted = scopes('system/Patient.rs system/Observation.c');
    expect(permits(granted, 'Patient', 'r')).toBe(true);
    expect(permits(granted, 'Patient', 'c')).toBe(false);
    expect(permits(granted, 'Observation', 'c')).toBe(true);
    expect(permits(granted, 'Encounter', 'r')).toBe(false);
    expect(permits(scopes('system/*.s'), 'Encounter', 's')).toBe(true);
  });
});
