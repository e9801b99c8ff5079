/**
 * A backup's file name carries the day it was made (`paper-shelf-backup-2026-11-29.json`),
 * so a folder of backups sorts by date and a new one does not overwrite yesterday's.
 * The user's local day: that is the date they will look for.
 */
export function backupFileName(now: number): string {
  const day = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  return `paper-shelf-backup-${date}.json`;
}
