// A draft shared by link: the scenario's JSON travels compressed in the URL fragment (#scenario=…), as
// replays do, and opens in the studio. Scenarios are larger than replays, so their links may be longer.
import { decodeLink, encodeLink } from '../../replay/index.ts';
import { type Outcome, refuse } from '../../replay/problems.ts';

export const encodeScenarioLink = (draft: unknown, base: string): Outcome<string> =>
  encodeLink('scenario', JSON.stringify(draft), base);

/** The draft a link carries, as text (the studio validates it like a file); never throws. */
export function decodeScenarioLink(link: string): Outcome<string> {
  const decoded = decodeLink(link);
  if (!decoded.ok) return decoded;
  if (decoded.value.kind !== 'scenario')
    return refuse('ERR_LINK_GARBLED', 'This link is a replay or a game, not a scenario.', null);
  if (decoded.value.cut)
    return refuse('ERR_LINK_GARBLED', 'This scenario link was cut short: ask for the whole link.', null);
  return { ok: true, value: decoded.value.text };
}
