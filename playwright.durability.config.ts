import { caseSuiteConfig } from './tests/case-suite.config';

// `npm run test:durability`: cases 11–15 (crashes, conflicts, migrations, full disk, readers under
// load) against the production build on a throwaway database, with a table of cases at the end.
export default caseSuiteConfig({ name: 'durability', timeout: 300_000 });
