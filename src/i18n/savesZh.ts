// 存档与到达时拒绝的中文文本。键与 savesEn.ts 完全一致(由类型检查保证),并入 zh.ts。
import type { savesEn } from './savesEn.ts';

export const savesZh: Record<keyof typeof savesEn, string> = {
  'saves.heading': '已存的对局',
  'saves.none': '还没有存档。',
  'saves.what': '{scenario} · 扮演{side} · 第 {turn} 回合{ended} · {date}',
  'saves.ended': '(已结束)',
  'saves.continue': '继续',
  'saves.delete': '删除',
  'saves.export': '导出为文件',
  'saves.import': '导入存档',
  'saves.confirmDelete': '删除存档“{what}”?除非已经导出,否则无法恢复。',
  'saves.imported': '已导入 {file}:{what}。',
  'saves.importRefused': '{file} 不是本游戏的存档:{reason}',
  'saves.damaged': '有一个存档无法读取:{reason}。它已原样保留;可以导出留底,或者删除。',
  'saves.damagedTitle': '损坏的存档({date})',
  'saves.full':
    '存储空间已满:这局游戏已不再保存(最后保存于第 {turn} 回合)。把它导出为文件,或删除旧存档,之后会继续保存。',
  'saves.unavailable': '此浏览器不允许游戏保存(隐私模式或存储被关闭):请把对局导出为文件保存。',
  'saves.manage': '管理存档',
  'saves.dismiss': '知道了',
  'saves.draftsDropped': '这个存档中有 {count} 项尚未提交的改动无法读取,已略去;已下过的回合全部保留。',
  'saves.openFailed': '这个存档无法继续:{reason}。它已原样保留。',
  'saves.elsewhere':
    '这局游戏已在另一个标签页或窗口中打开。为免互相覆盖,本标签页不会保存它:请到那边继续,或在这里接管。',
  'saves.takeOver': '在这里接管',
  'saves.takenOver': '这局游戏已在另一个标签页中被接管:本标签页不再保存它。',
  'saves.newer':
    '自本标签页打开以来,这局游戏已从另一个标签页保存过:本标签页没有覆盖它。请从标题画面重新打开,从那里继续。',
  'saves.backendLocal': '保存在此浏览器中(localStorage)。',
  'url.noScenario': '这个地址要求的剧本 {id} 不存在(现有剧本:{ids})。',
  'url.badSide': '这个地址要求的阵营 {side} 无效;阵营只能是 holder(守方)或 challenger(追方)。',
  'url.badOpponent': '这个地址要求的对手 {opponent} 本游戏不认识。',
  'url.ownSide': '这个地址要求的对手 {opponent} 属于{side}——正是你扮演的一方。',
  'choose.shippedId':
    '剧本 id {id} 已被游戏自带的剧本使用,因此没有载入:请修改文件中的 "id"(例如改为 "{suggest}")后重新载入。',
  'choose.replacedCustom': '它替换了你之前载入的同 id 文件。',
  'link.damaged':
    '此浏览器保存的一局链接对战无法读取:{reason}。它已原样保留,链接也没有打开,以免这里封存的一步棋丢失。可以下载这份副本留底;若仍要打开链接,副本会被另行保留。',
  'link.damagedDownload': '下载损坏的副本',
  'link.damagedOpenAnyway': '仍然打开链接(副本另行保留)',
  'link.damagedSetAside': '把它另存一边(仍保留)并继续',
  'link.notKept':
    '存储空间已满:此浏览器无法保存这局链接对战。请保持本标签页打开,或腾出空间(删除旧存档)后重新打开链接;现在封存的一步棋只会在本标签页存在期间保留。',
};
