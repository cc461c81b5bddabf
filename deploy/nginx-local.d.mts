export function localNginx(options: { listenPort: number; upstreamPort: number; dir: string }): {
  url: string;
  start: () => void;
  stop: () => void;
};
