import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  // next.config.js stays CommonJS (the package is not an ES module).
  { files: ['**/next.config.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { ignores: ['**/.next/**', 'node_modules/**', 'data/**', '**/next-env.d.ts', 'playwright-report/**', 'test-results/**'] },
];

export default config;
