// The git questions a preview of a checkout asks before it can start — where origin is, which branch
// the base stands for, the base and head commits, the base's tree, what changed between them, the listing
// a kept tree index is checked against — asked ahead, side by side, while the run's code loads (gitRun.ts
// askAhead). Each is the very command the run asks when it reaches it (git.ts, trees.ts), which then
// takes the answer instead of starting git: the same answers, without a process per question one after
// another. A question the run does not reach costs one git process beside the others; a question asked
// here with other arguments than the run's is not answered here, and git is asked then, as before.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isRevision } from '../core/revision.js';
import { DEFAULT_BRANCHES, GIT_ASKS, mayBeInRepository, TREE_ASKS } from './git.js';
import { answerAsked, askAhead, type DerivedAsk, type FollowUp } from './gitRun.js';

/** What a preview of a checkout will read: the base and head it names (unset: the default ones). */
export interface CheckoutReads {
  /** The base revision named (unset: where HEAD left the default branch). */
  base?: string;
  /** The head revision named (unset: the checkout). */
  head?: string;
  /** Whether the base's kept tree index is looked for. */
  treeIndex: boolean;
}

const indexFolder = (commonDir: string) => join(commonDir, 'slipway', 'tree-index');

/** Whether an index is kept for this tree in the repository's tree-index folder (under any key). */
function indexKeptFor(commonDir: string, treeId: string): boolean {
  try {
    return readdirSync(indexFolder(commonDir)).some((f) => f.startsWith(`${treeId}-`));
  } catch {
    return false;
  }
}

/**
 * The tree-index folder of a checkout whose `.git` is a folder (the usual clone, asked at its top), found
 * without asking git; undefined for any other (a worktree, a folder inside the checkout, GIT_DIR set),
 * whose folder the answer of `git rev-parse --git-common-dir` names a round later.
 */
function plainIndexFolder(dir: string): string | undefined {
  if (process.env.GIT_DIR !== undefined || process.env.GIT_COMMON_DIR !== undefined) return undefined;
  try {
    return statSync(join(dir, '.git')).isDirectory() ? indexFolder(resolve(dir, '.git')) : undefined;
  } catch {
    return undefined;
  }
}

interface Questions {
  asks: string[][];
  followUps: FollowUp[];
  derived: DerivedAsk[];
}

/**
 * Every question the run will ask that the answers so far let one know of, those asked right after one
 * of them by the same job (the listing, once the base's tree id names a kept index), and those built from
 * the base and head commits asked in this very round (derived: the base's tree and the changes, asked by
 * the script as soon as the commits answer, not a round later).
 */
