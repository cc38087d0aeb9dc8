// Answers bench (printed figures, not a test), 127.0.0.1 only: side by side in one run, for a page of N docking
// events (N = 10, then 100):
//   static    the equivalent LL2 REST page (the docking_events/ read the gateway makes, fetched once from the
//             snapshot) as fixed bytes from a bare Node http server (static-server.mjs): the physical limit of
//             serving that answer on this machine;
//   warm      the Release gateway with its cache on (the default), warmed, so the answer comes from stored bytes;
//   uncached  the same gateway with Cache:Enabled=false: every request executes and reads the snapshot.
// Prints req/s, p50 and p99 (ms) and the ratios to the static server.
// Usage (from the repository root, after `npm ci` in bench/load):
//   node bench/load/answers.mjs [--seconds 25] [--connections 64] [--events 10,100] [--no-build]
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startProcess, stop, waitFor } from './processes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argument = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const seconds = Number(argument('seconds', 25));
const connections = Number(argument('connections', 64));
const eventCounts = argument('events', '10,100').split(',').map(Number);
// Free ports, not fixed ones: other benches may run on the same machine.
const freePort = () => new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const [snapshotPort, gatewayPort, staticPort] = [await freePort(), await freePort(), await freePort()];
const snapshotUrl = `http://127.0.0.1:${snapshotPort}`;
const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
const staticUrl = `http://127.0.0.1:${staticPort}`;
const scratch = mkdtempSync(path.join(tmpdir(), 'dockinggraph-answers-'));

const query = (n) => `{ dockingEvents(first: ${n}) { nodes { dockingLocation { name } spaceStationTarget { name }
  flightVehicleChaser { spacecraft { name } launch { name } } } } }`;
const post = (n) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: query(n) }),
});

const start = (name, command, args) => startProcess(name, command, args, root);

function cannon(url, options, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, timeout: 30, ...options },
      (error, result) => (error ? reject(error) : resolve(result)));
  });
}

// Warm-up (JIT, pools, tiered compilation; the gateway's stored answer), then the measured run.
async function measure(label, url, options) {
  await cannon(url, options, 5);
  const result = await cannon(url, options, seconds);
  if (result.non2xx) console.log(`${label}: status codes ${JSON.stringify(result.statusCodeStats)}`);
  return { label, result, perSecond: result.requests.total / (result.duration || seconds) };
}

function gateway(args) {
  return start('gateway', 'dotnet', [
    'src/DockingGraph.Gateway/bin/Release/net10.0/DockingGraph.Gateway.dll', '--urls', gatewayUrl,
    '--LaunchLibrary:BaseUrl', `${snapshotUrl}/2.3.0/`, '--Ide:Enabled', 'false', '--environment', 'Production',
    // The uncached row calls LL2 on every request: the snapshot spends no real quota.
    '--Ll2Budget:Calls', '1000000000', '--Ll2Budget:SyncWithApiThrottle', 'false', ...args,
  ]);
}

async function answer(n) {
  const response = await fetch(`${gatewayUrl}/graphql`, post(n));
  const body = await response.json();
  if (response.status !== 200 || body.errors || body.data.dockingEvents.nodes.length !== n) {
    throw new Error(`the query does not run cleanly: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  }
  return response.headers.get('x-dockinggraph-answer');
}

// The equivalent LL2 REST page (what a frontend would fetch from LL2 for these n events), as the snapshot serves it.
// Not the page the gateway happens to read: with aligned blocks and the mirror it reads blocks of 100 detailed events.
async function capturePage(n) {
  await fetch(`${snapshotUrl}/_snapshot/requests`, { method: 'DELETE' });
  await answer(n);
  const log = await (await fetch(`${snapshotUrl}/_snapshot/requests`)).json();
  const pageUrl = `${snapshotUrl}/2.3.0/docking_events/?limit=${n}&mode=normal&offset=0&ordering=docking%2Cdeparture`;
  const bytes = Buffer.from(await (await fetch(pageUrl)).arrayBuffer());
  const file = path.join(scratch, `page-${n}.json`);
  writeFileSync(file, bytes);
  return { file, pageUrl, bytes: bytes.length, calls: log.total };
}

if (!process.argv.includes('--no-build')) {
  for (const project of ['src/DockingGraph.Gateway', 'src/DockingGraph.Snapshot']) {
    const built = spawnSync('dotnet', ['build', '-c', 'Release', project, '-v', 'quiet', '-nologo'],
      { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
}

const snapshot = start('snapshot', 'dotnet', [
  'src/DockingGraph.Snapshot/bin/Release/net10.0/DockingGraph.Snapshot.dll', '--urls', snapshotUrl,
]);
const rows = [];
try {
  await waitFor(`${snapshotUrl}/_snapshot/requests`);
  for (const n of eventCounts) {
    let warm = gateway([]);
    await waitFor(`${gatewayUrl}/health/live`);
    const page = await capturePage(n);
    console.log(`${n} events: LL2 page ${page.pageUrl.replace(snapshotUrl, '')} (${page.bytes} bytes; `
      + `${page.calls} LL2 call(s) for the cold answer)`);
    const server = start('static server', 'node', ['bench/load/static-server.mjs', page.file, `${staticPort}`]);
    await waitFor(staticUrl);
    const pagePath = page.pageUrl.replace(snapshotUrl, '');
    rows.push({ n, ...await measure('static', `${staticUrl}${pagePath}`, { method: 'GET' }) });
    await stop(server);

    if ((await answer(n)) !== 'stored') throw new Error('the warm gateway did not answer from stored bytes');
    rows.push({ n, ...await measure('warm', `${gatewayUrl}/graphql`, post(n)) });
    await stop(warm);

    // Uncached: every request pushed down to LL2 as one page (no cache, no mirror, no aligned blocks).
    warm = gateway(['--Cache:Enabled', 'false', '--Mirror:DockingEvents', 'false',
      '--DockingEvents:AlignedBlocks', 'false']);
    await waitFor(`${gatewayUrl}/health/live`);
    await answer(n);
    rows.push({ n, ...await measure('uncached', `${gatewayUrl}/graphql`, post(n)) });
    await answer(n); // still clean after the load
    await stop(warm);
  }
} finally {
  await stop(snapshot);
}

const cores = readFileSync('/proc/cpuinfo', 'utf8').split('\n').filter((l) => l.startsWith('processor')).length;
console.log(`\n${connections} connections × ${seconds} s per row (after 5 s of warm-up), ${cores} cores, `
  + 'load generator on the same machine');
console.log('events  server        req/s     p50     p99  failed  ×static req/s  ×static p99');
for (const row of rows) {
  const base = rows.find((r) => r.n === row.n && r.label === 'static');
  const { latency } = row.result;
  console.log([
    `${row.n}`.padStart(6), row.label.padEnd(9), row.perSecond.toFixed(0).padStart(10),
    latency.p50.toFixed(1).padStart(7), latency.p99.toFixed(1).padStart(7),
    `${row.result.non2xx + row.result.errors + row.result.timeouts}`.padStart(7),
    (row.perSecond / base.perSecond).toFixed(2).padStart(14),
    (latency.p99 / Math.max(base.result.latency.p99, 1)).toFixed(2).padStart(12),
  ].join(' '));
}
