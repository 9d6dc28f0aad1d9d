import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { memo, useCallback } from 'react';
import { nameProblems, type CommandBlock, type CommandVariant, type SecretMode } from '../../core/helm-command/build';
import { hasAgentToken } from '../../core/helm-command/secret-mode';
import { CodeBlock, type CodeMask } from '../../ui/code-block';
import { CopyButton } from '../../ui/copy-button';
import { SelectInput } from '../../ui/select-input';
import { DEFAULT_NAMESPACE } from '../builder/form-namespace';
import { LiveProblemsRemain } from '../preview/problems-remain';
import { useOutputSettings } from './output-settings';
import { useOutputSelector, useOutputStore, WithOutputStore } from './output-store-context';

const VARIANTS: readonly { value: CommandVariant; label: string }[] = [
  { value: 'file', label: '-f values.yaml' },
  { value: 'stdin', label: 'Self-contained (heredoc)' },
  { value: 'set', label: '--set flags' },
  { value: 'cli', label: 'Polyaxon CLI' },
];

const SECRET_MODES: readonly { value: SecretMode; label: string }[] = [
  { value: 'inline', label: 'Inline in the command' },
  { value: 'env', label: 'From $POLYAXON_AGENT_TOKEN' },
  { value: 'secret', label: 'Kubernetes secret' },
];

/**
 * The helm (or Polyaxon CLI) commands for the current values, each with its
 * own Copy button. The variant, token handling and release it sets are shared
 * with the preview, so the commands deploy exactly the file shown there.
 */
export function HelmCommandPanel() {
  return (
    <WithOutputStore>
      <HelmCommandPanelBody />
    </WithOutputStore>
  );
}

/** The controls re-render when the settings, the namespace or whether a token is set change; the blocks on their own. */
function HelmCommandPanelBody() {
  const settings = useOutputSettings();
  const { release, setRelease, variant, setVariant, secretMode, setSecretMode } = settings;
  const namespace = useOutputSelector((store) => store.getState().profile.namespace);
  const hasToken = useOutputSelector((store) => hasAgentToken(store.getState().computed.changed));
  // Checked against a valid namespace so only the release name's own problems show here.
  const releaseProblems = nameProblems(release, DEFAULT_NAMESPACE);

  return (
    <Box component="section" aria-labelledby="helm-command-heading">
      <Typography id="helm-command-heading" component="h2" variant="h2" sx={{ mb: 1 }}>
        Helm command
      </Typography>
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, mb: 1 }}>
        <TextField
          name="releaseName-cmd"
          label="Release name"
          value={release}
          onChange={(e) => setRelease(e.target.value)}
          error={releaseProblems.length > 0}
          helperText={releaseProblems.length > 0 ? releaseProblems.join(' ') : `Namespace: ${namespace} (from the Namespace field)`}
          slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
        />
        {hasToken && (
          <SelectInput
            name="secretMode-cmd"
            label="Agent token"
            value={secretMode}
            options={SECRET_MODES}
            onValueChange={(v) => setSecretMode(v as SecretMode)}
            helperText="How the command passes agent.token"
          />
        )}
      </Box>
      <ToggleButtonGroup
        value={variant}
        exclusive
        size="small"
        color="primary"
        aria-label="Command variant"
        onChange={(_, v: CommandVariant | null) => v && setVariant(v)}
        sx={{ flexWrap: 'wrap', mb: 1.5, '& .MuiToggleButton-root': { textTransform: 'none', py: 0.25, px: 1.25, fontSize: '0.8rem' } }}
      >
        {VARIANTS.map((v) => (
          <ToggleButton key={v.value} value={v.value}>
            {v.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <CommandBlocks />
      <LiveProblemsRemain />
    </Box>
  );
}

/** The command blocks: the store keeps the list's identity while every block reads the same. Secrets are masked on screen; Copy writes the real command. */
function CommandBlocks() {
  const store = useOutputStore();
  const blocks = useOutputSelector((s) => s.getBlocks());
  const shown = useOutputSelector((s) => s.getShownBlocks());
  const masks = useOutputSelector((s) => s.getShown(false).masked);
  const onReveal = useCallback((id: string) => store.reveal(id), [store]);
  return (
    <>
      {blocks.map((block, i) => (
        <CommandBlockView
          key={block.id}
          title={block.title}
          command={block.command}
          shownCommand={shown[i]?.command ?? block.command}
          masks={masks}
          onReveal={onReveal}
          note={block.note}
        />
      ))}
    </>
  );
}

interface CommandBlockViewProps extends Omit<CommandBlock, 'id'> {
  /** The command as shown: secrets replaced by markers (see core/secrets). */
  shownCommand: string;
  masks: readonly CodeMask[];
  onReveal: (id: string) => void;
}

/** One block, memoized on its strings: a block whose text did not change does not re-render. */
const CommandBlockView = memo(function CommandBlockView({ title, command, shownCommand, masks, onReveal, note }: CommandBlockViewProps) {
  const masked = shownCommand !== command;
  return (
    <Box sx={{ mb: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
        <Typography component="h3" variant="h3" sx={{ flex: 1 }}>
          {title}
        </Typography>
        <CopyButton text={command} label="Copy" copiedLabel={masked ? 'Copied, secrets included' : 'Copied'} aria-label={`Copy: ${title}`} />
      </Box>
      <CodeBlock text={shownCommand} masks={masked ? masks : undefined} onReveal={onReveal} maxHeight="40vh" wrap />
      {note && (
        <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block', mt: 0.5 }}>
          {note}
        </Typography>
      )}
    </Box>
  );
});
