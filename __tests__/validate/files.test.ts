// Files: none skipped in silence (the size limit is a finding naming the file and the limit, and can be
// raised), documents streamed so memory stays bounded, duplicate keys under --strict reported without
// stopping the rest of the document.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runProcess } from '../support/runAction.js';
import { validateSettings, validate } from '../support/validation.js';

const settings = validateSettings;

const configMaps = (count: number, from = 0) =>
  Array.from(
    { length: count },
    (_, i) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${from + i}\ndata:\n  LEVEL: info\n  MODE: "${i}"\n`,
  ).join('---\n');

test('a file over the limit is an error naming the file and the limit, in file mode and folder mode; the limit can be raised', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-big-'));
  mkdirSync(join(dir, 'app'));
  const big = configMaps(2_000); // ~0.2 MiB
  writeFileSync(join(dir, 'app', 'big.yaml'), big);
  writeFileSync(join(dir, 'app', 'small.yaml'), configMaps(1, 99_999));
  const limit = { maxFileBytes: 100 * 1024 };
  const file = await validate(settings([join(dir, 'app', 'big.yaml')], limit));
  expect(file.findings).toEqual([
    expect.objectContaining({
      severity: 'error',
      rule: 'file-too-large',
      message: expect.stringMatching(
        /big\.yaml is 0\.2 MiB, over the 0\.1 MiB limit for one file \(max-file-size\); it was not read/,
      ),
    }),
  ]);
  const folder = await validate(settings([dir], limit));
  expect(folder.findings.map((f) => [f.rule, f.file])).toEqual([['file-too-large', `${dir}/app/big.yaml`]]);
  expect(folder.objects).toBe(1);
  const raised = await validate(settings([dir], { maxFileBytes: 1024 * 1024 }));
  expect(raised.findings).toEqual([]);
  expect(raised.objects).toBe(2_001);
});

test('20,000 objects in one file validate in a 48 MB heap (documents are streamed; reading them all at once needed ~290 MB)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-stream-'));
  writeFileSync(join(dir, 'all.yaml'), configMaps(20_000));
  const run = await runProcess(
    ['--max-old-space-size=48', join(ROOT, 'dist', 'cli.js'), 'validate', join(dir, 'all.yaml')],
    { env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } },
  );
  expect(run.stderr).toContain('1 unit(s), 20000 object(s): 0 error(s)');
  expect(run.code).toBe(0);
}, 60_000);

test('--strict: a duplicate key names the object and the key line, and the rest of the document is still validated', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-dup-'));
  writeFileSync(
    join(dir, 'deploy.yaml'),
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: web:1
          imagePullPolicy: Sometimes
          colour: red
          shape: round
`,
  );
  const strict = await validate(settings([join(dir, 'deploy.yaml')], { strict: true }));
  expect(strict.findings.map((f) => [f.rule, f.line, f.object, f.message])).toEqual([
    ['duplicate-key', 7, 'Deployment/web', expect.stringContaining('the key "replicas" is written twice')],
    ['schema', 15, 'Deployment/web', expect.stringContaining('imagePullPolicy must be one of')],
    ['unknown-field', 16, 'Deployment/web', 'spec.template.spec.containers.0 has unknown field "colour"'],
    ['unknown-field', 17, 'Deployment/web', 'spec.template.spec.containers.0 has unknown field "shape"'],
  ]);
  const loose = await validate(settings([join(dir, 'deploy.yaml')]));
  expect(loose.findings.map((f) => f.rule)).toEqual(['schema']);
});
