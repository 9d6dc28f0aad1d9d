import Box from '@mui/material/Box';

/** Text with `backticks` shown as code (messages of the core name keys so). */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/g);
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith('`') && p.endsWith('`') && p.length > 1 ? (
          <Box component="code" key={i} sx={{ fontSize: '0.85em', bgcolor: 'action.hover', px: 0.4, borderRadius: 0.5 }}>
            {p.slice(1, -1)}
          </Box>
        ) : (
          <span key={i}>{p}</span>
        ),
      )}
    </>
  );
}
