/**
 * WCAG 2 contrast ratios between CSS colours (#rgb, #rrggbb, #rrggbbaa,
 * rgb()/rgba()), for tests that keep both themes readable. A translucent
 * foreground is composited over the background first.
 */
interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

function parseColor(text: string): Rgba {
  const s = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s);
  if (hex) {
    let h = hex[1] ?? '';
    if (h.length <= 4) h = [...h].map((c) => c + c).join('');
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(s);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? Number(fn[4].slice(0, -1)) / 100 : Number(fn[4]);
    return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: alpha };
  }
  throw new Error(`not a colour this check understands: "${text}"`);
}

/** The colour seen when `fg` (maybe translucent) is drawn over the opaque `bg`. */
function composite(fg: Rgba, bg: Rgba): Rgba {
  const mix = (f: number, b: number) => f * fg.a + b * (1 - fg.a);
  return { r: mix(fg.r, bg.r), g: mix(fg.g, bg.g), b: mix(fg.b, bg.b), a: 1 };
}

/** WCAG relative luminance of an opaque colour. */
function relativeLuminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio (1 to 21) of text `fg` on background `bg` (bg must be opaque). */
export function contrastRatio(fg: string, bg: string): number {
  const back = parseColor(bg);
  if (back.a !== 1) throw new Error(`the background must be opaque: "${bg}"`);
  const front = composite(parseColor(fg), back);
  const [hi, lo] = [relativeLuminance(front), relativeLuminance(back)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The opaque colour seen when `fg` (maybe translucent, such as a tinted row) is drawn over the opaque `bg`, as rgb(). */
export function flatten(fg: string, bg: string): string {
  const { r, g, b } = composite(parseColor(fg), parseColor(bg));
  return `rgb(${[r, g, b].map((c) => Math.round(c)).join(', ')})`;
}
