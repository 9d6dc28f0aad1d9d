import { oneOf, text } from '../fields';
import type { CliSupport } from '../meta';

/** Kubernetes image pull policies (the CLI enum, case-sensitive). */
const IMAGE_PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'] as const;

export interface ImageOwner {
  /** Label prefix, e.g. `Gateway`. */
  readonly title: string;
  /** What runs the image, e.g. `the gateway (streams) container`. */
  readonly what: string;
  /** values.yaml default image. */
  readonly image: string;
  readonly docsAnchor: string;
  readonly cli?: CliSupport;
}

/** `image`, `imageTag` and `imagePullPolicy` of one component; the tag defaults to the chart release. */
export function imageKeys(owner: ImageOwner) {
  const common = { docsAnchor: owner.docsAnchor, readBy: 'chart', cli: owner.cli ?? 'accepted' } as const;
  return {
    image: text({
      ...common,
      label: `${owner.title} image`,
      description: `Container image of ${owner.what}.`,
      default: owner.image,
      placeholder: owner.image,
    }),
    imageTag: text(
      {
        ...common,
        label: `${owner.title} image tag`,
        description: `Image tag of ${owner.what}; the chart pins it to its own release. Write it as a string (an unquoted 2.15 is a number, which the CLI rejects).`,
        defaultIsChartVersion: true,
      },
      (s) => s.min(1, 'An image tag').regex(/^[\w][\w.-]{0,127}$/, 'A Docker image tag: letters, digits, "_", "." and "-"'),
    ),
    imagePullPolicy: oneOf(IMAGE_PULL_POLICIES, {
      ...common,
      label: `${owner.title} image pull policy`,
      description: `imagePullPolicy of ${owner.what} (Always, IfNotPresent or Never; case-sensitive).`,
      default: 'IfNotPresent',
    }),
  };
}
