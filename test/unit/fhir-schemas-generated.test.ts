import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEVIATIONS, STRUCTURE_MODEL } from '../../schemas/fhir-r4-model.ts';

describe('the R4 element model', () => {
  test('the only 4.0.1 members the definitions lack are the known ones', () => {
    // Datatype elements in R4 are Elements (no modifierExtension), which @types/fhir models as
    // BackboneElements; EvidenceVariable.characteristic has the later (R5) shape in Medplum's copy.
    const unexpected = DEVIATIONS.missing.filter((member) => !member.endsWith('.modifierExtension') && !member.startsWith('EvidenceVariableCharacteristic.'));
    expect(unexpected).toEqual([]);
  });

  test('has every R4 resource type and the codes of the all-types value set', () => {
    expect(STRUCTURE_MODEL.resourceTypes).toHaveLength(146);
    expect(STRUCTURE_MODEL.resourceTypes).toEqual(expect.arrayContaining(['Patient', 'Observation', 'Bundle', 'ExampleScenario']));
    expect(STRUCTURE_MODEL.enums.get('vs_all_types')).toEqual(expect.arrayContaining([...STRUCTURE_MODEL.resourceTypes, 'Quantity', 'dateTime']));
  });
});

describe('the compiled R4 structure validator', () => {
  test('the committed file is what the generator makes from the definitions (run `npm run structure:generate`)', async () => {
    const generator = await import('../../schemas/generate-fhir-structure.ts');
    expect(readFileSync(generator.GENERATED_FILE, 'utf8') === generator.GENERATED_SOURCE).toBe(true);
    expect(generator.GENERATED_SOURCE.split('\n').slice(0, 3).join('\n')).toMatch(/GENERATED FILE[\s\S]*npm run structure:generate/);
  });

  test('it is plain code: no zod, and no schema objects read at run time', () => {
    const source = readFileSync(new URL('../../schemas/fhir-r4-structure.generated.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/from 'zod'|z\./);
    expect(source).toMatch(/^function s_Patient\(o: any, c: Context\): void \{$/m);
  });
});
