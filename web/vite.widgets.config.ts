import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

/**
 * `/embed/widgets.js`: the embeddable views as custom elements, one ES module for other sites'
 * pages. An ordinary build with a script entry rather than library mode, which would leave the
 * output unminified; the graph library is a lazy, hashed chunk in assets/, so the script itself
 * stays small and browsers keep the chunk for a year.
 */
export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    rollupOptions: {
      input: 'src/embed/widgets.tsx',
      output: { entryFileNames: 'embed/widgets.js', chunkFileNames: 'assets/[name]-[hash].js' },
    },
  },
});
