/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { shippedScenariosModule } from './src/scenario/shippedModule.ts';

// The switches Phaser's own builds set (its config/webpack.dist.config.js): no WebGL debugger. The
// board's Phaser is built from its source (src/scenes/phaser.ts), so the game sets them too.
const PHASER_SWITCHES = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof FEATURE_SOUND': 'true',
  global: 'globalThis', // phaser-core.js sets global.Phaser
};

export default defineConfig({
  base: './',
  plugins: [shippedScenariosModule()],
  // The board's Phaser: the core build and what the board adds to it (src/scenes/phaser.ts).
  resolve: {
    alias: [
      { find: /^phaser$/, replacement: fileURLToPath(new URL('./src/scenes/phaser.ts', import.meta.url)) },
      {
        find: /^phaser-src\/(.*)$/,
        replacement: fileURLToPath(new URL('./node_modules/phaser/src/$1', import.meta.url)),
      },
    ],
  },
  define: PHASER_SWITCHES,

  publicDir: 'assets', // shipped as is: the fonts' licences and the list of what the game ships
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000, // Phaser alone is over a megabyte before gzip
  },
  server: { port: 5173, strictPort: false },
  // Pre-bundle what the game imports lazily (each screen is loaded when first opened), so the dev server
  // never reloads a page to add it.
  optimizeDeps: {
    rolldownOptions: { transform: { define: PHASER_SWITCHES } },
    include: [
      'phaser-src/phaser-core.js',
      'phaser-src/gameobjects/rendertexture/RenderTexture.js',
      'phaser-src/gameobjects/rendertexture/RenderTextureFactory.js',
      'phaser-src/loader/filetypes/SVGFile.js',
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
