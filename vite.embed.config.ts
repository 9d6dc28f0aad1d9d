import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { schemaNodes } from './vite-plugins/schema-nodes';

/**
 * dist/embed.js: the builder as one self-contained script for other sites
 * (`window.PolyaxonValuesBuilder.mount(element, options)`, see src/embed/embed.ts).
 * Built after the app (`npm run build`) into the same dist/ without emptying it.
 */
export default defineConfig({
  plugins: [react(), schemaNodes()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: true,
    lib: {
      entry: 'src/embed/embed.ts',
      name: 'PolyaxonValuesBuilderBundle',
      formats: ['iife'],
      fileName: () => 'embed.js',
    },
  },
});
