// Who plays the other side: the computer at a level and with a personality, random or idle moves, a
// fixed doctrine, a second person at this screen, or (on the scenario choice) a friend by link. One
// picker serves the scenario choice and "Play from here", and one label names an opponent everywhere.
import { HOTSEAT, LINK_OPPONENT } from '../game/opponent.ts';
import { type MessageKey, t, tKey } from '../i18n/index.ts';
import {
  AI_LEVELS,
  type AiLevel,
  DEFAULT_PERSONALITY,
  type Personality,
  PLAYER_NAMES,
  parseAiName,
  parsePlayer,
  personalitiesOf,
} from '../players/index.ts';
import { otherSide, type Side } from '../sim/index.ts';
import { el, fill } from './dom.ts';
import { labelledSelect } from './widgets.ts';

/** The opponent a new player meets: the computer at its normal level. */
export const DEFAULT_OPPONENT = 'ai:normal';

export const personalityName = (p: Personality) => t(`personality.${p}`);
const levelName = (l: AiLevel) => t(`level.${l}`);

export function opponentLabel(name: string): string {
  if (name === HOTSEAT) return t('choose.opponent.hotseat');
  if (name === LINK_OPPONENT) return t('choose.opponent.link');
  if (name === 'idle') return t('choose.opponent.idle');
  if (name === 'random') return t('choose.opponent.random');
  if (name.startsWith('fixed:')) return t('choose.opponent.fixed', { name: tKey(`fixed.${name}`) });
  const ai = parseAiName(name);
  if (ai)
    return ai.personality
      ? t('opponent.ai', { level: levelName(ai.level), personality: personalityName(ai.personality) })
      : t('opponent.aiDefault', { level: levelName(ai.level) });
  return name;
}

/**
 * The opponent as the player on `side` can meet it: an AI keeps its level and takes the other side's
 * personality of the same name or the default; a doctrine of the wrong side gives way to the computer.
 */
export function opponentOnSide(name: string, side: Side): string {
  const them = otherSide(side);
  const ai = parseAiName(name);
  if (ai) {
    const personality = ai.personality && ai.side === them ? ai.personality : DEFAULT_PERSONALITY[them];
    return `ai:${ai.level}:${personality}`;
  }
  const player = parsePlayer(name);
  if (player?.side && player.side !== them) return DEFAULT_OPPONENT;
  return player || name === HOTSEAT || name === LINK_OPPONENT ? name : DEFAULT_OPPONENT;
}

const AI_KIND = 'ai';

/**
 * Selects for the opponent, and for the computer its level and personality, each with a line saying
 * what it does. `byLink` adds "a friend, by link". `onChange` hears the full player name.
 */
export function opponentPicker(opts: {
  idPrefix: string;
  side: Side; // the player's side: the opponent plays the other
  value: string;
  byLink?: boolean;
  onChange: (name: string) => void;
}): HTMLElement {
  const them = otherSide(opts.side);
  let value = opts.value; // as opponentOnSide gives it
  const node = el('div', { class: 'opponent-picker' });
  const fixed = PLAYER_NAMES.filter((n) => n.startsWith('fixed:') && parsePlayer(n)?.side === them);
  const kinds = [AI_KIND, 'random', 'idle', HOTSEAT, ...(opts.byLink ? [LINK_OPPONENT] : []), ...fixed];

  const render = () => {
    const ai = parseAiName(value);
    const kind = labelledSelect(
      `${opts.idPrefix}opponent`,
      t('choose.opponent'),
      kinds.map((k) => ({ value: k, label: k === AI_KIND ? t('choose.opponent.ai') : opponentLabel(k) })),
      ai ? AI_KIND : value,
    );
    kind.select.addEventListener('change', () => {
      set(kind.select.value === AI_KIND ? opponentOnSide(DEFAULT_OPPONENT, opts.side) : kind.select.value);
    });
    if (!ai) return fill(node, kind.field);
    const personality = ai.personality ?? DEFAULT_PERSONALITY[them];
    const level = labelledSelect(
      `${opts.idPrefix}level`,
      t('choose.level'),
      AI_LEVELS.map((l) => ({ value: l, label: levelName(l) })),
      ai.level,
    );
    level.select.setAttribute('aria-describedby', `${opts.idPrefix}level-about`);
    level.select.addEventListener('change', () => set(`ai:${level.select.value}:${personality}`));
    const character = labelledSelect(
      `${opts.idPrefix}personality`,
      t('choose.personality'),
      personalitiesOf(them).map((p) => ({ value: p, label: personalityName(p) })),
      personality,
    );
    character.select.setAttribute('aria-describedby', `${opts.idPrefix}personality-about`);
    character.select.addEventListener('change', () => set(`ai:${ai.level}:${character.select.value}`));
    fill(
      node,
      kind.field,
      el('div', { class: 'row ai-dials' }, level.field, character.field),
      el('p', { class: 'muted', id: `${opts.idPrefix}level-about` }, t(`level.${ai.level}.about`)),
      el(
        'p',
        { class: 'muted', id: `${opts.idPrefix}personality-about` },
        t(`personality.${personality}.about`),
      ),
    );
  };
  const set = (name: string) => {
    value = name;
    opts.onChange(name);
    const focused = document.activeElement?.id;
    render();
    if (focused) document.getElementById(focused)?.focus();
  };
  render();
  return node;
}
