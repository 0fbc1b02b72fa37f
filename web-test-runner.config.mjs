// Browser tests: Debian's Chromium (never a downloaded browser), TypeScript through esbuild.
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './test/support/chromium.ts';
import { practiceSearchTestIndexes } from './packages/widgets/src/practice-search/testing/build-test-indexes.ts';

/** Pages under /test/pages/ are served with the strict policy a careful partner would set. */
const STRICT_CSP = "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'self'";

function strictCspForTestPages() {
  return async (context, next) => {
    await next();
    if (context.path.startsWith('/test/pages/')) context.set('Content-Security-Policy', STRICT_CSP);
    // A sandboxed frame has an opaque origin: module scripts reach it only with CORS, as from a CDN.
    if (context.path.startsWith('/test/pages/') || context.path.startsWith('/packages/widgets/dist/cdn/') || context.path.startsWith('/test/second-copy/')) {
      context.set('Access-Control-Allow-Origin', '*');
    }
  };
}

/**
 * Sources that misbehave the way real ones do, for the shared conformance suite:
 * `/test/slow/<ms>/<path>` serves <path> after a delay; `/test/hang` never answers;
 * `/test/endless` sends the start of a JSON body and then nothing. Timers are unref'd and
 * bounded (30 s) so a finished run is never held open by them.
 */
function misbehavingSources() {
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());
  return async (context, next) => {
    const slow = context.path.match(/^\/test\/slow\/(\d+)(\/.+)$/);
    if (slow) {
      await wait(Math.min(Number(slow[1]), 30_000));
      context.path = slow[2];
      return next();
    }
    // A second copy of the CDN build under another path: its shared chunks are other modules,
    // as they are when two plugins each bring their own copy of the kit.
    // A CDN serving the package: the bare package URL gives its default file (the loader), the
    // rest of the package under it, as jsDelivr and unpkg do.
    const npmCdn = context.path.match(/^\/test\/npm-cdn\/@wijkwijzer\/widgets@[^/]+(\/.*)?$/);
    if (npmCdn) {
      context.path = npmCdn[1] && npmCdn[1] !== '/' ? `/packages/widgets${npmCdn[1]}` : '/packages/widgets/dist/cdn/loader.js';
      return next();
    }
    if (context.path.startsWith('/test/second-copy/')) {
      context.path = `/packages/widgets/dist/cdn/${context.path.slice('/test/second-copy/'.length)}`;
      return next();
    }
    if (context.path === '/test/hang' || context.path.startsWith('/test/hang/')) {
      await wait(30_000);
      context.status = 504;
      return;
    }
    if (context.path === '/test/endless' || context.path.startsWith('/test/endless/')) {
      const { PassThrough } = await import('node:stream');
      const body = new PassThrough();
      context.type = 'application/json';
      context.body = body;
      body.write('{"services": [');
      setTimeout(() => body.end(']}'), 30_000).unref();
      return;
    }
    return next();
  };
}

/** Writes pass/fail counts for scripts/test-all.mjs, which prints one total over all suites. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const visit = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        suite.suites.forEach(visit);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
      mkdirSync('test/.results', { recursive: true });
      writeFileSync('test/.results/browser.json', JSON.stringify({ passed, failed, skipped }));
    },
  };
}

export default {
  files: ['packages/*/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  middleware: [misbehavingSources(), strictCspForTestPages()],
  // esnext keeps import attributes: the trusted-info widget imports its registry as a JSON module.
  plugins: [practiceSearchTestIndexes(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'esnext' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS },
      // A resident in Selwerd who allows "near me": the browser's own geolocation, at a fixed spot.
      createBrowserContext: ({ browser }) =>
        browser.newContext({ geolocation: { latitude: 53.2333, longitude: 6.5535 }, permissions: ['geolocation'] }),
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
