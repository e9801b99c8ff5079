/**
 * The built extension asks for what its features use and nothing more, and ships no code
 * that builds code at run time. Reads `.output/chrome-mv3` (run `npm run build` first).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from './browser';

const manifest = () => JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

test('permissions are exactly the ones the features use', () => {
  const built = manifest();
  expect(built.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus']);
  // Each named host, and why (lib/sites/<site>/url.ts lists them); every other site is
  // read only through activeTab, when the user asks.
  expect(built.host_permissions).toEqual([
    // arXiv pages (content scripts, badge) and its API for PDF tabs and bare ids
    'https://arxiv.org/*',
    'https://export.arxiv.org/*',
    // GitHub pages and its REST API (stars, topics, licence)
    'https://github.com/*',
    'https://api.github.com/*',
    // Hugging Face pages and its API
    'https://huggingface.co/*',
    // OpenReview's API v2 and v1: a submission saved from its PDF tab
    'https://api2.openreview.net/*',
    'https://api.openreview.net/*',
    // the ACL Anthology's per-paper BibTeX: a paper saved from its PDF tab
    'https://aclanthology.org/*',
    // PMLR's per-volume BibTeX: a paper saved from its PDF tab
    'https://proceedings.mlr.press/*',
    // the NeurIPS proceedings' per-paper BibTeX: a paper saved from its PDF tab
    'https://proceedings.neurips.cc/*',
    // the bioRxiv/medRxiv API: a preprint saved from its PDF tab
    'https://api.biorxiv.org/*',
    // published versions of arXiv papers: Semantic Scholar, DBLP as the fallback
    'https://api.semanticscholar.org/*',
    'https://dblp.org/*',
    // Crossref: any other DOI saved from a publisher's PDF tab or a doi.org link
    'https://api.crossref.org/*',
  ]);
  expect(built.optional_permissions).toBeUndefined();
  expect(built.optional_host_permissions).toBeUndefined();
  expect(built.externally_connectable).toBeUndefined();
  expect(built.web_accessible_resources).toBeUndefined();
});

test('no remote code: the default extension-page CSP, scripts only from the package', () => {
  const built = manifest();
  // No CSP key means MV3's default: script-src 'self'; nothing may loosen it.
  const csp = JSON.stringify(built.content_security_policy ?? {});
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  for (const html of files(EXTENSION_DIR).filter((file) => file.endsWith('.html'))) {
    const text = readFileSync(html, 'utf8');
    for (const [, src] of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
      expect(src, `${html} loads ${src}`).toMatch(/^\/|^\.\//);
    }
  }
});

test('no eval and no new Function in the built JavaScript', () => {
  const scripts = files(EXTENSION_DIR).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(3);
  for (const file of scripts) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toMatch(/\beval\s*\(/);
    expect(text, file).not.toMatch(/new\s+Function\s*\(/);
    // `Function('return this')()` is the same eval without `new`.
    expect(text, file).not.toMatch(/\bFunction\s*\(\s*['"`]/);
    expect(text, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
  }
});

// Issue 13's budget: every page a content script matches loads all of it.
const CONTENT_SCRIPT_BUDGET = 15 * 1024;

test('each content script stays within 15 KB', () => {
  const scripts: string[] = manifest().content_scripts.flatMap(
    (entry: { js?: string[] }) => entry.js ?? [],
  );
  expect(scripts.length).toBeGreaterThanOrEqual(4);
  for (const script of scripts) {
    const bytes = statSync(path.join(EXTENSION_DIR, script)).size;
    expect(bytes, `${script} is ${bytes} bytes`).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  }
});
