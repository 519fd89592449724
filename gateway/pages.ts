import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { projectRoot } from '../platform/config';
import { PAGE_ROUTES } from '../web/routes';
import { fillShell, prerenderEntry, prerenderSearch, type Prerendered, type RunOperation } from './catalogue-pages';
import { logger } from '../platform/logging';

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
 * styles it loads carry a content hash in their names and are cached for a year. Given `run` (the public graph, as the
 * anonymous caller), the catalogue's addresses come with their content in the HTML (gateway/catalogue-pages.ts), so a
 * search engine, or anyone without JavaScript, reads the entry itself.
 */
export function mountPages(app: express.Express, options: { directory?: string; run?: RunOperation; publicUrl?: string } = {}) {
  const directory = options.directory ?? PAGES_DIR;
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
  const prerender = async (request: express.Request): Promise<Prerendered | null> => {
    if (!options.run) return null;
    const path = request.path;
    const entry = /^\/(?:katalog|catalogue)\/([^/]+)\/?$/.exec(path);
    try {
      if (entry) return await prerenderEntry(options.run, { path, entryId: decodeURIComponent(entry[1]), lang: request.query.lang, publicUrl: options.publicUrl ?? '' });
      if (/^\/(?:katalog|catalogue)\/?$/.test(path)) return await prerenderSearch(options.run, { path, query: request.query as Record<string, unknown> });
    } catch (error) {
      // The page's script asks again and says what is wrong; the shell still serves.
      logger.warn({ err: error, path }, 'catalogue page not pre-rendered');
    }
    return null;
  };
  app.get([...PAGE_ROUTES], async (request, response) => {
    const shellPage = readShell();
    if (!shellPage) {
      response.status(503).type('text/plain').send('The pages are not built: run `npm run build`.\n');
      return;
    }
    const filled = await prerender(request);
    const page = filled
      ? (() => {
          const html = fillShell(shellPage.html, filled);
          return { html, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`, status: filled.status };
        })()
      : { ...shellPage, status: 200 };
    response.set({ ...PAGE_HEADERS, 'cache-control': 'no-cache', etag: page.etag, vary: 'accept-encoding' });
    if (page.status === 200 && request.header('if-none-match') === page.etag) {
      response.status(304).end();
      return;
    }
    response.status(page.status).type('html').send(page.html);
  });
}
