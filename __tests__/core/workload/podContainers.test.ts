// One walker for a pod template's containers: the diff summary, the image-tag rule and the policy's
// image-only test see containers, initContainers and ephemeralContainers alike, in any workload.
import { objectFacts as semanticSummary } from '../../../src/core/diff/objectFacts.js';
import { podContainers } from '../../../src/core/workload/podContainers.js';
import { checkObjects } from '../../../src/core/validate/rules.js';

const cronJob = (image: string) => ({
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name: 'report' },
  spec: {
    jobTemplate: {
      spec: {
        template: {
          spec: {
            initContainers: [{ name: 'init', image: 'busybox:1.36' }],
            containers: [{ name: 'main', image: 'report:1.0' }],
            ephemeralContainers: [{ name: 'debug', image }],
          },
        },
      },
    },
  },
});

test('every container list of a nested pod template, in document order', () => {
  expect(podContainers(cronJob('debug:1').spec).map((c) => c.name)).toEqual(['init', 'main', 'debug']);
});

test('an ephemeral container image change is summarised, and its :latest is reported', () => {
  expect(semanticSummary(cronJob('debug:1'), cronJob('debug:2'))).toContain('image debug: debug:1 → debug:2');
  const findings = checkObjects([{ obj: cronJob('debug:latest'), file: 'c.yaml', line: 1 }], undefined, {
    kubernetesVersion: '1.31',
    latestTag: 'warning',
  });
  expect(findings.map((f) => f.message)).toEqual([
    'container debug runs debug:latest, a moving tag: pin a version or a digest',
  ]);
});
