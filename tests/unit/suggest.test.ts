import { describe, expect, it } from 'vitest';
import { syntheticCollection } from '../../bench/suggest';
import {
  buildTopicIndex,
  rankTopics,
  type SuggestItem,
  suggestTopics,
  type TopicDocument,
  tokenize,
  topicDocuments,
} from '../../lib/suggest';
import type { Topic } from '../../lib/types';

let order = 0;
function topic(path: string, id = path): Topic {
  return { id, listId: 'reading', path, order: order++, createdAt: 0 };
}
function item(title: string, abstract = ''): SuggestItem {
  return { title, abstract, note: '' };
}

const quantization = topic('Quantization');
const speculative = topic('Speculative decoding');
const agents = topic('Agents / Tool use');
const collection: TopicDocument[] = [
  {
    topic: quantization,
    items: [
      item(
        'GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers',
        'We propose GPTQ, a one-shot weight quantization method based on approximate second-order information, quantizing GPT models to 3 or 4 bits per weight.',
      ),
      item(
        'AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration',
        'Low-bit weight-only quantization of large language models; protecting salient weights reduces quantization error.',
      ),
      item(
        'SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models',
        'W8A8 quantization of weights and activations for LLMs by migrating outliers.',
      ),
    ],
  },
  {
    topic: speculative,
    items: [
      item(
        'Fast Inference from Transformers via Speculative Decoding',
        'A draft model proposes tokens which the large target model verifies in parallel, accelerating decoding without changing the output distribution.',
      ),
      item(
        'Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads',
        'Extra decoding heads predict several subsequent tokens; tree attention verifies the candidates.',
      ),
    ],
  },
  {
    topic: agents,
    items: [
      item(
        'Toolformer: Language Models Can Teach Themselves to Use Tools',
        'The model learns which APIs to call, when, and with what arguments.',
      ),
    ],
  },
];

const qlora = {
  kind: 'paper' as const,
  title: 'QLoRA: Efficient Finetuning of Quantized LLMs',
  abstract:
    'We backpropagate through a frozen, 4-bit quantized pretrained language model into low-rank adapters. 4-bit NormalFloat quantization and double quantization reduce memory.',
};

describe('tokenize', () => {
  it('lower-cases, drops stop words and single characters, folds plurals', () => {
    expect(tokenize('The Models of Studies and Patches, a Transformer')).toEqual([
      'model',
      'study',
      'patch',
      'transformer',
    ]);
    expect(tokenize('analysis corpus class classes LLMs 2020s')).toEqual([
      'analysis',
      'corpus',
      'class',
      'class',
      'llm',
      '2020s',
    ]);
  });

  it('keeps Unicode letters and digits and splits unspaced scripts into pairs', () => {
    expect(tokenize('Ünïcödé Modèles 2024')).toEqual(['ünïcödé', 'modèle', '2024']);
    expect(tokenize('大規模言語')).toEqual(['大規', '規模', '模言', '言語']);
    expect(tokenize('🚀 #tag /misc/')).toEqual(['tag', 'misc']);
  });
});

