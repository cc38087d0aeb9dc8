// Load bench (printed figures, not a test): the Release gateway against the standalone snapshot, 127.0.0.1 only.
// Two runs, each on a fresh gateway process: normal traffic alone, then the same traffic beside connections that
// send 1 MB documents without pause. Prints req/s, p50/p99 of the normal traffic, peak RSS and the ratio.
// Usage (from the repository root, after `npm ci` in bench/load):
//   [GATEWAY_ARGS="--Key value …"] node bench/load/run.mjs [--seconds 60] [--connections 64] [--attackers 8]
//     [--no-build]
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const seconds = option('seconds', 60);
const connections = option('connections', 64);
const attackers = option('attackers', 8);
// Extra gateway settings to compare, e.g. GATEWAY_ARGS="--Kestrel:Limits:MaxRequestBufferSize 131072".
const gatewayArguments = (process.env.GATEWAY_ARGS ?? '').split(' ').filter(Boolean);
const snapshotPort = 5190;
const gatewayPort = 5191;
const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;

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
const megabyte = JSON.stringify({ query: `{ __typename } #${'x'.repeat(1024 * 1024)}` });

function start(name, args) {
  const child = spawn('dotnet', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!child.stopping) {
      console.error(`${name} exited (${code ?? signal})`);
      process.exit(1);
    }
  });
  return child;
}

async function stop(child) {
  child.stopping = true;
  child.kill('SIGTERM');
  await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', resolve)));
}

async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`${url} never answered`);
}

// utime + stime of a process, in seconds (clock ticks of 1/100 s).
const cpuSeconds = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const benchCpuSeconds = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1e6; };

const status = (pid, field) =>
  Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+) kB`))[1]) / 1024;

function cannon(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: gatewayUrl, timeout: 30, ...options }, (error, result) =>
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
    ...gatewayArguments,
  ]);
  try {
    await waitFor(`${gatewayUrl}/health/live`);
    for (const query of [feed, station, refetch]) await check(query);
    await cannon({ connections, duration: 5, requests: mix }); // warm-up: JIT, pools, tiered compilation
    const rssBefore = status(gateway.pid, 'VmRSS');
    let peakRss = rssBefore;
    const sampler = setInterval(() => { peakRss = Math.max(peakRss, status(gateway.pid, 'VmRSS')); }, 250);
    const cpu = { gateway: cpuSeconds(gateway.pid), snapshot: cpuSeconds(snapshot.pid), bench: benchCpuSeconds() };
    const runs = [cannon({ connections, duration: seconds, requests: mix })];
    if (withAttack) {
      runs.push(cannon({ connections: attackers, duration: seconds, method: 'POST', path: '/graphql',
        headers: { 'content-type': 'application/json' }, body: megabyte }));
    }
    const [normal, attack] = await Promise.all(runs);
    clearInterval(sampler);
    const hwm = status(gateway.pid, 'VmHWM');
    const used = {
      gateway: cpuSeconds(gateway.pid) - cpu.gateway,
      snapshot: cpuSeconds(snapshot.pid) - cpu.snapshot,
      bench: benchCpuSeconds() - cpu.bench,
    };
    return { label, normal, attack, rssBefore, peakRss: Math.max(peakRss, hwm), used };
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
try {
  await waitFor(`http://127.0.0.1:${snapshotPort}/_snapshot/requests`);
  const alone = await run('alone', false);
  const attacked = await run(`+ ${attackers} × 1 MB`, true);
  const perSecond = (r) => r.requests.total / (r.duration || seconds);
  const row = (r) => [
    r.label.padEnd(14),
    perSecond(r.normal).toFixed(1).padStart(8),
    `${r.normal.latency.p50}`.padStart(6),
    `${r.normal.latency.p99}`.padStart(6),
    `${r.normal.non2xx + r.normal.errors + r.normal.timeouts}`.padStart(7),
    `${r.rssBefore.toFixed(0)} → ${r.peakRss.toFixed(0)}`.padStart(12),
    `${r.used.gateway.toFixed(0)}/${r.used.snapshot.toFixed(0)}/${r.used.bench.toFixed(0)}`.padStart(11),
    `${((r.used.gateway * 1000) / r.normal.requests.total).toFixed(2)}`.padStart(8),
    r.attack ? `${r.attack.requests.total} answered (${r.attack.non2xx} non-2xx), ${r.attack.errors} resets` : '',
  ].join(' ');
  console.log(`\n${connections} connections × ${seconds} s of the mix (feed ×3, station, node refetch), `
    + `${cores()} cores`);
  console.log('run               req/s    p50    p99  failed  RSS MB→peak  CPU s g/s/b  ms CPU/req  attack');
  console.log(row(alone));
  console.log(row(attacked));
  const ratio = perSecond(attacked.normal) / perSecond(alone.normal);
  const cpuRatio = attacked.used.gateway / attacked.normal.requests.total
    / (alone.used.gateway / alone.normal.requests.total);
  console.log(`gateway CPU per normal request under attack: ${(cpuRatio * 100).toFixed(0)} % of alone `
    + '(the attack\'s own cost on the gateway; req/s also pays for the load generator on the same cores)');
  console.log(`normal throughput under attack: ${(ratio * 100).toFixed(1)} % of alone (target ≥ 90 %); `
    + `peak RSS ${attacked.peakRss.toFixed(0)} MB (target < 400 MB)`);
} finally {
  await stop(snapshot);
}

function cores() {
  return readFileSync('/proc/cpuinfo', 'utf8').split('\n').filter((l) => l.startsWith('processor')).length;
}
