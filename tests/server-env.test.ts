import { describe, expect, it } from 'vitest';
import { serverEnv } from '../scripts/start.mjs';

describe('serverEnv', () => {
  it('caps the heap so V8 collects before the server grows past its memory budget', () => {
    expect(serverEnv({ PORT: '3000' })).toEqual({ PORT: '3000', MALLOC_ARENA_MAX: '2', NODE_OPTIONS: '--max-old-space-size=256' });
    expect(serverEnv({ NODE_OPTIONS: '--enable-source-maps' }).NODE_OPTIONS).toBe('--enable-source-maps --max-old-space-size=256');
  });

  it("keeps an operator's own heap limit and malloc arenas", () => {
    expect(serverEnv({ NODE_OPTIONS: '--max-old-space-size=1024' }).NODE_OPTIONS).toBe('--max-old-space-size=1024');
    expect(serverEnv({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
  });
});
