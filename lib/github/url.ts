/**
 * Which file of which repository a list lives in, from what a person pastes: a file page
 * (`https://github.com/{owner}/{repo}/blob/{branch}/{path}`), its raw URL
 * (`https://raw.githubusercontent.com/{owner}/{repo}/{branch}/{path}`), or `owner/repo/branch/path`.
 *
 * A branch name may hold slashes (`feature/x`), and the address cannot say where it ends:
 * `parseFileLocation` keeps the branch and path together, and resolve-ref.ts asks the
 * repository which split names a branch. `parseFileRef` takes the first segment as the
 * branch, for where no repository can be asked. For a GitHub Enterprise Server, its web host
 * is accepted alongside github.com.
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

/** A file's repository, and its branch and path still together (`feature/x/lists/a.md`). */
export interface FileLocation {
  owner: string;
  repo: string;
  /** The branch's segments, then the path's: at least one of each. */
  segments: string[];
  /** What was pasted, for messages. */
  input: string;
}

export function parseFileLocation(input: string, webHost = 'github.com'): FileLocation {
  const text = input.trim();
  const located = (parts: string[]): FileLocation => {
    const [owner = '', repo = '', ...segments] = parts;
    if (!NAME.test(owner) || !NAME.test(repo)) throw bad(text, 'no owner/repository');
    if (!segments[0]) throw bad(text, 'no branch');
    if (segments.length < 2) throw bad(text, 'no file path');
    return { owner, repo, segments, input: text };
  };
  if (!/^[a-z]+:\/\//i.test(text)) {
    const parts = text.replace(/^\/+/, '').split('/');
    if (parts.length < 4) throw bad(text, 'expected owner/repo/branch/path');
    return located(decodeSegments(parts, text));
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw bad(text, 'it is not a valid address');
  }
  const segments = decodeSegments(url.pathname.split('/').filter(Boolean), text);
  if (url.hostname === 'raw.githubusercontent.com') return located(segments);
  if (url.host !== 'github.com' && url.host !== 'www.github.com' && url.host !== webHost) {
    throw bad(text, `${url.host} is not GitHub`);
  }
  const [owner = '', repo = '', kind = '', ...rest] = segments;
  if (kind !== 'blob' && kind !== 'raw' && kind !== 'edit') {
    throw bad(text, kind === 'tree' ? 'it is a folder' : 'it is not a file page');
  }
  return located([owner, repo, ...rest]);
}

/** The file when its branch is the first `branchSegments` segments of the location. */
export function refAt(location: FileLocation, branchSegments: number): FileRef {
  const { owner, repo, segments } = location;
  return checked(
    {
      owner,
      repo,
      branch: segments.slice(0, branchSegments).join('/'),
      path: segments.slice(branchSegments).join('/'),
    },
    location.input,
  );
}

/** The file with the first segment as its branch (resolve-ref.ts asks the repository). */
export function parseFileRef(input: string, webHost = 'github.com'): FileRef {
  return refAt(parseFileLocation(input, webHost), 1);
}

/** The file's page on GitHub, for links. */
export function fileUrl(ref: FileRef, webHost = 'github.com'): string {
  const path = ref.path.split('/').map(encodeURIComponent).join('/');
  return `https://${webHost}/${ref.owner}/${ref.repo}/blob/${encodeURIComponent(ref.branch)}/${path}`;
}

export function describeRef(ref: FileRef): string {
  return `${ref.owner}/${ref.repo}/${ref.path} on ${ref.branch}`;
}
