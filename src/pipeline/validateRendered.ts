// The validation stage, one for the pull-request check and the push validation: what each app rendered is
// checked by the object rules, the built-in and CRD schemas (CRDs from the whole tree: a custom resource is
// checked against a CRD another app deploys), and across apps (two apps claiming one object).
//
// Outputs are added one at a time, as renders finish, and only what the later checks need is kept of
// each: its findings so far, its custom resources (checked once every CRD is known) and its CRDs — never
// all of its objects. The check across apps takes each output in the outputs' order, as soon as those
// before it were taken: what it keeps is each object's identity and the app that claimed it first.
import type { FileTree } from '../core/fileTree.js';
import { readText } from '../core/fileTree.js';
import type { Finding, Severity } from '../core/finding.js';
import type { RenderedObject } from '../core/render/objects.js';
import { detached } from '../core/detachedText.js';
import type { BuiltinSchemas } from '../core/validate/builtinSchemas.js';
import type { CrdIndex } from '../core/validate/crdIndex.js';
import { loadCrdIndex } from '../core/validate/crdLoader.js';
import { checkObjects, clusterOf, ObjectOwners } from '../core/validate/rules.js';
import { checkSchemas, FieldLocator, needsCrd } from '../core/validate/schemas.js';
import type { UnitOutput } from './renderUnit.js';
import { objectOf } from '../core/fields.js';

export interface ValidationOptions {
  strict: boolean;
  requireSchemas: boolean;
  /** Custom resources without a CRD in the repository are checked against the opt-in CRD catalog. */
  crdCatalog?: boolean;
  kubernetesVersion: string;
  /** Severity of untagged and `latest` images. */
  imageTagSeverity: Severity | 'off';
  /** The server each known cluster name stands for (clusters.ts): destinations by name resolve to it. */
  clusterServers?: ReadonlyMap<string, string>;
}

/** What is kept of one app's output until every app was added. */
interface Kept {
  unit: UnitOutput['unit'];
  order: number;
  /** Render findings and object rules, in the order they are reported. */
  first: Finding[];
  /** Schema findings of each object checked so far (by the object's index), and the custom resources not yet checked. */
  schema: Map<number, Finding[]>;
  customResources: Array<{ index: number; object: RenderedObject }>;
  /**
   * Each object's identity (apiVersion, kind, namespace, name) and place, while an output before it in
   * the order is not yet checked (the check across apps takes the outputs in order).
   */
  identities?: RenderedObject[];
  /** Findings of the check across apps: objects an app before it in the order deploys too. */
  across: Finding[];
  crds: RenderedObject[];
}

const identity = ({ obj, file, line }: RenderedObject): RenderedObject => {
  const metadata = objectOf(obj.metadata);
  return {
    obj: {
      apiVersion: detached(obj.apiVersion),
      kind: detached(obj.kind),
      metadata: { name: detached(metadata.name), namespace: detached(metadata.namespace) },
    },
    file,
    line,
  };
};

export class RenderedValidation {
  private readonly kept: Kept[] = [];
  /** Outputs waiting for their kinds' validators to load; `finish` waits for them. */
  private readonly waiting: Array<Promise<void>> = [];
  /** The checks still waiting for validators. */
  private readonly unsettled = new Set<Promise<void>>();
  /** The check across apps, and the outputs checked before one earlier in the order (by order). */
  private readonly owners = new ObjectOwners();
  private readonly unclaimed = new Map<number, Kept>();
  private nextClaim = 0;
  private readonly locator: FieldLocator;
  private readonly rules: { kubernetesVersion: string; latestTag: Severity | 'off' };
  private readonly schemaOptions: { strict: boolean; requireSchemas: boolean };
  private readonly builtinOnly: { builtin: BuiltinSchemas };

  constructor(
    private readonly tree: FileTree,
    private readonly options: ValidationOptions,
    private readonly builtin: BuiltinSchemas,
  ) {
    this.locator = new FieldLocator((file) => readText(tree, file));
    this.rules = { kubernetesVersion: options.kubernetesVersion, latestTag: options.imageTagSeverity };
    this.schemaOptions = { strict: options.strict, requireSchemas: options.requireSchemas };
    this.builtinOnly = { builtin };
  }

  /**
   * An app's output; `order` is its place among the outputs (which app claims an object first). Checked at
   * once when the validators of its kinds are loaded, else once they are (before `finish` reads it).
   */
  add(output: UnitOutput, order: number): void {
    const loading = this.builtin.load(output.objects);
    if (!loading) return this.check(output, order);
    const checked = loading.then(() => this.check(output, order));
    checked.catch(() => undefined); // `finish` waits for it, and fails with it
    this.waiting.push(checked);
    this.unsettled.add(checked);
    const settled = () => void this.unsettled.delete(checked);
    checked.then(settled, settled);
  }

