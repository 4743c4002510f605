// A small graph in the shape the pipeline produces for the seed article
// (data/sources/000_13209300025090b4.txt): real sentences from it, curly quotes kept,
// and the dates the article gives (1979/1989, since 2003, three years ago, July, Friday).
// Built here (not read from data/graph.json) so that these tests do not depend on the
// pipeline's current output.
import type { GraphEdge, GraphFile, GraphNode } from '../../graph-contract';

const PARAGRAPHS = [
  'Russia reported Friday that a “principal decision” had already been made to remove Afghanistan’s ruling Taliban from Moscow’s list of terrorist organizations.',
  '“A principal decision on this has already been made by the Russian leadership,” said Kabulov. “Hopefully, the final decision will be announced soon.”',
  'Russia launched the Moscow Format in 2017 and it has since become a regular platform for discussing challenges facing impoverished, war-torn Afghanistan.',
  'Russia’s involvement in Afghanistan has been tumultuous. The Soviet army entered the country in 1979 to help a pro-Moscow government in Kabul but pulled out a decade later due to heavy losses inflicted by U.S.-backed Afghan insurgents, or mujahideen.',
  'Moscow has developed close informal ties with the Taliban since they regained power in Afghanistan three years ago after the United States and NATO forces withdrew ending 20 years of war.',
  'President Vladimir Putin stated in July that Russia considered the Taliban an ally in the fight against terrorism. The former Afghan insurgent group has been on the Russian list of terrorist organizations since 2003.',
];

const HEADER = ' date 2024-10-05 ISLAMABAD — ';
const TEXT = HEADER + PARAGRAPHS.join('\n\n') + '\n';
const DOC = '000_13209300025090b4';

/** Splits the excerpt into sentences at ". " / ".” " boundaries (enough for this text). */
function sentencesOf(text: string, bodyStart: number): GraphFile['sentences'] {
  const out: GraphFile['sentences'] = [];
  const re = /[^.\n]+?(?:\.”|\.)(?=\s|$)/g;
  const body = text.slice(bodyStart);
  // Sentence ends: a full stop (optionally followed by a closing quote) before whitespace.
  let m: RegExpExecArray | null;
  let cursor = 0;
  const ends: number[] = [];
  while ((m = re.exec(body)) !== null) ends.push(m.index + m[0].length);
  for (const end of ends) {
    let start = cursor;
    while (start < end && /\s/.test(body[start]!)) start++;
    const s = bodyStart + start;
    const e = bodyStart + end;
    out.push({ id: `${DOC}#s${out.length}`, documentId: DOC, index: out.length, start: s, end: e, text: text.slice(s, e) });
    cursor = end;
  }
  return out;
}

const SENTENCES = sentencesOf(TEXT, HEADER.length);

function evidence(quote: string): GraphEdge['evidence'][number] {
  const start = TEXT.indexOf(quote);
  if (start < 0 || TEXT.indexOf(quote, start + 1) >= 0) throw new Error(`fixture quote not unique: ${quote}`);
  const sentence = SENTENCES.find((s) => s.start <= start && start < s.end);
  if (!sentence) throw new Error(`fixture quote outside sentences: ${quote}`);
  return { sentenceId: sentence.id, quote, start, end: start + quote.length };
}

function mention(text: string, nth = 0): GraphNode['mentions'][number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(text, at + 1);
  const sentence = SENTENCES.find((s) => s.start <= at && at < s.end)!;
  return { sentenceId: sentence.id, start: at, end: at + text.length, text, via: 'alias' };
}

