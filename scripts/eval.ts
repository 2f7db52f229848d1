/**
 * `npm run eval [-- --verbose] [dir…]`: scores the extraction on the annotated corpora: the fixtures
 * (`tests/fixtures/corpus`) and, when it is there, `../shared/corpus-real` (real pages, never copied
 * into the project). Prints recall, precision of published figures, noise, wrong provinces and periods,
 * dropped articles and held figures, per article and per indicator; `--verbose` lists every miss,
 * every uncredited figure and every held one with its reason.
 */
import { existsSync } from 'node:fs';
import { scoreCorpus, type CorpusScore } from '../tools/eval.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const named = args.filter((a) => !a.startsWith('--'));
const REAL = '../shared/corpus-real';
const dirs = named.length > 0 ? named : ['tests/fixtures/corpus', REAL];
const pct = (x: number) => x.toFixed(3);

function print(dir: string, score: CorpusScore): void {
  console.log(`\n== ${dir}`);
  console.log('article'.padEnd(44), 'core', 'hit', 'publ', 'cred', 'held', 'noise', 'notes');
  for (const a of score.articles) {
    const notes = [
      a.error ? `dropped: ${a.error}` : '',
      a.wrongProvince ? `wrong province: ${a.wrongProvince}` : '',
      a.wrongPeriod ? `wrong period: ${a.wrongPeriod}` : '',
      a.comparatorErrors.length ? `${a.comparatorErrors.length} comparator` : '',
    ]
      .filter(Boolean)
      .join('; ');
    console.log(
      a.article.slice(0, 44).padEnd(44),
      String(a.core).padStart(4),
      String(a.hit).padStart(3),
      String(a.extracted).padStart(4),
      String(a.credited).padStart(4),
      String(a.held.length).padStart(4),
      String(a.noise.length).padStart(5),
      notes,
    );
    if (verbose) {
      for (const m of a.missed) console.log('    missed', JSON.stringify(m));
      for (const m of a.uncredited) console.log('    WRONG ', JSON.stringify({ ...m, quote: m.quote.slice(0, 100) }));
      for (const m of a.held) console.log('    held  ', m.indicator, m.value, `(${m.held})`, JSON.stringify(m.quote.slice(0, 80)));
      for (const m of a.noise) console.log('    NOISE ', m.indicator, m.value);
      for (const c of a.comparatorErrors)
        console.log('    comparator', c.item.indicator, c.item.comparator ?? 'eq', '→', c.metric.comparator);
    }
  }
  console.log('\nindicator'.padEnd(45), 'core', 'hit', 'recall');
  for (const [id, r] of [...score.byIndicator].sort())
    console.log(id.padEnd(44), String(r.core).padStart(4), String(r.hit).padStart(3), pct(r.hit / r.core).padStart(6));
}

const summaries: string[] = [];
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.log(`\n== ${dir}: not found, skipped${dir === REAL ? ' (the real-page corpus lives in ../shared/, beside the project)' : ''}`);
    continue;
  }
  const score = scoreCorpus(dir);
  print(dir, score);
  summaries.push(
    `${dir}: recall ${pct(score.recall)} · precision ${pct(score.precision)} · noise ${score.noise} · wrong province ${score.wrongProvince} · wrong period ${score.wrongPeriod} · dropped ${score.dropped} · held ${score.held} · sidebar profiles ${score.sidebarProfiles} · comparator errors ${score.comparatorErrors}`,
  );
}
console.log(`\n${summaries.join('\n')}`);
