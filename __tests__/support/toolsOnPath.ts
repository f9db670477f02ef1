// The pinned helm of `npm run tools` (.tools/bin) goes first on PATH for every test and the processes
// they spawn; without it, a system helm (if any) is used.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './runAction.js';

const bin = join(ROOT, '.tools', 'bin');
if (existsSync(bin) && !(process.env.PATH ?? '').split(':').includes(bin))
  process.env.PATH = `${bin}:${process.env.PATH ?? ''}`;
