// A parsed YAML file that remembers where each value came from, so that every build error can
// name `file:line` and the field path.
import { LineCounter, isMap, isNode, isPair, isScalar, parseDocument, visit, type Document } from 'yaml';
import { formatPath } from '../domain/graph-contract';

export type YamlPath = ReadonlyArray<string | number>;

/**
 * How many copies of anchored values the aliases of one file may make (the yaml library's
 * maxAliasCount, its default): enough for any hand-written reuse, far too few for a "billion
 * laughs" file, whose nested aliases would expand to gigabytes.
 */
export const MAX_YAML_ALIASES = 100;

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

  /** Parses `source`; YAML syntax errors and aliases that expand too much come back as issues (and no file). */
  static parse(file: string, source: string): { yaml?: YamlFile; issues: BuildIssue[] } {
    const lines = new LineCounter();
    let doc: Document;
    try {
      doc = parseDocument(source, { lineCounter: lines, prettyErrors: true });
    } catch (err) {
      return { issues: [{ file, message: `YAML could not be parsed: ${firstLine(err)}` }] };
    }
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
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (err) {
      return { issues: [aliasIssue(file, doc, lines, firstLine(err))] };
    }
    return { yaml: new YamlFile(file, doc, lines, data), issues: [] };
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

const firstLine = (err: unknown): string => (err instanceof Error ? err.message.split('\n')[0]! : String(err));

/** Turning the document into values fails only on aliases: one that expands too much, or one with no anchor before it. */
function aliasIssue(file: string, doc: Document, lines: LineCounter, message: string): BuildIssue {
  const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(message)?.[1];
  let at: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (unresolved !== undefined && node.source !== unresolved) return undefined;
      at = node.range?.[0];
      return visit.BREAK;
    },
  });
  const line = at !== undefined ? lines.linePos(at).line : undefined;
  const text = /Excessive alias count/.test(message)
    ? `YAML aliases expand to more than ${MAX_YAML_ALIASES} copies of their anchors (the first alias is on this line): refused, as a file built to exhaust memory ("billion laughs")`
    : unresolved !== undefined
      ? `YAML alias *${unresolved} has no anchor &${unresolved} before it`
      : `YAML could not be read: ${message}`;
  return { file, ...(line !== undefined ? { line } : {}), message: text };
}
