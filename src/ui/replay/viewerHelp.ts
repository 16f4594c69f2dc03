// The replay viewer's keyboard shortcuts, listed by `?`.
import { t } from '../../i18n/index.ts';
import { el } from '../dom.ts';
import { dialog } from '../widgets.ts';

export const VIEWER_SHORTCUTS: [string, { en: string; zh: string }][] = [
  ['?', { en: 'Show this list', zh: '显示本列表' }],
  ['Space / K', { en: 'Play or pause', zh: '播放 / 暂停' }],
  ['→ / ←', { en: 'Step one turn forward or back', zh: '前进或后退一回合' }],
  ['Page Down / Page Up', { en: 'Ten turns forward or back', zh: '前进或后退十回合' }],
  ['Home / End', { en: 'To the start or the end', zh: '跳到开头或结尾' }],
  ['+ / −', { en: 'Play faster or slower', zh: '加快或放慢播放' }],
  ['F', { en: 'Play from here (fork the game at this turn)', zh: '从这里接着玩(在此回合分叉)' }],
  ['1 … 9, 0', { en: 'Select a technology’s rope', zh: '选中某项技术的绳子' }],
  ['W / C / D', { en: 'Debrief: why, charts, dependencies', zh: '复盘:原因、图表、依赖关系' }],
  ['M', { en: 'Mute or unmute', zh: '静音 / 打开声音' }],
  ['L', { en: 'Switch 中文 / English', zh: '切换中文 / English' }],
  ['S', { en: 'Settings', zh: '设置' }],
  ['Esc', { en: 'Close a dialog', zh: '关闭对话框' }],
  ['Tab', { en: 'Move between controls; Enter or Space presses', zh: '在控件间移动;回车或空格按下' }],
];

export function openViewerHelp(lang: 'zh' | 'en', onclose: () => void): HTMLElement {
  const list = el(
    'dl',
    { class: 'shortcuts' },
    ...VIEWER_SHORTCUTS.flatMap(([key, what]) => [
      el('dt', {}, el('kbd', {}, key)),
      el('dd', { style: 'margin:0' }, what[lang]),
    ]),
  );
  return dialog(t('viewer.helpHeading'), [list], onclose, t('help.close'));
}
