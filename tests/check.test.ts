import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/content/check.ts';
import { articleTemplate, provinceTemplate } from '../src/lib/content/scaffold.ts';
import { applyCorrections } from '../src/lib/site/aggregate.ts';
import { pathToFileURL } from 'node:url';
import { useTempDirs } from './helpers/temp.ts';
import { mdxToJs } from 'satteri';
import {
  isLiteralSource,
  isSafeExpressionSource,
  SATTERI_FEATURES,
  satteriQuoteAnchors,
  satteriTrustBoundary,
} from '../src/lib/content/satteri-plugins.ts';
import { quoteAnchorId } from '../src/lib/quotes.ts';
import { isUnsafeUrl } from '../src/lib/content/trust.ts';
import { MAX_NESTING } from '../src/lib/content/components.ts';
import { classifyExisting } from '../src/lib/content/article-file.ts';
import { parseMdxFile } from '../src/lib/content/mdx.ts';
import { articleEntrySchema } from '../src/lib/content/validate-content.ts';

const tempDir = useTempDirs();

const BODY = 'Tỉnh Lai Châu có 12,5 bác sĩ/vạn dân.\n';

function article(fields: string, body = BODY): string {
  return `---\ntitle: Bài thử\nprovince: lai-chau\nsourceUrl: https://example.org/bai\nmetrics:\n${fields}\n---\n${body}`;
}

const metric = (extra: string) =>
  `  - indicator: doctors_per_10k\n    value: 12.5\n    unit: bác sĩ/vạn dân\n    province: lai-chau\n    quote: Tỉnh Lai Châu có 12,5 bác sĩ/vạn dân.\n${extra}`;

