// `npm run start:scaled -- [--instances N]`: the portal on several processes of one host, one
// build and one SQLite database (WAL), sharing their cache through Redis, behind nginx
// (deploy/nginx.conf with one upstream server per process). What `npm start` prepares, plus:
//   PORT (3000)            nginx, for readers and staff; PORT+1 its loopback cache-refresh server
//   PORT+2                 the private redis-server, unless REDIS_URL names one already running
//   PORT+10 … PORT+9+N     the app processes, on 127.0.0.1 only (--app-port P: P … P+N-1)
//   the M ports after them the search processes
//   --instances N, or WEB_CONCURRENCY, or one per core: how many app processes
//   --search-instances M, or SEARCH_CONCURRENCY, or 1: processes that answer only search pages,
//     at a lower CPU priority (nice 10), with the app processes as their backup in nginx; 0: none,
//     the app processes answer searches too
// A process that exits is started again (nginx sends its requests to the others meanwhile);
// SIGHUP restarts them one at a time, each taken out of nginx first and put back once it answers
// again (a deploy without downtime; processes.json counts the restarts done); SIGINT/SIGTERM
// stops everything. The same layout under systemd: deploy/systemd/.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { removeLeftoverSocket, writeNginxConfig } from '../deploy/nginx-config.cjs';
import { ensureAuthSecret, ensureServerActionsKey } from './auth-secret.mjs';
import { buildIfNeeded, dropBuildTimeHomePage, nextStartArgs, prepareDatabase, serverEnv } from './start.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { instances: { type: 'string' }, 'search-instances': { type: 'string' }, 'app-port': { type: 'string' } } });
/** A count of processes from `value`, or the command stops saying which setting is wrong. */
function processCount(value, setting, min) {
  const count = Number(value);
  if (Number.isInteger(count) && count >= min && count <= 64) return count;
  console.error(`${setting} must be a whole number from ${min} to 64.`);
  process.exit(2);
}
const instances = processCount(values.instances ?? process.env.WEB_CONCURRENCY ?? os.availableParallelism(), '--instances (or WEB_CONCURRENCY)', 1);
const searchInstances = processCount(values['search-instances'] ?? process.env.SEARCH_CONCURRENCY ?? 1, '--search-instances (or SEARCH_CONCURRENCY)', 0);
const port = Number(process.env.PORT ?? 3000);
const firstAppPort = Number(values['app-port'] ?? port + 10);
const appPorts = Array.from({ length: instances }, (_, index) => firstAppPort + index);
const searchPorts = Array.from({ length: searchInstances }, (_, index) => firstAppPort + instances + index);
const databasePath = path.resolve(process.env.DATABASE_PATH || 'data/toasoan.db');
// Redis's and nginx's files: beside the database, like its secrets.
const workDir = path.join(path.dirname(databasePath), 'scaled');
const siteUrl = process.env.SITE_URL ?? `http://localhost:${port}`;

// A crashing process is restarted after 1 s, then 2, 4 … up to 30 s while it keeps crashing.
const RESTART_DELAY_MS = { first: 1_000, max: 30_000 };
// How long the start waits for every process before saying how many answer.
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
// A search process's CPU weight is a tenth of an app process's (CFS weights 110 and 1024): when a
// flood of searches and the readers' pages want the same cores, the readers get them.
const SEARCH_NICE = 10;
let stopping = false;

const say = (message) => console.log(`[start:scaled] ${message}`);
// Whoever reads our output may go away (a closed terminal, a test runner shutting down): the
// processes, Redis and nginx must still be stopped, not left behind by an EPIPE crash.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

/** Resolves once `url` answers 200 (a process is ready), however long that takes, or we stop. */
async function untilAnswers(url) {
  while (!stopping && !(await answers(url, 5_000)));
}

async function answers(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** Runs a child and starts it again whenever it exits, until we stop. */
function supervise(name, start, onLaunch = () => {}) {
  let child = null;
  let delay = RESTART_DELAY_MS.first;
  let startedAt = 0;
  // Set while a restart we asked for is under way: that exit is no crash, so no backoff.
  let onPlannedExit = null;
  const launch = () => {
    // A restart due after a crash, or a start still to come, once we are stopping: nothing is left behind.
    if (stopping) return;
    startedAt = Date.now();
    child = start();
    onLaunch();
    child.on('exit', (code, signal) => {
      child = null;
      if (stopping) return;
      if (onPlannedExit) {
        const launched = onPlannedExit;
        onPlannedExit = null;
        launch();
        launched();
        return;
      }
      // A process that ran a minute was healthy: its next crash restarts it quickly again.
      if (Date.now() - startedAt > 60_000) delay = RESTART_DELAY_MS.first;
      say(`${name} exited (${signal ?? code}); starting it again in ${delay / 1000} s`);
      setTimeout(launch, delay);
      delay = Math.min(delay * 2, RESTART_DELAY_MS.max);
    });
  };
  launch();
  return {
    name,
    /** Stops the running child; `exit` then starts it again unless we are stopping. */
    kill: (signal = 'SIGTERM') => child?.kill(signal),
    pid: () => child?.pid,
    /**
     * Stops the child as a deploy does (SIGTERM: it finishes the requests it has, then exits;
     * SIGKILL if it has not after STOP_TIMEOUT_MS) and starts it again at once. Resolves once
     * the new one is launched.
     */
    restart: () =>
      new Promise((resolve) => {
        // Down already (crashed): its restart is on the way.
        if (!child) return resolve(undefined);
        onPlannedExit = resolve;
        const stopped = child;
        const force = setTimeout(() => stopped.kill('SIGKILL'), STOP_TIMEOUT_MS);
        stopped.once('exit', () => clearTimeout(force));
        stopped.kill('SIGTERM');
      }),
  };
}

function prefixed(name, stream) {
  let rest = '';
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) console.log(`[${name}] ${line}`);
  });
}

