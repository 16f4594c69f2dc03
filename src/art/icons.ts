// One icon per technology category, as SVG drawn for this game (24×24, stroked). The same markup is
// used in the DOM and, as a data URL, as a Phaser texture.
import type { Category } from '../sim/index.ts';

const BODY: Record<Category, string> = {
  // a bearing: races and balls
  component:
    '<circle cx="12" cy="12" r="9"/><circle cx="12" cy="12" r="4"/><circle cx="12" cy="5.5" r="1.4"/><circle cx="12" cy="18.5" r="1.4"/><circle cx="5.5" cy="12" r="1.4"/><circle cx="18.5" cy="12" r="1.4"/>',
  // a flask
  material: '<path d="M9 3h6M10 3v6l-5 9a2 2 0 0 0 1.8 3h10.4a2 2 0 0 0 1.8-3l-5-9V3"/><path d="M7.5 15h9"/>',
  // a machine spindle over a bed
  equipment: '<path d="M3 20h18M5 20v-5h14v5M9 15V8h6v7M12 8V4M10 4h4"/>',
  // a chip with pins
  chip: '<rect x="6" y="6" width="12" height="12" rx="1.5"/><rect x="9.5" y="9.5" width="5" height="5"/><path d="M9 3v3M15 3v3M9 18v3M15 18v3M3 9h3M3 15h3M18 9h3M18 15h3"/>',
  // a window with code brackets
  software:
    '<rect x="3" y="4" width="18" height="16" rx="1.5"/><path d="M3 8h18M10 11l-3 3 3 3M14 11l3 3-3 3"/>',
};

export function iconSvg(category: Category, colour = 'currentColor'): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="${colour}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${BODY[category]}</svg>`;
}

export const iconDataUrl = (category: Category, colour: string): string =>
  `data:image/svg+xml;base64,${btoa(iconSvg(category, colour))}`;

/** The icon as a DOM node: parsed from our own constant markup, never from a file. */
export function iconNode(category: Category): SVGSVGElement {
  const doc = new DOMParser().parseFromString(iconSvg(category), 'image/svg+xml');
  const node = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  node.setAttribute('aria-hidden', 'true');
  node.setAttribute('class', 'icon');
  return node;
}
