import { describe, expect, it } from 'vitest';
import { DEEP_PAYLOAD_MESSAGE, MAX_PAYLOAD_NESTING, nestsDeeperThan, refuseDeepActionPayload } from './action-payload';

/** Save-action arguments whose body holds a list nested `levels` deep, as React's client sends them. */
function saveArgs(levels: number): string {
  let json = '{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"link","attrs":{"href":"/a"}}]}]}';
  for (let i = 0; i < levels; i++) json = `{"type":"bulletList","content":[{"type":"listItem","content":[${json}]}]}`;
  return `[{"id":1,"version":1,"snapshot":{"title":"t","body":{"type":"doc","content":[${json}]}}}]`;
}

const action = (body: BodyInit, type = 'text/plain;charset=UTF-8') =>
  new Request('http://127.0.0.1/admin/articles/1', { method: 'POST', headers: { 'Next-Action': 'abc', 'Content-Type': type }, body });

describe('nestsDeeperThan', () => {
  it('measures nesting, ignoring brackets inside strings and escaped quotes', () => {
    expect(nestsDeeperThan('[[[]]]', 3)).toBe(false);
    expect(nestsDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(nestsDeeperThan('["[[[[[[", "\\"[[[[[["]', 1)).toBe(false);
    expect(nestsDeeperThan('[{"a":[{"b":1}]},[1]]', 4)).toBe(false);
  });

  it('lets a body at the nesting limit through and stops anything deeper than a valid body can be', () => {
    expect(nestsDeeperThan(saveArgs(10), MAX_PAYLOAD_NESTING)).toBe(false);
    expect(nestsDeeperThan(saveArgs(16), MAX_PAYLOAD_NESTING)).toBe(true);
    expect(nestsDeeperThan(saveArgs(5_000), MAX_PAYLOAD_NESTING)).toBe(true);
  });
});

describe('refuseDeepActionPayload', () => {
  it('refuses a deep Server Action payload with 413 and a message, as text or as a multipart part', async () => {
    const plain = await refuseDeepActionPayload(action(saveArgs(5_000)));
    expect(plain?.status).toBe(413);
    expect(await plain?.text()).toBe(DEEP_PAYLOAD_MESSAGE);
    const form = new FormData();
    form.append('1_body', saveArgs(2_000));
    form.append('0', '["$K1"]');
    expect((await refuseDeepActionPayload(new Request('http://127.0.0.1/', { method: 'POST', headers: { 'Next-Action': 'abc' }, body: form })))?.status).toBe(413);
  });

  it('lets ordinary calls, file parts and other requests through untouched', async () => {
    expect(await refuseDeepActionPayload(action(saveArgs(10)))).toBeNull();
    const form = new FormData();
    form.append('file', new Blob(['['.repeat(10_000)]), 'anh.jpg');
    form.append('0', '["$K1"]');
    expect(await refuseDeepActionPayload(new Request('http://127.0.0.1/', { method: 'POST', headers: { 'Next-Action': 'abc' }, body: form }))).toBeNull();
    expect(await refuseDeepActionPayload(new Request('http://127.0.0.1/', { method: 'POST', body: '['.repeat(10_000) }))).toBeNull();
  });
});
