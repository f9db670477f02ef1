export const id = 681;
export const ids = [681,401];
export const modules = {

/***/ 401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BuiltinSchemas: () => (/* binding */ BuiltinSchemas),
/* harmony export */   loadBuiltinSchemas: () => (/* binding */ loadBuiltinSchemas),
/* harmony export */   schemaKey: () => (/* binding */ schemaKey)
/* harmony export */ });
// The modules loaded at run time (the tables beside the bundle, the validators' chunks) are Slipway's own
// build output: checked for the export that is used, so a stray or mismatched file fails by name.
const hasMap = (module, name) => module !== null && typeof module === 'object' && Reflect.get(module, name) instanceof Map;
const isLoaders = (module) => hasMap(module, 'BUILTIN_SCHEMA_LOADERS');
const isCatalog = (module) => hasMap(module, 'CATALOG_SCHEMA_LOADERS');
const isValidator = (validate) => typeof validate === 'function';
/** A module of Slipway's build that is not what the build writes there. */
function notOurs(what) {
    return new Error(`${what} is not as this build of Slipway wrote it (a file of another build?): install Slipway again`);
}
async function importBeside(file) {
    return (await import(/* webpackIgnore: true */ new URL(file, import.meta.url).href));
}
/** `apiVersion/kind` of an object, the key of its built-in validator. */
const schemaKey = (obj) => `${String(obj.apiVersion)}/${String(obj.kind)}`;
/** The built-in kinds' validators: which kinds there are, and each kind's validator once `load` fetched it. */
class BuiltinSchemas {
    loaders;
    catalog;
    loaded = new Map();
    /** The catalog's validators loaded so far (apart from `loaded`: a repository's CRD wins over them). */
    fromCatalog = new Map();
    loading = new Map();
    /**
     * Imports run one after another: kinds share modules (every kind imports ObjectMeta), and jest's module
     * loader, which runs them from the sources, fails on two imports racing for one shared module.
     */
    last = Promise.resolve();
    /** `catalog`: the opt-in CRD catalog, when it is turned on (docs/crd-catalog.md). */
    constructor(loaders, catalog) {
        this.loaders = loaders;
        this.catalog = catalog;
    }
    /** Whether `apiVersion/kind` is a built-in kind with a validator. */
    has(key) {
        return this.loaders.has(key);
    }
    /**
     * The validator of a built-in kind, or undefined for any other. A built-in kind not loaded first is a
     * mistake in Slipway, and throws: its objects would otherwise pass unchecked.
     */
    get(key) {
        const validator = this.loaded.get(key);
        if (!validator && this.loaders.has(key))
            throw new Error(`internal error: the validator of ${key} was used before it was loaded`);
        return validator;
    }
    /** Whether the opt-in CRD catalog is turned on. */
    get catalogOn() {
        return this.catalog !== undefined;
    }
    /**
     * The catalog's schema of a custom resource's kind, once `load` fetched it; undefined when the catalog is
     * off or has no such kind. Used only when the repository has no CRD of the kind.
     */
    catalogSchema(key) {
        const schema = this.fromCatalog.get(key);
        if (!schema && this.catalog?.has(key))
            throw new Error(`internal error: the catalog's validator of ${key} was used before it was loaded`);
        return schema;
    }
    /**
     * Loads the validators of these objects' kinds (each once; other kinds are left to CRDs). Undefined when
     * there is nothing to wait for, so a caller checking one document at a time need not wait a turn for each.
     */
    load(objects) {
        let waits;
        for (const { obj } of objects) {
            const key = schemaKey(obj);
            if (this.loaded.has(key) || this.fromCatalog.has(key))
                continue;
            const builtin = this.loaders.get(key);
            const listed = builtin ? undefined : this.catalog?.get(key);
            const loader = builtin ?? listed?.load;
            if (!loader)
                continue;
            let loading = this.loading.get(key);
            if (!loading) {
                const imported = this.last.then(loader);
                this.last = imported.catch(() => undefined);
                loading = imported.then((module) => {
                    const validator = module.validate;
                    if (!isValidator(validator))
                        throw notOurs(`the schema module of ${key}`);
                    if (listed)
                        this.fromCatalog.set(key, { validator, source: listed.source });
                    else
                        this.loaded.set(key, validator);
                });
                this.loading.set(key, loading);
            }
            (waits ??= []).push(loading);
        }
        return waits && Promise.all(waits).then(() => undefined);
    }
}
/** Variables, not literals: the bundler would otherwise take `new URL('\u2026', import.meta.url)` as an asset. */
const BUNDLED_FILE = './k8s-schemas.js';
const BUNDLED_CATALOG = './crd-catalog.js';
/**
 * The built-in kinds' validators, and with `crdCatalog` the catalog's (docs/crd-catalog.md): its table is
 * its own file beside the bundle (dist/crd-catalog.js), read only when the catalog is turned on.
 */
async function loadBuiltinSchemas(options = {}) {
    const fromSources = import.meta.url.endsWith('.ts');
    const generated = fromSources
        ? await Promise.resolve().then(() => {
	var e = new Error("Module is not available (weak dependency)"); /* ./k8sSchemas.generated.js */ e.code = 'MODULE_NOT_FOUND'; throw e;
})
        : await importBeside(BUNDLED_FILE);
    if (!isLoaders(generated))
        throw notOurs(new URL(BUNDLED_FILE, import.meta.url).pathname);
    if (!options.crdCatalog)
        return new BuiltinSchemas(generated.BUILTIN_SCHEMA_LOADERS);
    const catalog = fromSources
        ? await Promise.resolve().then(() => {
	var e = new Error("Module is not available (weak dependency)"); /* ./crdCatalog.generated.js */ e.code = 'MODULE_NOT_FOUND'; throw e;
})
        : await importBeside(BUNDLED_CATALOG);
    if (!isCatalog(catalog))
        throw notOurs(new URL(BUNDLED_CATALOG, import.meta.url).pathname);
    return new BuiltinSchemas(generated.BUILTIN_SCHEMA_LOADERS, catalog.CATALOG_SCHEMA_LOADERS);
}


/***/ }),

/***/ 4438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ loadCrdIndex)
/* harmony export */ });
// The CRD machinery \u2014 Ajv to compile CRDs' schemas, re2js for their Go patterns, cel-js for their
// x-kubernetes-validations, ~0.9 MB bundled \u2014 is loaded when a run first meets a custom resource to check:
// most checks deploy none, and a run that does not meet one never compiles that code.
const loadCrdIndex = () => Promise.all(/* import() */[__webpack_require__.e(720), __webpack_require__.e(463), __webpack_require__.e(337), __webpack_require__.e(803)]).then(__webpack_require__.bind(__webpack_require__, 1803));


/***/ }),

/***/ 3796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B9: () => (/* binding */ FieldLocator),
  zV: () => (/* binding */ checkSchemas),
  F0: () => (/* binding */ needsCrd)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/render/objects.ts
