// A stand-in for a news site: a tiny HTTP server on a second loopback port, so that the page embedding
// the atlas and the atlas itself have different origins, as on the web. It also answers on "localhost"
// (a third origin for the browser) for a frame that plays a foreign site.
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';

export interface HostServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The same server as http://localhost:<port>: another origin for the browser. */
  foreignOrigin: string;
  close: () => Promise<void>;
}

/** Serves `pages` (path → HTML) with no caching; anything else is 404. */
export async function startHostServer(pages: Record<string, string>): Promise<HostServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const page = pages[path];
    if (page === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'}).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    foreignOrigin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
