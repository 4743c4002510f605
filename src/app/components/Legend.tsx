// How to read the canvas: claim status as line style, relation types by family (colour and arrow
// head), arrows, size, selection and search marks, machine drafts (when the graph holds any); and,
// when actors are coloured by group, the groups. Every sample line is drawn from the values the
// canvas draws with (theme.ts LINE_DASH, domain/relation-palette, the types' colours), so the
// legend cannot drift from the drawing (e2e/legend-drawing.spec.ts compares the two). Line width
// by reports is switched here, beside the line styles it changes the reading of.
import { Fragment, useMemo } from 'react';
import type { RelationType } from '../../domain/graph-contract';
import { groupColour, MAX_GROUP_COLOURS, SIZE_METRIC_LABEL } from '../../domain/importance';
import { FAMILIES, typesByFamily, type ArrowCue } from '../../domain/relation-palette';
import { anySuggested, LINE_MEANING, statusesByLine, statusStyle, type LineStyle } from '../../domain/status';
import { useActions, useExplorer } from '../store/store-context';
import { ARROW_BAR, ARROW_HEADS, DOTTED_EDGE_WIDTH, DRAFT_HALO, EDGE_WIDTH, LINE_DASH, MATCH_COLOUR, NEUTRAL_EDGE, PATH_COLOUR } from '../theme';
import { KindGlyph, TypeSwatch } from '../ui/bits';
import './Legend.css';

/** The sidebar's words for a line style: a Denial *type* is drawn by its claim's status, not dotted. */
const lineMeaning = (line: LineStyle): string => (line === 'dotted' ? `${LINE_MEANING.dotted} (a Denial relation is drawn by its own status)` : LINE_MEANING[line]);

/** A relation's sample: its colour, its status's dashes and its family's arrow head, as the canvas draws them. */
export function RelationSwatch({ color, line = 'solid', arrow = 'none' }: { color: string; line?: LineStyle; arrow?: ArrowCue }) {
  const head = arrow === 'none' ? null : ARROW_HEADS[arrow];
  const dash = LINE_DASH[line];
  return (
    <svg className="swatch relation-swatch" width="26" height="12" viewBox="0 0 26 12" aria-hidden="true" focusable="false">
      <line
        data-part="line"
        x1="0"
        y1="6"
        x2={head ? head.lineEnd : 26}
        y2="6"
        stroke={color}
        strokeWidth={line === 'dotted' ? DOTTED_EDGE_WIDTH : EDGE_WIDTH}
        strokeDasharray={dash ? dash.join(' ') : undefined}
      />
      {head && (
        <g data-arrow={arrow} fill={color}>
          {head.bar && <rect {...ARROW_BAR} />}
          <polygon points={head.points.map((p) => p.join(',')).join(' ')} />
        </g>
      )}
    </svg>
  );
}

/** Relation types by family: each family's arrow head, each type's colour. */
function TypeFamilies({ types }: { types: readonly RelationType[] }) {
  const groups = useMemo(() => typesByFamily(types), [types]);
  return (
    <>
      <h3 className="legend-subhead" id="legend-types">
        Relation types
      </h3>
      <ul className="legend-list legend-families" aria-labelledby="legend-types">
        {groups.map(({ family, types: looks }) => (
          <Fragment key={family.id}>
            <li className="legend-family" data-family={family.id} title={FAMILIES[family.id].description}>
              <RelationSwatch color={NEUTRAL_EDGE} arrow={family.arrow} />
              <strong>{family.label}</strong>
            </li>
            <li className="legend-family-types">
              <ul className="legend-types" aria-label={family.label}>
                {looks.map((t) => (
                  <li key={t.id} data-type={t.id} title={t.arrow === 'none' ? `${t.label}: undirected, no arrow head` : t.label}>
                    <RelationSwatch color={t.colour} arrow={t.arrow} />
                    <span>{t.label}</span>
                  </li>
                ))}
              </ul>
            </li>
          </Fragment>
        ))}
      </ul>
    </>
  );
}

