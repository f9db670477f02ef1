// Starting child processes off the main thread's back when a run starts many. Node starts a process by
// forking itself, and the fork and the wait for the exec hold the one JavaScript thread: ~9 ms per
// kustomize run in a 500-app shared-base check holding ~250 MB (16.5 s of the thread's 45 s of work,
// --cpu-prof). Past the first few runs — or at once, when a wave of many renders is announced — a small
// helper process (Node with nothing loaded) starts them instead and sends back what each printed. Until the helper is ready, or if it dies, runs start
// directly, so a run never waits on it or is lost with it.
import { execFile, spawn, type ChildProcess } from 'node:child_process';

export interface LaunchOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeout: number;
  maxBuffer: number;
}

/** What a run printed and how it ended, as execFile reports it. */
export interface Launched {
  stdout: string;
  stderr: string;
  error?: { code?: string | number; killed?: boolean; message: string };
}

interface Request {
  id: number;
  command: string;
  args: string[];
  options: LaunchOptions & { encoding: 'utf8' };
}

// Runs in the helper (CommonJS, `node -e`): one execFile per request, each answer sent back by id; when
// the parent goes away, the helper stops what it started and exits.
const HELPER = `
const { execFile } = require('node:child_process');
const running = new Map();
process.on('message', ({ id, command, args, options }) => {
  const child = execFile(command, args, options, (error, stdout, stderr) => {
    running.delete(id);
    const failure = error && { code: error.code, killed: error.killed, message: error.message };
    process.send({ id, stdout, stderr, error: failure || undefined });
  });
  running.set(id, child);
});
process.on('disconnect', () => {
  for (const child of running.values()) child.kill();
  process.exit(0);
});
process.send({ ready: true });
`;

function launchDirectly(command: string, args: string[], options: LaunchOptions): Promise<Launched> {
  return new Promise((resolve) => {
    execFile(command, args, { ...options, encoding: 'utf8' }, (error, stdout, stderr) => {
      const failure = error && {
        code: (error as NodeJS.ErrnoException).code ?? undefined,
        killed: error.killed,
        message: error.message,
      };
      resolve({ stdout, stderr, ...(failure && { error: failure }) });
    });
  });
}

export class ProcessLauncher {
  private launches = 0;
  private helper: ChildProcess | undefined;
  private ready = false;
  private nextId = 0;
  private readonly pending = new Map<number, { request: Request; resolve: (r: Launched) => void }>();

  /** @param helperAfter how many runs start directly before the helper is started */
  constructor(private readonly helperAfter = 16) {}

  /**
   * `runs` more runs are about to start (a wave of renders): when they pass the threshold, the helper is
   * started now rather than after the threshold's direct starts, so nearly all of them go through it.
   */
  expect(runs: number): void {
    if (this.launches + runs > this.helperAfter && this.helper === undefined) this.startHelper();
  }

  launch(command: string, args: string[], options: LaunchOptions): Promise<Launched> {
    this.launches++;
    if (this.launches > this.helperAfter && this.helper === undefined) this.startHelper();
    if (!this.ready || !this.helper?.connected) return launchDirectly(command, args, options);
    const request: Request = { id: this.nextId++, command, args, options: { ...options, encoding: 'utf8' } };
    return new Promise((resolve) => {
      this.pending.set(request.id, { request, resolve });
      // while runs are out, the helper keeps this process alive; idle, it does not
      if (this.pending.size === 1) this.helper?.channel?.ref();
      this.helper?.send(request);
    });
  }

  /**
   * Ends the helper once its runs are answered and waits for it to exit, so it is reaped here (its CPU
   * time counts as this process's children's) and never outlives the run. Later runs start directly.
   */
  async close(): Promise<void> {
    const helper = this.helper;
    if (!helper || helper.exitCode !== null || helper.signalCode !== null) return;
    while (this.pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const exited = new Promise((resolve) => helper.once('exit', resolve));
    helper.ref(); // waited for: this process stays until the helper is gone
    this.ready = false;
    if (helper.connected) helper.disconnect();
    await exited;
  }

  /** The helper's process id, once it runs (tests). */
  get helperPid(): number | undefined {
    return this.ready ? this.helper?.pid : undefined;
  }

  private startHelper(): void {
    const helper = spawn(process.execPath, ['-e', HELPER], {
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      serialization: 'advanced',
      // the helper needs no token or option of ours; each run brings its own environment
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    });
    this.helper = helper;
    helper.unref();
    helper.channel?.unref();
    helper.on('message', (message: Launched & { id?: number; ready?: boolean }) => {
      if (message.ready) {
        this.ready = true;
        return;
      }
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id as number);
      if (this.pending.size === 0) helper.channel?.unref();
      waiting.resolve({
        stdout: message.stdout,
        stderr: message.stderr,
        ...(message.error && { error: message.error }),
      });
    });
    // a helper that cannot start or dies: what it had is run directly, as is everything after
    const fallBack = () => {
      this.ready = false;
      const orphans = [...this.pending.values()];
      this.pending.clear();
      for (const { request, resolve } of orphans)
        void launchDirectly(request.command, request.args, request.options).then(resolve);
    };
    helper.on('error', fallBack);
    helper.on('exit', fallBack);
  }
}
