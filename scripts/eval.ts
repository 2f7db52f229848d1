/**
 * `npm run eval [-- --verbose] [dir]`: scores the extraction on the annotated corpus
 * (default `tests/fixtures/corpus`) and prints recall, precision, noise, wrong provinces and
 * comparator errors, per article and per indicator.
 */
import { scoreCorpus } from '../src/lib/ingest/eval.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/corpus';
const score = scoreCorpus(dir);
const pct = (x: number) => x.toFixed(3);
console.log('article'.padEnd(44), 'core', 'hit', 'extr', 'cred', 'noise', 'notes');
for (const a of score.articles) {
  const notes = [a.error ? `rejected: ${a.error}` : '', a.wrongProvince ? `wrong province: ${a.wrongProvince}` : '', a.comparatorErrors.length ? `${a.comparatorErrors.length} comparator` : ''].filter(Boolean).join('; ');
  console.log(a.article.slice(0, 44).padEnd(44), String(a.core).padStart(4), String(a.hit).padStart(3), String(a.extracted).padStart(4), String(a.credited).padStart(4), String(a.noise.length).padStart(5), notes);
  if (verbose) {
    for (const m of a.missed) console.log('    missed', JSON.stringify(m));
    for (const m of a.uncredited) console.log('    extra ', JSON.stringify({ ...m, quote: m.quote.slice(0, 90) }));
    for (const m of a.noise) console.log('    NOISE ', m.indicator, m.value);
    for (const c of a.comparatorErrors) console.log('    comparator', c.item.indicator, c.item.comparator ?? 'eq', '→', c.metric.comparator);
  }
}
console.log('\nindicator'.padEnd(45), 'core', 'hit', 'recall');
for (const [id, r] of [...score.byIndicator].sort()) console.log(id.padEnd(44), String(r.core).padStart(4), String(r.hit).padStart(3), pct(r.hit / r.core).padStart(6));
console.log(`\nrecall ${pct(score.recall)} · precision ${pct(score.precision)} · noise ${score.noise} · wrong province ${score.wrongProvince} · sidebar profiles ${score.sidebarProfiles} · comparator errors ${score.comparatorErrors}`);
