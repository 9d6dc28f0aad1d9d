import { MAX_INPUT_BYTES, decodeBytes } from '../../core/import/input-guard';

export type FileText = { readonly ok: true; readonly name: string; readonly text: string } | { readonly ok: false; readonly name: string; readonly message: string };

/** Reads a picked or dropped file as strict UTF-8 text (size and binary checks come from the core). */
export async function readFileText(file: File): Promise<FileText> {
  if (file.size > MAX_INPUT_BYTES) {
    return { ok: false, name: file.name, message: `${file.name} is ${(file.size / (1024 * 1024)).toFixed(1)} MB; at most 1.0 MB can be imported.` };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, name: file.name, message: `The file ${file.name} could not be read.` };
  }
  const decoded = decodeBytes(bytes);
  return decoded.ok ? { ok: true, name: file.name, text: decoded.text } : { ok: false, name: file.name, message: decoded.error.message };
}
