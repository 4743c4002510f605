// Imports and exports of graph files (pure; run in Node and the browser).
export { subgraphFile } from './subgraph';
export { toGexf } from './gexf-export';
export { toGraphML } from './graphml-export';
export { toRelationsCsv, csvCell, RELATIONS_CSV_HEADER } from './csv';
export type { CsvOptions } from './csv';
export { fromGexf } from './gexf-import';
export type { GexfImportOptions } from './gexf-import';
export { fromGraphML, createGraphMLImport } from './graphml-import';
export type { GraphMLImport } from './graphml-import';
export type { ForeignImportOptions } from './foreign-graph';
export { detectFormat, SNIFF_CHARS } from './detect-format';
export type { Detected, GraphFormat } from './detect-format';
export { fromGraphJson } from './graph-json';
export { formatImportIssue } from './issues';
export type { ImportIssue, ImportResult } from './issues';
export type { IdSelection } from './selection';
export { SAFE_PALETTE, paletteColor } from './palette';
