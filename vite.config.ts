import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The committed graph lives in data/; serve it as a static file at /data/graph.json
// so that the app fetches it at run time (and ?graph= can point elsewhere).
export default defineConfig({
  plugins: [react()],
  publicDir: 'public',
  server: { fs: { allow: ['.'] } },
  build: { target: 'es2022', sourcemap: true },
});
