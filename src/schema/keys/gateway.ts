import { bool, group, int, oneOf, port, stringMap, text } from '../fields';
import { byVersion } from '../meta';
import { IANA_SVC_NAME } from '../patterns';
import { imageKeys } from './images';
import { resourcesGroup } from './resources';
import { componentMetadataKeys, componentSchedulingKeys } from './scheduling';

/** The gateway: Deployment `<release>-polyaxon-streams` and Service `<release>-polyaxon-gateway`. */

const anchor = 'gateway';
const serviceAnchor = 'ingress-and-gateway-service';

const GATEWAY_SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'] as const;
const PROBE_SCHEMES = ['HTTP', 'HTTPS'] as const;

const HPA_WARNING = 'The chart’s HPA targets the Deployment <release>-polyaxon-gateway, which does not exist (the gateway Deployment is <release>-polyaxon-streams), so autoscaling does nothing.';

const serviceGroup = group(
  {
    name: text(
      {
        label: 'Service port name',
        description: 'Name of the gateway Service port.',
        docsAnchor: serviceAnchor,
        default: 'gateway',
        readBy: 'chart',
        cli: 'accepted',
      },
      (s) => s.max(15, 'At most 15 characters').regex(IANA_SVC_NAME, 'Lower-case letters, digits and "-", starting and ending with a letter or digit').regex(/[a-z]/, 'At least one letter'),
    ),
    type: oneOf(GATEWAY_SERVICE_TYPES, {
      label: 'Service type',
      description: 'Gateway Service type.',
      docsAnchor: serviceAnchor,
      default: 'ClusterIP',
      readBy: 'chart',
      cli: 'accepted',
    }),
    port: port({
      label: 'Service port',
      description: 'Port of the gateway Service; also the ingress backend port and the in-cluster proxy port. 443 makes the in-cluster gateway URL use https.',
      docsAnchor: serviceAnchor,
      default: 80,
      readBy: 'chart',
      cli: 'accepted',
    }),
    targetPort: port({
      label: 'Target port',
      description: 'Container port of the gateway, also used by its probes and as the proxy target port.',
      docsAnchor: serviceAnchor,
      default: 8000,
      readBy: 'chart',
      cli: 'accepted',
    }),
    nodePort: int(
      {
        label: 'Node port',
        description:
          'Node port of the gateway Service, written only when the Service type is NodePort. With NodePort the chart also sets POLYAXON_PLATFORM_HOST to http://<release>-polyaxon-gateway.<namespace>.svc.<cluster domain>:<node port>.',
        docsAnchor: serviceAnchor,
        default: 31822,
        readBy: 'chart',
        cli: 'accepted',
      },
      { min: 30000, max: 32767 },
    ),
    annotations: stringMap({
      label: 'Service annotations',
      description: 'Gateway Service annotations.',
      docsAnchor: serviceAnchor,
      default: {},
      readBy: 'chart',
      cli: 'accepted',
      docs: {
        key: 'api.service.annotations',
        note: 'The docs tell you to set api.service.annotations for DNS registration; the agent chart has no api service and reads gateway.service.annotations.',
      },
    }),
    scheme: oneOf(PROBE_SCHEMES, {
      label: 'Probe scheme',
      description: 'Scheme of the gateway liveness and readiness probes.',
      docsAnchor: serviceAnchor,
      fallback: 'HTTP',
      readBy: 'chart',
      cli: 'accepted',
    }),
  },
  {
    label: 'Gateway service',
    description: 'The Service in front of the gateway pods.',
    docsAnchor: serviceAnchor,
    readBy: 'chart',
    cli: 'accepted',
  },
);

