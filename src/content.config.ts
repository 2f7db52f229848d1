import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { provinceSchema } from './lib/content/schema.ts';
import { articleEntrySchema } from './lib/content/validate-content.ts';
import { asPlainMarkdown, renderPlainMarkdown } from './lib/content/plain-markdown.ts';

/**
 * Astro's glob loader, except that an MDX body that is plain Markdown (`asPlainMarkdown`) is rendered
 * when content is synced and cached with the content store, instead of becoming a module that every
 * build compiles, bundles and loads. Bodies that use MDX are left to the MDX compile, as is any body
 * the renderer refuses, so that the compile reports the error the usual way.
 */
function mdxGlob(base: string): Loader {
  const inner = glob({ pattern: '**/*.mdx', base });
  return {
    name: 'mdx-glob',
    load: (context) => {
      const store = context.store;
      const set: typeof store.set = (entry) => {
        const markdown = entry.deferredRender && entry.filePath && typeof entry.body === 'string' ? asPlainMarkdown(entry.body) : undefined;
        if (markdown !== undefined) {
          try {
            const rendered = renderPlainMarkdown(markdown, entry.data, new URL(entry.filePath!, context.config.root));
            return store.set({ ...entry, deferredRender: undefined, rendered });
          } catch {
            // Compiled as MDX instead, which fails with the same message.
          }
        }
        return store.set(entry);
      };
      return inner.load({ ...context, store: { ...store, set } });
    },
  };
}

export const collections = {
  articles: defineCollection({ loader: mdxGlob('./content/articles'), schema: articleEntrySchema }),
  provinces: defineCollection({ loader: mdxGlob('./content/provinces'), schema: provinceSchema }),
};
