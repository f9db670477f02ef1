// kustomize `images:` entries (name / newName / newTag / digest), in a kustomization and in an Argo CD
// Application's `kustomize.images`, where an entry may also be one string (`name=newName:tag`).
import { isMap, isSeq } from 'yaml';
import { tryParseImageRef } from '../../image/imageRef.js';
import type { ImageTarget } from './site.js';
import { fieldSite, referenceSite } from './siteForms.js';
import { getPair, scalarSlot } from './slots.js';

export const kustomizeImages: ImageTarget = {
  atKey(ctx, key, seq, parentKey) {
    if (key !== 'images' || !isSeq(seq)) return;
    const kind = parentKey === 'kustomize' ? 'argocd-kustomize-images' : 'kustomize-images';
    for (const item of seq.items) {
      if (isMap(item)) {
        const name = scalarSlot(getPair(item, 'name')?.value, ctx.doc, ctx.src)?.text;
        const newName = scalarSlot(getPair(item, 'newName')?.value, ctx.doc, ctx.src)?.text;
        const isEntry = getPair(item, 'newTag') || getPair(item, 'newName') || getPair(item, 'digest');
        const effective = newName || name;
        if (!isEntry || !effective) continue;
        const tagged = name ? tryParseImageRef(name) : undefined;
        if (tagged?.tag !== undefined || tagged?.digest !== undefined) {
          // kustomize 5 applies `name: postgres:11` only to references of postgres:11; such an entry is
          // left as it is, with the reason, never dropped in silence
          ctx.sites.push({
            kind,
            offset: item.range?.[0] ?? 0,
            canonical: tagged.canonical,
            name: tagged.name,
            ...(tagged.tag !== undefined && { tag: tagged.tag }),
            write: () =>
              `the kustomize images entry names ${name}, which kustomize matches only against that exact tag; edit it by hand (or write name without a tag)`,
          });
          continue;
        }
        const site = fieldSite(ctx, item, kind, effective, { tag: 'newTag', digest: 'digest' }, 'kustomize');
        if (site) ctx.sites.push(site);
      } else if (kind === 'argocd-kustomize-images') {
        const site = referenceSite(ctx, item, kind, '=');
        if (site) ctx.sites.push(site);
      }
    }
  },
};
