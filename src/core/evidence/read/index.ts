/**
 * Reading event logs: `readLog` for one read, `LogCache` for reads that a
 * design edit or a second journey on the same log can reuse.
 */
export { readLog, type ReadOptions, type ReadResult } from './read-log';
export { identityOnDisk, LogCache, logIdentity } from './cache';
