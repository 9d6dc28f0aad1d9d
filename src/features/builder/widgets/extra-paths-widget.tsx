import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { ListField } from './list-field';
import { mapOf, withKey, withPath } from './object-edit';
import { asText } from './use-field';
import type { WidgetProps } from './widget-props';

const PORT_PATH = ['backend', 'service', 'port'];
const NAME_PATH = ['backend', 'service', 'name'];
const SUBKEYS = ['path', NAME_PATH.join('.'), PORT_PATH.join('.')];

/** A port typed as digits is a number; anything else is a named port. */
function portValue(text: string): number | string {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : text;
}

/** Extra ingress paths (path -> service name and port), e.g. AWS ALB redirect actions. */
export function ExtraPathsWidget(props: WidgetProps) {
  return (
    <ListField
      widget={props}
      noun="extra path"
      emptyText="No extra paths."
      newItem={() => ({ path: '', backend: { service: { name: '', port: 80 } } })}
      shownInRow={() => SUBKEYS}
      renderRow={({ item, path: p, update, state }) => {
        const row = mapOf(item);
        const service = mapOf(mapOf(row.backend).service);
        return (
          <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', sm: '1.2fr 1.2fr 0.8fr' } }}>
            <TextField
              name={`${p}.path`}
              label="Path"
              placeholder="/*"
              value={asText(row.path)}
              onChange={(e) => update(withKey(row, 'path', e.target.value))}
              {...state('path')}
            />
            <TextField
              name={`${p}.backend.service.name`}
              label="Service name"
              placeholder="ssl-redirect"
              value={asText(service.name)}
              onChange={(e) => update(withPath(row, NAME_PATH, e.target.value))}
              {...state('backend.service.name')}
            />
            <TextField
              name={`${p}.backend.service.port`}
              label="Service port"
              placeholder="use-annotation"
              value={asText(service.port)}
              onChange={(e) => update(withPath(row, PORT_PATH, e.target.value === '' ? '' : portValue(e.target.value)))}
              {...state('backend.service.port')}
            />
          </Box>
        );
      }}
    />
  );
}
