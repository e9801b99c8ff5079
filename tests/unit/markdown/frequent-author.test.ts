/**
 * Issue 11 point 1, a value the item does not have is never invented: a name several
 * neighbours share (a frequent author) is their value, not the list's literal text, so a
 * new entry never carries it; nor a frequent tag word the neighbours' titles also use.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';
import { PUBLISHED_PAPER } from './lists-helpers';

/** The lines a saved paper adds to the `Papers` section of `body`. */
function added(body: string): string[] {
  const text = `# List\n\n## Papers\n\n${body}\n\n## Other\n\nProse.\n`;
  const shelf = shelfFrom(text);
  save(shelf, 'Papers', PUBLISHED_PAPER);
  const lines = addedLines(text, exportShelf(shelf));
  expect(lines).not.toBeNull();
  return lines ?? [];
}

describe('a frequent author is a value, never literal text', () => {
  it('leaves out a lone author two entries share', () => {
    const list = [
      '1. **Adam: A Method for Stochastic Optimization**. *Diederik Kingma, Jimmy Ba*. ICLR 2015. [[pdf](https://arxiv.org/pdf/1412.6980)]',
      '2. **Deep Residual Learning**. *Kaiming He*. CVPR 2016. [[pdf](https://arxiv.org/pdf/1512.03385)]',
      '3. **Mask R-CNN**. *Kaiming He*. ICCV 2017. [[pdf](https://arxiv.org/pdf/1703.06870)]',
    ].join('\n');
    expect(added(list)).toEqual([
      '4. **Attention Is All You Need**. NeurIPS 2017. [[pdf](https://arxiv.org/pdf/1706.03762)]',
    ]);
  });

  it('leaves out a lone author after a separator', () => {
    const list = [
      '- **Adam: A Method for Stochastic Optimization** | Diederik Kingma | [[arXiv](https://arxiv.org/abs/1412.6980)]',
      '- **Deep Residual Learning** | Kaiming He | [[arXiv](https://arxiv.org/abs/1512.03385)]',
      '- **Mask R-CNN** | Kaiming He | [[arXiv](https://arxiv.org/abs/1703.06870)]',
    ].join('\n');
    expect(added(list)).toEqual([
      '- **Attention Is All You Need** | [[arXiv](https://arxiv.org/abs/1706.03762)]',
    ]);
  });

  it('reads every name before `et al.` as the shown authors', () => {
    const list = [
      '- [2014/12] **Adam: A Method for Stochastic Optimization.** *Diederik Kingma, Jimmy Ba et al.* [[paper](https://arxiv.org/abs/1412.6980)]',
      '- [2015/12] **Deep Residual Learning.** *Kaiming He, Xiangyu Zhang et al.* [[paper](https://arxiv.org/abs/1512.03385)]',
      '- [2017/03] **Mask R-CNN.** *Kaiming He, Georgia Gkioxari et al.* [[paper](https://arxiv.org/abs/1703.06870)]',
    ].join('\n');
    expect(added(list)).toEqual([
      '- [2017/06] **Attention Is All You Need.** *Ashish Vaswani, Noam Shazeer et al.* [[paper](https://arxiv.org/abs/1706.03762)]',
    ]);
  });

  it('leaves out a frequent tag word that is also part of the neighbours’ titles', () => {
    const list = [
      '- **Deep Residual Learning** Vision [[paper](https://arxiv.org/abs/1512.03385)]',
      '- **Mask R-CNN** Vision [[paper](https://arxiv.org/abs/1703.06870)]',
      '- **Vision Transformers Need Registers** Robotics [[paper](https://arxiv.org/abs/2309.16588)]',
      '- **Adam: A Method for Stochastic Optimization** Optimization [[paper](https://arxiv.org/abs/1412.6980)]',
      '- **Batch Normalization** Vision [[paper](https://arxiv.org/abs/1502.03167)]',
    ].join('\n');
    expect(added(list)).toEqual([
      '- **Attention Is All You Need** [[paper](https://arxiv.org/abs/1706.03762)]',
    ]);
  });
});
