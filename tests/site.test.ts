/**
 * Builds the site once, from a fresh copy of the project under a sub-path, and checks
 * the output: valid HTML, no broken internal link, every figure on its province page and in the
 * downloads, a table for every chart, a search index over every page.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyCorrections, unitFiguresHref, unitHref } from '../src/lib/site/aggregate.ts';
import { CURRENT_PROVINCES, FORMER_PROVINCES, hasFormerPage } from '../src/lib/places/index.ts';
import { parseMdxFile } from '../src/lib/content/mdx.ts';
import { asPlainMarkdown } from '../src/lib/content/plain-markdown.ts';
import { articleEntrySchema, articlePeriod } from '../src/lib/content/validate-content.ts';
import { quoteAnchorId } from '../src/lib/quotes.ts';
import { matchPlaces, type PlaceAnswer } from '../src/lib/site/place-match.ts';
import { LICENCE, METRIC_COLUMNS } from '../src/lib/site/downloads.ts';
import { buildPolicy, IMMUTABLE_FOLDERS } from '../src/lib/site/csp.ts';
import { latestNationalReference, REFERENCE, referenceFor } from '../src/lib/reference.ts';
import { unzip } from './helpers/unzip.ts';
import { buildCopy, fileForUrl, htmlFiles, read, ROOT, type BuiltSite } from './helpers/build.ts';
import { useTempDirs } from './helpers/temp.ts';

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
/** A built page as a DOM (linkedom), parsed once per file. */
const doms = new Map<string, Document>();
function dom(file: string): Document {
  if (!doms.has(file)) doms.set(file, parseHTML(read(file)).document as unknown as Document);
  return doms.get(file)!;
}
const ids = (file: string) => new Set([...dom(file).querySelectorAll('[id]')].map((e) => e.id));
const links = (file: string) =>
  [...dom(file).querySelectorAll('[href], [src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src')!);

function brokenLinks(site: BuiltSite): string[] {
  const broken: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, ids(file));
    return idCache.get(file)!;
  };
  for (const file of htmlFiles(site.dist)) {
    for (const link of links(file)) {
      if (/^(https?:|mailto:|data:)/.test(link)) continue;
      const [path, fragment] = link.split('#');
      const target = path === '' ? file : fileForUrl(site.dist, site.base, path);
      if (!target) {
        broken.push(`${file}: ${link}`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment)))
        broken.push(`${file}: ${link} (no #${fragment})`);
    }
  }
  return broken;
}

/** The files of the whole-set download (`du-lieu/y-te-co-so.zip`). */
function wholeSet(site: BuiltSite): Map<string, Buffer> {
  return unzip(readFileSync(join(site.dist, 'du-lieu/y-te-co-so.zip')));
}

/** Every page of a unit's full list of figures (`so-lieu/`, `so-lieu/2/`…). */
function figureListPages(site: BuiltSite, path: string): string[] {
  const dir = join(site.dist, path);
  if (!existsSync(dir)) return [];
  const numbered = readdirSync(dir)
    .filter((f) => /^\d+$/.test(f))
    .map((f) => join(dir, f, 'index.html'));
  return [join(dir, 'index.html'), ...numbered].map(read);
}

/** The metrics of content/ as the site should show them (editors' corrections applied). */
function contentMetrics(site: BuiltSite) {
  const dir = join(site.project, 'content/articles');
  return readdirSync(dir).flatMap((f) => {
    const data = articleEntrySchema.parse(parseMdxFile(read(join(dir, f)))!.data);
    const slug = f.replace(/\.mdx$/, '');
    return applyCorrections(data.metrics, data.corrections).map((m) => ({ ...m, slug, period: m.period ?? articlePeriod(data) }));
  });
}

const fixture = (name: string) => read(new URL(`./fixtures/${name}`, import.meta.url).pathname);
const REMOVED_QUOTE = 'Thực hiện nhiệm vụ chỉ đạo tuyến cho 8 Trung tâm y tế huyện/thành phố.';

/** What an editor does in the sub-path build: a correction, a narrative with components. */
function editorChanges(project: string) {
  const article = join(project, 'content/articles/doan-cong-tac-cua-bo-y-te-lam-viec-voi-ubnd-tinh-lai-chau.mdx');
  writeFileSync(
    article,
    read(article).replace(
      'corrections: []',
      `corrections:\n  - indicator: district_health_centers\n    quote: ${REMOVED_QUOTE}\n    action: remove\n    reason: Không phải tổng số của tỉnh.`,
    ),
  );
  const hauGiang = join(project, 'content/articles/hau-giang-y-te-co-so-giu-vai-tro-tuyen-dau-trong-phong-va-kham-chua-benh.mdx');
  writeFileSync(
    hauGiang,
    read(hauGiang).replace(
      'corrections: []',
      'corrections:\n  - indicator: hospital_beds_per_10k\n    quote: Đến nay, Hậu Giang có 9,32 bác sỹ/vạn dân; 35,8 giường bệnh/vạn dân; người dân tham gia bảo hiểm y tế đạt 94,09%.\n    action: replace\n    set:\n      year: 2021\n    reason: Năm theo báo cáo của Sở Y tế.',
    ),
  );
  writeFileSync(
    join(project, 'content/provinces/lai-chau.mdx'),
    '---\nprovince: lai-chau\n---\n\n<Callout title="Ghi chú biên tập">Lai Châu không sáp nhập năm 2025.</Callout>\n\n<HeadlineFigure province="lai-chau" indicator="health_insurance_coverage" />\n\n<IndicatorChart indicator="doctors_per_10k" provinces={["lai-chau", "ha-giang"]} />\n\n| Huyện | Trạm đạt chuẩn |\n|---|---|\n| Phong Thổ | 13/17 |\n',
  );
}

