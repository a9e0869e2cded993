import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The runner and its workers all evaluate this file: choose the port and the database
// once, in the runner, and hand them to the workers through the environment.
if (!process.env.E2E_SERVER_PORT) {
  process.env.E2E_SERVER_PORT = execFileSync(process.execPath, [
    '-e',
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ]).toString();
  process.env.E2E_OIDC_PORT = execFileSync(process.execPath, [
    '-e',
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ]).toString();
  process.env.E2E_SQLITE_FILE = join(mkdtempSync(join(tmpdir(), 'mymts-e2e-')), 'e2e.db');
}
const port = process.env.E2E_SERVER_PORT;
// E2E_BASE_URL targets a server started elsewhere (e.g. tools/scaleout/run.sh: two instances
// behind a proxy); by default the config starts the release server itself.
const external = process.env.E2E_BASE_URL?.replace(/\/$/, '');
const baseURL = external ?? `http://127.0.0.1:${port}`;
// The local OpenID Connect provider (tools/oidc-provider) for "sign in with"; the specs read
// its issuer from E2E_OIDC_ISSUER.
const oidcPort = process.env.E2E_OIDC_PORT;
const oidcIssuer = `http://127.0.0.1:${oidcPort}`;
process.env.E2E_OIDC_ISSUER = oidcIssuer;
const root = resolve(__dirname, '..');

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  // A missing visual baseline fails the run instead of being written (and passing): baselines
  // are made on purpose, with `npx playwright test gallery.visual --update-snapshots`.
  updateSnapshots: 'none',
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // The system Chromium from Debian; Playwright never downloads a browser here.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      testIgnore: [/.*\.phone\.spec\.ts/, /.*\.last\.spec\.ts/],
    },
    {
      name: 'phone',
      use: { ...devices['Desktop Chrome'], channel: undefined, viewport: { width: 360, height: 780 }, hasTouch: true },
      testMatch: /.*\.phone\.spec\.ts/,
    },
    {
      // Specs that would disturb others running at the same time (ending every other
      // session of a demo customer) run alone, once everything else is done.
      name: 'last',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      testMatch: /.*\.last\.spec\.ts/,
      dependencies: ['desktop', 'phone'],
    },
  ],
  webServer: [
    {
      command: `node ${root}/tools/oidc-provider/provider.mjs ${oidcPort}`,
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    ...(external ? [] : [{
      command: `${root}/target/release/server`,
      cwd: root,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
      env: {
        MYMTS_BIND: `127.0.0.1:${port}`,
        MYMTS_DATABASE_URL: `sqlite://${process.env.E2E_SQLITE_FILE}`,
        MYMTS_DIST_DIR: `${root}/dist`,
        MYMTS_DEV: 'true',
        MYMTS_LOG_FILTER: 'warn',
        MYMTS_PUBLIC_URL: baseURL,
        MYMTS_OIDC_ISSUER: oidcIssuer,
        MYMTS_OIDC_CLIENT_ID: 'mymts-e2e',
        MYMTS_OIDC_DISPLAY_NAME: 'Test ID',
      },
    }]),
  ],
});
