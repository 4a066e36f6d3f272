/**
 * Keeps a second process from opening the same data directory: `<dataDir>/prospectlab.lock`
 * holds the PID of the owner. A lock whose PID is no longer running (a crash, `kill -9`) is
 * stale and taken over.
 */
import fs from 'node:fs';
import path from 'node:path';
export const LOCK_FILE_NAME = 'prospectlab.lock';
/** Another live process owns the data directory: stop it or use another PROSPECTLAB_DATA_DIR. Fatal. */
export class DataDirLockedError extends Error {
    dataDir;
    ownerPid;
    name = 'DataDirLockedError';
    constructor(dataDir, ownerPid) {
        super(`Data directory ${dataDir} is in use by process ${ownerPid}` +
            `${ownerPid === process.pid ? ' (this process)' : ''}; stop it or set PROSPECTLAB_DATA_DIR`);
        this.dataDir = dataDir;
        this.ownerPid = ownerPid;
    }
}
/** Locks held by this process, removed on exit even when `close()` was never reached. */
const held = new Set();
let exitHookInstalled = false;
function removeHeldLocks() {
    for (const file of held)
        fs.rmSync(file, { force: true });
    held.clear();
}
function isRunning(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** PID written in a lock file; null when the file is empty or garbled (a crash mid-write). */
function readOwner(file) {
    try {
        const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
        return Number.isInteger(pid) && pid > 0 ? pid : null;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
export class DataDirLock {
    file;
    released = false;
    constructor(file) {
        this.file = file;
    }
    /**
     * Takes the lock of `dataDir` (which must exist) for this process.
     * @throws DataDirLockedError when a running process holds it
     */
    static acquire(dataDir) {
        const file = path.join(path.resolve(dataDir), LOCK_FILE_NAME);
        for (let attempt = 0; attempt < 3; attempt++) {
            try {
                fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
                held.add(file);
                if (!exitHookInstalled) {
                    exitHookInstalled = true;
                    process.on('exit', removeHeldLocks);
                }
                return new DataDirLock(file);
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            const owner = readOwner(file);
            if (owner !== null && (owner === process.pid ? held.has(file) : isRunning(owner))) {
                throw new DataDirLockedError(dataDir, owner);
            }
            fs.rmSync(file, { force: true }); // stale: its process is gone
        }
        throw new DataDirLockedError(dataDir, readOwner(file) ?? 0);
    }
    /** Removes the lock file if this process still owns it. Idempotent. */
    release() {
        if (this.released)
            return;
        this.released = true;
        held.delete(this.file);
        if (readOwner(this.file) === process.pid)
            fs.rmSync(this.file, { force: true });
    }
}
//# sourceMappingURL=data-dir-lock.js.map