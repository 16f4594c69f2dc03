// A Vite dev server for the real-browser tests, on a free port.
import { createServer, type ViteDevServer } from 'vite';

export async function startServer(): Promise<{ url: string; server: ViteDevServer }> {
  const server = await createServer({
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
    clearScreen: false,
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the Vite server did not report its address');
  return { url, server };
}
