'use strict';
/**
 * The "bare" baseline, run by bench/run.js with child_process.fork: a plain node:http server on
 * 127.0.0.1 that answers every request with the same bytes and content-type as the plugin's public
 * read (sent by the parent over IPC). The ceiling a Node.js process can reach for this payload.
 *
 *   parent → { body: <base64>, contentType, etag }   child → { type: 'ready', port }
 */
const http = require('node:http');

process.once('message', ({ body, contentType, etag }) => {
  const bytes = Buffer.from(body, 'base64');
  const headers = {
    'Content-Type': contentType,
    'Content-Length': String(bytes.length),
    ...(etag ? { ETag: etag } : {}),
  };
  const server = http.createServer((req, res) => {
    res.writeHead(200, headers);
    res.end(bytes);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(process.env.BENCH_BARE_PORT || 0), '127.0.0.1', () => {
    process.send({ type: 'ready', port: server.address().port });
  });
  server.on('error', (error) => {
    if (process.connected) process.send({ type: 'error', error: error.message });
    process.exit(1);
  });
});

process.on('disconnect', () => process.exit(0));
