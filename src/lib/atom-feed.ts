// An Atom 1.0 feed (RFC 4287) as a string: absolute URLs, escaped text, updated dates.
export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  summary: string;
  updated: Date;
  lang: string;
}

export interface Feed {
  id: string;
  selfUrl: string;
  alternateUrl: string;
  title: string;
  lang: string;
  author: string;
  entries: readonly FeedEntry[];
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function requireAbsolute(url: string): string {
  if (!/^https?:\/\//.test(url)) throw new Error(`feed URLs must be absolute: ${url}`);
  return escapeXml(url);
}

export function atomFeed(feed: Feed): string {
  const newest = feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));
  const entries = feed.entries.map(
    (entry) => `  <entry xml:lang="${escapeXml(entry.lang)}">
    <id>${requireAbsolute(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${requireAbsolute(entry.url)}"/>
    <updated>${entry.updated.toISOString()}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">
  <id>${requireAbsolute(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${requireAbsolute(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${requireAbsolute(feed.alternateUrl)}"/>
  <updated>${newest.toISOString()}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}
