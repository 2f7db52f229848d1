/**
 * Finds the health figures an article reports. Each sentence is read clause by clause: every number
 * gets a shape (percent, ratio, other), the rule table (`rules.ts`) names its indicator from the
 * words around it, and the clause decides where it applies (whole country, another province, a
 * district, a commune, a facility, or the article's own place), whether it is a target, and its year.
 */
import { getIndicator, type Indicator, isCount, isPercent, rangeOf } from '../../catalogue.ts';
import { comparatorBefore, withoutComparatorTail, type Comparator } from '../../numbers.ts';
import {
  communeCountOf,
  findCommuneMentions,
  findDistrictMentions,
  findProvinceMentions,
  getAnyProvince,
  getProvinceOf,
  OWN_PROVINCE_SUBJECT,
} from '../../places/index.ts';
import { splitSentences } from '../sentences.ts';
import type { HeldMetric, Metric } from '../../content/schema.ts';
import {
  CHILDREN_SCHEDULE,
  COVID_VACCINE,
  doubtOf,
  isOtherPopulationDoubt,
  isPeriodDoubt,
  isWhoseDoubt,
  earlierSentenceDoubt,
  openingSceneDoubt,
  partOfFlowBeforeDoubt,
  PART_OF_PROVINCE,
  PART_OF_YEAR_INDICATORS,
  tableRowDoubt,
  villageSceneOf,
} from './doubts.ts';
import { barsOf, cellSentence, readLabelledPairs, readTableCells, TABLE_UNIT_LINE } from './tables.ts';
import {
  acceptsShape,
  CHANGE_AFTER,
  CHANGE_BEFORE,
  isShareOfAnother,
  indicatorsCued,
  joinUnitKinds,
  RANK_BEFORE,
  RULES,
  type Rule,
  SHARES_OF_COMMUNES,
} from './rules.ts';
import {
  aboutMergedProvince,
  afterMergerDoubt,
  beforeMergerDoubt,
  besideMergedPartDoubt,
  formerAreaNowDoubt,
  reorganisationToComeDoubt,
} from './merger-doubts.ts';
import { kindAndYearOf } from './kind-and-year.ts';
import { idInPeriod } from './period-mentions.ts';
import { headingOfProvince, openingProvince, type PlaceSection, placeSectionOf, sectionVerdict, withinSection } from './place-sections.ts';
import { settleFigures } from './settle.ts';
import { oneYearHeader, placeCellSentence, placeTableHeader, sentencesOfTable, yearTableHeader } from './table-sentences.ts';
import {
  clausesOf,
  distributeRateBase,
  findMentions,
  labelBeforeValue,
  readingLower,
  type Clause,
  valuesInOrder,
  withRateBaseDotted,
} from './clause.ts';
import type { ExtractContext } from './context.ts';
import {
  articleProvinceReason,
  communeOfTitleReason,
  districtOfTitleReason,
  isUncoveredUnit,
  localBeforeSemicolon,
  awayNamedInHeading,
  awaySceneOf,
  countryInOpening,
  titleUnitGiven,
  unitNamedIn,
  localSceneOf,
  nationalSourceOf,
  namesDistrictByKind,
  namesNationalSource,
  ofAnotherUnit,
  pagePlaceReason,
  placeOf,
  quotedSpeakerElsewhere,
  respectivePlace,
  PROVINCE_BODY,
  EACH_ONE_BEFORE,
  lastDistrictOf,
  mergedFromCount,
  sceneOfUnitByKind,
  settleTownOrDistrict,
  severalFacilities,
  severalLocalUnits,
  unknownNamedSubject,
  unknownUnit,
  unnamedProvince,
  WHOLE_PROVINCE,
  wholeProvinceReason,
  type Place,
  type Recent,
} from './place.ts';
import {
  completeFacility,
  FACILITY,
  facilityFromElsewhere,
  helpingFacilities,
  isFacilityIndicator,
  isUnnamedFacility,
} from './facilities.ts';
import { noteTitledPeople, speakersOf, withTitle } from './speakers.ts';
import {
  changeOverPeriod,
  indicatorsOfYearGone,
  kindAt,
  latestStatedYear,
  PRESENT_WORDS,
  partOfYearEnd,
  RESPECTIVELY,
  sentenceYears,
  yearMarks,
} from './time.ts';
import {
  headOfItems,
  isLabelledItem,
  isListHead,
  isSiblingOfHead,
  isSubhead,
  LIST_ITEM,
  namesAimsOrResultsOfAYear,
  sectionsOf,
  type Section,
} from './sections.ts';

export type { ExtractContext } from './context.ts';
export { findMentions } from './clause.ts';
export {
  articleProvinceReason,
  isDistrictOf,
  namesUnit,
  regionOfLead,
  regionOfTitle,
  unknownUnitsOf,
  wholeProvinceReason,
} from './place.ts';
export { PART_OF_YEAR, studyMethodWords } from './doubts.ts';
export { facilityIntroduced, facilityOfTitle } from './facilities.ts';

export interface Paragraph {
  text: string;
  index: number;
}

export interface Extraction {
  metrics: Metric[];
  /** Figures read but held for an editor: each with the doubt its clause raised (`doubts.ts`). */
  held: HeldMetric[];
  /** What was seen and left out, for the ingest summary. */
  warnings: string[];
}

interface Choice {
  rule: Rule;
  distance: number;
  /** Taken from the list item before ("…, người bệnh ngoại trú đạt 93,5%"), not from a cue of its own. */
  listed?: true;
  /** Where its cue ends after the number, when it stands there, and whether it is listed past a comma ("…, có bác sĩ"). */
  rightAt?: number;
  /** Where its cue ends before the number, in the sentence, when it stands there. */
  leftAt?: number;
  afterComma?: boolean;
}

// Each rule's cue as a global pattern, for finding its last occurrence on the left: made once, not per number.
const GLOBAL_CUES = new Map<Rule, RegExp>();
function globalCue(rule: Rule & { cue: RegExp }): RegExp {
  let cue = GLOBAL_CUES.get(rule);
  if (!cue) {
    cue = new RegExp(rule.cue.source, `${rule.cue.flags.replace('g', '')}g`);
    GLOBAL_CUES.set(rule, cue);
  }
  return cue;
}

/** "… đều đạt 100%", "… đều trên 95%": one value said of every indicator the clause named before. */
const EACH_THE_SAME = /\sđều\s+(?:(?:đạt|là|ở mức)\s+)?(?:(?:trên|dưới|hơn|khoảng|gần|từ)\s+)?$/u;

/** The shares of stations with one kind of staff: "có bác sĩ và nữ hộ sinh" names two of them at once. */
const STATION_STAFF = ['stations_with_doctor', 'stations_with_midwife', 'stations_with_traditional_medicine'];

/** ", số …", ", tỷ lệ …", ", thể …", ", trong đó …": the label of a list's next item. */
const NEW_ITEM = /,\s*(?:và\s+)?(?:số|t[ỷỉ] (?:lệ|suất|số)|thể|trong đó)(?:\s|:)/u;

/**
 * The words after a number up to the next number, read past an aside in brackets after its noun: "1.200 bác sĩ
 * (tăng 100 so với năm 2020) đang công tác tại tuyến xã", "150 trạm y tế (xã, phường) đạt chuẩn". The aside, and
 * the numbers in it, say nothing of what is counted; the words after it do. With `numbered`, only an aside
 * that holds the next number is read past (one without runs on in the words as they are, for the doubts that
 * read it: "15 bệnh viện (không kể bệnh viện tư nhân)").
 */
function wordsAfterNumber(lower: string, from: number, nextStart: number, end: number, numbered = false): string {
  const words = lower.slice(from, Math.min(nextStart, end));
  const open = words.indexOf('(');
  if (open < 0 || !/\p{L}/u.test(words.slice(0, open))) return words;
  const close = lower.indexOf(')', from + open);
  if (close < 0 || close >= end || close - (from + open) > 80 || lower.slice(from + open + 1, close).includes('(')) return words;
  if (numbered && nextStart > close) return words;
  const rest = lower.slice(close + 1, end);
  const next = rest.search(/\d/u);
  return `${words.slice(0, open).trimEnd()} ${(next < 0 ? rest : rest.slice(0, next)).trimStart()}`;
}

/** How far before a number its rule's words are looked for: far past any sentence a page writes. */
const MAX_LEFT = 2000;

/** The rule that claims a number: the nearest cue, words right after the number counting first. */
function chooseRules({ lower, seg, mention: m, nextStart }: Clause): Choice[] {
  // The clause before the number, its last `MAX_LEFT` letters: lines run together with no stop (a list of headlines
  // read as one paragraph) would make every rule read the whole run again for each of its numbers.
  const left = lower.slice(Math.max(seg[0], m.start - MAX_LEFT), m.start);
  // Words after the number name it until a new item of a list starts ("12,5, số giường bệnh …"), or the
  // bracket it stands in closes: "tiêm chủng đầy đủ (đạt 88%, kế hoạch 95%) và tỷ lệ … thấp còi" gives
  // both numbers to the words before the bracket.
  const afterNumber = lower.slice(
    m.shape === 'ratio' && m.numerator !== undefined ? m.start + String(m.numerator).length : m.end,
    Math.min(nextStart, seg[1]),
  );
  const opens = left.lastIndexOf('(');
  const bracketed =
    opens > left.lastIndexOf(')') && RULES.some((r) => r.indicator && r.cue?.test(left.slice(Math.max(0, opens - 60), opens)));
  const closes = bracketed ? afterNumber.indexOf(')') : -1;
  const rightAll = closes >= 0 ? afterNumber.slice(0, closes) : afterNumber;
  // "… nhẹ cân giảm xuống 12,3%, thể thấp còi 19,8%", "… dưới 1 tuổi là 10,2‰, tỷ suất … dưới 5 tuổi 15,3‰":
  // "thể …", "tỷ suất …" after a comma is the next item's label.
  const newItem = NEW_ITEM.exec(rightAll);
  const right = newItem ? rightAll.slice(0, newItem.index) : rightAll;
  const unitText = wordsAfterNumber(lower, m.end, nextStart, seg[1]);
  // "… là 190 trạm (86,4%), số trạm có bác sĩ luân phiên là 30": the next item's words are not this number's.
  const ownAfter = unitText.slice(0, NEW_ITEM.exec(unitText)?.index ?? unitText.length);
  const choices: Choice[] = [];
  for (const rule of RULES) {
    if (!acceptsShape(rule, m.shape, m.integer)) continue;
    // "xây mới hơn 20 trạm y tế": the words before the comparator say what the count is.
    if (rule.notBefore && (rule.notBefore.test(left) || rule.notBefore.test(withoutComparatorTail(left)))) continue;
    if (rule.notAfter?.test(ownAfter)) continue;
    if (rule.unit && !rule.unit.test(unitText)) continue;
    let distance = rule.unit ? 0 : Infinity;
    if (rule.cue) {
      // "…có bác sĩ đạt 95%, có nữ hộ sinh đạt 90%", "thấp còi là 14% và gầy còm là 1,1%": past a comma or "và",
      // a cue that leads to the next number is that number's.
      const cueAfter = rule.cue.exec(right);
      const nextOwns =
        cueAfter &&
        /,|\svà\s/u.test(right.slice(0, cueAfter.index)) &&
        (VALUE_VERB_BEFORE.test(right.slice(cueAfter.index)) ||
          // "…, có y sĩ sản nhi hoặc nữ hộ sinh 98%": the cue runs into the next number.
          (nextStart < seg[1] &&
            right.length === rightAll.length &&
            /^[^,;]{0,30}$/u.test(right.slice(cueAfter.index + cueAfter[0].length)) &&
            !/\svà\s/u.test(right.slice(cueAfter.index)) &&
            SHARE_AT.test(lower.slice(nextStart))));
      // "xây mới 3 trạm y tế, nâng tổng số trạm y tế lên 181": a cue that runs into the next number is its.
      // So is one past a comma that a few words join to it: "… 74 tuổi, tuổi thọ khỏe mạnh (đạt) 65 tuổi".
      const leadsToNext =
        cueAfter &&
        nextStart < seg[1] &&
        right.length === afterNumber.length &&
        (cueAfter.index + cueAfter[0].length === right.length ||
          (right.slice(0, cueAfter.index).includes(',') && ONLY_LABEL_WORDS.test(right.slice(cueAfter.index + cueAfter[0].length))) ||
          // "… cả nước: 93,35% Số bác sĩ/vạn dân: 12,5", labelled lines run together: the next label's.
          /^\s*:\s*$/u.test(right.slice(cueAfter.index + cueAfter[0].length)));
      const inRight = nextOwns || leadsToNext ? null : cueAfter;
      let inLeft = -1;
      let cueWords = '';
      for (const c of left.matchAll(globalCue(rule as Rule & { cue: RegExp }))) {
        inLeft = c.index! + c[0].length;
        cueWords = c[0];
      }
      // "Tỷ lệ trạm y tế có bác sĩ đạt 95%, trạm có dược sĩ đạt 40%": past a comma, the number's own words name
      // other staff or places than the cue did; the cue is not theirs.
      if (!inRight && inLeft >= 0 && namesOtherWho(cueWords, left.slice(inLeft))) continue;
      if (!inRight && inLeft >= 0 && !rule.unit && ownLabelElsewhere(rule.cue, left.slice(inLeft))) continue;
      // "… thấp còi là 22%, không còn trẻ bị suy dinh dưỡng nặng": past a comma, a cue is further than one right before.
      const rightPastComma = !!inRight && /,/u.test(right.slice(0, inRight.index));
      const d = Math.min(
        inRight ? inRight.index + (rightPastComma ? 40 : 0) : Infinity,
        inLeft >= 0 ? left.length - inLeft + 30 : Infinity,
      );
      if (d === Infinity) continue;
      distance = rule.unit ? d / 10 : d;
      if (inRight) {
        const end = inRight.index + inRight[0].length;
        // "…, có bác sĩ làm việc": a quality listed after the comma, not a clause of its own ("…, không còn trẻ bị …").
        // A cue that spans the comma ("trạm y tế đạt chuẩn …, có bác sĩ") lists it as before, when what follows the
        // comma goes on saying what the same stations have or meet ("…, đạt chuẩn", "…, y sĩ, hộ sinh"); not a subject
        // of its own ("…, nhiều trạm đạt chuẩn …", "…, các xã đạt …"), which no number counts.
        const comma = right.lastIndexOf(',', inRight.index);
        const spanned = right.lastIndexOf(',', end);
        const listedAfter =
          comma >= 0
            ? /^\s*(?:và\s+)?(?:đều\s+)?(?:(?:có|đạt)\s+)?$/u.test(right.slice(comma + 1, inRight.index))
            : spanned >= 0 &&
              /^\s*(?:và\s+)?(?:đều\s+)?(?:đã\s+)?(?:được\s+(?:công nhận\s+)?)?(?:có|đạt|(?:nữ\s+)?hộ sinh|y\s*s[ĩỹ]|bác\s*s[ĩỹ]|dược\s*s[ĩỹ]|điều dưỡng)(?![\p{L}])/u.test(
                right.slice(spanned + 1, end),
              );
        choices.push({ rule, distance, rightAt: end, afterComma: listedAfter });
        continue;
      }
      if (inLeft >= 0) {
        choices.push({ rule, distance, leftAt: seg[0] + inLeft });
        continue;
      }
    }
    choices.push({ rule, distance });
  }
  // Two cues from the same noun ("trạm y tế đạt chuẩn …, có bác sĩ"): the one that ends first names the figure.
  return choices.sort((a, b) => a.distance - b.distance || (a.rightAt ?? 0) - (b.rightAt ?? 0));
}

/**
 * "Lai Châu 7,8, Hà Giang 8,2 và Điện Biên 9,1 bác sĩ/vạn dân", "Lai Châu chỉ có 7,8 bác sĩ, Hà Giang 8,2 bác
 * sĩ, …", "… lần lượt là 76,4 và 76,3 tuổi": a list of values, each of a province, the unit written out only on
 * the last. The rule of that last value, for a number of the same shape that only places and the list's commas
 * (or, in a list in order, its commas and "và") separate from it. Each number's answer is kept in `known`, so
 * that a long list is walked once.
 */
function unitOfListEnd(clauses: Clause[], at: number, known: Map<number, Choice | undefined>): Choice | undefined {
  const walked: number[] = [];
  let found: Choice | undefined;
  for (let k = at; !known.has(k); k++) {
    walked.push(k);
    const [here, next] = [clauses[k], clauses[k + 1]];
    if (!next || next.mention.shape !== here.mention.shape || next.mention.integer !== here.mention.integer) break;
    const gap = here.sentence.slice(here.mention.end, next.mention.start);
    // "… lần lượt là 76,4 và 76,3 tuổi": values in order, the unit after the last.
    const inOrder = RESPECTIVELY.test(here.lower.slice(here.seg[0], here.mention.start)) && /^\s*(?:,|;|và)\s*$/u.test(gap);
    if (!inOrder && (!PLACE_LIST_GAP.test(gap) || findProvinceMentions(gap).length !== 1)) break;
    const last = chooseRules(next).find((c) => c.rule.indicator && c.rule.unit);
    if (last) {
      // Where its cue stands is the last value's, not this one's.
      found = { rule: last.rule, distance: last.distance, listed: true };
      break;
    }
    if (known.has(k + 1)) found = known.get(k + 1);
  }
  if (walked.length === 0) return known.get(at);
  for (const k of walked) known.set(k, found);
  return found;
}

/** ", Hà Giang ", " và tỉnh Điện Biên ", "bác sĩ, Hà Giang ": a list's next place, maybe after the noun the value counts. */
const PLACE_LIST_GAP =
  /^\s*(?:bác s[ĩỹ]|giường(?: bệnh)?)?\s*(?:,|;|và)\s*(?:(?:tỉnh|thành phố|TP\.?)\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*){0,3}\s*(?:(?:là|có|đạt|chỉ có)\s*)?$/u;

/**
 * "Tỷ lệ suy dinh dưỡng thể nhẹ cân, thấp còi lần lượt là 12% và 22%": the indicators the clause names before
 * "lần lượt" or "tương ứng", each by a cue of its own, go to the numbers after it in order, when there are as
 * many of each and nothing else (years, places) is listed. The rule for `clause`'s number so told, or undefined.
 */
function respectiveRule(clauses: Clause[], clause: Clause, read: Map<string, Choice[] | undefined>): Choice | undefined {
  const { lower, seg, mention } = clause;
  const said = RESPECTIVELY.exec(lower.slice(seg[0], mention.start));
  if (!said) return undefined;
  // The list and its values are the same for every number of a shape after it: read once.
  const listEnd = seg[0] + said.index;
  const key = `${listEnd} ${mention.shape} ${mention.integer}`;
  if (!read.has(key)) read.set(key, respectiveRules(clauses, clause, listEnd, said[0].length));
  const rules = read.get(key);
  const after = rules && valuesInOrder(clauses, clause, listEnd + said[0].length);
  const at = after ? after.indexOf(clause) : -1;
  return at < 0 ? undefined : rules![at];
}

