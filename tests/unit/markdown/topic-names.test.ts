/**
 * Issue 11 point 8: topics are headings, not strings. A heading holding ` / ` is one topic
 * (its slash escaped in the path), and a topic's name drops the heading's link and HTML
 * markup while the heading line is written back byte for byte. Saving into such a topic
 * adds the entry under that heading and no heading anywhere.
 */
import { describe, expect, it } from 'vitest';
import { importList } from '../../../lib/markdown/index';
import { headingName } from '../../../lib/markdown/heading-name';
import {
  escapeTopicName,
  normalizeTopicPath,
  splitTopicPath,
  topicDisplayName,
  unescapeTopicName,
} from '../../../lib/topic-path';
import { addedLines, exportShelf, PAPER, save, shelfFrom, SLASHED } from './helpers';

const MARKED = [
  '# Awesome-X [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)',
  '',
  '## Contents',
  '',
  '- [Pruning](#pruning)',
  '- [Vision](#vision)',
  '- [Models](#models)',
  '',
  '### 📖Pruning ([back](#contents))',
  '',
  '- [Wanda](https://arxiv.org/abs/2306.11695)',
  '',
  '### <h3 id="vision">Vision<h3/>',
  '',
  '- [ViT](https://arxiv.org/abs/2010.11929)',
  '',
  '## [Models](#models)',
  '',
  '- [LLaMA](https://arxiv.org/abs/2302.13971)',
  '',
].join('\n');

/** The lines a save added, none of them a heading. */
function savedInto(source: string, topic: string): { out: string; added: string[] } {
  const shelf = shelfFrom(source);
  save(shelf, topic, PAPER);
  const out = exportShelf(shelf);
  const added = addedLines(source, out);
  expect(added, 'the source is still all there, in order').not.toBeNull();
  return { out, added: (added ?? []).filter((line) => line.trim() !== '') };
}

describe('topic path escapes', () => {
  it('escapes a literal ` / ` in one name and reads it back', () => {
    const part = escapeTopicName('Speech / Audio / Music');
    expect(part).toBe('Speech \\/ Audio \\/ Music');
    expect(unescapeTopicName(part)).toBe('Speech / Audio / Music');
    const path = `Audio / ${part}`;
    expect(splitTopicPath(path)).toEqual(['Audio', part]);
    expect(normalizeTopicPath(path)).toBe(path);
    expect(topicDisplayName({ path })).toBe('Speech / Audio / Music');
  });

  it('leaves names without a spaced slash as they are', () => {
    expect(escapeTopicName('Speculative decoding/LLM')).toBe('Speculative decoding/LLM');
    expect(escapeTopicName('/misc/')).toBe('/misc/');
  });
});

describe('a heading holding ` / `', () => {
  it('is one topic', () => {
    expect(importList(SLASHED).topics).toEqual([
      'Audio',
      'Audio / Speech \\/ Audio \\/ Music',
      'Audio / Speech recognition',
    ]);
    const wav = importList(SLASHED).entries.find((entry) => entry.capture.title === 'Wav2Vec 2.0');
    expect(wav?.topic).toBe('Audio / Speech \\/ Audio \\/ Music');
  });

  it('round-trips byte for byte', () => {
    expect(exportShelf(shelfFrom(SLASHED))).toBe(SLASHED);
  });

  it('takes a save under that heading, with no new heading', () => {
    const { out, added } = savedInto(SLASHED, 'Audio / Speech \\/ Audio \\/ Music');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^- \[.*DeepSeek.*\]\(https:\/\/arxiv\.org\/abs\/\S+\)$/);
    const lines = out.split('\n');
    const at = lines.indexOf(added[0] as string);
    expect(at).toBeGreaterThan(lines.indexOf('### Speech / Audio / Music'));
    expect(at).toBeLessThan(lines.indexOf('### Speech recognition'));
    expect(out.match(/^#+ .*$/gm)).toEqual(SLASHED.match(/^#+ .*$/gm));
  });

  it('a new sub-topic of it is written under it with its own name', () => {
    const { added } = savedInto(SLASHED, 'Audio / Speech \\/ Audio \\/ Music / Codecs');
    expect(added.filter((line) => line.startsWith('#'))).toEqual(['#### Codecs']);
  });
});

describe('display names drop markup', () => {
  it.each([
    ['📖Pruning ([back](#contents))', '📖Pruning'],
    ['<h3 id="x">Vision<h3/>', 'Vision'],
    ['[Models](#models)', 'Models'],
    ['[Maxout Networks]', 'Maxout Networks'],
    ['Awesome-X [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)', 'Awesome-X'],
    ['Tools [🔝](#top)', 'Tools'],
    ['See [the survey](https://example.org) first', 'See the survey first'],
    ['Plain name (2024)', 'Plain name (2024)'],
    ['![logo](logo.png)', '![logo](logo.png)'],
  ])('%s → %s', (text, name) => {
    expect(headingName(text)).toBe(name);
  });

  it('names the list and its topics by their clean text', () => {
    const list = importList(MARKED);
    expect(list.title).toBe('Awesome-X');
    expect(list.topics).toEqual([
      'Contents',
      'Contents / 📖Pruning',
      'Contents / Vision',
      'Models',
    ]);
  });

  it('round-trips byte for byte', () => {
    expect(exportShelf(shelfFrom(MARKED))).toBe(MARKED);
  });

  it('takes a save under a heading with a back link, heading untouched', () => {
    const { out, added } = savedInto(MARKED, 'Contents / 📖Pruning');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^- \[.*DeepSeek.*\]\(https:\/\/arxiv\.org\/abs\/\S+\)$/);
    const lines = out.split('\n');
    const at = lines.indexOf(added[0] as string);
    expect(at).toBeGreaterThan(lines.indexOf('### 📖Pruning ([back](#contents))'));
    expect(at).toBeLessThan(lines.indexOf('### <h3 id="vision">Vision<h3/>'));
  });

  it('takes saves under an HTML heading and a linked heading', () => {
    for (const [topic, heading, next] of [
      ['Contents / Vision', '### <h3 id="vision">Vision<h3/>', '## [Models](#models)'],
      ['Models', '## [Models](#models)', undefined],
    ] as const) {
      const { out, added } = savedInto(MARKED, topic);
      expect(added, topic).toHaveLength(1);
      const lines = out.split('\n');
      const at = lines.indexOf(added[0] as string);
      expect(at).toBeGreaterThan(lines.indexOf(heading));
      if (next) expect(at).toBeLessThan(lines.indexOf(next));
    }
  });
});
