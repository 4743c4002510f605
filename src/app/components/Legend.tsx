// How to read the canvas: claim status as line style, arrows, size, selection and search marks.
// Colours of types and glyphs of kinds are shown next to their filters.
import { TypeSwatch } from './bits';

export function Legend() {
  return (
    <section className="panel-section legend" aria-labelledby="legend-title">
      <div className="section-head">
        <h2 id="legend-title">Legend</h2>
      </div>
      <ul className="legend-list">
        <li>
          <TypeSwatch color="#4b5563" />
          <span>
            <strong>asserted</strong> — reported as fact
          </span>
        </li>
        <li>
          <TypeSwatch color="#4b5563" line="dashed" />
          <span>
            <strong>decided, announced, planned</strong> — not yet done
          </span>
        </li>
        <li>
          <TypeSwatch color="#4b5563" line="dotted" />
          <span>
            <strong>hoped, alleged, denied</strong> — contested or wished
          </span>
        </li>
        <li>
          <TypeSwatch color="#4b5563" arrow />
          <span>direction: source → target</span>
        </li>
        <li>
          <svg className="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
            <line x1="0" y1="7" x2="22" y2="7" stroke="#4b5563" strokeWidth="5" strokeOpacity="0.75" />
            <rect x="6" y="2" width="10" height="10" rx="3" fill="#fff" stroke="#4b5563" strokeWidth="1.2" />
          </svg>
          <span>several relations between two actors; click to spread them</span>
        </li>
        <li>
          <svg className="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
            <circle cx="5" cy="9" r="3.5" fill="#c9d3de" />
            <circle cx="15" cy="7" r="6" fill="#c9d3de" />
          </svg>
          <span>size: number of relations</span>
        </li>
        <li>
          <svg className="swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
            <circle cx="11" cy="7" r="6.5" fill="#d97706" opacity="0.35" />
            <circle cx="11" cy="7" r="4" fill="#c9d3de" />
          </svg>
          <span>matches the search</span>
        </li>
      </ul>
    </section>
  );
}