var render_objects = __webpack_require__(5740);
// EXTERNAL MODULE: ./src/core/validate/apiVersions.ts
var apiVersions = __webpack_require__(3647);
;// CONCATENATED MODULE: ./src/core/validate/k8sFields.generated.ts
const FIELDS_SOURCE = 'kubernetes-models 5.1.0';
const FIELD_TYPES = {
    IMutatingAdmissionPolicy: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IMutatingAdmissionPolicySpec' },
    },
    IObjectMeta: {
        f: {
            annotations: 'anon0',
            creationTimestamp: 0,
            deletionGracePeriodSeconds: 0,
            deletionTimestamp: 0,
            finalizers: 0,
            generateName: 0,
            generation: 0,
            labels: 'anon1',
            managedFields: 'IManagedFieldsEntry',
            name: 0,
            namespace: 0,
            ownerReferences: 'IOwnerReference',
            resourceVersion: 0,
            selfLink: 0,
            uid: 0,
        },
    },
    anon0: { m: 0 },
    anon1: { m: 0 },
    IManagedFieldsEntry: {
        f: { apiVersion: 0, fieldsType: 0, fieldsV1: 0, manager: 0, operation: 0, subresource: 0, time: 0 },
    },
    IOwnerReference: { f: { apiVersion: 0, blockOwnerDeletion: 0, controller: 0, kind: 0, name: 0, uid: 0 } },
    IMutatingAdmissionPolicySpec: {
        f: {
            failurePolicy: 0,
            matchConditions: 'IMatchCondition',
            matchConstraints: 'IMatchResources',
            mutations: 'IMutation',
            paramKind: 'IParamKind',
            reinvocationPolicy: 0,
            variables: 'IVariable',
        },
    },
    IMatchCondition: { f: { expression: 0, name: 0 } },
    IMatchResources: {
        f: {
            excludeResourceRules: 'INamedRuleWithOperations',
            matchPolicy: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            resourceRules: 'INamedRuleWithOperations',
        },
    },
    INamedRuleWithOperations: {
        f: { apiGroups: 0, apiVersions: 0, operations: 0, resourceNames: 0, resources: 0, scope: 0 },
    },
    ILabelSelector: { f: { matchExpressions: 'ILabelSelectorRequirement', matchLabels: 'anon2' } },
    ILabelSelectorRequirement: { f: { key: 0, operator: 0, values: 0 } },
    anon2: { m: 0 },
    IMutation: { f: { applyConfiguration: 'IApplyConfiguration', jsonPatch: 'IJSONPatch', patchType: 0 } },
    IApplyConfiguration: { f: { expression: 0 } },
    IJSONPatch: { f: { expression: 0 } },
    IParamKind: { f: { apiVersion: 0, kind: 0 } },
    IVariable: { f: { expression: 0, name: 0 } },
    IMutatingAdmissionPolicyBinding: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IMutatingAdmissionPolicyBindingSpec' },
    },
    IMutatingAdmissionPolicyBindingSpec: {
        f: { matchResources: 'IMatchResources', paramRef: 'IParamRef', policyName: 0 },
    },
    IParamRef: { f: { name: 0, namespace: 0, parameterNotFoundAction: 0, selector: 'ILabelSelector' } },
    IMutatingAdmissionPolicyBindingList: {
        f: { apiVersion: 0, items: 'IMutatingAdmissionPolicyBinding', kind: 0, metadata: 'IListMeta' },
    },
    IListMeta: {
        f: { continue: 0, remainingItemCount: 0, resourceVersion: 0, selfLink: 0, shardInfo: 'IShardInfo' },
    },
    IShardInfo: { f: { selector: 0 } },
    IMutatingAdmissionPolicyList: {
        f: { apiVersion: 0, items: 'IMutatingAdmissionPolicy', kind: 0, metadata: 'IListMeta' },
    },
    IMutatingWebhookConfiguration: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', webhooks: 'IMutatingWebhook' },
    },
    IMutatingWebhook: {
        f: {
            admissionReviewVersions: 0,
            clientConfig: 'IWebhookClientConfig',
            failurePolicy: 0,
            matchConditions: 'IMatchCondition',
            matchPolicy: 0,
            name: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            reinvocationPolicy: 0,
            rules: 'IRuleWithOperations',
            sideEffects: 0,
            timeoutSeconds: 0,
        },
    },
    IWebhookClientConfig: { f: { caBundle: 0, service: 'IServiceReference', url: 0 } },
    IServiceReference: { f: { name: 0, namespace: 0, path: 0, port: 0 } },
    IRuleWithOperations: { f: { apiGroups: 0, apiVersions: 0, operations: 0, resources: 0, scope: 0 } },
    IMutatingWebhookConfigurationList: {
        f: { apiVersion: 0, items: 'IMutatingWebhookConfiguration', kind: 0, metadata: 'IListMeta' },
    },
    IValidatingAdmissionPolicy: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IValidatingAdmissionPolicySpec',
            status: 'IValidatingAdmissionPolicyStatus',
        },
    },
    IValidatingAdmissionPolicySpec: {
        f: {
            auditAnnotations: 'IAuditAnnotation',
            failurePolicy: 0,
            matchConditions: 'IMatchCondition',
            matchConstraints: 'IMatchResources',
            paramKind: 'IParamKind',
            validations: 'IValidation',
            variables: 'IVariable',
        },
    },
    IAuditAnnotation: { f: { key: 0, valueExpression: 0 } },
    IValidation: { f: { expression: 0, message: 0, messageExpression: 0, reason: 0 } },
    IValidatingAdmissionPolicyStatus: {
        f: { conditions: 'ICondition', observedGeneration: 0, typeChecking: 'ITypeChecking' },
    },
    ICondition: {
        f: { lastTransitionTime: 0, message: 0, observedGeneration: 0, reason: 0, status: 0, type: 0 },
    },
    ITypeChecking: { f: { expressionWarnings: 'IExpressionWarning' } },
    IExpressionWarning: { f: { fieldRef: 0, warning: 0 } },
    IValidatingAdmissionPolicyBinding: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IValidatingAdmissionPolicyBindingSpec' },
    },
    IValidatingAdmissionPolicyBindingSpec: {
        f: { matchResources: 'IMatchResources', paramRef: 'IParamRef', policyName: 0, validationActions: 0 },
    },
    IValidatingAdmissionPolicyBindingList: {
        f: { apiVersion: 0, items: 'IValidatingAdmissionPolicyBinding', kind: 0, metadata: 'IListMeta' },
    },
    IValidatingAdmissionPolicyList: {
        f: { apiVersion: 0, items: 'IValidatingAdmissionPolicy', kind: 0, metadata: 'IListMeta' },
    },
    IValidatingWebhookConfiguration: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', webhooks: 'IValidatingWebhook' },
    },
    IValidatingWebhook: {
        f: {
            admissionReviewVersions: 0,
            clientConfig: 'IWebhookClientConfig',
            failurePolicy: 0,
            matchConditions: 'IMatchCondition',
            matchPolicy: 0,
            name: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            rules: 'IRuleWithOperations',
            sideEffects: 0,
            timeoutSeconds: 0,
        },
    },
    IValidatingWebhookConfigurationList: {
        f: { apiVersion: 0, items: 'IValidatingWebhookConfiguration', kind: 0, metadata: 'IListMeta' },
    },
    IMutatingWebhookConfiguration_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', webhooks: 'IMutatingWebhook_' },
    },
    IMutatingWebhook_: {
        f: {
            admissionReviewVersions: 0,
            clientConfig: 'IWebhookClientConfig_',
            failurePolicy: 0,
            matchPolicy: 0,
            name: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            reinvocationPolicy: 0,
            rules: 'IRuleWithOperations_',
            sideEffects: 0,
            timeoutSeconds: 0,
        },
    },
    IWebhookClientConfig_: { f: { caBundle: 0, service: 'IServiceReference_', url: 0 } },
    IServiceReference_: { f: { name: 0, namespace: 0, path: 0, port: 0 } },
    IRuleWithOperations_: { f: { apiGroups: 0, apiVersions: 0, operations: 0, resources: 0, scope: 0 } },
    IMutatingWebhookConfigurationList_: {
        f: { apiVersion: 0, items: 'IMutatingWebhookConfiguration_', kind: 0, metadata: 'IListMeta' },
    },
    IValidatingWebhookConfiguration_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', webhooks: 'IValidatingWebhook_' },
    },
    IValidatingWebhook_: {
        f: {
            admissionReviewVersions: 0,
            clientConfig: 'IWebhookClientConfig_',
            failurePolicy: 0,
            matchPolicy: 0,
            name: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            rules: 'IRuleWithOperations_',
            sideEffects: 0,
            timeoutSeconds: 0,
        },
    },
    IValidatingWebhookConfigurationList_: {
        f: { apiVersion: 0, items: 'IValidatingWebhookConfiguration_', kind: 0, metadata: 'IListMeta' },
    },
    ICustomResourceDefinition: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ICustomResourceDefinitionSpec',
            status: 'ICustomResourceDefinitionStatus',
        },
    },
    ICustomResourceDefinitionSpec: {
        f: {
            conversion: 'ICustomResourceConversion',
            group: 0,
            names: 'ICustomResourceDefinitionNames',
            preserveUnknownFields: 0,
            scope: 0,
            versions: 'ICustomResourceDefinitionVersion',
        },
    },
    ICustomResourceConversion: { f: { strategy: 0, webhook: 'IWebhookConversion' } },
    IWebhookConversion: { f: { clientConfig: 'IWebhookClientConfig__', conversionReviewVersions: 0 } },
    IWebhookClientConfig__: { f: { caBundle: 0, service: 'IServiceReference__', url: 0 } },
    IServiceReference__: { f: { name: 0, namespace: 0, path: 0, port: 0 } },
    ICustomResourceDefinitionNames: {
        f: { categories: 0, kind: 0, listKind: 0, plural: 0, shortNames: 0, singular: 0 },
    },
    ICustomResourceDefinitionVersion: {
        f: {
            additionalPrinterColumns: 'ICustomResourceColumnDefinition',
            deprecated: 0,
            deprecationWarning: 0,
            name: 0,
            schema: 'ICustomResourceValidation',
            selectableFields: 'ISelectableField',
            served: 0,
            storage: 0,
            subresources: 'ICustomResourceSubresources',
        },
    },
    ICustomResourceColumnDefinition: {
        f: { description: 0, format: 0, jsonPath: 0, name: 0, priority: 0, type: 0 },
    },
    ICustomResourceValidation: { f: { openAPIV3Schema: 'IJSONSchemaProps' } },
    IJSONSchemaProps: {
        f: {
            $ref: 0,
            $schema: 0,
            additionalItems: 0,
            additionalProperties: 0,
            allOf: 'IJSONSchemaProps',
            anyOf: 'IJSONSchemaProps',
            default: 0,
            definitions: 'anon3',
            dependencies: 'anon4',
            description: 0,
            enum: 0,
            example: 0,
            exclusiveMaximum: 0,
            exclusiveMinimum: 0,
            externalDocs: 'IExternalDocumentation',
            format: 0,
            id: 0,
            items: 0,
            maxItems: 0,
            maxLength: 0,
            maxProperties: 0,
            maximum: 0,
            minItems: 0,
            minLength: 0,
            minProperties: 0,
            minimum: 0,
            multipleOf: 0,
            not: 'IJSONSchemaProps',
            nullable: 0,
            oneOf: 'IJSONSchemaProps',
            pattern: 0,
            patternProperties: 'anon5',
            properties: 'anon6',
            required: 0,
            title: 0,
            type: 0,
            uniqueItems: 0,
            'x-kubernetes-embedded-resource': 0,
            'x-kubernetes-int-or-string': 0,
            'x-kubernetes-list-map-keys': 0,
            'x-kubernetes-list-type': 0,
            'x-kubernetes-map-type': 0,
            'x-kubernetes-preserve-unknown-fields': 0,
            'x-kubernetes-validations': 'IValidationRule',
        },
    },
    anon3: { m: 'IJSONSchemaProps' },
    anon4: { m: 0 },
    IExternalDocumentation: { f: { description: 0, url: 0 } },
    anon5: { m: 'IJSONSchemaProps' },
    anon6: { m: 'IJSONSchemaProps' },
    IValidationRule: {
        f: { fieldPath: 0, message: 0, messageExpression: 0, optionalOldSelf: 0, reason: 0, rule: 0 },
    },
    ISelectableField: { f: { jsonPath: 0 } },
    ICustomResourceSubresources: { f: { scale: 'ICustomResourceSubresourceScale', status: 0 } },
    ICustomResourceSubresourceScale: {
        f: { labelSelectorPath: 0, specReplicasPath: 0, statusReplicasPath: 0 },
    },
    ICustomResourceDefinitionStatus: {
        f: {
            acceptedNames: 'ICustomResourceDefinitionNames',
            conditions: 'ICustomResourceDefinitionCondition',
            observedGeneration: 0,
            storedVersions: 0,
        },
    },
    ICustomResourceDefinitionCondition: {
        f: { lastTransitionTime: 0, message: 0, observedGeneration: 0, reason: 0, status: 0, type: 0 },
    },
    ICustomResourceDefinitionList: {
        f: { apiVersion: 0, items: 'ICustomResourceDefinition', kind: 0, metadata: 'IListMeta' },
    },
    ICustomResourceDefinition_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ICustomResourceDefinitionSpec_',
            status: 'ICustomResourceDefinitionStatus_',
        },
    },
    ICustomResourceDefinitionSpec_: {
        f: {
            additionalPrinterColumns: 'ICustomResourceColumnDefinition_',
            conversion: 'ICustomResourceConversion_',
            group: 0,
            names: 'ICustomResourceDefinitionNames_',
            preserveUnknownFields: 0,
            scope: 0,
            subresources: 'ICustomResourceSubresources_',
            validation: 'ICustomResourceValidation_',
            version: 0,
            versions: 'ICustomResourceDefinitionVersion_',
        },
    },
    ICustomResourceColumnDefinition_: {
        f: { JSONPath: 0, description: 0, format: 0, name: 0, priority: 0, type: 0 },
    },
    ICustomResourceConversion_: {
        f: { conversionReviewVersions: 0, strategy: 0, webhookClientConfig: 'IWebhookClientConfig___' },
    },
    IWebhookClientConfig___: { f: { caBundle: 0, service: 'IServiceReference___', url: 0 } },
    IServiceReference___: { f: { name: 0, namespace: 0, path: 0, port: 0 } },
    ICustomResourceDefinitionNames_: {
        f: { categories: 0, kind: 0, listKind: 0, plural: 0, shortNames: 0, singular: 0 },
    },
    ICustomResourceSubresources_: { f: { scale: 'ICustomResourceSubresourceScale_', status: 0 } },
    ICustomResourceSubresourceScale_: {
        f: { labelSelectorPath: 0, specReplicasPath: 0, statusReplicasPath: 0 },
    },
    ICustomResourceValidation_: { f: { openAPIV3Schema: 'IJSONSchemaProps_' } },
    IJSONSchemaProps_: {
        f: {
            $ref: 0,
            $schema: 0,
            additionalItems: 0,
            additionalProperties: 0,
            allOf: 'IJSONSchemaProps_',
            anyOf: 'IJSONSchemaProps_',
            default: 0,
            definitions: 'anon7',
            dependencies: 'anon8',
            description: 0,
            enum: 0,
            example: 0,
            exclusiveMaximum: 0,
            exclusiveMinimum: 0,
            externalDocs: 'IExternalDocumentation_',
            format: 0,
            id: 0,
            items: 0,
            maxItems: 0,
            maxLength: 0,
            maxProperties: 0,
            maximum: 0,
            minItems: 0,
            minLength: 0,
            minProperties: 0,
            minimum: 0,
            multipleOf: 0,
            not: 'IJSONSchemaProps_',
            nullable: 0,
            oneOf: 'IJSONSchemaProps_',
            pattern: 0,
            patternProperties: 'anon9',
            properties: 'anon10',
            required: 0,
            title: 0,
            type: 0,
            uniqueItems: 0,
            'x-kubernetes-embedded-resource': 0,
            'x-kubernetes-int-or-string': 0,
            'x-kubernetes-list-map-keys': 0,
            'x-kubernetes-list-type': 0,
            'x-kubernetes-map-type': 0,
            'x-kubernetes-preserve-unknown-fields': 0,
        },
    },
    anon7: { m: 'IJSONSchemaProps_' },
    anon8: { m: 0 },
    IExternalDocumentation_: { f: { description: 0, url: 0 } },
    anon9: { m: 'IJSONSchemaProps_' },
    anon10: { m: 'IJSONSchemaProps_' },
    ICustomResourceDefinitionVersion_: {
        f: {
            additionalPrinterColumns: 'ICustomResourceColumnDefinition_',
            deprecated: 0,
            deprecationWarning: 0,
            name: 0,
            schema: 'ICustomResourceValidation_',
            served: 0,
            storage: 0,
            subresources: 'ICustomResourceSubresources_',
        },
    },
    ICustomResourceDefinitionStatus_: {
        f: {
            acceptedNames: 'ICustomResourceDefinitionNames_',
            conditions: 'ICustomResourceDefinitionCondition_',
            storedVersions: 0,
        },
    },
    ICustomResourceDefinitionCondition_: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    ICustomResourceDefinitionList_: {
        f: { apiVersion: 0, items: 'ICustomResourceDefinition_', kind: 0, metadata: 'IListMeta' },
    },
    IAPIService: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IAPIServiceSpec',
            status: 'IAPIServiceStatus',
        },
    },
    IAPIServiceSpec: {
        f: {
            caBundle: 0,
            group: 0,
            groupPriorityMinimum: 0,
            insecureSkipTLSVerify: 0,
            service: 'IServiceReference____',
            version: 0,
            versionPriority: 0,
        },
    },
    IServiceReference____: { f: { name: 0, namespace: 0, port: 0 } },
    IAPIServiceStatus: { f: { conditions: 'IAPIServiceCondition' } },
    IAPIServiceCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IAPIServiceList: { f: { apiVersion: 0, items: 'IAPIService', kind: 0, metadata: 'IListMeta' } },
    IAPIService_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IAPIServiceSpec_',
            status: 'IAPIServiceStatus_',
        },
    },
    IAPIServiceSpec_: {
        f: {
            caBundle: 0,
            group: 0,
            groupPriorityMinimum: 0,
            insecureSkipTLSVerify: 0,
            service: 'IServiceReference_____',
            version: 0,
            versionPriority: 0,
        },
    },
    IServiceReference_____: { f: { name: 0, namespace: 0, port: 0 } },
    IAPIServiceStatus_: { f: { conditions: 'IAPIServiceCondition_' } },
    IAPIServiceCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IAPIServiceList_: { f: { apiVersion: 0, items: 'IAPIService_', kind: 0, metadata: 'IListMeta' } },
    IControllerRevision: { f: { apiVersion: 0, data: 0, kind: 0, metadata: 'IObjectMeta', revision: 0 } },
    IControllerRevisionList: {
        f: { apiVersion: 0, items: 'IControllerRevision', kind: 0, metadata: 'IListMeta' },
    },
    IDaemonSet: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDaemonSetSpec',
            status: 'IDaemonSetStatus',
        },
    },
    IDaemonSetSpec: {
        f: {
            minReadySeconds: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            template: 'IPodTemplateSpec',
            updateStrategy: 'IDaemonSetUpdateStrategy',
        },
    },
    IPodTemplateSpec: { f: { metadata: 'IObjectMeta', spec: 'IPodSpec' } },
    IPodSpec: {
        f: {
            activeDeadlineSeconds: 0,
            affinity: 'IAffinity',
            automountServiceAccountToken: 0,
            containers: 'IContainer',
            dnsConfig: 'IPodDNSConfig',
            dnsPolicy: 0,
            enableServiceLinks: 0,
            ephemeralContainers: 'IEphemeralContainer',
            hostAliases: 'IHostAlias',
            hostIPC: 0,
            hostNetwork: 0,
            hostPID: 0,
            hostUsers: 0,
            hostname: 0,
            hostnameOverride: 0,
            imagePullSecrets: 'ILocalObjectReference',
            initContainers: 'IContainer',
            nodeName: 0,
            nodeSelector: 'anon13',
            os: 'IPodOS',
            overhead: 'anon14',
            preemptionPolicy: 0,
            priority: 0,
            priorityClassName: 0,
            readinessGates: 'IPodReadinessGate',
            resourceClaims: 'IPodResourceClaim',
            resources: 'IResourceRequirements',
            restartPolicy: 0,
            runtimeClassName: 0,
            schedulerName: 0,
            schedulingGates: 'IPodSchedulingGate',
            schedulingGroup: 'IPodSchedulingGroup',
            securityContext: 'IPodSecurityContext',
            serviceAccount: 0,
            serviceAccountName: 0,
            setHostnameAsFQDN: 0,
            shareProcessNamespace: 0,
            subdomain: 0,
            terminationGracePeriodSeconds: 0,
            tolerations: 'IToleration',
            topologySpreadConstraints: 'ITopologySpreadConstraint',
            volumes: 'IVolume',
        },
    },
    IAffinity: {
        f: { nodeAffinity: 'INodeAffinity', podAffinity: 'IPodAffinity', podAntiAffinity: 'IPodAntiAffinity' },
    },
    INodeAffinity: {
        f: {
            preferredDuringSchedulingIgnoredDuringExecution: 'IPreferredSchedulingTerm',
            requiredDuringSchedulingIgnoredDuringExecution: 'INodeSelector',
        },
    },
    IPreferredSchedulingTerm: { f: { preference: 'INodeSelectorTerm', weight: 0 } },
    INodeSelectorTerm: {
        f: { matchExpressions: 'INodeSelectorRequirement', matchFields: 'INodeSelectorRequirement' },
    },
    INodeSelectorRequirement: { f: { key: 0, operator: 0, values: 0 } },
    INodeSelector: { f: { nodeSelectorTerms: 'INodeSelectorTerm' } },
    IPodAffinity: {
        f: {
            preferredDuringSchedulingIgnoredDuringExecution: 'IWeightedPodAffinityTerm',
            requiredDuringSchedulingIgnoredDuringExecution: 'IPodAffinityTerm',
        },
    },
    IWeightedPodAffinityTerm: { f: { podAffinityTerm: 'IPodAffinityTerm', weight: 0 } },
    IPodAffinityTerm: {
        f: {
            labelSelector: 'ILabelSelector',
            matchLabelKeys: 0,
            mismatchLabelKeys: 0,
            namespaceSelector: 'ILabelSelector',
            namespaces: 0,
            topologyKey: 0,
        },
    },
    IPodAntiAffinity: {
        f: {
            preferredDuringSchedulingIgnoredDuringExecution: 'IWeightedPodAffinityTerm',
            requiredDuringSchedulingIgnoredDuringExecution: 'IPodAffinityTerm',
        },
    },
    IContainer: {
        f: {
            args: 0,
            command: 0,
            env: 'IEnvVar',
            envFrom: 'IEnvFromSource',
            image: 0,
            imagePullPolicy: 0,
            lifecycle: 'ILifecycle',
            livenessProbe: 'IProbe',
            name: 0,
            ports: 'IContainerPort',
            readinessProbe: 'IProbe',
            resizePolicy: 'IContainerResizePolicy',
            resources: 'IResourceRequirements',
            restartPolicy: 0,
            restartPolicyRules: 'IContainerRestartRule',
            securityContext: 'ISecurityContext',
            startupProbe: 'IProbe',
            stdin: 0,
            stdinOnce: 0,
            terminationMessagePath: 0,
            terminationMessagePolicy: 0,
            tty: 0,
            volumeDevices: 'IVolumeDevice',
            volumeMounts: 'IVolumeMount',
            workingDir: 0,
        },
    },
    IEnvVar: { f: { name: 0, value: 0, valueFrom: 'IEnvVarSource' } },
    IEnvVarSource: {
        f: {
            configMapKeyRef: 'IConfigMapKeySelector',
            fieldRef: 'IObjectFieldSelector',
            fileKeyRef: 'IFileKeySelector',
            resourceFieldRef: 'IResourceFieldSelector',
            secretKeyRef: 'ISecretKeySelector',
        },
    },
    IConfigMapKeySelector: { f: { key: 0, name: 0, optional: 0 } },
    IObjectFieldSelector: { f: { apiVersion: 0, fieldPath: 0 } },
    IFileKeySelector: { f: { key: 0, optional: 0, path: 0, volumeName: 0 } },
    IResourceFieldSelector: { f: { containerName: 0, divisor: 0, resource: 0 } },
    ISecretKeySelector: { f: { key: 0, name: 0, optional: 0 } },
    IEnvFromSource: { f: { configMapRef: 'IConfigMapEnvSource', prefix: 0, secretRef: 'ISecretEnvSource' } },
    IConfigMapEnvSource: { f: { name: 0, optional: 0 } },
    ISecretEnvSource: { f: { name: 0, optional: 0 } },
    ILifecycle: { f: { postStart: 'ILifecycleHandler', preStop: 'ILifecycleHandler', stopSignal: 0 } },
    ILifecycleHandler: {
        f: {
            exec: 'IExecAction',
            httpGet: 'IHTTPGetAction',
            sleep: 'ISleepAction',
            tcpSocket: 'ITCPSocketAction',
        },
    },
    IExecAction: { f: { command: 0 } },
    IHTTPGetAction: { f: { host: 0, httpHeaders: 'IHTTPHeader', path: 0, port: 0, scheme: 0 } },
    IHTTPHeader: { f: { name: 0, value: 0 } },
    ISleepAction: { f: { seconds: 0 } },
    ITCPSocketAction: { f: { host: 0, port: 0 } },
    IProbe: {
        f: {
            exec: 'IExecAction',
            failureThreshold: 0,
            grpc: 'IGRPCAction',
            httpGet: 'IHTTPGetAction',
            initialDelaySeconds: 0,
            periodSeconds: 0,
            successThreshold: 0,
            tcpSocket: 'ITCPSocketAction',
            terminationGracePeriodSeconds: 0,
            timeoutSeconds: 0,
        },
    },
    IGRPCAction: { f: { port: 0, service: 0 } },
    IContainerPort: { f: { containerPort: 0, hostIP: 0, hostPort: 0, name: 0, protocol: 0 } },
    IContainerResizePolicy: { f: { resourceName: 0, restartPolicy: 0 } },
    IResourceRequirements: { f: { claims: 'IResourceClaim', limits: 'anon11', requests: 'anon12' } },
    IResourceClaim: { f: { name: 0, request: 0 } },
    anon11: { m: 0 },
    anon12: { m: 0 },
    IContainerRestartRule: { f: { action: 0, exitCodes: 'IContainerRestartRuleOnExitCodes' } },
    IContainerRestartRuleOnExitCodes: { f: { operator: 0, values: 0 } },
    ISecurityContext: {
        f: {
            allowPrivilegeEscalation: 0,
            appArmorProfile: 'IAppArmorProfile',
            capabilities: 'ICapabilities',
            privileged: 0,
            procMount: 0,
            readOnlyRootFilesystem: 0,
            runAsGroup: 0,
            runAsNonRoot: 0,
            runAsUser: 0,
            seLinuxOptions: 'ISELinuxOptions',
            seccompProfile: 'ISeccompProfile',
            windowsOptions: 'IWindowsSecurityContextOptions',
        },
    },
    IAppArmorProfile: { f: { localhostProfile: 0, type: 0 } },
    ICapabilities: { f: { add: 0, drop: 0 } },
    ISELinuxOptions: { f: { level: 0, role: 0, type: 0, user: 0 } },
    ISeccompProfile: { f: { localhostProfile: 0, type: 0 } },
    IWindowsSecurityContextOptions: {
        f: { gmsaCredentialSpec: 0, gmsaCredentialSpecName: 0, hostProcess: 0, runAsUserName: 0 },
    },
    IVolumeDevice: { f: { devicePath: 0, name: 0 } },
    IVolumeMount: {
        f: {
            mountPath: 0,
            mountPropagation: 0,
            name: 0,
            readOnly: 0,
            recursiveReadOnly: 0,
            subPath: 0,
            subPathExpr: 0,
        },
    },
    IPodDNSConfig: { f: { nameservers: 0, options: 'IPodDNSConfigOption', searches: 0 } },
    IPodDNSConfigOption: { f: { name: 0, value: 0 } },
    IEphemeralContainer: {
        f: {
            args: 0,
            command: 0,
            env: 'IEnvVar',
            envFrom: 'IEnvFromSource',
            image: 0,
            imagePullPolicy: 0,
            lifecycle: 'ILifecycle',
            livenessProbe: 'IProbe',
            name: 0,
            ports: 'IContainerPort',
            readinessProbe: 'IProbe',
            resizePolicy: 'IContainerResizePolicy',
            resources: 'IResourceRequirements',
            restartPolicy: 0,
            restartPolicyRules: 'IContainerRestartRule',
            securityContext: 'ISecurityContext',
            startupProbe: 'IProbe',
            stdin: 0,
            stdinOnce: 0,
            targetContainerName: 0,
            terminationMessagePath: 0,
            terminationMessagePolicy: 0,
            tty: 0,
            volumeDevices: 'IVolumeDevice',
            volumeMounts: 'IVolumeMount',
            workingDir: 0,
        },
    },
    IHostAlias: { f: { hostnames: 0, ip: 0 } },
    ILocalObjectReference: { f: { name: 0 } },
    anon13: { m: 0 },
    IPodOS: { f: { name: 0 } },
    anon14: { m: 0 },
    IPodReadinessGate: { f: { conditionType: 0 } },
    IPodResourceClaim: { f: { name: 0, resourceClaimName: 0, resourceClaimTemplateName: 0 } },
    IPodSchedulingGate: { f: { name: 0 } },
    IPodSchedulingGroup: { f: { podGroupName: 0 } },
    IPodSecurityContext: {
        f: {
            appArmorProfile: 'IAppArmorProfile',
            fsGroup: 0,
            fsGroupChangePolicy: 0,
            runAsGroup: 0,
            runAsNonRoot: 0,
            runAsUser: 0,
            seLinuxChangePolicy: 0,
            seLinuxOptions: 'ISELinuxOptions',
            seccompProfile: 'ISeccompProfile',
            supplementalGroups: 0,
            supplementalGroupsPolicy: 0,
            sysctls: 'ISysctl',
            windowsOptions: 'IWindowsSecurityContextOptions',
        },
    },
    ISysctl: { f: { name: 0, value: 0 } },
    IToleration: { f: { effect: 0, key: 0, operator: 0, tolerationSeconds: 0, value: 0 } },
    ITopologySpreadConstraint: {
        f: {
            labelSelector: 'ILabelSelector',
            matchLabelKeys: 0,
            maxSkew: 0,
            minDomains: 0,
            nodeAffinityPolicy: 0,
            nodeTaintsPolicy: 0,
            topologyKey: 0,
            whenUnsatisfiable: 0,
        },
    },
    IVolume: {
        f: {
            awsElasticBlockStore: 'IAWSElasticBlockStoreVolumeSource',
            azureDisk: 'IAzureDiskVolumeSource',
            azureFile: 'IAzureFileVolumeSource',
            cephfs: 'ICephFSVolumeSource',
            cinder: 'ICinderVolumeSource',
            configMap: 'IConfigMapVolumeSource',
            csi: 'ICSIVolumeSource',
            downwardAPI: 'IDownwardAPIVolumeSource',
            emptyDir: 'IEmptyDirVolumeSource',
            ephemeral: 'IEphemeralVolumeSource',
            fc: 'IFCVolumeSource',
            flexVolume: 'IFlexVolumeSource',
            flocker: 'IFlockerVolumeSource',
            gcePersistentDisk: 'IGCEPersistentDiskVolumeSource',
            gitRepo: 'IGitRepoVolumeSource',
            glusterfs: 'IGlusterfsVolumeSource',
            hostPath: 'IHostPathVolumeSource',
            image: 'IImageVolumeSource',
            iscsi: 'IISCSIVolumeSource',
            name: 0,
            nfs: 'INFSVolumeSource',
            persistentVolumeClaim: 'IPersistentVolumeClaimVolumeSource',
            photonPersistentDisk: 'IPhotonPersistentDiskVolumeSource',
            portworxVolume: 'IPortworxVolumeSource',
            projected: 'IProjectedVolumeSource',
            quobyte: 'IQuobyteVolumeSource',
            rbd: 'IRBDVolumeSource',
            scaleIO: 'IScaleIOVolumeSource',
            secret: 'ISecretVolumeSource',
            storageos: 'IStorageOSVolumeSource',
            vsphereVolume: 'IVsphereVirtualDiskVolumeSource',
        },
    },
    IAWSElasticBlockStoreVolumeSource: { f: { fsType: 0, partition: 0, readOnly: 0, volumeID: 0 } },
    IAzureDiskVolumeSource: { f: { cachingMode: 0, diskName: 0, diskURI: 0, fsType: 0, kind: 0, readOnly: 0 } },
    IAzureFileVolumeSource: { f: { readOnly: 0, secretName: 0, shareName: 0 } },
    ICephFSVolumeSource: {
        f: { monitors: 0, path: 0, readOnly: 0, secretFile: 0, secretRef: 'ILocalObjectReference', user: 0 },
    },
    ICinderVolumeSource: { f: { fsType: 0, readOnly: 0, secretRef: 'ILocalObjectReference', volumeID: 0 } },
    IConfigMapVolumeSource: { f: { defaultMode: 0, items: 'IKeyToPath', name: 0, optional: 0 } },
    IKeyToPath: { f: { key: 0, mode: 0, path: 0 } },
    ICSIVolumeSource: {
        f: {
            driver: 0,
            fsType: 0,
            nodePublishSecretRef: 'ILocalObjectReference',
            readOnly: 0,
            volumeAttributes: 'anon15',
        },
    },
    anon15: { m: 0 },
    IDownwardAPIVolumeSource: { f: { defaultMode: 0, items: 'IDownwardAPIVolumeFile' } },
    IDownwardAPIVolumeFile: {
        f: { fieldRef: 'IObjectFieldSelector', mode: 0, path: 0, resourceFieldRef: 'IResourceFieldSelector' },
    },
    IEmptyDirVolumeSource: { f: { medium: 0, sizeLimit: 0 } },
    IEphemeralVolumeSource: { f: { volumeClaimTemplate: 'IPersistentVolumeClaimTemplate' } },
    IPersistentVolumeClaimTemplate: { f: { metadata: 'IObjectMeta', spec: 'IPersistentVolumeClaimSpec' } },
    IPersistentVolumeClaimSpec: {
        f: {
            accessModes: 0,
            dataSource: 'ITypedLocalObjectReference',
            dataSourceRef: 'ITypedObjectReference',
            resources: 'IVolumeResourceRequirements',
            selector: 'ILabelSelector',
            storageClassName: 0,
            volumeAttributesClassName: 0,
            volumeMode: 0,
            volumeName: 0,
        },
    },
    ITypedLocalObjectReference: { f: { apiGroup: 0, kind: 0, name: 0 } },
    ITypedObjectReference: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0 } },
    IVolumeResourceRequirements: { f: { limits: 'anon16', requests: 'anon17' } },
    anon16: { m: 0 },
    anon17: { m: 0 },
    IFCVolumeSource: { f: { fsType: 0, lun: 0, readOnly: 0, targetWWNs: 0, wwids: 0 } },
    IFlexVolumeSource: {
        f: { driver: 0, fsType: 0, options: 'anon18', readOnly: 0, secretRef: 'ILocalObjectReference' },
    },
    anon18: { m: 0 },
    IFlockerVolumeSource: { f: { datasetName: 0, datasetUUID: 0 } },
    IGCEPersistentDiskVolumeSource: { f: { fsType: 0, partition: 0, pdName: 0, readOnly: 0 } },
    IGitRepoVolumeSource: { f: { directory: 0, repository: 0, revision: 0 } },
    IGlusterfsVolumeSource: { f: { endpoints: 0, path: 0, readOnly: 0 } },
    IHostPathVolumeSource: { f: { path: 0, type: 0 } },
    IImageVolumeSource: { f: { pullPolicy: 0, reference: 0 } },
    IISCSIVolumeSource: {
        f: {
            chapAuthDiscovery: 0,
            chapAuthSession: 0,
            fsType: 0,
            initiatorName: 0,
            iqn: 0,
            iscsiInterface: 0,
            lun: 0,
            portals: 0,
            readOnly: 0,
            secretRef: 'ILocalObjectReference',
            targetPortal: 0,
        },
    },
    INFSVolumeSource: { f: { path: 0, readOnly: 0, server: 0 } },
    IPersistentVolumeClaimVolumeSource: { f: { claimName: 0, readOnly: 0 } },
    IPhotonPersistentDiskVolumeSource: { f: { fsType: 0, pdID: 0 } },
    IPortworxVolumeSource: { f: { fsType: 0, readOnly: 0, volumeID: 0 } },
    IProjectedVolumeSource: { f: { defaultMode: 0, sources: 'IVolumeProjection' } },
    IVolumeProjection: {
        f: {
            clusterTrustBundle: 'IClusterTrustBundleProjection',
            configMap: 'IConfigMapProjection',
            downwardAPI: 'IDownwardAPIProjection',
            podCertificate: 'IPodCertificateProjection',
            secret: 'ISecretProjection',
            serviceAccountToken: 'IServiceAccountTokenProjection',
        },
    },
    IClusterTrustBundleProjection: {
        f: { labelSelector: 'ILabelSelector', name: 0, optional: 0, path: 0, signerName: 0 },
    },
    IConfigMapProjection: { f: { items: 'IKeyToPath', name: 0, optional: 0 } },
    IDownwardAPIProjection: { f: { items: 'IDownwardAPIVolumeFile' } },
    IPodCertificateProjection: {
        f: {
            certificateChainPath: 0,
            credentialBundlePath: 0,
            keyPath: 0,
            keyType: 0,
            maxExpirationSeconds: 0,
            signerName: 0,
            userAnnotations: 'anon19',
        },
    },
    anon19: { m: 0 },
    ISecretProjection: { f: { items: 'IKeyToPath', name: 0, optional: 0 } },
    IServiceAccountTokenProjection: { f: { audience: 0, expirationSeconds: 0, path: 0 } },
    IQuobyteVolumeSource: { f: { group: 0, readOnly: 0, registry: 0, tenant: 0, user: 0, volume: 0 } },
    IRBDVolumeSource: {
        f: {
            fsType: 0,
            image: 0,
            keyring: 0,
            monitors: 0,
            pool: 0,
            readOnly: 0,
            secretRef: 'ILocalObjectReference',
            user: 0,
        },
    },
    IScaleIOVolumeSource: {
        f: {
            fsType: 0,
            gateway: 0,
            protectionDomain: 0,
            readOnly: 0,
            secretRef: 'ILocalObjectReference',
            sslEnabled: 0,
            storageMode: 0,
            storagePool: 0,
            system: 0,
            volumeName: 0,
        },
    },
    ISecretVolumeSource: { f: { defaultMode: 0, items: 'IKeyToPath', optional: 0, secretName: 0 } },
    IStorageOSVolumeSource: {
        f: { fsType: 0, readOnly: 0, secretRef: 'ILocalObjectReference', volumeName: 0, volumeNamespace: 0 },
    },
    IVsphereVirtualDiskVolumeSource: {
        f: { fsType: 0, storagePolicyID: 0, storagePolicyName: 0, volumePath: 0 },
    },
    IDaemonSetUpdateStrategy: { f: { rollingUpdate: 'IRollingUpdateDaemonSet', type: 0 } },
    IRollingUpdateDaemonSet: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDaemonSetStatus: {
        f: {
            collisionCount: 0,
            conditions: 'IDaemonSetCondition',
            currentNumberScheduled: 0,
            desiredNumberScheduled: 0,
            numberAvailable: 0,
            numberMisscheduled: 0,
            numberReady: 0,
            numberUnavailable: 0,
            observedGeneration: 0,
            updatedNumberScheduled: 0,
        },
    },
    IDaemonSetCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IDaemonSetList: { f: { apiVersion: 0, items: 'IDaemonSet', kind: 0, metadata: 'IListMeta' } },
    IDeployment: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDeploymentSpec',
            status: 'IDeploymentStatus',
        },
    },
    IDeploymentSpec: {
        f: {
            minReadySeconds: 0,
            paused: 0,
            progressDeadlineSeconds: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            strategy: 'IDeploymentStrategy',
            template: 'IPodTemplateSpec',
        },
    },
    IDeploymentStrategy: { f: { rollingUpdate: 'IRollingUpdateDeployment', type: 0 } },
    IRollingUpdateDeployment: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDeploymentStatus: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IDeploymentCondition',
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            terminatingReplicas: 0,
            unavailableReplicas: 0,
            updatedReplicas: 0,
        },
    },
    IDeploymentCondition: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IDeploymentList: { f: { apiVersion: 0, items: 'IDeployment', kind: 0, metadata: 'IListMeta' } },
    IReplicaSet: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IReplicaSetSpec',
            status: 'IReplicaSetStatus',
        },
    },
    IReplicaSetSpec: {
        f: { minReadySeconds: 0, replicas: 0, selector: 'ILabelSelector', template: 'IPodTemplateSpec' },
    },
    IReplicaSetStatus: {
        f: {
            availableReplicas: 0,
            conditions: 'IReplicaSetCondition',
            fullyLabeledReplicas: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            terminatingReplicas: 0,
        },
    },
    IReplicaSetCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IReplicaSetList: { f: { apiVersion: 0, items: 'IReplicaSet', kind: 0, metadata: 'IListMeta' } },
    IStatefulSet: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IStatefulSetSpec',
            status: 'IStatefulSetStatus',
        },
    },
    IStatefulSetSpec: {
        f: {
            minReadySeconds: 0,
            ordinals: 'IStatefulSetOrdinals',
            persistentVolumeClaimRetentionPolicy: 'IStatefulSetPersistentVolumeClaimRetentionPolicy',
            podManagementPolicy: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            serviceName: 0,
            template: 'IPodTemplateSpec',
            updateStrategy: 'IStatefulSetUpdateStrategy',
            volumeClaimTemplates: 'anon20',
        },
    },
    IStatefulSetOrdinals: { f: { start: 0 } },
    IStatefulSetPersistentVolumeClaimRetentionPolicy: { f: { whenDeleted: 0, whenScaled: 0 } },
    IStatefulSetUpdateStrategy: { f: { rollingUpdate: 'IRollingUpdateStatefulSetStrategy', type: 0 } },
    IRollingUpdateStatefulSetStrategy: { f: { maxUnavailable: 0, partition: 0 } },
    anon20: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPersistentVolumeClaimSpec',
            status: 'IPersistentVolumeClaimStatus',
        },
    },
    IPersistentVolumeClaimStatus: {
        f: {
            accessModes: 0,
            allocatedResourceStatuses: 'anon21',
            allocatedResources: 'anon22',
            capacity: 'anon23',
            conditions: 'IPersistentVolumeClaimCondition',
            currentVolumeAttributesClassName: 0,
            modifyVolumeStatus: 'IModifyVolumeStatus',
            phase: 0,
        },
    },
    anon21: { m: 0 },
    anon22: { m: 0 },
    anon23: { m: 0 },
    IPersistentVolumeClaimCondition: {
        f: { lastProbeTime: 0, lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IModifyVolumeStatus: { f: { status: 0, targetVolumeAttributesClassName: 0 } },
    IStatefulSetStatus: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IStatefulSetCondition',
            currentReplicas: 0,
            currentRevision: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            updateRevision: 0,
            updatedReplicas: 0,
        },
    },
    IStatefulSetCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IStatefulSetList: { f: { apiVersion: 0, items: 'IStatefulSet', kind: 0, metadata: 'IListMeta' } },
    IControllerRevision_: { f: { apiVersion: 0, data: 0, kind: 0, metadata: 'IObjectMeta', revision: 0 } },
    IControllerRevisionList_: {
        f: { apiVersion: 0, items: 'IControllerRevision_', kind: 0, metadata: 'IListMeta' },
    },
    IDeployment_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDeploymentSpec_',
            status: 'IDeploymentStatus_',
        },
    },
    IDeploymentSpec_: {
        f: {
            minReadySeconds: 0,
            paused: 0,
            progressDeadlineSeconds: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            rollbackTo: 'IRollbackConfig',
            selector: 'ILabelSelector',
            strategy: 'IDeploymentStrategy_',
            template: 'IPodTemplateSpec',
        },
    },
    IRollbackConfig: { f: { revision: 0 } },
    IDeploymentStrategy_: { f: { rollingUpdate: 'IRollingUpdateDeployment_', type: 0 } },
    IRollingUpdateDeployment_: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDeploymentStatus_: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IDeploymentCondition_',
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            unavailableReplicas: 0,
            updatedReplicas: 0,
        },
    },
    IDeploymentCondition_: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IDeploymentList_: { f: { apiVersion: 0, items: 'IDeployment_', kind: 0, metadata: 'IListMeta' } },
    IDeploymentRollback: {
        f: { apiVersion: 0, kind: 0, name: 0, rollbackTo: 'IRollbackConfig', updatedAnnotations: 'anon24' },
    },
    anon24: { m: 0 },
    IScale: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IScaleSpec', status: 'IScaleStatus' },
    },
    IScaleSpec: { f: { replicas: 0 } },
    IScaleStatus: { f: { replicas: 0, selector: 'anon25', targetSelector: 0 } },
    anon25: { m: 0 },
    IStatefulSet_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IStatefulSetSpec_',
            status: 'IStatefulSetStatus_',
        },
    },
    IStatefulSetSpec_: {
        f: {
            podManagementPolicy: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            serviceName: 0,
            template: 'IPodTemplateSpec',
            updateStrategy: 'IStatefulSetUpdateStrategy_',
            volumeClaimTemplates: 'IPersistentVolumeClaim',
        },
    },
    IStatefulSetUpdateStrategy_: { f: { rollingUpdate: 'IRollingUpdateStatefulSetStrategy_', type: 0 } },
    IRollingUpdateStatefulSetStrategy_: { f: { partition: 0 } },
    IPersistentVolumeClaim: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPersistentVolumeClaimSpec',
            status: 'IPersistentVolumeClaimStatus',
        },
    },
    IStatefulSetStatus_: {
        f: {
            collisionCount: 0,
            conditions: 'IStatefulSetCondition_',
            currentReplicas: 0,
            currentRevision: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            updateRevision: 0,
            updatedReplicas: 0,
        },
    },
    IStatefulSetCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IStatefulSetList_: { f: { apiVersion: 0, items: 'IStatefulSet_', kind: 0, metadata: 'IListMeta' } },
    IControllerRevision__: { f: { apiVersion: 0, data: 0, kind: 0, metadata: 'IObjectMeta', revision: 0 } },
    IControllerRevisionList__: {
        f: { apiVersion: 0, items: 'IControllerRevision__', kind: 0, metadata: 'IListMeta' },
    },
    IDaemonSet_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDaemonSetSpec_',
            status: 'IDaemonSetStatus_',
        },
    },
    IDaemonSetSpec_: {
        f: {
            minReadySeconds: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            template: 'IPodTemplateSpec',
            updateStrategy: 'IDaemonSetUpdateStrategy_',
        },
    },
    IDaemonSetUpdateStrategy_: { f: { rollingUpdate: 'IRollingUpdateDaemonSet_', type: 0 } },
    IRollingUpdateDaemonSet_: { f: { maxUnavailable: 0 } },
    IDaemonSetStatus_: {
        f: {
            collisionCount: 0,
            conditions: 'IDaemonSetCondition_',
            currentNumberScheduled: 0,
            desiredNumberScheduled: 0,
            numberAvailable: 0,
            numberMisscheduled: 0,
            numberReady: 0,
            numberUnavailable: 0,
            observedGeneration: 0,
            updatedNumberScheduled: 0,
        },
    },
    IDaemonSetCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IDaemonSetList_: { f: { apiVersion: 0, items: 'IDaemonSet_', kind: 0, metadata: 'IListMeta' } },
    IDeployment__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDeploymentSpec__',
            status: 'IDeploymentStatus__',
        },
    },
    IDeploymentSpec__: {
        f: {
            minReadySeconds: 0,
            paused: 0,
            progressDeadlineSeconds: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            strategy: 'IDeploymentStrategy__',
            template: 'IPodTemplateSpec',
        },
    },
    IDeploymentStrategy__: { f: { rollingUpdate: 'IRollingUpdateDeployment__', type: 0 } },
    IRollingUpdateDeployment__: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDeploymentStatus__: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IDeploymentCondition__',
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            unavailableReplicas: 0,
            updatedReplicas: 0,
        },
    },
    IDeploymentCondition__: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IDeploymentList__: { f: { apiVersion: 0, items: 'IDeployment__', kind: 0, metadata: 'IListMeta' } },
    IReplicaSet_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IReplicaSetSpec_',
            status: 'IReplicaSetStatus_',
        },
    },
    IReplicaSetSpec_: {
        f: { minReadySeconds: 0, replicas: 0, selector: 'ILabelSelector', template: 'IPodTemplateSpec' },
    },
    IReplicaSetStatus_: {
        f: {
            availableReplicas: 0,
            conditions: 'IReplicaSetCondition_',
            fullyLabeledReplicas: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
        },
    },
    IReplicaSetCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IReplicaSetList_: { f: { apiVersion: 0, items: 'IReplicaSet_', kind: 0, metadata: 'IListMeta' } },
    IScale_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IScaleSpec_', status: 'IScaleStatus_' },
    },
    IScaleSpec_: { f: { replicas: 0 } },
    IScaleStatus_: { f: { replicas: 0, selector: 'anon26', targetSelector: 0 } },
    anon26: { m: 0 },
    IStatefulSet__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IStatefulSetSpec__',
            status: 'IStatefulSetStatus__',
        },
    },
    IStatefulSetSpec__: {
        f: {
            podManagementPolicy: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            serviceName: 0,
            template: 'IPodTemplateSpec',
            updateStrategy: 'IStatefulSetUpdateStrategy__',
            volumeClaimTemplates: 'IPersistentVolumeClaim',
        },
    },
    IStatefulSetUpdateStrategy__: { f: { rollingUpdate: 'IRollingUpdateStatefulSetStrategy__', type: 0 } },
    IRollingUpdateStatefulSetStrategy__: { f: { partition: 0 } },
    IStatefulSetStatus__: {
        f: {
            collisionCount: 0,
            conditions: 'IStatefulSetCondition__',
            currentReplicas: 0,
            currentRevision: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            updateRevision: 0,
            updatedReplicas: 0,
        },
    },
    IStatefulSetCondition__: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IStatefulSetList__: { f: { apiVersion: 0, items: 'IStatefulSet__', kind: 0, metadata: 'IListMeta' } },
    IApplication: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            operation: 'IOperation',
            spec: 'IApplicationSpec',
            status: 'IApplicationStatus',
        },
    },
    IOperation: {
        f: { info: 'IInfo', initiatedBy: 'IOperationInitiator', retry: 'IRetryStrategy', sync: 'ISyncOperation' },
    },
    IInfo: { f: { name: 0, value: 0 } },
    IOperationInitiator: { f: { automated: 0, username: 0 } },
    IRetryStrategy: { f: { backoff: 'IBackoff', limit: 0, refresh: 0 } },
    IBackoff: { f: { duration: 0, factor: 0, maxDuration: 0 } },
    ISyncOperation: {
        f: {
            autoHealAttemptsCount: 0,
            dryRun: 0,
            manifests: 0,
            prune: 0,
            resources: 'ISyncOperationResource',
            revision: 0,
            revisions: 0,
            source: 'IApplicationSource',
            sources: 'IApplicationSource',
            syncOptions: 0,
            syncStrategy: 'ISyncStrategy',
        },
    },
    ISyncOperationResource: { f: { group: 0, kind: 0, name: 0, namespace: 0 } },
    IApplicationSource: {
        f: {
            chart: 0,
            directory: 'IApplicationSourceDirectory',
            helm: 'IApplicationSourceHelm',
            kustomize: 'IApplicationSourceKustomize',
            name: 0,
            path: 0,
            plugin: 'IApplicationSourcePlugin',
            ref: 0,
            repoURL: 0,
            targetRevision: 0,
        },
    },
    IApplicationSourceDirectory: {
        f: { exclude: 0, include: 0, jsonnet: 'IApplicationSourceJsonnet', recurse: 0 },
    },
    IApplicationSourceJsonnet: { f: { extVars: 'IJsonnetVar', libs: 0, tlas: 'IJsonnetVar' } },
    IJsonnetVar: { f: { code: 0, name: 0, value: 0 } },
    IApplicationSourceHelm: {
        f: {
            apiVersions: 0,
            fileParameters: 'IHelmFileParameter',
            ignoreMissingValueFiles: 0,
            kubeVersion: 0,
            namespace: 0,
            parameters: 'IHelmParameter',
            passCredentials: 0,
            releaseName: 0,
            skipCrds: 0,
            skipSchemaValidation: 0,
            skipTests: 0,
            valueFiles: 0,
            values: 0,
            valuesObject: 0,
            version: 0,
        },
    },
    IHelmFileParameter: { f: { name: 0, path: 0 } },
    IHelmParameter: { f: { forceString: 0, name: 0, value: 0 } },
    IApplicationSourceKustomize: {
        f: {
            apiVersions: 0,
            commonAnnotations: 'anon27',
            commonAnnotationsEnvsubst: 0,
            commonLabels: 'anon28',
            components: 0,
            forceCommonAnnotations: 0,
            forceCommonLabels: 0,
            ignoreMissingComponents: 0,
            images: 0,
            kubeVersion: 0,
            labelIncludeTemplates: 0,
            labelWithoutSelector: 0,
            namePrefix: 0,
            nameSuffix: 0,
            namespace: 0,
            patches: 'IKustomizePatch',
            replicas: 'IKustomizeReplica',
            version: 0,
        },
    },
    anon27: { m: 0 },
    anon28: { m: 0 },
    IKustomizePatch: { f: { options: 'anon29', patch: 0, path: 0, target: 'IKustomizeSelector' } },
    anon29: { m: 0 },
    IKustomizeSelector: {
        f: { annotationSelector: 0, labelSelector: 0, name: 0, namespace: 0, group: 0, kind: 0, version: 0 },
    },
    IKustomizeReplica: { f: { count: 0, name: 0 } },
    IApplicationSourcePlugin: {
        f: { env: 'IEnvEntry', name: 0, parameters: 'IApplicationSourcePluginParameter' },
    },
    IEnvEntry: { f: { name: 0, value: 0 } },
    IApplicationSourcePluginParameter: { f: { name: 0, string: 0, map: 'anon30', array: 0 } },
    anon30: { m: 0 },
    ISyncStrategy: { f: { apply: 'ISyncStrategyApply', hook: 'ISyncStrategyHook' } },
    ISyncStrategyApply: { f: { force: 0 } },
    ISyncStrategyHook: { f: { force: 0 } },
    IApplicationSpec: {
        f: {
            destination: 'IApplicationDestination',
            ignoreDifferences: 'IResourceIgnoreDifferences',
            info: 'IInfo',
            project: 0,
            revisionHistoryLimit: 0,
            source: 'IApplicationSource',
            sourceHydrator: 'ISourceHydrator',
            sources: 'IApplicationSource',
            syncPolicy: 'ISyncPolicy',
        },
    },
    IApplicationDestination: { f: { name: 0, namespace: 0, server: 0 } },
    IResourceIgnoreDifferences: {
        f: {
            group: 0,
            jqPathExpressions: 0,
            jsonPointers: 0,
            kind: 0,
            managedFieldsManagers: 0,
            name: 0,
            namespace: 0,
        },
    },
    ISourceHydrator: { f: { drySource: 'IDrySource', hydrateTo: 'IHydrateTo', syncSource: 'ISyncSource' } },
    IDrySource: {
        f: {
            directory: 'IApplicationSourceDirectory',
            helm: 'IApplicationSourceHelm',
            kustomize: 'IApplicationSourceKustomize',
            path: 0,
            plugin: 'IApplicationSourcePlugin',
            repoURL: 0,
            targetRevision: 0,
        },
    },
    IHydrateTo: { f: { targetBranch: 0 } },
    ISyncSource: { f: { path: 0, targetBranch: 0 } },
    ISyncPolicy: {
        f: {
            automated: 'ISyncPolicyAutomated',
            managedNamespaceMetadata: 'IManagedNamespaceMetadata',
            retry: 'IRetryStrategy',
            syncOptions: 0,
        },
    },
    ISyncPolicyAutomated: { f: { allowEmpty: 0, enabled: 0, prune: 0, selfHeal: 0 } },
    IManagedNamespaceMetadata: { f: { annotations: 'anon31', labels: 'anon32' } },
    anon31: { m: 0 },
    anon32: { m: 0 },
    IApplicationStatus: {
        f: {
            conditions: 'IApplicationCondition',
            controllerNamespace: 0,
            health: 'IAppHealthStatus',
            history: 'IRevisionHistory',
            observedAt: 0,
            operationState: 'IOperationState',
            reconciledAt: 0,
            resourceHealthSource: 0,
            resources: 'IResourceStatus',
            sourceHydrator: 'ISourceHydratorStatus',
            sourceType: 0,
            sourceTypes: 0,
            summary: 'IApplicationSummary',
            sync: 'ISyncStatus',
        },
    },
    IApplicationCondition: { f: { lastTransitionTime: 0, message: 0, type: 0 } },
    IAppHealthStatus: { f: { lastTransitionTime: 0, message: 0, status: 0 } },
    IRevisionHistory: {
        f: {
            deployStartedAt: 0,
            deployedAt: 0,
            id: 0,
            initiatedBy: 'IOperationInitiator',
            revision: 0,
            revisions: 0,
            source: 'IApplicationSource',
            sources: 'IApplicationSource',
        },
    },
    IOperationState: {
        f: {
            finishedAt: 0,
            message: 0,
            operation: 'IOperation',
            phase: 0,
            retryCount: 0,
            startedAt: 0,
            syncResult: 'ISyncOperationResult',
        },
    },
    ISyncOperationResult: {
        f: {
            managedNamespaceMetadata: 'IManagedNamespaceMetadata',
            resources: 'IResourceResult',
            revision: 0,
            revisions: 0,
            source: 'IApplicationSource',
            sources: 'IApplicationSource',
        },
    },
    IResourceResult: {
        f: {
            group: 0,
            hookPhase: 0,
            hookType: 0,
            images: 0,
            kind: 0,
            message: 0,
            name: 0,
            namespace: 0,
            status: 0,
            syncPhase: 0,
            version: 0,
        },
    },
    IResourceStatus: {
        f: {
            group: 0,
            health: 'IHealthStatus',
            hook: 0,
            kind: 0,
            name: 0,
            namespace: 0,
            requiresDeletionConfirmation: 0,
            requiresPruning: 0,
            status: 0,
            syncWave: 0,
            version: 0,
        },
    },
    IHealthStatus: { f: { lastTransitionTime: 0, message: 0, status: 0 } },
    ISourceHydratorStatus: {
        f: { currentOperation: 'IHydrateOperation', lastSuccessfulOperation: 'ISuccessfulHydrateOperation' },
    },
    IHydrateOperation: {
        f: {
            drySHA: 0,
            finishedAt: 0,
            hydratedSHA: 0,
            message: 0,
            phase: 0,
            sourceHydrator: 'ISourceHydrator',
            startedAt: 0,
        },
    },
    ISuccessfulHydrateOperation: { f: { drySHA: 0, hydratedSHA: 0, sourceHydrator: 'ISourceHydrator' } },
    IApplicationSummary: { f: { externalURLs: 0, images: 0 } },
    ISyncStatus: { f: { comparedTo: 'IComparedTo', revision: 0, revisions: 0, status: 0 } },
    IComparedTo: {
        f: {
            destination: 'IApplicationDestination',
            ignoreDifferences: 'IResourceIgnoreDifferences',
            source: 'IApplicationSource',
            sources: 'IApplicationSource',
        },
    },
    IApplicationList: { f: { apiVersion: 0, items: 'IApplication', kind: 0, metadata: 'IListMeta' } },
    IApplicationSet: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IApplicationSetSpec',
            status: 'IApplicationSetStatus',
        },
    },
    IApplicationSetSpec: {
        f: {
            applyNestedSelectors: 0,
            generators: 'IApplicationSetGenerator',
            goTemplate: 0,
            goTemplateOptions: 0,
            ignoreApplicationDifferences: 'IApplicationSetResourceIgnoreDifferences',
            preservedFields: 'IApplicationPreservedFields',
            strategy: 'IApplicationSetStrategy',
            syncPolicy: 'IApplicationSetSyncPolicy',
            template: 'IApplicationSetTemplate',
            templatePatch: 0,
        },
    },
    IApplicationSetGenerator: {
        f: {
            clusterDecisionResource: 'IDuckTypeGenerator',
            clusters: 'IClusterGenerator',
            git: 'IGitGenerator',
            list: 'IListGenerator',
            matrix: 'IMatrixGenerator',
            merge: 'IMergeGenerator',
            plugin: 'IPluginGenerator',
            pullRequest: 'IPullRequestGenerator',
            scmProvider: 'ISCMProviderGenerator',
            selector: 'ILabelSelector',
        },
    },
    IDuckTypeGenerator: {
        f: {
            configMapRef: 0,
            labelSelector: 'ILabelSelector',
            name: 0,
            requeueAfterSeconds: 0,
            template: 'IApplicationSetTemplate',
            values: 'anon35',
        },
    },
    IApplicationSetTemplate: { f: { metadata: 'IApplicationSetTemplateMeta', spec: 'IApplicationSpec' } },
    IApplicationSetTemplateMeta: {
        f: { annotations: 'anon33', finalizers: 0, labels: 'anon34', name: 0, namespace: 0 },
    },
    anon33: { m: 0 },
    anon34: { m: 0 },
    anon35: { m: 0 },
    IClusterGenerator: {
        f: { flatList: 0, selector: 'ILabelSelector', template: 'IApplicationSetTemplate', values: 'anon36' },
    },
    anon36: { m: 0 },
    IGitGenerator: {
        f: {
            directories: 'IGitDirectoryGeneratorItem',
            files: 'IGitFileGeneratorItem',
            pathParamPrefix: 0,
            repoURL: 0,
            requeueAfterSeconds: 0,
            revision: 0,
            template: 'IApplicationSetTemplate',
            values: 'anon37',
        },
    },
    IGitDirectoryGeneratorItem: { f: { exclude: 0, path: 0 } },
    IGitFileGeneratorItem: { f: { exclude: 0, path: 0 } },
    anon37: { m: 0 },
    IListGenerator: { f: { elements: 0, elementsYaml: 0, template: 'IApplicationSetTemplate' } },
    IMatrixGenerator: {
        f: { generators: 'IApplicationSetNestedGenerator', template: 'IApplicationSetTemplate' },
    },
    IApplicationSetNestedGenerator: {
        f: {
            clusterDecisionResource: 'IDuckTypeGenerator',
            clusters: 'IClusterGenerator',
            git: 'IGitGenerator',
            list: 'IListGenerator',
            matrix: 0,
            merge: 0,
            plugin: 'IPluginGenerator',
            pullRequest: 'IPullRequestGenerator',
            scmProvider: 'ISCMProviderGenerator',
            selector: 'ILabelSelector',
        },
    },
    IPluginGenerator: {
        f: {
            configMapRef: 'IPluginConfigMapRef',
            input: 'IPluginInput',
            requeueAfterSeconds: 0,
            template: 'IApplicationSetTemplate',
            values: 'anon38',
        },
    },
    IPluginConfigMapRef: { f: { name: 0 } },
    IPluginInput: { f: { parameters: 'IPluginParameters' } },
    IPluginParameters: { m: 0 },
    anon38: { m: 0 },
    IPullRequestGenerator: {
        f: {
            azuredevops: 'IPullRequestGeneratorAzureDevOps',
            bitbucket: 'IPullRequestGeneratorBitbucket',
            bitbucketServer: 'IPullRequestGeneratorBitbucketServer',
            continueOnRepoNotFoundError: 0,
            filters: 'IPullRequestGeneratorFilter',
            gitea: 'IPullRequestGeneratorGitea',
            github: 'IPullRequestGeneratorGithub',
            gitlab: 'IPullRequestGeneratorGitLab',
            requeueAfterSeconds: 0,
            template: 'IApplicationSetTemplate',
            values: 'anon39',
        },
    },
    IPullRequestGeneratorAzureDevOps: {
        f: { api: 0, labels: 0, organization: 0, project: 0, repo: 0, tokenRef: 'ISecretRef' },
    },
    ISecretRef: { f: { key: 0, secretName: 0 } },
    IPullRequestGeneratorBitbucket: {
        f: {
            api: 0,
            basicAuth: 'IBasicAuthBitbucketServer',
            bearerToken: 'IBearerTokenBitbucketCloud',
            owner: 0,
            repo: 0,
        },
    },
    IBasicAuthBitbucketServer: { f: { passwordRef: 'ISecretRef', username: 0 } },
    IBearerTokenBitbucketCloud: { f: { tokenRef: 'ISecretRef' } },
    IPullRequestGeneratorBitbucketServer: {
        f: {
            api: 0,
            basicAuth: 'IBasicAuthBitbucketServer',
            bearerToken: 'IBearerTokenBitbucket',
            caRef: 'IConfigMapKeyRef',
            insecure: 0,
            project: 0,
            repo: 0,
        },
    },
    IBearerTokenBitbucket: { f: { tokenRef: 'ISecretRef' } },
    IConfigMapKeyRef: { f: { configMapName: 0, key: 0 } },
    IPullRequestGeneratorFilter: { f: { branchMatch: 0, targetBranchMatch: 0, titleMatch: 0 } },
    IPullRequestGeneratorGitea: {
        f: { api: 0, insecure: 0, labels: 0, owner: 0, repo: 0, tokenRef: 'ISecretRef' },
    },
    IPullRequestGeneratorGithub: {
        f: { api: 0, appSecretName: 0, labels: 0, owner: 0, repo: 0, tokenRef: 'ISecretRef' },
    },
    IPullRequestGeneratorGitLab: {
        f: {
            api: 0,
            caRef: 'IConfigMapKeyRef',
            insecure: 0,
            labels: 0,
            project: 0,
            pullRequestState: 0,
            tokenRef: 'ISecretRef',
        },
    },
    anon39: { m: 0 },
    ISCMProviderGenerator: {
        f: {
            awsCodeCommit: 'ISCMProviderGeneratorAWSCodeCommit',
            azureDevOps: 'ISCMProviderGeneratorAzureDevOps',
            bitbucket: 'ISCMProviderGeneratorBitbucket',
            bitbucketServer: 'ISCMProviderGeneratorBitbucketServer',
            cloneProtocol: 0,
            filters: 'ISCMProviderGeneratorFilter',
            gitea: 'ISCMProviderGeneratorGitea',
            github: 'ISCMProviderGeneratorGithub',
            gitlab: 'ISCMProviderGeneratorGitlab',
            requeueAfterSeconds: 0,
            template: 'IApplicationSetTemplate',
            values: 'anon40',
        },
    },
    ISCMProviderGeneratorAWSCodeCommit: { f: { allBranches: 0, region: 0, role: 0, tagFilters: 'ITagFilter' } },
    ITagFilter: { f: { key: 0, value: 0 } },
    ISCMProviderGeneratorAzureDevOps: {
        f: { accessTokenRef: 'ISecretRef', allBranches: 0, api: 0, organization: 0, teamProject: 0 },
    },
    ISCMProviderGeneratorBitbucket: { f: { allBranches: 0, appPasswordRef: 'ISecretRef', owner: 0, user: 0 } },
    ISCMProviderGeneratorBitbucketServer: {
        f: {
            allBranches: 0,
            api: 0,
            basicAuth: 'IBasicAuthBitbucketServer',
            bearerToken: 'IBearerTokenBitbucket',
            caRef: 'IConfigMapKeyRef',
            insecure: 0,
            project: 0,
        },
    },
    ISCMProviderGeneratorFilter: {
        f: { branchMatch: 0, labelMatch: 0, pathsDoNotExist: 0, pathsExist: 0, repositoryMatch: 0 },
    },
    ISCMProviderGeneratorGitea: {
        f: { allBranches: 0, api: 0, insecure: 0, owner: 0, tokenRef: 'ISecretRef' },
    },
    ISCMProviderGeneratorGithub: {
        f: { allBranches: 0, api: 0, appSecretName: 0, organization: 0, tokenRef: 'ISecretRef' },
    },
    ISCMProviderGeneratorGitlab: {
        f: {
            allBranches: 0,
            api: 0,
            caRef: 'IConfigMapKeyRef',
            group: 0,
            includeSharedProjects: 0,
            includeSubgroups: 0,
            insecure: 0,
            tokenRef: 'ISecretRef',
            topic: 0,
        },
    },
    anon40: { m: 0 },
    IMergeGenerator: {
        f: { generators: 'IApplicationSetNestedGenerator', mergeKeys: 0, template: 'IApplicationSetTemplate' },
    },
    IApplicationSetResourceIgnoreDifferences: { f: { jqPathExpressions: 0, jsonPointers: 0, name: 0 } },
    IApplicationPreservedFields: { f: { annotations: 0, labels: 0 } },
    IApplicationSetStrategy: {
        f: { deletionOrder: 0, rollingSync: 'IApplicationSetRolloutStrategy', type: 0 },
    },
    IApplicationSetRolloutStrategy: { f: { steps: 'IApplicationSetRolloutStep' } },
    IApplicationSetRolloutStep: { f: { matchExpressions: 'IApplicationMatchExpression', maxUpdate: 0 } },
    IApplicationMatchExpression: { f: { key: 0, operator: 0, values: 0 } },
    IApplicationSetSyncPolicy: { f: { applicationsSync: 0, preserveResourcesOnDeletion: 0 } },
    IApplicationSetStatus: {
        f: {
            applicationStatus: 'IApplicationSetApplicationStatus',
            conditions: 'IApplicationSetCondition',
            resources: 'IResourceStatus',
            resourcesCount: 0,
        },
    },
    IApplicationSetApplicationStatus: {
        f: { application: 0, lastTransitionTime: 0, message: 0, status: 0, step: 0, targetRevisions: 0 },
    },
    IApplicationSetCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IApplicationSetList: { f: { apiVersion: 0, items: 'IApplicationSet', kind: 0, metadata: 'IListMeta' } },
    IAppProject: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IAppProjectSpec',
            status: 'IAppProjectStatus',
        },
    },
    IAppProjectSpec: {
        f: {
            clusterResourceBlacklist: 'IClusterResourceRestrictionItem',
            clusterResourceWhitelist: 'IClusterResourceRestrictionItem',
            description: 0,
            destinationServiceAccounts: 'IApplicationDestinationServiceAccount',
            destinations: 'IApplicationDestination',
            namespaceResourceBlacklist: 'anon41',
            namespaceResourceWhitelist: 'anon42',
            orphanedResources: 'IOrphanedResourcesMonitorSettings',
            permitOnlyProjectScopedClusters: 0,
            roles: 'IProjectRole',
            signatureKeys: 'ISignatureKey',
            sourceNamespaces: 0,
            sourceRepos: 0,
            syncWindows: 'ISyncWindow',
        },
    },
    IClusterResourceRestrictionItem: { f: { group: 0, kind: 0, name: 0 } },
    IApplicationDestinationServiceAccount: { f: { defaultServiceAccount: 0, namespace: 0, server: 0 } },
    anon41: { f: { group: 0, kind: 0 } },
    anon42: { f: { group: 0, kind: 0 } },
    IOrphanedResourcesMonitorSettings: { f: { ignore: 'IOrphanedResourceKey', warn: 0 } },
    IOrphanedResourceKey: { f: { group: 0, kind: 0, name: 0 } },
    IProjectRole: { f: { description: 0, groups: 0, jwtTokens: 'IJWTToken', name: 0, policies: 0 } },
    IJWTToken: { f: { exp: 0, iat: 0, id: 0 } },
    ISignatureKey: { f: { keyID: 0 } },
    ISyncWindow: {
        f: {
            andOperator: 0,
            applications: 0,
            clusters: 0,
            description: 0,
            duration: 0,
            kind: 0,
            manualSync: 0,
            namespaces: 0,
            schedule: 0,
            timeZone: 0,
        },
    },
    IAppProjectStatus: { f: { jwtTokensByRole: 'anon43' } },
    anon43: { m: 'IJWTTokens' },
    IJWTTokens: { f: { items: 'IJWTToken' } },
    IAppProjectList: { f: { apiVersion: 0, items: 'IAppProject', kind: 0, metadata: 'IListMeta' } },
    ISelfSubjectReview: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', status: 'ISelfSubjectReviewStatus' },
    },
    ISelfSubjectReviewStatus: { f: { userInfo: 'IUserInfo' } },
    IUserInfo: { f: { extra: 'anon44', groups: 0, uid: 0, username: 0 } },
    anon44: { m: 0 },
    ITokenRequest: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ITokenRequestSpec',
            status: 'ITokenRequestStatus',
        },
    },
    ITokenRequestSpec: { f: { audiences: 0, boundObjectRef: 'IBoundObjectReference', expirationSeconds: 0 } },
    IBoundObjectReference: { f: { apiVersion: 0, kind: 0, name: 0, uid: 0 } },
    ITokenRequestStatus: { f: { expirationTimestamp: 0, token: 0 } },
    ITokenReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ITokenReviewSpec',
            status: 'ITokenReviewStatus',
        },
    },
    ITokenReviewSpec: { f: { audiences: 0, token: 0 } },
    ITokenReviewStatus: { f: { audiences: 0, authenticated: 0, error: 0, user: 'IUserInfo' } },
    ITokenReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ITokenReviewSpec_',
            status: 'ITokenReviewStatus_',
        },
    },
    ITokenReviewSpec_: { f: { audiences: 0, token: 0 } },
    ITokenReviewStatus_: { f: { audiences: 0, authenticated: 0, error: 0, user: 'IUserInfo_' } },
    IUserInfo_: { f: { extra: 'anon45', groups: 0, uid: 0, username: 0 } },
    anon45: { m: 0 },
    ILocalSubjectAccessReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISubjectAccessReviewSpec',
            status: 'ISubjectAccessReviewStatus',
        },
    },
    ISubjectAccessReviewSpec: {
        f: {
            extra: 'anon46',
            groups: 0,
            nonResourceAttributes: 'INonResourceAttributes',
            resourceAttributes: 'IResourceAttributes',
            uid: 0,
            user: 0,
        },
    },
    anon46: { m: 0 },
    INonResourceAttributes: { f: { path: 0, verb: 0 } },
    IResourceAttributes: {
        f: {
            fieldSelector: 'IFieldSelectorAttributes',
            group: 0,
            labelSelector: 'ILabelSelectorAttributes',
            name: 0,
            namespace: 0,
            resource: 0,
            subresource: 0,
            verb: 0,
            version: 0,
        },
    },
    IFieldSelectorAttributes: { f: { rawSelector: 0, requirements: 'IFieldSelectorRequirement' } },
    IFieldSelectorRequirement: { f: { key: 0, operator: 0, values: 0 } },
    ILabelSelectorAttributes: { f: { rawSelector: 0, requirements: 'ILabelSelectorRequirement' } },
    ISubjectAccessReviewStatus: { f: { allowed: 0, denied: 0, evaluationError: 0, reason: 0 } },
    ISelfSubjectAccessReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISelfSubjectAccessReviewSpec',
            status: 'ISubjectAccessReviewStatus',
        },
    },
    ISelfSubjectAccessReviewSpec: {
        f: { nonResourceAttributes: 'INonResourceAttributes', resourceAttributes: 'IResourceAttributes' },
    },
    ISelfSubjectRulesReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISelfSubjectRulesReviewSpec',
            status: 'ISubjectRulesReviewStatus',
        },
    },
    ISelfSubjectRulesReviewSpec: { f: { namespace: 0 } },
    ISubjectRulesReviewStatus: {
        f: {
            evaluationError: 0,
            incomplete: 0,
            nonResourceRules: 'INonResourceRule',
            resourceRules: 'IResourceRule',
        },
    },
    INonResourceRule: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourceRule: { f: { apiGroups: 0, resourceNames: 0, resources: 0, verbs: 0 } },
    ISubjectAccessReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISubjectAccessReviewSpec',
            status: 'ISubjectAccessReviewStatus',
        },
    },
    ILocalSubjectAccessReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISubjectAccessReviewSpec_',
            status: 'ISubjectAccessReviewStatus_',
        },
    },
    ISubjectAccessReviewSpec_: {
        f: {
            extra: 'anon47',
            group: 0,
            nonResourceAttributes: 'INonResourceAttributes_',
            resourceAttributes: 'IResourceAttributes_',
            uid: 0,
            user: 0,
        },
    },
    anon47: { m: 0 },
    INonResourceAttributes_: { f: { path: 0, verb: 0 } },
    IResourceAttributes_: {
        f: { group: 0, name: 0, namespace: 0, resource: 0, subresource: 0, verb: 0, version: 0 },
    },
    ISubjectAccessReviewStatus_: { f: { allowed: 0, denied: 0, evaluationError: 0, reason: 0 } },
    ISelfSubjectAccessReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISelfSubjectAccessReviewSpec_',
            status: 'ISubjectAccessReviewStatus_',
        },
    },
    ISelfSubjectAccessReviewSpec_: {
        f: { nonResourceAttributes: 'INonResourceAttributes_', resourceAttributes: 'IResourceAttributes_' },
    },
    ISelfSubjectRulesReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISelfSubjectRulesReviewSpec_',
            status: 'ISubjectRulesReviewStatus_',
        },
    },
    ISelfSubjectRulesReviewSpec_: { f: { namespace: 0 } },
    ISubjectRulesReviewStatus_: {
        f: {
            evaluationError: 0,
            incomplete: 0,
            nonResourceRules: 'INonResourceRule_',
            resourceRules: 'IResourceRule_',
        },
    },
    INonResourceRule_: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourceRule_: { f: { apiGroups: 0, resourceNames: 0, resources: 0, verbs: 0 } },
    ISubjectAccessReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISubjectAccessReviewSpec_',
            status: 'ISubjectAccessReviewStatus_',
        },
    },
    IHorizontalPodAutoscaler: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IHorizontalPodAutoscalerSpec',
            status: 'IHorizontalPodAutoscalerStatus',
        },
    },
    IHorizontalPodAutoscalerSpec: {
        f: {
            maxReplicas: 0,
            minReplicas: 0,
            scaleTargetRef: 'ICrossVersionObjectReference',
            targetCPUUtilizationPercentage: 0,
        },
    },
    ICrossVersionObjectReference: { f: { apiVersion: 0, kind: 0, name: 0 } },
    IHorizontalPodAutoscalerStatus: {
        f: {
            currentCPUUtilizationPercentage: 0,
            currentReplicas: 0,
            desiredReplicas: 0,
            lastScaleTime: 0,
            observedGeneration: 0,
        },
    },
    IHorizontalPodAutoscalerList: {
        f: { apiVersion: 0, items: 'IHorizontalPodAutoscaler', kind: 0, metadata: 'IListMeta' },
    },
    IScale__: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IScaleSpec__', status: 'IScaleStatus__' },
    },
    IScaleSpec__: { f: { replicas: 0 } },
    IScaleStatus__: { f: { replicas: 0, selector: 0 } },
    IHorizontalPodAutoscaler_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IHorizontalPodAutoscalerSpec_',
            status: 'IHorizontalPodAutoscalerStatus_',
        },
    },
    IHorizontalPodAutoscalerSpec_: {
        f: {
            behavior: 'IHorizontalPodAutoscalerBehavior',
            maxReplicas: 0,
            metrics: 'IMetricSpec',
            minReplicas: 0,
            scaleTargetRef: 'ICrossVersionObjectReference_',
        },
    },
    IHorizontalPodAutoscalerBehavior: { f: { scaleDown: 'IHPAScalingRules', scaleUp: 'IHPAScalingRules' } },
    IHPAScalingRules: {
        f: { policies: 'IHPAScalingPolicy', selectPolicy: 0, stabilizationWindowSeconds: 0, tolerance: 0 },
    },
    IHPAScalingPolicy: { f: { periodSeconds: 0, type: 0, value: 0 } },
    IMetricSpec: {
        f: {
            containerResource: 'IContainerResourceMetricSource',
            external: 'IExternalMetricSource',
            object: 'IObjectMetricSource',
            pods: 'IPodsMetricSource',
            resource: 'IResourceMetricSource',
            type: 0,
        },
    },
    IContainerResourceMetricSource: { f: { container: 0, name: 0, target: 'IMetricTarget' } },
    IMetricTarget: { f: { averageUtilization: 0, averageValue: 0, type: 0, value: 0 } },
    IExternalMetricSource: { f: { metric: 'IMetricIdentifier', target: 'IMetricTarget' } },
    IMetricIdentifier: { f: { name: 0, selector: 'ILabelSelector' } },
    IObjectMetricSource: {
        f: {
            describedObject: 'ICrossVersionObjectReference_',
            metric: 'IMetricIdentifier',
            target: 'IMetricTarget',
        },
    },
    ICrossVersionObjectReference_: { f: { apiVersion: 0, kind: 0, name: 0 } },
    IPodsMetricSource: { f: { metric: 'IMetricIdentifier', target: 'IMetricTarget' } },
    IResourceMetricSource: { f: { name: 0, target: 'IMetricTarget' } },
    IHorizontalPodAutoscalerStatus_: {
        f: {
            conditions: 'IHorizontalPodAutoscalerCondition',
            currentMetrics: 'IMetricStatus',
            currentReplicas: 0,
            desiredReplicas: 0,
            lastScaleTime: 0,
            observedGeneration: 0,
        },
    },
    IHorizontalPodAutoscalerCondition: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IMetricStatus: {
        f: {
            containerResource: 'IContainerResourceMetricStatus',
            external: 'IExternalMetricStatus',
            object: 'IObjectMetricStatus',
            pods: 'IPodsMetricStatus',
            resource: 'IResourceMetricStatus',
            type: 0,
        },
    },
    IContainerResourceMetricStatus: { f: { container: 0, current: 'IMetricValueStatus', name: 0 } },
    IMetricValueStatus: { f: { averageUtilization: 0, averageValue: 0, value: 0 } },
    IExternalMetricStatus: { f: { current: 'IMetricValueStatus', metric: 'IMetricIdentifier' } },
    IObjectMetricStatus: {
        f: {
            current: 'IMetricValueStatus',
            describedObject: 'ICrossVersionObjectReference_',
            metric: 'IMetricIdentifier',
        },
    },
    IPodsMetricStatus: { f: { current: 'IMetricValueStatus', metric: 'IMetricIdentifier' } },
    IResourceMetricStatus: { f: { current: 'IMetricValueStatus', name: 0 } },
    IHorizontalPodAutoscalerList_: {
        f: { apiVersion: 0, items: 'IHorizontalPodAutoscaler_', kind: 0, metadata: 'IListMeta' },
    },
    IHorizontalPodAutoscaler__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IHorizontalPodAutoscalerSpec__',
            status: 'IHorizontalPodAutoscalerStatus__',
        },
    },
    IHorizontalPodAutoscalerSpec__: {
        f: {
            maxReplicas: 0,
            metrics: 'IMetricSpec_',
            minReplicas: 0,
            scaleTargetRef: 'ICrossVersionObjectReference__',
        },
    },
    IMetricSpec_: {
        f: {
            containerResource: 'IContainerResourceMetricSource_',
            external: 'IExternalMetricSource_',
            object: 'IObjectMetricSource_',
            pods: 'IPodsMetricSource_',
            resource: 'IResourceMetricSource_',
            type: 0,
        },
    },
    IContainerResourceMetricSource_: {
        f: { container: 0, name: 0, targetAverageUtilization: 0, targetAverageValue: 0 },
    },
    IExternalMetricSource_: {
        f: { metricName: 0, metricSelector: 'ILabelSelector', targetAverageValue: 0, targetValue: 0 },
    },
    IObjectMetricSource_: {
        f: {
            averageValue: 0,
            metricName: 0,
            selector: 'ILabelSelector',
            target: 'ICrossVersionObjectReference__',
            targetValue: 0,
        },
    },
    ICrossVersionObjectReference__: { f: { apiVersion: 0, kind: 0, name: 0 } },
    IPodsMetricSource_: { f: { metricName: 0, selector: 'ILabelSelector', targetAverageValue: 0 } },
    IResourceMetricSource_: { f: { name: 0, targetAverageUtilization: 0, targetAverageValue: 0 } },
    IHorizontalPodAutoscalerStatus__: {
        f: {
            conditions: 'IHorizontalPodAutoscalerCondition_',
            currentMetrics: 'IMetricStatus_',
            currentReplicas: 0,
            desiredReplicas: 0,
            lastScaleTime: 0,
            observedGeneration: 0,
        },
    },
    IHorizontalPodAutoscalerCondition_: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IMetricStatus_: {
        f: {
            containerResource: 'IContainerResourceMetricStatus_',
            external: 'IExternalMetricStatus_',
            object: 'IObjectMetricStatus_',
            pods: 'IPodsMetricStatus_',
            resource: 'IResourceMetricStatus_',
            type: 0,
        },
    },
    IContainerResourceMetricStatus_: {
        f: { container: 0, currentAverageUtilization: 0, currentAverageValue: 0, name: 0 },
    },
    IExternalMetricStatus_: {
        f: { currentAverageValue: 0, currentValue: 0, metricName: 0, metricSelector: 'ILabelSelector' },
    },
    IObjectMetricStatus_: {
        f: {
            averageValue: 0,
            currentValue: 0,
            metricName: 0,
            selector: 'ILabelSelector',
            target: 'ICrossVersionObjectReference__',
        },
    },
    IPodsMetricStatus_: { f: { currentAverageValue: 0, metricName: 0, selector: 'ILabelSelector' } },
    IResourceMetricStatus_: { f: { currentAverageUtilization: 0, currentAverageValue: 0, name: 0 } },
    IHorizontalPodAutoscalerList__: {
        f: { apiVersion: 0, items: 'IHorizontalPodAutoscaler__', kind: 0, metadata: 'IListMeta' },
    },
    IHorizontalPodAutoscaler___: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IHorizontalPodAutoscalerSpec___',
            status: 'IHorizontalPodAutoscalerStatus___',
        },
    },
    IHorizontalPodAutoscalerSpec___: {
        f: {
            behavior: 'IHorizontalPodAutoscalerBehavior_',
            maxReplicas: 0,
            metrics: 'IMetricSpec__',
            minReplicas: 0,
            scaleTargetRef: 'ICrossVersionObjectReference___',
        },
    },
    IHorizontalPodAutoscalerBehavior_: { f: { scaleDown: 'IHPAScalingRules_', scaleUp: 'IHPAScalingRules_' } },
    IHPAScalingRules_: {
        f: { policies: 'IHPAScalingPolicy_', selectPolicy: 0, stabilizationWindowSeconds: 0 },
    },
    IHPAScalingPolicy_: { f: { periodSeconds: 0, type: 0, value: 0 } },
    IMetricSpec__: {
        f: {
            containerResource: 'IContainerResourceMetricSource__',
            external: 'IExternalMetricSource__',
            object: 'IObjectMetricSource__',
            pods: 'IPodsMetricSource__',
            resource: 'IResourceMetricSource__',
            type: 0,
        },
    },
    IContainerResourceMetricSource__: { f: { container: 0, name: 0, target: 'IMetricTarget_' } },
    IMetricTarget_: { f: { averageUtilization: 0, averageValue: 0, type: 0, value: 0 } },
    IExternalMetricSource__: { f: { metric: 'IMetricIdentifier_', target: 'IMetricTarget_' } },
    IMetricIdentifier_: { f: { name: 0, selector: 'ILabelSelector' } },
    IObjectMetricSource__: {
        f: {
            describedObject: 'ICrossVersionObjectReference___',
            metric: 'IMetricIdentifier_',
            target: 'IMetricTarget_',
        },
    },
    ICrossVersionObjectReference___: { f: { apiVersion: 0, kind: 0, name: 0 } },
    IPodsMetricSource__: { f: { metric: 'IMetricIdentifier_', target: 'IMetricTarget_' } },
    IResourceMetricSource__: { f: { name: 0, target: 'IMetricTarget_' } },
    IHorizontalPodAutoscalerStatus___: {
        f: {
            conditions: 'IHorizontalPodAutoscalerCondition__',
            currentMetrics: 'IMetricStatus__',
            currentReplicas: 0,
            desiredReplicas: 0,
            lastScaleTime: 0,
            observedGeneration: 0,
        },
    },
    IHorizontalPodAutoscalerCondition__: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IMetricStatus__: {
        f: {
            containerResource: 'IContainerResourceMetricStatus__',
            external: 'IExternalMetricStatus__',
            object: 'IObjectMetricStatus__',
            pods: 'IPodsMetricStatus__',
            resource: 'IResourceMetricStatus__',
            type: 0,
        },
    },
    IContainerResourceMetricStatus__: { f: { container: 0, current: 'IMetricValueStatus_', name: 0 } },
    IMetricValueStatus_: { f: { averageUtilization: 0, averageValue: 0, value: 0 } },
    IExternalMetricStatus__: { f: { current: 'IMetricValueStatus_', metric: 'IMetricIdentifier_' } },
    IObjectMetricStatus__: {
        f: {
            current: 'IMetricValueStatus_',
            describedObject: 'ICrossVersionObjectReference___',
            metric: 'IMetricIdentifier_',
        },
    },
    IPodsMetricStatus__: { f: { current: 'IMetricValueStatus_', metric: 'IMetricIdentifier_' } },
    IResourceMetricStatus__: { f: { current: 'IMetricValueStatus_', name: 0 } },
    IHorizontalPodAutoscalerList___: {
        f: { apiVersion: 0, items: 'IHorizontalPodAutoscaler___', kind: 0, metadata: 'IListMeta' },
    },
    ICronJob: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICronJobSpec', status: 'ICronJobStatus' },
    },
    ICronJobSpec: {
        f: {
            concurrencyPolicy: 0,
            failedJobsHistoryLimit: 0,
            jobTemplate: 'IJobTemplateSpec',
            schedule: 0,
            startingDeadlineSeconds: 0,
            successfulJobsHistoryLimit: 0,
            suspend: 0,
            timeZone: 0,
        },
    },
    IJobTemplateSpec: { f: { metadata: 'IObjectMeta', spec: 'IJobSpec' } },
    IJobSpec: {
        f: {
            activeDeadlineSeconds: 0,
            backoffLimit: 0,
            backoffLimitPerIndex: 0,
            completionMode: 0,
            completions: 0,
            managedBy: 0,
            manualSelector: 0,
            maxFailedIndexes: 0,
            parallelism: 0,
            podFailurePolicy: 'IPodFailurePolicy',
            podReplacementPolicy: 0,
            selector: 'ILabelSelector',
            successPolicy: 'ISuccessPolicy',
            suspend: 0,
            template: 'IPodTemplateSpec',
            ttlSecondsAfterFinished: 0,
        },
    },
    IPodFailurePolicy: { f: { rules: 'IPodFailurePolicyRule' } },
    IPodFailurePolicyRule: {
        f: {
            action: 0,
            onExitCodes: 'IPodFailurePolicyOnExitCodesRequirement',
            onPodConditions: 'IPodFailurePolicyOnPodConditionsPattern',
        },
    },
    IPodFailurePolicyOnExitCodesRequirement: { f: { containerName: 0, operator: 0, values: 0 } },
    IPodFailurePolicyOnPodConditionsPattern: { f: { status: 0, type: 0 } },
    ISuccessPolicy: { f: { rules: 'ISuccessPolicyRule' } },
    ISuccessPolicyRule: { f: { succeededCount: 0, succeededIndexes: 0 } },
    ICronJobStatus: { f: { active: 'IObjectReference', lastScheduleTime: 0, lastSuccessfulTime: 0 } },
    IObjectReference: {
        f: { apiVersion: 0, fieldPath: 0, kind: 0, name: 0, namespace: 0, resourceVersion: 0, uid: 0 },
    },
    ICronJobList: { f: { apiVersion: 0, items: 'ICronJob', kind: 0, metadata: 'IListMeta' } },
    IJob: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IJobSpec', status: 'IJobStatus' } },
    IJobStatus: {
        f: {
            active: 0,
            completedIndexes: 0,
            completionTime: 0,
            conditions: 'IJobCondition',
            failed: 0,
            failedIndexes: 0,
            ready: 0,
            startTime: 0,
            succeeded: 0,
            terminating: 0,
            uncountedTerminatedPods: 'IUncountedTerminatedPods',
        },
    },
    IJobCondition: {
        f: { lastProbeTime: 0, lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IUncountedTerminatedPods: { f: { failed: 0, succeeded: 0 } },
    IJobList: { f: { apiVersion: 0, items: 'IJob', kind: 0, metadata: 'IListMeta' } },
    ICronJob_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICronJobSpec_', status: 'ICronJobStatus_' },
    },
    ICronJobSpec_: {
        f: {
            concurrencyPolicy: 0,
            failedJobsHistoryLimit: 0,
            jobTemplate: 'IJobTemplateSpec_',
            schedule: 0,
            startingDeadlineSeconds: 0,
            successfulJobsHistoryLimit: 0,
            suspend: 0,
            timeZone: 0,
        },
    },
    IJobTemplateSpec_: { f: { metadata: 'IObjectMeta', spec: 'IJobSpec' } },
    ICronJobStatus_: { f: { active: 'IObjectReference', lastScheduleTime: 0, lastSuccessfulTime: 0 } },
    ICronJobList_: { f: { apiVersion: 0, items: 'ICronJob_', kind: 0, metadata: 'IListMeta' } },
    ICertificateSigningRequest: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ICertificateSigningRequestSpec',
            status: 'ICertificateSigningRequestStatus',
        },
    },
    ICertificateSigningRequestSpec: {
        f: {
            expirationSeconds: 0,
            extra: 'anon48',
            groups: 0,
            request: 0,
            signerName: 0,
            uid: 0,
            usages: 0,
            username: 0,
        },
    },
    anon48: { m: 0 },
    ICertificateSigningRequestStatus: {
        f: { certificate: 0, conditions: 'ICertificateSigningRequestCondition' },
    },
    ICertificateSigningRequestCondition: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    ICertificateSigningRequestList: {
        f: { apiVersion: 0, items: 'ICertificateSigningRequest', kind: 0, metadata: 'IListMeta' },
    },
    ICertificateSigningRequest_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ICertificateSigningRequestSpec_',
            status: 'ICertificateSigningRequestStatus_',
        },
    },
    ICertificateSigningRequestSpec_: {
        f: { extra: 'anon49', groups: 0, request: 0, signerName: 0, uid: 0, usages: 0, username: 0 },
    },
    anon49: { m: 0 },
    ICertificateSigningRequestStatus_: {
        f: { certificate: 0, conditions: 'ICertificateSigningRequestCondition_' },
    },
    ICertificateSigningRequestCondition_: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    ICertificateSigningRequestList_: {
        f: { apiVersion: 0, items: 'ICertificateSigningRequest_', kind: 0, metadata: 'IListMeta' },
    },
    ILease: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ILeaseSpec' } },
    ILeaseSpec: {
        f: {
            acquireTime: 0,
            holderIdentity: 0,
            leaseDurationSeconds: 0,
            leaseTransitions: 0,
            preferredHolder: 0,
            renewTime: 0,
            strategy: 0,
        },
    },
    ILeaseList: { f: { apiVersion: 0, items: 'ILease', kind: 0, metadata: 'IListMeta' } },
    ILease_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ILeaseSpec_' } },
    ILeaseSpec_: {
        f: { acquireTime: 0, holderIdentity: 0, leaseDurationSeconds: 0, leaseTransitions: 0, renewTime: 0 },
    },
    ILeaseList_: { f: { apiVersion: 0, items: 'ILease_', kind: 0, metadata: 'IListMeta' } },
    IEndpointSlice: {
        f: {
            addressType: 0,
            apiVersion: 0,
            endpoints: 'IEndpoint',
            kind: 0,
            metadata: 'IObjectMeta',
            ports: 'IEndpointPort',
        },
    },
    IEndpoint: {
        f: {
            addresses: 0,
            conditions: 'IEndpointConditions',
            deprecatedTopology: 'anon50',
            hints: 'IEndpointHints',
            hostname: 0,
            nodeName: 0,
            targetRef: 'IObjectReference',
            zone: 0,
        },
    },
    IEndpointConditions: { f: { ready: 0, serving: 0, terminating: 0 } },
    anon50: { m: 0 },
    IEndpointHints: { f: { forNodes: 'IForNode', forZones: 'IForZone' } },
    IForNode: { f: { name: 0 } },
    IForZone: { f: { name: 0 } },
    IEndpointPort: { f: { appProtocol: 0, name: 0, port: 0, protocol: 0 } },
    IEndpointSliceList: { f: { apiVersion: 0, items: 'IEndpointSlice', kind: 0, metadata: 'IListMeta' } },
    IEndpointSlice_: {
        f: {
            addressType: 0,
            apiVersion: 0,
            endpoints: 'IEndpoint_',
            kind: 0,
            metadata: 'IObjectMeta',
            ports: 'IEndpointPort_',
        },
    },
    IEndpoint_: {
        f: {
            addresses: 0,
            conditions: 'IEndpointConditions_',
            hints: 'IEndpointHints_',
            hostname: 0,
            nodeName: 0,
            targetRef: 'IObjectReference',
            topology: 'anon51',
        },
    },
    IEndpointConditions_: { f: { ready: 0, serving: 0, terminating: 0 } },
    IEndpointHints_: { f: { forZones: 'IForZone_' } },
    IForZone_: { f: { name: 0 } },
    anon51: { m: 0 },
    IEndpointPort_: { f: { appProtocol: 0, name: 0, port: 0, protocol: 0 } },
    IEndpointSliceList_: { f: { apiVersion: 0, items: 'IEndpointSlice_', kind: 0, metadata: 'IListMeta' } },
    IEvent: {
        f: {
            action: 0,
            apiVersion: 0,
            deprecatedCount: 0,
            deprecatedFirstTimestamp: 0,
            deprecatedLastTimestamp: 0,
            deprecatedSource: 'IEventSource',
            eventTime: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            note: 0,
            reason: 0,
            regarding: 'IObjectReference',
            related: 'IObjectReference',
            reportingController: 0,
            reportingInstance: 0,
            series: 'IEventSeries',
            type: 0,
        },
    },
    IEventSource: { f: { component: 0, host: 0 } },
    IEventSeries: { f: { count: 0, lastObservedTime: 0 } },
    IEventList: { f: { apiVersion: 0, items: 'IEvent', kind: 0, metadata: 'IListMeta' } },
    IEvent_: {
        f: {
            action: 0,
            apiVersion: 0,
            deprecatedCount: 0,
            deprecatedFirstTimestamp: 0,
            deprecatedLastTimestamp: 0,
            deprecatedSource: 'IEventSource',
            eventTime: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            note: 0,
            reason: 0,
            regarding: 'IObjectReference',
            related: 'IObjectReference',
            reportingController: 0,
            reportingInstance: 0,
            series: 'IEventSeries_',
            type: 0,
        },
    },
    IEventSeries_: { f: { count: 0, lastObservedTime: 0 } },
    IEventList_: { f: { apiVersion: 0, items: 'IEvent_', kind: 0, metadata: 'IListMeta' } },
    IDaemonSet__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDaemonSetSpec__',
            status: 'IDaemonSetStatus__',
        },
    },
    IDaemonSetSpec__: {
        f: {
            minReadySeconds: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            template: 'IPodTemplateSpec',
            templateGeneration: 0,
            updateStrategy: 'IDaemonSetUpdateStrategy__',
        },
    },
    IDaemonSetUpdateStrategy__: { f: { rollingUpdate: 'IRollingUpdateDaemonSet__', type: 0 } },
    IRollingUpdateDaemonSet__: { f: { maxUnavailable: 0 } },
    IDaemonSetStatus__: {
        f: {
            collisionCount: 0,
            conditions: 'IDaemonSetCondition__',
            currentNumberScheduled: 0,
            desiredNumberScheduled: 0,
            numberAvailable: 0,
            numberMisscheduled: 0,
            numberReady: 0,
            numberUnavailable: 0,
            observedGeneration: 0,
            updatedNumberScheduled: 0,
        },
    },
    IDaemonSetCondition__: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IDaemonSetList__: { f: { apiVersion: 0, items: 'IDaemonSet__', kind: 0, metadata: 'IListMeta' } },
    IDeployment___: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDeploymentSpec___',
            status: 'IDeploymentStatus___',
        },
    },
    IDeploymentSpec___: {
        f: {
            minReadySeconds: 0,
            paused: 0,
            progressDeadlineSeconds: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            rollbackTo: 'IRollbackConfig_',
            selector: 'ILabelSelector',
            strategy: 'IDeploymentStrategy___',
            template: 'IPodTemplateSpec',
        },
    },
    IRollbackConfig_: { f: { revision: 0 } },
    IDeploymentStrategy___: { f: { rollingUpdate: 'IRollingUpdateDeployment___', type: 0 } },
    IRollingUpdateDeployment___: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDeploymentStatus___: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IDeploymentCondition___',
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            unavailableReplicas: 0,
            updatedReplicas: 0,
        },
    },
    IDeploymentCondition___: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IDeploymentList___: { f: { apiVersion: 0, items: 'IDeployment___', kind: 0, metadata: 'IListMeta' } },
    IDeploymentRollback_: {
        f: { apiVersion: 0, kind: 0, name: 0, rollbackTo: 'IRollbackConfig_', updatedAnnotations: 'anon52' },
    },
    anon52: { m: 0 },
    IIngress: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIngressSpec', status: 'IIngressStatus' },
    },
    IIngressSpec: {
        f: { backend: 'IIngressBackend', ingressClassName: 0, rules: 'IIngressRule', tls: 'IIngressTLS' },
    },
    IIngressBackend: { f: { resource: 'ITypedLocalObjectReference', serviceName: 0, servicePort: 0 } },
    IIngressRule: { f: { host: 0, http: 'IHTTPIngressRuleValue' } },
    IHTTPIngressRuleValue: { f: { paths: 'IHTTPIngressPath' } },
    IHTTPIngressPath: { f: { backend: 'IIngressBackend', path: 0, pathType: 0 } },
    IIngressTLS: { f: { hosts: 0, secretName: 0 } },
    IIngressStatus: { f: { loadBalancer: 'ILoadBalancerStatus' } },
    ILoadBalancerStatus: { f: { ingress: 'ILoadBalancerIngress' } },
    ILoadBalancerIngress: { f: { hostname: 0, ip: 0, ipMode: 0, ports: 'IPortStatus' } },
    IPortStatus: { f: { error: 0, port: 0, protocol: 0 } },
    IIngressList: { f: { apiVersion: 0, items: 'IIngress', kind: 0, metadata: 'IListMeta' } },
    INetworkPolicy: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'INetworkPolicySpec' } },
    INetworkPolicySpec: {
        f: {
            egress: 'INetworkPolicyEgressRule',
            ingress: 'INetworkPolicyIngressRule',
            podSelector: 'ILabelSelector',
            policyTypes: 0,
        },
    },
    INetworkPolicyEgressRule: { f: { ports: 'INetworkPolicyPort', to: 'INetworkPolicyPeer' } },
    INetworkPolicyPort: { f: { port: 0, protocol: 0 } },
    INetworkPolicyPeer: {
        f: { ipBlock: 'IIPBlock', namespaceSelector: 'ILabelSelector', podSelector: 'ILabelSelector' },
    },
    IIPBlock: { f: { cidr: 0, except: 0 } },
    INetworkPolicyIngressRule: { f: { from: 'INetworkPolicyPeer', ports: 'INetworkPolicyPort' } },
    INetworkPolicyList: { f: { apiVersion: 0, items: 'INetworkPolicy', kind: 0, metadata: 'IListMeta' } },
    IPodSecurityPolicy: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IPodSecurityPolicySpec' },
    },
    IPodSecurityPolicySpec: {
        f: {
            allowPrivilegeEscalation: 0,
            allowedCSIDrivers: 'IAllowedCSIDriver',
            allowedCapabilities: 0,
            allowedFlexVolumes: 'IAllowedFlexVolume',
            allowedHostPaths: 'IAllowedHostPath',
            allowedProcMountTypes: 0,
            allowedUnsafeSysctls: 0,
            defaultAddCapabilities: 0,
            defaultAllowPrivilegeEscalation: 0,
            forbiddenSysctls: 0,
            fsGroup: 'IFSGroupStrategyOptions',
            hostIPC: 0,
            hostNetwork: 0,
            hostPID: 0,
            hostPorts: 'IHostPortRange',
            privileged: 0,
            readOnlyRootFilesystem: 0,
            requiredDropCapabilities: 0,
            runAsGroup: 'IRunAsGroupStrategyOptions',
            runAsUser: 'IRunAsUserStrategyOptions',
            runtimeClass: 'IRuntimeClassStrategyOptions',
            seLinux: 'ISELinuxStrategyOptions',
            supplementalGroups: 'ISupplementalGroupsStrategyOptions',
            volumes: 0,
        },
    },
    IAllowedCSIDriver: { f: { name: 0 } },
    IAllowedFlexVolume: { f: { driver: 0 } },
    IAllowedHostPath: { f: { pathPrefix: 0, readOnly: 0 } },
    IFSGroupStrategyOptions: { f: { ranges: 'IIDRange', rule: 0 } },
    IIDRange: { f: { max: 0, min: 0 } },
    IHostPortRange: { f: { max: 0, min: 0 } },
    IRunAsGroupStrategyOptions: { f: { ranges: 'IIDRange', rule: 0 } },
    IRunAsUserStrategyOptions: { f: { ranges: 'IIDRange', rule: 0 } },
    IRuntimeClassStrategyOptions: { f: { allowedRuntimeClassNames: 0, defaultRuntimeClassName: 0 } },
    ISELinuxStrategyOptions: { f: { rule: 0, seLinuxOptions: 'ISELinuxOptions' } },
    ISupplementalGroupsStrategyOptions: { f: { ranges: 'IIDRange', rule: 0 } },
    IPodSecurityPolicyList: {
        f: { apiVersion: 0, items: 'IPodSecurityPolicy', kind: 0, metadata: 'IListMeta' },
    },
    IReplicaSet__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IReplicaSetSpec__',
            status: 'IReplicaSetStatus__',
        },
    },
    IReplicaSetSpec__: {
        f: { minReadySeconds: 0, replicas: 0, selector: 'ILabelSelector', template: 'IPodTemplateSpec' },
    },
    IReplicaSetStatus__: {
        f: {
            availableReplicas: 0,
            conditions: 'IReplicaSetCondition__',
            fullyLabeledReplicas: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
        },
    },
    IReplicaSetCondition__: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IReplicaSetList__: { f: { apiVersion: 0, items: 'IReplicaSet__', kind: 0, metadata: 'IListMeta' } },
    IScale___: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IScaleSpec___', status: 'IScaleStatus___' },
    },
    IScaleSpec___: { f: { replicas: 0 } },
    IScaleStatus___: { f: { replicas: 0, selector: 'anon53', targetSelector: 0 } },
    anon53: { m: 0 },
    IFlowSchema: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IFlowSchemaSpec',
            status: 'IFlowSchemaStatus',
        },
    },
    IFlowSchemaSpec: {
        f: {
            distinguisherMethod: 'IFlowDistinguisherMethod',
            matchingPrecedence: 0,
            priorityLevelConfiguration: 'IPriorityLevelConfigurationReference',
            rules: 'IPolicyRulesWithSubjects',
        },
    },
    IFlowDistinguisherMethod: { f: { type: 0 } },
    IPriorityLevelConfigurationReference: { f: { name: 0 } },
    IPolicyRulesWithSubjects: {
        f: {
            nonResourceRules: 'INonResourcePolicyRule',
            resourceRules: 'IResourcePolicyRule',
            subjects: 'ISubject',
        },
    },
    INonResourcePolicyRule: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourcePolicyRule: { f: { apiGroups: 0, clusterScope: 0, namespaces: 0, resources: 0, verbs: 0 } },
    ISubject: {
        f: { group: 'IGroupSubject', kind: 0, serviceAccount: 'IServiceAccountSubject', user: 'IUserSubject' },
    },
    IGroupSubject: { f: { name: 0 } },
    IServiceAccountSubject: { f: { name: 0, namespace: 0 } },
    IUserSubject: { f: { name: 0 } },
    IFlowSchemaStatus: { f: { conditions: 'IFlowSchemaCondition' } },
    IFlowSchemaCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IFlowSchemaList: { f: { apiVersion: 0, items: 'IFlowSchema', kind: 0, metadata: 'IListMeta' } },
    IPriorityLevelConfiguration: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPriorityLevelConfigurationSpec',
            status: 'IPriorityLevelConfigurationStatus',
        },
    },
    IPriorityLevelConfigurationSpec: {
        f: {
            exempt: 'IExemptPriorityLevelConfiguration',
            limited: 'ILimitedPriorityLevelConfiguration',
            type: 0,
        },
    },
    IExemptPriorityLevelConfiguration: { f: { lendablePercent: 0, nominalConcurrencyShares: 0 } },
    ILimitedPriorityLevelConfiguration: {
        f: {
            borrowingLimitPercent: 0,
            lendablePercent: 0,
            limitResponse: 'ILimitResponse',
            nominalConcurrencyShares: 0,
        },
    },
    ILimitResponse: { f: { queuing: 'IQueuingConfiguration', type: 0 } },
    IQueuingConfiguration: { f: { handSize: 0, queueLengthLimit: 0, queues: 0 } },
    IPriorityLevelConfigurationStatus: { f: { conditions: 'IPriorityLevelConfigurationCondition' } },
    IPriorityLevelConfigurationCondition: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IPriorityLevelConfigurationList: {
        f: { apiVersion: 0, items: 'IPriorityLevelConfiguration', kind: 0, metadata: 'IListMeta' },
    },
    IFlowSchema_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IFlowSchemaSpec_',
            status: 'IFlowSchemaStatus_',
        },
    },
    IFlowSchemaSpec_: {
        f: {
            distinguisherMethod: 'IFlowDistinguisherMethod_',
            matchingPrecedence: 0,
            priorityLevelConfiguration: 'IPriorityLevelConfigurationReference_',
            rules: 'IPolicyRulesWithSubjects_',
        },
    },
    IFlowDistinguisherMethod_: { f: { type: 0 } },
    IPriorityLevelConfigurationReference_: { f: { name: 0 } },
    IPolicyRulesWithSubjects_: {
        f: {
            nonResourceRules: 'INonResourcePolicyRule_',
            resourceRules: 'IResourcePolicyRule_',
            subjects: 'ISubject_',
        },
    },
    INonResourcePolicyRule_: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourcePolicyRule_: { f: { apiGroups: 0, clusterScope: 0, namespaces: 0, resources: 0, verbs: 0 } },
    ISubject_: {
        f: { group: 'IGroupSubject_', kind: 0, serviceAccount: 'IServiceAccountSubject_', user: 'IUserSubject_' },
    },
    IGroupSubject_: { f: { name: 0 } },
    IServiceAccountSubject_: { f: { name: 0, namespace: 0 } },
    IUserSubject_: { f: { name: 0 } },
    IFlowSchemaStatus_: { f: { conditions: 'IFlowSchemaCondition_' } },
    IFlowSchemaCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IFlowSchemaList_: { f: { apiVersion: 0, items: 'IFlowSchema_', kind: 0, metadata: 'IListMeta' } },
    IPriorityLevelConfiguration_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPriorityLevelConfigurationSpec_',
            status: 'IPriorityLevelConfigurationStatus_',
        },
    },
    IPriorityLevelConfigurationSpec_: { f: { limited: 'ILimitedPriorityLevelConfiguration_', type: 0 } },
    ILimitedPriorityLevelConfiguration_: {
        f: { assuredConcurrencyShares: 0, limitResponse: 'ILimitResponse_' },
    },
    ILimitResponse_: { f: { queuing: 'IQueuingConfiguration_', type: 0 } },
    IQueuingConfiguration_: { f: { handSize: 0, queueLengthLimit: 0, queues: 0 } },
    IPriorityLevelConfigurationStatus_: { f: { conditions: 'IPriorityLevelConfigurationCondition_' } },
    IPriorityLevelConfigurationCondition_: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IPriorityLevelConfigurationList_: {
        f: { apiVersion: 0, items: 'IPriorityLevelConfiguration_', kind: 0, metadata: 'IListMeta' },
    },
    IFlowSchema__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IFlowSchemaSpec__',
            status: 'IFlowSchemaStatus__',
        },
    },
    IFlowSchemaSpec__: {
        f: {
            distinguisherMethod: 'IFlowDistinguisherMethod__',
            matchingPrecedence: 0,
            priorityLevelConfiguration: 'IPriorityLevelConfigurationReference__',
            rules: 'IPolicyRulesWithSubjects__',
        },
    },
    IFlowDistinguisherMethod__: { f: { type: 0 } },
    IPriorityLevelConfigurationReference__: { f: { name: 0 } },
    IPolicyRulesWithSubjects__: {
        f: {
            nonResourceRules: 'INonResourcePolicyRule__',
            resourceRules: 'IResourcePolicyRule__',
            subjects: 'ISubject__',
        },
    },
    INonResourcePolicyRule__: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourcePolicyRule__: { f: { apiGroups: 0, clusterScope: 0, namespaces: 0, resources: 0, verbs: 0 } },
    ISubject__: {
        f: {
            group: 'IGroupSubject__',
            kind: 0,
            serviceAccount: 'IServiceAccountSubject__',
            user: 'IUserSubject__',
        },
    },
    IGroupSubject__: { f: { name: 0 } },
    IServiceAccountSubject__: { f: { name: 0, namespace: 0 } },
    IUserSubject__: { f: { name: 0 } },
    IFlowSchemaStatus__: { f: { conditions: 'IFlowSchemaCondition__' } },
    IFlowSchemaCondition__: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IFlowSchemaList__: { f: { apiVersion: 0, items: 'IFlowSchema__', kind: 0, metadata: 'IListMeta' } },
    IPriorityLevelConfiguration__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPriorityLevelConfigurationSpec__',
            status: 'IPriorityLevelConfigurationStatus__',
        },
    },
    IPriorityLevelConfigurationSpec__: { f: { limited: 'ILimitedPriorityLevelConfiguration__', type: 0 } },
    ILimitedPriorityLevelConfiguration__: {
        f: {
            assuredConcurrencyShares: 0,
            borrowingLimitPercent: 0,
            lendablePercent: 0,
            limitResponse: 'ILimitResponse__',
        },
    },
    ILimitResponse__: { f: { queuing: 'IQueuingConfiguration__', type: 0 } },
    IQueuingConfiguration__: { f: { handSize: 0, queueLengthLimit: 0, queues: 0 } },
    IPriorityLevelConfigurationStatus__: { f: { conditions: 'IPriorityLevelConfigurationCondition__' } },
    IPriorityLevelConfigurationCondition__: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IPriorityLevelConfigurationList__: {
        f: { apiVersion: 0, items: 'IPriorityLevelConfiguration__', kind: 0, metadata: 'IListMeta' },
    },
    IFlowSchema___: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IFlowSchemaSpec___',
            status: 'IFlowSchemaStatus___',
        },
    },
    IFlowSchemaSpec___: {
        f: {
            distinguisherMethod: 'IFlowDistinguisherMethod___',
            matchingPrecedence: 0,
            priorityLevelConfiguration: 'IPriorityLevelConfigurationReference___',
            rules: 'IPolicyRulesWithSubjects___',
        },
    },
    IFlowDistinguisherMethod___: { f: { type: 0 } },
    IPriorityLevelConfigurationReference___: { f: { name: 0 } },
    IPolicyRulesWithSubjects___: {
        f: {
            nonResourceRules: 'INonResourcePolicyRule___',
            resourceRules: 'IResourcePolicyRule___',
            subjects: 'ISubject___',
        },
    },
    INonResourcePolicyRule___: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourcePolicyRule___: { f: { apiGroups: 0, clusterScope: 0, namespaces: 0, resources: 0, verbs: 0 } },
    ISubject___: {
        f: {
            group: 'IGroupSubject___',
            kind: 0,
            serviceAccount: 'IServiceAccountSubject___',
            user: 'IUserSubject___',
        },
    },
    IGroupSubject___: { f: { name: 0 } },
    IServiceAccountSubject___: { f: { name: 0, namespace: 0 } },
    IUserSubject___: { f: { name: 0 } },
    IFlowSchemaStatus___: { f: { conditions: 'IFlowSchemaCondition___' } },
    IFlowSchemaCondition___: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IFlowSchemaList___: { f: { apiVersion: 0, items: 'IFlowSchema___', kind: 0, metadata: 'IListMeta' } },
    IPriorityLevelConfiguration___: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPriorityLevelConfigurationSpec___',
            status: 'IPriorityLevelConfigurationStatus___',
        },
    },
    IPriorityLevelConfigurationSpec___: {
        f: {
            exempt: 'IExemptPriorityLevelConfiguration_',
            limited: 'ILimitedPriorityLevelConfiguration___',
            type: 0,
        },
    },
    IExemptPriorityLevelConfiguration_: { f: { lendablePercent: 0, nominalConcurrencyShares: 0 } },
    ILimitedPriorityLevelConfiguration___: {
        f: {
            borrowingLimitPercent: 0,
            lendablePercent: 0,
            limitResponse: 'ILimitResponse___',
            nominalConcurrencyShares: 0,
        },
    },
    ILimitResponse___: { f: { queuing: 'IQueuingConfiguration___', type: 0 } },
    IQueuingConfiguration___: { f: { handSize: 0, queueLengthLimit: 0, queues: 0 } },
    IPriorityLevelConfigurationStatus___: { f: { conditions: 'IPriorityLevelConfigurationCondition___' } },
    IPriorityLevelConfigurationCondition___: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IPriorityLevelConfigurationList___: {
        f: { apiVersion: 0, items: 'IPriorityLevelConfiguration___', kind: 0, metadata: 'IListMeta' },
    },
    IIngress_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIngressSpec_', status: 'IIngressStatus_' },
    },
    IIngressSpec_: {
        f: {
            defaultBackend: 'IIngressBackend_',
            ingressClassName: 0,
            rules: 'IIngressRule_',
            tls: 'IIngressTLS_',
        },
    },
    IIngressBackend_: { f: { resource: 'ITypedLocalObjectReference', service: 'IIngressServiceBackend' } },
    IIngressServiceBackend: { f: { name: 0, port: 'IServiceBackendPort' } },
    IServiceBackendPort: { f: { name: 0, number: 0 } },
    IIngressRule_: { f: { host: 0, http: 'IHTTPIngressRuleValue_' } },
    IHTTPIngressRuleValue_: { f: { paths: 'IHTTPIngressPath_' } },
    IHTTPIngressPath_: { f: { backend: 'IIngressBackend_', path: 0, pathType: 0 } },
    IIngressTLS_: { f: { hosts: 0, secretName: 0 } },
    IIngressStatus_: { f: { loadBalancer: 'IIngressLoadBalancerStatus' } },
    IIngressLoadBalancerStatus: { f: { ingress: 'IIngressLoadBalancerIngress' } },
    IIngressLoadBalancerIngress: { f: { hostname: 0, ip: 0, ports: 'IIngressPortStatus' } },
    IIngressPortStatus: { f: { error: 0, port: 0, protocol: 0 } },
    IIngressClass: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIngressClassSpec' } },
    IIngressClassSpec: { f: { controller: 0, parameters: 'IIngressClassParametersReference' } },
    IIngressClassParametersReference: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0, scope: 0 } },
    IIngressClassList: { f: { apiVersion: 0, items: 'IIngressClass', kind: 0, metadata: 'IListMeta' } },
    IIngressList_: { f: { apiVersion: 0, items: 'IIngress_', kind: 0, metadata: 'IListMeta' } },
    IIPAddress: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIPAddressSpec' } },
    IIPAddressSpec: { f: { parentRef: 'IParentReference' } },
    IParentReference: { f: { group: 0, name: 0, namespace: 0, resource: 0 } },
    IIPAddressList: { f: { apiVersion: 0, items: 'IIPAddress', kind: 0, metadata: 'IListMeta' } },
    INetworkPolicy_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'INetworkPolicySpec_' } },
    INetworkPolicySpec_: {
        f: {
            egress: 'INetworkPolicyEgressRule_',
            ingress: 'INetworkPolicyIngressRule_',
            podSelector: 'ILabelSelector',
            policyTypes: 0,
        },
    },
    INetworkPolicyEgressRule_: { f: { ports: 'INetworkPolicyPort_', to: 'INetworkPolicyPeer_' } },
    INetworkPolicyPort_: { f: { endPort: 0, port: 0, protocol: 0 } },
    INetworkPolicyPeer_: {
        f: { ipBlock: 'IIPBlock_', namespaceSelector: 'ILabelSelector', podSelector: 'ILabelSelector' },
    },
    IIPBlock_: { f: { cidr: 0, except: 0 } },
    INetworkPolicyIngressRule_: { f: { from: 'INetworkPolicyPeer_', ports: 'INetworkPolicyPort_' } },
    INetworkPolicyList_: { f: { apiVersion: 0, items: 'INetworkPolicy_', kind: 0, metadata: 'IListMeta' } },
    IServiceCIDR: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IServiceCIDRSpec',
            status: 'IServiceCIDRStatus',
        },
    },
    IServiceCIDRSpec: { f: { cidrs: 0 } },
    IServiceCIDRStatus: { f: { conditions: 'ICondition' } },
    IServiceCIDRList: { f: { apiVersion: 0, items: 'IServiceCIDR', kind: 0, metadata: 'IListMeta' } },
    IIngress__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IIngressSpec__',
            status: 'IIngressStatus__',
        },
    },
    IIngressSpec__: {
        f: { backend: 'IIngressBackend__', ingressClassName: 0, rules: 'IIngressRule__', tls: 'IIngressTLS__' },
    },
    IIngressBackend__: { f: { resource: 'ITypedLocalObjectReference', serviceName: 0, servicePort: 0 } },
    IIngressRule__: { f: { host: 0, http: 'IHTTPIngressRuleValue__' } },
    IHTTPIngressRuleValue__: { f: { paths: 'IHTTPIngressPath__' } },
    IHTTPIngressPath__: { f: { backend: 'IIngressBackend__', path: 0, pathType: 0 } },
    IIngressTLS__: { f: { hosts: 0, secretName: 0 } },
    IIngressStatus__: { f: { loadBalancer: 'ILoadBalancerStatus' } },
    IIngressClass_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIngressClassSpec_' } },
    IIngressClassSpec_: { f: { controller: 0, parameters: 'IIngressClassParametersReference_' } },
    IIngressClassParametersReference_: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0, scope: 0 } },
    IIngressClassList_: { f: { apiVersion: 0, items: 'IIngressClass_', kind: 0, metadata: 'IListMeta' } },
    IIngressList__: { f: { apiVersion: 0, items: 'IIngress__', kind: 0, metadata: 'IListMeta' } },
    IRuntimeClass: {
        f: {
            apiVersion: 0,
            handler: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            overhead: 'IOverhead',
            scheduling: 'IScheduling',
        },
    },
    IOverhead: { f: { podFixed: 'anon54' } },
    anon54: { m: 0 },
    IScheduling: { f: { nodeSelector: 'anon55', tolerations: 'IToleration' } },
    anon55: { m: 0 },
    IRuntimeClassList: { f: { apiVersion: 0, items: 'IRuntimeClass', kind: 0, metadata: 'IListMeta' } },
    IRuntimeClass_: {
        f: {
            apiVersion: 0,
            handler: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            overhead: 'IOverhead_',
            scheduling: 'IScheduling_',
        },
    },
    IOverhead_: { f: { podFixed: 'anon56' } },
    anon56: { m: 0 },
    IScheduling_: { f: { nodeSelector: 'anon57', tolerations: 'IToleration' } },
    anon57: { m: 0 },
    IRuntimeClassList_: { f: { apiVersion: 0, items: 'IRuntimeClass_', kind: 0, metadata: 'IListMeta' } },
    IEviction: { f: { apiVersion: 0, deleteOptions: 'IDeleteOptions', kind: 0, metadata: 'IObjectMeta' } },
    IDeleteOptions: {
        f: {
            apiVersion: 0,
            dryRun: 0,
            gracePeriodSeconds: 0,
            ignoreStoreReadErrorWithClusterBreakingPotential: 0,
            kind: 0,
            orphanDependents: 0,
            preconditions: 'IPreconditions',
            propagationPolicy: 0,
        },
    },
    IPreconditions: { f: { resourceVersion: 0, uid: 0 } },
    IPodDisruptionBudget: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPodDisruptionBudgetSpec',
            status: 'IPodDisruptionBudgetStatus',
        },
    },
    IPodDisruptionBudgetSpec: {
        f: { maxUnavailable: 0, minAvailable: 0, selector: 'ILabelSelector', unhealthyPodEvictionPolicy: 0 },
    },
    IPodDisruptionBudgetStatus: {
        f: {
            conditions: 'ICondition',
            currentHealthy: 0,
            desiredHealthy: 0,
            disruptedPods: 'anon58',
            disruptionsAllowed: 0,
            expectedPods: 0,
            observedGeneration: 0,
        },
    },
    anon58: { m: 0 },
    IPodDisruptionBudgetList: {
        f: { apiVersion: 0, items: 'IPodDisruptionBudget', kind: 0, metadata: 'IListMeta' },
    },
    IEviction_: { f: { apiVersion: 0, deleteOptions: 'IDeleteOptions', kind: 0, metadata: 'IObjectMeta' } },
    IPodDisruptionBudget_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPodDisruptionBudgetSpec_',
            status: 'IPodDisruptionBudgetStatus_',
        },
    },
    IPodDisruptionBudgetSpec_: { f: { maxUnavailable: 0, minAvailable: 0, selector: 'ILabelSelector' } },
    IPodDisruptionBudgetStatus_: {
        f: {
            conditions: 'ICondition',
            currentHealthy: 0,
            desiredHealthy: 0,
            disruptedPods: 'anon59',
            disruptionsAllowed: 0,
            expectedPods: 0,
            observedGeneration: 0,
        },
    },
    anon59: { m: 0 },
    IPodDisruptionBudgetList_: {
        f: { apiVersion: 0, items: 'IPodDisruptionBudget_', kind: 0, metadata: 'IListMeta' },
    },
    IPodSecurityPolicy_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IPodSecurityPolicySpec_' },
    },
    IPodSecurityPolicySpec_: {
        f: {
            allowPrivilegeEscalation: 0,
            allowedCSIDrivers: 'IAllowedCSIDriver_',
            allowedCapabilities: 0,
            allowedFlexVolumes: 'IAllowedFlexVolume_',
            allowedHostPaths: 'IAllowedHostPath_',
            allowedProcMountTypes: 0,
            allowedUnsafeSysctls: 0,
            defaultAddCapabilities: 0,
            defaultAllowPrivilegeEscalation: 0,
            forbiddenSysctls: 0,
            fsGroup: 'IFSGroupStrategyOptions_',
            hostIPC: 0,
            hostNetwork: 0,
            hostPID: 0,
            hostPorts: 'IHostPortRange_',
            privileged: 0,
            readOnlyRootFilesystem: 0,
            requiredDropCapabilities: 0,
            runAsGroup: 'IRunAsGroupStrategyOptions_',
            runAsUser: 'IRunAsUserStrategyOptions_',
            runtimeClass: 'IRuntimeClassStrategyOptions_',
            seLinux: 'ISELinuxStrategyOptions_',
            supplementalGroups: 'ISupplementalGroupsStrategyOptions_',
            volumes: 0,
        },
    },
    IAllowedCSIDriver_: { f: { name: 0 } },
    IAllowedFlexVolume_: { f: { driver: 0 } },
    IAllowedHostPath_: { f: { pathPrefix: 0, readOnly: 0 } },
    IFSGroupStrategyOptions_: { f: { ranges: 'IIDRange_', rule: 0 } },
    IIDRange_: { f: { max: 0, min: 0 } },
    IHostPortRange_: { f: { max: 0, min: 0 } },
    IRunAsGroupStrategyOptions_: { f: { ranges: 'IIDRange_', rule: 0 } },
    IRunAsUserStrategyOptions_: { f: { ranges: 'IIDRange_', rule: 0 } },
    IRuntimeClassStrategyOptions_: { f: { allowedRuntimeClassNames: 0, defaultRuntimeClassName: 0 } },
    ISELinuxStrategyOptions_: { f: { rule: 0, seLinuxOptions: 'ISELinuxOptions' } },
    ISupplementalGroupsStrategyOptions_: { f: { ranges: 'IIDRange_', rule: 0 } },
    IPodSecurityPolicyList_: {
        f: { apiVersion: 0, items: 'IPodSecurityPolicy_', kind: 0, metadata: 'IListMeta' },
    },
    IClusterRole: {
        f: {
            aggregationRule: 'IAggregationRule',
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            rules: 'IPolicyRule',
        },
    },
    IAggregationRule: { f: { clusterRoleSelectors: 'ILabelSelector' } },
    IPolicyRule: { f: { apiGroups: 0, nonResourceURLs: 0, resourceNames: 0, resources: 0, verbs: 0 } },
    IClusterRoleBinding: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', roleRef: 'IRoleRef', subjects: 'ISubject____' },
    },
    IRoleRef: { f: { apiGroup: 0, kind: 0, name: 0 } },
    ISubject____: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0 } },
    IClusterRoleBindingList: {
        f: { apiVersion: 0, items: 'IClusterRoleBinding', kind: 0, metadata: 'IListMeta' },
    },
    IClusterRoleList: { f: { apiVersion: 0, items: 'IClusterRole', kind: 0, metadata: 'IListMeta' } },
    IRole: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', rules: 'IPolicyRule' } },
    IRoleBinding: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', roleRef: 'IRoleRef', subjects: 'ISubject____' },
    },
    IRoleBindingList: { f: { apiVersion: 0, items: 'IRoleBinding', kind: 0, metadata: 'IListMeta' } },
    IRoleList: { f: { apiVersion: 0, items: 'IRole', kind: 0, metadata: 'IListMeta' } },
    IClusterRole_: {
        f: {
            aggregationRule: 'IAggregationRule_',
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            rules: 'IPolicyRule_',
        },
    },
    IAggregationRule_: { f: { clusterRoleSelectors: 'ILabelSelector' } },
    IPolicyRule_: { f: { apiGroups: 0, nonResourceURLs: 0, resourceNames: 0, resources: 0, verbs: 0 } },
    IClusterRoleBinding_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', roleRef: 'IRoleRef_', subjects: 'ISubject_____' },
    },
    IRoleRef_: { f: { apiGroup: 0, kind: 0, name: 0 } },
    ISubject_____: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0 } },
    IClusterRoleBindingList_: {
        f: { apiVersion: 0, items: 'IClusterRoleBinding_', kind: 0, metadata: 'IListMeta' },
    },
    IClusterRoleList_: { f: { apiVersion: 0, items: 'IClusterRole_', kind: 0, metadata: 'IListMeta' } },
    IRole_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', rules: 'IPolicyRule_' } },
    IRoleBinding_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', roleRef: 'IRoleRef_', subjects: 'ISubject_____' },
    },
    IRoleBindingList_: { f: { apiVersion: 0, items: 'IRoleBinding_', kind: 0, metadata: 'IListMeta' } },
    IRoleList_: { f: { apiVersion: 0, items: 'IRole_', kind: 0, metadata: 'IListMeta' } },
    IDeviceClass: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IDeviceClassSpec' } },
    IDeviceClassSpec: {
        f: { config: 'IDeviceClassConfiguration', extendedResourceName: 0, selectors: 'IDeviceSelector' },
    },
    IDeviceClassConfiguration: { f: { opaque: 'IOpaqueDeviceConfiguration' } },
    IOpaqueDeviceConfiguration: { f: { driver: 0, parameters: 0 } },
    IDeviceSelector: { f: { cel: 'ICELDeviceSelector' } },
    ICELDeviceSelector: { f: { expression: 0 } },
    IDeviceClassList: { f: { apiVersion: 0, items: 'IDeviceClass', kind: 0, metadata: 'IListMeta' } },
    IResourceClaim_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IResourceClaimSpec',
            status: 'IResourceClaimStatus',
        },
    },
    IResourceClaimSpec: { f: { devices: 'IDeviceClaim' } },
    IDeviceClaim: {
        f: { config: 'IDeviceClaimConfiguration', constraints: 'IDeviceConstraint', requests: 'IDeviceRequest' },
    },
    IDeviceClaimConfiguration: { f: { opaque: 'IOpaqueDeviceConfiguration', requests: 0 } },
    IDeviceConstraint: { f: { distinctAttribute: 0, matchAttribute: 0, requests: 0 } },
    IDeviceRequest: { f: { exactly: 'IExactDeviceRequest', firstAvailable: 'IDeviceSubRequest', name: 0 } },
    IExactDeviceRequest: {
        f: {
            adminAccess: 0,
            allocationMode: 0,
            capacity: 'ICapacityRequirements',
            count: 0,
            deviceClassName: 0,
            selectors: 'IDeviceSelector',
            tolerations: 'IDeviceToleration',
        },
    },
    ICapacityRequirements: { f: { requests: 'anon60' } },
    anon60: { m: 0 },
    IDeviceToleration: { f: { effect: 0, key: 0, operator: 0, tolerationSeconds: 0, value: 0 } },
    IDeviceSubRequest: {
        f: {
            allocationMode: 0,
            capacity: 'ICapacityRequirements',
            count: 0,
            deviceClassName: 0,
            name: 0,
            selectors: 'IDeviceSelector',
            tolerations: 'IDeviceToleration',
        },
    },
    IResourceClaimStatus: {
        f: {
            allocation: 'IAllocationResult',
            devices: 'IAllocatedDeviceStatus',
            reservedFor: 'IResourceClaimConsumerReference',
        },
    },
    IAllocationResult: {
        f: { allocationTimestamp: 0, devices: 'IDeviceAllocationResult', nodeSelector: 'INodeSelector' },
    },
    IDeviceAllocationResult: {
        f: { config: 'IDeviceAllocationConfiguration', results: 'IDeviceRequestAllocationResult' },
    },
    IDeviceAllocationConfiguration: { f: { opaque: 'IOpaqueDeviceConfiguration', requests: 0, source: 0 } },
    IDeviceRequestAllocationResult: {
        f: {
            adminAccess: 0,
            bindingConditions: 0,
            bindingFailureConditions: 0,
            consumedCapacity: 'anon61',
            device: 0,
            driver: 0,
            pool: 0,
            request: 0,
            shareID: 0,
            tolerations: 'IDeviceToleration',
        },
    },
    anon61: { m: 0 },
    IAllocatedDeviceStatus: {
        f: {
            conditions: 'ICondition',
            data: 0,
            device: 0,
            driver: 0,
            networkData: 'INetworkDeviceData',
            pool: 0,
            shareID: 0,
        },
    },
    INetworkDeviceData: { f: { hardwareAddress: 0, interfaceName: 0, ips: 0 } },
    IResourceClaimConsumerReference: { f: { apiGroup: 0, name: 0, resource: 0, uid: 0 } },
    IResourceClaimList: { f: { apiVersion: 0, items: 'IResourceClaim_', kind: 0, metadata: 'IListMeta' } },
    IResourceClaimTemplate: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IResourceClaimTemplateSpec' },
    },
    IResourceClaimTemplateSpec: { f: { metadata: 'IObjectMeta', spec: 'IResourceClaimSpec' } },
    IResourceClaimTemplateList: {
        f: { apiVersion: 0, items: 'IResourceClaimTemplate', kind: 0, metadata: 'IListMeta' },
    },
    IResourceSlice: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IResourceSliceSpec' } },
    IResourceSliceSpec: {
        f: {
            allNodes: 0,
            devices: 'IDevice',
            driver: 0,
            nodeName: 0,
            nodeSelector: 'INodeSelector',
            perDeviceNodeSelection: 0,
            pool: 'IResourcePool',
            sharedCounters: 'ICounterSet',
        },
    },
    IDevice: {
        f: {
            allNodes: 0,
            allowMultipleAllocations: 0,
            attributes: 'anon62',
            bindingConditions: 0,
            bindingFailureConditions: 0,
            bindsToNode: 0,
            capacity: 'anon63',
            consumesCounters: 'IDeviceCounterConsumption',
            name: 0,
            nodeAllocatableResourceMappings: 'anon65',
            nodeName: 0,
            nodeSelector: 'INodeSelector',
            taints: 'IDeviceTaint',
        },
    },
    anon62: { m: 'IDeviceAttribute' },
    IDeviceAttribute: {
        f: { bool: 0, bools: 0, int: 0, ints: 0, string: 0, strings: 0, version: 0, versions: 0 },
    },
    anon63: { m: 'IDeviceCapacity' },
    IDeviceCapacity: { f: { requestPolicy: 'ICapacityRequestPolicy', value: 0 } },
    ICapacityRequestPolicy: { f: { default: 0, validRange: 'ICapacityRequestPolicyRange', validValues: 0 } },
    ICapacityRequestPolicyRange: { f: { max: 0, min: 0, step: 0 } },
    IDeviceCounterConsumption: { f: { counterSet: 0, counters: 'anon64' } },
    anon64: { m: 'ICounter' },
    ICounter: { f: { value: 0 } },
    anon65: { m: 'INodeAllocatableResourceMapping' },
    INodeAllocatableResourceMapping: { f: { allocationMultiplier: 0, capacityKey: 0 } },
    IDeviceTaint: { f: { effect: 0, key: 0, timeAdded: 0, value: 0 } },
    IResourcePool: { f: { generation: 0, name: 0, resourceSliceCount: 0 } },
    ICounterSet: { f: { counters: 'anon66', name: 0 } },
    anon66: { m: 'ICounter' },
    IResourceSliceList: { f: { apiVersion: 0, items: 'IResourceSlice', kind: 0, metadata: 'IListMeta' } },
    IPriorityClass: {
        f: {
            apiVersion: 0,
            description: 0,
            globalDefault: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            preemptionPolicy: 0,
            value: 0,
        },
    },
    IPriorityClassList: { f: { apiVersion: 0, items: 'IPriorityClass', kind: 0, metadata: 'IListMeta' } },
    IPriorityClass_: {
        f: {
            apiVersion: 0,
            description: 0,
            globalDefault: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            preemptionPolicy: 0,
            value: 0,
        },
    },
    IPriorityClassList_: { f: { apiVersion: 0, items: 'IPriorityClass_', kind: 0, metadata: 'IListMeta' } },
    ICSIDriver: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICSIDriverSpec' } },
    ICSIDriverSpec: {
        f: {
            attachRequired: 0,
            fsGroupPolicy: 0,
            nodeAllocatableUpdatePeriodSeconds: 0,
            podInfoOnMount: 0,
            preventPodSchedulingIfMissing: 0,
            requiresRepublish: 0,
            seLinuxMount: 0,
            serviceAccountTokenInSecrets: 0,
            storageCapacity: 0,
            tokenRequests: 'ITokenRequest_',
            volumeLifecycleModes: 0,
        },
    },
    ITokenRequest_: { f: { audience: 0, expirationSeconds: 0 } },
    ICSIDriverList: { f: { apiVersion: 0, items: 'ICSIDriver', kind: 0, metadata: 'IListMeta' } },
    ICSINode: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICSINodeSpec' } },
    ICSINodeSpec: { f: { drivers: 'ICSINodeDriver' } },
    ICSINodeDriver: { f: { allocatable: 'IVolumeNodeResources', name: 0, nodeID: 0, topologyKeys: 0 } },
    IVolumeNodeResources: { f: { count: 0 } },
    ICSINodeList: { f: { apiVersion: 0, items: 'ICSINode', kind: 0, metadata: 'IListMeta' } },
    ICSIStorageCapacity: {
        f: {
            apiVersion: 0,
            capacity: 0,
            kind: 0,
            maximumVolumeSize: 0,
            metadata: 'IObjectMeta',
            nodeTopology: 'ILabelSelector',
            storageClassName: 0,
        },
    },
    ICSIStorageCapacityList: {
        f: { apiVersion: 0, items: 'ICSIStorageCapacity', kind: 0, metadata: 'IListMeta' },
    },
    IStorageClass: {
        f: {
            allowVolumeExpansion: 0,
            allowedTopologies: 'ITopologySelectorTerm',
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            mountOptions: 0,
            parameters: 'anon67',
            provisioner: 0,
            reclaimPolicy: 0,
            volumeBindingMode: 0,
        },
    },
    ITopologySelectorTerm: { f: { matchLabelExpressions: 'ITopologySelectorLabelRequirement' } },
    ITopologySelectorLabelRequirement: { f: { key: 0, values: 0 } },
    anon67: { m: 0 },
    IStorageClassList: { f: { apiVersion: 0, items: 'IStorageClass', kind: 0, metadata: 'IListMeta' } },
    IVolumeAttachment: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IVolumeAttachmentSpec',
            status: 'IVolumeAttachmentStatus',
        },
    },
    IVolumeAttachmentSpec: { f: { attacher: 0, nodeName: 0, source: 'IVolumeAttachmentSource' } },
    IVolumeAttachmentSource: { f: { inlineVolumeSpec: 'IPersistentVolumeSpec', persistentVolumeName: 0 } },
    IPersistentVolumeSpec: {
        f: {
            accessModes: 0,
            awsElasticBlockStore: 'IAWSElasticBlockStoreVolumeSource',
            azureDisk: 'IAzureDiskVolumeSource',
            azureFile: 'IAzureFilePersistentVolumeSource',
            capacity: 'anon68',
            cephfs: 'ICephFSPersistentVolumeSource',
            cinder: 'ICinderPersistentVolumeSource',
            claimRef: 'IObjectReference',
            csi: 'ICSIPersistentVolumeSource',
            fc: 'IFCVolumeSource',
            flexVolume: 'IFlexPersistentVolumeSource',
            flocker: 'IFlockerVolumeSource',
            gcePersistentDisk: 'IGCEPersistentDiskVolumeSource',
            glusterfs: 'IGlusterfsPersistentVolumeSource',
            hostPath: 'IHostPathVolumeSource',
            iscsi: 'IISCSIPersistentVolumeSource',
            local: 'ILocalVolumeSource',
            mountOptions: 0,
            nfs: 'INFSVolumeSource',
            nodeAffinity: 'IVolumeNodeAffinity',
            persistentVolumeReclaimPolicy: 0,
            photonPersistentDisk: 'IPhotonPersistentDiskVolumeSource',
            portworxVolume: 'IPortworxVolumeSource',
            quobyte: 'IQuobyteVolumeSource',
            rbd: 'IRBDPersistentVolumeSource',
            scaleIO: 'IScaleIOPersistentVolumeSource',
            storageClassName: 0,
            storageos: 'IStorageOSPersistentVolumeSource',
            volumeAttributesClassName: 0,
            volumeMode: 0,
            vsphereVolume: 'IVsphereVirtualDiskVolumeSource',
        },
    },
    IAzureFilePersistentVolumeSource: { f: { readOnly: 0, secretName: 0, secretNamespace: 0, shareName: 0 } },
    anon68: { m: 0 },
    ICephFSPersistentVolumeSource: {
        f: { monitors: 0, path: 0, readOnly: 0, secretFile: 0, secretRef: 'ISecretReference', user: 0 },
    },
    ISecretReference: { f: { name: 0, namespace: 0 } },
    ICinderPersistentVolumeSource: {
        f: { fsType: 0, readOnly: 0, secretRef: 'ISecretReference', volumeID: 0 },
    },
    ICSIPersistentVolumeSource: {
        f: {
            controllerExpandSecretRef: 'ISecretReference',
            controllerPublishSecretRef: 'ISecretReference',
            driver: 0,
            fsType: 0,
            nodeExpandSecretRef: 'ISecretReference',
            nodePublishSecretRef: 'ISecretReference',
            nodeStageSecretRef: 'ISecretReference',
            readOnly: 0,
            volumeAttributes: 'anon69',
            volumeHandle: 0,
        },
    },
    anon69: { m: 0 },
    IFlexPersistentVolumeSource: {
        f: { driver: 0, fsType: 0, options: 'anon70', readOnly: 0, secretRef: 'ISecretReference' },
    },
    anon70: { m: 0 },
    IGlusterfsPersistentVolumeSource: { f: { endpoints: 0, endpointsNamespace: 0, path: 0, readOnly: 0 } },
    IISCSIPersistentVolumeSource: {
        f: {
            chapAuthDiscovery: 0,
            chapAuthSession: 0,
            fsType: 0,
            initiatorName: 0,
            iqn: 0,
            iscsiInterface: 0,
            lun: 0,
            portals: 0,
            readOnly: 0,
            secretRef: 'ISecretReference',
            targetPortal: 0,
        },
    },
    ILocalVolumeSource: { f: { fsType: 0, path: 0 } },
    IVolumeNodeAffinity: { f: { required: 'INodeSelector' } },
    IRBDPersistentVolumeSource: {
        f: {
            fsType: 0,
            image: 0,
            keyring: 0,
            monitors: 0,
            pool: 0,
            readOnly: 0,
            secretRef: 'ISecretReference',
            user: 0,
        },
    },
    IScaleIOPersistentVolumeSource: {
        f: {
            fsType: 0,
            gateway: 0,
            protectionDomain: 0,
            readOnly: 0,
            secretRef: 'ISecretReference',
            sslEnabled: 0,
            storageMode: 0,
            storagePool: 0,
            system: 0,
            volumeName: 0,
        },
    },
    IStorageOSPersistentVolumeSource: {
        f: { fsType: 0, readOnly: 0, secretRef: 'IObjectReference', volumeName: 0, volumeNamespace: 0 },
    },
    IVolumeAttachmentStatus: {
        f: {
            attachError: 'IVolumeError',
            attached: 0,
            attachmentMetadata: 'anon71',
            detachError: 'IVolumeError',
        },
    },
    IVolumeError: { f: { errorCode: 0, message: 0, time: 0 } },
    anon71: { m: 0 },
    IVolumeAttachmentList: { f: { apiVersion: 0, items: 'IVolumeAttachment', kind: 0, metadata: 'IListMeta' } },
    IVolumeAttributesClass: {
        f: { apiVersion: 0, driverName: 0, kind: 0, metadata: 'IObjectMeta', parameters: 'anon72' },
    },
    anon72: { m: 0 },
    IVolumeAttributesClassList: {
        f: { apiVersion: 0, items: 'IVolumeAttributesClass', kind: 0, metadata: 'IListMeta' },
    },
    ICSIDriver_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICSIDriverSpec_' } },
    ICSIDriverSpec_: {
        f: {
            attachRequired: 0,
            fsGroupPolicy: 0,
            podInfoOnMount: 0,
            requiresRepublish: 0,
            storageCapacity: 0,
            tokenRequests: 'ITokenRequest__',
            volumeLifecycleModes: 0,
        },
    },
    ITokenRequest__: { f: { audience: 0, expirationSeconds: 0 } },
    ICSIDriverList_: { f: { apiVersion: 0, items: 'ICSIDriver_', kind: 0, metadata: 'IListMeta' } },
    ICSINode_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICSINodeSpec_' } },
    ICSINodeSpec_: { f: { drivers: 'ICSINodeDriver_' } },
    ICSINodeDriver_: { f: { allocatable: 'IVolumeNodeResources_', name: 0, nodeID: 0, topologyKeys: 0 } },
    IVolumeNodeResources_: { f: { count: 0 } },
    ICSINodeList_: { f: { apiVersion: 0, items: 'ICSINode_', kind: 0, metadata: 'IListMeta' } },
    ICSIStorageCapacity_: {
        f: {
            apiVersion: 0,
            capacity: 0,
            kind: 0,
            maximumVolumeSize: 0,
            metadata: 'IObjectMeta',
            nodeTopology: 'ILabelSelector',
            storageClassName: 0,
        },
    },
    ICSIStorageCapacityList_: {
        f: { apiVersion: 0, items: 'ICSIStorageCapacity_', kind: 0, metadata: 'IListMeta' },
    },
    IStorageClass_: {
        f: {
            allowVolumeExpansion: 0,
            allowedTopologies: 'ITopologySelectorTerm',
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            mountOptions: 0,
            parameters: 'anon73',
            provisioner: 0,
            reclaimPolicy: 0,
            volumeBindingMode: 0,
        },
    },
    anon73: { m: 0 },
    IStorageClassList_: { f: { apiVersion: 0, items: 'IStorageClass_', kind: 0, metadata: 'IListMeta' } },
    IVolumeAttachment_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IVolumeAttachmentSpec_',
            status: 'IVolumeAttachmentStatus_',
        },
    },
    IVolumeAttachmentSpec_: { f: { attacher: 0, nodeName: 0, source: 'IVolumeAttachmentSource_' } },
    IVolumeAttachmentSource_: { f: { inlineVolumeSpec: 'IPersistentVolumeSpec', persistentVolumeName: 0 } },
    IVolumeAttachmentStatus_: {
        f: {
            attachError: 'IVolumeError_',
            attached: 0,
            attachmentMetadata: 'anon74',
            detachError: 'IVolumeError_',
        },
    },
    IVolumeError_: { f: { message: 0, time: 0 } },
    anon74: { m: 0 },
    IVolumeAttachmentList_: {
        f: { apiVersion: 0, items: 'IVolumeAttachment_', kind: 0, metadata: 'IListMeta' },
    },
    IBinding: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', target: 'IObjectReference' } },
    IComponentStatus: {
        f: { apiVersion: 0, conditions: 'IComponentCondition', kind: 0, metadata: 'IObjectMeta' },
    },
    IComponentCondition: { f: { error: 0, message: 0, status: 0, type: 0 } },
    IComponentStatusList: { f: { apiVersion: 0, items: 'IComponentStatus', kind: 0, metadata: 'IListMeta' } },
    IConfigMap: {
        f: {
            apiVersion: 0,
            binaryData: 'anon75',
            data: 'anon76',
            immutable: 0,
            kind: 0,
            metadata: 'IObjectMeta',
        },
    },
    anon75: { m: 0 },
    anon76: { m: 0 },
    IConfigMapList: { f: { apiVersion: 0, items: 'IConfigMap', kind: 0, metadata: 'IListMeta' } },
    IEndpoints: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', subsets: 'IEndpointSubset' } },
    IEndpointSubset: {
        f: { addresses: 'IEndpointAddress', notReadyAddresses: 'IEndpointAddress', ports: 'IEndpointPort__' },
    },
    IEndpointAddress: { f: { hostname: 0, ip: 0, nodeName: 0, targetRef: 'IObjectReference' } },
    IEndpointPort__: { f: { appProtocol: 0, name: 0, port: 0, protocol: 0 } },
    IEndpointsList: { f: { apiVersion: 0, items: 'IEndpoints', kind: 0, metadata: 'IListMeta' } },
    IEvent__: {
        f: {
            action: 0,
            apiVersion: 0,
            count: 0,
            eventTime: 0,
            firstTimestamp: 0,
            involvedObject: 'IObjectReference',
            kind: 0,
            lastTimestamp: 0,
            message: 0,
            metadata: 'IObjectMeta',
            reason: 0,
            related: 'IObjectReference',
            reportingComponent: 0,
            reportingInstance: 0,
            series: 'IEventSeries__',
            source: 'IEventSource',
            type: 0,
        },
    },
    IEventSeries__: { f: { count: 0, lastObservedTime: 0 } },
    IEventList__: { f: { apiVersion: 0, items: 'IEvent__', kind: 0, metadata: 'IListMeta' } },
    ILimitRange: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ILimitRangeSpec' } },
    ILimitRangeSpec: { f: { limits: 'ILimitRangeItem' } },
    ILimitRangeItem: {
        f: {
            default: 'anon77',
            defaultRequest: 'anon78',
            max: 'anon79',
            maxLimitRequestRatio: 'anon80',
            min: 'anon81',
            type: 0,
        },
    },
    anon77: { m: 0 },
    anon78: { m: 0 },
    anon79: { m: 0 },
    anon80: { m: 0 },
    anon81: { m: 0 },
    ILimitRangeList: { f: { apiVersion: 0, items: 'ILimitRange', kind: 0, metadata: 'IListMeta' } },
    INamespace: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'INamespaceSpec',
            status: 'INamespaceStatus',
        },
    },
    INamespaceSpec: { f: { finalizers: 0 } },
    INamespaceStatus: { f: { conditions: 'INamespaceCondition', phase: 0 } },
    INamespaceCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    INamespaceList: { f: { apiVersion: 0, items: 'INamespace', kind: 0, metadata: 'IListMeta' } },
    INode: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'INodeSpec', status: 'INodeStatus' } },
    INodeSpec: {
        f: {
            configSource: 'INodeConfigSource',
            externalID: 0,
            podCIDR: 0,
            podCIDRs: 0,
            providerID: 0,
            taints: 'ITaint',
            unschedulable: 0,
        },
    },
    INodeConfigSource: { f: { configMap: 'IConfigMapNodeConfigSource' } },
    IConfigMapNodeConfigSource: {
        f: { kubeletConfigKey: 0, name: 0, namespace: 0, resourceVersion: 0, uid: 0 },
    },
    ITaint: { f: { effect: 0, key: 0, timeAdded: 0, value: 0 } },
    INodeStatus: {
        f: {
            addresses: 'INodeAddress',
            allocatable: 'anon82',
            capacity: 'anon83',
            conditions: 'INodeCondition',
            config: 'INodeConfigStatus',
            daemonEndpoints: 'INodeDaemonEndpoints',
            declaredFeatures: 0,
            features: 'INodeFeatures',
            images: 'IContainerImage',
            nodeInfo: 'INodeSystemInfo',
            phase: 0,
            runtimeHandlers: 'INodeRuntimeHandler',
            volumesAttached: 'IAttachedVolume',
            volumesInUse: 0,
        },
    },
    INodeAddress: { f: { address: 0, type: 0 } },
    anon82: { m: 0 },
    anon83: { m: 0 },
    INodeCondition: {
        f: { lastHeartbeatTime: 0, lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    INodeConfigStatus: {
        f: {
            active: 'INodeConfigSource',
            assigned: 'INodeConfigSource',
            error: 0,
            lastKnownGood: 'INodeConfigSource',
        },
    },
    INodeDaemonEndpoints: { f: { kubeletEndpoint: 'IDaemonEndpoint' } },
    IDaemonEndpoint: { f: { Port: 0 } },
    INodeFeatures: { f: { supplementalGroupsPolicy: 0 } },
    IContainerImage: { f: { names: 0, sizeBytes: 0 } },
    INodeSystemInfo: {
        f: {
            architecture: 0,
            bootID: 0,
            containerRuntimeVersion: 0,
            kernelVersion: 0,
            kubeProxyVersion: 0,
            kubeletVersion: 0,
            machineID: 0,
            operatingSystem: 0,
            osImage: 0,
            swap: 'INodeSwapStatus',
            systemUUID: 0,
        },
    },
    INodeSwapStatus: { f: { capacity: 0 } },
    INodeRuntimeHandler: { f: { features: 'INodeRuntimeHandlerFeatures', name: 0 } },
    INodeRuntimeHandlerFeatures: { f: { recursiveReadOnlyMounts: 0, userNamespaces: 0 } },
    IAttachedVolume: { f: { devicePath: 0, name: 0 } },
    INodeList: { f: { apiVersion: 0, items: 'INode', kind: 0, metadata: 'IListMeta' } },
    IPersistentVolume: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPersistentVolumeSpec',
            status: 'IPersistentVolumeStatus',
        },
    },
    IPersistentVolumeStatus: { f: { lastPhaseTransitionTime: 0, message: 0, phase: 0, reason: 0 } },
    IPersistentVolumeClaimList: {
        f: { apiVersion: 0, items: 'IPersistentVolumeClaim', kind: 0, metadata: 'IListMeta' },
    },
    IPersistentVolumeList: { f: { apiVersion: 0, items: 'IPersistentVolume', kind: 0, metadata: 'IListMeta' } },
    IPod: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IPodSpec', status: 'IPodStatus' } },
    IPodStatus: {
        f: {
            allocatedResources: 'anon84',
            conditions: 'IPodCondition',
            containerStatuses: 'IContainerStatus',
            ephemeralContainerStatuses: 'IContainerStatus',
            extendedResourceClaimStatus: 'IPodExtendedResourceClaimStatus',
            hostIP: 0,
            hostIPs: 'IHostIP',
            initContainerStatuses: 'IContainerStatus',
            message: 0,
            nodeAllocatableResourceClaimStatuses: 'INodeAllocatableResourceClaimStatus',
            nominatedNodeName: 0,
            observedGeneration: 0,
            phase: 0,
            podIP: 0,
            podIPs: 'IPodIP',
            qosClass: 0,
            reason: 0,
            resize: 0,
            resourceClaimStatuses: 'IPodResourceClaimStatus',
            resources: 'IResourceRequirements',
            startTime: 0,
        },
    },
    anon84: { m: 0 },
    IPodCondition: {
        f: {
            lastProbeTime: 0,
            lastTransitionTime: 0,
            message: 0,
            observedGeneration: 0,
            reason: 0,
            status: 0,
            type: 0,
        },
    },
    IContainerStatus: {
        f: {
            allocatedResources: 'anon85',
            allocatedResourcesStatus: 'IResourceStatus_',
            containerID: 0,
            image: 0,
            imageID: 0,
            lastState: 'IContainerState',
            name: 0,
            ready: 0,
            resources: 'IResourceRequirements',
            restartCount: 0,
            started: 0,
            state: 'IContainerState',
            stopSignal: 0,
            user: 'IContainerUser',
            volumeMounts: 'IVolumeMountStatus',
        },
    },
    anon85: { m: 0 },
    IResourceStatus_: { f: { name: 0, resources: 'IResourceHealth' } },
    IResourceHealth: { f: { health: 0, message: 0, resourceID: 0 } },
    IContainerState: {
        f: {
            running: 'IContainerStateRunning',
            terminated: 'IContainerStateTerminated',
            waiting: 'IContainerStateWaiting',
        },
    },
    IContainerStateRunning: { f: { startedAt: 0 } },
    IContainerStateTerminated: {
        f: { containerID: 0, exitCode: 0, finishedAt: 0, message: 0, reason: 0, signal: 0, startedAt: 0 },
    },
    IContainerStateWaiting: { f: { message: 0, reason: 0 } },
    IContainerUser: { f: { linux: 'ILinuxContainerUser' } },
    ILinuxContainerUser: { f: { gid: 0, supplementalGroups: 0, uid: 0 } },
    IVolumeMountStatus: {
        f: { mountPath: 0, name: 0, readOnly: 0, recursiveReadOnly: 0, volumeStatus: 'IVolumeStatus' },
    },
    IVolumeStatus: { f: { image: 'IImageVolumeStatus' } },
    IImageVolumeStatus: { f: { imageRef: 0 } },
    IPodExtendedResourceClaimStatus: {
        f: { requestMappings: 'IContainerExtendedResourceRequest', resourceClaimName: 0 },
    },
    IContainerExtendedResourceRequest: { f: { containerName: 0, requestName: 0, resourceName: 0 } },
    IHostIP: { f: { ip: 0 } },
    INodeAllocatableResourceClaimStatus: { f: { containers: 0, resourceClaimName: 0, resources: 'anon86' } },
    anon86: { m: 0 },
    IPodIP: { f: { ip: 0 } },
    IPodResourceClaimStatus: { f: { name: 0, resourceClaimName: 0 } },
    IPodList: { f: { apiVersion: 0, items: 'IPod', kind: 0, metadata: 'IListMeta' } },
    IPodTemplate: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', template: 'IPodTemplateSpec' } },
    IPodTemplateList: { f: { apiVersion: 0, items: 'IPodTemplate', kind: 0, metadata: 'IListMeta' } },
    IReplicationController: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IReplicationControllerSpec',
            status: 'IReplicationControllerStatus',
        },
    },
    IReplicationControllerSpec: {
        f: { minReadySeconds: 0, replicas: 0, selector: 'anon87', template: 'IPodTemplateSpec' },
    },
    anon87: { m: 0 },
    IReplicationControllerStatus: {
        f: {
            availableReplicas: 0,
            conditions: 'IReplicationControllerCondition',
            fullyLabeledReplicas: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
        },
    },
    IReplicationControllerCondition: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IReplicationControllerList: {
        f: { apiVersion: 0, items: 'IReplicationController', kind: 0, metadata: 'IListMeta' },
    },
    IResourceQuota: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IResourceQuotaSpec',
            status: 'IResourceQuotaStatus',
        },
    },
    IResourceQuotaSpec: { f: { hard: 'anon88', scopeSelector: 'IScopeSelector', scopes: 0 } },
    anon88: { m: 0 },
    IScopeSelector: { f: { matchExpressions: 'IScopedResourceSelectorRequirement' } },
    IScopedResourceSelectorRequirement: { f: { operator: 0, scopeName: 0, values: 0 } },
    IResourceQuotaStatus: { f: { hard: 'anon89', used: 'anon90' } },
    anon89: { m: 0 },
    anon90: { m: 0 },
    IResourceQuotaList: { f: { apiVersion: 0, items: 'IResourceQuota', kind: 0, metadata: 'IListMeta' } },
    ISecret: {
        f: {
            apiVersion: 0,
            data: 'anon91',
            immutable: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            stringData: 'anon92',
            type: 0,
        },
    },
    anon91: { m: 0 },
    anon92: { m: 0 },
    ISecretList: { f: { apiVersion: 0, items: 'ISecret', kind: 0, metadata: 'IListMeta' } },
    IService: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IServiceSpec', status: 'IServiceStatus' },
    },
    IServiceSpec: {
        f: {
            allocateLoadBalancerNodePorts: 0,
            clusterIP: 0,
            clusterIPs: 0,
            externalIPs: 0,
            externalName: 0,
            externalTrafficPolicy: 0,
            healthCheckNodePort: 0,
            internalTrafficPolicy: 0,
            ipFamilies: 0,
            ipFamilyPolicy: 0,
            loadBalancerClass: 0,
            loadBalancerIP: 0,
            loadBalancerSourceRanges: 0,
            ports: 'IServicePort',
            publishNotReadyAddresses: 0,
            selector: 'anon93',
            sessionAffinity: 0,
            sessionAffinityConfig: 'ISessionAffinityConfig',
            trafficDistribution: 0,
            type: 0,
        },
    },
    IServicePort: { f: { appProtocol: 0, name: 0, nodePort: 0, port: 0, protocol: 0, targetPort: 0 } },
    anon93: { m: 0 },
    ISessionAffinityConfig: { f: { clientIP: 'IClientIPConfig' } },
    IClientIPConfig: { f: { timeoutSeconds: 0 } },
    IServiceStatus: { f: { conditions: 'ICondition', loadBalancer: 'ILoadBalancerStatus' } },
    IServiceAccount: {
        f: {
            apiVersion: 0,
            automountServiceAccountToken: 0,
            imagePullSecrets: 'ILocalObjectReference',
            kind: 0,
            metadata: 'IObjectMeta',
            secrets: 'IObjectReference',
        },
    },
    IServiceAccountList: { f: { apiVersion: 0, items: 'IServiceAccount', kind: 0, metadata: 'IListMeta' } },
    IServiceList: { f: { apiVersion: 0, items: 'IService', kind: 0, metadata: 'IListMeta' } },
};
const KIND_TYPES = {
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicy': 'IMutatingAdmissionPolicy',
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding': 'IMutatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBindingList': 'IMutatingAdmissionPolicyBindingList',
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyList': 'IMutatingAdmissionPolicyList',
    'admissionregistration.k8s.io/v1/MutatingWebhookConfiguration': 'IMutatingWebhookConfiguration',
    'admissionregistration.k8s.io/v1/MutatingWebhookConfigurationList': 'IMutatingWebhookConfigurationList',
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy': 'IValidatingAdmissionPolicy',
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding': 'IValidatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBindingList': 'IValidatingAdmissionPolicyBindingList',
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyList': 'IValidatingAdmissionPolicyList',
    'admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration': 'IValidatingWebhookConfiguration',
    'admissionregistration.k8s.io/v1/ValidatingWebhookConfigurationList': 'IValidatingWebhookConfigurationList',
    'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration': 'IMutatingWebhookConfiguration_',
    'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfigurationList': 'IMutatingWebhookConfigurationList_',
    'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration': 'IValidatingWebhookConfiguration_',
    'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfigurationList': 'IValidatingWebhookConfigurationList_',
    'apiextensions.k8s.io/v1/CustomResourceDefinition': 'ICustomResourceDefinition',
    'apiextensions.k8s.io/v1/CustomResourceDefinitionList': 'ICustomResourceDefinitionList',
    'apiextensions.k8s.io/v1beta1/CustomResourceDefinition': 'ICustomResourceDefinition_',
    'apiextensions.k8s.io/v1beta1/CustomResourceDefinitionList': 'ICustomResourceDefinitionList_',
    'apiregistration.k8s.io/v1/APIService': 'IAPIService',
    'apiregistration.k8s.io/v1/APIServiceList': 'IAPIServiceList',
    'apiregistration.k8s.io/v1beta1/APIService': 'IAPIService_',
    'apiregistration.k8s.io/v1beta1/APIServiceList': 'IAPIServiceList_',
    'apps/v1/ControllerRevision': 'IControllerRevision',
    'apps/v1/ControllerRevisionList': 'IControllerRevisionList',
    'apps/v1/DaemonSet': 'IDaemonSet',
    'apps/v1/DaemonSetList': 'IDaemonSetList',
    'apps/v1/Deployment': 'IDeployment',
    'apps/v1/DeploymentList': 'IDeploymentList',
    'apps/v1/ReplicaSet': 'IReplicaSet',
    'apps/v1/ReplicaSetList': 'IReplicaSetList',
    'apps/v1/StatefulSet': 'IStatefulSet',
    'apps/v1/StatefulSetList': 'IStatefulSetList',
    'apps/v1beta1/ControllerRevision': 'IControllerRevision_',
    'apps/v1beta1/ControllerRevisionList': 'IControllerRevisionList_',
    'apps/v1beta1/Deployment': 'IDeployment_',
    'apps/v1beta1/DeploymentList': 'IDeploymentList_',
    'apps/v1beta1/DeploymentRollback': 'IDeploymentRollback',
    'apps/v1beta1/Scale': 'IScale',
    'apps/v1beta1/StatefulSet': 'IStatefulSet_',
    'apps/v1beta1/StatefulSetList': 'IStatefulSetList_',
    'apps/v1beta2/ControllerRevision': 'IControllerRevision__',
    'apps/v1beta2/ControllerRevisionList': 'IControllerRevisionList__',
    'apps/v1beta2/DaemonSet': 'IDaemonSet_',
    'apps/v1beta2/DaemonSetList': 'IDaemonSetList_',
    'apps/v1beta2/Deployment': 'IDeployment__',
    'apps/v1beta2/DeploymentList': 'IDeploymentList__',
    'apps/v1beta2/ReplicaSet': 'IReplicaSet_',
    'apps/v1beta2/ReplicaSetList': 'IReplicaSetList_',
    'apps/v1beta2/Scale': 'IScale_',
    'apps/v1beta2/StatefulSet': 'IStatefulSet__',
    'apps/v1beta2/StatefulSetList': 'IStatefulSetList__',
    'argoproj.io/v1alpha1/Application': 'IApplication',
    'argoproj.io/v1alpha1/ApplicationList': 'IApplicationList',
    'argoproj.io/v1alpha1/ApplicationSet': 'IApplicationSet',
    'argoproj.io/v1alpha1/ApplicationSetList': 'IApplicationSetList',
    'argoproj.io/v1alpha1/AppProject': 'IAppProject',
    'argoproj.io/v1alpha1/AppProjectList': 'IAppProjectList',
    'authentication.k8s.io/v1/SelfSubjectReview': 'ISelfSubjectReview',
    'authentication.k8s.io/v1/TokenRequest': 'ITokenRequest',
    'authentication.k8s.io/v1/TokenReview': 'ITokenReview',
    'authentication.k8s.io/v1beta1/TokenReview': 'ITokenReview_',
    'authorization.k8s.io/v1/LocalSubjectAccessReview': 'ILocalSubjectAccessReview',
    'authorization.k8s.io/v1/SelfSubjectAccessReview': 'ISelfSubjectAccessReview',
    'authorization.k8s.io/v1/SelfSubjectRulesReview': 'ISelfSubjectRulesReview',
    'authorization.k8s.io/v1/SubjectAccessReview': 'ISubjectAccessReview',
    'authorization.k8s.io/v1beta1/LocalSubjectAccessReview': 'ILocalSubjectAccessReview_',
    'authorization.k8s.io/v1beta1/SelfSubjectAccessReview': 'ISelfSubjectAccessReview_',
    'authorization.k8s.io/v1beta1/SelfSubjectRulesReview': 'ISelfSubjectRulesReview_',
    'authorization.k8s.io/v1beta1/SubjectAccessReview': 'ISubjectAccessReview_',
    'autoscaling/v1/HorizontalPodAutoscaler': 'IHorizontalPodAutoscaler',
    'autoscaling/v1/HorizontalPodAutoscalerList': 'IHorizontalPodAutoscalerList',
    'autoscaling/v1/Scale': 'IScale__',
    'autoscaling/v2/HorizontalPodAutoscaler': 'IHorizontalPodAutoscaler_',
    'autoscaling/v2/HorizontalPodAutoscalerList': 'IHorizontalPodAutoscalerList_',
    'autoscaling/v2beta1/HorizontalPodAutoscaler': 'IHorizontalPodAutoscaler__',
    'autoscaling/v2beta1/HorizontalPodAutoscalerList': 'IHorizontalPodAutoscalerList__',
    'autoscaling/v2beta2/HorizontalPodAutoscaler': 'IHorizontalPodAutoscaler___',
    'autoscaling/v2beta2/HorizontalPodAutoscalerList': 'IHorizontalPodAutoscalerList___',
    'batch/v1/CronJob': 'ICronJob',
    'batch/v1/CronJobList': 'ICronJobList',
    'batch/v1/Job': 'IJob',
    'batch/v1/JobList': 'IJobList',
    'batch/v1beta1/CronJob': 'ICronJob_',
    'batch/v1beta1/CronJobList': 'ICronJobList_',
    'certificates.k8s.io/v1/CertificateSigningRequest': 'ICertificateSigningRequest',
    'certificates.k8s.io/v1/CertificateSigningRequestList': 'ICertificateSigningRequestList',
    'certificates.k8s.io/v1beta1/CertificateSigningRequest': 'ICertificateSigningRequest_',
    'certificates.k8s.io/v1beta1/CertificateSigningRequestList': 'ICertificateSigningRequestList_',
    'coordination.k8s.io/v1/Lease': 'ILease',
    'coordination.k8s.io/v1/LeaseList': 'ILeaseList',
    'coordination.k8s.io/v1beta1/Lease': 'ILease_',
    'coordination.k8s.io/v1beta1/LeaseList': 'ILeaseList_',
    'discovery.k8s.io/v1/EndpointSlice': 'IEndpointSlice',
    'discovery.k8s.io/v1/EndpointSliceList': 'IEndpointSliceList',
    'discovery.k8s.io/v1beta1/EndpointSlice': 'IEndpointSlice_',
    'discovery.k8s.io/v1beta1/EndpointSliceList': 'IEndpointSliceList_',
    'events.k8s.io/v1/Event': 'IEvent',
    'events.k8s.io/v1/EventList': 'IEventList',
    'events.k8s.io/v1beta1/Event': 'IEvent_',
    'events.k8s.io/v1beta1/EventList': 'IEventList_',
    'extensions/v1beta1/DaemonSet': 'IDaemonSet__',
    'extensions/v1beta1/DaemonSetList': 'IDaemonSetList__',
    'extensions/v1beta1/Deployment': 'IDeployment___',
    'extensions/v1beta1/DeploymentList': 'IDeploymentList___',
    'extensions/v1beta1/DeploymentRollback': 'IDeploymentRollback_',
    'extensions/v1beta1/Ingress': 'IIngress',
    'extensions/v1beta1/IngressList': 'IIngressList',
    'extensions/v1beta1/NetworkPolicy': 'INetworkPolicy',
    'extensions/v1beta1/NetworkPolicyList': 'INetworkPolicyList',
    'extensions/v1beta1/PodSecurityPolicy': 'IPodSecurityPolicy',
    'extensions/v1beta1/PodSecurityPolicyList': 'IPodSecurityPolicyList',
    'extensions/v1beta1/ReplicaSet': 'IReplicaSet__',
    'extensions/v1beta1/ReplicaSetList': 'IReplicaSetList__',
    'extensions/v1beta1/Scale': 'IScale___',
    'flowcontrol.apiserver.k8s.io/v1/FlowSchema': 'IFlowSchema',
    'flowcontrol.apiserver.k8s.io/v1/FlowSchemaList': 'IFlowSchemaList',
    'flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration': 'IPriorityLevelConfiguration',
    'flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfigurationList': 'IPriorityLevelConfigurationList',
    'flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema': 'IFlowSchema_',
    'flowcontrol.apiserver.k8s.io/v1beta1/FlowSchemaList': 'IFlowSchemaList_',
    'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfiguration': 'IPriorityLevelConfiguration_',
    'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfigurationList': 'IPriorityLevelConfigurationList_',
    'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema': 'IFlowSchema__',
    'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchemaList': 'IFlowSchemaList__',
    'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfiguration': 'IPriorityLevelConfiguration__',
    'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfigurationList': 'IPriorityLevelConfigurationList__',
    'flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema': 'IFlowSchema___',
    'flowcontrol.apiserver.k8s.io/v1beta3/FlowSchemaList': 'IFlowSchemaList___',
    'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfiguration': 'IPriorityLevelConfiguration___',
    'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfigurationList': 'IPriorityLevelConfigurationList___',
    'networking.k8s.io/v1/Ingress': 'IIngress_',
    'networking.k8s.io/v1/IngressClass': 'IIngressClass',
    'networking.k8s.io/v1/IngressClassList': 'IIngressClassList',
    'networking.k8s.io/v1/IngressList': 'IIngressList_',
    'networking.k8s.io/v1/IPAddress': 'IIPAddress',
    'networking.k8s.io/v1/IPAddressList': 'IIPAddressList',
    'networking.k8s.io/v1/NetworkPolicy': 'INetworkPolicy_',
    'networking.k8s.io/v1/NetworkPolicyList': 'INetworkPolicyList_',
    'networking.k8s.io/v1/ServiceCIDR': 'IServiceCIDR',
    'networking.k8s.io/v1/ServiceCIDRList': 'IServiceCIDRList',
    'networking.k8s.io/v1beta1/Ingress': 'IIngress__',
    'networking.k8s.io/v1beta1/IngressClass': 'IIngressClass_',
    'networking.k8s.io/v1beta1/IngressClassList': 'IIngressClassList_',
    'networking.k8s.io/v1beta1/IngressList': 'IIngressList__',
    'node.k8s.io/v1/RuntimeClass': 'IRuntimeClass',
    'node.k8s.io/v1/RuntimeClassList': 'IRuntimeClassList',
    'node.k8s.io/v1beta1/RuntimeClass': 'IRuntimeClass_',
    'node.k8s.io/v1beta1/RuntimeClassList': 'IRuntimeClassList_',
    'policy/v1/Eviction': 'IEviction',
    'policy/v1/PodDisruptionBudget': 'IPodDisruptionBudget',
    'policy/v1/PodDisruptionBudgetList': 'IPodDisruptionBudgetList',
    'policy/v1beta1/Eviction': 'IEviction_',
    'policy/v1beta1/PodDisruptionBudget': 'IPodDisruptionBudget_',
    'policy/v1beta1/PodDisruptionBudgetList': 'IPodDisruptionBudgetList_',
    'policy/v1beta1/PodSecurityPolicy': 'IPodSecurityPolicy_',
    'policy/v1beta1/PodSecurityPolicyList': 'IPodSecurityPolicyList_',
    'rbac.authorization.k8s.io/v1/ClusterRole': 'IClusterRole',
    'rbac.authorization.k8s.io/v1/ClusterRoleBinding': 'IClusterRoleBinding',
    'rbac.authorization.k8s.io/v1/ClusterRoleBindingList': 'IClusterRoleBindingList',
    'rbac.authorization.k8s.io/v1/ClusterRoleList': 'IClusterRoleList',
    'rbac.authorization.k8s.io/v1/Role': 'IRole',
    'rbac.authorization.k8s.io/v1/RoleBinding': 'IRoleBinding',
    'rbac.authorization.k8s.io/v1/RoleBindingList': 'IRoleBindingList',
    'rbac.authorization.k8s.io/v1/RoleList': 'IRoleList',
    'rbac.authorization.k8s.io/v1beta1/ClusterRole': 'IClusterRole_',
    'rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding': 'IClusterRoleBinding_',
    'rbac.authorization.k8s.io/v1beta1/ClusterRoleBindingList': 'IClusterRoleBindingList_',
    'rbac.authorization.k8s.io/v1beta1/ClusterRoleList': 'IClusterRoleList_',
    'rbac.authorization.k8s.io/v1beta1/Role': 'IRole_',
    'rbac.authorization.k8s.io/v1beta1/RoleBinding': 'IRoleBinding_',
    'rbac.authorization.k8s.io/v1beta1/RoleBindingList': 'IRoleBindingList_',
    'rbac.authorization.k8s.io/v1beta1/RoleList': 'IRoleList_',
    'resource.k8s.io/v1/DeviceClass': 'IDeviceClass',
    'resource.k8s.io/v1/DeviceClassList': 'IDeviceClassList',
    'resource.k8s.io/v1/ResourceClaim': 'IResourceClaim_',
    'resource.k8s.io/v1/ResourceClaimList': 'IResourceClaimList',
    'resource.k8s.io/v1/ResourceClaimTemplate': 'IResourceClaimTemplate',
    'resource.k8s.io/v1/ResourceClaimTemplateList': 'IResourceClaimTemplateList',
    'resource.k8s.io/v1/ResourceSlice': 'IResourceSlice',
    'resource.k8s.io/v1/ResourceSliceList': 'IResourceSliceList',
    'scheduling.k8s.io/v1/PriorityClass': 'IPriorityClass',
    'scheduling.k8s.io/v1/PriorityClassList': 'IPriorityClassList',
    'scheduling.k8s.io/v1beta1/PriorityClass': 'IPriorityClass_',
    'scheduling.k8s.io/v1beta1/PriorityClassList': 'IPriorityClassList_',
    'storage.k8s.io/v1/CSIDriver': 'ICSIDriver',
    'storage.k8s.io/v1/CSIDriverList': 'ICSIDriverList',
    'storage.k8s.io/v1/CSINode': 'ICSINode',
    'storage.k8s.io/v1/CSINodeList': 'ICSINodeList',
    'storage.k8s.io/v1/CSIStorageCapacity': 'ICSIStorageCapacity',
    'storage.k8s.io/v1/CSIStorageCapacityList': 'ICSIStorageCapacityList',
    'storage.k8s.io/v1/StorageClass': 'IStorageClass',
    'storage.k8s.io/v1/StorageClassList': 'IStorageClassList',
    'storage.k8s.io/v1/VolumeAttachment': 'IVolumeAttachment',
    'storage.k8s.io/v1/VolumeAttachmentList': 'IVolumeAttachmentList',
    'storage.k8s.io/v1/VolumeAttributesClass': 'IVolumeAttributesClass',
    'storage.k8s.io/v1/VolumeAttributesClassList': 'IVolumeAttributesClassList',
    'storage.k8s.io/v1beta1/CSIDriver': 'ICSIDriver_',
    'storage.k8s.io/v1beta1/CSIDriverList': 'ICSIDriverList_',
    'storage.k8s.io/v1beta1/CSINode': 'ICSINode_',
    'storage.k8s.io/v1beta1/CSINodeList': 'ICSINodeList_',
    'storage.k8s.io/v1beta1/CSIStorageCapacity': 'ICSIStorageCapacity_',
    'storage.k8s.io/v1beta1/CSIStorageCapacityList': 'ICSIStorageCapacityList_',
    'storage.k8s.io/v1beta1/StorageClass': 'IStorageClass_',
    'storage.k8s.io/v1beta1/StorageClassList': 'IStorageClassList_',
    'storage.k8s.io/v1beta1/VolumeAttachment': 'IVolumeAttachment_',
    'storage.k8s.io/v1beta1/VolumeAttachmentList': 'IVolumeAttachmentList_',
    'v1/Binding': 'IBinding',
    'v1/ComponentStatus': 'IComponentStatus',
    'v1/ComponentStatusList': 'IComponentStatusList',
    'v1/ConfigMap': 'IConfigMap',
    'v1/ConfigMapList': 'IConfigMapList',
    'v1/Endpoints': 'IEndpoints',
    'v1/EndpointsList': 'IEndpointsList',
    'v1/Event': 'IEvent__',
    'v1/EventList': 'IEventList__',
    'v1/LimitRange': 'ILimitRange',
    'v1/LimitRangeList': 'ILimitRangeList',
    'v1/Namespace': 'INamespace',
    'v1/NamespaceList': 'INamespaceList',
    'v1/Node': 'INode',
    'v1/NodeList': 'INodeList',
    'v1/PersistentVolume': 'IPersistentVolume',
    'v1/PersistentVolumeClaim': 'IPersistentVolumeClaim',
    'v1/PersistentVolumeClaimList': 'IPersistentVolumeClaimList',
    'v1/PersistentVolumeList': 'IPersistentVolumeList',
    'v1/Pod': 'IPod',
    'v1/PodList': 'IPodList',
    'v1/PodTemplate': 'IPodTemplate',
    'v1/PodTemplateList': 'IPodTemplateList',
    'v1/ReplicationController': 'IReplicationController',
    'v1/ReplicationControllerList': 'IReplicationControllerList',
    'v1/ResourceQuota': 'IResourceQuota',
    'v1/ResourceQuotaList': 'IResourceQuotaList',
    'v1/Secret': 'ISecret',
    'v1/SecretList': 'ISecretList',
    'v1/Service': 'IService',
    'v1/ServiceAccount': 'IServiceAccount',
    'v1/ServiceAccountList': 'IServiceAccountList',
    'v1/ServiceList': 'IServiceList',
};

