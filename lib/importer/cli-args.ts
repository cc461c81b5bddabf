import { parseArgs } from 'node:util';

export const IMPORT_USAGE = 'Cách dùng: npm run import -- [--publish] [--title "…"] [--section SLUG] TỆP…';

export type ImportArgs = {
  files: string[];
  title?: string;
  sectionSlug?: string;
  publish: boolean;
  help: boolean;
  /** Said on stderr: what the command line asked in a way that still works but will not for long. */
  warnings: string[];
};

/** Reads the importer's command line. `--category` is the flag's old name, kept as an alias that warns. */
export function parseImportArgs(argv: string[]): ImportArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      publish: { type: 'boolean', default: false },
      title: { type: 'string' },
      section: { type: 'string' },
      category: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const warnings: string[] = [];
  if (values.category !== undefined) {
    if (values.section !== undefined && values.section !== values.category) {
      throw new Error(`--category (${values.category}) và --section (${values.section}) chỉ hai chuyên mục khác nhau: chỉ dùng --section`);
    }
    warnings.push('--category đã đổi tên thành --section; tên cũ sẽ bị bỏ trong bản sau.');
  }
  return {
    files: positionals,
    title: values.title,
    sectionSlug: values.section ?? values.category,
    publish: values.publish,
    help: values.help,
    warnings,
  };
}
