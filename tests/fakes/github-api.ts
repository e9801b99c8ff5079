/**
 * A fake of the parts of GitHub's REST API Paper Shelf uses, following GitHub's documented
 * semantics (https://docs.github.com/en/rest): contents read as base64 JSON up to 1 MB and
 * through the raw media type beyond; an update with a stale sha → 409, without a sha → 422;
 * 401 for a bad token; 403 for writes without push access, or with rate-limit headers when
 * told to; 404 for a missing repository, branch or file (and a private repository the token
 * cannot see); refs (matching-refs by prefix), forks, pulls; a protected branch refuses
 * direct commits with 409.
 * Written here; one handler behind three doors: a `fetch` (unit tests), an HTTP server
 * (the CLI test) and Playwright's `route` (e2e).
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';

interface FakeFile {
  bytes: Uint8Array;
  sha: string;
}

type Tree = Map<string, FakeFile>;

interface FakeRepo {
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  /** Branch → commit sha. */
  branches: Map<string, string>;
  protectedBranches: Set<string>;
  /** Logins with push access (the owner always has it). */
  writers: Set<string>;
  pulls: FakePull[];
}

export interface FakePull {
  number: number;
  title: string;
  head: string;
  base: string;
  body: string;
  html_url: string;
}

export interface FakeRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface FakeAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

const enc = new TextEncoder();
const ONE_MB = 1024 * 1024;

export function blobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

const notFound = () =>
  json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });

export class FakeGitHub {
  readonly apiBase: string;
  readonly webBase: string;
  private readonly repos = new Map<string, FakeRepo>();
  private readonly commits = new Map<string, Tree>();
  private readonly tokens = new Map<string, string>();
  private commitCount = 0;
  private pullCount = 0;
  /** Every request, for assertions (method, path, whether it carried a token). */
  readonly log: { method: string; path: string; auth: boolean }[] = [];
  /**
   * Answer the next requests with a rate limit: a 403 with the headers given (as GitHub sends
   * a primary limit), or another status and message (a secondary limit: 429, or 403 saying so).
   */
  rateLimitNext:
    | { count: number; headers: Record<string, string>; status?: number; message?: string }
    | undefined;
  /** Runs before each write is applied: a test's "someone else pushed meanwhile". */
  beforeWrite: ((repo: string, branch: string, path: string) => void) | undefined;

  constructor(apiBase = 'https://api.github.com', webBase = 'https://github.com') {
    this.apiBase = apiBase.replace(/\/+$/, '');
    this.webBase = webBase;
  }

  addToken(token: string, login: string): void {
    this.tokens.set(token, login);
  }

  addRepo(
    fullName: string,
    files: Record<string, string | Uint8Array>,
    options: {
      branch?: string;
      private?: boolean;
      writers?: string[];
      protectedBranches?: string[];
    } = {},
  ): void {
    const [owner = '', name = ''] = fullName.split('/');
    const branch = options.branch ?? 'main';
    const tree: Tree = new Map();
    for (const [path, content] of Object.entries(files)) {
      const bytes = typeof content === 'string' ? enc.encode(content) : content;
      tree.set(path, { bytes, sha: blobSha(bytes) });
    }
    const commit = this.newCommit(tree);
    this.repos.set(fullName.toLowerCase(), {
      owner,
      name,
      private: options.private ?? false,
      defaultBranch: branch,
      branches: new Map([[branch, commit]]),
      protectedBranches: new Set(options.protectedBranches ?? []),
      writers: new Set(options.writers ?? []),
      pulls: [],
    });
  }

