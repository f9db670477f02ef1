// What bench/appset-fleet.mjs uses of the core (bundled with ncc at bench time): the ApplicationSet
// expansion and a file tree from texts.
export { expandApplicationSet } from '../src/core/argo/applicationSets.js';
export { treeFromTexts } from '../src/core/fileTree.js';
