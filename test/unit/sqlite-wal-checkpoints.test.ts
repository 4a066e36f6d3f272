import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { SqliteBackend } from '../../gateway/store/sqlite-backend.js';
import { openSqlite, type SqliteDatabase } from '../../gateway/store/sqlite.js';
import {
  AUTOCHECKPOINT_PAGES,
  MAX_FAILED_CHECKPOINTS,
  WalCheckpointer,
  type CheckpointerState,
  type CheckpointResult,
} from '../../gateway/store/wal-checkpointer.js';
import { tempDir } from '../helpers/temp.js';

const PAGE_BYTES = 4096;
const FRAME_BYTES = 24 + PAGE_BYTES;
/** Commits of one page-sized row each: three times the log size at which SQLite checkpoints inside a commit. */
const COMMITS = 3 * AUTOCHECKPOINT_PAGES;
const DYING_WORKER = new URL('../helpers/dying-checkpoint.worker.js', import.meta.url);
const FAILING_WORKER = new URL('../helpers/failing-checkpoint.worker.js', import.meta.url);

/** Frames the write-ahead log file has room for (it is reused from the start after a complete checkpoint, not shrunk). */
function walFrames(file: string): number {
  const wal = `${file}-wal`;
  return fs.existsSync(wal) ? Math.floor(fs.statSync(wal).size / FRAME_BYTES) : 0;
}

async function commitPages(backend: SqliteBackend, count: number): Promise<void> {
  await backend.sql.run('CREATE TABLE IF NOT EXISTS pages (id INTEGER PRIMARY KEY, body BLOB)');
  const body = 'x'.repeat(PAGE_BYTES - 200);
  for (let i = 0; i < count; i += 1) await backend.transaction((sql) => sql.run('INSERT INTO pages (body) VALUES (?)', [body]));
}

function commitPagesDirectly(db: SqliteDatabase, count: number): void {
  db.exec('CREATE TABLE IF NOT EXISTS pages (id INTEGER PRIMARY KEY, body BLOB)');
  const insert = db.prepare('INSERT INTO pages (body) VALUES (?)');
  const body = 'x'.repeat(PAGE_BYTES - 200);
  for (let i = 0; i < count; i += 1) insert.run(body);
}

