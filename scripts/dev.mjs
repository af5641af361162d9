// Serves the Worker offline at http://127.0.0.1:8787 with `wrangler dev`, and stops workerd with it.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const wrangler = fileURLToPath(new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url));
const args = [wrangler, 'dev', '--ip', '127.0.0.1', '--port', '8787', '--local', '--show-interactive-dev-session=false'];

// Offline and quiet: no metrics, no request.cf lookup, no banner.
const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
};

// Its own process group, so one signal reaches wrangler and the workerd it starts
// (killing only wrangler's PID leaves workerd running).
const child = spawn(process.execPath, [...args, ...process.argv.slice(2)], { env, stdio: 'inherit', detached: true });

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has already exited.
  }
  // If workerd ignores the polite signal, make sure it does not outlive us.
  setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Gone, as it should be.
    }
  }, 5000).unref();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));

// `npm start` runs this under `sh -c`, which does not pass on a SIGTERM sent to npm: when the
// parent goes away, this script is re-parented, and that is the cue to stop too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM');
}, 1000).unref();

child.on('exit', (code, signal) => {
  stop('SIGTERM');
  process.exit(code ?? (signal ? 1 : 0));
});
