/**
 * `npm run review`: what waits for an editor across `content/articles/`: every held figure (file,
 * indicator, value, quote, why it was held) and every article the ingest could not place. An editor
 * publishes a held figure with one `corrections` entry (`action: confirm`), or leaves it held.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMdxFile } from './mdx.ts';
import { articleEntrySchema } from './validate-content.ts';
import type { z } from 'astro/zod';

export interface ReviewItem {
  /** `content/articles/<slug>.mdx` */
  file: string;
  /** A held figure, or the article itself when it has no place. */
  kind: 'held' | 'unplaced';
  indicator?: string;
  value?: number;
  unit?: string;
  quote?: string;
  reason: string;
}

/** Every held figure still unconfirmed and every unplaced article of a content folder, file by file. */
export function reviewList(contentDir: string): ReviewItem[] {
  const dir = join(contentDir, 'articles');
  let names: string[] = [];
  try {
    names = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort();
  } catch {
    return [];
  }
  const items: ReviewItem[] = [];
  for (const name of names) {
    const file = `content/articles/${name}`;
    let data: z.output<typeof articleEntrySchema>;
    try {
      const parsed = parseMdxFile(readFileSync(join(dir, name), 'utf8'));
      const result = parsed && articleEntrySchema.safeParse(parsed.data);
      // A file that does not validate is `npm run check`'s to report.
      if (!result?.success) continue;
      data = result.data;
    } catch {
      continue;
    }
    if (data.withdrawn) continue;
    if (data.unplaced && !data.province) items.push({ file, kind: 'unplaced', reason: data.unplaced });
    for (const h of data.held) {
      const confirmed = data.corrections.some((c) => c.action === 'confirm' && c.indicator === h.indicator && c.quote === h.quote);
      if (!confirmed)
        items.push({ file, kind: 'held', indicator: h.indicator, value: h.value, unit: h.unit, quote: h.quote, reason: h.held });
    }
  }
  return items;
}

/** The list as an editor reads it in a terminal, with the line that confirms each figure. */
export function formatReviewList(items: ReviewItem[]): string {
  if (items.length === 0) return 'review: nothing waits for an editor / không có gì chờ biên tập viên';
  const lines: string[] = [];
  const held = items.filter((i) => i.kind === 'held').length;
  const unplaced = items.length - held;
  lines.push(
    `review: ${held} held figure(s), ${unplaced} unplaced article(s) / ${held} số liệu chờ duyệt, ${unplaced} bài chưa xác định địa phương`,
  );
  for (const item of items) {
    if (item.kind === 'unplaced') {
      lines.push(
        `\n${item.file}: UNPLACED / CHƯA CÓ ĐỊA PHƯƠNG: ${item.reason}`,
        '  set `province: <id>` in the frontmatter, then confirm its held figures',
      );
      continue;
    }
    lines.push(
      `\n${item.file}: ${item.indicator} ${item.value} ${item.unit}`,
      `  held / lý do: ${item.reason}`,
      `  quote / câu: ${item.quote}`,
      `  to publish / để công bố: corrections: - { indicator: ${item.indicator}, quote: ${JSON.stringify(item.quote)}, action: confirm, reason: "…" }`,
    );
  }
  return lines.join('\n');
}
