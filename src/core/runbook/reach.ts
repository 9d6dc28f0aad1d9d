import { shellQuote } from '../helm-command/shell-quote';
import { isPlainMap, type Values } from '../../shared/values';
import { gatewayService, ingressName } from './names';
import { placeholder, placeholdersIn } from './placeholder';
import type { RunbookInput, RunbookStep } from './types';

const map = (v: unknown): Values => (isPlainMap(v) ? v : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** Whether a TLS host entry covers `host` (exactly, or as a one-label `*.` wildcard). */
export function tlsCovers(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  if (p === h) return true;
  return p.startsWith('*.') && h.endsWith(p.slice(1)) && !h.slice(0, h.length - p.length + 1).includes('.');
}

function tlsHosts(ingress: Values): string[] {
  const entries = Array.isArray(ingress.tls) ? ingress.tls : [];
  return entries.flatMap((e) => (Array.isArray(map(e).hosts) ? (map(e).hosts as unknown[]) : [])).filter((h): h is string => typeof h === 'string');
}

function withPort(scheme: 'http' | 'https', host: string, port: number): string {
  const standard = (scheme === 'http' && port === 80) || (scheme === 'https' && port === 443);
  return `${scheme}://${host}${standard ? '' : `:${port}`}/`;
}

function reach(title: string, lines: string[], note: string, url: string): RunbookStep {
  const command = lines.join('\n');
  return { id: 'reach', phase: 'reach', title, command, note, url, placeholders: placeholdersIn(command) };
}

/** `polyaxon config set --host=URL`: points the Polyaxon CLI at the gateway (only for a URL without placeholders). */
function cliLine(url: string, https: boolean): string {
  return `polyaxon config set --host=${shellQuote(url.replace(/\/$/, ''))}${https ? ' --use_https=true' : ''}`;
}

/**
 * How to reach the gateway, the way the values say: the Ingress URL (https
 * when a TLS entry covers the host), the NodePort on a node's address, the
 * LoadBalancer's address, else a port-forward to the ClusterIP Service.
 */
export function reachSteps(input: RunbookInput, full: Values): RunbookStep[] {
  const ns = shellQuote(input.namespace);
  const ingress = map(full.ingress);
  const service = map(map(full.gateway).service);
  const type = str(service.type) ?? 'ClusterIP';
  const port = typeof service.port === 'number' ? service.port : 80;
  const host = str(ingress.hostName);
  const svc = shellQuote(gatewayService(input.release));

  if (ingress.enabled === true && host) {
    const hosts = tlsHosts(ingress);
    const https = hosts.some((h) => tlsCovers(h, host));
    const url = `${https ? 'https' : 'http'}://${host}/`;
    const partial = !https && hosts.length > 0;
    return [
      reach(
        `Open the gateway at ${url}`,
        [`kubectl get ingress ${shellQuote(ingressName(input.release))} -n ${ns}`, `curl -sS -o /dev/null -w '%{http_code}\\n' ${shellQuote(url)}`, cliLine(url, https)],
        [
          `Point the DNS name ${host} at the address kubectl shows (ADDRESS); curl then prints the gateway's HTTP status.`,
          https ? 'TLS covers the host, so the gateway is served over https.' : 'No TLS entry covers the host, so it is served over plain http.',
          partial && `ingress.tls lists ${hosts.join(', ')}, not ${host}.`,
        ]
          .filter(Boolean)
          .join(' '),
        url,
      ),
    ];
  }
  if (type === 'NodePort') {
    const nodePort = typeof service.nodePort === 'number' ? service.nodePort : 31822;
    const https = map(full.ssl).enabled === true;
    const url = withPort(https ? 'https' : 'http', placeholder('node address'), nodePort);
    return [
      reach(
        `Open the gateway on node port ${nodePort}`,
        [`kubectl get svc ${svc} -n ${ns}`, 'kubectl get nodes -o wide'],
        `The gateway listens on port ${nodePort} of every node: open ${url} with a node's EXTERNAL-IP (or INTERNAL-IP inside the network).`,
        url,
      ),
    ];
  }
  if (type === 'LoadBalancer') {
    const url = withPort('http', placeholder('load balancer address'), port);
    return [
      reach(
        'Open the gateway on its load balancer',
        [`kubectl get svc ${svc} -n ${ns} -o jsonpath='{.status.loadBalancer.ingress[0]}{"\\n"}'`],
        `The address can take a few minutes to appear (kubectl get svc -w). Then open ${url}.`,
        url,
      ),
    ];
  }
  const url = 'http://localhost:8000/';
  return [
    reach(
      'Reach the gateway through a port-forward',
      [`kubectl port-forward -n ${ns} svc/${svc} 8000:${port}`],
      `The Service is ClusterIP, reachable only inside the cluster: keep this running and open ${url} (Ctrl+C stops it). In another shell, ${cliLine(url, false)} points the Polyaxon CLI at it.`,
      url,
    ),
  ];
}
