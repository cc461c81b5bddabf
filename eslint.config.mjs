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
  // A CommonJS file (deploy/nginx-config.cjs) has no other way to import.
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { ignores: ['.next*/**', 'bench/.work/**', 'bench/control/.next/**', 'e2e/.artifacts/**', 'node_modules/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**'] },
];
export default config;
