// The validator's second pass: what a schema cannot see. Each test breaks a small valid scenario in
// one way and checks the exact path, severity and sentence; one test breaks many at once.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/scenario/problems.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { minimalScenario } from '../support/minimal.ts';

type Mini = ReturnType<typeof minimalScenario>;
const check = (change: (s: Mini) => void): Problem[] => {
  const s = minimalScenario();
  change(s);
  return validateScenario(s).problems;
};
const errors = (ps: Problem[]) => ps.filter((p) => p.severity === 'error');
const warnings = (ps: Problem[]) => ps.filter((p) => p.severity === 'warning');
const tech = (s: Mini, i = 0) => s.technologies[i]!;

describe('a valid scenario', () => {
  it('passes with no problems at all', () => {
    const v = validateScenario(minimalScenario());
    expect(v.problems).toEqual([]);
    expect(v.scenario?.id).toBe('mini');
  });

  it('fills in defaults', () => {
    const v = validateScenario(minimalScenario());
    expect(v.scenario?.eventChance).toBe(0.35);
    expect(v.scenario?.events[0]?.once).toBe(true);
    expect(v.scenario?.technologies[0]?.dependsOn).toEqual([]);
  });

  it('warns, but accepts, without $schema', () => {
    const s: Partial<Mini> = minimalScenario();
    delete s.$schema;
    const v = validateScenario(s);
    expect(v.scenario).not.toBeNull();
    expect(v.problems).toEqual([
      {
        severity: 'warning',
        path: '$schema',
        message: expect.stringMatching(/scenario\.schema\.json/),
        zh: expect.stringMatching(/scenario\.schema\.json.*编辑器/),
      },
    ]);
  });
});

describe('unknown ids', () => {
  it('in dependsOn', () => {
    expect(errors(check((s) => (tech(s, 1).dependsOn = ['bearing'])))).toEqual([
      {
        severity: 'error',
        path: 'technologies[1].dependsOn[0]',
        message:
          '"machine-tools" depends on technology "bearing", which does not exist (did you mean "bearings"?).',
        zh: '“machine-tools”依赖的技术“bearing”不存在(是不是“bearings”?)。',
      },
    ]);
  });

  it('in an industry’s uses', () => {
    const ps = errors(check((s) => (s.industries[0]!.uses[1]!.tech = 'lathes')));
    expect(ps.map((p) => [p.path, p.message])).toEqual([
      ['industries[0].uses[1].tech', 'Industry "rail" uses technology "lathes", which does not exist.'],
    ]);
  });

  it('in a champion’s industry', () => {
    const ps = errors(check((s) => (s.champions![0]!.industry = 'trains')));
    expect(ps.map((p) => p.path)).toEqual(['champions[0].industry']);
    expect(ps[0]!.message).toMatch(/"trains", which does not exist/);
  });

  it('in an event’s field names the missing technology', () => {
    const ps = errors(check((s) => (s.events![0]!.when![0]!.field = 'tech.bearing.challenger.capability')));
    expect(ps).toEqual([
      {
        severity: 'error',
        path: 'events[0].when[0].field',
        message:
          'There is no technology "bearing" (did you mean "bearings"?), so there is no field "tech.bearing.challenger.capability".',
        zh: '没有技术“bearing”(是不是“bearings”?),所以没有字段 "tech.bearing.challenger.capability"。',
      },
    ]);
  });
});

describe('duplicate ids', () => {
  it.each([
    ['technologies', (s: Mini) => s.technologies.push({ ...tech(s, 0) }), 'technologies[2].id'],
    ['events', (s: Mini) => s.events!.push({ ...s.events![0]! }), 'events[1].id'],
    [
      'choice options',
      (s: Mini) =>
        (s.events![0]!.choice = {
          side: 'holder',
          options: [
            { id: 'yes', label: { zh: '是', en: 'Yes' }, effects: [] },
            { id: 'yes', label: { zh: '否', en: 'No' }, effects: [] },
          ],
        }),
      'events[0].choice.options[1].id',
    ],
  ])('in %s', (_, change, path) => {
    const ps = errors(check(change));
    expect(ps.map((p) => p.path)).toEqual([path]);
    expect(ps[0]!.message).toMatch(/is used twice \(first at .*\[0\]\)/);
  });
});

