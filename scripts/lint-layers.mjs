// npm run lint:layers: the rules of .dependency-cruiser.cjs module by module, and one rule that
// dependency-cruiser cannot state: no two folders import each other, however indirectly (lib/data →
// lib/seo → lib/data is a cycle even when no module reaches itself). A folder here is lib/<name> or
// app/<name> (a file directly in lib/ or app/ counts as its own), db/, scripts/, or a file at the
// root. Type-only imports count; test files do not (they reach across layers to set up what they
// test, and the module rule already keeps them out of cycles).
import { cruise, format } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { pathToFileURL } from 'node:url';

const SOURCES = ['app', 'lib', 'db', 'scripts', 'proxy.ts', 'instrumentation.ts'];
const TEST = /\.test\.tsx?$/;

/** The folder a module belongs to for the folder rule. */
export function folderOf(path) {
  const parts = path.split('/');
  if (parts.length === 1) return path;
  return parts[0] === 'lib' || parts[0] === 'app' ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Groups of folders that import each other (strongly connected, Tarjan), each with the imports
 * that join them; `modules` is dependency-cruiser's list.
 */
export function folderCycles(modules) {
  const graph = new Map();
  const imports = [];
  for (const { source, dependencies } of modules) {
    if (TEST.test(source) || source.includes('node_modules')) continue;
    const from = folderOf(source);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const { resolved, coreModule, couldNotResolve } of dependencies) {
      if (coreModule || couldNotResolve || resolved.includes('node_modules')) continue;
      const to = folderOf(resolved);
      if (to === from) continue;
      graph.get(from).add(to);
      imports.push({ from, to, line: `${source} → ${resolved}` });
    }
  }
  const index = new Map();
  const low = new Map();
  const stack = [];
  const groups = [];
  const visit = (folder) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder));
    stack.push(folder);
    for (const next of graph.get(folder) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder), low.get(next)));
      } else if (stack.includes(next)) {
        low.set(folder, Math.min(low.get(folder), index.get(next)));
      }
    }
    if (low.get(folder) !== index.get(folder)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      group.push(member);
    } while (member !== folder);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const folder of graph.keys()) if (!index.has(folder)) visit(folder);
  return groups.map((folders) => ({
    folders,
    imports: imports.filter(({ from, to }) => folders.includes(from) && folders.includes(to)).map(({ line }) => line),
  }));
}

async function main() {
  const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
  const result = await cruise(SOURCES, options, undefined, { tsConfig: extractTSConfig('./tsconfig.json') });
  const report = await format(result.output, { outputType: 'err' });
  process.stdout.write(report.output);
  const cycles = folderCycles(result.output.modules);
  for (const { folders, imports } of cycles) {
    console.error(`\n  error folder-cycle: ${folders.join(' ⇄ ')} import each other; move the shared piece down a layer:`);
    for (const line of imports) console.error(`      ${line}`);
  }
  if (cycles.length > 0) console.error(`\nx ${cycles.length} folder cycle(s).\n`);
  process.exitCode = report.exitCode > 0 || cycles.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
