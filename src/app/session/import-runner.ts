// Reads a picked or dropped file and turns it into a graph: in the import worker, or on the page
// when no worker can start. Reports the bytes read and the phases; a GraphML file is parsed as it
// is read (no copy of its whole text), JSON and GEXF are parsed once read.
import { createGraphMLImport, detectFormat, fromGexf, fromGraphJson, SNIFF_CHARS, type ImportResult } from '../../domain/formats';
import { cancelled, importOutcome, sizeRefusal, unknownFormat, type ImportOutcome, type ImportProgress } from './import-protocol';

export interface RunOptions {
  /** Stops reading (the page's fallback; a worker is terminated instead). */
  signal?: AbortSignal;
  /** Report the bytes read every this many bytes at least (default: 1% of the file, at least 512 KB). */
  reportEvery?: number;
}

/** Reads `file`, calling `report` with progress, and resolves to its outcome (never rejects). */
export async function runImport(file: File, report: (progress: ImportProgress) => void, options: RunOptions = {}): Promise<ImportOutcome> {
  const name = file.name || 'the file';
  try {
    const tooLarge = sizeRefusal(file);
    if (tooLarge) return tooLarge;
    let progress: ImportProgress = { file: name, format: null, phase: 'reading', loaded: 0, total: file.size };
    const post = (next: Partial<ImportProgress>): void => report((progress = { ...progress, ...next }));
    post({});
    // A multi-byte character cut at the end of the slice decodes as U+FFFD: harmless for sniffing.
    const detected = detectFormat(await file.slice(0, SNIFF_CHARS).text(), name);
    if (detected.format === null) return unknownFormat(name, detected.reason);
    const format = detected.format;
    post({ format });

    const graphml = format === 'graphml' ? createGraphMLImport(name) : null;
    const parts: string[] = [];
    const every = options.reportEvery ?? Math.max(512 * 1024, file.size / 100);
    const reader = file.stream().getReader();
    const decoder = new TextDecoder();
    let loaded = 0;
    let reported = 0;
    let readable = true;
    for (;;) {
      if (options.signal?.aborted) {
        await reader.cancel();
        return cancelled(name);
      }
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      const text = decoder.decode(value, { stream: true });
      if (graphml) readable = graphml.write(text);
      else parts.push(text);
      // A GraphML file known to be broken need not be read to its end.
      if (!readable) {
        await reader.cancel();
        break;
      }
      if (loaded - reported >= every) {
        reported = loaded;
        post({ loaded });
      }
    }
    const rest = decoder.decode();
    post({ loaded });
    let result: ImportResult;
    if (graphml) {
      if (readable && rest) graphml.write(rest);
      post({ phase: 'checking' });
      result = graphml.finish();
    } else {
      parts.push(rest);
      post({ phase: 'parsing' });
      const text = parts.join('');
      result = format === 'gexf' ? fromGexf(text, name) : fromGraphJson(text, name);
    }
    return importOutcome(result, name, format);
  } catch (error) {
    return { ok: false, source: name, summary: `Could not read ${name}.`, problems: [`${name}: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
