// What a renderer's error may say in a report. kustomize, helm and Go's YAML decoder quote what they
// choke on — a helm `fail` message, a value in backticks, an object dump — and that can be a Secret's
// value. The report keeps the file, line and kind of error, never the quoted content.

const MAX_LENGTH = 600;

export function safeToolMessage(stderr: string): string {
  const lines = stderr
    // Go's decoders and kustomize quote what they choke on in backticks, sometimes over many lines
    .replace(/`[^`]*`/g, '`…`')
    .replace(/^\s*err=<\s*$/gm, '')
    .split('\n')
    // kubectl's klog wrapper: E1126 18:40:58.394804 7095 run.go:72] "command failed" err="…"
    .map((line) => line.replace(/^[EWI]\d{4} [\d:.]+\s+\d+ \S+\] "command failed" err=<?/, ''))
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
