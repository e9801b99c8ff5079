/**
 * For random sequences of local saves and remote edits, a push never drops a remote line or
 * a local change: the committed file holds every line of the file as it was on GitHub, in
 * order, and every item saved here; a save whose section was deleted upstream is named as a
 * conflict and then nothing at all is written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pushList } from '../../../lib/github/push';
import { connected, paper, REF } from './helpers';

interface Section {
  heading: string;
  lines: string[];
}

const TOPICS = ['Quantization', 'Pruning', 'Distillation'];

function render(sections: Section[]): string {
  const out = ['# Efficient LLM', ''];
  for (const section of sections) out.push(`## ${section.heading}`, '', ...section.lines, '');
  return `${out.join('\n').trimEnd()}\n`;
}

function baseSections(): Section[] {
  return TOPICS.map((heading, t) => ({
    heading,
    lines: [0, 1].map((i) => `- [Base ${t}.${i}](https://arxiv.org/abs/2001.0${t}00${i})`),
  }));
}

type RemoteEdit =
  | { type: 'add'; section: number; id: number }
  | { type: 'note'; section: number; text: string }
  | { type: 'new-section'; id: number }
  | { type: 'delete-section'; section: number };

const remoteEdit: fc.Arbitrary<RemoteEdit> = fc.oneof(
  fc.record({
    type: fc.constant('add' as const),
    section: fc.nat(5),
    id: fc.integer({ min: 10000, max: 99999 }),
  }),
  fc.record({
    type: fc.constant('note' as const),
    section: fc.nat(5),
    text: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}[a-z]$/),
  }),
  fc.record({
    type: fc.constant('new-section' as const),
    id: fc.integer({ min: 10000, max: 99999 }),
  }),
  fc.record({ type: fc.constant('delete-section' as const), section: fc.nat(5) }),
);

const localSave = fc.record({
  topic: fc.constantFrom(...TOPICS, 'Speculative decoding', 'Quantization / 2024'),
  id: fc.integer({ min: 10000, max: 99999 }),
});

function applyRemote(sections: Section[], edit: RemoteEdit, n: number): void {
  const section = sections.length
    ? sections[('section' in edit ? edit.section : 0) % sections.length]
    : undefined;
  if (edit.type === 'add' && section) {
    section.lines.push(`- [Remote ${edit.id}](https://arxiv.org/abs/2502.${edit.id}) - theirs`);
  } else if (edit.type === 'note' && section?.lines.length) {
    const at = n % section.lines.length;
    section.lines[at] = `${(section.lines[at] ?? '').replace(/ - .*$/, '')} - ${edit.text}`;
  } else if (edit.type === 'new-section') {
    sections.push({
      heading: `Topic ${edit.id}`,
      lines: [`- [Remote ${edit.id}](https://arxiv.org/abs/2503.${edit.id})`],
    });
  } else if (edit.type === 'delete-section' && section) {
    sections.splice(sections.indexOf(section), 1);
  }
}

function isSubsequence(needles: string[], haystack: string[]): boolean {
  let at = 0;
  for (const line of haystack) if (at < needles.length && line === needles[at]) at++;
  return at === needles.length;
}

describe('push never loses a line', () => {
  it('for random local saves and remote edits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(localSave, { maxLength: 6, selector: (save) => save.id }),
        fc.array(remoteEdit, { maxLength: 6 }),
        async (saves, edits) => {
          const sections = baseSections();
          const s = await connected(render(sections));
          for (const save of saves) {
            s.save(paper(`2401.${save.id}`, `Local ${save.id}`), save.topic);
          }
          edits.forEach((edit, n) => applyRemote(sections, edit, n));
          const remote = render(sections);
          s.fake.setFile(`${REF.owner}/${REF.repo}`, REF.path, remote);
          const result = await pushList({
            client: s.client,
            collection: s.collection,
            list: s.list,
            now: () => new Date(0),
          });
          const written = s.fake.file(`${REF.owner}/${REF.repo}`, REF.path) ?? '';
          const surviving = new Set(sections.map((section) => section.heading));
          const lost = saves.filter(
            (save) =>
              !surviving.has(save.topic.split(' / ')[0] ?? '') &&
              TOPICS.includes(save.topic.split(' / ')[0] ?? ''),
          );
          if (lost.length) {
            expect(result.status).toBe('conflicts');
            expect(result.plan.conflicts.map((c) => c.key).sort()).toEqual(
              lost.map((save) => `arxiv:2401.${save.id}`).sort(),
            );
            expect(written).toBe(remote);
            return;
          }
          expect(result.plan.conflicts).toEqual([]);
          expect(isSubsequence(remote.split('\n'), written.split('\n'))).toBe(true);
          for (const save of saves)
            expect(written).toContain(`https://arxiv.org/abs/2401.${save.id}`);
          if (!saves.length) expect(result.status).toBe('nothing-new');
        },
      ),
      { numRuns: 60 },
    );
  });
});
