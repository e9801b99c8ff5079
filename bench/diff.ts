/**
 * The Changes view's line diff in Node, on a 20,000-line list with two changes
 * (`diff_20k_lines_ms`): the unit test checks the answer, this measures the speed.
 */
import { performance } from 'node:perf_hooks';
import { diffLines } from '../lib/diff';
import { type Metrics, timed } from './stats';

export function benchDiff(runs: number): Metrics {
  const lines = Array.from({ length: 20_000 }, (_, i) => `- line ${i}`);
  const changed = [...lines];
  changed.splice(10_000, 0, '- new');
  changed.splice(500, 1);
  const before = lines.join('\n');
  const after = changed.join('\n');
  diffLines(before, after); // warm-up: the first call compiles
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    diffLines(before, after);
    samples.push(performance.now() - start);
  }
  return { diff_20k_lines_ms: timed(samples) };
}
