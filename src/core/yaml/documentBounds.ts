// Limits on what one YAML document may expand to, checked on the parsed tree before it becomes data: an
// alias bomb or a pathologically deep document is a finding on its file, never an exhausted runner.
// The count follows aliases (memoised per anchored node), so checking costs one pass over the document.
import { isAlias, isMap, isPair, isSeq, type Document } from 'yaml';
import { countText } from '../countText.js';

/** Nodes a document may hold once its aliases are expanded; real manifests stay far below. */
export const MAX_EXPANDED_NODES = 1_000_000;
/** Nesting depth of a document; Kubernetes objects rarely pass 30. */
export const MAX_DEPTH = 256;

interface Extent {
  nodes: number;
  depth: number;
}

/** Why a document is too big to turn into data, or undefined when it is within the limits. */
export function documentBoundsProblem(doc: Document.Parsed | Document): string | undefined {
  const anchored = new Map<unknown, Extent>();
  const inProgress = new Set<unknown>();
  let problem: string | undefined;
  const extent = (node: unknown, level: number): Extent => {
    if (problem !== undefined) return { nodes: 0, depth: 0 };
    if (level > MAX_DEPTH) {
      problem = `nests deeper than ${MAX_DEPTH} levels`;
      return { nodes: 0, depth: 0 };
    }
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target === undefined) return { nodes: 1, depth: 1 };
      const known = anchored.get(target);
      if (known) return known;
      if (inProgress.has(target)) {
        problem = 'has an alias that refers to itself';
        return { nodes: 0, depth: 0 };
      }
      inProgress.add(target);
      const found = extent(target, level);
      inProgress.delete(target);
      anchored.set(target, found);
      return found;
    }
    const children: unknown[] =
      isMap(node) || isSeq(node) ? node.items : isPair(node) ? [node.key, node.value] : [];
    let nodes = 1;
    let depth = 0;
    for (const child of children) {
      const inner = extent(child, level + 1);
      nodes += inner.nodes;
      depth = Math.max(depth, inner.depth);
      if (nodes > MAX_EXPANDED_NODES) {
        problem ??= `expands its aliases to more than ${countText(MAX_EXPANDED_NODES)} nodes (an alias bomb?)`;
        break;
      }
    }
    return { nodes, depth: depth + 1 };
  };
  const total = extent(doc.contents, 0);
  if (problem === undefined && total.depth > MAX_DEPTH) problem = `nests deeper than ${MAX_DEPTH} levels`;
  if (problem === undefined && total.nodes > MAX_EXPANDED_NODES)
    problem = `expands its aliases to more than ${countText(MAX_EXPANDED_NODES)} nodes (an alias bomb?)`;
  return problem;
}
