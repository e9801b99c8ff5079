/**
 * `shelf extract --url <url> <page.html> [--online]`: prints the record the extension
 * would save for a saved page at that URL, as JSON (a listing page: an array of its
 * entries). No network unless `--online`, which fills gaps from the APIs with Node's fetch.
 * Without `--url`, a test fixture's first comment (`<!-- {"url": "…"} -->`) names it.
 */
import { readFile } from 'node:fs/promises';
import { extractFromHtml } from '../../lib/extractors/fromHtml';
import { enrichCapture } from '../../lib/sources/index';
import type { Capture } from '../../lib/types';
import { parseCommandArgs } from '../args';
import { CliError } from '../errors';

const USAGE = 'usage: shelf extract --url <url> <page.html> [--online]';

interface ExtractArgs {
  url?: string;
  file: string;
  online: boolean;
}

function parseArgs(args: string[]): ExtractArgs {
  const parsed = parseCommandArgs(args, { strings: ['url'], flags: ['online'] }, USAGE);
  if (parsed.help) throw new CliError(USAGE);
  const [file, extra] = parsed.positionals;
  if (!file) throw new CliError(USAGE);
  if (extra !== undefined) {
    throw new CliError(`one page at a time (got ${file} and ${extra})\n${USAGE}`);
  }
  return { url: parsed.values.url, file, online: parsed.flags.online === true };
}

/** The URL a fixture's first comment names: `<!-- {"url": "https://…"} -->`. */
export function urlFromComment(html: string): string | undefined {
  const match = /^\s*(?:<\?xml[^>]*>\s*)?<!--\s*(\{[\s\S]*?\})\s*-->/.exec(html);
  if (!match?.[1]) return undefined;
  try {
    const value = JSON.parse(match[1]) as { url?: unknown };
    return typeof value.url === 'string' ? value.url : undefined;
  } catch {
    return undefined;
  }
}

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  let html: string;
  try {
    html = await readFile(options.file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(`cannot read ${options.file} (${reason})`);
  }
  const url = options.url ?? urlFromComment(html);
  if (!url) throw new CliError(`${options.file}: which URL was it saved from? Pass --url <url>`);
  try {
    new URL(url);
  } catch {
    throw new CliError(`not a URL: ${url}`);
  }
  const extraction = await extractFromHtml(html, url);
  let captures: Capture[] = extraction.captures;
  if (options.online) {
    captures = await Promise.all(
      captures.map((capture) => enrichCapture(capture, { fetch: globalThis.fetch })),
    );
  }
  if (!extraction.listing && captures.length === 0) {
    throw new CliError(`${options.file}: nothing to capture at ${url}`);
  }
  const output = extraction.listing ? captures : captures[0];
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}
