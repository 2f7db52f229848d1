/** The ingest's closing summary, as a reader of a terminal wants it; failures in English and Vietnamese. */
import { relative } from 'node:path';
import type { FailureCode, IngestReport } from './ingest.ts';

/** What each failure means, for an editor who reads Vietnamese. */
export const FAILURE_VI: Record<FailureCode, string> = {
  empty: 'tệp rỗng (cần một dòng tiêu đề và nội dung bài)',
  encoding: 'không đọc được văn bản (tệp nhị phân hoặc mã hóa không phải UTF-8/UTF-16)',
  'no-title': 'không có dòng tiêu đề (dòng đầu tiên có chữ phải là tiêu đề bài)',
  'no-body': 'không còn nội dung bài sau khi làm sạch (cần ít nhất một đoạn văn)',
  'not-vietnamese': 'bài bằng tiếng Anh (cần một trang tiếng Việt)',
  'not-health': 'không phải bài về y tế (không có từ ngữ nào về y tế, khám chữa bệnh)',
  invalid: 'dữ liệu tạo ra không hợp lệ (xem chi tiết tiếng Anh)',
  unexpected: 'lỗi ngoài dự kiến khi xử lý tệp (xem chi tiết tiếng Anh)',
};

export interface ReportOptions {
  /** The build goes on without the failed seeds (`npm run build`): say so. */
  keepGoing?: boolean;
}

export function formatIngestReport(r: IngestReport, options: ReportOptions = {}): string {
  const rel = (p: string) => relative(process.cwd(), p);
  const lines = [
    `ingest: ${r.read} seed file(s) read, ${r.written.length} article(s) written, ${r.unchanged.length} unchanged, ${r.keptEdited.length} left alone, ${r.skipped.length} duplicate(s) skipped, ${r.failed.length} failed`,
  ];
  for (const [slug, n] of Object.entries(r.metricsPerArticle)) lines.push(`  ${slug}: ${n} metric(s)`);
  for (const p of r.provincesCreated) lines.push(`  new province page: ${rel(p)}`);
  for (const p of r.keptEdited) lines.push(`  left alone: ${rel(p)}`);
  for (const slug of r.unplaced)
    lines.push(`  unplaced: ${slug} (no place found: on no profile until an editor sets \`province\`) / chưa xác định địa phương`);
  if (r.held > 0) lines.push(`  ${r.held} figure(s) held for an editor: npm run review / ${r.held} số liệu chờ biên tập viên duyệt`);
  for (const f of r.ignored)
    lines.push(`  ignored ${f}: not a seed (expected a .txt or .html file) / bỏ qua: không phải tệp .txt hoặc .html`);
  for (const s of r.skipped)
    lines.push(`  skipped ${s.file}: same article as ${s.duplicateOf} (nothing written) / bỏ qua: trùng bài với ${s.duplicateOf}`);
  if (r.failed.length > 0) {
    lines.push(
      options.keepGoing
        ? `${r.failed.length} seed(s) failed; the site is built without them. / ${r.failed.length} tệp lỗi; trang web vẫn được dựng, không có các bài này.`
        : `${r.failed.length} seed(s) failed. / ${r.failed.length} tệp lỗi.`,
    );
  }
  for (const f of r.failed) {
    lines.push(`  FAILED ${f.file}: ${f.error}`);
    lines.push(`  LỖI ${f.file}: ${FAILURE_VI[f.code]}`);
  }
  if (r.unwritable.length > 0)
    lines.push(
      `${r.unwritable.length} file(s) could not be written; every other file was. / ${r.unwritable.length} tệp không ghi được; các tệp khác đã ghi.`,
    );
  for (const u of r.unwritable) {
    lines.push(`  NOT WRITTEN ${rel(u.file)}: ${u.error}`);
    lines.push(`  KHÔNG GHI ĐƯỢC ${rel(u.file)}: kiểm tra quyền ghi và dung lượng đĩa`);
  }
  return lines.join('\n');
}