const waitFor = async (condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('SQLite write-ahead log checkpoints off the event loop (wal-checkpointer.ts)', () => {
  let dir: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(() => {
    dir = tempDir('pl-wal');
    file = path.join(dir.path, 'prospectlab.sqlite');
  });
  afterEach(() => dir.remove());

  it('once the worker runs, commits no longer checkpoint: the log grows past the automatic mark until the worker copies it', async () => {
    const backend = SqliteBackend.open(dir.path, { intervalMs: 3_600_000, warn: () => undefined });
    try {
      expect(await backend.checkpointer!.started()).to.equal('worker');
      await commitPages(backend, COMMITS);
      // SQLite's own checkpoints would have restarted the log at about AUTOCHECKPOINT_PAGES frames.
      expect(walFrames(file)).to.be.greaterThan(2 * AUTOCHECKPOINT_PAGES);
    } finally {
      await backend.close();
    }
    expect(fs.existsSync(`${file}-wal`), 'the main connection checkpoints and removes the log as it closes').to.equal(false);
    expect(backend.checkpointer!.state).to.equal('stopped');
  });

  it('the worker checkpoints what commits write between pauses, so the log starts over and stays the size of a burst', async () => {
    const checkpoints: CheckpointResult[] = [];
    const backend = SqliteBackend.open(dir.path, { intervalMs: 20, onCheckpoint: (c) => checkpoints.push(c), warn: () => undefined });
    try {
      expect(await backend.checkpointer!.started()).to.equal('worker');
      const burst = COMMITS / 6;
      for (let round = 0; round < 6; round += 1) {
        await commitPages(backend, burst);
        // Reports posted during the burst may arrive after it: two in a row alike and complete come from
        // checkpoints with no write between them, so after the burst, and they copied the whole log.
        const before = checkpoints.length;
        const wholeLogCopied = (): boolean => {
          const last = checkpoints.slice(Math.max(before, checkpoints.length - 2));
          return last.length === 2 && last[0].framesInLog === last[1].framesInLog && last[1].framesCheckpointed === last[1].framesInLog;
        };
        await waitFor(wholeLogCopied, 'a checkpoint of the whole log');
      }
      // Six bursts of COMMITS / 6 commits each: the log restarted after each, instead of holding them all.
      expect(walFrames(file)).to.be.lessThan(2 * AUTOCHECKPOINT_PAGES);
      expect((await backend.sql.get<{ n: number }>('SELECT count(*) AS n FROM pages'))?.n).to.equal(COMMITS);
    } finally {
      await backend.close();
    }
  });

  it('under writes that never pause, the log stays near maxLogFrames (commits then checkpoint until it starts over)', async () => {
    const maxLogFrames = 1000;
    const backend = SqliteBackend.open(dir.path, { intervalMs: 5, maxLogFrames, warn: () => undefined });
    try {
      expect(await backend.checkpointer!.started()).to.equal('worker');
      let largest = 0;
      await backend.sql.run('CREATE TABLE IF NOT EXISTS pages (id INTEGER PRIMARY KEY, body TEXT)');
      const body = 'x'.repeat(PAGE_BYTES - 200);
      const commits = 10 * maxLogFrames;
      for (let done = 0; done < commits; done += 50) {
        for (let i = 0; i < 50; i += 1) await backend.transaction((sql) => sql.run('INSERT INTO pages (body) VALUES (?)', [body]));
        await new Promise((resolve) => setImmediate(resolve)); // as a server does between requests: the worker's reports get through
        largest = Math.max(largest, walFrames(file));
      }
      // Each commit writes two frames or more: without the commits' help the log reached 30,529 frames here.
      // The help comes when the worker reports the log's size, later on a busy machine: hence the margin.
      expect(largest).to.be.lessThan(10 * maxLogFrames);
    } finally {
      await backend.close();
    }
  });

  const failingWorkers: readonly {
    readonly what: string;
    readonly file: (file: string) => string;
    readonly workerUrl?: URL;
    /** The state once started: a worker that never took over, or one that did before failing. */
    readonly startedAs: CheckpointerState;
    readonly warning: RegExp;
  }[] = [
    {
      what: 'a worker that cannot open the database leaves the checkpoints to the commits, and says why',
      file: (file) => path.join(path.dirname(file), 'missing', 'nowhere.sqlite'),
      startedAs: 'in-commits',
      warning: /checkpoint worker could not start: .*; SQLite checkpoints in its commits again/,
    },
    {
      what: 'a worker that dies after taking over gives the checkpoints back to the commits',
      file: (file) => file,
      workerUrl: DYING_WORKER,
      startedAs: 'worker',
      warning: /checkpoint worker exited \(code 3\); SQLite checkpoints in its commits again/,
    },
    {
      what: 'a worker whose checkpoints keep failing is given up, and the commits checkpoint again',
      file: (file) => file,
      workerUrl: FAILING_WORKER,
      startedAs: 'worker',
      warning: new RegExp(`checkpoint worker failed ${MAX_FAILED_CHECKPOINTS} times in a row \\(disk I/O error\\); SQLite checkpoints in its commits again`),
    },
  ];
  for (const failing of failingWorkers) {
    it(failing.what, async () => {
      const db = openSqlite(file);
      db.exec('PRAGMA journal_mode = WAL');
      const warnings: string[] = [];
      const checkpointer = new WalCheckpointer(db, failing.file(file), {
        ...(failing.workerUrl ? { workerUrl: failing.workerUrl } : {}),
        warn: (message) => warnings.push(message),
      });
      try {
        expect(await checkpointer.started()).to.equal(failing.startedAs);
        await waitFor(() => checkpointer.state === 'in-commits', 'the fallback');
        expect(warnings.join('\n')).to.match(failing.warning);
        commitPagesDirectly(db, COMMITS);
        expect(walFrames(file), 'SQLite checkpointed in the commits').to.be.lessThan(2 * AUTOCHECKPOINT_PAGES);
      } finally {
        await checkpointer.stop();
        db.close();
      }
    });
  }

  it('a store closed before its worker is ready closes cleanly; an in-memory store has no worker', async () => {
    const backend = SqliteBackend.open(dir.path, { warn: () => undefined });
    await backend.close();
    expect(backend.checkpointer!.state).to.equal('stopped');
    expect(await backend.checkpointer!.started()).to.equal('stopped');
    const memory = SqliteBackend.open(':memory:');
    expect(memory.checkpointer).to.equal(null);
    await memory.close();
  });

  for (const [option, value] of [
    ['intervalMs', 0],
    ['intervalMs', 1.5],
    ['busyTimeoutMs', -1],
    ['maxLogFrames', 0],
    ['intervalMs', '1000'],
  ] as const) {
    it(`refuses ${option} ${JSON.stringify(value)} with a RangeError, and the data directory stays free`, async () => {
      expect(() => SqliteBackend.open(dir.path, { [option]: value })).to.throw(RangeError, `${option} must be a positive integer, got ${String(value)}`);
      const backend = SqliteBackend.open(dir.path, { warn: () => undefined }); // the failed open released its lock
      await backend.close();
    });
  }
});
