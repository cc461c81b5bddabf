// Layers point one way: app → lib → db (README, "Project layout"). `npm run lint` runs this, so
// `npm test` fails on an import that breaks a rule below; scripts/lint-layers.mjs, which runs it,
// also refuses two folders that import each other.
//
//   app/         pages, actions, route handlers, UI and its Vietnamese labels; the top layer
//   lib/         domain and data code; lib/data (lib/data/articles for articles) is the only code that queries db
//   db/          connection, schema, migrations: infrastructure at the bottom
//   lib/domain/  the domain's vocabularies and pure policies (roles, statuses, capabilities…): pure leaves everyone may import,
//                db/schema.ts included, which is why db may import these few lib modules and no
//                others (lib/env.ts: validated settings; lib/search/sql-functions.ts: the SQL
//                functions the search triggers call, registered on every connection)
//
// Tests may reach across layers to set up what they test (a route handler's test lives in lib),
// but never make a cycle.
const TEST = '\\.test\\.tsx?$';
const DB_MAY_USE = '^lib/(domain/|env\\.ts$|search/sql-functions\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A module never reaches itself through its imports (type imports included).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-and-db-below-app',
      comment: 'lib and db serve app and never import it: UI labels and page code live in app.',
      severity: 'error',
      from: { path: '^(lib|db)/', pathNot: TEST },
      to: { path: '^app/' },
    },
    {
      name: 'app-through-lib',
      comment: 'Pages, actions and route handlers reach the database through the data layer in lib, never db/ itself.',
      severity: 'error',
      from: { path: '^app/', pathNot: TEST },
      to: { path: '^db/' },
    },
    {
      name: 'only-the-data-layer-queries-db',
      comment: 'Outside lib/data, lib code reaches the database through the data layer (it may name schema types).',
      severity: 'error',
      from: { path: '^lib/', pathNot: ['^lib/data/', TEST] },
      to: { path: '^db/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'db-uses-only-pure-lib',
      comment: `db/ is infrastructure: from lib it may import only ${DB_MAY_USE} (seed and setup code lives in scripts/).`,
      severity: 'error',
      from: { path: '^db/', pathNot: TEST },
      to: { path: '^lib/', pathNot: DB_MAY_USE },
    },
    {
      name: 'what-db-uses-stays-pure',
      comment: 'The lib modules db imports never reach back into db, the data layer or app, however indirectly.',
      severity: 'error',
      from: { path: DB_MAY_USE },
      to: { path: '^(db|app|lib/data)/', reachable: true },
    },
    {
      name: 'domain-is-a-leaf',
      comment: 'lib/domain holds vocabularies and pure predicates; it imports nothing else from the project.',
      severity: 'error',
      from: { path: '^lib/domain/' },
      to: { path: '^(app|lib|db)/|^[^/]+\\.tsx?$', pathNot: '^lib/domain/' },
    },
    {
      name: 'helpers-below-the-data-layer',
      comment:
        'Pure helpers (text, body, SEO, search, media processing…) never call the data layer or db at run time; ' +
        'they may name its DTO types (the upload service that processes a photo and then records it lives with its route, app/api/uploads; so does the view recorder, app/api/views).',
      severity: 'error',
      from: {
        path: '^lib/(vi|article-body|seo|search|diff|http|security|fonts|media|domain|views)/',
        pathNot: TEST,
      },
      to: { path: '^(db|lib/data)/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
