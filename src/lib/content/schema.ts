/**
 * The content schemas. `src/content.config.ts` and the ingest validate with these same objects,
 * so a file the ingest writes is a file the site accepts, and an editor's mistake is caught by both.
 */
import { z } from 'astro/zod';
import { INDICATOR_IDS } from '../catalogue.ts';
import { ALL_PROVINCE_IDS, PERIODS } from '../places/index.ts';
import { isIsoCalendarDate } from './dates.ts';

const PROVINCE_IDS = ALL_PROVINCE_IDS as [string, ...string[]];
const isoDate = z.string().refine(isIsoCalendarDate, 'expected a day of the calendar written yyyy-mm-dd');

/**
 * Refused in every content file: Astro would take a `slug` as the page's address instead of the file
 * name, so one file could take over another article's page. A page's address is its file name.
 */
const noSlug = z
  .unknown()
  .refine((v) => v === undefined, "không được đặt slug / `slug` is not allowed: a page's address is its file name; rename the file instead")
  .optional();

/** One figure an article reports. */
export const metricSchema = z.object({
  /** Catalogue id of the indicator (`src/lib/catalogue.ts`). */
  indicator: z.enum(INDICATOR_IDS),
  /** The value in the indicator's unit; for `13 trong số 17` of a percentage indicator, 76.47. */
  value: z.number(),
  /** The count on top of a fraction the text states ("13" of "13 trong số 17"). */
  numerator: z.number().optional(),
  /** The count below a fraction the text states ("17" of "13 trong số 17"). */
  denominator: z.number().positive().optional(),
  /** Unit as written after the value on the site. */
  unit: z.string(),
  /** How the text qualifies the value: `gt` "hơn/trên", `gte` "ít nhất", `approx` "khoảng/gần"… */
  comparator: z.enum(['eq', 'gt', 'gte', 'lt', 'lte', 'approx']).default('eq'),
  /** `actual` for an achievement, `target` for "phấn đấu", "mục tiêu", "đến năm 2030 …". */
  kind: z.enum(['actual', 'target']).default('actual'),
  /** The year the figure is for (the target year for targets), only when the text says it. */
  year: z.number().int().min(1945).max(2100).optional(),
  /** True when the year comes from a neighbouring sentence rather than the quote itself. */
  yearInferred: z.boolean().optional(),
  /** The date the figure was counted at ("đến 31/12/2020"). */
  asOf: isoDate.optional(),
  /** Province id the figure is about, in the article's period (or in `period`); absent for a figure about the whole country. */
  province: z.enum(PROVINCE_IDS).optional(),
  /**
   * The period of the unit the figure is about, when it is not the article's: an article of 2026
   * reporting a figure of a province as it was before the merger ("địa bàn tỉnh Yên Bái cũ").
   */
  period: z.enum(PERIODS as unknown as ['before-2025', 'since-2025']).optional(),
  /** True for a figure about the whole country ("cả nước", "toàn quốc"). */
  national: z.literal(true).optional(),
  /** District id (within `province`, before 2025 only) the figure is about, when it is about one district. */
  district: z.string().optional(),
  /** The commune or ward the figure is about, as the text names it ("xã Sín Thầu"). */
  commune: z.string().optional(),
  /** Name of the facility (hospital, health centre, commune station) the figure is about. */
  facility: z.string().optional(),
  /** The exact sentence of the article body the figure comes from. */
  quote: z.string().min(1),
  /** Set when an editor corrected this figure by hand; shown on the site. */
  corrected: z.string().optional(),
  /**
   * What the ingest read the figure from (generated files only): the rule that named its indicator,
   * why it is placed where it is, and the marker that made it a result or a target.
   */
  evidence: z
    .object({
      /** The rule of `extract/rules.ts` (or the list item before it). */
      rule: z.string(),
      /** The place resolver's reason. */
      place: z.string(),
      /** The target or result marker, or "no target marker". */
      kind: z.string(),
    })
    .strict()
    .optional(),
});

export type Metric = z.output<typeof metricSchema>;

/**
 * A figure the ingest read but does not publish: something in its clause (a change, a subgroup, a
 * ranking, a place or kind it could not settle) makes it doubtful. Editors see it with its reason
 * (`npm run review`, the dev banner), never readers; a `confirm` correction publishes it.
 */
export const heldMetricSchema = metricSchema.extend({
  /** Why the figure waits for an editor: the doubt signal's name and the words that raised it. */
  held: z.string().min(1),
});

export type HeldMetric = z.output<typeof heldMetricSchema>;

/**
 * The fields a `replace` correction may set: every metric field but its identity (indicator, quote),
 * all optional and without defaults, so `set: {year: 2021}` cannot reset the comparator or the kind.
 */
