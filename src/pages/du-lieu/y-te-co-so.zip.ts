import type { APIRoute } from 'astro';
import { bundle } from '../../data/downloads.ts';

export const GET: APIRoute = async ({ site }) => new Response(await bundle(site), { headers: { 'Content-Type': 'application/zip' } });
