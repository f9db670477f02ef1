// validate: find what each app deploys, render it, and check it. A file is checked document by document;
// a folder is discovered (Argo CD Applications, else kustomizations and manifest folders) and rendered.
import { readFileSync, statSync } from 'node:fs';
import { discoverUnits } from '../core/argoApps.js';
import type { Finding, Severity } from '../core/finding.js';
import { MAX_FILE_BYTES, readText, tooLargeMessage, type FileTree } from '../core/fileTree.js';
import { isManifestPath } from '../core/manifestFiles.js';
import { parseObjects, type RenderedObject } from '../core/render/objects.js';
import { checkSchemas, crdValidators, FieldLocator } from '../core/validate/schemas.js';
import { sortFindings } from '../core/report/findings.js';
import { checkAcrossUnits, checkObjects, type RuleOptions } from '../core/validate/rules.js';
import { originUrl } from '../edges/git.js';
import { diskTree } from '../edges/trees.js';
import { renderAll } from './renderUnits.js';
import type { RenderProgress } from '../log.js';

export interface ValidateSettings {
  targets: string[];
  strict: boolean;
  requireSchemas: boolean;
  kubernetesVersion: string;
  repoUrls: string[];
  kustomizeBuildOptions?: string[];
  /** Without Applications: only the folders under these globs are units. */
  paths?: string[];
  /** Severity of untagged and `latest` images (default warning). */
  imageTagSeverity?: Severity | 'off';
  progress?: RenderProgress;
}

export interface ValidateResult {
  findings: Finding[];
  units: number;
  objects: number;
}

const originUrls = (dir: string): string[] => [originUrl(dir)].filter((u): u is string => u !== undefined);

/** CRDs anywhere in the repository, deployed by an app or not: they define what custom resources may hold. */
function crdsInTree(tree: FileTree): RenderedObject[] {
  const out: RenderedObject[] = [];
  for (const [path, entry] of tree) {
    if (!isManifestPath(path) || !entry.text?.includes('CustomResourceDefinition')) continue;
    out.push(
      ...parseObjects(entry.text, path).objects.filter((o) => o.obj.kind === 'CustomResourceDefinition'),
    );
  }
  return out;
}

const prefixed = (folder: string, f: Finding): Finding =>
  folder === '.' || !f.file ? f : { ...f, file: `${folder.replace(/\/+$/, '')}/${f.file}` };

/** A repository folder: discovery, rendering and every rule; finding paths are relative to the folder. */
export async function validateFolder(
  dir: string,
  settings: Omit<ValidateSettings, 'targets'>,
): Promise<ValidateResult> {
  const rules: RuleOptions = {
    kubernetesVersion: settings.kubernetesVersion,
    latestTag: settings.imageTagSeverity ?? 'warning',
  };
  const schemaOptions = { strict: settings.strict, requireSchemas: settings.requireSchemas };
  const tree = diskTree(dir);
  const repoUrls = [...settings.repoUrls, ...originUrls(dir)];
  const discovery = discoverUnits(tree, repoUrls, settings.paths ?? []);
  const { outputs, notPreviewed } = await renderAll(tree, discovery.units, {
    strict: settings.strict,
    kubernetesVersion: settings.kubernetesVersion,
    repoUrls,
    kustomizeBuildOptions: settings.kustomizeBuildOptions ?? [],
    ...(settings.progress && { progress: settings.progress }),
  });
  const local: Finding[] = [];
  const crds = crdValidators([...outputs.flatMap((o) => o.objects), ...crdsInTree(tree)], settings.strict);
  const locator = new FieldLocator((file) => readText(tree, file));
  for (const output of outputs) {
    local.push(
      ...output.findings,
      ...checkObjects(output.objects, output.unit.id, rules),
      ...checkSchemas(output.objects, output.unit.id, crds, locator, schemaOptions),
    );
  }
  local.push(...checkAcrossUnits(outputs.map((o) => ({ unit: o.unit.id, objects: o.objects }))));
  for (const skipped of [...discovery.notPreviewed, ...notPreviewed]) {
    local.push({
      severity: 'notice',
      rule: 'not-previewed',
      unit: `app:${skipped.name}`,
      file: skipped.file,
      line: skipped.line,
      message: `${skipped.name}: ${skipped.reason}`,
    });
  }
  return {
    findings: sortFindings(local),
    units: outputs.length,
    objects: outputs.reduce((n, o) => n + o.objects.length, 0),
  };
}

export async function validate(settings: ValidateSettings): Promise<ValidateResult> {
  const rules: RuleOptions = {
    kubernetesVersion: settings.kubernetesVersion,
    latestTag: settings.imageTagSeverity ?? 'warning',
  };
  const schemaOptions = { strict: settings.strict, requireSchemas: settings.requireSchemas };
  const findings: Finding[] = [];
  let units = 0;
  let objects = 0;
  for (const target of settings.targets.length > 0 ? settings.targets : ['.']) {
    const info = statSync(target, { throwIfNoEntry: false });
    if (!info) throw new Error(`${target}: no such file or folder`);
    if (info.isFile()) {
      if (info.size > MAX_FILE_BYTES) {
        findings.push({
          severity: 'error',
          rule: 'file-too-large',
          file: target,
          line: 1,
          message: tooLargeMessage(target, info.size),
        });
        continue;
      }
      const text = readFileSync(target, 'utf8');
      const parsed = parseObjects(text, target, undefined, { strict: settings.strict });
      const crds = crdValidators(parsed.objects, settings.strict);
      const locator = new FieldLocator(() => text);
      findings.push(
        ...parsed.findings,
        ...checkObjects(parsed.objects, undefined, rules),
        ...checkSchemas(parsed.objects, undefined, crds, locator, schemaOptions),
      );
      units++;
      objects += parsed.objects.length;
      continue;
    }
    const folder = await validateFolder(target, settings);
    findings.push(...folder.findings.map((f) => prefixed(target, f)));
    units += folder.units;
    objects += folder.objects;
  }
  return { findings: sortFindings(findings), units, objects };
}