describe('dependency cycles', () => {
  it('names the loop', () => {
    const ps = errors(check((s) => (tech(s, 0).dependsOn = ['machine-tools'])));
    expect(ps).toEqual([
      {
        severity: 'error',
        path: 'technologies',
        message:
          'Dependency cycle: bearings → machine-tools → bearings. Dependencies must form no loop (see dependsOn).',
        zh: '依赖形成了环:bearings → machine-tools → bearings。依赖关系不能成环(见 dependsOn)。',
      },
    ]);
  });

  it('and a technology that needs itself', () => {
    const ps = errors(check((s) => (tech(s, 0).dependsOn = ['bearings'])));
    expect(ps.map((p) => p.message)).toEqual(['"bearings" cannot depend on itself.']);
  });
});

describe('thresholds that can never be reached', () => {
  it('a reliability threshold beyond the frontier', () => {
    const ps = errors(check((s) => (tech(s).reliabilityThreshold = 99)));
    expect(ps.map((p) => p.path)).toEqual(['technologies[0].reliabilityThreshold']);
    expect(ps[0]!.message).toMatch(/can never be reached/);
  });

  it('an ending that needs more "make" than any technology can give', () => {
    const ps = errors(
      check((s) => {
        tech(s, 0).holder.make.capability = 80;
        tech(s, 1).holder.make.capability = 85;
        s.endings.leader.make = 95;
        s.endings.selfReliant.make = 94;
      }),
    );
    expect(ps.map((p) => p.path)).toEqual(['endings.leader.make', 'endings.selfReliant.make']);
  });

  it.each([
    ['a share above 1', 'tech.bearings.challenger.domesticShare', '>', 1],
    ['a capability above 100', 'tech.bearings.challenger.capability', '>=', 101],
    ['a rope below −100', 'tech.bearings.rope', '<', -100],
    ['a turn after the last', 'turn', '==', 13],
    ['money below zero', 'challenger.money', '<', 0],
  ])('an event condition on %s', (_, field, op, value) => {
    const ps = errors(
      check((s) => {
        s.events![0]!.when = [{ field, op: op as '>', value }];
      }),
    );
    expect(ps.map((p) => p.path)).toEqual(['events[0].when[0].value']);
    expect(ps[0]!.message).toMatch(/can never be true/);
  });

  it('an event set for after the last turn is a warning', () => {
    const ps = check((s) => (s.events![0]!.at = 30));
    expect(warnings(ps).map((p) => p.path)).toEqual(['events[0].at']);
    expect(errors(ps)).toEqual([]);
  });
});

describe('fields events use', () => {
  it('a condition on a field that does not exist', () => {
    const ps = errors(check((s) => (s.events![0]!.when![0]!.field = 'challenger.happiness')));
    expect(ps.map((p) => [p.path, p.message])).toEqual([
      [
        'events[0].when[0].field',
        'There is no field "challenger.happiness". See the list of fields in scenarios/README.md.',
      ],
    ]);
  });

  it('an effect on a read-only field', () => {
    const ps = errors(check((s) => (s.events![0]!.effects![0]!.field = 'holder.revenue')));
    expect(ps.map((p) => p.message)).toEqual(['"holder.revenue" can be read but not changed by an event.']);
  });

  it('a control compared with a number, and with <', () => {
    const ps = errors(
      check((s) => (s.events![0]!.when = [{ field: 'tech.bearings.control', op: '<', value: 2 }])),
    );
    expect(ps.map((p) => p.path)).toEqual(['events[0].when[0].value', 'events[0].when[0].op']);
  });

  it('a control set to a level that does not exist', () => {
    const ps = errors(
      check(
        (s) => (s.events![0]!.effects = [{ op: 'set', field: 'tech.bearings.control', value: 'embargo' }]),
      ),
    );
    expect(ps[0]!.message).toBe(
      '"embargo" is not a value "tech.bearings.control" can take (open, license, downgraded, ban).',
    );
  });

  it('an effect that will be clamped is a warning', () => {
    const ps = check((s) => (s.events![0]!.effects = [{ op: 'set', field: 'tension', value: 150 }]));
    expect(ps.map((p) => [p.severity, p.path])).toEqual([['warning', 'events[0].effects[0].value']]);
  });
});

