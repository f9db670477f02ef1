// Each command's --help ends with examples and its exit codes, and shows no default that says nothing
// (`(default: [])`, `(default: "")`); repeatable flags still collect every value.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/program.js';

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    return { code: await main(['node', 'slipway', ...args]), out };
  } finally {
    process.stdout.write = write;
  }
}

test.each(['bump', 'diff', 'check', 'check merge', 'check plan', 'validate'])(
  'slipway %s --help ends with examples and exit codes, and no empty default',
  async (command) => {
    const help = await cli(...command.split(' '), '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/\nExamples:\n {2}slipway /);
    expect(help.out).toMatch(/\nExit codes: 0 .*, 1 .*, 2 usage error\.\n+$/);
    expect(help.out).not.toContain('(default: [])');
    expect(help.out).not.toContain('(default: "")');
    // old spellings still work but are not shown
    for (const hidden of ['--json', '--path ', '--report ']) expect(help.out).not.toContain(hidden);
  },
);

test('bump --format json prints JSON only; the old --json does the same', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-cli-json-'));
  try {
    writeFileSync(join(dir, 'app.yaml'), 'image: ghcr.io/acme/api:1.0.0\n');
    const runs = [];
    for (const flag of [['--format', 'json'], ['--json']])
      runs.push(await cli('bump', '--dir', dir, '--dry-run', ...flag, 'ghcr.io/acme/api:1.1.0'));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const edits = runs.map((r) => (JSON.parse(r.out) as { edits: unknown[] }).edits);
    expect(edits[0]).toHaveLength(1);
    expect(edits[1]).toEqual(edits[0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.each([['--file-globs'], ['--path']])(
  'a repeatable flag collects every value (bump %s twice edits both folders, no other)',
  async (pathFlag) => {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-cli-help-'));
    try {
      for (const folder of ['staging', 'production', 'dev']) {
        mkdirSync(join(dir, folder));
        writeFileSync(join(dir, folder, 'app.yaml'), 'image: ghcr.io/acme/api:1.0.0\n');
      }
      const run = await cli(
        'bump',
        '--dir',
        dir,
        pathFlag,
        'staging/**',
        pathFlag,
        'dev/**',
        'ghcr.io/acme/api:1.1.0',
      );
      expect(run.code).toBe(0);
      const tag = (folder: string) => readFileSync(join(dir, folder, 'app.yaml'), 'utf8').trim();
      expect([tag('staging'), tag('dev'), tag('production')]).toEqual([
        'image: ghcr.io/acme/api:1.1.0',
        'image: ghcr.io/acme/api:1.1.0',
        'image: ghcr.io/acme/api:1.0.0',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
