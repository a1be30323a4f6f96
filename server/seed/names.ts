// Who lives in the demo market: people named the way members of a Chinese social-commerce app
// name themselves (pinyin handles such as wang_lei with 王磊 as the shown name, English names,
// and a mix of both), the suppliers, and short bios. Data only; demo-members.ts draws from it.

/** Pinyin surname and its character. */
export const SURNAMES: ReadonlyArray<readonly [string, string]> = [
  ['wang', '王'], ['li', '李'], ['zhang', '张'], ['liu', '刘'], ['chen', '陈'], ['yang', '杨'],
  ['huang', '黄'], ['zhao', '赵'], ['wu', '吴'], ['zhou', '周'], ['xu', '徐'], ['sun', '孙'],
  ['ma', '马'], ['zhu', '朱'], ['hu', '胡'], ['guo', '郭'], ['he', '何'], ['lin', '林'],
  ['luo', '罗'], ['gao', '高'], ['zheng', '郑'], ['liang', '梁'], ['xie', '谢'], ['song', '宋'],
  ['tang', '唐'], ['han', '韩'], ['feng', '冯'], ['deng', '邓'], ['cao', '曹'], ['peng', '彭'],
  ['zeng', '曾'], ['xiao', '肖'], ['tian', '田'], ['dong', '董'], ['pan', '潘'], ['yuan', '袁'],
  ['cai', '蔡'], ['jiang', '蒋'], ['yu', '余'], ['du', '杜'], ['ye', '叶'], ['cheng', '程'],
  ['wei', '魏'], ['su', '苏'], ['lu', '吕'], ['ding', '丁'], ['ren', '任'], ['shen', '沈'],
  ['yao', '姚'], ['fang', '方'],
];

/** Pinyin given name and its characters. */
export const GIVEN_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['lei', '磊'], ['mei', '梅'], ['wei', '伟'], ['fang', '芳'], ['na', '娜'], ['min', '敏'],
  ['jing', '静'], ['li', '丽'], ['qiang', '强'], ['jun', '军'], ['yang', '洋'], ['yan', '艳'],
  ['jie', '杰'], ['tao', '涛'], ['ming', '明'], ['chao', '超'], ['xia', '霞'], ['ping', '平'],
  ['gang', '刚'], ['hui', '慧'], ['ying', '英'], ['hua', '华'], ['yu', '宇'], ['hao', '浩'],
  ['xin', '欣'], ['yi', '怡'], ['ting', '婷'], ['xue', '雪'], ['lan', '兰'], ['fei', '飞'],
  ['bo', '博'], ['kai', '凯'], ['rui', '睿'], ['jia', '佳'], ['qing', '青'], ['shan', '珊'],
  ['long', '龙'], ['peng', '鹏'], ['dan', '丹'], ['shuang', '爽'], ['xiaoming', '小明'],
  ['jiahui', '佳慧'], ['zihan', '子涵'], ['yuxuan', '雨萱'], ['haoran', '浩然'], ['zixuan', '梓轩'],
  ['yiming', '一鸣'], ['siyu', '思雨'], ['xinyi', '欣怡'], ['junjie', '俊杰'], ['wenjing', '文静'],
  ['tianyu', '天宇'], ['mengqi', '梦琪'], ['yutong', '雨桐'], ['kexin', '可欣'], ['zhiwei', '志伟'],
];

export const ENGLISH_FIRST = [
  'alex', 'sarah', 'kevin', 'emily', 'jason', 'grace', 'david', 'lucy', 'ryan', 'amy', 'eric',
  'vivian', 'daniel', 'cindy', 'tony', 'helen', 'jack', 'sophia', 'michael', 'olivia', 'leo',
  'chloe', 'ben', 'iris', 'sam', 'nina', 'frank', 'joy', 'peter', 'anna', 'mark', 'ivy',
] as const;

export const ENGLISH_LAST = [
  'smith', 'brown', 'taylor', 'walker', 'green', 'evans', 'wilson', 'clark', 'hughes', 'baker',
  'hall', 'young', 'king', 'wright', 'scott', 'turner', 'morgan', 'reed',
] as const;

export interface SupplierSeed {
  handle: string;
  displayName: string;
  bio: string;
  categories: readonly string[];
  /** When two suppliers share a category: the titles this one sells. */
  keywords?: readonly string[];
}

export const SUPPLIERS: readonly SupplierSeed[] = [
  { handle: 'hainan_orchard', displayName: '海南果园 Hainan Orchard', bio: 'Family orchards in Sanya and Ledong. Picked to order, shipped cold.', categories: ['fresh-fruit'] },
  { handle: 'fujian_harvest', displayName: '福建丰收 Fujian Harvest', bio: '福建产地直发：荔枝、白茶、岩茶。', categories: ['fresh-fruit', 'tea'], keywords: ['Fujian', 'Xianju', 'Gannan', 'Wuyi', 'Fuding', 'Anxi', 'Jasmine'] },
  { handle: 'yunnan_tea_house', displayName: '云南茶舍 Yunnan Tea House', bio: 'Tea from Pu’er, Lincang and Hangzhou, bought from the growers.', categories: ['tea'] },
  { handle: 'jingdezhen_kitchen', displayName: '景德镇厨房 Jingdezhen Kitchen', bio: 'Porcelain, iron and bamboo for a Chinese kitchen.', categories: ['kitchen'] },
  { handle: 'little_panda_baby', displayName: '小熊猫母婴 Little Panda Baby', bio: 'Baby essentials tested by parents in our own team.', categories: ['baby'] },
  { handle: 'west_lake_beauty', displayName: '西湖美妆 West Lake Beauty', bio: 'Skincare made in Hangzhou with camellia, rice and ginseng.', categories: ['beauty'] },
  { handle: 'shenzhen_gadgets', displayName: '深圳数码 Shenzhen Gadgets', bio: 'Straight from Huaqiangbei: chargers, audio, wearables.', categories: ['electronics'] },
  { handle: 'summit_outdoor', displayName: '山顶户外 Summit Outdoor', bio: 'Gear for weekend hikes and camping trips.', categories: ['outdoor'] },
];

export const BIOS_EN = [
  'Mum of two in Hangzhou, testing baby gear so you do not have to.',
  'Home cook in Chengdu. If it goes in a wok, I have tried it.',
  'Tea drinker since university. Oolong first, then everything else.',
  'Weekend hiker, weekday engineer.',
  'I only recommend what I would buy again.',
  'Fruit snob from Guangzhou.',
  'Student in Shanghai, always looking for value.',
  'Nurse, night shifts, lots of online shopping.',
  'Gadget reviewer for friends and family.',
  'Skincare on a budget.',
  '',
  '',
];

export const BIOS_ZH = [
  '杭州宝妈，只推荐自己用过的。',
  '成都吃货，厨房是我的战场。',
  '喜欢喝茶，更喜欢分享好茶。',
  '周末徒步爱好者。',
  '买过才推荐，踩过的雷都告诉你。',
  '广州水果控。',
  '上海学生党，性价比第一。',
  '数码爱好者，靠谱才推荐。',
  '',
  '',
];
