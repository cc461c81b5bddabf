// Crawlers, link previewers, monitors and scripted clients; their visits are not readers'.
const BOT_USER_AGENT =
  /bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|lighthouse|headless|phantomjs|puppeteer|playwright|curl|wget|httpie|python-requests|aiohttp|go-http-client|java\/|okhttp|node-fetch|undici|axios|wrk|ab\/|monitor|uptime|pingdom/i;

/** Whether a User-Agent announces an automated client (or none at all). */
export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  return !userAgent || userAgent.length < 10 || BOT_USER_AGENT.test(userAgent);
}
