import { bool, group, text } from '../fields';
import { DNS1123_SUBDOMAIN } from '../patterns';

/** ssl: SSL flags for a NodePort gateway. The agent chart sets env flags only and never mounts the certificate. */

const anchor = 'ssl';
const common = { docsAnchor: anchor, readBy: 'chart', cli: 'accepted' } as const;

const NOT_MOUNTED = 'The agent chart never mounts ssl.secretName: it only sets POLYAXON_SSL_ENABLED and related flags. To terminate TLS, use ingress TLS instead.';

export const sslGroup = group(
  {
    enabled: bool({
      ...common,
      label: 'Enable SSL',
      description: 'Sets POLYAXON_SSL_ENABLED and POLYAXON_SSL_REDIRECT_ENABLED (SSL is also on when ingress.tls is set).',
      warning: NOT_MOUNTED,
    }),
    secretName: text(
      {
        ...common,
        label: 'Certificate secret',
        description: 'Name of the Secret holding the certificate and key.',
        placeholder: 'polyaxon-cert',
        warning: NOT_MOUNTED,
      },
      (s) => s.regex(DNS1123_SUBDOMAIN, 'A Secret name (lower-case DNS subdomain)'),
    ),
    path: text(
      {
        ...common,
        label: 'Certificate path',
        description: 'POLYAXON_SSL_PATH, written only when SSL is enabled and secretName and path are set.',
        placeholder: '/etc/ssl',
        docs: { note: 'The docs say the certificate is mounted at /etc/ssl by default; the agent chart mounts nothing, and /etc/ssl is never used.' },
      },
      (s) => s.regex(/^\//, 'An absolute path'),
    ),
  },
  {
    ...common,
    label: 'SSL',
    description: 'To set ssl and serve https with Polyaxon deployed with NodePort service.',
    emptyDefault: true,
    warning: NOT_MOUNTED,
  },
);
