export const id = 79;
export const ids = [79];
export const modules = {

/***/ 1079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TERMINAL_FORMATS: () => (/* binding */ TERMINAL_FORMATS),
  printDiff: () => (/* binding */ printDiff),
  terminalPublisher: () => (/* binding */ terminalPublisher)
});

// EXTERNAL MODULE: ./src/core/report/diffJson.ts
var diffJson = __webpack_require__(929);
// EXTERNAL MODULE: ./src/core/report/diffMarkdown.ts + 1 modules
var diffMarkdown = __webpack_require__(4371);
// EXTERNAL MODULE: ./src/core/report/changeGroups.ts
var changeGroups = __webpack_require__(5536);
// EXTERNAL MODULE: ./src/core/report/reportParts.ts
var reportParts = __webpack_require__(2306);
;// CONCATENATED MODULE: ./src/core/report/diffText.ts


const paint = (color, code, text) => color ? `\u001b[${code}m${text}\u001b[0m` : text;
/** Repository text for a terminal: control characters (escape sequences) shown as U+FFFD. */
// eslint-disable-next-line no-control-regex
const terminalSafe = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
/** For terminals: what changes, the changes made in several apps once, then one block per app; diffs
 * coloured when `color`. */
function diffText(diff, color, context = 3) {
    const diffOf = (0,reportParts/* diffCache */.K_)();
    const grouping = (0,changeGroups/* groupChanges */.t)(diff, (0,reportParts/* changedLines */.MA)(diffOf));
    const out = [(0,reportParts/* header */.wx)(diff).replace(/\*\*/g, '').replace(/`/g, '')];
    const facts = (0,reportParts/* factsLine */.UM)(diff, (text, where) => `${text} ${where}`);
    if (facts !== undefined)
        out.push(terminalSafe(`What changes: ${facts}`));
    // every app that could not be previewed, with its reason (the header only counts them)
    if (diff.notPreviewed.length > 0) {
        out.push('', `Not previewed (${diff.notPreviewed.length}):`);
        for (const n of diff.notPreviewed)
            out.push(`  ${terminalSafe(`${n.name} \u2014 ${n.reason} (${n.file}:${n.line})`)}`);
    }
    const others = diff.otherRevisions ?? [];
    if (others.length > 0) {
        out.push('', `Unaffected: ${others.length} app(s) track another revision:`);
        for (const n of others)
            out.push(`  ${terminalSafe(`${n.name} \u2014 tracks ${n.revision} (${n.file}:${n.line})`)}`);
    }
    const diffLines = (change) => {
        if (change.ignoredLines) {
            out.push('    changed only in ignored lines (ignore-lines)');
            return;
        }
        for (const line of diffOf(change, context).split('\n')) {
            const code = line.startsWith('+') ? 32 : line.startsWith('-') ? 31 : line.startsWith('@@') ? 36 : 0;
            out.push(`    ${code ? paint(color, code, line) : line}`);
        }
    };
    if (grouping.groups.length > 0)
        out.push('', paint(color, 1, 'Changes made in several apps'));
    for (const group of grouping.groups) {
        const { change } = group.shown;
        const names = [...new Set(group.members.map((m) => m.app.name))];
        out.push(terminalSafe(`  ${reportParts/* SIGN */.AJ[change.change]} ${group.kind} ${group.name}  in ${names.length} apps  ${change.consequence}`), terminalSafe(`      apps: ${names.join(', ')}`));
        for (const fact of change.summary)
            out.push(terminalSafe(`      ${fact}`));
        out.push(terminalSafe(`      the diff in ${names[0]}:`));
        diffLines(change);
    }
    for (const app of diff.apps) {
        out.push('', `${paint(color, 1, app.name)} (${(0,reportParts/* syncPolicy */.kh)(app)}) ${app.status !== 'changed' ? `[${app.status}] ` : ''}${(0,reportParts/* counts */.tQ)(app)}`);
        if (app.note)
            out.push(`  ${app.note}`);
        for (const setting of app.settingChanges)
            out.push(`  Application ${setting}`);
        for (const hook of app.hooks)
            out.push(`  hook ${(0,reportParts/* hookLine */.YX)(hook).slice(2)}`);
        for (const step of app.applyOrder ?? [])
            out.push(`  sync order: ${step}`);
        for (const f of app.findings.filter((x) => x.severity !== 'notice'))
            out.push(`  ${f.severity}: ${f.file ?? ''}:${f.line ?? 1}: ${f.message}`);
        const grouped = app.changes.filter((c) => grouping.groupOf.has(c)).length;
        if (grouped > 0)
            out.push(`  ${grouped} change(s) shown above with the other apps they are made in`);
        for (const change of (0,reportParts/* shownChanges */.ph)(app)) {
            if (grouping.groupOf.has(change))
                continue;
            out.push(`  ${reportParts/* SIGN */.AJ[change.change]} ${change.object}  ${change.consequence}`);
            for (const fact of change.summary)
                out.push(`      ${fact}`);
            diffLines(change);
        }
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/report/findings.ts
var findings = __webpack_require__(4642);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/commands/terminalPublish.ts





const TERMINAL_FORMATS = ['text', 'markdown', 'json', 'sarif'];
/** Prints a diff (a merge of shards prints it the same way), with its context lines and Argo CD links. */
function printDiff(diff, counts, format, terminal, settings = { contextLines: 3 }) {
    const context = settings.contextLines;
    if (format === 'json')
        for (const text of (0,diffJson/* diffJsonText */.d)(diff, { ...counts, schemaVersion: version/* REPORT_SCHEMA_VERSION */.W }, context))
            terminal.out(text);
    else if (format === 'markdown')
        terminal.out(`${(0,diffMarkdown/* diffMarkdown */.x)(diff, { commentId: 'cli', context, ...(settings.argocdUrl && { argocdUrl: settings.argocdUrl }) })}\n`);
    else
        terminal.out(diffText(diff, terminal.color, context));
}
/**
 * `check` prints the pull request's comment for markdown and lists the findings; `diff` prints the diff
 * alone (its markdown without the comment's footer), and fails on errors only.
 */
function terminalPublisher(settings, format, command, terminal, edges) {
    return {
        fullReport: (s) => (s.reportPath ? `${s.reportPath}` : '`slipway check --format json`'),
        partial: (path, run) => {
            terminal.err(`shard ${settings.shard?.index}/${settings.shard?.count}: ${run.rendered} render(s); partial report ${path}\n`);
            return { outputs: { report: path } };
        },
        publish: (outcome) => {
            const { run } = outcome;
            const counts = { units: run.units, rendered: run.rendered };
            if (format === 'sarif')
                terminal.out(`${JSON.stringify((0,findings/* toSarif */.zv)(outcome.findings, version/* VERSION */.x), null, 2)}\n`);
            else if (format === 'markdown' && command === 'check')
                terminal.out(`${outcome.comment}\n`);
            else
                printDiff(run.diff, counts, format, terminal, settings);
            terminal.err(`${run.units} app(s), ${run.rendered} render(s) for ${run.changedFiles} changed file(s) in ${edges.clock.now() - outcome.started} ms${outcome.note ? `; ${outcome.note}` : ''}\n`);
            if (command === 'check') {
                // the findings of the action's check, grouped as its annotations are
                for (const group of (0,findings/* groupFindings */.kG)(outcome.findings.filter((f) => f.severity !== 'notice')))
                    terminal.err(`${(0,findings/* groupLine */.uj)(group)}\n`);
                if (outcome.verdict)
                    terminal.err(`${outcome.verdict}\n`);
            }
            return Promise.resolve({
                outputs: {},
                ...(outcome.verdict && { failure: outcome.verdict }),
            });
        },
    };
}


/***/ })

};
