// The compact toolbar over the graph: what sizes and colours the actors, the layout, exports
// (a figure's title is written in the Export menu), sharing the view, and imports.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { COLOURINGS, SIZE_METRICS, SIZE_METRIC_HELP, SIZE_METRIC_LABEL, type Colouring, type SizeMetric } from '../../domain/importance';
import { LAYOUTS, LAYOUT_LABEL } from '../../domain/layouts';
import { defaultTitle } from '../../domain/publish-caption';
import { DisclosureMenu } from '../ui/Disclosure';
import { download, EXPORT_FORMATS, EXPORT_LABEL, exportBlob, exportFileName, type ExportFormat, type ImageSource } from '../exports';
import { baseName, useGraphSession } from '../session/graph-session';
import { useActions, useExplorer, useExplorerStore } from '../store/store-context';
import { ImportButton } from './ImportButton';
import { ShareButton } from './ShareButton';

/** Below this width (CSS px) the toolbar's two choices no longer fit beside its menus. */
const COMPACT_BELOW = 600;

const COLOURING_LABEL: Record<Colouring, string> = { kind: 'Actor kind', community: 'Group (community)' };

export function GraphToolbar({ images }: { images: RefObject<ImageSource | null> }) {
  const store = useExplorerStore();
  const sizeBy = useExplorer((s) => s.sizeBy);
  const colourBy = useExplorer((s) => s.colourBy);
  const layout = useExplorer((s) => s.layout);
  const computing = useExplorer((s) => s.analytics === null && s.analyticsError === null);
  const analyticsError = useExplorer((s) => s.analyticsError);
  const { chooseSizeMetric, chooseColouring, chooseLayout } = useActions();
  const { source } = useGraphSession();
  // A figure's title: the user's, else one from the view (focus, path) and the graph's file.
  const [title, setTitle] = useState<string | null>(null);
  const suggestedTitle = useExplorer((s) => defaultTitle(s.index, s, source.split(/[/\\]/).pop() ?? source));
  const [status, setStatus] = useState('');
  const busy = useRef(false);
  const ref = useRef<HTMLDivElement>(null);
  // A narrow graph (a tablet's column, a phone) puts Size by and Colour by in a View menu.
  const compact = useNarrowerThan(ref, COMPACT_BELOW);

  const exportAs = async (format: ExportFormat): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    setStatus(`Preparing the ${EXPORT_LABEL[format].label}…`);
    try {
      const blob = await exportBlob(format, store.getState(), images.current, { title: title?.trim() || suggestedTitle, source });
      const name = exportFileName(baseName(source), format);
      download(blob, name);
      setStatus(`Saved ${name}`);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      busy.current = false;
    }
  };

  const fields = (
    <>
      <label className="tool-field" title={SIZE_METRIC_HELP[sizeBy]}>
        <span>Size by</span>
        <select value={sizeBy} onChange={(e) => chooseSizeMetric(e.target.value as SizeMetric)}>
          {SIZE_METRICS.map((m) => (
            <option key={m} value={m}>
              {SIZE_METRIC_LABEL[m]}
            </option>
          ))}
        </select>
      </label>
      <label className="tool-field">
        <span>Colour by</span>
        <select value={colourBy} onChange={(e) => chooseColouring(e.target.value as Colouring)}>
          {COLOURINGS.map((c) => (
            <option key={c} value={c}>
              {COLOURING_LABEL[c]}
            </option>
          ))}
        </select>
      </label>
    </>
  );

  return (
    <div className={`graph-toolbar${compact ? ' is-compact' : ''}`} ref={ref} role="toolbar" aria-label="Graph tools">
      {compact ? (
        <DisclosureMenu label="View" title="What sizes and colours the actors">
          {() => <div className="menu-fields">{fields}</div>}
        </DisclosureMenu>
      ) : (
        fields
      )}
      <DisclosureMenu label="Layout" title="Arrange the visible actors">
        {(close) => (
          <ul className="menu-list" aria-label="Layouts">
            {LAYOUTS.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  aria-pressed={layout === name}
                  onClick={() => {
                    chooseLayout(name);
                    close();
                  }}
                >
                  {LAYOUT_LABEL[name]}
                </button>
              </li>
            ))}
          </ul>
        )}
      </DisclosureMenu>
      <DisclosureMenu label="Export" title="Save the current view">
        {(close) => (
          <>
            <label className="menu-title-field">
              <span>Title of the figure</span>
              <input type="text" value={title ?? suggestedTitle} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
            </label>
            <ul className="menu-list" aria-label="Export formats">
              {EXPORT_FORMATS.map((f) => (
                <li key={f}>
                  <button
                    type="button"
                    title={EXPORT_LABEL[f].hint}
                    onClick={() => {
                      close();
                      void exportAs(f);
                    }}
                  >
                    {EXPORT_LABEL[f].label}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </DisclosureMenu>
      <ShareButton />
      <ImportButton />
      <p className="tool-status" role="status">
        {analyticsError ? `Importance and groups are unavailable: ${analyticsError}` : computing && (sizeBy !== 'degree' || colourBy !== 'kind') ? 'Computing importance and groups…' : status}
      </p>
    </div>
  );
}

/** Whether the element is narrower than `width`, measured before paint and on every resize. */
function useNarrowerThan(ref: RefObject<HTMLElement | null>, width: number): boolean {
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => setNarrow(el.getBoundingClientRect().width < width);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, width]);
  return narrow;
}
