// A template's strings rendered as Argo CD's Render.Replace renders them: Go's text/template with sprig
// (goTemplate.ts) or the legacy fasttemplate substitution; every string of a value, map keys too. A
// template rendered with many parameter sets is compiled once (compileValue).
import {
  compileGoTemplate,
  type CompiledTemplate,
  renderGoTemplate,
  renderLegacyTemplate,
} from '../goTemplate.js';
import { isObj, type Context, type Obj, type Params } from './context.js';

/** Renders one string as Argo CD's Render.Replace does: Go's text/template with sprig, or fasttemplate. */
export function replace(text: string, params: Params, ctx: Context, missingKeyError?: boolean): string {
  if (ctx.goTemplate)
    return renderGoTemplate(
      text,
      params,
      missingKeyError === undefined ? ctx.options : { ...ctx.options, missingKeyError },
    );
  return renderLegacyTemplate(text, params);
}

/** Every string of a value, map keys too (deeplyReplace); null map entries are dropped. */
export function renderValue(value: unknown, params: Params, ctx: Context): unknown {
  ctx.options.budget.step();
  if (typeof value === 'string') {
    const rendered = replace(value, params, ctx);
    ctx.options.budget.rendered(rendered.length);
    return rendered;
  }
  if (Array.isArray(value)) return value.map((v) => renderValue(v, params, ctx));
  if (isObj(value)) {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null) continue;
      out[replace(k, params, ctx)] = renderValue(v, params, ctx);
    }
    return out;
  }
  return value;
}

/** A value of a template compiled to render with many parameter sets: what renderValue does, its strings parsed once. */
export type CompiledValue = (params: Params) => unknown;

/**
 * One string of a template, compiled: a parse error is thrown when (and each time) it is rendered, as
 * renderValue throws it. `counted`: a string value (not a key), one step of the budget and its text
 * counted as rendered output, as renderValue counts it.
 */
function compileString(text: string, ctx: Context, counted: boolean): (params: Params) => string {
  const budget = ctx.options.budget;
  if (!text.includes('{{')) {
    if (!counted) return () => text;
    return () => {
      budget.step();
      budget.rendered(text.length);
      return text;
    };
  }
  if (ctx.goTemplate) {
    let compiled: CompiledTemplate;
    try {
      compiled = compileGoTemplate(text, ctx.options.functions);
    } catch (error) {
      return () => {
        if (counted) budget.step();
        throw error;
      };
    }
    return compiled.renderer(ctx.options, counted);
  }
  if (!counted) return (params) => renderLegacyTemplate(text, params);
  return (params) => {
    budget.step();
    const rendered = renderLegacyTemplate(text, params);
    budget.rendered(rendered.length);
    return rendered;
  };
}

/**
 * renderValue compiled once per template: each string (map keys too) parsed once, and every rendering
 * builds fresh maps and lists of its own (no copy needed afterwards), with the same steps of the budget.
 */
export function compileValue(value: unknown, ctx: Context): CompiledValue {
  const budget = ctx.options.budget;
  if (typeof value === 'string') return compileString(value, ctx, true);
  if (Array.isArray(value)) {
    const items = value.map((v) => compileValue(v, ctx));
    return (params) => {
      budget.step();
      const out: unknown[] = new Array(items.length);
      for (let i = 0; i < items.length; i++) out[i] = (items[i] as CompiledValue)(params);
      return out;
    };
  }
  if (isObj(value)) {
    const keys: Array<(params: Params) => string> = [];
    const values: CompiledValue[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (v === null) continue;
      keys.push(compileString(k, ctx, false));
      values.push(compileValue(v, ctx));
    }
    if (Object.keys(value).every((k) => !k.includes('{{'))) {
      // keys as written (most maps): each rendering copies a map that has them already, in their order,
      // with the strings that have no action (their own rendering) in it: those are only counted, in
      // their turn, as renderValue counts them
      const entries = Object.entries(value).filter(([, v]) => v !== null);
      const names = entries.map(([k]) => k);
      const fixed = entries.map(([, v]) => (typeof v === 'string' && !v.includes('{{') ? v.length : -1));
      const shape: Obj = {};
      for (const [k, v] of entries) shape[k] = typeof v === 'string' && !v.includes('{{') ? v : null;
      return (params) => {
        budget.step();
        const out: Obj = { ...shape };
        for (let i = 0; i < names.length; i++) {
          const length = fixed[i] as number;
          if (length < 0) out[names[i] as string] = (values[i] as CompiledValue)(params);
          else {
            budget.step();
            budget.rendered(length);
          }
        }
        return out;
      };
    }
    return (params) => {
      budget.step();
      const out: Obj = {};
      for (let i = 0; i < keys.length; i++)
        out[(keys[i] as (params: Params) => string)(params)] = (values[i] as CompiledValue)(params);
      return out;
    };
  }
  return () => {
    budget.step();
    return value;
  };
}
