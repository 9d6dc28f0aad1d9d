import Edit from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';

/** The button that switches the preview to the editor (the editor itself loads when first opened). */
export function EditYamlButton({ onClick }: { onClick: () => void }) {
  return (
    <Button size="small" variant="outlined" startIcon={<Edit />} onClick={onClick}>
      Edit YAML
    </Button>
  );
}
