// Load bench (printed figures, not a test): the Release gateway against the standalone snapshot, 127.0.0.1 only.
// Two runs, each on a fresh gateway process: normal traffic alone, then the same traffic beside connections that
// send 1 MB documents without pause. Prints req/s, p50/p99 of the normal traffic, peak RSS and the ratio.
// Usage (from the repository root, after `npm ci` in bench/load):
//   [GATEWAY_ARGS="--Key value …"] node bench/load/run.mjs [--seconds 60] [--connections 64] [--attackers 8]
//     [--no-build] [--repeat N] [--sink]
// --repeat N: N alone/attack pairs back to back (fresh gateway each run), then the medians and the spread (min–max),
//   for a machine shared with other work. --sink: the attackers send their 1 MB documents to a separate process that
//   answers 413 at once instead of to the gateway — the control that shows what the load generator's own cost of
//   sending them takes from the normal traffic on the same cores. GATEWAY_TASKSET="0": the gateway pinned to those
//   cores (taskset -c); run the bench itself under `taskset -c 1 node …` to keep the load generator off them.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startProcess, stop, waitFor } from './processes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const seconds = option('seconds', 60);
const connections = option('connections', 64);
const attackers = option('attackers', 8);
const repeat = option('repeat', 1);
const sink = process.argv.includes('--sink');
const gatewayTaskset = process.env.GATEWAY_TASKSET;
// Extra gateway settings to compare, e.g. GATEWAY_ARGS="--Kestrel:Limits:MaxRequestBufferSize 131072".
const gatewayArguments = (process.env.GATEWAY_ARGS ?? '').split(' ').filter(Boolean);
const snapshotPort = 5190;
const gatewayPort = 5191;
const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
const sinkPort = 5192;

// The mix a docking feed frontend sends: the feed page most, then a station detail and a node refetch.
const feed = `{ dockingEvents(first: 10, order: [{ docking: DESC }]) { totalCount pageInfo { endCursor hasNextPage }
  nodes { id docking departure dockingLocation { name } spaceStationTarget { name }
    flightVehicleChaser { spacecraft { name } launch { name } } } } }`;
const station = `{ spaceStation(id: 4) { id name status { name } orbit founded onboardCrew dockedVehicles
  owners { name abbrev } dockingEvents(first: 5, order: [{ docking: DESC }]) { nodes { docking
    flightVehicleChaser { spacecraft { name } } } } } }`;
const refetch = `{ node(id: "RG9ja2luZ0V2ZW50OjYzOQ==") { id ... on DockingEvent { docking departure
  dockingLocation { name } flightVehicleChaser { spacecraft { name } } } } }`;
const post = (query) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const mix = [post(feed), post(station), post(feed), post(refetch), post(feed)];

function start(name, args, command = 'dotnet') {
  const [file, argv] = command === 'dotnet' && name === 'gateway' && gatewayTaskset
    ? ['taskset', ['-c', gatewayTaskset, 'dotnet', ...args]] : [command, args];
  return startProcess(name, file, argv, root);
}

// utime + stime of a process, in seconds (clock ticks of 1/100 s).
const cpuSeconds = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const benchCpuSeconds = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1e6; };

// The whole machine's CPU (/proc/stat, all cores) since `since`, in seconds: user (nice included), system, softirq
// (loopback TCP work is accounted here, to no process) and idle — what other engineers' builds took shows as user.
function machineCpu(since) {
  const [, user, nice, system, idle, iowait, irq, softirq, steal] =
    readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const now = { user: (user + nice) / 100, system: (system + irq) / 100, softirq: softirq / 100,
    idle: (idle + iowait + steal) / 100 };
  return since ? Object.fromEntries(Object.keys(now).map((k) => [k, now[k] - since[k]])) : now;
}

// The attackers in their own process (bench/load/attacker.mjs), pinned with ATTACKER_TASKSET when set.
function attack(url) {
  const args = [path.join(root, 'bench/load/attacker.mjs'), url, String(attackers), String(seconds)];
  const [file, argv] = process.env.ATTACKER_TASKSET
    ? ['taskset', ['-c', process.env.ATTACKER_TASKSET, process.execPath, ...args]] : [process.execPath, args];
  const child = spawn(file, argv, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  let cpu = 0;
  const sampler = setInterval(() => { try { cpu = cpuSeconds(child.pid); } catch { /* gone */ } }, 250);
  return new Promise((resolve, reject) => child.on('exit', (code) => {
    clearInterval(sampler);
    if (code !== 0) reject(new Error(`attacker exited ${code}`));
    else resolve({ ...JSON.parse(out.trim().split('\n').pop()), cpu });
  }));
}

const status = (pid, field) =>
  Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+) kB`))[1]) / 1024;

function cannon(options, url = gatewayUrl) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, timeout: 30, ...options }, (error, result) =>
      error ? reject(error) : resolve(result));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

async function check(query) {
  const response = await fetch(`${gatewayUrl}/graphql`, post(query));
  const body = await response.json();
  if (response.status !== 200 || body.errors) {
    throw new Error(`the mix does not run cleanly: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  }
}

