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
import { CliError } from '../errors';

const USAGE = 'usage: shelf extract --url <url> <page.html> [--online]';

interface ExtractArgs {
  url?: string;
  file: string;
  online: boolean;
}

function parseArgs(args: string[]): ExtractArgs {
  let url: string | undefined;
  let file: string | undefined;
  let online = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--online') online = true;
    else if (arg === '--url') url = args[++i];
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}\n${USAGE}`);
    else if (file === undefined) file = arg;
    else throw new CliError(`one page at a time (got ${file} and ${arg})\n${USAGE}`);
  }
  if (!file) throw new CliError(USAGE);
  return { url, file, online };
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
