/**
 * Official status pages: where each chatbot's vendor publishes its status (sources), how each
 * format reads (parse), and the cached, rate-limited check the popup asks for (cache).
 */
export { checkSource, checkStatus, localStatusStorage, type CheckDeps, type StatusStorage } from './cache';
export { fetchStatus } from './fetch';
export { parseStatus } from './parse';
export { STATUS_SOURCES, statusMatchPatterns, type StatusKind, type StatusSource } from './sources';
export type { CheckedStatus, ComponentStatus, FetchedResponse, Health, ProviderStatus, UnknownReason } from './types';
