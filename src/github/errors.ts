// GitHub's refusals turned into one sentence that says which permission or token is missing. Only an
// error GitHub answered (an HTTP status, or a GraphQL error) gets GitHub's wording: an unreadable YAML
// file or a bug in a bump is never "GitHub request failed".
import { SlipwayError } from '../core/errors.js';
import { fieldsOf, isObjectLike, listOf, objectOf, type Fields } from '../core/fields.js';

/** A GraphQL error as GitHub words it. */
export interface GraphqlError {
  type?: string;
  message?: string;
}

/**
 * What Slipway reads of an error Octokit threw (RequestError, GraphqlResponseError, the throttling plugin's
 * error), or of anything else thrown: read by narrowing, a field of another type is left out.
 */
export interface HttpLikeError {
  name?: string;
  status?: number;
  message?: string;
  /** REST: method and URL (a GraphQL request's body holds its query); GraphQL errors: the query itself. */
  request?: { method?: string; url?: string; body?: unknown; query?: unknown };
  /** A GraphQL answer's errors, as the error holds them. */
  errors?: GraphqlError[];
  headers: Fields;
  response: { headers: Fields; errors: GraphqlError[] };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const graphqlErrors = (v: unknown): GraphqlError[] =>
  listOf(v).map((e) => {
    const { type, message } = objectOf(e);
    return { type: text(type), message: text(message) };
  });

/** An error (any thrown value) → what Slipway reads of it (HttpLikeError). */
export function readHttpError(error: unknown): HttpLikeError {
  const e = objectOf(error);
  const request = isObjectLike(e.request) ? e.request : undefined;
  const response = fieldsOf(e.response);
  return {
    name: text(e.name),
    status: typeof e.status === 'number' ? e.status : undefined,
    message: text(e.message),
    request: request && {
      method: text(request.method),
      url: text(request.url),
      body: request.body,
      query: request.query,
    },
    errors: Array.isArray(e.errors) ? graphqlErrors(e.errors) : undefined,
    headers: fieldsOf(e.headers),
    response: { headers: fieldsOf(response.headers), errors: graphqlErrors(fieldsOf(response.data).errors) },
  };
}

export { SlipwayError } from '../core/errors.js';

/** The operation a GraphQL request names (as in: mutation SlipwayUpdateRefs(…)), from its query or body. */
function operationOf(request: HttpLikeError['request']): string | undefined {
  let query = request?.query;
  if (query === undefined && request?.body !== undefined) {
    let body: unknown = request.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body) as unknown;
      } catch {
        body = undefined;
      }
    }
    query = objectOf(body).query;
  }
  return typeof query === 'string'
    ? /\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(query)?.[1]
    : undefined;
}

/** Which request failed: `PATCH /repos/…`, `POST /graphql (SlipwayUpdateRefs)`, `GraphQL SlipwayUpdateRefs`. */
function where(error: HttpLikeError): string {
  let path = '';
  try {
    path = error.request?.url ? new URL(error.request.url, 'https://api.github.com').pathname : '';
  } catch {
    path = '';
  }
  const http = `${error.request?.method ?? ''} ${path}`.trim();
  const operation = operationOf(error.request);
  if (operation) return http ? `${http} (${operation})` : `GraphQL ${operation}`;
  return http || 'to the GitHub API';
}

/** What GitHub said: a GraphQL answer's errors (message and type), else the error's message. */
function said(error: HttpLikeError): string {
  const errors = (error.errors ?? []).filter((e) => e?.message);
  if (errors.length > 0) return errors.map((e) => `${e.message}${e.type ? ` (${e.type})` : ''}`).join('; ');
  return error.message ?? 'no message';
}

/** A message a user can act on, for an error from Octokit (REST or GraphQL). Never includes the token. */
/** Whether GitHub answered this error: Octokit's RequestError (status) or a GraphQL response error. */
export function isGitHubError(error: unknown): boolean {
  const e = readHttpError(error);
  return (
    typeof e.status === 'number' ||
    objectOf(error).request !== undefined ||
    (e.errors !== undefined && e.name?.startsWith('Graphql') === true)
  );
}

export function explainGitHubError(error: unknown, repository: string): string {
  if (error instanceof SlipwayError) return error.message;
  if (!isGitHubError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return `Slipway failed: ${message}. This is a bug in Slipway unless the message says otherwise; please report it with the log.`;
  }
  const e = readHttpError(error);
  const graphqlType = e.errors?.[0]?.type;
  const status =
    e.status ?? (graphqlType === 'FORBIDDEN' ? 403 : graphqlType === 'NOT_FOUND' ? 404 : undefined);
  const request = where(e);
  switch (status) {
    case 401:
      return `GitHub answered 401 (Bad credentials) to ${request}: the token is missing, expired or revoked. Pass a valid token in the "token" input.`;
    case 403:
      return (
        `GitHub answered 403 to ${request}: the token may not write to ${repository}. ` +
        'With GITHUB_TOKEN give the job `permissions: { contents: write, pull-requests: write }`; ' +
        'with a fine-grained PAT or a GitHub App grant Contents and Pull requests read & write on that repository.'
      );
    case 404:
      return (
        `GitHub answered 404 to ${request}: ${repository} does not exist or the token cannot see it. ` +
        'GITHUB_TOKEN reaches only the repository the workflow runs in; for a separate manifests repository use a PAT or a GitHub App installation token.'
      );
    default:
      return `GitHub request ${request} failed${status ? ` with ${status}` : ''}: ${said(e)}`;
  }
}

export function isStatus(error: unknown, status: number, message?: RegExp): boolean {
  const e = readHttpError(error);
  return e.status === status && (!message || message.test(e.message ?? ''));
}
