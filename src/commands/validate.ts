// validate: find what each app deploys, render it, and check it. A file is checked document by document;
// a folder is discovered (Argo CD Applications, else kustomizations and manifest folders) and rendered.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { discoverUnits } from '../core/argoApps.js';
import type { Finding } from '../core/finding.js';
import { parseObjects } from '../core/render/objects.js';
import { sortFindings } from '../core/report/findings.js';
import { checkAcrossUnits, checkObjects, type RuleOptions } from '../core/validate/rules.js';
import { diskTree } from '../edges/trees.js';
import { renderAll } from './renderUnits.js';

export interface ValidateSettings {
  targets: string[];
  strict: boolean;
  kubernetesVersion: string;
  repoUrls: string[];
}

export interface ValidateResult {
  findings: Finding[];
  units: number;
  objects: number;
}

/** The folder's `origin` remote, so Applications pointing at this repository are recognised. */
function originUrl(dir: string): string[] {
  try {
    return [
      execFileSync('git', ['remote', 'get-url', 'origin'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim(),
    ].filter(Boolean);
  } catch {
    return [];
  }
}

const prefixed = (folder: string, f: Finding): Finding =>
  folder === '.' || !f.file ? f : { ...f, file: `${folder.replace(/\/+$/, '')}/${f.file}` };

export async function validate(settings: ValidateSettings): Promise<ValidateResult> {
  const rules: RuleOptions = { kubernetesVersion: settings.kubernetesVersion, latestTag: 'warning' };
  const findings: Finding[] = [];
  let units = 0;
  let objects = 0;
  for (const target of settings.targets.length > 0 ? settings.targets : ['.']) {
    const info = statSync(target, { throwIfNoEntry: false });
    if (!info) throw new Error(`${target}: no such file or folder`);
    if (info.isFile()) {
      const parsed = parseObjects(readFileSync(target, 'utf8'), target, undefined, {
        strict: settings.strict,
      });
      findings.push(...parsed.findings, ...checkObjects(parsed.objects, undefined, rules));
      units++;
      objects += parsed.objects.length;
      continue;
    }
    const tree = diskTree(target);
    const discovery = discoverUnits(tree, [...settings.repoUrls, ...originUrl(target)]);
    const { outputs, notPreviewed } = await renderAll(tree, discovery.units, {
      strict: settings.strict,
      kubernetesVersion: settings.kubernetesVersion,
      repoUrls: [...settings.repoUrls, ...originUrl(target)],
    });
    const local: Finding[] = [];
    for (const output of outputs)
      local.push(...output.findings, ...checkObjects(output.objects, output.unit.id, rules));
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
    findings.push(...local.map((f) => prefixed(target, f)));
    units += outputs.length;
    objects += outputs.reduce((n, o) => n + o.objects.length, 0);
  }
  return { findings: sortFindings(findings), units, objects };
}
