import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { provinceSchema } from './lib/content/schema.ts';
import { articleEntrySchema } from './lib/content/validate-content.ts';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
    schema: articleEntrySchema,
  }),
  provinces: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/provinces' }),
    schema: provinceSchema,
  }),
};