async function run(label, withAttack) {
  const gateway = start('gateway', [
    'src/DockingGraph.Gateway/bin/Release/net10.0/DockingGraph.Gateway.dll', '--urls', gatewayUrl,
    '--LaunchLibrary:BaseUrl', `http://127.0.0.1:${snapshotPort}/2.3.0/`, '--Ide:Enabled', 'false',
    // As deployed: appsettings.json (log levels) is read from the content root, the build output, not the cwd.
    '--contentRoot', path.join(root, 'src/DockingGraph.Gateway/bin/Release/net10.0'),
    // The snapshot's api-throttle counts every gateway's calls: without this the budget of 15 an hour is spent after
    // a few runs of --repeat. The local snapshot spends no real budget.
    '--Ll2Budget:SyncWithApiThrottle', 'false', '--Ll2Budget:Calls', '100000',
    ...gatewayArguments,
  ]);
  try {
    await waitFor(`${gatewayUrl}/health/live`);
    for (const query of [feed, station, refetch]) await check(query);
    await cannon({ connections, duration: 5, requests: mix }); // warm-up: JIT, pools, tiered compilation
    const rssBefore = status(gateway.pid, 'VmRSS');
    let peakRss = rssBefore;
    const sampler = setInterval(() => { peakRss = Math.max(peakRss, status(gateway.pid, 'VmRSS')); }, 250);
    const cpu = {
      gateway: cpuSeconds(gateway.pid), snapshot: cpuSeconds(snapshot.pid), bench: benchCpuSeconds(),
      machine: machineCpu(),
    };
    const runs = [cannon({ connections, duration: seconds, requests: mix })];
    if (withAttack) {
      runs.push(attack(sink ? `http://127.0.0.1:${sinkPort}` : gatewayUrl));
    }
    const [normal, attackResult] = await Promise.all(runs);
    clearInterval(sampler);
    const hwm = status(gateway.pid, 'VmHWM');
    const used = {
      gateway: cpuSeconds(gateway.pid) - cpu.gateway,
      snapshot: cpuSeconds(snapshot.pid) - cpu.snapshot,
      bench: benchCpuSeconds() - cpu.bench + (attackResult?.cpu ?? 0),
    };
    const machine = machineCpu(cpu.machine);
    return { label, normal, attack: attackResult, rssBefore, peakRss: Math.max(peakRss, hwm), used, machine };
  } finally {
    await stop(gateway);
  }
}

