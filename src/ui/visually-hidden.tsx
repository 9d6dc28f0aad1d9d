import type { ReactNode } from 'react';

const style = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** Text for assistive technology only (descriptions referenced by aria-describedby, a page heading no one needs to see). */
export function VisuallyHidden({ id, as: Tag = 'span', children }: { id?: string; as?: 'span' | 'h1'; children: ReactNode }) {
  return (
    <Tag id={id} style={style}>
      {children}
    </Tag>
  );
}
