import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { E2E_BASE_URL } from './env';

// Calls a Server Action the way React's client does, but over plain HTTP, so tests can send what
// a browser never would: no session, the wrong role, a foreign or missing Origin.

type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };

/** The action's id from the build's server reference manifest (`<distDir>/server/server-reference-manifest.json`). */
export function serverActionId(filename: string, exportedName: string): string {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const file = path.resolve(process.cwd(), distDir, 'server/server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { node: Record<string, ManifestEntry> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`Server Action ${exportedName} in ${filename} is not in ${file}`);
  return found[0];
}

export type ActionCall = {
  /** The page the action is used on (it is POSTed there). */
  page: string;
  filename: string;
  exportedName: string;
  /** For `(previousState, formData)` actions: the previous state, then the form fields. */
  previousState?: unknown;
  fields: Record<string, string>;
  /** The Origin header; `null` sends none. Defaults to the site's own origin. */
  origin?: string | null;
};

/** POSTs an action call encoded as React's encodeReply does: part "0" holds the arguments, "$K1" points at the form fields, sent as `_1_<name>` parts. */
export async function callServerAction(request: APIRequestContext, call: ActionCall): Promise<APIResponse> {
  // Order matters, as in React's client: the server resolves "$K1" when part "0" arrives, from
  // the fields received so far. (A plain object would put the integer-like key "0" first.)
  const multipart = new FormData();
  for (const [name, value] of Object.entries(call.fields)) multipart.append(`_1_${name}`, value);
  multipart.append('0', JSON.stringify(call.previousState === undefined ? ['$K1'] : [call.previousState, '$K1']));
  const headers: Record<string, string> = {
    'Next-Action': serverActionId(call.filename, call.exportedName),
    Accept: 'text/x-component',
  };
  const origin = call.origin === undefined ? E2E_BASE_URL : call.origin;
  if (origin !== null) headers.Origin = origin;
  return request.post(call.page, { headers, multipart, maxRedirects: 0 });
}
