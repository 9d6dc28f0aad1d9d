import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { helmRenderWasm } from './vite-plugins/helm-render-wasm';
import { valuesSchemaJson } from './vite-plugins/values-schema-json';

// The app makes no network requests at run time: everything it needs is bundled.
export default defineConfig({
  plugins: [react(), valuesSchemaJson(), helmRenderWasm()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: { sourcemap: true },
});
