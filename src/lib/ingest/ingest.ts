/**
 * The ingest: one seed's bytes → one validated article entry (`ingestSeed`, pure), and the writer that
 * puts entries into `content/` in seed order, in this thread or with a worker pool. The article file
 * format is `content/article-file.ts`; locks and atomic writes are `fs.ts`. `scripts/ingest.ts` is the
 * command-line wrapper.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  blocksWithBlankLines,
  cleanArticle,
  findLeadDate,
  hasHealthWords,
  inferYear,
  isPhotoCaption,
  sourceLines,
  titleInTextCase,
  type CleanArticle,
} from './clean.ts';
import {
  articleProvinceReason,
  extractMetrics,
  facilityIntroduced,
  facilityOfTitle,
  isDistrictOf,
  namesUnit,
  PART_OF_YEAR,
  regionOfLead,
  regionOfTitle,
  studyMethodWords,
  unknownUnitsOf,
  wholeProvinceReason,
  type Extraction,
} from './extract/index.ts';
import { acquireLock, writeFileAtomic } from './fs.ts';
import { htmlPage } from './html.ts';
import { readSeedHeader } from './seed-header.ts';
import { isCalendarDate } from '../content/dates.ts';
import { articleSlug, classifyExisting, provinceStub, renderArticleFile, type ArticleEntry } from '../content/article-file.ts';
import { bodyLimitProblems } from '../content/limits.ts';
import { blocksToMdx, parseMdxFile } from '../content/mdx.ts';
import type { ArticleData, HeldMetric, Metric } from '../content/schema.ts';
import { formatIssues } from '../content/validate.ts';
import { articleEntrySchema } from '../content/validate-content.ts';
import {
  detectSubjectPlace,
  findCommuneMentions,
  findDistrictMentions,
  findProvinceMentions,
  getFormerProvince,
  keptBorders,
  successorOf,
} from '../places/index.ts';
import { decodeSeedBytes, foldInvisibleCharacters, slugify } from '../text.ts';

export type { ArticleEntry } from '../content/article-file.ts';

/** The unit of a district's or commune's portal: "Cổng thông tin điện tử huyện Mường Chà" gives "huyện Mường Chà". */
const LOCAL_PORTAL =
  /^(?:cổng|trang) (?:thông tin|tin)(?: điện tử)?\s+((?:huyện|thị xã|quận|thành phố|xã|phường|thị trấn|đặc khu)\s+\S.*)$/iu;

/** Why a seed gives no article; the report says each in Vietnamese too (`FAILURE_VI` in report.ts). */
export type FailureCode = 'empty' | 'encoding' | 'no-title' | 'no-body' | 'not-vietnamese' | 'not-health' | 'invalid' | 'unexpected';

export type SeedResult = { ok: true; entry: ArticleEntry; notes: string[] } | { ok: false; file: string; code: FailureCode; error: string };

