import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { VersionReport } from '../../core/versions/compare-versions';
import type { Work } from '../history';

export interface PublishedReport {
  readonly report: VersionReport;
  /** The work before the switch, for "Switch back". */
  readonly before: Work;
  readonly seq: number;
}

interface VersionReports {
  readonly current: PublishedReport | undefined;
  publish(report: VersionReport, before: Work): void;
  dismiss(): void;
}

const Ctx = createContext<VersionReports | null>(null);

/** Holds the latest version-switch report between the selector and the banner. */
export function VersionReportsProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<PublishedReport | undefined>(undefined);
  const value = useMemo<VersionReports>(
    () => ({
      current,
      publish: (report, before) => setCurrent((c) => ({ report, before, seq: (c?.seq ?? 0) + 1 })),
      dismiss: () => setCurrent(undefined),
    }),
    [current],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useVersionReports(): VersionReports {
  const value = useContext(Ctx);
  if (!value) throw new Error('useVersionReports must be used inside <VersionReportsProvider>');
  return value;
}
