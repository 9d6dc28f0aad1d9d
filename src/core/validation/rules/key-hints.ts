/** Keys people write from the reference page or older charts, and what the agent chart reads instead (spec B). */
export const KEY_HINTS: Readonly<Record<string, string>> = {
  timeZone: 'the chart reads `timezone`',
  user: 'use `securityContext.runAsUser`',
  group: 'use `securityContext.runAsGroup`',
  notificationConnections: 'removed in v1.8: put notifier connections in `connections`',
  'api.service': 'the gateway Service reads `gateway.service.annotations`',
  'api.service.annotations': 'the gateway Service reads `gateway.service.annotations`',
  'gateway.scheme': 'the probe scheme is `gateway.service.scheme`',
};
