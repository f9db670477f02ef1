// A command's flags read as the action's inputs. Light on purpose: the program (program.ts) reads the
// checkout's revisions from them before the command's code (runners.ts) has loaded.
import type { CheckoutReads } from '../edges/gitAhead.js';
import type { InputGetter } from '../settings/inputs.js';
import { attributeOf, COMMAND_FLAGS, flagName, inputOf, type CliCommand } from './options.js';

/**
 * A command's flags as the inputs of the same names (--kubernetes-version → kubernetes-version, lists one
 * per line; options.ts names the few whose input is spelled otherwise), so the CLI builds its settings
 * with the functions the action uses. `--enable-helm` adds itself to the kustomize build options.
 */
export function flagInputs(command: CliCommand, flags: Record<string, unknown>): InputGetter {
  const inputs = new Map<string, string>();
  for (const key of COMMAND_FLAGS[command]) {
    const name = flagName(key);
    const value = flags[attributeOf(name)];
    const text = Array.isArray(value)
      ? value.join('\n')
      : typeof value === 'string' || typeof value === 'boolean'
        ? String(value)
        : '';
    inputs.set(inputOf(key) ?? name, text);
  }
  const buildOptions = (inputs.get('kustomize-build-options') ?? '').trim();
  if (flags.enableHelm === true && !buildOptions.split(/\s+/).includes('--enable-helm'))
    inputs.set('kustomize-build-options', `${buildOptions} --enable-helm`.trim());
  return (name) => inputs.get(name) ?? '';
}

/**
 * What a preview command will read of its checkout, from its flags as they are (the settings, parsed
 * later, check them): git is asked ahead for these (edges/gitAhead.ts). Where a value is spelled in a way
 * the settings read otherwise, the run asks git itself when it gets there — never a different answer.
 */
export function checkoutReads(command: CliCommand, flags: Record<string, unknown>): CheckoutReads {
  const get = flagInputs(command, flags);
  const base = get('base-revision').trim();
  const head = get('head').trim();
  return {
    ...(base && { base }),
    ...(head && { head }),
    treeIndex: /^true$/i.test(get('tree-index').trim()),
  };
}
