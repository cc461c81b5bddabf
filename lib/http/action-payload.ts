import { BODY_LIMITS } from '@/lib/article-body/limits';

// React decodes a Server Action's arguments recursively, one stack frame per level of JSON: a
// payload nested a couple of thousand deep overflows the stack there, before any action code or
// schema runs, and Next answers 500. No valid call nests deeper than an article body at its limits
// (two levels of JSON per node) inside the action's arguments, so the proxy refuses deeper ones.
export const MAX_PAYLOAD_NESTING = 4 * BODY_LIMITS.nesting + 24;

export const DEEP_PAYLOAD_MESSAGE = `Yêu cầu bị từ chối: dữ liệu gửi lên lồng nhau quá sâu. Danh sách và trích dẫn trong bài chỉ được lồng vào nhau tối đa ${BODY_LIMITS.nesting} cấp.`;

/** Whether JSON text nests arrays and objects deeper than `max`: one pass over the characters, skipping strings, no parsing. */
export function nestsDeeperThan(json: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** For a Server Action call (POST with Next-Action) whose arguments nest deeper than any valid call: a 413 that says why. Otherwise null. */
export async function refuseDeepActionPayload(request: Request): Promise<Response | null> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  // React sends plain arguments as one JSON text, and FormData (files, form fields) as multipart
  // parts of which the text ones are JSON; file parts are never decoded as JSON.
  const multipart = (request.headers.get('content-type') ?? '').startsWith('multipart/form-data');
  // A body that cannot be read as such is left to Next, which refuses it itself.
  const texts = await (multipart
    ? request.clone().formData().then((form) => [...form.values()].filter((value) => typeof value === 'string'))
    : request.clone().text().then((text) => [text])
  ).catch((): string[] => []);
  if (!texts.some((text) => nestsDeeperThan(text, MAX_PAYLOAD_NESTING))) return null;
  return new Response(DEEP_PAYLOAD_MESSAGE, { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
