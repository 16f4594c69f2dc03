// Markets: buyers drift toward the best value at the pace of qualification; procurement, controls,
// the entity list, allies and market access shape who may ship; a shortage takes what anyone can
// ship, then stockpiles; and the shares always add up.
import { describe, expect, it } from 'vitest';
import { STOCKPILE_PREMIUM } from '../../src/sim/costs.ts';
import type { GameState } from '../../src/sim/index.ts';
import { draftTech, tinyScenario } from '../support/tinyScenario.ts';
import { booked, challenger, start, step, steps, tech, techReport } from '../support/turns.ts';

const scenario = tinyScenario();

/** The holder's firms start with 90% of alpha's home market, so every cap on them binds. */
const holderHeavy = (s: GameState) => {
  tech(s, 'alpha').domestic = { holder: 0.9, challenger: 0.05, others: 0.05 };
};

/** A challenger product on alpha that beats the holder's on value for money, with room to ship. */
const strongChallenger = (s: GameState) => {
  const c = tech(s, 'alpha').challenger;
  c.capability = 85;
  c.baseCost = 0.5;
  c.unitCost = 0.5;
  c.capacity = 300;
  tech(s, 'alpha').others.capacity = 300;
};

function turn(edit: (s: GameState) => void, orders = {}, sc = scenario) {
  return step(sc, start(sc, 'markets', edit), orders);
}

describe('drift toward the best value', () => {
  it('moves buyers toward a better product, at the pace of qualification', () => {
    const moved = (qualificationTurns: number) => {
      const sc = tinyScenario((d) => {
        draftTech(d, 'alpha').homeQualificationTurns = qualificationTurns;
      });
      return tech(turn(strongChallenger, {}, sc).state, 'alpha').domestic.challenger - 0.2;
    };
    const fast = moved(4);
    const slow = moved(12);
    expect(fast).toBeGreaterThan(0);
    expect(slow).toBeGreaterThan(0);
    // The home pace is 1.5 / qualificationTurns a turn: 0.375 against 0.125.
    expect(fast / slow).toBeCloseTo(3, 3);
  });

  it('moves buyers away from a poor product, and settles', () => {
    const runs = steps(scenario, start(scenario), 12);
    const share = runs.map((r) => tech(r.state, 'alpha').domestic.challenger);
    for (let i = 1; i < share.length; i++) expect(share[i]!).toBeLessThan(share[i - 1]!);
    expect(share[11]! - share[10]!).toBeGreaterThan(share[1]! - share[0]!); // slowing down
  });
});

describe('procurement preference', () => {
  it('raises the domestic share, booked as procurement', () => {
    // A product already below the share its value earns, so buyers are drifting toward it.
    const low = (s: GameState) => {
      tech(s, 'alpha').domestic = { holder: 0.78, challenger: 0.02, others: 0.2 };
    };
    const none = turn(low);
    const preferred = turn(low, challenger({ type: 'setProcurement', tech: 'alpha', level: 2 }));
    expect(tech(preferred.state, 'alpha').domestic.challenger).toBeGreaterThan(
      tech(none.state, 'alpha').domestic.challenger,
    );
    expect(booked(preferred.report, 'alpha', 'homeC', 'procurement')).toBeGreaterThan(0);
    expect(booked(preferred.report, 'alpha', 'homeH', 'procurement')).toBeLessThan(0);
    expect(booked(none.report, 'alpha', 'homeC', 'procurement')).toBe(0);
  });

  it('never pushes buyers away from the domestic product, even one above its deserved share', () => {
    // A poor product above what it earns: buyers leave it, and a preference must not hurry them.
    const high = (s: GameState) => {
      tech(s, 'alpha').domestic = { holder: 0.5, challenger: 0.3, others: 0.2 };
    };
    const none = tech(turn(high).state, 'alpha').domestic.challenger;
    const preferred = tech(
      turn(high, challenger({ type: 'setProcurement', tech: 'alpha', level: 2 })).state,
      'alpha',
    ).domestic.challenger;
    expect(preferred).toBeGreaterThanOrEqual(none);
  });

  it('costs downstream output when the domestic product is poor', () => {
    const lossOf = (level: number) => {
      const runs = steps(
        scenario,
        start(scenario),
        4,
        challenger({ type: 'setProcurement', tech: 'alpha', level }),
      );
      const rail = runs[3]!.report.industries.find((i) => i.industry === 'rail')!;
      return rail.losses.find((l) => l.tech === 'alpha')!.quality;
    };
    expect(lossOf(3)).toBeGreaterThan(lossOf(0));
  });
});

