/** The public entry of the history feature: what other features may import from it (lint enforces this). */
export { HistoryProvider, useHistoryContext, useHistorySession } from './history-context';
export { useWorkLoader, type Work, WorkLoaderProvider } from './work-loader';
