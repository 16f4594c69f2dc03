// The committed balance report is what the code plays: its cheapest series (no AI that searches) are played
// again here and must match to the game. A rule or player change that moves them must re-run
// `npm run balance` on purpose; the failure names the series.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { balanceCommand } from '../../src/cli/balance.ts';
import { parsePlayer } from '../../src/players/index.ts';
import { playGame, tournamentSeed } from '../../src/tournament/game.ts';
import { summarise, type TournamentReport } from '../../src/tournament/summary.ts';
import { SHIPPED_IDS, shipped } from '../support/scenarios.ts';

const report = JSON.parse(readFileSync('docs/balance.json', 'utf8')) as {
  scenarios: { id: string; reports: TournamentReport[] }[];
};
const searches = (name: string) => name.startsWith('ai:normal') || name.startsWith('ai:hard');
const cheap = (r: TournamentReport) => !searches(r.holder) && !searches(r.challenger);

describe('docs/balance.json', () => {
  for (const s of report.scenarios)
    for (const r of s.reports.filter(cheap))
      it(`${s.id}: ${r.holder} vs ${r.challenger} plays as reported`, () => {
        const scenario = shipped(s.id);
        const players = { holder: parsePlayer(r.holder)!, challenger: parsePlayer(r.challenger)! };
        const games = Array.from({ length: r.games }, (_, i) =>
          playGame(scenario, tournamentSeed(r.seed, i), players),
        );
        expect(
          summarise(
            { scenario: r.scenario, holder: r.holder, challenger: r.challenger, seed: r.seed },
            games,
          ),
        ).toMatchObject(r); // a report written before a field was added still matches on the rest
      });

  it('covers every shipped scenario', () => {
    expect(report.scenarios.map((s) => s.id).sort()).toEqual([...SHIPPED_IDS].sort());
  });

  it("is judged by today's targets: `tug balance --rejudge` of its games writes the same report", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tug-rejudge-'));
    try {
      const out = join(dir, 'balance.md');
      await balanceCommand(['--rejudge', 'docs/balance.json', '--out', out], () => {});
      expect(readFileSync(out, 'utf8')).toBe(readFileSync('docs/balance.md', 'utf8'));
      expect(readFileSync(join(dir, 'balance.json'), 'utf8')).toBe(readFileSync('docs/balance.json', 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to rejudge a file that is not a report, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tug-rejudge-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"scenarios": 3}');
      await expect(balanceCommand(['--rejudge', bad], () => {})).rejects.toThrow(
        /bad\.json: is not a balance report/,
      );
      writeFileSync(bad, '{"scenarios": ');
      await expect(balanceCommand(['--rejudge', bad], () => {})).rejects.toThrow(/bad\.json: is not JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('plays only the scenarios named into an earlier report, and refuses a report of other counts', async () => {
    await expect(balanceCommand(['--update', 'docs/balance.json'], () => {})).rejects.toThrow(
      /--update needs --scenario/,
    );
    await expect(
      balanceCommand(['--update', 'docs/balance.json', '--scenario', 'tutorial', '--quick'], () => {}),
    ).rejects.toThrow(/docs\/balance\.json was played with .*play the whole report again/);
  });
});
