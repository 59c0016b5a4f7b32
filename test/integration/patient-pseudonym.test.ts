import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateKeyCommand, GenerateMacCommand, KMSClient, VerifyMacCommand } from '@aws-sdk/client-kms';
import type { Bundle, Identifier, Patient } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  LINKING_PREFIX,
  PROVIDER_SCOPED_PREFIX,
  PseudonymError,
  PseudonymUnavailableError,
  PseudonymService,
  US_SSN_SYSTEM,
  linkingIdentifier,
  normaliseIdentifier,
  pseudonymServiceFromEnv,
} from '../../functions/vault/storage/patient-pseudonym.ts';
import { operations } from '../../infra/local/kms/operations.ts';
import { startKmsStandIn, type KmsStandIn } from '../../infra/local/kms-stand-in.ts';
import { ConfigError, parseConfig, pseudonymConfigSchema } from '../../schemas/config.ts';
import { SYNTHEA_FOLDERS, dataFiles, readJsonFile } from '../support/fhir-data.ts';

const MRN_SYSTEM = 'http://hospital.smarthealthit.org';
const HEX_64 = /^[0-9a-f]{64}$/;

/** The Patient resource of every Synthea patient bundle. */
const syntheaPatients: Patient[] = SYNTHEA_FOLDERS.flatMap((folder) => dataFiles(folder))
  .map((file) => readJsonFile(file) as Bundle)
  .flatMap((bundle) => (bundle.entry ?? []).map((entry) => entry.resource).filter((resource): resource is Patient => resource?.resourceType === 'Patient'));
const ssnOf = (patient: Patient) => patient.identifier!.find((identifier) => identifier.system === US_SSN_SYSTEM)!.value!;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The same person as registered by another provider: its own MRN and id, the SSN written without dashes. */
function asRegisteredElsewhere(patient: Patient): Patient {
  const identifier: Identifier[] = patient.identifier!.map((item) => {
    if (item.system === MRN_SYSTEM) return { ...item, system: 'https://other-provider.example/mrn', value: 'MRN-0042' };
    if (item.system === US_SSN_SYSTEM) return { ...item, value: ` ${item.value!.replaceAll('-', '')} ` };
    return item;
  });
  return { ...patient, id: 'other-provider-id', identifier: identifier.reverse() };
}

describe('identifier normalisation', () => {
  test('SSNs: dashes and spaces dropped, nine digits required, placeholders refused', () => {
    expect(normaliseIdentifier(US_SSN_SYSTEM, '999-33-5538')).toBe(`${US_SSN_SYSTEM}|999335538`);
    expect(normaliseIdentifier(` ${US_SSN_SYSTEM} `, ' 999 33 5538 ')).toBe(`${US_SSN_SYSTEM}|999335538`);
    for (const bad of ['99933553', '9993355381', '999-33-553X', '', '   ', '000-12-3456', '666-12-3456', '123-00-4567', '123-45-0000', '111-11-1111', '123-45-6789']) {
      expect(normaliseIdentifier(US_SSN_SYSTEM, bad), bad).toBeUndefined();
    }
  });

  test('other systems: trimmed, compared exactly, value kept as given', () => {
    expect(normaliseIdentifier('urn:oid:2.16.840.1.113883.4.3.25', ' S99993907 ')).toBe('urn:oid:2.16.840.1.113883.4.3.25|S99993907');
    expect(normaliseIdentifier('http://example.org/MRN', 'a-b c')).toBe('http://example.org/MRN|a-b c');
    expect(normaliseIdentifier('HTTP://HL7.ORG/fhir/sid/us-ssn', '999-33-5538')).toBe('HTTP://HL7.ORG/fhir/sid/us-ssn|999-33-5538');
    expect(normaliseIdentifier('', 'x')).toBeUndefined();
  });

  test('the linking identifier is the first configured system the patient has, in configuration order', () => {
    const patient: Patient = {
      resourceType: 'Patient',
      identifier: [
        { system: 'urn:mrn', value: 'M1' },
        { system: 'urn:national', value: 'N1', use: 'old' },
        { system: US_SSN_SYSTEM, value: '000-00-0000' },
        { system: US_SSN_SYSTEM, value: '999-12-3456' },
        { system: 'urn:national', value: 'N2' },
      ],
    };
    expect(linkingIdentifier(patient, [US_SSN_SYSTEM, 'urn:national'])).toEqual({ system: US_SSN_SYSTEM, normalised: `${US_SSN_SYSTEM}|999123456` });
    expect(linkingIdentifier(patient, ['urn:national', US_SSN_SYSTEM])).toEqual({ system: 'urn:national', normalised: 'urn:national|N2' });
    expect(linkingIdentifier(patient, ['urn:passport'])).toBeUndefined();
    expect(linkingIdentifier({ identifier: undefined }, [US_SSN_SYSTEM])).toBeUndefined();
    for (const patient of syntheaPatients) expect(linkingIdentifier(patient, [US_SSN_SYSTEM])?.normalised).toBe(`${US_SSN_SYSTEM}|${ssnOf(patient).replaceAll('-', '')}`);
  });

  test('configuration: a KMS key id, and linking systems that default to the US SSN', () => {
    expect(parseConfig(pseudonymConfigSchema, { PSEUDONYM_KMS_KEY_ID: 'alias/pseudonyms' })).toEqual({
      PSEUDONYM_KMS_KEY_ID: 'alias/pseudonyms',
      LINKING_IDENTIFIER_SYSTEMS: [US_SSN_SYSTEM],
    });
    expect(parseConfig(pseudonymConfigSchema, { PSEUDONYM_KMS_KEY_ID: 'k', LINKING_IDENTIFIER_SYSTEMS: ` ${US_SSN_SYSTEM}, urn:oid:2.16.840.1.113883.4.1 ,` }).LINKING_IDENTIFIER_SYSTEMS).toEqual([
      US_SSN_SYSTEM,
      'urn:oid:2.16.840.1.113883.4.1',
    ]);
    expect(() => parseConfig(pseudonymConfigSchema, { LINKING_IDENTIFIER_SYSTEMS: ' , ' })).toThrow(ConfigError);
  });
});

