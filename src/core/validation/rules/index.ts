import type { Rule } from '../types';
import { additionalNamespacesRender } from './additional-namespaces-render';
import { agentAuth } from './agent-auth';
import { agentInstance } from './agent-instance';
import { artifactsStoreKind } from './artifacts-store-kind';
import { chartLabelKeys } from './chart-label-keys';
import { chartUnquotedValues } from './chart-unquoted-values';
import { connectionNamesUnique } from './connection-names-unique';
import { defaultArtifactsStore } from './default-artifacts-store';
import { deploymentVersion } from './deployment-version';
import { externalHost } from './external-host';
import { gatewayHpa } from './gateway-hpa';
import { gatewayPortSet } from './gateway-port-set';
import { ingressExtraPaths } from './ingress-extra-paths';
import { ingressHostRequired } from './ingress-host-required';
import { ingressServiceType } from './ingress-service-type';
import { ingressTlsHosts } from './ingress-tls-hosts';
import { legacySecurityContext } from './legacy-security-context';
import { mountConnectionsExist } from './mount-connections-exist';
import { nodePortRange } from './node-port-range';
import { nodePortType } from './node-port-type';
import { notesStringsSet } from './notes-strings-set';
import { notReadByChart } from './not-read-by-chart';
import { resourceRequestLimit } from './resource-request-limit';
import { securityContextPair } from './security-context-pair';
import { serviceAccountAnnotations } from './service-account-annotations';
import { sslNotMounted } from './ssl-not-mounted';
import { sslRequirements } from './ssl-requirements';

/** Every cross-field rule validateValues runs, in no particular order (problems are sorted by schema order). */
export const RULES: readonly Rule[] = [
  ingressHostRequired,
  ingressServiceType,
  ingressTlsHosts,
  ingressExtraPaths,
  sslRequirements,
  sslNotMounted,
  securityContextPair,
  legacySecurityContext,
  connectionNamesUnique,
  artifactsStoreKind,
  mountConnectionsExist,
  nodePortType,
  nodePortRange,
  agentAuth,
  agentInstance,
  gatewayHpa,
  externalHost,
  deploymentVersion,
  notReadByChart,
  resourceRequestLimit,
  additionalNamespacesRender,
  defaultArtifactsStore,
  notesStringsSet,
  gatewayPortSet,
  serviceAccountAnnotations,
  chartUnquotedValues,
  chartLabelKeys,
];
