import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DataDirLockedError, LOCK_FILE_NAME } from '../../gateway/store/data-dir-lock.js';
import { JobStore } from '../../gateway/store/job-store.js';
import { SqliteBackend, STATEMENT_CACHE_SIZE } from '../../gateway/store/sqlite-backend.js';
import { openSqlite, readPragma, runInTransaction, type SqliteDatabase } from '../../gateway/store/sqlite.js';
import { tempDir } from '../helpers/temp.js';

/** Whether a transaction is open (`db.isTransaction` needs Node 22.16; 22.15 is supported). */
function inTransaction(db: SqliteDatabase): boolean {
  try {
    db.exec('BEGIN');
  } catch {
    return true;
  }
  db.exec('ROLLBACK');
  return false;
}

/** A PID that belonged to a process which has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('SQLite store on node:sqlite', () => {
  describe('runInTransaction', () => {
    const setup = () => {
      const db = openSqlite(':memory:');
      db.exec('CREATE TABLE t (v INTEGER PRIMARY KEY)');
      const values = () => (db.prepare('SELECT v FROM t ORDER BY v').all() as { v: number }[]).map((r) => r.v);
      return { db, values };
    };

    it('commits what the function did and returns its result', () => {
      const { db, values } = setup();
      const result = runInTransaction(db, () => {
        db.prepare('INSERT INTO t (v) VALUES (?)').run(1);
        db.prepare('INSERT INTO t (v) VALUES (?)').run(2);
        return 'done';
      });
      expect(result).to.equal('done');
      expect(values()).to.deep.equal([1, 2]);
      expect(inTransaction(db)).to.equal(false);
      db.close();
    });

    it('rolls everything back and rethrows when the function throws', () => {
      const { db, values } = setup();
      const failure = new Error('boom');
      expect(() =>
        runInTransaction(db, () => {
          db.prepare('INSERT INTO t (v) VALUES (?)').run(1);
          throw failure;
        }),
      ).to.throw(failure);
      expect(values()).to.deep.equal([]);
      expect(inTransaction(db)).to.equal(false);
      db.close();
    });

    it('rolls back after an SQL error and leaves the connection usable', () => {
      const { db, values } = setup();
      expect(() =>
        runInTransaction(db, () => {
          db.prepare('INSERT INTO t (v) VALUES (?)').run(1);
          db.prepare('INSERT INTO t (v) VALUES (?)').run(1); // primary key violation
        }),
      ).to.throw(/UNIQUE constraint failed/);
      expect(values()).to.deep.equal([]);
      runInTransaction(db, () => db.prepare('INSERT INTO t (v) VALUES (?)').run(3));
      expect(values()).to.deep.equal([3]);
      db.close();
    });

    it('a nested call joins the outer transaction; its failure undoes only its own work', () => {
      const { db, values } = setup();
      runInTransaction(db, () => {
        db.prepare('INSERT INTO t (v) VALUES (?)').run(1);
        runInTransaction(db, () => db.prepare('INSERT INTO t (v) VALUES (?)').run(2));
        expect(() =>
          runInTransaction(db, () => {
            db.prepare('INSERT INTO t (v) VALUES (?)').run(3);
            throw new Error('inner');
          }),
        ).to.throw('inner');
        expect(inTransaction(db)).to.equal(true);
      });
      expect(values()).to.deep.equal([1, 2]);
      expect(() =>
        runInTransaction(db, () => {
          runInTransaction(db, () => db.prepare('INSERT INTO t (v) VALUES (?)').run(4));
          throw new Error('outer');
        }),
      ).to.throw('outer');
      expect(values()).to.deep.equal([1, 2]);
      db.close();
    });
  });

  describe('JobStore on disk', () => {
    let dir: ReturnType<typeof tempDir>;
    beforeEach(() => {
      dir = tempDir('pl-store');
    });
    afterEach(() => dir.remove());

    it('sets WAL, foreign keys and busy_timeout, and keeps data and migrations across a reopen', async () => {
      const store = JobStore.open(dir.path);
      await store.createJob({ id: 'a1b2c3d4-0000-4000-8000-000000000001', kind: 'SCRAPING', input: { url: 'https://example.com/' } });
      expect(await store.markMessageProcessed('m-1')).to.equal(true);
      expect(await store.markMessageProcessed('m-1')).to.equal(false);
      await store.close();

      const db = openSqlite(path.join(dir.path, 'prospectlab.sqlite'));
      expect(readPragma(db, 'journal_mode')).to.equal('wal');
      const migrations = Number(readPragma(db, 'user_version'));
      expect(migrations).to.be.greaterThan(0);
      db.close();

      const reopened = JobStore.open(dir.path);
      expect((await reopened.getJob('a1b2c3d4-0000-4000-8000-000000000001'))?.kind).to.equal('SCRAPING');
      expect(await reopened.markMessageProcessed('m-1')).to.equal(false);
      expect(await reopened.ping()).to.equal(true);
      await reopened.close();
      await reopened.close(); // idempotent
    });

    it('reuses compiled statements: right answers past the cache bound, inside and outside transactions, and after a schema change', async () => {
      const backend = SqliteBackend.open(dir.path);
      try {
        await backend.sql.run('CREATE TABLE t (v INTEGER PRIMARY KEY)');
        const insert = 'INSERT INTO t (v) VALUES (?)';
        for (let v = 1; v <= 3; v += 1) await backend.sql.run(insert, [v]);
        // More distinct statements than the cache holds: each is compiled for its own SQL.
        for (let n = 0; n < STATEMENT_CACHE_SIZE + 20; n += 1) {
          const row = await backend.sql.get<{ v: number }>(`SELECT v + ${n} AS v FROM t WHERE v = ?`, [2]);
          expect(row?.v).to.equal(2 + n);
        }
        await backend.transaction(async (sql) => {
          await sql.run(insert, [4]);
          expect(await sql.all<{ v: number }>('SELECT v FROM t ORDER BY v')).to.have.length(4);
        });
        expect(await backend.sql.get('SELECT * FROM t WHERE v = ?', [4])).to.deep.equal({ v: 4 });
        await backend.sql.run('ALTER TABLE t ADD COLUMN w TEXT');
        await backend.sql.run('UPDATE t SET w = ? WHERE v = ?', ['four', 4]);
        expect(await backend.sql.get('SELECT * FROM t WHERE v = ?', [4])).to.deep.equal({ v: 4, w: 'four' });
        await backend.sql.run(insert, [5]);
        expect(await backend.sql.all<{ v: number }>('SELECT v FROM t ORDER BY v')).to.deep.equal([1, 2, 3, 4, 5].map((v) => ({ v })));
      } finally {
        await backend.close();
      }
    });

    it('numbers events and refuses any after the terminal one', async () => {
      const store = JobStore.open(dir.path);
      const jobId = 'a1b2c3d4-0000-4000-8000-000000000002';
      await store.createJob({ id: jobId, kind: 'SCRAPING', input: {} });
      const at = new Date().toISOString();
      const first = await store.appendEvent({ type: 'ScrapingStarted', jobId, at, url: 'https://example.com/' });
      const last = await store.appendEvent({ type: 'ScrapingCancelled', jobId, at, visited: 0, emails: 0 });
      expect([first?.seq, last?.seq]).to.deep.equal([1, 2]);
      expect(await store.appendEvent({ type: 'ScrapingStarted', jobId, at, url: 'https://example.com/' })).to.equal(null);
      expect((await store.eventsAfter(jobId, 0)).map((e) => e.type)).to.deep.equal(['ScrapingStarted', 'ScrapingCancelled']);
      expect(await store.lastSeq(jobId)).to.equal(2);
      await store.close();
    });
  });

  describe('data directory lock', () => {
    let dir: ReturnType<typeof tempDir>;
    beforeEach(() => {
      dir = tempDir('pl-lock');
    });
    afterEach(() => dir.remove());
    const lockFile = () => path.join(dir.path, LOCK_FILE_NAME);

    it('writes the PID, refuses a second open while held, and frees the folder on close', async () => {
      const store = JobStore.open(dir.path);
      expect(fs.readFileSync(lockFile(), 'utf8').trim()).to.equal(String(process.pid));
      expect(() => JobStore.open(dir.path))
        .to.throw(DataDirLockedError)
        .with.property('message')
        .that.includes(`in use by process ${process.pid}`);
      await store.close();
      expect(fs.existsSync(lockFile())).to.equal(false);
      await JobStore.open(dir.path).close();
    });

    it('refuses a folder held by another running process', () => {
      fs.writeFileSync(lockFile(), `${process.ppid}\n`);
      expect(() => JobStore.open(dir.path)).to.throw(DataDirLockedError, `in use by process ${process.ppid}`);
      expect(fs.readFileSync(lockFile(), 'utf8').trim()).to.equal(String(process.ppid));
    });

    it('takes over a stale lock whose process is gone, and a garbled one', async () => {
      for (const content of [`${deadPid()}\n`, '', 'not a pid']) {
        fs.writeFileSync(lockFile(), content);
        const store = JobStore.open(dir.path);
        expect(fs.readFileSync(lockFile(), 'utf8').trim()).to.equal(String(process.pid));
        await store.close();
      }
    });

    it('does not remove a lock another process took after this one was released', async () => {
      const store = JobStore.open(dir.path);
      await store.close();
      fs.writeFileSync(lockFile(), `${process.ppid}\n`);
      await store.close();
      expect(fs.readFileSync(lockFile(), 'utf8').trim()).to.equal(String(process.ppid));
    });
  });
});
