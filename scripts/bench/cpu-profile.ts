// Preloaded into every service by `npm run bench -- --profile DIR` (NODE_OPTIONS=--require, which refuses
// --cpu-prof): samples the process with V8's profiler and writes <service>.<pid>.cpuprofile into DIR at exit.
// Linux only, as is the benchmark's profiling (it finds the services through /proc).
// The files open in Chrome DevTools or speedscope; profile-summary.ts turns them into tables and a flame graph.
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const directory = process.env.CPU_PROFILE_DIR;

/** dist/gateway/src/index.js → gateway; dist/subgraphs/health/src/index.js → health; dist/scripts/x.js → x. */
function serviceName(script = ''): string {
  const parts = script.split(/[\\/]/);
  const src = parts.lastIndexOf('src');
  return src > 0 ? parts[src - 1] : basename(script, '.js') || basename(dirname(script));
}

if (directory) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  // SIGUSR2 starts the profile afresh: the benchmark sends it once the system is up, so start-up is left out.
  process.on('SIGUSR2', () => {
    session.post('Profiler.stop');
    session.post('Profiler.start');
  });
  // An in-process inspector session answers synchronously, so the profile is written even inside 'exit'.
  process.once('exit', () => {
    session.post('Profiler.stop', (err, result) => {
      if (!err) writeFileSync(join(directory, `${serviceName(process.argv[1])}.${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
