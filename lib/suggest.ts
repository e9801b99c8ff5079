/**
 * Topic suggestions, computed locally (no network): which of the user's topics does a new
 * capture resemble? Each topic is one "document" made of the words of the items filed
 * under it plus the words of its own path; the capture is the query. TF-IDF weights across
 * topics and cosine similarity rank them, so a word every topic shares ("model", "learning")
 * counts little and a word only one topic uses ("quantization") counts a lot.
 *
 * The popup builds the index once (`buildTopicIndex`) and ranks each capture against it
 * (`rankTopics`); `suggestTopics` does both for one-off calls.
 */
import { splitTopicPath } from './topic-path';
import type { Capture, Item, Topic } from './types';

export type SuggestCapture = Pick<Capture, 'title' | 'abstract' | 'description' | 'kind'>;
export type SuggestItem = Pick<Item, 'title' | 'abstract' | 'description' | 'note'>;
export interface TopicDocument {
  topic: Topic;
  items: SuggestItem[];
}
export interface TopicSuggestion {
  topic: Topic;
  score: number;
}

/** A prepared collection: postings hold weights already divided by the topic's norm. */
export interface TopicIndex {
  topics: Topic[];
  /** term → inverse document frequency across topics. */
  idf: Map<string, number>;
  /** term → the topics using it (positions in `topics`) and the normalised weight there. */
  postings: Map<string, { topics: number[]; weights: number[] }>;
  /** Per topic, the item kinds its path names (bit set of KIND_BITS), for a small tie bonus. */
  kindBits: Uint8Array;
}

/**
 * A path word is worth this many occurrences in the topic's items: the name is what the
 * user chose, and it is the only text an empty topic has.
 */
const PATH_WEIGHT = 3;
/**
 * Hostile or huge pages (a 1 MB "abstract") must not stall the popup; the first few
 * thousand characters of a field carry its subject anyway.
 */
const MAX_FIELD_CHARS = 4000;
/** Awesome lists file the same subject under "Papers" and "Code": the kind picks the side. */
const KIND_BONUS = 1.15;

const KIND_WORDS: Record<Capture['kind'], string[]> = {
  paper: ['paper', 'publication', 'article', 'arxiv', 'preprint'],
  repo: ['repo', 'repository', 'code', 'github', 'library', 'tool', 'implementation'],
  model: ['model', 'checkpoint', 'weight'],
  dataset: ['dataset', 'data', 'benchmark', 'corpus'],
  space: ['space', 'demo', 'app'],
  page: [],
};
const KIND_BITS: Record<Capture['kind'], number> = {
  paper: 1,
  repo: 2,
  model: 4,
  dataset: 8,
  space: 16,
  page: 0,
};

// English function words plus the boilerplate of abstracts ("we propose a novel method").
const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does doing for from had has have ' +
    'having he her here hers him his how i if in into is it its itself just may me might more ' +
    'most must my no nor not now of off on once only or other our ours out over own same she ' +
    'should so some such than that the their theirs them then there these they this those ' +
    'through to too under until up upon us very via was we were what when where which while ' +
    'who whom why will with within without would you your yours also however thus therefore ' +
    'both each few many much all any either neither one two three new novel propose proposed ' +
    'present presents show shows shown paper work approach method result well use used using ' +
    'based across among between about above after again against before below during further ' +
    'while yet et al http https www com org html pdf abs'
  ).split(' '),
);

/** CJK scripts write without spaces: character pairs stand in for words there. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const WORD = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[^\u0020-\u007e\s]/;
const ASCII_SEPARATORS = /[^a-z0-9]+/;

/** Lower-case words of a text, stop words and single characters dropped, plurals folded. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const source = (
    text.length > MAX_FIELD_CHARS ? text.slice(0, MAX_FIELD_CHARS) : text
  ).toLowerCase();
  if (!NON_ASCII.test(source)) {
    // Most titles and abstracts are plain ASCII: splitting on a byte class is faster
    // than matching the Unicode classes, and building the popup's index is dominated by this loop.
    for (const word of source.split(ASCII_SEPARATORS)) pushWord(tokens, word);
    return tokens;
  }
  // One test per text, not per word: most collections never contain these scripts.
  const unspaced = UNSPACED.test(source);
  for (const match of source.matchAll(WORD)) {
    const word = match[0];
    if (unspaced && UNSPACED.test(word)) {
      const chars = Array.from(word);
      if (chars.length === 1) tokens.push(word);
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
    } else {
      pushWord(tokens, word);
    }
  }
  return tokens;
}

function pushWord(tokens: string[], word: string): void {
  if (word.length < 2 || STOP_WORDS.has(word)) return;
  const stem = singular(word);
  if (stem === word || !STOP_WORDS.has(stem)) tokens.push(stem);
}

/**
 * Plural folding only ("models" → "model", "studies" → "study", "patches" → "patch"): it
 * is the variation that matters most between titles, and it never merges unrelated words
 * the way a full stemmer's suffix stripping can.
 */
