/**
 * Memory of a process tree on Linux, read from /proc: Chromium runs as a browser process with
 * many children (zygote, renderers, GPU and network services), so its footprint is the sum over
 * the tree. Proportional set size (PSS) is used where readable, so pages shared between the
 * processes count once; resident set size (RSS) otherwise.
 */
import { readdir, readFile } from 'node:fs/promises';
const KIB = 1024;
/** Parent pid of every process (pid → ppid), from /proc/<pid>/stat. */
async function parentPids() {
    const parents = new Map();
    const entries = await readdir('/proc').catch(() => []);
    await Promise.all(entries
        .filter((name) => /^\d+$/.test(name))
        .map(async (name) => {
        const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => null);
        if (stat === null)
            return;
        // The command name (field 2) is in parentheses and may contain spaces or ')'.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ppid = Number(fields[1]);
        if (Number.isInteger(ppid))
            parents.set(Number(name), ppid);
    }));
    return parents;
}
/** Pids of every descendant of `pid` (children, grandchildren…), not `pid` itself. */
export async function descendantPids(pid) {
    const parents = await parentPids();
    const children = new Map();
    for (const [child, parent] of parents) {
        const list = children.get(parent);
        if (list)
            list.push(child);
        else
            children.set(parent, [child]);
    }
    const found = [];
    const pending = [...(children.get(pid) ?? [])];
    while (pending.length > 0) {
        const next = pending.pop();
        found.push(next);
        pending.push(...(children.get(next) ?? []));
    }
    return found;
}
/** Reads one `Name:   123 kB` field of a /proc file, in bytes, or null. */
function kibField(text, name) {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
    return match ? Number(match[1]) * KIB : null;
}
/** PSS and RSS of one process, or null when it has gone. */
export async function processMemory(pid) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
    if (status === null)
        return null;
    const rssBytes = kibField(status, 'VmRSS') ?? 0;
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => null);
    return { pssBytes: rollup === null ? null : kibField(rollup, 'Pss'), rssBytes };
}
/**
 * Memory of `pid` and all its descendants; null when `pid` is not running or /proc is
 * unavailable (not Linux).
 */
export async function processTreeMemory(pid) {
    const root = await processMemory(pid);
    if (root === null)
        return null;
    const others = await Promise.all((await descendantPids(pid)).map(processMemory));
    let bytes = 0;
    let rssBytes = 0;
    let processes = 0;
    for (const memory of [root, ...others]) {
        if (memory === null)
            continue;
        bytes += memory.pssBytes ?? memory.rssBytes;
        rssBytes += memory.rssBytes;
        processes += 1;
    }
    return { bytes, rssBytes, processes };
}
//# sourceMappingURL=process-memory.js.map