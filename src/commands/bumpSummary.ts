// What a bump on GitHub reports: the action's outputs, the job summary (one section per lane) and the JSON.
import type { BumpPlan } from '../core/bump/plan.js';
import { editTable, planJson } from '../core/bump/report.js';
import { describeTarget } from '../core/bump/pullRequestText.js';
import { describeVersion } from '../core/image/imageRef.js';
import type { Job, LaneResult } from './bumpJob.js';
import type { CommandResult } from './result.js';

export function bumpResult(job: Job, plan: BumpPlan, lanes: LaneResult[]): CommandResult {
  const json = planJson(plan);
  const first = lanes.find((l) => l.outputs.updated === 'true') ?? lanes[0];
  const pulls = lanes
    .filter((l) => l.outputs['pull-request-number'])
    .map((l) => ({
      environment: l.lane.target.environment ?? null,
      branch: l.lane.branch,
      number: Number(l.outputs['pull-request-number']),
      url: l.outputs['pull-request-url'],
      autoMerge: l.autoMerge,
      reason: l.lane.decision.reason,
    }));
  const heading = `### Slipway bump: ${job.settings.updates.map((u) => `${u.name} ${describeVersion(u.tag, u.digest)}`).join(', ')}`;
  const sections = lanes.map((l) => {
    const link = l.outputs['pull-request-url'] ? ` — ${l.outputs['pull-request-url']}` : '';
    return [
      `#### ${describeTarget(l.lane.target)}${link}`,
      '',
      editTable(l.lane.plan),
      '',
      `Auto-merge: ${l.autoMerge ?? 'not-allowed'} (${l.lane.decision.reason})`,
    ].join('\n');
  });
  return {
    outputs: {
      ...(first?.outputs ?? {}),
      updated: String(lanes.some((l) => l.outputs.updated === 'true')),
      edits: JSON.stringify(json.edits),
      skipped: JSON.stringify(json.skipped),
      'auto-merge':
        lanes
          .filter((l) => l.outputs.updated === 'true')
          .map((l) => l.autoMerge ?? 'not-allowed')
          .join(',') || 'not-allowed',
      'pull-requests': JSON.stringify(pulls),
    },
    summary: [
      heading,
      '',
      ...(job.settings.dryRun ? ['_Dry run: nothing was written._', ''] : []),
      ...sections,
    ].join('\n'),
    json: { ...json, pullRequests: pulls },
  };
}
