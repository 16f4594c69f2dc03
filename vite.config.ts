/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { shippedScenariosModule } from './src/scenario/shippedModule.ts';

export default defineConfig({
  base: './',
  plugins: [shippedScenariosModule()],
  publicDir: 'assets', // shipped as is: the fonts' licences and the list of what the game ships
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000, // Phaser alone is over a megabyte before gzip
  },
  server: { port: 5173, strictPort: false },
  // Pre-bundle what the game imports lazily (each screen is loaded when first opened), so the dev server
  // never reloads a page to add it.
  optimizeDeps: {
    include: [
      'phaser',
      'zod',
      'seedrandom/lib/alea.js',
      'fflate',
      '@noble/hashes/sha2.js',
      '@noble/hashes/utils.js',
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/globalSetup.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
