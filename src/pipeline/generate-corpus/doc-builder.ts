// Accumulates the text of a synthetic article and records its sentences and actor mentions with
// exact offsets (UTF-16 code units, as the pipeline counts them).
import type { SyntheticActor } from './actors';
import type { Rng } from './prng';

export interface RenderedMention {
  actor: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

/** Accumulates the article text and records sentences and mentions with their offsets. */
export class DocBuilder {
  private readonly parts: string[] = [];
  len = 0;
  readonly sentences: Array<{ start: number; end: number }> = [];
  readonly mentions: RenderedMention[] = [];
  private readonly seen = new Set<number>();
  private inParagraph = false;
  private sentenceStart = -1;

  constructor(
    private readonly actors: readonly SyntheticActor[],
    private readonly rng: Rng,
  ) {}

  text(s: string): void {
    this.parts.push(s);
    this.len += s.length;
  }

  paragraph(): void {
    if (this.sentences.length > 0) this.text('\n\n');
    this.inParagraph = false;
  }

  begin(): void {
    if (this.inParagraph) this.text(' ');
    this.inParagraph = true;
    this.sentenceStart = this.len;
  }

  end(): void {
    this.sentences.push({ start: this.sentenceStart, end: this.len });
  }

  mentioned(actor: number): boolean {
    return this.seen.has(actor);
  }

  /** Writes an actor's name: the label on first mention, then often its short form. */
  actor(index: number, surface?: string): void {
    const a = this.actors[index]!;
    let text = surface ?? a.label;
    if (!surface && this.seen.has(index) && a.short && this.rng.chance(0.6)) text = a.short;
    this.seen.add(index);
    this.mentions.push({ actor: index, sentence: this.sentences.length, start: this.len, end: this.len + text.length, text });
    this.text(text);
  }

  /** A person's name, introduced with their role on first mention ("Amir Tovask, the envoy of Veloria"). */
  person(index: number, comma: boolean): void {
    const first = !this.seen.has(index);
    this.actor(index);
    const role = this.actors[index]!.role;
    if (first && role && this.rng.chance(0.6)) {
      this.text(`, the ${role.title} of `);
      this.actor(role.of, this.actors[role.of]!.label);
      if (comma) this.text(',');
    }
  }

  verb(phrase: string, target: number): void {
    const at = phrase.indexOf('{T}');
    this.text(phrase.slice(0, at));
    this.actor(target);
    this.text(phrase.slice(at + 3));
  }

  build(): string {
    return `${this.parts.join('')}\n`;
  }
}
