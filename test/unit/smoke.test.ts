import { test, expect } from 'vitest';
test('node version', () => { expect(process.versions.node.split('.')[0]).toBe('24'); });
