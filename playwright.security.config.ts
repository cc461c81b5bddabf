import { caseSuiteConfig } from './tests/case-suite.config';
import { PROXY_REFRESH_PORT } from './tests/security/nginx-ports';

// Cases that measure latency or memory under load. `npm test` runs them alone and the others
// beside the e2e suite (scripts/test.mjs): SECURITY_CASES=timed or untimed; unset runs them all.
const TIMED_CASES = ['15-image-crops.spec.ts', '22-takedown.spec.ts'];
const cases = process.env.SECURITY_CASES || undefined;
if (cases !== undefined && cases !== 'timed' && cases !== 'untimed') throw new Error(`SECURITY_CASES=${cases}: use timed or untimed`);

// `npm run test:security`: the security suite against the production build on a throwaway
// database (the same server script as the e2e tests), with a table of cases at the end.
export default caseSuiteConfig({
  name: 'security',
  testMatch: cases === 'timed' ? TIMED_CASES : '*.spec.ts',
  testIgnore: cases === 'untimed' ? TIMED_CASES : [],
  timeout: 180_000,
  serverEnv: {
    PROXY_REFRESH_URL: `http://127.0.0.1:${PROXY_REFRESH_PORT}`,
    // Beacon views reach the table within a fraction of a second (case 19).
    VIEWS_FLUSH_INTERVAL_MS: '300',
  },
});
