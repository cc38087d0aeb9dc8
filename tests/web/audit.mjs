// Runs the graphql-http@1.23.1 server audit (its serverAudits API) against a GraphQL endpoint.
// Usage: node audit.mjs http://127.0.0.1:5000/graphql   Prints every result, then one JSON summary line.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  results.push(result);
  const reason = result.status === 'ok' ? '' : ` (${result.reason})`;
  console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}${reason}`);
}

const count = (status) => results.filter((r) => r.status === status).length;
const summary = {
  total: results.length,
  ok: count('ok'),
  notice: count('notice'),
  warn: count('warn'),
  error: count('error'),
  notOk: results.filter((r) => r.status !== 'ok').map((r) => `${r.id} ${r.name}: ${r.reason}`),
};
console.log(JSON.stringify(summary));
process.exit(summary.ok === summary.total ? 0 : 1);
