export const id = 257;
export const ids = [257,638];
export const modules = {

/***/ 8206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ isRevision)
/* harmony export */ });
// Git revisions that come from inputs or events are checked before git sees them.
/**
 * Whether a revision may be handed to git: a commit id, a ref name or a simple revision expression
 * (`HEAD~1`), never an option such as `--upload-pack=\u2026`. The git edge also passes them after
 * `--end-of-options`.
 */
function isRevision(rev) {
    return (rev.length > 0 &&
        rev.length <= 255 &&
        !rev.startsWith('-') &&
        !rev.includes('..') &&
        // letters, digits and the punctuation of ref names and of `HEAD~1`, `main^2`, `@{u}`
        /^[\w./~^@{}+-]+$/.test(rev));
}


/***/ }),

/***/ 6850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ TREE_ASKS),
/* harmony export */   IR: () => (/* binding */ mayBeInRepository),
/* harmony export */   J1: () => (/* binding */ DEFAULT_BRANCHES),
/* harmony export */   MG: () => (/* binding */ GIT_ASKS),
/* harmony export */   TM: () => (/* binding */ mergeBaseWithDefault),
/* harmony export */   YP: () => (/* binding */ cleanHead),
/* harmony export */   _: () => (/* binding */ baseBranches),
/* harmony export */   eZ: () => (/* binding */ resolveRevision),
/* harmony export */   iH: () => (/* binding */ fetchCommit),
/* harmony export */   sH: () => (/* binding */ originUrl),
/* harmony export */   zp: () => (/* binding */ gitCommonDir)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_revision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8206);
/* harmony import */ var _gitRun_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2525);
// The few git questions Slipway asks of a checkout. Failures come back as undefined, not exceptions.





/** git's answer, trimmed (one asked ahead, if it was: gitRun.ts), or undefined when git fails. */
function git(dir, args) {
    const asked = (0,_gitRun_js__WEBPACK_IMPORTED_MODULE_3__/* .answerAsked */ .hk)(dir, args);
    if (asked)
        return asked.status === 0 ? asked.out.toString().trim() : undefined;
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 })
            .toString()
            .trim();
    }
    catch {
        return undefined;
    }
}
/**
 * Whether git could find a repository from `dir`: a `.git` in it or a folder above it, a bare repository
 * there, or one named by the environment. Where none is, asking git only costs a process.
 */
function mayBeInRepository(dir, env = process.env) {
    if (env.GIT_DIR !== undefined)
        return true;
    for (let folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);; folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(folder)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, '.git')))
            return true;
        if (['HEAD', 'objects', 'refs'].every((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, f))))
            return true;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(folder) === folder)
            return false;
    }
}
/**
 * The questions below, as git is asked them: a command asked ahead (gitAhead.ts) is answered only when
 * its arguments are these very ones.
 */
