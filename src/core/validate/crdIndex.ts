// The CRDs a repository defines (apiextensions.k8s.io/v1 and v1beta1), indexed by group and kind, each
// version compiled on first use. A custom resource finds here either a validator, or the reason it cannot
// be validated: no CRD, a version the CRD does not have or does not serve, or a schema that cannot be used
// (named with the CRD's file and line; never "add its CRD" when the CRD is there).
import { Ajv } from 'ajv';
import { RE2JS } from 're2js';
import { mayInclude, type FileTree } from '../fileTree.js';
import type { Finding } from '../finding.js';
import { isManifestPath } from '../manifestFiles.js';
import { manifestDocuments } from '../render/documentReader.js';
import type { RenderedObject } from '../render/objects.js';
import { celValue, compileRule, startCelObject, type CompiledRule } from './celRules.js';
import { K8S_FORMATS } from './k8sFormats.js';
import type { SchemaError, SchemaValidator } from './k8sSchemas.generated.js';
import { structuralToJsonSchema, type ConvertContext } from './structuralSchema.js';
import { plainText } from '../plainText.js';
import { listOf, objectOf } from '../fields.js';

interface CrdVersion {
  name: string;
  served: boolean;
  schema: unknown;
  compiled?: { validator: SchemaValidator } | { problem: string };
}

export interface Crd {
  name: string;
  group: string;
  kind: string;
  file: string;
  line: number;
  versions: CrdVersion[];
  /** Rules of the compiled versions that are not evaluated, with why. */
  notChecked: Array<{ version: string; rule: string; reason: string }>;
}

export type CrdLookup =
  | { validator: SchemaValidator; crd: Crd }
  | { problem: string; crd: Crd; severity: 'error' | 'unusable' }
  | undefined;

/** Go's regular expressions (RE2: `\d`, `\-`, `(?i)`, `\z`, `[[:alpha:]]`…), as the API server runs them. */
const re2Engine = Object.assign(
  (pattern: string) => {
    const compiled = RE2JS.compile(pattern);
    // Ajv caches compiled patterns by their toString()
    return { test: (input: string) => compiled.matcher(input).find(), toString: () => `re2:${pattern}` };
  },
  { code: 're2js' },
);

const where = (crd: Crd) => `${crd.file}:${crd.line}`;

function readCrd({ obj, file, line }: RenderedObject): Crd | undefined {
  const spec = objectOf(obj.spec);
  const kind = objectOf(spec.names).kind;
  if (typeof kind !== 'string' || typeof spec.group !== 'string') return undefined;
  // v1beta1: one schema for every version (spec.validation), `spec.version` when there is no list
  const shared = objectOf(spec.validation).openAPIV3Schema;
  const listed = listOf(spec.versions).map(objectOf);
  const versions: CrdVersion[] =
    listed.length > 0
      ? listed.map((v) => ({
          name: String(v.name),
          served: v.served !== false,
          schema: objectOf(v.schema).openAPIV3Schema ?? shared,
        }))
      : typeof spec.version === 'string'
        ? [{ name: spec.version, served: true, schema: shared }]
        : [];
  return {
    name: plainText(objectOf(obj.metadata).name, `${kind}.${spec.group}`),
    group: spec.group,
    kind,
    file,
    line,
    versions,
    notChecked: [],
  };
}

export class CrdIndex {
  private readonly crds = new Map<string, Crd>();
  private readonly ajv: Ajv;
  /** Compiled x-kubernetes-validations lists; a converted schema names one by its index. */
  private readonly rules: CompiledRule[][] = [];

  /**
   * `objects` is read on the first lookup: a run whose apps deploy no custom resource never parses the
   * repository's CRDs.
   */
  constructor(
    private readonly objects: () => Iterable<RenderedObject>,
    private readonly strict: boolean,
  ) {
    this.ajv = new Ajv({
      strict: false,
      allErrors: true,
      logger: false,
      formats: K8S_FORMATS,
      code: { regExp: re2Engine },
    });
    const rules = this.rules;
    this.ajv.addKeyword({
      keyword: 'x-kubernetes-validations',
      errors: true,
      compile(index: number, parentSchema: unknown) {
        const list = rules[index] ?? [];
        // Ajv reads a keyword's errors from the function's `errors`
        const check: ((data: unknown) => boolean) & { errors?: Array<Omit<SchemaError, 'instancePath'>> } = (
          data,
        ) => {
          const errors: Array<Omit<SchemaError, 'instancePath'>> = [];
          const self = celValue(data, parentSchema);
          for (const rule of list) {
            if (!('check' in rule)) continue;
            const result = rule.check(self);
            if (result === true) continue;
            errors.push({
              keyword: 'x-kubernetes-validations',
              message:
                typeof result === 'object'
                  ? result.exceeded
                  : result === 'false'
                    ? rule.message
                    : `rule ${rule.rule} could not be evaluated: ${result}`,
              params: { rule: rule.rule, evaluated: result === 'false' || typeof result === 'object' },
            });
            // past the object's budget no other rule runs (each would only say so again)
            if (typeof result === 'object' && result.exceeded.includes('(limit perObject')) break;
          }
          // Ajv adds each error's instancePath
          check.errors = errors;
          return errors.length === 0;
        };
        return check;
      },
    });
  }

