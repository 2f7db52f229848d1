import type { APIRoute } from 'astro';
import { readme } from '../../data/downloads.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await readme(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
