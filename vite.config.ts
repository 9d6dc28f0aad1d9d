import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app makes no network requests at run time: everything it needs is bundled.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: { sourcemap: true },
});
