/**
 * The project's components that content may use (given to every MDX page, never imported), each with
 * the props it takes. `npm run check` and the build validate every use with these schemas, so a prop
 * the component would crash on, or one it does not have, is refused with its name before rendering.
 */
import { z } from 'astro/zod';
import { INDICATOR_IDS } from '../catalogue.ts';
import { ALL_PROVINCE_IDS } from '../places/index.ts';

const provinceId = z.enum(ALL_PROVINCE_IDS as [string, ...string[]]);
const indicatorId = z.enum(INDICATOR_IDS);

const COMPONENT_PROPS = {
  /** A note or caveat: `<Callout type="warning" title="…">text</Callout>`. */
  Callout: z
    .object({
      /** `note` (default) or `warning`. */
      type: z.enum(['note', 'warning']).optional(),
      /** A short heading shown in bold. */
      title: z.string().min(1).max(200).optional(),
    })
    .strict(),
  /** A province's latest figure for one indicator, as a card: `<HeadlineFigure province="lai-chau" indicator="doctors_per_10k" />`. */
  HeadlineFigure: z
    .object({
      /** Province id, current or former. */
      province: provinceId,
      /** Catalogue id of the indicator. */
      indicator: indicatorId,
    })
    .strict(),
  /** One indicator for chosen provinces, chart and table: `<IndicatorChart indicator="…" provinces={["lai-chau"]} />`. */
  IndicatorChart: z
    .object({
      /** Catalogue id of the indicator. */
      indicator: indicatorId,
      /** Province ids, current or former, as a list: `provinces={["lai-chau", "ha-giang"]}`. */
      provinces: z.array(provinceId).min(1).max(20),
      /** Heading of the chart; by default the indicator and the provinces. */
      title: z.string().min(1).max(200).optional(),
    })
    .strict(),
} as const;

export type ContentComponent = keyof typeof COMPONENT_PROPS;

/** The components pages give to content; the only JSX a content file may contain. */
export const CONTENT_COMPONENTS = Object.keys(COMPONENT_PROPS) as ContentComponent[];

/**
 * How deep JSX may nest in content. Nesting is for a chart inside a note; a few thousand levels
 * overflow the renderer's stack and crash the build.
 */
export const MAX_NESTING = 8;

/** What is wrong with one use of a component's props, one message per prop (empty when nothing is). */
export function componentPropProblems(name: ContentComponent, props: Record<string, unknown>): { prop: string; message: string }[] {
  const result = COMPONENT_PROPS[name].safeParse(props);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        prop: key,
        message: `unknown prop; <${name}> takes ${Object.keys(COMPONENT_PROPS[name].shape).join(', ')}`,
      }));
    const prop = issue.path.map(String).join('.') || '(props)';
    let found: unknown = props;
    for (const key of issue.path)
      found = found && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    const expected =
      issue.code === 'invalid_value' ? 'one of the known ids' : issue.code === 'invalid_type' ? issue.expected : issue.message;
    return [{ prop, message: `expected ${expected}, found ${found === undefined ? 'nothing' : JSON.stringify(found)}` }];
  });
}