describe('export controls', () => {
  const under = (level: 'open' | 'license' | 'downgraded' | 'ban') =>
    turn((s) => {
      holderHeavy(s);
      s.holder.policy.control.alpha = level;
    });

  it('license: buyers are deterred and volume is capped at three quarters of demand', () => {
    const open = under('open');
    const license = under('license');
    expect(tech(open.state, 'alpha').domestic.holder).toBeGreaterThan(0.75);
    expect(tech(license.state, 'alpha').domestic.holder).toBeCloseTo(0.75, 6);
    expect(booked(license.report, 'alpha', 'homeH', 'control')).toBeLessThan(0);
    expect(booked(open.report, 'alpha', 'homeH', 'control')).toBe(0);
  });

  it('downgraded: the special edition is capped in quality and downstream loses value', () => {
    const open = under('open');
    const down = under('downgraded');
    expect(tech(down.state, 'alpha').domestic.holder).toBeLessThan(tech(open.state, 'alpha').domestic.holder);
    expect(tech(down.state, 'alpha').domestic.holder).toBeLessThanOrEqual(0.9);
    expect(booked(down.report, 'alpha', 'homeH', 'control')).toBeLessThan(0);
    const quality = (r: typeof open) =>
      r.report.industries.find((i) => i.industry === 'rail')!.losses.find((l) => l.tech === 'alpha')!.quality;
    expect(quality(down)).toBeGreaterThan(2 * quality(open));
  });

  it('downgraded to a cap above the holder’s own product changes no quality', () => {
    const sc = tinyScenario((d) => {
      draftTech(d, 'alpha').downgradeCap = 95; // above the holder's 90: a warning, not an error
    });
    const quality = (level: 'open' | 'downgraded') => {
      const r = turn(
        (s) => {
          holderHeavy(s);
          s.holder.policy.control.alpha = level;
        },
        {},
        sc,
      );
      return r.report.industries.find((i) => i.industry === 'rail')!.losses.find((l) => l.tech === 'alpha')!
        .quality;
    };
    expect(quality('downgraded')).toBeCloseTo(quality('open'), 2);
  });

  it('ban: the holder ships nothing and earns nothing at home', () => {
    const ban = under('ban');
    const alpha = tech(ban.state, 'alpha');
    expect(alpha.domestic.holder).toBe(0);
    // On the rope, the demand no one met still counts for the holder: the input falls from 90% only by
    // what third countries and domestic firms took, and the whole move is explained, the control's part
    // and the unmet demand's.
    const causes = ban.report.ropes.find((r) => r.tech === 'alpha')!.inputs.homeH.contributions;
    expect(alpha.shortage).toBeGreaterThan(0.1);
    expect(causes.reduce((sum, c) => sum + c.amount, 0)).toBeCloseTo(alpha.shortage - 0.9, 6);
    expect(booked(ban.report, 'alpha', 'homeH', 'control')).toBeLessThan(-0.6);
    expect(booked(ban.report, 'alpha', 'homeH', 'dependence')).toBeCloseTo(alpha.shortage, 6);
    // What the holder still earns on alpha comes from abroad: price 1 × foreign share × 200.
    expect(techReport(ban.report, 'alpha').revenue.holder).toBeCloseTo(alpha.foreign.holder * 200, 4);
  });
});

