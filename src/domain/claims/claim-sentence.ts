// A claim in plain words: "Russia decided to remove the Taliban from its list of terrorist
// organisations — said by Zamir Kabulov, reported by TASS, published 5 Oct 2024". The verb carries
// the status, so that a hope, a plan or an allegation never reads as a fact.
import { formatEdtf } from '../edtf-format';
import type { GraphEdge } from '../graph-contract';
import type { GraphIndex } from '../graph-index';
import { edgeStatus, type DisplayStatus } from '../status';
import { restsOnSyntheticEvidence } from '../synthetic-evidence';
import { sourcingOf } from './claim-view';
import { listKind, verbFormsOf, type VerbForms } from './claim-verbs';

/** An actor as a sentence names it: "the" + "Taliban". */
export interface ActorWords {
  id: string;
  /** "the" before names the articles use it with ("the Taliban", "the United States"); else "". */
  article: string;
  label: string;
  plural: boolean;
  /** A person takes no "it" and owns no list: "announced an intention to", "the list". */
  person: boolean;
}

export interface ClaimSentence {
  /** Words before the subject for a claim in doubt: "It is denied that ". */
  lead: string;
  subject: ActorWords;
  /** Between subject and object: "decided to remove". */
  verb: string;
  object: ActorWords;
  /** After the object: " from its list of terrorist organisations". */
  rest: string;
  /** Whose words the claim rests on, unless it is the subject's own. */
  speaker: ActorWords | null;
  /** "said by", or "alleged by", "denied by" for claims in doubt. */
  speakerVerb: string;
  /** The outlet that relayed the words (an actor), or the outlets that published the claim. */
  reporter: { actor: ActorWords } | { outlets: string } | null;
  /** The claim's own date ("4 Oct 2024", "since 2003"), else when it appeared ("published 5 Oct 2024"). */
  when: string;
}

const articleCache = new WeakMap<GraphIndex, Map<string, boolean>>();

/**
 * Whether the articles say "the" before this actor's name: a third of its mentions or more
 * (never for persons). Read from the text, so "the Taliban" and "the UAE" but "Russia".
 */
function takesArticle(index: GraphIndex, nodeId: string): boolean {
  let byNode = articleCache.get(index);
  if (!byNode) articleCache.set(index, (byNode = new Map()));
  const known = byNode.get(nodeId);
  if (known !== undefined) return known;
  const node = index.nodes.get(nodeId);
  let the = 0;
  let total = 0;
  if (node && node.kind !== 'person' && !/^the\s/i.test(node.label)) {
    for (const m of node.mentions) {
      const sentence = index.sentences.get(m.sentenceId);
      const text = sentence ? index.documents.get(sentence.documentId)?.text : undefined;
      if (text === undefined) continue;
      total += 1;
      if (/^the\s/i.test(text.slice(m.start, m.end)) || /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) the += 1;
    }
  }
  const answer = total > 0 && the * 3 >= total;
  byNode.set(nodeId, answer);
  return answer;
}

/** Plural names agree with "are", "plan", "their": "Kyrgyz courts", "Regional countries" (a state's name never). */
function isPlural(label: string, kind: string | undefined): boolean {
  if (kind === 'state' || kind === 'person') return false;
  // A common noun at the end ("courts"), not a name ("United Nations").
  const last = label.trim().split(/\s+/).pop() ?? '';
  return /^[a-z]+[^su]s$/.test(last);
}

export function actorWords(index: GraphIndex, nodeId: string): ActorWords {
  const node = index.nodes.get(nodeId);
  let label = node?.label ?? nodeId;
  // A group spoken of as one ("International community") is a common noun inside a sentence.
  if (node?.kind === 'state-group' && /^[A-Z][a-z]+ [a-z]/.test(label)) label = label.charAt(0).toLowerCase() + label.slice(1);
  return { id: nodeId, article: takesArticle(index, nodeId) ? 'the' : '', label, plural: isPlural(label, node?.kind), person: node?.kind === 'person' };
}

/** "the Taliban", "Russia". */
export function actorText(a: ActorWords): string {
  return a.article ? `${a.article} ${a.label}` : a.label;
}

function fill(template: string, subject: ActorWords, list: string): string {
  return template
    .replaceAll('{its}', subject.person ? 'the' : subject.plural ? 'their' : 'its')
    .replaceAll('{is}', subject.plural ? 'are' : 'is')
    .replaceAll('{list}', list);
}

/** The verb phrase for a status, with {o} where the object goes; and words before the subject. */
function phraseFor(status: DisplayStatus, forms: VerbForms, subject: ActorWords, polarity: string | undefined, typeId: string): { lead: string; phrase: string } {
  const s = (one: string, many: string): string => (subject.plural ? many : one);
  switch (status) {
    case 'asserted':
      return { lead: '', phrase: forms.past };
    case 'decided':
      return { lead: '', phrase: `decided to ${forms.base}` };
    case 'announced':
      // No pronoun for a person: the graph does not know it.
      return { lead: '', phrase: subject.person ? `announced an intention to ${forms.base}` : `announced ${s('it', 'they')} will ${forms.base}` };
    case 'planned':
      return { lead: '', phrase: `${s('plans', 'plan')} to ${forms.base}` };
    case 'hoped':
      return { lead: '', phrase: `${s('hopes', 'hope')} to ${forms.base}` };
    case 'alleged':
      // An accusation is itself the allegation; a hostile deed is what one is accused of.
      if (typeId === 'accusation') return { lead: '', phrase: forms.past };
      if (polarity === 'conflict' && typeId !== 'denial') return { lead: '', phrase: `${s('is', 'are')} accused of ${forms.gerund}` };
      return { lead: '', phrase: forms.standing ? `${s('is', 'are')} allegedly ${forms.base.replace(/^be /, '')}` : `allegedly ${forms.past}` };
    case 'denied':
      return { lead: 'It is denied that ', phrase: forms.past };
    case 'unknown':
      return { lead: '', phrase: '' };
  }
}

