// @vitest-environment jsdom
import { ThemeProvider } from '@mui/material/styles';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { withHeredoc } from '../core/helm-command/shell-quote';
import { displayYaml } from '../core/secrets';
import { CodeBlock } from './code-block';
import { appTheme } from './theme/app-theme';

afterEach(cleanup);

function renderCode(text: string, props: Partial<Parameters<typeof CodeBlock>[0]> = {}) {
  render(
    <ThemeProvider theme={appTheme('dark')}>
      <CodeBlock id="code" text={text} language="yaml" {...props} />
    </ThemeProvider>,
  );
  const pre = document.getElementById('code');
  if (!pre) throw new Error('no code block');
  return pre;
}

describe('CodeBlock language="yaml"', () => {
  test('tokens are spans with a yt-<type> class; the text content is the text', () => {
    const text = '# c\nagent:\n  port: 443\n  on: true\n  name: "x"\nlist:\n  - a\n';
    const pre = renderCode(text);
    expect(pre.textContent).toBe(text);
    expect([...pre.querySelectorAll('.yt-key')].map((e) => e.textContent)).toEqual(['agent', 'port', 'on', 'name', 'list']);
    expect(pre.querySelector('.yt-number')?.textContent).toBe('443');
    expect(pre.querySelector('.yt-literal')?.textContent).toBe('true');
    expect(pre.querySelector('.yt-comment')?.textContent).toBe('# c');
    expect(pre.querySelector('.yt-string')?.textContent).toBe('"x"');
  });

  test('masked secrets stay reveal buttons inside the highlighted text', () => {
    const { text, masked } = displayYaml({ agent: { token: 'abc' } });
    const onReveal = vi.fn();
    const pre = renderCode(text, { masks: masked, onReveal });
    fireEvent.click(screen.getByRole('button', { name: 'Reveal secret agent.token' }));
    expect(onReveal).toHaveBeenCalledWith('agent.token');
    expect(pre.textContent).toBe(text.replace(/‹secret-0›/, '••••••••'));
    expect(pre.querySelector('.yt-key')?.textContent).toBe('agent');
  });
});

describe('CodeBlock language="shell"', () => {
  test('the YAML in a heredoc is highlighted, the command around it is not; the text is unchanged', () => {
    const { text: yaml, masked } = displayYaml({ agent: { token: 'abc' }, namespace: 'ns' });
    const command = withHeredoc('helm upgrade --install polyaxon-agent polyaxon/agent -f -', yaml);
    const pre = renderCode(command, { language: 'shell', wrap: true, masks: masked });
    expect(pre.textContent).toBe(command.replace(/‹secret-0›/, '••••••••'));
    expect([...pre.querySelectorAll('.yt-key')].map((e) => e.textContent)).toEqual(['agent', 'token', 'namespace']);
    expect(pre.querySelector('.yt-key')?.closest('span[style]')).toBeNull(); // not inside the shell's nowrap words
    expect(screen.getByRole('button', { name: 'Reveal secret agent.token' })).toBeTruthy();
  });
});
