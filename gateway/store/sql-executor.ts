/**
 * The few operations the store needs from a SQL database, the same for SQLite and PostgreSQL.
 * Statements are written once with `?` placeholders and the SQL both databases understand
 * (`ON CONFLICT`, `RETURNING`); the PostgreSQL executor numbers the placeholders.
 */
export type SqlParam = string | number | null;

export type SqlDialect = 'sqlite' | 'postgres';

export interface SqlExecutor {
  readonly dialect: SqlDialect;
  all<T>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlParam[]): Promise<T | undefined>;
  /** @returns the number of rows changed */
  run(sql: string, params?: readonly SqlParam[]): Promise<number>;
}

/** `?` → `$1`, `$2`, … (the store's statements hold no `?` inside string literals). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
