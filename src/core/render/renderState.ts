// Whether a unit's rendered objects are what Argo CD would deploy. A render that failed is Argo CD's
// ComparisonError: the app's objects are unknown, so nothing may be called created or deleted.
import type { Finding } from '../finding.js';
import { failsRender, leavesUnpreviewed } from '../rules.js';

export type RenderState = 'rendered' | 'failed' | 'not-previewed';

export function renderState(renderFindings: readonly Finding[]): RenderState {
  if (renderFindings.some(failsRender)) return 'failed';
  if (renderFindings.some(leavesUnpreviewed)) return 'not-previewed';
  return 'rendered';
}

/** The first finding that explains the state, for the report. */
export function stateReason(renderFindings: readonly Finding[]): string | undefined {
  const reason = renderFindings.find(failsRender) ?? renderFindings.find(leavesUnpreviewed);
  return reason && `${reason.file ?? ''}${reason.line ? `:${reason.line}` : ''}: ${reason.message}`;
}
