import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';

export interface DownloadedFile {
  download: Download;
  name: string;
  text: string;
}

/** Clicks a download button and returns the file's name and text. */
export async function downloadWith(page: Page, button: Locator): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await download.path();
  return { download, name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

/** The "Download values.yaml" button. */
export function downloadButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Download values.yaml' });
}

/**
 * The comment header a downloaded file puts before the preview text: `undefined` when the
 * file does not end with the preview text byte for byte.
 */
export function headerBefore(fileText: string, previewText: string): string | undefined {
  if (!fileText.endsWith(previewText)) return undefined;
  return fileText.slice(0, fileText.length - previewText.length);
}
