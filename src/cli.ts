// The CLI's entry: everything happens in main().
import './punycodeWarning.js';
import { main } from './cli/program.js';

process.exitCode = await main(process.argv);
