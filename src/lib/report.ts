/** The ingest's closing summary, as a reader of a terminal wants it. */
import { relative } from 'node:path';
import type { IngestReport } from './ingest.ts';

export function formatIngestReport(r: IngestReport): string {
  const rel = (p: string) => relative(process.cwd(), p);
  const lines = [
    `ingest: ${r.read} seed file(s) read, ${r.written.length} article(s) written, ${r.unchanged.length} unchanged, ${r.keptEdited.length} left alone, ${r.failed.length} failed`,
  ];
  for (const [slug, n] of Object.entries(r.metricsPerArticle)) lines.push(`  ${slug}: ${n} metric(s)`);
  for (const p of r.provincesCreated) lines.push(`  new province page: ${rel(p)}`);
  for (const p of r.keptEdited) lines.push(`  left alone: ${rel(p)}`);
  for (const f of r.failed) lines.push(`  FAILED ${f.file}: ${f.error}`);
  return lines.join('\n');
}
