// The one message an embedded atlas sends to the page that embeds it (README "Embedding"):
//   {type: 'kg-atlas:height', height: <CSS pixels, an integer>}
// It carries nothing but the height of the embedded page's content, so it is posted to any origin;
// the host page decides whom to believe (event.origin and event.source, see snippet.ts).
export const HEIGHT_MESSAGE_TYPE = 'kg-atlas:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

/** Whether `data` is a well-formed height message (the host's script makes the same checks). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const {type, height} = data as Record<string, unknown>;
  return type === HEIGHT_MESSAGE_TYPE && typeof height === 'number' && Number.isFinite(height) && height > 0 && height < 20_000;
}
