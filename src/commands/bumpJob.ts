// What the steps of a bump on GitHub share: the job (repository, settings, base), a lane with its GitHub
// particulars (branch, target, merge decision), and what writing a lane gave.
import type { BumpPlan } from '../core/bump/plan.js';
import type { BumpTarget, RunLinks } from '../core/bump/pullRequestText.js';
import type { Lane, MergeDecision } from '../core/bump/lanes.js';
import type { ManifestEncoding } from '../core/yaml/manifestText.js';
import type { BumpRepository, RepoRef } from '../ports.js';
import type { Log } from '../log.js';
import type { Outputs } from '../outputs.js';
import type { BumpSettings } from '../settings.js';

export interface Job {
  gh: BumpRepository;
  repo: RepoRef;
  settings: BumpSettings;
  log: Log;
  base: string;
  /** The base is a guess at the default branch (`main`), to be checked against the state's answer. */
  baseGuessed: boolean;
  links: RunLinks;
}

/** A lane (core/bump/lanes.ts) as it is written on GitHub: its branch, target and merge decision. */
export interface LaneOnGitHub extends Lane {
  branch: string;
  target: BumpTarget;
  plan: BumpPlan;
  decision: MergeDecision;
  /** How each file was read (UTF-8, or byte for byte): written back the same way. */
  encodings: ReadonlyMap<string, ManifestEncoding>;
}

export type AutoMergeOutcome = 'enabled' | 'not-allowed' | 'unavailable';

export interface LaneResult {
  lane: LaneOnGitHub;
  outputs: Outputs;
  autoMerge?: AutoMergeOutcome;
}

/** Someone else moved a ref between our read and our write: read again and redo. */
export class Moved extends Error {}
