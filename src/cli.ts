// The CLI's entry: everything happens in main().
import { main } from './cli/program.js';

process.exitCode = await main(process.argv);
