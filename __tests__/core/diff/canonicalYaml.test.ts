// The YAML a diff shows: keys sorted, nothing folded, and strings that a YAML 1.1 reader (kubectl's Go
// YAML, older tools) would take for a boolean, a number or a date are quoted, so a reviewer sees a string.
import { canonicalYaml } from '../../../src/core/diff/canonical.js';

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'api', labels: { 'app.kubernetes.io/name': 'api', tier: 'web' } },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'api' } },
    template: {
      metadata: { labels: { app: 'api' }, annotations: { 'checksum/config': 'abc123' } },
      spec: {
        containers: [
          {
            name: 'api',
            image: 'ghcr.io/acme/api:1.10',
            args: ['--port=8080', '--verbose'],
            env: [
              { name: 'LEVEL', value: '37' },
              { name: 'EMPTY', value: '' },
            ],
            resources: { limits: { cpu: '500m', memory: '128Mi' } },
          },
        ],
      },
    },
  },
};

test('a manifest prints with sorted keys, block style, and double quotes where a string needs them', () => {
  expect(canonicalYaml(deployment)).toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app.kubernetes.io/name: api
    tier: web
  name: api
spec:
  replicas: 3
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      annotations:
        checksum/config: abc123
      labels:
        app: api
    spec:
      containers:
        - args:
            - "--port=8080"
            - "--verbose"
          env:
            - name: LEVEL
              value: "37"
            - name: EMPTY
              value: ""
          image: ghcr.io/acme/api:1.10
          name: api
          resources:
            limits:
              cpu: 500m
              memory: 128Mi
`);
});

test.each([
  ['yes', '"yes"'],
  ['on', '"on"'],
  ['2024-01-01', '"2024-01-01"'],
  ['1.10', '"1.10"'],
  ['012', '"012"'],
  ['null', '"null"'],
  ['~', '"~"'],
  ['plain text', 'plain text'],
])('the string %s prints as %s', (value, printed) => {
  expect(canonicalYaml({ v: value })).toBe(`v: ${printed}\n`);
});

test('a long line is not folded and a multi-line string stays a block', () => {
  const long = 'x'.repeat(300);
  expect(canonicalYaml({ long, text: 'a\nb\n' })).toBe(`long: ${long}\ntext: |\n  a\n  b\n`);
});
