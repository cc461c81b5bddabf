// Bulk import speed: 3,000 seed-like scraped files through `npm run import` on a freshly seeded
// database, timed from the command's start to its exit, with its peak resident memory.
//   npm run bench:import [-- --files N] [--dir DIR]
// DIR defaults to /dev/shm when present: each imported article is its own fsynced transaction
// (synchronous = FULL), so on a shared disk the wall time measures the disk, not the importer.
// Issue 17's budget: within 2 × of 4.5 s and 161 MB RSS for 3,000 files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusText, personName, random } from './corpus-text';

const option = (name: string) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const FILES = Number(option('--files') ?? 3000);
const PHOTO_MARKER = 'leftcenterrightdel';

/** One file in the scraped format: lead, paragraphs, a photo marker with its caption, a credit line. */
function scrapedFile(rand: () => number): string {
  const { article, sentences } = corpusText();
  const generated = article(rand);
  const paragraphs = generated.body.content.map((block) => block.content.map((t) => t.text).join(''));
  const caption = sentences[Math.floor(rand() * sentences.length)]!;
  paragraphs.splice(1, 0, `${PHOTO_MARKER}\n${caption}`);
  return [generated.lead, ...paragraphs, `Tin, ảnh: ${personName(rand).toLocaleUpperCase('vi')}`].join('\n\n');
}

async function main() {
  const base = option('--dir') ?? (fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());
  const root = fs.mkdtempSync(path.join(base, 'toasoan-import-bench-'));
  const env = { ...process.env, DATABASE_PATH: path.join(root, 'bench.db'), MEDIA_DIR: path.join(root, 'media') };
  const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx');
  try {
    const setup = spawnSync(tsx, ['--conditions=react-server', 'scripts/setup-database.ts'], { env, encoding: 'utf8' });
    if (setup.status !== 0) throw new Error(`setup failed: ${setup.stderr}`);

    const rand = random(17);
    const files = Array.from({ length: FILES }, (_, i) => {
      const file = path.join(root, `${String(i).padStart(4, '0')}.txt`);
      fs.writeFileSync(file, scrapedFile(rand));
      return file;
    });
    const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);

    // GNU time reports the command's CPU time and its largest process's peak RSS; the CPU time is
    // what to compare on a machine shared with other work, where the wall time mostly measures waiting.
    const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', tsx, '--conditions=react-server', 'scripts/import-articles.ts', ...files], {
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const [wall, user, system, rssKb] = /TIME (\S+) (\S+) (\S+) (\d+)/.exec(run.stderr)!.slice(1).map(Number) as [number, number, number, number];
    const imported = run.stdout.split('\n').filter((line) => line.startsWith('#')).length;
    if (run.status !== 0) throw new Error(`import exited with ${run.status}: ${run.stderr.slice(-2000)}`);
    console.log(
      `${FILES} files (${(bytes / FILES / 1024).toFixed(1)} KB each), ${imported} imported: ` +
        `${wall.toFixed(2)} s wall, ${(user + system).toFixed(2)} s CPU (${user.toFixed(2)} user + ${system.toFixed(2)} system), ` +
        `peak RSS ${(rssKb / 1024).toFixed(0)} MB`,
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
