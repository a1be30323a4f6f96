// What the demo suppliers sell: 70 products in 7 categories, with prices a shopper in China
// would recognise (yuan here, stored in fen) and descriptions, some bilingual. Data only.

export interface CatalogueItem {
  title: string;
  /** Price in yuan; the seed stores it in fen. */
  yuan: number;
  description: string;
}

export const CATALOGUE: Readonly<Record<string, readonly CatalogueItem[]>> = {
  'fresh-fruit': [
    { title: 'Hainan Guifei Mangoes, 5 kg box', yuan: 89, description: 'Tree-ripened Guifei mangoes from Sanya, picked the day before they ship. 海南贵妃芒，树上熟。' },
    { title: 'Yantai Red Fuji Apples, 10 kg', yuan: 79, description: 'Crisp Fuji apples from Qixia orchards, size 80 mm and up.' },
    { title: 'Dalian Meizao Cherries, 1 kg', yuan: 139, description: 'Large dark cherries from Dalian greenhouses, shipped cold-chain in a foam box.' },
    { title: 'Guangxi Shatian Pomelos, 4 pieces', yuan: 49, description: 'Sweet, juicy pomelos from Rongxian. 沙田柚，皮薄肉厚。' },
    { title: 'Xianju Yangmei Bayberries, 1.5 kg', yuan: 99, description: 'Eaten within three days of picking, so they go out the same morning by air.' },
    { title: 'Fujian Feizixiao Lychees, 2.5 kg', yuan: 119, description: 'Early-season lychees with ice packs. 妃子笑荔枝，顺丰冷链。' },
    { title: 'Gannan Navel Oranges, 5 kg', yuan: 59, description: 'Ganzhou navel oranges, seedless, good for juicing or eating. 赣南脐橙。' },
    { title: 'Xinjiang Hami Melons, 2 pieces', yuan: 69, description: 'Sun-sweet melons from Shanshan, around 2 kg each.' },
    { title: 'Dandong Jiuxiang Strawberries, 1.5 kg', yuan: 128, description: 'Fragrant winter strawberries packed one layer deep.' },
    { title: 'Zhouzhi Kiwifruit, 30 pieces', yuan: 65, description: 'Green Xuxiang kiwis from Shaanxi; ripen them in a bag with an apple.' },
  ],
  tea: [
    { title: 'West Lake Longjing, pre-Qingming, 250 g', yuan: 398, description: 'First-flush Longjing from Meijiawu. 明前西湖龙井，豆香浓。' },
    { title: 'Anxi Tieguanyin, light roast, 500 g', yuan: 168, description: 'Floral oolong in vacuum-sealed 7 g packs.' },
    { title: "Yunnan Ripe Pu'er Cake 2018, 357 g", yuan: 228, description: 'Menghai ripe cake, smooth and earthy. 勐海熟普洱饼茶。' },
    { title: 'Wuyi Da Hong Pao Rock Tea, 250 g', yuan: 298, description: 'Charcoal-roasted rock oolong from the Wuyi mountains.' },
    { title: 'Fuding White Tea Bai Mudan, 200 g', yuan: 158, description: 'Sun-withered white tea; gets sweeter with age. 福鼎白牡丹。' },
    { title: 'Keemun Black Tea, 200 g', yuan: 128, description: 'Qimen black tea with the classic orchid and cocoa notes.' },
    { title: 'Dianhong Golden Bud Black Tea, 250 g', yuan: 138, description: 'Golden-tipped Yunnan black tea, honeyed and mild.' },
    { title: 'Jasmine Silver Needle, 250 g', yuan: 98, description: 'Green tea scented seven times with fresh jasmine.' },
    { title: 'Travel Gongfu Tea Set, 6 cups', yuan: 139, description: 'Ceramic pot, pitcher and six cups in a padded case.' },
    { title: 'Glass Tea Infuser Bottle, 400 ml', yuan: 59, description: 'Double-wall glass with a stainless strainer; loose leaf on the go.' },
  ],
  kitchen: [
    { title: 'Zhangqiu Hand-hammered Wok, 32 cm', yuan: 199, description: 'Carbon steel, pre-seasoned, lighter than cast iron. 章丘手工铁锅。' },
    { title: 'Jingdezhen Celadon Rice Bowls, set of 6', yuan: 129, description: 'Porcelain bowls, microwave and dishwasher safe.' },
    { title: 'Bamboo Steamer, 2 tiers, 26 cm', yuan: 69, description: 'For baozi, dumplings and fish; comes with cotton liners.' },
    { title: 'IH Rice Cooker, 3 L', yuan: 499, description: 'Induction heating, clay-pot rice mode, 24 h timer.' },
    { title: "Chinese Chef's Cleaver, 18 cm", yuan: 159, description: 'Stainless slicing cleaver for vegetables and boneless meat. 菜刀。' },
    { title: 'Soy Milk Maker, 1.2 L', yuan: 329, description: 'Grinds and cooks soy milk or rice paste in 25 minutes, no filtering.' },
    { title: 'Clay Casserole Pot, 2.5 L', yuan: 89, description: 'Traditional 砂锅 for soups and braises; soak before first use.' },
    { title: 'Dumpling Making Set', yuan: 29, description: 'Silicone moulds, rolling pin and a wrapper cutter.' },
    { title: 'Split Electric Hot Pot, 4 L', yuan: 259, description: 'Two sides for spicy and clear broth. 鸳鸯电火锅。' },
    { title: 'Walnut Chopsticks, set of 10', yuan: 39, description: 'Unlacquered walnut wood, food-grade oil finish.' },
  ],
  baby: [
    { title: 'Organic Rice Cereal for Infants 6m+, 250 g', yuan: 58, description: 'Iron-fortified first food, no added sugar or salt.' },
    { title: 'Bamboo Fibre Baby Wipes, 12 packs of 80', yuan: 89, description: 'Unscented, 99% water. 竹纤维湿巾。' },
    { title: 'Ultra-thin Diapers Size M, 4 packs', yuan: 199, description: 'Breathable, 12-hour dry, 6–11 kg.' },
    { title: 'Silicone Feeding Set', yuan: 79, description: 'Suction bowl, soft spoon and catch-all bib.' },
    { title: 'Muslin Swaddle Blankets, 3-pack', yuan: 119, description: 'Six-layer cotton gauze, 110 × 110 cm.' },
    { title: 'Bottle Steriliser and Dryer', yuan: 369, description: 'Steam sterilises six bottles, then dries them with filtered air.' },
    { title: 'Clip-on Stroller Fan', yuan: 59, description: 'Bladeless, three speeds, eight hours per charge.' },
    { title: 'Bilingual Cloth Picture Books, set of 6', yuan: 49, description: '中英双语布书，可咬可洗。Crinkly pages for teething babies.' },
    { title: 'Teething Rings, set of 4', yuan: 35, description: 'Food-grade silicone; chill in the fridge.' },
    { title: 'Baby Mineral Sunscreen SPF 30, 50 ml', yuan: 98, description: 'Zinc-only formula for 6 months and up.' },
  ],
  beauty: [
    { title: 'Hydrating Sheet Masks, box of 10', yuan: 69, description: 'Hyaluronic acid and centella. 补水面膜。' },
    { title: 'Rice Water Toner, 200 ml', yuan: 89, description: 'Fermented rice water for a soft, even tone.' },
    { title: 'Camellia Cleansing Oil, 150 ml', yuan: 129, description: 'Melts sunscreen and make-up, rinses clean.' },
    { title: 'SPF 50 Sunscreen Fluid, 50 ml', yuan: 139, description: 'Light, no white cast, PA++++.' },
    { title: 'Mulberry Silk Pillowcase, 22 momme', yuan: 199, description: '桑蚕丝枕套 with a hidden zip.' },
    { title: 'Jade Roller and Gua Sha Set', yuan: 59, description: 'Xiuyan jade, with a pouch.' },
    { title: 'Ginseng Hand Cream Trio', yuan: 49, description: 'Three 50 g tubes for dry winter hands.' },
    { title: 'Hyaluronic Acid Serum, 30 ml', yuan: 159, description: 'Three molecular weights of HA; fragrance-free.' },
    { title: 'Honey Lip Balm, 3-pack', yuan: 39, description: 'Beeswax and honey, unscented.' },
    { title: 'He Shou Wu Herbal Shampoo, 500 ml', yuan: 79, description: '何首乌草本洗发水, sulphate-free.' },
  ],
  electronics: [
    { title: 'Noise-cancelling Wireless Earbuds', yuan: 299, description: 'ANC, 30 h with the case, Bluetooth 5.3.' },
    { title: '20,000 mAh Power Bank, 65 W', yuan: 189, description: 'Charges a laptop; allowed in carry-on luggage.' },
    { title: '65 W GaN Charger, 3 ports', yuan: 149, description: 'Two USB-C and one USB-A, folding plug. 氮化镓充电器。' },
    { title: 'Smart Band with SpO2', yuan: 229, description: 'AMOLED screen, sleep tracking, 14-day battery.' },
    { title: 'Waterproof Bluetooth Speaker', yuan: 259, description: 'IPX7, 20 W, pairs two for stereo.' },
    { title: "4G Kids' Smartwatch", yuan: 499, description: 'Video calls, location, school mode. 儿童电话手表。' },
    { title: 'Mechanical Keyboard, 87 keys', yuan: 369, description: 'Hot-swap switches, wired and Bluetooth.' },
    { title: 'USB-C Hub, 7 in 1', yuan: 139, description: 'HDMI 4K, SD card, 100 W pass-through.' },
    { title: 'Eye-care Desk Lamp', yuan: 199, description: 'Flicker-free, adjustable colour temperature.' },
    { title: '1080p Home Camera', yuan: 169, description: 'Night vision, two-way audio, local microSD storage.' },
  ],
  outdoor: [
    { title: 'Ultralight Camping Chair', yuan: 169, description: '900 g, packs to the size of a water bottle.' },
    { title: 'Carbon Trekking Poles, pair', yuan: 239, description: 'Flick-lock, 210 g each. 碳纤维登山杖。' },
    { title: '2-person Dome Tent', yuan: 459, description: 'Waterproof 3000 mm, sets up in five minutes.' },
    { title: 'Insulated Bottle, 750 ml', yuan: 99, description: 'Keeps tea hot for 12 hours.' },
    { title: 'Quick-dry Hiking Shirt', yuan: 129, description: 'UPF 40, odour-resistant fabric.' },
    { title: 'Folding Aluminium Picnic Table', yuan: 199, description: 'Rolls up into a carry bag; 90 × 60 cm.' },
    { title: 'Rechargeable Headlamp, 400 lm', yuan: 89, description: 'Red light mode, USB-C charging.' },
    { title: 'UPF 50+ Sun Hat', yuan: 69, description: 'Wide brim and a neck flap for summer hikes. 防晒渔夫帽。' },
    { title: 'Trail Running Shoes', yuan: 459, description: 'Vibram sole, rock plate, sizes 36–46.' },
    { title: 'Portable Camping Gas Stove', yuan: 149, description: 'Folding burner with a piezo igniter and case.' },
  ],
};

