// A large file through the bundled CLI: the one edit is made and the rest of the file is byte for byte
// the same. How its cost grows with the file's size is measured by bench/bump-large-file.mjs, not here
// (speed is never asserted in a timed test).
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

/** Runs `slipway bump` on a copy of `text`; returns the file after and what it printed. */
async function bump(text: string): Promise<{ after: string; stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-large-'));
  try {
    writeFileSync(join(dir, 'settings.yaml'), text);
    const run = await runProcess(
      [join(ROOT, 'dist', 'cli.js'), 'bump', '--dir', dir, 'ghcr.io/acme/api:1.1.0'],
      {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' },
      },
    );
    expect(run.code).toBe(0);
    return { after: readFileSync(join(dir, 'settings.yaml'), 'utf8'), stdout: run.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('in a 2 MiB file only the version changes, its escape kept', async () => {
  const large = configMap(2048 * KIB);
  const run = await bump(large);
  expect(run.after).toBe(large.replace('api:1.0.0"', 'api:1.1.0"'));
  expect(run.stdout).toBe('settings.yaml:6  ghcr.io/acme/api  1.0.0 → 1.1.0\n');
}, 300_000);
