// After all suites: stop the PostgreSQL server global-setup.js started, if it did.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function globalTeardown() {
  if (process.env.SANDAN_STARTED_POSTGRES) execFileSync(join(__dirname, '..', 'scripts', 'test-postgres.sh'), ['stop', process.env.SANDAN_STARTED_POSTGRES]);
};
