// Every unit test gets a fresh in-memory IndexedDB; the store opens it like the real one.
import 'fake-indexeddb/auto';
