// Before all suites: start a throwaway PostgreSQL server when the machine has one, so `npm test` runs the
// store contract and the claim rush on a real server as well as on PGlite. TEST_DATABASE_URL, if set, wins;
// TEST_POSTGRES=off skips it. Under CI a missing server is an error, not a silent skip.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.TEST_DATABASE_URL || process.env.TEST_POSTGRES === 'off') return;
  try {
    const [url, dir] = execFileSync(join(__dirname, '..', 'scripts', 'test-postgres.sh'), ['start'], { encoding: 'utf8' }).trim().split('\n');
    process.env.TEST_DATABASE_URL = url;
    process.env.SANDAN_STARTED_POSTGRES = dir;
    console.log(`\n[test] PostgreSQL server for the suites: ${url}`);
  } catch (e) {
    const message = '[test] No PostgreSQL server could be started: suites run on PGlite only. (apt-get install postgresql)';
    if (process.env.CI) throw new Error(message + '\n' + e.message);
    console.warn('\n' + message);
  }
};
