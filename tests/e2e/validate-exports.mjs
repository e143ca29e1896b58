// Checks the app's own exports against docs/unionbook-file.schema.json with ajv, the JSON
// Schema validator most people reach for, with its default options (and ajv-formats, as its
// documentation says, for `date-time`). The host tests write the exports (tests/file_schema.rs:
// the sample union's and the reference data set's) to target/exports; tools/test.sh runs this
// after them. A schema that a standard validator misreads fails real files: `multipleOf: 0.1`
// once refused a third of all one-decimal scores here.
//
//   node tests/e2e/validate-exports.mjs target/exports/*.json
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schemaPath = fileURLToPath(new URL('../../docs/unionbook-file.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('no exports given: run the host tests first (cargo test --test file_schema)');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if (validate(data)) {
    console.log(`ajv: ${file}: ${data.records.length} records valid`);
    continue;
  }
  failed += 1;
  console.error(`ajv: ${file}: ${validate.errors.length} error(s)`);
  for (const e of validate.errors.slice(0, 20)) console.error(`  ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
process.exit(failed ? 1 : 0);
