import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...next,
  ...nextTs,
  {
    rules: {
      // Article photos ship pre-generated srcset variants; next/image would resize them again per request.
      '@next/next/no-img-element': 'off',
      // A leading underscore marks a parameter a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_' }],
    },
  },
  // Every link says whether Next may prefetch it: a reader's link (app/ui/reader-link.tsx) or the
  // newsroom's (app/admin/_components/admin-link.tsx), never next/link's default, which fetches
  // each link that comes into view.
  {
    files: ['app/**/*.tsx', 'lib/**/*.tsx'],
    ignores: ['app/ui/reader-link.tsx', 'app/admin/_components/admin-link.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'next/link', message: 'Use ReaderLink (app/ui/reader-link.tsx) or AdminLink (app/admin/_components/admin-link.tsx).' }] },
      ],
    },
  },
  // CommonJS files (deploy/nginx-config.cjs; next.config.js, as Next loads it) have no other way to import.
  { files: ['**/*.cjs', 'next.config.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { ignores: ['.next*/**', 'bench/.work/**', 'bench/control/.next/**', 'e2e/.artifacts/**', 'node_modules/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**'] },
];
export default config;
