/**
 * A cache for API answers kept in the extension's `storage.local`, so the GitHub rate
 * limit (60 an hour without a token) survives the popup closing. Entries carry their
 * expiry; an expired one reads as absent.
 */

/** Where API answers are kept between saves (storage.local in the extension, a Map in tests). */
export interface SourceCache {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
}

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

interface Entry {
  value: unknown;
  expires: number;
}

const PREFIX = 'cache:';

export function storageCache(area: StorageArea, now: () => number = Date.now): SourceCache {
  return {
    async get(key) {
      const name = PREFIX + key;
      const entry = (await area.get(name))[name] as Entry | undefined;
      return entry && entry.expires > now() ? entry.value : undefined;
    },
    async set(key, value, ttlMs) {
      const entry: Entry = { value, expires: now() + ttlMs };
      await area.set({ [PREFIX + key]: entry });
    },
  };
}
