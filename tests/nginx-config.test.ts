import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeNginxConfig } from '../deploy/nginx-config.cjs';

// deploy/nginx.conf made runnable by start:scaled: which process answers which page.
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function upstreams(options: { upstreamPorts: number[]; searchPorts?: number[]; drainedPorts?: number[] }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-config-'));
  dirs.push(dir);
  const config = fs.readFileSync(writeNginxConfig({ listenPort: 7000, refreshPort: 7001, dir, ...options }), 'utf8');
  const servers = (name: string) =>
    /upstream (\S+) \{([^}]*)\}/g
      .exec(config.slice(config.indexOf(`upstream ${name} {`)))![2]!
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('server '));
  return { app: servers('toasoan_app'), search: servers('toasoan_search'), config, dir };
}

describe('the nginx config start:scaled writes', () => {
  it('sends search pages to the search processes, with the app processes as their backup', () => {
    const { app, search } = upstreams({ upstreamPorts: [7010, 7011], searchPorts: [7012] });
    expect(app).toEqual(['server 127.0.0.1:7010 max_fails=1 fail_timeout=2s;', 'server 127.0.0.1:7011 max_fails=1 fail_timeout=2s;']);
    expect(search).toEqual([
      'server 127.0.0.1:7012 max_fails=1 fail_timeout=2s;',
      'server 127.0.0.1:7010 max_fails=1 fail_timeout=2s backup;',
      'server 127.0.0.1:7011 max_fails=1 fail_timeout=2s backup;',
    ]);
  });

  it('without search processes sends search pages to the app processes like every page', () => {
    expect(upstreams({ upstreamPorts: [7010, 7011] }).search).toEqual(upstreams({ upstreamPorts: [7010, 7011] }).app);
    expect(upstreams({ upstreamPorts: [7010] }).search).toEqual(['server 127.0.0.1:7010;']);
  });

  it('takes a drained process out of both upstreams', () => {
    const { app, search } = upstreams({ upstreamPorts: [7010, 7011], searchPorts: [7012], drainedPorts: [7011] });
    expect(app[1]).toBe('server 127.0.0.1:7011 max_fails=1 fail_timeout=2s down;');
    expect(search[2]).toBe('server 127.0.0.1:7011 max_fails=1 fail_timeout=2s backup down;');
    expect(upstreams({ upstreamPorts: [7010], searchPorts: [7012], drainedPorts: [7012] }).search[0]).toBe('server 127.0.0.1:7012 max_fails=1 fail_timeout=2s down;');
  });

  it('chooses the pool by path: /tim-kiem and below it, nothing else', () => {
    const { config } = upstreams({ upstreamPorts: [7010] });
    const pattern = /"~\^(\/tim-kiem[^"]*)" toasoan_search;/.exec(config)![1]!;
    const search = new RegExp(`^${pattern}`);
    for (const uri of ['/tim-kiem', '/tim-kiem/', '/tim-kiem/trang-2']) expect(uri).toMatch(search);
    for (const uri of ['/tim-kiemx', '/thoi-su/tim-kiem', '/', '/admin/tim-kiem']) expect(uri).not.toMatch(search);
    // Readers' pages take the pool the map chose, through the filler; the newsroom, the API and
    // static files the app's.
    expect(config).toMatch(/location \/ \{\n\s+proxy_pass http:\/\/toasoan_fill;/);
    expect(config.match(/proxy_pass http:\/\/\$page_pool;/g)).toHaveLength(1);
    expect(config.slice(config.indexOf('listen unix:'))).toMatch(/^listen unix:\S+;[^]*?location \/ \{\n\s+proxy_pass http:\/\/\$page_pool;/);
  });

  it("puts the filler's socket in the private folder, where its unprivileged workers reach it", () => {
    const { config, dir } = upstreams({ upstreamPorts: [7010] });
    expect(config).not.toContain('/run/');
    expect(config).toContain(`server unix:${dir}/fill.sock; # FILL_SOCKET`);
    expect(config).toContain(`listen unix:${dir}/fill.sock; # FILL_SOCKET`);
  });

  it('has the filler mark fresh exactly the statuses proxy_cache_valid keeps', () => {
    // Two lists in deploy/nginx.conf that nginx cannot share: a status in the filler's and not
    // in proxy_cache_valid would be stored; one only in proxy_cache_valid, kept 1 to 2 s again.
    const { config } = upstreams({ upstreamPorts: [7010] });
    const kept = /proxy_cache_valid ([\d ]+) 1s; # PAGE_TTL/.exec(config)![1]!.trim().split(' ');
    const marked = /"~\^\(([\d|]+)\)\$" "@\$this_second";/.exec(config)![1]!.split('|');
    expect(marked).toEqual(kept);
  });
});
