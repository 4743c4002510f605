// Notices about what the page could not keep (an unreadable saved layout, an imported graph no
// longer stored), said once over the canvas until dismissed. One per topic: a newer notice on the
// same topic replaces the older, and null takes it away.
export type NoticeTopic = 'layout' | 'import';

export interface PageNotice {
  topic: NoticeTopic;
  text: string;
}

let notices: readonly PageNotice[] = [];
const listeners = new Set<() => void>();

export function getPageNotices(): readonly PageNotice[] {
  return notices;
}

export function subscribePageNotices(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function showPageNotice(topic: NoticeTopic, text: string | null): void {
  const others = notices.filter((n) => n.topic !== topic);
  if (text === null && others.length === notices.length) return;
  notices = text === null ? others : [...others, { topic, text }];
  for (const listener of listeners) listener();
}
