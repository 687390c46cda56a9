// Validates SARIF logs against the SARIF 2.1.0 JSON schema that Microsoft's
// SARIF SDK ships (npm @microsoft/sarif-multitool-linux, sarif-2.1.0.json,
// a JSON Schema 2020-12 document), with Ajv and its standard formats.
// Usage: node sarif-validate.js NODE_MODULES_DIR FILE...
// Prints one line per problem; exits 0 when every file is valid, 1 when one
// is not, 2 on usage errors or when a package is missing.
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, ...files] = process.argv.slice(2);
if (!modules || files.length === 0) {
  console.error('usage: node sarif-validate.js NODE_MODULES_DIR FILE...');
  process.exit(2);
}
const from = (name) => require(path.join(path.resolve(modules), name));
let Ajv2020, addFormats, schema;
try {
  Ajv2020 = from('ajv/dist/2020').default;
  addFormats = from('ajv-formats').default;
  schema = JSON.parse(
    fs.readFileSync(path.join(path.resolve(modules), '@microsoft/sarif-multitool-linux/sarif-2.1.0.json'), 'utf8'));
} catch (e) {
  console.error(`cannot load the SARIF schema or Ajv from ${modules}: ${e.message}`);
  process.exit(2);
}
// strict: false because the schema uses annotation keywords Ajv does not know.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let ok = true;
for (const file of files) {
  let log;
  try {
    log = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`${file}: not JSON: ${e.message}`);
    ok = false;
    continue;
  }
  if (!validate(log)) {
    ok = false;
    for (const err of validate.errors) console.log(`${file}: ${err.instancePath || '/'} ${err.message}`);
  }
}
process.exit(ok ? 0 : 1);
