// The build for a long-running server: after one annotation changes, only that article is read,
// resolved and matched again; the rest comes from a cache. The assembly (merge, nodes, checks,
// output) is the full build's own code, so `json` is byte-identical to `buildFromInputs`.
import { assembleGraph, type BuildInputs, type BuildResult } from './build';
import { buildArticle, type ArticleResult } from './build-article';

export interface IncrementalBuild {
  /**
   * Builds `inputs`, reusing the per-article results of earlier calls whose inputs are unchanged.
   * `reread`: ids of the articles whose step ran. `result.graph` shares frozen objects with the
   * cache: copy before editing it.
   */
  build(inputs: BuildInputs): { result: BuildResult; reread: string[] };
}

interface Entry {
  sourceText: string;
  annotation: { name: string; text: string } | undefined;
  result: ArticleResult;
}

export function createIncrementalBuild(now: () => number = () => performance.now()): IncrementalBuild {
  // Mentions and id checks depend on the registry and taxonomy: either text changing empties the cache.
  let shared: { actors: string | undefined; relationTypes: string | undefined } | undefined;
  /** By source file name. */
  let cache = new Map<string, Entry>();
  /** The last build, returned as it is when nothing in the inputs changed (the assembly is the costly part at scale). */
  let last: { inputs: BuildInputs; result: BuildResult } | undefined;

  return {
    build(inputs) {
      if (last && sameInputs(last.inputs, inputs)) return { result: last.result, reread: [] };
      if (!shared || shared.actors !== inputs.actors || shared.relationTypes !== inputs.relationTypes) {
        shared = { actors: inputs.actors, relationTypes: inputs.relationTypes };
        cache = new Map();
      }
      // Only this build's articles are kept, so removed ones leave the cache.
      const next = new Map<string, Entry>();
      const reread: string[] = [];
      // Frozen because an unchanged build hands the same result out again.
      const result = deepFreeze(assembleGraph(
        inputs,
        (source, annotation, ctx) => {
          const hit = cache.get(source.name);
          if (hit && hit.sourceText === source.text && hit.annotation?.name === annotation?.name && hit.annotation?.text === annotation?.text) {
            next.set(source.name, hit);
            return hit.result;
          }
          const fresh = deepFreeze(buildArticle(source, annotation, ctx));
          reread.push(fresh.id);
          next.set(source.name, { sourceText: source.text, annotation: annotation && { name: annotation.name, text: annotation.text }, result: fresh });
          return fresh;
        },
        now,
      ));
      cache = next;
      last = { inputs: { ...inputs, sources: [...inputs.sources], annotations: [...inputs.annotations], ...(inputs.ignored ? { ignored: [...inputs.ignored] } : {}) }, result };
      return { result, reread };
    },
  };
}

function sameFiles(a: readonly { name: string; text: string }[], b: readonly { name: string; text: string }[]): boolean {
  return a.length === b.length && a.every((f, i) => f.name === b[i]!.name && f.text === b[i]!.text);
}

function sameInputs(a: BuildInputs, b: BuildInputs): boolean {
  const ignored = (x: BuildInputs): string => (x.ignored ?? []).join('\n');
  // A refused file's reason can change while every readable file stays the same.
  const unreadable = (x: BuildInputs): string => JSON.stringify(x.unreadable ?? []);
  return a.actors === b.actors && a.relationTypes === b.relationTypes && ignored(a) === ignored(b) && unreadable(a) === unreadable(b) && sameFiles(a.sources, b.sources) && sameFiles(a.annotations, b.annotations);
}

/** Cached results end up in every later graph: freezing them makes an edit throw instead of leaking. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (value instanceof Map) for (const v of value.values()) deepFreeze(v);
  else for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}
