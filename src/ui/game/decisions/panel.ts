// The decisions panel for the side that is playing: settings per technology and across the board, the
// event choices and the talks. Every control shows its cost and what it is expected to do next turn; an
// option the rules do not allow is disabled and says why. Prices and the policy in force come from the
// rules (game/selectors.ts), never from copies of their formulas.
import { lanes, policyOf } from '../../../game/selectors.ts';
import { t, tx } from '../../../i18n/index.ts';
import { checkOrders, laneInputs, proposalTo, type Side } from '../../../sim/index.ts';
import { el, fill } from '../../dom.ts';
import { button, sideMark, sideName } from '../../widgets.ts';
import { controlKit } from '../controls.ts';
import { eventChoices } from '../eventChoices.ts';
import { objectivesOf } from '../goals.ts';
import { answerPanel, talksPanel } from '../talksPanel.ts';
import { globalControls } from './boardControls.ts';
import { costLine, moneyIdleNote } from './budget.ts';
import type { DecisionsDeps, Desk } from './desk.ts';
import { techCard } from './techCard.ts';

export type { DecisionsDeps } from './desk.ts';

/**
 * The technology picked on the board comes first, so the panel and the board speak of the same one; then
 * those that matter now: a shortage, then the lanes nearest a mark of an ending (the ones a turn's work can
 * move across), then the rest in the scenario's order.
 */
function byUrgency(desk: Desk): number[] {
  const { scenario, state } = desk;
  const o = objectivesOf(desk.session);
  const nearest = (tech: string) =>
    Math.min(
      ...o.goals.flatMap((g) =>
        g.lanes
          .filter((l) => l.tech === tech && !l.meets)
          .flatMap((l) => l.gaps.map((x) => Math.max(0, x.at - x.value))),
      ),
      Number.POSITIVE_INFINITY,
    );
  const score = (i: number) => {
    const t = state.techs[i]!;
    if (t.id === desk.deps.focusTech) return Number.POSITIVE_INFINITY;
    return (t.shortage > 0.005 ? 1000 + t.shortage * 100 : 0) - Math.min(999, nearest(t.id));
  };
  return scenario.technologies
    .map((_, i) => i)
    .sort((a, b) => (score(b) > score(a) ? 1 : score(b) < score(a) ? -1 : a - b));
}

/** Brings an event's question into view, with focus on the option that stands. */
function showPending(event: string): void {
  const heading = document.getElementById(`pending-${event}`);
  heading?.scrollIntoView({ block: 'center' });
  heading
    ?.closest('section')
    ?.querySelector<HTMLButtonElement>('button[aria-pressed="true"]')
    ?.focus({ preventScroll: true });
}

/** "Reset" (when anything changed) and "End turn". */
function endTurnBar(desk: Desk): HTMLElement {
  const { deps, session, side, draft, scenario, state } = desk;
  // An event's question the player has not answered: ending the turn takes its first option, so say so.
  const unanswered = state.pending
    .filter((p) => p.side === side && !draft.some((a) => a.type === 'choose' && a.event === p.event))
    .map((p) => scenario.events.find((e) => e.id === p.event))
    .filter((e) => e?.choice !== undefined);
  // A proposal the player has not accepted: ending the turn refuses it.
  const proposal = proposalTo(state, side);
  const accepted = draft.some((a) => a.type === 'answer' && a.accept);
  return el(
    'div',
    { class: 'end-turn' },
    proposal && !accepted
      ? el(
          'p',
          { class: 'pending-note', role: 'note' },
          t('decide.unansweredProposal', { side: sideName(proposal.side) }),
        )
      : null,
    ...unanswered.map((e) =>
      el(
        'p',
        { class: 'pending-note', role: 'note' },
        t('decide.unanswered', { event: tx(e!.title), option: tx(e!.choice!.options[0]!.label) }),
        ' ',
        // The question sits at the top of the panel, often scrolled away by now: take the player to it.
        button(t('decide.showPending'), () => showPending(e!.id), { class: 'btn link' }),
      ),
    ),
    draft.length
      ? button(t('decide.reset'), () => session.resetDraft(side), {
          class: 'btn',
          style: 'width:100%;margin-bottom:0.4rem',
        })
      : null,
    button(
      deps.endLabel ??
        (session.hotseat ? t('decide.endTurnFor', { side: sideName(side) }) : t('decide.endTurn')),
      deps.endTurn,
      { class: 'btn primary big', style: 'width:100%', id: 'end-turn', 'aria-keyshortcuts': 'E' },
    ),
  );
}

/** The panel's heading. Keyed, so focus on it survives a redraw (the decisions following the screen's first frame, say). */
export const decisionsHeading = (side: Side): HTMLElement =>
  el(
    'h2',
    { tabindex: '-1', 'data-focus-key': 'heading' },
    sideMark(side),
    ' ',
    t('decide.heading', { side: sideName(side) }),
  );

export function renderDecisions(node: HTMLElement, deps: DecisionsDeps): void {
  const { session, side } = deps;
  const { scenario, state } = session;
  const draft = session.drafts[side];
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
  const check = checkOrders(scenario, state, side, draft);
  const plan = check.ok ? check.value : null;
  const kit = controlKit(session, side);
  const desk: Desk = {
    deps,
    session,
    side,
    scenario,
    state,
    draft,
    plan,
    policy: plan ? policyOf(plan, side) : side === 'holder' ? state.holder.policy : state.challenger.policy,
    kit,
    lanes: lanes(scenario, state),
    inputs: laneInputs(scenario, state),
  };
  const tutorial = scenario.tutorial?.filter((s) => s.turn === state.turn) ?? [];
  fill(
    node,
    decisionsHeading(side),
    ...tutorial.map((s) => {
      // A step is done once this turn's orders use what it unlocked.
      const done = draft.some((a) => (s.unlocks as readonly string[]).includes(a.type));
      return el(
        'div',
        { class: `pending tutorial-step${done ? ' done' : ''}`, role: 'note' },
        tx(s.text),
        done ? el('p', { class: 'step-done', role: 'status' }, `✓ ${t('tutorial.done')}`) : null,
      );
    }),
    el('div', { class: 'summary', 'aria-live': 'polite' }, costLine(desk)),
    moneyIdleNote(desk),
    ...eventChoices(session, side),
    answerPanel(session, side, kit),
    talksPanel(session, side, kit),
    el('h3', {}, t('decide.global')),
    ...globalControls(desk),
    ...byUrgency(desk).map((i) => techCard(desk, scenario.technologies[i]!, i)),
    endTurnBar(desk),
  );
  if (focused)
    node
      .querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)
      ?.focus({ preventScroll: true });
}
