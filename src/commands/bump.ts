// bump: plan the edits with the core, then write them to a folder or to GitHub.
import { everyPlaceSkipped, planBump } from '../core/bump/plan.js';
import { planDiff, planJson, planLines } from '../core/bump/report.js';
import type { Log } from '../log.js';
import type { Edges } from '../ports.js';
import type { BumpSettings } from '../settings.js';
import { bumpOnGitHub } from './bumpOnGitHub.js';
import type { CommandResult } from './result.js';

export interface BumpOptions {
  verbose?: boolean;
  /** Where a dry run prints its diff (the CLI's stdout). */
  print?: (text: string) => void;
}

export async function bump(
  settings: BumpSettings,
  log: Log,
  edges: Pick<Edges, 'github' | 'clock' | 'folders'>,
  options: BumpOptions = {},
): Promise<CommandResult> {
  if (settings.source.kind === 'github') return bumpOnGitHub(settings, settings.source, log, edges);
  const dir = settings.source.dir;
  const folder = edges.folders.read(dir, settings.paths);
  for (const skipped of folder.skipped) log.warning(`${skipped.file}: ${skipped.reason}`);
  const files = folder.texts;
  const plan = planBump(
    files,
    settings.updates,
    { allowDowngrade: settings.allowDowngrade, forceDowngrade: settings.forceDowngrade },
    folder.others,
  );
  for (const line of planLines(plan, options.verbose ?? false)) log.info(line);
  // every place skipped is something to fix (a shared anchor, a downgrade…): a warning, not a log line
  if (everyPlaceSkipped(plan))
    log.warning('Nothing written: every place was skipped (the reasons are above).');
  const diff = settings.dryRun ? planDiff(plan, files) : undefined;
  if (diff !== undefined) options.print?.(diff);
  else if (plan.changed.size > 0) {
    edges.folders.write(dir, plan.changed, folder.encodings);
  }
  const json = planJson(plan);
  return {
    outputs: {
      updated: String(plan.edits.length > 0 && !settings.dryRun),
      edits: JSON.stringify(json.edits),
      skipped: JSON.stringify(json.skipped),
    },
    json: {
      ...json,
      dryRun: settings.dryRun,
      filesScanned: plan.filesScanned,
      ...(diff !== undefined && { diff }),
    },
  };
}
