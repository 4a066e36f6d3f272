/** Entry of the site-serving child process (see site-host.ts); its argument is the JSON of the site-set options. */
import { generateScrapeSite } from './scrape-site.js';
import { generateSiteSet } from './site-generator.js';
import { serveSites } from './site-server.js';
function send(message) {
    process.send?.(message);
}
try {
    const options = JSON.parse(process.argv[2] ?? '{}');
    const served = await serveSites('scrapeSite' in options ? [generateScrapeSite(options.scrapeSite)] : generateSiteSet(options));
    process.on('message', (command) => {
        if (command.command === 'counts')
            send({ type: 'reply', id: command.id, counts: served.counts() });
        else if (command.command === 'reset') {
            served.resetCounts();
            send({ type: 'reply', id: command.id });
        }
        else {
            void served.close().then(() => {
                send({ type: 'reply', id: command.id });
                process.disconnect?.();
            });
        }
    });
    // Ends with the benchmark, however it ends.
    process.on('disconnect', () => process.exit(0));
    send({ type: 'ready', urls: [...served.urls], pageUrls: [...served.pageUrls] });
}
catch (error) {
    send({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
    process.exitCode = 1;
}
//# sourceMappingURL=site-host-process.js.map