  /** The file's text on a branch (undefined when absent). */
  file(fullName: string, path: string, branch?: string): string | undefined {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) return undefined;
    const tree = this.tree(repo, branch ?? repo.defaultBranch);
    const file = tree?.get(path);
    return file ? new TextDecoder().decode(file.bytes) : undefined;
  }

  /** Someone else commits to the file (another device, a co-maintainer). */
  setFile(fullName: string, path: string, text: string | Uint8Array, branch?: string): void {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`no repo ${fullName}`);
    const name = branch ?? repo.defaultBranch;
    const tree = new Map(this.tree(repo, name));
    const bytes = typeof text === 'string' ? enc.encode(text) : text;
    tree.set(path, { bytes, sha: blobSha(bytes) });
    repo.branches.set(name, this.newCommit(tree));
  }

  branches(fullName: string): string[] {
    return [...(this.repos.get(fullName.toLowerCase())?.branches.keys() ?? [])];
  }

  pulls(fullName: string): FakePull[] {
    return this.repos.get(fullName.toLowerCase())?.pulls ?? [];
  }

  hasRepo(fullName: string): boolean {
    return this.repos.has(fullName.toLowerCase());
  }

  private newCommit(tree: Tree): string {
    const sha = createHash('sha1').update(`commit ${++this.commitCount}`).digest('hex');
    this.commits.set(sha, tree);
    return sha;
  }

  private tree(repo: FakeRepo, branch: string): Tree | undefined {
    const commit = repo.branches.get(branch);
    return commit === undefined ? undefined : this.commits.get(commit);
  }

  handle(request: FakeRequest): FakeAnswer {
    const url = new URL(request.url);
    const prefix = new URL(this.apiBase).pathname.replace(/\/+$/, '');
    const path = url.pathname.slice(prefix.length);
    const auth = request.headers.authorization ?? request.headers.Authorization;
    this.log.push({ method: request.method, path: url.pathname + url.search, auth: Boolean(auth) });
    if (this.rateLimitNext && this.rateLimitNext.count > 0) {
      this.rateLimitNext.count--;
      const { status = 403, message = 'API rate limit exceeded', headers } = this.rateLimitNext;
      return json(status, { message }, headers);
    }
    let login: string | undefined;
    if (auth) {
      login = this.tokens.get(auth.replace(/^(Bearer|token)\s+/i, ''));
      if (!login) return json(401, { message: 'Bad credentials' });
    }
    if (path === '/user' && request.method === 'GET') {
      return login ? json(200, { login }) : json(401, { message: 'Requires authentication' });
    }
    const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (!match) return notFound();
    const repo = this.repos.get(
      `${decodeURIComponent(match[1] ?? '')}/${decodeURIComponent(match[2] ?? '')}`.toLowerCase(),
    );
    const canRead = repo && (!repo.private || (login && this.canPush(repo, login)));
    if (!repo || !canRead) return notFound();
    const rest = match[3] ?? '';
    const body = request.body ? (JSON.parse(request.body) as Record<string, string>) : {};
    const method = request.method;

    if (rest === '' && method === 'GET') return json(200, this.repoJson(repo, login));
    let m: RegExpExecArray | null;
    if ((m = /^\/branches\/(.+)$/.exec(rest)) && method === 'GET') {
      const name = decodeURIComponent(m[1] ?? '');
      return repo.branches.has(name)
        ? json(200, { name })
        : json(404, { message: 'Branch not found' });
    }
    if ((m = /^\/contents\/(.+)$/.exec(rest))) {
      const filePath = m[1]?.split('/').map(decodeURIComponent).join('/') ?? '';
      if (method === 'GET')
        return this.getContents(repo, filePath, url, request.headers.accept ?? '');
      if (method === 'PUT') return this.putContents(repo, filePath, body, login);
    }
    if ((m = /^\/git\/matching-refs\/(.*)$/.exec(rest)) && method === 'GET') {
      // Every ref whose name starts with the one asked for, as a string (`heads/feat` finds
      // `heads/feature/x`); 200 with [] when none does; 409 for a repository without commits.
      const asked = decodeURIComponent(m[1] ?? '');
      if (!repo.branches.size) return json(409, { message: 'Git Repository is empty.' });
      const refs = [...repo.branches]
        .filter(([name]) => `heads/${name}`.startsWith(asked))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, sha]) => ({ ref: `refs/heads/${name}`, object: { sha, type: 'commit' } }));
      return json(200, refs);
    }
    if ((m = /^\/git\/ref\/heads\/(.+)$/.exec(rest)) && method === 'GET') {
      const name = decodeURIComponent(m[1] ?? '');
      const sha = repo.branches.get(name);
      return sha
        ? json(200, { ref: `refs/heads/${name}`, object: { sha, type: 'commit' } })
        : notFound();
    }
    if (rest === '/git/refs' && method === 'POST') {
      if (!login || !this.canPush(repo, login))
        return json(403, { message: 'Resource not accessible by personal access token' });
      const name = String(body.ref ?? '').replace(/^refs\/heads\//, '');
      if (repo.branches.has(name)) return json(422, { message: 'Reference already exists' });
      if (!this.commits.has(String(body.sha)))
        return json(422, { message: 'Object does not exist' });
      repo.branches.set(name, String(body.sha));
      return json(201, { ref: body.ref, object: { sha: body.sha, type: 'commit' } });
    }
    if (rest === '/forks' && method === 'POST') {
      if (!login) return json(401, { message: 'Requires authentication' });
      const full = `${login}/${repo.name}`;
      if (!this.repos.has(full.toLowerCase())) {
        this.repos.set(full.toLowerCase(), {
          owner: login,
          name: repo.name,
          private: false,
          defaultBranch: repo.defaultBranch,
          branches: new Map(repo.branches),
          protectedBranches: new Set(),
          writers: new Set(),
          pulls: [],
        });
      }
      return json(202, this.repoJson(this.repos.get(full.toLowerCase()) as FakeRepo, login));
    }
    if (rest === '/pulls' && method === 'POST') {
      if (!login) return json(401, { message: 'Requires authentication' });
      const [headOwner, headBranch] = String(body.head).includes(':')
        ? String(body.head).split(':')
        : [repo.owner, String(body.head)];
      const headRepo = this.repos.get(`${headOwner}/${repo.name}`.toLowerCase());
      if (!headRepo?.branches.has(headBranch ?? '') || !repo.branches.has(String(body.base))) {
        return json(422, {
          message: 'Validation Failed',
          errors: [{ field: 'head', code: 'invalid' }],
        });
      }
      const number = ++this.pullCount;
      const pull: FakePull = {
        number,
        title: String(body.title),
        head: String(body.head),
        base: String(body.base),
        body: String(body.body ?? ''),
        html_url: `${this.webBase}/${repo.owner}/${repo.name}/pull/${number}`,
      };
      repo.pulls.push(pull);
      return json(201, pull);
    }
    return notFound();
  }

  private canPush(repo: FakeRepo, login: string): boolean {
    return repo.owner === login || repo.writers.has(login);
  }

  private repoJson(repo: FakeRepo, login: string | undefined) {
    return {
      name: repo.name,
      full_name: `${repo.owner}/${repo.name}`,
      owner: { login: repo.owner },
      private: repo.private,
      default_branch: repo.defaultBranch,
      ...(login
        ? { permissions: { admin: false, push: this.canPush(repo, login), pull: true } }
        : {}),
    };
  }

  private getContents(repo: FakeRepo, path: string, url: URL, accept: string): FakeAnswer {
    const branch = url.searchParams.get('ref') ?? repo.defaultBranch;
    const tree = this.tree(repo, branch);
    if (!tree) return json(404, { message: `No commit found for the ref ${branch}` });
    const file = tree.get(path);
    if (!file) {
      const inside = [...tree.keys()].filter((name) => name.startsWith(`${path}/`));
      if (inside.length)
        return json(
          200,
          inside.map((name) => ({ type: 'file', name, path: name })),
        );
      return notFound();
    }
    if (accept.includes('raw')) {
      return {
        status: 200,
        headers: { 'content-type': 'application/vnd.github.raw' },
        body: file.bytes,
      };
    }
    const big = file.bytes.length > ONE_MB;
    return json(200, {
      type: 'file',
      path,
      name: path.split('/').at(-1),
      sha: file.sha,
      size: file.bytes.length,
      encoding: big ? 'none' : 'base64',
      // GitHub wraps the base64 at 60 characters.
      content: big
        ? ''
        : (
            Buffer.from(file.bytes)
              .toString('base64')
              .match(/.{1,60}/g) ?? []
          ).join('\n'),
    });
  }

  private putContents(
    repo: FakeRepo,
    path: string,
    body: Record<string, string>,
    login: string | undefined,
  ): FakeAnswer {
    if (!login) return json(401, { message: 'Requires authentication' });
    if (!this.canPush(repo, login))
      return json(403, { message: 'Resource not accessible by personal access token' });
    const branch = body.branch ?? repo.defaultBranch;
    if (!repo.branches.has(branch)) return json(404, { message: `Branch ${branch} not found` });
    if (repo.protectedBranches.has(branch)) {
      return json(409, {
        message: 'Repository rule violations found\n\nChanges must be made through a pull request.',
      });
    }
    if (typeof body.message !== 'string' || typeof body.content !== 'string') {
      return json(422, { message: 'Invalid request.\n\n"message" and "content" are required.' });
    }
    this.beforeWrite?.(`${repo.owner}/${repo.name}`, branch, path);
    const tree = new Map(this.tree(repo, branch));
    const current = tree.get(path);
    if (current && !body.sha)
      return json(422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' });
    if (current && body.sha !== current.sha) {
      return json(409, { message: `${path} does not match ${body.sha}` });
    }
    const bytes = new Uint8Array(Buffer.from(body.content, 'base64'));
    const file = { bytes, sha: blobSha(bytes) };
    tree.set(path, file);
    const commit = this.newCommit(tree);
    repo.branches.set(branch, commit);
    return json(current ? 200 : 201, {
      content: { path, sha: file.sha },
      commit: {
        sha: commit,
        message: body.message,
        html_url: `${this.webBase}/${repo.owner}/${repo.name}/commit/${commit}`,
      },
    });
  }

  /** The fake as a `fetch`; requests outside the API base are refused (no network in tests). */
  fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    if (!input.startsWith(this.apiBase))
      throw new TypeError(`fake GitHub: no network for ${input}`);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const answer = this.handle({
      method: init.method ?? 'GET',
      url: input,
      headers,
      ...(typeof init.body === 'string' ? { body: init.body } : {}),
    });
    return new Response(answer.body as BodyInit, {
      status: answer.status,
      headers: answer.headers,
    });
  };

  /** Serves the fake on 127.0.0.1 (random port); `apiBase` must be `http://127.0.0.1`. */
  async listen(): Promise<{ url: string; server: Server }> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [key, value] of Object.entries(req.headers)) {
          if (typeof value === 'string') headers[key] = value;
        }
        const answer = this.handle({
          method: req.method ?? 'GET',
          url: `${this.apiBase}${req.url ?? '/'}`,
          headers,
          ...(chunks.length ? { body: Buffer.concat(chunks).toString('utf8') } : {}),
        });
        res.writeHead(answer.status, answer.headers);
        res.end(typeof answer.body === 'string' ? answer.body : Buffer.from(answer.body));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return { url: `http://127.0.0.1:${port}`, server };
  }
}
