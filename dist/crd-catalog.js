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
            load: () => Promise.all(/* import() | crd-acme-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(474), __nccwpck_require__.e(837)]).then(__nccwpck_require__.bind(__nccwpck_require__, 70235)).then((m) => ({ validate: modelValidator(m.Challenge) })),
        },
    ],
    [
        'acme.cert-manager.io/v1/ChallengeList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-acme-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(474), __nccwpck_require__.e(837)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75765)).then((m) => ({ validate: modelValidator(m.ChallengeList) })),
        },
    ],
    [
        'acme.cert-manager.io/v1/Order',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-acme-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(474), __nccwpck_require__.e(837)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17158)).then((m) => ({ validate: modelValidator(m.Order) })),
        },
    ],
    [
        'acme.cert-manager.io/v1/OrderList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-acme-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(474), __nccwpck_require__.e(837)]).then(__nccwpck_require__.bind(__nccwpck_require__, 78797)).then((m) => ({ validate: modelValidator(m.OrderList) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/AnalysisRun',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79516)).then((m) => ({ validate: modelValidator(m.AnalysisRun) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/AnalysisRunList',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40405)).then((m) => ({ validate: modelValidator(m.AnalysisRunList) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/AnalysisTemplate',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86831)).then((m) => ({ validate: modelValidator(m.AnalysisTemplate) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/AnalysisTemplateList',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43846)).then((m) => ({ validate: modelValidator(m.AnalysisTemplateList) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/ClusterAnalysisTemplate',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9185)).then((m) => ({ validate: modelValidator(m.ClusterAnalysisTemplate) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/ClusterAnalysisTemplateList',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67314)).then((m) => ({ validate: modelValidator(m.ClusterAnalysisTemplateList) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/Experiment',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 85508)).then((m) => ({ validate: modelValidator(m.Experiment) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/ExperimentList',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6601)).then((m) => ({ validate: modelValidator(m.ExperimentList) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/Rollout',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12370)).then((m) => ({ validate: modelValidator(m.Rollout) })),
        },
    ],
    [
        'argoproj.io/v1alpha1/RolloutList',
        {
            source: '@kubernetes-models/argo-rollouts 2.0.0',
            load: () => Promise.all(/* import() | crd-argoproj-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(760)]).then(__nccwpck_require__.bind(__nccwpck_require__, 50713)).then((m) => ({ validate: modelValidator(m.RolloutList) })),
        },
    ],
    [
        'awspca.cert-manager.io/v1beta1/AWSPCAClusterIssuer',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-awspca-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(418)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67670)).then((m) => ({ validate: modelValidator(m.AWSPCAClusterIssuer) })),
        },
    ],
    [
        'awspca.cert-manager.io/v1beta1/AWSPCAClusterIssuerList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-awspca-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(418)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69)).then((m) => ({ validate: modelValidator(m.AWSPCAClusterIssuerList) })),
        },
    ],
    [
        'awspca.cert-manager.io/v1beta1/AWSPCAIssuer',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-awspca-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(418)]).then(__nccwpck_require__.bind(__nccwpck_require__, 70084)).then((m) => ({ validate: modelValidator(m.AWSPCAIssuer) })),
        },
    ],
    [
        'awspca.cert-manager.io/v1beta1/AWSPCAIssuerList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-awspca-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(418)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40725)).then((m) => ({ validate: modelValidator(m.AWSPCAIssuerList) })),
        },
    ],
    [
        'bitnami.com/v1alpha1/SealedSecret',
        {
            source: '@kubernetes-models/sealed-secrets 6.0.0',
            load: () => Promise.all(/* import() | crd-bitnami-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(203)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86552)).then((m) => ({ validate: modelValidator(m.SealedSecret) })),
        },
    ],
    [
        'bitnami.com/v1alpha1/SealedSecretList',
        {
            source: '@kubernetes-models/sealed-secrets 6.0.0',
            load: () => Promise.all(/* import() | crd-bitnami-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(203)]).then(__nccwpck_require__.bind(__nccwpck_require__, 99394)).then((m) => ({ validate: modelValidator(m.SealedSecretList) })),
        },
    ],
    [
        'cert-manager.io/v1/Certificate',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(474), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10061)).then((m) => ({ validate: modelValidator(m.Certificate) })),
        },
    ],
    [
        'cert-manager.io/v1/CertificateList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(474), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 24440)).then((m) => ({ validate: modelValidator(m.CertificateList) })),
        },
    ],
    [
        'cert-manager.io/v1/CertificateRequest',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(474), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 55260)).then((m) => ({ validate: modelValidator(m.CertificateRequest) })),
        },
    ],
    [
        'cert-manager.io/v1/CertificateRequestList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(474), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92032)).then((m) => ({ validate: modelValidator(m.CertificateRequestList) })),
        },
    ],
    [
        'cert-manager.io/v1/ClusterIssuer',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(474), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87359)).then((m) => ({ validate: modelValidator(m.ClusterIssuer) })),
        },
    ],
    [
        'cert-manager.io/v1/ClusterIssuerList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(474), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 55283)).then((m) => ({ validate: modelValidator(m.ClusterIssuerList) })),
        },
    ],
    [
        'cert-manager.io/v1/Issuer',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(474), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96815)).then((m) => ({ validate: modelValidator(m.Issuer) })),
        },
    ],
    [
        'cert-manager.io/v1/IssuerList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(474), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61939)).then((m) => ({ validate: modelValidator(m.IssuerList) })),
        },
    ],
    [
        'eventing.keda.sh/v1alpha1/CloudEventSource',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-eventing-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(913)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7438)).then((m) => ({ validate: modelValidator(m.CloudEventSource) })),
        },
    ],
    [
        'eventing.keda.sh/v1alpha1/CloudEventSourceList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-eventing-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(913)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3170)).then((m) => ({ validate: modelValidator(m.CloudEventSourceList) })),
        },
    ],
    [
        'eventing.keda.sh/v1alpha1/ClusterCloudEventSource',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-eventing-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(913)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47646)).then((m) => ({ validate: modelValidator(m.ClusterCloudEventSource) })),
        },
    ],
    [
        'eventing.keda.sh/v1alpha1/ClusterCloudEventSourceList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-eventing-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(913)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52528)).then((m) => ({ validate: modelValidator(m.ClusterCloudEventSourceList) })),
        },
    ],
    [
        'extensions.istio.io/v1alpha1/WasmPlugin',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-extensions-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(709)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66821)).then((m) => ({ validate: modelValidator(m.WasmPlugin) })),
        },
    ],
    [
        'external-secrets.io/v1/ClusterExternalSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74773)).then((m) => ({ validate: modelValidator(m.ClusterExternalSecret) })),
        },
    ],
    [
        'external-secrets.io/v1/ClusterExternalSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4759)).then((m) => ({ validate: modelValidator(m.ClusterExternalSecretList) })),
        },
    ],
    [
        'external-secrets.io/v1/ClusterSecretStore',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27117)).then((m) => ({ validate: modelValidator(m.ClusterSecretStore) })),
        },
    ],
    [
        'external-secrets.io/v1/ClusterSecretStoreList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5764)).then((m) => ({ validate: modelValidator(m.ClusterSecretStoreList) })),
        },
    ],
    [
        'external-secrets.io/v1/ExternalSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 53365)).then((m) => ({ validate: modelValidator(m.ExternalSecret) })),
        },
    ],
    [
        'external-secrets.io/v1/ExternalSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 19020)).then((m) => ({ validate: modelValidator(m.ExternalSecretList) })),
        },
    ],
    [
        'external-secrets.io/v1/SecretStore',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90285)).then((m) => ({ validate: modelValidator(m.SecretStore) })),
        },
    ],
    [
        'external-secrets.io/v1/SecretStoreList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15458)).then((m) => ({ validate: modelValidator(m.SecretStoreList) })),
        },
    ],
    [
        'external-secrets.io/v1alpha1/ClusterPushSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77829)).then((m) => ({ validate: modelValidator(m.ClusterPushSecret) })),
        },
    ],
    [
        'external-secrets.io/v1alpha1/ClusterPushSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62291)).then((m) => ({ validate: modelValidator(m.ClusterPushSecretList) })),
        },
    ],
    [
        'external-secrets.io/v1alpha1/PushSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71807)).then((m) => ({ validate: modelValidator(m.PushSecret) })),
        },
    ],
    [
        'external-secrets.io/v1alpha1/PushSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36785)).then((m) => ({ validate: modelValidator(m.PushSecretList) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/ClusterExternalSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 50088)).then((m) => ({ validate: modelValidator(m.ClusterExternalSecret) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/ClusterExternalSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71357)).then((m) => ({ validate: modelValidator(m.ClusterExternalSecretList) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/ClusterSecretStore',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21738)).then((m) => ({ validate: modelValidator(m.ClusterSecretStore) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/ClusterSecretStoreList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 70102)).then((m) => ({ validate: modelValidator(m.ClusterSecretStoreList) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/ExternalSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46742)).then((m) => ({ validate: modelValidator(m.ExternalSecret) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/ExternalSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68833)).then((m) => ({ validate: modelValidator(m.ExternalSecretList) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/SecretStore',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 19544)).then((m) => ({ validate: modelValidator(m.SecretStore) })),
        },
    ],
    [
        'external-secrets.io/v1beta1/SecretStoreList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(785)]).then(__nccwpck_require__.bind(__nccwpck_require__, 13362)).then((m) => ({ validate: modelValidator(m.SecretStoreList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/BackendTLSPolicy',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33198)).then((m) => ({ validate: modelValidator(m.BackendTLSPolicy) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/BackendTLSPolicyList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 29445)).then((m) => ({ validate: modelValidator(m.BackendTLSPolicyList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/Gateway',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66527)).then((m) => ({ validate: modelValidator(m.Gateway) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/GatewayClass',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 85799)).then((m) => ({ validate: modelValidator(m.GatewayClass) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/GatewayClassList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14261)).then((m) => ({ validate: modelValidator(m.GatewayClassList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/GatewayList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72406)).then((m) => ({ validate: modelValidator(m.GatewayList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/GRPCRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5316)).then((m) => ({ validate: modelValidator(m.GRPCRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/GRPCRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63224)).then((m) => ({ validate: modelValidator(m.GRPCRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/HTTPRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30236)).then((m) => ({ validate: modelValidator(m.HTTPRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/HTTPRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90121)).then((m) => ({ validate: modelValidator(m.HTTPRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/ListenerSet',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97501)).then((m) => ({ validate: modelValidator(m.ListenerSet) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/ListenerSetList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 50732)).then((m) => ({ validate: modelValidator(m.ListenerSetList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/ReferenceGrant',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16216)).then((m) => ({ validate: modelValidator(m.ReferenceGrant) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/ReferenceGrantList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33824)).then((m) => ({ validate: modelValidator(m.ReferenceGrantList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/TLSRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11443)).then((m) => ({ validate: modelValidator(m.TLSRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1/TLSRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10473)).then((m) => ({ validate: modelValidator(m.TLSRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/GRPCRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49830)).then((m) => ({ validate: modelValidator(m.GRPCRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/GRPCRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10160)).then((m) => ({ validate: modelValidator(m.GRPCRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/ReferenceGrant',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87354)).then((m) => ({ validate: modelValidator(m.ReferenceGrant) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/ReferenceGrantList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 78769)).then((m) => ({ validate: modelValidator(m.ReferenceGrantList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/TCPRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9303)).then((m) => ({ validate: modelValidator(m.TCPRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/TCPRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11296)).then((m) => ({ validate: modelValidator(m.TCPRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/TLSRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 42657)).then((m) => ({ validate: modelValidator(m.TLSRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/TLSRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68277)).then((m) => ({ validate: modelValidator(m.TLSRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/UDPRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91187)).then((m) => ({ validate: modelValidator(m.UDPRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha2/UDPRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45775)).then((m) => ({ validate: modelValidator(m.UDPRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha3/BackendTLSPolicy',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25289)).then((m) => ({ validate: modelValidator(m.BackendTLSPolicy) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha3/BackendTLSPolicyList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90070)).then((m) => ({ validate: modelValidator(m.BackendTLSPolicyList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha3/TLSRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14832)).then((m) => ({ validate: modelValidator(m.TLSRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1alpha3/TLSRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86407)).then((m) => ({ validate: modelValidator(m.TLSRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/Gateway',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 58436)).then((m) => ({ validate: modelValidator(m.Gateway) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/GatewayClass',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10978)).then((m) => ({ validate: modelValidator(m.GatewayClass) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/GatewayClassList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 37373)).then((m) => ({ validate: modelValidator(m.GatewayClassList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/GatewayList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8188)).then((m) => ({ validate: modelValidator(m.GatewayList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/HTTPRoute',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79771)).then((m) => ({ validate: modelValidator(m.HTTPRoute) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/HTTPRouteList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1272)).then((m) => ({ validate: modelValidator(m.HTTPRouteList) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/ReferenceGrant',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44485)).then((m) => ({ validate: modelValidator(m.ReferenceGrant) })),
        },
    ],
    [
        'gateway.networking.k8s.io/v1beta1/ReferenceGrantList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5046)).then((m) => ({ validate: modelValidator(m.ReferenceGrantList) })),
        },
    ],
    [
        'gateway.networking.x-k8s.io/v1alpha1/XBackendTrafficPolicy',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-x-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(109)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73520)).then((m) => ({ validate: modelValidator(m.XBackendTrafficPolicy) })),
        },
    ],
    [
        'gateway.networking.x-k8s.io/v1alpha1/XBackendTrafficPolicyList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-x-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(109)]).then(__nccwpck_require__.bind(__nccwpck_require__, 24221)).then((m) => ({ validate: modelValidator(m.XBackendTrafficPolicyList) })),
        },
    ],
    [
        'gateway.networking.x-k8s.io/v1alpha1/XMesh',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-x-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(109)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86006)).then((m) => ({ validate: modelValidator(m.XMesh) })),
        },
    ],
    [
        'gateway.networking.x-k8s.io/v1alpha1/XMeshList',
        {
            source: '@kubernetes-models/gateway-api 2.0.0',
            load: () => Promise.all(/* import() | crd-gateway-networking-x-k8s-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(391), __nccwpck_require__.e(109)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8764)).then((m) => ({ validate: modelValidator(m.XMeshList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/ACRAccessToken',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61248)).then((m) => ({ validate: modelValidator(m.ACRAccessToken) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/ACRAccessTokenList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6437)).then((m) => ({ validate: modelValidator(m.ACRAccessTokenList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/ClusterGenerator',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69626)).then((m) => ({ validate: modelValidator(m.ClusterGenerator) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/ClusterGeneratorList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12728)).then((m) => ({ validate: modelValidator(m.ClusterGeneratorList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/ECRAuthorizationToken',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26641)).then((m) => ({ validate: modelValidator(m.ECRAuthorizationToken) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/ECRAuthorizationTokenList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 84608)).then((m) => ({ validate: modelValidator(m.ECRAuthorizationTokenList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/Fake',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5200)).then((m) => ({ validate: modelValidator(m.Fake) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/FakeList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 70205)).then((m) => ({ validate: modelValidator(m.FakeList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GCRAccessToken',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27986)).then((m) => ({ validate: modelValidator(m.GCRAccessToken) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GCRAccessTokenList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1757)).then((m) => ({ validate: modelValidator(m.GCRAccessTokenList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GeneratorState',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7583)).then((m) => ({ validate: modelValidator(m.GeneratorState) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GeneratorStateList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18309)).then((m) => ({ validate: modelValidator(m.GeneratorStateList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GithubAccessToken',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12851)).then((m) => ({ validate: modelValidator(m.GithubAccessToken) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GithubAccessTokenList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 29881)).then((m) => ({ validate: modelValidator(m.GithubAccessTokenList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/Grafana',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31457)).then((m) => ({ validate: modelValidator(m.Grafana) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/GrafanaList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97662)).then((m) => ({ validate: modelValidator(m.GrafanaList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/Password',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 13292)).then((m) => ({ validate: modelValidator(m.Password) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/PasswordList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1100)).then((m) => ({ validate: modelValidator(m.PasswordList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/QuayAccessToken',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 29866)).then((m) => ({ validate: modelValidator(m.QuayAccessToken) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/QuayAccessTokenList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35288)).then((m) => ({ validate: modelValidator(m.QuayAccessTokenList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/STSSessionToken',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66232)).then((m) => ({ validate: modelValidator(m.STSSessionToken) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/STSSessionTokenList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96185)).then((m) => ({ validate: modelValidator(m.STSSessionTokenList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/UUID',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61294)).then((m) => ({ validate: modelValidator(m.UUID) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/UUIDList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90227)).then((m) => ({ validate: modelValidator(m.UUIDList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/VaultDynamicSecret',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26040)).then((m) => ({ validate: modelValidator(m.VaultDynamicSecret) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/VaultDynamicSecretList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91215)).then((m) => ({ validate: modelValidator(m.VaultDynamicSecretList) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/Webhook',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1512)).then((m) => ({ validate: modelValidator(m.Webhook) })),
        },
    ],
    [
        'generators.external-secrets.io/v1alpha1/WebhookList',
        {
            source: '@kubernetes-models/external-secrets 2.0.0',
            load: () => Promise.all(/* import() | crd-generators-external-secrets-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(208), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14069)).then((m) => ({ validate: modelValidator(m.WebhookList) })),
        },
    ],
    [
        'helm.toolkit.fluxcd.io/v2/HelmRelease',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-helm-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(809), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75495)).then((m) => ({ validate: modelValidator(m.HelmRelease) })),
        },
    ],
    [
        'helm.toolkit.fluxcd.io/v2/HelmReleaseList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-helm-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(809), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95908)).then((m) => ({ validate: modelValidator(m.HelmReleaseList) })),
        },
    ],
    [
        'helm.toolkit.fluxcd.io/v2beta1/HelmRelease',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-helm-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(809), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21390)).then((m) => ({ validate: modelValidator(m.HelmRelease) })),
        },
    ],
    [
        'helm.toolkit.fluxcd.io/v2beta1/HelmReleaseList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-helm-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(809), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9146)).then((m) => ({ validate: modelValidator(m.HelmReleaseList) })),
        },
    ],
    [
        'helm.toolkit.fluxcd.io/v2beta2/HelmRelease',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-helm-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(809), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92907)).then((m) => ({ validate: modelValidator(m.HelmRelease) })),
        },
    ],
    [
        'helm.toolkit.fluxcd.io/v2beta2/HelmReleaseList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-helm-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(809), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 32722)).then((m) => ({ validate: modelValidator(m.HelmReleaseList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1/ImagePolicy',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61253)).then((m) => ({ validate: modelValidator(m.ImagePolicy) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1/ImagePolicyList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21600)).then((m) => ({ validate: modelValidator(m.ImagePolicyList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1/ImageRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57043)).then((m) => ({ validate: modelValidator(m.ImageRepository) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1/ImageRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6795)).then((m) => ({ validate: modelValidator(m.ImageRepositoryList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1/ImageUpdateAutomation',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92489)).then((m) => ({ validate: modelValidator(m.ImageUpdateAutomation) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1/ImageUpdateAutomationList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66491)).then((m) => ({ validate: modelValidator(m.ImageUpdateAutomationList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta1/ImagePolicy',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33876)).then((m) => ({ validate: modelValidator(m.ImagePolicy) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta1/ImagePolicyList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83742)).then((m) => ({ validate: modelValidator(m.ImagePolicyList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta1/ImageRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57854)).then((m) => ({ validate: modelValidator(m.ImageRepository) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta1/ImageRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65603)).then((m) => ({ validate: modelValidator(m.ImageRepositoryList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta1/ImageUpdateAutomation',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64288)).then((m) => ({ validate: modelValidator(m.ImageUpdateAutomation) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta1/ImageUpdateAutomationList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 38745)).then((m) => ({ validate: modelValidator(m.ImageUpdateAutomationList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta2/ImagePolicy',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95457)).then((m) => ({ validate: modelValidator(m.ImagePolicy) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta2/ImagePolicyList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 99105)).then((m) => ({ validate: modelValidator(m.ImagePolicyList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta2/ImageRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 56623)).then((m) => ({ validate: modelValidator(m.ImageRepository) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta2/ImageRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 78714)).then((m) => ({ validate: modelValidator(m.ImageRepositoryList) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta2/ImageUpdateAutomation',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17277)).then((m) => ({ validate: modelValidator(m.ImageUpdateAutomation) })),
        },
    ],
    [
        'image.toolkit.fluxcd.io/v1beta2/ImageUpdateAutomationList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-image-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44899)).then((m) => ({ validate: modelValidator(m.ImageUpdateAutomationList) })),
        },
    ],
    [
        'install.istio.io/v1alpha1/IstioOperator',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-install-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(38)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6694)).then((m) => ({ validate: modelValidator(m.IstioOperator) })),
        },
    ],
    [
        'keda.sh/v1alpha1/ClusterTriggerAuthentication',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67050)).then((m) => ({ validate: modelValidator(m.ClusterTriggerAuthentication) })),
        },
    ],
    [
        'keda.sh/v1alpha1/ClusterTriggerAuthenticationList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23858)).then((m) => ({ validate: modelValidator(m.ClusterTriggerAuthenticationList) })),
        },
    ],
    [
        'keda.sh/v1alpha1/ScaledJob',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87923)).then((m) => ({ validate: modelValidator(m.ScaledJob) })),
        },
    ],
    [
        'keda.sh/v1alpha1/ScaledJobList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46639)).then((m) => ({ validate: modelValidator(m.ScaledJobList) })),
        },
    ],
    [
        'keda.sh/v1alpha1/ScaledObject',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41573)).then((m) => ({ validate: modelValidator(m.ScaledObject) })),
        },
    ],
    [
        'keda.sh/v1alpha1/ScaledObjectList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66177)).then((m) => ({ validate: modelValidator(m.ScaledObjectList) })),
        },
    ],
    [
        'keda.sh/v1alpha1/TriggerAuthentication',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 59834)).then((m) => ({ validate: modelValidator(m.TriggerAuthentication) })),
        },
    ],
    [
        'keda.sh/v1alpha1/TriggerAuthenticationList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2414)).then((m) => ({ validate: modelValidator(m.TriggerAuthenticationList) })),
        },
    ],
    [
        'keda.sh/v1alpha1/WithTriggers',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7253)).then((m) => ({ validate: modelValidator(m.WithTriggers) })),
        },
    ],
    [
        'keda.sh/v1alpha1/WithTriggersList',
        {
            source: '@kubernetes-models/keda 2.0.0',
            load: () => Promise.all(/* import() | crd-keda-sh */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(480), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60022)).then((m) => ({ validate: modelValidator(m.WithTriggersList) })),
        },
    ],
    [
        'kustomize.toolkit.fluxcd.io/v1/Kustomization',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-kustomize-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(809), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9549)).then((m) => ({ validate: modelValidator(m.Kustomization) })),
        },
    ],
    [
        'kustomize.toolkit.fluxcd.io/v1/KustomizationList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-kustomize-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(809), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63939)).then((m) => ({ validate: modelValidator(m.KustomizationList) })),
        },
    ],
    [
        'kustomize.toolkit.fluxcd.io/v1beta1/Kustomization',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-kustomize-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(809), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66832)).then((m) => ({ validate: modelValidator(m.Kustomization) })),
        },
    ],
    [
        'kustomize.toolkit.fluxcd.io/v1beta1/KustomizationList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-kustomize-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(809), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7246)).then((m) => ({ validate: modelValidator(m.KustomizationList) })),
        },
    ],
    [
        'kustomize.toolkit.fluxcd.io/v1beta2/Kustomization',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-kustomize-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(809), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15389)).then((m) => ({ validate: modelValidator(m.Kustomization) })),
        },
    ],
    [
        'kustomize.toolkit.fluxcd.io/v1beta2/KustomizationList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-kustomize-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(809), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 98800)).then((m) => ({ validate: modelValidator(m.KustomizationList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/Alertmanager',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22136)).then((m) => ({ validate: modelValidator(m.Alertmanager) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/AlertmanagerList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80281)).then((m) => ({ validate: modelValidator(m.AlertmanagerList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/PodMonitor',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27718)).then((m) => ({ validate: modelValidator(m.PodMonitor) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/PodMonitorList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14756)).then((m) => ({ validate: modelValidator(m.PodMonitorList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/Probe',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61343)).then((m) => ({ validate: modelValidator(m.Probe) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/ProbeList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89304)).then((m) => ({ validate: modelValidator(m.ProbeList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/Prometheus',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54525)).then((m) => ({ validate: modelValidator(m.Prometheus) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/PrometheusList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 29560)).then((m) => ({ validate: modelValidator(m.PrometheusList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/PrometheusRule',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71035)).then((m) => ({ validate: modelValidator(m.PrometheusRule) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/PrometheusRuleList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41655)).then((m) => ({ validate: modelValidator(m.PrometheusRuleList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/ServiceMonitor',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 39690)).then((m) => ({ validate: modelValidator(m.ServiceMonitor) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/ServiceMonitorList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18386)).then((m) => ({ validate: modelValidator(m.ServiceMonitorList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/ThanosRuler',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8362)).then((m) => ({ validate: modelValidator(m.ThanosRuler) })),
        },
    ],
    [
        'monitoring.coreos.com/v1/ThanosRulerList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 28083)).then((m) => ({ validate: modelValidator(m.ThanosRulerList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1alpha1/AlertmanagerConfig',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57583)).then((m) => ({ validate: modelValidator(m.AlertmanagerConfig) })),
        },
    ],
    [
        'monitoring.coreos.com/v1alpha1/AlertmanagerConfigList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 50108)).then((m) => ({ validate: modelValidator(m.AlertmanagerConfigList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1alpha1/PrometheusAgent',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75423)).then((m) => ({ validate: modelValidator(m.PrometheusAgent) })),
        },
    ],
    [
        'monitoring.coreos.com/v1alpha1/PrometheusAgentList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 38787)).then((m) => ({ validate: modelValidator(m.PrometheusAgentList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1alpha1/ScrapeConfig',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69062)).then((m) => ({ validate: modelValidator(m.ScrapeConfig) })),
        },
    ],
    [
        'monitoring.coreos.com/v1alpha1/ScrapeConfigList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52089)).then((m) => ({ validate: modelValidator(m.ScrapeConfigList) })),
        },
    ],
    [
        'monitoring.coreos.com/v1beta1/AlertmanagerConfig',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1763)).then((m) => ({ validate: modelValidator(m.AlertmanagerConfig) })),
        },
    ],
    [
        'monitoring.coreos.com/v1beta1/AlertmanagerConfigList',
        {
            source: '@kubernetes-models/prometheus-operator 6.0.0',
            load: () => Promise.all(/* import() | crd-monitoring-coreos-com */[__nccwpck_require__.e(365), __nccwpck_require__.e(254), __nccwpck_require__.e(12), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22912)).then((m) => ({ validate: modelValidator(m.AlertmanagerConfigList) })),
        },
    ],
    [
        'networking.istio.io/v1/DestinationRule',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52710)).then((m) => ({ validate: modelValidator(m.DestinationRule) })),
        },
    ],
    [
        'networking.istio.io/v1/Gateway',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27777)).then((m) => ({ validate: modelValidator(m.Gateway) })),
        },
    ],
    [
        'networking.istio.io/v1/ServiceEntry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45236)).then((m) => ({ validate: modelValidator(m.ServiceEntry) })),
        },
    ],
    [
        'networking.istio.io/v1/Sidecar',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62761)).then((m) => ({ validate: modelValidator(m.Sidecar) })),
        },
    ],
    [
        'networking.istio.io/v1/VirtualService',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76833)).then((m) => ({ validate: modelValidator(m.VirtualService) })),
        },
    ],
    [
        'networking.istio.io/v1/WorkloadEntry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21138)).then((m) => ({ validate: modelValidator(m.WorkloadEntry) })),
        },
    ],
    [
        'networking.istio.io/v1/WorkloadGroup',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47547)).then((m) => ({ validate: modelValidator(m.WorkloadGroup) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/DestinationRule',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52309)).then((m) => ({ validate: modelValidator(m.DestinationRule) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/EnvoyFilter',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14916)).then((m) => ({ validate: modelValidator(m.EnvoyFilter) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/Gateway',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57251)).then((m) => ({ validate: modelValidator(m.Gateway) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/ServiceEntry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79535)).then((m) => ({ validate: modelValidator(m.ServiceEntry) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/Sidecar',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5216)).then((m) => ({ validate: modelValidator(m.Sidecar) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/VirtualService',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 78440)).then((m) => ({ validate: modelValidator(m.VirtualService) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/WorkloadEntry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90730)).then((m) => ({ validate: modelValidator(m.WorkloadEntry) })),
        },
    ],
    [
        'networking.istio.io/v1alpha3/WorkloadGroup',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25484)).then((m) => ({ validate: modelValidator(m.WorkloadGroup) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/DestinationRule',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69936)).then((m) => ({ validate: modelValidator(m.DestinationRule) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/Gateway',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54302)).then((m) => ({ validate: modelValidator(m.Gateway) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/ProxyConfig',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60692)).then((m) => ({ validate: modelValidator(m.ProxyConfig) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/ServiceEntry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73781)).then((m) => ({ validate: modelValidator(m.ServiceEntry) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/Sidecar',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1297)).then((m) => ({ validate: modelValidator(m.Sidecar) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/VirtualService',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96345)).then((m) => ({ validate: modelValidator(m.VirtualService) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/WorkloadEntry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96117)).then((m) => ({ validate: modelValidator(m.WorkloadEntry) })),
        },
    ],
    [
        'networking.istio.io/v1beta1/WorkloadGroup',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-networking-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 78211)).then((m) => ({ validate: modelValidator(m.WorkloadGroup) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1/Receiver',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20485)).then((m) => ({ validate: modelValidator(m.Receiver) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1/ReceiverList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79802)).then((m) => ({ validate: modelValidator(m.ReceiverList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta1/Alert',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75813)).then((m) => ({ validate: modelValidator(m.Alert) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta1/AlertList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76737)).then((m) => ({ validate: modelValidator(m.AlertList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta1/Provider',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49882)).then((m) => ({ validate: modelValidator(m.Provider) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta1/ProviderList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64673)).then((m) => ({ validate: modelValidator(m.ProviderList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta1/Receiver',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67002)).then((m) => ({ validate: modelValidator(m.Receiver) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta1/ReceiverList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72338)).then((m) => ({ validate: modelValidator(m.ReceiverList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta2/Alert',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8284)).then((m) => ({ validate: modelValidator(m.Alert) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta2/AlertList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60480)).then((m) => ({ validate: modelValidator(m.AlertList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta2/Provider',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69997)).then((m) => ({ validate: modelValidator(m.Provider) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta2/ProviderList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10773)).then((m) => ({ validate: modelValidator(m.ProviderList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta2/Receiver',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18585)).then((m) => ({ validate: modelValidator(m.Receiver) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta2/ReceiverList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61946)).then((m) => ({ validate: modelValidator(m.ReceiverList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta3/Alert',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6143)).then((m) => ({ validate: modelValidator(m.Alert) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta3/AlertList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 81167)).then((m) => ({ validate: modelValidator(m.AlertList) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta3/Provider',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 81852)).then((m) => ({ validate: modelValidator(m.Provider) })),
        },
    ],
    [
        'notification.toolkit.fluxcd.io/v1beta3/ProviderList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-notification-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36766)).then((m) => ({ validate: modelValidator(m.ProviderList) })),
        },
    ],
    [
        'policy.cert-manager.io/v1alpha1/CertificateRequestPolicy',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-policy-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(769)]).then(__nccwpck_require__.bind(__nccwpck_require__, 53347)).then((m) => ({ validate: modelValidator(m.CertificateRequestPolicy) })),
        },
    ],
    [
        'policy.cert-manager.io/v1alpha1/CertificateRequestPolicyList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-policy-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(769)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69265)).then((m) => ({ validate: modelValidator(m.CertificateRequestPolicyList) })),
        },
    ],
    [
        'security.istio.io/v1/AuthorizationPolicy',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-security-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(933)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16799)).then((m) => ({ validate: modelValidator(m.AuthorizationPolicy) })),
        },
    ],
    [
        'security.istio.io/v1/PeerAuthentication',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-security-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(933)]).then(__nccwpck_require__.bind(__nccwpck_require__, 32346)).then((m) => ({ validate: modelValidator(m.PeerAuthentication) })),
        },
    ],
    [
        'security.istio.io/v1/RequestAuthentication',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-security-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(933)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72556)).then((m) => ({ validate: modelValidator(m.RequestAuthentication) })),
        },
    ],
    [
        'security.istio.io/v1beta1/AuthorizationPolicy',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-security-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(933)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49657)).then((m) => ({ validate: modelValidator(m.AuthorizationPolicy) })),
        },
    ],
    [
        'security.istio.io/v1beta1/PeerAuthentication',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-security-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(933)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67568)).then((m) => ({ validate: modelValidator(m.PeerAuthentication) })),
        },
    ],
    [
        'security.istio.io/v1beta1/RequestAuthentication',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-security-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(933)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80529)).then((m) => ({ validate: modelValidator(m.RequestAuthentication) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/Bucket',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45984)).then((m) => ({ validate: modelValidator(m.Bucket) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/BucketList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 704)).then((m) => ({ validate: modelValidator(m.BucketList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/ExternalArtifact',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74411)).then((m) => ({ validate: modelValidator(m.ExternalArtifact) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/ExternalArtifactList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79632)).then((m) => ({ validate: modelValidator(m.ExternalArtifactList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/GitRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14680)).then((m) => ({ validate: modelValidator(m.GitRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/GitRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57015)).then((m) => ({ validate: modelValidator(m.GitRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/HelmChart',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67576)).then((m) => ({ validate: modelValidator(m.HelmChart) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/HelmChartList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1301)).then((m) => ({ validate: modelValidator(m.HelmChartList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/HelmRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92030)).then((m) => ({ validate: modelValidator(m.HelmRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/HelmRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69245)).then((m) => ({ validate: modelValidator(m.HelmRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/OCIRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 32825)).then((m) => ({ validate: modelValidator(m.OCIRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1/OCIRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 53943)).then((m) => ({ validate: modelValidator(m.OCIRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/Bucket',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71327)).then((m) => ({ validate: modelValidator(m.Bucket) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/BucketList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49411)).then((m) => ({ validate: modelValidator(m.BucketList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/GitRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 19129)).then((m) => ({ validate: modelValidator(m.GitRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/GitRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97026)).then((m) => ({ validate: modelValidator(m.GitRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/HelmChart',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46281)).then((m) => ({ validate: modelValidator(m.HelmChart) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/HelmChartList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47421)).then((m) => ({ validate: modelValidator(m.HelmChartList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/HelmRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34701)).then((m) => ({ validate: modelValidator(m.HelmRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta1/HelmRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6518)).then((m) => ({ validate: modelValidator(m.HelmRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/Bucket',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18688)).then((m) => ({ validate: modelValidator(m.Bucket) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/BucketList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35627)).then((m) => ({ validate: modelValidator(m.BucketList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/GitRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36632)).then((m) => ({ validate: modelValidator(m.GitRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/GitRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 82287)).then((m) => ({ validate: modelValidator(m.GitRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/HelmChart',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31512)).then((m) => ({ validate: modelValidator(m.HelmChart) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/HelmChartList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35988)).then((m) => ({ validate: modelValidator(m.HelmChartList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/HelmRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91710)).then((m) => ({ validate: modelValidator(m.HelmRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/HelmRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 28987)).then((m) => ({ validate: modelValidator(m.HelmRepositoryList) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/OCIRepository',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 70393)).then((m) => ({ validate: modelValidator(m.OCIRepository) })),
        },
    ],
    [
        'source.toolkit.fluxcd.io/v1beta2/OCIRepositoryList',
        {
            source: '@kubernetes-models/flux-cd 4.0.0',
            load: () => Promise.all(/* import() | crd-source-toolkit-fluxcd-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(173)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9027)).then((m) => ({ validate: modelValidator(m.OCIRepositoryList) })),
        },
    ],
    [
        'telemetry.istio.io/v1/Telemetry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-telemetry-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(522)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88069)).then((m) => ({ validate: modelValidator(m.Telemetry) })),
        },
    ],
    [
        'telemetry.istio.io/v1alpha1/Telemetry',
        {
            source: '@kubernetes-models/istio 3.0.1',
            load: () => Promise.all(/* import() | crd-telemetry-istio-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(522)]).then(__nccwpck_require__.bind(__nccwpck_require__, 37955)).then((m) => ({ validate: modelValidator(m.Telemetry) })),
        },
    ],
    [
        'traefik.io/v1alpha1/IngressRoute',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69223)).then((m) => ({ validate: modelValidator(m.IngressRoute) })),
        },
    ],
    [
        'traefik.io/v1alpha1/IngressRouteList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 29200)).then((m) => ({ validate: modelValidator(m.IngressRouteList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/IngressRouteTCP',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67148)).then((m) => ({ validate: modelValidator(m.IngressRouteTCP) })),
        },
    ],
    [
        'traefik.io/v1alpha1/IngressRouteTCPList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 55475)).then((m) => ({ validate: modelValidator(m.IngressRouteTCPList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/IngressRouteUDP',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67912)).then((m) => ({ validate: modelValidator(m.IngressRouteUDP) })),
        },
    ],
    [
        'traefik.io/v1alpha1/IngressRouteUDPList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17965)).then((m) => ({ validate: modelValidator(m.IngressRouteUDPList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/Middleware',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62907)).then((m) => ({ validate: modelValidator(m.Middleware) })),
        },
    ],
    [
        'traefik.io/v1alpha1/MiddlewareList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 35703)).then((m) => ({ validate: modelValidator(m.MiddlewareList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/MiddlewareTCP',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54480)).then((m) => ({ validate: modelValidator(m.MiddlewareTCP) })),
        },
    ],
    [
        'traefik.io/v1alpha1/MiddlewareTCPList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 90329)).then((m) => ({ validate: modelValidator(m.MiddlewareTCPList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/ServersTransport',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36058)).then((m) => ({ validate: modelValidator(m.ServersTransport) })),
        },
    ],
    [
        'traefik.io/v1alpha1/ServersTransportList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21630)).then((m) => ({ validate: modelValidator(m.ServersTransportList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/ServersTransportTCP',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91779)).then((m) => ({ validate: modelValidator(m.ServersTransportTCP) })),
        },
    ],
    [
        'traefik.io/v1alpha1/ServersTransportTCPList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 19307)).then((m) => ({ validate: modelValidator(m.ServersTransportTCPList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/TLSOption',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15683)).then((m) => ({ validate: modelValidator(m.TLSOption) })),
        },
    ],
    [
        'traefik.io/v1alpha1/TLSOptionList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57751)).then((m) => ({ validate: modelValidator(m.TLSOptionList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/TLSStore',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2593)).then((m) => ({ validate: modelValidator(m.TLSStore) })),
        },
    ],
    [
        'traefik.io/v1alpha1/TLSStoreList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68625)).then((m) => ({ validate: modelValidator(m.TLSStoreList) })),
        },
    ],
    [
        'traefik.io/v1alpha1/TraefikService',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 76214)).then((m) => ({ validate: modelValidator(m.TraefikService) })),
        },
    ],
    [
        'traefik.io/v1alpha1/TraefikServiceList',
        {
            source: '@kubernetes-models/traefik 2.0.0',
            load: () => Promise.all(/* import() | crd-traefik-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88702)).then((m) => ({ validate: modelValidator(m.TraefikServiceList) })),
        },
    ],
    [
        'trust-manager.io/v1alpha2/ClusterBundle',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-trust-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(772)]).then(__nccwpck_require__.bind(__nccwpck_require__, 42274)).then((m) => ({ validate: modelValidator(m.ClusterBundle) })),
        },
    ],
    [
        'trust-manager.io/v1alpha2/ClusterBundleList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-trust-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(772)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67842)).then((m) => ({ validate: modelValidator(m.ClusterBundleList) })),
        },
    ],
    [
        'trust.cert-manager.io/v1alpha1/Bundle',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-trust-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(71)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15981)).then((m) => ({ validate: modelValidator(m.Bundle) })),
        },
    ],
    [
        'trust.cert-manager.io/v1alpha1/BundleList',
        {
            source: '@kubernetes-models/cert-manager 6.0.0',
            load: () => Promise.all(/* import() | crd-trust-cert-manager-io */[__nccwpck_require__.e(365), __nccwpck_require__.e(71)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91795)).then((m) => ({ validate: modelValidator(m.BundleList) })),
        },
    ],
]);

var __webpack_exports__CATALOG_PACKAGES = __webpack_exports__.w;
var __webpack_exports__CATALOG_SCHEMA_LOADERS = __webpack_exports__.X;
export { __webpack_exports__CATALOG_PACKAGES as CATALOG_PACKAGES, __webpack_exports__CATALOG_SCHEMA_LOADERS as CATALOG_SCHEMA_LOADERS };