function startRedis() {
  const dir = path.join(workDir, 'redis');
  fs.mkdirSync(dir, { recursive: true });
  // A cache: nothing saved to disk. Entries carry a TTL and are the only keys evicted under
  // memory pressure (volatile-lru); the tag times have none and are never evicted.
  const args = ['--port', String(port + 2), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'];
  args.push('--maxmemory', process.env.REDIS_MAXMEMORY ?? '256mb', '--maxmemory-policy', 'volatile-lru', '--daemonize', 'no');
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  prefixed('redis', child.stdout);
  return child;
}

/** Resolves once the Redis on `redisPort` answers PING, however long that takes, or we stop. */
async function untilRedisAnswers(redisPort) {
  while (!stopping) {
    const answered = await new Promise((resolve) => {
      const socket = net.connect(redisPort, '127.0.0.1', () => socket.write('PING\r\n'));
      socket.setTimeout(1_000, () => socket.destroy());
      socket.once('data', (data) => {
        resolve(String(data).startsWith('+PONG'));
        socket.destroy();
      });
      socket.once('error', () => resolve(false));
      socket.once('close', () => resolve(false));
    });
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An app process (`name` "app 1" …), or with `nice` a search process, whose threads all start at that niceness. */
function startApp(appPort, name, nice = 0) {
  const next = [path.join(root, 'node_modules/.bin/next'), ...nextStartArgs(appPort, '127.0.0.1')];
  const [command, ...args] = nice ? ['nice', '-n', String(nice), ...next] : next;
  const child = spawn(command, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    // PORT is this process's own: its scheduler calls itself there.
    env: serverEnv({ ...process.env, PORT: String(appPort), SITE_URL: siteUrl, REDIS_URL: process.env.REDIS_URL }),
  });
  prefixed(name, child.stdout);
  return child;
}

function nginx(configFile, ...args) {
  const dir = path.dirname(configFile);
  const result = spawnSync('nginx', ['-p', dir, '-c', configFile, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`nginx ${args.join(' ')} failed: ${result.stderr}`);
}

ensureAuthSecret();
ensureServerActionsKey();
prepareDatabase();
buildIfNeeded();
dropBuildTimeHomePage();

const nginxDir = path.join(workDir, 'nginx');
const nginxLayout = { listenPort: port, refreshPort: port + 1, upstreamPorts: appPorts, searchPorts, dir: nginxDir };
const nginxConfig = writeNginxConfig(nginxLayout);
// Which process is which, for an operator (and the scaled e2e tests): kill one, restart them all,
// or check that nothing it started outlives it.
const processesFile = path.join(workDir, 'processes.json');
/** @typedef {{ port: number, supervised: ReturnType<typeof supervise> }} AppProcess */
/** @type {AppProcess[]} */
const apps = [];
/** @type {AppProcess[]} */
const searchers = [];
/** @param {AppProcess[]} list */
const recorded = (list) => list.map(({ port: appPort, supervised }) => ({ port: appPort, pid: supervised.pid() ?? null }));
/** @type {ReturnType<typeof supervise> | null} */
let redis = null;
// Rolling restarts finished since the start: a deploy script (or a test) waits for it to grow.
let rollingRestartsDone = 0;
const recordProcesses = () => {
  const nginxPidFile = path.join(nginxDir, 'nginx.pid');
  const state = {
    supervisor: process.pid,
    redisUrl: process.env.REDIS_URL,
    // Only what this command started: null for a Redis named by REDIS_URL, or nginx not yet up.
    redis: redis?.pid() ?? null,
    nginx: fs.existsSync(nginxPidFile) ? Number(fs.readFileSync(nginxPidFile, 'utf8')) : null,
    rollingRestartsDone,
    apps: recorded(apps),
    search: recorded(searchers),
  };
  // Written beside it and renamed over it: whoever polls the file (an operator's script, the
  // scaled tests) reads the old state or the new one, never a half-written file (a test once read
  // it empty during a rolling restart).
  const written = `${processesFile}.${process.pid}.tmp`;
  fs.writeFileSync(written, JSON.stringify(state, null, 2));
  fs.renameSync(written, processesFile);
};
fs.mkdirSync(workDir, { recursive: true });

const children = [];
/** Stops nginx, the processes and Redis, then exits. */
function stopAll(code) {
  stopping = true;
  try {
    nginx(nginxConfig, '-s', 'stop');
  } catch (error) {
    say(String(error));
  }
  for (const child of children) child.kill('SIGTERM');
  // A process still finishing its requests after 5 s is stopped, not left behind running (kept
  // under the 10 s a test runner or systemd gives this command before killing it).
  setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
    process.exit(code);
  }, 5_000).unref();
  setInterval(() => {
    if (children.every((child) => child.pid() === undefined)) process.exit(code);
  }, 100).unref();
}

// From the first child on: a stop asked for while Redis or the processes are still starting
// stops what has started and starts nothing more.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(0));

if (!process.env.REDIS_URL) {
  process.env.REDIS_URL = `redis://127.0.0.1:${port + 2}`;
  redis = supervise('redis', startRedis, recordProcesses);
  children.push(redis);
  // The processes start once it answers: a process whose first connection attempts met no Redis,
  // on busy cores, was seen never to send it a command (its expiries stayed its own).
  await untilRedisAnswers(port + 2);
}
process.env.PROXY_REFRESH_URL ??= `http://127.0.0.1:${port + 1}`;
/** Starts a supervised process on each of `ports` into `list`, named "app 1" … or "search 1" …. */
const launch = (/** @type {AppProcess[]} */ list, /** @type {number[]} */ ports, /** @type {string} */ role, nice = 0) => {
  for (const [index, appPort] of ports.entries()) {
    const name = `${role} ${index + 1}`;
    list.push({ port: appPort, supervised: supervise(name, () => startApp(appPort, name, nice), recordProcesses) });
  }
};
launch(apps, appPorts, 'app');
launch(searchers, searchPorts, 'search', SEARCH_NICE);
recordProcesses();
children.push(...[...apps, ...searchers].map(({ supervised }) => supervised));

if (fs.existsSync(path.join(nginxDir, 'nginx.pid'))) {
  // Left by a run that did not stop cleanly: stop that nginx before starting ours.
  try {
    nginx(nginxConfig, '-s', 'stop');
  } catch {
    fs.rmSync(path.join(nginxDir, 'nginx.pid'), { force: true });
  }
}
removeLeftoverSocket(nginxDir);
try {
  if (!stopping) nginx(nginxConfig);
  recordProcesses();
} catch (error) {
  say(String(error));
  stopAll(1);
}

const ready = await Promise.all([...appPorts, ...searchPorts].map((appPort) => answers(`http://127.0.0.1:${appPort}/api/health`, READY_TIMEOUT_MS)));
const searchReady = searchInstances ? `, ${ready.slice(instances).filter(Boolean).length} of ${searchInstances} search processes (ports ${searchPorts.join(', ')})` : '';
say(`${ready.slice(0, instances).filter(Boolean).length} of ${instances} processes ready (ports ${appPorts.join(', ')})${searchReady}, Redis ${process.env.REDIS_URL}`);
console.log(`\nTòa soạn đang chạy: ${siteUrl} (nginx → ${instances} tiến trình${searchInstances ? ` và ${searchInstances} tiến trình tìm kiếm` : ''})\n`);

/** nginx's worker processes (the children of its master), from /proc. */
function nginxWorkers() {
  const master = fs.readFileSync(path.join(nginxDir, 'nginx.pid'), 'utf8').trim();
  return fs.readdirSync('/proc').filter((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The parent's pid is the second field after the command's closing parenthesis.
      return stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[1] === master;
    } catch {
      return false; // exited meanwhile
    }
  });
}

