// The studio's logic without a page: paths into a draft, the JSON's lines, the format's help, the
// preview's figures, a game of the preview, and a draft's link there and back.
import { describe, expect, it } from 'vitest';
import schema from '../../scenarios/scenario.schema.json';
import { getAt, jsonWithLines, lineOf, parsePath, setAt } from '../../src/game/studio/paths.ts';
import { type PreviewGame, previewFigures } from '../../src/game/studio/preview.ts';
import { playPreviewGame } from '../../src/game/studio/previewGame.ts';
import { fieldHelp } from '../../src/game/studio/schemaHelp.ts';
import { fieldHelpZh } from '../../src/i18n/fieldHelpZh.ts';
import { decodeLink, encodeLink } from '../../src/replay/index.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { percentileBands } from '../../src/tournament/stats.ts';
import { minimalScenario } from '../support/minimal.ts';
import { shipped } from '../support/scenarios.ts';

describe('paths into a draft', () => {
  const draft = { a: 1, b: [{ c: 'x' }, { d: [1, 2] }] };

  it('read and write by the validator’s paths, never changing the draft in place', () => {
    expect(parsePath('technologies[2].name.en')).toEqual(['technologies', 2, 'name', 'en']);
    expect(getAt(draft, 'b[1].d[1]')).toBe(2);
    expect(getAt(draft, 'b[5].x')).toBeUndefined();
    const next = setAt(draft, 'b[0].c', 'y');
    expect(getAt(next, 'b[0].c')).toBe('y');
    expect(draft.b[0]!.c).toBe('x');
    expect(setAt(draft, 'b[0]', undefined)).toEqual({ a: 1, b: [{ d: [1, 2] }] });
    expect(setAt({}, 'x.y[0]', 3)).toEqual({ x: { y: [3] } });
  });

  it('never writes a prototype', () => {
    const next = setAt({}, '__proto__.polluted', true) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(next, '__proto__')).toBe(false);
  });

  it('find the line of a path in the JSON the studio writes', () => {
    const { text, lines } = jsonWithLines(draft);
    expect(text).toBe(JSON.stringify(draft, null, 2));
    expect(text.split('\n')[lineOf(lines, 'b[1].d[1]') - 1]!.trim()).toBe('2');
    // A path that does not exist points at the nearest one that does.
    expect(lineOf(lines, 'b[1].nothing')).toBe(lineOf(lines, 'b[1]'));
  });
});

describe('the format’s help for a field', () => {
  it('comes from the JSON Schema: description, choices, bounds', () => {
    const turns = fieldHelp(schema, ['technologies', 0, 'homeQualificationTurns']);
    expect(turns).toMatchObject({ minimum: 1, maximum: 24, integer: true });
    expect(turns.description).toMatch(/home buyers/);
    expect(fieldHelp(schema, ['events', 3, 'trigger']).enum).toEqual(['draw', 'when-met']);
    expect(fieldHelp(schema, ['technologies', 0, 'name', 'en']).description).toBeTruthy();
  });
});

describe('the studio’s help in Chinese', () => {
  it.each([
    'technologies[0].homeQualificationTurns',
    'technologies[2].challenger.make.capability',
    'holder.capital.max',
    'industries[0].uses[1].weight',
    'events[3].weight',
    'events[3].trigger',
    'endings.leader.rope',
    'endings.crisis.depth',
    'sources[1].publisher',
    'tutorial[0].turn',
  ])('explains %s', (path) => {
    expect(fieldHelpZh(parsePath(path))).toMatch(/[\u3400-\u9fff]/);
  });

  it('tells the two weights apart', () => {
    expect(fieldHelpZh(parsePath('events[0].weight'))).not.toBe(
      fieldHelpZh(parsePath('industries[0].uses[0].weight')),
    );
  });
});

describe('the balance preview', () => {
  const game = (challengerEnding: string, winner: PreviewGame['winner'], score: number): PreviewGame => ({
    challengerEnding,
    holderEnding: 'managed-competition',
    winner,
    score: { holder: 50, challenger: score },
    scoreByTurn: [score / 2, score],
    holderScoreByTurn: [50, 50],
    ropeByTurn: [-50, -40],
  });

  it('reads the targets the balance report reads', () => {
    const f = previewFigures({}, [
      game('self-reliant', 'challenger', 70),
      game('next-japan', 'holder', 40),
      game('self-reliant', 'challenger', 72),
      game('still-choked', 'holder', 30),
    ]);
    expect(f.wins).toEqual({ holder: 0.5, challenger: 0.5, draw: 0 });
    const holds = Object.fromEntries(f.targets.map((x) => [x.key, x.holds]));
    expect(holds).toEqual({ split: true, endings: true, dice: true, reached: false });
    expect(f.targets.find((x) => x.key === 'reached')!.figure).toContain('leader');
  });

  it('draws percentile bands turn by turn', () => {
    const b = percentileBands([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(b.find((x) => x.percentile === 50)!.values).toEqual([3, 4]);
    expect(b.find((x) => x.percentile === 5)!.values).toEqual([1, 2]);
  });

  it('plays a game of the draft to its end, turn by turn', () => {
    const scenario = validateScenario(minimalScenario()).scenario!;
    const g = playPreviewGame({ scenario, games: 1, holder: 'ai:easy', challenger: 'ai:easy' }, 0);
    expect(g.scoreByTurn.length).toBeGreaterThan(0);
    expect(g.scoreByTurn.length).toBeLessThanOrEqual(scenario.turns);
    expect(g.scoreByTurn.at(-1)).toBe(g.score.challenger);
  });
});

describe('a draft by link', () => {
  const encodeScenarioLink = (draft: unknown, base: string) =>
    encodeLink('scenario', JSON.stringify(draft), base);

  it('goes there and back', () => {
    const draft = shipped('three-materials');
    const link = encodeScenarioLink(draft, 'https://example.org/tug/');
    if (!link.ok) throw new Error(link.error.message);
    expect(link.value).toMatch(/^https:\/\/example\.org\/tug\/#scenario=1\./);
    const back = decodeLink(link.value);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.kind).toBe('scenario');
    expect(JSON.parse(back.value.text)).toEqual(JSON.parse(JSON.stringify(draft)));
  });

  it('refuses a damaged link, and a link of another kind, with a reason', () => {
    const link = encodeScenarioLink(minimalScenario(), 'https://example.org/');
    if (!link.ok) throw new Error(link.error.message);
    const damaged = `${link.value.slice(0, -12)}AAAAAAAAAAAA`;
    const refused = decodeLink(damaged);
    expect(refused.ok).toBe(false);
    expect(decodeLink('https://example.org/#replay=1.00000000.AAAA').ok).toBe(false);
    expect(decodeLink('not a link at all').ok).toBe(false);
  });
});
