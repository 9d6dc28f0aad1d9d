import type { StylisPlugin } from '@emotion/cache';

/** MUI's sizes assume a 16px root font size. */
const ROOT_FONT_SIZE = 16;
const REM = /(^|[^\w.-])(-?\d*\.?\d+)rem\b/g;

/** `0.875rem` -> `14px` in a CSS value (numbers only: words that merely end in "rem" are left alone). */
export function remToPx(css: string): string {
  return css.replace(REM, (_, before: string, n: string) => `${before}${Number((parseFloat(n) * ROOT_FONT_SIZE).toFixed(4))}px`);
}

/**
 * Emotion (stylis) plugin for the shadow-root embed: `rem` is relative to the
 * host page's <html> font size, which the embedding page controls, so every
 * rem becomes px and the embed keeps its size whatever the page sets.
 */
export const remToPxPlugin: StylisPlugin = (element) => {
  if (element.type === 'decl' && element.value.includes('rem')) element.value = remToPx(element.value);
};