  /**
   * Undefined when no output waits for its validators; else resolves once none does. A render waits for
   * it (renderAll's beforeRender): renders of plain folders take no time, and without it every output of
   * a large repository would wait, whole, for the first validators. Even a few thousand objects kept
   * through a load make V8 allocate every later parsed object straight in its old generation
   * (allocation-site pretenuring), where it stays until a full collection: ~50 MB more at 200,000 objects.
   */
  ready(): Promise<void> | undefined {
    if (this.unsettled.size === 0) return undefined;
    return Promise.allSettled(this.unsettled).then(() => undefined);
  }

  private check(output: UnitOutput, order: number): void {
    const id = output.unit.id;
    const keys: Array<string | undefined> = [];
    const kept: Kept = {
      unit: output.unit,
      order,
      first: [...output.findings, ...checkObjects(output.objects, id, this.rules, undefined, keys)],
      schema: new Map(),
      customResources: [],
      across: [],
      crds: output.objects.filter((o) => o.obj.kind === 'CustomResourceDefinition'),
    };
    output.objects.forEach((object, index) => {
      if (needsCrd(object.obj, this.builtin)) kept.customResources.push({ index, object });
      else this.schemaFindings(kept, index, object);
    });
    this.kept.push(kept);
    if (order !== this.nextClaim) {
      kept.identities = output.objects.map(identity);
      this.unclaimed.set(order, kept);
      return;
    }
    this.claim(kept, output.objects, keys);
    for (let next = this.unclaimed.get(this.nextClaim); next; next = this.unclaimed.get(this.nextClaim)) {
      this.unclaimed.delete(this.nextClaim);
      this.claim(next, next.identities ?? []);
    }
  }

  /** The check across apps of one output, the outputs before it in the order taken. */
  private claim(
    kept: Kept,
    objects: readonly RenderedObject[],
    keys?: ReadonlyArray<string | undefined>,
  ): void {
    const cluster = clusterOf(kept.unit.app?.destination, this.options.clusterServers);
    kept.across = this.owners.claim(kept.unit.id, objects, cluster, keys);
    delete kept.identities;
    this.nextClaim = Math.max(this.nextClaim, kept.order + 1);
  }

  private schemaFindings(kept: Kept, index: number, object: RenderedObject, crds?: CrdIndex): void {
    // objects of built-in kinds never consult CRDs: the CRDs are indexed once every app was added
    const schemas = crds ? { builtin: this.builtin, crds } : this.builtinOnly;
    const found = checkSchemas([object], kept.unit.id, schemas, this.locator.forObject, this.schemaOptions);
    if (found.length > 0) kept.schema.set(index, found);
  }

  /**
   * Every finding of each app (its render findings first), by unit id. The CRD machinery is loaded only
   * when an app deploys a custom resource.
   */
  async finish(): Promise<Map<string, Finding[]>> {
    await Promise.all(this.waiting);
    const kept = [...this.kept].sort((a, b) => a.order - b.order);
    let crds: CrdIndex | undefined;
    if (kept.some((k) => k.customResources.length > 0)) {
      const { CrdIndex, crdsInTree } = await loadCrdIndex();
      // the apps' CRDs first (in the outputs' order), then the tree's: the first definition of a kind wins
      crds = new CrdIndex(
        () => [...kept.flatMap((k) => k.crds), ...crdsInTree(this.tree)],
        this.options.strict,
      );
      for (const k of kept)
        for (const { index, object } of k.customResources) this.schemaFindings(k, index, object, crds);
    }
    const byUnit = new Map(
      kept.map((k) => [
        k.unit.id,
        [...k.first, ...[...k.schema].sort(([a], [b]) => a - b).flatMap(([, found]) => found)],
      ]),
    );
    // outputs whose turn never came (an order left out) are taken in order
    for (const k of [...this.unclaimed.values()].sort((a, b) => a.order - b.order))
      this.claim(k, k.identities ?? []);
    this.unclaimed.clear();
    for (const k of kept) for (const finding of k.across) byUnit.get(finding.unit ?? '')?.push(finding);
    // once every app was checked, so each CRD compiled (and said what it cannot check) before this
    if (crds)
      for (const k of kept)
        byUnit.get(k.unit.id)?.push(
          ...crds.notCheckedFindings(
            k.customResources.map((c) => c.object),
            k.unit.id,
          ),
        );
    return byUnit;
  }
}

/**
 * Starts loading what checking these objects needs — their kinds' validators, and the CRD machinery when
 * one is a custom resource — as soon as they are rendered (or, from their input files, guessed:
 * declaredKinds.ts), while other renders still run, so that the check does not wait for it after them.
 * `add` and `finish` wait for what they use; a failure shows there.
 */
export function prefetchValidation(
  objects: ReadonlyArray<{ obj: Record<string, unknown> }>,
  builtin: BuiltinSchemas,
): void {
  builtin.load(objects)?.catch(() => undefined);
  if (objects.some((o) => needsCrd(o.obj, builtin))) loadCrdIndex().catch(() => undefined);
}