/** The text two seeds are compared by: invisible characters dropped, every run of spaces and line breaks one space. */
function foldForDuplicates(text: string): string {
  return foldInvisibleCharacters(text).replace(/\s+/gu, ' ').trim();
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ" → "Ủy Ban Nhân Dân\nHuyện Mường Tè": a header in capitals, in the case places are found in. */
function inNameCase(text: string): string {
  return text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** Builds the entry for one seed, or says precisely why it cannot. Pure: no file system. */
export function ingestSeed(file: string, bytes: Uint8Array): SeedResult {
  const fail = (code: FailureCode, error: string): SeedResult => ({ ok: false, file, code, error });
  if (bytes.length === 0) return fail('empty', 'the file is empty (expected a title line and an article body)');
  let text: string;
  try {
    text = decodeSeedBytes(bytes);
  } catch (e) {
    return fail('encoding', (e as Error).message);
  }
  const { header, rest } = readSeedHeader(text);
  const page = htmlPage(rest);
  const clean = cleanArticle(page.text, { captions: page.captions });
  // The seed's "Nguồn:" line, or the address a saved page gives for itself.
  const sourceUrl = header.sourceUrl ?? page.url;
  const paragraphs = clean.blocks.map((b, index) => ({ ...b, index })).filter((b) => b.type === 'paragraph');
  if (!clean.title) return fail('no-title', 'no title line (expected the first non-empty line to be the headline)');
  if (paragraphs.length === 0) return fail('no-body', 'no article body after cleaning (expected at least one paragraph of text)');
  const bodyText = paragraphs.map((p) => p.text).join('\n');
  // A yearbook's table may hold its only health words in lines read as headings ("Số nhân lực y tế năm 2023").
  const pageText = `${clean.title}\n${clean.blocks.map((b) => b.text).join('\n')}`;
  if (!hasHealthWords(pageText))
    return readsAsEnglish(pageText)
      ? fail('not-vietnamese', 'the page is in English (expected a page in Vietnamese: the ingest reads Vietnamese text)')
      : fail('not-health', 'no health content (expected an article about health care; found none of its vocabulary)');
  // A headline in capitals is read in the case the text writes its words: "XÃ KIM LONG …" names a commune.
  const title = titleInTextCase(clean.title, clean.blocks.map((b) => b.text).join('\n'));
  // The seed's own header says when the page was published: it outranks a date read from the page.
  const dates = header.date ? { date: header.date, dateText: header.dateText } : dateFields(clean, paragraphs[0].text, bodyText);
  // Captions and the article's own headings count for the place too, in the page's order: a lead
  // printed twice may have been taken for a caption, and a statistics page's heading may be all that
  // says whose it is.
  // Not a photo's caption ("… Ảnh: Minh Anh", "Ảnh minh họa: …"): a national page's photo of one commune
  // ("Người dân khám bệnh tại Trạm Y tế xã …, tỉnh Nghệ An. Ảnh: TTXVN") is no page of that province.
  const placeText = clean.blocks.filter(
    (b) => b.type === 'paragraph' || b.type === 'heading' || (b.type === 'caption' && !isPhotoCaption(b.text)),
  );
  // The body that issued an official document, the last line of its header: "Trung Tâm Y Tế Huyện Mèo Vạc"
  // under "Sở Y Tế Hà Giang".
  const issuer = clean.issuer ? inNameCase(clean.issuer) : undefined;
  // "Trang thông tin điện tử xã Quài Tở", "Cổng thông tin điện tử huyện Mường Chà": a district's or commune's own
  // portal publishes its pages, as the body that issued a document does; not one it runs on from the province
  // ("Điện Biên: …", "Ngành Y tế tỉnh …"), whose title names the province or says "tỉnh".
  const portal = LOCAL_PORTAL.exec(header.outlet ?? clean.outlet ?? '')?.[1];
  const titleNamesProvince = findProvinceMentions(withoutLocator(title)).length > 0;
  const provinceTitle = titleNamesProvince || /(?<![\p{L}])tỉnh(?![\p{L}])/iu.test(title);
  const issuingBody = issuer?.split('\n').at(-1) ?? (portal && !provinceTitle ? portal : '');
  // A heading of four words or more opening the text, under the title: a headline too, or a subtitle.
  const first = clean.blocks[0];
  const headlineUnder = first?.type === 'heading' && first.text.split(/\s+/u).length >= 4 ? first.text : undefined;
  const place = detectSubjectPlace({
    // The body that issued an official document says whose it is, as its headline would.
    title: issuer ? `${title}\n${issuer}` : title,
    lead: paragraphs[0].text,
    body: placeText.map((b) => b.text).join('\n'),
    date: dates.date,
    source: [header.outlet ?? '', sourceUrl ?? '', sourceLines(clean)].filter(Boolean).join('\n'),
    ...(clean.date ? { datelineLine: clean.date.text } : {}),
    ...(headlineUnder ? { headlineUnder } : {}),
  });
  // An article the ingest cannot place is written all the same, on no profile, its figures held, for an editor to place.
  const unplaced = !place.provinceId && !place.national ? `no place found: ${place.reason}` : undefined;

  // A district named in the title, when the title names no province, is what the whole article is about.
  const formerId = place.period === 'before-2025' ? place.provinceId : undefined;
  const titleDistricts = formerId ? [...new Set(findDistrictMentions(title, formerId).map((d) => d.candidates[0].districtId))] : [];
  // "Lào Cai: Huyện Mường Khương chăm lo …": after the province the outlet puts first, the district is the subject.
  const opening =
    /^(?:tỉnh\s+|thành phố\s+)?([^:]{2,30}):\s+/iu.exec(title) ?? /^(?:tỉnh\s+|thành phố\s+)?(.{2,30}?)\s+[–-]\s+/iu.exec(title);
  const openingProvinces = opening ? findProvinceMentions(opening[1]) : [];
  // The district right after that province ("Lào Cai: Huyện Mường Khương …"), or the district the title
  // opens with, the province named after it ("Cần Giờ: Huyện đảo duy nhất của TP.HCM").
  const districtAt = !opening
    ? undefined
    : openingProvinces.length === 0
      ? opening[1]
      : openingProvinces.length === 1 && openingProvinces[0].index === 0
        ? title.slice(opening[0].length)
        : undefined;
  const openingDistrict =
    formerId && districtAt ? findDistrictMentions(districtAt, formerId).find((d) => d.index <= 'thành phố '.length) : undefined;
  // "SỞ Y TẾ HÀ GIANG / TRUNG TÂM Y TẾ HUYỆN MÈO VẠC": a document a district's body issued is about that district.
  const issuerDistricts = formerId
    ? [
        ...new Set(
          findDistrictMentions(issuingBody, formerId)
            .filter((d) => d.withKind)
            .map((d) => d.candidates[0].districtId),
        ),
      ]
    : [];
  // A page that names no province, only one of its districts ("Cổng thông tin điện tử huyện Nghĩa Đàn"),
  // is that district's.
  const onlyDistrict = !provinceTitle && place.placingDistricts?.length === 1 ? place.placingDistricts[0] : undefined;
  const focusDistrictId =
    !titleNamesProvince && titleDistricts.length === 1
      ? titleDistricts[0]
      : (openingDistrict?.candidates[0].districtId ??
        (titleDistricts.length === 0 && issuerDistricts.length === 1 ? issuerDistricts[0] : undefined) ??
        onlyDistrict);

  // So is a commune or a facility the title opens with ("Xã Kim Long …", "Bệnh viện Đa khoa tỉnh … sơ kết").
  // "Trạm Y tế phường Tân Ninh …" and "Y tế xã Mường Phăng …" are about that ward or commune as much as
  // "Phường Tân Ninh …" is, and "Xã vùng cao Lũng Cú …" about that commune; so is a title after its topic
  // ("Chính quyền hai cấp: Y tế xã Mường Phăng …").
  const topicEnd = /^[^:]{3,60}:\s+/u.exec(title)?.[0].length;
  const opensAt = topicEnd ? [0, topicEnd] : [0];
  const titleCommune = findCommuneMentions(title).find((c) =>
    opensAt.some((at) =>
      /^(?:(?:ngành\s+)?y tế\s+|trạm y tế\s+)?(?:xã|phường|thị trấn|đặc khu)(?:\s+(?:biên giới|vùng cao|miền núi|đảo|đặc biệt khó khăn))?\s+$/iu.test(
        title.slice(at, c.index),
      ),
    ),
  );
  // "ỦY BAN NHÂN DÂN / XÃ MƯỜNG PHĂNG": so is one a commune's.
  const issuerCommune = issuerDistricts.length === 0 ? findCommuneMentions(issuingBody)[0]?.name : undefined;
  const focusCommune = !titleNamesProvince && titleDistricts.length === 0 ? (titleCommune?.name ?? issuerCommune) : undefined;
  const focusFacility = facilityOfTitle(title) ?? facilityIntroduced(clean.blocks);
  // A title about a region ("Đồng bằng sông Cửu Long: …") or part of a year ("… 6 tháng đầu năm 2024"); or a
  // whole-country page whose opening sentence is about a region, the country only its measure.
  const focusRegion = titleNamesProvince
    ? undefined
    : (regionOfTitle(title) ?? (place.national && !place.provinceId ? regionOfLead(paragraphs[0].text) : undefined));
  const partOfYear = PART_OF_YEAR.exec(title)?.[0];
  const unknownUnits = place.provinceId ? unknownUnitsOf(`${title}\n${bodyText}`, place.provinceId, place.period) : [];
  const read = extractMetrics(
    paragraphs,
    {
      period: place.period,
      provinceId: place.provinceId,
      title,
      focusDistrictId,
      articleDistrictIds: place.districtIds,
      focusCommune,
      focusFacility,
      ...(unknownUnits.length > 0 ? { unknownUnits } : {}),
      ...(focusRegion ? { focusRegion } : {}),
      ...(partOfYear ? { partOfYear } : {}),
      // Only a year the page states: an inferred one ("ngày 30/5" read as the latest year named) can be wrong.
      ...(dates.date && !('dateYearInferred' in dates && dates.dateYearInferred)
        ? { writtenYear: Number(dates.date.slice(0, 4)), writtenMonth: Number(dates.date.slice(5, 7)) }
        : { readYear: new Date().getUTCFullYear() }),
    },
    blocksWithBlankLines(clean),
  );
  // An undated article about a province the merger changed may be about the old unit or the new one,
  // whose figures differ: they wait for an editor to set `period`. Unchanged provinces read the same either way.
  const former = place.periodUncertain && place.provinceId ? getFormerProvince(place.provinceId) : undefined;
  const periodOpen =
    former && !keptBorders(successorOf(former))
      ? `period uncertain for ${former.name}, which merged on 1 July 2025: set \`period\`, then confirm`
      : undefined;
  let extracted = read;
  if (unplaced) {
    // "Tại Quảng Ninh, 100% trạm y tế có bác sĩ" says whose it is wherever the page is from, and so does a
    // paragraph that opens with its province ("Sơn La: …") or stands under a heading that names it; "cả nước có
    // 92% trạm y tế có bác sĩ", the country's.
    const ownPlace = (m: Metric) =>
      /^(?:(?:former )?province named|the province (?:the paragraph opens with|the section heading names)|whole country)/u.test(
        m.evidence?.place ?? '',
      ) &&
      !m.district &&
      !m.commune &&
      !m.facility &&
      !(place.periodUncertain && !!m.province && mergedUnderSameName(m.province));
    extracted = holdFigures(read, 'unplaced article: set its province, then confirm', (m) => !ownPlace(m), true);
  } else if (periodOpen) extracted = holdFigures(read, periodOpen, (m) => !m.national);
  else if (place.formerSubject && place.provinceId) {
    // "Hà Giang: 95% trạm y tế có bác sĩ" in September 2025: the former province's area, now part of
    // Tuyên Quang; a figure placed only by the page, or by "toàn tỉnh" (the page's province, the former
    // one), is the area's, not the merged province's.
    const area = getFormerProvince(place.formerSubject)?.name ?? place.formerSubject;
    const byPage = [articleProvinceReason(place.provinceId), wholeProvinceReason(place.provinceId)];
    extracted = holdFigures(
      read,
      `a page about the area of the former ${area}, part of ${place.provinceId} since 1 July 2025: the area's figure or the province's? Set its place, then confirm`,
      (m) => byPage.includes(m.evidence?.place ?? ''),
    );
  } else if (place.periodUncertain && !place.provinceId)
    // A whole-country page, undated, giving "Lào Cai đạt 90%": the old Lào Cai or the merged one.
    extracted = holdFigures(
      read,
      'period uncertain for a province named on a whole-country page, which merged on 1 July 2025: set `period`, then confirm',
      (m) => !!m.province && mergedUnderSameName(m.province),
    );
  // A province's page that also reports the country: a figure with no place may be the country's.
  if (place.countryReported && place.provinceId)
    extracted = holdPlacedByPage(
      extracted,
      place.provinceId,
      `a page of ${place.provinceId} that also reports the country ("${place.countryReported}"): the province's figure or the country's? Set its place, then confirm`,
    );
  // A page that names no province, only several of its districts: a figure with no place of its own may be
  // one district's, or the province's.
  if (!focusDistrictId && (place.placingDistricts?.length ?? 0) > 1 && place.provinceId)
    extracted = holdPlacedByPage(
      extracted,
      place.provinceId,
      `a page that names no province, only its districts (${place.placingDistricts!.join(', ')}): one district's figure or the province's? Set its place, then confirm`,
    );
  // "Thị xã Cửa Lò: 100% trạm y tế đạt chuẩn": the page is about a unit the gazetteer lacks, so a figure
  // with no place of its own is that unit's, not the province's.
  const titleUnit = unknownUnits.find((u) => namesUnit(u, title));
  if (titleUnit && place.provinceId)
    extracted = holdPlacedByPage(
      extracted,
      place.provinceId,
      `a page about "${titleUnit.text.trim()}", a district or town not found in ${place.provinceId}: its figure or the province's? Set its place, then confirm`,
    );
  // A thesis's cover ("LUẬN VĂN THẠC SĨ …") is printed as a heading: every block counts.
  const study = studyMethodWords(`${title}\n${clean.blocks.map((b) => b.text).join('\n')}`);
  if (study)
    extracted = holdFigures(
      extracted,
      `a page that reports a study ("${study}"): its figures are its sample's; the place's only if the page says so`,
      () => true,
    );
  const data = {
    title: clean.title,
    ...(place.provinceId ? { province: place.provinceId } : {}),
    period: place.period,
    districts: place.districtIds,
    ...dates,
    // "Tam Đường" under a Lai Châu page tags its place; no writer.
    ...(clean.author && !(place.provinceId && isDistrictOf(clean.author, place.provinceId, place.period)) ? { author: clean.author } : {}),
    ...((header.outlet ?? clean.outlet) ? { outlet: header.outlet ?? clean.outlet } : {}),
    photoCredits: clean.photoCredits,
    sourceFile: basename(file),
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(unplaced ? { unplaced } : {}),
    metrics: extracted.metrics,
    held: extracted.held,
    corrections: [],
  };
  const parsed = articleEntrySchema.safeParse(data);
  if (!parsed.success) return fail('invalid', `the generated entry does not validate:\n${formatIssues(parsed.error.issues, file, data)}`);
  const body = blocksToMdx(clean.blocks);
  const over = bodyLimitProblems(body);
  if (over.length > 0)
    return fail('invalid', `the article body is past what the site can compile: ${over.map((p) => p.message).join('; ')}`);
  const notes = [
    ...clean.removed.map((r) => `dropped ${r.reason}`),
    ...header.problems,
    ...(place.national ? ['whole-country article: its figures are national unless a clause names a place'] : []),
    ...(unplaced ? [`unplaced (on no profile until an editor sets \`province\`): ${place.reason}`] : []),
    ...(place.periodUncertain ? [`period uncertain: ${place.periodReason}; set \`period\` by hand if it is from after 1 July 2025`] : []),
    ...extracted.warnings,
  ];
  return {
    ok: true,
    entry: {
      slug: articleSlug(clean.title),
      data: parsed.data,
      body,
      contentHash: sha256(foldForDuplicates(`${clean.title}\n${bodyText}`)),
    },
    notes: [...new Set(notes)],
  };
}

/**
 * A headline without the province that says where the unit it names is: "Phường Thanh Xuân (Hà Nội) …",
 * "Huyện Mường Khương, Lào Cai: …", "Tiêm chủng … tại huyện Tiên Lãng, Hải Phòng - năm 2010" are about
 * the ward and the district, as they would be without it.
 */
function withoutLocator(title: string): string {
  return title.replace(
    /(?<=^|[\s(])((?:xã|phường|thị trấn|đặc khu|huyện|thị xã|quận|thành phố)\s+[^(,:]{2,40}?)(?:\s*\((?:tỉnh\s+|thành phố\s+|tp\.?\s*)?([^)]{2,30})\)|,\s*(?:tỉnh\s+|thành phố\s+)?([^,:]{2,30}?)(?=\s*(?::|\s[-–]\s|$)))/iu,
    (whole, unit: string, inParens?: string, afterComma?: string) => {
      const locator = (inParens ?? afterComma ?? '').trim();
      const named = findProvinceMentions(locator);
      return named.length === 1 && named[0].index === 0 && locator.split(/\s+/u).length <= 4 ? unit : whole;
    },
  );
}

/** A province of the 63 whose name the merged province kept, with new borders ("Lào Cai"): either unit. */
function mergedUnderSameName(id: string): boolean {
  const former = getFormerProvince(id);
  if (!former) return false;
  const successor = successorOf(former);
  return successor.id === former.id && !keptBorders(successor);
}

/**
 * Moves the published figures `hold` picks to the held list with `reason`. `unplace` drops the
 * whole-country mark of every figure: an editor who places the article confirms them for its province.
 */
function holdFigures(read: Extraction, reason: string, hold: (m: Metric) => boolean, unplace = false): Extraction {
  const strip = <T extends Metric | HeldMetric>({ national: _n, ...m }: T) => m;
  const moved = read.metrics.filter(hold).map((m) => ({ ...(unplace ? strip(m) : m), held: reason }));
  const held = unplace ? read.held.map((m) => ({ ...strip(m), held: reason })) : read.held;
  return { ...read, metrics: read.metrics.filter((m) => !hold(m)), held: [...moved, ...held] };
}

/**
 * Whether a text reads as English: its words are mostly unaccented and its commonest ones are English
 * ("the", "of", "and"). A Vietnamese page typed without accents has none of those.
 */
function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return false;
  const english = words.filter((w) => /^(?:the|of|and|in|to|is|are|for|with|health|was|were)$/u.test(w)).length;
  const plain = words.filter((w) => /^[a-z]+$/u.test(w)).length;
  return english / words.length >= 0.08 && plain / words.length >= 0.9;
}

/** Holds, with `reason`, the published figures the page alone placed on its province: no clause named a place. */
function holdPlacedByPage(read: Extraction, provinceId: string, reason: string): Extraction {
  const byPage = articleProvinceReason(provinceId);
  return holdFigures(read, reason, (m) => m.evidence?.place === byPage);
}

function dateFields(clean: CleanArticle, lead: string, body: string): Partial<ArticleData> {
  if (clean.date) {
    return { date: clean.date.date, ...(clean.date.time ? { time: clean.date.time } : {}), dateText: clean.date.text };
  }
  const leadDate = findLeadDate(lead);
  if (!leadDate) return {};
  const year = leadDate.year ?? inferYear(body, leadDate.month);
  // "Sáng 29/2" of a year that had no 29 February is no date.
  if (year === undefined || !isCalendarDate(year, leadDate.month, leadDate.day)) return { dateText: leadDate.text };
  const iso = `${year}-${String(leadDate.month).padStart(2, '0')}-${String(leadDate.day).padStart(2, '0')}`;
  return { date: iso, dateText: leadDate.text, ...(leadDate.year ? {} : { dateYearInferred: true }) };
}

export interface IngestReport {
  read: number;
  written: string[];
  unchanged: string[];
  keptEdited: string[];
  provincesCreated: string[];
  /** Seeds that give no article: each says why (the build goes on without them; `npm run ingest` exits 1). */
  failed: { file: string; code: FailureCode; error: string }[];
  /** Articles written without a place (slugs): on no profile until an editor sets `province`. */
  unplaced: string[];
  /** How many figures were held for an editor across the articles written or unchanged. */
  held: number;
  /** Files the ingest could not write (permissions, a full disk): named, and the run goes on with the others. */
  unwritable: { file: string; error: string }[];
  /** Seeds that repeat an article already read (same title and text): nothing written, not an error. */
  skipped: { file: string; duplicateOf: string }[];
  /** Files in the seeds folder that are no seed (not `.txt` or `.html`): not read, named so none goes unseen. */
  ignored: string[];
  metricsPerArticle: Record<string, number>;
  notes: Record<string, string[]>;
}

/** Each existing article file's slug and the seed it was generated from (undefined: written by hand). */
function existingOwners(articlesDir: string): Map<string, string | undefined> {
  const owners = new Map<string, string | undefined>();
  if (!existsSync(articlesDir)) return owners;
  for (const f of readdirSync(articlesDir)) {
    if (!f.endsWith('.mdx')) continue;
    let seed: string | undefined;
    try {
      const data = parseMdxFile(readFileSync(join(articlesDir, f), 'utf8'))?.data;
      seed = typeof data?.sourceFile === 'string' ? data.sourceFile : undefined;
    } catch {
      // A file the editor broke still owns its name; `npm run check` reports the YAML.
    }
    owners.set(f.replace(/\.mdx$/, ''), seed);
  }
  return owners;
}

/** One seed, read and processed: the result, and for an article the file text as the ingest would write it. */
export interface ProcessedSeed {
  result: SeedResult;
  text?: string;
}

/** The part of the ingest that needs no other seed and no content file: it can run in a worker. */
export function processSeedFile(seedsDir: string, file: string): ProcessedSeed {
  try {
    const result = ingestSeed(file, readFileSync(join(seedsDir, file)));
    return result.ok ? { result, text: renderArticleFile(result.entry) } : { result };
  } catch (e) {
    return { result: { ok: false, file, code: 'unexpected', error: `unexpected error: ${(e as Error).message}` } };
  }
}

/** A seed's file name: a page's text, or the page saved as HTML (`.TXT` from a Windows download too). */
const SEED_FILE = /\.(?:txt|html?)$/iu;

function listSeeds(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((f) => SEED_FILE.test(f))
    .sort();
}

/** The other files in the seeds folder (not hidden ones, ".gitkeep"): named in the summary, never read. */
function otherFiles(seedsDir: string): string[] {
  return readdirSync(seedsDir, { withFileTypes: true })
    .filter((f) => f.isFile() && !f.name.startsWith('.') && !SEED_FILE.test(f.name))
    .map((f) => f.name)
    .sort();
}

/**
 * Writes processed seeds into `contentDir`, in seed-file order: the first of two identical articles
 * wins, a second article with the same headline gets the seed's name in its slug, edited and
 * hand-written files are left alone.
 */
function createWriter(seedsDir: string, contentDir: string) {
  const report: IngestReport = {
    read: 0,
    written: [],
    unchanged: [],
    keptEdited: [],
    provincesCreated: [],
    failed: [],
    unplaced: [],
    held: 0,
    unwritable: [],
    skipped: [],
    ignored: otherFiles(seedsDir),
    metricsPerArticle: {},
    notes: {},
  };
  const bySlug = new Map<string, string>();
  const byContent = new Map<string, string>();
  const provinces = new Set<string>();
  // An article keeps its file for life: the seed each existing file came from is read back from it,
  // so a newcomer with the same headline never takes the file (or the URL, or the corrections).
  const owners = existingOwners(join(contentDir, 'articles'));
  const slugOfSeed = new Map([...owners].flatMap(([slug, seed]) => (seed ? [[seed, slug] as const] : [])));

  function add(file: string, { result, text }: ProcessedSeed): void {
    report.read++;
    if (!result.ok) {
      report.failed.push({ file, code: result.code, error: result.error });
      return;
    }
    const { entry } = result;
    const duplicateOf = byContent.get(entry.contentHash);
    if (duplicateOf) {
      report.skipped.push({ file, duplicateOf });
      return;
    }
    byContent.set(entry.contentHash, file);
    const recorded = slugOfSeed.get(file);
    if (recorded) entry.slug = recorded;
    // Two different articles with one headline, or a headline whose file belongs to another seed (or
    // to an editor): the newcomer's slug gets the seed's name.
    else if (bySlug.has(entry.slug) || (owners.has(entry.slug) && owners.get(entry.slug) !== file))
      entry.slug = `${entry.slug}-${slugify(file.replace(SEED_FILE, ''))}`;
    bySlug.set(entry.slug, file);
    report.notes[file] = result.notes;
    const path = join(contentDir, 'articles', `${entry.slug}.mdx`);
    let existing: string | undefined;
    try {
      existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    } catch (e) {
      report.unwritable.push({ file: path, error: `cannot read the existing file: ${(e as Error).message}` });
      return;
    }
    const state = classifyExisting(existing);
    if (entry.data.province) provinces.add(entry.data.province);
    report.metricsPerArticle[entry.slug] = entry.data.metrics.length;
    report.held += entry.data.held.length;
    if (entry.data.unplaced) report.unplaced.push(entry.slug);
    if (state.kind === 'edited' || state.kind === 'hand-written') {
      report.keptEdited.push(`${path} (${state.kind === 'edited' ? 'changed by an editor since it was generated' : 'written by hand'})`);
      return;
    }
    const carried = state.kind === 'generated' ? state.correctionsYaml : undefined;
    const output = carried === undefined && text !== undefined ? text : renderArticleFile(entry, carried);
    if (output === existing) {
      report.unchanged.push(path);
      return;
    }
    if (write(path, output)) report.written.push(path);
  }

  /** Writes one file; a file that cannot be written is named in the report and the run goes on. */
  function write(path: string, text: string): boolean {
    try {
      writeFileAtomic(path, text);
      return true;
    } catch (e) {
      report.unwritable.push({ file: path, error: (e as Error).message });
      return false;
    }
  }

  function finish(): IngestReport {
    for (const provinceId of [...provinces].sort()) {
      const path = join(contentDir, 'provinces', `${provinceId}.mdx`);
      if (existsSync(path)) continue;
      if (write(path, provinceStub(provinceId))) report.provincesCreated.push(path);
    }
    return report;
  }

  return { add, finish };
}

/** Ingests every seed (`*.txt`, `*.html`) of `seedsDir` into `contentDir`, in this thread. One bad seed never stops the others. */
export function ingestDirectory(seedsDir: string, contentDir: string): IngestReport {
  const release = acquireLock(contentDir);
  try {
    const writer = createWriter(seedsDir, contentDir);
    for (const file of listSeeds(seedsDir)) writer.add(file, processSeedFile(seedsDir, file));
    return writer.finish();
  } finally {
    release();
  }
}

export interface ParallelOptions {
  /** Worker threads; defaults to the machine's parallelism. */
  workers?: number;
  /** Below this many seeds the work stays in this thread (a worker costs more to start than it saves). */
  minSeeds?: number;
}

const BATCH = 100;

/**
 * Same result as `ingestDirectory`, byte for byte, with the processing of seeds spread over worker
 * threads while this thread writes, in seed order, whatever batch is next.
 */
export async function ingestDirectoryParallel(seedsDir: string, contentDir: string, options: ParallelOptions = {}): Promise<IngestReport> {
  const workers = options.workers ?? availableParallelism();
  const files = listSeeds(seedsDir);
  if (workers < 2 || files.length < (options.minSeeds ?? 1000)) return ingestDirectory(seedsDir, contentDir);
  const release = acquireLock(contentDir);
  const pool: Worker[] = [];
  try {
    const writer = createWriter(seedsDir, contentDir);
    const batches: string[][] = [];
    for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
    const done = new Map<number, ProcessedSeed[]>();
    let nextToSend = 0;
    let nextToWrite = 0;
    await new Promise<void>((resolve, reject) => {
      const send = (worker: Worker) => {
        if (nextToSend < batches.length) worker.postMessage({ id: nextToSend, seedsDir, files: batches[nextToSend++] });
      };
      for (let w = 0; w < Math.min(workers, batches.length); w++) {
        const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url));
        pool.push(worker);
        worker.on('error', reject);
        worker.on('message', ({ id, processed }: { id: number; processed: ProcessedSeed[] }) => {
          done.set(id, processed);
          send(worker);
          try {
            for (let batch = done.get(nextToWrite); batch; batch = done.get(nextToWrite)) {
              batch.forEach((p, i) => {
                writer.add(batches[nextToWrite][i], p);
              });
              done.delete(nextToWrite++);
            }
          } catch (e) {
            reject(e);
          }
          if (nextToWrite === batches.length) resolve();
        });
        send(worker);
      }
    });
    return writer.finish();
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
    release();
  }
}