const GIT_ASKS = {
    originUrl: ['remote', 'get-url', 'origin'],
    remoteHead: ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'],
    commonDir: ['rev-parse', '--git-common-dir'],
    commit: (rev) => ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
    fullName: (rev) => ['rev-parse', '--symbolic-full-name', rev],
    mergeBase: (candidate) => ['merge-base', 'HEAD', candidate],
    topLevel: ['rev-parse', '--show-toplevel'],
    sparse: ['config', '--bool', 'core.sparseCheckout'],
    steering: ['ls-files', '-z', '--', '.gitmodules', '**/.gitattributes', '.gitattributes'],
    infoAttributes: ['rev-parse', '--git-path', 'info/attributes'],
    status: ['status', '--porcelain', '-z', '--untracked-files=all', '--ignore-submodules=none'],
};
/** The commands trees.ts asks of the commits it resolved (asked ahead too, with these very arguments). */
const TREE_ASKS = {
    /** The id of a commit's root tree. */
    tree: (sha) => ['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`],
    /** A revision's listing, without sizes (what a kept index is checked against). */
    listing: (revision) => ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', revision],
    /** What changed between two commits, renames and copies as delete + add. */
    changes: (from, to) => [
        'diff-tree',
        '-r',
        '-z',
        '--no-renames',
        '--end-of-options',
        from,
        to,
    ],
};
/** The branches a base may stand for when none is named, in order: origin's HEAD (found apart) comes first. */
const DEFAULT_BRANCHES = ['origin/main', 'origin/master', 'main', 'master'];
/** The `origin` remote's URL, so Applications pointing at this repository are recognised. */
function originUrl(dir) {
    if (!mayBeInRepository(dir))
        return undefined;
    return git(dir, [...GIT_ASKS.originUrl]) || undefined;
}
/** The repository's git folder shared by its worktrees (absolute), or undefined outside git. */
function gitCommonDir(dir) {
    const common = git(dir, [...GIT_ASKS.commonDir]);
    return common ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir, common) : undefined;
}
/** The commit a revision names, or undefined. */
function resolveRevision(dir, rev) {
    if (!(0,_core_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .isRevision */ .o)(rev) && rev !== 'FETCH_HEAD')
        return undefined;
    return git(dir, GIT_ASKS.commit(rev));
}
/**
 * Fetches a commit (or a branch) from origin into a shallow checkout \u2014 actions/checkout leaves its
 * credentials for this \u2014 and returns the commit fetched.
 */
function fetchCommit(dir, rev) {
    if (!(0,_core_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .isRevision */ .o)(rev))
        return undefined;
    const fetched = git(dir, ['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', 'origin', rev]);
    (0,_gitRun_js__WEBPACK_IMPORTED_MODULE_3__/* .forgetAsked */ .CK)(dir);
    if (fetched === undefined)
        return undefined;
    return resolveRevision(dir, 'FETCH_HEAD');
}
/** Where HEAD left the default branch: merge-base with origin's default branch, else main, else master. */
function mergeBaseWithDefault(dir) {
    const remoteHead = git(dir, [...GIT_ASKS.remoteHead]);
    for (const candidate of [remoteHead, ...DEFAULT_BRANCHES]) {
        if (!candidate || !resolveRevision(dir, candidate))
            continue;
        const base = git(dir, GIT_ASKS.mergeBase(candidate));
        if (base)
            return base;
    }
    return undefined;
}
/**
 * The branch a CLI diff's base stands for, and the default branch (which `HEAD` means in an
 * Application): the branch `base` names (a local branch or a remote-tracking one), else the default
 * branch \u2014 origin's HEAD, else origin/main, origin/master, main, master, the first there is.
 */
function baseBranches(dir, base) {
    const remoteHead = git(dir, [...GIT_ASKS.remoteHead]);
    const candidates = [remoteHead, ...DEFAULT_BRANCHES];
    const found = candidates.find((c) => c && resolveRevision(dir, c));
    const defaultBranch = found?.replace(/^refs\/remotes\//, '').replace(/^origin\//, '');
    // (isRevision refuses a leading `-`; rev-parse would print an --end-of-options back)
    const full = base && (0,_core_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .isRevision */ .o)(base) ? git(dir, GIT_ASKS.fullName(base)) : undefined;
    const named = full?.startsWith('refs/heads/')
        ? full.slice('refs/heads/'.length)
        : full?.startsWith('refs/remotes/')
            ? full.replace(/^refs\/remotes\/[^/]+\//, '')
            : undefined;
    const branch = named ?? defaultBranch;
    return { ...(branch && { branch }), ...(defaultBranch && { defaultBranch }) };
}
/**
 * HEAD's commit when the folder is the top of a git checkout whose files on disk are exactly HEAD's: no
 * change, no untracked file (ignored ones are not Argo CD's either), no submodule, no sparse checkout,
 * and no .gitattributes (a filter or eol rule makes the files on disk differ from the blobs). Else
 * undefined: the folder is read from disk.
 */
function cleanHead(dir) {
    const top = git(dir, [...GIT_ASKS.topLevel]);
    if (!top || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(top) !== (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(dir))
        return undefined;
    if (git(dir, [...GIT_ASKS.sparse]) === 'true')
        return undefined;
    const head = resolveRevision(dir, 'HEAD');
    if (head === undefined)
        return undefined;
    // files HEAD tracks that steer how its blobs become files (and the info/attributes of the clone)
    const steering = git(dir, [...GIT_ASKS.steering]);
    const infoAttributes = git(dir, [...GIT_ASKS.infoAttributes]);
    if (steering !== '' || !infoAttributes || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir, infoAttributes)))
        return undefined;
    const status = git(dir, [...GIT_ASKS.status]);
    return status === '' ? head : undefined;
}


/***/ }),

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


