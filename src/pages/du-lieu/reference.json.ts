import type { APIRoute } from 'astro';
import { referenceJson } from '../../data/downloads.ts';

export const GET: APIRoute = () => new Response(referenceJson(), { headers: { 'Content-Type': 'application/json' } });