function check(files: Record<string, string>) {
  const dir = tempDir('check-');
  mkdirSync(join(dir, 'articles'));
  mkdirSync(join(dir, 'provinces'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return checkContent(dir).problems;
}

describe('npm run check messages', () => {
  it('accepts a valid hand-written article', () => {
    expect(check({ 'articles/ok.mdx': article(metric('')) })).toEqual([]);
  });

  it('an unknown indicator: file, field, what was found, and the closest ids', () => {
    const [line] = check({ 'articles/a.mdx': article(metric('').replace('doctors_per_10k', 'doctor_per_10k')) });
    expect(line).toBe(
      'content/articles/a.mdx: metrics.0.indicator: giá trị không hợp lệ / invalid value: expected one of the known ids, found "doctor_per_10k"; có phải ý bạn là / did you mean: doctors_per_10k, nurses_per_10k, doctors_total?',
    );
  });

  it('an unknown province: the closest ids', () => {
    const [line] = check({
      'articles/a.mdx': article(metric('')).replace('province: lai-chau\nsourceUrl', 'province: lai-chao\nsourceUrl'),
    });
    expect(line).toMatch(/^content\/articles\/a\.mdx: province: .*found "lai-chao".*did you mean: lai-chau/);
  });

  it('a percentage out of its range', () => {
    const text = article(
      `  - indicator: health_insurance_coverage\n    value: 194.09\n    unit: "%"\n    province: lai-chau\n    quote: Tỉnh Lai Châu có 12,5 bác sĩ/vạn dân.\n`,
    );
    expect(check({ 'articles/a.mdx': text })).toEqual([
      'content/articles/a.mdx: metrics.0.value: giá trị ngoài khoảng hợp lệ của chỉ số health_insurance_coverage / value out of range: expected 0–100 %, found 194,09',
    ]);
  });

  it('a target without a year is kept (the text did not give one), not rejected', () => {
    expect(check({ 'articles/a.mdx': article(metric('    kind: target\n')) })).toEqual([]);
  });

  it('a district in an article from after 1 July 2025, when districts no longer exist', () => {
    const [line] = check({
      'articles/a.mdx': article(metric('    district: tan-uyen\n')).replace(
        'province: lai-chau\n',
        'province: lai-chau\nperiod: since-2025\n',
      ),
    });
    expect(line).toContain('metrics.0.district: không có cấp huyện từ 01/07/2025 / districts were abolished on 1 July 2025');
  });

  it('a district that does not belong to the province, with the closest districts', () => {
    const [line] = check({ 'articles/a.mdx': article(metric('    district: tan-uyenn\n')) });
    expect(line).toBe(
      'content/articles/a.mdx: metrics.0.district: huyện không thuộc Lai Châu / district does not belong to province "lai-chau": expected one of lai-chau, tam-duong, phong-tho, muong-te, nam-nhun, sin-ho, than-uyen, tan-uyen, found "tan-uyenn"; có phải ý bạn là / did you mean: tan-uyen, than-uyen, tam-duong?',
    );
  });

  it('a quote that does not occur in the article body', () => {
    const [line] = check({ 'articles/a.mdx': article(metric(''), 'Nội dung khác hẳn.\n') });
    expect(line).toBe(
      'content/articles/a.mdx: metrics.0.quote: câu trích dẫn không có trong bài / quote not found in the article body: expected a sentence of the body, found "Tỉnh Lai Châu có 12,5 bác sĩ/vạn dân."',
    );
  });

  it('a wrong type', () => {
    const [line] = check({ 'articles/a.mdx': article(metric('').replace('value: 12.5', 'value: "mười hai"')) });
    expect(line).toBe('content/articles/a.mdx: metrics.0.value: sai kiểu dữ liệu / wrong type: expected number, found "mười hai"');
  });

  it('broken YAML and a missing frontmatter', () => {
    // js-yaml 4, as the build reads it, finds the unclosed list where the frontmatter ends.
    expect(check({ 'articles/a.mdx': '---\ntitle: [không đóng\n---\n', 'articles/b.mdx': 'Chỉ có nội dung.' })).toEqual([
      expect.stringMatching(/^content\/articles\/a\.mdx:3: \(frontmatter\): YAML không hợp lệ \/ invalid YAML: .*dòng \/ line 3/),
      'content/articles/b.mdx: (frontmatter): thiếu phần đầu tệp / missing frontmatter: expected the file to start with a --- block, found none',
    ]);
  });

  it('refuses a slug, which would take over another article’s page', () => {
    expect(
      check({ 'articles/a.mdx': article(metric('')).replace('title: Bài thử\n', 'title: Bài thử\nslug: doan-cong-tac-cua-bo-y-te\n') }),
    ).toEqual([
      "content/articles/a.mdx: slug: không được đặt slug / `slug` is not allowed: a page's address is its file name; rename the file instead",
    ]);
    expect(check({ 'provinces/lai-chau.mdx': '---\nprovince: lai-chau\nslug: ha-giang\n---\n' })[0]).toMatch(
      /^content\/provinces\/lai-chau\.mdx: slug: .*not allowed/,
    );
  });

  it('reads YAML as the build does and refuses merge keys, anchors, aliases, tags and unquoted dates, with the file’s line', () => {
    // A merge key would carry figures whose quotes check never saw under the name it checked.
    const merged = article(metric(''))
      .replace('metrics:\n', 'base: &m\n  quote: Câu bịa.\nmetrics:\n')
      .replace('    quote: Tỉnh Lai Châu có 12,5 bác sĩ/vạn dân.\n', '    <<: *m\n');
    expect(check({ 'articles/a.mdx': merged })).toEqual([
      'content/articles/a.mdx:5: (frontmatter): không dùng neo YAML (&) / YAML anchors (&name) are not allowed',
      'content/articles/a.mdx:12: (frontmatter): không dùng khóa gộp YAML (<<) / YAML merge keys (<<) are not allowed: write each field out',
    ]);
    expect(check({ 'articles/a.mdx': article(metric('')).replace('title: Bài thử\n', 'title: Bài thử\ndate: 2024-01-02\n') })).toEqual([
      'content/articles/a.mdx:3: (frontmatter): ngày phải đặt trong ngoặc kép / write a date in quotes, e.g. date: "2024-01-02" (YAML reads an unquoted date as a timestamp)',
    ]);
    // A date or time that is not one on the calendar or the clock, named with what was found.
    expect(check({ 'articles/a.mdx': article(metric('')).replace('title: Bài thử\n', 'title: Bài thử\ndate: "2024-02-30"\n') })).toEqual([
      'content/articles/a.mdx: date: expected a day of the calendar written yyyy-mm-dd, found "2024-02-30"',
    ]);
    expect(check({ 'articles/a.mdx': article(metric('')).replace('title: Bài thử\n', 'title: Bài thử\ntime: "25:10"\n') })).toEqual([
      'content/articles/a.mdx: time: expected a time of day written hh:mm, found "25:10"',
    ]);
    expect(check({ 'articles/a.mdx': article(metric('')).replace('title: Bài thử', 'title: !!str Bài thử') })[0]).toMatch(
      /^content\/articles\/a\.mdx:2: .*YAML tags/,
    );
    expect(check({ 'articles/a.mdx': article(metric('')).replace('title: Bài thử\n', 'title: Bài thử\ndate: "2024-01-02"\n') })).toEqual(
      [],
    );
    expect(check({ 'articles/a.mdx': '+++\ntitle = "Bài"\n+++\nThân bài.\n' })[0]).toMatch(
      /^content\/articles\/a\.mdx:1: .*found \+\+\+ \(TOML\)/,
    );
  });

  it('uses the very YAML parser and frontmatter cutter the build uses', () => {
    const require = createRequire(import.meta.url);
    const fromMdx = createRequire(require.resolve('@astrojs/mdx'));
    const helpers = fromMdx.resolve('@astrojs/internal-helpers/frontmatter');
    expect(require.resolve('@astrojs/internal-helpers/frontmatter')).toBe(helpers);
    expect(require.resolve('js-yaml')).toBe(createRequire(helpers).resolve('js-yaml'));
  });

  it('names a NaN as NaN, not null', () => {
    expect(check({ 'articles/a.mdx': article(metric('').replace('value: 12.5', 'value: .nan')) })[0]).toMatch(
      /metrics\.0\.value: .*found NaN/,
    );
  });

  it('reports files the build would not read: sub-folders, .md and other names', () => {
    const problems = check({
      'articles/ok.mdx': article(metric('')),
      'articles/cu.md': article(metric('')),
      'articles/NOTE.MDX': article(metric('')),
      'articles/anh.png': 'x',
    });
    expect(problems).toEqual([
      'content/articles/NOTE.MDX: chỉ tệp .mdx được đọc / only .mdx files are built: expected a name ending in .mdx, found "NOTE.MDX"',
      'content/articles/cu.md: chỉ tệp .mdx được đọc / only .mdx files are built: expected a name ending in .mdx, found "cu.md"',
    ]);
    const dir = tempDir('check-');
    mkdirSync(join(dir, 'articles/2024'), { recursive: true });
    writeFileSync(join(dir, 'articles/2024/a.mdx'), article(metric('')));
    expect(checkContent(dir).problems).toEqual([
      'content/articles/2024/a.mdx: tệp trong thư mục con không được đọc / files in sub-folders are not built: expected the file directly in this folder',
    ]);
  });

  it('a province file whose name and id differ', () => {
    expect(check({ 'provinces/lai-chau.mdx': '---\nprovince: ha-giang\n---\n' })).toEqual([
      'content/provinces/lai-chau.mdx: province: tên tệp phải trùng mã tỉnh / the file name must match the province id: expected "lai-chau", found "ha-giang"',
    ]);
  });

  it('npm run new writes files that pass check', () => {
    const { slug, text } = articleTemplate('dien-bien', 'Điện Biên: bài mới', 'https://example.org/bai-moi');
    expect(slug).toBe('dien-bien-bai-moi');
    expect(check({ [`articles/${slug}.mdx`]: text, 'provinces/dien-bien.mdx': provinceTemplate('dien-bien') })).toEqual([]);
    expect(() => provinceTemplate('dien-bienn')).toThrow('did you mean: dien-bien');
  });
});

describe('editors’ corrections', () => {
  const gt = `  - indicator: health_insurance_coverage\n    value: 97\n    unit: "%"\n    comparator: gt\n    province: lai-chau\n    quote: Tỉnh Lai Châu có 12,5 bác sĩ/vạn dân.\n`;
  const target = `  - indicator: health_insurance_coverage\n    value: 95\n    unit: "%"\n    kind: target\n    year: 2030\n    province: lai-chau\n    quote: Tỉnh Lai Châu có 12,5 bác sĩ/vạn dân.\n`;
  const withCorrection = (metrics: string, set: string) =>
    article(metrics).replace(
      '\n---\n',
      `\ncorrections:\n  - indicator: health_insurance_coverage\n    quote: Tỉnh Lai Châu có 12,5 bác sĩ/vạn dân.\n    action: replace\n    set:\n${set}    reason: Sửa theo báo cáo.\n---\n`,
    );
  const corrected = (text: string) => {
    const data = articleEntrySchema.parse(parseMdxFile(text)!.data);
    return applyCorrections(data.metrics, data.corrections)[0];
  };

  it('sets exactly the fields a replace lists, nothing else', () => {
    const year = corrected(withCorrection(gt, '      year: 2021\n'));
    expect(year).toMatchObject({ year: 2021, comparator: 'gt', kind: 'actual', value: 97 });
    const value = corrected(withCorrection(target, '      value: 96\n'));
    expect(value).toMatchObject({ value: 96, kind: 'target', year: 2030 });
  });

  it('rejects a corrected figure the schema would reject, naming file, correction and field', () => {
    expect(check({ 'articles/a.mdx': withCorrection(gt, '      value: 150\n') })).toEqual([
      'content/articles/a.mdx: corrections.0.set.value: giá trị ngoài khoảng hợp lệ của chỉ số health_insurance_coverage / value out of range: expected 0–100 %, found 150',
    ]);
    const [line] = check({ 'articles/a.mdx': withCorrection(gt, '      valu: 5\n') });
    expect(line).toMatch(/^content\/articles\/a\.mdx: corrections\.0\.set.*valu/);
  });
});

describe('line endings', () => {
  it('reads a CRLF file like an LF file, and keeps the ingest’s own CRLF file as generated', () => {
    const text = article(metric(''));
    expect(check({ 'articles/a.mdx': text.replace(/\n/g, '\r\n') })).toEqual([]);
    const generated = readFileSync('content/articles/lai-chau-nang-cao-chat-luong-hoat-dong-cua-he-thong-y-te-co-so.mdx', 'utf8');
    expect(classifyExisting(generated).kind).toBe('generated');
    expect(classifyExisting(generated.replace(/\n/g, '\r\n')).kind).toBe('generated');
  });
});

describe('the trust boundary', () => {
  const file = (text: string) => article(metric(''), `${BODY}\n${text}\n`);
  const body = (text: string) => check({ 'articles/a.mdx': file(text) });

  it('accepts Markdown, the project’s components with literal props, comments and literal strings', () => {
    expect(
      body(
        '{/* ghi chú */}\n\n<Callout title="Lưu ý">Số liệu năm 2020.</Callout>\n\n<IndicatorChart indicator="doctors_per_10k" provinces={["lai-chau", "ha-giang"]} />\n\nXem {"https://example.org"}.\n\n| a | b |\n|---|---|\n| 1 | 2 |',
      ),
    ).toEqual([]);
  });

  it.each([
    ["import fs from 'node:fs'", /.*import\/export is not allowed/],
    ['export const x = 1', /.*import\/export is not allowed/],
    ["{fs.readFileSync('/etc/passwd', 'utf8')}", /.*expressions are not allowed/],
    ['<script>alert(1)</script>', /.*element <script> is not allowed/],
    ['<Callout onClick="alert(1)">x</Callout>', /.*event handler attribute onClick/],
    ['<Callout title={process.env.HOME}>x</Callout>', /.*prop title must be a literal/],
    ['<Callout {...props}>x</Callout>', /.*spread attributes/],
    ['[bấm](javascript:alert(1))', /.*unsafe link/],
    ['<img src="x" />', /.*element <img> is not allowed/],
    // Props are an allow-list per component: Astro directives, unknown props and wrong types are refused by name.
    ['<Callout title="Ghi chú" set:html="<script>document.title=1</script>">x</Callout>', /.*directive set:html is not allowed/],
    ['<Callout is:raw>x</Callout>', /.*directive is:raw is not allowed/],
    ['<Callout class:list={["a"]}>x</Callout>', /.*directive class:list is not allowed/],
    ['<Callout style="color:red">x</Callout>', /.*prop style of <Callout>: unknown prop; <Callout> takes type, title/],
    ['<Callout title={{ "a": 1 }}>x</Callout>', /.*prop title of <Callout>: expected string, found \{"a":1\}/],
    ['<Callout type="danger">x</Callout>', /.*prop type of <Callout>: expected one of the known ids, found "danger"/],
    ['<HeadlineFigure indicator="doctors_per_10k" />', /.*prop province of <HeadlineFigure>: expected one of the known ids, found nothing/],
    [
      '<IndicatorChart indicator="doctors_per_10k" provinces="lai-chau" />',
      /.*prop provinces of <IndicatorChart>: expected array, found "lai-chau"/,
    ],
    [
      '<IndicatorChart indicator="doctors_per_10k" provinces={["lai-chao"]} />',
      /.*prop provinces\.0 of <IndicatorChart>: expected one of the known ids, found "lai-chao"/,
    ],
    // An SVG is a document that runs scripts when opened; a remote image is blocked by the CSP.
    ['![Bản đồ](./anh.svg)', /.*images must be PNG, JPEG, GIF, WebP or AVIF files next to the article, found "\.\/anh\.svg"/],
    ['![Bản đồ](https://example.org/anh.png)', /.*images must be PNG/],
    ['{1 +', /MDX không hợp lệ \/ invalid MDX/],
  ])('refuses %s, with its line', (text, expected) => {
    const problems = body(text);
    expect(problems).toHaveLength(1);
    // The line of the file (frontmatter counted) where the construct stands.
    const line = file(text).split('\n').indexOf(text) + 1;
    const reported = Number(/^content\/articles\/a\.mdx:(\d+): /.exec(problems[0])?.[1]);
    // An unclosed expression is reported where the file ends, which MDX only then knows.
    if (text === '{1 +') expect(reported).toBeGreaterThanOrEqual(line);
    else expect(reported).toBe(line);
    expect(problems[0]).toMatch(expected);
  });

  it('refuses components nested deeper than the limit, once per branch, and accepts a few levels', () => {
    const nested = (n: number) => `${'<Callout>'.repeat(n)}x${'</Callout>'.repeat(n)}`;
    expect(body(nested(MAX_NESTING))).toEqual([]);
    for (const n of [MAX_NESTING + 1, 200]) {
      const problems = body(nested(n));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/components nest at most 8 deep/);
    }
    // Thousands of levels (which crash the build's renderer) are refused before any compile.
    expect(body(nested(2000))).toEqual([expect.stringMatching(/at most 500 entities, expressions or tags, found 4000/)]);
    expect(body('![Ảnh trạm y tế](./tram.jpg)\n\n![Sơ đồ](anh/so-do.WEBP)')).toEqual([]);
  });

  it('refuses, without compiling, bodies past what Sätteri compiles in reasonable time or at all', () => {
    const entities = body('&#60; '.repeat(50_000));
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatch(/^content\/articles\/a\.mdx:\d+: .*at most 500 entities, expressions or tags, found 50000/);
    expect(body('{/* a */} '.repeat(501))[0]).toMatch(/found 501/);
    expect(body('> '.repeat(30_000))[0]).toMatch(/block quotes nest at most 16 deep, found 30000/);
    expect(body(`${' '.repeat(200)}- a`)[0]).toMatch(/indented at most 64 columns, found 200/);
    // Many paragraphs, each within the limits, and escaped characters, are fine.
    expect(body(Array.from({ length: 300 }, () => '\\{ \\< \\&'.repeat(200)).join('\n\n'))).toEqual([]);
  });

  it('refuses an unsafe link given by a reference definition, and reads a scheme as browsers do', () => {
    const problems = body('[bấm][x]\n\n[x]: JAVASCRIPT:alert(1)');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/unsafe link/);
    expect(isUnsafeUrl('java\tscript:alert(1)')).toBe(true);
    expect(isUnsafeUrl(' \u0000data:text/html,x')).toBe(true);
    // Markdown percent-encodes a tab in a link destination: "java%09script:" is a harmless relative path.
    expect(body('[bấm](java&#x09;script:alert(1))')).toEqual([]);
    expect(isUnsafeUrl('java%09script:alert(1)')).toBe(false);
    expect(isUnsafeUrl('https://example.org/javascript:')).toBe(false);
  });

  it('is enforced by the build too: the Sätteri plugin fails the file with its path and every line', () => {
    const source = "# Tiêu đề\n\nimport fs from 'node:fs'\n\n{fs.readFileSync('/etc/passwd', 'utf8')}\n";
    const compile = () =>
      mdxToJs(source, {
        features: SATTERI_FEATURES,
        fileURL: pathToFileURL('/site/content/articles/x.mdx'),
        hastPlugins: [satteriTrustBoundary()],
      });
    expect(compile).toThrow(/\/site\/content\/articles\/x\.mdx:3: .*import\/export[\s\S]*x\.mdx:5: .*expressions are not allowed/);
    // What content may use compiles.
    const safe = mdxToJs('{/* ghi chú */}\n\n<Callout title="Lưu ý">Xem {"https://example.org"}.</Callout>\n', {
      features: SATTERI_FEATURES,
      hastPlugins: [satteriTrustBoundary()],
    });
    expect(safe.code).toContain('Callout');
  });

  it.each([
    ['"a"', true],
    ['-1', true],
    ['["lai-chau", "ha-giang"]', true],
    ['{ "a": [1, null, true] }', true],
    ['`plain`', true],
    ['process.env.HOME', false],
    ['"a" + b', false],
    ['"/*", fs.x, "*/"', false],
    ['`${x}`', false],
    ['"a" /* b */', false],
    ['(() => 1)()', false],
    ['"a"; x', false],
  ])('reads a prop value %s as literal: %s', (source, literal) => {
    expect(isLiteralSource(source)).toBe(literal);
  });

  it.each([
    ['/* ghi chú */', true],
    ['"https://example.org"', true],
    ['', true],
    ['/* a */ x /* b */', false],
    ['"/*", fs.x, "*/"', false],
    ['fs.readFileSync("/etc/passwd")', false],
    ['1 +', false],
  ])('reads an expression block {%s} as safe: %s', (source, safe) => {
    expect(isSafeExpressionSource(source)).toBe(safe);
  });
});

