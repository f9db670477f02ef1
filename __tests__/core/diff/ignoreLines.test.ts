// ignore-lines (docs/fleets.md): a changed object whose every changed line matches an RE2 pattern is
// shown without its diff, still listed and counted, and never approved by the policy.
import { diffUnits } from '../../../src/core/diff/clusterDiff.js';
import type { UnitSide } from '../../../src/core/diff/diffModel.js';
import { ignoreLines, linePatternError } from '../../../src/core/diff/ignoreLines.js';
import { diffJson } from '../../../src/core/report/diffJson.js';
import { diffMarkdown } from '../../../src/core/report/diffMarkdown.js';
import { diffText } from '../../../src/core/report/diffText.js';
import { eligibility } from '../../../src/core/policy/eligibility.js';
import { parsePolicy } from '../../../src/core/policy/parsePolicy.js';
import type { Obj } from '../../../src/core/render/objects.js';
import type { RenderUnit } from '../../../src/core/argo/unit.js';

const deployment = (checksum: string, replicas: number): Obj => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop' },
  spec: {
    replicas,
    template: { metadata: { annotations: { 'checksum/config': checksum } }, spec: { containers: [] } },
  },
});

const unit = { id: 'path:web', file: 'web', line: 1, sources: [{ path: 'web' }] } as unknown as RenderUnit;
const side = (obj: Obj): UnitSide => ({
  unit,
  objects: [{ obj, file: 'web/d.yaml', line: 1 }],
  findings: [],
});
const diffOf = (before: Obj, after: Obj) => diffUnits([side(before)], [side(after)], 0);

const CHECKSUM = ['checksum/config: [a-f0-9]+$'];

test('a change whose every changed line matches is marked, and still counted', () => {
  const onlyChecksum = ignoreLines(diffOf(deployment('aaa111', 2), deployment('bbb222', 2)), CHECKSUM);
  expect(onlyChecksum.apps[0]?.changes.map((c) => [c.object, c.ignoredLines])).toEqual([
    ['Deployment/shop/web', true],
  ]);
  expect(onlyChecksum.totals.changed).toBe(1);
  // one changed line that does not match: shown in full
  const alsoReplicas = ignoreLines(diffOf(deployment('aaa111', 2), deployment('bbb222', 3)), CHECKSUM);
  expect(alsoReplicas.apps[0]?.changes[0]?.ignoredLines).toBeUndefined();
  // a pattern is searched for anywhere in the line, as RE2 (Go) finds it
  expect(
    ignoreLines(diffOf(deployment('aaa111', 2), deployment('bbb222', 2)), ['config:']).apps[0]?.changes[0]
      ?.ignoredLines,
  ).toBe(true);
});

test('the comment and the terminal say "changed only in ignored lines" instead of the diff; the JSON keeps it, marked', () => {
  const diff = ignoreLines(diffOf(deployment('aaa111', 2), deployment('bbb222', 2)), CHECKSUM);
  const comment = diffMarkdown(diff, { commentId: 'x' });
  expect(comment).toContain('changed only in ignored lines');
  expect(comment).not.toContain('bbb222');
  const text = diffText(diff, false);
  expect(text).toContain('changed only in ignored lines');
  expect(text).not.toContain('bbb222');
  expect(diffJson(diff)).toMatchObject({
    apps: [
      {
        changes: [{ ignoredLines: true, diff: expect.stringContaining('+        checksum/config: bbb222') }],
      },
    ],
  });
});

test('the policy never approves a change in ignored lines', () => {
  const parsed = parsePolicy(
    '.slipway.yml',
    'environments:\n  shop:\n    paths: ["**"]\n    auto-merge: any\n',
  );
  if (!parsed.policy) throw new Error(JSON.stringify(parsed.errors));
  const verdict = eligibility({
    policy: parsed.policy,
    policyErrors: [],
    fork: false,
    changedFiles: ['web/d.yaml'],
    uncovered: [],
    diff: ignoreLines(diffOf(deployment('aaa111', 2), deployment('bbb222', 2)), CHECKSUM),
  });
  expect(verdict.eligible).toBe(false);
  expect(verdict.reasons).toContain(
    'Deployment/shop/web of app web changes only in ignored lines (ignore-lines), which are never approved',
  );
});

test('a pattern that is not RE2 is refused, with why', () => {
  expect(linePatternError('checksum/.*')).toBeUndefined();
  expect(linePatternError('(?=x)')).toMatch(/^"\(\?=x\)" is not a regular expression \(RE2\): /);
  expect(linePatternError('a'.repeat(1001))).toContain('longer than 1000 characters');
});