const hpaGroup = group(
  {
    enabled: bool({
      label: 'Enable autoscaling',
      description: 'Renders an autoscaling/v1 HorizontalPodAutoscaler for the gateway.',
      docsAnchor: anchor,
      default: false,
      readBy: 'chart',
      cli: 'accepted',
      warning: HPA_WARNING,
    }),
    cputhreshold: int(
      {
        label: 'CPU threshold (%)',
        description: 'Target average CPU utilisation of the HPA, in percent.',
        docsAnchor: anchor,
        default: 70,
        readBy: 'chart',
        cli: 'accepted',
      },
      { min: 1, max: 100 },
    ),
    minpods: int({ label: 'Minimum pods', description: 'minReplicas of the HPA.', docsAnchor: anchor, default: 1, readBy: 'chart', cli: 'accepted' }, { min: 1 }),
    maxpods: int({ label: 'Maximum pods', description: 'maxReplicas of the HPA.', docsAnchor: anchor, default: 4, readBy: 'chart', cli: 'accepted' }, { min: 1 }),
  },
  {
    label: 'Gateway autoscaling',
    description: 'Horizontal pod autoscaling of the gateway.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'accepted',
    warning: HPA_WARNING,
  },
);

const routeText = 'Picks POLYAXON_HOST, in the order routes.gateway, routes.api, routes.streams, then localhost.';

const routesGroup = group(
  {
    gateway: bool({ label: 'Route gateway', description: `Route the gateway. ${routeText}`, docsAnchor: anchor, default: true, readBy: 'chart', cli: 'rejected' }),
    streams: bool({ label: 'Route streams', description: `Route the streams service. ${routeText}`, docsAnchor: anchor, default: true, readBy: 'chart', cli: 'rejected' }),
    api: bool({ label: 'Route API', description: `Route the API. ${routeText}`, docsAnchor: anchor, readBy: 'chart', cli: 'rejected' }),
  },
  {
    label: 'Gateway routes',
    description: 'This service is only routing the gateway and reverse proxying external services.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'rejected',
  },
);

const gatewayComponent = { title: 'Gateway', what: 'the gateway (streams) pod', metadataCli: 'rejected' } as const;

export const gatewayGroup = group(
  {
    enabled: bool({
      label: 'Gateway enabled',
      description: 'Not read by the agent chart: the gateway is always deployed.',
      docsAnchor: anchor,
      default: true,
      readBy: 'none',
      cli: 'accepted',
    }),
    ...imageKeys({ title: 'Gateway', what: 'the gateway (streams) container', image: 'polyaxon/polyaxon-streams', docsAnchor: anchor }),
    replicas: int({ label: 'Replicas', description: 'Number of gateway pods.', docsAnchor: anchor, default: 1, readBy: 'chart', cli: 'accepted' }, { min: 1 }),
    concurrency: int(
      {
        label: 'Concurrency',
        description: 'Server workers of the gateway (POLYAXON_PROXY_GATEWAY_CONCURRENCY), written only when non-zero.',
        docsAnchor: anchor,
        default: 2,
        since: '2.0.6',
        readBy: 'chart',
        cli: 'accepted',
      },
      { min: 0 },
    ),
    perCore: bool({
      label: 'Workers per core',
      description: 'Multiply the workers by the number of CPU cores (POLYAXON_PROXY_GATEWAY_PER_CORE).',
      docsAnchor: anchor,
      default: true,
      since: '2.0.6',
      readBy: 'chart',
      cli: 'accepted',
    }),
    resources: resourcesGroup(
      { title: 'Gateway', what: 'the gateway container', docsAnchor: anchor, limitedByLimitResources: true },
      {
        limits: {
          cpu: byVersion([
            ['2.0.0', '1000m'],
            ['2.0.1', '6000m'],
          ]),
          memory: byVersion([
            ['2.0.0', '2000Mi'],
            ['2.0.1', '8000Mi'],
          ]),
        },
        requests: {
          cpu: byVersion([
            ['2.0.0', '128m'],
            ['2.0.1', '1000m'],
          ]),
          memory: byVersion([
            ['2.0.0', '300Mi'],
            ['2.0.1', '2000Mi'],
          ]),
        },
      },
    ),
    service: serviceGroup,
    hpa: hpaGroup,
    routes: routesGroup,
    useResolver: bool({
      label: 'Use resolver',
      description: 'POLYAXON_PROXY_{GATEWAY,API,STREAMS}_USE_RESOLVER when no external host is set.',
      docsAnchor: anchor,
      readBy: 'chart',
      cli: 'rejected',
    }),
    ...componentSchedulingKeys(gatewayComponent),
    ...componentMetadataKeys(gatewayComponent),
  },
  {
    label: 'Gateway',
    description: 'The gateway is the service fronting the traffic to/from Polyaxon.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'accepted',
  },
);
