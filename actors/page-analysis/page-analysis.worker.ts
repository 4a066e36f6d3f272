/** Entry of a page-analysis worker thread: runs the named task of PAGE_ANALYSIS_TASKS on each message. */
import { parentPort, threadId } from 'node:worker_threads';
import { PAGE_ANALYSIS_TASKS, type PageAnalysisTask } from './page-analysis-tasks.js';
import type { WorkerReplyMessage, WorkerTaskMessage } from './worker-pool.js';

const port = parentPort;
if (!port) throw new Error('page-analysis.worker.js runs as a worker thread only');

port.on('message', (message: WorkerTaskMessage) => {
  let reply: WorkerReplyMessage;
  try {
    const run = PAGE_ANALYSIS_TASKS[message.task as PageAnalysisTask] as ((input: unknown) => unknown) | undefined;
    if (!run) throw new Error(`unknown task ${message.task}`);
    reply = { id: message.id, ok: true, result: run(message.input), threadId };
  } catch (error) {
    reply = { id: message.id, ok: false, error: error instanceof Error ? error.message : String(error), threadId };
  }
  port.postMessage(reply);
});
