// The report files: the JSON report and shards' partial reports check writes, and the partial reports
// check-merge reads (files, or folders of them: actions/download-artifact's layout).
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportFiles } from '../ports.js';

/** Each path as given when it is a file; every `*.json` below it (sorted) when it is a folder. */
export function reportFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (path: string): void => {
    if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      out.push(path);
      return;
    }
    for (const entry of readdirSync(path).sort()) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) visit(full);
      else if (entry.endsWith('.json')) out.push(full);
    }
  };
  paths.forEach(visit);
  return out;
}

export const localReportFiles: ReportFiles = {
  write(path, text) {
    if (typeof text === 'string') return writeFileSync(path, text);
    const fd = openSync(path, 'w');
    try {
      for (const piece of text) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
  },
  read: (path) => readFileSync(path, 'utf8'),
  expand: reportFiles,
};
