// Research: the S-curve, seeded noise, diminishing returns, momentum and breakthroughs, spillover,
// the stimulus from pressure, learning by doing, and the holder's moving frontier.
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../src/sim/index.ts';
import { CAPABILITY_HEADROOM, newGame } from '../../src/sim/index.ts';
import { EFFORT } from '../../src/sim/numbers.ts';
import {
  breakthroughOdds,
  HOLDER_PACE,
  MILESTONE_CHAIN,
  MILESTONE_HOME_SHARE,
  sCurve,
  setbackOdds,
} from '../../src/sim/research.ts';
import { tinyScenario } from '../support/tinyScenario.ts';
import { booked, challenger, holder, start, step, steps, tech, techReport } from '../support/turns.ts';

const scenario = tinyScenario();
const researchAlpha = (level: number) => challenger({ type: 'setResearch', tech: 'alpha', level });

/** Capability that R&D (the 'research' cause alone) bought on alpha in one turn from a hand-built state. */
function researchGain(edit: (s: GameState) => void, level = 2, seed = 'rd'): number {
  const s = start(scenario, seed, edit);
  return booked(step(scenario, s, researchAlpha(level)).report, 'alpha', 'capC', 'research');
}

describe('the S-curve', () => {
  it('is slow with no base, fastest in the middle and slow again near the frontier', () => {
    const frontier = 90;
    const slope = Array.from({ length: frontier + CAPABILITY_HEADROOM }, (_, c) => sCurve(c, frontier));
    const peak = slope.indexOf(Math.max(...slope));
    expect(peak).toBeGreaterThan(20);
    expect(peak).toBeLessThan(70);
    for (let c = 1; c <= peak; c++) expect(slope[c]!).toBeGreaterThanOrEqual(slope[c - 1]!);
    for (let c = peak + 1; c < slope.length; c++) expect(slope[c]!).toBeLessThanOrEqual(slope[c - 1]!);
    expect(slope[0]!).toBeLessThan(0.5 * slope[peak]!);
    expect(slope[95]!).toBeLessThan(0.2 * slope[peak]!);
    expect(Math.min(...slope)).toBeGreaterThan(0); // never stuck entirely
  });

  it('shapes what a turn of R&D buys in the game', () => {
    const at = (capability: number) =>
      researchGain((s) => {
        tech(s, 'alpha').challenger.capability = capability;
      });
    const low = at(3);
    const middle = at(45);
    const high = at(93);
    expect(middle).toBeGreaterThan(1.5 * low);
    expect(middle).toBeGreaterThan(3 * high);
    expect(high).toBeGreaterThan(0);
  });
});

describe('seeded noise', () => {
  it('gives the same gain for the same seed and a spread of gains across seeds', () => {
    expect(researchGain(() => {}, 2, 'a')).toBe(researchGain(() => {}, 2, 'a'));
    const gains = Array.from({ length: 40 }, (_, i) => researchGain(() => {}, 2, `seed-${i}`));
    const spread = Math.max(...gains) / Math.min(...gains);
    expect(new Set(gains).size).toBeGreaterThan(30);
    // Noise is a factor between 0.7 and 1.3, times this game's outlook (0.6 to 1.5, drawn at the start).
    expect(spread).toBeGreaterThan(1.3 / 0.7);
    expect(spread).toBeLessThanOrEqual((1.3 * 1.5) / (0.7 * 0.6) + 1e-9);
  });
});

describe('diminishing returns', () => {
  it('makes each level of R&D buy less than the one before, at a cost that grows linearly', () => {
    const gain = [0, 1, 2, 3].map((level) => researchGain(() => {}, level));
    expect(gain[0]).toBe(0);
    expect(gain[1]!).toBeGreaterThan(0);
    for (let l = 1; l <= 2; l++) {
      expect(gain[l + 1]!).toBeGreaterThan(gain[l]!);
      expect(gain[l + 1]! - gain[l]!).toBeLessThan(gain[l]! - gain[l - 1]!);
    }
    for (let l = 1; l <= 3; l++) expect(gain[l]! / gain[1]!).toBeCloseTo(EFFORT[l]!, 9);
    const spent = [1, 2, 3].map(
      (level) =>
        step(scenario, start(scenario), researchAlpha(level)).report.budget.challenger.spent.research,
    );
    expect(spent).toEqual([2, 4, 6]); // alpha's researchCost is 2 a level
  });
});

