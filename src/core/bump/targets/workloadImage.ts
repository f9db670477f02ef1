// `image:` fields of workloads (any depth, any kind: Deployments, CronJobs, CRDs that copy the shape), and
// image volumes' `image.reference` (Kubernetes 1.31+).
import type { ImageTarget } from './site.js';
import { referenceSite } from './siteForms.js';

export const workloadImage: ImageTarget = {
  atKey(ctx, key, value, parentKey) {
    if (key !== 'image' && !(key === 'reference' && parentKey === 'image')) return;
    const site = referenceSite(ctx, value, 'image-field');
    if (site) ctx.sites.push(site);
  },
};
