export const id = 38;
export const ids = [38];
export const modules = {

/***/ 6694:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IstioOperator: () => (/* binding */ IstioOperator)
});

// EXTERNAL MODULE: ./node_modules/@kubernetes-models/base/dist/model.js + 2 modules
var model = __webpack_require__(74424);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/base/dist/meta.js
var meta = __webpack_require__(35450);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta.js + 3 modules
var IoK8sApimachineryPkgApisMetaV1ObjectMeta = __webpack_require__(43215);
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/istio/_schemas/InstallIstioIoV1alpha1IstioOperator.js
const validate=validate0;let schema1_enum=["install.istio.io/v1alpha1"];function validate1(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("install.istio.io/v1alpha1"!==data){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema1_enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate1.errors=vErrors,0===errors}let schema2_enum=["IstioOperator"];function validate3(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if("string"!=typeof data){let err0={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"string"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if("IstioOperator"!==data){let err1={instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues:schema2_enum}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}return validate3.errors=vErrors,0===errors}function validate5(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;return null!==data&&((0,IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t)(data,{instancePath,parentData,parentDataProperty,rootData})||(errors=(vErrors=null===vErrors?IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t.errors:vErrors.concat(IoK8sApimachineryPkgApisMetaV1ObjectMeta/* validate */.t.errors)).length)),validate5.errors=vErrors,0===errors}function validate0(data,{instancePath="",parentData,parentDataProperty,rootData=data}={}){let vErrors=null,errors=0;if(data&&"object"==typeof data&&!Array.isArray(data)){if(void 0===data.apiVersion){let err0={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"apiVersion"}};null===vErrors?vErrors=[err0]:vErrors.push(err0),errors++}if(void 0===data.kind){let err1={instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty:"kind"}};null===vErrors?vErrors=[err1]:vErrors.push(err1),errors++}void 0!==data.apiVersion&&(validate1(data.apiVersion,{instancePath:instancePath+"/apiVersion",parentData:data,parentDataProperty:"apiVersion",rootData})||(errors=(vErrors=null===vErrors?validate1.errors:vErrors.concat(validate1.errors)).length)),void 0!==data.kind&&(validate3(data.kind,{instancePath:instancePath+"/kind",parentData:data,parentDataProperty:"kind",rootData})||(errors=(vErrors=null===vErrors?validate3.errors:vErrors.concat(validate3.errors)).length)),void 0!==data.metadata&&(validate5(data.metadata,{instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData})||(errors=(vErrors=null===vErrors?validate5.errors:vErrors.concat(validate5.errors)).length))}else{let err2={instancePath,schemaPath:"#/type",keyword:"type",params:{type:"object"}};null===vErrors?vErrors=[err2]:vErrors.push(err2),errors++}return validate0.errors=vErrors,0===errors}
;// CONCATENATED MODULE: ./node_modules/@kubernetes-models/istio/install.istio.io/v1alpha1/IstioOperator.js
class IstioOperator extends model/* Model */.K{static{this.apiVersion="install.istio.io/v1alpha1"}static{this.kind="IstioOperator"}static{this.is=(0,meta/* createTypeMetaGuard */.V)(IstioOperator)}constructor(data){super(),this.setDefinedProps({apiVersion:IstioOperator.apiVersion,kind:IstioOperator.kind,...data})}}(0,model/* setValidateFunc */.V)(IstioOperator,validate);

/***/ })

};
