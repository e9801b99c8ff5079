/** The figures `npm run bench` reports, one per metric, written to bench/results.json. */
export interface Metric {
  median: number;
  unit: 'ms' | 'bytes' | 'ratio';
  runs: number;
}

export type Metrics = Record<string, Metric>;

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return Math.round(value * 100) / 100;
}

export function timed(samples: number[]): Metric {
  return { median: median(samples), unit: 'ms', runs: samples.length };
}
