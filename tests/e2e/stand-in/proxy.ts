import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

/**
 * An HTTP CONNECT proxy that tunnels every connection to the stand-in, whatever host the browser
 * asked for: Firefox has no host-resolver switch, so this is how chatgpt.com reaches 127.0.0.1.
 */
export async function startProxy(targetPort: number): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    response.writeHead(502, { 'content-type': 'text/plain' }).end('The Detour test proxy only tunnels HTTPS.');
  });
  server.on('connect', (request, client: Socket, head) => {
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The proxy has no port');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