/** The rules of the indicators a list before "lần lượt" names, in order, when the values after it match them. */
function respectiveRules(clauses: Clause[], clause: Clause, listEnd: number, saidLength: number): Choice[] | undefined {
  const { lower, sentence, seg, mention } = clause;
  const list = lower.slice(seg[0], listEnd);
  // Not by how much, not changes; not a list of years or places as well ("Lai Châu và Sơn La có tỷ lệ … và tỷ
  // lệ … lần lượt là …": which is whose?). One year said for them all is no list.
  if (/hơn|so với|chênh|gấp|tăng|giảm/u.test(list) || /\d/u.test(list.replace(/(?:19|20)\d{2}/u, ''))) return undefined;
  const listAsWritten = sentence.slice(seg[0], listEnd);
  if (
    findProvinceMentions(listAsWritten).length > 1 ||
    (listAsWritten.match(/(?:huyện|xã|phường|quận|thị xã)\s+\p{Lu}/gu) ?? []).length > 1
  )
    return undefined;
  const inOrder = indicatorsCued(list, mention.shape, mention.integer);
  // Cues that overlap name one thing two ways ("trạm y tế có bác sĩ và nữ hộ sinh"): which is which, the words do not say.
  if (inOrder.length < 2 || inOrder.some((n, k) => k > 0 && n.start < inOrder[k - 1].end)) return undefined;
  const after = valuesInOrder(clauses, clause, listEnd + saidLength);
  if (after?.length !== inOrder.length) return undefined;
  // "… lần lượt là 95% và 97% so với kế hoạch": shares of the plans, not the figures.
  if (/^\s*(?:so với|kế hoạch|chỉ tiêu|mục tiêu|dự toán|điểm phần trăm)/u.test(lower.slice(after.at(-1)!.mention.end, seg[1])))
    return undefined;
  return inOrder.map((n) => ({ rule: n.rule, distance: 0 }));
}

/**
 * "Ước tính đến hết năm 2024, tỷ lệ … đạt 95%", "Ước thực hiện năm 2024: …", "Dự ước cả năm 2023, …": a clause
 * that opens as an estimate makes its results estimates, as "ước đạt" right before the number does.
 */
const ESTIMATE_OPENING = /^\s*(?:theo\s+)?(?:dự\s+)?ước\s+(?:tính|thực hiện|đạt|cả năm|năm\s|(?:đến|tới)\s)/u;

