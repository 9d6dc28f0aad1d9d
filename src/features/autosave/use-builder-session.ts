import { useCallback, useEffect, useRef, useState } from 'react';
import { decideStartup } from '../../core/autosave/startup';
import type { AutosaveRecord } from '../../core/autosave/record';
import { memoryStorage, type KeyValueStorage } from '../../core/autosave/storage';
import { AUTOSAVE_KEY, type AutosaveStore } from '../../core/autosave/store';
import { forgetEverything as forgetStored, loadSettings, saveSettings } from '../../core/autosave/settings';
import { secretPathText } from '../../core/secrets/classify';
import { omitSecrets } from '../../core/secrets/mask';
import type { DecodeShareResult } from '../../core/share/codec';
import { deepEqual } from '../../core/values/deep-equal';
import { computeValues } from '../../core/values/output';
import { buildFragment, parseFragment } from '../../core/share/fragment';
import type { Values } from '../../core/values/types';
import { LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { chartDefaults } from '../../schema/defaults';
import { lazyModule } from '../../ui/lazy-load';
import { browserStorage } from './browser-storage';
import type { LeftOutMark } from '../secrets/left-out';
import { createStores, REPLACED_WORK_KEY, type BuilderSession, type SessionNotice, type WorkSnapshot } from './builder-session';
import { reloadStoredTheme } from '../../ui/theme/stored-theme';

interface SessionState {
  status: 'loading' | 'ready';
  version: string;
  formKey: number;
  initialValues: Values | undefined;
  notice: SessionNotice;
  focusRequest: { field: string; seq: number } | undefined;
  leftOut: readonly LeftOutMark[];
}

function storageMarks(record: AutosaveRecord | undefined): LeftOutMark[] {
  return (record?.leftOut ?? []).map((path) => ({ path, id: secretPathText(path), reason: 'storage' }));
}

/**
 * Whether a link holds the same work as `current` once its secrets are left
 * out: the address bar's own link (kept in sync with the form), opened again
 * by a reload. It then opens the work as it is, secrets included when stored.
 */
function isOwnWork(current: WorkSnapshot | undefined, link: { version: string; changed: Values }): boolean {
  if (!current || current.version !== link.version) return false;
  return deepEqual(omitSecrets(computeValues(current.values, current.version).changed).values, link.changed);
}

/** The share-link decoder is loaded only when the address holds a link (it is not needed to type). */
const codec = lazyModule(() => import('../../core/share/codec'));

async function decodeShareState(hash: string): Promise<DecodeShareResult> {
  return (await codec.load()).decodeShareState(hash);
}

function loaded(store: AutosaveStore): AutosaveRecord | undefined {
  const result = store.load();
  return result.ok ? result.record : undefined;
}

function initialState(stores: ReturnType<typeof createStores>, hash: string, version: string | undefined): SessionState {
  const { state: link, field } = parseFragment(hash);
  const saved = loaded(stores.store);
  const replaced = loaded(stores.replaced);
  return {
    status: link !== undefined ? 'loading' : 'ready',
    version: saved?.version ?? version ?? LATEST_CHART_VERSION,
    formKey: 0,
    initialValues: saved?.values,
    notice: replaced ? { replaced } : {},
    focusRequest: field !== undefined ? { field, seq: 1 } : undefined,
    leftOut: storageMarks(saved),
  };
}

/** Drops `s=` from the address (keeping `field=`), so a reload opens the autosaved work, not the link again. */
function forgetLinkInAddress(): void {
  const { field } = parseFragment(window.location.hash);
  const fragment = buildFragment(field !== undefined ? { field } : {});
  const url = `${window.location.pathname}${window.location.search}${fragment ? `#${fragment}` : ''}`;
  window.history.replaceState(window.history.state, '', url);
}

export interface BuilderSessionOptions {
  /** Save edits to this browser (off for embeds). */
  autosave?: boolean;
  storage?: KeyValueStorage;
  /** The chart release to start with when nothing else says (default: the latest). */
  version?: string;
}

/**
 * Where the form's values come from and go to: the `#s=` share link, the
 * autosaved work and the chart release. A valid link wins over autosaved
 * work (which is kept aside and offered back); a broken link shows why and
 * leaves the autosaved work untouched. `#field=` asks the form to reveal a field.
 */
export function useBuilderSession(options: BuilderSessionOptions = {}): BuilderSession {
  const autosave = options.autosave ?? true;
  const [storage] = useState(() => (autosave ? (options.storage ?? browserStorage()) : memoryStorage()));
  const [secretsInStorage, setSecretsInStorageState] = useState(() => loadSettings(storage).secretsInStorage);
  const keepSecrets = useRef(secretsInStorage);
  keepSecrets.current = secretsInStorage;
  const [stores] = useState(() => createStores(storage, () => keepSecrets.current));
  const [state, setState] = useState<SessionState>(() => initialState(stores, window.location.hash, options.version));
  const snapshot = useRef<(() => WorkSnapshot) | undefined>(undefined);
  const stateRef = useRef(state);
  stateRef.current = state;

  const applyLink = useCallback(
    (result: DecodeShareResult, current: WorkSnapshot | undefined) => {
      if (!result.ok) {
        setState((s) => ({ ...s, status: 'ready', notice: { ...s.notice, linkError: result.error, linkOpened: undefined } }));
        return;
      }
      if (isOwnWork(current, result)) {
        setState((s) => ({ ...s, status: 'ready' }));
        return;
      }
      const currentRecord = current ? { ...current, savedAt: new Date().toISOString() } : undefined;
      const decision = decideStartup(currentRecord, { version: result.version, changed: result.changed });
      const values = result.formValues;
      let replaced = stateRef.current.notice.replaced;
      if (decision.source === 'link' && decision.previous) {
        replaced = decision.previous;
        stores.replaced.save(decision.previous);
      }
      // Saved at once: a reload (the address no longer has the link) opens what the link showed.
      stores.store.save({ version: result.version, values, savedAt: new Date().toISOString() });
      forgetLinkInAddress();
      setState((s) => ({
        ...s,
        status: 'ready',
        version: result.version,
        initialValues: values,
        formKey: s.formKey + 1,
        notice: { replaced, linkOpened: { warnings: result.warnings, version: result.version, migrations: result.report.migrations.map((m) => m.message) } },
        leftOut: result.leftOut.map((l) => ({ ...l, reason: 'link' })),
      }));
    },
    [stores],
  );

  // A link in the address at start-up.
  useEffect(() => {
    if (stateRef.current.status !== 'loading') return;
    let cancelled = false;
    const saved = loaded(stores.store);
    void decodeShareState(window.location.hash).then((result) => {
      if (!cancelled) applyLink(result, saved);
    });
    return () => {
      cancelled = true;
    };
  }, [stores, applyLink]);

  // A link or deep link pasted into the address of the open page.
  useEffect(() => {
    const onHashChange = () => {
      const { state: link, field } = parseFragment(window.location.hash);
      if (field !== undefined) setState((s) => ({ ...s, focusRequest: { field, seq: (s.focusRequest?.seq ?? 0) + 1 } }));
      if (link === undefined) return;
      const current = snapshot.current?.() ?? loaded(stores.store);
      void decodeShareState(window.location.hash).then((result) => applyLink(result, current));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [stores, applyLink]);

  const load = useCallback((version: string, values: Values) => {
    setState((s) => ({ ...s, version, initialValues: values, formKey: s.formKey + 1, leftOut: [] }));
  }, []);

  const setVersion = useCallback((version: string) => setState((s) => ({ ...s, version })), []);

  const dismiss = useCallback(
    (part: keyof SessionNotice) => {
      if (part === 'replaced') stores.replaced.clear();
      setState((s) => ({ ...s, notice: { ...s.notice, [part]: undefined } }));
    },
    [stores],
  );

  const restoreReplaced = useCallback(() => {
    const record = stateRef.current.notice.replaced;
    if (!record) return;
    stores.replaced.clear();
    setState((s) => ({ ...s, version: record.version, initialValues: record.values, formKey: s.formKey + 1, notice: {}, leftOut: storageMarks(record) }));
  }, [stores]);

  const setSecretsInStorage = useCallback(
    (keep: boolean) => {
      keepSecrets.current = keep;
      saveSettings(storage, { secretsInStorage: keep });
      setSecretsInStorageState(keep);
      // Rewrite what is stored now, so switching to "out" removes the secrets already saved.
      const work = snapshot.current?.();
      if (work) stores.store.save({ ...work, savedAt: new Date().toISOString() });
      const replaced = loaded(stores.replaced);
      if (replaced) stores.replaced.save(replaced);
    },
    [storage, stores],
  );

  const forgetEverything = useCallback(() => {
    forgetStored(storage, [AUTOSAVE_KEY, REPLACED_WORK_KEY]);
    reloadStoredTheme(); // the theme choice (under the same prefix) was removed too: back to the system's
    keepSecrets.current = false;
    setSecretsInStorageState(false);
    const url = `${window.location.pathname}${window.location.search}`;
    window.history.replaceState(window.history.state, '', url);
    setState((s) => ({ ...s, initialValues: chartDefaults(s.version), formKey: s.formKey + 1, notice: {}, leftOut: [], focusRequest: undefined }));
  }, [storage, stores]);

  return {
    status: state.status,
    version: state.version,
    setVersion,
    formKey: state.formKey,
    initialValues: state.initialValues,
    load,
    notice: state.notice,
    dismiss,
    restoreReplaced,
    focusRequest: state.focusRequest,
    autosave,
    storage,
    secretsInStorage,
    setSecretsInStorage,
    forgetEverything,
    leftOut: state.leftOut,
    store: stores.store,
    snapshot,
  };
}
