// validate (CLI, and check on a push): folders are validated as repositories — discover, render and
// validate every app (pipeline/validateTree.ts) — and files one by one (pipeline/validateFiles.ts).
import type { Finding } from '../core/finding.js';
import { sortFindings } from '../core/report/findings.js';
import { InputError } from '../core/errors.js';
import type { ValidateSettings } from '../settings.js';
import { validateFiles } from '../pipeline/validateFiles.js';
import type { ValidateResult } from '../pipeline/validateTree.js';
import type { Edges } from '../ports.js';

export type { ValidateResult } from '../pipeline/validateTree.js';
export type { ValidateSettings } from '../settings.js';

const prefixed = (folder: string, f: Finding): Finding =>
  folder === '.' || !f.file ? f : { ...f, file: `${folder.replace(/\/+$/, '')}/${f.file}` };

/**
 * A repository folder: finding paths are relative to the folder; its origin counts as this repository.
 * What renders apps is loaded only here: `slipway validate FILE` never needs it.
 */
export async function validateFolder(
  dir: string,
  settings: Omit<ValidateSettings, 'targets'>,
  edges: Pick<Edges, 'renderer' | 'trees'> & Partial<Pick<Edges, 'renderCache'>>,
  /** Told what became of the render cache (`render-cache`), for the log. */
  note?: (message: string) => void,
): Promise<ValidateResult> {
  const origin = edges.trees.originUrl(dir);
  const repoUrls = [...settings.repoUrls, ...(origin ? [origin] : [])];
  const tree = edges.trees.folder(dir, settings.maxFileBytes);
  const { validateTree } = await import('../pipeline/validateTree.js');
  // render-cache: every render is kept, for the previews whose base these files are
  const writer = settings.renderCache
    ? edges.renderCache?.(dir, () => undefined)?.writing(edges.renderer)
    : undefined;
  const result = await validateTree(tree, { ...settings, repoUrls }, writer ?? edges.renderer);
  if (settings.renderCache) note?.(writer?.note() ?? `no render cache: ${dir} is not in a git repository`);
  return result;
}

export async function validate(
  settings: ValidateSettings,
  edges: Pick<Edges, 'renderer' | 'trees'> & Partial<Pick<Edges, 'renderCache'>>,
  note?: (message: string) => void,
): Promise<ValidateResult> {
  const targets = settings.targets.length > 0 ? settings.targets : ['.'];
  const files: string[] = [];
  const findings: Finding[] = [];
  let units = 0;
  let objects = 0;
  for (const target of targets) {
    const kind = edges.trees.kind(target);
    if (!kind) throw new InputError(`${target}: no such file or folder`);
    if (kind === 'file') {
      files.push(target);
      continue;
    }
    const folder = await validateFolder(target, settings, edges, note && ((m) => note(`${target}: ${m}`)));
    findings.push(...folder.findings.map((f) => prefixed(target, f)));
    units += folder.units;
    objects += folder.objects;
  }
  if (files.length > 0) {
    const checked = await validateFiles(files, settings, edges.trees);
    findings.push(...checked.findings);
    units += checked.units;
    objects += checked.objects;
  }
  return { findings: sortFindings(findings), units, objects };
}