export function Legend() {
  const sizeBy = useExplorer((s) => s.sizeBy);
  const index = useExplorer((s) => s.index);
  // Imported graphs may give no status: only then is the long dash worth a line.
  const someUnknown = useMemo(() => index.file.edges.some((e) => e.status === undefined), [index]);
  const someDrafts = useMemo(() => anySuggested(index.file.edges) || anySuggested(index.file.nodes), [index]);
  // Only a graph with claims told by several articles has widths to tell apart.
  const someRetold = useMemo(() => index.file.edges.some((e) => e.reports), [index]);
  return (
    <section className="panel-section legend" aria-labelledby="legend-title">
      <div className="section-head">
        <h2 id="legend-title">Legend</h2>
      </div>
      <ul className="legend-list">
        {statusesByLine((st) => st !== 'unknown' || someUnknown).map(([line, statuses]) => (
          <li key={line} data-line={line} data-statuses={statuses.join(' ')}>
            <RelationSwatch color={NEUTRAL_EDGE} line={line} />
            <span>
              <strong>{statuses.map((s) => statusStyle(s).label).join(', ')}</strong> — {lineMeaning(line)}
            </span>
          </li>
        ))}
        <li>
          <RelationSwatch color={NEUTRAL_EDGE} arrow="triangle" />
          <span>direction: source → target; the head's shape shows the type's family</span>
        </li>
        <li>
          <svg className="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
            <line x1="0" y1="7" x2="22" y2="7" stroke={NEUTRAL_EDGE} strokeWidth="5" strokeOpacity="0.75" />
            <rect x="6" y="2" width="10" height="10" rx="3" fill="#fff" stroke={NEUTRAL_EDGE} strokeWidth="1.2" />
          </svg>
          <span>several relations between two actors; click to spread them (broken like its least certain relation)</span>
        </li>
        {someRetold && <WidthByReportsToggle />}
        <li>
          <svg className="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
            <circle cx="5" cy="9" r="3.5" fill="#c9d3de" />
            <circle cx="15" cy="7" r="6" fill="#c9d3de" />
          </svg>
          <span>size: {SIZE_METRIC_LABEL[sizeBy].toLowerCase()}</span>
        </li>
        <li>
          <svg className="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
            <circle cx="11" cy="7" r="6.5" fill={MATCH_COLOUR} opacity="0.35" />
            <circle cx="11" cy="7" r="4" fill="#c9d3de" />
          </svg>
          <span>matches the search</span>
        </li>
        <li>
          <svg className="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
            <line x1="0" y1="7" x2="22" y2="7" stroke={PATH_COLOUR} strokeWidth="6" strokeOpacity="0.3" />
            <line x1="0" y1="7" x2="22" y2="7" stroke={NEUTRAL_EDGE} strokeWidth="2.5" />
          </svg>
          <span>on a shortest path</span>
        </li>
      </ul>
      <TypeFamilies types={index.file.relationTypes} />
      {someDrafts && <ReviewLegend />}
    </section>
  );
}

/** Claims drawn wider the more articles report them (2px for one, 8px from six); merged lines keep their counts' widths. */
function WidthByReportsToggle() {
  const on = useExplorer((s) => s.widthByReports);
  const { setWidthByReports } = useActions();
  return (
    <li className="legend-toggle">
      <label title="Each claim is drawn wider the more articles report it: 2px for one, 8px from six. Lines standing for several relations keep their widths.">
        <input type="checkbox" checked={on} onChange={(e) => setWidthByReports(e.target.checked)} />
        <svg className="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
          <polygon points="0,6.5 22,3.5 22,10.5 0,7.5" fill={NEUTRAL_EDGE} />
        </svg>
        <span>Line width: number of reports</span>
      </label>
    </li>
  );
}

