// Reading a player's own scenario file, by picker or by drop: validated in the browser with the same
// validator as the command line, and every problem shown as text.
import { lang, t, tn, tx } from '../i18n/index.ts';
import { decodeBytes } from '../scenario/decode.ts';
import { type Problem, problemText, quote, unhide } from '../scenario/problems.ts';
import type { Scenario } from '../scenario/schema.ts';
import { validateScenarioText } from '../scenario/validate.ts';
import { el } from './dom.ts';

export const MAX_FILE_BYTES = 2_000_000;

export interface FileResult {
  file: string;
  scenario: Scenario | null;
  problems: Problem[];
}

export async function readScenarioFile(file: File): Promise<FileResult> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      file: file.name,
      scenario: null,
      problems: [
        {
          severity: 'error',
          path: '(root)',
          message: `The file is ${(file.size / 1e6).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB.`,
        },
      ],
    };
  }
  // Decoded as the command line decodes it (UTF-8, or UTF-16 by its byte-order mark): one answer in both.
  const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()), 'file');
  if (!decoded.ok)
    return {
      file: file.name,
      scenario: null,
      problems: [{ severity: 'error', path: '(root)', message: decoded.message }],
    };
  const { scenario, problems } = validateScenarioText(decoded.text);
  return { file: file.name, scenario, problems };
}

/**
 * A loaded scenario whose id is a shipped scenario's is refused: two cards would share an id, and a game,
 * a save or a replay could only ever find the shipped one.
 */
export function refuseShippedId(result: FileResult, shipped: readonly Scenario[]): FileResult {
  const sc = result.scenario;
  if (!sc || !shipped.some((s) => s.id === sc.id)) return result;
  let n = 2;
  while (shipped.some((s) => s.id === `${sc.id}-${n}`)) n++;
  return {
    file: result.file,
    scenario: null,
    problems: [
      {
        severity: 'error',
        path: 'id',
        message: t('choose.shippedId', { id: quote(sc.id), suggest: `${sc.id}-${n}` }),
      },
      ...result.problems,
    ],
  };
}

/** A problem as one line in the player's language: where, how bad (unless an error), what. */
export const problemLine = (p: Problem): string =>
  `${p.path}: ${p.severity === 'error' ? '' : `${t(p.severity === 'warning' ? 'problem.warning' : 'problem.note')}: `}${problemText(p, lang())}`;

/** The problems as a readable list; every string is inserted as text. */
export function problemList(result: FileResult): HTMLElement {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.filter((p) => p.severity === 'warning').length;
  return el(
    'div',
    { class: `notice ${result.scenario ? '' : 'error'}`, role: result.scenario ? 'status' : 'alert' },
    el(
      'p',
      {},
      result.scenario
        ? t('choose.valid', { file: unhide(result.file), title: tx(result.scenario.title) })
        : tn('choose.invalid', errors, { file: unhide(result.file) }),
    ),
    warnings > 0 ? el('p', { class: 'muted' }, tn('choose.warnings', warnings)) : null,
    result.problems.length > 0
      ? el(
          'ul',
          { class: 'problems' },
          ...result.problems.map((p) => el('li', { class: p.severity }, problemLine(p))),
        )
      : null,
  );
}
