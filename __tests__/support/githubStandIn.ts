// A stand-in for the GitHub API on 127.0.0.1: the REST endpoints and named GraphQL operations Slipway
// uses, with GitHub's status codes and error bodies, git data in a real bare repository, a record of
// every request, and fault injection.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BareRepo, type Identity } from './bareRepo.js';

export const BOT: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** GraphQL operation name, for POST /graphql. */
  operation?: string;
}

export interface Fault {
  method?: string;
  path: RegExp;
  /** Only this GraphQL operation (POST /graphql). */
  operation?: string;
  /** Answer with this status instead of handling the request. */
  status?: number;
  headers?: Record<string, string>;
  message?: string;
  /** Answer a GraphQL request with 200 and these errors (`data: null`), as GitHub answers a failed operation. */
  graphqlErrors?: Array<{ type?: string; message: string; path?: string[] }>;
  /** How many matching requests it affects (default 1). */
  times?: number;
  /** Runs before the request is handled (e.g. to move the base branch). */
  before?: () => void;
}

export interface PullRequest {
  number: number;
  node_id: string;
  state: 'open' | 'closed';
  title: string;
  body: string;
  draft: boolean;
  head: { ref: string; label: string };
  base: { ref: string };
  labels: Array<{ name: string }>;
  requested_reviewers: Array<{ login: string }>;
  requested_teams: Array<{ slug: string }>;
  assignees: Array<{ login: string }>;
  /** GitHub's auto-merge; `expected_head_oid`: the head it was enabled for, when the request named one. */
  auto_merge: null | { merge_method: string; expected_head_oid?: string };
  html_url: string;
}

export interface Comment {
  id: number;
  issue_number: number;
  body: string;
  /** Who wrote it, as REST shows it: a GitHub App's bot is `<app>[bot]`, a user is their login. */
  user: { login: string; type: 'Bot' | 'User' };
}

/** Whom a token acts for. GraphQL's `viewer { login }` is the bare login; REST adds `[bot]` to an app's. */
export interface TokenIdentity {
  login: string;
  type: 'Bot' | 'User';
}

/** GITHUB_TOKEN acts for the GitHub Actions app. */
export const ACTIONS_BOT: TokenIdentity = { login: 'github-actions', type: 'Bot' };

/** The `user` REST shows for an identity. */
export function restUser(identity: TokenIdentity): Comment['user'] {
  return { login: identity.type === 'Bot' ? `${identity.login}[bot]` : identity.login, type: identity.type };
}

/** A workflow's `permissions:` for GITHUB_TOKEN (scopes not named are none), or all-read / all-write. */
export type Permissions = Partial<
  Record<'contents' | 'pull-requests' | 'issues' | 'statuses', 'read' | 'write' | 'none'>
>;
type Access = 'write' | 'read' | Permissions;

