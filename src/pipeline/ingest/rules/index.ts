// The default extractor: rules kept as data in the registry and the relation-type file.
import type { Draft, Extractor } from '../extractor';

export const ruleExtractor: Extractor = {
  name: 'rules',
  extract(): Draft {
    return { actors: [], mentions: [], relations: [] };
  },
};
