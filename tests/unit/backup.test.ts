/** Backups are checked completely before use; problems name their JSON line. */
import { describe, expect, it } from 'vitest';
import { BackupError, parseBackup, serializeBackup } from '../../lib/backup';
import { emptyCollection } from '../../lib/collection/collection';
import { applyImportedList } from '../../lib/collection/imported-list';
import { importList } from '../../lib/markdown/index';
import type { Backup } from '../../lib/types';
import { readSeed } from './markdown/helpers';

function sample(): Backup {
  const text = readSeed('llm-wiki.md');
  const collection = emptyCollection();
  let next = 0;
  applyImportedList(collection, importList(text), text, {
    now: 1_700_000_000_000,
    newId: () => `id-${++next}`,
  });
  return {
    format: 'paper-shelf-backup',
    version: 1,
    exportedAt: '2025-01-01T00:00:00.000Z',
    ...collection,
  };
}

function problem(text: string): BackupError {
  try {
    parseBackup(text);
  } catch (error) {
    if (error instanceof BackupError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('backup', () => {
  it('writes stable pretty JSON with a final newline and reads it back', () => {
    const backup = sample();
    const text = serializeBackup(backup);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "paper-shelf-backup",\n  "version": 1,')).toBe(true);
    expect(parseBackup(text)).toEqual(JSON.parse(text));
    expect(serializeBackup(parseBackup(text))).toBe(text);
    // Key order does not depend on how the objects were built.
    const shuffled = JSON.parse(text) as Backup;
    shuffled.items = shuffled.items.map(
      (item) => Object.fromEntries(Object.entries(item).reverse()) as typeof item,
    );
    expect(serializeBackup(shuffled)).toBe(text);
  });

  it('keeps the imported file byte for byte', () => {
    const backup = parseBackup(serializeBackup(sample()));
    expect(backup.lists[0]?.source).toBe(readSeed('llm-wiki.md'));
  });

  it('names the line of a JSON syntax error', () => {
    const text = serializeBackup(sample());
    const lines = text.split('\n');
    lines[5] = `${lines[5]},,`;
    const error = problem(lines.join('\n'));
    expect(error.line).toBe(6);
    expect(error.message).toMatch(/^line 6: not valid JSON/);
  });

  it('names the line and path of a value of the wrong shape', () => {
    const text = serializeBackup(sample());
    const broken = text.replace('"status": "to-read"', '"status": "later"');
    const error = problem(broken);
    expect(error.path).toBe('items[0].status');
    expect(broken.split('\n')[error.line - 1]).toContain('"status": "later"');

    const noKey = text.replace(/"key": "[^"]+",\n\s*/, '');
    const missing = problem(noKey);
    expect(missing.path).toBe('items[0].key');
    expect(missing.line).toBeGreaterThan(0);
  });

  it('checks references, uniqueness and the format marker', () => {
    const backup = sample();
    const dangling = structuredClone(backup);
    dangling.items[0]?.topicIds.push('nope');
    expect(problem(serializeBackup(dangling)).message).toMatch(
      /items\[0\]\.topicIds\[\d\] names no topic/,
    );
    const twice = structuredClone(backup);
    twice.items.push(structuredClone(twice.items[0] as (typeof twice.items)[number]));
    expect(problem(serializeBackup(twice)).message).toMatch(/appears twice/);
    expect(problem('{"format":"other"}').message).toMatch(/format must be "paper-shelf-backup"/);
    expect(problem('[]').message).toMatch(/must be an object/);
    expect(problem(JSON.stringify({ ...backup, version: 2 })).message).toMatch(
      /version 2 is not supported/,
    );
  });
});

describe('syntax error lines whatever the engine says', () => {
  it.each([
    ['{\n  "format": \n}', 3],
    ['{\n "a": 1,\n}', 3],
    ['[1, 2\n', 2],
    ['{"a": "x\ny"}', 1],
    ['{\n"a": tru}', 2],
    ['{"a":1}\n{', 2],
  ])('%j → line %i', (text, line) => {
    expect(problem(text).line).toBe(line);
  });
});
