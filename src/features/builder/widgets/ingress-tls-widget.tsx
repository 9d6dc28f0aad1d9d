import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { ListField } from './list-field';
import { listOf, mapOf, withKey } from './object-edit';
import { StringListEditor } from './string-list-editor';
import { asText } from './use-field';
import { domId, problemsUnder, type WidgetProps } from './widget-props';

/** Ingress TLS entries: a Secret name and the hosts it covers. */
export function IngressTlsWidget(props: WidgetProps) {
  return (
    <ListField
      widget={props}
      noun="TLS entry"
      emptyText="No TLS entries: the ingress serves plain HTTP."
      newItem={() => ({ secretName: '', hosts: [''] })}
      shownInRow={(item) => ['secretName', 'hosts', ...listOf(mapOf(item).hosts).map((_, h) => `hosts.${h}`)]}
      renderRow={({ item, path: p, update, problems, state }) => {
        const row = mapOf(item);
        const hostsLabel = domId('tls-hosts', p);
        const hostsMessage = state('hosts').helperText;
        return (
          <Box sx={{ display: 'grid', gap: 1 }}>
            <TextField
              name={`${p}.secretName`}
              label="Secret name"
              placeholder="polyaxon-tls"
              value={asText(row.secretName)}
              onChange={(e) => update(withKey(row, 'secretName', e.target.value))}
              {...state('secretName')}
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
              {hostsMessage && <Box sx={{ typography: 'caption', color: 'error.main' }}>{hostsMessage}</Box>}
            </Box>
          </Box>
        );
      }}
    />
  );
}
