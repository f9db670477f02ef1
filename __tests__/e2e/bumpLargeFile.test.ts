// A large file through the bundled CLI: the one edit is made, the rest of the file is byte for byte the
// same, and the cost grows with the file's size, not with its square. The re-parse that proves an edit
// used `yaml`'s unique-key check, a search of each map's earlier keys for every key: 4 × the bytes cost
// 10 to 15 × the CPU time. CPU time (not wall time) is compared: the machine may be shared.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runProcess } from '../support/runAction.js';

const KIB = 1024;

/** A ConfigMap of about `bytes` bytes: one image in an annotation, the rest data keys. */
function configMap(bytes: number): string {
  const lines = ['apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  annotations:\n'];
  lines.push('    image: "ghcr.io\\/acme/api:1.0.0"\ndata:\n');
  let size = lines.join('').length;
  for (let i = 0; size < bytes; i++) {
    const line = `  key_${i}: "value number ${i} of the settings"\n`;
    lines.push(line);
    size += line.length;
  }
  return lines.join('');
}

/** Runs `slipway bump` on a copy of `text`; returns the file after and the CPU seconds of the run. */
async function bump(text: string): Promise<{ after: string; cpuSeconds: number; stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-large-'));
  try {
    writeFileSync(join(dir, 'settings.yaml'), text);
    const run = await runProcess(
      [join(ROOT, 'dist', 'cli.js'), 'bump', '--dir', dir, 'ghcr.io/acme/api:1.1.0'],
      {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' },
        wrapper: ['/usr/bin/time', '-f', 'cpu %U %S'],
      },
    );
    expect(run.code).toBe(0);
    const [user, system] = (/cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr) ?? []).slice(1).map(Number);
    return {
      after: readFileSync(join(dir, 'settings.yaml'), 'utf8'),
      cpuSeconds: user! + system!,
      stdout: run.stdout,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a 4 × larger file costs less than 6 × the CPU time, and only the version changes', async () => {
  const small = configMap(512 * KIB);
  const large = configMap(2048 * KIB);
  const one = await bump(small);
  const four = await bump(large);
  // the escape stays; only the version's bytes change
  expect(four.after).toBe(large.replace('api:1.0.0"', 'api:1.1.0"'));
  expect(four.stdout).toBe('settings.yaml:6  ghcr.io/acme/api  1.0.0 → 1.1.0\n');
  expect(one.after).toBe(small.replace('api:1.0.0"', 'api:1.1.0"'));
  expect(four.cpuSeconds / one.cpuSeconds).toBeLessThan(6);
}, 300_000);