describe('momentum and breakthroughs', () => {
  it('builds momentum with each funded turn up to 12 and loses it twice as fast', () => {
    const long = tinyScenario((d) => {
      d.turns = 40;
    });
    const funded = steps(long, start(long), 14, researchAlpha(1));
    expect(funded.map((r) => tech(r.state, 'alpha').challenger.momentum)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 12,
    ]);
    const stopped = steps(long, funded[13]!.state, 3, researchAlpha(0));
    expect(stopped.map((r) => tech(r.state, 'alpha').challenger.momentum)).toEqual([10, 8, 6]);
  });

  it('raises the odds of a breakthrough with momentum and level, and gives none without funding', () => {
    expect(breakthroughOdds(0, 12)).toBe(0);
    expect(breakthroughOdds(1, 0)).toBeGreaterThan(0);
    expect(breakthroughOdds(3, 6)).toBeGreaterThan(breakthroughOdds(3, 0));
    expect(breakthroughOdds(3, 12)).toBeGreaterThan(breakthroughOdds(3, 6));
    expect(breakthroughOdds(3, 6)).toBeGreaterThan(breakthroughOdds(1, 6));
  });

  it('makes breakthroughs happen far more often after sustained funding', () => {
    const count = (momentum: number) => {
      let n = 0;
      for (let i = 0; i < 300; i++) {
        const s = start(scenario, `bt-${i}`, (x) => {
          tech(x, 'alpha').challenger.momentum = momentum;
        });
        if (techReport(step(scenario, s, researchAlpha(3)).report, 'alpha').breakthrough > 0) n++;
      }
      return n;
    };
    const cold = count(0);
    const hot = count(12);
    expect(hot).toBeGreaterThan(5);
    expect(hot).toBeGreaterThan(3 * Math.max(1, cold));
  });

  it('makes no news of a breakthrough that gains nothing, at the top of the scale', () => {
    const notes = (capability: number) => {
      let n = 0;
      for (let i = 0; i < 200; i++) {
        const s = start(scenario, `top-${i}`, (x) => {
          tech(x, 'alpha').challenger.momentum = 12;
          tech(x, 'alpha').challenger.capability = capability;
        });
        const { report } = step(scenario, s, researchAlpha(3));
        n += report.notes.filter((x) => x.kind === 'breakthrough' && x.tech === 'alpha').length;
      }
      return n;
    };
    // The same seeds draw the same breakthroughs: below the top they are news, at 100 they gain nothing.
    expect(notes(60)).toBeGreaterThan(5);
    expect(notes(100)).toBe(0);
  });

  it('books a breakthrough as a jump of 5 to 17 points, with a note', () => {
    for (let i = 0; i < 400; i++) {
      const s = start(scenario, `jump-${i}`, (x) => {
        tech(x, 'alpha').challenger.momentum = 12;
      });
      const { report } = step(scenario, s, researchAlpha(3));
      const jump = techReport(report, 'alpha').breakthrough;
      if (jump === 0) continue;
      expect(jump).toBeGreaterThanOrEqual(5);
      expect(jump).toBeLessThan(17);
      expect(booked(report, 'alpha', 'capC', 'breakthrough')).toBeCloseTo(jump, 12);
      expect(report.notes).toContainEqual({
        kind: 'breakthrough',
        side: 'challenger',
        tech: 'alpha',
        amount: jump,
      });
      return;
    }
    throw new Error('no breakthrough in 400 seeds at the highest odds');
  });
});

describe('spillover', () => {
  // beta depends on alpha (a dependency neighbour); gamma shares alpha's category. Same gap to the
  // frontier, and no production, so that learning by doing does not move them before the spillover lands.
  const even = (s: GameState) => {
    for (const id of ['beta', 'gamma']) {
      tech(s, id).challenger.capability = 35;
      tech(s, id).challenger.capacity = 0;
      tech(s, id).holder.capability = 92;
    }
  };

  it('reaches dependency neighbours more than technologies of the same category', () => {
    const s = start(scenario, 'spill', even);
    const { report, state } = step(scenario, s, researchAlpha(3));
    const gain = techReport(report, 'alpha').researchGain;
    // The room left below the frontier, which the holder's firms moved earlier in the same turn.
    const room = (id: string) => 1 - 35 / (tech(state, id).holder.capability + CAPABILITY_HEADROOM);
    const toBeta = booked(report, 'beta', 'capC', 'spillover');
    const toGamma = booked(report, 'gamma', 'capC', 'spillover');
    expect(toBeta).toBeCloseTo(0.2 * gain * room('beta'), 6);
    expect(toGamma).toBeCloseTo(0.08 * gain * room('gamma'), 6);
    expect(toBeta / toGamma).toBeCloseTo(0.2 / 0.08, 6);
    expect(booked(report, 'alpha', 'capC', 'spillover')).toBe(0);
  });

  it('does not reach unrelated technologies', () => {
    const s = start(scenario, 'spill', even);
    const { report } = step(scenario, s, challenger({ type: 'setResearch', tech: 'gamma', level: 3 }));
    expect(booked(report, 'alpha', 'capC', 'spillover')).toBeGreaterThan(0); // same category
    expect(booked(report, 'beta', 'capC', 'spillover')).toBe(0); // equipment, no dependency on gamma
  });

  it('helps less the nearer a technology is to the frontier', () => {
    const s = start(scenario, 'spill', (x) => {
      even(x);
      tech(x, 'gamma').challenger.capability = 92 + CAPABILITY_HEADROOM;
    });
    const { report } = step(scenario, s, researchAlpha(3));
    expect(booked(report, 'gamma', 'capC', 'spillover')).toBe(0);
    expect(booked(report, 'beta', 'capC', 'spillover')).toBeGreaterThan(0);
  });
});

