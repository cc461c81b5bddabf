import { E2E_PORT } from '../../e2e/helpers/env';

// The security suite's private copy of deploy/nginx.conf listens above the app's port; the app
// under test is started with PROXY_REFRESH_URL pointing at its refresh server.
export const SECURITY_NGINX_PORT = E2E_PORT + 10;
export const PROXY_REFRESH_PORT = E2E_PORT + 11;