/** Reviewed claims against machine drafts; the status dashes stay as they are on both. */
function ReviewLegend() {
  return (
    <>
      <h3 className="legend-subhead" id="legend-review">
        Review
      </h3>
      <ul className="legend-list" aria-labelledby="legend-review">
        <li>
          <TypeSwatch color={NEUTRAL_EDGE} arrow />
          <span>
            <strong>reviewed</strong> — checked by a person
          </span>
        </li>
        <li>
          <TypeSwatch color={NEUTRAL_EDGE} arrow suggested />
          <span>
            <strong>suggested</strong> — machine draft, not reviewed: faded, hollow bead and arrow, grey halo
          </span>
        </li>
        <li>
          <svg className="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
            <line x1="0" y1="7" x2="22" y2="7" stroke={DRAFT_HALO} strokeWidth="9" strokeOpacity="0.25" />
            <line x1="0" y1="7" x2="22" y2="7" stroke={NEUTRAL_EDGE} strokeWidth="5" strokeOpacity="0.6" />
            <rect x="6" y="2" width="10" height="10" rx="3" fill="#fff" stroke={NEUTRAL_EDGE} strokeWidth="1.2" strokeDasharray="2 1.5" />
          </svg>
          <span>several relations, at least one suggested (dashed count)</span>
        </li>
        <li>
          <KindGlyph kind="state" proposed />
          <span>
            <strong>proposed actor</strong> — not in the registry (dashed outline)
          </span>
        </li>
      </ul>
    </>
  );
}

/**
 * Communities (seeded Louvain): colour, size and best-connected members of each. Shown at the
 * top of the sidebar while actors are coloured by group, where the eye goes from the graph.
 */
export function GroupLegend() {
  const index = useExplorer((s) => s.index);
  const analytics = useExplorer((s) => s.analytics);
  const error = useExplorer((s) => s.analyticsError);
  const groups = useMemo(() => {
    if (!analytics) return null;
    const { communities, sizes } = analytics.communities;
    const members: string[][] = sizes.map(() => []);
    for (const n of index.file.nodes) {
      const c = communities[n.id];
      if (c !== undefined) members[c]!.push(n.id);
    }
    const degree = (id: string) => index.degree.get(id) ?? 0;
    return members.map((ids, i) => ({
      index: i,
      size: sizes[i]!,
      top: [...ids].sort((a, b) => degree(b) - degree(a) || (index.nodes.get(a)!.label < index.nodes.get(b)!.label ? -1 : 1)).slice(0, 3),
    }));
  }, [analytics, index]);
  return (
    <section className="panel-section group-legend" aria-labelledby="groups-title">
      <div className="section-head">
        <h2 id="groups-title">Groups</h2>
      </div>
      {error && <p className="muted">Groups could not be computed: {error}</p>}
      {!groups && !error && <p className="muted">Computing groups…</p>}
      {groups && (
        <>
          <p className="muted small">
            Actors more linked to each other than to the rest (Louvain, seeded: the same on every load). Shape still shows the kind.
          </p>
          <ul className="legend-list" aria-labelledby="groups-title">
            {groups.slice(0, MAX_GROUP_COLOURS).map((g) => {
              const c = groupColour(g.index);
              return (
                <li key={g.index}>
                  <svg className="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                    <circle cx="7" cy="7" r="6" fill={c.fill} stroke={c.stroke} strokeWidth="1.5" />
                  </svg>
                  <span>
                    <strong>Group {g.index + 1}</strong> · {g.size} actor{g.size === 1 ? '' : 's'}: {g.top.map((id) => index.nodes.get(id)?.label ?? id).join(', ')}
                    {g.size > g.top.length ? ', …' : ''}
                  </span>
                </li>
              );
            })}
            {groups.length > MAX_GROUP_COLOURS && (
              <li>
                <svg className="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                  <circle cx="7" cy="7" r="6" fill={groupColour(undefined).fill} stroke={groupColour(undefined).stroke} strokeWidth="1.5" />
                </svg>
                <span>{groups.length - MAX_GROUP_COLOURS} smaller groups</span>
              </li>
            )}
          </ul>
        </>
      )}
    </section>
  );
}
