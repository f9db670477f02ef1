// `!!binary` scalars read as Kubernetes reads them. kubectl and Argo CD turn YAML into JSON with
// sigs.k8s.io/yaml (go-yaml v2), which decodes a `!!binary` scalar's base64 and keeps the bytes as a
// string: `apiVersion: !!binary YXJnb3Byb2ouaW8vdjFhbHBoYTE=` is `argoproj.io/v1alpha1` to the cluster.
// Read as text instead, such an Application would be deployed by Argo CD and missed by the preview.
import * as jsYaml from 'js-yaml';
import type { ScalarTag } from 'yaml';

const TAG = 'tag:yaml.org,2002:binary';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Go's decoder skips line breaks, nothing else. */
const compact = (base64: string) => base64.replace(/[\r\n]/g, '');

/** The text a `!!binary` scalar stands for. */
export function binaryText(base64: string): string {
  const data = compact(base64);
  if (!BASE64.test(data)) throw new Error('!!binary value contains invalid base64 data');
  return Buffer.from(data, 'base64').toString('utf8');
}

/** The tag for js-yaml's schema (which checks a value with `resolve` before `construct` decodes it). */
export const jsYamlBinary = new jsYaml.Type(TAG, {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && BASE64.test(compact(data)),
  construct: (data: string) => binaryText(data),
});

/** The tag for `yaml`'s `customTags`. */
export const yamlBinary: ScalarTag = {
  tag: TAG,
  default: false,
  resolve(value, onError) {
    try {
      return binaryText(value);
    } catch (error) {
      onError((error as Error).message);
      return value;
    }
  },
};