/** A seed about something else, a seed without a place and a copy of a real seed: the build publishes everything else. */
const SEEDS_THAT_FAIL = {
  'zz-not-health.txt': 'Hà Giang: củ cải muối xuất khẩu\n\nTỉnh Hà Giang xuất khẩu 20 tấn củ cải sang Nhật Bản.\n',
  'zz-no-place.txt':
    'Tăng cường chăm sóc sức khỏe\n\nBệnh viện có 120 bác sĩ và tổ chức khám bệnh miễn phí cho người dân trong tuần qua.\n',
  'zz-copy.txt': read(join(ROOT, 'seeds/004_c191ba60ce7ab2c5.txt')),
};

/** Two dated articles on one province's doctors (2022 to 2024) and one on another's 2024: a trend and a rank. */
const TREND_SEEDS = {
  'zz-trend-dien-bien-2023.txt': fixture('trend-dien-bien-2023.txt'),
  'zz-trend-dien-bien-2024.txt': fixture('trend-dien-bien-2024.txt'),
  'zz-trend-lai-chau-2024.txt': fixture('trend-lai-chau-2024.txt'),
};

// One full build, under a sub-path, carrying what a newcomer and an attacker add: a new province, a
// hostile seed, editors' changes. (The browser tests build at the root, without a host.)
const basePath = '/mot/duong-dan/';
const tempDir = useTempDirs();

