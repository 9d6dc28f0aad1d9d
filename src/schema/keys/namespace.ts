import { dnsLabel } from '../fields';

export const namespaceKeys = {
  namespace: dnsLabel({
    label: 'Namespace',
    description: 'The namespace that will be used by Polyaxon to create operations and communicate with other services.',
    docsAnchor: 'namespace',
    default: 'polyaxon',
    readBy: 'cli',
    cli: 'accepted',
    docs: {
      note: 'The chart never reads this key: resources go to Helm’s --namespace. The builder writes it for the CLI and puts the same namespace in the helm command.',
    },
  }),
};