describe('a ban on the rope', () => {
  it('costs the holder the rope only as far as others take its buyers', () => {
    // No domestic firm can step in; third countries can ship everything, or nothing.
    const target = (othersCapacity: number, level: 'open' | 'ban') =>
      turn((s) => {
        holderHeavy(s);
        tech(s, 'alpha').challenger.capacity = 0;
        tech(s, 'alpha').others.capacity = othersCapacity;
        s.holder.policy.control.alpha = level;
      }).report.ropes.find((r) => r.tech === 'alpha')!.target;
    const waiting = target(0, 'ban') - target(0, 'open');
    const served = target(300, 'ban') - target(300, 'open');
    // Buyers left waiting still depend on the holder: the rope moves only by the capacity domestic firms
    // rush to add for them. Buyers who find another supplier are the holder's loss.
    expect(waiting).toBeLessThan(2);
    expect(waiting).toBeLessThan(served);
  });
});

describe('the entity list', () => {
  it('cuts the holder’s shipments to the listed firms’ share of demand', () => {
    const listed = turn((s) => {
      holderHeavy(s);
      s.holder.policy.entityList = ['rail-champ'];
    });
    // rail-champ is 60% of rail, the only user of alpha: the holder may ship 40% of alpha's demand.
    expect(tech(listed.state, 'alpha').domestic.holder).toBeCloseTo(0.4, 6);
    expect(booked(listed.report, 'alpha', 'homeH', 'entityList')).toBeLessThan(0);
    expect(booked(listed.report, 'gamma', 'homeH', 'entityList')).toBe(0); // fabs firms are not listed
  });
});

describe('allies', () => {
  const ban = (allies: number) =>
    turn((s) => {
      s.holder.policy.control.alpha = 'ban';
      s.holder.policy.allies = allies;
    });

  it('stop third-country shipments that unilateral controls let through', () => {
    const alone = ban(0);
    const joined = ban(3);
    expect(tech(alone.state, 'alpha').domestic.others * 100).toBeCloseTo(40, 6); // all 40 units of capacity
    expect(tech(joined.state, 'alpha').domestic.others * 100).toBeCloseTo(4, 6); // 90% stopped
    expect(tech(joined.state, 'alpha').shortage).toBeGreaterThan(tech(alone.state, 'alpha').shortage);
  });

  it('stop less under a licence than under a ban', () => {
    const others = (level: 'license' | 'ban') =>
      tech(
        turn((s) => {
          tech(s, 'alpha').domestic = { holder: 0.2, challenger: 0.05, others: 0.75 };
          s.holder.policy.control.alpha = level;
          s.holder.policy.allies = 3;
        }).state,
        'alpha',
      ).domestic.others;
    expect(others('license')).toBeCloseTo(0.4 * (1 - 0.3), 6);
    expect(others('ban')).toBeCloseTo(0.4 * (1 - 0.9), 6);
  });
});

describe('market access', () => {
  it('closing the market cuts the holder’s appeal and volume, and its revenue', () => {
    const open = turn(holderHeavy);
    const restricted = turn((s) => {
      holderHeavy(s);
      s.challenger.policy.marketAccess = 1;
    });
    const closed = turn((s) => {
      holderHeavy(s);
      s.challenger.policy.marketAccess = 2;
    });
    const home = (r: typeof open) => tech(r.state, 'alpha').domestic.holder;
    expect(home(restricted)).toBeLessThan(home(open));
    expect(home(closed)).toBeCloseTo(0.5, 6); // half of demand at most
    expect(booked(closed.report, 'alpha', 'homeH', 'marketAccess')).toBeLessThan(0);
    expect(closed.state.holder.revenue).toBeLessThan(open.state.holder.revenue);
  });
});

