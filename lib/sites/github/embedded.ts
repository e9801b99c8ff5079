/**
 * GitHub's React pages (2024 on) render from JSON embedded in the page
 * (`<script type="application/json" data-target="react-app.embeddedData">` and
 * `react-partial.embeddedData`). Where that JSON carries the repository's sidebar data it
 * uses the names of GitHub's own APIs: GraphQL's `stargazerCount`, `primaryLanguage.name`,
 * `licenseInfo.spdxId`, `homepageUrl`, `repositoryTopics.nodes[].topic.name`, or REST's
 * `stargazers_count`, `language`, `license.spdx_id`, `homepage`, `topics`. Both are read,
 * from the object that describes this repository (its `name` is the repo's, when it has one).
 */
import type { RepoFields } from '../../types';
import { cleanText } from '../generic/meta';

type Json = Record<string, unknown>;

export type EmbeddedRepo = Partial<
  Pick<RepoFields, 'stars' | 'topics' | 'language' | 'license' | 'homepage'>
> & {
  description?: string;
};

const SIDEBAR_KEYS = [
  'stargazerCount',
  'stargazers_count',
  'stargazersCount',
  'primaryLanguage',
  'licenseInfo',
  'license',
  'homepageUrl',
  'repositoryTopics',
  'topics',
];

function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? cleanText(value) : undefined;
}

/** Objects of a JSON tree, breadth first, at most `limit` of them (pages embed megabytes). */
function* objects(root: unknown, limit = 5000): Generator<Json> {
  const queue: unknown[] = [root];
  for (let seen = 0; queue.length > 0 && seen < limit; seen += 1) {
    const value = queue.shift();
    if (Array.isArray(value)) for (const element of value) queue.push(element);
    const object = asObject(value);
    if (!object) continue;
    yield object;
    for (const child of Object.values(object)) if (typeof child === 'object') queue.push(child);
  }
}

function topicsOf(repo: Json): string[] | undefined {
  const nodes = asObject(repo.repositoryTopics)?.nodes;
  const raw = Array.isArray(nodes)
    ? nodes.map((node) => asObject(asObject(node)?.topic)?.name)
    : Array.isArray(repo.topics)
      ? repo.topics.map((topic) => (typeof topic === 'string' ? topic : asObject(topic)?.name))
      : [];
  const topics = raw.map(str).filter((topic): topic is string => Boolean(topic));
  return topics.length > 0 ? [...new Set(topics)] : undefined;
}

function fromObject(repo: Json): EmbeddedRepo {
  const stars = [repo.stargazerCount, repo.stargazers_count, repo.stargazersCount].find(
    (value): value is number => typeof value === 'number' && value >= 0,
  );
  const license = asObject(repo.licenseInfo) ?? asObject(repo.license);
  const spdx = str(license?.spdxId) ?? str(license?.spdx_id);
  return {
    stars,
    topics: topicsOf(repo),
    language:
      str(asObject(repo.primaryLanguage)?.name) ?? str(repo.primaryLanguage) ?? str(repo.language),
    // `NOASSERTION`: a licence file GitHub could not identify; its name says "Other".
    license: spdx && spdx !== 'NOASSERTION' ? spdx : undefined,
    homepage: str(repo.homepageUrl) ?? str(repo.homepage),
    description: str(repo.description) ?? str(repo.shortDescription),
  };
}

/** The sidebar data the page's embedded JSON holds for repo `name`; empty when none. */
export function embeddedRepo(doc: Document, name: string): EmbeddedRepo {
  for (const script of doc.querySelectorAll(
    'script[type="application/json"][data-target$=".embeddedData"]',
  )) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const object of objects(data)) {
      if (!SIDEBAR_KEYS.some((key) => key in object)) continue;
      const own = str(object.name);
      if (own && own.toLowerCase() !== name.toLowerCase()) continue;
      return fromObject(object);
    }
  }
  return {};
}