/** The list a claim is about, from its quotes first (the sentences around them may speak of another list). */
function listOf(index: GraphIndex, edge: GraphEdge): string {
  const evidence = edge.reports ? edge.reports.flatMap((r) => r.evidence) : edge.evidence;
  const fromQuotes = listKind(evidence.map((ev) => ev.quote));
  if (fromQuotes !== 'list') return fromQuotes;
  return listKind(evidence.map((ev) => index.sentences.get(ev.sentenceId)?.text ?? ''));
}

function speakerVerbOf(status: DisplayStatus): string {
  if (status === 'denied') return 'denied by';
  if (status === 'alleged') return 'alleged by';
  return 'said by';
}

/** The claim as a sentence's parts (for a heading with links) and its attribution. */
export function claimSentence(index: GraphIndex, edge: GraphEdge): ClaimSentence {
  const type = index.types.get(edge.type);
  const subject = actorWords(index, edge.source);
  const object = actorWords(index, edge.target);
  const status = edgeStatus(edge);
  const forms = verbFormsOf(edge.type, { sourceKind: index.nodes.get(edge.source)?.kind, targetKind: index.nodes.get(edge.target)?.kind });
  const typeLabel = type?.label ?? edge.type;
  let lead: string;
  let verb: string;
  let rest: string;
  if (!forms || status === 'unknown') {
    // No phrasing for the type, or no status: say only that the file links them, and by what.
    lead = forms || status === 'asserted' || status === 'unknown' ? '' : `${capitalise(status)}: `;
    verb = `${subject.plural ? 'are' : 'is'} linked to`;
    rest = ` by “${typeLabel}”`;
  } else {
    const phrased = phraseFor(status, forms, subject, type?.polarity, edge.type);
    const [before = '', after = ''] = fill(phrased.phrase, subject, listOf(index, edge)).split('{o}');
    lead = phrased.lead;
    verb = before.trimEnd();
    rest = after;
  }
  const synthetic = restsOnSyntheticEvidence(edge, (sid) => index.sentences.get(sid)?.documentId);
  const speaker = !synthetic && edge.saidBy && edge.saidBy !== edge.source ? actorWords(index, edge.saidBy) : null;
  let reporter: ClaimSentence['reporter'] = null;
  let when = edge.date ? formatEdtf(edge.date) : '';
  if (edge.reportedBy) reporter = { actor: actorWords(index, edge.reportedBy) };
  if (!synthetic) {
    const sourcing = sourcingOf(index, edge);
    const [first, ...others] = sourcing.outlets;
    if (!reporter && first) reporter = { outlets: others.length ? `${first} and ${others.length} more` : first };
    // No date in the text: the day it appeared, so that an undated claim is not read as dated.
    if (!when && sourcing.firstReported) when = `${sourcing.reports > 1 ? 'first published' : 'published'} ${formatEdtf(sourcing.firstReported)}`;
  }
  return { lead, subject, verb, object, rest, speaker, speakerVerb: speakerVerbOf(status), reporter, when };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A run of the statement: words, or an actor's name (which a view may make a link). */
export type StatementRun = { text: string; actor?: undefined } | { text: string; actor: string };

/** The statement in runs, so that a view can link the actors' names; joined, they are `claimStatement`. */
export function statementRuns(s: ClaimSentence): StatementRun[] {
  const runs: StatementRun[] = [];
  if (s.lead) runs.push({ text: s.lead });
  if (s.subject.article) runs.push({ text: `${s.subject.article} ` });
  runs.push({ text: s.subject.label, actor: s.subject.id });
  runs.push({ text: ` ${s.verb} ${s.object.article ? `${s.object.article} ` : ''}` });
  runs.push({ text: s.object.label, actor: s.object.id });
  if (s.rest) runs.push({ text: s.rest });
  runs[0] = { ...runs[0]!, text: capitalise(runs[0]!.text) };
  return runs;
}

/** The claim alone: "Russia decided to remove the Taliban from its list of terrorist organisations". */
export function claimStatement(s: ClaimSentence): string {
  return statementRuns(s)
    .map((r) => r.text)
    .join('');
}

/** Who said it, who relayed it, when: ["said by Zamir Kabulov", "reported by TASS", "published 5 Oct 2024"]. */
export function attributionParts(s: ClaimSentence): string[] {
  const parts: string[] = [];
  if (s.speaker) parts.push(`${s.speakerVerb} ${actorText(s.speaker)}`);
  if (s.reporter) parts.push(`reported by ${'actor' in s.reporter ? actorText(s.reporter.actor) : s.reporter.outlets}`);
  if (s.when) parts.push(s.when);
  return parts;
}

/** The whole claim in one line, for tooltips and names: statement — attribution. */
export function claimSentenceText(s: ClaimSentence): string {
  const attribution = attributionParts(s);
  return attribution.length ? `${claimStatement(s)} — ${attribution.join(', ')}` : claimStatement(s);
}
