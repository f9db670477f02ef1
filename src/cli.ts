// The CLI's entry: everything happens in main().
import './punycodeWarning.js';
import { main } from './cli/program.js';
import { endChildProcesses } from './edges/childProcess.js';

process.exitCode = await main(process.argv);
await endChildProcesses();
