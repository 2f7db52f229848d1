import type { APIRoute } from 'astro';
import { metricsJson } from '../../data/downloads.ts';

export const GET: APIRoute = async ({ site }) => new Response(await metricsJson(site), { headers: { 'Content-Type': 'application/json' } });
