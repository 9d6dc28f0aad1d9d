import * as z from 'zod';
import { agentGroup } from './keys/agent';
import { authGroup } from './keys/auth';
import { cleanHooksGroup, cleanerGroup, initGroup, notifierGroup, sidecarGroup } from './keys/auxiliaries';
import { connectionKeys, defaultArtifactsStoreKey } from './keys/connections';
import { deploymentKeys } from './keys/deployment';
import { dnsGroup } from './keys/dns';
import { externalServicesGroup } from './keys/external-services';
import { gatewayGroup } from './keys/gateway';
import { apiKeys, hostKeys, includeChartRevisionKeys, limitResourcesKeys, platformKeys, rbacKeys } from './keys/globals';
import { ingressGroup } from './keys/ingress';
import { istioGroup, uiGroup } from './keys/istio-ui';
import { namespaceKeys } from './keys/namespace';
import { operatorGroup } from './keys/operator';
import { operatorsGroup } from './keys/operators';
import { proxyGroup } from './keys/proxy';
import { globalImagePullSecretsKey, globalMetadataKeys, globalSchedulingKeys } from './keys/scheduling';
import { agentSecretKeys, platformSecretKeys } from './keys/secrets';
import { securityContextGroup } from './keys/security-context';
import { sslGroup } from './keys/ssl';
import { timeZoneKeys } from './keys/time-zone';

/**
 * The one schema of the chart's values: every key the agent chart (or the
 * Polyaxon CLI) reads, in output order. The order follows the chart's
 * values.yaml; keys absent from it sit next to their relatives. Each key's
 * docs, defaults and widget live next to it in src/schema/keys/.
 */
export const valuesSchema = z.object({
  ...deploymentKeys,
  ...namespaceKeys,
  ...limitResourcesKeys,
  ...rbacKeys,
  externalServices: externalServicesGroup,
  proxy: proxyGroup,
  auth: authGroup,
  ingress: ingressGroup,
  ssl: sslGroup,
  dns: dnsGroup,
  ...timeZoneKeys,
  ...platformKeys,
  ...agentSecretKeys,
  ...platformSecretKeys,
  gateway: gatewayGroup,
  agent: agentGroup,
  operator: operatorGroup,
  notifier: notifierGroup,
  cleaner: cleanerGroup,
  cleanHooks: cleanHooksGroup,
  init: initGroup,
  sidecar: sidecarGroup,
  securityContext: securityContextGroup,
  ...globalMetadataKeys,
  ...globalSchedulingKeys,
  ...globalImagePullSecretsKey,
  ...defaultArtifactsStoreKey,
  ...connectionKeys,
  ...includeChartRevisionKeys,
  ...hostKeys,
  istio: istioGroup,
  ...apiKeys,
  ui: uiGroup,
  operators: operatorsGroup,
});