describe('the built site under a sub-path', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildCopy({
      tempDir,
      basePath,
      siteUrl: 'https://y-te.example.org',
      extraSeeds: {
        'zz-dien-bien.txt': `Nguồn: https://baodienbienphu.example/y-te/bai-1\nBáo: Báo Điện Biên Phủ\n${fixture('dien-bien.txt')}`,
        'zz-hostile.txt': fixture('hostile.txt'),
        'zz-hostile-title.txt': fixture('hostile-title.txt'),
        'zz-hostile-unclosed.txt': fixture('hostile-unclosed.txt'),
        ...TREND_SEEDS,
        ...SEEDS_THAT_FAIL,
      },
      edit: editorChanges,
    });
  }, 240_000);

  it('publishes every other article when a seed fails or repeats another, and says so in both languages', () => {
    expect(site.ingestOutput).toContain('FAILED zz-not-health.txt: no health content');
    expect(site.ingestOutput).toContain('LỖI zz-not-health.txt: không phải bài về y tế');
    // An article without a place is published as an article, its figure held: on no profile, in no download.
    expect(site.ingestOutput).toContain('unplaced: tang-cuong-cham-soc-suc-khoe');
    expect(existsSync(join(site.dist, 'bai-viet/tang-cuong-cham-soc-suc-khoe/index.html'))).toBe(true);
    expect(wholeSet(site).get('metrics.json')!.toString('utf8')).not.toContain('Bệnh viện có 120 bác sĩ');
    expect(site.ingestOutput).toContain('skipped zz-copy.txt: same article as 004_c191ba60ce7ab2c5.txt');
    expect(readdirSync(join(site.dist, 'bai-viet')).filter((d) => !d.endsWith('.html')).length).toBeGreaterThanOrEqual(7);
  });

  it('has the pages, downloads and files a static host needs', () => {
    for (const path of [
      'index.html',
      '404.html',
      'robots.txt',
      'sitemap.xml',
      '_headers',
      'du-lieu/y-te-co-so.zip',
      'du-lieu/README.txt',
      'du-lieu/tinh/lai-chau.csv',
      'du-lieu/tinh/lai-chau-excel.csv',
      'du-lieu/reference.csv',
      'tinh/lai-chau/index.html',
      'tinh/ha-giang/index.html',
      'tinh/hau-giang/index.html',
      'tinh/tuyen-quang/index.html',
      'tinh/can-tho/index.html',
      'tinh-cu/ha-giang/index.html',
      'tinh-cu/hau-giang/index.html',
      'so-sanh/index.html',
      'so-sanh/tinh-cu/index.html',
      'chi-so/doctors_per_10k/tinh-cu/index.html',
      'du-lieu/chi-so/doctors_per_10k.csv',
      'tim-kiem/noi.json',
      'du-lieu/chi-so/doctors_per_10k.json',
      'gioi-thieu/index.html',
      'chi-so/doctors_per_10k/index.html',
      'ban-do.svg',
    ]) {
      expect(existsSync(join(site.dist, path)), path).toBe(true);
    }
    // One profile per province the seeds are about, and no other (not Sóc Trăng, Yên Bái…).
    // One page per current province, and every former province's old address leads on to its page.
    const ids = new Set([...CURRENT_PROVINCES, ...FORMER_PROVINCES].map((p) => p.id));
    expect(new Set(readdirSync(join(site.dist, 'tinh')).filter((f) => f !== 'index.html'))).toEqual(ids);
    expect(
      readdirSync(join(site.dist, 'tinh-cu'))
        .filter((f) => f !== 'index.html')
        .sort(),
    ).toEqual(
      FORMER_PROVINCES.filter(hasFormerPage)
        .map((p) => p.id)
        .sort(),
    );
    expect(read(join(site.dist, 'tinh/ha-giang/index.html'))).toContain(`content="0; url=${site.base}tinh-cu/ha-giang/"`);
    expect(read(join(site.dist, 'tinh/thua-thien-hue/index.html'))).toContain(`content="0; url=${site.base}tinh/hue/"`);
  });

  it('every page is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'long-title': 'off', 'valid-id': ['error', { relaxed: true }] },
    });
    const problems: string[] = [];
    for (const file of htmlFiles(site.dist)) {
      const report = await validator.validateString(read(file), file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    expect(brokenLinks(site)).toEqual([]);
  });

  it('every link and asset stays under the base path', () => {
    for (const file of htmlFiles(site.dist)) {
      for (const link of links(file)) {
        if (link.startsWith('/')) expect(link.startsWith(site.base), `${file}: ${link}`).toBe(true);
      }
    }
  });

  it('lists every metric of content/ on the full list of its province, linked to its highlighted sentence', () => {
    const metrics = contentMetrics(site);
    expect(metrics.length).toBeGreaterThan(30);
    for (const m of metrics) {
      if (!m.province) continue;
      const anchor = quoteAnchorId(m.quote);
      const list = figureListPages(site, unitFiguresHref(m.period, m.province)).join('\n');
      expect(list, `${m.indicator} in ${m.slug}`).toContain(`bai-viet/${m.slug}/#${anchor}`);
      const article = read(join(site.dist, 'bai-viet', m.slug, 'index.html'));
      expect(article).toContain(`<mark id="${anchor}" class="quote">`);
    }
  });

  it('shows every figure’s quote with the figure in it, highlighted', () => {
    let quotes = 0;
    for (const file of htmlFiles(site.dist)) {
      for (const link of dom(file).querySelectorAll('td.block > a[href*="#q-"]')) {
        quotes++;
        const marks = [...link.querySelectorAll('mark.figure')].map((m) => m.textContent!);
        expect(marks.length, `${file}: ${link.textContent!.slice(0, 80)}`).toBeGreaterThan(0);
        for (const m of marks) expect(m, file).toMatch(/^[\d.,  ]+$/);
      }
    }
    expect(quotes).toBeGreaterThan(30);
  });

  it('shows a figure at most twice on a profile (its trend apart), and links the profile to its full list', () => {
    const metrics = contentMetrics(site);
    const pages = new Set(metrics.filter((m) => m.province).map((m) => unitHref(m.period, m.province!)));
    expect(pages.size).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      // What an editor writes under the profile (a HeadlineFigure, a chart) is the editor's choice: not counted.
      // A trend shows a figure again among its other years: a different view, not counted either.
      const document = parseHTML(read(join(site.dist, page, 'index.html'))).document;
      document.querySelector('.narrative')?.remove();
      const hrefs = () => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
      const all = hrefs();
      for (const trend of document.querySelectorAll('section.trend')) trend.remove();
      const links = hrefs();
      const here = metrics.filter((m) => m.province && unitHref(m.period, m.province) === page);
      // Several figures can come from one sentence: each may appear twice.
      const perSentence = new Map<string, number>();
      for (const m of here) {
        const href = `bai-viet/${m.slug}/#${quoteAnchorId(m.quote)}`;
        perSentence.set(href, (perSentence.get(href) ?? 0) + 1);
      }
      for (const [href, figures] of perSentence) {
        const shown = links.filter((l) => l.endsWith(href)).length;
        expect(shown, `${page}: ${href}`).toBeLessThanOrEqual(2 * figures);
      }
      // A figure a newer one of its place replaced is on the full list (and in a trend when dated), not on the profile.
      const onProfile = [...perSentence.keys()].filter((href) => all.some((l) => l.endsWith(href)));
      expect(onProfile.length, page).toBeGreaterThan(perSentence.size / 2);
      expect(links).toContain(`${site.base}${unitFiguresHref(here[0].period, here[0].province!)}`);
    }
  });

  it('puts every metric in the whole-set zip and in its province file, with its quote and article URL', () => {
    const metrics = contentMetrics(site);
    const files = wholeSet(site);
    expect([...files.keys()]).toEqual(['README.txt', 'metrics.csv', 'metrics-excel.csv', 'metrics.json', 'reference.csv']);
    const json = JSON.parse(files.get('metrics.json')!.toString('utf8')) as {
      metrics: { quote: string; indicator: string; article_url: string; current_province: string | null }[];
      licence: unknown;
    };
    expect(json.licence).toBeTruthy();
    expect(json.metrics).toHaveLength(metrics.length);
    for (const m of metrics) {
      // Absolute when the host is known (SITE_URL, the sub-path build), a site path otherwise.
      expect(
        json.metrics.some(
          (r) =>
            r.quote === m.quote &&
            r.indicator === m.indicator &&
            new URL(r.article_url, 'http://host.invalid').pathname.startsWith(`${site.base}bai-viet/${m.slug}/`),
        ),
      ).toBe(true);
    }
    const csv = files.get('metrics.csv')!.toString('utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(metrics.length + 1);
    // The Excel variant has the same rows, `;` between fields and decimal commas.
    const excel = files.get('metrics-excel.csv')!.toString('utf8');
    expect(excel.trim().split('\r\n')).toHaveLength(metrics.length + 1);
    expect(excel.split('\r\n')[0]).toBe(`\uFEFF${[...METRIC_COLUMNS].join(';')}`);
    const decimal = metrics.find((m) => !Number.isInteger(m.value))!;
    expect(excel).toContain(`;${String(decimal.value).replace('.', ',')};`);
    expect(files.get('README.txt')!.toString('utf8')).toBe(read(join(site.dist, 'du-lieu/README.txt')));
    expect(files.get('README.txt')!.toString('utf8')).toContain(LICENCE.url);
    // Each province file holds exactly the figures of its province (current or former units): no file has them all.
    const byProvince = new Map<string, number>();
    for (const r of json.metrics) if (r.current_province) byProvince.set(r.current_province, (byProvince.get(r.current_province) ?? 0) + 1);
    expect(byProvince.size).toBeGreaterThan(1);
    for (const [id, count] of byProvince) {
      expect(
        read(join(site.dist, `du-lieu/tinh/${id}.csv`))
          .trim()
          .split('\r\n'),
        id,
      ).toHaveLength(count + 1);
      expect(
        read(join(site.dist, `du-lieu/tinh/${id}-excel.csv`))
          .trim()
          .split('\r\n'),
        id,
      ).toHaveLength(count + 1);
    }
    expect(existsSync(join(site.dist, 'du-lieu/metrics.csv'))).toBe(false);
    // The same records as JSON at stable addresses: per province and per indicator, with licence and citation.
    for (const [id, count] of byProvince) {
      const file = JSON.parse(read(join(site.dist, `du-lieu/tinh/${id}.json`))) as {
        metrics: unknown[];
        licence: unknown;
        citation: string;
      };
      expect(file.metrics, id).toHaveLength(count);
      expect(file.licence).toEqual(LICENCE);
      expect(file.citation).toMatch(/^Y tế cơ sở các tỉnh: /);
    }
    const doctors = JSON.parse(read(join(site.dist, 'du-lieu/chi-so/doctors_per_10k.json'))) as { metrics: { indicator: string }[] };
    expect(doctors.metrics).toHaveLength(json.metrics.filter((m) => m.indicator === 'doctors_per_10k').length);
  });

  it('writes what a reader sees the Vietnamese way: capitalised headings, spaced separators, no empty promises', () => {
    const text = (html: string) => decode(html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    for (const file of htmlFiles(site.dist)) {
      const html = read(file);
      for (const h of dom(file).querySelectorAll('h1, h2, h3, h4')) {
        const heading = h.textContent!.replace(/\s+/g, ' ').trim();
        if (heading === '' || /^[\d"'(“{<]/.test(heading) || html.includes('data-hostile')) continue;
        expect(heading.charAt(0), `${file}: <${h.tagName.toLowerCase()}> ${heading}`).toBe(heading.charAt(0).toLocaleUpperCase('vi'));
      }
      const body = text(html.split('<main')[1] ?? '');
      expect(body, file).not.toMatch(/\S·|·\S/);
      // Sentences of the site's own text are spaced; article bodies, and titles and quotes (links), are the articles' text.
      const own = text((html.split('<main')[1] ?? '').split('<div class="article-body"')[0].replace(/<a [^>]*>[\s\S]*?<\/a>/g, ' '));
      expect(own, file).not.toMatch(/\p{Ll}[.;:]\p{Lu}/u);
    }
    // No stacked brackets ("Hà Giang (tỉnh cũ) (2020)") in what a reader or a chart label shows.
    for (const file of htmlFiles(site.dist)) {
      const html = read(file);
      // The site's own words: article bodies and titles and quotes (links) are the articles' text.
      const ownText = text(
        (html.split('<main')[1] ?? '')
          .split('<div class="article-body"')[0]
          .replace(/<a [^>]*>[\s\S]*?<\/a>/g, ' … ')
          .replace(/<h1>[\s\S]*?<\/h1>/, ' '),
      );
      expect(ownText, file).not.toMatch(/\)\s*[(]|\)\)|[Mm]ục tiêu[^;.:]*, mục tiêu/);
      for (const row of dom(file).querySelectorAll('tr[data-place]'))
        expect(`${row.getAttribute('data-place')}, ${row.getAttribute('data-when')}`, file).not.toMatch(
          /\)\s*[(]|\)\)|[Mm]ục tiêu[^;]*, mục tiêu/,
        );
      // A page's own dateline ("Thứ năm - 30/06/2022 10:15 707 0") is chrome, not something to show.
      expect(text(html), file).not.toMatch(/Thứ [a-zăâêôơư]+ - \d/u);
    }
    // Thừa Thiên Huế became the city of Huế without merging: no empty partner list, no invented name.
    const hue = text(read(join(site.dist, 'tinh/hue/index.html')));
    expect(hue).not.toContain('hợp nhất với ;');
    expect(hue).not.toContain('thành phố Thừa Thiên Huế');
    expect(hue).toContain('thành phố Huế');
    // A province without figures says so and promises nothing below.
    const sonLa = text(read(join(site.dist, 'tinh/son-la/index.html')));
    expect(sonLa).toContain('Chưa có số liệu');
    expect(sonLa).not.toMatch(/bên dưới|dưới đây/);
    // Not a dead end: the country's values as reference, the region's provinces with figures, how to contribute.
    expect(sonLa).toContain('Cả nước, để tham chiếu');
    expect(sonLa).toMatch(/Bác sĩ trên 10\.000 dân\s*: 15 bác sĩ\/vạn dân · 2025, ước tính/);
    expect(sonLa).toContain('Các tỉnh cùng vùng đã có số liệu');
    expect(sonLa).toContain('Lai Châu');
    expect(sonLa).toContain('Góp một bài báo');
  });

  it('gives every chart its data table, with the same rows', () => {
    let charts = 0;
    for (const file of htmlFiles(site.dist)) {
      const document = dom(file);
      const boxes = [...document.querySelectorAll('[data-chart]')];
      for (const box of boxes) {
        charts++;
        const id = box.getAttribute('data-chart')!;
        const table = document.querySelector(`table[data-chart-table="${id}"]`);
        expect(table, `${file}: chart ${id}`).not.toBeNull();
        expect(table!.querySelectorAll('tbody tr[data-value]').length, `${file}: chart ${id}`).toBeGreaterThan(0);
      }
      // The chart script is only on pages that have a chart.
      const scripts = [...document.querySelectorAll('script[src]')].map((e) => e.getAttribute('src')!);
      if (boxes.length === 0)
        expect(
          scripts.filter((src) => /ComparisonChart|ChartFigure/.test(src)),
          file,
        ).toEqual([]);
    }
    expect(charts).toBeGreaterThan(3);
  });

  it('indexes every page that is not excluded from search', () => {
    const entry = JSON.parse(read(join(site.dist, 'pagefind/pagefind-entry.json'))) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const pages = htmlFiles(site.dist).filter((f) => read(f).includes('data-pagefind-body'));
    expect(indexed).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(30);
  });

  it('leaves the pages themselves free of the search-only text', () => {
    expect(read(join(site.dist, 'tinh/lai-chau/index.html'))).not.toContain('data-pagefind-weight');
  });

  it('gives absolute canonical URLs only when the host is known', () => {
    const html = read(join(site.dist, 'tinh/lai-chau/index.html'));
    expect(html).toContain('<link rel="canonical" href="https://y-te.example.org/mot/duong-dan/tinh/lai-chau/">');
    expect(read(join(site.dist, 'robots.txt'))).toContain('Sitemap: https://y-te.example.org/mot/duong-dan/sitemap.xml');
    expect(wholeSet(site).get('metrics.csv')!.toString('utf8')).toContain(',https://y-te.example.org/mot/duong-dan/bai-viet/');
    expect(read(join(site.dist, 'du-lieu/tinh/lai-chau-excel.csv'))).toContain(';https://y-te.example.org/mot/duong-dan/bai-viet/');
    expect(read(join(site.dist, 'du-lieu/README.txt'))).toContain('https://y-te.example.org/mot/duong-dan/');
  });

  it('reads the compare and indicator pages by the 34 current provinces or by the 63 former ones', () => {
    const choices = (html: string) =>
      [...parseHTML(html).document.querySelectorAll('select[name="p0"] option')].map((o) => o.getAttribute('value')!);
    const missingCount = (html: string) => Number(html.match(/id="chua-co-so-lieu">Chưa có số liệu \((\d+)\)/)?.[1] ?? 0);
    const views = [
      { file: 'so-sanh/index.html', ids: CURRENT_PROVINCES.map((p) => p.id), total: 34, own: 'tuyen-quang', other: 'ha-giang' },
      { file: 'so-sanh/tinh-cu/index.html', ids: FORMER_PROVINCES.map((p) => p.id), total: 63, own: 'ha-giang', other: 'tuyen-quang' },
    ];
    for (const v of views) {
      const html = read(join(site.dist, v.file));
      const units = choices(html);
      // Every province of the view is either one to choose or listed as without figures.
      expect(units.length + missingCount(html)).toBe(v.total);
      for (const id of units) expect(v.ids).toContain(id);
      expect(units).toContain(v.own);
      expect(units).not.toContain(v.other);
      expect(html).toMatch(/<a href="[^"]*so-sanh\/(tinh-cu\/)?" aria-current="page">/);
    }
    // Today's Tuyên Quang shows Hà Giang's figure under the old name, never as its own value.
    const tuyenQuang = JSON.parse(read(join(site.dist, 'so-sanh/cot/current/tuyen-quang.json'))) as {
      actual: Record<string, { label?: string }[]>;
    };
    expect(
      Object.values(tuyenQuang.actual)
        .flat()
        .some((f) => f.label === 'Hà Giang (tỉnh cũ)'),
    ).toBe(true);
    const indicator = join(site.dist, 'chi-so/doctors_per_10k/index.html');
    const former = join(site.dist, 'chi-so/doctors_per_10k/tinh-cu/index.html');
    const units = (file: string) => [...dom(file).querySelectorAll('tr[data-unit]')].map((tr) => tr.getAttribute('data-unit')!);
    expect(units(indicator)).toEqual(expect.arrayContaining(['tuyen-quang', 'can-tho']));
    expect(units(indicator)).not.toContain('ha-giang');
    expect(units(former)).toEqual(expect.arrayContaining(['ha-giang', 'hau-giang']));
    expect(units(former)).not.toContain('tuyen-quang');
    for (const id of units(former)) expect(FORMER_PROVINCES.map((p) => p.id)).toContain(id);
  });

  it('carries three provinces’ columns on the compare page and every other one as a column file under the base path', () => {
    for (const [page, view] of [
      ['so-sanh/index.html', 'current'],
      ['so-sanh/tinh-cu/index.html', 'former'],
    ]) {
      const document = parseHTML(read(join(site.dist, page))).document;
      expect(document.querySelectorAll('#compare-table thead th[data-province]').length).toBeLessThanOrEqual(3);
      const options = [...document.querySelectorAll('select[name="p0"] option')].map((o) => o.getAttribute('value')!);
      expect(options.length).toBeGreaterThan(3);
      expect(document.querySelector('#compare-form')!.getAttribute('data-columns')).toBe(`${basePath}so-sanh/cot/${view}/`);
      for (const id of options) {
        const column = JSON.parse(read(join(site.dist, `so-sanh/cot/${view}/${id}.json`))) as {
          id: string;
          href: string;
          actual: Record<string, { href: string }[]>;
        };
        expect(column.id).toBe(id);
        expect(column.href.startsWith(basePath)).toBe(true);
        for (const figures of Object.values(column.actual))
          for (const f of figures) expect(f.href.startsWith(`${basePath}bai-viet/`)).toBe(true);
      }
    }
  });

  it('compares with one national value per indicator on the compare page: the latest, in the table and the chart', () => {
    const html = read(join(site.dist, 'so-sanh/index.html'));
    const charted = [...parseHTML(html).document.querySelectorAll('tr[data-source="national"]')].map((tr) =>
      Number(tr.getAttribute('data-value')),
    );
    expect(charted.length).toBeGreaterThan(0);
    for (const id of ['doctors_per_10k', 'hospital_beds_per_10k', 'health_insurance_coverage']) {
      const latest = latestNationalReference(id)!;
      const older = referenceFor(id).filter((r) => r.kind === 'national' && r.year < latest.year);
      for (const r of older) expect(html, `${id} ${r.year}`).not.toContain(`<span class="meta">(${r.year})</span>`);
    }
    for (const value of charted)
      expect(REFERENCE.some((r) => r.kind === 'national' && r.value === value && latestNationalReference(r.indicator) === r)).toBe(true);
  });

  it('lists every article on /nguon/ with its outlet and date, and dates the site by its content, not the build', () => {
    const sources = read(join(site.dist, 'nguon/index.html'));
    const list = parseHTML(read(join(site.dist, 'bai-viet/index.html'))).document;
    const articles = readdirSync(join(site.project, 'content/articles')).map((f) => f.replace(/\.mdx$/, ''));
    // Fewer than a page of articles: the sources page shows them all, and so does the list, with outlet and date.
    for (const slug of articles) expect(sources, slug).toContain(`href="${site.base}bai-viet/${slug}/"`);
    const rows = [...list.querySelectorAll('tbody tr')];
    expect(rows.map((tr) => tr.querySelector('th a')!.getAttribute('href')).sort()).toEqual(
      articles.map((slug) => `${site.base}bai-viet/${slug}/`).sort(),
    );
    expect(rows.every((tr) => tr.querySelectorAll('td').length === 5)).toBe(true);
    const newest = articles
      .map((f) => parseMdxFile(read(join(site.project, 'content/articles', `${f}.mdx`)))!.data.date as string | undefined)
      .filter(Boolean)
      .sort()
      .pop()!;
    const shown = newest.split('-').reverse().join('/');
    expect(read(join(site.dist, 'index.html'))).toContain(`Cập nhật ${shown}`);
    expect(read(join(site.dist, 'du-lieu/README.txt'))).toContain(`Cập nhật / updated: `);
  });

  it('lists the 34 provinces A–Z by region with their predecessors, and the 63 former ones', () => {
    const entries = (path: string) => [...dom(join(site.dist, path)).querySelectorAll('ul.directory > li')];
    const linksOf = (li: Element) => [...li.querySelectorAll('a')].map((a) => ({ text: a.textContent, href: a.getAttribute('href') }));
    expect(entries('tinh/index.html')).toHaveLength(34);
    const tuyenQuang = entries('tinh/index.html').find((li) => linksOf(li).some((a) => a.text === 'Tuyên Quang'))!;
    expect(linksOf(tuyenQuang).map((a) => a.text)).toContain('Hà Giang (tỉnh cũ)');
    expect(entries('tinh-cu/index.html')).toHaveLength(63);
    const haGiang = entries('tinh-cu/index.html').find((li) => linksOf(li).some((a) => a.text === 'Hà Giang'))!;
    expect(linksOf(haGiang).map((a) => a.href)).toContain(`${site.base}tinh/tuyen-quang/`);
    // The home page's picker is the same 34, A–Z, each findable by its former provinces' names, without JavaScript.
    const picker = [...dom(join(site.dist, 'index.html')).querySelectorAll('#bang-so-lieu tbody tr')];
    expect(picker).toHaveLength(34);
    const names = picker.map((tr) => tr.querySelector('th a')!.textContent!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    expect(picker.find((tr) => tr.querySelector('th a')!.textContent === 'Tuyên Quang')!.getAttribute('data-search')).toContain('ha giang');
    // Breadcrumbs lead to the lists and their region sections.
    const crumbs = [...dom(join(site.dist, 'tinh/lai-chau/index.html')).querySelectorAll('nav.breadcrumbs a')].map(
      (a) => a.getAttribute('href')!,
    );
    expect(crumbs.some((href) => new RegExp(`^${site.base}tinh/#vung-[a-z-]+$`).test(href))).toBe(true);
  });

  it('answers a search for a province by its former or current name with the right pages', () => {
    const json = dom(join(site.dist, 'tim-kiem/index.html')).querySelector('script#place-answers')?.textContent;
    expect(json).toBeTruthy();
    const answers = JSON.parse(json!) as PlaceAnswer[];
    const at = (p: string) => `${basePath}${p}`;
    expect(matchPlaces('Hà Giang', answers).map((a) => a.path)).toEqual([at('tinh-cu/ha-giang/'), at('tinh/tuyen-quang/')]);
    expect(matchPlaces('tuyen quang', answers)[0].path).toBe(at('tinh/tuyen-quang/'));
    expect(matchPlaces('Cần Thơ', answers)[0].path).toBe(at('tinh/can-tho/'));
    // Every answer leads to a page of the build, and says how many figures it holds.
    for (const a of answers) expect(fileForUrl(site.dist, site.base, a.path), a.path).toBeTruthy();
    expect(answers.find((a) => a.path === at('tinh/tuyen-quang/'))!.figures).toBeGreaterThan(0);
  });

  it('draws a map on each indicator page with province values: linked values, no-data class, both archipelagos', () => {
    const areasOf = (document: Document) =>
      [...document.querySelectorAll('figure.map a.area')].map((a) => ({
        href: a.getAttribute('href')!,
        label: a.getAttribute('aria-label')!,
        cls: a.getAttribute('class')!.replace(/^area /, ''),
      }));
    let checked = 0;
    for (const dir of readdirSync(join(site.dist, 'chi-so'))) {
      for (const [variant, total] of [
        ['', 34],
        ['tinh-cu/', 63],
      ] as const) {
        const file = join(site.dist, 'chi-so', dir, variant, 'index.html');
        if (!existsSync(file)) continue;
        const html = read(file);
        const document = dom(file);
        // The table beside the map: one row per province with a value, its link and its actual value.
        const table = document.querySelector('table#bang-tinh');
        if (!table) {
          expect(document.querySelector('figure.map'), file).toBeNull();
          continue;
        }
        const areas = areasOf(document);
        expect(areas, file).toHaveLength(total);
        let withActual = 0;
        for (const row of table.querySelectorAll('tr[data-unit]')) {
          const place = row.querySelector('th a')!;
          const cell = row.querySelector('td.num')!;
          const actual = cell.firstElementChild?.tagName === 'A' ? cell.firstElementChild.textContent : undefined;
          const related = !actual && !!cell.querySelector('.cell-figure.related');
          const area = areas.find((a) => a.href === place.getAttribute('href'));
          expect(area, `${file}: ${place.textContent}`).toBeTruthy();
          if (actual) expect(area!.label, file).toContain(actual);
          // An actual value has a colour class; predecessors' figures only, the hatched class; a target only, no data.
          expect(area!.cls, file).toMatch(actual ? /^c[0-4]$/ : related ? /^former$/ : /^none$/);
          if (actual || related) withActual++;
        }
        expect(areas.filter((a) => a.cls === 'none').length, file).toBe(total - withActual);
        for (const a of areas.filter((x) => x.cls === 'none')) expect(a.label).toMatch(/: chưa có số liệu$/);
        expect(html).toMatch(/<use href="[^"]*ban-do\.svg\?v=[0-9a-f]+#hoang-sa"/);
        expect(html).toMatch(/<use href="[^"]*ban-do\.svg\?v=[0-9a-f]+#truong-sa"/);
        expect(html).toContain('Quần đảo Hoàng Sa');
        expect(html).toContain('Quần đảo Trường Sa');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
    // One sprite for the whole site, under the base path.
    const sprite = read(join(site.dist, 'ban-do.svg'));
    expect((sprite.match(/<path id="/g) ?? []).length).toBe(65);
    expect(read(join(site.dist, 'index.html'))).toMatch(new RegExp(`<use href="${basePath}ban-do\\.svg\\?v=`));
  });

  it('never shows readers an internal file name, and links an article to its original when the seed gave one', () => {
    for (const file of htmlFiles(site.dist)) expect(read(file), file).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    const slug = readdirSync(join(site.dist, 'bai-viet')).find((d) => d.startsWith('dien-bien-nang-cao'))!;
    const page = read(join(site.dist, 'bai-viet', slug, 'index.html'));
    expect(page).toContain('Bài gốc: <a href="https://baodienbienphu.example/y-te/bai-1">Báo Điện Biên Phủ, baodienbienphu.example</a>');
    const json = JSON.parse(wholeSet(site).get('metrics.json')!.toString('utf8')) as {
      metrics: { article: string; source_url: string | null }[];
    };
    expect(
      json.metrics
        .filter((m) => m.article.startsWith('dien-bien-nang-cao'))
        .every((m) => m.source_url === 'https://baodienbienphu.example/y-te/bai-1'),
    ).toBe(true);
  });

  it('publishes a newcomer’s article for a new province: profile, downloads, search index', () => {
    const profile = read(join(site.dist, 'tinh/dien-bien/index.html'));
    expect(profile).toContain('Y tế cơ sở tỉnh Điện Biên');
    expect(profile).toContain('8,9 bác sĩ/vạn dân');
    const json = JSON.parse(wholeSet(site).get('metrics.json')!.toString('utf8')) as {
      metrics: { province: string; value: number; article: string }[];
    };
    expect(
      json.metrics
        .filter((m) => m.article.startsWith('dien-bien-nang-cao'))
        .map((m) => m.value)
        .sort(),
    ).toEqual([19, 75.38, 8.9, 97.5].sort());
    expect(read(join(site.dist, 'sitemap.xml'))).toContain('/mot/duong-dan/tinh/dien-bien/');
  });

  it('draws a province’s figures of several years as a line, with its table, and ranks the latest among provinces of that year', () => {
    const document = parseHTML(read(join(site.dist, 'tinh/dien-bien/index.html'))).document;
    const box = document.querySelector('[data-chart-type="line"]')!;
    expect(box).toBeTruthy();
    const table = document.querySelector(`table[data-chart-table="${box.getAttribute('data-chart')}"]`)!;
    const points = [...table.querySelectorAll('tbody tr')].map((tr) => [
      tr.getAttribute('data-series'),
      tr.getAttribute('data-year'),
      tr.getAttribute('data-value'),
      tr.getAttribute('data-source'),
    ]);
    expect(points.filter((p) => p[3] === 'article')).toEqual([
      ['Điện Biên', '2022', '7.6', 'article'],
      ['Điện Biên', '2023', '8.1', 'article'],
      ['Điện Biên', '2024', '8.6', 'article'],
    ]);
    expect(points.some((p) => p[0] === 'Cả nước (tham chiếu)' && p[3] === 'national')).toBe(true);
    // The undated figure of the first article is listed under the chart, not drawn.
    expect(box.closest('section')!.querySelector('p.meta')!.textContent).toContain('8,9 bác sĩ/vạn dân');
    const card = [...document.querySelectorAll('.card')].find((c) => c.querySelector('h4')!.textContent === 'Bác sĩ trên 10.000 dân')!;
    expect(card.querySelector('.value')!.textContent).toBe('8,6 bác sĩ/vạn dân');
    expect([...card.querySelectorAll('.context')].map((p) => p.textContent)).toEqual(['Cao thứ 2 trong 2 tỉnh có số liệu năm 2024']);
    const indicator = parseHTML(read(join(site.dist, 'chi-so/doctors_per_10k/index.html'))).document;
    expect(indicator.querySelector('#bang-tinh tr[data-unit="lai-chau"] .rank')!.textContent).toBe('cao thứ 1/2 năm 2024');
    expect(indicator.querySelector('[data-chart-type="line"]')).toBeTruthy();
  });

  it('compiles only the bodies that need MDX: plain ones were rendered when content was synced', () => {
    const modules = read(join(site.project, '.astro/content-modules.mjs'));
    const compiled = [...modules.matchAll(/^\["([^"]+)"/gm)].map((m) => m[1]).sort();
    const articles = readdirSync(join(site.project, 'content/articles')).map((f) => `content/articles/${f}`);
    const needMdx = articles.filter((f) => asPlainMarkdown(parseMdxFile(read(join(site.project, f)))!.body) === undefined);
    // The editor's narrative with components needs MDX, and so does the hostile seed (a web address).
    expect(compiled).toEqual([...needMdx, 'content/provinces/lai-chau.mdx'].sort());
    expect(needMdx.length).toBe(1);
    expect(articles.length - needMdx.length).toBeGreaterThanOrEqual(5);
  });

  it('renders the hostile seed as text: no script, no handler, no javascript: link', () => {
    const dir = readdirSync(join(site.dist, 'bai-viet')).find((d) => d.startsWith('lai-chau-y-te-co-so-alert'));
    expect(dir).toBeTruthy();
    const html = read(join(site.dist, 'bai-viet', dir!, 'index.html'));
    const body = html.slice(html.indexOf('<div class="article-body">'), html.indexOf('</main>'));
    expect(body).toContain('&lt;img src=x onerror=&quot;alert(3)&quot;&gt;');
    expect(body).toContain('export const pwned');
    expect(body).toContain('{process.exit(1)}');
    // Only the page's own elements: no script, image, style or iframe, no handler, no javascript: URL.
    const tags = body.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(5);
    for (const tag of tags) {
      expect(tag).not.toMatch(/^<(script|img|style|iframe|object|embed|svg|div onclick)/i);
      expect(tag).not.toMatch(/\son[a-z]+=|javascript:/i);
    }
    // The title stands escaped in the page head and heading.
    expect(html).toContain('<title>Lai Châu: y tế cơ sở {alert(1)} &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // Every script on the page is the site's own: the hashed theme snippet or a bundled module.
    for (const tag of html.match(/<script[^>]*>/g) ?? [])
      expect(tag).toMatch(/^<script(?: type="module")?(?: src="\/mot\/duong-dan\/_astro\/[^"]+")?>$/);
  });

  it('gives every page, hostile headlines included, a policy with only the project’s own script hash, and escapes attributes', () => {
    const policies = new Set<string>();
    for (const file of htmlFiles(site.dist)) {
      const html = read(file);
      policies.add(/<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1] ?? 'none');
      // No bracket inside an attribute value: nothing that scans the page can read a tag in a title.
      for (const value of html.replace(/<(script|style|title)\b[^>]*>[\s\S]*?<\/\1>/g, '').matchAll(/="([^"]*)"/g))
        expect(value[1], file).not.toMatch(/[<>]/);
    }
    expect([...policies]).toEqual([buildPolicy()]);
    const headers = read(join(site.dist, '_headers'));
    expect(headers).toContain(`${site.base}*\n  Content-Security-Policy: ${buildPolicy(true)}`);
    // Hashed files are cached for a year, under the base path, and such folders exist in the build.
    for (const folder of IMMUTABLE_FOLDERS) {
      expect(headers).toContain(`${site.base}${folder}/*\n  Cache-Control: public, max-age=31536000, immutable`);
      expect(existsSync(join(site.dist, folder)), folder).toBe(true);
    }
    const titled = readdirSync(join(site.dist, 'bai-viet')).filter(
      (d) => d.startsWith('lai-chau-script-alert-1-script') || d.startsWith('ha-giang-script-document-title'),
    );
    expect(titled).toHaveLength(2);
    for (const slug of titled)
      expect(read(join(site.dist, 'bai-viet', slug, 'index.html'))).toMatch(/<meta property="og:title" content="[^"]*&lt;script&gt;/);
  });

  it('applies editors’ corrections and renders their MDX components', () => {
    const json = wholeSet(site).get('metrics.json')!.toString('utf8');
    expect(json).not.toContain(REMOVED_QUOTE);
    const hauGiang = read(join(site.dist, 'tinh-cu/hau-giang/index.html'));
    expect(hauGiang).toContain('Đã hiệu chỉnh');
    // Today's Cần Thơ shows the figures of Hậu Giang, labelled by old name and period.
    expect(read(join(site.dist, 'tinh/can-tho/index.html'))).toContain('Hậu Giang (tỉnh cũ)');
    const laiChau = read(join(site.dist, 'tinh/lai-chau/index.html'));
    expect(laiChau).toContain('Ghi chú biên tập');
    expect(laiChau).toMatch(/class="callout note"/);
    expect(laiChau).toMatch(/data-chart="bd-doctors_per_10k-lai-chau-ha-giang"/);
    expect(laiChau).toMatch(/<td>Phong Thổ<\/td>\s*<td>13\/17<\/td>/);
  });
});
