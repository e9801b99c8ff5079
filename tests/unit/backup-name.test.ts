import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../components/library/backup-name';

describe('the backup file name', () => {
  it("carries the user's local date, zero-padded", () => {
    expect(backupFileName(new Date(2026, 10, 29, 23, 59).getTime())).toBe(
      'paper-shelf-backup-2026-11-29.json',
    );
    expect(backupFileName(new Date(2027, 0, 5, 0, 1).getTime())).toBe(
      'paper-shelf-backup-2027-01-05.json',
    );
  });
});
