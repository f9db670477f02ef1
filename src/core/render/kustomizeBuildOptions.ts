// Which `kustomize build` flags (Argo CD's kustomize.buildOptions) Slipway passes on: plugins, exec
// functions, another helm command, the network and the load restrictor stay as they are, since they would
// run code or read files a pull request chooses; `--enable-helm` is allowed (vendored charts only, each
// helmCharts field checked first). Settings refuse the others with a message; the renderer drops them.

export function isAllowedBuildOption(option: string): boolean {
  return option === '--enable-helm' || !/plugin|exec|helm|load-restrictor|network/i.test(option);
}