function singular(word: string): string {
  const length = word.length;
  if (length <= 3 || word.charCodeAt(length - 1) !== 115 /* s */) return word;
  const before = word[length - 2];
  if (before === 's' || before === 'u' || before === 'i' || (before as string) <= '9') return word;
  if (word.endsWith('ies') && length > 4) return `${word.slice(0, -3)}y`;
  if (before === 'e' && /(sses|xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function countInto(counts: Map<string, number>, text: string | undefined, weight: number): void {
  if (!text) return;
  for (const token of tokenize(text)) counts.set(token, (counts.get(token) ?? 0) + weight);
}

/**
 * A path part made only of kind words ("Papers", "Code", "Models & datasets") says what
 * sort of work is filed there, not its subject: it sets kind bits and adds no words, so it
 * neither dilutes the topic's vector nor pulls in every paper. "World models" is a subject.
 */
function indexPath(path: string, counts: Map<string, number>): number {
  let bits = 0;
  for (const part of splitTopicPath(path)) {
    const words = (part.toLowerCase().match(WORD) ?? []).map(singular);
    const kinds = words.map(kindBitOfWord);
    const onlyKinds = words.every((word, i) => (kinds[i] as number) > 0 || STOP_WORDS.has(word));
    if (onlyKinds && kinds.some((bit) => bit > 0)) {
      for (const bit of kinds) bits |= bit;
    } else {
      countInto(counts, part, PATH_WEIGHT);
    }
  }
  return bits;
}

function kindBitOfWord(word: string): number {
  let bits = 0;
  for (const kind of Object.keys(KIND_WORDS) as Capture['kind'][]) {
    if (KIND_WORDS[kind].includes(word)) bits |= KIND_BITS[kind];
  }
  return bits;
}

/** Prepares the collection once: term counts per topic turned into normalised TF-IDF weights. */
export function buildTopicIndex(documents: readonly TopicDocument[]): TopicIndex {
  const kindBits = new Uint8Array(documents.length);
  const counts = documents.map(({ topic, items }, position) => {
    const terms = new Map<string, number>();
    kindBits[position] = indexPath(topic.path, terms);
    for (const item of items) {
      countInto(terms, item.title, 1);
      countInto(terms, item.abstract, 1);
      countInto(terms, item.description, 1);
      countInto(terms, item.note, 1);
    }
    return terms;
  });

  const documentFrequency = new Map<string, number>();
  for (const terms of counts) {
    for (const term of terms.keys()) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequency) idf.set(term, Math.log(1 + counts.length / df));

  const postings: TopicIndex['postings'] = new Map();
  counts.forEach((terms, position) => {
    const weights: [string, number][] = [];
    let squares = 0;
    for (const [term, count] of terms) {
      // Log-scaled counts: a topic with 500 items must not drown one with 5 by volume alone.
      const weight = (1 + Math.log(count)) * (idf.get(term) as number);
      weights.push([term, weight]);
      squares += weight * weight;
    }
    const norm = Math.sqrt(squares) || 1;
    for (const [term, weight] of weights) {
      let posting = postings.get(term);
      if (!posting) {
        posting = { topics: [], weights: [] };
        postings.set(term, posting);
      }
      posting.topics.push(position);
      posting.weights.push(weight / norm);
    }
  });

  return { topics: documents.map((d) => d.topic), idf, postings, kindBits };
}

/** The best `limit` topics for a capture, best first; topics sharing no word are left out. */
export function rankTopics(
  index: TopicIndex,
  capture: SuggestCapture,
  limit = 3,
): TopicSuggestion[] {
  if (limit <= 0 || index.topics.length === 0) return [];
  const query = new Map<string, number>();
  countInto(query, capture.title, 2); // the title says what the work is; the abstract how
  countInto(query, capture.abstract, 1);
  countInto(query, capture.description, 1);

  const scores = new Float64Array(index.topics.length);
  let squares = 0;
  for (const [term, count] of query) {
    const idf = index.idf.get(term);
    const posting = index.postings.get(term);
    if (idf === undefined || !posting) continue;
    const weight = (1 + Math.log(count)) * idf;
    squares += weight * weight;
    for (let i = 0; i < posting.topics.length; i++) {
      const position = posting.topics[i] as number;
      scores[position] = (scores[position] as number) + weight * (posting.weights[i] as number);
    }
  }
  if (squares === 0) return [];

  const norm = Math.sqrt(squares);
  const kindBit = KIND_BITS[capture.kind] ?? 0;
  const found: TopicSuggestion[] = [];
  scores.forEach((raw, position) => {
    if (raw <= 0) return;
    const bonus = kindBit && (index.kindBits[position] as number) & kindBit ? KIND_BONUS : 1;
    found.push({ topic: index.topics[position] as Topic, score: (raw / norm) * bonus });
  });
  return found.sort(byScoreThenTopic).slice(0, limit);
}

/** One call for one capture; callers ranking several captures should keep the index. */
export function suggestTopics(
  capture: SuggestCapture,
  topics: readonly TopicDocument[],
  limit = 3,
): TopicSuggestion[] {
  return rankTopics(buildTopicIndex(topics), capture, limit);
}

/**
 * The documents `buildTopicIndex` wants from the store's shape: items point at topics by
 * id, possibly several. Topics without items are kept (they match on their name).
 */
export function topicDocuments(
  topics: readonly Topic[],
  items: readonly (SuggestItem & Pick<Item, 'topicIds'>)[],
): TopicDocument[] {
  const byId = new Map<string, TopicDocument>();
  for (const topic of topics) byId.set(topic.id, { topic, items: [] });
  for (const item of items) {
    for (const id of item.topicIds) byId.get(id)?.items.push(item);
  }
  return [...byId.values()];
}

// Equal scores (two empty topics matching on the same word) fall back to the list's own
// order, then to the path and id, so the chips never shuffle between two openings.
function byScoreThenTopic(a: TopicSuggestion, b: TopicSuggestion): number {
  return (
    b.score - a.score ||
    a.topic.order - b.topic.order ||
    compare(a.topic.path, b.topic.path) ||
    compare(a.topic.listId, b.topic.listId) ||
    compare(a.topic.id, b.topic.id)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
