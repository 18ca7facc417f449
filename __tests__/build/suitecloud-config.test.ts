// suitecloud.config.js: the CLI runs a hook before each command and reads `.arguments` from what it returns.
import * as path from 'node:path';

jest.mock('node:child_process', () => ({ execSync: jest.fn() }));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const childProcess = require('node:child_process') as { execSync: jest.Mock };

interface CommandHooks {
  beforeExecuting?: (context: unknown) => Promise<unknown>;
}
interface SuiteCloudConfig {
  defaultProjectFolder: string;
  commands: Record<string, CommandHooks>;
}

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, 'suitecloud.config.js')) as SuiteCloudConfig;

function fakeContext(command: string): {
  command: string;
  projectPath: string;
  arguments: Record<string, unknown>;
} {
  return { command, projectPath: ROOT, arguments: { authid: 'sandbox' } };
}

beforeEach(() => childProcess.execSync.mockReset());

test('the project folder is the repository root, where manifest.xml and deploy.xml live', () => {
  expect(config.defaultProjectFolder).toBe('.');
});

test.each([
  ['project:deploy', 'npm test'],
  ['project:validate', 'npm run build:scripts'],
  ['project:package', 'npm run build:scripts'],
  ['file:upload', 'npm run build:scripts'],
])('%s builds (%s) in the project root, then returns the context it was given', async (command, expected) => {
  const hook = config.commands[command]?.beforeExecuting;
  if (!hook) throw new Error(`${command} has no beforeExecuting hook`);
  const context = fakeContext(command);
  const returned = await hook(context);
  expect(returned).toBe(context);
  expect(typeof (returned as { arguments: unknown }).arguments).toBe('object');
  expect(childProcess.execSync).toHaveBeenCalledTimes(1);
  expect(childProcess.execSync).toHaveBeenCalledWith(expected, expect.objectContaining({ cwd: ROOT }));
});

test('a failing build aborts the command instead of deploying stale files', async () => {
  childProcess.execSync.mockImplementation(() => {
    throw new Error('tsc failed');
  });
  const hook = config.commands['project:deploy']?.beforeExecuting;
  await expect(hook?.(fakeContext('project:deploy'))).rejects.toThrow('tsc failed');
});
