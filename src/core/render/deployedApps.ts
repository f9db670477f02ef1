// App-of-apps: the Applications a render outputs (and those its ApplicationSets generate) become units
// to render in turn.
import type { AppSetExpander } from '../argo/applicationSets.js';
import { appUnit, isApplication, isApplicationSet } from '../argo/application.js';
import { generatedApps, withPolicy } from '../argo/discovery.js';
import type { NotPreviewed, OtherRevision, RenderUnit } from '../argo/unit.js';
import type { Tracking } from '../argo/trackedRevision.js';
import type { FileTree } from '../fileTree.js';
import type { RenderedObject } from './objects.js';

/** Whether objects deploy apps (app-of-apps, ApplicationSets): their children report where they come from. */
export const deploysApps = (objects: readonly RenderedObject[]) =>
  objects.some((o) => isApplication(o.obj) || isApplicationSet(o.obj));

/** Whether objects hold an ApplicationSet: deployedApps needs the ApplicationSet engine for them. */
export const deploysApplicationSets = (objects: readonly RenderedObject[]) =>
  objects.some((o) => isApplicationSet(o.obj));

/**
 * The apps objects deploy (app-of-apps, ApplicationSets), and what could not be read of them; `expand` is
 * needed where they hold an ApplicationSet (deploysApplicationSets).
 */
export function deployedApps(
  tree: FileTree,
  objects: readonly RenderedObject[],
  repoUrls: readonly string[],
  tracking?: Tracking,
  expand?: AppSetExpander,
): {
  units: Array<{ unit: RenderUnit; file: string; line: number }>;
  notPreviewed: NotPreviewed[];
  otherRevisions: OtherRevision[];
} {
  const units: Array<{ unit: RenderUnit; file: string; line: number }> = [];
  const notPreviewed: NotPreviewed[] = [];
  const otherRevisions: OtherRevision[] = [];
  for (const { obj, file, line } of objects) {
    const generated = generatedApps(expand, obj, file, line, tree, repoUrls, tracking);
    if (generated) notPreviewed.push(...generated.notPreviewed);
    if (generated?.otherRevisions) otherRevisions.push(...generated.otherRevisions);
    for (const app of generated ? generated.applications : isApplication(obj) ? [obj] : []) {
      const found = appUnit(app, file, line, repoUrls, tree, tracking);
      notPreviewed.push(...found.notPreviewed);
      if (found.unit)
        units.push({ unit: generated ? withPolicy(found.unit, generated.policy) : found.unit, file, line });
    }
  }
  return { units, notPreviewed, otherRevisions };
}