/***/ }),

/***/ 2525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ forgetAsked),
/* harmony export */   hk: () => (/* binding */ answerAsked),
/* harmony export */   pZ: () => (/* binding */ gitAtOnce),
/* harmony export */   uM: () => (/* binding */ gitIn),
/* harmony export */   xT: () => (/* binding */ askAhead)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// git in one repository, its output whole \u2014 written to a file and read back, not read from a pipe. Node
// reads a child's pipe 64 KiB at a time: the ~20 MB that `ls-tree` and `cat-file` print for a revision of
// 10,000 apps cost it ~0.5 s of CPU and twice the wall time of git itself; from a file it is one read.




/** A folder of its own for one call's input and output files (removed when the call returns). */
const scratch = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'slipway-git-'));
/** The failure of one git run, as execFileSync throws it: `status` is git's exit code. */
class GitFailed extends Error {
    status;
    stderr;
    constructor(args, status, stderr) {
        super(`Command failed: git ${args.join(' ')}${stderr ? `\n${stderr}` : ''}`);
        this.status = status;
        this.stderr = stderr;
    }
}
/**
 * Runs git in `repoDir` (stdin: `input`), returning what it printed; throws when it exits non-zero. With
 * `env`, git runs in that environment only (another repository's cache: otherRepositories.ts).
 */
const gitIn = (repoDir, env) => (args, input) => {
    const asked = input === undefined && !env ? answerAsked(repoDir, args) : undefined;
    if (asked) {
        if (asked.status !== 0)
            throw new GitFailed(args, asked.status, asked.stderr);
        return asked.out;
    }
    const folder = scratch();
    const inPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, 'in');
    const outPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, 'out');
    let inFd;
    const outFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(outPath, 'w', 0o600);
    try {
        if (input !== undefined) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(inPath, input, { mode: 0o600 });
            inFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(inPath, 'r');
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, {
            cwd: repoDir,
            stdio: [inFd ?? 'ignore', outFd, 'pipe'],
            maxBuffer: 1 << 24,
            ...(env && { env }),
        });
        if (child.error)
            throw child.error;
        if (child.status !== 0)
            throw new GitFailed(args, child.status, child.stderr.toString('utf8').trim());
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(outPath);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(outFd);
        if (inFd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(inFd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(folder, { recursive: true, force: true });
    }
};
/**
 * Runs several git commands in `repoDir` side by side (one `sh` starts them all and waits for each), for
 * questions that do not depend on each other's answers: the second runs while the first waits on the
 * disk or the other core. Every argument reaches git as `"$n"`, never as shell text. Where there is no
 * `sh` (Windows without Git's), they run one after another.
 */