describe('quote anchors', () => {
  it('marks the first occurrence of each quoted sentence in text, once', async () => {
    const quote = 'Tỷ lệ bao phủ đạt 95%.';
    const result = await mdxToJs(`Mở đầu. ${quote} Kết.\n\n${quote}\n`, {
      features: SATTERI_FEATURES,
      data: {
        astro: {
          frontmatter: { metrics: [{ quote }, { quote: 'Câu không có.' }] },
          headings: [],
          localImagePaths: new Set(),
          remoteImagePaths: new Set(),
        },
      },
      hastPlugins: [satteriQuoteAnchors()],
    });
    expect(result.code.split(quoteAnchorId(quote)).length - 1).toBe(1);
    expect(result.code).toContain('"mark"');
  });

  it('marks a quote that spans blocks (a table row one cell a line) at its first block', async () => {
    const quote = 'Số Bác sĩ/vạn dân 15 15';
    const result = await mdxToJs('Số Bác sĩ/vạn dân\n\n15\n\n15\n', {
      features: SATTERI_FEATURES,
      data: { astro: { frontmatter: { metrics: [{ quote }] }, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
      hastPlugins: [satteriQuoteAnchors()],
    });
    expect(result.code.split(quoteAnchorId(quote)).length - 1).toBe(1);
  });
});

describe('small editor cases', () => {
  it('npm run new refuses a title without letters, cuts a long one, and refuses a source that is not a web address', () => {
    expect(() => articleTemplate('lai-chau', '!!! ???', 'https://example.org/a')).toThrow('the title has no letter or digit');
    const { slug } = articleTemplate('lai-chau', 'Lai Châu '.repeat(50), 'https://example.org/a');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.length).toBeGreaterThan(20);
    expect(() => articleTemplate('lai-chau', 'Bài', 'javascript:alert(1)')).toThrow('http(s) address');
    expect(() => articleTemplate('lai-chau', 'Bài', 'bao-lai-chau')).toThrow('http(s) address');
  });

  it('rejects a javascript: source address', () => {
    const [line] = check({ 'articles/a.mdx': article(metric('')).replace('https://example.org/bai', '"javascript:alert(1)"') });
    expect(line).toMatch(/^content\/articles\/a\.mdx: sourceUrl: /);
  });
});
