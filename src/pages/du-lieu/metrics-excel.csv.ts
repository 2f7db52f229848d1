import type { APIRoute } from 'astro';
import { metricsExcelCsv } from '../../data/downloads.ts';

export const GET: APIRoute = async ({ site }) => new Response(await metricsExcelCsv(site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
