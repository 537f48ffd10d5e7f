import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'

// The console is served by the web WAR at "/". In `npm run dev` the API calls go to a running server
// (CLAWMANAGER_URL, default the embedded default's http://127.0.0.1:9080), so the browser sees one origin.
const server = process.env.CLAWMANAGER_URL ?? 'http://127.0.0.1:9080'

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/api': server, '/v1': server } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
  },
})
