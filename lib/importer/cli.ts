import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { migrateDatabase } from '@/db/migrate';
import { db } from '@/db';
import { importScrapedArticle } from './import-article';

const USAGE = 'Cách dùng: npm run import -- [--publish] [--title "…"] [--category SLUG] TỆP…';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      publish: { type: 'boolean', default: false },
      title: { type: 'string' },
      category: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  migrateDatabase(db);

  let failures = 0;
  for (const file of positionals) {
    try {
      const result = importScrapedArticle(fs.readFileSync(file, 'utf8'), {
        title: values.title,
        categorySlug: values.category,
        publish: values.publish,
      });
      const flags = [result.created ? 'new' : 'existing', result.needsHeadline ? 'needs-headline' : '']
        .filter(Boolean)
        .join(',');
      console.log(`#${result.id}\t${result.status}\t${result.path}\t${file}\t(${flags})`);
    } catch (error) {
      failures++;
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = main();
