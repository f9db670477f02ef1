// An ApplicationSet's syncPolicy as Argo CD applies it to the Applications it generates: whether it
// updates and deletes them (applicationsSync), and whether a deletion cascades (the resources finalizer,
// unless preserveResourcesOnDeletion).
import { plainText } from '../../plainText.js';
import type { AppSetPolicy } from '../unit.js';
import { fieldsOf as asObj } from '../../fields.js';
import type { Obj } from './context.js';

export const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

export function policyOf(appSet: Obj): AppSetPolicy {
  const syncPolicy = asObj(asObj(appSet.spec).syncPolicy);
  const sync = syncPolicy.applicationsSync;
  return {
    appSet: plainText(asObj(appSet.metadata).name, '(unnamed)'),
    applicationsSync:
      sync === 'create-only' || sync === 'create-update' || sync === 'create-delete' ? sync : 'sync',
    preserveResourcesOnDeletion: syncPolicy.preserveResourcesOnDeletion === true,
  };
}

/** Whether the policy lets Argo CD update a generated Application, and delete one no longer generated. */
export const allowsUpdate = (p: AppSetPolicy): boolean =>
  p.applicationsSync === 'sync' || p.applicationsSync === 'create-update';
export const allowsDelete = (p: AppSetPolicy): boolean =>
  p.applicationsSync === 'sync' || p.applicationsSync === 'create-delete';
