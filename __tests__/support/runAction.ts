// Runs the bundled action (dist/index.js) the way the Actions runner does: INPUT_* variables, an event
// file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files; returns what a workflow would see.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// SLIPWAY_ROOT: where the project is when this file runs bundled elsewhere (the benchmarks)
export const ROOT =
  process.env.SLIPWAY_ROOT ??
  resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  message: string;
}

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ActionRun extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** The file the `report` output names, read before the runner's temporary folder goes. */
  report?: string;
}

export interface ActionOptions {
  inputs: Record<string, string>;
  apiUrl?: string;
  event?: { name: string; payload?: unknown };
  env?: Record<string, string>;
  cwd?: string;
  /** Runs the action under this command (e.g. /usr/bin/time -f %M, for the benchmarks' peak RSS). */
  wrapper?: string[];
}

export function runProcess(
  args: string[],
  options: { env: Record<string, string>; cwd?: string; wrapper?: string[] },
): Promise<ProcessResult> {
  return new Promise((done, fail) => {
    const [command, ...prefix] = options.wrapper ?? [process.execPath];
    const child = spawn(command as string, options.wrapper ? [...prefix, process.execPath, ...args] : args, {
      env: options.env,
      cwd: options.cwd ?? ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

/** Parses `name<<DELIMITER\nvalue\nDELIMITER` blocks the way the runner reads GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const block = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(block)) outputs[m[1] as string] = m[3] as string;
  return outputs;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const m of stdout.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)) {
    const props = Object.fromEntries(
      (m[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => kv.split('=') as [string, string]),
    );
    out.push({
      level: m[1] as Annotation['level'],
      ...(props.file && { file: unescapeData(props.file) }),
      ...(props.line && { line: Number(props.line) }),
      message: unescapeData(m[3] as string),
    });
  }
  return out;
}

export async function runAction(options: ActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-runner-'));
  try {
    const outputFile = join(dir, 'output');
    const summaryFile = join(dir, 'summary');
    const eventFile = join(dir, 'event.json');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? dir,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: options.event?.name ?? 'push',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REPOSITORY: 'acme/api',
      GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: options.apiUrl ?? 'https://github.com',
      GITHUB_API_URL: options.apiUrl ?? 'https://api.github.com',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: options.cwd ?? dir,
      RUNNER_TEMP: dir,
      // the stand-in has no write limits: 20 ms between writes instead of GitHub's second keeps the order
      // and the queueing real while the suite runs in seconds (the benchmarks pass 1000); a retry's second
      // lasts a millisecond
      SLIPWAY_GITHUB_WRITE_SPACING_MS: '20',
      SLIPWAY_GITHUB_RETRY_SECOND_MS: '1',
      ...options.env,
    };
    for (const [name, value] of Object.entries(options.inputs))
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    const result = await runProcess([join(ROOT, 'dist', 'index.js')], {
      env,
      cwd: options.cwd ?? dir,
      ...(options.wrapper && { wrapper: options.wrapper }),
    });
    const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
    return {
      ...result,
      outputs,
      ...(outputs.report && existsSync(outputs.report) && { report: readFileSync(outputs.report, 'utf8') }),
      summary: readFileSync(summaryFile, 'utf8'),
      annotations: parseAnnotations(result.stdout),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the bundled CLI (dist/cli.js). */
export function runCli(
  args: string[],
  /** `dist`: another copy of the bundle folder to run (default: the project's dist/). */
  options: { cwd?: string; env?: Record<string, string>; dist?: string } = {},
): Promise<ProcessResult> {
  return runProcess([join(options.dist ?? join(ROOT, 'dist'), 'cli.js'), ...args], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      SLIPWAY_GITHUB_WRITE_SPACING_MS: '20',
      SLIPWAY_GITHUB_RETRY_SECOND_MS: '1',
      ...options.env,
    },
    ...(options.cwd && { cwd: options.cwd }),
  });
}
