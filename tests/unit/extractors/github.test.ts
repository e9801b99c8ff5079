// Edge cases of the GitHub extractors that the fixture pages do not cover.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/extractors/fromHtml';
import { githubPage } from '../../../lib/sites/github/page';
import { githubRepo, parseCount } from '../../../lib/sites/github/repo';

// jsdom loads on the first parse (seconds on a busy machine): not inside a test's time.
beforeAll(() => {
  parseHtml('<p></p>');
}, 60_000);

const at = (href: string) => new URL(href);

function repoPage(head: string, body = ''): Document {
  return parseHtml(
    `<html><head><meta name="octolytics-dimension-repository_nwo" content="Owner/Repo">${head}</head><body>${body}</body></html>`,
  );
}

describe('parseCount', () => {
  it.each([
    ['964', 964],
    ['1,255', 1255],
    ['1.2k', 1200],
    ['12.3k', 12300],
    ['3.4m', 3_400_000],
    [' 42 ', 42],
    ['', undefined],
    ['Not available', undefined],
  ])('%j → %j', (text, count) => {
    expect(parseCount(text)).toBe(count);
  });
});

describe('githubRepo', () => {
  it('takes repo roots, trees and README views, not issues or other files', () => {
    expect(githubRepo.matches(at('https://github.com/a/b'))).toBe(true);
    expect(githubRepo.matches(at('https://github.com/a/b/tree/main/src'))).toBe(true);
    expect(githubRepo.matches(at('https://github.com/a/b/blob/main/README.md'))).toBe(true);
    expect(githubRepo.matches(at('https://github.com/a/b/issues/1'))).toBe(false);
    expect(githubRepo.matches(at('https://github.com/a/b/blob/main/paper.pdf'))).toBe(false);
    expect(githubRepo.matches(at('https://github.com/topics/llm'))).toBe(false);
    expect(githubRepo.matches(at('https://gist.github.com/a/b'))).toBe(false);
  });

  it('declines a page without the repository marker (sign-in wall, redesign)', () => {
    const doc = parseHtml(
      '<html><head><title>Sign in to GitHub</title></head><body></body></html>',
    );
    expect(githubRepo.extract(doc, at('https://github.com/a/b'))).toBeNull();
  });

  it("ignores GitHub's generic og:description and says the description is missing", () => {
    const doc = repoPage(
      '<meta property="og:title" content="GitHub - Owner/Repo"><meta property="og:description" content="Contribute to Owner/Repo development by creating an account on GitHub.">',
    );
    const capture = githubRepo.extract(doc, at('https://github.com/owner/repo'));
    expect(capture).toMatchObject({
      key: 'github:owner/repo',
      title: 'Owner/Repo',
      url: 'https://github.com/Owner/Repo',
      pageTitle: 'GitHub - Owner/Repo',
      missing: ['description', 'stars', 'language', 'license'],
    });
    expect(capture).not.toHaveProperty('description');
  });

  it('takes a description from og:description when the title has none', () => {
    const doc = repoPage(
      '<meta property="og:title" content="Owner/Repo"><meta property="og:description" content="Tools &amp;amp; tricks - Owner/Repo: Tools &amp;amp; tr...">',
    );
    const capture = githubRepo.extract(doc, at('https://github.com/owner/repo'));
    expect(capture).toMatchObject({ description: 'Tools & tricks' });
  });

  it.each([
    ['Tools - and tricks - Owner/Repo: Tools - and tr...', 'Tools - and tricks'],
    ['Tools - and tricks - src/lib at main · Owner/Repo', 'Tools - and tricks'],
    ['Owner/Repo: nothing before the name', undefined],
    ['Plain words with no repo name', 'Plain words with no repo name'],
  ])('cuts the og:description %j of a tree or README view to %j', (og, description) => {
    const doc = repoPage(
      `<meta property="og:title" content="src/lib at main · Owner/Repo"><meta property="og:description" content="${og}">`,
    );
    const capture = githubRepo.extract(doc, at('https://github.com/owner/repo/tree/main/src/lib'));
    expect(capture && !Array.isArray(capture) && capture.description).toBe(description);
  });

  it("keeps the URL's repo when the meta tag names another (a stale head)", () => {
    const doc = repoPage('');
    expect(githubRepo.extract(doc, at('https://github.com/someone/else'))).toMatchObject({
      key: 'github:someone/else',
      repo: { owner: 'someone', name: 'else' },
    });
  });

  it('prefers the exact star count over the rounded one', () => {
    const doc = repoPage(
      '',
      '<span id="repo-stars-counter-star" title="1,255" class="Counter">1.3k</span>',
    );
    expect(githubRepo.extract(doc, at('https://github.com/owner/repo'))).toMatchObject({
      repo: { stars: 1255 },
    });
    const rounded = repoPage('', '<span id="repo-stars-counter-star" class="Counter">1.3k</span>');
    expect(githubRepo.extract(rounded, at('https://github.com/owner/repo'))).toMatchObject({
      repo: { stars: 1300 },
    });
  });

  it('reads "View license" as an unknown license', () => {
    const doc = repoPage(
      '',
      '<a data-analytics-event="{&quot;label&quot;:&quot;location:sidebar;file:license&quot;}">View license</a>',
    );
    const capture = githubRepo.extract(doc, at('https://github.com/owner/repo'));
    expect(capture).not.toBeNull();
    expect(capture && !Array.isArray(capture) && capture.repo?.license).toBeUndefined();
  });
});

describe('githubPage', () => {
  it('takes pages inside a repo', () => {
    expect(githubPage.matches(at('https://github.com/a/b/issues/1'))).toBe(true);
    expect(githubPage.matches(at('https://github.com/a/b/discussions/9'))).toBe(true);
    expect(githubPage.matches(at('https://github.com/a/b'))).toBe(false);
    expect(githubPage.matches(at('https://github.com/a'))).toBe(false);
  });

  it('titles a discussion from the page title when no heading is found', () => {
    const doc = parseHtml(
      '<html><head><title>Ideas for v2 · owner/repo · Discussion #9 · GitHub</title></head><body></body></html>',
    );
    expect(githubPage.extract(doc, at('https://github.com/owner/repo/discussions/9'))).toEqual({
      key: 'url:https://github.com/owner/repo/discussions/9',
      kind: 'page',
      url: 'https://github.com/owner/repo/discussions/9',
      title: 'Ideas for v2',
      contextKey: 'github:owner/repo',
      description: 'Discussion #9 in owner/repo',
      pageTitle: 'Ideas for v2 · owner/repo · Discussion #9 · GitHub',
    });
  });

  it("does not trust an og:url that is not this page's own prefix (stale head after Turbo)", () => {
    const doc = parseHtml(
      '<html><head><meta name="octolytics-dimension-repository_nwo" content="owner/repo"><meta property="og:url" content="https://github.com/owner/repo/issues/1"><title>Other · Issue #2 · owner/repo</title></head><body></body></html>',
    );
    expect(githubPage.extract(doc, at('https://github.com/owner/repo/issues/2'))).toMatchObject({
      key: 'url:https://github.com/owner/repo/issues/2',
      title: 'Other',
    });
  });

  it('declines a page that does not name the repo', () => {
    const doc = parseHtml('<html><head><title>Page not found · GitHub</title></head></html>');
    expect(githubPage.extract(doc, at('https://github.com/owner/repo/issues/2'))).toBeNull();
  });
});
