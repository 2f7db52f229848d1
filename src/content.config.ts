import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { provinceSchema } from './lib/content/schema.ts';
import { articleEntrySchema } from './lib/content/validate-content.ts';
import { assertContentFile } from './lib/content/mdx.ts';
import { asPlainMarkdown, renderPlainMarkdown, rendererFingerprint } from './lib/content/plain-markdown.ts';

/**
 * Astro's glob loader, except that an MDX body that is plain Markdown (`asPlainMarkdown`) is rendered
 * when content is synced and cached with the content store, instead of becoming a module that every
 * build compiles, bundles and loads. Bodies that use MDX are left to the MDX compile, as is any body
 * the renderer refuses, so that the compile reports the error the usual way. `retainBody: false` drops
 * the source text from the store once it is rendered or compiled: pages never read an article's body.
 */
function mdxGlob(base: string, { retainBody }: { retainBody: boolean }): Loader {
  // Files directly in the folder only: `npm run check` reports any other file as not built.
  const inner = glob({ pattern: '*.mdx', base });
  return {
    name: 'mdx-glob',
    load: (context) => {
      const store = context.store;
      const fingerprint = rendererFingerprint();
      if (context.meta.get('renderer') !== fingerprint) {
        store.clear();
        context.meta.set('renderer', fingerprint);
      }
      const set: typeof store.set = (entry) => {
        const markdown = entry.deferredRender && entry.filePath && typeof entry.body === 'string' ? asPlainMarkdown(entry.body) : undefined;
        if (markdown !== undefined) {
          try {
            const rendered = renderPlainMarkdown(markdown, entry.data, new URL(entry.filePath!, context.config.root));
            return store.set({ ...entry, body: retainBody ? entry.body : undefined, deferredRender: undefined, rendered });
          } catch {
            // Compiled as MDX instead, which fails with the same message.
          }
        }
        return store.set({ ...entry, body: retainBody ? entry.body : undefined });
      };
      // Astro reads the file itself; the project's reading (`assertContentFile`) refuses what check refuses, here too.
      const parseData: typeof context.parseData = async (props) => {
        if (props.filePath) assertContentFile(props.filePath, new URL(props.filePath, context.config.root));
        return context.parseData(props);
      };
      return inner.load({ ...context, parseData, store: { ...store, set } });
    },
  };
}

export const collections = {
  articles: defineCollection({ loader: mdxGlob('./content/articles', { retainBody: false }), schema: articleEntrySchema }),
  // A province page shows the editor's narrative only when it has text (`hasEditorText(body)`).
  provinces: defineCollection({ loader: mdxGlob('./content/provinces', { retainBody: true }), schema: provinceSchema }),
};