export function seedMini(): GraphFile {
  const nodes: GraphNode[] = [
    { id: 'russia', label: 'Russia', kind: 'state', aliases: ['Russia', 'Moscow'], mentions: [mention('Russia')] },
    { id: 'taliban', label: 'Taliban', kind: 'armed-group', aliases: ['Taliban'], mentions: [mention('Taliban')] },
    { id: 'zamir-kabulov', label: 'Zamir Kabulov', kind: 'person', aliases: ['Kabulov'], mentions: [mention('Kabulov')], role: 'Russian presidential envoy for Afghanistan' },
    { id: 'moscow-format', label: 'Moscow Format', kind: 'forum', aliases: ['Moscow Format'], mentions: [mention('Moscow Format')] },
    { id: 'soviet-union', label: 'Soviet Union', kind: 'state', aliases: ['Soviet'], mentions: [mention('Soviet')] },
    { id: 'afghanistan', label: 'Afghanistan', kind: 'state', aliases: ['Afghanistan'], mentions: [mention('Afghanistan', 1)] },
    { id: 'vladimir-putin', label: 'Vladimir Putin', kind: 'person', aliases: ['Vladimir Putin'], mentions: [mention('Vladimir Putin')] },
  ];
  const edges: GraphEdge[] = [
    {
      id: `${DOC}#r01`, source: 'russia', target: 'taliban', type: 'delisting',
      evidence: [
        evidence('a “principal decision” had already been made to remove Afghanistan’s ruling Taliban from Moscow’s list of terrorist organizations'),
        evidence('“A principal decision on this has already been made by the Russian leadership,” said Kabulov.'),
      ],
      date: '2024-10-04', dateInfo: { text: 'Friday', precision: 'day', anchor: '2024-10-05' },
      status: 'decided', saidBy: 'zamir-kabulov',
    },
    {
      id: `${DOC}#r02`, source: 'russia', target: 'moscow-format', type: 'founding',
      evidence: [evidence('Russia launched the Moscow Format in 2017')],
      date: '2017', dateInfo: { text: 'in 2017', precision: 'year', anchor: '2024-10-05' },
    },
    {
      id: `${DOC}#r03`, source: 'soviet-union', target: 'afghanistan', type: 'military-presence',
      evidence: [evidence('The Soviet army entered the country in 1979 to help a pro-Moscow government in Kabul but pulled out a decade later')],
      date: '1979/1989', dateInfo: { text: 'in 1979 … a decade later', precision: 'interval', anchor: '1979' },
    },
    {
      id: `${DOC}#r04`, source: 'russia', target: 'taliban', type: 'ties',
      evidence: [evidence('Moscow has developed close informal ties with the Taliban since they regained power in Afghanistan three years ago')],
      date: '2021/..', dateInfo: { text: 'since … three years ago', precision: 'interval', anchor: '2024-10-05' },
    },
    {
      id: `${DOC}#r05`, source: 'russia', target: 'taliban', type: 'ally',
      evidence: [evidence('President Vladimir Putin stated in July that Russia considered the Taliban an ally in the fight against terrorism.')],
      date: '2024-07', dateInfo: { text: 'in July', precision: 'month', anchor: '2024-10-05' },
      saidBy: 'vladimir-putin',
    },
    {
      id: `${DOC}#r06`, source: 'russia', target: 'taliban', type: 'listing',
      evidence: [evidence('The former Afghan insurgent group has been on the Russian list of terrorist organizations since 2003.')],
      date: '2003/..', dateInfo: { text: 'since 2003', precision: 'interval', anchor: '2024-10-05' },
    },
  ];
  const type = (id: string, label: string, color: string, directed: boolean, polarity: 'cooperation' | 'conflict' | 'neutral') => ({
    id, label, color, plover: '', polarity, directed,
  });
  return {
    schemaVersion: 1,
    documents: [{
      id: DOC, title: 'Russia moves to take the Taliban off its terrorist list', published: '2024-10-05',
      text: TEXT, place: 'ISLAMABAD', sourceFile: `${DOC}.txt`, bodyStart: HEADER.length,
    }],
    sentences: SENTENCES,
    nodes,
    edges,
    relationTypes: [
      type('delisting', 'Removal from list', '#0072B2', true, 'cooperation'),
      type('listing', 'Listed as terrorist', '#D55E00', true, 'conflict'),
      type('founding', 'Founded', '#009E73', true, 'neutral'),
      type('military-presence', 'Military presence', '#CC79A7', true, 'conflict'),
      type('ties', 'Ties with', '#E69F00', false, 'cooperation'),
      type('ally', 'Considers an ally', '#56B4E9', true, 'cooperation'),
    ],
  };
}
