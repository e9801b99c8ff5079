/**
 * `shelf add <backup.json> --topic "A / B" [--list <name>] (<item.json> | --url <url> <page.html>)
 * --out <backup.json>`: files a work under a topic of a list, as the popup would: one record
 * per work (a second save merges), the topic created with its parents if needed.
 */
import { readFile } from 'node:fs/promises';
import { defaultNewId } from '../../lib/collection/collection';
import { runInMemory } from '../../lib/collection/memory';
import { fileCaptureOperation } from '../../lib/collection/operations';
import { extractFromHtml } from '../../lib/extractors/fromHtml';
import { identify, identityRecords } from '../../lib/identity';
import type { Capture, ItemKind } from '../../lib/types';
import { parseCommandArgs } from '../args';
import { CliError } from '../errors';
import { chooseList, readBackupFile } from './export';
import { writeBackupFile } from './import';

const USAGE = `usage: shelf add <backup.json> --topic "A / B" [--list <name>] [--note <text>]
                 (<item.json> | --url <url> <page.html>) --out <backup.json>

Files the item under the topic (created with its parents if needed). <item.json> is a
Capture as \`shelf extract\` prints it; with --url the item is extracted from the saved page.
With one list in the backup, --list may be left out. --out may name the input backup.`;

const KINDS: ItemKind[] = ['paper', 'repo', 'model', 'dataset', 'space', 'page'];

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

/** A Capture from JSON: key, kind and canonical URL filled from the URL when left out. */
export function captureFromJson(text: string, file: string): Capture {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : 0;
    throw new CliError(`${file}: ${line ? `line ${line}: ` : ''}not valid JSON (${message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(`${file}: expected one capture object`);
  }
  const capture = value as Partial<Capture> & Record<string, unknown>;
  if (typeof capture.url !== 'string') throw new CliError(`${file}: "url" must be a string`);
  if (capture.key === undefined) {
    // A hand-written item may give only a URL: the identity rules supply the rest.
    const identity = identify(capture.url);
    if (!identity)
      throw new CliError(`${file}: "${capture.url}" is not a URL a work can be saved from`);
    capture.key = identity.key;
    capture.kind ??= identity.kind;
    capture.url = identity.url;
    for (const [name, record] of Object.entries(identityRecords(identity)))
      capture[name] ??= record;
    if (identity.contextKey) capture.contextKey ??= identity.contextKey;
  }
  if (typeof capture.key !== 'string' || capture.key === '')
    throw new CliError(`${file}: "key" must be a non-empty string`);
  if (!KINDS.includes(capture.kind as ItemKind))
    throw new CliError(`${file}: "kind" must be one of ${KINDS.join(', ')}`);
  if (typeof capture.title !== 'string') throw new CliError(`${file}: "title" must be a string`);
  return capture as Capture;
}

async function capturesFromPage(url: string, file: string): Promise<Capture[]> {
  try {
    new URL(url);
  } catch {
    throw new CliError(`--url: not a URL: ${url}`);
  }
  const extraction = await extractFromHtml(await readText(file), url);
  if (extraction.captures.length === 0) throw new CliError(`${file}: nothing to capture at ${url}`);
  return extraction.captures;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { strings: ['topic', 'list', 'note', 'url', 'out'] },
    USAGE,
  );
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const positional = parsed.positionals;
  const { topic, note, url, out } = parsed.values;
  const listName = parsed.values.list;
  const [backupFile, itemFile, extra] = positional;
  if (!backupFile || !itemFile || topic === undefined || !out) throw new CliError(USAGE);
  if (extra !== undefined)
    throw new CliError(`one item at a time (got ${itemFile} and ${extra})\n${USAGE}`);

  const backup = await readBackupFile(backupFile);
  const list = chooseList(backup, listName, backupFile);
  const captures = url
    ? await capturesFromPage(url, itemFile)
    : [captureFromJson(await readText(itemFile), itemFile)];
  const now = Date.now();
  for (const capture of captures) {
    const request = {
      capture,
      listId: list.id,
      topics: [topic],
      ...(note !== undefined ? { note } : {}),
    };
    // The same operation the popup's save runs, on the backup held in memory.
    const { result } = runInMemory(backup, fileCaptureOperation(request), {
      now,
      newId: defaultNewId,
    });
    const where = result.topics[0]?.path || `list "${list.name}"`;
    process.stderr.write(
      `${result.existed ? 'updated' : 'added'} ${result.item.key} under ${where}\n`,
    );
  }
  await writeBackupFile(out, backup);
  return 0;
}
