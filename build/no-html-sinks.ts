/**
 * The extension's bundles set no `innerHTML` from a variable, anywhere: untrusted text (page
 * titles, other people's lists) never becomes markup. Paper Shelf's own code renders text
 * through Preact and the export preview's sanitised nodes through DOM calls; two libraries
 * still carry a sink for features it does not use, and `web-ext lint` (Mozilla's reviewers'
 * linter) rightly flags both. This build step removes them, failing closed:
 *
 * - Preact's `dangerouslySetInnerHTML` (never used here): setting it throws.
 * - DOMPurify's fallback for browsers without `DOMParser` (every extension page has one):
 *   without a parser, sanitising yields nothing instead of parsing through innerHTML.
 * - lodash.merge's `Function('return this')()` (the BibTeX parser's): `globalThis`.
 *
 * Each rewrite must match exactly once per file it targets; a library update that moves the
 * code fails the build here, not silently in review.
 */
import type { Plugin } from 'vite';

interface Rewrite {
  /** Matches the module's path (forward slashes). */
  file: RegExp;
  find: RegExp;
  replace: string;
}

const REWRITES: Rewrite[] = [
  {
    file: /\/node_modules\/preact\/dist\/preact\.(module\.js|mjs)$/,
    // `(u.innerHTML=h.__html)`: the only non-empty innerHTML write in Preact's diff.
    find: /([\w$]+)\.innerHTML=([\w$]+)\.__html/g,
    replace: '$2.__html&&(()=>{throw new Error("Paper Shelf renders no raw HTML")})()',
  },
  {
    // The BibTeX parser's lodash.merge finds the global object with `Function('return
    // this')()` when neither `global` nor `self` exists; an extension page always has `self`,
    // and the Function constructor is eval to reviewers' linters.
    file: /\/node_modules\/lodash\.merge\/index\.js$/,
    find: /Function\('return this'\)\(\)/g,
    replace: 'globalThis',
  },
  {
    file: /\/node_modules\/dompurify\/dist\/purify\.es\.mjs$/,
    find: /([\w$.]+)\.innerHTML = IS_EMPTY_INPUT \? emptyHTML : dirtyPayload;/g,
    replace: 'void 0; /* Paper Shelf: no innerHTML fallback; DOMParser parses */',
  },
];

export function noHtmlSinks(): Plugin {
  return {
    name: 'paper-shelf:no-html-sinks',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const path = id.replaceAll('\\', '/').split('?')[0] ?? '';
      const rewrite = REWRITES.find((candidate) => candidate.file.test(path));
      if (!rewrite) return null;
      const found = code.match(rewrite.find)?.length ?? 0;
      if (found !== 1) {
        throw new Error(
          `no-html-sinks: expected one innerHTML write in ${path}, found ${found}; check the library update`,
        );
      }
      return { code: code.replace(rewrite.find, rewrite.replace), map: null };
    },
  };
}
