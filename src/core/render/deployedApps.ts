// App-of-apps: the Applications a render outputs (and those its ApplicationSets generate) become units
// to render in turn.
import { expandApplicationSet, isApplicationSet, type ControllerSettings } from '../argo/applicationSets.js';
import { appUnit, isApplication } from '../argo/application.js';
import { withPolicy } from '../argo/discovery.js';
import type { NotPreviewed, OtherRevision, RenderUnit } from '../argo/unit.js';
import type { Tracking } from '../argo/trackedRevision.js';
import type { FileTree } from '../fileTree.js';
import type { RenderedObject } from './objects.js';

/** Whether objects deploy apps (app-of-apps, ApplicationSets): their children report where they come from. */
export const deploysApps = (objects: readonly RenderedObject[]) =>
  objects.some((o) => isApplication(o.obj) || isApplicationSet(o.obj));

/** The apps objects deploy (app-of-apps, ApplicationSets), and what could not be read of them. */
export function deployedApps(
  tree: FileTree,
  objects: readonly RenderedObject[],
  repoUrls: readonly string[],
  tracking?: Tracking,
  controller?: ControllerSettings,
): {
  units: Array<{ unit: RenderUnit; file: string; line: number }>;
  notPreviewed: NotPreviewed[];
  otherRevisions: OtherRevision[];
} {
  const units: Array<{ unit: RenderUnit; file: string; line: number }> = [];
  const notPreviewed: NotPreviewed[] = [];
  const otherRevisions: OtherRevision[] = [];
  for (const { obj, file, line } of objects) {
    const generated = isApplicationSet(obj)
      ? expandApplicationSet(obj, file, line, tree, repoUrls, tracking, controller)
      : undefined;
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
