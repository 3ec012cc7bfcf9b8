import { describe, expect, it } from 'vitest';
import { backupToJson } from '@/utils/backup/export-backup';
import { parseBackup } from '@/utils/backup/parse-backup';
import { generateBackup } from '../../scripts/generate-jobs';

describe('generated jobs (bench and e2e data)', () => {
  it('is a valid backup, the same for the same seed', () => {
    const backup = generateBackup({ count: 300, seed: 7 });
    const parsed = parseBackup(backupToJson(backup));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.backup.jobs).toHaveLength(300);
    expect(backupToJson(generateBackup({ count: 300, seed: 7 }))).toBe(backupToJson(backup));
    expect(new Set(backup.jobs.map((job) => job.status)).size).toBeGreaterThan(5);
  });
});
