// Server-side search time on the 100k corpus, measured in-process through the data layer.
//   npm run bench:search
// Targets (issue 5): p95 ≤ 20 ms for typical one-to-three-word queries, ≤ 50 ms for the commonest words.
import Database from 'better-sqlite3';
import { ensureCorpus } from './corpus';

const REPEAT = 5;
const TYPICAL = [
  'quốc phòng', 'dang uy', 'đường sắt', 'Hà Nội', 'bong da', 'trí tuệ nhân tạo', 'tong cuc cong nghiep',
  'lãi suất', 'bien phong', 'du lịch', 'camera thông minh', 'thuong mai dien tu', 'nắng nóng', 'xuat khau gao',
  'quoc ph', 'biên giới', 'sơn mài', 'marathon', 'ngân hàng', 'quoocs phongf', '"quốc phòng"', 'đại dương', 'cạc', 'dường',
];

type Row = { term: string; doc: number };

function vocabulary(file: string): { rare: string[]; common: string[]; names: string[] } {
  const sqlite = new Database(file, { readonly: true });
  sqlite.exec("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'article_search', 'col')");
  const terms = (sql: string) => (sqlite.prepare(sql).all() as Row[]).map((r) => r.term);
  const rare = terms("SELECT term, doc FROM vocab WHERE col = 'body' AND doc BETWEEN 1 AND 200 AND term GLOB '[a-z0-9]*' ORDER BY term LIMIT 2000")
    .filter((_, i) => i % 100 === 0);
  const common = terms("SELECT term, doc FROM vocab WHERE col = 'body' ORDER BY doc DESC LIMIT 10");
  const names = (sqlite.prepare('SELECT DISTINCT name FROM article_bylines LIMIT 8 OFFSET 1000').all() as { name: string }[]).map((r) => r.name);
  sqlite.close();
  return { rare, common, names };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function main() {
  const started = performance.now();
  const file = await ensureCorpus();
  console.log(`Corpus ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.env.DATABASE_PATH = file;
  const { searchArticles } = await import('@/lib/data/search');
  const { parseQuery } = await import('@/lib/search/parse-query');
  const { rare, common, names } = vocabulary(file);

  const time = (q: string, sort: 'relevance' | 'newest') => {
    const parsed = parseQuery(q);
    if (parsed.kind !== 'ok') throw new Error(`bad bench query ${q}`);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = searchArticles({ terms: parsed.terms, sectionIds: null, from: null, to: null, sort, page: 1, pageSize: 12 });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, total: result.total };
  };
  const groups: [string, string[], number][] = [
    ['rare words', rare, 20],
    ['typical 1–3 words', TYPICAL, 20],
    ['names (3 words)', names, 20],
    ['commonest words', common, 50],
  ];
  const load = (await import('node:os')).loadavg()[0] ?? 0;
  console.log(`\nLoad average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores while measuring.`);
  console.log('group                 sort       time  queries  matches(med)   p50     p95     p99     max   p95/target');
  for (const [label, queries, target] of groups) {
    for (const sort of ['relevance', 'newest'] as const) {
      for (const q of queries) time(q, sort); // warm the page cache and statements
      const samples: number[] = [];
      const cpuSamples: number[] = [];
      const totals: number[] = [];
      const worst = new Map<string, number>();
      for (let r = 0; r < REPEAT; r++) for (const q of queries) {
        const { ms, cpuMs, total } = time(q, sort);
        samples.push(ms);
        cpuSamples.push(cpuMs);
        totals.push(total);
        worst.set(q, Math.max(worst.get(q) ?? 0, ms));
      }
      samples.sort((a, b) => a - b);
      cpuSamples.sort((a, b) => a - b);
      totals.sort((a, b) => a - b);
      const f = (n: number) => `${n.toFixed(2).padStart(6)}ms`;
      const row = (kind: string, values: number[]) => {
        const p95 = percentile(values, 95);
        return `${label.padEnd(21)} ${sort.padEnd(10)} ${kind.padEnd(5)} ${String(queries.length).padStart(7)}  ${String(percentile(totals, 50)).padStart(12)} ${f(percentile(values, 50))} ${f(p95)} ${f(percentile(values, 99))} ${f(values.at(-1) ?? 0)}   ${(p95 / target).toFixed(2)} of ${target} ms`;
      };
      console.log(row('wall', samples));
      // CPU time of this process: what the wall time would be on an idle core (page cache hits included).
      console.log(row('cpu', cpuSamples));
      if (process.argv.includes('--slowest')) {
        const slowest = [...worst].sort((a, b) => b[1] - a[1]).slice(0, 3);
        console.log(`  slowest: ${slowest.map(([q, ms]) => `${q} (${ms.toFixed(1)} ms)`).join(', ')}`);
      }
    }
  }
  console.log(`\nrare: ${rare.join(', ')}\ncommonest: ${common.join(', ')}\nnames: ${names.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
