/** Stops the platform a `--keep` benchmark run left running and drops its namespace. */
import { stopKept } from './lib/stack.mjs';

await stopKept();