/** "…, ước thực hiện cả năm đạt 95,5%": an estimate named between the number before and this one. */
const ESTIMATE_BEFORE = /(?:^|[\s,;:(])ước\s+(?:tính|thực hiện|th)(?![\p{L}])/u;

/** A few words, no mark between them, from a label to its number: " trung bình đạt ", ": ". */
const ONLY_LABEL_WORDS = /^(?:(?!\svà\s)[^,;.()\d]){0,25}$/u;

/** A share starts here: "98%", "9/10". */
const SHARE_AT = /^[\d.,]+\s*(?:%|\/\s*\d)/u;

/**
 * A verb that leads to the number after it: "… đạt 90%", "… là 12", "… chiếm trên 20%", "… tăng lên 92%"
 * (the level reached; "tăng 2%" is by how much), "… ước thực hiện 11,8" (an estimate of the result).
 */
const VALUE_VERB_BEFORE =
  /(?:đạt|là|chiếm|còn|ở mức|(?:tăng|nâng|giảm)\s+(?:lên|xuống)(?:\s+(?:còn|đến|tới|mức))?|ước\s+(?:thực hiện|tính|th))(?:\s+(?:ít nhất|tối thiểu|trên|dưới|khoảng|gần|hơn|từ))?\s*$/u;

/**
 * "Tỷ lệ … năm 2022: 90%; năm 2023: 92%", "…; kế hoạch năm 2024: 96%": a year and a colon, maybe the plan's or
 * the result's, and nothing else, label the list's next item.
 */
const YEAR_LABEL_GAP = /^[\s;,]*(?:(?:kế hoạch|kh|mục tiêu|chỉ tiêu|thực hiện|th|ước thực hiện)\s+)?(?:năm\s+)?(?:19|20)\d{2}\s*:\s*$/u;
/** "95,2% (năm 2024); 93,1% (năm 2023)": each value with its year in brackets after it, the next one a list's item. */
const YEAR_IN_BRACKETS_AFTER = /^\s*%?\s*\(\s*(?:năm\s+)?(?:19|20)\d{2}\s*\)/u;

/** Staff, beds and facilities a figure may count or be of. */
const WHO =
  /(?<![\p{L}])(?:bác s[ĩỹ]|dược s[ĩỹ]|điều dưỡng|hộ sinh|y sĩ|kỹ thuật viên|nhân viên(?: y tế)?|cán bộ|giường|trạm|bệnh viện|phòng khám)(?![\p{L}])/gu;

/** "… gầy còm là 1,1%, thừa cân là 4%, béo phì là 1,3%": a child's weight the catalogue has no id for, a label of its own. */
const UNCATALOGUED_WEIGHT = /(?:thừa cân|béo phì)(?![\p{L}])/u;

/**
 * "Tỷ lệ trạm y tế có bác sĩ đạt 95%, tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh đạt 80%": past the cue's last
 * comma, the number's own label ("tỷ lệ …", "số …", "công suất …") that the cue does not match names another
 * thing. Not "tỷ lệ này", "số đó", which go back to it.
 */
function ownLabelElsewhere(cue: RegExp, sinceCue: string): boolean {
  const own = OWN_LABEL.exec(sinceCue);
  if (!own || cue.test(own[1])) return false;
  // "Số người tham gia BHYT tăng 5%, tỷ lệ bao phủ đạt 93%": coverage, said alone, is the insurance's.
  return !(BARE_COVERAGE.test(own[1]) && cue.test('bảo hiểm y tế'));
}
/** The label a number is given after the last comma or ";": "…, tỷ lệ …", "…, số …", "…, thừa cân …". */
const OWN_LABEL = new RegExp(
  String.raw`[,;]\s*(?:và\s+)?((?:số|t[ỷỉ] (?:lệ|suất|số)|công suất)\s+(?!(?:này|đó|trên|năm|của|chung|toàn|đạt|là)(?![\p{L}]))[^,;]*|${UNCATALOGUED_WEIGHT.source}[^,;]*)$`,
  'u',
);
const BARE_COVERAGE = /^t[ỷỉ] lệ bao phủ\s*(?:chung\s*)?(?:(?:ước\s+)?đạt|là)?\s*$/u;

/** Whether the words after the cue's last comma name staff or places the cue does not. */
function namesOtherWho(cueWords: string, sinceCue: string): boolean {
  const boundary = [...sinceCue.matchAll(/[,;]|\svà\s/gu)].pop();
  if (!boundary) return false;
  const own = sinceCue.slice(boundary.index! + boundary[0].length);
  return [...own.matchAll(WHO)].some((w) => !cueWords.includes(w[0]));
}

/** The digits of a text, as a number printed "5.504" or "5504" has the same ones. */
function digitsOf(text: string): string {
  return text.replace(/\D/gu, '');
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

interface ReadState {
  /** Figures held so far, for the whole article. */
  held: HeldMetric[];
  /** The last facility named in the paragraph, for "tại Trung tâm", "Bệnh viện hiện có". */
  lastFacility?: string;
  /**
   * The facilities the paragraph has named so far, by their names in lower case, and whether one opened
   * a sentence: one alone, the subject of its sentence, is what the paragraph is about.
   */
  paragraphFacilities?: Map<string, { name: string; subject: boolean }>;
  /** The last commune named in the paragraph, for "Xã có trạm y tế …, 1 bác sĩ". */
  lastCommune?: string;
  /** Whether a sentence of the paragraph gave a figure of the whole province ("Toàn tỉnh có …"). */
  wholeBefore?: boolean;
  /** Whether a sentence of the paragraph published a figure of the page's province itself, in so many words or not. */
  provinceBefore?: boolean;
  /** The last of the page's province's districts the paragraph named with its kind, for "… của huyện". */
  lastDistrict?: string;
  /** The district or commune (not the page's) an earlier sentence of the paragraph spoke of. */
  localScene?: string;
  /**
   * Whether the scene may go on into the next paragraph: a unit called by its kind alone in this one, with
   * nothing of the page's place given after it. A scene goes on for one paragraph only.
   */
  sceneGoesOn?: boolean;
  /** The last target year stated in the paragraph, for the targets that follow without one. */
  targetYear?: number;
  /**
   * The indicator the last sentence of the paragraph read, for a breakdown that follows ("Trong đó, huyện A
   * đạt …"), with the doubt about its period if it was held for that alone, or about whose it is: what goes on
   * from it with no place of its own shares that doubt.
   */
  lastRead?: { indicator: string; after?: string; periodDoubt?: string; doubt?: string; paragraphBefore?: boolean };
  /** Where the paragraph's last sentence with figures put them all, when not on the page's province: "the country", "lai-chau". */
  elsewhereBefore?: string;
  /**
   * Whose figures the paragraph's last sentence with figures gave when no profile can hold them: "a region",
   * "another country", the world, a province the page does not name, a district or commune of one it does not
   * cover. The figures after it may go on with it.
   */
  unplacedBefore?: string;
  /**
   * The words an earlier sentence of the paragraph opened on when it published nothing ("Đối với người dân tộc
   * thiểu số, …", "Tại các huyện vùng cao, …"): a group or area it sets may be what the figures after it are of.
   */
  openingBefore?: string;
  /**
   * The words of an aim an earlier sentence of the paragraph set, when it gave aims only or no figure ("Tỉnh phấn
   * đấu đến năm 2025 …", "Mục tiêu đến năm 2030 như sau."): a figure after it with no mark of time may be its next aim.
   * With the indicators of those aims: the same one after its aim is what was done against it.
   */
  aimBefore?: { words: string; indicators: ReadonlySet<string> };
  /** The opening of an earlier sentence of the paragraph with no figure that names a part of a year ("Trong 6 tháng đầu năm 2024"). */
  partOfYearBefore?: string;
  /** An earlier sentence of the paragraph with no figure that tells of a survey or a screening and what it took. */
  sampleBefore?: string;
  /** A subhead or lead-in over the paragraph that names a standard (`HeadingScene.norm`): its lines are its demands. */
  normOver?: string;
  /** Facilities the page names as coming from elsewhere to help: their figures are not the province's. */
  helpers?: ReadonlySet<string>;
  /** The people the page named in full with their title ("ông Nguyễn Văn Hùng, Giám đốc …"), by given name. */
  people: Map<string, string | null>;
  /** Who spoke last in the paragraph before, with their title: "Ông cũng cho biết" goes on with them. */
  lastSpeaker?: string;
}

function recentOf(state: ReadState): Recent {
  const otherBefore = state.unplacedBefore ?? state.elsewhereBefore ?? state.localScene;
  const [first, ...others] = state.paragraphFacilities?.values() ?? [];
  const only = first?.subject && others.length === 0 ? first.name : undefined;
  return {
    ...(state.lastFacility ? { facility: state.lastFacility } : {}),
    ...(only ? { onlyFacility: only } : {}),
    ...(state.lastCommune ? { commune: state.lastCommune } : {}),
    ...(state.wholeBefore ? { wholeBefore: true } : {}),
    ...(otherBefore ? { otherBefore } : {}),
  };
}

/**
 * "Về huyện Mường Nhé, đây là huyện nghèo nhất tỉnh. Tỷ lệ bao phủ BHYT đạt 99%.": a figure with no place
 * of its own, given the page's province (or the district of its title, or the whole country) for want of
 * one, after a sentence of its paragraph spoke of another unit, may be that unit's. It waits for an editor.
 */
function holdFiguresOfScene(metrics: Metric[], from: number, sentence: string, state: ReadState, ctx: ExtractContext): void {
  // "Tỷ lệ bao phủ BHYT toàn huyện đạt 96%" on a district's page names the district, by its kind.
  const ownDistrict = !!ctx.focusDistrictId && !namesDistrictByKind(sentence);
  // So does "trên địa bàn xã" on a commune's page.
  const ownCommune = !!ctx.focusCommune && !COMMUNE_BY_KIND.test(sentence.toLowerCase());
  const byPage = [
    pagePlaceReason(ctx),
    ...(ownDistrict ? [districtOfTitleReason(ctx.focusDistrictId)] : []),
    ...(ownCommune ? [communeOfTitleReason(ctx.focusCommune)] : []),
  ];
  const given = metrics.splice(from);
  for (const m of given)
    if (m.evidence && byPage.includes(m.evidence.place))
      state.held.push({ ...m, held: `after a sentence that spoke of ${state.localScene}: its figure, or the page's place's? Say which` });
    else metrics.push(m);
}

/** "trên địa bàn xã", "toàn xã", "xã nhà": a commune named by its kind alone, on a commune's page the page's own. */
const COMMUNE_BY_KIND =
  /(?:của|toàn|trên địa bàn|cả|trong)\s+(?:xã(?!\s+hội)|phường|thị trấn)(?![\p{L}])|(?:xã|phường) (?:này|nhà|ta|mình)(?![\p{L}])/u;

/**
 * What a sentence says of the scene of the ones after it: a unit it names or calls by its kind alone (from
 * the figures held for it), or a national source whose figure was held on a province's page.
 */
function noteScene(
  state: ReadState,
  sentence: string,
  ctx: ExtractContext,
  given: { read: Metric[]; held: HeldMetric[]; provinceId: string | undefined },
): void {
  const named = localSceneOf(sentence, ctx) ?? villageSceneOf(sentence);
  const byKind = given.held.map((h) => sceneOfUnitByKind(h.held)).find((scene) => scene !== undefined);
  if (named || (byKind && !state.localScene)) state.localScene = named ?? byKind;
  // "Bộ Y tế cho biết: Hiện nay, tỷ lệ … đạt 91%. Số bác sĩ bình quân đạt 13,5 bác sĩ/vạn dân.": the source
  // goes on in the sentences after, as a unit's scene does.
  const source = given.held.map((h) => nationalSourceOf(h.held)).find((words) => words !== undefined);
  if (source && !state.localScene) state.localScene = `a national source ("${source}")`;
  // Only a unit the text calls by its kind alone ("trong xã", "huyện chúng tôi") tells the story is there; one
  // named ("đặc khu Vân Đồn") may be an example the province's figures go on from.
  if (named || byKind) state.sceneGoesOn = !named && state.localScene === byKind;
  // A figure of the page's place itself ("Toàn tỉnh có …"), the sentence naming no unit of its own, ends the
  // scene: for the sentences after it, and for the paragraphs after.
  if (given.read.some((m) => !m.district && !m.commune && !m.facility && !m.national && m.province === given.provinceId)) {
    state.sceneGoesOn = false;
    if (!named && !byKind) state.localScene = undefined;
  }
}

/** Where a doubtful figure goes: the article's held list, with the reason. */
function heldList(state: ReadState, reason: string): { push: (...ms: Metric[]) => void } {
  return { push: (...ms) => void state.held.push(...ms.map((x) => ({ ...x, held: reason }))) };
}

/** Notes the facilities a sentence names, for the sentences after it in the paragraph. */
function noteFacilities(state: ReadState, sentence: string): void {
  for (const m of sentence.matchAll(FACILITY)) {
    const name = m[0];
    state.lastFacility = name;
    if (isUnnamedFacility(name.trim())) continue;
    // "Bệnh viện X có …", "Năm 2023, Bệnh viện X …" is the sentence's subject; "cử bác sĩ về Bệnh viện X" is not.
    const subject = /^\W*(?:[^,]{0,30},\s*)?$/u.test(sentence.slice(0, m.index));
    const known = state.paragraphFacilities?.get(name.toLowerCase());
    state.paragraphFacilities ??= new Map();
    state.paragraphFacilities.set(name.toLowerCase(), { name, subject: subject || !!known?.subject });
  }
}

/** Reads one sentence (or table row rewritten as one) into metrics. */
function readSentence(
  sentence: string,
  quote: string,
  ctx: ExtractContext,
  state: ReadState,
  forced?: {
    year?: number;
    tableRow?: boolean;
    section?: Section;
    listItem?: boolean;
    yearBefore?: number;
    pastYear?: number;
    /** An undated earlier time an earlier sentence of the paragraph opened on ("Khi mới tái lập tỉnh, …"). */
    earlierTime?: string;
    /**
     * The words of an earlier sentence of the paragraph with no figure that names a standard ("Theo Bộ tiêu chí quốc
     * gia về y tế xã, xã đạt chuẩn cần đáp ứng nhiều yêu cầu."): a figure after it that something must reach is its norm.
     */
    normBefore?: string;
    /** The paragraph is a reader's question ("Câu hỏi: …"): what it says is the asker's. */
    question?: boolean;
    /** A short line with no mark right after the last item of a list of aims: its next item, or a result? */
    afterAims?: boolean;
    /** A doubt the caller already has about every figure of the sentence (a table cell's unsure column). */
    doubt?: string;
    /** The sentence is where the page breaks off, with no stop after its last number: that number may be cut. */
    cutAtEnd?: boolean;
    /** The caption over the table the sentence is a row of ("Bảng: Một số chỉ tiêu y tế của huyện Tuần Giáo"). */
    caption?: string;
    /** Who said the sentence, with their title when the page gave it ("…”, ông A, Giám đốc Trung tâm Y tế huyện X cho biết."). */
    saidBy?: string;
    /** The title or an earlier sentence of the paragraph spoke of COVID-19. */
    covidBefore?: boolean;
    /** The sentence before, when this one opens on a part of what it named ("Trong đó có 120 bác sĩ."). */
    wholeBefore?: string;
  },
): Metric[] {
  const clauses = clausesOf(withRateBaseDotted(sentence));
  if (clauses.length === 0) return [];
  const lower = clauses[0].lower;
  const years = sentenceYears(lower, clauses);
  const out: Metric[] = [];
  const heldBefore = state.held.length;
  const elsewhere = state.unplacedBefore ?? state.elsewhereBefore;
  // Figures that may go on with the place before them: when all do, that place goes on past this sentence.
  let wentOn = 0;
  let unsettledBy: string | undefined;
  // Whose the sentence's figures are, when no profile holds them and the sentences after may go on with them.
  let unplacedBy: string | undefined;
  // "Tại Nhật Bản, tuổi thọ trung bình là 84 tuổi.": a figure of another country or of a region, read as no one's.
  let regionRead: string | undefined;
  // "… đạt 94,5%. Trong đó, huyện Mù Cang Chải đạt 99,2%, Trạm Tấu 98,9%": a breakdown goes on with
  // the indicator of the sentence before, item by item, each item a place.
  // "… đạt 87%. Riêng khu vực phía Đông (Bình Định cũ), tỷ lệ này đạt 98%": "tỷ lệ này" names it too.
  let previous: ListHead | undefined =
    state.lastRead &&
    (forced?.listItem ||
      BREAKDOWN_OPENING.test(sentence) ||
      RANKED_OPENING.test(sentence) ||
      ANAPHOR.test(sentence) ||
      PLAN_START.test(sentence))
      ? { ...state.lastRead, carried: true }
      : undefined;
  let claimed: { rule: Rule; until: number } | undefined;
  const former = ctx.period === 'before-2025' ? ctx.provinceId : undefined;
  const mergedFrom = mergedFromCount(ctx.provinceId, ctx.period);
  // The indicator the sentence's last number was read as, if it was read and not held: what a next sentence's breakdown continues.
  let lastRead: ReadState['lastRead'];
  const listsInOrder = new Map<string, Choice[] | undefined>();
  const listEnds = new Map<number, Choice | undefined>();
  const opening = openingPhrase(lower);
  // "Trước khi sáp nhập, tỷ lệ … là 18,2%, thể nhẹ cân là 10,1%": a time the first figure was held for, set by
  // the opening phrase, is every figure's.
  let openingTime: string | undefined;
  let firstWeighed = false;
  clauses.forEach((clause, clauseAt) => {
    lastRead = undefined;
    const { mention: m, seg, windowStart, nextStart } = clause;
    const leftTail = lower.slice(Math.max(seg[0], m.start - 40), m.start);
    const tail = lower.slice(m.end - (m.shape === 'percent' ? 1 : 0), m.end + 60);
    if (CHANGE_BEFORE.test(leftTail) || CHANGE_AFTER.test(tail)) return;
    if (m.shape === 'percent' && isShareOfAnother(leftTail, tail)) return;
    if (RANK_BEFORE.test(leftTail)) return;
    // A cue after the previous number named it ("100% trạm y tế có bác sĩ"); past a "và" or a comma, the
    // next number ("và đến năm 2030 có 90% xã đạt chuẩn") is another item, which takes it only as a list does.
    const passed = claimed && /\svà\s|[,;]/u.test(lower.slice(claimed.until, m.start));
    // A cue of its own after that one ("…, nâng tổng số xã đạt chuẩn lên 120") still names it.
    const choices = chooseRules(clause).filter(
      (c) => !(passed && c.rule === claimed!.rule && c.rightAt === undefined && (c.leftAt === undefined || c.leftAt <= claimed!.until)),
    );
    // A rule for a named facility, or for a place, yields to the next when the clause is not of that kind.
    const hasFacility = (rule: Rule) => rule.indicator !== null && !!placeOf(clause, ctx, recentOf(state), rule.indicator).facility;
    const inOrder = respectiveRule(clauses, clause, listsInOrder);
    let choice = inOrder ?? choices.find((c) => c.rule.facility === undefined || c.rule.facility === hasFacility(c.rule));
    // A list goes on without repeating its indicator: "…, người bệnh ngoại trú đạt 93,5%", "Bình Dương 5,8 bác sĩ".
    if (!choice && previous) choice = listItemChoice(previous, clause, sentence, former);
    // "Lai Châu 7,8, Hà Giang 8,2 và Điện Biên 9,1 bác sĩ/vạn dân": the unit the list's last item writes.
    if (!choice) choice = unitOfListEnd(clauses, clauseAt, listEnds);
    if (!choice?.rule.indicator) return;
    claimed = choice.rightAt !== undefined ? { rule: choice.rule, until: m.end + choice.rightAt } : undefined;
    const indicatorId = choice.rule.indicator;
    const indicator = getIndicator(indicatorId);
    if (!indicator) return;
    const place = respectivePlace(clauses, clause, ctx) ?? placeOf(clause, ctx, recentOf(state), indicatorId);
    if (place.region) {
      regionRead = place.reason;
      return;
    }
    // "Hiện 10/10 phường, xã của thành phố …; các … đạt trên 83%": the town named once holds for the sentence.
    const unsettledFirst =
      place.unsettled ??
      severalPlacesTogether(place, indicator, lower.slice(seg[0], m.start)) ??
      severalLocalUnits(place, sentence.slice(windowStart, m.start), ctx) ??
      severalFacilities(place, sentence.slice(seg[0], m.start)) ??
      settleTownOrDistrict(place, sentence.slice(0, Math.min(nextStart, seg[1])), m.start, ctx, {
        count: isCount(indicator),
        recentCommune: state.lastCommune,
        recentDistrict: state.lastDistrict,
      });
    const ofUnknownUnit = unsettledFirst
      ? undefined
      : unknownUnit(
          place,
          sentence.slice(seg[0], m.start),
          ctx,
          sentence.slice(0, m.start),
          sentence.slice(m.end, Math.min(nextStart, seg[1])).split(',')[0],
        );
    const ofUnnamedProvince = unsettledFirst || ofUnknownUnit ? undefined : unnamedProvince(place, sentence.slice(0, m.start), ctx);
    // "Toàn tỉnh có 150 trạm y tế. Tỷ lệ trạm có bác sĩ chỉ đạt 70%." on the country's page, "Huyện Mường Nhé có
    // 8,2 bác sĩ/vạn dân. …" on a page about no province: the sentences after may go on with that place.
    if (ofUnnamedProvince) unplacedBy = UNNAMED_PROVINCE;
    else if (ofUnknownUnit && isUncoveredUnit(ofUnknownUnit)) unplacedBy = UNKNOWN_UNIT;
    else if (ofUnknownUnit) unplacedBy = unitNotFoundOf(ofUnknownUnit) ?? unplacedBy;
    const unsettled =
      unsettledFirst ??
      ofUnknownUnit ??
      ofUnnamedProvince ??
      localBeforeSemicolon(place, clause) ??
      quotedSpeakerElsewhere(place, clause, ctx);
    // A count of stations or hospitals in one commune is not a profile figure.
    if (m.shape === 'number' && isCount(indicator) && place.commune) return;
    const value = m.shape === 'ratio' && !isPercent(indicator) ? m.numerator! : round2(m.value);
    // Every figure stands in its quote: a table row read as a sentence takes no number the row does not print.
    if (sentence !== quote && !digitsOf(quote).includes(digitsOf(sentence.slice(m.start, m.end)))) return;
    // "2015 Cơ sở y tế (Cơ sở)": a table's year column run into the next label, not a count of 2015.
    if (m.shape === 'number' && value >= 1945 && value <= 2050 && !/\p{L}/u.test(lower.slice(seg[0], m.start))) return;
    const national = !place.provinces && (place.national || !ctx.provinceId);
    const [lo, hi] = rangeOf(indicator, national);
    if (value < lo || value > hi) return;
    // "đạt 98%, vượt kế hoạch 3%": by how much the plan was beaten, not the plan, when far below the result.
    const beaten = /vượt\s+(?:kế hoạch|chỉ tiêu|mục tiêu)[^\d;]{0,15}$/u.test(lower.slice(Math.max(seg[0], m.start - 40), m.start));
    if (beaten && out.some((o) => o.indicator === indicatorId && o.kind === 'actual' && value < o.value / 2)) return;
    const time = kindAndYearOf(clause, years, ctx, forced, state.targetYear);
    state.targetYear = time.targetYear;
    const { kind, marker, year, yearInferred, mark, read, section } = time;
    let comparator: Comparator = comparatorBefore(sentence.slice(seg[0], m.start));
    if (
      comparator === 'eq' &&
      kind === 'actual' &&
      (ESTIMATE_OPENING.test(lower.slice(seg[0], m.start)) || ESTIMATE_BEFORE.test(lower.slice(windowStart, m.start)))
    )
      comparator = 'approx';
    // "Tỷ lệ bao phủ BHYT vượt mức 95%": a result past the mark; a plan's level ("vượt mức 95% đề ra") is the plan's.
    if (comparator === 'eq' && kind === 'actual' && /vượt mức\s*$/u.test(lower.slice(windowStart, m.start))) comparator = 'gt';
    // "… vẫn dưới mức 93% của cả nước", "vượt mức 93% của cả nước": the level is the value of the place named after
    // it, which the clause's subject is below or above; that place's own figure is the level itself.
    if (place.afterNumber && /(?:dưới|trên|vượt(?:\s+qua)?|quá)\s+(?:mức|ngưỡng|mốc)\s*$/u.test(lower.slice(windowStart, m.start)))
      comparator = 'eq';
    // "95%+", as infographics and plans' tables write "95% trở lên".
    if (/^\s*%?\s*trở lên|^\+(?!\s*\d)/u.test(lower.slice(m.end))) comparator = 'gte';
    if (/^\s*%?\s*trở xuống/u.test(lower.slice(m.end))) comparator = 'lte';
    // "3/4 số xã", "2/3 số trạm", "2/3 dân số": a share in words (three quarters of the communes), not 3
    // communes of 4.
    const roughShare =
      m.denominator !== undefined && m.denominator <= 4 && /^\s*(?:số\s|(?:dân số|người dân)(?![\p{L}]))/u.test(lower.slice(m.end));
    if (roughShare && comparator === 'eq') comparator = 'approx';
    const base = {
      indicator: indicatorId,
      value,
      ...(m.numerator !== undefined && isPercent(indicator) && !roughShare ? { numerator: m.numerator, denominator: m.denominator } : {}),
      unit: indicator.unit,
      comparator,
      kind,
      ...(year !== undefined ? { year } : {}),
      ...(yearInferred ? { yearInferred: true } : {}),
      ...(mark?.asOf ? { asOf: mark.asOf } : {}),
      quote,
      evidence: { rule: choice.listed ? `${choice.rule.name} (the list goes on)` : choice.rule.name, place: place.reason, kind: marker },
    };
    const before = lower.slice(windowStart, m.start);
    const after = wordsAfterNumber(lower, m.end, nextStart, seg[1], true);
    const change = changeOverPeriod(lower, clause);
    const pageDoubt = pagePartOfYearDoubt(ctx, indicatorId, kind, year, lower.slice(seg[0], m.start));
    // The time the text gives the figure, as precisely as it says it: for the doubts about the 2025 merger.
    // "6 tháng đầu năm 2025, tỷ lệ … đạt 92%": a part of a year is as late as its last month.
    const partEnd = partOfYearEnd(lower.slice(seg[0], m.start));
    const when = yearInferred ? undefined : (partEnd ?? (mark ? timeOfMark(lower, mark) : year));
    const facility = place.facility ? completeFacility(place.facility, ctx) : undefined;
    const goesOn = afterOtherPlaceDoubt(elsewhere, ctx, place, lower.slice(seg[0], m.start));
    if (goesOn) wentOn++;
    // "Sơn La … toàn tỉnh có 96%", held as maybe Sơn La's: the figures after it may be that province's too.
    if (place.unsettledBy) unsettledBy = place.unsettledBy;
    const doubt =
      unsettled ??
      forced?.doubt ??
      time.indicatorsDoubt ??
      // "… số bác sĩ/vạn dân đạt 1", where a stored page breaks off: "1" may be the start of "11,5".
      (forced?.cutAtEnd && /^\s*(?:\.{3,}|…|\[(?:\.{3}|…)\])?\s*$/u.test(sentence.slice(m.end))
        ? 'the page breaks off right after this number: it may be cut'
        : undefined) ??
      (kind === read.kind ? read.doubt : undefined) ??
      (facility && isUnnamedFacility(facility) ? `a facility not named in full ("${facility}"): say which one` : undefined) ??
      (forced?.tableRow ? tableRowDoubt(indicatorId) : undefined) ??
      doubtOf({
        before,
        after,
        clause: before + after,
        sentence: lower.slice(seg[0], seg[1]),
        whole: lower,
        left: lower.slice(seg[0], m.start),
        // A value of a list read in order is said of all the list says ("… thấp còi ở trẻ em dân tộc thiểu số lần
        // lượt là 12% và 22%"): its phrase is the whole clause up to it.
        phrase: (inOrder ? lower.slice(seg[0], m.start) : before.split(/[,;]|\svà\s/u).pop()!) + after.split(/[,;]|\svà\s/u)[0],
        indicator: indicatorId,
        percent: isPercent(indicator),
        ratio: m.shape === 'ratio',
        value,
        wholePlace: !place.district && !place.commune && !place.facility && !place.formerUnit,
        placedByPage: place.reason === pagePlaceReason(ctx),
        ...(mergedFrom ? { mergedFrom } : {}),
        placedAfterNumber: !!place.afterNumber,
        placedByTitleDistrict: titleUnitGiven(place, ctx) === 'district',
        placedByTitleCommune: titleUnitGiven(place, ctx) === 'commune',
        ...(place.commune && !place.facility ? { onCommune: place.commune } : {}),
        provinceUnnamed:
          !!ctx.provinceId && (place.reason === pagePlaceReason(ctx) || place.reason === wholeProvinceReason(ctx.provinceId)),
        ...(year !== undefined ? { year } : {}),
        ...(kind === 'target' ? { target: true } : {}),
        ...(facility ? { facility } : {}),
        ...(place.formerUnit ? { formerProvince: true } : {}),
        ...(placeNamedAtNumber(sentence.slice(windowStart, m.start), ctx) ? { namedAtNumber: true } : {}),
        // A plan's change starts from where things stand, not from an aim: only a result's start is published.
        ...(kind === 'actual' && change?.end === 'start' && mark?.start === change.mark.start ? { periodStart: true } : {}),
        ...(mark?.respective || place.respective || inOrder ? { respective: true } : {}),
      }) ??
      // "Về tiêm vắc xin phòng COVID-19, … . Tỷ lệ tiêm chủng đầy đủ đạt 97%.": the vaccination the paragraph or the
      // page is about may be that one.
      (forced?.covidBefore && indicatorId === 'child_full_immunization' && !CHILDREN_SCHEDULE.test(lower.slice(seg[0], seg[1]))
        ? 'on a page or after a sentence about COVID-19: its vaccination schedule, or the one for children? Say which'
        : undefined) ??
      time.undatedDoubt ??
      time.yearsDoubt ??
      time.periodDoubt ??
      time.thisYearDoubt ??
      (kind === 'actual' && !section ? time.instrumentDoubt : undefined) ??
      (kind === 'actual' && !mark ? time.subheadDoubt : undefined) ??
      pageDoubt ??
      (state.partOfYearBefore && kind === 'actual' && year === undefined
        ? earlierSentenceDoubt('part of a year', state.partOfYearBefore, indicatorId, value)
        : undefined) ??
      forecastDoubt(ctx, kind, yearInferred ? undefined : year, monthOf(when), lower.slice(seg[0], m.start)) ??
      time.earlyYearDoubt ??
      time.laterTimeDoubt ??
      questionDoubt(sentence, forced?.question) ??
      pastYearDoubt(kind, year, forced?.pastYear) ??
      (state.normOver && kind === 'actual' && year === undefined && !PRESENT_WORDS.test(lower)
        ? `a norm, not a figure: "${state.normOver}" (a subhead or lead-in over it names the standard)`
        : undefined) ??
      (forced?.normBefore && NORM_ASKS.test(lower.slice(seg[0], seg[1]))
        ? `a norm, not a figure: "${forced.normBefore}" (an earlier sentence of the paragraph names the standard, and this one what it asks)`
        : undefined) ??
      (forced?.earlierTime && kind === 'actual' && year === undefined
        ? earlierSentenceDoubt('earlier time', forced.earlierTime, indicatorId, value)
        : undefined) ??
      (forced?.afterAims && kind === 'actual' && year === undefined && !PRESENT_WORDS.test(lower)
        ? 'a line with no mark of its own after a list of aims: its next item, or a result?'
        : undefined) ??
      (state.aimBefore &&
      !state.aimBefore.indicators.has(indicatorId) &&
      kind === 'actual' &&
      year === undefined &&
      !PRESENT_WORDS.test(lower) &&
      !RESULT_WORDS.test(lower)
        ? `after a sentence or subhead that set an aim ("${state.aimBefore.words}"), with no mark of time of its own: its next aim, or a result? Say which`
        : undefined) ??
      facilityPageDoubt(ctx, place, indicatorId) ??
      (facility ? facilityFromElsewhere(facility, state.helpers ?? new Set(), ctx) : undefined) ??
      goesOn ??
      afterProvinceOnUnitPageDoubt(state, ctx, place) ??
      beforeMergerDoubt(ctx, place, kind, when, lower.slice(seg[0], m.start)) ??
      afterMergerDoubt(ctx, place, lower.slice(seg[0], m.start)) ??
      besideMergedPartDoubt(ctx, place, sentence, m.end) ??
      reorganisationToComeDoubt(ctx, lower.slice(seg[0], m.start)) ??
      bareTaskDoubt(kind, lower) ??
      comparedAimDoubt(kind, place, ctx, lower.slice(seg[0], m.start)) ??
      partOfBeforeDoubt(previous, choice, before, place) ??
      // A paragraph between them may be another story's, or a box the page dropped in: the indicator is a guess.
      (previous?.paragraphBefore && previous.indicator === indicatorId
        ? `"tỷ lệ này" or "con số này" opening the paragraph, read as the last figure of the paragraph before (${indicatorId}): confirm it is that one`
        : undefined) ??
      (forced?.wholeBefore ? partOfFlowBeforeDoubt(forced.wholeBefore, indicatorId) : undefined) ??
      carriedPeriodDoubt(previous, choice, yearMarks(lower).length > 0 ? year : undefined) ??
      listHeadDoubt(previous, indicatorId, before) ??
      (opening ? openingSceneDoubt(opening, indicatorId, isPercent(indicator), value) : undefined) ??
      (state.openingBefore && placedForWantOfOwn(place, ctx)
        ? openingSceneDoubt(state.openingBefore, indicatorId, isPercent(indicator), value, true)
        : undefined) ??
      (state.sampleBefore && placedForWantOfOwn(place, ctx)
        ? earlierSentenceDoubt('sample', state.sampleBefore, indicatorId, value)
        : undefined) ??
      openingTime ??
      fewerThanTheProvinceHas(place, indicatorId, roughShare ? { ...m, denominator: undefined } : m, ctx) ??
      // On a province's page, after every doubt with more to say (on the country's page, `unnamedProvince`).
      (ctx.provinceId ? unknownNamedSubject(place, sentence.slice(0, m.start), ctx) : undefined) ??
      ofAnotherUnit(place, forced?.saidBy ? { words: forced.saidBy, by: 'speaker' } : undefined, ctx) ??
      ofAnotherUnit(place, forced?.caption ? { words: forced.caption, by: 'caption' } : undefined, ctx);
    // "Bệnh viện Đa khoa tỉnh Lai Châu có 400 giường bệnh." on a page about Điện Biên, "Trung tâm Y tế thành phố
    // Điện Biên Phủ …" on one about Tuyên Quang: the sentences after may go on with that facility's place. Not one
    // that helps here, or one named by its own name alone ("Bệnh viện Bạch Mai").
    const elsewhereFacility =
      !!doubt &&
      (/^a facility of (?:another province \(|a commune of another province)/u.test(doubt) ||
        (doubt.startsWith('a facility the text does not place in the province') &&
          /(?:huyện|thị xã|thành phố|quận|xã|phường|đặc khu)\s+\p{Lu}/u.test(facility ?? '')));
    if (elsewhereFacility && facility) unplacedBy = `"${facility}"`;
    if (!firstWeighed) {
      firstWeighed = true;
      const words = doubt?.startsWith('before a reorganisation') ? /"([^"]+)"/u.exec(doubt)?.[1] : undefined;
      if (words && opening?.includes(words)) openingTime = `${doubt} (the sentence opens with it)`;
    }
    // "6 tháng đầu năm 2023, … đạt 38,5%. Năm 2022, tỷ lệ này đạt 95,2%": held for its period only, the
    // indicator is sure, and the next sentence may go on with it when it says its own year. "Tại các huyện vùng
    // cao, tỷ lệ … chỉ đạt 62%. Trong khi đó, tỷ lệ chung toàn tỉnh đạt 85%": so when held for whose it is.
    const whose = doubt && (isWhoseDoubt(doubt) || doubt.startsWith(`${PART_OF_PROVINCE}:`));
    const carried =
      !doubt || isPeriodDoubt(doubt) || whose
        ? { indicator: indicatorId, after, ...(doubt ? (whose ? { doubt } : { periodDoubt: doubt }) : {}) }
        : undefined;
    // A doubtful figure goes to the held list instead, with the same place, kind and year.
    const sink = doubt ? heldList(state, doubt) : out;
    if (place.formerUnit) {
      const now = doubt ? undefined : formerAreaNowDoubt(indicatorId, lower, when, place.formerUnit);
      const formerSink = now ? heldList(state, now) : sink;
      formerSink.push({ ...base, province: place.formerUnit, period: 'before-2025' } as Metric);
      previous = { indicator: indicatorId, before, after, ...(doubt && isWhoseDoubt(doubt) ? { doubt } : {}) };
      lastRead = carried;
      return;
    }
    const provinces = place.provinces ?? (place.national || !ctx.provinceId ? [] : [ctx.provinceId]);
    // "Bệnh viện Bạch Mai có 3.200 giường bệnh" on a whole-country page: the hospital's, not the country's,
    // in a province the page does not say.
    if (provinces.length === 0 && place.facility && !doubt)
      state.held.push({
        ...base,
        national: true,
        facility,
        held: `a facility's figure (${place.facility}) on a page about no province: set its province`,
      } as HeldMetric);
    else if (provinces.length === 0) sink.push({ ...base, national: true } as Metric);
    for (const province of provinces) {
      const local = province === ctx.provinceId;
      sink.push({
        ...base,
        province,
        ...(local && place.district ? { district: place.district } : {}),
        ...(local && place.commune ? { commune: place.commune } : {}),
        ...(facility ? { facility } : {}),
      } as Metric);
    }
    previous = { indicator: indicatorId, before, after, ...(doubt && isWhoseDoubt(doubt) ? { doubt } : {}) };
    lastRead = carried;
    // "100% trạm y tế đạt chuẩn quốc gia về y tế, có bác sĩ …": one share, several qualities in a list. "100%
    // trạm y tế có bác sĩ và nữ hộ sinh": all of them have both, so each.
    if (m.shape !== 'number' && !doubt) {
      const bothStaff = (c: Choice) =>
        value === 100 &&
        STATION_STAFF.includes(indicatorId) &&
        STATION_STAFF.includes(c.rule.indicator ?? '') &&
        // "100% trạm y tế xã, thị trấn … có bác sĩ và nữ hộ sinh": the kinds' commas part no items.
        /^[^\d;,]*\svà\s(?:có\s+)?(?:nữ\s+)?(?:hộ sinh|y\s*s[ĩỹ]|bác s[ĩỹ])/u.test(
          joinUnitKinds(lower.slice(m.end, m.end + (c.rightAt ?? 0))),
        );
      const listed = choices.filter(
        (c) =>
          (c.afterComma || bothStaff(c)) &&
          c.rule.indicator &&
          c.rule.indicator !== indicatorId &&
          isPercent(getIndicator(c.rule.indicator)!),
      );
      // "Tỷ lệ trạm y tế có bác sĩ và tỷ lệ xã đạt chuẩn … đều đạt 100%": each indicator named before "đều".
      const tail = lower.slice(Math.max(seg[0], m.start - 40), m.start);
      const each = EACH_THE_SAME.exec(tail);
      const named = each ? indicatorsCued(lower.slice(seg[0], m.start - tail.length + each.index), m.shape, m.integer) : [];
      // Each names words of its own ("trạm y tế có bác sĩ" and "… xã đạt chuẩn" may start at one "trạm").
      const apart = new Set(named.map((n) => n.end)).size === named.length;
      if (named.length >= 2 && apart && named.some((n) => n.rule.indicator === indicatorId))
        listed.push(
          ...named.map((n) => ({ rule: n.rule, distance: 0, listed: true as const })).filter((c) => c.rule.indicator !== indicatorId),
        );
      for (const c of new Map(listed.map((x) => [x.rule.indicator, x])).values()) {
        for (const metric of out.filter((x) => x.quote === quote && x.indicator === indicatorId && x.value === base.value)) {
          out.push({
            ...metric,
            indicator: c.rule.indicator!,
            unit: getIndicator(c.rule.indicator!)!.unit,
            evidence: {
              ...metric.evidence!,
              rule: `${c.rule.name} (${c.listed ? 'one of a list before "đều"' : 'one of a list after the number'})`,
            },
          });
        }
      }
    }
  });
  noteFacilities(state, sentence);
  state.lastRead = lastRead;
  const read = [...out, ...state.held.slice(heldBefore)];
  // "… Nhật Bản, tuổi thọ … 84 tuổi. Số bác sĩ/vạn dân đạt 25.": the figures after it may go on with that place.
  if (read.length === 0 && regionRead && !ctx.focusRegion) state.unplacedBefore = regionRead;
  else if (out.length === 0 && unplacedBy) state.unplacedBefore = unplacedBy;
  // "Theo WHO, tuổi thọ trung bình thế giới là 73 tuổi. Tuổi thọ trung bình đạt 74 tuổi.": so may the world's.
  else if (out.length === 0 && read.length > 0 && state.held.slice(heldBefore).every((h) => isOtherPopulationDoubt(h.held)))
    state.unplacedBefore = OTHER_POPULATION_SCENE;
  else if (read.length > 0) {
    state.unplacedBefore = wentOn >= read.length ? state.unplacedBefore : undefined;
    state.elsewhereBefore =
      wentOn >= read.length ? state.elsewhereBefore : (otherPlaceOfAll(read, ctx) ?? (out.length === 0 ? unsettledBy : undefined));
  }
  return out;
}

/**
 * "Đối với đồng bào dân tộc thiểu số, …", "Ở một số xã, …", "Trên thế giới, …": a phrase that sets the scene
 * before any number ("Đối với", "Riêng", "Ở", "Trên", "Theo", "Trước khi" …; not a subject's clause, "Trạm y tế
 * phối hợp với Hội Người cao tuổi, …") says whose every figure of the sentence is. In lower case, or undefined.
 */
function openingPhrase(lower: string): string | undefined {
  return (
    /^\W*((?:đối với|với|riêng|ở|tại|trên|trong|về|còn|tính riêng|theo|trước|sau)\s[^,;:\d]{3,80}),/u.exec(lower)?.[1] ??
    // "Ở nhóm 15-49 tuổi, …", "Trong nhóm tuổi trên 60, …": an age group's numbers are words of its phrase (not a
    // child's age, whose indicators are of children already).
    /^\W*((?:đối với|với|riêng|ở|trong|tính riêng)\s(?![^,;:]*trẻ)[^,;:]{0,40}tuổi[^,;:]{0,20}),/u.exec(lower)?.[1]
  );
}

/**
 * "Các bệnh viện tuyến huyện thường xuyên quá tải.", "Khối y tế tư nhân có 20 phòng khám.", "Người dân tộc thiểu số
 * được hỗ trợ mua thẻ.": a sentence's subject, the words before its first verb, may set the scene as an opening
 * phrase does (`openingPhrase`, asked first). In lower case, or undefined.
 */
function subjectPhrase(lower: string): string | undefined {
  const subject =
    /^\W*([^,;:\d]{3,60}?)\s+(?:có|là|đạt|còn|vẫn|chỉ|đã|được|mới|cũng|luôn|thường|thường xuyên|đang|sẽ|chưa|không|gặp|bị|tiếp tục|phát triển|hoạt động|gồm|chiếm|ngày càng|góp phần|đóng vai trò|phục vụ|tiếp nhận|quá tải)(?![\p{L}])/u.exec(
      lower,
    )?.[1];
  // "Tỷ lệ phụ nữ đẻ được cán bộ y tế đỡ đạt 99%.": a measure's name, whose people are its own, not a scene.
  return subject && SUBJECT_SCENE_HINT.test(subject) && !MEASURE_SUBJECT.test(subject) ? subject : undefined;
}

/**
 * Words a subject that sets a scene has one of (a group, a level, a sector, an area, some facilities, not one named):
 * a cheap sieve before the doubts are asked (`setsScene`), as most sentences' subjects are the province, its health
 * sector or one named unit, which the places' reading follows. Not "các trạm y tế": stations are no scene without a
 * word that places them ("tại các trạm").
 */
const SUBJECT_SCENE_HINT =
  /(?:các|những|nhiều|một số)\s+(?:huyện|xã|bệnh viện|cơ sở|trung tâm|địa phương|phòng khám)|tuyến|tư nhân|công lập|khối|nhóm|đồng bào|dân tộc|hộ nghèo|cận nghèo|trẻ|phụ nữ|học sinh|cao tuổi|vùng|khu vực|miền|thành thị|nông thôn|(?<![\p{L}])khoa(?![\p{L}])|tuổi/u;

/** The words a measure's name opens with: "tỷ lệ", "số", "công suất", "bình quân". */
const MEASURE_SUBJECT = /^(?:tỷ lệ|tỉ lệ|tỷ suất|tỉ suất|số|tổng số|công suất|mức|chỉ số|bình quân|trung bình)(?![\p{L}])/u;

/** "đã đạt", "đã hoàn thành", "đạt được", "vượt": words that report what was done, not what is aimed at. */
const PAST_DONE = /(?<![\p{L}])(?:đã\s+(?:đạt|hoàn thành|vượt|thực hiện)|đạt được|vượt)(?![\p{L}])/u;
/** "đã", "Kết quả: …", "ước đạt": a sentence that says its figure is a result. */
const RESULT_WORDS = /(?<![\p{L}])(?:đã|kết quả|ước|đạt được)(?![\p{L}])/u;
/**
 * Words that set an aim: not "theo lộ trình", which may tell what was done, nor "nhiều chỉ tiêu tăng", where
 * "chỉ tiêu" are the indicators.
 */
const AIM_WORDS =
  /phấn đấu|mục tiêu|(?:chỉ tiêu|kế hoạch)\s+(?:năm|giao|đề ra|đặt ra|đến|của|như sau)|đề ra|đặt ra|dự kiến|định hướng|(?<![\p{L}])sẽ(?![\p{L}])/u;

/**
 * Whether a sentence leaves an aim for the figures after it: all it gave were aims, or it gave none and its words
 * set one ("Mục tiêu đến năm 2030 như sau.", "Năm 2025, tỉnh phấn đấu hoàn thành các chỉ tiêu."; not "Tỉnh đã
 * hoàn thành 18/20 chỉ tiêu.", which reports). A result published ends it.
 */
function noteAim(state: ReadState, lower: string, given: Metric[]): void {
  const aim = given.length === 0 ? aimOfWords(lower) : undefined;
  if (given.length > 0 && given.every((m) => m.kind === 'target'))
    state.aimBefore = { words: given[0].evidence?.kind ?? 'an aim', indicators: new Set(given.map((m) => m.indicator)) };
  // A result published ends it; one held (for the aim before, or another doubt) does not.
  else if (given.some((m) => m.kind === 'actual' && !('held' in m))) state.aimBefore = undefined;
  else if (aim) state.aimBefore = aim;
}

/** The aim words with no figure set ("Mục tiêu đến năm 2030 như sau.", "Các chỉ tiêu phấn đấu"), or undefined. */
function aimOfWords(lower: string): ReadState['aimBefore'] {
  // A sentence with numbers it gave no figure for may report ("… đạt 45,3% kế hoạch năm"): only years are words of an aim.
  const wordsOnly = !/\d/u.test(lower.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, ''));
  const aim = wordsOnly && AIM_WORDS.test(lower) ? kindAt(lower, lower.length) : undefined;
  return aim?.kind === 'target' && !PAST_DONE.test(lower) ? { words: aim.marker, indicators: new Set() } : undefined;
}

