// The action's log. The runner reads every line the action prints for workflow commands (`::name::`
// anywhere at a line's start, `##[name]` anywhere in it): text that holds repository content (file,
// app and object names, messages, renderer errors) must never be read as one. Annotations, debug lines
// and group names go through the toolkit, which escapes what they carry; plain lines that could hold a
// command are printed between `::stop-commands::<token>` and `::<token>::`, the token random for each.
// Invisible and bidi characters (U+202E, U+200B…) are shown as escapes, so a line reads as it is.
import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';
import type { Annotation, Log } from './log.js';
import { visibleLines } from './core/report/markdownText.js';

/** What could make the runner read a line as a command: `::` or `##[` anywhere (lines split on \r too). */
const COULD_COMMAND = /::|##\[/;

/** Lines to print for `text` so that the runner reads none of it as a command. */
export function commandFreeLines(text: string, token = randomBytes(16).toString('hex')): string[] {
  if (!COULD_COMMAND.test(text)) return [text];
  return [`::stop-commands::${token}`, text, `::${token}::`];
}

/** Where an annotation points; its title shown with invisible characters as escapes, its file as it is (the link). */
function annotation(w: Annotation): core.AnnotationProperties {
  return { file: w.file, startLine: w.line, ...(w.title !== undefined && { title: visibleLines(w.title) }) };
}

export const actionLog: Log = {
  info: (m) => {
    for (const line of commandFreeLines(visibleLines(m))) core.info(line);
  },
  debug: (m) => core.debug(visibleLines(m)),
  warning: (m, w) => core.warning(visibleLines(m), w && annotation(w)),
  error: (m, w) => core.error(visibleLines(m), w && annotation(w)),
  notice: (m) => core.notice(visibleLines(m)),
  group: (name, phase) => core.group(name, phase),
};
