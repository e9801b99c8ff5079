/**
 * The library page's Worker: reading imports and backups and writing big exports run here,
 * off the thread that every extension page (the popup too) draws on. It touches no
 * database: the page applies the result in one transaction.
 */
import { serveHeavyWork } from '../../lib/heavy/worker';
import { heavyWork } from '../../lib/heavy/work';

serveHeavyWork(self as unknown as Parameters<typeof serveHeavyWork>[0], heavyWork);
