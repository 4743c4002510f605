// The extractors `npm run eval:ingest -- --extractor NAME` can score. Add another (an ONNX model,
// a hosted language model) here and it is measured against the same reviewed annotations.
import type { Extractor } from '../ingest/extractor';
import { ruleExtractor } from '../ingest/rules';

export const EXTRACTORS: Readonly<Record<string, Extractor>> = {
  [ruleExtractor.name]: ruleExtractor,
};

export const DEFAULT_EXTRACTOR = ruleExtractor.name;

export function findExtractor(name: string): Extractor | undefined {
  return Object.hasOwn(EXTRACTORS, name) ? EXTRACTORS[name] : undefined;
}
