/** Pre-Unicode Vietnamese encodings still found in newsroom archives (decode-file.ts detects them). */
export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';

/** How the newsroom names each encoding. */
export const ENCODING_NAMES: Record<LegacyEncoding | 'utf-8', string> = {
  'utf-8': 'UTF-8',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
};
