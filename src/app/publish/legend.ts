// The legend of a published figure: only what the view shows (relation types by family, the claim
// statuses drawn, actor kinds or groups, the marks in use), with the colours, dashes and arrow
// heads the canvas draws with. It reads the same modules as the canvas and the sidebar legend
// (domain/relation-palette, domain/kinds, domain/importance, theme.ts), so the three agree.
import type { Visibility } from '../../domain/filters';
import type { GraphIndex } from '../../domain/graph-index';
import { groupColour, MAX_GROUP_COLOURS, SIZE_METRIC_LABEL } from '../../domain/importance';
import { kindStyle, type Glyph } from '../../domain/kinds';
import { clipName } from '../../domain/publish-caption';
import { FAMILIES, FAMILY_ORDER, familyOf, typeLook, type ArrowCue } from '../../domain/relation-palette';
import { edgeStatus, isSuggested, LINE_MEANING, statusesByLine, statusStyle, type LineStyle } from '../../domain/status';
import type { ExplorerState } from '../store/explorer-store';
import { MATCH_COLOUR, NEUTRAL_EDGE, PATH_COLOUR } from '../theme';

export type Swatch =
  | { kind: 'line'; colour: string; line: LineStyle; arrow: ArrowCue; faded?: boolean }
  | { kind: 'glyph'; glyph: Glyph; fill: string; stroke: string }
  | { kind: 'halo'; colour: string }
  | { kind: 'none' };

export interface LegendEntry {
  swatch: Swatch;
  label: string;
  /** A heading within the section (a relation family), drawn bold. */
  strong?: boolean;
}

export interface LegendSection {
  title: string;
  entries: LegendEntry[];
}

const GREY_ACTOR = { fill: '#c9d3de', stroke: '#6b7684' };

type LegendState = Pick<ExplorerState, 'index' | 'visibility' | 'colourBy' | 'sizeBy' | 'query' | 'path' | 'analytics'>;

function countBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

const byCount = (counts: Map<string, number>): string[] => [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);

function relationSections(index: GraphIndex, visibility: Visibility): LegendSection[] {
  const edges = [...visibility.edges].map((id) => index.edges.get(id)).filter((e) => e !== undefined);
  if (edges.length === 0) return [];
  const typeCounts = countBy(edges, (e) => e.type);
  const types: LegendEntry[] = [];
  for (const family of FAMILY_ORDER) {
    const members = byCount(typeCounts).filter((id) => familyOf(index.types.get(id)) === family);
    if (members.length === 0) continue;
    types.push({ swatch: { kind: 'line', colour: NEUTRAL_EDGE, line: 'solid', arrow: FAMILIES[family].arrow }, label: FAMILIES[family].label, strong: true });
    for (const id of members) {
      const type = index.types.get(id);
      const look = type ? typeLook(type) : { colour: NEUTRAL_EDGE, label: id, arrow: 'none' as const };
      types.push({ swatch: { kind: 'line', colour: look.colour, line: 'solid', arrow: look.arrow }, label: `${clipName(look.label)} (${typeCounts.get(id)})` });
    }
  }
  const shownStatuses = new Set(edges.map((e) => edgeStatus(e)));
  const statuses: LegendEntry[] = statusesByLine((st) => shownStatuses.has(st)).map(([line, shown]) => ({
    swatch: { kind: 'line', colour: NEUTRAL_EDGE, line, arrow: 'none' },
    label: `${shown.map((st) => statusStyle(st).label).join(', ')}: ${LINE_MEANING[line]}`,
  }));
  if (edges.some((e) => isSuggested(e))) statuses.push({ swatch: { kind: 'line', colour: NEUTRAL_EDGE, line: 'solid', arrow: 'triangle', faded: true }, label: 'suggested: machine draft, not reviewed (faded)' });
  return [
    { title: 'Relation types', entries: types },
    { title: 'Claim status', entries: statuses },
  ];
}

function actorSection(state: LegendState): LegendSection[] {
  const { index, visibility } = state;
  const nodes = [...visibility.nodes].map((id) => index.nodes.get(id)).filter((n) => n !== undefined);
  if (nodes.length === 0) return [];
  const byGroup = state.colourBy === 'community' ? state.analytics?.communities.communities : undefined;
  const kinds = countBy(nodes, (n) => n.kind);
  const entries: LegendEntry[] = byCount(kinds).map((kind) => {
    const k = kindStyle(kind);
    // Coloured by group, the shape alone tells the kind.
    const paint = byGroup ? GREY_ACTOR : k;
    return { swatch: { kind: 'glyph', glyph: k.glyph, fill: paint.fill, stroke: paint.stroke }, label: `${clipName(k.label)} (${kinds.get(kind)})` };
  });
  entries.push({ swatch: { kind: 'none' }, label: `Size: ${SIZE_METRIC_LABEL[state.sizeBy].toLowerCase()}` });
  const sections: LegendSection[] = [{ title: 'Actors', entries }];
  if (byGroup) {
    // Actor ids are data: an own-property check, so "__proto__" is just another actor.
    const groups = countBy(nodes, (n) => (Object.hasOwn(byGroup, n.id) ? String(byGroup[n.id]) : undefined));
    const ids = [...groups.keys()].map(Number).sort((a, b) => a - b);
    const named = ids.filter((g) => g < MAX_GROUP_COLOURS);
    const groupEntries: LegendEntry[] = named.map((g) => {
      const c = groupColour(g);
      return { swatch: { kind: 'glyph', glyph: 'circle', fill: c.fill, stroke: c.stroke }, label: `Group ${g + 1} (${groups.get(String(g))})` };
    });
    const others = ids.length - named.length;
    if (others > 0) {
      const c = groupColour(undefined);
      groupEntries.push({ swatch: { kind: 'glyph', glyph: 'circle', fill: c.fill, stroke: c.stroke }, label: `${others} smaller groups` });
    }
    sections.push({ title: 'Groups (community)', entries: groupEntries });
  }
  return sections;
}

/** The legend sections of what the view shows, empty ones left out. */
export function legendOf(state: LegendState): LegendSection[] {
  const marks: LegendEntry[] = [];
  if (state.query) marks.push({ swatch: { kind: 'halo', colour: MATCH_COLOUR }, label: `matches the search “${clipName(state.query)}”` });
  if (state.path) marks.push({ swatch: { kind: 'line', colour: PATH_COLOUR, line: 'solid', arrow: 'none' }, label: 'on a shortest path' });
  const sections = [...relationSections(state.index, state.visibility), ...actorSection(state)];
  if (marks.length > 0) sections.push({ title: 'Marks', entries: marks });
  return sections.filter((s) => s.entries.length > 0);
}
