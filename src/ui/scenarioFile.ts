// Reading a player's own scenario file, by picker or by drop: validated in the browser with the same
// validator as the command line, and every problem shown as text.
import { t, tn } from '../i18n/index.ts';
import type { Problem } from '../scenario/problems.ts';
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
  const text = await file.text();
  const { scenario, problems } = validateScenarioText(text);
  return { file: file.name, scenario, problems };
}

/** The problems as a readable list; every string is inserted as text. */
export function problemList(result: FileResult): HTMLElement {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  return el(
    'div',
    { class: `notice ${result.scenario ? '' : 'error'}`, role: result.scenario ? 'status' : 'alert' },
    el(
      'p',
      {},
      result.scenario
        ? t('choose.valid', { file: result.file, title: result.scenario.title.en })
        : tn('choose.invalid', errors, { file: result.file }),
    ),
    warnings > 0 ? el('p', { class: 'muted' }, tn('choose.warnings', warnings)) : null,
    result.problems.length > 0
      ? el(
          'ul',
          { class: 'problems' },
          ...result.problems.map((p) =>
            el(
              'li',
              { class: p.severity },
              `${p.path}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`,
            ),
          ),
        )
      : null,
  );
}
