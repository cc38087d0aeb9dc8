// The attackers of bench/load/run.mjs in their own process, so that the cost of sending 1 MB documents is not paid
// by the event loop that sends the normal traffic, can be measured (/proc/<pid>/stat) and can be pinned to a core.
// Usage: node bench/load/attacker.mjs <url> <connections> <seconds>; prints autocannon's result as one JSON line.
// ATTACK_BYTES: the padding instead of 1 MB; ATTACK_HEADERS: extra headers as JSON (e.g. {"connection":"close"}),
// to tell the cost of a connection from the cost of a body; ATTACK_PATH: another path than /graphql.
import autocannon from 'autocannon';

const [url, connections, seconds] = process.argv.slice(2);
const bytes = Number(process.env.ATTACK_BYTES ?? 1024 * 1024);
const megabyte = JSON.stringify({ query: `{ __typename } #${'x'.repeat(bytes)}` });
const extra = JSON.parse(process.env.ATTACK_HEADERS ?? '{}');
// autocannon takes the path from the url: a top-level `path` option is ignored (the attack then hit `/`, a 404 whose
// body Kestrel drains on a kept-alive connection, and never the 413 path).
autocannon({
  url: new URL(process.env.ATTACK_PATH ?? '/graphql', url).href,
  connections: Number(connections), duration: Number(seconds), timeout: 30,
  method: 'POST', headers: { 'content-type': 'application/json', ...extra }, body: megabyte,
}, (error, result) => {
  if (error) {
    console.error(error);
    process.exit(1);
  }
  const { requests, non2xx, errors, statusCodeStats: statusCodes } = result;
  console.log(JSON.stringify({ requests, non2xx, errors, statusCodes }));
});
