// Renderers' error messages keep the file, line and kind of error, never what they quote.
import { safeToolMessage } from '../../../src/core/render/toolMessage.js';

test.each([
  [
    'kubectl kustomize quoting a patch over several lines',
    'E1126 19:04:15.762780   26109 run.go:72] "command failed" err=<\n\ttrouble configuring builtin PatchTransformer with config: `\n\tpath: p.yaml\n\tpatch: "stringData: {password: hunter2}"\n\t`: security; file is not in or below the root\n >',
    'trouble configuring builtin PatchTransformer with config: `…`: security; file is not in or below the root',
  ],
  [
    'helm fail',
    'Error: execution error at (demo/templates/s.yaml:6:15): bad password hunter2\n\nUse --debug flag to render out invalid YAML',
    'Error: execution error at (demo/templates/s.yaml:6:15): (the chart’s message is not shown: it can quote values)',
  ],
  [
    'a Go decoder quoting a scalar',
    'Error: YAML parse error on demo/templates/d.yaml: error unmarshaling JSON: json: cannot unmarshal string into Go struct field: `hunter2`',
    'Error: YAML parse error on demo/templates/d.yaml: error unmarshaling JSON: json: cannot unmarshal string into Go struct field: `…`',
  ],
  [
    'an object dump',
    'Error: missing metadata.name in object map[apiVersion:v1 data:map[password:aHVudGVyMg==] kind:Secret]',
    'Error: missing metadata.name in object … (object not shown)',
  ],
])('%s', (_name, stderr, expected) => {
  const message = safeToolMessage(stderr);
  expect(message).toBe(expected);
  expect(message).not.toMatch(/hunter2|aHVudGVyMg/);
});

test('an inline patch kustomize quotes is not shown, and render-folder paths are repository paths', () => {
  const root = '/dev/shm/slipway-render-AbC123';
  const stderr = `E1207 06:41:27.785897   11310 run.go:72] "command failed" err=<
\taccumulating resources: accumulation err='accumulating resources from '../repo/k/db': '${root}/repo/k/db' must resolve to a file': recursed accumulation of path '${root}/repo/k/db': trouble configuring builtin PatchTransformer with config: \`
\tpatch: |-
\t  stringData:
\t    DB_PASSWORD: hunter2
\t\`: unable to parse SM or JSON patch from [patch: "stringData:\\n  DB_PASSWORD: hunter2\\n bad: x"]
 >`;
  const message = safeToolMessage(stderr, root);
  expect(message).toBe(
    "accumulating resources: accumulation err='accumulating resources from 'k/db': 'k/db' must resolve to a file': recursed accumulation of path 'k/db': trouble configuring builtin PatchTransformer with config: `…`: unable to parse SM or JSON patch from [patch: \"…\"]",
  );
});

test.each([
  [
    "klog's one-line form, quoting a JSON patch",
    'E1207 06:41:27.785897   11310 run.go:72] "command failed" err="unable to parse SM or JSON patch from [patch: \\"[{\\\\\\"op\\\\\\": \\\\\\"add\\\\\\", \\\\\\"value\\\\\\": \\\\\\"hunter2\\\\\\"}]\\"]"',
    'unable to parse SM or JSON patch from [patch: "…"]',
  ],
  ['a structured string in quotes', 'Error: bad document "password: hunter2"', 'Error: bad document "…"'],
  [
    'a helm values file and the inline values in another render folder',
    'Error: failed to parse /tmp/x.y_z-1/slipway-render-Zz9Zz9/repo/charts/demo/values.yaml: yaml: line 2: did not find expected key; and /tmp/slipway-render-Qq1Qq1/inline-values.yaml',
    'Error: failed to parse charts/demo/values.yaml: yaml: line 2: did not find expected key; and (the Application’s helm values)',
  ],
])('%s', (_name, stderr, expected) => {
  const message = safeToolMessage(stderr);
  expect(message).toBe(expected);
  expect(message).not.toMatch(/hunter2|slipway-render/);
});

test('a render folder under a temporary folder with spaces is named by the root it is given', () => {
  const root = '/tmp/my runner/slipway-render-AbC123';
  expect(safeToolMessage(`Error: open ${root}/repo/charts/a/values.yaml: no such file`, root)).toBe(
    'Error: open charts/a/values.yaml: no such file',
  );
});
