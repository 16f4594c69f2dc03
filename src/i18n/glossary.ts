// The glossary: every term the debrief uses, explained in a sentence or two. Shown where a term appears
// (on hover, focus or tap) and as one list from `?`.
import type { Cause } from '../sim/index.ts';

type Entry = { en: string; zh: string };

export const CAUSE_GLOSSARY: Record<Cause, Entry> = {
  research: {
    en: 'The challenger’s R&D this turn, climbing an S-curve toward the holder’s frontier: slow at first, fastest in the middle, slow again near the frontier.',
    zh: '追赶方本回合的研发投入,沿 S 曲线逼近持有方的前沿:起步慢,中段快,接近前沿又变慢。',
  },
  stimulus: {
    en: 'Pressure spurs research: export controls, entity listing and national resolve make each unit of R&D go further.',
    zh: '压力促进研发:出口管制、实体清单和国家决心让每一分研发投入更有效。',
  },
  breakthrough: {
    en: 'A sudden jump in capability. Its odds rise with each turn of sustained funding.',
    zh: '能力的突然跃升;持续投入的回合越多,概率越高。',
  },
  setback: {
    en: 'A funded programme stumbles: a failed batch or a design that must be redone costs some capability and half its momentum.',
    zh: '投入中的项目受挫:一批失败或设计返工,损失部分能力和一半的积累。',
  },
  milestone: {
    en: 'A line crossed once: a home customer qualifies the product (at usable quality) or the first foreign customer does (at the reliability threshold), and share or chain jumps.',
    zh: '一次性的跨越:国内客户验证通过(达到可用质量)或第一个海外客户验证通过(达到可靠性门槛),份额或“链”随之跃升。',
  },
  spillover: {
    en: 'Progress on a linked technology (upstream, downstream or of the same kind) helps this one a little; less so near the frontier.',
    zh: '相关技术(上下游或同类)的进步会带动本技术;越接近前沿,作用越小。',
  },
  learning: {
    en: 'Each round of production teaches something: the first product is poor and improves as it is made.',
    zh: '每一轮生产都有收获:最初的产品粗糙,边造边改进。',
  },
  holderResearch: {
    en: 'The holder’s state-funded R&D pushes its own frontier forward: the challenger chases a moving target.',
    zh: '持有方政府资助的研发推动其前沿向前:追赶方追的是移动的靶子。',
  },
  holderFirms: {
    en: 'The holder’s firms fund research out of their revenue; healthier firms move the frontier faster.',
    zh: '持有方企业用营收做研发;企业越健康,前沿推进越快。',
  },
  capacity: {
    en: 'Production lines coming online (or missing) change how much of home demand domestic firms can supply.',
    zh: '产线投产(或不足)改变国内企业能满足多少国内需求。',
  },
  upstream: {
    en: 'A shortage of an input technology holds back production of this one.',
    zh: '上游技术短缺拖累本技术的生产。',
  },
  market: {
    en: 'Buyers drift, at the pace of qualification, toward whichever supplier offers the best quality for the money. Often the largest term: it is the market’s own verdict on price and quality, which neither side sets directly.',
    zh: '买家以验证周期的速度,流向性价比最好的供应商。往往是最大的一项:这是市场对价格和质量的裁决,双方都无法直接设定。',
  },
  procurement: {
    en: 'A buy-domestic preference steers home buyers toward domestic products; a poor product hurts the industries that must use it.',
    zh: '国产优先引导国内买家选择国产;产品太差会拖累使用它的产业。',
  },
  exportDrive: {
    en: 'Subsidised foreign sales; they work only when the product competes on cost and quality.',
    zh: '补贴出口;只有产品在成本和质量上有竞争力时才有效。',
  },
  ecosystem: {
    en: 'Standards work, certification and brand-building: foreign customers qualify the product and design it in, which raises its chain.',
    zh: '标准、认证与品牌建设:海外客户验证并导入产品,提升“链”。',
  },
  control: {
    en: 'Export controls cap what the holder may ship: a licence delays, a downgraded edition caps quality, a ban stops it. They cost the holder its sales and spur the challenger.',
    zh: '出口管制限制持有方的出口:许可证带来延迟,降级版限制质量,禁令完全停止。它们让持有方损失销售,也刺激追赶方。',
  },
  entityList: {
    en: 'A champion on the entity list loses its imports of every technology it depends on.',
    zh: '被列入实体清单的龙头企业失去它所依赖的各项技术的进口。',
  },
  allies: {
    en: 'Allies that join the controls stop third countries from filling the gap; unilateral controls leak.',
    zh: '盟友加入管制,第三国就无法填补缺口;单边管制会漏。',
  },
  marketAccess: {
    en: 'The challenger restricting the holder’s firms in its home market: it hits their revenue and invites escalation.',
    zh: '追赶方限制持有方企业进入本国市场:打击其营收,也招致升级。',
  },
  support: {
    en: 'The holder’s subsidies and market search for its firms: they offset lost revenue and win foreign buyers.',
    zh: '持有方对本国企业的补贴与市场开拓:弥补营收损失,争取海外买家。',
  },
  negotiation: {
    en: 'A deal struck at the table: a loosened control, a purchase commitment or an open market, for the deal’s term.',
    zh: '谈判达成的协议:放松管制、采购承诺或开放市场,在协议期内有效。',
  },
  usableQuality: {
    en: 'A domestic product below its technology’s usable quality cannot take most of the home market, whatever the buy-domestic rule, a closed market or a shortage: buyers who must use it lose too much.',
    zh: '低于可用质量的国产产品,无论国产优先、关闭市场还是短缺,都拿不下大部分国内市场:被迫使用它的买家损失太大。',
  },
  priceCut: {
    en: 'The holder’s firms cut their price, 10% a level (never below cost): buyers at home and abroad weigh the better value; the cost is the margin.',
    zh: '持有方企业降价,每档 10%(不低于成本):国内外买家看重更好的性价比;代价是利润。',
  },
  licensing: {
    en: 'A licence or joint venture: the holder’s firms earn a royalty on each unit the challenger makes, and know-how leaks to the challenger each turn.',
    zh: '许可或合资:持有方企业从追赶方每生产一件中收取使用费,而技术诀窍每回合向追赶方外溢。',
  },
  dependence: {
    en: 'Demand that no one could supply still depends on the holder: until third countries or domestic firms fill the gap, it counts on the holder’s side of the rope. A ban costs the holder the rope only when others take its buyers.',
    zh: '无人能满足的需求仍然依赖持有方:在第三国或本国企业填补缺口之前,它算在持有方一侧。禁令只有在别人接走买家时才会让持有方失去绳结。',
  },
  event: {
    en: 'A news event from the scenario’s deck changed a figure directly.',
    zh: '剧本事件牌直接改变了某个数值。',
  },
  decay: {
    en: 'What is not kept up slips: a supplier whose product fails loses its place in the chain, and a holder whose firms shrink loses its chain.',
    zh: '不维持就会退步:产品不达标会失去供应链位置;持有方企业萎缩,其“链”也会流失。',
  },
  momentum: {
    en: 'Each turn the rope moves only part of the way toward where the bars pull it; this is earlier turns’ pull arriving now.',
    zh: '绳结每回合只向目标移动一部分;这一项是前几回合的拉力在本回合兑现的部分。',
  },
};