/** Recommendation texts by category; `{title}` is replaced with the product's title. */
export const RECOMMENDATION_TEXTS: Readonly<Record<string, readonly string[]>> = {
  'fresh-fruit': [
    'Ordered a box for the family: sweet, firm, and it arrived cold. One or two were bruised, the rest perfect.',
    '很甜，包装很好，三天就到了。回购第二次了。',
    'Better than anything at our supermarket. Eat them within a few days.',
    'The kids finished the whole box in a weekend. Worth the price for the season.',
  ],
  tea: [
    'Clean, fresh taste and it holds up for several infusions. My daily tea now.',
    '香气很足，耐泡，送长辈也有面子。',
    'Bought it to try and ended up ordering again for the office.',
    'Good value for the quality; brew it a little cooler than you think.',
  ],
  kitchen: [
    'Used it every day for three weeks. Solid, easy to clean, does exactly what it should.',
    '做饭必备，质量比想象中好。',
    'Replaced an old one with this and I do not miss the old one at all.',
    'Well made; read the care instructions before the first use.',
  ],
  baby: [
    'Tested on our 8-month-old: no rash, easy to use, we reordered.',
    '宝宝很喜欢，材质安全放心。',
    'Does what it says. Saved us a lot of hassle at night.',
    'Gentle and practical; my sister bought it after seeing ours.',
  ],
  beauty: [
    'Four weeks in: skin feels softer and it did not break me out.',
    '用了一个月，皮肤状态明显变好。',
    'Light texture, no smell, works under make-up.',
    'My holy-grail product this year. Fine for sensitive skin.',
  ],
  electronics: [
    'Works exactly as advertised and the battery lasts. No complaints after a month.',
    '做工不错，续航很好，性价比高。',
    'Compared it with two other brands; this one won on quality for the price.',
    'Set up in five minutes. Use it every day.',
  ],
  outdoor: [
    'Took it on a three-day hike in the rain. Held up fine.',
    '周末露营用了两次，很结实。',
    'Light, packs small, and survived my clumsy handling.',
    'Good enough for weekend trips; I would buy it again.',
  ],
};

export const GENERIC_RECOMMENDATION_TEXTS = [
  'I bought {title} a few weeks ago and use it all the time. Recommended.',
  'Honest review: {title} is worth it. Delivery was quick too.',
  '{title} — 亲测好用，推荐！',
  'Best thing I bought this month: {title}.',
];

export const FEEDBACK_GOOD = [
  'Exactly as the recommendation said.',
  '和推荐说的一样，好评！',
  'Would buy again through this link.',
  'Good quality and fast delivery.',
  '物超所值。',
  'Thanks for the tip, it was spot on.',
  '',
  '',
];

export const FEEDBACK_BAD = [
  'Not what the recommendation promised.',
  '质量一般，和描述不符。',
  'Stopped working after a week.',
  'Smaller and cheaper-looking than expected.',
  '不推荐，有点失望。',
  '',
];
