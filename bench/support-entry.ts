// What the benchmarks use of the test support (the GitHub stand-in and the runner harness), bundled with
// ncc at bench time so plain Node.js scripts can load it.
export { startStandIn } from '../__tests__/support/githubStandIn.js';
export { runAction } from '../__tests__/support/runAction.js';
