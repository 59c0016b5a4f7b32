import { describe, expect, test } from 'vitest';
import { ConfigError, authConfigSchema, consentConfigSchema, httpConfigSchema, parseConfig } from '../../schemas/config.ts';

const valid = { CLIENTS_TABLE: 'clients', ASSERTION_JTI_TABLE: 'jtis', KEYS_TABLE: 'keys', EXCHANGE_KMS_KEY_ID: 'alias/x' };

describe('configuration', () => {
  test('defaults apply and numbers are coerced', () => {
    expect(parseConfig(authConfigSchema, { ...valid, ACCESS_TOKEN_TTL_SECONDS: '120' })).toMatchObject({ ACCESS_TOKEN_TTL_SECONDS: 120, CLIENT_CACHE_TTL_SECONDS: 30 });
    expect(parseConfig(httpConfigSchema, {}).MAX_BODY_BYTES).toBe(6 * 1024 * 1024);
  });

  test('a missing or bad variable fails fast, by name, without echoing the value', () => {
    const attempt = () => parseConfig(authConfigSchema, { ...valid, CLIENTS_TABLE: 'x', KEYS_TABLE: undefined, ACCESS_TOKEN_TTL_SECONDS: 'secret-value' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('CLIENTS_TABLE');
      expect(message).toContain('KEYS_TABLE');
      expect(message).toContain('ACCESS_TOKEN_TTL_SECONDS');
      expect(message).not.toContain('secret-value');
    }
  });

  test('the patient portal origins: a comma list of http(s) origins, none by default or when the parameter says none', () => {
    const origins = (value?: string) => parseConfig(consentConfigSchema, { ONE_TIME_CODES_TABLE: 'codes', ...(value === undefined ? {} : { PATIENT_PORTAL_ORIGINS: value }) }).PATIENT_PORTAL_ORIGINS;
    expect(origins()).toEqual([]);
    expect(origins('none')).toEqual([]);
    expect(origins('https://d111111abcdef8.cloudfront.net, https://portal.example.org/')).toEqual(['https://d111111abcdef8.cloudfront.net', 'https://portal.example.org']);
    expect(() => origins('ftp://portal.example.org')).toThrow(/PATIENT_PORTAL_ORIGINS/);
  });

  test('a base URL must be http(s)', () => {
    expect(() => parseConfig(httpConfigSchema, { FHIR_BASE_URL: 'ftp://x/fhir' })).toThrow(/FHIR_BASE_URL/);
  });
});
