// Builds the web UI into web/dist (git-ignored), which `dyad serve` serves. No CDN: everything is bundled.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The network view's graph library is the bulk of the bundle; it is loaded only when that view opens.
    chunkSizeWarningLimit: 1200,
    // The CSP allows no inline script, so nothing may be inlined into index.html.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
