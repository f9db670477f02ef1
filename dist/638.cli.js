export const id = 638;
export const ids = [638];
export const modules = {

/***/ 5257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   askCheckoutAhead: () => (/* binding */ askCheckoutAhead)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_revision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8206);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6850);
/* harmony import */ var _gitRun_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2525);
// The git questions a preview of a checkout asks before it can start \u2014 where origin is, which branch
// the base stands for, the base and head commits, the base's tree, what changed between them, the listing
// a kept tree index is checked against \u2014 asked ahead, side by side, while the run's code loads (gitRun.ts
// askAhead). Each is the very command the run asks when it reaches it (git.ts, trees.ts), which then
// takes the answer instead of starting git: the same answers, without a process per question one after
// another. A question the run does not reach costs one git process beside the others; a question asked
// here with other arguments than the run's is not answered here, and git is asked then, as before.





const indexFolder = (commonDir) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(commonDir, 'slipway', 'tree-index');
/** Whether an index is kept for this tree in the repository's tree-index folder (under any key). */
function indexKeptFor(commonDir, treeId) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(indexFolder(commonDir)).some((f) => f.startsWith(`${treeId}-`));
    }
    catch {
        return false;
    }
}
/**
 * The tree-index folder of a checkout whose `.git` is a folder (the usual clone, asked at its top), found
 * without asking git; undefined for any other (a worktree, a folder inside the checkout, GIT_DIR set),
 * whose folder the answer of `git rev-parse --git-common-dir` names a round later.
 */
