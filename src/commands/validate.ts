// validate: find what each app deploys, render it, and check it. Files are checked document by document,
// one document in memory at a time; a folder is discovered (Argo CD Applications, else kustomizations and
// manifest folders) and rendered. CRDs come from the whole repository, or from every file given.
import { readFileSync, statSync } from 'node:fs';
import { discoverUnits } from '../core/argoApps.js';
import type { Finding, Severity } from '../core/finding.js';
import { MAX_FILE_BYTES, readText } from '../core/fileTree.js';
import { tooLargeMessage } from '../core/fileTree.js';
import { manifestDocuments, type RenderedObject } from '../core/render/objects.js';
import { sortFindings } from '../core/report/findings.js';
import { loadBuiltinSchemas } from '../core/validate/builtinSchemas.js';
import { CrdIndex, crdsInTree } from '../core/validate/crdIndex.js';
import { acrossUnits, checkAcrossUnits, checkObjects, type RuleOptions } from '../core/validate/rules.js';
import { checkSchemas, FieldLocator } from '../core/validate/schemas.js';
import { originUrl } from '../edges/git.js';
import { diskTree } from '../edges/trees.js';
import type { RenderProgress } from '../log.js';
import { renderAll } from './renderUnits.js';

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
  /** Files larger than this (bytes) are a finding, not read (default 10 MiB). */
  maxFileBytes?: number;
  progress?: RenderProgress;
}

export interface ValidateResult {
  findings: Finding[];
  units: number;
  objects: number;
}

const originUrls = (dir: string): string[] => [originUrl(dir)].filter((u): u is string => u !== undefined);

const prefixed = (folder: string, f: Finding): Finding =>
  folder === '.' || !f.file ? f : { ...f, file: `${folder.replace(/\/+$/, '')}/${f.file}` };

const ruleOptions = (settings: Omit<ValidateSettings, 'targets'>): RuleOptions => ({
  kubernetesVersion: settings.kubernetesVersion,
  latestTag: settings.imageTagSeverity ?? 'warning',
});

/** A repository folder: discovery, rendering and every rule; finding paths are relative to the folder. */
export async function validateFolder(
  dir: string,
  settings: Omit<ValidateSettings, 'targets'>,
): Promise<ValidateResult> {
  const rules = ruleOptions(settings);
  const schemaOptions = { strict: settings.strict, requireSchemas: settings.requireSchemas };
  const tree = diskTree(dir, settings.maxFileBytes);
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
  const crds = new CrdIndex(
    () => [...outputs.flatMap((o) => o.objects), ...crdsInTree(tree)],
    settings.strict,
  );
  const schemas = { builtin: await loadBuiltinSchemas(), crds };
  const locator = new FieldLocator((file) => readText(tree, file));
  for (const output of outputs) {
    local.push(
      ...output.findings,
      ...checkObjects(output.objects, output.unit.id, rules),
      ...checkSchemas(output.objects, output.unit.id, schemas, locator.forObject, schemaOptions),
    );
  }
  local.push(...checkAcrossUnits(acrossUnits(outputs)));
  local.push(...crds.notCheckedFindings());
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

/** The CRDs among the files given (`slipway validate crd.yaml cr.yaml`): only their documents are kept. */
function crdsInFiles(files: string[], limit: number): RenderedObject[] {
  const out: RenderedObject[] = [];
  for (const file of files) {
    if (statSync(file).size > limit) continue;
    const text = readFileSync(file, 'utf8');
    if (!text.includes('CustomResourceDefinition')) continue;
    for (const doc of manifestDocuments(text, file))
      out.push(...doc.objects.filter((o) => o.obj.kind === 'CustomResourceDefinition'));
  }
  return out;
}

/**
 * Files, document by document: memory holds one file's text, one document and the findings, so a file of
 * 100,000 objects is checked in bounded memory. Duplicates are found across all the files given.
 */
async function validateFiles(files: string[], settings: ValidateSettings): Promise<ValidateResult> {
  const limit = settings.maxFileBytes ?? MAX_FILE_BYTES;
  const rules = ruleOptions(settings);
  const schemaOptions = { strict: settings.strict, requireSchemas: settings.requireSchemas };
  const crds = new CrdIndex(() => crdsInFiles(files, limit), settings.strict);
  const schemas = { builtin: await loadBuiltinSchemas(), crds };
  const seen = new Map<string, { file: string; line: number }>();
  const findings: Finding[] = [];
  let objects = 0;
  for (const file of files) {
    const size = statSync(file).size;
    if (size > limit) {
      findings.push({
        severity: 'error',
        rule: 'file-too-large',
        file,
        line: 1,
        message: tooLargeMessage(file, { size, limit }),
      });
      continue;
    }
    const text = readFileSync(file, 'utf8');
    for (const doc of manifestDocuments(text, file, undefined, { strict: settings.strict })) {
      const locate = (o: RenderedObject, path: Array<string | number>) =>
        doc.locate(o.within ? [...o.within.path, ...path] : path);
      findings.push(
        ...doc.findings,
        ...checkObjects(doc.objects, undefined, rules, seen),
        ...checkSchemas(doc.objects, undefined, schemas, locate, schemaOptions),
      );
      objects += doc.objects.length;
    }
  }
  findings.push(...crds.notCheckedFindings());
  return { findings, units: files.length, objects };
}

export async function validate(settings: ValidateSettings): Promise<ValidateResult> {
  const targets = settings.targets.length > 0 ? settings.targets : ['.'];
  const files: string[] = [];
  const findings: Finding[] = [];
  let units = 0;
  let objects = 0;
  for (const target of targets) {
    const info = statSync(target, { throwIfNoEntry: false });
    if (!info) throw new Error(`${target}: no such file or folder`);
    if (info.isFile()) {
      files.push(target);
      continue;
    }
    const folder = await validateFolder(target, settings);
    findings.push(...folder.findings.map((f) => prefixed(target, f)));
    units += folder.units;
    objects += folder.objects;
  }
  if (files.length > 0) {
    const checked = await validateFiles(files, settings);
    findings.push(...checked.findings);
    units += checked.units;
    objects += checked.objects;
  }
  return { findings: sortFindings(findings), units, objects };
}
