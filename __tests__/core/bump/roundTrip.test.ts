// Property: for generated manifests, a bump followed by the reverse bump gives back the original bytes.
// Original tags are ones YAML reads as strings (a plain numeric tag is quoted on its first bump, on purpose).
import fc from 'fast-check';
import { planBump } from '../../../src/core/bump/plan.js';
import { parseImageRef } from '../../../src/core/image/imageRef.js';

const IMAGES = [
  'ghcr.io/acme/api',
  'nginx',
  'localhost:5000/team/app',
  'docker.io/library/redis',
  'ghcr.io/acme/api-sidecar',
];
const tagArb = fc.oneof(
  fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`),
  fc.tuple(fc.nat(9), fc.nat(30)).map(([a, b]) => `v${a}.${b}`),
  fc.stringMatching(/^[0-9a-f]{7}$/).map((h) => `sha-${h}`),
);
const digestArb = fc.option(
  fc.stringMatching(/^[0-9a-f]{64}$/).map((h) => `sha256:${h}`),
  { nil: undefined },
);
const quoteArb = fc.constantFrom('', "'", '"');
const commentArb = fc.constantFrom('', '  # pinned', ' #x');

type Version = { tag: string; digest?: string };

function render(kind: number, name: string, v: Version, q: string, comment: string, i: number): string[] {
  const ref = `${name}:${v.tag}${v.digest ? `@${v.digest}` : ''}`;
  switch (kind) {
    case 0:
      return [`k${i}:`, `  image: ${q}${ref}${q}${comment}`];
    case 1:
      return [`k${i}:`, `  images:`, `    - name: ${name}`, `      newTag: ${q}${v.tag}${q}${comment}`];
    case 2:
      return [`k${i}:`, `  image:`, `    repository: ${name}`, `    tag: ${q}${v.tag}${q}`];
    case 3:
      return [`k${i}: ${q}${v.tag}${q} # slipway: ${name}`];
    default:
      return [`k${i}: {image: "${ref}"}${comment}`];
  }
}

const manifestArb = fc
  .record({
    versions: fc.tuple(...IMAGES.map(() => fc.record({ tag: tagArb, digest: digestArb }))),
    items: fc.array(
      fc.record({
        kind: fc.nat(4),
        image: fc.nat(IMAGES.length - 1),
        q: quoteArb,
        comment: commentArb,
        blank: fc.boolean(),
      }),
      {
        minLength: 1,
        maxLength: 12,
      },
    ),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
    target: fc.nat(IMAGES.length - 1),
    newTag: tagArb,
  })
  .map((m) => {
    const lines = ['# generated manifest'];
    m.items.forEach((item, i) => {
      const name = IMAGES[item.image] as string;
      const version = m.versions[item.image] as Version;
      // tag-field kinds have no digest slot here, so give them digest-free images only
      const v = item.kind === 1 || item.kind === 2 || item.kind === 3 ? { tag: version.tag } : version;
      if (v !== version && version.digest) return;
      lines.push(...render(item.kind, name, v, item.q, item.comment, i));
      if (item.blank) lines.push('');
    });
    const eol = m.crlf ? '\r\n' : '\n';
    return {
      text: lines.join(eol) + (m.finalNewline ? eol : ''),
      target: IMAGES[m.target] as string,
      original: m.versions[m.target] as Version,
      newTag: m.newTag,
    };
  });

test('bump then reverse bump restores the original bytes', () => {
  fc.assert(
    fc.property(manifestArb, ({ text, target, original, newTag }) => {
      const options = { allowDowngrade: true };
      const forward = planBump([['m.yaml', text]], [parseImageRef(`${target}:${newTag}`)], options);
      const bumped = forward.changed.get('m.yaml') ?? text;
      const back = `${target}:${original.tag}${original.digest ? `@${original.digest}` : ''}`;
      const reverse = planBump([['m.yaml', bumped]], [parseImageRef(back)], options);
      expect(reverse.changed.get('m.yaml') ?? bumped).toBe(text);
    }),
    { numRuns: 400 },
  );
});

test('a bump changes only the bytes of tags and digests', () => {
  fc.assert(
    fc.property(manifestArb, ({ text, target, newTag }) => {
      const plan = planBump([['m.yaml', text]], [parseImageRef(`${target}:${newTag}`)], {
        allowDowngrade: true,
      });
      const bumped = plan.changed.get('m.yaml') ?? text;
      // replacing every version (tag with its digest, if any) by V leaves the same skeleton
      const skeleton = (s: string) =>
        s
          .replace(/(?:v?\d+\.\d+(?:\.\d+)?|sha-[0-9a-f]{7})(?:@sha256:[0-9a-f]{64})?/g, 'V')
          .replace(/["']/g, '');
      expect(skeleton(bumped)).toBe(skeleton(text));
    }),
    { numRuns: 300 },
  );
});
