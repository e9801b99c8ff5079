/**
 * The library page's Worker: imports, backups and big exports run here, off the thread that
 * every extension page (the popup too) draws on. IndexedDB is the same database in a worker
 * of the extension's origin; it is opened for each operation and closed after it, so a
 * connection closed by an upgrade elsewhere is never reused.
 */
import { serveHeavyWork } from '../../lib/heavy/worker';
import { heavyWork } from '../../lib/heavy/work';
import { Shelf } from '../../lib/store/shelf';

serveHeavyWork(
  self as unknown as Parameters<typeof serveHeavyWork>[0],
  heavyWork(async (use) => {
    const shelf = await Shelf.open();
    try {
      return await use(shelf.db);
    } finally {
      shelf.close();
    }
  }),
);
