/**
 * Which file of which repository a list lives in, from what a person pastes: a file page
 * (`https://github.com/{owner}/{repo}/blob/{branch}/{path}`), its raw URL
 * (`https://raw.githubusercontent.com/{owner}/{repo}/{branch}/{path}`), or `owner/repo/branch/path`.
 *
 * A branch name may hold slashes; a URL cannot say where it ends, so the first segment is
 * taken as the branch (GitHub's own "Copy permalink" links have no such ambiguity). For a
 * GitHub Enterprise Server, its web host is accepted alongside github.com.
 */
import { GitHubError } from './errors';

export interface FileRef {
  owner: string;
  repo: string;
  branch: string;
  /** Inside the repository, without a leading slash: `README.md`, `lists/llm.md`. */
  path: string;
}

const NAME = /^[A-Za-z0-9_.-]+$/;

function bad(input: string, why: string): GitHubError {
  return new GitHubError(
    'bad-url',
    `"${input}" is not a GitHub file: ${why}. Paste the address of the file's page, like https://github.com/owner/repo/blob/main/README.md.`,
  );
}

function decodeSegments(segments: string[], input: string): string[] {
  try {
    return segments.map((segment) => decodeURIComponent(segment));
  } catch {
    throw bad(input, 'its address has a broken %-escape');
  }
}

function checked(ref: FileRef, input: string): FileRef {
  if (!NAME.test(ref.owner) || !NAME.test(ref.repo)) throw bad(input, 'no owner/repository');
  if (!ref.branch) throw bad(input, 'no branch');
  if (!ref.path || ref.path.endsWith('/')) throw bad(input, 'no file path');
  if (ref.path.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    throw bad(input, 'the file path is not plain');
  }
  return ref;
}

/** The GitHub web host that belongs to an API base (`api.github.com` → `github.com`). */
export function webHostOf(apiBase: string): string {
  const host = new URL(apiBase).host;
  return host === 'api.github.com' ? 'github.com' : host;
}

export function parseFileRef(input: string, webHost = 'github.com'): FileRef {
  const text = input.trim();
  if (!/^[a-z]+:\/\//i.test(text)) {
    const parts = text.replace(/^\/+/, '').split('/');
    if (parts.length < 4) throw bad(text, 'expected owner/repo/branch/path');
    const [owner = '', repo = '', branch = '', ...rest] = decodeSegments(parts, text);
    return checked({ owner, repo, branch, path: rest.join('/') }, text);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw bad(text, 'it is not a valid address');
  }
  const segments = decodeSegments(url.pathname.split('/').filter(Boolean), text);
  if (url.hostname === 'raw.githubusercontent.com') {
    const [owner = '', repo = '', branch = '', ...rest] = segments;
    return checked({ owner, repo, branch, path: rest.join('/') }, text);
  }
  if (url.host !== 'github.com' && url.host !== 'www.github.com' && url.host !== webHost) {
    throw bad(text, `${url.host} is not GitHub`);
  }
  const [owner = '', repo = '', kind = '', branch = '', ...rest] = segments;
  if (kind !== 'blob' && kind !== 'raw' && kind !== 'edit') {
    throw bad(text, kind === 'tree' ? 'it is a folder' : 'it is not a file page');
  }
  return checked({ owner, repo, branch, path: rest.join('/') }, text);
}

/** The file's page on GitHub, for links. */
export function fileUrl(ref: FileRef, webHost = 'github.com'): string {
  const path = ref.path.split('/').map(encodeURIComponent).join('/');
  return `https://${webHost}/${ref.owner}/${ref.repo}/blob/${encodeURIComponent(ref.branch)}/${path}`;
}

export function describeRef(ref: FileRef): string {
  return `${ref.owner}/${ref.repo}/${ref.path} on ${ref.branch}`;
}
