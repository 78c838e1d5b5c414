// `npm test`: typecheck and lint, build the site, then every vitest project (unit, workers, e2e).
// Ends with the plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTotalTestSuites: number;
  numFailedTestSuites: number;
}

const REPORT = 'test-results/vitest.json';

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) console.error(`✗ ${label} failed`);
  return result.status === 0;
}

function readReport(): VitestReport | undefined {
  try {
    return JSON.parse(readFileSync(REPORT, 'utf8')) as VitestReport;
  } catch {
    return undefined;
  }
}

const checked = run('Typecheck and lint', 'npm', ['run', '--silent', 'check']);
const built = checked && run('Build', 'npm', ['run', '--silent', 'build']);
let report: VitestReport | undefined;
let testsOk = false;
if (built) {
  mkdirSync('test-results', { recursive: true });
  testsOk = run('Tests', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`]);
  report = readReport();
}

const stepFailures = (checked ? 0 : 1) + (built || !checked ? 0 : 1) + (built && !report ? 1 : 0);
// A run that failed without a failed test or suite in the report (e.g. the e2e server did not start) still counts once.
const suiteFailures = report && report.numFailedTests === 0 ? Math.max(report.numFailedTestSuites, testsOk ? 0 : 1) : 0;
const passed = report?.numPassedTests ?? 0;
const failed = (report?.numFailedTests ?? 0) + suiteFailures + stepFailures;
console.log(`\n${passed} passed, ${failed} failed${report?.numPendingTests ? `, ${report.numPendingTests} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