/** The board's own words. */
export const TERM_GLOSSARY: Record<
  'rope' | 'make' | 'sell' | 'chain' | 'leverage' | 'tension' | 'capital' | 'score',
  Entry & { term: Entry }
> = {
  rope: {
    term: { en: 'rope', zh: '绳结' },
    en: 'Where a technology stands between the sides, −100 (the holder dominates) to +100 (the challenger does), pulled by both sides’ make, sell and chain. It moves slowly; the endings are read from it.',
    zh: '一项技术在双方之间的位置,−100(持有方主导)到 +100(追赶方主导),由双方的“造、卖、链”共同拉动。它移动缓慢;结局由它读出。',
  },
  make: {
    term: { en: 'make', zh: '造' },
    en: 'What a side can make: capability (quality and reliability, 0–100), held back when capacity cannot cover demand.',
    zh: '一方能造出什么:能力(质量与可靠性,0–100),产能不足以满足需求时打折扣。',
  },
  sell: {
    term: { en: 'sell', zh: '卖' },
    en: 'What it sells: the mean of its share of the challenger’s home market and of the foreign market, in %.',
    zh: '一方卖出多少:其在追赶方国内市场与海外市场份额的平均值(%)。',
  },
  chain: {
    term: { en: 'chain', zh: '链' },
    en: 'How far foreign customers have qualified and designed in its product, 0–100. It rises slowly, only above a reliability threshold, and is sticky once won.',
    zh: '海外客户验证并导入其产品的程度,0–100。只有可靠性过线后才会缓慢上升,一旦获得就很稳固。',
  },
  leverage: {
    term: { en: 'leverage', zh: '筹码' },
    en: 'Each side’s weight at the table, computed from the board: the challenger’s self-reliance and market against the holder’s remaining chokepoints and chain.',
    zh: '双方在谈判桌上的分量,由棋盘计算:追赶方的自主程度与市场,对持有方剩余的卡脖子环节与“链”。',
  },
  tension: {
    term: { en: 'tension', zh: '紧张度' },
    en: 'How heated relations are, 0–100: each escalation raises it, deals calm it, and some events need it high.',
    zh: '双边关系的紧张程度,0–100:每次升级都会推高,协议会降温,有些事件需要高紧张度才会发生。',
  },
  capital: {
    term: { en: 'capital', zh: '资本' },
    en: 'Political (challenger) or diplomatic (holder) capital: a second currency that refills slowly, spent on controls, listings, buy-domestic rules, market access and allies.',
    zh: '政治资本(追赶方)或外交资本(持有方):缓慢恢复的第二种货币,用于管制、清单、国产优先、市场准入和盟友。',
  },
  score: {
    term: { en: 'score', zh: '得分' },
    en: 'A game’s result on 0–100, to compare games: 40 points come from the ending the board names (the challenger: Leader 100, Self-reliant 75, The Next Japan 40, Still choked 20, Crisis 0; the holder: a win 100, a draw 50), and 60 from the figures (the challenger’s make, home and foreign shares, chain and industry; the holder’s firms, markets and chain).',
    zh: '一局的结果,0–100,用于比较各局:40 分来自棋盘读出的结局(追赶方:领跑 100、自主可控 75、第二个日本 40、卡脖子 20、危机 0;持有方:胜 100、和 50),60 分来自各项数字(追赶方的造、国内外份额、链和产业;持有方的企业、市场和链)。',
  },
};
