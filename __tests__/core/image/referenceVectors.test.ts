// Test vectors from distribution/reference (github.com/distribution/reference), the grammar Slipway
// follows (imageRef.ts): its tables turned into facts — input, and whether it parses to which name, tag
// and digest — each citing file and line at commit 0965666a6ade2e06035fe352e38344be1e68951a (v0.6.0 and
// 22 commits, none changing the grammar; v0.6.0 is ff14fafe2236e51c2894ac07d4bdfc778e96d682).
// Slipway parses as ParseNormalizedNamed does (a first component without "." or ":" and not localhost
// is a Docker Hub path), so only vectors that read the same both ways are here. Left out: the digest
// algorithms that are valid but not registered in Go by default (sha512 at reference_test.go:102, an
// algorithm named "invaliddigest" at :97): which algorithms a Go program registers is not the grammar.
import { parseImageRef, tryParseImageRef } from '../../../src/core/image/imageRef.js';

const F = 'f'.repeat(64);

// reference_test.go, TestReferenceParse: [line, input, name, tag, digest]
const parsed: Array<[number, string, string, string?, string?]> = [
  [32, 'test_com', 'test_com'],
  [36, 'test.com:tag', 'test.com', 'tag'],
  [41, 'test.com:5000', 'test.com', '5000'],
  [46, 'test.com/repo:tag', 'test.com/repo', 'tag'],
  [52, 'test:5000/repo', 'test:5000/repo'],
  [57, 'test:5000/repo:tag', 'test:5000/repo', 'tag'],
  [63, `test:5000/repo@sha256:${F}`, 'test:5000/repo', undefined, `sha256:${F}`],
  [69, `test:5000/repo:tag@sha256:${F}`, 'test:5000/repo', 'tag', `sha256:${F}`],
  [120, 'lowercase:Uppercase', 'lowercase', 'Uppercase'],
  [129, `${'a/'.repeat(127)}a:tag-puts-this-over-max`, `${'a/'.repeat(127)}a`, 'tag-puts-this-over-max'],
  [139, 'sub-dom1.foo.com/bar/baz/quux', 'sub-dom1.foo.com/bar/baz/quux'],
  [144, 'sub-dom1.foo.com/bar/baz/quux:some-long-tag', 'sub-dom1.foo.com/bar/baz/quux', 'some-long-tag'],
  [
    150,
    'b.gcr.io/test.example.com/my-app:test.example.com',
    'b.gcr.io/test.example.com/my-app',
    'test.example.com',
  ],
  [156, 'xn--n3h.com/myimage:xn--n3h.com', 'xn--n3h.com/myimage', 'xn--n3h.com'],
  [
    162,
    `xn--7o8h.com/myimage:xn--7o8h.com@sha256:${F}`,
    'xn--7o8h.com/myimage',
    'xn--7o8h.com',
    `sha256:${F}`,
  ],
  [169, 'foo_bar.com:8080', 'foo_bar.com', '8080'],
  [174, 'foo/foo_bar.com:8080', 'foo/foo_bar.com', '8080'],
  [180, '192.168.1.1', '192.168.1.1'],
  [184, '192.168.1.1:tag', '192.168.1.1', 'tag'],
  [189, '192.168.1.1:5000', '192.168.1.1', '5000'],
  [194, '192.168.1.1/repo', '192.168.1.1/repo'],
  [199, '192.168.1.1:5000/repo', '192.168.1.1:5000/repo'],
  [204, '192.168.1.1:5000/repo:5050', '192.168.1.1:5000/repo', '5050'],
  [222, '[2001:db8::1]/repo', '[2001:db8::1]/repo'],
  [227, '[2001:db8:1:2:3:4:5:6]/repo:tag', '[2001:db8:1:2:3:4:5:6]/repo', 'tag'],
  [233, '[2001:db8::1]:5000/repo', '[2001:db8::1]:5000/repo'],
  [238, '[2001:db8::1]:5000/repo:tag', '[2001:db8::1]:5000/repo', 'tag'],
  [244, `[2001:db8::1]:5000/repo@sha256:${F}`, '[2001:db8::1]:5000/repo', undefined, `sha256:${F}`],
  [250, `[2001:db8::1]:5000/repo:tag@sha256:${F}`, '[2001:db8::1]:5000/repo', 'tag', `sha256:${F}`],
  [257, '[2001:db8::]:5000/repo', '[2001:db8::]:5000/repo'],
  [262, '[::1]:5000/repo', '[::1]:5000/repo'],
  // the 255 limit is the path's, without the domain
  [275, `example.com/${'a'.repeat(255)}:tag`, `example.com/${'a'.repeat(255)}`, 'tag'],
];

