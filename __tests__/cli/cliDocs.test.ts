// docs/cli.md's flag tables are generated from the CLI's one table (src/cli/options.ts): a flag added,
// renamed or given another default shows there, or this fails (UPDATE_GOLDEN=1 rewrites the block).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_FLAGS, FLAGS, flagName, inputOf, type FlagSpec } from '../../src/cli/options.js';
import { ROOT } from '../support/runAction.js';

const BEGIN = '<!-- flags:begin (generated from src/cli/options.ts) -->';
const END = '<!-- flags:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

function tables(): string {
  return Object.entries(COMMAND_FLAGS)
    .map(([command, keys]) => {
      const rows = (keys as Array<keyof typeof FLAGS>).map((key) => {
        const spec: FlagSpec = FLAGS[key];
        const name = flagName(key);
        const flag = spec.negatable ? `--no-${name}` : `--${name}${spec.value ? ` ${spec.value}` : ''}`;
        const input = inputOf(key);
        const old = (spec.aliases ?? []).map((a) => `\`${a.flag.split(' ')[0]}\``).join(', ');
        return `| \`${cell(flag)}\` | ${input ? `\`${input}\`` : '—'} | ${spec.default !== undefined ? `\`${spec.default}\`` : ''} | ${cell(spec.description)}${spec.choices ? ` (${spec.choices.join(', ')})` : ''}${spec.repeatable ? '' : ''} | ${old} |`;
      });
      return [
        `### slipway ${command}`,
        '',
        '| Flag | Action input | Default | Meaning | Old spelling |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
      ].join('\n');
    })
    .join('\n\n');
}

test('docs/cli.md lists every flag of every command as the table holds it', () => {
  const file = join(ROOT, 'docs', 'cli.md');
  const doc = readFileSync(file, 'utf8');
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  expect(start).toBeGreaterThan(-1);
  const fresh = `${doc.slice(0, start + BEGIN.length)}\n\n${tables()}\n\n${doc.slice(end)}`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, fresh);
  expect(doc).toBe(fresh);
});
