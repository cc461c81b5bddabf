import { createRequire } from 'node:module';
import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';
import { sourceFingerprint } from '../scripts/start.mjs';

// Loaded as Next loads it (CommonJS), outside tsc's program, which does not check that file.
const nextConfig = createRequire(import.meta.url)('../next.config.js') as NextConfig;

// Deploy-safe ids: two hosts (or two builds on one) building the same sources get one build id,
// so pages and Server Action posts cross between their processes; other sources, another id.
describe('the build id', () => {
  it('is the fingerprint of the sources', async () => {
    const id = await nextConfig.generateBuildId!();
    expect(id).toBe(`src-${sourceFingerprint().slice(0, 24).replaceAll('a', 'x')}`);
    expect(id).not.toMatch(/ad/i);
  });
});
