/** Filters and paging live in the URL, so every view can be shared and bookmarked. */

export type Query = Record<string, string | undefined>;

/** `href('/alliances', { status: 'ACTIVE', after: undefined })` → "/alliances?status=ACTIVE". */
export function href(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** "ACTIVE,DRAFT" → ["ACTIVE", "DRAFT"]; empty → undefined (no filter). */
export function list(value: string | undefined): string[] | undefined {
  const items =
    value
      ?.split(',')
      .map((item) => item.trim())
      .filter(Boolean) ?? [];
  return items.length ? items : undefined;
}