describe('suggestTopics', () => {
  it('suggests Quantization for a quantization paper, above Speculative decoding', () => {
    const ranked = suggestTopics(qlora, collection);
    expect(ranked[0]?.topic).toBe(quantization);
    const speculativeRank = ranked.findIndex((entry) => entry.topic === speculative);
    if (speculativeRank >= 0) {
      expect(ranked[0]?.score).toBeGreaterThan(ranked[speculativeRank]?.score as number);
    }
  });

  it('suggests Speculative decoding for a draft-model paper', () => {
    const ranked = suggestTopics(
      {
        kind: 'paper',
        title: 'EAGLE: Speculative Sampling Requires Rethinking Feature Uncertainty',
        abstract: 'A draft head verifies tokens for faster decoding of large models.',
      },
      collection,
    );
    expect(ranked[0]?.topic).toBe(speculative);
  });

  it('is deterministic, including the order of ties', () => {
    const a = topic('Vision', 'a');
    const b = topic('Vision', 'b');
    const twins: TopicDocument[] = [
      { topic: b, items: [] },
      { topic: a, items: [] },
    ];
    const capture = { kind: 'paper' as const, title: 'Vision transformers' };
    const first = suggestTopics(capture, twins);
    expect(first.map((entry) => entry.topic.id)).toEqual(['a', 'b']);
    expect(first[0]?.score).toBe(first[1]?.score);
    for (let run = 0; run < 5; run++) expect(suggestTopics(capture, twins)).toEqual(first);
    expect(suggestTopics(qlora, collection)).toEqual(suggestTopics(qlora, collection));
  });

  it('lets topics without items match on their name', () => {
    const robotics = topic('Robotics / Manipulation');
    const ranked = suggestTopics(
      { kind: 'paper', title: 'Dexterous manipulation with diffusion policies' },
      [...collection, { topic: robotics, items: [] }],
    );
    expect(ranked.map((entry) => entry.topic)).toEqual([robotics]);
  });

  it('returns nothing when no word matches, and never a zero score', () => {
    expect(suggestTopics({ kind: 'paper', title: 'Protein folding in yeast' }, collection)).toEqual(
      [],
    );
    expect(suggestTopics({ kind: 'paper', title: '' }, collection)).toEqual([]);
    expect(suggestTopics(qlora, [])).toEqual([]);
    expect(suggestTopics(qlora, collection, 0)).toEqual([]);
    for (const entry of suggestTopics(qlora, collection, 10)) {
      expect(entry.score).toBeGreaterThan(0);
    }
  });

  it('honours the limit and orders by score', () => {
    const ranked = suggestTopics(
      { kind: 'paper', title: 'Quantized speculative decoding for language model tools' },
      collection,
      2,
    );
    expect(ranked).toHaveLength(2);
    expect(ranked[0]?.score).toBeGreaterThanOrEqual(ranked[1]?.score as number);
  });

  it('prefers the topic whose path names the kind when the words tie', () => {
    const papers = topic('Papers / Quantization');
    const code = topic('Code / Quantization');
    const sides: TopicDocument[] = [
      { topic: papers, items: [item('Quantization of LLM weights')] },
      { topic: code, items: [item('Quantization of LLM weights')] },
    ];
    const title = 'Weight quantization toolkit';
    expect(suggestTopics({ kind: 'repo', title }, sides)[0]?.topic).toBe(code);
    expect(suggestTopics({ kind: 'paper', title }, sides)[0]?.topic).toBe(papers);
    // A section named only by kind is no subject: it does not catch every paper.
    const bare: TopicDocument[] = [
      { topic: topic('Papers'), items: [] },
      { topic: topic('World models'), items: [] },
    ];
    expect(suggestTopics({ kind: 'paper', title: 'A paper on proteins' }, bare)).toEqual([]);
    expect(
      suggestTopics({ kind: 'model', title: 'World model checkpoints' }, bare)[0]?.topic.path,
    ).toBe('World models');
  });

  it('survives hostile input', () => {
    const hostile: TopicDocument[] = [
      { topic: topic('__proto__ / constructor'), items: [item('toString valueOf hasOwnProperty')] },
      { topic: topic('/misc/'), items: [item('\u0000\u0001 <script>alert(1)</script>')] },
      { topic: topic('🚀'.repeat(50)), items: [item('')] },
      { topic: topic('x'.repeat(200)), items: [{ title: 'only a title', note: '' }] },
    ];
    const huge = 'quantization '.repeat(200_000);
    expect(() =>
      suggestTopics({ kind: 'paper', title: huge, abstract: huge }, hostile),
    ).not.toThrow();
    expect(suggestTopics({ kind: 'paper', title: 'constructor' }, hostile)[0]?.topic.path).toBe(
      '__proto__ / constructor',
    );
    expect(suggestTopics({ kind: 'paper', title: 'script misc' }, hostile)[0]?.topic.path).toBe(
      '/misc/',
    );
    const odd = { kind: 'unknown', title: 'toString' } as unknown as Parameters<
      typeof suggestTopics
    >[0];
    expect(suggestTopics(odd, hostile)).toHaveLength(1);
  });
});

describe('topicDocuments', () => {
  it('groups items under every topic they are filed in, keeping empty topics', () => {
    const a = topic('A', 'a');
    const b = topic('B', 'b');
    const c = topic('C', 'c');
    const shared = { ...item('Shared'), topicIds: ['a', 'b', 'gone'] };
    const documents = topicDocuments([a, b, c], [shared, { ...item('Only A'), topicIds: ['a'] }]);
    expect(documents.map((d) => [d.topic.id, d.items.map((i) => i.title)])).toEqual([
      ['a', ['Shared', 'Only A']],
      ['b', ['Shared']],
      ['c', []],
    ]);
  });
});

describe('a 10,000-item index', () => {
  it('is built once and ranks the topic each capture was drawn from first', () => {
    const { documents, captures } = syntheticCollection(100, 10_000);
    expect(documents.reduce((sum, d) => sum + d.items.length, 0)).toBe(10_000);
    const index = buildTopicIndex(documents);
    captures.forEach((capture, k) => {
      const ranked = rankTopics(index, capture, 3);
      expect(ranked).toHaveLength(3);
      expect(ranked[0]?.topic.id).toBe(`t${k % 100}`);
    });
    expect(rankTopics(index, captures[0] as (typeof captures)[0], 3)).toEqual(
      rankTopics(index, captures[0] as (typeof captures)[0], 3),
    );
  });
});
