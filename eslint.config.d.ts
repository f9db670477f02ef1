// The types of what eslint.config.js exports, for the tests that read it (__tests__/core/layers.test.ts).
import type { Linter } from 'eslint';

/** The folders of src/core, lowest first: a folder imports only folders of earlier layers. */
export declare const CORE_LAYERS: string[][];
/** The modules that parse external input: only they may assert an object shape (slipway/no-object-cast). */
export declare const PARSING_MODULES: string[];
declare const config: Linter.Config[];
export default config;