function plainIndexFolder(dir) {
    if (process.env.GIT_DIR !== undefined || process.env.GIT_COMMON_DIR !== undefined)
        return undefined;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git')).isDirectory() ? indexFolder((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, '.git')) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Every question the run will ask that the answers so far let one know of, those asked right after one
 * of them by the same job (the listing, once the base's tree id names a kept index), and those built from
 * the base and head commits asked in this very round (derived: the base's tree and the changes, asked by
 * the script as soon as the commits answer, not a round later).
 */
function questions(dir, reads) {
    const answer = (args) => (0,_gitRun_js__WEBPACK_IMPORTED_MODULE_3__/* .answerAsked */ .hk)(dir, args, true);
    const ok = (args) => {
        const run = answer(args);
        return run?.status === 0 ? run.out.toString('utf8').trim() : undefined;
    };
    const asks = [
        [..._git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.originUrl],
        [..._git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.remoteHead],
        [..._git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commonDir],
        ..._git_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BRANCHES */ .J1.map(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commit),
    ];
    const remoteHead = ok(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.remoteHead);
    if (remoteHead)
        asks.push(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commit(remoteHead));
    let base = reads.base;
    if (base !== undefined) {
        if ((0,_core_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .isRevision */ .o)(base))
            asks.push(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.fullName(base));
    }
    else if (answer(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.remoteHead)) {
        // mergeBaseWithDefault: the first branch there is that has a merge base with HEAD
        for (const candidate of [remoteHead, ..._git_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BRANCHES */ .J1]) {
            if (!candidate)
                continue;
            const there = answer(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commit(candidate));
            if (!there)
                break;
            if (there.status !== 0)
                continue;
            asks.push(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.mergeBase(candidate));
            const merged = answer(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.mergeBase(candidate));
            if (!merged)
                break;
            base = ok(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.mergeBase(candidate));
            if (base)
                break;
        }
    }
    let baseSha;
    // the base's and the head's commit, when asked in this very round (their answers not in yet)
    let baseAsked;
    let headAsked;
    if (base !== undefined && (0,_core_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .isRevision */ .o)(base)) {
        asks.push(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commit(base));
        baseSha = ok(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commit(base));
        if (!answer(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commit(base)))
            baseAsked = _git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commit(base);
    }
    let headSha;
    if (reads.head !== undefined) {
        if ((0,_core_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .isRevision */ .o)(reads.head)) {
            asks.push(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commit(reads.head));
            headSha = ok(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commit(reads.head));
            if (!answer(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commit(reads.head)))
                headAsked = _git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commit(reads.head);
        }
    }
    else {
        // cleanHead: whether the checkout is exactly HEAD's files
        asks.push([..._git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.topLevel], [..._git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.sparse], _git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commit('HEAD'), [..._git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.steering], [..._git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.infoAttributes], [..._git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.status]);
        if (ok(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.status) === '')
            headSha = ok(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commit('HEAD'));
    }
    if (baseSha && headSha)
        asks.push(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .TREE_ASKS */ .EJ.changes(baseSha, headSha));
    const derived = [];
    if ((baseSha || baseAsked) && (headSha || headAsked) && (baseAsked || headAsked)) {
        const from = [baseAsked, headAsked].filter((a) => a !== undefined);
        derived.push({
            from,
            args: (values) => _git_js__WEBPACK_IMPORTED_MODULE_2__/* .TREE_ASKS */ .EJ.changes(baseSha ?? values[0], headSha ?? values.at(-1)),
        });
    }
    const folder = reads.treeIndex && baseAsked ? plainIndexFolder(dir) : undefined;
    if (baseAsked && reads.treeIndex)
        derived.push({
            from: [baseAsked],
            args: ([sha]) => _git_js__WEBPACK_IMPORTED_MODULE_2__/* .TREE_ASKS */ .EJ.tree(sha),
            ...(folder && { followUp: { folder, args: ([sha]) => _git_js__WEBPACK_IMPORTED_MODULE_2__/* .TREE_ASKS */ .EJ.listing(sha) } }),
        });
    const followUps = [];
    if (baseSha && reads.treeIndex) {
        asks.push(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .TREE_ASKS */ .EJ.tree(baseSha));
        const treeId = ok(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .TREE_ASKS */ .EJ.tree(baseSha));
        const common = ok(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_ASKS */ .MG.commonDir);
        if (treeId && common && indexKeptFor((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, common), treeId))
            asks.push(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .TREE_ASKS */ .EJ.listing(baseSha));
        else if (common && !answer(_git_js__WEBPACK_IMPORTED_MODULE_2__/* .TREE_ASKS */ .EJ.tree(baseSha)))
            followUps.push({
                after: _git_js__WEBPACK_IMPORTED_MODULE_2__/* .TREE_ASKS */ .EJ.tree(baseSha),
                folder: indexFolder((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, common)),
                args: _git_js__WEBPACK_IMPORTED_MODULE_2__/* .TREE_ASKS */ .EJ.listing(baseSha),
            });
    }
    return { asks, followUps, derived };
}
/** The asking under way per folder: a later ask waits for it, and asks only what it left unasked. */
const underWay = new Map();
/**
 * Asks git ahead what a preview of the checkout at `dir` will ask, in rounds (a round's answers name the
 * next round's commits), and resolves when there is nothing more to ask. Asked again for the same folder
 * (the CLI asks from the flags as soon as they are read, then from the parsed settings), it waits for the
 * asking under way and asks only what that did not. Never fails: a question left unanswered is asked
 * when the run reaches it.
 */
function askCheckoutAhead(dir, reads) {
    const key = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    const before = underWay.get(key) ?? Promise.resolve();
    const asking = before.then(() => askRounds(dir, reads));
    underWay.set(key, asking);
    return asking;
}
async function askRounds(dir, reads) {
    try {
        if (!(0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .mayBeInRepository */ .IR)(dir))
            return;
        for (let round = 0; round < 6; round++) {
            // (once each: the base may be one of the default branches)
            const { asks, followUps, derived } = questions(dir, reads);
            const unique = new Map(asks.map((args) => [args.join('\0'), args]));
            const fresh = [...unique.values()].filter((args) => !(0,_gitRun_js__WEBPACK_IMPORTED_MODULE_3__/* .answerAsked */ .hk)(dir, args, true));
            if (fresh.length === 0)
                return;
            await (0,_gitRun_js__WEBPACK_IMPORTED_MODULE_3__/* .askAhead */ .xT)(dir, fresh, followUps, derived);
            // (no sh to start them: each is asked when reached)
            if (!fresh.some((args) => (0,_gitRun_js__WEBPACK_IMPORTED_MODULE_3__/* .answerAsked */ .hk)(dir, args, true)))
                return;
        }
    }
    catch {
        // asking ahead only saves time
    }
}


/***/ })

};
