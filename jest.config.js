/** Unit tests beside the code, admin component tests in jsdom, API tests against a real Strapi. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' } }];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      // jsondiffpatch (snapshot/diff.ts) ships only ES modules: compiled like the sources.
      transform: { '^.+\\.tsx?$': swc, '/node_modules/jsondiffpatch/.+\\.js$': swc },
      transformIgnorePatterns: ['/node_modules/(?!jsondiffpatch/)'],
      testMatch: ['<rootDir>/server/src/**/__tests__/**/*.test.ts', '<rootDir>/shared/**/__tests__/**/*.test.ts', '<rootDir>/examples/**/__tests__/**/*.test.ts'],
    },
    {
      displayName: 'admin',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': swc },
      testMatch: ['<rootDir>/admin/src/**/__tests__/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/jsdom-setup.ts'],
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': swc },
      testMatch: ['<rootDir>/tests/api/**/*.test.api.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.js',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/api-setup.ts'],
      slowTestThreshold: 60,
    },
    {
      // Real Chromium (Debian's) driving the reference site and the admin: `npm run test:browser`.
      displayName: 'browser',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': swc },
      testMatch: ['<rootDir>/tests/browser/**/*.test.browser.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.js',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/api-setup.ts'],
    },
    {
      // Needs PostgreSQL (several Strapi processes on one database): run by `npm run test:postgres`.
      displayName: 'api-postgres',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': swc },
      testMatch: ['<rootDir>/tests/api/**/*.test.pg.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.js',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/api-setup.ts'],
    },
  ],
};
