/** Entry of a page-analysis worker thread: runs the named task of PAGE_ANALYSIS_TASKS on each message. */
import { parentPort, threadId } from 'node:worker_threads';
import { PAGE_ANALYSIS_TASKS } from './page-analysis-tasks.js';
const port = parentPort;
if (!port)
    throw new Error('page-analysis.worker.js runs as a worker thread only');
port.on('message', (message) => {
    let reply;
    try {
        const run = PAGE_ANALYSIS_TASKS[message.task];
        if (!run)
            throw new Error(`unknown task ${message.task}`);
        reply = { id: message.id, ok: true, result: run(message.input), threadId };
    }
    catch (error) {
        reply = { id: message.id, ok: false, error: error instanceof Error ? error.message : String(error), threadId };
    }
    port.postMessage(reply);
});
//# sourceMappingURL=page-analysis.worker.js.map