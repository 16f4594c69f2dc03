// The live balance preview: a worker plays AI-against-AI games on the draft and the panel fills in as
// each ends: who won how often, the endings, fan charts of the challenger's score and of the mean rope,
// and which of the balance report's targets hold. A new draft terminates the worker and starts again.
import { type PreviewGame, previewFigures } from '../../game/studio/preview.ts';
import type { PreviewJob, PreviewReply } from '../../game/studio/previewGame.ts';
import { endingName, t } from '../../i18n/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { ChallengerEndingId, HolderEndingId } from '../../sim/index.ts';
import { percentileBands } from '../../tournament/stats.ts';
import { el, fill } from '../dom.ts';
import { fanChart } from '../range/fanChart.ts';
import { pct } from '../widgets.ts';

/** Games a refresh plays, and by whom: cheap players, so a refresh takes seconds. */
export const PREVIEW_GAMES = 30;
const PAIRING = { holder: 'ai:easy', challenger: 'ai:easy' };

export interface PreviewPanel {
  node: HTMLElement;
  /** Plays the draft's games afresh (cancelling any running); null when the draft does not validate. */
  refresh(scenario: Scenario | null): void;
  dispose(): void;
}

export function previewPanel(): PreviewPanel {
  const status = el('p', { class: 'muted', 'aria-live': 'polite' });
  const body = el('div', { class: 'studio-preview-body' });
  const node = el(
    'section',
    { class: 'studio-preview', 'aria-label': t('studio.preview') },
    el('h2', {}, t('studio.preview')),
    status,
    body,
  );
  let worker: Worker | null = null;
  let started = 0;

  const stop = () => {
    worker?.terminate();
    worker = null;
  };

  const draw = (scenario: Scenario, games: PreviewGame[], done: boolean) => {
    const figures = previewFigures(scenario, games);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    status.textContent = done
      ? t('studio.previewDone', {
          games: games.length,
          seconds,
          holder: PAIRING.holder,
          challenger: PAIRING.challenger,
        })
      : t('studio.previewRunning', { done: games.length, games: PREVIEW_GAMES });
    // Each chart: its series by game, turn by turn, and the scale it reads on.
    const fans = [
      [t('studio.fanScore'), games.map((g) => g.scoreByTurn), 0, 100],
      [t('studio.fanHolderScore'), games.map((g) => g.holderScoreByTurn), 0, 100],
      [t('studio.fanRope'), games.map((g) => g.ropeByTurn), -100, 100],
    ] as const;
    const turns = Array.from({ length: scenario.turns }, (_, i) => i + 1);
    fill(
      body,
      el(
        'p',
        {},
        t('studio.wins', {
          holder: pct(figures.wins.holder),
          challenger: pct(figures.wins.challenger),
          draw: pct(figures.wins.draw),
        }),
      ),
      el(
        'ul',
        { class: 'studio-endings' },
        ...Object.entries(figures.challengerEndings)
          .sort((a, b) => b[1] - a[1])
          .map(([e, n]) => el('li', {}, `${endingName(e as ChallengerEndingId)}: ${n}`)),
        ...Object.entries(figures.holderEndings)
          .sort((a, b) => b[1] - a[1])
          .map(([e, n]) => el('li', { class: 'muted' }, `${endingName(e as HolderEndingId)}: ${n}`)),
      ),
      el(
        'ul',
        { class: 'studio-targets' },
        ...figures.targets.map((x) =>
          el(
            'li',
            { class: x.holds ? 'holds' : 'fails' },
            `${x.holds ? '✓' : '✗'} ${t(`studio.target.${x.key}`, { figure: x.figure || '—' })}`,
          ),
        ),
      ),
      games.length > 1
        ? el(
            'div',
            { class: 'studio-fans' },
            ...fans.map(([title, series, min, max]) =>
              fanChart({ games: games.length, turns, bands: percentileBands(series) }, title, { min, max }),
            ),
          )
        : null,
    );
  };

  return {
    node,
    refresh(scenario) {
      stop();
      if (!scenario) {
        status.textContent = t('studio.previewWaiting');
        return;
      }
      const games: PreviewGame[] = [];
      started = performance.now();
      status.textContent = t('studio.previewRunning', { done: 0, games: PREVIEW_GAMES });
      const w = new Worker(new URL('../../workers/previewWorker.ts', import.meta.url), { type: 'module' });
      worker = w;
      w.onmessage = (event: MessageEvent<PreviewReply>) => {
        if (worker !== w) return;
        const reply = event.data;
        if (reply.kind === 'game') {
          games.push(reply.game);
          draw(scenario, games, false);
        } else if (reply.kind === 'done') {
          draw(scenario, games, true);
          stop();
        } else {
          status.textContent = t('studio.previewFailed', { error: reply.error });
          stop();
        }
      };
      w.onerror = (e) => {
        status.textContent = t('studio.previewFailed', { error: e.message || 'worker' });
        stop();
      };
      w.postMessage({ scenario, games: PREVIEW_GAMES, ...PAIRING } satisfies PreviewJob);
    },
    dispose: stop,
  };
}
