import { describe, expect, test } from 'vitest';
import { remToPx } from './rem-to-px';

describe('remToPx', () => {
  test('converts rem numbers, keeps everything else', () => {
    expect(remToPx('font-size:0.875rem;')).toBe('font-size:14px;');
    expect(remToPx('margin:1rem -0.5rem 2rem .25rem;')).toBe('margin:16px -8px 32px 4px;');
    expect(remToPx('width:calc(100% - 1.5rem);')).toBe('width:calc(100% - 24px);');
    expect(remToPx('font-family:Lorem;content:"2 rem"')).toBe('font-family:Lorem;content:"2 rem"');
    expect(remToPx('line-height:1.5;font-size:16px')).toBe('line-height:1.5;font-size:16px');
  });
});
