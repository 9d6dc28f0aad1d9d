// @vitest-environment jsdom
import { ThemeProvider, alpha } from '@mui/material/styles';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { diffObjects } from '../../core/manifests/diff';
import type { K8sObject } from '../../core/manifests/objects';
import { contrastRatio, flatten } from '../../core/theme/contrast';
import type { ThemeMode } from '../../core/theme/preference';
import { appTheme } from '../../ui/theme/app-theme';
import { ObjectList } from './object-list';

afterEach(cleanup);

const object = (replicas: number): K8sObject => ({
  source: 'agent/templates/deployment.yaml',
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  name: 'agent',
  text: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: agent\nspec:\n  replicas: ${replicas}\n`,
});

describe.each<ThemeMode>(['light', 'dark'])('the manifests diff in the %s theme', (mode) => {
  test('added and removed lines are tinted with the theme’s success and error colours; their text stays readable (AA)', async () => {
    const theme = appTheme(mode);
    const before = object(1);
    const after = object(2);
    render(
      <ThemeProvider theme={theme}>
        <ObjectList objects={[after]} diffs={diffObjects([before], [after])} />
      </ThemeProvider>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Deployment\/agent/ }));
    });
    const lines = [...screen.getByLabelText('Differences').querySelectorAll('span')];
    const added = lines.find((l) => l.textContent === '+   replicas: 2');
    const removed = lines.find((l) => l.textContent === '-   replicas: 1');
    const addedTint = alpha(theme.palette.success.main, 0.15);
    const removedTint = alpha(theme.palette.error.main, 0.15);
    expect(added && getComputedStyle(added).backgroundColor).toBe(addedTint);
    expect(removed && getComputedStyle(removed).backgroundColor).toBe(removedTint);
    // The line is drawn on the diff's box (action.hover) on the paper.
    const box = flatten(theme.palette.action.hover, theme.palette.background.paper);
    for (const tint of [addedTint, removedTint]) {
      expect(contrastRatio(theme.palette.text.primary, flatten(tint, box))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
