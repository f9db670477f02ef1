import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 24876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".crd-catalog.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ CATALOG_SCHEMA_LOADERS),
/* harmony export */   w: () => (/* binding */ CATALOG_PACKAGES)
/* harmony export */ });
// Generated by scripts/gen-crd-catalog.mjs from the @kubernetes-models packages listed below. Do not edit.
/** Each package of the catalog, its version, and how many kinds it gives. */
const CATALOG_PACKAGES = [
    { name: '@kubernetes-models/cert-manager', version: '6.0.0', kinds: 22 },
    { name: '@kubernetes-models/gateway-api', version: '2.0.0', kinds: 42 },
    { name: '@kubernetes-models/istio', version: '3.0.1', kinds: 33 },
    { name: '@kubernetes-models/prometheus-operator', version: '6.0.0', kinds: 22 },
    { name: '@kubernetes-models/external-secrets', version: '2.0.0', kinds: 48 },
    { name: '@kubernetes-models/sealed-secrets', version: '6.0.0', kinds: 2 },
    { name: '@kubernetes-models/keda', version: '2.0.0', kinds: 14 },
    { name: '@kubernetes-models/argo-rollouts', version: '2.0.0', kinds: 10 },
    { name: '@kubernetes-models/flux-cd', version: '4.0.0', kinds: 78 },
    { name: '@kubernetes-models/traefik', version: '2.0.0', kinds: 20 },
];
/** The validator a @kubernetes-models model class carries, as a function with `errors` (what Ajv gives). */
function modelValidator(model) {
    const validator = (data) => {
        try {
            new model(data).validate();
            validator.errors = null;
            return true;
        }
        catch (error) {
            const errors = error.errors;
            if (!Array.isArray(errors))
                throw error;
            validator.errors = errors;
            return false;
        }
    };
    return validator;
}
/** `apiVersion/kind` \u2192 where its schema comes from (package and version) and how to import its validator. */
const CATALOG_SCHEMA_LOADERS = new Map([
    [
        'acme.cert-manager.io/v1/Challenge',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-acme-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(878), __nccwpck_require__.e(837)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72157)).then((m) => ({ validate: modelValidator(m.Challenge) })),
        },
    ],
    [
        'acme.cert-manager.io/v1/ChallengeList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-acme-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(878), __nccwpck_require__.e(837)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96039)).then((m) => ({ validate: modelValidator(m.ChallengeList) })),
        },
    ],
    [
        'acme.cert-manager.io/v1/Order',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-acme-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(878), __nccwpck_require__.e(837)]).then(__nccwpck_require__.bind(__nccwpck_require__, 55096)).then((m) => ({ validate: modelValidator(m.Order) })),
        },
    ],
    [
        'acme.cert-manager.io/v1/OrderList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-acme-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(878), __nccwpck_require__.e(837)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61139)).then((m) => ({ validate: modelValidator(m.OrderList) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/AnalysisRun',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71906)).then((m) => ({ validate: modelValidator(m.AnalysisRun) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/AnalysisRunList',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 53775)).then((m) => ({ validate: modelValidator(m.AnalysisRunList) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/AnalysisTemplate',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72409)).then((m) => ({ validate: modelValidator(m.AnalysisTemplate) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/AnalysisTemplateList',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5100)).then((m) => ({ validate: modelValidator(m.AnalysisTemplateList) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/ClusterAnalysisTemplate',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12499)).then((m) => ({ validate: modelValidator(m.ClusterAnalysisTemplate) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/ClusterAnalysisTemplateList',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20052)).then((m) => ({ validate: modelValidator(m.ClusterAnalysisTemplateList) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/Experiment',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46258)).then((m) => ({ validate: modelValidator(m.Experiment) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/ExperimentList',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46055)).then((m) => ({ validate: modelValidator(m.ExperimentList) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/Rollout',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 99152)).then((m) => ({ validate: modelValidator(m.Rollout) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/RolloutList',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87795)).then((m) => ({ validate: modelValidator(m.RolloutList) })),
        },
    ],
    [
        'awspca.cert-manager.io/v1beta1/AWSPCAClusterIssuer',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-awspca-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(418)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4128)).then((m) => ({ validate: modelValidator(m.AWSPCAClusterIssuer) })),
        },
    ],
    [
        'awspca.cert-manager.io/v1beta1/AWSPCAClusterIssuerList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-awspca-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(418)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86819)).then((m) => ({ validate: modelValidator(m.AWSPCAClusterIssuerList) })),
        },
    ],
    [
        'awspca.cert-manager.io/v1beta1/AWSPCAIssuer',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-awspca-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(418)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62326)).then((m) => ({ validate: modelValidator(m.AWSPCAIssuer) })),
        },
    ],
    [
        'awspca.cert-manager.io/v1beta1/AWSPCAIssuerList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-awspca-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(418)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41795)).then((m) => ({ validate: modelValidator(m.AWSPCAIssuerList) })),
        },
    ],
    [
        'bitnami.com/v1alpha1/SealedSecret',
        {
            source: '@kubernetes-models/sealed-secrets 6.0.0',
            load: () => Promise.all(/* import() | crd-bitnami-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(203)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10910)).then((m) => ({ validate: modelValidator(m.SealedSecret) })),
        },
    ],
    [
        'bitnami.com/v1alpha1/SealedSecretList',
        {
            source: '@kubernetes-models/sealed-secrets 6.0.0',
            load: () => Promise.all(/* import() | crd-bitnami-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(203)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86796)).then((m) => ({ validate: modelValidator(m.SealedSecretList) })),
        },
    ],
    [
        'cert-manager.io/v1/Certificate',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(878), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65623)).then((m) => ({ validate: modelValidator(m.Certificate) })),
        },
    ],
    [
        'cert-manager.io/v1/CertificateList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(878), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65282)).then((m) => ({ validate: modelValidator(m.CertificateList) })),
        },
    ],
    [
        'cert-manager.io/v1/CertificateRequest',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(878), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92234)).then((m) => ({ validate: modelValidator(m.CertificateRequest) })),
        },
    ],
    [
        'cert-manager.io/v1/CertificateRequestList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(878), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 98378)).then((m) => ({ validate: modelValidator(m.CertificateRequestList) })),
        },
    ],
    [
        'cert-manager.io/v1/ClusterIssuer',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(878), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91241)).then((m) => ({ validate: modelValidator(m.ClusterIssuer) })),
        },
    ],
    [
        'cert-manager.io/v1/ClusterIssuerList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(878), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52161)).then((m) => ({ validate: modelValidator(m.ClusterIssuerList) })),
        },
    ],
    [
        'cert-manager.io/v1/Issuer',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(878), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 32777)).then((m) => ({ validate: modelValidator(m.Issuer) })),
        },
    ],
    [
        'cert-manager.io/v1/IssuerList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(878), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 98097)).then((m) => ({ validate: modelValidator(m.IssuerList) })),
        },
    ],
    [
        'eventing.keda.sh/v1alpha1/CloudEventSource',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-eventing-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(913)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15988)).then((m) => ({ validate: modelValidator(m.CloudEventSource) })),
        },
    ],
    [
        'eventing.keda.sh/v1alpha1/CloudEventSourceList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-eventing-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(913)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71844)).then((m) => ({ validate: modelValidator(m.CloudEventSourceList) })),
        },
    ],
    [
        'eventing.keda.sh/v1alpha1/ClusterCloudEventSource',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-eventing-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(913)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72116)).then((m) => ({ validate: modelValidator(m.ClusterCloudEventSource) })),
        },
    ],
    [
        'eventing.keda.sh/v1alpha1/ClusterCloudEventSourceList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-eventing-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(913)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96486)).then((m) => ({ validate: modelValidator(m.ClusterCloudEventSourceList) })),
        },
    ],
    [
        'extensions.istio.io/v1alpha1/WasmPlugin',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-extensions-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(709)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76359)).then((m) => ({ validate: modelValidator(m.WasmPlugin) })),
        },
    ],
    [
        'external-secrets.io/v1/ClusterExternalSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91879)).then((m) => ({ validate: modelValidator(m.ClusterExternalSecret) })),
        },
    ],
    [
        'external-secrets.io/v1/ClusterExternalSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 48393)).then((m) => ({ validate: modelValidator(m.ClusterExternalSecretList) })),
        },
    ],
    [
        'external-secrets.io/v1/ClusterSecretStore',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 39463)).then((m) => ({ validate: modelValidator(m.ClusterSecretStore) })),
        },
    ],
    [
        'external-secrets.io/v1/ClusterSecretStoreList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 99542)).then((m) => ({ validate: modelValidator(m.ClusterSecretStoreList) })),
        },
    ],
    [
        'external-secrets.io/v1/ExternalSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35007)).then((m) => ({ validate: modelValidator(m.ExternalSecret) })),
        },
    ],
    [
        'external-secrets.io/v1/ExternalSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69150)).then((m) => ({ validate: modelValidator(m.ExternalSecretList) })),
        },
    ],
    [
        'external-secrets.io/v1/SecretStore',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25455)).then((m) => ({ validate: modelValidator(m.SecretStore) })),
        },
    ],
    [
        'external-secrets.io/v1/SecretStoreList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4356)).then((m) => ({ validate: modelValidator(m.SecretStoreList) })),
        },
    ],
    [
        'external-secrets.io/v1alpha1/ClusterPushSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64827)).then((m) => ({ validate: modelValidator(m.ClusterPushSecret) })),
        },
    ],
    [
        'external-secrets.io/v1alpha1/ClusterPushSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54745)).then((m) => ({ validate: modelValidator(m.ClusterPushSecretList) })),
        },
    ],
    [
        'external-secrets.io/v1alpha1/PushSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44949)).then((m) => ({ validate: modelValidator(m.PushSecret) })),
        },
    ],
    [
        'external-secrets.io/v1alpha1/PushSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22427)).then((m) => ({ validate: modelValidator(m.PushSecretList) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/ClusterExternalSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 81714)).then((m) => ({ validate: modelValidator(m.ClusterExternalSecret) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/ClusterExternalSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73871)).then((m) => ({ validate: modelValidator(m.ClusterExternalSecretList) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/ClusterSecretStore',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63868)).then((m) => ({ validate: modelValidator(m.ClusterSecretStore) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/ClusterSecretStoreList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67144)).then((m) => ({ validate: modelValidator(m.ClusterSecretStoreList) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/ExternalSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69376)).then((m) => ({ validate: modelValidator(m.ExternalSecret) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/ExternalSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41099)).then((m) => ({ validate: modelValidator(m.ExternalSecretList) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/SecretStore',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30194)).then((m) => ({ validate: modelValidator(m.SecretStore) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/SecretStoreList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 58380)).then((m) => ({ validate: modelValidator(m.SecretStoreList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/BackendTLSPolicy',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46072)).then((m) => ({ validate: modelValidator(m.BackendTLSPolicy) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/BackendTLSPolicyList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17023)).then((m) => ({ validate: modelValidator(m.BackendTLSPolicyList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/Gateway',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18577)).then((m) => ({ validate: modelValidator(m.Gateway) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/GatewayClass',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 50721)).then((m) => ({ validate: modelValidator(m.GatewayClass) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/GatewayClassList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64363)).then((m) => ({ validate: modelValidator(m.GatewayClassList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/GatewayList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33736)).then((m) => ({ validate: modelValidator(m.GatewayList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/GRPCRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66290)).then((m) => ({ validate: modelValidator(m.GRPCRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/GRPCRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27278)).then((m) => ({ validate: modelValidator(m.GRPCRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/HTTPRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16694)).then((m) => ({ validate: modelValidator(m.HTTPRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/HTTPRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 94707)).then((m) => ({ validate: modelValidator(m.HTTPRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/ListenerSet',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92887)).then((m) => ({ validate: modelValidator(m.ListenerSet) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/ListenerSetList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74602)).then((m) => ({ validate: modelValidator(m.ListenerSetList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/ReferenceGrant',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5742)).then((m) => ({ validate: modelValidator(m.ReferenceGrant) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/ReferenceGrantList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 718)).then((m) => ({ validate: modelValidator(m.ReferenceGrantList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/TLSRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 81693)).then((m) => ({ validate: modelValidator(m.TLSRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/TLSRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 48299)).then((m) => ({ validate: modelValidator(m.TLSRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/GRPCRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61984)).then((m) => ({ validate: modelValidator(m.GRPCRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/GRPCRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1406)).then((m) => ({ validate: modelValidator(m.GRPCRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/ReferenceGrant',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 37740)).then((m) => ({ validate: modelValidator(m.ReferenceGrant) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/ReferenceGrantList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96775)).then((m) => ({ validate: modelValidator(m.ReferenceGrantList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/TCPRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87373)).then((m) => ({ validate: modelValidator(m.TCPRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/TCPRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73322)).then((m) => ({ validate: modelValidator(m.TCPRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/TLSRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14415)).then((m) => ({ validate: modelValidator(m.TLSRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/TLSRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 94255)).then((m) => ({ validate: modelValidator(m.TLSRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/UDPRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71397)).then((m) => ({ validate: modelValidator(m.UDPRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/UDPRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46589)).then((m) => ({ validate: modelValidator(m.UDPRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha3/BackendTLSPolicy',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 29079)).then((m) => ({ validate: modelValidator(m.BackendTLSPolicy) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha3/BackendTLSPolicyList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 55092)).then((m) => ({ validate: modelValidator(m.BackendTLSPolicyList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha3/TLSRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 37094)).then((m) => ({ validate: modelValidator(m.TLSRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha3/TLSRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91053)).then((m) => ({ validate: modelValidator(m.TLSRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/Gateway',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 58182)).then((m) => ({ validate: modelValidator(m.Gateway) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/GatewayClass',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90860)).then((m) => ({ validate: modelValidator(m.GatewayClass) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/GatewayClassList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67891)).then((m) => ({ validate: modelValidator(m.GatewayClassList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/GatewayList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89494)).then((m) => ({ validate: modelValidator(m.GatewayList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/HTTPRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10125)).then((m) => ({ validate: modelValidator(m.HTTPRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/HTTPRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88942)).then((m) => ({ validate: modelValidator(m.HTTPRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/ReferenceGrant',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43371)).then((m) => ({ validate: modelValidator(m.ReferenceGrant) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/ReferenceGrantList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 37692)).then((m) => ({ validate: modelValidator(m.ReferenceGrantList) })),
        },
    ],
    [
        'gateway.networking.x-k8s.io/v1alpha1/XBackendTrafficPolicy',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-x-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(109)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31282)).then((m) => ({ validate: modelValidator(m.XBackendTrafficPolicy) })),
        },
    ],
    [
        'gateway.networking.x-k8s.io/v1alpha1/XBackendTrafficPolicyList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-x-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(109)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88239)).then((m) => ({ validate: modelValidator(m.XBackendTrafficPolicyList) })),
        },
    ],
    [
        'gateway.networking.x-k8s.io/v1alpha1/XMesh',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-x-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(109)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31196)).then((m) => ({ validate: modelValidator(m.XMesh) })),
        },
    ],
    [
        'gateway.networking.x-k8s.io/v1alpha1/XMeshList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-x-k8s-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(996), __nccwpck_require__.e(109)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6274)).then((m) => ({ validate: modelValidator(m.XMeshList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/ACRAccessToken',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15546)).then((m) => ({ validate: modelValidator(m.ACRAccessToken) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/ACRAccessTokenList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33899)).then((m) => ({ validate: modelValidator(m.ACRAccessTokenList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/ClusterGenerator',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16032)).then((m) => ({ validate: modelValidator(m.ClusterGenerator) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/ClusterGeneratorList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22974)).then((m) => ({ validate: modelValidator(m.ClusterGeneratorList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/ECRAuthorizationToken',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30715)).then((m) => ({ validate: modelValidator(m.ECRAuthorizationToken) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/ECRAuthorizationTokenList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68886)).then((m) => ({ validate: modelValidator(m.ECRAuthorizationTokenList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/Fake',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 84918)).then((m) => ({ validate: modelValidator(m.Fake) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/FakeList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65851)).then((m) => ({ validate: modelValidator(m.FakeList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GCRAccessToken',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12648)).then((m) => ({ validate: modelValidator(m.GCRAccessToken) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GCRAccessTokenList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69635)).then((m) => ({ validate: modelValidator(m.GCRAccessTokenList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GeneratorState',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21405)).then((m) => ({ validate: modelValidator(m.GeneratorState) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GeneratorStateList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97939)).then((m) => ({ validate: modelValidator(m.GeneratorStateList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GithubAccessToken',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74833)).then((m) => ({ validate: modelValidator(m.GithubAccessToken) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GithubAccessTokenList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31471)).then((m) => ({ validate: modelValidator(m.GithubAccessTokenList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/Grafana',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7835)).then((m) => ({ validate: modelValidator(m.Grafana) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GrafanaList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76156)).then((m) => ({ validate: modelValidator(m.GrafanaList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/Password',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76198)).then((m) => ({ validate: modelValidator(m.Password) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/PasswordList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95410)).then((m) => ({ validate: modelValidator(m.PasswordList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/QuayAccessToken',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3144)).then((m) => ({ validate: modelValidator(m.QuayAccessToken) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/QuayAccessTokenList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8010)).then((m) => ({ validate: modelValidator(m.QuayAccessTokenList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/STSSessionToken',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 32626)).then((m) => ({ validate: modelValidator(m.STSSessionToken) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/STSSessionTokenList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30407)).then((m) => ({ validate: modelValidator(m.STSSessionTokenList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/UUID',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63052)).then((m) => ({ validate: modelValidator(m.UUID) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/UUIDList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16213)).then((m) => ({ validate: modelValidator(m.UUIDList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/VaultDynamicSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3246)).then((m) => ({ validate: modelValidator(m.VaultDynamicSecret) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/VaultDynamicSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4229)).then((m) => ({ validate: modelValidator(m.VaultDynamicSecretList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/Webhook',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9230)).then((m) => ({ validate: modelValidator(m.Webhook) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/WebhookList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(34), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 59031)).then((m) => ({ validate: modelValidator(m.WebhookList) })),
        },
    ],
    [
        'helm.toolkit.fluxcd.io/v2/HelmRelease',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-helm-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(885), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90529)).then((m) => ({ validate: modelValidator(m.HelmRelease) })),
        },
    ],
    [
        'helm.toolkit.fluxcd.io/v2/HelmReleaseList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-helm-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(885), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16170)).then((m) => ({ validate: modelValidator(m.HelmReleaseList) })),
        },
    ],
    [
        'helm.toolkit.fluxcd.io/v2beta1/HelmRelease',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-helm-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(885), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40448)).then((m) => ({ validate: modelValidator(m.HelmRelease) })),
        },
    ],
    [
        'helm.toolkit.fluxcd.io/v2beta1/HelmReleaseList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-helm-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(885), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34280)).then((m) => ({ validate: modelValidator(m.HelmReleaseList) })),
        },
    ],
    [
        'helm.toolkit.fluxcd.io/v2beta2/HelmRelease',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-helm-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(885), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87153)).then((m) => ({ validate: modelValidator(m.HelmRelease) })),
        },
    ],
    [
        'helm.toolkit.fluxcd.io/v2beta2/HelmReleaseList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-helm-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(885), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34460)).then((m) => ({ validate: modelValidator(m.HelmReleaseList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1/ImagePolicy',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 37455)).then((m) => ({ validate: modelValidator(m.ImagePolicy) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1/ImagePolicyList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 13666)).then((m) => ({ validate: modelValidator(m.ImagePolicyList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1/ImageRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11305)).then((m) => ({ validate: modelValidator(m.ImageRepository) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1/ImageRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 59613)).then((m) => ({ validate: modelValidator(m.ImageRepositoryList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1/ImageUpdateAutomation',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15127)).then((m) => ({ validate: modelValidator(m.ImageUpdateAutomation) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1/ImageUpdateAutomationList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 48261)).then((m) => ({ validate: modelValidator(m.ImageUpdateAutomationList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta1/ImagePolicy',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8982)).then((m) => ({ validate: modelValidator(m.ImagePolicy) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta1/ImagePolicyList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61356)).then((m) => ({ validate: modelValidator(m.ImagePolicyList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta1/ImageRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 85956)).then((m) => ({ validate: modelValidator(m.ImageRepository) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta1/ImageRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35709)).then((m) => ({ validate: modelValidator(m.ImageRepositoryList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta1/ImageUpdateAutomation',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11974)).then((m) => ({ validate: modelValidator(m.ImageUpdateAutomation) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta1/ImageUpdateAutomationList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 98455)).then((m) => ({ validate: modelValidator(m.ImageUpdateAutomationList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta2/ImagePolicy',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62735)).then((m) => ({ validate: modelValidator(m.ImagePolicy) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta2/ImagePolicyList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5847)).then((m) => ({ validate: modelValidator(m.ImagePolicyList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta2/ImageRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61993)).then((m) => ({ validate: modelValidator(m.ImageRepository) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta2/ImageRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63104)).then((m) => ({ validate: modelValidator(m.ImageRepositoryList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta2/ImageUpdateAutomation',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68247)).then((m) => ({ validate: modelValidator(m.ImageUpdateAutomation) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta2/ImageUpdateAutomationList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87985)).then((m) => ({ validate: modelValidator(m.ImageUpdateAutomationList) })),
        },
    ],
    [
        'install.istio.io/v1alpha1/IstioOperator',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-install-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(38)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52632)).then((m) => ({ validate: modelValidator(m.IstioOperator) })),
        },
    ],
    [
        'keda.sh/v1alpha1/ClusterTriggerAuthentication',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 85412)).then((m) => ({ validate: modelValidator(m.ClusterTriggerAuthentication) })),
        },
    ],
    [
        'keda.sh/v1alpha1/ClusterTriggerAuthenticationList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43208)).then((m) => ({ validate: modelValidator(m.ClusterTriggerAuthenticationList) })),
        },
    ],
    [
        'keda.sh/v1alpha1/ScaledJob',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 93617)).then((m) => ({ validate: modelValidator(m.ScaledJob) })),
        },
    ],
    [
        'keda.sh/v1alpha1/ScaledJobList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57473)).then((m) => ({ validate: modelValidator(m.ScaledJobList) })),
        },
    ],
    [
        'keda.sh/v1alpha1/ScaledObject',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41403)).then((m) => ({ validate: modelValidator(m.ScaledObject) })),
        },
    ],
    [
        'keda.sh/v1alpha1/ScaledObjectList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73435)).then((m) => ({ validate: modelValidator(m.ScaledObjectList) })),
        },
    ],
    [
        'keda.sh/v1alpha1/TriggerAuthentication',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69156)).then((m) => ({ validate: modelValidator(m.TriggerAuthentication) })),
        },
    ],
    [
        'keda.sh/v1alpha1/TriggerAuthenticationList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90568)).then((m) => ({ validate: modelValidator(m.TriggerAuthenticationList) })),
        },
    ],
    [
        'keda.sh/v1alpha1/WithTriggers',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 98499)).then((m) => ({ validate: modelValidator(m.WithTriggers) })),
        },
    ],
    [
        'keda.sh/v1alpha1/WithTriggersList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(42), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21396)).then((m) => ({ validate: modelValidator(m.WithTriggersList) })),
        },
    ],
    [
        'kustomize.toolkit.fluxcd.io/v1/Kustomization',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-kustomize-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(885), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22319)).then((m) => ({ validate: modelValidator(m.Kustomization) })),
        },
    ],
    [
        'kustomize.toolkit.fluxcd.io/v1/KustomizationList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-kustomize-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(885), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72605)).then((m) => ({ validate: modelValidator(m.KustomizationList) })),
        },
    ],
    [
        'kustomize.toolkit.fluxcd.io/v1beta1/Kustomization',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-kustomize-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(885), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83138)).then((m) => ({ validate: modelValidator(m.Kustomization) })),
        },
    ],
    [
        'kustomize.toolkit.fluxcd.io/v1beta1/KustomizationList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-kustomize-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(885), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79448)).then((m) => ({ validate: modelValidator(m.KustomizationList) })),
        },
    ],
    [
        'kustomize.toolkit.fluxcd.io/v1beta2/Kustomization',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-kustomize-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(885), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9771)).then((m) => ({ validate: modelValidator(m.Kustomization) })),
        },
    ],
    [
        'kustomize.toolkit.fluxcd.io/v1beta2/KustomizationList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-kustomize-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(885), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15486)).then((m) => ({ validate: modelValidator(m.KustomizationList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/Alertmanager',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 99290)).then((m) => ({ validate: modelValidator(m.Alertmanager) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/AlertmanagerList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5039)).then((m) => ({ validate: modelValidator(m.AlertmanagerList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/PodMonitor',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72268)).then((m) => ({ validate: modelValidator(m.PodMonitor) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/PodMonitorList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52574)).then((m) => ({ validate: modelValidator(m.PodMonitorList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/Probe',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72313)).then((m) => ({ validate: modelValidator(m.Probe) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/ProbeList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 81462)).then((m) => ({ validate: modelValidator(m.ProbeList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/Prometheus',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 13107)).then((m) => ({ validate: modelValidator(m.Prometheus) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/PrometheusList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 24454)).then((m) => ({ validate: modelValidator(m.PrometheusList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/PrometheusRule',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69885)).then((m) => ({ validate: modelValidator(m.PrometheusRule) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/PrometheusRuleList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83057)).then((m) => ({ validate: modelValidator(m.PrometheusRuleList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/ServiceMonitor',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2804)).then((m) => ({ validate: modelValidator(m.ServiceMonitor) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/ServiceMonitorList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 53364)).then((m) => ({ validate: modelValidator(m.ServiceMonitorList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/ThanosRuler',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75228)).then((m) => ({ validate: modelValidator(m.ThanosRuler) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/ThanosRulerList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 81301)).then((m) => ({ validate: modelValidator(m.ThanosRulerList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1alpha1/AlertmanagerConfig',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25221)).then((m) => ({ validate: modelValidator(m.AlertmanagerConfig) })),
        },
    ],
    [
        'monitoring.coreos.com/v1alpha1/AlertmanagerConfigList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 84670)).then((m) => ({ validate: modelValidator(m.AlertmanagerConfigList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1alpha1/PrometheusAgent',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87241)).then((m) => ({ validate: modelValidator(m.PrometheusAgent) })),
        },
    ],
    [
        'monitoring.coreos.com/v1alpha1/PrometheusAgentList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20285)).then((m) => ({ validate: modelValidator(m.PrometheusAgentList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1alpha1/ScrapeConfig',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31080)).then((m) => ({ validate: modelValidator(m.ScrapeConfig) })),
        },
    ],
    [
        'monitoring.coreos.com/v1alpha1/ScrapeConfigList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 38911)).then((m) => ({ validate: modelValidator(m.ScrapeConfigList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1beta1/AlertmanagerConfig',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 56337)).then((m) => ({ validate: modelValidator(m.AlertmanagerConfig) })),
        },
    ],
    [
        'monitoring.coreos.com/v1beta1/AlertmanagerConfigList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(435), __nccwpck_require__.e(474), __nccwpck_require__.e(556), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 13802)).then((m) => ({ validate: modelValidator(m.AlertmanagerConfigList) })),
        },
    ],
    [
        'networking.istio.io/v1/DestinationRule',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 29164)).then((m) => ({ validate: modelValidator(m.DestinationRule) })),
        },
    ],
    [
        'networking.istio.io/v1/Gateway',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 51107)).then((m) => ({ validate: modelValidator(m.Gateway) })),
        },
    ],
    [
        'networking.istio.io/v1/ServiceEntry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66226)).then((m) => ({ validate: modelValidator(m.ServiceEntry) })),
        },
    ],
    [
        'networking.istio.io/v1/Sidecar',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54819)).then((m) => ({ validate: modelValidator(m.Sidecar) })),
        },
    ],
    [
        'networking.istio.io/v1/VirtualService',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 48203)).then((m) => ({ validate: modelValidator(m.VirtualService) })),
        },
    ],
    [
        'networking.istio.io/v1/WorkloadEntry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 32076)).then((m) => ({ validate: modelValidator(m.WorkloadEntry) })),
        },
    ],
    [
        'networking.istio.io/v1/WorkloadGroup',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14197)).then((m) => ({ validate: modelValidator(m.WorkloadGroup) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/DestinationRule',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16771)).then((m) => ({ validate: modelValidator(m.DestinationRule) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/EnvoyFilter',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96770)).then((m) => ({ validate: modelValidator(m.EnvoyFilter) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/Gateway',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49901)).then((m) => ({ validate: modelValidator(m.Gateway) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/ServiceEntry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 19485)).then((m) => ({ validate: modelValidator(m.ServiceEntry) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/Sidecar',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65258)).then((m) => ({ validate: modelValidator(m.Sidecar) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/VirtualService',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65602)).then((m) => ({ validate: modelValidator(m.VirtualService) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/WorkloadEntry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27204)).then((m) => ({ validate: modelValidator(m.WorkloadEntry) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/WorkloadGroup',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21634)).then((m) => ({ validate: modelValidator(m.WorkloadGroup) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/DestinationRule',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67094)).then((m) => ({ validate: modelValidator(m.DestinationRule) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/Gateway',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 24632)).then((m) => ({ validate: modelValidator(m.Gateway) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/ProxyConfig',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95798)).then((m) => ({ validate: modelValidator(m.ProxyConfig) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/ServiceEntry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 58983)).then((m) => ({ validate: modelValidator(m.ServiceEntry) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/Sidecar',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31703)).then((m) => ({ validate: modelValidator(m.Sidecar) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/VirtualService',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77847)).then((m) => ({ validate: modelValidator(m.VirtualService) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/WorkloadEntry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22875)).then((m) => ({ validate: modelValidator(m.WorkloadEntry) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/WorkloadGroup',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61441)).then((m) => ({ validate: modelValidator(m.WorkloadGroup) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1/Receiver',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 13319)).then((m) => ({ validate: modelValidator(m.Receiver) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1/ReceiverList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77956)).then((m) => ({ validate: modelValidator(m.ReceiverList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta1/Alert',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83911)).then((m) => ({ validate: modelValidator(m.Alert) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta1/AlertList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11699)).then((m) => ({ validate: modelValidator(m.AlertList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta1/Provider',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90980)).then((m) => ({ validate: modelValidator(m.Provider) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta1/ProviderList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91075)).then((m) => ({ validate: modelValidator(m.ProviderList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta1/Receiver',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52)).then((m) => ({ validate: modelValidator(m.Receiver) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta1/ReceiverList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 19676)).then((m) => ({ validate: modelValidator(m.ReceiverList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta2/Alert',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 82290)).then((m) => ({ validate: modelValidator(m.Alert) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta2/AlertList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18410)).then((m) => ({ validate: modelValidator(m.AlertList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta2/Provider',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 32707)).then((m) => ({ validate: modelValidator(m.Provider) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta2/ProviderList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 159)).then((m) => ({ validate: modelValidator(m.ProviderList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta2/Receiver',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63151)).then((m) => ({ validate: modelValidator(m.Receiver) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta2/ReceiverList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91384)).then((m) => ({ validate: modelValidator(m.ReceiverList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta3/Alert',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73933)).then((m) => ({ validate: modelValidator(m.Alert) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta3/AlertList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69277)).then((m) => ({ validate: modelValidator(m.AlertList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta3/Provider',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30690)).then((m) => ({ validate: modelValidator(m.Provider) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta3/ProviderList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 55744)).then((m) => ({ validate: modelValidator(m.ProviderList) })),
        },
    ],
    [
        'policy.cert-manager.io/v1alpha1/CertificateRequestPolicy',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-policy-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(769)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18513)).then((m) => ({ validate: modelValidator(m.CertificateRequestPolicy) })),
        },
    ],
    [
        'policy.cert-manager.io/v1alpha1/CertificateRequestPolicyList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-policy-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(769)]).then(__nccwpck_require__.bind(__nccwpck_require__, 24523)).then((m) => ({ validate: modelValidator(m.CertificateRequestPolicyList) })),
        },
    ],
    [
        'security.istio.io/v1/AuthorizationPolicy',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-security-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(933)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16761)).then((m) => ({ validate: modelValidator(m.AuthorizationPolicy) })),
        },
    ],
    [
        'security.istio.io/v1/PeerAuthentication',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-security-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(933)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68608)).then((m) => ({ validate: modelValidator(m.PeerAuthentication) })),
        },
    ],
    [
        'security.istio.io/v1/RequestAuthentication',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-security-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(933)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17214)).then((m) => ({ validate: modelValidator(m.RequestAuthentication) })),
        },
    ],
    [
        'security.istio.io/v1beta1/AuthorizationPolicy',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-security-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(933)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43331)).then((m) => ({ validate: modelValidator(m.AuthorizationPolicy) })),
        },
    ],
    [
        'security.istio.io/v1beta1/PeerAuthentication',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-security-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(933)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14878)).then((m) => ({ validate: modelValidator(m.PeerAuthentication) })),
        },
    ],
    [
        'security.istio.io/v1beta1/RequestAuthentication',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-security-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(933)]).then(__nccwpck_require__.bind(__nccwpck_require__, 55979)).then((m) => ({ validate: modelValidator(m.RequestAuthentication) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/Bucket',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97318)).then((m) => ({ validate: modelValidator(m.Bucket) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/BucketList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5994)).then((m) => ({ validate: modelValidator(m.BucketList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/ExternalArtifact',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68937)).then((m) => ({ validate: modelValidator(m.ExternalArtifact) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/ExternalArtifactList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83142)).then((m) => ({ validate: modelValidator(m.ExternalArtifactList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/GitRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21118)).then((m) => ({ validate: modelValidator(m.GitRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/GitRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25)).then((m) => ({ validate: modelValidator(m.GitRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/HelmChart',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89486)).then((m) => ({ validate: modelValidator(m.HelmChart) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/HelmChartList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41051)).then((m) => ({ validate: modelValidator(m.HelmChartList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/HelmRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 70788)).then((m) => ({ validate: modelValidator(m.HelmRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/HelmRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 81827)).then((m) => ({ validate: modelValidator(m.HelmRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/OCIRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63035)).then((m) => ({ validate: modelValidator(m.OCIRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/OCIRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 32017)).then((m) => ({ validate: modelValidator(m.OCIRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/Bucket',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 85)).then((m) => ({ validate: modelValidator(m.Bucket) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/BucketList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34173)).then((m) => ({ validate: modelValidator(m.BucketList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/GitRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18519)).then((m) => ({ validate: modelValidator(m.GitRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/GitRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 19460)).then((m) => ({ validate: modelValidator(m.GitRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/HelmChart',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15535)).then((m) => ({ validate: modelValidator(m.HelmChart) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/HelmChartList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27847)).then((m) => ({ validate: modelValidator(m.HelmChartList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/HelmRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7251)).then((m) => ({ validate: modelValidator(m.HelmRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/HelmRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43856)).then((m) => ({ validate: modelValidator(m.HelmRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/Bucket',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1826)).then((m) => ({ validate: modelValidator(m.Bucket) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/BucketList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 39477)).then((m) => ({ validate: modelValidator(m.BucketList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/GitRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95674)).then((m) => ({ validate: modelValidator(m.GitRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/GitRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 19493)).then((m) => ({ validate: modelValidator(m.GitRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/HelmChart',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 55194)).then((m) => ({ validate: modelValidator(m.HelmChart) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/HelmChartList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18698)).then((m) => ({ validate: modelValidator(m.HelmChartList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/HelmRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62928)).then((m) => ({ validate: modelValidator(m.HelmRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/HelmRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9869)).then((m) => ({ validate: modelValidator(m.HelmRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/OCIRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8047)).then((m) => ({ validate: modelValidator(m.OCIRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/OCIRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43009)).then((m) => ({ validate: modelValidator(m.OCIRepositoryList) })),
        },
    ],
    [
        'telemetry.istio.io/v1/Telemetry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-telemetry-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(522)]).then(__nccwpck_require__.bind(__nccwpck_require__, 81115)).then((m) => ({ validate: modelValidator(m.Telemetry) })),
        },
    ],
    [
        'telemetry.istio.io/v1alpha1/Telemetry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-telemetry-istio-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(522)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90669)).then((m) => ({ validate: modelValidator(m.Telemetry) })),
        },
    ],
    [
        'traefik.io/v1alpha1/IngressRoute',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 50377)).then((m) => ({ validate: modelValidator(m.IngressRoute) })),
        },
    ],
    [
        'traefik.io/v1alpha1/IngressRouteList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9554)).then((m) => ({ validate: modelValidator(m.IngressRouteList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/IngressRouteTCP',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35398)).then((m) => ({ validate: modelValidator(m.IngressRouteTCP) })),
        },
    ],
    [
        'traefik.io/v1alpha1/IngressRouteTCPList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92037)).then((m) => ({ validate: modelValidator(m.IngressRouteTCPList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/IngressRouteUDP',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10902)).then((m) => ({ validate: modelValidator(m.IngressRouteUDP) })),
        },
    ],
    [
        'traefik.io/v1alpha1/IngressRouteUDPList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76283)).then((m) => ({ validate: modelValidator(m.IngressRouteUDPList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/Middleware',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96257)).then((m) => ({ validate: modelValidator(m.Middleware) })),
        },
    ],
    [
        'traefik.io/v1alpha1/MiddlewareList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23749)).then((m) => ({ validate: modelValidator(m.MiddlewareList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/MiddlewareTCP',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15310)).then((m) => ({ validate: modelValidator(m.MiddlewareTCP) })),
        },
    ],
    [
        'traefik.io/v1alpha1/MiddlewareTCPList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 707)).then((m) => ({ validate: modelValidator(m.MiddlewareTCPList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/ServersTransport',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 85536)).then((m) => ({ validate: modelValidator(m.ServersTransport) })),
        },
    ],
    [
        'traefik.io/v1alpha1/ServersTransportList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35796)).then((m) => ({ validate: modelValidator(m.ServersTransportList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/ServersTransportTCP',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71657)).then((m) => ({ validate: modelValidator(m.ServersTransportTCP) })),
        },
    ],
    [
        'traefik.io/v1alpha1/ServersTransportTCPList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87441)).then((m) => ({ validate: modelValidator(m.ServersTransportTCPList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/TLSOption',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36173)).then((m) => ({ validate: modelValidator(m.TLSOption) })),
        },
    ],
    [
        'traefik.io/v1alpha1/TLSOptionList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79393)).then((m) => ({ validate: modelValidator(m.TLSOptionList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/TLSStore',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3239)).then((m) => ({ validate: modelValidator(m.TLSStore) })),
        },
    ],
    [
        'traefik.io/v1alpha1/TLSStoreList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 28539)).then((m) => ({ validate: modelValidator(m.TLSStoreList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/TraefikService',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17096)).then((m) => ({ validate: modelValidator(m.TraefikService) })),
        },
    ],
    [
        'traefik.io/v1alpha1/TraefikServiceList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73040)).then((m) => ({ validate: modelValidator(m.TraefikServiceList) })),
        },
    ],
    [
        'trust-manager.io/v1alpha2/ClusterBundle',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-trust-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(772)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8176)).then((m) => ({ validate: modelValidator(m.ClusterBundle) })),
        },
    ],
    [
        'trust-manager.io/v1alpha2/ClusterBundleList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-trust-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(772)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47748)).then((m) => ({ validate: modelValidator(m.ClusterBundleList) })),
        },
    ],
    [
        'trust.cert-manager.io/v1alpha1/Bundle',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-trust-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(71)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91871)).then((m) => ({ validate: modelValidator(m.Bundle) })),
        },
    ],
    [
        'trust.cert-manager.io/v1alpha1/BundleList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-trust-cert-manager-io */[__nccwpck_require__.e(435), __nccwpck_require__.e(71)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43125)).then((m) => ({ validate: modelValidator(m.BundleList) })),
        },
    ],
]);

var __webpack_exports__CATALOG_PACKAGES = __webpack_exports__.w;
var __webpack_exports__CATALOG_SCHEMA_LOADERS = __webpack_exports__.X;
export { __webpack_exports__CATALOG_PACKAGES as CATALOG_PACKAGES, __webpack_exports__CATALOG_SCHEMA_LOADERS as CATALOG_SCHEMA_LOADERS };