/** What GitHub requires of GITHUB_TOKEN for a request Slipway makes (reads need only a valid token here). */
function requiredScopes(method: string, path: string, operation: string | undefined): string[][] {
  if (path === '/graphql') {
    if (operation === 'SlipwayEnableAutoMerge' || operation === 'SlipwayDisableAutoMerge')
      return [['contents', 'pull-requests']];
    return operation === 'SlipwayUpdateRefs' || operation === 'SlipwayCreateCommitOnBranch'
      ? [['contents']]
      : [];
  }
  if (method === 'GET') return [];
  if (/\/statuses\/[0-9a-f]+$/.test(path)) return [['statuses']];
  // comments and labels on a pull request: pull-requests or issues write
  if (/\/issues\//.test(path)) return [['pull-requests'], ['issues']];
  if (/\/pulls(\/|$)/.test(path)) return [['pull-requests']];
  return [['contents']];
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class GitHubStandIn {
  readonly repo: BareRepo;
  readonly requests: RecordedRequest[] = [];
  readonly pulls: PullRequest[] = [];
  readonly comments: Comment[] = [];
  readonly statuses: Array<{ sha: string; state: string; context: string; description: string }> = [];
  /** token → access; unknown tokens get 401. */
  readonly tokens = new Map<string, Access>([['test-token', 'write']]);
  /** token → whom it acts for (default: the GitHub Actions bot, as GITHUB_TOKEN). */
  readonly identities = new Map<string, TokenIdentity>();
  /** The identity of the request being handled. */
  private caller: TokenIdentity = ACTIONS_BOT;
  allowAutoMerge = true;
  private faults: Array<Fault & { left: number }> = [];
  private apiCommits = new Set<string>();
  private nextNumber = 1;
  private server?: Server;
  url = '';

  constructor(
    readonly owner = 'acme',
    readonly name = 'manifests',
    readonly defaultBranch = 'main',
  ) {
    this.repo = new BareRepo(defaultBranch);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.repo.dispose();
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Requests to the API (the tarball's redirect target, like codeload.github.com, is not the API). */
  apiRequests(): RecordedRequest[] {
    return this.requests.filter((r) => !r.path.startsWith('/_codeload/'));
  }

  writes(): RecordedRequest[] {
    return this.apiRequests().filter(
      (r) =>
        r.method !== 'GET' &&
        !(
          r.method === 'POST' &&
          r.path === '/graphql' &&
          !/mutation/i.test(String((r.body as { query?: string })?.query))
        ),
    );
  }

  /** A comment someone wrote on an issue or pull request (a token with write access may edit anyone's, as on GitHub). */
  addComment(issue: number, body: string, author: TokenIdentity): Comment {
    const comment = { id: 1000 + this.comments.length, issue_number: issue, body, user: restUser(author) };
    this.comments.push(comment);
    return comment;
  }

  /** Registers an open pull request from `head` into `base` (as if opened on github.com); returns its number. */
  addPull(head: string, base = this.defaultBranch): number {
    const number = this.nextNumber++;
    this.pulls.push({
      number,
      node_id: `PR_${number}`,
      state: 'open',
      title: head,
      body: '',
      draft: false,
      head: { ref: head, label: `${this.owner}:${head}` },
      base: { ref: base },
      labels: [],
      requested_reviewers: [],
      requested_teams: [],
      assignees: [],
      auto_merge: null,
      html_url: `${this.url}/${this.owner}/${this.name}/pull/${number}`,
    });
    return number;
  }

  openPulls(): PullRequest[] {
    return this.pulls.filter((p) => p.state === 'open');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      status: 0,
    };
    if (url.pathname === '/graphql')
      record.operation = /(?:query|mutation)\s+(\w+)/.exec(String((body as { query?: string })?.query))?.[1];
    this.requests.push(record);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (Buffer.isBuffer(payload)) {
        res.writeHead(status, { 'content-type': 'application/x-gzip', ...headers });
        res.end(payload);
      } else {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(payload === undefined ? '' : JSON.stringify(payload));
      }
    };
    try {
      const fault = this.faults.find(
        (f) =>
          f.left > 0 &&
          f.path.test(url.pathname) &&
          (!f.method || f.method === record.method) &&
          (!f.operation || f.operation === record.operation),
      );
      if (fault) {
        fault.left--;
        fault.before?.();
        if (fault.status !== undefined) {
          return send(fault.status, { message: fault.message ?? 'Injected fault' }, fault.headers);
        }
        if (fault.graphqlErrors) return send(200, { data: null, errors: fault.graphqlErrors }, fault.headers);
      }
      if (!url.pathname.startsWith('/_codeload/')) this.authorize(req, record.method, url.pathname, body);
      const [status, payload, headers] = this.route(record.method, url, body);
      send(status, payload, headers);
    } catch (error) {
      if (error instanceof HttpError && error.extra.graphqlPath !== undefined) {
        send(200, {
          data: null,
          errors: [
            {
              type: 'FORBIDDEN',
              path: [
                error.extra.graphqlPath === 'SlipwayDisableAutoMerge'
                  ? 'disablePullRequestAutoMerge'
                  : 'enablePullRequestAutoMerge',
              ],
              message: error.message,
            },
          ],
        });
      } else if (error instanceof HttpError) {
        send(error.status, {
          message: error.message,
          documentation_url: 'https://docs.github.com/rest',
          ...error.extra,
        });
      } else {
        send(500, { message: `stand-in error: ${(error as Error).message}` });
      }
    }
  }

  private authorize(req: IncomingMessage, method: string, path: string, body: unknown): void {
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const access = token ? this.tokens.get(token) : undefined;
    if (!access) throw new HttpError(401, 'Bad credentials');
    this.caller = (token ? this.identities.get(token) : undefined) ?? ACTIONS_BOT;
    const query = String((body as { query?: string })?.query);
    const isMutation = path === '/graphql' ? /^\s*mutation/.test(query) : method !== 'GET';
    if (!isMutation || access === 'write') return;
    if (access === 'read') throw new HttpError(403, 'Resource not accessible by integration');
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
    const alternatives = requiredScopes(method, path, operation);
    const granted = alternatives.some((scopes) =>
      scopes.every((scope) => access[scope as keyof Permissions] === 'write'),
    );
    if (granted) return;
    // GitHub answers a forbidden GraphQL mutation with 200 and an error of type FORBIDDEN
    if (path === '/graphql')
      throw new HttpError(200, 'Resource not accessible by integration', { graphqlPath: operation });
    throw new HttpError(403, 'Resource not accessible by integration');
  }

  private route(method: string, url: URL, body: unknown): [number, unknown, Record<string, string>?] {
    const path = decodeURIComponent(url.pathname);
    if (method === 'POST' && path === '/graphql')
      return [200, this.graphql(body as { query: string; variables: Record<string, string> })];
    const codeload = /^\/_codeload\/([0-9a-f]{40})$/.exec(path);
    if (codeload) {
      const sha = codeload[1] as string;
      return [
        200,
        this.repo.gitBuffer([
          'archive',
          '--format=tar.gz',
          `--prefix=${this.owner}-${this.name}-${sha.slice(0, 7)}/`,
          sha,
        ]),
      ];
    }
    const prefix = `/repos/${this.owner}/${this.name}`;
    if (!path.startsWith(prefix)) throw new HttpError(404, 'Not Found');
    const rest = path.slice(prefix.length);
    const b = (body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;

    if (rest === '' && method === 'GET') {
      return [
        200,
        {
          full_name: `${this.owner}/${this.name}`,
          default_branch: this.defaultBranch,
          allow_auto_merge: this.allowAutoMerge,
          html_url: `${this.url}/${this.owner}/${this.name}`,
        },
      ];
    }
    if ((m = /^\/tarball\/(.+)$/.exec(rest)) && method === 'GET') {
      const sha = this.resolve(decodeURIComponent(m[1] as string));
      return [302, undefined, { location: `${this.url}/_codeload/${sha}` }];
    }
    if ((m = /^\/git\/ref\/heads\/(.+)$/.exec(rest)) && method === 'GET') {
      const sha = this.repo.refSha(decodeURIComponent(m[1] as string));
      if (!sha) throw new HttpError(404, 'Not Found');
      return [200, { ref: `refs/heads/${m[1]}`, object: { sha, type: 'commit' } }];
    }
    if (rest === '/git/refs' && method === 'POST') {
      const ref = String(b.ref);
      const branch = ref.replace(/^refs\/heads\//, '');
      if (this.repo.refSha(branch)) throw new HttpError(422, 'Reference already exists');
      this.requireCommit(String(b.sha));
      this.repo.setRef(branch, String(b.sha));
      return [201, { ref, object: { sha: b.sha, type: 'commit' } }];
    }
    if ((m = /^\/git\/refs\/heads\/(.+)$/.exec(rest))) {
      const branch = decodeURIComponent(m[1] as string);
      const current = this.repo.refSha(branch);
      if (!current) throw new HttpError(422, 'Reference does not exist');
      if (method === 'DELETE') {
        this.repo.git(['update-ref', '-d', `refs/heads/${branch}`]);
        return [204, undefined];
      }
      if (method === 'PATCH') {
        const sha = String(b.sha);
        this.requireCommit(sha);
        if (!b.force && !this.isAncestor(current, sha))
          throw new HttpError(422, 'Update is not a fast forward');
        this.repo.setRef(branch, sha);
        return [200, { ref: `refs/heads/${branch}`, object: { sha, type: 'commit' } }];
      }
    }
    if (rest === '/git/blobs' && method === 'POST') {
      const content =
        b.encoding === 'base64' ? Buffer.from(String(b.content), 'base64') : String(b.content ?? '');
      return [201, { sha: this.repo.hashBlob(content), url: `${this.url}${path}` }];
    }
    if ((m = /^\/git\/trees\/([0-9a-f]{40})$/.exec(rest)) && method === 'GET') {
      const entries = this.repo
        .git(['ls-tree', '-r', '-l', m[1] as string])
        .split('\n')
        .filter(Boolean);
      const tree = entries.map((line) => {
        const [meta, p] = line.split('\t') as [string, string];
        const [mode, type, sha, size] = meta.split(/\s+/) as [string, string, string, string];
        return { path: p, mode, type, sha, size: Number(size) };
      });
      return [200, { sha: m[1], tree, truncated: false }];
    }
    if (rest === '/git/trees' && method === 'POST') {
      const base = b.base_tree ? String(b.base_tree) : undefined;
      if (base && !this.repo.exists(base)) throw new HttpError(422, 'Invalid tree info');
      const changes = new Map<string, { sha: string | null; mode: string }>();
      for (const entry of (b.tree ?? []) as Array<{
        path: string;
        mode: string;
        sha?: string | null;
        content?: string;
      }>) {
        const sha = entry.content !== undefined ? this.repo.hashBlob(entry.content) : (entry.sha ?? null);
        changes.set(entry.path, { sha, mode: entry.mode });
      }
      return [201, { sha: this.repo.buildTree(base, changes) }];
    }
    if (rest === '/git/commits' && method === 'POST') {
      const parents = ((b.parents ?? []) as string[]).map((p) => this.requireCommit(p));
      const author = (b.author as Identity | undefined) ?? BOT;
      const sha = this.repo.commitTree(String(b.tree), parents, String(b.message), author, BOT);
      this.apiCommits.add(sha);
      return [201, this.commitJson(sha)];
    }
    if ((m = /^\/git\/commits\/([0-9a-f]{40})$/.exec(rest)) && method === 'GET')
      return [200, this.commitJson(this.requireCommit(m[1] as string))];
    if ((m = /^\/commits\/([0-9a-f]{40})$/.exec(rest)) && method === 'GET') {
      const sha = this.requireCommit(m[1] as string);
      const files = this.repo
        .git(['diff-tree', '--no-commit-id', '--name-status', '-r', '--root', sha])
        .split('\n')
        .filter(Boolean);
      return [
        200,
        {
          sha,
          commit: this.commitJson(sha),
          files: files.map((l) => ({ filename: l.split('\t')[1], status: l.split('\t')[0] })),
        },
      ];
    }
    if (rest === '/pulls' && method === 'GET') {
      const head = url.searchParams.get('head');
      const state = url.searchParams.get('state') ?? 'open';
      const list = this.pulls.filter(
        (p) => (state === 'all' || p.state === state) && (!head || `${this.owner}:${p.head.ref}` === head),
      );
      return [200, list];
    }
    if (rest === '/pulls' && method === 'POST') {
      const head = String(b.head).replace(/^[^:]+:/, '');
      if (!this.repo.refSha(head))
        throw new HttpError(422, 'Validation Failed', {
          errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
        });
      if (this.openPulls().some((p) => p.head.ref === head && p.base.ref === b.base)) {
        throw new HttpError(422, 'Validation Failed', {
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${this.owner}:${head}.`,
            },
          ],
        });
      }
      const pull = this.pull(this.addPull(head, String(b.base)));
      Object.assign(pull, { title: String(b.title), body: String(b.body ?? ''), draft: Boolean(b.draft) });
      return [201, pull];
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pull = this.pull(Number(m[1]));
      if (method === 'GET') return [200, pull];
      if (method === 'PATCH') {
        if (b.title !== undefined) pull.title = String(b.title);
        if (b.body !== undefined) pull.body = String(b.body);
        if (b.state === 'closed' || b.state === 'open') pull.state = b.state;
        return [200, pull];
      }
    }
    if ((m = /^\/pulls\/(\d+)\/requested_reviewers$/.exec(rest)) && method === 'POST') {
      const pull = this.pull(Number(m[1]));
      for (const login of (b.reviewers ?? []) as string[]) pull.requested_reviewers.push({ login });
      for (const slug of (b.team_reviewers ?? []) as string[]) pull.requested_teams.push({ slug });
      return [201, pull];
    }
    if ((m = /^\/issues\/(\d+)\/labels$/.exec(rest)) && method === 'POST') {
      const pull = this.pull(Number(m[1]));
      for (const name of (b.labels ?? []) as string[])
        if (!pull.labels.some((l) => l.name === name)) pull.labels.push({ name });
      return [200, pull.labels];
    }
    if ((m = /^\/issues\/(\d+)\/labels\/(.+)$/.exec(rest)) && method === 'DELETE') {
      const pull = this.pull(Number(m[1]));
      const name = decodeURIComponent(m[2] as string);
      if (!pull.labels.some((l) => l.name === name)) throw new HttpError(404, 'Label does not exist');
      pull.labels = pull.labels.filter((l) => l.name !== name);
      return [200, pull.labels];
    }
    if ((m = /^\/issues\/(\d+)\/assignees$/.exec(rest)) && method === 'POST') {
      const pull = this.pull(Number(m[1]));
      for (const login of (b.assignees ?? []) as string[]) pull.assignees.push({ login });
      return [201, pull];
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const number = Number(m[1]);
      if (method === 'GET') return [200, this.comments.filter((c) => c.issue_number === number)];
      if (method === 'POST') {
        const comment = {
          id: 1000 + this.comments.length,
          issue_number: number,
          body: String(b.body),
          user: restUser(this.caller),
        };
        this.comments.push(comment);
        return [201, comment];
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(m?.[1]));
      if (!comment) throw new HttpError(404, 'Not Found');
      comment.body = String(b.body);
      return [200, comment];
    }
    if ((m = /^\/statuses\/([0-9a-f]{40})$/.exec(rest)) && method === 'POST') {
      const status = {
        sha: m[1] as string,
        state: String(b.state),
        context: String(b.context),
        description: String(b.description ?? ''),
      };
      this.statuses.push(status);
      return [201, status];
    }
    throw new HttpError(404, 'Not Found');
  }

  private graphql(request: { query: string; variables: Record<string, string> }): unknown {
    const operation = /(?:query|mutation)\s+(\w+)/.exec(request.query)?.[1];
    const v = request.variables ?? {};
    const refNode = (name: string) => {
      const branch = name.replace(/^refs\/heads\//, '');
      const oid = this.repo.refSha(branch);
      return oid ? { name: branch, target: { oid, tree: { oid: this.repo.commit(oid).tree } } } : null;
    };
    switch (operation) {
      case 'SlipwayViewer':
        return { data: { viewer: { login: this.caller.login } } };
      case 'SlipwayRefs':
        return {
          data: {
            repository: {
              base: refNode(String(v.base)),
              branch: v.branch ? refNode(String(v.branch)) : null,
            },
          },
        };
      case 'SlipwayBumpState': {
        const base = refNode(String(v.base));
        const branch = refNode(String(v.branch));
        const commits =
          base && branch
            ? this.repo
                .git(['rev-list', '--reverse', `${base.target.oid}..${branch.target.oid}`])
                .split('\n')
                .filter(Boolean)
                .map((oid) => this.graphCommit(oid))
            : [];
        const pulls = this.openPulls().filter((p) => p.head.ref === v.branch && p.base.ref === v.base);
        return {
          data: {
            repository: {
              id: 'R_1',
              autoMergeAllowed: this.allowAutoMerge,
              defaultBranchRef: this.repo.refSha(this.defaultBranch) ? { name: this.defaultBranch } : null,
              base: base && {
                ...base,
                compare: branch ? { commits: { totalCount: commits.length, nodes: commits } } : null,
              },
              branch,
              pullRequests: {
                nodes: pulls.map((p) => ({
                  id: p.node_id,
                  number: p.number,
                  url: p.html_url,
                  title: p.title,
                })),
              },
            },
          },
        };
      }
      case 'SlipwayUpdateRefs': {
        // one ref here; GitHub takes a list and applies all or none
        const branch = String(v.name).replace(/^refs\/heads\//, '');
        const current = this.repo.refSha(branch) ?? '0'.repeat(40);
        if (current !== v.before)
          return {
            data: null,
            errors: [
              {
                type: 'UNPROCESSABLE',
                message: `Reference ${String(v.name)} is at ${current}, not at the expected ${String(v.before)}`,
              },
            ],
          };
        this.requireCommit(String(v.after));
        this.repo.setRef(branch, String(v.after));
        return { data: { updateRefs: { clientMutationId: null } } };
      }
      case 'SlipwayCreateCommitOnBranch': {
        const input = v as unknown as {
          branch: string;
          expectedHeadOid: string;
          headline: string;
          body: string;
          additions: Array<{ path: string; contents: string }>;
        };
        const head = this.repo.refSha(input.branch);
        if (!head)
          return {
            data: null,
            errors: [{ type: 'NOT_FOUND', message: `Could not resolve branch ${input.branch}` }],
          };
        if (head !== input.expectedHeadOid)
          return {
            data: null,
            errors: [
              {
                type: 'STALE_DATA',
                message: `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
              },
            ],
          };
        const changes = new Map(
          input.additions.map((a) => [
            a.path,
            { sha: this.repo.hashBlob(Buffer.from(a.contents, 'base64')), mode: '100644' },
          ]),
        );
        const tree = this.repo.buildTree(this.repo.commit(head).tree, changes);
        const message = input.body ? `${input.headline}\n\n${input.body}` : input.headline;
        const sha = this.repo.commitTree(tree, [head], message, BOT, BOT);
        this.apiCommits.add(sha);
        this.repo.setRef(input.branch, sha);
        return { data: { createCommitOnBranch: { commit: this.graphCommit(sha) } } };
      }
      case 'SlipwayEnableAutoMerge': {
        const pull = this.pulls.find((p) => p.node_id === v.pullRequestId);
        if (!pull)
          return { data: null, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a node' }] };
        if (!this.allowAutoMerge) {
          return {
            data: null,
            errors: [
              {
                type: 'UNPROCESSABLE',
                message: 'Pull request Auto merge is not allowed for this repository',
              },
            ],
          };
        }
        // GitHub refuses expectedHeadOid when the pull request's head has moved on
        const head = this.repo.refSha(pull.head.ref);
        if (v.expectedHeadOid !== undefined && v.expectedHeadOid !== head)
          return {
            data: null,
            errors: [
              {
                type: 'UNPROCESSABLE',
                message: `Head sha didn't match expected head sha ${String(v.expectedHeadOid)}`,
              },
            ],
          };
        pull.auto_merge = {
          merge_method: String(v.mergeMethod).toLowerCase(),
          ...(v.expectedHeadOid !== undefined && { expected_head_oid: String(v.expectedHeadOid) }),
        };
        return { data: { enablePullRequestAutoMerge: { pullRequest: { number: pull.number } } } };
      }
      case 'SlipwayDisableAutoMerge': {
        const pull = this.pulls.find((p) => p.node_id === v.pullRequestId);
        if (!pull)
          return { data: null, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a node' }] };
        pull.auto_merge = null;
        return { data: { disablePullRequestAutoMerge: { pullRequest: { number: pull.number } } } };
      }
      default:
        return { data: null, errors: [{ message: `stand-in does not serve operation ${operation}` }] };
    }
  }

  private graphCommit(oid: string) {
    const { message, author, committer } = this.repo.commit(oid);
    return { oid, message, author, committer };
  }

  private commitJson(sha: string) {
    const { tree, parents, message, author, committer } = this.repo.commit(sha);
    return {
      sha,
      tree: { sha: tree },
      parents: parents.map((p) => ({ sha: p })),
      message,
      author,
      committer,
      verification: {
        verified: this.apiCommits.has(sha),
        reason: this.apiCommits.has(sha) ? 'valid' : 'unsigned',
      },
    };
  }

  private resolve(ref: string): string {
    const sha =
      /^[0-9a-f]{40}$/.test(ref) && this.repo.exists(ref)
        ? ref
        : this.repo.refSha(ref.replace(/^refs\/heads\//, ''));
    if (!sha) throw new HttpError(404, 'Not Found');
    return sha;
  }

  private requireCommit(sha: string): string {
    if (!/^[0-9a-f]{40}$/.test(sha) || !this.repo.exists(sha))
      throw new HttpError(422, `Object does not exist: ${sha}`);
    return sha;
  }

  private isAncestor(ancestor: string, descendant: string): boolean {
    try {
      this.repo.git(['merge-base', '--is-ancestor', ancestor, descendant]);
      return true;
    } catch {
      return false;
    }
  }

  private pull(number: number): PullRequest {
    const pull = this.pulls.find((p) => p.number === number);
    if (!pull) throw new HttpError(404, 'Not Found');
    return pull;
  }
}

export async function startStandIn(
  files: Record<string, string> = {},
  options: { owner?: string; name?: string; defaultBranch?: string } = {},
) {
  const standIn = await new GitHubStandIn(options.owner, options.name, options.defaultBranch).start();
  if (Object.keys(files).length > 0)
    standIn.repo.commitFiles(standIn.defaultBranch, files, { message: 'Initial manifests' });
  return standIn;
}
