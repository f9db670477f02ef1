// The CRD machinery — Ajv to compile CRDs' schemas, re2js for their Go patterns, cel-js for their
// x-kubernetes-validations, ~0.9 MB bundled — is loaded when a run first meets a custom resource to check:
// most checks deploy none, and a run that does not meet one never compiles that code.
export const loadCrdIndex = () => import('./crdIndex.js');