/**
 * Reloads nginx with `drainedPorts` marked down and resolves once its previous workers have
 * finished every request they had taken and exited: from then on nothing reaches those ports.
 */
async function drainNginx(drainedPorts) {
  writeNginxConfig({ ...nginxLayout, drainedPorts });
  const previous = nginxWorkers();
  nginx(nginxConfig, '-s', 'reload');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (previous.some((pid) => fs.existsSync(`/proc/${pid}`))) {
    if (Date.now() > deadline) return say(`nginx's previous workers still busy after ${STOP_TIMEOUT_MS / 1000} s; going on`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// One process at a time: taken out of nginx, stopped once nginx sends it nothing, started again,
// and put back once it answers; only then the next. No deadline moves on to the next process
// while one is still starting (on busy cores that can take long), so two are never out at once.
let rolling = false;
process.on('SIGHUP', async () => {
  if (rolling) return;
  rolling = true;
  say('rolling restart');
  for (const { port: appPort, supervised } of [...apps, ...searchers]) {
    if (stopping) return;
    await drainNginx([appPort]);
    await supervised.restart();
    await untilAnswers(`http://127.0.0.1:${appPort}/api/health`);
    await drainNginx([]);
  }
  rollingRestartsDone++;
  recordProcesses();
  say('rolling restart done');
  rolling = false;
});