;// CONCATENATED MODULE: ./src/core/validate/builtinKinds.ts
// Kinds of the API groups Kubernetes itself serves (not argoproj.io, which Argo CD shares with other projects). No CRD can add a kind to these groups (the API server
// owns them), so `apps/v1 Deploymnet` or `apps/v2 Deployment` will be rejected whatever the repository holds.


const groupOf = (apiVersion) => (apiVersion.includes('/') ? apiVersion.split('/')[0] : '');
const versionOf = (apiVersion) => apiVersion.includes('/') ? apiVersion.split('/')[1] : apiVersion;
/** group \u2192 version \u2192 kinds, from the bundled schemas and the table of removed APIs. */
const KINDS = new Map();
function add(apiVersion, kind) {
    const group = groupOf(apiVersion);
    const versions = KINDS.get(group) ?? new Map();
    KINDS.set(group, versions);
    const kinds = versions.get(versionOf(apiVersion)) ?? new Set();
    versions.set(versionOf(apiVersion), kinds);
    if (kind)
        kinds.add(kind);
}
for (const key of Object.keys(KIND_TYPES)) {
    // Argo CD's kinds have schemas, but argoproj.io is not Kubernetes': Argo Rollouts, Workflows and Events
    // add their own kinds to it with CRDs
    if (key.startsWith('argoproj.io/'))
        continue;
    const slash = key.lastIndexOf('/');
    add(key.slice(0, slash), key.slice(slash + 1));
}
for (const removed of apiVersions/* REMOVED_APIS */.nB)
    for (const kind of removed.kinds ?? [undefined])
        add(removed.apiVersion, kind);