describe('texts that miss a language', () => {
  it('a missing language is an error of shape', () => {
    const ps = check((s) => {
      (s.title as { en?: string }).en = undefined;
    });
    expect(ps).toEqual([
      {
        severity: 'error',
        path: 'title.en',
        message: 'This field is required (a text).',
        zh: '缺少这个字段(应为文本)。',
      },
    ]);
  });

  it('an empty one too', () => {
    const ps = check((s) => (s.technologies[0]!.name.zh = ''));
    expect(ps).toEqual([
      { severity: 'error', path: 'technologies[0].name.zh', message: 'Must not be empty.', zh: '不能为空。' },
    ]);
  });

  it('English in the Chinese slot, or the same text twice, is a warning', () => {
    const ps = check((s) => {
      s.industries[0]!.name = { zh: 'High-speed rail', en: 'High-speed rail' };
      s.briefing.en = '两项技术。';
    });
    expect(ps.map((p) => [p.severity, p.path])).toEqual([
      ['warning', 'briefing.en'],
      ['warning', 'industries[0].name.zh'],
      ['warning', 'industries[0].name'],
    ]);
  });
});

describe('collecting every problem', () => {
  it('reports all second-pass problems at once, errors first', () => {
    const ps = check((s) => {
      tech(s, 1).dependsOn = ['nothing'];
      tech(s, 1).id = 'bearings';
      s.industries[0]!.uses[0]!.tech = 'gears';
      s.events![0]!.when![0]!.field = 'nowhere';
      s.title.zh = 'Title';
    });
    expect(ps.map((p) => `${p.severity} ${p.path}`)).toEqual([
      'error technologies[1].id',
      'error technologies[1].dependsOn[0]',
      'error industries[0].uses[0].tech',
      'error industries[0].uses[1].tech', // "machine-tools" is gone: it was renamed
      'error events[0].when[0].field',
      'warning title.zh',
      'warning technologies[0]', // no industry uses "bearings" any more
      'warning technologies[1]',
    ]);
  });

  it('reports every shape problem at once, each with its path', () => {
    const ps = check((s) => {
      s.turns = 0;
      s.technologies[0]!.category = 'gadget' as 'chip';
      (s as Record<string, unknown>).colour = 'red';
      s.industries = [];
    });
    expect(ps.map((p) => p.path).sort()).toEqual([
      '(root)',
      'industries',
      'technologies[0].category',
      'turns',
    ]);
    expect(ps.find((p) => p.path === 'technologies[0].category')!.message).toBe(
      'Must be one of "component", "material", "equipment", "chip", "software".',
    );
  });
});

describe('tutorials', () => {
  it('an unknown action is refused by shape', () => {
    const ps = check(
      (s) => (s.tutorial = [{ turn: 1, unlocks: ['fly' as 'offer'], text: { zh: '飞', en: 'Fly' } }]),
    );
    expect(ps[0]!.path).toBe('tutorial[0].unlocks[0]');
  });

  it('a step after the last turn is a warning', () => {
    const ps = check(
      (s) => (s.tutorial = [{ turn: 20, unlocks: ['setResearch'], text: { zh: '研发', en: 'Research' } }]),
    );
    expect(ps.map((p) => [p.severity, p.path])).toEqual([['warning', 'tutorial[0].turn']]);
  });
});
