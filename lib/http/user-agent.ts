// A person recognises their own devices by browser and system ("Chrome trên Android"), not by the
// User-Agent string. A few well-known tokens are enough for that; anything else is "Trình duyệt khác".

const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/CocCoc|coc_coc_browser/, 'Cốc Cốc'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Version\/[\d.]+.*Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** "Chrome trên Windows", "Safari trên iOS"; scripts and unknown agents say so plainly. */
export function describeUserAgent(agent: string): string {
  if (!agent.trim()) return 'Không rõ thiết bị';
  const browser = BROWSERS.find(([pattern]) => pattern.test(agent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(agent))?.[1];
  if (!browser && !system) return `Chương trình khác (${agent.slice(0, 40)})`;
  return `${browser ?? 'Trình duyệt khác'}${system ? ` trên ${system}` : ''}`;
}
