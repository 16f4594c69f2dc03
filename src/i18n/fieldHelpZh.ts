// The format's field descriptions in Chinese, for the studio's forms (the English ones come from the
// format itself, scenario.schema.json). Keyed by a field's name, or by its parent and name where one name
// means two things.
export const FIELD_HELP_ZH: Record<string, string> = {
  id: '简短标识:1–40 个小写字母、数字或连字符,以字母开头。',
  zh: '中文文本。',
  en: '英文文本。',
  turns: '游戏的回合数(每回合一个季度)。',
  'start.year': '第 1 回合的年份。',
  'start.quarter': '第 1 回合的季度(1–4)。',
  suggestedSide: '新玩家应选的一方。',
  eventChance: '每回合抽取一张非定时事件的概率(0–1)。默认 0.35。',
  ropeStep: '一回合内绳结最多移动多少。默认 4。',
  economy: '其余经济每回合的产出。',
  budgetShare: '每回合流入预算的经济份额(0–1)。',
  money: '开局时国库里的钱。',
  'capital.start': '开局时的资本。',
  'capital.perTurn': '每回合恢复的资本。',
  'capital.max': '最多能持有的资本。',
  category: '技术类别,也决定它的图标。',
  control: '开局时的出口管制级别。',
  difficulty: '研发难度,1(容易)到 10(很难)。研发收益除以它。',
  homeQualificationTurns: '追赶方国内买家改用新供应商所需的回合数:国内市场转变的快慢。',
  foreignQualificationTurns: '海外客户认证新供应商所需的回合数:“链”与海外市场转变的快慢。',
  reliabilityThreshold: '追赶方产品的能力低于此值时,没有海外客户会认证它。',
  usableQuality: '追赶方产品在国内多数用途中可用所需的能力;低于它,国内份额受限。',
  price: '一单位的市场价格。',
  domesticDemand: '追赶方国内每回合的需求(单位)。',
  foreignDemand: '海外市场每回合的需求(单位)。',
  'make.capability': '这一方所造产品的质量与可靠性,0–100。',
  output: '产业在充足供应下每回合的产出。',
  'uses.weight': '这项投入短缺时产业受影响的程度(各项合计最多 1)。',
  'events.weight': '本回合可发生事件之间的相对概率。默认 1。',
  trigger:
    '"draw"(默认):条件成立时随机抽取(或在 "at" 回合发生);"when-met":条件首次全部成立的那一回合发生,只一次。',
  at: '恰好在这一回合发生(若条件成立);它就不会被随机抽到。',
  author: '作者(个人或机构)。',
  publisher: '出版方。',
  date: '发表日期,例如 2019-07-01。',
  url: '可以阅读它的地址(如有)。',
  article: '仅用于游戏自带的文章:它在 shared/seeds/ 中的文件名。',
  lanes: '必须有多少项技术达到下面每个标记。',
  rope: '绳结标记:至少到这个值(−100 到 +100)。',
  make: '“造”条的标记(0–100)。',
  sell: '“卖”条的标记(0–100)。',
  chain: '“链”条的标记(0–100)。',
  'crisis.depth': '产业产出低于满供应的这个比例,即为危机回合。',
  'crisis.turns': '连续多少个危机回合会提前结束游戏。',
  holderHealthy: '持有方企业收入指数不低于此值才算“牢牢在握”。',
  holderHurt: '持有方企业收入指数低于此值即算受损(“双刃剑”),其“链”会衰退。',
  turn: '这一步出现的回合。',
};

/** The Chinese help for a field at a path (its segments), if there is one. */
export function fieldHelpZh(path: readonly (string | number)[]): string | undefined {
  const names = path.filter((s): s is string => typeof s === 'string');
  const last = names[names.length - 1] ?? '';
  const pair = names.slice(-2).join('.');
  const list = names[0];
  return FIELD_HELP_ZH[pair] ?? FIELD_HELP_ZH[`${list}.${last}`] ?? FIELD_HELP_ZH[last];
}
