import type { APIRoute } from 'astro';
import { referenceCsv } from '../../data/downloads.ts';

export const GET: APIRoute = () => new Response(referenceCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
