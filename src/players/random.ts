// Random legal actions from its own seeded stream: a fuzzer for the rules and a floor for the AI.
import { type Action, CONTROL_LEVELS, checkOrders, proposalTo, type TalkItem } from '../sim/index.ts';
import { playerDice } from '../sim/random.ts';
import type { Player, PlayerContext } from './player.ts';

const CHALLENGER_MOVES = [
  'setResearch',
  'buildLine',
  'setProcurement',
  'setExportDrive',
  'setEcosystem',
  'stockpile',
  'setMarketAccess',
] as const;
const HOLDER_MOVES = ['setControl', 'setEntityList', 'setAllies', 'setResearch', 'setSupport'] as const;

export const random: Player = {
  name: 'random',
  decide({ scenario, state, side }: PlayerContext): Action[] {
    const dice = playerDice(state.seed, `random/${side}`, state.turn);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(dice.next() * xs.length)]!;
    const level = () => Math.floor(dice.next() * 4);
    const tech = () => pick(scenario.technologies).id;
    const orders: Action[] = [];
    const tryAdd = (a: Action) => {
      if (checkOrders(scenario, state, side, [...orders, a]).ok) orders.push(a);
    };
    for (const p of state.pending)
      if (p.side === side) tryAdd({ type: 'choose', event: p.event, option: pick(p.options) });
    const count = Math.floor(dice.next() * 4);
    for (let i = 0; i < count; i++) {
      const move = side === 'challenger' ? pick(CHALLENGER_MOVES) : pick(HOLDER_MOVES);
      switch (move) {
        case 'setResearch':
        case 'setProcurement':
        case 'setExportDrive':
        case 'setEcosystem':
          tryAdd({ type: move, tech: tech(), level: level() });
          break;
        case 'buildLine':
          tryAdd({ type: move, tech: tech(), lines: 1 + Math.floor(dice.next() * 2) });
          break;
        case 'stockpile':
          tryAdd({ type: move, tech: tech(), quarters: 1 + Math.floor(dice.next() * 2) });
          break;
        case 'setMarketAccess':
          tryAdd({ type: move, level: Math.floor(dice.next() * 3) });
          break;
        case 'setControl':
          tryAdd({ type: move, tech: tech(), level: pick(CONTROL_LEVELS) });
          break;
        case 'setEntityList':
          if (scenario.champions.length > 0)
            tryAdd({ type: move, champion: pick(scenario.champions).id, listed: dice.next() < 0.6 });
          break;
        case 'setAllies':
        case 'setSupport':
          tryAdd({ type: move, level: level() });
          break;
      }
    }
    if (state.talks.open && dice.next() < 0.7) {
      const items: TalkItem[] =
        side === 'holder'
          ? [{ kind: 'loosen', tech: tech() }, { kind: 'pause' }]
          : [{ kind: 'purchase', tech: tech() }, { kind: 'openMarket' }];
      tryAdd({ type: 'offer', gives: items.filter(() => dice.next() < 0.6).slice(0, 2) });
    }
    if (proposalTo(state, side)) tryAdd({ type: 'answer', accept: dice.next() < 0.5 });
    return orders;
  },
};