/** Alpha and beta versions come and go between Kubernetes releases: one Slipway does not know may exist. */
const PRERELEASE = /^v\d+(alpha|beta)\d+$/;
/** Edit distance, for "did you mean". */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
function closest(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const d = distance(word, candidate);
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best;
}
/**
 * Why `apiVersion kind` cannot exist in any cluster: a kind a built-in group/version does not have, or a
 * stable version the group never had. Undefined when it can exist (or may: an alpha/beta version newer
 * than the bundled schemas).
 */
function unknownBuiltinKind(apiVersion, kind) {
    const group = groupOf(apiVersion);
    const versions = KINDS.get(group);
    if (!versions || kind.endsWith('List'))
        return undefined;
    const version = versionOf(apiVersion);
    const kinds = versions.get(version);
    const known = `(built-in kinds of ${FIELDS_SOURCE})`;
    if (!kinds) {
        if (PRERELEASE.test(version))
            return undefined;
        const withKind = [...versions].filter(([, k]) => k.has(kind)).map(([v]) => v);
        const where = group === '' ? 'the core API group' : `API group ${group}`;
        const hint = withKind.length > 0
            ? `; ${kind} is served as ${withKind.map((v) => (group ? `${group}/${v}` : v)).join(', ')}`
            : '';
        return `${where} has no version ${version}${hint} ${known}`;
    }
    if (kinds.size === 0 || kinds.has(kind))
        return undefined;
    const other = [...versions].find(([v, k]) => v !== version && k.has(kind))?.[0];
    if (other)
        return `${apiVersion} has no kind ${kind}; it is served as ${group ? `${group}/` : ''}${other} ${known}`;
    const elsewhere = [...KINDS]
        .flatMap(([g, vs]) => [...vs].filter(([, k]) => k.has(kind)).map(([v]) => (g ? `${g}/${v}` : v)))
        .filter((v) => !/(alpha|beta)/.test(v));
    if (elsewhere.length > 0)
        return `${apiVersion} has no kind ${kind}; it is served as ${elsewhere.join(', ')} ${known}`;
    const suggestion = closest(kind, kinds) ??
        closest(kind, [...versions.values()].flatMap((k) => [...k]));
    return `${apiVersion} has no kind ${kind}${suggestion ? `; did you mean ${suggestion}?` : ''} ${known}`;
}

