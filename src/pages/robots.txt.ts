import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap.xml`, site ?? 'http://localhost/');
  return new Response(`User-agent: *\nAllow: /\n${site ? `Sitemap: ${sitemap.href}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain' },
  });
};