// every row as five values (jest passes `done` in place of a missing last argument)
const rows = parsed.map(([line, input, name, tag, digest]) => [
  line,
  input,
  name,
  tag ?? null,
  digest ?? null,
]);

test.each(rows)('reference_test.go:%i %s parses', (_line, input, name, tag, digest) => {
  const ref = parseImageRef(input as string);
  expect({ name: ref.name, tag: ref.tag ?? null, digest: ref.digest ?? null }).toEqual({ name, tag, digest });
});

// reference_test.go, TestReferenceParse: inputs that are errors
const refused: Array<[number, string]> = [
  [81, ''],
  [85, ':justtag'],
  [89, `@sha256:${F}`],
  [93, `repo@sha256:${'f'.repeat(34)}`],
  [106, 'Uppercase:tag'],
  [116, 'test:5000/Uppercase/lowercase:tag'],
  [125, `domain/${'a'.repeat(256)}:tag`],
  [135, 'aa/asdf$$^/aa'],
  [210, '[2001:db8::1]'],
  [214, '[2001:db8::1]:5000'],
  [218, '[2001:db8::1]:tag'],
  [267, '[fe80::1%eth0]:5000/repo'],
  [271, '[fe80::1%@invalidzone]:5000/repo'],
];

test.each(refused)('reference_test.go:%i %s is refused', (_line, input) => {
  expect(tryParseImageRef(input)).toBeUndefined();
});

// regexp_test.go, TestDomainRegexp: [line, domain, matches] — read as the domain of `<domain>/repo`.
// Its "a" (line 64) is a domain to the regular expression but a Docker Hub path to ParseNormalizedNamed,
// and its ports of 6 digits (128, 156) match the expression and "fail in validation", which Go's
// reference package does not do either: both parse, as here.
const domains: Array<[number, string, boolean]> = [
  [44, 'test.com', true],
  [48, 'test.com:10304', true],
  [52, 'test.com:http', false],
  [56, 'localhost', true],
  [60, 'localhost:8080', true],
  [68, 'a.b', true],
  [72, 'ab.cd.com', true],
  [76, 'a-b.com', true],
  [80, '-ab.com', false],
  [84, 'ab-.com', false],
  [88, 'ab.c-om', true],
  [92, 'ab.-com', false],
  [96, 'ab.com-', false],
  [100, '0101.com', true],
  [104, '001a.com', true],
  [108, 'b.gbc.io:443', true],
  [112, 'b.gbc.io', true],
  [116, 'xn--n3h.com', true],
  [120, 'Asdf.com', true],
  [124, '192.168.1.1:75050', true],
  [128, '192.168.1.1:750050', true],
  [132, '[fd00:1:2::3]:75050', true],
  [136, '[fd00:1:2::3]75050', false],
  [140, '[fd00:1:2::3]::75050', false],
  [144, '[fd00:1:2::3%eth0]:75050', false],
  [148, '[fd00123123123]:75050', true],
  [152, '[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:75050', true],
  [156, '[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:750505', true],
  [160, 'fd00:1:2::3:75050', false],
];

test.each(domains)('regexp_test.go:%i %s as a registry: %s', (_line, domain, valid) => {
  const ref = tryParseImageRef(`${domain}/repo:1`);
  expect(ref?.name).toBe(valid ? `${domain}/repo` : undefined);
});

test('a bracketed host holds an IPv6 address: hex digits and colons, no IPv4 tail', () => {
  // ipv6address in regexp.go (v0.6.0): `\[(?:[a-fA-F0-9:]+)\]`
  expect(tryParseImageRef('[2001:db8:3:4::192.0.2.33]:5000/debian:1.0.0')).toBeUndefined();
});

test('the Docker Hub path counts library/: 247 characters plus library/ is too long', () => {
  // ParseNormalizedNamed parses docker.io/library/<name>: the path checked is library/<name>
  expect(tryParseImageRef('a'.repeat(247))?.canonical).toBe(`docker.io/library/${'a'.repeat(247)}`);
  expect(tryParseImageRef('a'.repeat(248))).toBeUndefined();
});