;// CONCATENATED MODULE: ./src/core/validate/crdCatalogKinds.generated.ts
// Generated by scripts/gen-crd-catalog.mjs. Do not edit.
/** `apiVersion/kind` of every kind the opt-in CRD catalog has (crdCatalog.generated.ts loads them). */
const CATALOG_KINDS = new Set([
    'acme.cert-manager.io/v1/Challenge',
    'acme.cert-manager.io/v1/ChallengeList',
    'acme.cert-manager.io/v1/Order',
    'acme.cert-manager.io/v1/OrderList',
    'argoproj.io/v1alpha1/AnalysisRun',
    'argoproj.io/v1alpha1/AnalysisRunList',
    'argoproj.io/v1alpha1/AnalysisTemplate',
    'argoproj.io/v1alpha1/AnalysisTemplateList',
    'argoproj.io/v1alpha1/ClusterAnalysisTemplate',
    'argoproj.io/v1alpha1/ClusterAnalysisTemplateList',
    'argoproj.io/v1alpha1/Experiment',
    'argoproj.io/v1alpha1/ExperimentList',
    'argoproj.io/v1alpha1/Rollout',
    'argoproj.io/v1alpha1/RolloutList',
    'awspca.cert-manager.io/v1beta1/AWSPCAClusterIssuer',
    'awspca.cert-manager.io/v1beta1/AWSPCAClusterIssuerList',
    'awspca.cert-manager.io/v1beta1/AWSPCAIssuer',
    'awspca.cert-manager.io/v1beta1/AWSPCAIssuerList',
    'bitnami.com/v1alpha1/SealedSecret',
    'bitnami.com/v1alpha1/SealedSecretList',
    'cert-manager.io/v1/Certificate',
    'cert-manager.io/v1/CertificateList',
    'cert-manager.io/v1/CertificateRequest',
    'cert-manager.io/v1/CertificateRequestList',
    'cert-manager.io/v1/ClusterIssuer',
    'cert-manager.io/v1/ClusterIssuerList',
    'cert-manager.io/v1/Issuer',
    'cert-manager.io/v1/IssuerList',
    'eventing.keda.sh/v1alpha1/CloudEventSource',
    'eventing.keda.sh/v1alpha1/CloudEventSourceList',
    'eventing.keda.sh/v1alpha1/ClusterCloudEventSource',
    'eventing.keda.sh/v1alpha1/ClusterCloudEventSourceList',
    'extensions.istio.io/v1alpha1/WasmPlugin',
    'external-secrets.io/v1/ClusterExternalSecret',
    'external-secrets.io/v1/ClusterExternalSecretList',
    'external-secrets.io/v1/ClusterSecretStore',
    'external-secrets.io/v1/ClusterSecretStoreList',
    'external-secrets.io/v1/ExternalSecret',
    'external-secrets.io/v1/ExternalSecretList',
    'external-secrets.io/v1/SecretStore',
    'external-secrets.io/v1/SecretStoreList',
    'external-secrets.io/v1alpha1/ClusterPushSecret',
    'external-secrets.io/v1alpha1/ClusterPushSecretList',
    'external-secrets.io/v1alpha1/PushSecret',
    'external-secrets.io/v1alpha1/PushSecretList',
    'external-secrets.io/v1beta1/ClusterExternalSecret',
    'external-secrets.io/v1beta1/ClusterExternalSecretList',
    'external-secrets.io/v1beta1/ClusterSecretStore',
    'external-secrets.io/v1beta1/ClusterSecretStoreList',
    'external-secrets.io/v1beta1/ExternalSecret',
    'external-secrets.io/v1beta1/ExternalSecretList',
    'external-secrets.io/v1beta1/SecretStore',
    'external-secrets.io/v1beta1/SecretStoreList',
    'gateway.networking.k8s.io/v1/BackendTLSPolicy',
    'gateway.networking.k8s.io/v1/BackendTLSPolicyList',
    'gateway.networking.k8s.io/v1/Gateway',
    'gateway.networking.k8s.io/v1/GatewayClass',
    'gateway.networking.k8s.io/v1/GatewayClassList',
    'gateway.networking.k8s.io/v1/GatewayList',
    'gateway.networking.k8s.io/v1/GRPCRoute',
    'gateway.networking.k8s.io/v1/GRPCRouteList',
    'gateway.networking.k8s.io/v1/HTTPRoute',
    'gateway.networking.k8s.io/v1/HTTPRouteList',
    'gateway.networking.k8s.io/v1/ListenerSet',
    'gateway.networking.k8s.io/v1/ListenerSetList',
    'gateway.networking.k8s.io/v1/ReferenceGrant',
    'gateway.networking.k8s.io/v1/ReferenceGrantList',
    'gateway.networking.k8s.io/v1/TLSRoute',
    'gateway.networking.k8s.io/v1/TLSRouteList',
    'gateway.networking.k8s.io/v1alpha2/GRPCRoute',
    'gateway.networking.k8s.io/v1alpha2/GRPCRouteList',
    'gateway.networking.k8s.io/v1alpha2/ReferenceGrant',
    'gateway.networking.k8s.io/v1alpha2/ReferenceGrantList',
    'gateway.networking.k8s.io/v1alpha2/TCPRoute',
    'gateway.networking.k8s.io/v1alpha2/TCPRouteList',
    'gateway.networking.k8s.io/v1alpha2/TLSRoute',
    'gateway.networking.k8s.io/v1alpha2/TLSRouteList',
    'gateway.networking.k8s.io/v1alpha2/UDPRoute',
    'gateway.networking.k8s.io/v1alpha2/UDPRouteList',
    'gateway.networking.k8s.io/v1alpha3/BackendTLSPolicy',
    'gateway.networking.k8s.io/v1alpha3/BackendTLSPolicyList',
    'gateway.networking.k8s.io/v1alpha3/TLSRoute',
    'gateway.networking.k8s.io/v1alpha3/TLSRouteList',
    'gateway.networking.k8s.io/v1beta1/Gateway',
    'gateway.networking.k8s.io/v1beta1/GatewayClass',
    'gateway.networking.k8s.io/v1beta1/GatewayClassList',
    'gateway.networking.k8s.io/v1beta1/GatewayList',
    'gateway.networking.k8s.io/v1beta1/HTTPRoute',
    'gateway.networking.k8s.io/v1beta1/HTTPRouteList',
    'gateway.networking.k8s.io/v1beta1/ReferenceGrant',
    'gateway.networking.k8s.io/v1beta1/ReferenceGrantList',
    'gateway.networking.x-k8s.io/v1alpha1/XBackendTrafficPolicy',
    'gateway.networking.x-k8s.io/v1alpha1/XBackendTrafficPolicyList',
    'gateway.networking.x-k8s.io/v1alpha1/XMesh',
    'gateway.networking.x-k8s.io/v1alpha1/XMeshList',
    'generators.external-secrets.io/v1alpha1/ACRAccessToken',
    'generators.external-secrets.io/v1alpha1/ACRAccessTokenList',
    'generators.external-secrets.io/v1alpha1/ClusterGenerator',
    'generators.external-secrets.io/v1alpha1/ClusterGeneratorList',
    'generators.external-secrets.io/v1alpha1/ECRAuthorizationToken',
    'generators.external-secrets.io/v1alpha1/ECRAuthorizationTokenList',
    'generators.external-secrets.io/v1alpha1/Fake',
    'generators.external-secrets.io/v1alpha1/FakeList',
    'generators.external-secrets.io/v1alpha1/GCRAccessToken',
    'generators.external-secrets.io/v1alpha1/GCRAccessTokenList',
    'generators.external-secrets.io/v1alpha1/GeneratorState',
    'generators.external-secrets.io/v1alpha1/GeneratorStateList',
    'generators.external-secrets.io/v1alpha1/GithubAccessToken',
    'generators.external-secrets.io/v1alpha1/GithubAccessTokenList',
    'generators.external-secrets.io/v1alpha1/Grafana',
    'generators.external-secrets.io/v1alpha1/GrafanaList',
    'generators.external-secrets.io/v1alpha1/Password',
    'generators.external-secrets.io/v1alpha1/PasswordList',
    'generators.external-secrets.io/v1alpha1/QuayAccessToken',
    'generators.external-secrets.io/v1alpha1/QuayAccessTokenList',
    'generators.external-secrets.io/v1alpha1/STSSessionToken',
    'generators.external-secrets.io/v1alpha1/STSSessionTokenList',
    'generators.external-secrets.io/v1alpha1/UUID',
    'generators.external-secrets.io/v1alpha1/UUIDList',
    'generators.external-secrets.io/v1alpha1/VaultDynamicSecret',
    'generators.external-secrets.io/v1alpha1/VaultDynamicSecretList',
    'generators.external-secrets.io/v1alpha1/Webhook',
    'generators.external-secrets.io/v1alpha1/WebhookList',
    'helm.toolkit.fluxcd.io/v2/HelmRelease',
    'helm.toolkit.fluxcd.io/v2/HelmReleaseList',
    'helm.toolkit.fluxcd.io/v2beta1/HelmRelease',
    'helm.toolkit.fluxcd.io/v2beta1/HelmReleaseList',
    'helm.toolkit.fluxcd.io/v2beta2/HelmRelease',
    'helm.toolkit.fluxcd.io/v2beta2/HelmReleaseList',
    'image.toolkit.fluxcd.io/v1/ImagePolicy',
    'image.toolkit.fluxcd.io/v1/ImagePolicyList',
    'image.toolkit.fluxcd.io/v1/ImageRepository',
    'image.toolkit.fluxcd.io/v1/ImageRepositoryList',
    'image.toolkit.fluxcd.io/v1/ImageUpdateAutomation',
    'image.toolkit.fluxcd.io/v1/ImageUpdateAutomationList',
    'image.toolkit.fluxcd.io/v1beta1/ImagePolicy',
    'image.toolkit.fluxcd.io/v1beta1/ImagePolicyList',
    'image.toolkit.fluxcd.io/v1beta1/ImageRepository',
    'image.toolkit.fluxcd.io/v1beta1/ImageRepositoryList',
    'image.toolkit.fluxcd.io/v1beta1/ImageUpdateAutomation',
    'image.toolkit.fluxcd.io/v1beta1/ImageUpdateAutomationList',
    'image.toolkit.fluxcd.io/v1beta2/ImagePolicy',
    'image.toolkit.fluxcd.io/v1beta2/ImagePolicyList',
    'image.toolkit.fluxcd.io/v1beta2/ImageRepository',
    'image.toolkit.fluxcd.io/v1beta2/ImageRepositoryList',
    'image.toolkit.fluxcd.io/v1beta2/ImageUpdateAutomation',
    'image.toolkit.fluxcd.io/v1beta2/ImageUpdateAutomationList',
    'install.istio.io/v1alpha1/IstioOperator',
    'keda.sh/v1alpha1/ClusterTriggerAuthentication',
    'keda.sh/v1alpha1/ClusterTriggerAuthenticationList',
    'keda.sh/v1alpha1/ScaledJob',
    'keda.sh/v1alpha1/ScaledJobList',
    'keda.sh/v1alpha1/ScaledObject',
    'keda.sh/v1alpha1/ScaledObjectList',
    'keda.sh/v1alpha1/TriggerAuthentication',
    'keda.sh/v1alpha1/TriggerAuthenticationList',
    'keda.sh/v1alpha1/WithTriggers',
    'keda.sh/v1alpha1/WithTriggersList',
    'kustomize.toolkit.fluxcd.io/v1/Kustomization',
    'kustomize.toolkit.fluxcd.io/v1/KustomizationList',
    'kustomize.toolkit.fluxcd.io/v1beta1/Kustomization',
    'kustomize.toolkit.fluxcd.io/v1beta1/KustomizationList',
    'kustomize.toolkit.fluxcd.io/v1beta2/Kustomization',
    'kustomize.toolkit.fluxcd.io/v1beta2/KustomizationList',
    'monitoring.coreos.com/v1/Alertmanager',
    'monitoring.coreos.com/v1/AlertmanagerList',
    'monitoring.coreos.com/v1/PodMonitor',
    'monitoring.coreos.com/v1/PodMonitorList',
    'monitoring.coreos.com/v1/Probe',
    'monitoring.coreos.com/v1/ProbeList',
    'monitoring.coreos.com/v1/Prometheus',
    'monitoring.coreos.com/v1/PrometheusList',
    'monitoring.coreos.com/v1/PrometheusRule',
    'monitoring.coreos.com/v1/PrometheusRuleList',
    'monitoring.coreos.com/v1/ServiceMonitor',
    'monitoring.coreos.com/v1/ServiceMonitorList',
    'monitoring.coreos.com/v1/ThanosRuler',
    'monitoring.coreos.com/v1/ThanosRulerList',
    'monitoring.coreos.com/v1alpha1/AlertmanagerConfig',
    'monitoring.coreos.com/v1alpha1/AlertmanagerConfigList',
    'monitoring.coreos.com/v1alpha1/PrometheusAgent',
    'monitoring.coreos.com/v1alpha1/PrometheusAgentList',
    'monitoring.coreos.com/v1alpha1/ScrapeConfig',
    'monitoring.coreos.com/v1alpha1/ScrapeConfigList',
    'monitoring.coreos.com/v1beta1/AlertmanagerConfig',
    'monitoring.coreos.com/v1beta1/AlertmanagerConfigList',
    'networking.istio.io/v1/DestinationRule',
    'networking.istio.io/v1/Gateway',
    'networking.istio.io/v1/ServiceEntry',
    'networking.istio.io/v1/Sidecar',
    'networking.istio.io/v1/VirtualService',
    'networking.istio.io/v1/WorkloadEntry',
    'networking.istio.io/v1/WorkloadGroup',
    'networking.istio.io/v1alpha3/DestinationRule',
    'networking.istio.io/v1alpha3/EnvoyFilter',
    'networking.istio.io/v1alpha3/Gateway',
    'networking.istio.io/v1alpha3/ServiceEntry',
    'networking.istio.io/v1alpha3/Sidecar',
    'networking.istio.io/v1alpha3/VirtualService',
    'networking.istio.io/v1alpha3/WorkloadEntry',
    'networking.istio.io/v1alpha3/WorkloadGroup',
    'networking.istio.io/v1beta1/DestinationRule',
    'networking.istio.io/v1beta1/Gateway',
    'networking.istio.io/v1beta1/ProxyConfig',
    'networking.istio.io/v1beta1/ServiceEntry',
    'networking.istio.io/v1beta1/Sidecar',
    'networking.istio.io/v1beta1/VirtualService',
    'networking.istio.io/v1beta1/WorkloadEntry',
    'networking.istio.io/v1beta1/WorkloadGroup',
    'notification.toolkit.fluxcd.io/v1/Receiver',
    'notification.toolkit.fluxcd.io/v1/ReceiverList',
    'notification.toolkit.fluxcd.io/v1beta1/Alert',
    'notification.toolkit.fluxcd.io/v1beta1/AlertList',
    'notification.toolkit.fluxcd.io/v1beta1/Provider',
    'notification.toolkit.fluxcd.io/v1beta1/ProviderList',
    'notification.toolkit.fluxcd.io/v1beta1/Receiver',
    'notification.toolkit.fluxcd.io/v1beta1/ReceiverList',
    'notification.toolkit.fluxcd.io/v1beta2/Alert',
    'notification.toolkit.fluxcd.io/v1beta2/AlertList',
    'notification.toolkit.fluxcd.io/v1beta2/Provider',
    'notification.toolkit.fluxcd.io/v1beta2/ProviderList',
    'notification.toolkit.fluxcd.io/v1beta2/Receiver',
    'notification.toolkit.fluxcd.io/v1beta2/ReceiverList',
    'notification.toolkit.fluxcd.io/v1beta3/Alert',
    'notification.toolkit.fluxcd.io/v1beta3/AlertList',
    'notification.toolkit.fluxcd.io/v1beta3/Provider',
    'notification.toolkit.fluxcd.io/v1beta3/ProviderList',
    'policy.cert-manager.io/v1alpha1/CertificateRequestPolicy',
    'policy.cert-manager.io/v1alpha1/CertificateRequestPolicyList',
    'security.istio.io/v1/AuthorizationPolicy',
    'security.istio.io/v1/PeerAuthentication',
    'security.istio.io/v1/RequestAuthentication',
    'security.istio.io/v1beta1/AuthorizationPolicy',
    'security.istio.io/v1beta1/PeerAuthentication',
    'security.istio.io/v1beta1/RequestAuthentication',
    'source.toolkit.fluxcd.io/v1/Bucket',
    'source.toolkit.fluxcd.io/v1/BucketList',
    'source.toolkit.fluxcd.io/v1/ExternalArtifact',
    'source.toolkit.fluxcd.io/v1/ExternalArtifactList',
    'source.toolkit.fluxcd.io/v1/GitRepository',
    'source.toolkit.fluxcd.io/v1/GitRepositoryList',
    'source.toolkit.fluxcd.io/v1/HelmChart',
    'source.toolkit.fluxcd.io/v1/HelmChartList',
    'source.toolkit.fluxcd.io/v1/HelmRepository',
    'source.toolkit.fluxcd.io/v1/HelmRepositoryList',
    'source.toolkit.fluxcd.io/v1/OCIRepository',
    'source.toolkit.fluxcd.io/v1/OCIRepositoryList',
    'source.toolkit.fluxcd.io/v1beta1/Bucket',
    'source.toolkit.fluxcd.io/v1beta1/BucketList',
    'source.toolkit.fluxcd.io/v1beta1/GitRepository',
    'source.toolkit.fluxcd.io/v1beta1/GitRepositoryList',
    'source.toolkit.fluxcd.io/v1beta1/HelmChart',
    'source.toolkit.fluxcd.io/v1beta1/HelmChartList',
    'source.toolkit.fluxcd.io/v1beta1/HelmRepository',
    'source.toolkit.fluxcd.io/v1beta1/HelmRepositoryList',
    'source.toolkit.fluxcd.io/v1beta2/Bucket',
    'source.toolkit.fluxcd.io/v1beta2/BucketList',
    'source.toolkit.fluxcd.io/v1beta2/GitRepository',
    'source.toolkit.fluxcd.io/v1beta2/GitRepositoryList',
    'source.toolkit.fluxcd.io/v1beta2/HelmChart',
    'source.toolkit.fluxcd.io/v1beta2/HelmChartList',
    'source.toolkit.fluxcd.io/v1beta2/HelmRepository',
    'source.toolkit.fluxcd.io/v1beta2/HelmRepositoryList',
    'source.toolkit.fluxcd.io/v1beta2/OCIRepository',
    'source.toolkit.fluxcd.io/v1beta2/OCIRepositoryList',
    'telemetry.istio.io/v1/Telemetry',
    'telemetry.istio.io/v1alpha1/Telemetry',
    'traefik.io/v1alpha1/IngressRoute',
    'traefik.io/v1alpha1/IngressRouteList',
    'traefik.io/v1alpha1/IngressRouteTCP',
    'traefik.io/v1alpha1/IngressRouteTCPList',
    'traefik.io/v1alpha1/IngressRouteUDP',
    'traefik.io/v1alpha1/IngressRouteUDPList',
    'traefik.io/v1alpha1/Middleware',
    'traefik.io/v1alpha1/MiddlewareList',
    'traefik.io/v1alpha1/MiddlewareTCP',
    'traefik.io/v1alpha1/MiddlewareTCPList',
    'traefik.io/v1alpha1/ServersTransport',
    'traefik.io/v1alpha1/ServersTransportList',
    'traefik.io/v1alpha1/ServersTransportTCP',
    'traefik.io/v1alpha1/ServersTransportTCPList',
    'traefik.io/v1alpha1/TLSOption',
    'traefik.io/v1alpha1/TLSOptionList',
    'traefik.io/v1alpha1/TLSStore',
    'traefik.io/v1alpha1/TLSStoreList',
    'traefik.io/v1alpha1/TraefikService',
    'traefik.io/v1alpha1/TraefikServiceList',
    'trust-manager.io/v1alpha2/ClusterBundle',
    'trust-manager.io/v1alpha2/ClusterBundleList',
    'trust.cert-manager.io/v1alpha1/Bundle',
    'trust.cert-manager.io/v1alpha1/BundleList',
]);