  private indexed = false;

  /** The CRDs by `group/kind`, read from `objects` once. */
  private get byKind(): Map<string, Crd> {
    if (!this.indexed) {
      this.indexed = true;
      for (const object of this.objects()) {
        if (object.obj.kind !== 'CustomResourceDefinition') continue;
        const crd = readCrd(object);
        const key = crd && `${crd.group}/${crd.kind}`;
        if (crd && key && !this.crds.has(key)) this.crds.set(key, crd);
      }
    }
    return this.crds;
  }

  private compile(crd: Crd, version: CrdVersion): NonNullable<CrdVersion['compiled']> {
    if (version.compiled) return version.compiled;
    if (!version.schema || typeof version.schema !== 'object') {
      version.compiled = {
        problem: `CRD ${crd.name} (${where(crd)}) has no openAPIV3Schema for ${version.name}`,
      };
      return version.compiled;
    }
    const ctx: ConvertContext = {
      strict: this.strict,
      registerRules: (list) => {
        const compiled = list.map(compileRule);
        for (const rule of compiled)
          if ('notChecked' in rule)
            crd.notChecked.push({ version: version.name, rule: rule.rule, reason: rule.notChecked });
        return this.rules.push(compiled) - 1;
      },
    };
    try {
      const schema = structuralToJsonSchema(version.schema, ctx);
      const compiled: SchemaValidator = this.ajv.compile(schema);
      // one CEL cost budget per object, as the API server gives each object its own
      const validator: SchemaValidator = (data: unknown) => {
        startCelObject();
        return compiled(data);
      };
      Object.defineProperty(validator, 'errors', { get: () => compiled.errors });
      version.compiled = { validator };
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      version.compiled = {
        problem: `the schema of CRD ${crd.name} (${where(crd)}), version ${version.name}, cannot be used: ${reason}`,
      };
    }
    return version.compiled;
  }

  /** What validates `apiVersion kind`, or why nothing can; undefined when no CRD defines the kind. */
  lookup(apiVersion: string, kind: string): CrdLookup {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    const crd = this.byKind.get(`${group}/${kind}`);
    if (!crd) return undefined;
    const found = crd.versions.find((v) => v.name === version);
    if (!found)
      return {
        crd,
        severity: 'error',
        problem: `CRD ${crd.name} (${where(crd)}) has no version ${String(version)}; it defines ${crd.versions.map((v) => v.name).join(', ') || 'no versions'}`,
      };
    if (!found.served)
      return {
        crd,
        severity: 'error',
        problem: `version ${found.name} of CRD ${crd.name} (${where(crd)}) is not served (served: false): the API server rejects it`,
      };
    const compiled = this.compile(crd, found);
    return 'validator' in compiled
      ? { crd, validator: compiled.validator }
      : { crd, severity: 'unusable', problem: compiled.problem };
  }

  /**
   * One notice per CRD used whose CEL rules are not all checked — for the CRDs of `objects` only, naming
   * `unit`, when given (an app's share of the notices).
   */
  notCheckedFindings(objects?: readonly RenderedObject[], unit?: string): Finding[] {
    const used = objects
      ? new Set(
          objects.map((o) => {
            const apiVersion = plainText(o.obj.apiVersion, '');
            const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
            return `${group}/${plainText(o.obj.kind, '')}`;
          }),
        )
      : undefined;
    return [...this.crds]
      .filter(([key, crd]) => crd.notChecked.length > 0 && (!used || used.has(key)))
      .map(([, crd]) => ({
        severity: 'notice' as const,
        rule: 'cel-not-checked',
        ...(unit && { unit }),
        file: crd.file,
        line: crd.line,
        message: `${crd.notChecked.length} x-kubernetes-validations rule(s) of CRD ${crd.name} not checked: ${crd.notChecked
          .map((r) => `\`${r.rule}\` (${r.version}: ${r.reason})`)
          .join('; ')}`,
      }));
  }
}

/** CRDs anywhere in a repository, deployed by an app or not: they define what custom resources may hold. */
export function crdsInTree(tree: FileTree): RenderedObject[] {
  const out: RenderedObject[] = [];
  for (const [path, entry] of tree) {
    if (!isManifestPath(path) || !mayInclude(entry, 'CustomResourceDefinition')) continue;
    for (const doc of manifestDocuments(entry.text ?? '', path))
      out.push(...doc.objects.filter((o) => o.obj.kind === 'CustomResourceDefinition'));
  }
  return out;
}
