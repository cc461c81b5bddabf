import { caseSuiteConfig } from './tests/case-suite.config';
import { PROXY_REFRESH_PORT } from './tests/security/nginx-ports';

// `npm run test:security`: the security suite against the production build on a throwaway
// database (the same server script as the e2e tests), with a table of cases at the end. Some cases
// measure latency and memory under load (15 crops, 22 takedown): `npm test` runs the suite alone.
export default caseSuiteConfig({
  name: 'security',
  timeout: 180_000,
  serverEnv: {
    PROXY_REFRESH_URL: `http://127.0.0.1:${PROXY_REFRESH_PORT}`,
    // Beacon views reach the table within a fraction of a second (case 19).
    VIEWS_FLUSH_INTERVAL_MS: '300',
  },
});
