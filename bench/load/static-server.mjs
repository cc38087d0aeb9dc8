// The physical limit of serving one answer on this machine: a bare Node http server that writes fixed bytes
// (read once from a file) to every request, with the headers a JSON API sends. No routing, no parsing.
// Usage: node bench/load/static-server.mjs <file> <port>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [file, port] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { 'content-type': 'application/json', 'content-length': body.length };
createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, headers);
    response.end(body);
  });
}).listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\n'));
