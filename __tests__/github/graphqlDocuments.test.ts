// Every GraphQL document Slipway sends is valid against GitHub's public schema, and the stand-in the
// end-to-end tests use answers each of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildSchema, parse, validate } from 'graphql';
import { ROOT } from '../support/runAction.js';

const schema = buildSchema(
  gunzipSync(readFileSync(join(ROOT, '__tests__', 'fixtures', 'github', 'schema.graphql.gz'))).toString(
    'utf8',
  ),
  { assumeValidSDL: true },
);

/** The GraphQL documents in src/: template literals that start with `query Slipway…` or `mutation Slipway…`. */
function documents(): Array<[string, string]> {
  const dir = join(ROOT, 'src', 'github');
  return readdirSync(dir).flatMap((file) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/`\s*((?:query|mutation) (Slipway\w+)[^`]*)`/g)].map(
      (m) => [m[2] as string, m[1] as string] as [string, string],
    ),
  );
}

test('Slipway sends the GraphQL operations this test checks', () => {
  expect(
    documents()
      .map(([name]) => name)
      .sort(),
  ).toEqual([
    'SlipwayBumpState',
    'SlipwayCreateCommitOnBranch',
    'SlipwayDisableAutoMerge',
    'SlipwayEnableAutoMerge',
    'SlipwayRefs',
    'SlipwayUpdateRefs',
    'SlipwayViewer',
  ]);
});

test.each(documents())("%s is valid against GitHub's schema", (_name, document) => {
  expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
});

test.each(documents())('the stand-in answers %s', (name) => {
  const standIn = readFileSync(join(ROOT, '__tests__', 'support', 'githubStandIn.ts'), 'utf8');
  expect(standIn).toContain(`case '${name}':`);
});