describe('pseudonyms from KMS GenerateMac (KMS stand-in)', () => {
  let dataDir: string;
  let standIn: KmsStandIn;
  let kms: KMSClient;
  let keyArn: string;
  let generateMacCalls = 0;
  let service: PseudonymService;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pseudonym-kms-'));
    standIn = await startKmsStandIn({ dataDir, port: 0 });
    kms = new KMSClient({ endpoint: standIn.url, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
    // Count the GenerateMac requests that actually leave for KMS.
    kms.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'GenerateMacCommand') generateMacCalls++;
        return next(args);
      },
      { step: 'initialize', name: 'countGenerateMac' },
    );
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC', Description: 'patient pseudonyms' }));
    keyArn = KeyMetadata!.Arn!;
  });

  beforeEach(() => {
    service = new PseudonymService({ kms, keyId: keyArn });
    generateMacCalls = 0;
  });

  afterAll(async () => {
    kms?.destroy();
    await standIn?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('a pseudonym is 64 lowercase hex characters: the HMAC-SHA-256 of the prefixed, normalised identifier', async () => {
    const pseudonym = await service.forIdentifier(US_SSN_SYSTEM, '999-33-5538');
    expect(pseudonym).toMatch(HEX_64);
    const message = new TextEncoder().encode(`${LINKING_PREFIX}${US_SSN_SYSTEM}|999335538`);
    const verified = await kms.send(new VerifyMacCommand({ KeyId: keyArn, Message: message, MacAlgorithm: 'HMAC_SHA_256', Mac: Buffer.from(pseudonym, 'hex') }));
    expect(verified.MacValid).toBe(true);
  });

  test('the same SSN written differently gives the same pseudonym', async () => {
    const forms = ['999-33-5538', '999335538', ' 999 33 5538 ', '999-335-538'];
    const pseudonyms = await Promise.all(forms.map((form) => service.forIdentifier(US_SSN_SYSTEM, form)));
    expect(new Set(pseudonyms).size).toBe(1);
  });

  test('the same Synthea patient sent by two providers with different MRNs gets the same pseudonym', async () => {
    for (const patient of syntheaPatients) {
      const atFirst = await service.forPatient(patient, 'provider-a', `Patient/${patient.id}`);
      const atSecond = await service.forPatient(asRegisteredElsewhere(patient), 'provider-b', 'Patient/other-provider-id');
      expect(atFirst).toEqual({ pseudonym: expect.stringMatching(HEX_64), scope: 'linked' });
      expect(atSecond).toEqual(atFirst);
    }
  });

  test('different SSNs give different pseudonyms', async () => {
    const ssns = [...new Set(syntheaPatients.map((patient) => ssnOf(patient).replaceAll('-', '')))];
    expect(ssns.length).toBeGreaterThan(1);
    const pseudonyms = await Promise.all(ssns.map((ssn) => service.forIdentifier(US_SSN_SYSTEM, ssn)));
    expect(new Set(pseudonyms).size).toBe(ssns.length);
  });

  test('without a linking identifier the pseudonym is provider-scoped: stable per provider, different between providers', async () => {
    const patient: Patient = { resourceType: 'Patient', identifier: [{ system: MRN_SYSTEM, value: 'M-1' }] };
    const atA = await service.forPatient(patient, 'provider-a', 'Patient/1');
    const atAAgain = await new PseudonymService({ kms, keyId: keyArn }).forPatient(patient, 'provider-a', 'Patient/1');
    const atB = await service.forPatient(patient, 'provider-b', 'Patient/1');
    expect(atA).toEqual({ pseudonym: expect.stringMatching(HEX_64), scope: 'provider' });
    expect(atAAgain).toEqual(atA);
    expect(atB.scope).toBe('provider');
    expect(atB.pseudonym).not.toBe(atA.pseudonym);
    expect((await service.forPatient(patient, 'provider-a', 'Patient/2')).pseudonym).not.toBe(atA.pseudonym);
  });

  test('a provider-scoped pseudonym never equals a linking one, even for look-alike inputs (domain separation)', async () => {
    // Without the prefixes these two messages would be the same bytes.
    const linked = await service.forIdentifier(US_SSN_SYSTEM, '999335538');
    const scoped = await service.providerScoped(US_SSN_SYSTEM, '999335538');
    expect(scoped).not.toBe(linked);
    expect(LINKING_PREFIX.startsWith(PROVIDER_SCOPED_PREFIX) || PROVIDER_SCOPED_PREFIX.startsWith(LINKING_PREFIX)).toBe(false);
    await expect(service.providerScoped('a|b', 'Patient/1')).rejects.toBeInstanceOf(PseudonymError);
  });

  test('a pseudonym never contains or equals a plain SHA-256 of the identifier', async () => {
    for (const patient of syntheaPatients.slice(0, 10)) {
      const ssn = ssnOf(patient);
      const digits = ssn.replaceAll('-', '');
      const { pseudonym } = await service.forPatient(patient, 'provider-a', `Patient/${patient.id}`);
      const plain = [ssn, digits, `${US_SSN_SYSTEM}|${ssn}`, `${US_SSN_SYSTEM}|${digits}`, `${LINKING_PREFIX}${US_SSN_SYSTEM}|${digits}`].map(sha256);
      for (const hash of plain) {
        expect(pseudonym).not.toBe(hash);
        expect(pseudonym.includes(hash.slice(0, 16))).toBe(false);
      }
      expect(pseudonym.includes(digits)).toBe(false);
    }
  });

  test('KMS sees one GenerateMac call per distinct identifier (the cache works, concurrent requests share a call)', async () => {
    await Promise.all(Array.from({ length: 10 }, () => service.forIdentifier(US_SSN_SYSTEM, '999-44-1234')));
    await service.forIdentifier(US_SSN_SYSTEM, '999441234');
    await service.forIdentifier(US_SSN_SYSTEM, ' 999 44 1234');
    expect(generateMacCalls).toBe(1);

    for (const patient of syntheaPatients) await service.forPatient(patient, 'provider-a', `Patient/${patient.id}`);
    for (const patient of syntheaPatients) await service.forPatient(asRegisteredElsewhere(patient), 'provider-b', 'x');
    expect(generateMacCalls).toBe(1 + new Set(syntheaPatients.map(ssnOf)).size);
  });

  test('the cache is bounded: the least recently used identifier is asked for again', async () => {
    const small = new PseudonymService({ kms, keyId: keyArn, cacheSize: 2 });
    await small.forIdentifier(US_SSN_SYSTEM, '999-10-0001');
    await small.forIdentifier(US_SSN_SYSTEM, '999-10-0002');
    await small.forIdentifier(US_SSN_SYSTEM, '999-10-0001'); // cached; now the most recent
    await small.forIdentifier(US_SSN_SYSTEM, '999-10-0003'); // evicts 0002
    expect(generateMacCalls).toBe(3);
    await small.forIdentifier(US_SSN_SYSTEM, '999-10-0001');
    expect(generateMacCalls).toBe(3);
    await small.forIdentifier(US_SSN_SYSTEM, '999-10-0002');
    expect(generateMacCalls).toBe(4);
  });

  test('errors carry neither the identifier nor the message', async () => {
    const wrongKey = new PseudonymService({ kms, keyId: 'alias/does-not-exist' });
    const failure = await wrongKey.forIdentifier(US_SSN_SYSTEM, '999-55-1234').then(() => new Error('resolved'), (error: unknown) => error as Error);
    expect(failure).toBeInstanceOf(PseudonymUnavailableError);
    expect((failure as PseudonymUnavailableError).transient).toBe(false);
    expect(failure.message).toBe('KMS GenerateMac failed (NotFoundException)');
    expect(failure.message).not.toMatch(/999|5512|us-ssn/);
    const invalid = await service.forIdentifier(US_SSN_SYSTEM, '12-34').then(() => new Error('resolved'), (error: unknown) => error as Error);
    expect(invalid).toBeInstanceOf(PseudonymError);
    expect(invalid.message).not.toContain('12-34');
  });

  test('pseudonymServiceFromEnv reads the key id and linking systems from the environment', async () => {
    const fromEnv = pseudonymServiceFromEnv({ PSEUDONYM_KMS_KEY_ID: keyArn, LINKING_IDENTIFIER_SYSTEMS: `urn:national,${US_SSN_SYSTEM}` }, kms);
    const patient: Patient = { resourceType: 'Patient', identifier: [{ system: US_SSN_SYSTEM, value: '999-33-5538' }, { system: 'urn:national', value: 'N-7' }] };
    expect((await fromEnv.forPatient(patient, 'p', 'Patient/1')).pseudonym).toBe(await service.forIdentifier('urn:national', 'N-7'));
    expect(() => pseudonymServiceFromEnv({}, kms)).toThrow(/PSEUDONYM_KMS_KEY_ID/);
  });

  test('the HMAC key cannot be read back through any operation the stand-in offers: only GenerateMac/VerifyMac use it', async () => {
    // The stand-in's own state file is the only place the key material exists outside its memory.
    const state = JSON.parse(await readFile(join(dataDir, 'kms', 'keys.json'), 'utf8')) as { keys: { keyId: string; material: string }[] };
    const keyId = keyArn.split('/')[1]!;
    const stored = state.keys.find((key) => key.keyId === keyId)!;
    const material = Buffer.from(stored.material, 'base64');
    expect(material).toHaveLength(32);
    const forms = [material.toString('base64'), material.toString('hex'), material.toString('base64url')];

    // Call every operation the stand-in serves on the MAC key, through the wire protocol.
    const message = Buffer.from('probe').toString('base64');
    const requests: Record<string, object> = {
      CreateKey: { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' },
      DescribeKey: { KeyId: keyArn },
      CreateAlias: { AliasName: `alias/probe-${Date.now()}`, TargetKeyId: keyArn },
      ListAliases: { KeyId: keyArn },
      ScheduleKeyDeletion: { KeyId: 'alias/none' },
      CancelKeyDeletion: { KeyId: keyArn },
      EnableKey: { KeyId: keyArn },
      DisableKey: { KeyId: 'alias/none' },
      Encrypt: { KeyId: keyArn, Plaintext: message },
      Decrypt: { KeyId: keyArn, CiphertextBlob: Buffer.alloc(64, 1).toString('base64') },
      ReEncrypt: { CiphertextBlob: Buffer.alloc(64, 1).toString('base64'), DestinationKeyId: keyArn },
      GenerateDataKey: { KeyId: keyArn, KeySpec: 'AES_256' },
      GenerateDataKeyWithoutPlaintext: { KeyId: keyArn, KeySpec: 'AES_256' },
      GenerateRandom: { NumberOfBytes: 32 },
      GenerateMac: { KeyId: keyArn, Message: message, MacAlgorithm: 'HMAC_SHA_256' },
      VerifyMac: { KeyId: keyArn, Message: message, MacAlgorithm: 'HMAC_SHA_256', Mac: Buffer.alloc(32).toString('base64') },
      GetPublicKey: { KeyId: keyArn },
      Sign: { KeyId: keyArn, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' },
      Verify: { KeyId: keyArn, Message: message, Signature: Buffer.alloc(70, 1).toString('base64'), SigningAlgorithm: 'ECDSA_SHA_256' },
    };
    expect(Object.keys(requests).sort(), 'a new stand-in operation needs a probe here').toEqual([...operations.keys()].sort());
    // Operations KMS has that would export key material are not served at all.
    const exporting = ['ExportKey', 'GetParametersForImport', 'DeriveSharedSecret'];

    const succeeded: string[] = [];
    for (const name of [...Object.keys(requests), ...exporting]) {
      const response = await fetch(standIn.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `TrentService.${name}` },
        body: JSON.stringify(requests[name] ?? { KeyId: keyArn }),
      });
      const body = await response.text();
      for (const form of forms) expect(body.includes(form), `${name} must not return the key material`).toBe(false);
      if (response.ok && JSON.stringify(requests[name] ?? {}).includes(keyArn)) succeeded.push(name);
      if (exporting.includes(name)) expect(JSON.parse(body).__type, name).toBe('UnsupportedOperationException');
    }
    // The probes reached the key (its metadata is readable, without material); the only
    // cryptographic operation that succeeds on it is GenerateMac, whose MAC is not the key.
    expect(succeeded).toEqual(expect.arrayContaining(['DescribeKey', 'ListAliases', 'GenerateMac']));
    expect(succeeded.filter((name) => !['DescribeKey', 'CreateAlias', 'ListAliases', 'CancelKeyDeletion', 'EnableKey'].includes(name))).toEqual(['GenerateMac']);
    const { Mac } = await kms.send(new GenerateMacCommand({ KeyId: keyArn, Message: Buffer.from('probe'), MacAlgorithm: 'HMAC_SHA_256' }));
    expect(Buffer.from(Mac!).equals(material)).toBe(false);
  });
});