describe('the stimulus', () => {
  const ratio = (edit: (s: GameState) => void) => {
    const s = start(scenario, 'stim', edit);
    const { report } = step(scenario, s, researchAlpha(2));
    return booked(report, 'alpha', 'capC', 'stimulus') / booked(report, 'alpha', 'capC', 'research');
  };

  it('is absent without pressure', () => {
    expect(ratio(() => {})).toBe(0);
  });

  it('grows with each control level', () => {
    const at = (level: 'license' | 'downgraded' | 'ban') =>
      ratio((s) => {
        s.holder.policy.control.alpha = level;
      });
    expect(at('license')).toBeCloseTo(0.35 / 3, 9);
    expect(at('downgraded')).toBeCloseTo(0.7 / 3, 9);
    expect(at('ban')).toBeCloseTo(0.35, 9);
  });

  it('comes from the entity list in proportion to the listed firms’ share of demand', () => {
    // rail-champ is 60% of rail, the only industry that uses alpha.
    expect(
      ratio((s) => {
        s.holder.policy.entityList = ['rail-champ'];
      }),
    ).toBeCloseTo(0.25 * 0.6, 9);
    // gamma is used only by fabs, whose firms are not listed.
    const s = start(scenario, 'stim', (x) => {
      x.holder.policy.entityList = ['rail-champ'];
    });
    const { report } = step(scenario, s, challenger({ type: 'setResearch', tech: 'gamma', level: 2 }));
    expect(booked(report, 'gamma', 'capC', 'stimulus')).toBe(0);
  });

  it('comes from national resolve, which tightening controls raises', () => {
    expect(
      ratio((s) => {
        s.challenger.resolve = 50;
      }),
    ).toBeCloseTo(0.1, 9);
    const banned = step(
      scenario,
      start(scenario),
      holder({ type: 'setControl', tech: 'gamma', level: 'ban' }),
    );
    // Three steps of escalation at 6 resolve each, then a point of cooling at the end of the turn.
    expect(banned.state.challenger.resolve).toBe(17);
    const later = step(scenario, banned.state, researchAlpha(2)).report;
    expect(booked(later, 'alpha', 'capC', 'stimulus')).toBeGreaterThan(0);
  });
});

describe('learning by doing', () => {
  it('improves a product in proportion to how much of home demand it supplied', () => {
    const s = start(scenario, 'learn');
    const { report } = step(scenario, s);
    const production = techReport(report, 'alpha').production;
    expect(production).toBeGreaterThan(0);
    const expected = 0.8 * Math.min(1, production / 100) * (1 - 40 / 100);
    expect(booked(report, 'alpha', 'capC', 'learning')).toBeCloseTo(expected, 12);
  });

  it('teaches nothing without production and more with more', () => {
    const learned = (capacity: number) => {
      const s = start(scenario, 'learn', (x) => {
        tech(x, 'alpha').challenger.capacity = capacity;
        tech(x, 'alpha').domestic = { holder: 0.2, challenger: 0.6, others: 0.2 };
      });
      return booked(step(scenario, s).report, 'alpha', 'capC', 'learning');
    };
    expect(learned(0)).toBe(0);
    expect(learned(60)).toBeGreaterThan(learned(20));
  });
});

describe("the holder's moving frontier", () => {
  const frontier = (edit: (s: GameState) => void, orders = {}) => {
    const { report } = step(scenario, start(scenario, 'front', edit), orders);
    return {
      firms: booked(report, 'alpha', 'capH', 'holderFirms'),
      own: booked(report, 'alpha', 'capH', 'holderResearch'),
    };
  };

  it('moves with its firms’ R&D, which falls with their health', () => {
    const healthy = frontier(() => {});
    const hurt = frontier((s) => {
      s.holder.health = 0.5;
    });
    expect(healthy.firms).toBeGreaterThan(0);
    expect(hurt.firms / healthy.firms).toBeCloseTo(0.5, 9);
    expect(healthy.own).toBe(0);
  });

  it('moves further with the holder’s own R&D, and slows near 100', () => {
    const own = frontier(() => {}, holder({ type: 'setResearch', tech: 'alpha', level: 2 }));
    // Funded R&D is worth its money: HOLDER_PACE (0.6) a unit of effort against the firms' 0.18 × health × 0.6.
    expect(own.own / own.firms).toBeCloseTo((HOLDER_PACE * EFFORT[2]) / (0.18 * 0.6), 9);
    expect(own.own).toBeGreaterThan(0.5);
    const near = frontier((s) => {
      tech(s, 'alpha').holder.capability = 99;
    });
    expect(near.firms).toBeCloseTo(frontier(() => {}).firms / 10, 9);
  });
});

