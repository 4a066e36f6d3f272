/**
 * Per-page analysis off the event loop: one small worker-thread pool per process, shared by
 * every job (see worker-pool.ts). In embedded mode the gateway shares this process, so a page
 * written to make an extractor slow never stalls it.
 */
import { WorkerPool } from './worker-pool.js';
export { WorkerTaskFailedError, WorkerTaskTimeoutError } from './worker-pool.js';
let shared;
/** The process's page-analysis pool, started on first use. */
export function pageAnalysisPool() {
    shared ??= new WorkerPool({ scriptUrl: new URL('./page-analysis.worker.js', import.meta.url) });
    return shared;
}
/**
 * Runs one page analysis in a worker thread.
 * @throws WorkerTaskTimeoutError when it runs past the pool's task timeout (its worker is replaced)
 * @throws WorkerTaskFailedError when it throws or its worker dies
 */
export function analysePage(task, input) {
    return pageAnalysisPool().run(task, input);
}
//# sourceMappingURL=page-analysis.js.map