import { useEffect, useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import { CHANGE, HEIGHT, isAllowedOrigin, parseSetTheme, SET_THEME, SET_VALUES, targetOriginFor, type EmbedConfig, type OutgoingMessage } from '../../core/embed/protocol';
import { readSetValues } from '../../core/embed/set-values';
import type { ThemePreference } from '../../core/theme/preference';
import { isPlainMap, type Values } from '../../core/values/types';
import { useChartVersion } from '../builder/builder-context';
import { useChangeReport } from './use-change-report';

function post(message: OutgoingMessage, config: EmbedConfig): void {
  const target = targetOriginFor(message, config);
  if (target === undefined || window.parent === window) return;
  window.parent.postMessage(message, target);
}

/**
 * The iframe side of the protocol (see core/embed/protocol.ts): posts change
 * and height messages to the parent and applies set-values messages from the
 * parent when their origin is on the allowlist. `onOtherVersion` replaces the
 * form when a message asks for another chart release; set-theme messages (same
 * checks) go to `onTheme`. Mount inside <BuilderForm>.
 */
export function FrameMessenger({ config, onOtherVersion, onTheme }: { config: EmbedConfig; onOtherVersion: (version: string, values: Values) => void; onTheme?: (theme: ThemePreference) => void }) {
  const { reset } = useFormContext<Values>();
  const version = useChartVersion();

  useChangeReport((change) => post({ type: CHANGE, ...change }, config));

  // Height: on every layout change of the document.
  const lastHeight = useRef(0);
  useEffect(() => {
    const send = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === lastHeight.current) return;
      lastHeight.current = height;
      post({ type: HEIGHT, height }, config);
    };
    const observer = new ResizeObserver(send);
    observer.observe(document.documentElement);
    observer.observe(document.body);
    send();
    return () => observer.disconnect();
  }, [config]);

  const apply = useRef<(data: unknown) => void>(() => undefined);
  apply.current = (data) => {
    const read = readSetValues(data, version);
    if (!read.ok) {
      console.warn(`polyaxon values builder embed: ignored a malformed set-values message (${read.reason})`);
      return;
    }
    if (read.version === version) reset(read.formValues);
    else onOtherVersion(read.version, read.formValues);
  };

  const themeTo = useRef(onTheme);
  themeTo.current = onTheme;

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      const kind = isPlainMap(data) && (data.type === SET_VALUES || data.type === SET_THEME) ? (data.type === SET_VALUES ? 'set-values' : 'set-theme') : undefined;
      if (event.source !== window.parent || window.parent === window) {
        if (kind) console.warn(`polyaxon values builder embed: ignored a ${kind} message that did not come from the parent window`);
        return;
      }
      if (!isAllowedOrigin(event.origin, config.allow)) {
        if (kind) console.warn(`polyaxon values builder embed: ignored a ${kind} message from ${event.origin} (not on the &allow= list)`);
        return;
      }
      if (kind === 'set-theme') {
        const message = parseSetTheme(data);
        if (message) themeTo.current?.(message.theme);
        else console.warn('polyaxon values builder embed: ignored a malformed set-theme message (theme must be light, dark or system)');
        return;
      }
      if (kind === 'set-values') apply.current(data);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [config]);

  useEffect(() => {
    for (const note of config.ignored) console.warn(`polyaxon values builder embed: ignored ${note}`);
    if (config.targetOrigin === undefined) console.info('polyaxon values builder embed: no &origin=, so no change messages are sent (only height).');
  }, [config]);

  return null;
}
