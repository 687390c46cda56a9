// Runs AWS's offline CloudFormation validator (@aws/cloudformation-validate)
// on templates and prints one JSON object for the test suite to judge:
//   {"validator": VERSION, "results": [{"file": F, "diagnostics": [{ruleId, severity, message, path, line}]}]}
// Usage: node cfn-validate.js NODE_MODULES_DIR TEMPLATE...
// Exits 0 whenever it could run; 2 on usage errors or when the package is missing.
'use strict';
const path = require('path');

const [modules, ...templates] = process.argv.slice(2);
if (!modules || templates.length === 0) {
  console.error('usage: node cfn-validate.js NODE_MODULES_DIR TEMPLATE...');
  process.exit(2);
}
let cfn;
try {
  cfn = require(path.join(path.resolve(modules), '@aws/cloudformation-validate'));
} catch (e) {
  console.error(`cannot load @aws/cloudformation-validate from ${modules}: ${e.message}`);
  process.exit(2);
}
const engine = new cfn.RegoEngine();
try {
  const results = templates.map((file) => {
    const report = engine.validateStandard(new cfn.TemplateFile(file));
    return {
      file,
      diagnostics: report.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        path: d.propertyPath || '',
        entity: d.entity ? d.entity.logicalId : '',
        line: d.startLine || 0,
      })),
    };
  });
  console.log(JSON.stringify({ validator: cfn.version ? cfn.version() : 'unknown', results }));
} finally {
  engine.free();
}
