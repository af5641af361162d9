// A page on another origin that embeds a fact-sheet card the way a publisher would: the copied embed code.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostServer {
  url: string;
  close: () => Promise<void>;
}

/** GET /?card=/embed/actors/x serves a page with that card's iframe and our /embed.js, from `sheetsOrigin`. */
export async function startHostPage(sheetsOrigin: string): Promise<HostServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    const card = url.searchParams.get('card') ?? '/embed/actors/vladimir-putin';
    if (url.pathname !== '/' || !/^\/embed\/(actors|topics)\/[a-z0-9-]+$/.test(card)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A publisher's article</title><link rel="icon" href="data:,">
<style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }</style></head>
<body><main><h1>A publisher's article</h1><p>Some paragraphs of the publisher's own story come before the card.</p>
<iframe id="card" src="${sheetsOrigin}${card}" title="Fact sheet" width="480" height="150" style="border:0;max-width:100%" loading="lazy"></iframe>
<script async src="${sheetsOrigin}/embed.js"></script>
<p>And the story goes on after it.</p></main></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