// EXTERNAL MODULE: ./src/core/validate/builtinSchemas.ts
var validate_builtinSchemas = __webpack_require__(401);
;// CONCATENATED MODULE: ./src/core/validate/unknownFields.ts
// --strict for built-in kinds: fields the Kubernetes API does not have. The API server drops them
// silently (or rejects them with field validation on), so a typo like `replica:` never takes effect.

/** Paths (below `at`) of the fields of `value` that its type does not define. */
function unknownFieldsOfType(value, type, at) {
    const found = [];
    const walk = (value, type, path) => {
        if (!type || value === null || typeof value !== 'object')
            return;
        if (Array.isArray(value)) {
            value.forEach((item, i) => walk(item, type, [...path, i]));
            return;
        }
        const entry = FIELD_TYPES[type];
        if (!entry)
            return;
        for (const [key, child] of Object.entries(value)) {
            if (entry.f && key in entry.f)
                walk(child, entry.f[key], [...path, key]);
            else if (entry.m !== undefined)
                walk(child, entry.m, [...path, key]);
            else if (entry.f)
                found.push([...path, key]);
        }
    };
    walk(value, type, at);
    return found;
}
/** Paths of the fields of `obj` that its kind does not define; undefined when the kind is not built in. */
function unknownFields(obj) {
    const root = KIND_TYPES[`${String(obj.apiVersion)}/${String(obj.kind)}`];
    return root === undefined ? undefined : unknownFieldsOfType(obj, root, []);
}
/** A custom resource's metadata is ObjectMeta whatever its CRD says: its unknown fields. */
function unknownMetadataFields(obj) {
    return unknownFieldsOfType(obj.metadata, 'IObjectMeta', ['metadata']);
}