/** Indicators of people, of stations, of hospitals and of beds: one of each that the doubts of whose a figure is read. */
const SCENE_PROBES = ['health_insurance_coverage', 'stations_with_doctor', 'bed_occupancy', 'hospital_beds_total', 'patient_satisfaction'];

/**
 * Whether an opening phrase sets a group, an area or some facilities for the figures after it ("Đối với người dân
 * tộc thiểu số", "Tại các huyện vùng cao", "Ở tuyến huyện"; not "Về công tác khám chữa bệnh", "Trong năm 2023"),
 * asked once of `SCENE_PROBES`, so that no figure after a phrase of no scene weighs it again.
 */
function setsScene(opening: string): boolean {
  return SCENE_PROBES.some((id) => openingSceneDoubt(opening, id, true, 0, true) !== undefined);
}

/** The figure a list goes on from: the item before in the sentence, or the last of the sentence before. */
interface ListHead {
  indicator: string;
  /** Carried from the sentence before. */
  carried?: boolean;
  /** The words before its number, back to the number before: the staff or places it is of. */
  before?: string;
  /** The words after its number, up to the next number: what a shortened repeat names again. */
  after?: string;
  /** A doubt about whose it is, which the items that follow share. */
  doubt?: string;
  /** A doubt about its part of a year only. */
  periodDoubt?: string;
  /** The last figure of the paragraph before, which an anaphor opening this one names again. */
  paragraphBefore?: boolean;
}

/**
 * The indicator a number takes as the next item of a list that did not repeat it: the item before in the
 * sentence, or the sentence before's when this one carries it on ("Trong đó, …", "tỷ lệ này", "Chỉ tiêu …").
 */
function listItemChoice(
  previous: ListHead,
  { lower, mention: m, windowStart, nextStart, seg }: Clause,
  sentence: string,
  former: string | undefined,
): Choice | undefined {
  const previousIndicator = getIndicator(previous.indicator);
  if (!previousIndicator) return undefined;
  const gap = lower.slice(windowStart, m.start);
  const sameShape = isPercent(previousIndicator) === (m.shape !== 'number');
  // Place names are read with their capitals.
  const gapAsWritten = sentence.slice(windowStart, m.start);
  const namesProvince = findProvinceMentions(gapAsWritten).length > 0;
  const namesLocal = (!!former && findDistrictMentions(gapAsWritten, former).length > 0) || findCommuneMentions(gapAsWritten).length > 0;
  // An item named by a district or commune, or carried from the sentence before, is a place and its
  // value alone: "huyện A đạt 99,2%", ", Trạm Tấu 98,9%"; not "xã A có 50% dân số là …".
  // "Cao nhất là huyện A với 99,5%": the ranking's opening and the "với" that gives the place its value.
  // "Thấp nhất là Kon Tum với 67,9 tuổi" after "… đạt 74,7 tuổi": a place's item, with the unit the item before
  // was written with.
  const afterNumber = lower.slice(m.end);
  // "lần lượt là 20,1, 18,5 và 19,2": the values that follow in order, apart by a comma, ";" or "và".
  const inOrder = RESPECTIVELY.test(lower.slice(seg[0], windowStart)) && /^\s*%?\s*(?:,|;|và)\s*$/u.test(gap);
  // "Đồng Nai và Bình Dương lần lượt là 76,3 và 76,2 tuổi": the unit the list's last value is written with.
  // The item before, a value in order with no noun of its own ("76,3 và"), was read with this one's noun already.
  const sameNoun =
    (namesProvince || namesLocal || inOrder) &&
    nounAfter(afterNumber) !== undefined &&
    (nounAfter(afterNumber) === nounAfter(previous.after) || (inOrder && /^\s*%?\s*(?:,|và)\s*$/u.test(previous.after ?? '')));
  const bareItem =
    !/(?:^|\s)(?:có|gồm|với|người|dân|dân số|hộ|trẻ|trạm|xã có|bệnh viện)(?=\s|$)/u.test(
      gap
        .replace(/^\W*(?:trong đó|trong số đó|cụ thể|riêng)/u, '')
        .replace(RANKED_OPENING, ' ')
        .replace(/\svới(?:\s+(?:con số|mức))?\s*$/u, ' '),
    ) && /^\s*%?\s*(?:[,;.)]|và\s|$)/u.test(sameNoun ? afterNumber.replace(/^\s*\p{L}+/u, '') : afterNumber);
  // "Hải Phòng đứng thứ 13 với con số 11,7": the place named before its rank, the value after it.
  const near = Math.max(seg[0], m.start - 120);
  const rankedPlace =
    RANK_THEN_VALUE.test(lower.slice(near, m.start)) && findProvinceMentions(sentence.slice(near, windowStart)).length > 0;
  const listItem = previous.carried
    ? ((namesProvince || namesLocal || rankedPlace) && bareItem) || ANAPHOR_BEFORE.test(gap) || (PLAN_GAP.test(gap) && bareItem)
    : inOrder ||
      VALUE_VERB_BEFORE.test(gap) ||
      YEAR_LABEL_GAP.test(gap) ||
      (YEAR_IN_BRACKETS_AFTER.test(previous.after ?? '') && YEAR_IN_BRACKETS_AFTER.test(afterNumber) && /^[\s;,]*(?:và\s*)?$/u.test(gap)) ||
      namesProvince ||
      (namesLocal && bareItem) ||
      repeatsShortened(previous.after, lower.slice(m.end, nextStart));
  // A count followed by a noun counts that noun ("8 trung tâm y tế khu vực" after "8 bệnh viện"): not the list's thing,
  // unless the item before was followed by that noun too ("Kon Tum 67,9 tuổi; Đà Nẵng 76,6 tuổi").
  // Nor a number of places after a rate ("nằm trong nhóm 10 tỉnh cao nhất" after "14 bác sĩ/vạn dân").
  const countsOther =
    m.shape === 'number' &&
    (isCount(previousIndicator)
      ? /^\s*\p{L}/u.test(afterNumber) && !sameNoun
      : /^\s*(?:tỉnh|huyện|xã|phường|địa phương|đơn vị|quốc gia|nước)(?![\p{L}])/u.test(afterNumber));
  // "Số bác sĩ/vạn dân đạt 9,2; số giường bệnh/vạn dân đạt 32,5": a gap that names another indicator starts a new item.
  const cueIn = (same: boolean) => RULES.some((r) => r.indicator && (r.indicator === previous.indicator) === same && r.cue?.test(gap));
  // "…; tỷ lệ tham gia BHXH đạt 21%": a label of its own that no rule knows is another thing, not the list's.
  // So is a child's weight the catalogue has no id for.
  const newLabel =
    /(?:^|[,;:])\s*(?:tỷ lệ|tỉ lệ|số)\s+(?!(?:này|trên|năm|của|chung|toàn|đó|đạt|là)(?![\p{L}]))\p{L}/u.test(gap) ||
    UNCATALOGUED_WEIGHT.test(gap);
  // "…, trạm có dược sĩ đạt 40%" after "trạm y tế có bác sĩ đạt 95%": other staff than the item before's.
  // Not the previous number's own unit ("21,4 bác sĩ/vạn dân, Hà Nội 15,2"): the gap from its first comma or "và" on.
  const otherWho = [...gap.replace(/^[^,;]*?(?=[,;]|\svà\s|$)/u, '').matchAll(WHO)].some((w) => !(previous.before ?? '').includes(w[0]));
  const namesOther = ((cueIn(false) || newLabel) && !cueIn(true)) || otherWho;
  // Near enough to be the list's next item: counted from the end of the item before's own words ("30% số xã
  // đạt chuẩn quốc gia về y tế vào cuối năm 2007, riêng 2006 phải đạt 15%"), its first comma or "và", when
  // it stands in the same clause; past a ";", the words are this clause's own.
  const afterItem = windowStart > seg[0] && /[,;]|\svà\s/u.test(gap);
  const itemGap = afterItem ? gap.replace(/^[^,;]*?(?=[,;]|\svà\s)/u, '') : gap;
  // "chỉ đạt 6-8 bác sĩ/vạn dân": the start of a range is no item.
  const rangeStart = /^\s*%?\s*(?:[-–]|đến|tới)\s*\d/u.test(lower.slice(m.end));
  if (sameShape && listItem && !countsOther && !namesOther && !rangeStart && itemGap.length < 70)
    return { rule: RULES.find((r) => r.indicator === previous.indicator)!, distance: 0, listed: true };
  return undefined;
}