if (!process.argv.includes('--no-build')) {
  for (const project of ['src/DockingGraph.Gateway', 'src/DockingGraph.Snapshot']) {
    const built = spawnSync('dotnet', ['build', '-c', 'Release', project, '-v', 'quiet', '-nologo'],
      { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
}

// The built assemblies rather than `dotnet run`, so that the pid read for RSS is the server's own.
const snapshot = start('snapshot', [
  'src/DockingGraph.Snapshot/bin/Release/net10.0/DockingGraph.Snapshot.dll',
  '--urls', `http://127.0.0.1:${snapshotPort}`,
]);
// The control for --sink: answers every request 413 with Connection: close as soon as its headers are in, the
// least any server can do with a 1 MB document; a separate process, so that its cost is not the bench's.
const sinkServer = sink ? start('sink', ['-e', `
  require('node:net').createServer((socket) => {
    let head = '';
    socket.on('data', (chunk) => {
      if (head === null) return;
      head += chunk.toString('latin1');
      if (head.includes('\\r\\n\\r\\n')) {
        head = null;
        socket.end('HTTP/1.1 413 Payload Too Large\\r\\nContent-Length: 0\\r\\nConnection: close\\r\\n\\r\\n');
        socket.destroySoon?.();
      }
    });
    socket.on('error', () => {});
  }).listen(${sinkPort}, '127.0.0.1');`], 'node') : null;
try {
  await waitFor(`http://127.0.0.1:${snapshotPort}/_snapshot/requests`);
  const pairs = [];
  for (let i = 0; i < repeat; i++) {
    const alone = await run('alone', false);
    pairs.push({ alone, attacked: await run(`+ ${attackers} × 1 MB${sink ? ' sink' : ''}`, true) });
  }
  const perSecond = (r) => r.requests.total / (r.duration || seconds);
  const cpuPerRequest = (r) => (r.used.gateway * 1000) / r.normal.requests.total;
  const row = (r) => [
    r.label.padEnd(14),
    perSecond(r.normal).toFixed(1).padStart(8),
    `${r.normal.latency.p50}`.padStart(6),
    `${r.normal.latency.p99}`.padStart(6),
    `${r.normal.non2xx + r.normal.errors + r.normal.timeouts}`.padStart(7),
    `${r.rssBefore.toFixed(0)} → ${r.peakRss.toFixed(0)}`.padStart(12),
    `${r.used.gateway.toFixed(0)}/${r.used.snapshot.toFixed(0)}/${r.used.bench.toFixed(0)}`.padStart(11),
    `${cpuPerRequest(r).toFixed(2)}`.padStart(8),
    r.attack ? `${r.attack.requests.total} answered (${r.attack.non2xx} non-2xx), ${r.attack.errors} resets` : '',
    `| machine u/s/si/idle ${['user', 'system', 'softirq', 'idle'].map((k) => r.machine[k].toFixed(0)).join('/')}`,
  ].join(' ');
  console.log(`\n${connections} connections × ${seconds} s of the mix (feed ×3, station, node refetch), `
    + `${cores()} cores${gatewayTaskset ? `, gateway on cpu ${gatewayTaskset}` : ''}, load average before: `
    + `${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  console.log('run               req/s    p50    p99  failed  RSS MB→peak  CPU s g/s/b  ms CPU/req  attack'
    + '  (CPU s: gateway/snapshot/bench incl. attacker process; machine: all cores, s)');
  const ratios = [];
  const cpuRatios = [];
  const attackCpu = [];
  for (const { alone, attacked } of pairs) {
    console.log(row(alone));
    console.log(row(attacked));
    ratios.push(perSecond(attacked.normal) / perSecond(alone.normal));
    cpuRatios.push(cpuPerRequest(attacked) / cpuPerRequest(alone));
    // What one refused 1 MB request costs the gateway: its CPU beyond the normal requests' at the alone rate.
    attackCpu.push(attacked.attack.requests.total && !sink
      ? (attacked.used.gateway * 1000 - cpuPerRequest(alone) * attacked.normal.requests.total)
        / attacked.attack.requests.total : NaN);
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const spread = (values, format) => (values.length > 1
    ? ` (${format(Math.min(...values))}–${format(Math.max(...values))}, ${values.length} pairs)` : '');
  const percent = (value) => `${(value * 100).toFixed(1)} %`;
  const peakRss = Math.max(...pairs.map((p) => p.attacked.peakRss));
  if (pairs.length > 1) {
    const pick = (f) => median(pairs.map(f));
    console.log(`median alone: ${pick((p) => perSecond(p.alone.normal)).toFixed(1)} req/s, `
      + `p50 ${pick((p) => p.alone.normal.latency.p50)} ms, p99 ${pick((p) => p.alone.normal.latency.p99)} ms, `
      + `${pick((p) => cpuPerRequest(p.alone)).toFixed(3)} ms CPU/req, `
      + `peak RSS ${pick((p) => p.alone.peakRss).toFixed(0)} MB`);
    console.log(`median attack: ${pick((p) => perSecond(p.attacked.normal)).toFixed(1)} req/s, `
      + `p50 ${pick((p) => p.attacked.normal.latency.p50)} ms, p99 ${pick((p) => p.attacked.normal.latency.p99)} ms, `
      + `${pick((p) => cpuPerRequest(p.attacked)).toFixed(3)} ms CPU/req, `
      + `peak RSS ${pick((p) => p.attacked.peakRss).toFixed(0)} MB`);
  }
  console.log(`gateway CPU per normal request under attack: ${percent(median(cpuRatios))} of alone`
    + `${spread(cpuRatios, percent)}`);
  if (!sink) {
    console.log(`gateway CPU per refused 1 MB request: ${median(attackCpu).toFixed(2)} ms`
      + `${spread(attackCpu, (v) => v.toFixed(2))}`);
  }
  console.log(`normal throughput under attack: ${percent(median(ratios))} of alone${spread(ratios, percent)} `
    + `(target ≥ 90 %); peak RSS ${peakRss.toFixed(0)} MB (target < 400 MB)`
    + `${sink ? ' — attackers sent to the sink, not the gateway' : ''}`);
} finally {
  await stop(snapshot);
  if (sinkServer) await stop(sinkServer);
}

function cores() {
  return readFileSync('/proc/cpuinfo', 'utf8').split('\n').filter((l) => l.startsWith('processor')).length;
}
