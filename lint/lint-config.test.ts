import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

/*
 * The lint config itself under test: files that break an architecture rule
 * (they exist only as text here) are linted with the repository's
 * eslint.config.js and must be rejected by the rule that guards it.
 */
const repoRoot = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: repoRoot });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('eslint.config.js', () => {
  test.each([
    ['src/ui/fancy-button.tsx', "import { useBuilder } from '../features/builder/builder-context';\nexport const x = useBuilder;\n"],
    ['src/features/share/share-note.tsx', "import { App } from '../../app/app';\nexport const x = App;\n"],
    ['src/schema/keys/extra.ts', "import { computeValues } from '../../core/values/output';\nexport const x = computeValues;\n"],
    ['src/core/values/extra.ts', "import { Section } from '../../features/builder/section';\nexport const x = Section;\n"],
    ['src/shared/extra.ts', "import { valuesSchema } from '../schema/values-schema';\nexport const x = valuesSchema;\n"],
    ['src/core/values/extra.ts', "import { runSeed } from '../../test-utils/run-seed';\nexport const x = runSeed;\n"],
    ['src/ui/lazy-note.tsx', "export const x = () => import('../features/builder/builder-context');\n"],
  ])('%s: a wrong import is rejected (%#)', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('architecture/import-zones');
  });

  test('a feature reaches another feature through its public entry, or lazily (a chunk of its own)', async () => {
    expect(await ruleIds('src/features/share/share-note.tsx', "export const x = () => import('../yaml-edit/yaml-edit-panel');\n")).toEqual([]);
    expect(await ruleIds('src/features/share/share-note.tsx', "import { useChartVersion } from '../builder';\nexport const x = useChartVersion;\n")).toEqual([]);
    expect(await ruleIds('src/features/share/share-note.tsx', "import { useChartVersion } from '../builder/index';\nexport const x = useChartVersion;\n")).toEqual([]);
  });

  test('allowed imports pass: the same feature, lower layers, and tests wiring anything', async () => {
    expect(
      await ruleIds(
        'src/features/share/share-note.tsx',
        "import { pageAddress } from './share-url';\nimport { toYaml } from '../../core/yaml/to-yaml';\nimport { CopyButton } from '../../ui/copy-button';\nexport const x = [pageAddress, toYaml, CopyButton];\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIds('src/ui/extra.test.tsx', "import { Section } from '../features/builder/section';\nimport { runSeed } from '../test-utils/run-seed';\nexport const x = [Section, runSeed];\n"),
    ).toEqual([]);
  });

  test('file names are kebab-case', async () => {
    expect(await ruleIds('src/ui/FancyButton.tsx', 'export const x = 1;\n')).toContain('architecture/file-names');
    expect(await ruleIds('src/core/my_values/extra.ts', 'export const x = 1;\n')).toContain('architecture/file-names');
    expect(await ruleIds('src/ui/fancy-button.test.tsx', 'export const x = 1;\n')).toEqual([]);
  });

  test('the rules of hooks are enforced', async () => {
    const code = "import { useState } from 'react';\nexport function Counter({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n";
    expect(await ruleIds('src/ui/counter.tsx', code)).toContain('react-hooks/rules-of-hooks');
  });

  test('the core stays framework-free', async () => {
    expect(await ruleIds('src/core/values/extra.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('src/core/values/extra.ts', 'export const x = () => localStorage.getItem("k");\n')).toContain('no-restricted-globals');
  });
});
