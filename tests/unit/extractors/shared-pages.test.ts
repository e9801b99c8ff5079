/**
 * The real pages in ../shared/pages (saved by other people, byte for byte), extracted at
 * the URL ../shared/README.md gives for each, compared with
 * tests/fixtures/shared-pages/<name>.expected.json. Baselines are written only with
 * UPDATE_FIXTURES=1; review every changed JSON by eye.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { extractFromHtml } from '../../../lib/extractors/fromHtml';
import { sharedPageUrls } from './shared-urls';

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const PAGES = join(SHARED, 'pages');
const EXPECTED = fileURLToPath(new URL('../../fixtures/shared-pages/', import.meta.url));
const UPDATE = process.env.UPDATE_FIXTURES === '1';

const urls = existsSync(PAGES)
  ? sharedPageUrls(readFileSync(join(SHARED, 'README.md'), 'utf8'))
  : new Map<string, string>();
const pages = existsSync(PAGES)
  ? readdirSync(PAGES)
      .filter((name) => name.endsWith('.html'))
      .sort()
  : [];

describe.skipIf(pages.length === 0)('the shared real pages', () => {
  test('every page has its URL in the README', () => {
    expect(pages.filter((name) => !urls.has(name))).toEqual([]);
  });

  test.each(pages)(
    '%s',
    async (name) => {
      const html = readFileSync(join(PAGES, name), 'utf8');
      const extraction = await extractFromHtml(html, urls.get(name) ?? '');
      const actual = JSON.parse(JSON.stringify(extraction)) as unknown;
      const expectedPath = join(EXPECTED, name.replace(/\.html$/, '.expected.json'));
      if (UPDATE) {
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
        return;
      }
      if (!existsSync(expectedPath)) {
        throw new Error(`${name}: no baseline; run UPDATE_FIXTURES=1 npx vitest run shared-pages`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    },
    30_000,
  );
});
