// Argo CD Application overrides under `helm:`: `parameters` (name/value items grouped by prefix) and a
// `values` literal block, which is YAML inside a string, scanned and mapped back to the file's offsets.
// (Its `kustomize.images` entries are kustomizeImages.ts's.)
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import { canonicalName } from '../../image/imageRef.js';
import type { TextEdit } from '../../yaml/scalar.js';
import type { ImageSite, ImageTarget, ScanContext } from './site.js';
import { getPair, replaceScalar, resolve, scalarSlot, scalarText } from './slots.js';

type ParameterGroup = Partial<Record<'repository' | 'registry' | 'tag' | 'digest', Scalar>>;

function helmParameters(ctx: ScanContext, seq: unknown): void {
  if (!isSeq(seq)) return;
  const groups = new Map<string, ParameterGroup>();
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const key = scalarSlot(getPair(item, 'name')?.value, ctx.doc, ctx.src)?.text;
    const value = resolve(getPair(item, 'value')?.value, ctx.doc);
    const match = key ? /^(.*)\.(repository|registry|tag|digest)$/.exec(key) : null;
    if (!match || !isScalar(value)) continue;
    const group = groups.get(match[1] as string) ?? {};
    group[match[2] as 'tag'] = value;
    groups.set(match[1] as string, group);
  }
  for (const group of groups.values()) {
    if (!group.repository || !group.tag) continue;
    const repository = scalarText(group.repository, ctx.src);
    const registry = group.registry ? scalarText(group.registry, ctx.src) : undefined;
    if (!repository) continue;
    // Parameters are separate list items, so a missing digest parameter cannot be added in place.
    const site = parameterSite(ctx, registry ? `${registry}/${repository}` : repository, group);
    if (site) ctx.sites.push(site);
  }
}

function parameterSite(ctx: ScanContext, name: string, group: ParameterGroup): ImageSite | undefined {
  const tagSlot = scalarSlot(group.tag, ctx.doc, ctx.src);
  const digestSlot = group.digest ? scalarSlot(group.digest, ctx.doc, ctx.src) : undefined;
  let canonical: string;
  try {
    canonical = canonicalName(name);
  } catch {
    return undefined;
  }
  if (!tagSlot) return undefined;
  return {
    kind: 'argocd-helm-parameters',
    offset: (tagSlot.node.range as [number, number, number])[0],
    canonical,
    name,
    ...(tagSlot.text !== '' && { tag: tagSlot.text }),
    ...(digestSlot && digestSlot.text !== '' && { digest: digestSlot.text }),
    write: (version) => {
      const edits: TextEdit[] = [];
      if (version.tag !== undefined && version.tag !== tagSlot.text)
        edits.push(replaceScalar(tagSlot, version.tag));
      if (digestSlot && (version.digest ?? '') !== digestSlot.text)
        edits.push(replaceScalar(digestSlot, version.digest ?? ''));
      else if (version.digest !== undefined) return `no ${name}.digest parameter to hold the digest; add one`;
      return edits;
    },
  };
}

/** Argo CD `helm.values` is YAML inside a literal block: scan it and map offsets back to the file. */
function valuesBlock(ctx: ScanContext, node: unknown): void {
  const block = resolve(node, ctx.doc);
  if (!isScalar(block) || block.type !== 'BLOCK_LITERAL' || typeof block.value !== 'string' || !block.range)
    return;
  const source = ctx.src.slice(block.range[0], block.range[1]);
  const headerEnd = source.indexOf('\n');
  if (headerEnd === -1) return;
  const sourceLines = source.slice(headerEnd + 1).split('\n');
  const indent = /^ */.exec(sourceLines.find((l) => l.trim() !== '') ?? '')?.[0].length ?? 0;
  // value line start → file offset of the same character
  const starts: Array<[number, number]> = [];
  let fileOffset = block.range[0] + headerEnd + 1;
  let valueOffset = 0;
  for (const line of sourceLines) {
    starts.push([valueOffset, fileOffset + Math.min(indent, line.length)]);
    valueOffset += Math.max(0, line.replace(/\r$/, '').length - indent) + 1;
    fileOffset += line.length + 1;
  }
  const inner = ctx.scanText(block.value);
  const toFile = (offset: number): number => {
    // the last line starting at or before the offset (binary search: starts ascend)
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as [number, number])[0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const best = starts[lo] as [number, number];
    return best[1] + (offset - best[0]);
  };
  for (const site of inner.sites) {
    ctx.sites.push({
      ...site,
      offset: toFile(site.offset),
      write: (version) => {
        const edits = site.write(version);
        if (typeof edits === 'string') return edits;
        if (edits.some((e) => e.text.includes('\n')))
          return 'cannot add a field inside a helm.values block; add it by hand';
        return edits.map((e) => ({ start: toFile(e.start), end: toFile(e.end), text: e.text }));
      },
    });
  }
}

export const argoOverrides: ImageTarget = {
  atKey(ctx, key, value, parentKey) {
    if (parentKey !== 'helm') return;
    if (key === 'parameters') helmParameters(ctx, value);
    else if (key === 'values') valuesBlock(ctx, value);
  },
};
