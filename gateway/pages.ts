import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { projectRoot } from '../platform/config';
import { PAGE_ROUTES } from '../web/routes';

/** Where `npm run build` puts the pages (web/, built by Vite). */
export const PAGES_DIR = path.join(projectRoot(), 'web', 'dist');

/**
 * The pages stay on the hub's own origin: scripts, styles and requests only from it (no CDN), never framed, and
 * no Referer leaves a page (a share link carries its token in the address).
 */
const PAGE_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'camera=(self), microphone=(), geolocation=()',
};

/**
 * Serves the pages for people (verify, shares, wallet, catalogue, statistics) at the hub's address. Each page's
 * address answers with the page shell, revalidated on every visit (`no-cache`, with an ETag); the scripts and
 * styles it loads carry a content hash in their names and are cached for a year.
 */
export function mountPages(app: express.Express, directory = PAGES_DIR) {
  app.use(
    '/assets',
    express.static(path.join(directory, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
      setHeaders: (response) => response.setHeader('x-content-type-options', 'nosniff'),
    }),
  );
  let shell: { html: string; etag: string } | null = null;
  const readShell = () => {
    if (shell) return shell;
    const file = path.join(directory, 'index.html');
    if (!fs.existsSync(file)) return null;
    const html = fs.readFileSync(file, 'utf8');
    shell = { html, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"` };
    return shell;
  };
  app.get([...PAGE_ROUTES], (request, response) => {
    const page = readShell();
    if (!page) {
      response.status(503).type('text/plain').send('The pages are not built: run `npm run build`.\n');
      return;
    }
    response.set({ ...PAGE_HEADERS, 'cache-control': 'no-cache', etag: page.etag, vary: 'accept-encoding' });
    if (request.header('if-none-match') === page.etag) {
      response.status(304).end();
      return;
    }
    response.type('html').send(page.html);
  });
}
