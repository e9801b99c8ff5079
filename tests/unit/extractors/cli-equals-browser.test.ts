/**
 * The CLI and the extension give the same record for the same page (issue 13, item 8).
 * For every fixture page: `shelf extract --url <url> <file>` (jsdom, as the CLI parses)
 * against the extractors run the way the injected capture script runs them in a tab —
 * on a document a browser-style DOMParser built from the same bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { describe, expect, test, vi } from 'vitest';
import { run, urlFromComment } from '../../../cli/commands/extract';
import { EXTRACTORS } from '../../../lib/extractors/index';
import { extractWith } from '../../../lib/extractors/run';
import { sharedPageUrls } from './shared-urls';

// jsdom ships no types; this is the part of it used here.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (
    html: string,
    options: { url: string },
  ) => { window: { DOMParser: typeof DOMParser } };
};

const FIXTURES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));

function cases(): [string, string][] {
  const own = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.html'))
    .map((name): [string, string] => {
      const file = join(FIXTURES, name);
      return [file, urlFromComment(readFileSync(file, 'utf8')) ?? ''];
    });
  let shared: [string, string][] = [];
  try {
    const urls = sharedPageUrls(readFileSync(join(SHARED, 'README.md'), 'utf8'));
    shared = [...urls].map(([name, url]): [string, string] => [join(SHARED, 'pages', name), url]);
  } catch {
    // ../shared is not there: the project's own fixtures still run.
  }
  return [...own, ...shared];
}

async function cliRecord(file: string, url: string): Promise<unknown> {
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    await run(['--url', url, file]);
  } finally {
    write.mockRestore();
  }
  return JSON.parse(out);
}

function browserRecord(file: string, url: string): unknown {
  const { window } = new JSDOM('', { url });
  const doc = new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  const extraction = extractWith(EXTRACTORS, doc, url);
  const output = extraction.listing ? extraction.captures : extraction.captures[0];
  return JSON.parse(JSON.stringify(output)) as unknown;
}

describe('the CLI and a tab agree', () => {
  test.each(cases())(
    '%s',
    async (file, url) => {
      expect(url).not.toBe('');
      expect(await cliRecord(file, url)).toEqual(browserRecord(file, url));
    },
    60_000,
  );
});
