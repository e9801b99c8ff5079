/**
 * A growable column of integers in a typed array: what the parser records per heading or
 * per block costs 4 bytes (or 1), not an object each. An object per `##` line of a file of
 * 100,000 of them held 140× the file (issue 12.5).
 */
type Storage = Int32Array | Uint8Array;

export class Column {
  private data: Storage;
  length = 0;

  /** `Uint8Array` for values 0–255 (heading levels, kinds), `Int32Array` for line numbers. */
  constructor(private readonly Kind: new (size: number) => Storage) {
    this.data = new Kind(16);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new this.Kind(this.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The value at i; 0 past the end. */
  get(i: number): number {
    return i < this.length ? (this.data[i] ?? 0) : 0;
  }

  /** Keeps the values whose index `keep` accepts, in order. */
  filter(keep: (i: number) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) if (keep(i)) this.data[kept++] = this.data[i] ?? 0;
    this.length = kept;
  }
}