function questions(dir: string, reads: CheckoutReads): Questions {
  const answer = (args: readonly string[]) => answerAsked(dir, args, true);
  const ok = (args: readonly string[]) => {
    const run = answer(args);
    return run?.status === 0 ? run.out.toString('utf8').trim() : undefined;
  };
  const asks: string[][] = [
    [...GIT_ASKS.originUrl],
    [...GIT_ASKS.remoteHead],
    [...GIT_ASKS.commonDir],
    ...DEFAULT_BRANCHES.map(GIT_ASKS.commit),
  ];
  const remoteHead = ok(GIT_ASKS.remoteHead);
  if (remoteHead) asks.push(GIT_ASKS.commit(remoteHead));
  let base = reads.base;
  if (base !== undefined) {
    if (isRevision(base)) asks.push(GIT_ASKS.fullName(base));
  } else if (answer(GIT_ASKS.remoteHead)) {
    // mergeBaseWithDefault: the first branch there is that has a merge base with HEAD
    for (const candidate of [remoteHead, ...DEFAULT_BRANCHES]) {
      if (!candidate) continue;
      const there = answer(GIT_ASKS.commit(candidate));
      if (!there) break;
      if (there.status !== 0) continue;
      asks.push(GIT_ASKS.mergeBase(candidate));
      const merged = answer(GIT_ASKS.mergeBase(candidate));
      if (!merged) break;
      base = ok(GIT_ASKS.mergeBase(candidate));
      if (base) break;
    }
  }
  let baseSha: string | undefined;
  // the base's and the head's commit, when asked in this very round (their answers not in yet)
  let baseAsked: string[] | undefined;
  let headAsked: string[] | undefined;
  if (base !== undefined && isRevision(base)) {
    asks.push(GIT_ASKS.commit(base));
    baseSha = ok(GIT_ASKS.commit(base));
    if (!answer(GIT_ASKS.commit(base))) baseAsked = GIT_ASKS.commit(base);
  }
  let headSha: string | undefined;
  if (reads.head !== undefined) {
    if (isRevision(reads.head)) {
      asks.push(GIT_ASKS.commit(reads.head));
      headSha = ok(GIT_ASKS.commit(reads.head));
      if (!answer(GIT_ASKS.commit(reads.head))) headAsked = GIT_ASKS.commit(reads.head);
    }
  } else {
    // cleanHead: whether the checkout is exactly HEAD's files
    asks.push(
      [...GIT_ASKS.topLevel],
      [...GIT_ASKS.sparse],
      GIT_ASKS.commit('HEAD'),
      [...GIT_ASKS.steering],
      [...GIT_ASKS.infoAttributes],
      [...GIT_ASKS.status],
    );
    if (ok(GIT_ASKS.status) === '') headSha = ok(GIT_ASKS.commit('HEAD'));
  }
  if (baseSha && headSha) asks.push(TREE_ASKS.changes(baseSha, headSha));
  const derived: DerivedAsk[] = [];
  if ((baseSha || baseAsked) && (headSha || headAsked) && (baseAsked || headAsked)) {
    const from = [baseAsked, headAsked].filter((a) => a !== undefined);
    derived.push({
      from,
      args: (values) =>
        TREE_ASKS.changes(baseSha ?? (values[0] as string), headSha ?? (values.at(-1) as string)),
    });
  }
  const folder = reads.treeIndex && baseAsked ? plainIndexFolder(dir) : undefined;
  if (baseAsked && reads.treeIndex)
    derived.push({
      from: [baseAsked],
      args: ([sha]) => TREE_ASKS.tree(sha as string),
      ...(folder && { followUp: { folder, args: ([sha]) => TREE_ASKS.listing(sha as string) } }),
    });
  const followUps: FollowUp[] = [];
  if (baseSha && reads.treeIndex) {
    asks.push(TREE_ASKS.tree(baseSha));
    const treeId = ok(TREE_ASKS.tree(baseSha));
    const common = ok(GIT_ASKS.commonDir);
    if (treeId && common && indexKeptFor(resolve(dir, common), treeId)) asks.push(TREE_ASKS.listing(baseSha));
    else if (common && !answer(TREE_ASKS.tree(baseSha)))
      followUps.push({
        after: TREE_ASKS.tree(baseSha),
        folder: indexFolder(resolve(dir, common)),
        args: TREE_ASKS.listing(baseSha),
      });
  }
  return { asks, followUps, derived };
}

/** The asking under way per folder: a later ask waits for it, and asks only what it left unasked. */
const underWay = new Map<string, Promise<void>>();

/**
 * Asks git ahead what a preview of the checkout at `dir` will ask, in rounds (a round's answers name the
 * next round's commits), and resolves when there is nothing more to ask. Asked again for the same folder
 * (the CLI asks from the flags as soon as they are read, then from the parsed settings), it waits for the
 * asking under way and asks only what that did not. Never fails: a question left unanswered is asked
 * when the run reaches it.
 */
export function askCheckoutAhead(dir: string, reads: CheckoutReads): Promise<void> {
  const key = resolve(dir);
  const before = underWay.get(key) ?? Promise.resolve();
  const asking = before.then(() => askRounds(dir, reads));
  underWay.set(key, asking);
  return asking;
}

async function askRounds(dir: string, reads: CheckoutReads): Promise<void> {
  try {
    if (!mayBeInRepository(dir)) return;
    for (let round = 0; round < 6; round++) {
      // (once each: the base may be one of the default branches)
      const { asks, followUps, derived } = questions(dir, reads);
      const unique = new Map(asks.map((args) => [args.join('\0'), args]));
      const fresh = [...unique.values()].filter((args) => !answerAsked(dir, args, true));
      if (fresh.length === 0) return;
      await askAhead(dir, fresh, followUps, derived);
      // (no sh to start them: each is asked when reached)
      if (!fresh.some((args) => answerAsked(dir, args, true))) return;
    }
  } catch {
    // asking ahead only saves time
  }
}
