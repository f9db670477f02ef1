// The label selector of `--selector` / the `selector` input, as kubectl's `-l` reads one.
import { parseSelector, selects, type Selector } from '../../../src/core/argo/selector.js';

const parsed = (text: string): Selector => {
  const selector = parseSelector(text);
  if ('error' in selector) throw new Error(selector.error);
  return selector;
};

test.each([
  ['team=payments', { team: 'payments' }, true],
  ['team==payments', { team: 'payments' }, true],
  ['team=payments', { team: 'search' }, false],
  ['team=payments', {}, false],
  ['team!=payments', { team: 'search' }, true],
  ['team!=payments', {}, true],
  ['team!=payments', { team: 'payments' }, false],
  ['team', { team: 'x' }, true],
  ['team', {}, false],
  ['!team', {}, true],
  ['!team', { team: 'x' }, false],
  ['env in (dev, staging)', { env: 'staging' }, true],
  ['env in (dev, staging)', { env: 'prod' }, false],
  ['env notin (prod)', { env: 'dev' }, true],
  ['env notin (prod)', {}, true],
  ['team=payments,env in (dev,prod)', { team: 'payments', env: 'prod' }, true],
  ['team=payments,env in (dev,prod)', { team: 'payments', env: 'qa' }, false],
  ['app.kubernetes.io/part-of=shop', { 'app.kubernetes.io/part-of': 'shop' }, true],
])('%s selects %j: %p', (text, labels, expected) => {
  expect(selects(parsed(text), labels)).toBe(expected);
});

test.each([
  ['team=payments,', 'an empty requirement'],
  ['team=pay ments', 'is not key=value'],
  ['-team=x', 'is not a label key'],
  ['team=x!', 'is not a label value'],
  ['env in (a,b', 'is not key=value'],
])('%s is refused, saying why', (text, message) => {
  expect(parseSelector(text)).toEqual({ error: expect.stringContaining(message) });
});
