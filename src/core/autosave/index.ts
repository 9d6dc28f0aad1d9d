export { createAutosaveStore, storedRecord, AUTOSAVE_KEY, type AutosaveStore, type AutosaveStoreOptions } from './store';
export { loadSettings, saveSettings, forgetEverything, DEFAULT_SETTINGS, SETTINGS_KEY, STORAGE_PREFIX, type StorageSettings } from './settings';
export { memoryStorage, type KeyValueStorage } from './storage';
export { parseRecord, serializeRecord, AUTOSAVE_FORMAT, type AutosaveRecord } from './record';
export { decideStartup, sameWork, isEmptyWork, type StartupDecision, type LinkState } from './startup';
export { fieldResets, applyResets, changedFieldIds, type FieldReset } from './reset';
