// The pinned helm of `npm run tools` (.tools/bin) goes first on PATH for every test and the processes
// they spawn; without it, a system helm (if any) is used. SLIPWAY_TEST_WITHOUT_TOOLS=1 leaves .tools/bin
// off PATH: CI's run of the suite as a fresh clone sees it (no helm, the helm tests skipped).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './runAction.js';

const bin = join(ROOT, '.tools', 'bin');
if (
  process.env.SLIPWAY_TEST_WITHOUT_TOOLS !== '1' &&
  existsSync(bin) &&
  !(process.env.PATH ?? '').split(':').includes(bin)
)
  process.env.PATH = `${bin}:${process.env.PATH ?? ''}`;
