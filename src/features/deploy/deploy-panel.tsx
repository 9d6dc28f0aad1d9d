import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { buildRunbook, type RunbookStep } from '../../core/runbook/build-runbook';
import { CodeBlock } from '../../ui/code-block';
import { CopyButton } from '../../ui/copy-button';
import { type OutputStore, useSettledOutputSelector, WithOutputStore } from '../output';

const PHASES: Record<RunbookStep['phase'], string> = {
  prepare: 'Prepare the cluster',
  install: 'Install',
  verify: 'Verify',
  reach: 'Reach the gateway',
  uninstall: 'Uninstall',
};

function runbookOf(store: OutputStore): readonly RunbookStep[] {
  const { output, profile } = store.getState();
  return buildRunbook({
    release: profile.release,
    namespace: profile.namespace,
    chartVersion: profile.version,
    values: output.values,
    yaml: output.yaml,
    variant: profile.variant,
    ...(output.secretMode ? { secretMode: output.secretMode } : {}),
  });
}

function sameStep(s: RunbookStep, t: RunbookStep): boolean {
  return s.id === t.id && s.title === t.title && s.command === t.command && s.note === t.note && s.url === t.url && s.phase === t.phase && s.placeholders.join('\n') === t.placeholders.join('\n');
}

function sameSteps(a: readonly RunbookStep[], b: readonly RunbookStep[]): boolean {
  return a.length === b.length && a.every((s, i) => sameStep(s, b[i] as RunbookStep));
}

/**
 * The deploy runbook: every step from an empty cluster to a reachable agent
 * and back, in order, each with its own Copy button. Computed by the pure
 * buildRunbook from the very values and variant the preview and the command
 * panel show; it re-renders only when a step's text changes.
 */
export function DeployPanel() {
  return (
    <WithOutputStore>
      <DeployPanelBody />
    </WithOutputStore>
  );
}

function DeployPanelBody() {
  const steps = useSettledOutputSelector(runbookOf, sameSteps);
  let phase: RunbookStep['phase'] | undefined;
  return (
    // Below the preview in the output column: while scrolled away it is neither laid out nor painted when a keystroke changes a step.
    <Box component="section" aria-labelledby="deploy-heading" sx={{ contentVisibility: 'auto', containIntrinsicSize: 'auto 1400px' }}>
      <Typography id="deploy-heading" component="h2" variant="h2" sx={{ mb: 0.5 }}>
        Deploy
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        Every step from an empty cluster to a running agent, derived from these values. Replace the marked <code>&lt;…&gt;</code> placeholders before you run a line.
      </Typography>
      <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {steps.map((step, i) => {
          const heading = step.phase !== phase ? PHASES[step.phase] : undefined;
          phase = step.phase;
          return <StepView key={step.id} n={i + 1} heading={heading} step={step} />;
        })}
      </Box>
    </Box>
  );
}

interface StepViewProps {
  n: number;
  heading: string | undefined;
  step: RunbookStep;
}

/** A step re-renders only when what it shows changed (a keystroke usually changes the install step alone). */
const sameStepView = (a: StepViewProps, b: StepViewProps) => a.n === b.n && a.heading === b.heading && sameStep(a.step, b.step);

const StepView = memo(function StepView({ n, heading, step }: StepViewProps) {
  const concreteUrl = step.url && step.placeholders.every((p) => !step.url?.includes(p));
  return (
    <Box component="li" data-step={step.id} sx={{ mb: 1.5 }}>
      {heading && (
        <Typography variant="overline" component="p" sx={{ color: 'text.secondary', lineHeight: 2 }}>
          {heading}
        </Typography>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
        <Typography component="h3" variant="h3" sx={{ flex: 1 }}>
          {n}. {step.title}
        </Typography>
        <CopyButton text={step.command} label="Copy" aria-label={`Copy step ${n}: ${step.title}`} />
      </Box>
      <CodeBlock text={step.command} maxHeight="30vh" wrap />
      {step.placeholders.length > 0 && (
        <Typography variant="caption" sx={{ color: 'warning.dark', display: 'block', mt: 0.5 }} data-testid="step-placeholders">
          Replace before running: {step.placeholders.join(', ')}
        </Typography>
      )}
      {step.url && (
        <Typography variant="caption" sx={{ display: 'block', mt: 0.5 }}>
          Gateway URL:{' '}
          {concreteUrl ? (
            <Link href={step.url} target="_blank" rel="noopener noreferrer" data-testid="gateway-url">
              {step.url}
            </Link>
          ) : (
            <code data-testid="gateway-url">{step.url}</code>
          )}
        </Typography>
      )}
      {step.note && (
        <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block', mt: 0.5 }}>
          {step.note}
        </Typography>
      )}
    </Box>
  );
}, sameStepView);
