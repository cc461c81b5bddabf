// `npm run import -- [--publish] [--title "…"] [--section SLUG] FILE…`: scraped articles from the shell,
// one line per file (see README, "Importing scraped articles").
import fs from 'node:fs';
import { migrateDatabase } from '@/db/migrate';
import { db } from '@/db';
import { IMPORT_USAGE, parseImportArgs } from '@/lib/importer/cli-args';
import { importScrapedArticle } from '@/lib/importer/import-article';

function main(): number {
  let args;
  try {
    args = parseImportArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${IMPORT_USAGE}`);
    return 2;
  }
  for (const warning of args.warnings) console.error(warning);
  if (args.help || args.files.length === 0) {
    console.error(IMPORT_USAGE);
    return args.help ? 0 : 2;
  }
  migrateDatabase(db);

  let failures = 0;
  for (const file of args.files) {
    try {
      const result = importScrapedArticle(fs.readFileSync(file, 'utf8'), {
        title: args.title,
        sectionSlug: args.sectionSlug,
        publish: args.publish,
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