/** "hai", "ba", … "mười": a small number in words, as a rank or a count of places is written. */
const SMALL_NUMBER_WORDS = 'hai|ba|bốn|năm|sáu|bảy|tám|chín|mười';
/** "đứng thứ 13", "xếp vị trí thứ hai": a place's rank. */
const PLACE_RANK = String.raw`(?:đứng|xếp)\s+(?:thứ|vị trí(?:\s+thứ)?)\s+(?:\d+|${SMALL_NUMBER_WORDS})`;

/** "đứng thứ 13 với con số", "xếp thứ hai cả nước với": a rank, then the value that earns it. */
const RANK_THEN_VALUE = new RegExp(String.raw`${PLACE_RANK}(?:\s+[^\d,;]{0,30}?)?\s+với(?:\s+(?:con số|mức))?\s*$`, 'u');

/** The word right after a number, or after the list of values it opens: the unit they were written with ("67,9 tuổi", "76,3 và 76,2 tuổi"). */
function nounAfter(text: string | undefined): string | undefined {
  return /^(?:\s*%?\s*(?:,|và)\s*\d[\d.,]*)*\s*(\p{L}+)/u.exec(text ?? '')?.[1];
}

/**
 * "8/11 xã đạt chuẩn quốc gia về y tế, toàn tỉnh có 125/141 xã đạt chuẩn": the words after the number
 * are the first words (two or more) of those after the item before, the rest left out as understood.
 */
function repeatsShortened(before: string | undefined, after: string): boolean {
  const words = (text: string) =>
    text
      .split(/[,;.()]/u)[0]
      .trim()
      .split(/\s+/u)
      .filter(Boolean);
  const was = words(before ?? '');
  const now = words(after);
  return now.length >= 2 && now.length < was.length && now.every((w, i) => w === was[i]);
}

/**
 * "Năm 2024, ngành y tế thực hiện 7/8 chỉ tiêu. Cụ thể: số bác sĩ/vạn dân đạt 14,2", "Năm 2020, tổng số giường
 * bệnh là 7.680. Trong đó, quận Liên Chiểu có 1.235 giường": a sentence that details the one before is of its
 * year, when that sentence names one year, of a result, now past or this.
 */
function detailsYearBefore(sentence: string, before: string | undefined, ctx: ExtractContext): number | undefined {
  // "Cụ thể, hiện tỷ lệ này là 94%": of now, whatever year the sentence before was of.
  if (!before || !/^\s*(?:cụ thể|trong (?:số )?đó)(?![\p{L}])/iu.test(sentence) || PRESENT_WORDS.test(sentence.toLowerCase()))
    return undefined;
  const lower = before.toLowerCase();
  const years = new Set(yearMarks(lower).map((y) => y.year));
  // "phấn đấu đạt 8/8 chỉ tiêu" ends on a result's words but is an aim.
  const aim = /phấn đấu|dự kiến|(?:^|\s)sẽ\s|hướng tới|quyết tâm|nỗ lực|mục tiêu/u.test(lower);
  if (years.size !== 1 || aim || kindAt(lower, lower.length).kind !== 'actual') return undefined;
  const [year] = years;
  const by = ctx.writtenYear ?? ctx.readYear;
  return by === undefined || year <= by ? year : undefined;
}

/**
 * "Năm 2010, tỉnh chỉ có 2 bệnh viện. Số bác sĩ đạt 3 bác sĩ/vạn dân.": a paragraph that opens years before
 * the page was written may go on in that year; a sentence with no year of its own and no word of the
 * present ("hiện nay", "đến nay") is then of no sure year. One year or the one before the page's is the
 * page's own time and reads as before, unless it is before the merger of the page's province.
 */
function pastYearOf(years: { year: number }[], ctx: ExtractContext): number | undefined {
  // An undated page gives no present to measure from.
  const by = ctx.writtenYear;
  const distinct = new Set(years.map((y) => y.year));
  const [year] = distinct;
  // On a page about a province merged on 1 July 2025, a year before the merger is the old province's time.
  const beforeMerger = year < 2025 && aboutMergedProvince(ctx);
  return by !== undefined && distinct.size === 1 && (year < by - 1 || beforeMerger) ? year : undefined;
}

/**
 * "Cả nước đang đẩy mạnh …", "Theo Bộ Y tế, cả nước hiện có …", "Trên phạm vi toàn quốc, …": a sentence whose subject
 * is the whole country; not "Cả nước nói chung và tỉnh nói riêng …", which comes to the province.
 */
function countryIsSubject(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  const rest = lower.replace(/^\W*(?:theo [^,]{0,40},\s*)?/u, '');
  return (
    /^(?:(?:trên|trong) (?:phạm vi|địa bàn|cả) )?(?:cả nước|toàn quốc|nước ta)(?![\p{L}])/u.test(rest) &&
    !/(?<![\p{L}])tỉnh(?![\p{L}])/u.test(rest) &&
    findProvinceMentions(sentence).length === 0
  );
}

/** "Theo Bộ tiêu chí …", "theo quy định", "Để được công nhận …": a sentence that names a standard (its figures' `normBefore`). */
const NORM_NAMED =
  /(?:^|\s)(?:theo\s+(?:(?:bộ|các)\s+)?(?:tiêu chí|tiêu chuẩn|quy định)|để\s+(?:được\s+)?(?:công nhận|đạt chuẩn)|(?:bộ\s+)?tiêu chí[^.;]{0,40}?\s(?:quy định|yêu cầu|gồm))(?![\p{L}])/u;
/** "phải đạt", "cần có", "tối thiểu", "từ … trở lên": a clause that says what must be reached. */
const NORM_ASKS = /(?:^|\s)(?:phải|cần)(?![\p{L}])|tối thiểu|ít nhất|trở lên/u;

/** Words an undated earlier time is told with (the doubts of `EARLIER_DOUBTS['earlier time']`): a cheap sieve. */
const EARLIER_TIME_HINT = /cách đây|trước|khi mới|năm đầu|ngày đầu|thời điểm|thời kỳ|lúc|hồi|cùng kỳ|năm ngoái/u;

/** Whether an opening phrase tells of an undated earlier time ("khi mới tái lập tỉnh", "trước khi sáp nhập"). */
function earlierTimeIn(words: string): boolean {
  return EARLIER_TIME_HINT.test(words) && !!earlierSentenceDoubt('earlier time', words, PART_OF_YEAR_INDICATORS[0], 0);
}

/** Words a survey or a screening is told with (`SAMPLE_WORD` in doubts.ts): a cheap sieve. */
const SAMPLE_HINTS = ['khảo sát', 'điều tra', 'nghiên cứu', 'sàng lọc', 'tầm soát', 'cân', 'giám sát', 'kiểm tra', 'đợt khám', 'buổi khám'];

/** Words every part of a year the doubts read has one of ("tháng", "quý", "đầu năm", "lũy kế", "đến 30/6"): a cheap sieve. */
const PART_OF_YEAR_HINT = /tháng|quý|đầu năm|nửa|lũy kế|\d\s*\//u;

/** Whether words with no figure name a part of a year for the figures after them ("Trong 6 tháng đầu năm 2024"). */
function partOfYearIn(words: string): boolean {
  return PART_OF_YEAR_HINT.test(words) && !!earlierSentenceDoubt('part of a year', words, PART_OF_YEAR_INDICATORS[0], 0);
}

/** Whether words with no figure tell of a survey or a screening and what it took ("Khảo sát tại 10 trạm y tế …"). */
function sampleIn(words: string): boolean {
  return SAMPLE_HINTS.some((w) => words.includes(w)) && !!earlierSentenceDoubt('sample', words, 'stations_with_doctor', 0);
}

/**
 * "Năm 2020, …", "Trong năm 2019, …", "Tính đến cuối năm 2021, …", "Giai đoạn 2016-2020, …", "Theo báo cáo năm 2022 của
 * Sở Y tế, …": a sentence
 * that opens on a year or a period (its last year), and says when what follows in it was.
 */
const YEAR_OPENING =
  /^[^\p{L}\d]*(?:(?:trong|vào|cuối|(?:tính\s+)?(?:đến|tới)(?:\s+(?:hết|cuối))?)\s+)?(?:theo\s+(?:báo cáo|số liệu|thống kê)\s+)?(?:năm|giai đoạn|thời kỳ)\s+(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})(?![\d/])[^,.;:\d]{0,40},/u;

/** A figure of a past year's paragraph that gives no year of its own (see `pastYearOf`). */
function pastYearDoubt(kind: 'actual' | 'target', year: number | undefined, pastYear: number | undefined): string | undefined {
  return kind === 'actual' && year === undefined && pastYear !== undefined
    ? `after "năm ${pastYear}" earlier in the paragraph or in its subhead, with no year of its own: set its year, then confirm`
    : undefined;
}

/** "… chỉ 50% phải không?", or any sentence of a paragraph labelled a question: what the asker says. */
function questionDoubt(sentence: string, inQuestion: boolean | undefined): string | undefined {
  return inQuestion || /\?\s*$/u.test(sentence) ? 'a question, not a statement: say whether the page confirms it' : undefined;
}

/** "Câu hỏi: Xã tôi có …", "10:45 - Một bạn đọc hỏi: …": a paragraph that is someone's question. */
const QUESTION_LABEL = /^(?:[\d:h]+\s*[-–]\s*)?(?:câu hỏi|hỏi|(?:một )?(?:bạn đọc|độc giả|người dân|cử tri)(?: [^:]{1,40})? hỏi)\s*:/iu;

/**
 * "Báo cáo … 6 tháng đầu năm 2024", then "tiêm chủng đầy đủ: 45,6%": the page's part of the year, for a share
 * that grows through it. A target there is the year's ("Chỉ tiêu cả năm 2024: tiêm chủng đầy đủ 95%"); one
 * for a part of it says so in its own clause. So is "Đến nay, …" on a page written before December.
 */
function pagePartOfYearDoubt(
  ctx: ExtractContext,
  indicatorId: string,
  kind: string,
  year: number | undefined,
  left: string,
): string | undefined {
  if (kind === 'target' || !PART_OF_YEAR_INDICATORS.includes(indicatorId)) return undefined;
  if (year !== undefined && year !== ctx.writtenYear) return undefined;
  if (ctx.partOfYear) return `part of a year: "${ctx.partOfYear}" (the page's period)`;
  // "Đến nay, tỷ lệ tiêm chủng đầy đủ đạt 65%" on a page of August: the months so far of a share that grows
  // through the year, not the year's. (In December it is the year, or nearly.)
  const now = ctx.writtenMonth !== undefined && ctx.writtenMonth < 12 ? PRESENT_WORDS.exec(left) : null;
  return now
    ? `the year so far ("${now[0].replace(/^[\s,]+/u, '')}") on a page of ${ctx.writtenMonth}/${ctx.writtenYear}: the year's figure, or the months so far? Say which`
    : undefined;
}

/**
 * "Tỷ lệ người nghèo có thẻ BHYT đạt 100%, Lai Châu 98%": the next value of one held for whose it is,
 * with no name of its own for the indicator, is held for the same reason unless it says it is the whole place's.
 */
function listHeadDoubt(
  previous: { indicator: string; doubt?: string } | undefined,
  indicatorId: string,
  before: string,
): string | undefined {
  if (!previous?.doubt || previous.indicator !== indicatorId) return undefined;
  if (RULES.some((r) => r.indicator === indicatorId && r.cue?.test(before))) return undefined;
  if (/cả nước|toàn quốc|chung/u.test(before) || WHOLE_PROVINCE.test(before)) return undefined;
  return `${previous.doubt} (the list goes on)`;
}

/**
 * "Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 90%, trong đó được cập nhật thông tin đạt 60%", "Tỷ lệ dân
 * số được quản lý sức khỏe đạt 95%, trong đó 80% có hồ sơ sức khỏe điện tử": after "trong đó", the same
 * indicator again for the same place is a part of the one before, whatever words name it; "trong đó huyện A
 * đạt …" names a place of its own.
 */
function partOfBeforeDoubt(previous: ListHead | undefined, choice: Choice, before: string, place: Place): string | undefined {
  if (!previous || previous.carried || previous.indicator !== choice.rule.indicator) return undefined;
  const part = /(?:^|\s)trong (?:số )?đó(?![\p{L}])/u.exec(before);
  if (!part || place.district || place.commune || place.provinces || place.formerUnit || place.national || place.facility) return undefined;
  return `a part of the figure before it: "${before.slice(part.index).trim()}"`;
}

/**
 * "Trung tâm Y tế khu vực Mường Tè …", then "tỷ lệ tiêm chủng đầy đủ trên địa bàn đạt 92%": on a page about
 * a facility, a place's figure that names no place is of the area it serves, which the page does not bound.
 */
function facilityPageDoubt(ctx: ExtractContext, place: Place, indicatorId: string): string | undefined {
  if (!ctx.focusFacility || !ctx.provinceId || isFacilityIndicator(indicatorId)) return undefined;
  // Or of the district or commune the page's title names, given it for want of a place of its own, when the
  // facility is not that unit's own ("Trạm Y tế phường Tân Ninh" serves phường Tân Ninh).
  const titleUnit = titleUnitGiven(place, ctx);
  const facility = ctx.focusFacility;
  const unitsOwn =
    titleUnit === 'commune'
      ? facility.toLowerCase().includes(ctx.focusCommune!.toLowerCase())
      : titleUnit === 'district' &&
        findDistrictMentions(facility, ctx.provinceId).some((d) => d.candidates.some((c) => c.districtId === ctx.focusDistrictId));
  if (place.reason !== articleProvinceReason(ctx.provinceId) && (!titleUnit || unitsOwn)) return undefined;
  return `a page about a facility (${ctx.focusFacility}): the area it serves, or the ${titleUnit ?? 'province'}? Say which`;
}

/**
 * "…: Lai Châu 98,6%", "Hà Giang với 99,1%", "Sơn La (98,2%)": a province's name, or one of the page's districts'
 * (capitalised, as written), right before the number.
 */
