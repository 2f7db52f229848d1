/** Templates for `npm run new`: a hand-written article and a province page that validate as they are. */
import { toFrontmatter } from './mdx.ts';
import { getCurrentProvince, getFormerProvince } from './places/index.ts';

const getProvince = (id: string) => getCurrentProvince(id) ?? getFormerProvince(id);
import { provinceStub } from './ingest.ts';
import { slugify } from './text.ts';
import { closest, PROVINCE_IDS } from './validate-content.ts';

export function unknownProvince(id: string): string {
  return `không có tỉnh "${id}" / unknown province id "${id}"; có phải ý bạn là / did you mean: ${closest(id, PROVINCE_IDS).join(', ')}?`;
}

export function articleTemplate(provinceId: string, title: string, sourceUrl: string): { slug: string; text: string } {
  if (!getProvince(provinceId)) throw new Error(unknownProvince(provinceId));
  const data = { title, province: provinceId, districts: [], sourceUrl, photoCredits: [], metrics: [], corrections: [] };
  const body = `Dán nội dung bài báo vào đây, mỗi đoạn cách nhau một dòng trống.

Thêm số liệu vào danh sách metrics ở phần đầu tệp; mỗi số liệu cần câu trích dẫn (quote) có trong nội dung này.
`;
  return { slug: slugify(title), text: `${toFrontmatter(data)}\n${body}` };
}

export function provinceTemplate(provinceId: string): string {
  if (!getProvince(provinceId)) throw new Error(unknownProvince(provinceId));
  return provinceStub(provinceId);
}
