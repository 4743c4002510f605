// The extractor interface: one article and what the project knows (registry, relation types) in,
// a draft of sourced claims out. The default rule-based extractor implements it; another one (an
// ONNX model, a hosted language model) can be added and scored by the same `npm run eval:ingest`.
import type { ClaimStatus } from '../../domain/graph-contract';
import type { SentenceSpan } from '../../domain/sentences';
import type { ActorInput, RelationTypeInput } from '../schemas';

/** An article as the build reads it: raw text, publication date, where the body starts, sentences. */
export interface ArticleText {
  id: string;
  text: string;
  /** YYYY-MM-DD */
  published: string;
  bodyStart: number;
  /** Citable sentences (noise lines left out), offsets into `text`. */
  sentences: SentenceSpan[];
  place?: string;
  agency?: string;
  outlet?: string;
}

/** What the extractor may use: the registry and the relation-type taxonomy, as written in data/curated. */
export interface Knowledge {
  actors: readonly ActorInput[];
  relationTypes: readonly RelationTypeInput[];
}

interface Suggestion {
  /** 0..1: how sure the rule is. */
  confidence: number;
  /** The rule that produced it, e.g. "delisting: remove … from … list" or "alias", so a reviewer sees why. */
  rule: string;
}

/** An actor the registry does not know, found by NLP: proposed, never added silently. */
export interface ProposedActor extends Suggestion {
  id: string;
  label: string;
  kind: string;
  role?: string;
  /** Registry (or proposed) actor id guessed from a title ("Taliban Foreign Minister …"). */
  affiliation?: string;
  aliases?: string[];
}

/** An indirect reference ("the group", "he") resolved to an actor, or a proposed actor's name. */
export interface DraftMention extends Suggestion {
  actor: string;
  quote: string;
  /** A longer exact passage that makes `quote` unique in the article, when it is not. */
  within?: string;
}

export interface DraftRelation extends Suggestion {
  source: string;
  type: string;
  target: string;
  /** Exact words of the text that carry the claim (inside one sentence). */
  quote: string;
  within?: string;
  /** The article's own time words, resolved at build time against the publication date. */
  when?: string;
  /** EDTF date, when the extractor resolved it itself. */
  date?: string;
  status?: ClaimStatus;
  saidBy?: string;
  reportedBy?: string;
}

export interface Draft {
  title?: string;
  actors: ProposedActor[];
  mentions: DraftMention[];
  relations: DraftRelation[];
}

export interface Extractor {
  /** Short name, shown by eval:ingest. */
  readonly name: string;
  extract(article: ArticleText, knowledge: Knowledge): Draft;
}
