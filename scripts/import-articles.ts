// `npm run import -- [--publish] [--title "…"] [--section SLUG] FILE…`: scraped articles from the shell,
// one line per file (see README, "Importing scraped articles").
import fs from 'node:fs';
import { migrateDatabase } from '@/db/migrate';
import { db } from '@/db';
import { expireCacheTagsFromOutside } from '@/lib/cache/expire-from-outside';
import { readArticleCacheScope, tagsForScopes } from '@/lib/data/articles/cache-scope';
import { recordAudit } from '@/lib/data/audit';
import { IMPORT_USAGE, parseImportArgs } from '@/lib/importer/cli-args';
import { decodeImportFile } from '@/lib/importer/decode-file';
import { ENCODING_NAMES } from '@/lib/importer/encodings';
import { importAuditDetail, importScrapedArticle, loadDuplicateIndex } from '@/lib/importer/import-article';
import { ensureAuthSecret } from './auth-secret.mjs';

async function main(): Promise<number> {
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
  const duplicates = loadDuplicateIndex();

  let failures = 0;
  const published: number[] = [];
  for (const file of args.files) {
    try {
      const decoded = decodeImportFile(fs.readFileSync(file));
      if (!decoded.ok) throw new Error(decoded.error);
      // The article and its audit row (the file, the article it may repeat) commit together.
      const result = db.transaction(() => {
        const imported = importScrapedArticle(decoded.text, {
          title: args.title,
          sectionSlug: args.sectionSlug,
          publish: args.publish,
          duplicates,
        });
        if (imported.created) {
          recordAudit({ actor: null, action: 'import.article', targetType: 'article', targetId: imported.id, detail: importAuditDetail(file, imported) });
        }
        return imported;
      });
      const flags = [
        result.created ? 'new' : 'existing',
        result.needsHeadline ? 'needs-headline' : '',
        decoded.encoding === 'utf-8' ? '' : `from ${ENCODING_NAMES[decoded.encoding]}`,
        result.duplicateOf
          ? result.duplicateOf.kind === 'same'
            ? `duplicate of #${result.duplicateOf.id}`
            : `similar to #${result.duplicateOf.id} (${Math.round(result.duplicateOf.similarity * 100)}% of the opening)`
          : '',
      ]
        .filter(Boolean)
        .join(',');
      console.log(`#${result.id}\t${result.status}\t${result.path}\t${file}\t(${flags})`);
      if (result.created && result.status === 'published') published.push(result.id);
    } catch (error) {
      failures++;
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await expirePublishedPages(published);
  return failures > 0 ? 1 : 0;
}

/** The running server's home, sections and feeds show a published import at once, not at their revalidate time. */
async function expirePublishedPages(ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  ensureAuthSecret();
  const route = await expireCacheTagsFromOutside(tagsForScopes(...ids.map((id) => readArticleCacheScope(db, id))));
  if (route === 'none') console.error('No running server reached: its cached pages show the new articles at their next refresh (5 minutes at most).');
}

void main().then((code) => {
  process.exitCode = code;
});