describe('forced substitution and shortage', () => {
  const cutOff = (s: GameState) => {
    s.holder.policy.control.alpha = 'ban';
    tech(s, 'alpha').others.capacity = 0;
  };

  it('buyers with nothing else take a poor domestic product up to its capacity', () => {
    const r = turn((s) => {
      cutOff(s);
      tech(s, 'alpha').challenger.capability = 30;
      tech(s, 'alpha').challenger.capacity = 50;
    });
    expect(tech(r.state, 'alpha').domestic.challenger).toBeCloseTo(0.5, 9);
    expect(tech(r.state, 'alpha').shortage).toBeCloseTo(0.5, 9);
  });

  it('no one can use a product below the usable line, not even in a shortage', () => {
    const r = turn((s) => {
      cutOff(s);
      tech(s, 'alpha').challenger.capability = 10;
    });
    expect(tech(r.state, 'alpha').domestic.challenger).toBe(0);
    expect(tech(r.state, 'alpha').shortage).toBe(1);
    expect(tech(r.state, 'alpha').fulfilment).toBe(0);
  });

  it('stockpiles are drawn down before anything counts as a shortage', () => {
    const drawn = (stock: number) =>
      turn((s) => {
        cutOff(s);
        tech(s, 'alpha').challenger.stockpile = stock;
      });
    // Capacity 20 of a demand of 100: 80 units short.
    const some = drawn(50);
    expect(techReport(some.report, 'alpha').stockpileUsed).toBe(50);
    expect(tech(some.state, 'alpha').challenger.stockpile).toBe(0);
    expect(tech(some.state, 'alpha').shortage).toBeCloseTo(0.3, 9);
    expect(some.report.notes).toContainEqual({
      kind: 'stockpile-used',
      side: 'challenger',
      tech: 'alpha',
      amount: 50,
    });
    const plenty = drawn(200);
    expect(techReport(plenty.report, 'alpha').stockpileUsed).toBeCloseTo(80, 9);
    expect(tech(plenty.state, 'alpha').challenger.stockpile).toBeCloseTo(120, 6);
    expect(tech(plenty.state, 'alpha').shortage).toBe(0);
    // Nothing is drawn when nothing is short.
    const calm = turn((s) => {
      tech(s, 'alpha').challenger.stockpile = 50;
    });
    expect(tech(calm.state, 'alpha').challenger.stockpile).toBe(50);
  });

  it('a stockpile order buys imports ahead, at a premium, up to four quarters of demand', () => {
    const rich = (s: GameState) => {
      s.challenger.money = 1000;
    };
    const r = turn(rich, challenger({ type: 'stockpile', tech: 'alpha', quarters: 2 }));
    expect(tech(r.state, 'alpha').challenger.stockpile).toBe(200);
    expect(r.report.budget.challenger.spent.stockpile).toBe(200 * STOCKPILE_PREMIUM);
    expect(r.state.challenger.money).toBeCloseTo(
      1000 - 200 * STOCKPILE_PREMIUM + r.report.budget.challenger.income,
      5,
    );
    const full = turn(
      (s) => {
        rich(s);
        tech(s, 'alpha').challenger.stockpile = 350;
      },
      challenger({ type: 'stockpile', tech: 'alpha', quarters: 2 }),
    );
    expect(tech(full.state, 'alpha').challenger.stockpile).toBe(400);
  });
});

