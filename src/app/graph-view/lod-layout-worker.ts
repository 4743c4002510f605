// Runs the force layout of the level-of-detail projection off the main thread: the canvas
// shows the actors at once (spiral by importance) and moves them into place when this answers.
import { projectionLayout } from '../../domain/level-of-detail-layout';

export interface LodLayoutRequest {
  ids: string[];
  links: Array<[string, string]>;
  seed: number;
}
export type LodLayoutReply = Array<[string, number, number]>;

self.onmessage = (event: MessageEvent<LodLayoutRequest>) => {
  const { ids, links, seed } = event.data;
  const positions = projectionLayout(
    ids,
    links.map(([source, target]) => ({ source, target })),
    { seed },
  );
  const reply: LodLayoutReply = [...positions].map(([id, p]) => [id, p.x, p.y]);
  (self as unknown as { postMessage(m: LodLayoutReply): void }).postMessage(reply);
};
