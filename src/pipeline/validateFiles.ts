// The validation of manifest files named one by one (`slipway validate a.yaml b.yaml`), document by
// document: memory holds one file's text, one document and the findings, so a file of 100,000 objects is
// checked in bounded memory. Duplicates are found across all the files given; CRDs among them define
// what the custom resources beside them may hold.
import { MAX_FILE_BYTES, tooLargeMessage } from '../core/fileTree.js';
import type { Finding } from '../core/finding.js';
import { manifestDocuments } from '../core/render/documentReader.js';
import type { RenderedObject } from '../core/render/objects.js';
import { loadBuiltinSchemas } from '../core/validate/builtinSchemas.js';
import type { CrdIndex } from '../core/validate/crdIndex.js';
import { loadCrdIndex } from '../core/validate/crdLoader.js';
import { checkObjects } from '../core/validate/rules.js';
import { checkSchemas, needsCrd, type SchemaSet } from '../core/validate/schemas.js';
import type { TreeReader } from '../ports.js';
import type { ValidationOptions } from './validateRendered.js';
import type { ValidateResult } from './validateTree.js';

export interface FileValidationSettings extends ValidationOptions {
  /** Files larger than this (bytes) are a finding, not read (default 10 MiB). */
  maxFileBytes?: number;
}

/** The CRDs among the files given: only their documents are kept. */
function crdsInFiles(files: string[], limit: number, reader: TreeReader): RenderedObject[] {
  const out: RenderedObject[] = [];
  for (const file of files) {
    if (reader.fileSize(file) > limit) continue;
    const text = reader.fileText(file);
    if (!text.includes('CustomResourceDefinition')) continue;
    for (const doc of manifestDocuments(text, file))
      out.push(...doc.objects.filter((o) => o.obj.kind === 'CustomResourceDefinition'));
  }
  return out;
}

export async function validateFiles(
  files: string[],
  settings: FileValidationSettings,
  reader: TreeReader,
): Promise<ValidateResult> {
  const limit = settings.maxFileBytes ?? MAX_FILE_BYTES;
  const rules = { kubernetesVersion: settings.kubernetesVersion, latestTag: settings.imageTagSeverity };
  const schemaOptions = { strict: settings.strict, requireSchemas: settings.requireSchemas };
  const schemas: SchemaSet = {
    builtin: await loadBuiltinSchemas({ crdCatalog: settings.crdCatalog ?? false }),
  };
  /** The CRDs among the files, indexed when the first custom resource is met. */
  const crds = async (): Promise<CrdIndex> => {
    const { CrdIndex } = await loadCrdIndex();
    return new CrdIndex(() => crdsInFiles(files, limit, reader), settings.strict);
  };
  const seen = new Map<string, { file: string; line: number }>();
  const findings: Finding[] = [];
  let objects = 0;
  for (const file of files) {
    const size = reader.fileSize(file);
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
    const text = reader.fileText(file);
    for (const doc of manifestDocuments(text, file, undefined, { strict: settings.strict })) {
      const loading = schemas.builtin.load(doc.objects);
      if (loading) await loading;
      if (!schemas.crds && doc.objects.some((o) => needsCrd(o.obj, schemas.builtin)))
        schemas.crds = await crds();
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
  findings.push(...(schemas.crds?.notCheckedFindings() ?? []));
  return { findings, units: files.length, objects };
}
