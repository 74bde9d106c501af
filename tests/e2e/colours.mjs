// Colours as the tests compare them: WCAG 2's relative luminance and contrast ratio of computed
// CSS colours.

/** The red, green and blue of `rgb(…)` (0–255) or of `color(srgb …)` (0–1, what color-mix gives). */
export const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map((v) => (c.startsWith('color(srgb') ? Number(v) * 255 : Number(v)));

export function luminance(colour) {
  const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = rgb(colour);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

export const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
