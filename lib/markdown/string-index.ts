/**
 * A list of distinct strings and the index of each, as a `Map<string, number>` beside an
 * array would keep them, in a hash table of 4-byte slots: a Map holds about 45 bytes a
 * string, which for the topics of a file of 10,000 one-line headings was 3× the file
 * (outline.ts, issue 12.5).
 */
export class StringIndex {
  /** Every string added, in order. */
  readonly values: string[] = [];
  /** Open addressing: an index into `values` + 1, or 0 for an empty slot; at most half full. */
  private slots = new Int32Array(64);

  /** The index of `value`, added at the end when it is new. */
  indexOf(value: string): number {
    let slot = this.find(value);
    const known = this.slots[slot] ?? 0;
    if (known) return known - 1;
    this.values.push(value);
    if (this.values.length * 2 > this.slots.length) {
      this.grow();
      slot = this.find(value);
    }
    this.slots[slot] = this.values.length;
    return this.values.length - 1;
  }

  /** The slot holding `value`, or the empty slot where it goes. */
  private find(value: string): number {
    const mask = this.slots.length - 1;
    let slot = hash(value) & mask;
    for (;;) {
      const known = this.slots[slot] ?? 0;
      if (!known || this.values[known - 1] === value) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    // The last value is placed by the caller.
    for (let i = 0; i < this.values.length - 1; i++) {
      let slot = hash(this.values[i] ?? '') & mask;
      while (this.slots[slot]) slot = (slot + 1) & mask;
      this.slots[slot] = i + 1;
    }
  }
}

/** FNV-1a over the UTF-16 code units. */
function hash(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
