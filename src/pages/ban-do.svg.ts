// The map sprite: every province shape once, referenced by each map (see src/lib/site/map-shapes.ts).
import { mapSprite } from '../lib/site/map-shapes.ts';

export function GET(): Response {
  return new Response(mapSprite(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
