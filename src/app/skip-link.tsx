import { Link } from '../ui/light-typography';

/** A keyboard shortcut past the long form, visible only when focused. */
export function SkipLink({ target, children }: { target: string; children: string }) {
  return (
    <Link
      href={`#${target}`}
      onClick={(e) => {
        const el = document.getElementById(target);
        if (!el) return;
        e.preventDefault();
        el.scrollIntoView?.({ block: 'start' });
        el.focus();
      }}
      sx={{
        position: 'absolute',
        left: 8,
        top: -48,
        zIndex: 2000,
        px: 1.5,
        py: 0.75,
        bgcolor: 'background.paper',
        border: 1,
        borderColor: 'primary.main',
        borderRadius: 1,
        '&:focus': { top: 8 },
      }}
    >
      {children}
    </Link>
  );
}
