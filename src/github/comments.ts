// The one sticky comment per pull request (and per check job), found again by its hidden marker and by
// its author: only a comment the token's own identity wrote, whose first line is the marker, is ever
// edited. Anyone can write a comment holding the marker, and repository text in another job's comment
// can hold one; neither is taken for Slipway's.
import type { GitHub } from './client.js';
import type { RepoRef, StickyComment } from '../ports.js';
// the types the ports speak live in ports.ts; re-exported for the adapter's own callers
export type { StickyComment } from '../ports.js';

const VIEWER_QUERY = `query SlipwayViewer { viewer { login } }`;

/** A login as REST and GraphQL both name it: REST writes an app's bot as `<app>[bot]`, GraphQL may not. */
export function sameLogin(a: string | undefined, b: string | undefined): boolean {
  const bare = (login: string | undefined) => login?.replace(/\[bot\]$/i, '').toLowerCase();
  return a !== undefined && b !== undefined && bare(a) === bare(b);
}

/** Whom the token acts for (GITHUB_TOKEN: github-actions; an app's installation token: the app). */
async function viewerLogin(gh: GitHub): Promise<string> {
  const data = await gh.graphql<{ viewer: { login: string } }>(VIEWER_QUERY);
  return data.viewer.login;
}

export async function upsertComment(
  gh: GitHub,
  repo: RepoRef,
  issue: number,
  marker: string,
  body: string,
): Promise<StickyComment> {
  const [me, comments] = await Promise.all([
    viewerLogin(gh),
    gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 }),
  ]);
  const mine = comments.find(
    (c) => sameLogin(c.user?.login, me) && (c.body ?? '').split('\n', 1)[0]?.trim() === marker,
  );
  if (mine) {
    const updated = await gh.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
    return { id: updated.data.id, url: updated.data.html_url, created: false };
  }
  const created = await gh.rest.issues.createComment({ ...repo, issue_number: issue, body });
  return { id: created.data.id, url: created.data.html_url, created: true };
}
