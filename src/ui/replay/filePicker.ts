// Picking a replay file: a hidden file input that a button opens, and a page that takes a dropped file.
import { el } from '../dom.ts';

export function fileInput(id: string, onfile: (file: File) => void): HTMLInputElement {
  const input = el('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    id,
    tabindex: '-1',
    'aria-hidden': 'true',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) onfile(file);
    input.value = '';
  });
  return input;
}

/** While the page shows `zone`, a file dropped anywhere on it is taken; returns the cleanup. */
export function takeDroppedFiles(zone: HTMLElement, onfile: (file: File) => void): () => void {
  const over = (e: DragEvent) => {
    e.preventDefault();
    zone.classList.add('active');
  };
  const leave = () => zone.classList.remove('active');
  const drop = (e: DragEvent) => {
    e.preventDefault();
    zone.classList.remove('active');
    const file = e.dataTransfer?.files?.[0];
    if (file) onfile(file);
  };
  window.addEventListener('dragover', over);
  window.addEventListener('dragleave', leave);
  window.addEventListener('drop', drop);
  return () => {
    window.removeEventListener('dragover', over);
    window.removeEventListener('dragleave', leave);
    window.removeEventListener('drop', drop);
  };
}