function gitAtOnce(repoDir, runs, env) {
    const { folder, script, params, files } = atOnceScript(runs);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('sh', ['-c', script, 'sh', ...params], {
        cwd: repoDir,
        stdio: 'ignore',
        ...(env && { env }),
    });
    try {
        if (child.error) {
            const git = gitIn(repoDir, env);
            return runs.map((args) => {
                try {
                    return { status: 0, out: git([...args]), stderr: '' };
                }
                catch (error) {
                    const failed = error instanceof GitFailed ? error : undefined;
                    return { status: failed?.status ?? null, out: Buffer.alloc(0), stderr: failed?.stderr ?? '' };
                }
            });
        }
        return files.map(readRun);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(folder, { recursive: true, force: true });
    }
}
/** Where a derived command's argument holds value N (a marker no argument can hold: a NUL). */
const valueMarker = (n) => `\0${n}\0`;
const VALUE_MARKERS = /\0(\d+)\0/;
/**
 * One `sh` script starting every run in the background and waiting for them all; each run's files, then
 * each follow-up's (`followed`: no status file when it was not asked), then each derived command's and its
 * follow-up's (`derivedFiles`). The derived commands start once the runs they are built from are done.
 */
function atOnceScript(runs, followUps = [], derived = []) {
    const folder = scratch();
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, 'run');
    const params = [];
    const param = (value) => `"\${${params.push(value)}}"`;
    const lines = [];
    const filesOf = (k) => ({
        out: `${base}.${k}.out`,
        err: `${base}.${k}.err`,
        status: `${base}.${k}.status`,
    });
    // an argument as one shell word: its text from parameters, each value marker as "$vN"
    const word = (arg) => arg
        .split(VALUE_MARKERS)
        .map((part, i) => (i % 2 === 1 ? `"$v${part}"` : part === '' ? '' : param(part)))
        .join('') || "''";
    const ask = (args, { out, err, status }) => `git ${args.map(word).join(' ')} >${param(out)} 2>${param(err)}; echo $? >${param(status)}`;
    // (a tree id is hex: anything else, as an empty or failed answer, matches no file)
    const followUp = (answer, folder, args, theirs) => `t=$(cat ${param(answer.out)}); case "$t" in ''|*[!0-9a-f]*) ;; *) for f in ${param(folder)}/"$t"-*; do [ -e "$f" ] && { ${ask(args, theirs)}; }; break; done;; esac`;
    const key = (args) => args.join('\0');
    const runIndex = new Map(runs.map((args, k) => [key(args), k]));
    const needed = new Set(derived.flatMap((d) => d.from.map((args) => runIndex.get(key(args)))));
    const files = runs.map((args, k) => {
        const own = filesOf(k);
        const then = followUps.flatMap((f, j) => key(f.after) === key(args) ? [followUp(own, f.folder, f.args, filesOf(runs.length + j))] : []);
        lines.push(`{ ${[ask(args, own), ...then].join('; ')}; } &${needed.has(k) ? ` p${k}=$!` : ''}`);
        return own;
    });
    const derivedFiles = derived.map((d, j) => {
        const own = filesOf(runs.length + followUps.length + 2 * j);
        const theirs = filesOf(runs.length + followUps.length + 2 * j + 1);
        const markers = d.from.map((_, n) => valueMarker(n));
        // each value read from its run's answer, and checked: a hex object id, or nothing is asked
        const values = d.from.map((args, n) => {
            const from = files[runIndex.get(key(args))];
            return `v${n}=$(cat ${param(from.out)}); case "$v${n}" in ''|*[!0-9a-f]*) exit 0;; esac`;
        });
        const then = d.followUp ? [followUp(own, d.followUp.folder, d.followUp.args(markers), theirs)] : [];
        return { line: `( ${[...values, ask(d.args(markers), own), ...then].join('; ')} ) &`, own, theirs };
    });
    if (derived.length > 0) {
        lines.push(`wait ${[...needed].map((k) => `"$p${k}"`).join(' ')}`);
        lines.push(...derivedFiles.map((d) => d.line));
    }
    lines.push('wait');
    return {
        folder,
        script: lines.join('\n'),
        params,
        files,
        followed: followUps.map((_, j) => filesOf(runs.length + j)),
        derivedFiles,
    };
}
/** What one run of the script printed, and how it exited. */
function readRun({ out, err, status }) {
    // (a run that left no status or output, as when sh was stopped, failed)
    const read = (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, { flag: 'a+' });
    const code = Number(read(status).toString('utf8').trim() || 'NaN');
    return {
        status: Number.isInteger(code) ? code : null,
        out: read(out),
        stderr: read(err).toString('utf8').trim(),
    };
}
/**
 * Answers of git commands asked ahead (askAhead), by folder and arguments. A command of this run asked
 * again in the same folder with the same arguments, no input and git's own environment takes its answer
 * here instead of starting git: a run's questions of its checkout are asked side by side while its code
 * loads, not one after another when each is reached. Answers longer than SHORT are handed out once.
 */
