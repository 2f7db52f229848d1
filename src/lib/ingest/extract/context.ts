/** What the extraction knows of an article before it reads a sentence: its period and places. */
import type { NamedUnit, Period } from '../../places/index.ts';

export interface ExtractContext {
  period: Period;
  /** The article's province in its period; absent for a whole-country article. */
  provinceId?: string;
  /** The article's headline: what a table that opens the text, with no caption of its own, holds. */
  title?: string;
  /** The district the whole article is about, when its title names one. */
  focusDistrictId?: string;
  /** The districts the title or lead names (before 2025): "của thành phố", "toàn huyện" refer to the one there is. */
  articleDistrictIds?: string[];
  /** District-level units the page names with their kind that the gazetteer does not give the province (`unknownUnitsOf`). */
  unknownUnits?: NamedUnit[];
  /** The commune the whole article is about ("Xã Kim Long …"). */
  focusCommune?: string;
  /** The facility the whole article is about ("Bệnh viện Đa khoa tỉnh Hà Nam sơ kết …"). */
  focusFacility?: string;
  /** A region the title names, and no province ("Đồng bằng sông Cửu Long: …"): a figure no clause places is the region's. */
  focusRegion?: string;
  /** The part of a year the title reports on ("6 tháng đầu năm 2024"), if any: a share that grows through the year is that far. */
  partOfYear?: string;
  /** The year the article is dated, when it states one: "đến năm 2025 … đạt" written in 2023 is an aim. */
  writtenYear?: number;
  /** The month of that date, when the page states it: "Đến năm 2025 … đạt" written in March 2025 is an aim. */
  writtenMonth?: number;
  /** The year the page is read, for a page with no date: it was written by then, so a later year is an aim. */
  readYear?: number;
  /** For a page with no date, the latest year it gives something in that is no plan's: it was written then or after. */
  latestYear?: number;
}
