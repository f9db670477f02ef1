// Whether a unit's rendered objects are what Argo CD would deploy. A render that failed is Argo CD's
// ComparisonError: the app's objects are unknown, so nothing may be called created or deleted.
import type { Finding } from '../finding.js';

export type RenderState = 'rendered' | 'failed' | 'not-previewed';

/** Findings of the render itself (not of validation) that leave the app's objects unknown. */
const FAILURES = new Set([
  'render',
  'path-escape',
  'missing-path',
  'missing-file',
  'missing-value-file',
  'chart-lock',
  'invalid-application',
  'invalid-kustomization',
  'file-too-large',
  'yaml-limits',
  'yaml-syntax',
  'not-an-object',
  'missing-type',
  'invalid-metadata',
  'glob-limits',
]);
const NOT_PREVIEWED = new Set(['not-previewed', 'not-rendered']);

export function renderState(renderFindings: readonly Finding[]): RenderState {
  if (renderFindings.some((f) => f.severity === 'error' && FAILURES.has(f.rule))) return 'failed';
  if (renderFindings.some((f) => NOT_PREVIEWED.has(f.rule))) return 'not-previewed';
  return 'rendered';
}

/** The first finding that explains the state, for the report. */
export function stateReason(renderFindings: readonly Finding[]): string | undefined {
  const reason =
    renderFindings.find((f) => f.severity === 'error' && FAILURES.has(f.rule)) ??
    renderFindings.find((f) => NOT_PREVIEWED.has(f.rule));
  return reason && `${reason.file ?? ''}${reason.line ? `:${reason.line}` : ''}: ${reason.message}`;
}
