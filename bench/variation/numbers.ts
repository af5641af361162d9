// Number perturbation: each outlet reports its own figures, in the same written format.

import type { Rng } from '../prng.ts';

/** Years move by up to two, small counts (days, hours) stay small, other figures scale by 0.5–1.5×. */
export function perturbNumbers(text: string, rng: Rng): string {
  return text.replace(/\d[\d,]*(?:\.\d+)?/g, (raw) => {
    const value = Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(value)) return raw;
    if (/^(19|20)\d\d$/.test(raw)) return String(value + rng.int(-2, 2));
    if (value <= 31 && !raw.includes('.')) return String(rng.int(1, 28));
    const decimals = raw.includes('.') ? raw.split('.')[1]!.length : 0;
    const scaled = value * (0.5 + rng.next());
    if (decimals) return scaled.toFixed(decimals);
    // large round figures stay round: 100,000 becomes 87,000, not 86,913
    const step = scaled >= 1000 ? Math.pow(10, Math.floor(Math.log10(scaled)) - 1) : 1;
    const rounded = Math.max(1, Math.round(scaled / step) * step);
    return raw.includes(',') ? rounded.toLocaleString('en-US') : String(rounded);
  });
}