describe('luck: this game’s outlook, setbacks', () => {
  it('draws each technology’s outlook at the start, from the seed, and says so on turn 1', () => {
    const outlooks = Array.from({ length: 30 }, (_, i) =>
      newGame(scenario, `luck-${i}`).techs.map((t) => t.challenger.outlook),
    ).flat();
    expect(Math.min(...outlooks)).toBeGreaterThanOrEqual(0.6);
    expect(Math.max(...outlooks)).toBeLessThanOrEqual(1.5);
    expect(Math.max(...outlooks) - Math.min(...outlooks)).toBeGreaterThan(0.6);
    expect(newGame(scenario, 'x').techs.map((t) => t.challenger.outlook)).toEqual(
      newGame(scenario, 'x').techs.map((t) => t.challenger.outlook),
    );
    const { report } = step(scenario, start(scenario, 'x'));
    expect(report.notes.filter((n) => n.kind === 'rd-outlook').map((n) => n.tech)).toEqual([
      'alpha',
      'beta',
      'gamma',
    ]);
  });

  it('makes R&D buy in proportion to the outlook', () => {
    const at = (outlook: number) =>
      researchGain((s) => {
        tech(s, 'alpha').challenger.outlook = outlook;
      });
    expect(at(1.5) / at(0.75)).toBeCloseTo(2, 9);
  });

  it('sets a funded programme back now and then, halving its momentum', () => {
    expect(setbackOdds(0)).toBe(0);
    expect(setbackOdds(3)).toBeGreaterThan(setbackOdds(1));
    for (let i = 0; i < 400; i++) {
      const s = start(scenario, `setback-${i}`, (x) => {
        tech(x, 'alpha').challenger.momentum = 8;
      });
      const { report, state } = step(scenario, s, researchAlpha(3));
      const lost = booked(report, 'alpha', 'capC', 'setback');
      if (lost === 0) continue;
      expect(lost).toBeLessThanOrEqual(-1.5);
      expect(tech(state, 'alpha').challenger.momentum).toBe(5);
      expect(report.notes.some((n) => n.kind === 'setback' && n.tech === 'alpha')).toBe(true);
      return;
    }
    throw new Error('no setback in 400 seeds');
  });
});

describe('milestones', () => {
  const edge = tinyScenario((d) => {
    const alpha = d.technologies.find((t) => t.id === 'alpha')!;
    alpha.usableQuality = 50;
    alpha.reliabilityThreshold = 60;
  });
  const crossing = (capability: number) =>
    step(
      edge,
      start(edge, 'ms', (s) => {
        tech(s, 'alpha').challenger.capability = capability;
        tech(s, 'alpha').challenger.milestones = capability >= 50 ? 1 : 0;
      }),
      researchAlpha(3),
    );

  it('moves home buyers at once when R&D makes the product usable, once', () => {
    const { report, state } = crossing(49.9);
    expect(booked(report, 'alpha', 'homeC', 'milestone')).toBeCloseTo(MILESTONE_HOME_SHARE, 9);
    expect(report.notes).toContainEqual(
      expect.objectContaining({ kind: 'milestone', tech: 'alpha', text: 'home' }),
    );
    expect(tech(state, 'alpha').challenger.milestones).toBe(1);
    expect(booked(step(edge, state, researchAlpha(3)).report, 'alpha', 'homeC', 'milestone')).toBe(0);
  });

  it('adds to the chain at once when R&D makes the product reliable', () => {
    const { report, state } = crossing(59.9);
    expect(booked(report, 'alpha', 'chainC', 'milestone')).toBe(MILESTONE_CHAIN);
    expect(tech(state, 'alpha').challenger.milestones).toBe(2);
  });
});

describe('the holder’s new generations', () => {
  it('come now and then to a funded programme: a step of the frontier and of its chain', () => {
    for (let i = 0; i < 300; i++) {
      const s = start(scenario, `gen-${i}`);
      const { report } = step(scenario, s, holder({ type: 'setResearch', tech: 'alpha', level: 3 }));
      if (!report.notes.some((n) => n.kind === 'breakthrough' && n.side === 'holder')) continue;
      expect(booked(report, 'alpha', 'chainH', 'holderResearch')).toBeGreaterThan(0);
      return;
    }
    throw new Error('no new generation in 300 seeds');
  });
});