describe('usable quality', () => {
  const usable = (quality: number) =>
    tinyScenario((d) => {
      draftTech(d, 'alpha').usableQuality = quality;
    });
  // Buy-domestic at 3, and a product that already holds most of its home market (imports on offer).
  const everyPolicy = (capability: number) => (s: GameState) => {
    s.challenger.policy.procurement.alpha = 3;
    const t = tech(s, 'alpha');
    t.domestic = { holder: 0.1, challenger: 0.8, others: 0.1 };
    t.others.capacity = 300;
    t.challenger.capability = capability;
    t.challenger.capacity = 300;
  };

  it('caps the home share of a product below it, whatever the policy; in a shortage at half', () => {
    const sc = usable(65);
    // Capability 40: a half of the way from 15 to 65, so the cap is 0.1 + 0.9 × 0.25 = 0.325.
    const held = (edit: (s: GameState) => void) =>
      turn(
        (s) => {
          everyPolicy(40)(s);
          edit(s);
        },
        {},
        sc,
      );
    const r = held(() => {});
    expect(tech(r.state, 'alpha').domestic.challenger).toBeCloseTo(0.325, 6);
    expect(tech(r.state, 'alpha').shortage).toBe(0);
    // Cut off from every import, buyers take the poor product for half their needs, and go short.
    const cutOff = held((s) => {
      s.holder.policy.control.alpha = 'ban';
      tech(s, 'alpha').others.capacity = 0;
    });
    expect(tech(cutOff.state, 'alpha').domestic.challenger).toBeCloseTo(0.5, 6);
    expect(tech(cutOff.state, 'alpha').shortage).toBeCloseTo(0.5, 6);
    // A product that held more than its cap loses the rest, booked to its quality.
    expect(booked(r.report, 'alpha', 'homeC', 'usableQuality')).toBeLessThan(0);
    // Without the field the same product keeps what its value and the preference earn it.
    expect(tech(turn(everyPolicy(40)).state, 'alpha').domestic.challenger).toBeGreaterThan(0.5);
  });

  it('lifts the cap as quality rises, to none at the usable line', () => {
    const sc = usable(65);
    const share = (capability: number) =>
      tech(turn(everyPolicy(capability), {}, sc).state, 'alpha').domestic.challenger;
    expect(share(20)).toBeLessThan(0.16);
    expect(share(40)).toBeLessThan(share(55));
    expect(share(55)).toBeLessThan(0.8);
    expect(share(65)).toBeGreaterThan(share(55));
    expect(share(65)).toBeGreaterThan(0.5);
  });
});

describe('export drive', () => {
  const exporter = (s: GameState) => {
    const c = tech(s, 'alpha').challenger;
    c.capability = 75;
    c.chain = 40;
    c.capacity = 300;
    tech(s, 'alpha').foreign = { holder: 0.5, challenger: 0.05, others: 0.45 };
  };

  it('wins more foreign buyers for a product that can compete', () => {
    const none = turn(exporter);
    const driven = turn(exporter, challenger({ type: 'setExportDrive', tech: 'alpha', level: 3 }));
    expect(tech(driven.state, 'alpha').foreign.challenger).toBeGreaterThan(
      tech(none.state, 'alpha').foreign.challenger,
    );
    expect(booked(driven.report, 'alpha', 'abroadC', 'exportDrive')).toBeGreaterThan(0);
  });

  it('does nothing for a product below the reliability customers need', () => {
    const r = turn(() => {}, challenger({ type: 'setExportDrive', tech: 'alpha', level: 3 }));
    expect(tech(r.state, 'alpha').foreign.challenger).toBe(0);
    expect(booked(r.report, 'alpha', 'abroadC', 'exportDrive')).toBe(0);
  });
});

describe('shares', () => {
  const situations: [string, (s: GameState) => void][] = [
    ['calm', () => {}],
    ['holder-heavy', holderHeavy],
    ['strong challenger', strongChallenger],
    [
      'ban with allies',
      (s) => {
        s.holder.policy.control.alpha = 'ban';
        s.holder.policy.allies = 3;
      },
    ],
    [
      'listed and closed',
      (s) => {
        s.holder.policy.entityList = ['rail-champ'];
        s.challenger.policy.marketAccess = 2;
      },
    ],
  ];
  it.each(situations)('add up to at most 1 at home and exactly 1 abroad (%s)', (_, edit) => {
    for (const r of steps(scenario, start(scenario, 'shares', edit), 6)) {
      for (const t of r.state.techs) {
        const home = t.domestic.holder + t.domestic.challenger + t.domestic.others;
        const abroad = t.foreign.holder + t.foreign.challenger + t.foreign.others;
        expect(home).toBeLessThanOrEqual(1 + 1e-5);
        expect(home + t.shortage).toBeCloseTo(1, 5); // what no one ships is the shortage (stockpiles aside)
        expect(abroad).toBeCloseTo(1, 5);
      }
    }
  });
});
