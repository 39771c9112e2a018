/** Entry point of `live-reader` (dist/cli/live-reader.mjs): runs the CLI against the real process. */
import { runCli } from './run';

// `live-reader extract big.html | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  now: new Date(),
});
