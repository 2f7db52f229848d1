import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { provinceSchema } from './lib/schema.ts';
import { articleEntrySchema } from './lib/validate-content.ts';

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
