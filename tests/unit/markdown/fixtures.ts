/** Reviewed expected files under tests/fixtures/markdown; UPDATE_FIXTURES=1 rewrites them. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { FIXTURES_DIR } from './helpers';

/** Compares with a reviewed file under tests/fixtures/markdown; UPDATE_FIXTURES=1 rewrites it. */
export function expectFixture(name: string, actual: string): void {
  const file = resolve(FIXTURES_DIR, name);
  if (process.env.UPDATE_FIXTURES) {
    mkdirSync(FIXTURES_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`missing fixture ${name}: run with UPDATE_FIXTURES=1 and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
