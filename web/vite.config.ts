import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

/**
 * The app (index.html) and the embeddable views (embed.html) are one build; the gateway serves
 * `dist/` (docs/web.md). During development `npm run dev -w web` proxies the API to a running
 * `npm start` so the app talks to the same public API it does in production.
 */
export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { input: { app: 'index.html', embed: 'embed.html' } },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
