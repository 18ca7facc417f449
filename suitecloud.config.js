// SuiteCloud CLI configuration. The project folder is the repository root (manifest.xml, deploy.xml, FileCabinet/,
// Objects/ live here), and every command that reads FileCabinet first rebuilds it from src/, so a fresh clone deploys
// current code rather than whatever was last compiled. A hook must hand the context back: the CLI reads `.arguments`
// from the returned value and refuses anything else.
const childProcess = require('node:child_process');

function run(command) {
  childProcess.execSync(command, { cwd: __dirname, stdio: 'inherit' });
}

/** Runs `commands` in order, then returns the CLI's context unchanged. A failing command throws and aborts the CLI. */
function before(...commands) {
  return async (context) => {
    for (const command of commands) run(command);
    return context;
  };
}

module.exports = {
  defaultProjectFolder: '.',
  commands: {
    // Deploy only what passes every gate: build, type check, format, lint, SDF validation and the jest suite.
    'project:deploy': { beforeExecuting: before('npm test') },
    'project:validate': { beforeExecuting: before('npm run build:scripts') },
    'project:package': { beforeExecuting: before('npm run build:scripts') },
    'file:upload': { beforeExecuting: before('npm run build:scripts') },
  },
};
