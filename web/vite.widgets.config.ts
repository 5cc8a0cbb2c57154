import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

/**
 * `/embed/widgets.js`: the embeddable views as custom elements, one ES module for other sites'
 * pages. The graph library is a lazy chunk beside it, so the script itself stays small.
 */
export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    // Library mode leaves ES output unminified unless told; other sites' visitors download this.
    minify: true,
    lib: { entry: 'src/embed/widgets.tsx', formats: ['es'], fileName: () => 'embed/widgets.js' },
    rollupOptions: { output: { chunkFileNames: 'embed/[name]-[hash].js' } },
  },
});
