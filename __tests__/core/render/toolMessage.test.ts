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
