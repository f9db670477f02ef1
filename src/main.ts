// The action: inputs → settings → command → outputs. The only place that calls core.setFailed.
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { endChildProcesses } from './edges/childProcess.js';
import type { Edges } from './ports.js';
import type { CommandResult } from './commands/result.js';
import { actionLog } from './actionLog.js';
import { visibleLines } from './core/report/markdownText.js';
import { OUTPUT_NAMES } from './outputs.js';
import { parseSettings, type Settings } from './settings.js';

/** The event payload the runner wrote (pull_request: number, base and head commits). */
function readEvent(path: string | undefined): unknown {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Each command's code is loaded when it runs: a bump never parses the preview pipeline, nor a check Git Data. */
async function runCommand(settings: Settings, edges: Edges): Promise<CommandResult> {
  switch (settings.command) {
    case 'bump':
      return (await import('./commands/bump.js')).bump(settings, actionLog, edges);
    case 'check':
      return (await import('./commands/check.js')).check(settings, actionLog, edges);
    case 'check-plan':
      return (await import('./commands/check.js')).checkPlan(settings, actionLog, edges);
    case 'check-merge':
      return (await import('./commands/check.js')).checkMerge(settings, actionLog, edges);
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let failure: string | undefined;
  try {
    const token = core.getInput('token');
    if (token) core.setSecret(token);
    const settings = parseSettings((name) => core.getInput(name), env, readEvent(env.GITHUB_EVENT_PATH));
    // an old input spelling still works; the warning names the input that replaced it
    for (const deprecation of settings.deprecations) actionLog.warning(deprecation);
    // the edges are built once, here, and passed down (ports.ts)
    const { gitHubEdges } = await import('./edges/gitHubEdges.js');
    const result = await runCommand(settings, gitHubEdges(settings.github, actionLog));
    for (const name of OUTPUT_NAMES) {
      const value = result.outputs[name];
      if (value !== undefined) core.setOutput(name, value);
    }
    if (result.summary) await core.summary.addRaw(result.summary, true).write();
    failure = result.failure;
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  await endChildProcesses();
  if (failure !== undefined) core.setFailed(visibleLines(failure));
}
