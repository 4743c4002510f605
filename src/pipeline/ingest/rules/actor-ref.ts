// One reference to an actor in a sentence: how it was found and how sure the rule is.
export interface ActorRef {
  actor: string;
  kind: string;
  start: number;
  end: number;
  via: 'alias' | 'name' | 'reference';
  rule: string;
  confidence: number;
  /** Actors named together with this one ("Kazakhstan and Kyrgyzstan"), itself included. */
  group?: string[];
  /** "We", "our", "us" in a quotation: `actor` stands in until the claim's speaker is known (relations.ts). */
  speakersSide?: true;
  /** Registry actors named inside this name, made around them ("the UN" in "UN Security Council"). */
  inner?: string[];
}
