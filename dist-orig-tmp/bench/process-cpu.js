/**
 * CPU time used by process trees (Linux /proc), the benchmark's load-independent measure: on a
 * shared machine, wall-clock speed depends on the other work running, CPU seconds per page
 * much less.
 */
import { readFile } from 'node:fs/promises';
import { descendantPids } from '../actors/crawl/process-memory.js';
/** Clock ticks per second of /proc times (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;
/**
 * CPU seconds used by one process, its reaped children included (utime + stime + cutime +
 * cstime), or 0 when it has gone.
 */
export async function processCpuSeconds(pid) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    if (stat === null)
        return 0;
    // Fields after the command name: state is field 3, utime field 14 … cstime field 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
    return ticks / TICKS_PER_SECOND;
}
/** CPU seconds used by `pid` and every live descendant (exited ones are in their parents' times). */
export async function treeCpuSeconds(pid) {
    const pids = [pid, ...(await descendantPids(pid))];
    const seconds = await Promise.all(pids.map(processCpuSeconds));
    return seconds.reduce((sum, value) => sum + value, 0);
}
/**
 * Measures the CPU seconds process trees use between `start` and `stop`. Descendants that
 * start and end in between are counted through their parents.
 */
export function cpuMeter(rootPids) {
    let before = 0;
    const total = async () => {
        let sum = 0;
        for (const pid of rootPids())
            sum += await treeCpuSeconds(pid);
        return sum;
    };
    return {
        async start() {
            before = await total();
        },
        async stop() {
            return (await total()) - before;
        },
    };
}
//# sourceMappingURL=process-cpu.js.map