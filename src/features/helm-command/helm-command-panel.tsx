import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { memo, useCallback } from 'react';
import { type CommandBlock, type CommandVariant, type SecretMode } from '../../core/helm-command/build';
import { hasAgentToken } from '../../core/helm-command/secret-mode';
import { CodeBlock, type CodeMask } from '../../ui/code-block';
import { CopyButton } from '../../ui/copy-button';
import { SelectInput } from '../../ui/select-input';
import { LiveProblemsRemain, useActionProblems } from '../preview';
import { useOutputSettings, useOutputStore, useSettledOutputSelector, WithOutputStore } from '../output';
import { ReleaseTarget } from './release-target';

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
  const { variant, setVariant, secretMode, setSecretMode } = settings;
  const hasToken = useSettledOutputSelector((store) => hasAgentToken(store.getState().computed.changed));
  const { report, notice } = useActionProblems();

  return (
    // Below the preview in the output column: while scrolled away it is neither laid out nor painted when its commands change.
    <Box component="section" aria-labelledby="helm-command-heading" sx={{ contentVisibility: 'auto', containIntrinsicSize: 'auto 600px' }}>
      <Typography id="helm-command-heading" component="h2" variant="h2" sx={{ mb: 1 }}>
        Helm command
      </Typography>
      <ReleaseTarget />
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, mb: 1 }}>
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
      <CommandBlocks onCopied={report} />
      <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block', mb: 0.5 }}>
        The Secrets to create first, the checks, the gateway URL and the uninstall are steps in <Link href="#deploy-heading">Deploy</Link> below.
      </Typography>
      <LiveProblemsRemain />
      {notice}
    </Box>
  );
}

/** The command blocks: the store keeps the list's identity while every block reads the same. Secrets are masked on screen; Copy writes the real command. */
function CommandBlocks({ onCopied }: { onCopied: (action: string) => void }) {
  const store = useOutputStore();
  const blocks = useSettledOutputSelector((s) => s.getBlocks());
  const shown = useSettledOutputSelector((s) => s.getShownBlocks());
  const masks = useSettledOutputSelector((s) => s.getShown(false).masked);
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
          onCopied={onCopied}
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
  onCopied: (action: string) => void;
}

/** One block, memoized on its strings: a block whose text did not change does not re-render. */
const CommandBlockView = memo(function CommandBlockView({ title, command, shownCommand, masks, onReveal, note, onCopied }: CommandBlockViewProps) {
  const masked = shownCommand !== command;
  return (
    <Box sx={{ mb: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
        <Typography component="h3" variant="h3" sx={{ flex: 1 }}>
          {title}
        </Typography>
        <CopyButton text={command} label="Copy" copiedLabel={masked ? 'Copied, secrets included' : 'Copied'} aria-label={`Copy: ${title}`} onCopied={() => onCopied(`Copied "${title}"`)} />
      </Box>
      <CodeBlock text={shownCommand} masks={masked ? masks : undefined} onReveal={onReveal} maxHeight="40vh" wrap language="shell" />
      {note && (
        <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block', mt: 0.5 }}>
          {note}
        </Typography>
      )}
    </Box>
  );
});
