/**
 * PostgreSQL schema migrations, applied in order at start-up (`schema_migrations` records how
 * many ran). The tables mirror SQLite's (`migrations.ts`); times are epoch milliseconds.
 */
export const PG_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE jobs (
    created_order BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    started_at BIGINT,
    finished_at BIGINT,
    progress DOUBLE PRECISION NOT NULL DEFAULT 0,
    error TEXT,
    owner TEXT,
    input_json TEXT NOT NULL,
    site_url TEXT,
    pages_visited INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX jobs_kind_status ON jobs (kind, status);
  CREATE INDEX jobs_owner_status ON jobs (owner, status);
  CREATE TABLE job_events (
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    at TEXT NOT NULL,
    payload_json TEXT NOT NULL,
    PRIMARY KEY (job_id, seq)
  );
  CREATE TABLE processed_messages (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL
  );
  CREATE TABLE scrape_emails (
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    page_url TEXT NOT NULL,
    context TEXT NOT NULL,
    found_order INTEGER NOT NULL,
    PRIMARY KEY (job_id, address)
  );
  CREATE TABLE analysis_companies (
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    input_json TEXT NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    report_json TEXT,
    pages_visited INTEGER NOT NULL DEFAULT 0,
    started INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (job_id, idx)
  );
  CREATE INDEX analysis_companies_status ON analysis_companies (job_id, status);
  CREATE TABLE uploads (
    id TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL,
    owner TEXT,
    filename TEXT NOT NULL,
    rows_json TEXT NOT NULL,
    columns_json TEXT NOT NULL,
    warnings_json TEXT NOT NULL
  );
  CREATE TABLE outbox (
    seq BIGSERIAL PRIMARY KEY,
    msg_id TEXT NOT NULL UNIQUE,
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    payload_json TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'PENDING',
    created_at BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL DEFAULT 0,
    sent_at BIGINT,
    error TEXT
  );
  CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
  CREATE INDEX outbox_job ON outbox (job_id, status);
  CREATE TABLE rate_buckets (
    bucket TEXT PRIMARY KEY,
    tokens DOUBLE PRECISION NOT NULL,
    updated_at BIGINT NOT NULL
  );
  `,
  `
  ALTER TABLE jobs ADD COLUMN label TEXT;
  `,
  // A scrape's next found_order (and its address count) read from an index, not counted row by row.
  `
  CREATE INDEX scrape_emails_order ON scrape_emails (job_id, found_order);
  `,
];
