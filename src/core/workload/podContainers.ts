// The containers of a pod template, wherever a workload nests it (Deployment, CronJob, a CRD's pod spec):
// the lists a PodSpec holds them in. One walker for every reader of images, resources and env.
import { isObjectLike } from '../fields.js';
type Obj = Record<string, unknown>;

/** The PodSpec fields that hold containers. */
export const CONTAINER_LISTS: readonly string[] = ['containers', 'initContainers', 'ephemeralContainers'];

export const isContainerList = (key: string | undefined): boolean =>
  key !== undefined && CONTAINER_LISTS.includes(key);

/** Every container (a map with a name or an image) found under `value`, in document order. */
export function podContainers(value: unknown): Obj[] {
  const out: Obj[] = [];
  // called for every node of every object validated: no array made per node or per key
  const visit = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) {
      for (const item of node satisfies unknown[])
        if (item !== null && typeof item === 'object') visit(item, key);
    } else if (isObjectLike(node)) {
      const map = node;
      if (isContainerList(key) && (typeof map.image === 'string' || typeof map.name === 'string'))
        out.push(map);
      for (const k in map) {
        // a scalar holds no container: not visited (most of an object's nodes)
        const child = map[k];
        if (child !== null && typeof child === 'object' && Object.hasOwn(map, k)) visit(child, k);
      }
    }
  };
  visit(value);
  return out;
}