const asked = new Map();
const SHORT = 1 << 12;
const askedKey = (repoDir, args) => `${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(repoDir)}\0${args.join('\0')}`;
/** The answer asked ahead for exactly this command in this folder, if there is one (`peek`: kept however long). */
function answerAsked(repoDir, args, peek = false) {
    const key = askedKey(repoDir, args);
    const answer = asked.get(key);
    if (answer && !peek && answer.out.length > SHORT)
        asked.delete(key);
    return answer;
}
/** Forgets the answers asked ahead in a folder: what git answers there may have changed (a fetch). */
function forgetAsked(repoDir) {
    const prefix = `${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(repoDir)}\0`;
    for (const key of asked.keys())
        if (key.startsWith(prefix))
            asked.delete(key);
}
/**
 * Runs git commands in `repoDir` side by side without waiting for them (one `sh`, as gitAtOnce), and
 * keeps each one's answer for the run to take when it asks the same (answerAsked). Resolves once they
 * have all answered; where no `sh` starts, with no answer kept (each command runs when it is reached).
 */
function askAhead(repoDir, runs, followUps = [], derivedAsks = []) {
    const fresh = runs.filter((args) => !asked.has(askedKey(repoDir, args)));
    const isFresh = (args) => fresh.some((run) => run.join('\0') === args.join('\0'));
    const following = followUps.filter((f) => isFresh(f.after) && !asked.has(askedKey(repoDir, f.args)));
    // (built only from this script's runs: an answer already in names its commands outright)
    const derived = derivedAsks.filter((d) => d.from.length > 0 && d.from.every(isFresh));
    if (fresh.length === 0)
        return Promise.resolve();
    const { folder, script, params, files, followed, derivedFiles } = atOnceScript(fresh, following, derived);
    return new Promise((done) => {
        let settled = false;
        const finish = (ran) => {
            if (settled)
                return;
            settled = true;
            try {
                if (!ran)
                    return;
                fresh.forEach((args, k) => asked.set(askedKey(repoDir, args), readRun(files[k])));
                // (left unasked: no kept index for that tree)
                const keep = (args, run) => {
                    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(run.status))
                        asked.set(askedKey(repoDir, args), readRun(run));
                };
                following.forEach((f, j) => keep(f.args, followed[j]));
                derived.forEach((d, j) => {
                    // the values the script read, as it read them: a hex object id each, or it asked nothing
                    const values = d.from.map((args) => {
                        const answer = asked.get(askedKey(repoDir, args));
                        const value = answer?.status === 0 ? answer.out.toString('utf8').trim() : '';
                        return /^[0-9a-f]+$/.test(value) ? value : undefined;
                    });
                    const ran = derivedFiles[j];
                    if (!ran || !values.every((v) => v !== undefined))
                        return;
                    keep(d.args(values), ran.own);
                    if (d.followUp)
                        keep(d.followUp.args(values), ran.theirs);
                });
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(folder, { recursive: true, force: true });
                done();
            }
        };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('sh', ['-c', script, 'sh', ...params], { cwd: repoDir, stdio: 'ignore' });
        child.once('error', () => finish(false));
        child.once('close', (code, signal) => finish(code === 0 && signal === null));
    });
}


/***/ })

};
