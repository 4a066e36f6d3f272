/**
 * V8 flags every ProspectLab process starts with: the npm scripts (`npm start`, `npm run
 * gateway`, `npm run actors`, `npm run dev`) and the test and bench helpers that start the entry
 * points as a user would. V8 reads them when the process starts only (`v8.setFlagsFromString`
 * comes too late for the heap's sizes), so they are on the command line; a unit test keeps
 * package.json in step with this list.
 */

/**
 * Young generation of 2 × 16 MiB (the default of Node ≤ 18). Node 24 sizes it from the heap
 * limit instead: 2 × 64 MiB on a machine with 16 GiB or more, which a busy process fills and
 * keeps resident although nearly all of it is garbage between two scavenges. Measured on the
 * scrape bench (embedded mode, 500 pages, 5 tabs): the Node process's peak PSS went from
 * 240–264 MiB to 164–188 MiB, its CPU time unchanged within the noise (see README, Performance).
 */
export const MAX_SEMI_SPACE_SIZE_MIB = 16;

/** The flags, in the order they are passed. */
export const NODE_FLAGS: readonly string[] = [`--max-semi-space-size=${MAX_SEMI_SPACE_SIZE_MIB}`];
