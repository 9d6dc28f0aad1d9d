import { dnsLabel, oneOf, text } from '../fields';

/** CLI and meta keys: read by `polyaxon admin deploy`, never by the chart templates. */
export const deploymentKeys = {
  deploymentChart: oneOf(['agent', 'platform', 'gateway'], {
    label: 'Deployment chart',
    description: 'The deployment chart to use.',
    docsAnchor: 'deploymentchart',
    default: 'agent',
    readBy: 'cli',
    cli: 'accepted',
    docs: { note: 'Only the Polyaxon CLI reads this key; when it is absent the CLI assumes `platform`, so keep `agent`.' },
  }),
  deploymentType: oneOf(['kubernetes', 'minikube', 'microk8s', 'docker-compose', 'docker', 'heroku'], {
    label: 'Deployment type',
    description: 'Sets POLYAXON_DEPLOYMENT_TYPE; `minikube` changes the access instructions printed after install.',
    docsAnchor: 'deploymentchart',
    default: 'kubernetes',
    readBy: 'chart',
    cli: 'accepted',
  }),
  deploymentVersion: text({
    label: 'Deployment version',
    description: 'The deployment version to use, this is important if you are using polyaxon-cli to avoid accidentally deploying/upgrading to a version without noticing.',
    docsAnchor: 'deploymentversion',
    readBy: 'cli',
    cli: 'accepted',
    placeholder: '2.15.1',
    docs: {
      default: 'latest',
      note: 'Not in the chart’s values.yaml and never read by its templates: only the CLI adds `--version` from it. Written as a quoted string, since an unquoted 2.15 is a number.',
    },
  }),
  releaseName: dnsLabel({
    label: 'Release name',
    description:
      'The Helm release every command installs or upgrades, with Helm and with the Polyaxon CLI (which reads this key). Empty means `polyaxon`, and the CLI file then writes it (the CLI alone would default to `agent`).',
    docsAnchor: 'deploymentchart',
    readBy: 'cli',
    cli: 'accepted',
  }),
};
