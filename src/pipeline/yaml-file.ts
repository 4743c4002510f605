// A parsed YAML file that remembers where each value came from, so that every build error can
// name `file:line` and the field path.
import { LineCounter, isMap, isNode, isPair, isScalar, parseDocument, type Document } from 'yaml';
import { formatPath } from '../domain/graph-contract';

export type YamlPath = ReadonlyArray<string | number>;

/** One build problem at a place in an input file. */
export interface BuildIssue {
  file: string;
  line?: number;
  message: string;
}

export function formatIssue(issue: BuildIssue): string {
  return issue.line === undefined ? `${issue.file}: ${issue.message}` : `${issue.file}:${issue.line}: ${issue.message}`;
}

export class YamlFile {
  private constructor(
    /** Path relative to the project root, as shown in messages. */
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
    /** The plain JavaScript value of the document (null when empty). */
    readonly data: unknown,
  ) {}

  /** Parses `source`; YAML syntax errors come back as issues (and no file). */
  static parse(file: string, source: string): { yaml?: YamlFile; issues: BuildIssue[] } {
    const lines = new LineCounter();
    const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true });
    if (doc.errors.length) {
      return {
        issues: doc.errors.map((e) => ({
          file,
          line: e.linePos?.[0].line ?? 1,
          // The first line of the message; yaml adds a code frame after it.
          message: `YAML syntax error: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
        })),
      };
    }
    return { yaml: new YamlFile(file, doc, lines, doc.toJS()), issues: [] };
  }

  private lineOfOffset(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  /** Line of the value at `path`, or of its nearest existing ancestor (e.g. the map that lacks a field). */
  lineOf(path: YamlPath): number {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return this.lineOfOffset(node.range[0]);
    }
    return 1;
  }

  /** Line of the key that ends `path` (a map field), for unknown-field messages. */
  keyLineOf(path: YamlPath): number {
    const parent = path.length > 1 ? this.doc.getIn(path.slice(0, -1), true) : this.doc.contents;
    const key = path.at(-1);
    if (isMap(parent)) {
      for (const pair of parent.items) {
        if (isPair(pair) && isScalar(pair.key) && pair.key.value === key && pair.key.range) return this.lineOfOffset(pair.key.range[0]);
      }
    }
    return this.lineOf(path);
  }

  /** An issue at the value of `path`, its message prefixed with the field path. */
  issue(path: YamlPath, message: string, line = this.lineOf(path)): BuildIssue {
    return { file: this.file, line, message: path.length ? `${formatPath(path)}: ${message}` : message };
  }
}
