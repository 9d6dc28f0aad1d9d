import { AUTOSAVE_KEY, createAutosaveStore, type AutosaveStore } from '../../core/autosave/store';
import type { AutosaveRecord } from '../../core/autosave/record';
import type { KeyValueStorage } from '../../core/autosave/storage';
import type { ShareError } from '../../core/share/errors';
import type { ShareWarning } from '../../core/share/codec';
import type { Values } from '../../core/values/types';
import type { LeftOutMark } from '../secrets/left-out';

/** Autosave slot for the work a share link replaced, until the user restores or dismisses it. */
export const REPLACED_WORK_KEY = 'polyaxon-values-builder:replaced-work';

/** What the page tells the user about how it opened (each part dismissible). */
export interface SessionNotice {
  /** A share link could not be opened: the page opened the autosaved work instead. */
  linkError?: ShareError;
  /** A share link was opened; its values that failed checks, and the older spellings it rewrote, are listed. */
  linkOpened?: { warnings: readonly ShareWarning[]; version: string; migrations?: readonly string[] };
  /** Work the link replaced, offered back. */
  replaced?: AutosaveRecord;
}

export interface BuilderSession {
  /** `loading` only while a `#s=` link is being decoded at start-up (milliseconds). */
  status: 'loading' | 'ready';
  version: string;
  setVersion(version: string): void;
  /** Changes whenever the form is replaced as a whole (remount BuilderForm with this key). */
  formKey: number;
  initialValues: Values | undefined;
  /** Replaces the whole form with these values for this release. */
  load(version: string, values: Values): void;
  notice: SessionNotice;
  dismiss(part: keyof SessionNotice): void;
  /** Puts the work the link replaced back (and forgets it). */
  restoreReplaced(): void;
  /** A `#field=` deep link to reveal once the form is shown; bumps on every new request. */
  focusRequest: { field: string; seq: number } | undefined;
  /** Whether edits are saved to this browser. */
  autosave: boolean;
  store: AutosaveStore;
  /** Where the session keeps things: localStorage with autosave, else memory (what else outlives a reload keeps there too). */
  storage: KeyValueStorage;
  /** Store secret values with the autosaved work (off by default: kept out). */
  secretsInStorage: boolean;
  setSecretsInStorage(keep: boolean): void;
  /** Removes everything the builder stored in this browser and clears the form. */
  forgetEverything(): void;
  /** Secret values the opened link or the stored work left out: their fields ask to be filled in. */
  leftOut: readonly LeftOutMark[];
  /** Set by the autosave observer inside the form: the form's current work (for links opened later). */
  snapshot: { current: (() => WorkSnapshot) | undefined };
}

export interface WorkSnapshot {
  version: string;
  values: Values;
}

export function createStores(storage: KeyValueStorage, keepSecrets: () => boolean): { storage: KeyValueStorage; store: AutosaveStore; replaced: AutosaveStore } {
  return { storage, store: createAutosaveStore(storage, AUTOSAVE_KEY, { keepSecrets }), replaced: createAutosaveStore(storage, REPLACED_WORK_KEY, { keepSecrets }) };
}
