// A bare node:http server answering precomputed bytes: the upper bound the API is compared with.
// Reads {path: {headers, body(base64)}} from stdin, then listens on 127.0.0.1:PORT and prints "ready".
import { createServer } from 'node:http';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const responses = new Map(
  Object.entries(JSON.parse(input)).map(([path, r]) => [
    path,
    { headers: r.headers, body: Buffer.from(r.body, 'base64') },
  ]),
);

const server = createServer((req, res) => {
  const hit = responses.get(req.url);
  if (!hit) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, hit.headers);
  res.end(hit.body);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
