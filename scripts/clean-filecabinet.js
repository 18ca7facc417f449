// Empties the build output so a deleted or renamed source never leaves a stale script behind in the File Cabinet.
const fs = require('node:fs');
const path = require('node:path');
const out = path.join(__dirname, '..', 'FileCabinet', 'SuiteScripts', 'pwi');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
