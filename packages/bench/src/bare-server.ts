import http from 'node:http';
import { Redis } from 'ioredis';

/**
 * The floor for any Node server on this machine: node:http doing the same Redis GET as the API's
 * hit path and writing the same bytes and content type. Run as its own process by the bench.
 */
const [port, redisUrl, key] = process.argv.slice(2) as [string, string, string];
const redis = new Redis(redisUrl, { family: 0 });
const server = http.createServer((_req, res) => {
  redis.get(key).then(
    (json) => {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(json);
    },
    () => {
      res.writeHead(503);
      res.end();
    },
  );
});
server.keepAliveTimeout = 65_000;
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\n'));
process.on('SIGTERM', () => {
  server.close();
  redis.disconnect();
  process.exit(0);
});
