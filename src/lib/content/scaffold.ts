/** Templates for `npm run new`: a hand-written article and a province page that validate as they are. */
import { toFrontmatter } from './mdx.ts';
import { getAnyProvince as getProvince } from '../places/index.ts';
import { articleSlug, provinceStub } from './article-file.ts';
import { closest, PROVINCE_IDS } from './validate-content.ts';

export function unknownProvince(id: string): string {
  return `không có tỉnh "${id}" / unknown province id "${id}"; có phải ý bạn là / did you mean: ${closest(id, PROVINCE_IDS).join(', ')}?`;
}

export function articleTemplate(provinceId: string, title: string, sourceUrl: string): { slug: string; text: string } {
  if (!getProvince(provinceId)) throw new Error(unknownProvince(provinceId));
  if (!/^https?:\/\/\S+$/i.test(sourceUrl))
    throw new Error(`địa chỉ nguồn phải bắt đầu bằng http:// hoặc https:// / the source must be an http(s) address, found "${sourceUrl}"`);
  // The file name comes from the title, cut to a length every file system takes.
  const slug = articleSlug(title);
  if (!slug)
    throw new Error(
      `tiêu đề không có chữ hay số để đặt tên tệp / the title has no letter or digit to name the file after, found "${title}"`,
    );
  const data = { title, province: provinceId, districts: [], sourceUrl, photoCredits: [], metrics: [], corrections: [] };
  const body = `Dán nội dung bài báo vào đây, mỗi đoạn cách nhau một dòng trống.

Thêm số liệu vào danh sách metrics ở phần đầu tệp; mỗi số liệu cần câu trích dẫn (quote) có trong nội dung này.
`;
  return { slug, text: `${toFrontmatter(data)}\n${body}` };
}

export function provinceTemplate(provinceId: string): string {
  if (!getProvince(provinceId)) throw new Error(unknownProvince(provinceId));
  return provinceStub(provinceId);
}
