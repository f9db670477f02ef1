// CONTRIBUTING.md's architecture tree (## Architecture) names every folder of src/ and nothing that is gone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/runAction.js';

function folders(dir: string, prefix: string): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .flatMap((name) => [`${prefix}${name}/`, ...folders(join(dir, name), `${prefix}${name}/`)]);
}

test("CONTRIBUTING.md's architecture tree matches src/", () => {
  const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  const block = /## Architecture\n[\s\S]*?```\n([\s\S]*?)```/.exec(contributing)?.[1] ?? '';
  // a line's own entry: `src/x/`, or an indented `y/` under the last entry two spaces less indented
  const listed: string[] = [];
  const stack: Array<{ indent: number; path: string }> = [];
  for (const line of block.split('\n')) {
    const match = /^( *)(\S+\/)(?:\s|$)/.exec(line);
    if (!match) continue;
    const indent = (match[1] as string).length;
    while (stack.length > 0 && (stack.at(-1) as { indent: number }).indent >= indent) stack.pop();
    const path = `${stack.at(-1)?.path ?? ''}${match[2] as string}`;
    stack.push({ indent, path });
    if (path.startsWith('src/')) listed.push(path);
  }
  expect(listed.sort()).toEqual(folders(join(ROOT, 'src'), 'src/').sort());
});
