import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { ListEditor } from './list-editor';
import { listOf, mapOf, withKey } from './object-edit';
import { StringListEditor } from './string-list-editor';
import { leftoverMessages, subInputState } from './row-problems';
import { asText, useFieldValue } from './use-field';
import { domId, problemsUnder, type WidgetProps } from './widget-props';

/** Ingress TLS entries: a Secret name and the hosts it covers. */
export function IngressTlsWidget({ node, ids, describedBy, problems }: WidgetProps) {
  const field = useFieldValue(node.id);
  const items = listOf(field.value);
  return (
    <ListEditor
      items={items}
      onChange={field.onChange}
      labelId={ids.label}
      describedBy={describedBy}
      noun="TLS entry"
      emptyText="No TLS entries: the ingress serves plain HTTP."
      newItem={() => ({ secretName: '', hosts: [''] })}
      rowMessages={(i) =>
        leftoverMessages(
          problems,
          `${node.id}.${i}`,
          ['secretName', 'hosts', ...listOf(mapOf(items[i]).hosts).map((_, h) => `hosts.${h}`)],
        )
      }
      renderRow={(item, i, update) => {
        const row = mapOf(item);
        const p = `${node.id}.${i}`;
        const hostsLabel = domId('tls-hosts', p);
        return (
          <Box sx={{ display: 'grid', gap: 1 }}>
            <TextField
              name={`${p}.secretName`}
              label="Secret name"
              placeholder="polyaxon-tls"
              value={asText(row.secretName)}
              onChange={(e) => update(withKey(row, 'secretName', e.target.value))}
              {...subInputState(problems, `${p}.secretName`)}
            />
            <Box>
              <Box id={hostsLabel} sx={{ typography: 'caption', color: 'text.secondary', mb: 0.5 }}>
                Hosts
              </Box>
              <StringListEditor
                path={`${p}.hosts`}
                items={listOf(row.hosts)}
                onChange={(hosts) => update({ ...row, hosts })}
                labelId={hostsLabel}
                itemLabel="Host"
                noun="host"
                placeholder="polyaxon.acme.com"
                problems={problemsUnder(problems, `${p}.hosts`)}
              />
              {subInputState(problems, `${p}.hosts`).helperText && (
                <Box sx={{ typography: 'caption', color: 'error.main' }}>{subInputState(problems, `${p}.hosts`).helperText}</Box>
              )}
            </Box>
          </Box>
        );
      }}
    />
  );
}
