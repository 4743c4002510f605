// Who an actor is and its key claims, on the committed graph (data/graph.json).
import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import { validateGraph } from '../graph-contract';
import { buildGraphIndex } from '../graph-index';
import { actorSummary, keyClaims } from './actor-summary';
import { claimSentence, claimStatement } from './claim-sentence';
import { sourcingOf } from './claim-view';

const checked = validateGraph(JSON.parse(graphText));
if (!checked.ok) throw new Error(`data/graph.json does not validate: ${JSON.stringify(checked.issues)}`);
const index = buildGraphIndex(checked.graph);

describe('actorSummary', () => {
  it('says a person’s kind, role and affiliation', () => {
    expect(actorSummary(index, 'zamir-kabulov')).toBe('Zamir Kabulov is a person, Russian presidential envoy for Afghanistan, affiliated with Russia.');
    // A role that opens with a title reads in lower case after the comma.
    expect(actorSummary(index, 'xi-jinping')).toBe('Xi Jinping is a person, president of China, affiliated with China.');
  });

  it('says what a body belongs to, with "the" where the articles use it', () => {
    expect(actorSummary(index, 'russian-foreign-ministry')).toBe('The Russian Foreign Ministry is an agency, part of Russia.');
    expect(actorSummary(index, 'taliban')).toBe('The Taliban is an armed group, part of Afghanistan.');
    expect(actorSummary(index, 'russia')).toBe('Russia is a state.');
  });

  it('agrees with a plural name, and reads a name ending in "s" as one', () => {
    expect(actorSummary(index, 'kyrgyz-courts')).toBe('The Kyrgyz courts are courts, part of Kyrgyzstan.');
    expect(actorSummary(index, 'regional-countries')).toBe('Regional countries are a group of states.');
    expect(actorSummary(index, 'united-nations')).toBe('The United Nations is an intergovernmental organisation.');
  });

  it('says nothing of an actor the graph does not have', () => {
    expect(actorSummary(index, 'nobody')).toBe('');
  });
});

describe('keyClaims', () => {
  it('puts the claims told by the most origins first, leaves out background ties, and says each once', () => {
    const russia = keyClaims(index, 'russia');
    expect(russia).toHaveLength(3);
    expect(russia.map((e) => e.type)).not.toContain('affiliation');
    const origins = russia.map((e) => sourcingOf(index, e).origins.length);
    expect([...origins].sort((a, b) => b - a)).toEqual(origins);
    const statements = russia.map((e) => claimStatement(claimSentence(index, e)));
    expect(new Set(statements).size).toBe(statements.length);
    expect(statements[0]).toBe('Russia put the Taliban on its list of terrorist organisations');
  });

  it("counts a speaker's claims among its own: an envoy's are the ones he made", () => {
    const kabulov = keyClaims(index, 'zamir-kabulov');
    expect(kabulov.length).toBeGreaterThan(0);
    for (const e of kabulov) expect(e.saidBy).toBe('zamir-kabulov');
    expect(kabulov.map((e) => claimStatement(claimSentence(index, e)))).toContain('Russia decided to remove the Taliban from its list of terrorist organisations');
  });

  it('has none for an actor with background ties only', () => {
    expect(keyClaims(index, 'afp')).toEqual([]);
  });
});