// EXTERNAL MODULE: ./src/core/plainText.ts
var plainText = __webpack_require__(7032);
;// CONCATENATED MODULE: ./src/core/validate/schemas.ts
// Schema validation: built-in kinds against the Kubernetes OpenAPI schemas bundled with Slipway (offline),
// custom resources against the openAPIV3Schema of their CRD found in the repository or rendered output.







function describe(error) {
    const p = error.params;
    switch (error.keyword) {
        case 'type': {
            // null is listed where the API server prunes a null field: not worth saying
            const types = String(p.type)
                .split(',')
                .filter((t) => t !== 'null');
            return `must be ${types.join(' or ')}`;
        }
        case 'required':
            return `is missing required field "${String(p.missingProperty)}"`;
        case 'enum':
            return `must be one of ${p.allowedValues
                .filter((v) => v !== null)
                .map((v) => JSON.stringify(v))
                .join(', ')}`;
        case 'additionalProperties':
            return `has unknown field "${String(p.additionalProperty)}"`;
        case 'pattern':
            return `does not match ${String(p.pattern)}`;
        case 'format':
            return `is not a valid ${String(p.format)}`;
        case 'x-kubernetes-validations':
            return `fails its CRD's rule: ${error.message ?? String(p.rule)}`;
        default:
            return error.message ?? `fails ${error.keyword}`;
    }
}
/** Files whose parsed documents a FieldLocator keeps: findings come file by file, as objects are checked. */
const LOCATED_FILES = 8;
/**
 * Finds the line of a field in the document an object came from. A file's documents are parsed when a
 * finding first needs them, and kept for the findings after it \u2014 those of the last few files only, so a
 * repository with findings in every file is not held whole in memory.
 */
