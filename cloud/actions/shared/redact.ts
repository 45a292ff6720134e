/**
 * What an unexpected error may put in a log: its kind, SQLSTATE and where it happened — never the statement, its
 * parameters or quoted values (PGlite and pg attach the SQL and its parameters; messages quote the offending value),
 * which would put residents' phone numbers and doors in plain text.
 */
export interface LoggedError {
  name: string;
  code?: string;
  message: string;
  stack?: string;
}

const QUOTED = /"[^"]*"|'[^']*'|\([^()]*\)=\([^()]*\)/g;

export function redactError(e: unknown): LoggedError {
  if (!(e instanceof Error)) return { name: typeof e, message: '(not an Error)' };
  const code = (e as { code?: unknown }).code;
  const firstLine = e.message.split('\n')[0].replace(QUOTED, '…').slice(0, 200);
  const frames = e.stack?.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 8).join('\n');
  return { name: e.name, ...(typeof code === 'string' ? { code } : {}), message: firstLine, ...(frames ? { stack: frames } : {}) };
}
