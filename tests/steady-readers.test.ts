import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSteadyReaders } from '../bench/lib/steady-readers';

// The bench's steady readers (bench/scaled.ts) time each request from when it was due, so a stall
// counts against every request due during it, not only the one in flight (no coordinated omission).
describe('steady readers', () => {
  let server: http.Server;
  let origin: string;
  let answered = 0;
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      answered++;
      // One stall of the whole event loop, this test's and the generator's: what a GC pause or a
      // long render does to a server, and to a load generator on the same cores.
      if (answered === 20) {
        const until = performance.now() + 500;
        while (performance.now() < until);
      }
      response.writeHead(request.url === '/missing' ? 404 : 200).end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the due requests at the rate and times a stall against every request due during it', async () => {
    const result = await runSteadyReaders({ urls: [origin], paths: ['/a', '/b'], rate: 50, seconds: 2 });
    expect(result).toMatchObject({ due: 100, ok: 100, errors: 0 });
    // About 25 requests fell due during the 500 ms stall, the first ten of them 300 ms or more
    // before it ended. Timed from when they were sent, only the one in flight would show it.
    expect(result.p90Ms).toBeGreaterThanOrEqual(100);
    expect(result.maxMs).toBeGreaterThanOrEqual(400);
  });

  it('counts an answer other than 200 as a failure, not a latency', async () => {
    const result = await runSteadyReaders({ urls: [origin], paths: ['/missing'], rate: 20, seconds: 0.5 });
    expect(result).toMatchObject({ due: 10, ok: 0, errors: 10 });
  });
});
