// The one sticky comment per pull request (and per check job), found again by its hidden marker.
import type { GitHub } from './client.js';
import type { RepoRef } from './tarball.js';

export interface StickyComment {
  id: number;
  url: string;
  created: boolean;
}

export async function upsertComment(
  gh: GitHub,
  repo: RepoRef,
  issue: number,
  marker: string,
  body: string,
): Promise<StickyComment> {
  const comments = await gh.paginate(gh.rest.issues.listComments, {
    ...repo,
    issue_number: issue,
    per_page: 100,
  });
  const mine = comments.find((c) => c.body?.includes(marker));
  if (mine) {
    const updated = await gh.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
    return { id: updated.data.id, url: updated.data.html_url, created: false };
  }
  const created = await gh.rest.issues.createComment({ ...repo, issue_number: issue, body });
  return { id: created.data.id, url: created.data.html_url, created: true };
}
