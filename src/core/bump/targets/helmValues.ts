// Helm values maps that hold an image as `repository` + `tag` (+ `registry`, `digest`), merge keys seen.
import type { ImageTarget } from './site.js';
import { fieldSite } from './siteForms.js';
import { getMergedPair, scalarSlot } from './slots.js';

export const helmValues: ImageTarget = {
  inMap(ctx, map) {
    const repository = getMergedPair(map, 'repository', ctx.doc);
    if (!repository || !getMergedPair(map, 'tag', ctx.doc)) return;
    const repo = scalarSlot(repository.value, ctx.doc, ctx.src)?.text;
    const registry = scalarSlot(getMergedPair(map, 'registry', ctx.doc)?.value, ctx.doc, ctx.src)?.text;
    if (!repo) return;
    const site = fieldSite(
      ctx,
      map,
      'helm-values',
      registry ? `${registry}/${repo}` : repo,
      { tag: 'tag', digest: 'digest' },
      'helm',
    );
    if (site) ctx.sites.push(site);
  },
};