const { indicator: _indicator, quote: _quote, corrected: _corrected, evidence: _evidence, ...settable } = metricSchema.shape;
export const correctionSetSchema = z
  .object(
    Object.fromEntries(
      Object.entries(settable).map(([key, field]) => [key, (field instanceof z.ZodDefault ? field.unwrap() : field).optional()]),
    ) as {
      [K in keyof typeof settable]: z.ZodOptional<(typeof settable)[K] extends z.ZodDefault<infer T> ? T : (typeof settable)[K]>;
    },
  )
  .strict();

/** An editor's correction of one extracted figure, kept across re-ingests. */
export const correctionSchema = z.object({
  /** Which metric: its indicator and the sentence it came from. */
  indicator: z.enum(INDICATOR_IDS),
  quote: z.string().min(1),
  /** `remove` drops the figure; `replace` sets the fields given in `set`; `confirm` publishes a held figure (with `set`, changed). */
  action: z.enum(['remove', 'replace', 'confirm']),
  /** Fields to set on the metric (with `replace`): exactly these change, nothing else; an unknown key is an error. */
  set: correctionSetSchema.optional(),
  /** Why, in a sentence the site shows. */
  reason: z.string().min(1),
});

export type Correction = z.output<typeof correctionSchema>;

/** Frontmatter of `content/articles/<slug>.mdx`. */
export const articleSchema = z.object({
  /** Not allowed (`noSlug`). */
  slug: noSlug,
  /** Headline as published. */
  title: z.string().min(1),
  /** Province id the article is about, in its period; absent for an article about the whole country. */
  province: z.enum(PROVINCE_IDS).optional(),
  /**
   * The administrative period the article's places belong to: `before-2025` (63 provinces with
   * districts) or `since-2025` (34 provinces, communes and wards). When absent: from the date, else
   * from the province id (a name only one period has), else `before-2025`.
   */
  period: z.enum(PERIODS as unknown as ['before-2025', 'since-2025']).optional(),
  /** Districts (ids within `province`, before 2025) the article is about. */
  districts: z.array(z.string()).default([]),
  /** Publication or event date, only when the text states it. */
  date: isoDate.optional(),
  /** Time of day `hh:mm`, when stated. */
  time: z
    .string()
    .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/u, 'expected a time of day written hh:mm')
    .optional(),
  /** True when the text gives day and month only and the year was inferred from the article. */
  dateYearInferred: z.boolean().optional(),
  /** The words the date was read from. */
  dateText: z.string().optional(),
  /** Author as credited. */
  author: z.string().optional(),
  /** News outlet or agency (TTXVN, VOV…), when stated. */
  outlet: z.string().optional(),
  /** Photo credits, as printed. */
  photoCredits: z.array(z.string()).default([]),
  /** The seed file this entry was generated from (generated entries). */
  sourceFile: z.string().optional(),
  /**
   * The address of the original article (hand-written, the seed's `Nguồn:` header line, or the address a saved page
   * gives for itself): an http or https URL.
   */
  sourceUrl: z
    .string()
    .url()
    .regex(/^https?:\/\//i, 'expected an http:// or https:// address')
    .optional(),
  /**
   * Set by an editor to withdraw the article, with the reason the site shows. Its page stays (URLs
   * never break) with the notice and no figures; its figures leave every profile and download; the
   * ingest leaves the file alone, so the article never comes back by itself.
   */
  withdrawn: z.string().min(1).optional(),
  /** The figures the article reports, as published. */
  metrics: z.array(metricSchema).default([]),
  /** Figures read but held for an editor (`heldMetricSchema`): on no page until confirmed. */
  held: z.array(heldMetricSchema).default([]),
  /**
   * Set by the ingest when the text names no place it can read: the article is on no profile and its
   * figures are held, until an editor sets `province` (or `national` figures) and confirms them.
   */
  unplaced: z.string().min(1).optional(),
  /** Editors' corrections to generated figures; applied by the ingest and kept when it reruns. */
  corrections: z.array(correctionSchema).default([]),
  /** Who made the file: `ingest` with the hash of what it wrote, or an editor. */
  generated: z.object({ by: z.literal('ingest'), hash: z.string() }).optional(),
});

export type ArticleData = z.output<typeof articleSchema>;

/** Frontmatter of `content/provinces/<slug>.mdx`: the editor's page about a province. */
export const provinceSchema = z.object({
  /** Not allowed (`noSlug`). */
  slug: noSlug,
  /** Province id; must match the file name. */
  province: z.enum(PROVINCE_IDS),
  /** Optional short summary shown under the profile title. */
  summary: z.string().optional(),
});

export type ProvinceData = z.output<typeof provinceSchema>;
