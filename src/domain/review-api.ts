// What the workspace server and the explorer say to each other about review: the items of an
// article's annotation with their review states, the article list, and what a save returns. One
// definition for both sides (src/pipeline/workspace writes these, src/app/review reads them).

/** The review state of an annotation item; `rejected` items stay in the file and out of the graph. */
export const ITEM_REVIEW_STATES = ['suggested', 'reviewed', 'rejected'] as const;
export type ItemReview = (typeof ITEM_REVIEW_STATES)[number];

export interface RelationItem {
  id: string;
  source: string;
  type: string;
  target: string;
  quote: string;
  within?: string;
  status?: string;
  when?: string;
  date?: string;
  saidBy?: string;
  reportedBy?: string;
  note?: string;
  review: ItemReview;
  confidence?: number;
  rule?: string;
}

export interface MentionItem {
  /** Place in the file's `mentions` list. */
  index: number;
  /** null: the quote names no actor (it cancels an alias match). */
  actor: string | null;
  quote: string;
  within?: string;
  review: ItemReview;
  confidence?: number;
  rule?: string;
}

export interface ProposedActorItem {
  id: string;
  label: string;
  kind: string;
  role?: string;
  description?: string;
  affiliation?: string;
  aliases?: string[];
  review: ItemReview;
  confidence?: number;
  rule?: string;
}

export type ReviewCounts = Record<ItemReview, number>;

export type CandidateReason = 'same label' | 'alias' | 'near spelling' | 'shares a name';

/** A registry actor a proposed actor may really be, with the reason a reviewer can check. */
export interface ActorCandidate {
  id: string;
  label: string;
  why: CandidateReason;
}

export interface ArticleView {
  id: string;
  /** Hashes of the annotation and of the registry this view was read from; a write must carry them. */
  version: string;
  registryVersion: string;
  relations: RelationItem[];
  mentions: MentionItem[];
  actors: Array<ProposedActorItem & { candidates: ActorCandidate[] }>;
  counts: { relations: ReviewCounts; mentions: ReviewCounts };
}

export interface ArticleSummary {
  id: string;
  title: string;
  published: string;
  outlet?: string;
  suggested: number;
  reviewed: number;
  rejected: number;
  proposedActors: number;
}

/** The texts of one file before and after a save, so the browser can undo and redo it. */
export interface FileChange {
  file: 'annotation' | 'actors';
  before: string;
  after: string;
  beforeVersion: string;
  afterVersion: string;
}

export interface SavedReview {
  article: ArticleView;
  changes: FileChange[];
  /** Article ids the rebuild read again. */
  reread: string[];
  ms: number;
}
