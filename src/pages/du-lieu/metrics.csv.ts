import type { APIRoute } from 'astro';
import { metricsCsv } from '../../data/downloads.ts';

export const GET: APIRoute = async ({ site }) => new Response(await metricsCsv(site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
