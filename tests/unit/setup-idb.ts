// Store tests: every test file gets a fresh in-memory IndexedDB; the store opens it like the
// real one. Loaded only where a database is opened (see vitest.config.ts): elsewhere it
// would cost every file the import for nothing.
import 'fake-indexeddb/auto';
