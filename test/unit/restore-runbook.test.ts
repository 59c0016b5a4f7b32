import { describe, expect, test } from 'vitest';
import { versionsAt } from '../../infra/cdk/restore-runbook.ts';

/**
 * The runbook's choice of the vault bucket's object versions as of one instant
 * (infra/cdk/restore-runbook.ts): per key, the newest version written at or before it, none when
 * that is a delete marker (the object was deleted, or erased, by then) or when the key was written
 * only later.
 */
const at = (iso: string) => new Date(iso);
const T = at('2026-12-05T06:00:00Z');

describe('versionsAt', () => {
  test('takes the newest version written at or before the instant, for every key', () => {
    const chosen = versionsAt(
      [
        { Key: 'o/a', VersionId: 'a1', LastModified: at('2026-12-05T05:00:00Z') },
        { Key: 'o/a', VersionId: 'a2', LastModified: at('2026-12-05T05:59:59Z') },
        { Key: 'o/a', VersionId: 'a3', LastModified: at('2026-12-05T06:00:01Z') },
        { Key: 'o/b', VersionId: 'b1', LastModified: T },
      ],
      [],
      T,
    );
    expect(chosen).toEqual([
      { key: 'o/a', versionId: 'a2' },
      { key: 'o/b', versionId: 'b1' },
    ]);
  });

  test('leaves out a key deleted by then (its newest entry is a delete marker), and one written only later', () => {
    const chosen = versionsAt(
      [
        { Key: 'o/erased', VersionId: 'e1', LastModified: at('2026-12-05T04:00:00Z') },
        { Key: 'o/later', VersionId: 'l1', LastModified: at('2026-12-05T07:00:00Z') },
        { Key: 'o/back', VersionId: 'k1', LastModified: at('2026-12-05T04:00:00Z') },
      ],
      [
        { Key: 'o/erased', VersionId: 'm1', LastModified: at('2026-12-05T05:30:00Z') },
        // Deleted only after the instant: the version before it is restored.
        { Key: 'o/back', VersionId: 'm2', LastModified: at('2026-12-05T06:30:00Z') },
      ],
      T,
    );
    expect(chosen).toEqual([{ key: 'o/back', versionId: 'k1' }]);
  });
});
