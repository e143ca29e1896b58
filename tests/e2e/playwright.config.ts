import { defineConfig } from '@playwright/test';
import { availableParallelism } from 'node:os';

// Debian's Chromium, never a downloaded one; the flags keep it from calling Google's servers,
// which this machine's closed network refuses.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
  // Chromium names a download from a non-ASCII name (unionbook-王芳-….json) "download" when
  // the process runs without a UTF-8 locale, as it does under `env -i` or in a bare container.
  env: { ...process.env, LC_ALL: 'C.UTF-8' },
};

// E2E_PORT lets a second checkout (a git worktree) run its specs beside this one's.
export const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  forbidOnly: true,
  // One more try for a test that failed, so that one unlucky timing on a loaded two-core CI
  // machine does not stop a landing. The reporter lists a test that passed only on its retry
  // as "flaky": that is a fault to find, not noise — forms-exchange's was a real race between
  // tabs (ARCHITECTURE.md, "Tabs converge"). A test that fails twice fails the run.
  retries: 1,
  // One worker per core: the run keeps every core busy (vmstat: 98 % at two workers on two
  // cores), so more workers than cores only make each test slower.
  workers: availableParallelism(),
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-US',
    launchOptions,
    // Recording a trace costs every test its DOM snapshots, about 14 % of the run's time (16
    // tests: 161 s with 'retain-on-failure', 139 s without), and CI keeps only what is printed:
    // the list reporter's error and call log. Rerun a failing spec with `--trace on` to see more.
    trace: 'off',
    // A worker precaches all 540 files of the build into every new context: only the specs
    // about working offline (they say `test.use({ serviceWorkers: 'allow' })`) pay for that.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node ../../tools/serve.mjs ../../dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
  },
  projects: [
    {
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        // A phone's 3× screen would have Chromium paint nine times the pixels in software, for
        // nothing a test looks at: layouts are in CSS pixels, and no test compares pictures.
        deviceScaleFactor: 1,
        isMobile: true,
        hasTouch: true,
      },
    },
    {
      // The wide layout, where the officers write the summary: the specs whose pages change with
      // the width (the shell, its navigation and axe walk, the forms, the wide tables, the
      // summary). Every other behaviour is the same code at any width and runs on the phone.
      name: 'desktop',
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
      // Within those, a test tagged '@any-width' tells a story the width does not change.
      grepInvert: /@any-width/,
      testMatch: [
        /\/layout\.spec\.ts$/,
        /\/navigation\.spec\.ts$/,
        /\/accessibility\.spec\.ts$/,
        /\/form-errors\.spec\.ts$/,
        /\/students\.spec\.ts$/,
        /\/inspections-results\.spec\.ts$/,
        /\/summary\.spec\.ts$/,
      ],
    },
  ],
});
