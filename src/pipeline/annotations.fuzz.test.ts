// Fuzzing the build through its annotation files: generated annotations of a generated article,
// broken as data (fields removed or retyped, ids duplicated or named after Object.prototype, huge
// strings, bad dates), as text (cut short, characters dropped or inserted) and as hostile YAML
// (alias bombs, deep nesting, tags, duplicate keys). The build either writes a graph that keeps
// the contract or lists errors that each name the file and line; never a throw or a hang.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { damageText, mutate, mutationArb, textMutationArb } from '../domain/__fixtures__/fuzz-mutations';
import { checkProperty, timeoutFor } from '../domain/__fixtures__/fuzz-run';
import { assertBuiltOrLocated, build } from './__fixtures__/fuzz-build-checks';
import { damageYaml, projectArb, toYaml, yamlDamageArb, type ArticlePlan } from './__fixtures__/fuzz-inputs';
import { installFuzzWatchdog } from './__fixtures__/fuzz-watchdog';

installFuzzWatchdog();

const NAME = '2024-07-01_fuzz';
const buildWith = (article: ArticlePlan, yaml: string) => build([{ name: `${NAME}.txt`, text: article.text }], [{ name: `${NAME}.yaml`, text: yaml }]);

describe('build fuzzing: annotation files', () => {
  it('builds annotations broken as data, or names the file and line of each error', { timeout: timeoutFor(30) }, () => {
    checkProperty(
      fc.tuple(projectArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 })),
      ([{ article, annotation }, mutations]) => assertBuiltOrLocated(buildWith(article, toYaml(mutate(annotation, mutations).data))),
      { runs: 30, shrinks: 40 },
    );
  });

  it('quotes a huge string (200 000 characters) only in part: every error stays under 1000 characters', { timeout: timeoutFor(15) }, () => {
    checkProperty(
      fc.tuple(projectArb, fc.nat()),
      ([{ article, annotation }, at]) => {
        const result = buildWith(article, toYaml(mutate(annotation, [{ kind: 'huge-string', at }]).data));
        for (const e of result.ok ? [] : result.errors) if (e.length >= 1000) throw new Error(`an error of ${e.length} characters: ${e.slice(0, 100)}…`);
      },
      // A build with a huge string takes about a second: shrink a little only.
      { runs: 15, shrinks: 10 },
    );
  });

  it('builds annotations damaged as text, or names the file and line of each error', { timeout: timeoutFor(30) }, () => {
    checkProperty(
      fc.tuple(projectArb, fc.array(textMutationArb, { minLength: 1, maxLength: 3 })),
      ([{ article, annotation }, damage]) => assertBuiltOrLocated(buildWith(article, damage.reduce(damageText, toYaml(annotation)))),
      { runs: 30, shrinks: 40 },
    );
  });

  it('refuses hostile YAML (alias bombs, deep nesting, tags, duplicate and prototype keys) at its file and line, or builds it', { timeout: timeoutFor(30) }, () => {
    checkProperty(
      fc.tuple(projectArb, yamlDamageArb),
      ([{ article, annotation }, damage]) => assertBuiltOrLocated(buildWith(article, damageYaml(toYaml(annotation), damage))),
      { runs: 30, shrinks: 40 },
    );
  });
});
