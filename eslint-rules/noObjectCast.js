// slipway/no-object-cast: external input is parsed, not cast.
//
// `x as T` (or `<T>x`) where T is an object shape tells the compiler "trust me" about data nobody checked:
// a YAML document, a JSON file, a cache entry. Such data is parsed once, by a schema, in a parsing module
// (eslint.config.js, PARSING_MODULES); everywhere else the types come from the parser, from narrowing
// (`typeof`, `in`, `Array.isArray`, a type guard) or from a typed helper.
//
// Flagged: an assertion whose target type is an object shape — a type literal, an interface or alias of
// one, a mapped type (Record, Partial, Pick …), an array or tuple of those, a union with one of those, an
// intersection with one (unless it brands a primitive), a type parameter constrained to one — and every
// `JSON.parse(…) as T` except `as unknown`.
// Allowed: `as const`; assertions to primitives, literals, `unknown`, functions; `as unknown` itself (the
// outer assertion of `as unknown as T` is judged on T); class instances (their constructor made them);
// interfaces and classes declared by TypeScript's lib or a package's types (Error, Map, RegExp, Buffer,
// NodeJS.ErrnoException, …: runtime objects, not document shapes); `[] as T[]` (an empty array has
// every element type); and an assertion that only drops undefined/null from its operand's type (`xs[i] as T`
// where `xs: T[]`: the non-null assertion under noUncheckedIndexedAccess).
//
// Without type information (a file outside the project) the rule judges the written type only: type
// literals, mapped types, Record<…>, and arrays of those.

import ts from 'typescript';

/** @param {import('typescript')} ts */
function shapeJudge(ts, checker) {
  const libFile = (fileName) => /\/node_modules\/|\/lib\.[^/]*\.d\.ts$/.test(fileName);
  const seen = new Set();
  function isShape(type) {
    if (seen.has(type)) return false;
    seen.add(type);
    try {
      if (type.isUnion()) return type.types.some(isShape);
      if (type.isIntersection()) {
        const primitive = type.types.some(
          (t) => !(t.flags & (ts.TypeFlags.Object | ts.TypeFlags.TypeParameter)),
        );
        return !primitive && type.types.some(isShape);
      }
      if (type.flags & ts.TypeFlags.TypeParameter) {
        const constraint = checker.getBaseConstraintOfType(type);
        return constraint !== undefined && constraint !== type && isShape(constraint);
      }
      if (!(type.flags & ts.TypeFlags.Object)) return false;
      if (checker.isArrayType(type) || checker.isTupleType(type)) {
        return checker.getTypeArguments(type).some(isShape);
      }
      if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return false;
      const symbol = type.getSymbol();
      if (symbol && symbol.flags & ts.SymbolFlags.Class) return false;
      const named = symbol && symbol.flags & ts.SymbolFlags.Interface;
      if (named && (symbol.getDeclarations() ?? []).every((d) => libFile(d.getSourceFile().fileName))) {
        return false;
      }
      return true;
    } finally {
      seen.delete(type);
    }
  }
  return isShape;
}

/** The written type alone: type literals, mapped types, Record<…>, arrays and unions of those. */
function writtenShape(node) {
  switch (node.type) {
    case 'TSTypeLiteral':
    case 'TSMappedType':
      return true;
    case 'TSArrayType':
      return writtenShape(node.elementType);
    case 'TSTupleType':
      return node.elementTypes.some(writtenShape);
    case 'TSUnionType':
    case 'TSIntersectionType':
      return node.types.some(writtenShape);
    case 'TSTypeReference':
      return (
        node.typeName.type === 'Identifier' &&
        ['Record', 'Partial', 'Required', 'Pick', 'Omit', 'Readonly'].includes(node.typeName.name)
      );
    default:
      return false;
  }
}

function isJsonParse(node) {
  return (
    node.type === 'CallExpression' &&
    node.callee.type === 'MemberExpression' &&
    node.callee.object.type === 'Identifier' &&
    node.callee.object.name === 'JSON' &&
    node.callee.property.type === 'Identifier' &&
    node.callee.property.name === 'parse'
  );
}

/** @type {import('eslint').Rule.RuleModule} */
export const noObjectCast = {
  meta: {
    type: 'problem',
    docs: { description: 'External input is parsed by a schema, not cast to an object shape' },
    schema: [],
    messages: {
      shape:
        '`as {{type}}` asserts an object shape nobody checked: parse the input in a parsing module (eslint.config.js, PARSING_MODULES), narrow it, or type the value where it is made.',
      jsonParse:
        '`JSON.parse(…) as {{type}}` trusts a file: parse it with its schema in a parsing module (eslint.config.js, PARSING_MODULES), or take it `as unknown` and narrow.',
    },
  },
  create(context) {
    const source = context.sourceCode;
    const services = source.parserServices;
    const program = services?.program;
    let isShape;
    function check(node) {
      const annotation = node.typeAnnotation;
      if (
        annotation.type === 'TSTypeReference' &&
        annotation.typeName.type === 'Identifier' &&
        annotation.typeName.name === 'const'
      ) {
        return;
      }
      if (annotation.type === 'TSUnknownKeyword') return;
      const typeText = source.getText(annotation);
      if (isJsonParse(node.expression)) {
        context.report({ node, messageId: 'jsonParse', data: { type: typeText } });
        return;
      }
      if (node.expression.type === 'ArrayExpression' && node.expression.elements.length === 0) return;
      let shape;
      if (program && services.esTreeNodeToTSNodeMap) {
        isShape ??= shapeJudge(ts, program.getTypeChecker());
        const checker = program.getTypeChecker();
        const target = checker.getTypeFromTypeNode(services.esTreeNodeToTSNodeMap.get(annotation));
        const operand = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node.expression));
        // an assertion that only drops undefined/null (`xs[i] as T` for `xs[i]!`) claims nothing new
        shape = checker.getNonNullableType(operand) !== target && isShape(target);
      } else {
        shape = writtenShape(annotation);
      }
      if (shape) context.report({ node, messageId: 'shape', data: { type: typeText } });
    }
    return { TSAsExpression: check, TSTypeAssertion: check };
  },
};
