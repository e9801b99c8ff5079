// Component tests only: a real store behind the component needs IndexedDB.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';

// findBy…/waitFor give up after 1 s by default: on a loaded 2-core CI machine a real store
// behind a component can take longer. A ceiling, not a delay: passing tests end at once.
configure({ asyncUtilTimeout: 5000 });
