/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API checks that cookie requests come from its own origin, so the dev proxy
// presents itself as the API's origin.
const api = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/query': {
        target: api,
        ws: true,
        changeOrigin: true,
        configure: (proxy) => {
          proxy.on('proxyReq', (req) => req.setHeader('origin', api));
          proxy.on('proxyReqWs', (req) => req.setHeader('origin', api));
        },
      },
    },
  },
  optimizeDeps: {
    // GraphiQL's editor workers import these CommonJS packages; the dev server must
    // pre-bundle them or the workers fail to start (the production build is unaffected).
    include: ['graphql', 'graphql-language-service', 'nullthrows', 'picomatch-browser'],
  },
  build: {
    outDir: 'dist',
    // dist/.gitkeep is committed for go:embed; Vite empties dist and copies it back
    // from public/.gitkeep.
    emptyOutDir: true,
    manifest: true,
    // GraphiQL's editor is large by nature; it is loaded only on /graphiql.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: {
        // A catalog's chunk is named for its locale and namespace (locale-nl-graphiql), so
        // that it is never taken for the feature's own code, such as GraphiQL's lazy chunk.
        chunkFileNames: (chunk) => {
          const m = /\/locales\/(\w+)\/(\w+)\.json$/.exec(chunk.facadeModuleId ?? '');
          return m ? `assets/locale-${m[1]}-${m[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
      onwarn(warning, warn) {
        // GraphiQL's packages carry React Compiler directives that bundling drops harmlessly.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // Typing with userEvent takes seconds on a busy two-core machine; 5 s timed out there.
    testTimeout: 20_000,
    css: false,
  },
});