class FieldLocator {
    read;
    docs = new Map();
    counters = new Map();
    constructor(read) {
        this.read = read;
    }
    forObject = (object, path) => object.within
        ? this.locate(object.file, object.within.docLine, [...object.within.path, ...path])
        : this.locate(object.file, object.line, path);
    locate(file, docLine, path) {
        if (!this.docs.has(file)) {
            const lineCounter = new dist/* LineCounter */.HN();
            const parsed = (0,dist/* parseAllDocuments */.hR)(this.read(file) ?? '', { lineCounter });
            const list = Array.isArray(parsed) ? parsed : [];
            this.docs.set(file, list.map((doc) => ({ doc, line: lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line })));
            this.counters.set(file, lineCounter);
            for (const old of this.docs.keys()) {
                if (this.docs.size <= LOCATED_FILES)
                    break;
                this.docs.delete(old);
                this.counters.delete(old);
            }
        }
        const entry = this.docs.get(file)?.find((d) => d.line === docLine);
        const counter = this.counters.get(file);
        if (!entry || !counter)
            return { line: docLine, column: 1 };
        // the deepest part of the path that exists in the source
        for (let depth = path.length; depth > 0; depth--) {
            const node = entry.doc.getIn(path.slice(0, depth), true);
            if ((0,dist/* isNode */.Ll)(node) && node.range) {
                const pos = counter.linePos(node.range[0]);
                return { line: pos.line, column: pos.col };
            }
        }
        return { line: docLine, column: 1 };
    }
}
/** Findings about one object beyond this many are summed up in one more. */
const MAX_ERRORS_PER_OBJECT = 20;
function schemaErrors(validator, object, locate) {
    if (validator(object.obj))
        return [];
    // one finding per field and problem: the branches of oneOf/anyOf each report the same field
    const seen = new Set();
    const out = [];
    for (const error of validator.errors ?? []) {
        if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if')
            continue;
        const extra = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : '';
        const key = `${error.instancePath}|${extra}|${(0,plainText/* plainText */.w)(error.params.missingProperty ?? error.params.rule, '')}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const path = error.instancePath
            .split('/')
            .slice(1)
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
        const at = locate(object, extra ? [...path, extra] : path);
        const where = path.length > 0 ? path.join('.') : (0,render_objects/* objectName */.Hd)(object.obj);
        const evaluationFailed = error.keyword === 'x-kubernetes-validations' && error.params.evaluated === false;
        out.push({
            severity: evaluationFailed ? 'warning' : 'error',
            rule: error.keyword === 'x-kubernetes-validations' ? 'cel' : extra ? 'unknown-field' : 'schema',
            line: at.line,
            column: at.column,
            message: `${where} ${describe(error)}`,
        });
    }
    return out;
}
function unknownFieldErrors(paths, object, locate) {
    return paths.map((path) => {
        const at = locate(object, path);
        const parent = path.slice(0, -1).join('.') || (0,render_objects/* objectName */.Hd)(object.obj);
        return {
            severity: 'error',
            rule: 'unknown-field',
            line: at.line,
            column: at.column,
            message: `${parent} has unknown field "${String(path.at(-1))}"`,
        };
    });
}
/** What one object's schema says about it. */
function checkObjectSchema(object, { builtin: builtinSchemas, crds }, locate, options) {
    const { obj, line } = object;
    const apiVersion = String(obj.apiVersion);
    const kind = String(obj.kind);
    const builtin = builtinSchemas.get((0,validate_builtinSchemas.schemaKey)(obj));
    if (builtin) {
        // Argo CD's own kinds are checked for unknown fields always: a misspelt field of an Application
        // (`syncPolicy.automatic`) silently changes what Argo CD does, and Argo CD applies them with strict
        // field validation
        const strict = options.strict || apiVersion.startsWith('argoproj.io/');
        if (!strict)
            return schemaErrors(builtin, object, locate);
        const unknown = unknownFieldErrors(unknownFields(obj) ?? [], object, locate);
        return [...unknown, ...schemaErrors(builtin, object, locate)];
    }
    const impossible = unknownBuiltinKind(apiVersion, kind);
    if (impossible)
        return [{ severity: 'error', rule: 'unknown-kind', line, message: impossible }];
    if (!crds)
        throw new Error(`internal error: ${apiVersion} ${kind} was checked without the CRDs loaded`);
    const found = crds.lookup(apiVersion, kind);
    if (found && 'validator' in found) {
        const metadata = options.strict ? unknownFieldErrors(unknownMetadataFields(obj), object, locate) : [];
        return [...metadata, ...schemaErrors(found.validator, object, locate)];
    }
    // the opt-in catalog (docs/crd-catalog.md) only where the repository has no CRD of the kind
    const fromCatalog = found ? undefined : builtinSchemas.catalogSchema((0,validate_builtinSchemas.schemaKey)(obj));
    if (fromCatalog) {
        const metadata = options.strict ? unknownFieldErrors(unknownMetadataFields(obj), object, locate) : [];
        return [...metadata, ...schemaErrors(fromCatalog.validator, object, locate)].map((f) => ({
            ...f,
            message: `${f.message} (schema from ${fromCatalog.source})`,
        }));
    }
    const severity = found?.severity === 'error' || options.requireSchemas ? 'error' : 'warning';
    const message = found
        ? `${apiVersion} ${kind} is not validated: ${found.problem}`
        : !builtinSchemas.catalogOn && CATALOG_KINDS.has((0,validate_builtinSchemas.schemaKey)(obj))
            ? `no schema for ${apiVersion} ${kind}: add its CRD to the repository or turn on the CRD catalog (the crd-catalog input, --crd-catalog), or it is not validated`
            : `no schema for ${apiVersion} ${kind}: add its CRD to the repository, or it is not validated`;
    return [{ severity, rule: found?.severity === 'error' ? 'crd-version' : 'no-schema', line, message }];
}
/** Whether an object's schema comes from a CRD (so checking it waits for every CRD to be known). */
function needsCrd(obj, builtin) {
    return !builtin.has((0,validate_builtinSchemas.schemaKey)(obj)) && !unknownBuiltinKind(String(obj.apiVersion), String(obj.kind));
}
function checkSchemas(objects, unit, schemas, locate, options) {
    const findings = [];
    for (const object of objects) {
        const found = checkObjectSchema(object, schemas, locate, options);
        if (found.length === 0)
            continue;
        const name = (0,render_objects/* objectName */.Hd)(object.obj);
        const at = { unit, object: name, file: object.file };
        for (const f of found.slice(0, MAX_ERRORS_PER_OBJECT))
            findings.push({ ...at, ...f });
        if (found.length > MAX_ERRORS_PER_OBJECT)
            findings.push({
                ...at,
                severity: 'error',
                rule: 'schema',
                line: object.line,
                message: `${name}: ${found.length - MAX_ERRORS_PER_OBJECT} more schema error(s) not listed`,
            });
    }
    return findings;
}


/***/ })

};
