// The one test command: builds, typechecks, lints, runs unit and browser tests, checks size
// budgets and the packed packages, builds Storybook and the site, and ends with one line:
// "N passed, N failed".
// Build, typecheck, lint, budget and site/Storybook steps count as one check each; test
// suites count their tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test/.results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const totals = { passed: 0, failed: 0 };
const failures = [];

function run(title, command, args) {
  console.log(`\n━━ ${title} ━━ ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  console.log(`── ${title}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return status === 0;
}

function check(title, command, args) {
  const ok = run(title, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failures.push(title);
  return ok;
}

function suite(title, command, args, readCounts) {
  const ok = run(title, command, args);
  const counts = readCounts();
  if (!counts || counts.passed + counts.failed === 0) {
    totals.failed += 1;
    failures.push(`${title} (no tests ran)`);
    return;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (!ok || counts.failed > 0) failures.push(`${title} (${counts.failed} failed)`);
  if (!ok && counts.failed === 0) totals.failed += 1;
}

const nodeTestArgs = (name, files) => [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${RESULTS}/${name}.tap`,
  ...files,
];

function nodeCounts(name) {
  const file = `${RESULTS}/${name}.tap`;
  if (!existsSync(file)) return undefined;
  const tap = readFileSync(file, 'utf8');
  const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? NaN);
  const counts = { passed: count('pass'), failed: count('fail') + count('cancelled') };
  return Number.isNaN(counts.passed) ? undefined : counts;
}

function browserCounts() {
  const file = `${RESULTS}/browser.json`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

const built = check('build packages', 'pnpm', ['run', 'build']);
check('typecheck', 'pnpm', ['run', 'typecheck']);
check('lint', 'pnpm', ['run', 'lint']);
suite('unit tests (Node)', 'node', nodeTestArgs('unit', ['packages/*/test/**/*.test.ts']), () => nodeCounts('unit'));
if (built) {
  suite('browser tests (Chromium)', 'pnpm', ['exec', 'web-test-runner'], browserCounts);
  check('size budgets', 'pnpm', ['run', 'size']);
  // Packs model, widgets and content; publint and attw on the tarballs; installs them into a fresh project.
  check('publishable packages (publint, attw, consumer install)', 'node', ['scripts/check-packages.mjs']);
  check('README reference tables match custom-elements.json', 'node', ['packages/widgets/scripts/readme-reference.mjs', '--check']);
  check('Storybook build', 'pnpm', ['--filter', '@wijkwijzer/stories', 'run', 'build']);
  check('site build', 'pnpm', ['--filter', '@wijkwijzer/site', 'run', 'build']);
  suite('end-to-end on the built site and Storybook (Chromium)', 'node', nodeTestArgs('e2e', ['test/e2e/**/*.test.ts']), () =>
    nodeCounts('e2e'),
  );
} else {
  totals.failed += 1;
  failures.push('browser tests, budgets, Storybook and site skipped: the build failed');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
