// A problem found in a scenario file: how bad, where (a JSON path), and a sentence a modder understands.
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  path: string; // e.g. technologies[2].dependsOn[0]
  message: string;
}

export const jsonPath = (segments: readonly PropertyKey[]): string => {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out || '(root)';
};

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');
