import type { Reporter, TestCase } from 'vitest/node';

/** Names every test that passed only when run again, so a retry is seen, never hidden. */
export default class RetriedReporter implements Reporter {
  private readonly retried: string[] = [];

  onTestCaseResult(test: TestCase): void {
    const retries = test.diagnostic()?.retryCount ?? 0;
    if (retries > 0 && test.result().state === 'passed') {
      this.retried.push(`${test.module.moduleId.replace(process.cwd() + '/', '')} > ${test.fullName}`);
    }
  }

  onTestRunEnd(): void {
    if (this.retried.length === 0) return;
    process.stdout.write(`\nPassed on a second run (failed once first):\n${this.retried.map((t) => `  ${t}`).join('\n')}\n`);
  }
}
