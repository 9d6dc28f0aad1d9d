import { text } from '../fields';

/** Whether `tz` is a time zone the JavaScript runtime knows (IANA names and UTC). */
function isTimeZone(tz: string): boolean {
  // The chart's default needs no Intl: the first time zone lookup loads the runtime's time zone data (~0.1 s).
  if (tz === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneKeys = {
  timezone: text(
    {
      label: 'Time zone',
      description: 'The timezone to use.',
      docsAnchor: 'time-zone',
      default: 'UTC',
      readBy: 'chart',
      cli: 'accepted',
      placeholder: 'Europe/Berlin',
      docs: { key: 'timeZone', note: 'The docs call it timeZone; the chart reads timezone (timeZone is ignored by Helm and rejected by the CLI).' },
    },
    (s) => s.refine(isTimeZone, 'A time zone name such as UTC or Europe/Berlin'),
  ),
};
