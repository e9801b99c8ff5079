/**
 * Reading and writing one file with the Contents API
 * (https://docs.github.com/en/rest/repos/contents). Files up to 1 MB come base64-encoded in
 * the JSON; bigger ones (content "" and encoding "none") are fetched again with the raw
 * media type. The text is decoded exactly (a byte-order mark, CRLF and a missing final
 * newline survive) and refused when it is not a Markdown file: binary, not UTF-8, over 20 MB.
 */
import { decodeInput, MarkdownImportError, MAX_IMPORT_BYTES } from '../markdown/input';
import { base64ToBytes, textToBase64 } from './base64';
import { encodePath, type GitHubClient } from './client';
import { GitHubError, isGitHubError } from './errors';
import type { FileRef } from './url';

export interface RemoteFile {
  text: string;
  /** The blob sha: what an update must carry. */
  sha: string;
}

interface ContentsAnswer {
  type?: string;
  encoding?: string;
  content?: string;
  sha?: string;
  size?: number;
}

export function contentsPath(ref: Pick<FileRef, 'owner' | 'repo' | 'path'>): string {
  return `/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}/contents/${encodePath(ref.path)}`;
}

function decoded(bytes: Uint8Array, ref: FileRef): string {
  try {
    return decodeInput(bytes);
  } catch (error) {
    if (error instanceof MarkdownImportError) {
      throw new GitHubError(
        'bad-file',
        `${ref.path} on GitHub cannot be a list: ${error.message}.`,
      );
    }
    throw error;
  }
}

export async function readRemoteFile(client: GitHubClient, ref: FileRef): Promise<RemoteFile> {
  const path = `${contentsPath(ref)}?ref=${encodeURIComponent(ref.branch)}`;
  const what = `reading ${ref.path}`;
  let answer: ContentsAnswer | ContentsAnswer[];
  try {
    answer = await client.json<ContentsAnswer | ContentsAnswer[]>('GET', path, { what });
  } catch (error) {
    if (isGitHubError(error, 'not-found')) throw await explainMissing(client, ref);
    throw error;
  }
  if (Array.isArray(answer) || answer.type !== 'file' || typeof answer.sha !== 'string') {
    const kind = Array.isArray(answer) || answer.type === 'dir' ? 'a folder' : 'not a file';
    throw new GitHubError('bad-file', `${ref.path} on GitHub is ${kind}, not a Markdown file.`);
  }
  if ((answer.size ?? 0) > MAX_IMPORT_BYTES) {
    throw new GitHubError(
      'bad-file',
      `${ref.path} on GitHub is larger than 20 MB (${answer.size} bytes): too big to be a list.`,
    );
  }
  let bytes: Uint8Array;
  if (answer.encoding === 'base64' && (answer.content || !answer.size)) {
    bytes = base64ToBytes(answer.content ?? '');
  } else {
    bytes = await client.bytes('GET', path, { what });
  }
  return { text: decoded(bytes, ref), sha: answer.sha };
}

/** A 404 names what is missing: the repository (or no access), the branch, or the file. */
export async function explainMissing(client: GitHubClient, ref: FileRef): Promise<GitHubError> {
  const repo = `/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}`;
  const exists = (path: string) =>
    client.json('GET', path, { what: 'checking' }).then(
      () => true,
      (error: unknown) => {
        if (isGitHubError(error, 'not-found')) return false;
        throw error;
      },
    );
  if (!(await exists(repo))) {
    return new GitHubError(
      'not-found',
      `The repository ${ref.owner}/${ref.repo} does not exist${client.authenticated ? ' or the token cannot see it' : ' or is private (connect a token to read it)'}.`,
      404,
    );
  }
  if (!(await exists(`${repo}/branches/${encodePath(ref.branch)}`))) {
    return new GitHubError(
      'not-found',
      `The branch "${ref.branch}" does not exist in ${ref.owner}/${ref.repo}.`,
      404,
    );
  }
  return new GitHubError(
    'not-found',
    `There is no file ${ref.path} on the branch "${ref.branch}" of ${ref.owner}/${ref.repo}.`,
    404,
  );
}

export interface WriteResult {
  /** The new blob sha. */
  sha: string;
  commitSha: string;
  commitUrl?: string;
}

/** One commit replacing the file; `sha` is the blob sha it was read with (409 when stale). */
export async function writeRemoteFile(
  client: GitHubClient,
  ref: FileRef,
  text: string,
  sha: string | undefined,
  message: string,
): Promise<WriteResult> {
  const body: Record<string, string> = { message, content: textToBase64(text), branch: ref.branch };
  if (sha) body.sha = sha;
  const answer = await client.json<{
    content?: { sha?: string };
    commit?: { sha?: string; html_url?: string };
  }>('PUT', contentsPath(ref), { body, what: `writing ${ref.path}` });
  const written: WriteResult = {
    sha: answer.content?.sha ?? '',
    commitSha: answer.commit?.sha ?? '',
  };
  if (answer.commit?.html_url) written.commitUrl = answer.commit.html_url;
  return written;
}
