/** Turns zod issues into one line per problem: file, field, what was expected, what was found. */
import type { z } from 'astro/zod';
import { suggestFor } from './validate-content.ts';

function describeFound(input: unknown): string {
  if (input === undefined) return 'nothing';
  // JSON has no NaN or infinity (`.nan`, `.inf` in YAML) and would print them as null.
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  return JSON.stringify(input);
}

function formatIssue(issue: z.core.$ZodIssue, file: string, data?: unknown): string {
  const field = issue.path.join('.') || '(frontmatter)';
  let found: unknown = data;
  for (const key of issue.path)
    found = found && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
  let message = issue.message;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const last = String(issue.path[issue.path.length - 1]);
    const hint = last === 'indicator' || last === 'province' ? `; ${suggestFor(last, String(found))}` : '';
    message = `giá trị không hợp lệ / invalid value: expected one of the known ids, found ${describeFound(found)}${hint}`;
  } else if (issue.code === 'invalid_type') {
    message = `sai kiểu dữ liệu / wrong type: expected ${issue.expected}, found ${describeFound(found)}`;
  } else if (issue.code === 'unrecognized_keys') {
    message = `trường không xác định / unknown field(s): ${issue.keys.join(', ')}`;
  } else if (/^expected /u.test(message) && found !== undefined) {
    message = `${message}, found ${describeFound(found)}`;
  }
  return `${file}: ${field}: ${message}`;
}

export function formatIssues(issues: z.core.$ZodIssue[], file: string, data?: unknown): string {
  return issues.map((issue) => formatIssue(issue, file, data)).join('\n');
}
