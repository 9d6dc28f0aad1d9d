/** The chart's resource-name prefix: `polyaxon.fullname` = `<release>-polyaxon`, cut to 63 characters, no trailing `-`. */
export function chartFullname(release: string): string {
  return `${release}-polyaxon`.slice(0, 63).replace(/-+$/, '');
}

export const gatewayService = (release: string): string => `${chartFullname(release)}-gateway`;
export const ingressName = (release: string): string => `${chartFullname(release)}-ingress`;
