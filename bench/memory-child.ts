/**
 * One import in a fresh process, for bench/pathological.ts, which bundles this file and runs
 * it with the collector traced (`--trace-gc-nvp`), every collection a full one
 * (`--gc-global`) and one forced every few kilobytes of allocation (`--stress-scavenge`).
 * The import runs twice unmeasured (compiling its code is paid once per page, not per file, and
 * V8 compiles much of it again, optimised, on the second run: with one warm-up that code, ~19 KB,
 * counted as the measured import's for a 4 KB file); then `BEFORE` is printed and the heap collected twice (the baseline: the text and the compiled
 * code), the file imported, the heap collected twice again with the result still alive, and
 * `AFTER` printed. Every collector line between the markers says how much was live then.
 */
import { importList } from '../lib/markdown/index';
import { pathologicalFile } from '../tests/reliability/pathological';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const text = pathologicalFile(process.argv[2] ?? '').build();
importList(text);
importList(text);
// The marker first, then the collection: printing allocates, and that is not the import's.
// Twice each time: memory outside the heap (typed arrays' buffers) is returned one
// collection after their owners died.
console.log('BEFORE');
gc();
gc();
const imported = importList(text);
gc();
gc();
console.log(`AFTER ${imported.entries.length}`);
