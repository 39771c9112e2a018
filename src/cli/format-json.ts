/** `--json`: exactly one JSON object, the contract's shape (see report.ts), indented for people and jq alike. */
import type { ExtractReport } from './report';

export function formatJson(report: ExtractReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
