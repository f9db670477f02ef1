// The action's entry: everything happens in run().
import './punycodeWarning.js';
import { run } from './main.js';

void run();
