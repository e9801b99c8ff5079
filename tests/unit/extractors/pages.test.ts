/**
 * Fixture harness: every `tests/fixtures/pages/*.html` is extracted at the URL its first
 * comment names (`<!-- {"url": "https://…"} -->`), with linkedom as the CLI does, and the
 * PageExtraction is compared with `<name>.expected.json` beside it. Whichever extractor
 * answers is part of the expected output, so site pages of any kind can be dropped in.
 *
 * Baselines are written only with UPDATE_FIXTURES=1; review every changed JSON by eye.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { extractFromHtml } from '../../../lib/extractors/fromHtml';

const DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const pages = readdirSync(DIR)
  .filter((name) => name.endsWith('.html'))
  .sort();

function fixtureUrl(html: string, name: string): string {
  const match = /^\s*<!--\s*(\{[\s\S]*?\})\s*-->/.exec(html);
  const url = match?.[1] ? (JSON.parse(match[1]) as { url?: string }).url : undefined;
  if (!url) throw new Error(`${name}: the first comment must be <!-- {"url": "https://…"} -->`);
  return url;
}

describe('saved and written pages', () => {
  test('the folder has fixtures', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.each(pages)(
    '%s',
    async (name) => {
      const html = readFileSync(join(DIR, name), 'utf8');
      const extraction = await extractFromHtml(html, fixtureUrl(html, name));
      // Round-trip through JSON: the expected file holds exactly what crosses a message.
      const actual = JSON.parse(JSON.stringify(extraction)) as unknown;
      const expectedPath = join(DIR, name.replace(/\.html$/, '.expected.json'));
      if (UPDATE) {
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
        return;
      }
      if (!existsSync(expectedPath)) {
        throw new Error(`${name}: no baseline; run UPDATE_FIXTURES=1 npx vitest run pages`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      // The 700 KB LaTeXML page takes ~0.1 s alone, far longer on a loaded CI machine.
    },
    30_000,
  );
});
