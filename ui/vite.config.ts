import { fileURLToPath } from "node:url";

import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

/** The repository's `locales/`, whose real `.ftl` files the i18n tests load. */
const localesDir = fileURLToPath(new URL("../locales/", import.meta.url));
/** Cases the desk's Rust code and the UI's logic are both held to. */
const fixturesDir = fileURLToPath(new URL("../tests/fixtures/", import.meta.url));

// Tauri serves `dist` at the root of its own origin, under a CSP that forbids inline
// scripts; Vite's defaults (base "/", module scripts in separate files) fit it as is.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    // The Tauri shell's own sources change often during development; reloading the
    // front end for them would only lose editor state.
    watch: { ignored: ["**/src-tauri/**", "**/target/**"] },
    // The preview imports the site's article stylesheet from crates/render/assets; the
    // dev server serves nothing else from outside ui/ but the locales the mock reads.
    fs: { allow: [".", "../crates/render/assets", "../locales"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    // Everything is local; there is no network to be kind to, and one chunk keeps the
    // CSP story simple.
    chunkSizeWarningLimit: 2000,
  },
  // Svelte's client runtime in tests (with a DOM environment, which compiles runes for
  // the client), or `$effect` never runs and live switching could not be tested.
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
    restoreMocks: true,
    provide: { localesDir, fixturesDir },
  },
});
