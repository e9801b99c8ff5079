/**
 * One import in a fresh process run with `--trace-gc` (bench/pathological.ts reads the
 * trace): prints the heap in use just before the import, then the collector's lines during
 * it, then the heap in use after it. The largest heap size the collector saw, less the
 * heap before, is the most the import held at once.
 */
import { importList } from '../lib/markdown/index';
import { pathologicalFile } from '../tests/reliability/pathological';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --trace-gc');
const text = pathologicalFile(process.argv[2] ?? '').build();
gc();
console.log(`BEFORE ${process.memoryUsage().heapUsed}`);
const imported = importList(text);
// Still alive here: what the import built is part of what it costs.
console.log(`AFTER ${process.memoryUsage().heapUsed} ${imported.entries.length}`);
