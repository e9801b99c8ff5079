/**
 * Hostile and odd backup files (issue 12, points 6 and 11): every refusal is a BackupError
 * naming the line, never a RangeError; encodings read the same in the CLI and the page
 * (both call parseBackup on the file's bytes); an import that is refused changes nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackupFile } from '../../cli/commands/export';
import { BackupError, MAX_BACKUP_BYTES, parseBackup, serializeBackup } from '../../lib/backup';
import { exportBackup, importBackup } from '../../lib/store/backup-io';
import { CollectionStore } from '../../lib/store/collection-store';
import type { Backup } from '../../lib/types';

function sample(): Backup {
  return {
    format: 'paper-shelf-backup',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    lists: [
      { id: 'l1', name: 'Reading list', fileName: 'README.md', style: 'plain', createdAt: 1 },
    ],
    topics: [{ id: 't1', listId: 'l1', path: 'Agents', order: 0, createdAt: 1 }],
    items: [
      {
        key: 'arxiv:2106.09608',
        kind: 'paper',
        url: 'https://arxiv.org/abs/2106.09608',
        title: 'Learning Knowledge Graph-based World Models',
        authors: ['Prithviraj Ammanabrolu'],
        arxiv: { id: '2106.09608', version: 2, pdfUrl: 'https://arxiv.org/pdf/2106.09608v2' },
        codeUrls: ['https://github.com/rajammanabrolu/WorldGeneration'],
        note: '',
        status: 'to-read',
        topicIds: ['t1'],
        savedAt: 1,
        updatedAt: 1,
      },
      {
        key: 'title:a wiki entry',
        kind: 'paper',
        url: '',
        title: 'A wiki entry',
        note: '',
        status: 'read',
        topicIds: ['t1'],
        savedAt: 2,
        updatedAt: 2,
      },
    ],
  };
}

const GOOD = serializeBackup(sample());

function refusal(input: string | Uint8Array): BackupError {
  try {
    parseBackup(input);
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    return error as BackupError;
  }
  throw new Error('accepted');
}

/** The 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('backup input', () => {
  it('refuses a file over the size limit with a plain sentence, before parsing', () => {
    const bytes = new Uint8Array(MAX_BACKUP_BYTES + 1);
    expect(refusal(bytes).message).toMatch(/the file is 50\.0 MB; backups larger than 50\.0 MB/);
    expect(refusal(' '.repeat(MAX_BACKUP_BYTES + 1)).message).toMatch(/larger than 50\.0 MB/);
  });

  it('reports a key given twice in one object, with its line', () => {
    const twice = GOOD.replace(
      '"title": "Learning',
      '"title": "Hijacked",\n      "title": "Learning',
    );
    const error = refusal(twice);
    expect(error.message).toMatch(/items\[0\]\.title appears twice in the same object/);
    expect(error.line).toBe(lineOf(twice, '"title": "Learning'));
    // Escapes do not hide a duplicate: "\u0074itle" is "title".
    expect(refusal('{"a": 1, "\\u0061": 2}').message).toMatch(/a appears twice/);
  });

  it.each([
    ['UTF-8 with a byte-order mark', [0xef, 0xbb, 0xbf], 'utf-8'],
    ['UTF-16 LE with a byte-order mark', [0xff, 0xfe], 'utf-16le'],
    ['UTF-16 BE with a byte-order mark', [0xfe, 0xff], 'utf-16be'],
    ['UTF-16 LE without one', [], 'utf-16le'],
    ['UTF-16 BE without one', [], 'utf-16be'],
  ] as const)('reads %s like plain UTF-8', (_what, mark, encoding) => {
    const bytes = new Uint8Array([...mark, ...encode(GOOD, encoding)]);
    expect(parseBackup(bytes)).toEqual(parseBackup(GOOD));
  });

  it('a text with a byte-order mark reads the same as one without', () => {
    expect(parseBackup(`\uFEFF${GOOD}`)).toEqual(parseBackup(GOOD));
  });

  it('names the line of bytes that are not UTF-8', () => {
    const bytes = new TextEncoder().encode(GOOD);
    const at = GOOD.indexOf('Learning');
    bytes[at] = 0xff;
    const error = refusal(bytes);
    expect(error.message).toMatch(/not valid UTF-8 text/);
    expect(error.line).toBe(lineOf(GOOD, 'Learning'));
  });

  it.each([
    [
      '"url": "https://arxiv.org/abs/2106.09608"',
      '"url": "javascript:alert(1)"',
      /items\[0\]\.url must be an http\(s\) URL/,
    ],
    [
      '"url": "https://arxiv.org/abs/2106.09608"',
      '"url": "data:text/html,<b>x</b>"',
      /items\[0\]\.url must be an http\(s\) URL/,
    ],
    [
      '"url": "https://arxiv.org/abs/2106.09608"',
      '"url": " javascript:alert(1)"',
      /items\[0\]\.url must be an http\(s\) URL/,
    ],
    [
      '"https://github.com/rajammanabrolu/WorldGeneration"',
      '"JavaScript:alert(1)"',
      /items\[0\]\.codeUrls\[0\] must be an http\(s\) URL/,
    ],
    [
      '"pdfUrl": "https://arxiv.org/pdf/2106.09608v2"',
      '"pdfUrl": "data:application/pdf,x"',
      /items\[0\]\.arxiv\.pdfUrl must be an http\(s\) URL/,
    ],
    ['"key": "arxiv:2106.09608"', '"key": 123', /items\[0\]\.key must be a non-empty string/],
    ['"key": "arxiv:2106.09608"', '"key": "2106.09608"', /items\[0\]\.key must be an identity key/],
    ['"kind": "paper"', '"kind": "evil-kind"', /items\[0\]\.kind must be one of/],
    [
      '"title": "Learning Knowledge Graph-based World Models"',
      '"title": 5',
      /items\[0\]\.title must be a string/,
    ],
    ['"version": 2', '"version": "2"', /items\[0\]\.arxiv\.version must be a number/],
    [
      '"authors": [\n        "Prithviraj Ammanabrolu"',
      '"authors": [\n        7',
      /items\[0\]\.authors\[0\] must be a string/,
    ],
    ['"savedAt": 1', '"savedAt": "yesterday"', /items\[0\]\.savedAt must be a number/],
  ])('refuses %s → %s with the line named', (from, to, message) => {
    expect(GOOD).toContain(from);
    const bad = GOOD.replace(from, to);
    const error = refusal(bad);
    expect(error.message).toMatch(message);
    const changed = to.split('\n').at(-1) as string;
    expect(error.line).toBe(lineOf(bad, changed.trim()));
    expect(error.message).toMatch(new RegExp(`^line ${error.line}: `));
  });

  it('refuses deep JSON with a clear message and its line, never a RangeError', () => {
    const deep = `{\n"format": "paper-shelf-backup",\n"x": ${'['.repeat(200_000)}${']'.repeat(200_000)}\n}`;
    const error = refusal(deep);
    expect(error.message).toMatch(/^line 3: the JSON is nested deeper than 32 levels/);
    const deepObject = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    expect(refusal(deepObject).message).toMatch(/nested deeper/);
    // Unclosed, too: the scanner gives up at the limit, not at the end of the stack.
    expect(refusal('['.repeat(1_000_000)).message).toMatch(/nested deeper/);
  });

  it('the CLI reads the same files the same way', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shelf-backup-'));
    const files = {
      plain: new TextEncoder().encode(GOOD),
      bom: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(GOOD)]),
      utf16: new Uint8Array([0xff, 0xfe, ...encode(GOOD, 'utf-16le')]),
    };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(path.join(dir, `${name}.json`), bytes);
      expect(await readBackupFile(path.join(dir, `${name}.json`))).toEqual(parseBackup(GOOD));
    }
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, GOOD.replace('"kind": "paper"', '"kind": "evil-kind"'));
    await expect(readBackupFile(bad)).rejects.toThrow(
      new RegExp(`bad\\.json: line ${lineOf(GOOD, '"kind": "paper"')}: items\\[0\\]\\.kind`),
    );
  });
});

describe('backup import stays all-or-nothing', () => {
  let shelf: CollectionStore | undefined;
  afterEach(() => shelf?.close());

  it('a refused backup leaves the collection exactly as it was', async () => {
    shelf = await CollectionStore.open({ name: 'backup-all-or-nothing' });
    await importBackup(shelf, GOOD, { now: 0 });
    const before = await exportBackup(shelf, 0);
    const hostile = [
      GOOD.replace('"url": "https://arxiv.org/abs/2106.09608"', '"url": "javascript:alert(1)"'),
      GOOD.replace('"status": "read"', '"status": "read",\n      "status": "to-read"'),
      `${GOOD.slice(0, -2)}, "deep": ${'['.repeat(50_000)}}`,
    ];
    for (const text of hostile) {
      await expect(importBackup(shelf, text, { now: 0 })).rejects.toBeInstanceOf(BackupError);
      expect(await exportBackup(shelf, 0)).toBe(before);
    }
  });
});

/** The text as UTF-16 bytes, without a byte-order mark. */
function encode(text: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): number[] {
  if (encoding === 'utf-8') return [...new TextEncoder().encode(text)];
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = [code & 0xff, code >> 8];
    out.push(...(encoding === 'utf-16le' ? pair : pair.reverse()));
  }
  return out;
}
