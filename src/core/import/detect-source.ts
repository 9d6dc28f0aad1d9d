import { helmGetValuesHeader } from './helm-get-values';
import { isHelmGetValuesLine } from './release-target';

/** What a pasted text is. */
export type ImportSourceKind = 'values-yaml' | 'helm-get-values' | 'helm-command';

export const SOURCE_LABELS: Readonly<Record<ImportSourceKind, string>> = {
  'values-yaml': 'values.yaml',
  'helm-get-values': 'helm get values output',
  'helm-command': 'helm command',
};

/** `helm …`, `$ helm …`, `KUBECONFIG=x helm …`, `/usr/local/bin/helm …`, `sudo helm …`. */
const COMMAND_START = /^(?:\$\s+)?(?:sudo\s+)?(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*(?:\S*\/)?helm3?(?:\s|$)/;
/** A pasted list of flags only: `--set a=b --set-string c=d`, `-f values.yaml`. */
const FLAGS_START = /^(?:--set(?:-string|-json|-file|-literal)?[\s=]|--values[\s=]|-f\s)/;

/** Guesses the kind of a pasted text from its first meaningful line. */
export function detectSource(text: string): ImportSourceKind {
  if (helmGetValuesHeader(text)) return 'helm-get-values';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (isHelmGetValuesLine(line)) return 'helm-get-values';
    if (COMMAND_START.test(line) || FLAGS_START.test(line)) return 'helm-command';
    return 'values-yaml';
  }
  return 'values-yaml';
}
