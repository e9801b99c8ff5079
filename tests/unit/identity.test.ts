import { describe, expect, it } from 'vitest';
import { identify, normalizeUrl, parseArxivId } from '../../lib/identity';

describe('identify', () => {
  it.each([
    // arXiv, every URL form of one paper
    ['https://arxiv.org/abs/2106.09608', 'arxiv:2106.09608', 'paper'],
    ['https://arxiv.org/abs/2106.09608v2', 'arxiv:2106.09608', 'paper'],
    ['http://arxiv.org/abs/2404.14897v1', 'arxiv:2404.14897', 'paper'],
    ['https://www.arxiv.org/abs/2106.09608v2?context=cs', 'arxiv:2106.09608', 'paper'],
    ['https://arxiv.org/pdf/2106.09608', 'arxiv:2106.09608', 'paper'],
    ['https://arxiv.org/pdf/2106.09608v2', 'arxiv:2106.09608', 'paper'],
    ['http://arxiv.org/pdf/2404.14897v1.pdf', 'arxiv:2404.14897', 'paper'],
    ['https://arxiv.org/html/2501.11120v1', 'arxiv:2501.11120', 'paper'],
    ['https://arxiv.org/html/2501.11120v1/#S3', 'arxiv:2501.11120', 'paper'],
    ['https://arxiv.org/html/2501.11120v1/x1.png', 'arxiv:2501.11120', 'paper'],
    ['https://export.arxiv.org/abs/1706.03762', 'arxiv:1706.03762', 'paper'],
    ['https://ar5iv.labs.arxiv.org/html/1706.03762', 'arxiv:1706.03762', 'paper'],
    ['https://ar5iv.org/abs/1706.03762', 'arxiv:1706.03762', 'paper'],
    ['https://www.alphaxiv.org/abs/2305.18290', 'arxiv:2305.18290', 'paper'],
    ['https://alphaxiv.org/abs/2305.18290v3', 'arxiv:2305.18290', 'paper'],
    ['https://huggingface.co/papers/2305.18290', 'arxiv:2305.18290', 'paper'],
    ['https://doi.org/10.48550/arXiv.2106.09608', 'arxiv:2106.09608', 'paper'],
    ['https://doi.org/10.48550/arxiv.2106.09608', 'arxiv:2106.09608', 'paper'],
    ['https://arxiv.org/abs/0704.0001', 'arxiv:0704.0001', 'paper'],
    // old-style ids
    ['https://arxiv.org/abs/hep-th/9901001', 'arxiv:hep-th/9901001', 'paper'],
    ['https://arxiv.org/abs/hep-th/9901001v3', 'arxiv:hep-th/9901001', 'paper'],
    ['https://arxiv.org/pdf/hep-th/9901001v1.pdf', 'arxiv:hep-th/9901001', 'paper'],
    ['https://arxiv.org/abs/math.GT/0309136', 'arxiv:math.GT/0309136', 'paper'],
    ['https://arxiv.org/abs/math/0309136', 'arxiv:math/0309136', 'paper'],
    // GitHub
    ['https://github.com/ggerganov/ggml', 'github:ggerganov/ggml', 'repo'],
    ['https://github.com/FasterDecoding/Medusa/', 'github:fasterdecoding/medusa', 'repo'],
    ['https://github.com/apache/tvm#readme', 'github:apache/tvm', 'repo'],
    ['https://github.com/apache/tvm/tree/main/python', 'github:apache/tvm', 'repo'],
    ['https://github.com/apache/tvm.git', 'github:apache/tvm', 'repo'],
    ['https://github.com/apache/tvm/blob/main/README.md', 'github:apache/tvm', 'repo'],
    // Hugging Face repos and their file views
    ['https://huggingface.co/meta-llama/Llama-2-7b', 'hf:model:meta-llama/llama-2-7b', 'model'],
    [
      'https://huggingface.co/huypd1508/wav2vec2-t5-Vietnamese/blob/main/config.json',
      'hf:model:huypd1508/wav2vec2-t5-vietnamese',
      'model',
    ],
    ['https://huggingface.co/gpt2/tree/main', 'hf:model:gpt2', 'model'],
    ['https://huggingface.co/datasets/openai/gsm8k', 'hf:dataset:openai/gsm8k', 'dataset'],
    [
      'https://huggingface.co/datasets/openai/gsm8k/tree/main',
      'hf:dataset:openai/gsm8k',
      'dataset',
    ],
    ['https://huggingface.co/spaces/gradio/hello_world', 'hf:space:gradio/hello_world', 'space'],
    [
      'https://huggingface.co/datasets/rajpurkar/squad/viewer/plain_text/train',
      'hf:dataset:rajpurkar/squad',
      'dataset',
    ],
  ])('%s → %s', (url, key, kind) => {
    const identity = identify(url);
    expect(identity?.key).toBe(key);
    expect(identity?.kind).toBe(kind);
  });

  it('keeps the version of an arXiv URL as a field, not in the key', () => {
    expect(identify('https://arxiv.org/abs/2106.09608v2')).toMatchObject({
      url: 'https://arxiv.org/abs/2106.09608',
      arxiv: { id: '2106.09608', version: 2 },
    });
  });

  it('keeps the case of a repo in its URL while the key is lower case', () => {
    expect(identify('https://github.com/FasterDecoding/Medusa')).toMatchObject({
      url: 'https://github.com/FasterDecoding/Medusa',
      repo: { owner: 'FasterDecoding', name: 'Medusa' },
    });
  });

  it.each([
    ['https://github.com/apache/tvm/issues/42', 'github:apache/tvm'],
    ['https://github.com/apache/tvm/pull/7', 'github:apache/tvm'],
    ['https://github.com/apache/tvm/discussions/3', 'github:apache/tvm'],
    [
      'https://github.com/vvchernov/LLM_info/blob/main/papers/common/Orca.pdf',
      'github:vvchernov/llm_info',
    ],
    ['https://huggingface.co/openai/whisper-large/discussions/12', 'hf:model:openai/whisper-large'],
  ])('%s is a page item inside its repo', (url, contextKey) => {
    const identity = identify(url);
    expect(identity?.kind).toBe('page');
    expect(identity?.key).toBe(`url:${url}`);
    expect(identity?.contextKey).toBe(contextKey);
  });

  it.each([
    ['https://github.com/topics/llm', 'url:https://github.com/topics/llm'],
    ['https://github.com/ggerganov', 'url:https://github.com/ggerganov'],
    ['https://huggingface.co/blog/rlhf', 'url:https://huggingface.co/blog/rlhf'],
    ['https://huggingface.co/julien-c', 'url:https://huggingface.co/julien-c'],
    ['https://arxiv.org/list/cs/2301', 'url:https://arxiv.org/list/cs/2301'],
    [
      'https://Fireworks.AI/blog/fireoptimizer/?utm_source=newsletter&utm_medium=email&x=1#top',
      'url:https://fireworks.ai/blog/fireoptimizer?x=1',
    ],
    ['https://example.org/', 'url:https://example.org'],
  ])('%s → %s', (url, key) => {
    expect(identify(url)?.key).toBe(key);
  });

  it.each(['chrome://newtab/', 'about:blank', 'not a url', '', 'file:///tmp/x.pdf'])(
    '%s has no identity',
    (url) => {
      expect(identify(url)).toBeNull();
    },
  );
});

describe('parseArxivId', () => {
  it.each([
    ['2106.09608v2', { id: '2106.09608', version: 2 }],
    ['arXiv:1706.03762', { id: '1706.03762' }],
    ['hep-th/9901001', { id: 'hep-th/9901001' }],
    ['2106.0960', { id: '2106.0960' }],
  ])('%s', (text, expected) => {
    expect(parseArxivId(text)).toEqual(expected);
  });

  it.each(['1706', 'abc/123', '2106.096089'])('rejects %s', (text) => {
    expect(parseArxivId(text)).toBeNull();
  });
});

describe('normalizeUrl', () => {
  it('drops only utm_* parameters and keeps the rest in order', () => {
    expect(normalizeUrl(new URL('https://a.org/p?b=2&utm_campaign=x&a=1'))).toBe(
      'https://a.org/p?b=2&a=1',
    );
  });
});
