/** A `browser.storage.local` stand-in: values stored as JSON, with an optional byte quota. */
import type { SafetyArea } from '../../lib/store/safety';

export class FakeArea implements SafetyArea {
  readonly values = new Map<string, string>();

  constructor(private readonly quotaBytes = Number.POSITIVE_INFINITY) {}

  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      const value = this.values.get(key);
      if (value !== undefined) out[key] = JSON.parse(value);
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const next = new Map(this.values);
    for (const [key, value] of Object.entries(items)) next.set(key, JSON.stringify(value));
    const used = [...next].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
    // As Chrome words it when storage.local is full.
    if (used > this.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
    for (const [key, value] of next) this.values.set(key, value);
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of Array.isArray(keys) ? keys : [keys]) this.values.delete(key);
  }
}
