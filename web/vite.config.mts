import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The pages for people, built into web/dist by `npm run build` and served by the gateway (gateway/pages.ts).
 * Everything is bundled: the pages load nothing from a CDN.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  // Vite's own transformer handles TSX; React's automatic JSX runtime.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
