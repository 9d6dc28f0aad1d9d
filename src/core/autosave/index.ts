export { createAutosaveStore, AUTOSAVE_KEY, type AutosaveStore } from './store';
export { memoryStorage, type KeyValueStorage } from './storage';
export { parseRecord, serializeRecord, AUTOSAVE_FORMAT, type AutosaveRecord } from './record';
export { decideStartup, sameWork, isEmptyWork, type StartupDecision, type LinkState } from './startup';
export { fieldResets, applyResets, changedFieldIds, type FieldReset } from './reset';
