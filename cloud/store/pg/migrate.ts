/**
 * Versioned migrations: numbered .sql files applied once each, in order, inside one transaction per file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db';

const DIR = join(__dirname, 'migrations');

export async function migrate(db: Db): Promise<string[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const done = new Set((await db.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  const applied: string[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.sql')).sort()) {
    const version = file.replace(/\.sql$/, '');
    if (done.has(version)) continue;
    const script = readFileSync(join(DIR, file), 'utf8');
    await db.tx(async (sql) => {
      for (const statement of splitStatements(script)) await sql.query(statement);
      await sql.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    });
    applied.push(version);
  }
  return applied;
}

/**
 * Statements end with `;` at a line's end; a function body between `$$` quotes is kept whole. Our migrations have
 * no other quoted semicolons.
 */
function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  script.split('$$').forEach((part, i) => {
    if (i % 2 === 1) return void (current += `$$${part}$$`);
    const pieces = part.split(/;\s*$/m);
    current += pieces[0];
    for (const piece of pieces.slice(1)) {
      statements.push(current);
      current = piece;
    }
  });
  statements.push(current);
  return statements.map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean);
}
