// The keyboard shortcuts, listed by `?`.
import { CAUSE_GLOSSARY, TERM_GLOSSARY } from '../../i18n/glossary.ts';
import { t } from '../../i18n/index.ts';
import { CAUSES } from '../../sim/index.ts';
import { el } from '../dom.ts';
import { dialog } from '../widgets.ts';

export const SHORTCUTS: [string, { en: string; zh: string }][] = [
  ['?', { en: 'Show this list', zh: '显示本列表' }],
  ['E', { en: 'End the turn', zh: '结束回合' }],
  [
    '1 … 9, 0',
    {
      en: 'Go to a technology’s decisions (and its rope in the debrief)',
      zh: '跳到某项技术的决策(以及复盘中的绳子)',
    },
  ],
  [
    'Space / Esc',
    { en: 'Skip the turn’s animation; Esc also closes a dialog', zh: '跳过回合动画;Esc 也会关闭对话框' },
  ],
  ['F', { en: 'Play the turn’s animation faster', zh: '加快回合动画' }],
  [
    'G',
    {
      en: 'Goals: what each ending needs and how close the challenger is',
      zh: '目标:每个结局需要什么,追赶方还差多少',
    },
  ],
  [
    'W / N / C / D',
    { en: 'Debrief: why, news so far, charts, dependencies', zh: '复盘:原因、历次新闻、图表、依赖关系' },
  ],
  ['M', { en: 'Mute or unmute', zh: '静音 / 打开声音' }],
  ['L', { en: 'Switch 中文 / English', zh: '切换中文 / English' }],
  ['S', { en: 'Settings', zh: '设置' }],
  ['Tab', { en: 'Move between controls; Enter or Space presses', zh: '在控件间移动;回车或空格按下' }],
];

export function openHelp(lang: 'zh' | 'en', onclose: () => void): HTMLElement {
  const list = el(
    'dl',
    { class: 'shortcuts' },
    ...SHORTCUTS.flatMap(([key, what]) => [
      el('dt', {}, el('kbd', {}, key)),
      el('dd', { style: 'margin:0' }, what[lang]),
    ]),
  );
  const terms = [
    ...Object.values(TERM_GLOSSARY).map((g) => [g.term[lang], g[lang]] as const),
    ...CAUSES.map((c) => [t(`cause.${c}`), CAUSE_GLOSSARY[c][lang]] as const),
  ];
  const glossary = el(
    'dl',
    { class: 'glossary' },
    ...terms.flatMap(([name, what]) => [el('dt', {}, name), el('dd', {}, what)]),
  );
  return dialog(
    t('help.heading'),
    [list, el('h3', {}, t('help.glossary')), glossary],
    onclose,
    t('help.close'),
  );
}
