// Imported first by both entries. kubernetes-models' format checks (smtp-address-parser, through
// ajv-formats-draft2019) require Node's built-in `punycode`, which Node 21+ deprecates with a DEP0040
// warning on stderr of every run. That one warning is dropped; every other warning still shows.
const emitWarning = process.emitWarning.bind(process);

process.emitWarning = (warning: string | Error, ...rest: unknown[]) => {
  // emitWarning(warning, { code }) or emitWarning(warning, type, code)
  const [options, type] = rest;
  const code =
    typeof options === 'object' ? (options !== null && 'code' in options ? options.code : undefined) : type;
  if (code === 'DEP0040') return;
  (emitWarning as (...args: unknown[]) => void)(warning, ...rest);
};
