import { bool, group, text } from '../fields';

/** auth: how the gateway checks traffic with the control plane. */

const anchor = 'auth';
const common = { docsAnchor: anchor, readBy: 'chart', cli: 'accepted' } as const;

export const authGroup = group(
  {
    enabled: bool({ ...common, label: 'Enable auth', description: 'To use Polyaxon auth system.', default: true }),
    external: text({
      ...common,
      label: 'External auth URL',
      description: 'URL of an external auth service (POLYAXON_PROXY_AUTH_EXTERNAL); used only when auth is enabled.',
      placeholder: 'https://auth.example.com',
    }),
    useResolver: bool({
      ...common,
      label: 'Use resolver',
      description: 'The resolve and authenticate all traffic for managed services.',
      docs: {
        default: 'true',
        note: 'The chart leaves it unset, so POLYAXON_PROXY_AUTH_USE_RESOLVER is not written and the runtime default is false: set it to true explicitly.',
      },
    }),
  },
  {
    ...common,
    label: 'Auth',
    description: 'When you deploy an agent all traffic will be checked by the control plane: users must be allowed and authenticated, and services follow the team roles.',
  },
);
