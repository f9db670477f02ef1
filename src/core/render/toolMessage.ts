// What a renderer's error may say in a report. kustomize, helm and Go's YAML decoder quote what they
// choke on — a helm `fail` message, a value in backticks, an inline patch, an object dump — and that can
// be a Secret's value. The report keeps the file, line and kind of error, never the quoted content, and
// names files by their path in the repository, never by the runner's temporary folder.
import { escapeRegExp } from '../regExpText.js';

const MAX_LENGTH = 600;

/**
 * Paths of the render folder (`<tmp>/slipway-render-XXXXXX/repo/<path>`, and kustomize's `../repo/<path>`
 * from the wrapper) as repository paths; the folder's other files by what they hold.
 */
function repositoryPaths(text: string, renderRoot?: string): string {
  const roots = renderRoot ? [escapeRegExp(renderRoot)] : [];
  // any render folder, wherever TMPDIR put it (a message can name a folder of another render)
  roots.push(String.raw`(?:/[^\s'"\`:\]\[)(]*)?/slipway-render-[A-Za-z0-9]+`);
  let out = text;
  for (const root of roots) {
    out = out
      .replace(new RegExp(`${root}/repo/`, 'g'), '')
      .replace(new RegExp(`${root}/repo(?![\\w/-])`, 'g'), '.')
      .replace(new RegExp(`${root}/inline-values\\.yaml`, 'g'), '(the Application’s helm values)')
      .replace(
        new RegExp(`${root}/wrap(?:/kustomization\\.yaml)?`, 'g'),
        '(the Application’s kustomize overrides)',
      )
      .replace(new RegExp(`${root}/home(?:/[^\\s'"\`]*)?`, 'g'), '(a temporary folder)')
      .replace(new RegExp(`${root}/?`, 'g'), '');
  }
  // the wrapper kustomization names the app's folder as ../repo/<path>
  return out.replace(/(^|[\s'"`[(=])\.\.\/repo(?:\/|(?=['"`\s\])]|$))/gm, '$1');
}

/**
 * Go-quoted strings (`%q`) that hold structure — an escaped newline, tab or quote, `key: value`, a map
 * or a list — are content (an inline patch, a document), not a name: shown as `"…"`. kustomize quotes an
 * inline patch as `[patch: "…"]`, whatever it holds.
 */
function quotedContent(text: string): string {
  return text
    .replace(/(\bpatch: )"(?:[^"\\\n]|\\.)*"/g, '$1"…"')
    .replace(/"((?:[^"\\\n]|\\.)*)"/g, (whole, inner: string) =>
      /\\[nrt"]|:\s|[{[]/.test(inner) ? '"…"' : whole,
    );
}

/** kubectl's klog wrapper: E1126 18:40:58.394804 7095 run.go:72] "command failed" err=<… or err="…". */
const KLOG = /^[EWI]\d{4} [\d:.]+\s+\d+ \S+\] "command failed" err=/;

/** klog's one-line form quotes the whole message: unquoted, so what it quotes in turn is seen as quoted. */
function unwrapKlog(line: string): string {
  const match = KLOG.exec(line);
  if (!match) return line;
  const rest = line.slice(match[0].length);
  if (rest.startsWith('<')) return rest.slice(1);
  const quoted = /^"((?:[^"\\]|\\.)*)"\s*$/.exec(rest);
  if (!quoted) return rest;
  return (quoted[1] as string).replace(/\\(.)/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '' : c,
  );
}

export function safeToolMessage(stderr: string, renderRoot?: string): string {
  const unwrapped = repositoryPaths(stderr, renderRoot).split('\n').map(unwrapKlog).join('\n');
  const lines = quotedContent(unwrapped)
    // Go's decoders and kustomize quote what they choke on in backticks, sometimes over many lines
    .replace(/`[^`]*`/g, '`…`')
    .replace(/^\s*err=<\s*$/gm, '')
    .split('\n')
    .map((line) =>
      line
        // helm: `fail`/`required` messages and template execution errors quote values
        .replace(
          /(execution error at \([^)]*\)):.*$/,
          '$1: (the chart’s message is not shown: it can quote values)',
        )
        // object dumps: map[...] and {"apiVersion": …}
        .replace(/(map\[|\{").*$/, '… (object not shown)'),
    )
    .map((line) => line.trim())
    // klog closes a multi-line err=< … with a lone >
    .filter((line) => line !== '' && line !== '>' && !/^Use --debug flag/.test(line));
  const text = lines.slice(-5).join(' ').trim();
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}
