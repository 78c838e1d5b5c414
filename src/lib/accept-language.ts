// Picks the best UI locale from an Accept-Language header (RFC 9110 quality values).
export function pickLocale(header: string | null | undefined, available: readonly { code: string; tag: string }[]): string | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(',')
    .map((part, order) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { range: range.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter(({ range, quality }) => range.length > 0 && range !== '*' && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  for (const { range } of ranges) {
    const primary = range.split('-')[0];
    const match = available.find(({ tag }) => tag.toLowerCase() === range) ?? available.find(({ code }) => code === primary);
    if (match) return match.code;
  }
  return undefined;
}
