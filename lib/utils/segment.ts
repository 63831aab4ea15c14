/**
 * A dynamic route segment as text. `decodeURIComponent` throws on a lone `%` (`/domains/%`): such a segment names
 * nothing, so it reads as an empty string, which every page's own check refuses with its not-found page, whichever
 * server runs the panel.
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}
