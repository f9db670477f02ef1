// What `check` previews of Argo CD's model, as a table for the README ("What check previews"). Built from
// the lists the code itself uses, and a test holds the README to it, so the two cannot drift apart.
import { OTHER_GENERATORS, PREVIEWED_GENERATORS } from '../argo/applicationSets.js';
import { SHOWN_SYNC_OPTIONS, UNSHOWN_SYNC_OPTIONS } from '../diff/syncOrder.js';

type Row = [
  feature: string,
  status: 'previewed' | 'not previewed' | 'unaffected' | 'shown' | 'not shown',
  how: string,
];

const SOURCES: Row[] = [
  [
    'Directory (YAML/JSON, `recurse`, `include`/`exclude`)',
    'previewed',
    "read as Argo CD's findManifests reads a folder",
  ],
  ['Directory with Jsonnet', 'not previewed', 'listed per app with the reason'],
  [
    "Kustomize (and the Application's `kustomize` overrides)",
    'previewed',
    "`kustomize build` (kubectl's built-in kustomize)",
  ],
  [
    'Kustomize `helmCharts` (`--enable-helm`)',
    'previewed',
    'vendored charts; a chart that would be pulled is not previewed',
  ],
  [
    'Helm chart in the repository (value files, values, parameters, `$ref`)',
    'previewed',
    "`helm template` with Argo CD's flags",
  ],
  [
    'Helm chart from a chart repository',
    'previewed',
    'pulled once per chart version and run (cacheable), credentials per host; unreachable or refused → not previewed, naming the registry',
  ],
  [
    'Helm chart from an OCI registry (`oci://`, or a `repoURL` without a scheme)',
    'previewed',
    "pulled like a chart repository's, `helm registry login` with the host's credentials",
  ],
  [
    "A chart's dependencies from chart repositories or OCI registries",
    'previewed',
    'pulled at the versions Chart.lock holds; helm checks the lock',
  ],
  ['Config management plugin', 'not previewed', 'listed per app with the reason'],
  [
    'Source in another Git repository (a chart or folder there, `$<ref>` value files, app-of-apps children)',
    'previewed',
    'fetched read-only at its `targetRevision` when the PR affects the app; unreachable → not previewed with the reason (docs/other-repositories.md)',
  ],
  [
    'Applications in another repository whose sources are in this one (multi-repo)',
    'previewed',
    'with `applications-repository`: read at one revision for both sides, their sources here rendered from the PR; unreachable → one not-previewed error (docs/other-repositories.md)',
  ],
  [
    'Source in this repository at another revision than the base branch (a tag, a commit, another branch)',
    'unaffected',
    'listed, collapsed: merging does not change it (`track-revisions` previews a revision as the branch)',
  ],
  [
    '`.argocd-source.yaml`, `.argocd-source-<app>.yaml`',
    'previewed',
    'merged into the source as Argo CD merges them',
  ],
];

const GENERATOR_NOTES: Record<string, string> = {
  list: '`elements`, `elementsYaml`',
  git: "directories (Go's `path.Match`) or files (git pathspec), `exclude`, `values`, `pathParamPrefix`, on this repository at the base branch (another `revision`: unaffected)",
  matrix: "two generators; the second sees the first one's parameters, and the first one's win",
  merge: 'by `mergeKeys`, unique in every generator',
  clusters:
    'from the cluster Secrets in the folder the `clusters` input names, at the base revision, and the local `in-cluster`; `selector`, `values`, `flatList` (without the input: not previewed, listed per ApplicationSet)',
};

const SYNC_NOTES: Record<string, string> = {
  'Prune=false': 'the object is left running',
  'PruneLast=true': 'deleted last',
  'Delete=false': 'left running when the app is deleted',
  'Replace=true': 'kubectl create/replace',
  'ServerSideApply=true': 'server-side apply',
  'Validate=false': 'applied without schema validation',
  'CreateNamespace=true': 'the destination namespace shows as created',
};

function table(header: [string, string, string], rows: Row[]): string[] {
  return [`| ${header.join(' | ')} |`, '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

export function previewSupportTable(): string {
  const generators: Row[] = [
    ...PREVIEWED_GENERATORS.map((g): Row => [`\`${g}\``, 'previewed', GENERATOR_NOTES[g] ?? '']),
    ...OTHER_GENERATORS.map((g): Row => [
      `\`${g}\``,
      'not previewed',
      'reads the world outside the repository; listed per ApplicationSet',
    ]),
  ];
  const options: Row[] = [
    ...SHOWN_SYNC_OPTIONS.map((o): Row => [`\`${o}\``, 'shown', SYNC_NOTES[o] ?? '']),
    ...UNSHOWN_SYNC_OPTIONS.map((o): Row => [
      `\`${o}\``,
      'not shown',
      'changes how Argo CD syncs, not what it syncs',
    ]),
  ];
  return [
    ...table(['Source', 'Preview', 'How'], SOURCES),
    '',
    ...table(['ApplicationSet generator', 'Preview', 'How'], generators),
    '',
    ...table(['Sync option', 'In the preview', 'What it shows'], options),
  ].join('\n');
}
