// The registry and the taxonomy: a repeated id is an error at its file and line, whatever the id
// (also "constructor": ids are data), and a relation type may not take an actor's id.
import { describe, expect, it } from 'vitest';
import { ACTORS } from './__fixtures__/inline-actors';
import { loadRegistry, loadRelationTypes } from './registry';
import { formatIssue, YamlFile } from './yaml-file';

const type = (id: string, label = 'Meeting'): string => `- id: ${id}
  label: ${label}
  description: Actors meet.
  color: "#009E73"
  directed: false
  plover: CONSULT
  polarity: cooperation
  mode: verbal
`;

function yaml(file: string, text: string): YamlFile {
  const parsed = YamlFile.parse(file, text);
  if (!parsed.yaml) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  return parsed.yaml;
}

const TYPES = 'data/curated/relation-types.yaml';
const ACTORS_FILE = 'data/curated/actors.yaml';

describe('relation types', () => {
  it('refuses a repeated id at its line, keeping the first', () => {
    const loaded = loadRelationTypes(yaml(TYPES, type('meeting') + type('constructor') + type('meeting', 'Again') + type('constructor', 'Again')));
    expect(loaded.issues.map(formatIssue)).toEqual([
      `${TYPES}:17: [2].id: duplicate relation type id "meeting" (first defined on line 1)`,
      `${TYPES}:25: [3].id: duplicate relation type id "constructor" (first defined on line 9)`,
    ]);
    expect(loaded.types?.map((t) => [t.id, t.label])).toEqual([
      ['meeting', 'Meeting'],
      ['constructor', 'Meeting'],
    ]);
  });

  it('refuses an id that an actor already has: they share the graph id space', () => {
    const { registry } = loadRegistry(yaml(ACTORS_FILE, ACTORS));
    const loaded = loadRelationTypes(yaml(TYPES, type('meeting') + type('taliban')), registry!.actors);
    expect(loaded.issues.map(formatIssue)).toEqual([
      `${TYPES}:9: [1].id: relation type id "taliban" is also an actor id (data/curated/actors.yaml): relation types, actors and relations need distinct ids`,
    ]);
  });
});

describe('relation type families', () => {
  it('keeps a family for the graph, leaves it out when not given, and refuses an unknown one at its line', () => {
    const listed = loadRelationTypes(yaml(TYPES, type('meeting') + type('ban').replace('  mode: verbal', '  family: listing\n  mode: verbal')));
    expect(listed.issues).toEqual([]);
    expect(listed.types?.map((t) => [t.id, t.family])).toEqual([
      ['meeting', undefined],
      ['ban', 'listing'],
    ]);
    expect(Object.keys(listed.types![0]!)).not.toContain('family');
    const wrong = loadRelationTypes(yaml(TYPES, type('meeting').replace('  mode: verbal', '  family: friendship\n  mode: verbal')));
    expect(wrong.issues.map(formatIssue)).toEqual([`${TYPES}:8: [0].family: expected a family: cooperation, conflict, listing, statements`]);
  });
});

describe('actors', () => {
  it('refuses a repeated id at its line, "constructor" like any other', () => {
    const loaded = loadRegistry(yaml(ACTORS_FILE, `${ACTORS}- id: constructor\n  label: A\n  kind: state\n- id: constructor\n  label: B\n  kind: state\n`));
    expect(loaded.issues.map(formatIssue)).toEqual([`${ACTORS_FILE}:20: [5].id: duplicate actor id "constructor" (first defined on line 17)`]);
    expect(loaded.registry!.actors.get('constructor')?.label).toBe('A');
    expect(loaded.registry!.actors.has('toString')).toBe(false);
  });
});
