import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEVIATIONS, GENERATED_FILE, GENERATED_SOURCE } from '../../schemas/generate-fhir-r4.ts';

describe('the generated R4 schemas', () => {
  test('the committed file is what the generator makes from the definitions (run `npm run schemas:generate`)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8') === GENERATED_SOURCE).toBe(true);
  });

  test('it starts with a header saying it is generated and how to regenerate it', () => {
    expect(GENERATED_SOURCE.split('\n').slice(0, 3).join('\n')).toMatch(/GENERATED FILE[\s\S]*npm run schemas:generate/);
  });

  test('the only 4.0.1 members the definitions lack are the known ones', () => {
    // Datatype elements in R4 are Elements (no modifierExtension), which @types/fhir models as
    // BackboneElements; EvidenceVariable.characteristic has the later (R5) shape in Medplum's copy.
    const unexpected = DEVIATIONS.missing.filter((member) => !member.endsWith('.modifierExtension') && !member.startsWith('EvidenceVariableCharacteristic.'));
    expect(unexpected).toEqual([]);
  });
});
