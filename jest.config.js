// Jest runs on Oracle's SuiteCloud configuration, with every N/ module the emulator implements mapped to the
// emulator instead of Oracle's empty stubs, and ts-jest for TypeScript.
const fs = require('node:fs');
const path = require('node:path');
const SuiteCloudJestConfiguration = require('@oracle/suitecloud-unit-testing/jest-configuration/SuiteCloudJestConfiguration');

const emulatedModulesDir = path.join(__dirname, 'emulator', 'N');
const emulatedModules = fs
  .readdirSync(emulatedModulesDir, { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\\/g, '/').replace(/\.ts$/, ''));

const suiteCloud = SuiteCloudJestConfiguration.build({
  projectFolder: '.',
  projectType: SuiteCloudJestConfiguration.ProjectType.ACP,
  customStubs: emulatedModules.map((name) => ({
    module: `N/${name}`,
    path: `<rootDir>/emulator/N/${name}.ts`,
  })),
});

module.exports = {
  ...suiteCloud,
  transform: { ...suiteCloud.transform, '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/__tests__/**/*.test.ts', '<rootDir>/emulator/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/build/'],
  modulePathIgnorePatterns: ['<rootDir>/build/'],
};