function placeNamedAtNumber(window: string, ctx: ExtractContext): boolean {
  const tail = /(?:^|[\s,:;(])((?:\p{Lu}[\p{L}'.-]*\s+){0,3}\p{Lu}[\p{L}'.-]*)\s*(?::|đạt|là|với|có|\()?\s*$/u.exec(window);
  if (!tail) return false;
  // "Một số huyện còn thấp như Mường Nhé 85%": one of the page's districts, before 2025.
  const district =
    ctx.period === 'before-2025' && !!ctx.provinceId && findDistrictMentions(tail[1], ctx.provinceId).some((d) => d.index === 0);
  return district || findProvinceMentions(tail[1]).some((p) => p.index === 0);
}

/**
 * "Lai Châu và Điện Biên có 260 trạm y tế", "Hai tỉnh … có tỷ lệ … bình quân 98%": a count, or an average,
 * of several provinces together is not each one's. "Tỷ lệ bao phủ BHYT của Gia Lai và Kon Tum đạt 94%": one
 * exact value for several provinces is as likely theirs together as each one's. ("Đồng Nai và TP.HCM (cùng
 * 76,5 tuổi)", "… đều đạt 94%", "… có tỷ lệ … trên 98%", a bound each passes, give each its value.)
 */
function severalPlacesTogether(place: Place, indicator: Indicator, left: string): string | undefined {
  if ((place.provinces?.length ?? 0) < 2) return undefined;
  if (EACH_ONE_BEFORE.test(left)) return undefined;
  const provinces = place.provinces!.join(', ');
  // Counts add up over places; ages and rates per mille do not.
  if (isCount(indicator) && !/^(?:tuổi|‰)$/u.test(indicator.unit))
    return `a count of several provinces together (${provinces}): not each one's`;
  const together = /(?:bình quân|trung bình|tổng(?: cộng| số)?|chung)(?![\p{L}])/u.exec(left);
  if (together) return `"${together[0]}" of several provinces together (${provinces}): not each one's`;
  const exact = ['eq', 'approx'].includes(comparatorBefore(left)) && !/(?<![\p{L}])đều(?![\p{L}])/u.test(left);
  return exact ? `one value for several provinces named together (${provinces}): each one's, or theirs together?` : undefined;
}

/**
 * "Huyện chúng tôi có 12 xã. Hiện nay 10/12 trạm y tế có bác sĩ": a province has a station in nearly every
 * commune, so a count of stations, or a share of stations out of a total, far below its number of communes
 * is a district's or some of them, whatever the words left unsaid. Half is a wide margin: communes were
 * only ever merged, so an older page's province had more of them, not fewer.
 */
function fewerThanTheProvinceHas(
  place: Place,
  indicatorId: string,
  mention: { shape: string; value: number; denominator?: number },
  ctx: ExtractContext,
): string | undefined {
  if (place.national || place.district || place.commune || place.facility || place.formerUnit) return undefined;
  const provinceId = place.provinces ? (place.provinces.length === 1 ? place.provinces[0] : undefined) : ctx.provinceId;
  const stations =
    indicatorId === 'commune_health_stations' && mention.shape === 'number'
      ? mention.value
      : SHARES_OF_COMMUNES.includes(indicatorId)
        ? mention.denominator
        : undefined;
  const province = provinceId ? getProvinceOf(ctx.period, provinceId) : undefined;
  if (stations === undefined || !province) return undefined;
  const communes = communeCountOf(province);
  return stations < communes / 2
    ? `${stations} stations or communes, fewer than half the ${communes} communes of ${province.name}: a district's, or some of them, not the province's`
    : undefined;
}

/**
 * The one place other than the page's province that every figure read went to ("the country", "lai-chau",
 * "the district muong-nhe", "xã Sín Thầu"), if any. A facility's figures are the page's province's: what
 * follows them with no place of its own is not the facility's.
 */
function otherPlaceOfAll(read: Metric[], ctx: ExtractContext): string | undefined {
  const places = new Set(
    read.map((x) =>
      x.national
        ? 'the country'
        : x.facility
          ? ctx.provinceId
          : x.commune && x.commune !== ctx.focusCommune
            ? x.commune
            : x.district && x.district !== ctx.focusDistrictId
              ? `the district ${x.district}`
              : x.province,
    ),
  );
  // On a page about the country, "Lào Cai có 8,5 bác sĩ/vạn dân, thấp hơn cả nước (13,5)" is about Lào Cai: the
  // country there is the yardstick, as it is on a province's page, where the province's own figure stays.
  if (!ctx.provinceId && places.size === 2) places.delete('the country');
  const [only] = places;
  return places.size === 1 && only && only !== ctx.provinceId ? only : undefined;
}

/**
 * "Tỉnh Điện Biên có 130 trạm y tế. Tỷ lệ bao phủ BHYT đạt 94%." on a district's or a commune's page: after the
 * paragraph gave the province's own figures, one the unit of the title was given for want of a place of its own
 * may be the province's.
 */
function afterProvinceOnUnitPageDoubt(state: ReadState, ctx: ExtractContext, place: Place): string | undefined {
  const unit = state.provinceBefore ? titleUnitGiven(place, ctx) : undefined;
  return unit ? `after figures of the whole province, with no place of its own: the ${unit}'s, or the province's? Say which` : undefined;
}

/** Whether the figure was given the page's place (its province, country, unit or facility) for want of one of its own. */
function placedForWantOfOwn(place: Place, ctx: ExtractContext): boolean {
  return place.reason === pagePlaceReason(ctx) || !!titleUnitGiven(place, ctx) || !!place.byPageFacility;
}

/**
 * "Giai đoạn 2016-2020, tỉnh đã đầu tư …", "Trước đây, tỉnh chỉ có …", "dân số tỉnh là …", "Toàn tỉnh đã triển
 * khai …": the province as a whole, called by its kind alone. Not "tỉnh Điện Biên" (named), "các tỉnh", "tỉnh bạn",
 * "Sở Y tế tỉnh", "Bệnh viện Đa khoa tỉnh", "của Tỉnh ủy" (a body or a facility of it).
 */
const PROVINCE_BY_KIND =
  /(?:^|[,;:]\s*|(?<![\p{L}])(?:[Tt]oàn|[Cc]ả|của|[Tt]rên địa bàn|dân số|trong)\s+)[Tt]ỉnh(?![\p{L}])(?!\s+(?:ủy|uỷ|đoàn|đội|lộ|lỵ|bạn|lân cận|khác|thành)(?![\p{L}]))(?=\s+\p{Ll}|\s*[,.;:]|$)/u;

/** Whose figures a sentence gave, on the country's page, when it spoke of "toàn tỉnh" and named no province. */
const UNNAMED_PROVINCE = 'a province the page does not name';
/**
 * "Thành phố Điện Biên Phủ có 9 trạm y tế." on a page about Tuyên Quang: the unit, named in the reason `unknownUnit`
 * held its figure for when the page's province has no such one, or had it as a district before 1 July 2025.
 */
function unitNotFoundOf(heldFor: string): string | undefined {
  const name = /^(?:a district or town not found in|a commune not found in|a former district's figure)[^"]*"([^"]+)"/u.exec(heldFor)?.[1];
  return name ? `"${name}"` : undefined;
}

/** Whose figures a sentence gave when it named a district or commune of a province the page does not cover. */
const UNKNOWN_UNIT = 'a district or commune of a province the page does not cover';
/** Whose figures a sentence gave when all were held as the world's or another region's people's ("Theo WHO, …"). */
const OTHER_POPULATION_SCENE = 'another population (the world, a region)';

/**
 * "… cả nước có 91% trạm có bác sĩ. Số bác sĩ bình quân đạt 11 bác sĩ/vạn dân.": a figure with no place of
 * its own right after a sentence whose figures were all another place's may go on with that place.
 */
function afterOtherPlaceDoubt(elsewhere: string | undefined, ctx: ExtractContext, place: Place, left: string): string | undefined {
  if (!elsewhere) return undefined;
  // "Tại tỉnh Điện Biên, … Toàn tỉnh có 95% …" on a Lai Châu page: after another province, "toàn tỉnh" may be either.
  const otherProvince = ctx.provinceId !== undefined && getAnyProvince(elsewhere) !== undefined;
  if (otherProvince && ctx.provinceId && place.reason === wholeProvinceReason(ctx.provinceId))
    return `after figures or the scene of ${elsewhere}, "toàn tỉnh" or "tỉnh" may be theirs: say whose it is`;
  // On a district's or a commune's page, the unit of the title stands for the page's place.
  const titleUnit = titleUnitGiven(place, ctx);
  if (titleUnit) return `after figures of ${elsewhere}, with no place of its own: say whether it is theirs or the ${titleUnit}'s`;
  if (place.reason !== pagePlaceReason(ctx)) return undefined;
  // On a page about the whole country, the country's figures are its own, and so are those its ministry gives.
  if (!ctx.provinceId)
    return elsewhere === 'the country' || namesNationalSource(left)
      ? undefined
      : `after figures of ${elsewhere}, with no place of its own: say whether it is theirs or the country's`;
  if (OWN_PROVINCE_SUBJECT.test(left) && !otherProvince) return undefined;
  return `after figures of ${elsewhere}, with no place of its own: say whether it is theirs or the province's`;
}

/** "Số bác sĩ/vạn dân: 12,5", "Tỷ lệ bao phủ BHYT cả nước: 93,35%": a label and its value, a line of its own. */
const LABELLED_LINE = /^[^.!?:]{3,80}:\s*[<>≥≤~]?\s*\d[\d.,]*\s*(?:%|‰|[\p{L}/ .]{0,25})?$/u;

/**
 * A paragraph that opens on the speaker of the one before, by "ông" or "bà" alone: "Ông cũng cho biết, …",
 * "Bà nhấn mạnh …", "Theo ông, …", "Cũng theo bà, …". Not a new speaker named ("Ông Nguyễn Văn A"), nor "Bà
 * con" (the people), "Bà mẹ" (mothers), "Ông bà".
 */
const SPEAKER_GOES_ON =
  /^(?:(?:Cũng\s+theo|Theo)\s+(?:ông|bà)(?=\s*[,:])|(?:Ông|Bà)(?!\s+(?:con|mẹ|bà|ông|cụ|nội|ngoại)(?![\p{L}]))(?=\s+\p{Ll}))/u;

// "Ngày 12/3, tại tỉnh ", "Còn ở ", "Sáng 12/3, Sở Y tế tỉnh ", "UBND tỉnh ": the words a sentence opens with
// before the province it is set in or whose body is its subject.
const SCENE_BEFORE = new RegExp(
  String.raw`^(?:[\p{L}\s\d/]{0,25},\s*)?(?:(?:còn|riêng)\s+)?(?:(?:tại|ở)\s+)?(?:(?:${PROVINCE_BODY})\s+)?(?:khu vực\s+)?(?:(?:tỉnh|thành phố|tp\.?)\s+)?`,
  'iu',
);

/**
 * "Cùng ngày, tại tỉnh Điện Biên, Sở Y tế tổ chức hội nghị.", "Ở Sơn La, …", "Sở Y tế tỉnh Sơn La tổ chức
 * …": a sentence that opens on a province as its scene or subject. The province in the page's period, or
 * undefined when the sentence opens otherwise.
 */
function sceneProvince(sentence: string, period: ExtractContext['period']): string | undefined {
  // Only the words right after the opening are searched for a name: most sentences have no figure.
  const at = SCENE_BEFORE.exec(sentence)?.[0].length ?? 0;
  const name = sentence.slice(at, at + 40);
  const [first] = findProvinceMentions(name);
  if (!first || first.index > 0 || first.length >= name.length) return undefined;
  // "Tại khu vực Hà Giang (cũ), …" since the merger: the former province, now a part of the page's.
  if (period === 'since-2025' && first.formerId && (first.marker === 'old' || !first.currentId)) return first.formerId;
  return idInPeriod(first, period);
}

// "Đại biểu Trần Văn G (đoàn Hà Giang) nêu …", "Ông A, Giám đốc Sở Y tế Gia Lai, cho biết": who speaks, up to
// the verb of saying.
const SPEAKER =
  /^([^.:;"“”]{0,120}?)\s(?:cho biết|nêu(?: thực tế| rõ| ý kiến)?|nói|phát biểu|chia sẻ|khẳng định|thông tin|báo cáo|nhấn mạnh|kiến nghị)(?![\p{L}])/u;

/**
 * The province of a sentence's speaker, as their title or delegation names it ("đoàn Hà Giang", "Sở Y tế
 * Gia Lai"): "tỉnh" in what they go on to say is theirs. The province in the page's period, or undefined.
 */
function speakerProvince(sentence: string, period: ExtractContext['period']): string | undefined {
  const speaker = SPEAKER.exec(sentence)?.[1];
  return speaker ? idInPeriod(findProvinceMentions(speaker).pop(), period) : undefined;
}

// "đến thăm", "làm việc với Sở Y tế", "học tập kinh nghiệm tại": a visit, and maybe the body visited, right before a province.
const VISIT_BEFORE_PROVINCE =
  /(?:làm việc (?:tại|với)|(?:đến |về )?thăm|học tập(?: kinh nghiệm)?(?: tại| ở)?|khảo sát(?: tại| ở)?)\s+(?:(?:sở y tế|ubnd|ủy ban nhân dân|uỷ ban nhân dân|ngành y tế|bệnh viện[^,;.]{0,30}?)\s+)?(?:tỉnh|thành phố|tp\.?)?\s*$/iu;

/**
 * "Đoàn công tác đã đến thăm, học tập kinh nghiệm tại tỉnh Lai Châu.", "Đoàn đã làm việc với Sở Y tế tỉnh Sơn La.":
 * a province a sentence visits, whose figures the sentences after it may give. The province in the page's period.
 */
function visitedProvince(sentence: string, period: ExtractContext['period']): string | undefined {
  if (!/thăm|làm việc|học tập|khảo sát/iu.test(sentence)) return undefined;
  const visited = findProvinceMentions(sentence).find((p) =>
    VISIT_BEFORE_PROVINCE.test(sentence.slice(Math.max(0, p.index - 60), p.index)),
  );
  return visited ? idInPeriod(visited, period) : undefined;
}

/** A year mark as a year, or as a month or day when it names one ("tháng 6/2025" is "2025-06"). */
function timeOfMark(lower: string, mark: { year: number; start: number; end: number; asOf?: string }): number | string {
  if (mark.asOf) return mark.asOf;
  const month = /tháng\s+(\d{1,2})\s*\/\s*(\d{4})/u.exec(lower.slice(mark.start, mark.end));
  if (month) return `${month[2]}-${month[1].padStart(2, '0')}`;
  // "tháng 6 năm 2025": the month written before the year's mark.
  const before = /tháng\s+(\d{1,2})\s+$/u.exec(lower.slice(Math.max(0, mark.start - 12), mark.start));
  return before && Number(before[1]) >= 1 && Number(before[1]) <= 12 ? `${mark.year}-${before[1].padStart(2, '0')}` : mark.year;
}

/** The month of a time as `timeOfMark` gives it ("2025-06", "2025-06-30"); undefined for a whole year. */
function monthOf(when: number | string | undefined): string | undefined {
  return typeof when === 'string' ? when.slice(0, 7) : undefined;
}

/**
 * "Ước cả năm 2025, tỷ lệ bao phủ BHYT đạt 95%" on a page of March 2025: an estimate of a year not yet over is
 * a forecast, not the year's result (in its last quarter, it is the result the year is reported with); so is
 * "6 tháng đầu năm 2025 ước đạt …" before June is out. Not "ước tính đến hết tháng 6/2018, …" on a page of July
 * 2018: the month is over.
 */
function forecastDoubt(
  ctx: ExtractContext,
  kind: string,
  year: number | undefined,
  partEnd: string | undefined,
  left: string,
): string | undefined {
  const { writtenYear, writtenMonth } = ctx;
  if (kind !== 'actual' || year === undefined || year !== writtenYear || writtenMonth === undefined) return undefined;
  const ahead = partEnd ? partEnd > `${writtenYear}-${String(writtenMonth).padStart(2, '0')}` : writtenMonth <= 9;
  if (!ahead || !/(?<![\p{L}])ước(?![\p{L}])/u.test(left)) return undefined;
  return `an estimate for ${partEnd ?? year} on a page of ${writtenMonth}/${year}, before that time was over: a forecast, or a result?`;
}

/**
 * "Giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống dưới 22%.", "Duy trì 100% trạm y tế có bác sĩ.", "Giữ vững tỷ lệ …
 * trên 95%.", "Đưa tỷ lệ … lên 100%.": a task with no subject, as plans write their aims and reports sometimes
 * their results; maybe numbered as one ("Nhiệm vụ 5: nâng tỷ lệ …", "a) Giảm …").
 */
const BARE_TASK =
  /^\W*(?:(?:nhiệm vụ|giải pháp|nội dung|mục tiêu|chỉ tiêu)(?:\s+(?:số\s+)?\d{1,2})?\s*[:.)]\s*|[a-zđ\d]{1,2}[.)]\s+)?(?:giảm|nâng|tăng|đảm bảo|bảo đảm|duy trì|giữ vững|đưa|kéo)\s/u;
function bareTaskDoubt(kind: 'actual' | 'target', lower: string): string | undefined {
  const task = kind === 'actual' ? BARE_TASK.exec(lower) : null;
  return task ? `aim or result not said: "${task[0].trim()}" opens the sentence with no subject` : undefined;
}

/**
 * "Phấn đấu năm 2026 đạt 100% …, cao hơn tỉnh Sơn La (85%)": the value of a place the aim is compared
 * with is where that one stands, not its aim for the year the sentence names.
 */
function comparedAimDoubt(kind: 'actual' | 'target', place: Place, ctx: ExtractContext, left: string): string | undefined {
  // Another province, or the country on a province's page ("…, thấp hơn bình quân cả nước (97%)").
  const other = (place.provinces?.length === 1 && place.provinces[0] !== ctx.provinceId) || (place.national && !!ctx.provinceId);
  const compared = other && kind === 'target' ? COMPARED_PLACE_BEFORE.exec(left) : null;
  return compared ? `the value of a place an aim is compared with ("${compared[0].trim()}"): its own figure, of what year?` : undefined;
}
const COMPARED_PLACE_BEFORE =
  /(?:(?:cao|thấp|nhiều|ít|lớn|nhỏ|tốt|kém)\s+hơn|so với|ngang(?:\s+bằng)?(?:\s+với)?|vượt)\s+(?:(?:tỉnh|thành phố|tp\.?)\s+)?[^,;()\d]{2,30}\(?\s*(?:là|với|đạt)?\s*$/u;

/**
 * "Hậu Giang phấn đấu năm 2030 có trên 95% dân số tham gia BHYT;" then "+ trên 95% người dân …;": a sentence
 * that ends its line on ";" and goes on in items shares its opening with them, its aim, year and place, as a
 * list's head does. The opening is its words before its first figure; undefined when the line is no such one.
 */
function sentenceGoingOnAsItems(text: string, next: string | undefined): string | undefined {
  if (!next || !LIST_ITEM.test(next) || LIST_ITEM.test(text) || !/;\s*$/u.test(text)) return undefined;
  const last = splitSentences(text).at(-1) ?? text;
  const first = findMentions(readingLower(last))[0];
  const opening = (
    first ? last.slice(0, first.start).replace(/(?:\s+(?:trên|hơn|dưới|khoảng|gần|ít nhất|tối thiểu|đạt|có))+\s*$/u, '') : ''
  ).trim();
  // Only an opening that says when, or that it is an aim: its other words ("Tỷ lệ trẻ em dưới 1 tuổi …") are
  // its own figure's label, not the items'.
  const lower = opening.toLowerCase();
  return opening.length >= 8 && (yearMarks(lower).length > 0 || kindAt(lower, lower.length).kind === 'target') ? opening : undefined;
}

/**
 * "6 tháng đầu năm … 38,5%. Riêng huyện A, tỷ lệ này đạt 30%": the sentence before's part of a year, unless a
 * year of its own is said (`ownYear`; the year the sentence before gave does not count).
 */
function carriedPeriodDoubt(previous: ListHead | undefined, choice: Choice, ownYear: number | undefined): string | undefined {
  return previous?.periodDoubt && choice.listed && ownYear === undefined ? `${previous.periodDoubt} (the sentence before's)` : undefined;
}

/** "tỷ lệ này", "con số này": the figure the sentence before gave, named again. */
const ANAPHOR = /(?:tỷ lệ|tỉ lệ|con số|chỉ số) (?:này|trên)(?![\p{L}])|(?:tỷ lệ|tỉ lệ) chung(?![\p{L}])/iu;
/**
 * The anaphor right before the number, with only a verb, a year or a place between: "tỷ lệ này đạt 98%", "tỷ lệ này
 * năm 2023 là", "tỷ lệ chung toàn tỉnh đạt".
 */
const ANAPHOR_BEFORE =
  /(?:(?:tỷ lệ|tỉ lệ|con số|chỉ số) (?:này|trên)|(?:tỷ lệ|tỉ lệ) chung)(?:\s+(?:năm\s+\d{4}|của\s+[^,;\d]{1,30}|toàn tỉnh|cả tỉnh|trên địa bàn tỉnh|toàn huyện|cả nước|toàn quốc))?\s+(?:đạt|là|ở mức|chỉ đạt|mới đạt|tăng lên|giảm còn|lên|còn)(?:\s+(?:khoảng|gần|hơn|trên|dưới))?\s*$/u;

/** "Địa phương này …", "Tại đây, …", "Nơi đây …", "Ở xã này, …": a paragraph that opens on the place just spoken of. */
const PLACE_SPOKEN_OF =
  /^\W*(?:(?:tại|ở)\s+)?(?:(?:địa phương|đơn vị|vùng đất|nơi|xã|phường|huyện|thị xã)(?:\s+\p{Ll}+){0,2}\s+này|nơi đây|đây)(?![\p{L}])/iu;

/** "Trong đó có 120 bác sĩ.", "Trong số đó, …": a sentence that opens on a part of what the one before named. */
const PART_OF_WHOLE_OPENING = /^\W*trong (?:đó|số đó|số này)(?![\p{L}])/iu;

/** "… đạt 91,5%. Chỉ tiêu năm 2025 là 93%.": the plan for the figure just given, named by the plan alone. */
const PLAN_START = /^\W*(?:chỉ tiêu|mục tiêu|kế hoạch)(?![\p{L}])/iu;
const PLAN_GAP =
  /^\W*(?:chỉ tiêu|mục tiêu|kế hoạch)(?:\s+(?:năm\s+\d{4}|đến năm\s+\d{4}|đề ra|được giao|giao|của tỉnh))*\s*(?:là|:)?\s*$/iu;

/**
 * The year a heading of that year alone names ("Năm 2020", "2023:"), when the page was written in it or after:
 * its results. A later year's heading may head aims or results; the page does not say which.
 */
function pastYearOfHeading(heading: string, ctx: ExtractContext): number | undefined {
  const year = /^\s*(?:năm\s+)?((?:19|20)\d{2})\s*:?\s*$/iu.exec(heading)?.[1];
  return year !== undefined && ctx.writtenYear !== undefined && Number(year) <= ctx.writtenYear ? Number(year) : undefined;
}

/**
 * "Kết quả năm 2024", "Thực hiện năm 2024", "Năm 2024" over an infographic's values, on a page written that year or
 * after: the year its results are of. Not a later year's, which may head aims.
 */
function yearOfResultsHeading(heading: string, ctx: ExtractContext): number | undefined {
  const year = /^\s*(?:(?:kết quả|thực hiện)(?:\s+năm)?|năm)\s+((?:19|20)\d{2})\s*:?\s*$/iu.exec(heading)?.[1];
  return year !== undefined && ctx.writtenYear !== undefined && Number(year) <= ctx.writtenYear ? Number(year) : undefined;
}

/**
 * A subhead that opens with a plan's name heads aims ("Mục tiêu cụ thể", "Các chỉ tiêu phấn đấu"); not one that
 * mentions them ("Hoàn thành các mục tiêu năm 2024") or gives results first ("Kết quả năm 2024 và kế hoạch năm 2025").
 */
const AIM_SUBHEAD =
  /^(?:tiếp tục\s+)?(?:(?:các|một số|những)\s+)?(?:phương hướng|nhiệm vụ|kế hoạch|mục tiêu|chỉ tiêu|định hướng|phấn đấu|dự kiến)(?![\p{L}])/u;

/** What a subhead sets for the paragraphs under it, as a sentence with no figure sets for the rest of its paragraph. */
interface HeadingScene {
  /** A district or commune the subhead or an interviewer's question names, not alone (`unitNamedIn`), or a village it opens on. */
  unit?: string;
  /** A group, an area, a level or a sector ("tuyến xã", "y tế tư nhân"): `ReadState.openingBefore`. */
  opening?: string;
  /** A region or another country: `ReadState.unplacedBefore`. */
  away?: string;
  /** An aim: `ReadState.aimBefore`. */
  aim?: ReadState['aimBefore'];
  /** A part of a year ("quý i/2024"): `ReadState.partOfYearBefore`. */
  partOfYear?: string;
  /** A survey and what it took: `ReadState.sampleBefore`. */
  sample?: string;
  /** A past year, or a past period's last: the paragraph's `pastYear`. */
  pastYear?: number;
  /** A standard whose demands the lines under it list ("Tiêu chí xã đạt chuẩn:"): `ReadState.normOver`. */
  norm?: string;
}

/** Sets for a paragraph's sentences what the scenes over it leave, the first that sets each thing winning. */
function setScenes(state: ReadState, ...scenes: HeadingScene[]): void {
  const first = <K extends keyof HeadingScene>(key: K) => scenes.map((scene) => scene[key]).find((value) => value !== undefined);
  state.unplacedBefore = first('away');
  state.openingBefore = first('opening');
  state.aimBefore = first('aim');
  state.partOfYearBefore = first('partOfYear');
  state.sampleBefore = first('sample');
  state.normOver = first('norm');
}

/**
 * "Tuyến xã", "Y tế tư nhân", "Vùng Tây Bắc", "Quý I/2024", "Kết quả khảo sát", "Mục tiêu cụ thể", "Tình hình thực
 * hiện năm 2020": a subhead that sets a group, an area, a region or another country, a part of a year, a survey, an
 * aim or a past year sets it for every paragraph under it, up to the next heading, as an opening sentence with no
 * figure does for the rest of its paragraph. A place's name alone heads a place's section instead (`placeSectionOf`).
 */
function sceneOfHeading(heading: string, ctx: ExtractContext): HeadingScene {
  const lower = readingLower(
    heading
      .replace(LIST_ITEM, '')
      .replace(/^\s*[IVX]{1,4}\.\s+/u, '')
      .replace(/[:.]\s*$/u, '')
      .trim(),
  );
  if (lower.length < 3 || placeSectionOf(heading, ctx) || headingProvince(heading, ctx)) return {};
  // "Giai đoạn 2016 - 2020": a period's last year, as a sentence that opens on it says (`YEAR_OPENING`).
  const periodEnd = /(?:giai đoạn|thời kỳ|năm)\s+(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})(?![\d/])/u.exec(lower)?.[1];
  const years = periodEnd ? [{ year: Number(periodEnd) }] : yearMarks(lower);
  return {
    unit: unitNamedIn(heading, ctx) ?? villageSceneOf(heading),
    opening: setsScene(lower) ? lower : undefined,
    away: ctx.focusRegion ? undefined : awayNamedInHeading(heading),
    aim: (AIM_SUBHEAD.test(lower) && !RESULT_WORDS.test(lower) ? aimOfWords(lower) : undefined) ?? laterYearsAim(lower, ctx),
    partOfYear: partOfYearIn(lower) ? lower : undefined,
    sample: sampleIn(lower) ? lower : undefined,
    pastYear: pastYearOfHeading(heading, ctx) === undefined ? pastYearOfAll(years, ctx) : undefined,
    norm: NORM_HEAD.test(lower) && !RESULT_WORDS.test(lower) ? lower : undefined,
  };
}

/**
 * "Tiêu chí xã đạt chuẩn:", "Điều kiện công nhận", "Theo Bộ tiêu chí mới:": a subhead or lead-in over a standard's
 * demands. Not a numbered criterion ("Tiêu chí 15 về y tế"), which reports often head their results with.
 */
const NORM_HEAD = new RegExp(
  String.raw`^(?:(?:các|những)\s+)?(?:tiêu chí(?!\s+(?:số\s+)?\d)|tiêu chuẩn|điều kiện|yêu cầu|quy định|định mức)(?![\p{L}])|${NORM_NAMED.source}`,
  'u',
);

/** "PV: …", "- Thưa ông, …", "…, thưa bà?": the asker's label and address, no part of what a question asks. */
const ASKER_WORDS =
  /^[^:?]{1,30}:\s*|^[\W]*(?:thưa\s+(?:ông|bà|anh|chị|bác sĩ)\s*,?\s*)?|,?\s*thưa\s+(?:ông|bà|anh|chị|bác sĩ)(?=\s*\?)|\?\s*$/giu;

/**
 * "PV: Mục tiêu của ngành đến năm 2030 là gì?", "Tình hình nhân lực ở huyện Mường Nhé ra sao?", "Những khó khăn của y
 * tế tư nhân là gì?": an interviewer's question sets the scene of its answer, as a subhead does, and also its aims
 * (however it words them) and the district or commune it names anywhere.
 */
function sceneOfQuestion(question: string, ctx: ExtractContext): HeadingScene {
  const words = question.replace(ASKER_WORDS, '').trim();
  const lower = readingLower(words);
  const scene = sceneOfHeading(words, ctx);
  const asksAims = AIM_WORDS.test(lower) && !PAST_DONE.test(lower) && !RESULT_WORDS.test(lower);
  return {
    ...scene,
    aim: scene.aim ?? (asksAims ? { words: `a question about aims: "${words.slice(0, 80)}"`, indicators: new Set() } : undefined),
  };
}

/**
 * "Kỳ vọng năm 2025", "Năm 2026: Bứt phá" on a page of 2024: a subhead of years all after the page's, whose
 * figures with no time of their own may be aims. Not one of results ("Kết quả năm 2025" in a later survey).
 */
function laterYearsAim(lower: string, ctx: ExtractContext): ReadState['aimBefore'] {
  const years = yearMarks(lower);
  const by = ctx.writtenYear;
  if (by === undefined || years.length === 0 || RESULT_WORDS.test(lower) || !years.every((y) => y.year > by)) return undefined;
  return { words: `a subhead of a later year than the page's: "${lower.slice(0, 60)}"`, indicators: new Set() };
}

/** "Kết quả năm 2020 và kế hoạch năm 2021" on a page of 2024: the last of years that are all past (`pastYearOf`), if so. */
function pastYearOfAll(years: { year: number }[], ctx: ExtractContext): number | undefined {
  const past = years.map((y) => pastYearOf([y], ctx));
  return past.length > 0 && past.every((y) => y !== undefined) ? Math.max(...(past as number[])) : undefined;
}

/** "1. Tuyến huyện", "a) Khối y tế tư nhân", "II. Y tế tư nhân": a short numbered line with no figure and no sentence's end. */
function isNumberedSubhead(text: string): boolean {
  const words = text.replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVX]{1,4}\.)\s+/u, '');
  return words !== text && words.length <= 100 && !/[.!?;:,]\s*$/u.test(words) && !/\d/u.test(words.replace(/(?:19|20)\d\d/gu, ''));
}

/** "… số bác sĩ/vạn dân đạt 1...", "… có 1.2…": a teaser cut right after a number, maybe in its middle. */
const CUT_AFTER_NUMBER = /\d\s*(?:\.{3,}|…|\[(?:\.{3}|…)\])\s*$/u;

/**
 * "Cao nhất là huyện A với 99,5%", "Các huyện có tỷ lệ cao là A (99,5%), B (99%)", "Nhiều địa phương có tỷ lệ
 * cao như Hà Nội 95,1%", "Tỉnh có tỷ lệ thấp nhất là Bình Dương (82%)": a sentence that ranks the places of the
 * figure before it, each item a place and its value.
 */
const RANKED_OPENING = new RegExp(
  String.raw`^\W*(?:(?:trong đó|riêng)\s*,?\s*)?(?:(?:cao nhất|thấp nhất|dẫn đầu|đứng đầu|đứng cuối)\s+(?:là|thuộc về)|(?:(?:các|những|nhiều|một số|top\s+\d+|\d+|${SMALL_NUMBER_WORDS})\s+)?(?:huyện|xã|tỉnh|địa phương|đơn vị)(?:,\s*(?:thành phố|thành|thị xã|phường|thị trấn))*\s+(?:có\s+)?(?:tỷ lệ|tỉ lệ)\s+(?:cao|thấp)(?:\s+nhất)?\s+(?:là|gồm|như)(?!\s+(?:vậy|thế)(?![\p{L}]))|(?:[^\d,.;:]{2,40}?\s)?${PLACE_RANK}(?:\s+(?:cả nước|toàn quốc|trong danh sách|trong cả nước))?(?:\s+là)?):?\s`,
  'iu',
);

/** A sentence that breaks down the figure before it, or sets places against it: "Trong đó, …", "Cụ thể: …", "Riêng …", "Trong khi đó, …". */
const BREAKDOWN_OPENING = /^\s*(?:trong đó|trong số đó|cụ thể|riêng|trong khi đó)\s*[,:]?\s/iu;

/**
 * The province other than the page's that a heading opens on ("Sơn La tăng cường …", "Sở Y tế tỉnh Sơn La …"), or
 * the one province a short heading names anywhere ("Kinh nghiệm từ Lai Châu"), if any.
 */
function headingProvince(heading: string, ctx: ExtractContext): string | undefined {
  const scene = sceneProvince(heading, ctx.period) ?? onlyProvinceOf(heading, ctx);
  return scene !== ctx.provinceId ? scene : undefined;
}

/**
 * The one province a short heading names, in the page's period; none when it names two ("Điện Biên học Lai Châu"), or
 * is a place's name alone, which heads a place's section (`placeSectionOf`).
 */
function onlyProvinceOf(heading: string, ctx: ExtractContext): string | undefined {
  if (heading.length > 80 || placeSectionOf(heading, ctx)) return undefined;
  const named = new Set(findProvinceMentions(heading).map((m) => idInPeriod(m, ctx.period)));
  return named.size === 1 ? [...named][0] : undefined;
}

/** Words of a headline that heads a list: a year's indicators, aims, plan or results. */
const HEADLINE_OF_A_LIST = /chỉ tiêu|mục tiêu|kế hoạch|nhiệm vụ|kết quả/iu;

/** The headline as the head of the list a page opens with, or undefined when it is no head. */
function titleAsListHead(title: string | undefined): string | undefined {
  // One year: "Kết quả năm 2023 và kế hoạch năm 2024" says neither of its items.
  if (!title || !HEADLINE_OF_A_LIST.test(title) || new Set(title.match(/(?:19|20)\d\d/gu)).size !== 1) return undefined;
  const head = `${title.trim().replace(/[.:]$/u, '')}:`;
  return isListHead(head) ? head : undefined;
}

/** The context of a page about another province: its time, and none of its districts, commune or facility. */
function forProvince(ctx: ExtractContext, provinceId: string): ExtractContext {
  const { title, writtenYear, writtenMonth, readYear, partOfYear } = ctx;
  return { period: ctx.period, provinceId, title, writtenYear, writtenMonth, readYear, partOfYear };
}

/**
 * Whether a list's head sets aims ("Các chỉ tiêu phấn đấu năm 2024:"): not "Một số chỉ tiêu năm 2023:" on a later
 * page, the indicators of a year gone, whose items are results.
 */
function headSetsAims(head: string, ctx: ExtractContext): boolean {
  const read = kindAt(head.toLowerCase(), head.length);
  if (read.kind !== 'target') return false;
  const year = /(?<!\d)(?:19|20)\d{2}(?!\d)/u.exec(head)?.[0];
  return !indicatorsOfYearGone(read, year === undefined ? undefined : Number(year), ctx.writtenYear);
}

/**
 * Extracts every metric the paragraphs report. `lines` are all the article's blocks (headings and
 * captions too), where tables printed one cell a line are read (`tables.ts`); by default the paragraphs.
 */
export function extractMetrics(
  paragraphs: Paragraph[],
  pageCtx: ExtractContext,
  lines: { text: string; type?: string; blankLinesBefore?: number; headlineBefore?: string }[] = paragraphs,
): Extraction {
  const ctx: ExtractContext =
    pageCtx.writtenYear === undefined
      ? {
          ...pageCtx,
          latestYear: latestStatedYear(
            lines.map((l) => l.text),
            pageCtx.readYear,
          ),
        }
      : pageCtx;
  const metrics: Metric[] = [];
  const warnings: string[] = [];
  const state: ReadState = {
    held: [],
    people: new Map(),
    helpers: helpingFacilities(
      paragraphs.map((p) => p.text),
      ctx,
    ),
  };
  let headingScene: string | undefined;
  // "Chỉ tiêu y tế tỉnh Lai Châu năm 2023" over "- Số bác sĩ/vạn dân: 12,5": a headline of a year's
  // indicators, aims or results heads the list the page opens with, as a line ending in ":" would.
  let listHead: string | undefined = titleAsListHead(ctx.title);
  let listOpen = false;
  // Whether the head is a sentence going on in items: it heads each item's first sentence only.
  let headGoesOn = false;
  let previousSentence: string | undefined;
  let opened: ReadState['lastRead'];
  const sections = sectionsOf(lines);
  const tableQuotes = new Set<string>();
  for (const cell of readTableCells(lines)) {
    state.lastFacility = undefined;
    state.paragraphFacilities = undefined;
    state.targetYear = undefined;
    tableQuotes.add(cell.quote);
    const byPlace = placeCellSentence(cell, ctx);
    const doubt = cell.columnDoubt ?? byPlace?.doubt;
    const forced = { year: cell.column.year, tableRow: true, ...(doubt ? { doubt } : {}) };
    metrics.push(...readSentence(byPlace?.sentence ?? cellSentence(cell), cell.quote, ctx, state, forced));
  }
  // An infographic's label and value, each on a line (not a table's row, read above).
  for (const pair of readLabelledPairs(lines).filter((p) => !tableQuotes.has(p.quote))) {
    state.lastFacility = undefined;
    state.paragraphFacilities = undefined;
    state.targetYear = undefined;
    // "Mục tiêu cụ thể" over its labels and values: what a subhead sets (`sceneOfHeading`).
    const over = pair.over ? sceneOfHeading(pair.over, ctx) : {};
    setScenes(state, over);
    // "Kết quả năm 2024" over them, on a page of 2024 or after: that year's results.
    const year = pair.over ? yearOfResultsHeading(pair.over, ctx) : undefined;
    const forced = {
      tableRow: true,
      ...(year !== undefined ? { year } : over.pastYear !== undefined ? { pastYear: over.pastYear } : {}),
    };
    metrics.push(...readSentence(pair.sentence, pair.quote, ctx, state, forced));
  }
  let placeSection: PlaceSection = {};
  let readInSection = 0;
  // What the heading or numbered subhead over the paragraph sets (`sceneOfHeading`), and that subhead.
  let sectionScene: HeadingScene = {};
  let subhead: string | undefined;
  // "6 tháng đầu năm 2024:", "Ở khu vực thành thị:" alone on its line, with no figure: what it sets goes on to the
  // paragraphs after it (its items), up to a heading or a paragraph that publishes a figure, as in its paragraph.
  let leadScene: HeadingScene = {};
  // "Năm 2020" alone over a paragraph: the year its figures with none of their own are of, up to the next heading.
  let headingYear: number | undefined;
  // "Chỉ tiêu y tế các tỉnh Tây Bắc năm 2023" over "Lai Châu" and its values, on a page with no date: the
  // indicators of that year, or its targets? The headline does not say, and the places' headings cut it off.
  const headline = titleAsListHead(ctx.title);
  const headlineDoubt =
    headline && ctx.writtenYear === undefined && kindAt(headline.toLowerCase(), headline.length).indicatorsNoun
      ? `"chỉ tiêu" in the headline may name the indicators or their targets, and the page gives no date: set the kind, then confirm`
      : undefined;
  // "Hà Nội" alone over the lead of a page about no province is where the story was filed, a dateline; a
  // province's name heads a section there when the page has two such headings, or text before it.
  let lone: { firstText: number; provinceHeadings: number } | undefined;
  const loneDateline = (index: number) => {
    lone ??= {
      firstText: paragraphs.find((p) => !placeSectionOf(p.text, ctx))?.index ?? 0,
      provinceHeadings: lines.filter((l) => l.text.length <= 80 && headingOfProvince(l.text, ctx.period)).length,
    };
    return index <= lone.firstText && lone.provinceHeadings < 2;
  };
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i].text;
    // The lines between the paragraph before and this one: headings, another article's headline dropped over it.
    const between = lines.slice(i > 0 ? paragraphs[i - 1].index + 1 : 0, paragraphs[i].index + 1);
    const headingOver = between.filter((l) => l.type === 'heading').at(-1)?.text;
    if (headingOver) [placeSection, readInSection] = [placeSectionOf(headingOver, ctx) ?? {}, 0];
    if (headingOver) headingYear = pastYearOfHeading(headingOver, ctx);
    if (placeSection.province && !ctx.provinceId && loneDateline(paragraphs[i].index)) placeSection = {};
    // Printed as a list item ("1. Lai Châu"), a place's name alone on its line heads a section all the same.
    const item = placeSectionOf(text, ctx);
    if (item) {
      [placeSection, readInSection] = [item, 0];
      continue;
    }
    const opensWith = openingProvince(text, ctx.period);
    // A news subhead ("Huyện Mường Nhé", or another province's name on a province's page) heads its first
    // paragraph; the next may be back with the page's place ("Năm 2024, ngành phấn đấu …"): what they give
    // with no place of their own waits for an editor. A page about no province is sections all through.
    const otherProvince = ctx.provinceId && placeSection.province !== ctx.provinceId ? placeSection.province : undefined;
    const unitSection = placeSection.district ?? placeSection.commune ?? placeSection.facility ?? otherProvince;
    const pastUnitsFirst = !!unitSection && readInSection++ > 0;
    const labelled = opensWith ?? (pastUnitsFirst ? undefined : placeSection.province);
    // Another province's paragraph reads as an article about it: the page's district, commune or facility are not its.
    const paragraphCtx =
      labelled && labelled !== ctx.provinceId
        ? forProvince(ctx, labelled)
        : opensWith || pastUnitsFirst
          ? ctx
          : withinSection(ctx, placeSection);
    const [readBefore, heldBefore] = [metrics.length, state.held.length];
    // A bare "bệnh viện" or target without a year refers back within its paragraph only.
    state.lastFacility = undefined;
    state.paragraphFacilities = undefined;
    state.targetYear = undefined;
    const readLastParagraph = state.lastRead;
    state.lastRead = undefined;
    state.wholeBefore = undefined;
    state.provinceBefore = undefined;
    // A page about the whole country that turns to one province ("Tại Nghệ An, …") may stay with it in the
    // paragraphs after; a province's page comes back to its province, unless a heading opened on another
    // ("Sơn La tăng cường tiêm chủng mở rộng": another article run on after the page's, or its section on
    // that province), whose paragraphs are set there until the next heading.
    // So does another article's headline dropped over it or over the paragraph.
    const headings = between.flatMap((l) => [...(l.headlineBefore ? [l.headlineBefore] : []), ...(l.type === 'heading' ? [l.text] : [])]);
    if (headings.length > 0) headingScene = headingProvince(headings.at(-1)!, ctx);
    if (headings.length > 0)
      [sectionScene, subhead] = [headingOver && headingOver === headings.at(-1) ? sceneOfHeading(headingOver, ctx) : {}, undefined];
    // "1. Tuyến huyện", "a) Khối y tế tư nhân": a numbered line with no figure heads the paragraphs after it, up to its
    // next sibling ("2. …", "b) …") or a heading.
    if (isNumberedSubhead(text)) [sectionScene, subhead] = [sceneOfHeading(text, ctx), text];
    else if (subhead && isSiblingOfHead(subhead, text)) [sectionScene, subhead] = [{}, undefined];
    if (headings.length > 0) leadScene = {};
    // "… là 26,5%." then, a paragraph of its own, "Năm 2022, tỷ lệ này là 27,3%.": an anaphor that opens a
    // paragraph names the last figure of the one before, unless a heading stands between.
    if (headings.length === 0 && readLastParagraph && ANAPHOR.test(/^[^.!?]*/u.exec(text)![0]))
      state.lastRead = { ...readLastParagraph, paragraphBefore: true };
    setScenes(state, sectionScene, leadScene);
    // "Ông cũng cho biết, …", "Theo bà, …": the speaker of the paragraph before goes on, and so does whose
    // figures they gave.
    const speakerGoesOn = headings.length === 0 && SPEAKER_GOES_ON.test(text);
    // "Tỷ lệ bao phủ BHYT cả nước: 93,35%" over "Số bác sĩ/vạn dân: 12,5": a list of labelled values a line
    // each is one block, whose next line goes on with whose the line before was.
    const labelRun = headings.length === 0 && i > 0 && LABELLED_LINE.test(text) && LABELLED_LINE.test(paragraphs[i - 1].text);
    if ((ctx.provinceId || headings.length > 0) && !speakerGoesOn && !labelRun) state.elsewhereBefore = headingScene;
    // "Tỉnh | Tỷ lệ bao phủ BHYT (%)" over "Lai Châu | 98,1", "Năm | …" over "2022 | 94,1", "| | 2022 |" over
    // "| Hà Nội | 20,5 |": a table of one column by place, by year or of one year has one bar a row.
    const bars = placeTableHeader(text) || yearTableHeader(text) || oneYearHeader(text) ? 1 : 2;
    if (barsOf(text) >= bars) {
      const rows: string[] = [];
      // A blank line under a table printed with none between its rows ends it: another table follows. So does a line
      // that is no row of it ("Đơn vị tính: %" over the next table's header).
      const blankOver = (at: number) => (lines[paragraphs[at].index]?.blankLinesBefore ?? 0) > 0;
      const lineOver = (at: number) => paragraphs[at].index > paragraphs[at - 1].index + 1;
      const start = i;
      // Whether a row under the header stood under a blank line: a table printed with blank lines between its rows.
      let spaced = false;
      while (i < paragraphs.length && barsOf(paragraphs[i].text) >= bars) {
        if (i > start && lineOver(i)) break;
        if (i - start >= 2 && blankOver(i) && !spaced) break;
        if (i > start) spaced ||= blankOver(i);
        rows.push(paragraphs[i++].text);
      }
      i--;
      // The line before the table, a heading or caption too ("Bảng: Tỷ lệ tham gia BHYT theo huyện"), says what it
      // holds; not a photo's caption under its picture, nor the table's unit ("ĐVT: Người") under its title.
      const first = paragraphs[i - rows.length + 1];
      const caption =
        lines.slice(0, first.index).findLast((l) => l.type !== 'caption' && !TABLE_UNIT_LINE.test(l.text))?.text ?? ctx.title ?? '';
      for (const row of sentencesOfTable(rows, caption, ctx))
        metrics.push(
          ...readSentence(row.sentence, row.quote, ctx, state, { year: row.year, tableRow: true, caption: row.caption, doubt: row.doubt }),
        );
      continue;
    }
    state.lastCommune = undefined;
    state.lastDistrict = undefined;
    // "Trưởng trạm cho biết, … 100% trẻ em trong xã được tiêm chủng đầy đủ." then, a paragraph of its own, "Tỷ lệ
    // người dân tham gia BHYT đạt 100%.": a paragraph that spoke of a unit by its kind alone, and gave nothing of
    // the page's place after, may go on in the next, unless a heading stands between.
    // So may a paragraph that opens on the place just spoken of ("Địa phương này …", "Tại đây, …", "Nơi đây …").
    const sceneGoesOn = headings.length === 0 && (state.sceneGoesOn || PLACE_SPOKEN_OF.test(text));
    state.localScene = (sceneGoesOn ? state.localScene : undefined) ?? leadScene.unit ?? sectionScene.unit;
    state.sceneGoesOn = false;
    // "Mục tiêu cụ thể đến năm 2025:" then "- Số giường bệnh đạt 32 giường/vạn dân;": each item is read
    // after its head, which says whether the list is of aims or results, of when and of where.
    // A heading closes a list: "III. NHIỆM VỤ, GIẢI PHÁP" after the items of "b) Đến năm 2030:".
    // So does one over the first paragraph, for the headline's list.
    // An infographic's "Mục tiêu 2030" over "15 bác sĩ/vạn dân": a subhead of one year's aims or results
    // heads the short line of a value right under it (a report's sections are read as sections); not a
    // sentence, which says for itself when and what ("Năm 2023, tỉnh có 120 trạm y tế.").
    const valueLine =
      text.length <= 60 && (/^\d/u.test(text) || isLabelledItem(text)) && !/[.!?]\s*$/u.test(text) && !/(?:19|20)\d\d/u.test(text);
    if (headingOver && valueLine && isSubhead(headingOver) && namesAimsOrResultsOfAYear(headingOver)) {
      listHead = headingOver;
      listOpen = true;
    } else if (headingOver) listHead = undefined;
    // "Các chỉ tiêu phấn đấu năm 2024:" then "Tỷ lệ bao phủ BHYT: 96%", "Số giường bệnh/vạn dân: 32": a run of
    // labelled values under a head are its items, though they have no mark.
    const head: string | undefined =
      listHead && (LIST_ITEM.test(text) || listOpen || isLabelledItem(text)) && !isSiblingOfHead(listHead, text) ? listHead : undefined;
    // "Mục tiêu đến năm 2025:", "Tỷ lệ … đạt 96%.", then "Số bác sĩ/vạn dân đạt 13.": a list printed without its
    // marks may go on past an item's full stop; a short line with no year or word of its own may be its next item.
    const afterAims =
      !!listHead && !head && text.length <= 160 && headSetsAims(listHead, ctx) && !isListHead(text) && !isSiblingOfHead(listHead, text);
    const goesOn: string | undefined = head ? undefined : sentenceGoingOnAsItems(text, paragraphs[i + 1]?.text);
    const headOfThese: boolean = head !== undefined && headGoesOn;
    const nextHead: string | undefined = isListHead(text) ? text : (head ?? goesOn);
    // Each short line after it may be the list's next item as much as the first: the aims stay over them.
    listHead = nextHead ?? (afterAims ? listHead : undefined);
    headGoesOn = !isListHead(text) && (goesOn !== undefined || headOfThese);
    // Items without a mark go on while each ends with ";": "Tỷ lệ bác sĩ đạt 10;" … "100% xã đạt chuẩn."
    listOpen = nextHead !== undefined && (!head || /;\s*$/u.test(text));
    // A section of aims reaches its items and short lines; a long paragraph says for itself what it reports.
    const section = LIST_ITEM.test(text) || text.length < 200 ? sections.get(paragraphs[i].index) : undefined;
    // "Tỷ lệ bao phủ BHYT toàn tỉnh đạt 95%, cụ thể:" then "- Huyện A: 99%;": each item goes on with the
    // figure that opened the list, as a breakdown in the next sentence does.
    const breakdown = LIST_ITEM.test(text) ? opened : undefined;
    if (breakdown) state.lastRead = breakdown;
    const sentences = splitSentences(text);
    // "1. Huyện A: 99%" splits off its item number as a sentence of its own; the item starts after it.
    const opening = sentences.findIndex((x) => !/^\d{1,2}\.$/u.test(x));
    const question = QUESTION_LABEL.test(text);
    // "Ông cũng cho biết, …": the speaker of the paragraph before says what has no speaker of its own.
    const saidBy = speakersOf(sentences).map((who) => (who ? withTitle(who, state.people) : speakerGoesOn ? state.lastSpeaker : undefined));
    if (!speakerGoesOn) state.lastSpeaker = undefined;
    // A page or a paragraph about COVID-19 vaccination: its "tiêm chủng đầy đủ" after that is that schedule's.
    const covidAt = sentences.findIndex((x) => COVID_VACCINE.test(x.toLowerCase()));
    const covidFrom = COVID_VACCINE.test((ctx.title ?? '').toLowerCase()) ? 0 : covidAt < 0 ? Number.POSITIVE_INFINITY : covidAt + 1;
    let pastYear: number | undefined = headingYear === undefined ? (sectionScene.pastYear ?? leadScene.pastYear) : undefined;
    let earlierTime: string | undefined;
    let normBefore: string | undefined;
    for (const [n, sentence] of sentences.entries()) {
      if (n < opening) continue;
      // "- 93,35%: tỷ lệ … cả nước": a key figure printed before its label reads label first, under a head too.
      const labelled = labelBeforeValue(sentence);
      const read = head && (!headOfThese || n === opening) ? `${headOfItems(head)} ${labelled}` : labelled;
      const lowerSentence = sentence.toLowerCase();
      const yearBefore = detailsYearBefore(sentence, previousSentence, ctx);
      const years = yearMarks(lowerSentence);
      const forced = {
        // "Hiện nay, …" under "Năm 2023" speaks of the present, not of the heading's year.
        ...(headingYear !== undefined && !PRESENT_WORDS.test(lowerSentence) ? { year: headingYear } : {}),
        ...(section ? { section } : {}),
        ...(breakdown && n === opening ? { listItem: true } : {}),
        ...(yearBefore !== undefined ? { yearBefore } : {}),
        ...(pastYear !== undefined && years.length === 0 && !PRESENT_WORDS.test(lowerSentence) ? { pastYear } : {}),
        ...(earlierTime !== undefined && years.length === 0 && !PRESENT_WORDS.test(lowerSentence) ? { earlierTime } : {}),
        ...(normBefore !== undefined ? { normBefore } : {}),
        ...(question ? { question } : {}),
        ...(saidBy[n] ? { saidBy: saidBy[n] } : {}),
        ...(n >= covidFrom ? { covidBefore: true } : {}),
        ...(previousSentence && PART_OF_WHOLE_OPENING.test(sentence) ? { wholeBefore: previousSentence.toLowerCase() } : {}),
        ...(afterAims && n === opening ? { afterAims } : {}),
        // Not an item or a labelled value ("- Số giường bệnh/vạn dân: 61"), which ends with its number.
        // A teaser's "… đạt 1..." is cut where it says so, wherever it stands on the page.
        ...((i === paragraphs.length - 1 &&
          n === sentences.length - 1 &&
          /\d\s*$/u.test(text) &&
          !LIST_ITEM.test(text) &&
          !isLabelledItem(text)) ||
        (n === sentences.length - 1 && CUT_AFTER_NUMBER.test(text))
          ? { cutAtEnd: true }
          : {}),
      };
      previousSentence = sentence;
      const [sentenceRead, sentenceHeld] = [metrics.length, state.held.length];
      if (/\d/.test(sentence)) metrics.push(...readSentence(distributeRateBase(read), sentence, paragraphCtx, state, forced));
      else noteFacilities(state, sentence);
      // A group, an area or a survey an earlier sentence sets goes on to the figures after it, until one is published.
      const published = metrics.length > sentenceRead;
      const reading = published ? undefined : readingLower(sentence);
      const sceneOpening = reading === undefined ? undefined : (openingPhrase(reading) ?? subjectPhrase(reading));
      if (published) [state.openingBefore, state.sampleBefore] = [undefined, undefined];
      else if (sceneOpening && setsScene(sceneOpening)) state.openingBefore = sceneOpening;
      if (state.localScene) holdFiguresOfScene(metrics, sentenceRead, sentence, state, paragraphCtx);
      // On a province's page, a sentence with no figure that sets the scene in another province goes on to the
      // figures after it in its paragraph (so its last sentence sets none), as one with that province's figures
      // does. On the country's page such a province is where a meeting is held ("Ngày 14/1, tại tỉnh Lào Cai,
      // Bộ Y tế tổ chức hội nghị …").
      const noFigure = metrics.length === sentenceRead && state.held.length === sentenceHeld && n < sentences.length - 1;
      const scene =
        paragraphCtx.provinceId && noFigure
          ? (sceneProvince(sentence, ctx.period) ?? speakerProvince(sentence, ctx.period) ?? visitedProvince(sentence, ctx.period))
          : undefined;
      if (scene) state.elsewhereBefore = scene === paragraphCtx.provinceId ? undefined : scene;
      // "Cả nước đang đẩy mạnh đổi mới y tế cơ sở. Tỷ lệ … đạt 87%.": the country as the subject of a sentence with no
      // figure, as one with the country's figures is.
      else if (paragraphCtx.provinceId && noFigure && countryIsSubject(sentence)) state.elsewhereBefore = 'the country';
      // "Giám đốc Sở Y tế tỉnh Lai Châu cho biết như vậy. Tỷ lệ bao phủ BHYT đạt 94%." on the country's page: the
      // speaker's province, for the rest of the paragraph (a venue is not one: see above).
      // So is a province it visits ("Bộ trưởng về thăm tỉnh Lai Châu.").
      const speaker =
        !paragraphCtx.provinceId && noFigure ? (speakerProvince(sentence, ctx.period) ?? visitedProvince(sentence, ctx.period)) : undefined;
      if (speaker) state.unplacedBefore = speaker;
      // "Vùng Tây Bắc có 6 tỉnh. Tỷ lệ bao phủ BHYT đạt 94%.": a region or another country the sentence opens on.
      const away = noFigure && !paragraphCtx.focusRegion ? (awaySceneOf(sentence) ?? countryInOpening(sentence)) : undefined;
      if (away) state.unplacedBefore = away;
      const given = [...metrics.slice(sentenceRead), ...state.held.slice(sentenceHeld)];
      noteAim(state, lowerSentence, given);
      // "Giai đoạn 2016-2020, tỉnh đã đầu tư …": the province spoken of by its kind, on a page about the country
      // (which names no province) or about one of its units, with no figure of that unit.
      if (/[Tt]ỉnh/u.test(sentence) && PROVINCE_BY_KIND.test(sentence)) {
        if (!paragraphCtx.provinceId && noFigure) state.unplacedBefore = UNNAMED_PROVINCE;
        const unitPage = !!(paragraphCtx.focusDistrictId || paragraphCtx.focusCommune);
        if (unitPage && metrics.slice(sentenceRead).every((m) => !m.district && !m.commune)) state.provinceBefore = true;
      }
      // "Năm 2020, ngành y tế gặp nhiều khó khăn.", "Giai đoạn 2016-2020, …": a sentence with no figure that
      // opens on a past year (a period's last) sets the time of the ones after it; "Trong 6 tháng đầu năm 2024, …",
      // the part of a year of a share that grows through it.
      const opensOn = given.length === 0 ? YEAR_OPENING.exec(lowerSentence)?.[1] : undefined;
      const openingWords = given.length === 0 ? /^[^,]{3,60}(?=,)/u.exec(lowerSentence)?.[0] : undefined;
      if (openingWords && partOfYearIn(openingWords)) state.partOfYearBefore = openingWords;
      // "Khi mới tái lập tỉnh, …", "Trước khi sáp nhập, …": an undated earlier time, up to a year or "hiện nay".
      if (years.length > 0 || PRESENT_WORDS.test(lowerSentence)) earlierTime = undefined;
      if (openingWords && earlierTimeIn(openingWords)) earlierTime = openingWords;
      // "Khảo sát tại 10 trạm y tế cho thấy nhiều bất cập.": the figures after it may be of what it took.
      if (given.length === 0 && sampleIn(lowerSentence)) state.sampleBefore = lowerSentence;
      if (given.length === 0) normBefore = NORM_NAMED.exec(lowerSentence)?.[0].trim() ?? normBefore;
      if (opensOn) pastYear = pastYearOf([{ year: Number(opensOn) }], ctx);
      else if (years.length > 0) {
        // The year must be the time of a figure the sentence gives, not of an event ("Được thành lập năm 1997, …").
        const past = pastYearOf(years, ctx);
        pastYear = past !== undefined && given.some((m) => m.year === past) ? past : undefined;
      }
      state.lastSpeaker = noteTitledPeople(sentence, state.people) ?? saidBy[n] ?? state.lastSpeaker;
      state.wholeBefore ||= metrics.slice(sentenceRead).some((m) => m.evidence?.place === wholeProvinceReason(m.province ?? ''));
      state.provinceBefore ||= metrics
        .slice(sentenceRead)
        .some((m) => m.province === ctx.provinceId && !m.district && !m.commune && !m.facility && !m.national);
      state.lastCommune = findCommuneMentions(sentence).pop()?.name ?? state.lastCommune;
      state.lastDistrict = lastDistrictOf(sentence, paragraphCtx) ?? state.lastDistrict;
      noteScene(state, sentence, paragraphCtx, {
        read: metrics.slice(sentenceRead),
        held: state.held.slice(sentenceHeld),
        provinceId: ctx.provinceId,
      });
    }
    // The evidence says the paragraph's label placed them, not the article.
    if (paragraphCtx !== ctx && labelled)
      for (const m of [...metrics.slice(readBefore), ...state.held.slice(heldBefore)])
        if (m.evidence && [articleProvinceReason(labelled), wholeProvinceReason(labelled)].includes(m.evidence.place))
          m.evidence.place = opensWith
            ? `the province the paragraph opens with (${labelled})`
            : `the province the section heading names (${labelled})`;
    // What the section says of the figures the paragraph gave with no place of their own.
    for (const m of metrics.splice(readBefore)) {
      const verdict = sectionVerdict(m, placeSection, ctx, {
        later: pastUnitsFirst ? unitSection : undefined,
        opensWith: !!opensWith,
        headlineDoubt,
      });
      if (verdict === 'keep') metrics.push(m);
      else if (verdict !== 'drop') state.held.push({ ...m, held: verdict });
    }
    // Or its section heading's district or commune, not the title's.
    if (paragraphCtx !== ctx)
      for (const m of [...metrics.slice(readBefore), ...state.held.slice(heldBefore)])
        if (
          m.evidence?.place === districtOfTitleReason(paragraphCtx.focusDistrictId) &&
          paragraphCtx.focusDistrictId !== ctx.focusDistrictId
        )
          m.evidence.place = `the district the section heading names: ${paragraphCtx.focusDistrictId}`;
        else if (m.evidence?.place === communeOfTitleReason(paragraphCtx.focusCommune) && paragraphCtx.focusCommune !== ctx.focusCommune)
          m.evidence.place = `the commune the section heading names: ${paragraphCtx.focusCommune}`;
    const gaveNothing = metrics.length === readBefore && state.held.length === heldBefore;
    if (gaveNothing && /\?\s*$/u.test(text)) leadScene = sceneOfQuestion(text, ctx);
    else if (/:\s*$/u.test(text) && text.length <= 120 && gaveNothing) leadScene = sceneOfHeading(text, ctx);
    else if (metrics.length > readBefore) leadScene = {};
    // A line that opens a list with a figure of its own passes that figure's indicator to its items.
    if (/:\s*$/u.test(text) && state.lastRead) opened = state.lastRead;
    else if (!breakdown) opened = undefined;
  }
  const settled = settleFigures(metrics, ctx, state.held);
  for (const m of settled)
    if (m.kind === 'target' && m.year === undefined)
      warnings.push(`target without a year kept: ${m.indicator} ${m.value} in "${m.quote.slice(0, 80)}"`);
  const heldKeys = new Set<string>();
  const held = state.held.filter((m) => {
    const key = [m.indicator, m.value, m.quote].join('|');
    if (heldKeys.has(key) || settled.some((u) => u.indicator === m.indicator && u.quote === m.quote && u.value === m.value)) return false;
    heldKeys.add(key);
    return true;
  });
  for (const h of held) warnings.push(`held for an editor: ${h.indicator} ${h.value} (${h.held})`);
  return { metrics: settled, held, warnings };
}
