// A CDN's purge endpoint for the scaled suite (playwright.scaled.config.ts): appends each purge it
// receives to a file, one JSON line with its tags and whether its signature is right (HMAC-SHA256
// of the raw body with the shared secret, lib/http/purge-webhook.ts), and answers 200.
//   node e2e/scaled/purge-receiver.mjs PORT FILE   (the secret in PURGE_WEBHOOK_SECRET)
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';

const [port, file] = process.argv.slice(2);
const secret = process.env.PURGE_WEBHOOK_SECRET ?? '';

http
  .createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const expected = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
      const tags = JSON.parse(body || '{}').tags ?? null;
      fs.appendFileSync(file, `${JSON.stringify({ tags, signed: request.headers['x-toasoan-signature'] === expected })}\n`);
      response.end();
    });
  })
  .listen(Number(port), '127.0.0.1');
