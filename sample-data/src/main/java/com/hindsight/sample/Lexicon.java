package com.hindsight.sample;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Words and sentences shared by all categories: replies, repost fillers, openers and closers, noise,
 * names, news outlets, branches and complaint phrasing. Slots as in {@link PostTemplates}. Nothing
 * here spells a topic term or a bank name except through a slot.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** Short replies, by language and tone. */
    static List<String> replies(Language language, Tone tone) {
        return REPLIES.get(language).get(tone);
    }

    /** Replies to a bank's own statement, by tone (Chinese). */
    static List<String> officialReplies(Tone tone) {
        return OFFICIAL_REPLIES.get(tone);
    }

    private static final Map<Language, Map<Tone, List<String>>> REPLIES = new EnumMap<>(Language.class);
    private static final Map<Tone, List<String>> OFFICIAL_REPLIES = new EnumMap<>(Tone.class);

    static {
        Map<Tone, List<String>> zh = new EnumMap<>(Tone.class);
        zh.put(Tone.NEGATIVE, List.of(
                "太离谱了", "同遭遇，打了客服也没用", "银行就这服务？", "坐等官方回应", "已经打12378投诉了",
                "这不是第一次了吧", "我也是！{term}，气死了", "{tag} 同求解释", "转走转走，不在{bank}存了",
                "还金融机构呢，草台班子", "钱放在银行都不安全了吗", "客服电话根本打不进去", "心疼，抱抱楼主",
                "+1，{bank}出来说话", "建议直接找监管", "这么大的银行出这种事？", "一直在等回复，石沉大海",
                "谁来赔偿我们的损失？", "{bank}{term}，我家里人也遇到了", "真的会谢，又是这样",
                "截图留证，准备维权", "没有一个解释，太不尊重客户了"));
        zh.put(Tone.NEUTRAL, List.of(
                "关注", "蹲后续", "mark一下", "转发扩散，提醒身边的人", "求问具体怎么查", "有消息了吗？",
                "官方怎么说？", "先观望一下", "已截图保存", "帮顶", "关注{bank}{term}后续", "楼主后来解决了吗？",
                "{tag}", "我这边暂时没发现问题", "等等看吧", "有没有懂行的说一下"));
        zh.put(Tone.POSITIVE, List.of(
                "已经退回来了，谢谢", "这次处理挺快的", "客服回电了，态度不错", "银行道歉了，接受",
                "问题解决了，点赞", "效率可以，比上次好", "回应及时，给个好评", "终于解决了，辛苦工作人员",
                "{bank}这次还算负责", "刚查了，已经正常了"));
        REPLIES.put(Language.ZH, zh);

        Map<Tone, List<String>> en = new EnumMap<>(Tone.class);
        en.put(Tone.NEGATIVE, List.of("This is ridiculous.", "Same here, still no reply from the bank.",
                "Moving my money elsewhere.", "How is this acceptable?", "Totally unacceptable for a bank.",
                "They always say it's an isolated case."));
        en.put(Tone.NEUTRAL, List.of("Following.", "Any update?", "Thanks for sharing.",
                "Waiting for the official statement.", "Is this only in China?"));
        en.put(Tone.POSITIVE, List.of("Glad it got sorted.", "Fair response from the bank.",
                "Got my refund today, thanks.", "Quick fix, credit to them."));
        REPLIES.put(Language.EN, en);

        Map<Tone, List<String>> es = new EnumMap<>(Tone.class);
        es.put(Tone.NEGATIVE, List.of("Qué vergüenza.", "A mí me pasó lo mismo.", "Inaceptable.",
                "Nadie responde en el banco."));
        es.put(Tone.NEUTRAL, List.of("¿Alguna novedad?", "Siguiendo el tema.", "Gracias por avisar."));
        es.put(Tone.POSITIVE, List.of("Bien resuelto.", "Ya me devolvieron el dinero.", "Buena respuesta."));
        REPLIES.put(Language.ES, es);

        OFFICIAL_REPLIES.put(Tone.NEGATIVE, List.of(
                "这么久才回应？", "避重就轻，说的都是套话", "道歉有什么用，钱什么时候退？",
                "不信谣不传谣？截图都在这", "又是个别员工，每次都是个别", "回应太晚了，黄金时间早过了",
                "请给出具体时间表", "评论区都被控了吧", "说了等于没说"));
        OFFICIAL_REPLIES.put(Tone.NEUTRAL, List.of(
                "希望说到做到", "等待后续进展", "请尽快处理", "收到，等通知", "具体什么时候恢复？",
                "受影响的客户会短信通知吗？"));
        OFFICIAL_REPLIES.put(Tone.POSITIVE, List.of(
                "回应及时，点赞", "态度诚恳，支持", "已收到退款，谢谢", "处理速度可以", "知错能改，期待整改结果",
                "这次回应比很多银行都快"));
    }

    static final List<String> REPOST_FILLERS = List.of(
            "转发微博", "扩散", "转发", "！！！", "哎", "真的假的", "大家注意", "已转", "转给家人看看");

    static final List<String> OPENERS_NEGATIVE = List.of("无语了。", "气死了！", "求助：", "【吐槽】", "说个事，", "真的服了，");
    static final List<String> CLOSERS_NEGATIVE = List.of(
            "已投诉。", "大家小心。", "@{bank}官方微博 出来说话！", "求扩散！", "希望有关部门管一管。", "已打12378。");
    static final List<String> CLOSERS_NEUTRAL = List.of("谢谢大家。", "持续关注。", "有消息再更新。");
    static final List<String> CLOSERS_POSITIVE = List.of("点赞。", "给个好评。", "希望保持。");

    /** Posts in which customers publish their own contact details. */
    static final List<String> CONTACT_ZH = List.of(
            "有同样遭遇的可以联系我，电话{phone}。", "我的手机号{phone}，银行的人看到请回电！",
            "维权群联系邮箱：{email}", "有律师朋友愿意帮忙的请发邮件到{email}");
    static final List<String> CONTACT_EN = List.of("DM me or email {email} if you were affected.",
            "Call me on {phone} if the same happened to you.");
    static final List<String> CONTACT_ES = List.of("Escríbanme a {email} si les pasó lo mismo.");

    /** Posts about nothing to do with any incident. */
    static final List<String> NOISE_ZH = List.of(
            "今天{city}下了一整天雨，通勤太难了。", "周末去{city}的老街逛了逛，人山人海。",
            "新开的火锅店味道不错，就是等位要一个小时。", "昨晚的比赛太精彩了，加时赛绝杀！",
            "大盘今天又绿了，心态崩了。", "猫主子今天又把杯子推下桌了。", "终于把年假申请下来了，去哪儿玩好？",
            "地铁{n}号线早高峰又挤不上去。", "公司楼下的咖啡涨价了，打工人的快乐没了。",
            "孩子期末考试考得不错，奖励一顿烧烤。", "电影院里看了新上映的科幻片，特效很震撼。",
            "今天跑了10公里，给自己点个赞。", "{city}的秋天真美，银杏叶全黄了。",
            "手机又该换了，有没有推荐的？", "装修真的是一件磨人的事情。", "外卖小哥冒雨送餐，给了个好评。",
            "新买的空气炸锅做鸡翅，成功！", "高铁上信号太差了，刷个视频都卡。", "今天天气很好，适合晒被子。",
            "考研倒计时一百天，加油！", "楼下的樱花开了，拍了好多照片。", "家里老人学会了视频通话，开心。",
            "房租又涨了，在{city}生活真不容易。", "今天的晚霞好漂亮。", "新出的奶茶口味有点奇怪。");
    static final List<String> NOISE_EN = List.of(
            "Great match last night, what a finish.", "Traffic on the ring road is terrible again.",
            "Anyone tried the new noodle place downtown?", "Markets were red all day, rough week.",
            "Finally booked my holiday. Beach, here I come.", "Rainy Monday, coffee number three.");
    static final List<String> NOISE_ES = List.of(
            "Qué calor hace hoy en la ciudad.", "Gran partido anoche, qué final.",
            "El tráfico está imposible esta mañana.", "Por fin vacaciones.");

    static final List<String> CITIES = List.of(
            "上海", "北京", "深圳", "广州", "杭州", "南京", "成都", "武汉", "西安", "重庆", "天津", "苏州",
            "长沙", "郑州", "青岛", "厦门", "宁波");

    /** Branches by city, in the order of {@link #CITIES}. */
    static final List<String> BRANCHES = List.of(
            "上海浦东支行", "上海徐汇支行", "北京朝阳支行", "北京海淀支行", "深圳南山支行", "深圳福田支行",
            "广州天河支行", "杭州西湖支行", "南京鼓楼支行", "成都武侯支行", "武汉江汉支行", "西安雁塔支行",
            "重庆渝中支行", "天津和平支行", "苏州工业园区支行", "长沙岳麓支行", "郑州金水支行", "青岛市南支行",
            "厦门思明支行", "宁波鄞州支行");

    /** Plausible county-level region codes, the first six digits of an ID number. */
    static final List<String> REGION_CODES = List.of(
            "110105", "110108", "310115", "310104", "440305", "440304", "440106", "330106", "320106",
            "510107", "420103", "610113", "500103", "120101", "320571", "430104", "410105", "370202",
            "350203", "330212", "130102", "210102", "230103", "340104", "360102", "450103", "530102");

    static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
            "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
            "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任",
            "沈", "姚", "卢", "欧阳", "司马");
    static final List<String> GIVEN_CHARS = List.of(
            "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
            "超", "秀", "英", "华", "慧", "巧", "美", "玉", "萍", "红", "建", "平", "文", "辉", "力", "刚",
            "桂", "志", "晓", "燕", "雪", "梅", "海", "波", "国", "庆", "子", "轩", "浩", "宇", "欣", "怡",
            "佳", "琪", "俊", "博", "婷", "鑫", "凯", "淑", "兰", "春", "霞", "林");

    static final List<String> NICK_ADJECTIVES = List.of(
            "快乐的", "爱笑的", "安静的", "努力的", "迷路的", "会飞的", "晒太阳的", "不吃香菜的", "早睡早起的",
            "爱喝奶茶的", "认真的", "佛系", "暴躁", "元气", "摸鱼的");
    static final List<String> NICK_NOUNS = List.of(
            "小鱼", "土豆", "猫咪", "打工人", "程序员", "兔子", "橙子", "包子", "星星", "老王", "阿强", "小李",
            "宝妈", "大叔", "咸鱼", "柠檬", "奶爸");
    static final List<String> BIG_V_NAMES = List.of(
            "财经评论员{surname}先生", "{surname}说金融", "理财老司机", "金融八卦女", "财经观察者",
            "银行那些事儿", "钱袋子研究所", "消费维权{surname}律师", "头条财经速递", "每日财经快评",
            "{city}身边事", "{city}热门资讯");
    static final List<String> LATIN_FIRST = List.of(
            "alex", "maria", "chen", "lily", "wang", "sam", "jo", "kim", "lucia", "pablo", "emma", "david",
            "sofia", "diego", "grace", "tom");
    static final List<String> LATIN_SUFFIX = List.of("_hk", "_sg", "88", "2020", "_finance", "_writes", "_j", "_mx", "_es");

    /** News outlets: Chinese name, English name (for English-language outlets) and URL host. */
    record Outlet(String name, boolean english, String host, long followers, boolean localTime) {
    }

    static final List<Outlet> OUTLETS = List.of(
            new Outlet("新京财经", false, "xjcj.example.com", 4_200_000, false),
            new Outlet("南方金融观察", false, "nfjrgc.example.com", 1_350_000, true),
            new Outlet("财经快报", false, "cjkb.example.com", 8_900_000, false),
            new Outlet("第一金融周刊", false, "dyjrzk.example.com", 2_600_000, true),
            new Outlet("长江商报网", false, "cjsb.example.com", 760_000, true),
            new Outlet("华夏经济时报", false, "hxjjsb.example.com", 3_100_000, false),
            new Outlet("都市晨报", false, "dscb.example.com", 540_000, true),
            new Outlet("金融时讯网", false, "jrsx.example.com", 1_900_000, false),
            new Outlet("Asia Finance Wire", true, "asiafinancewire.example.com", 620_000, false),
            new Outlet("China Banking Review", true, "chinabankingreview.example.com", 180_000, false));

    static final List<String> NEWS_TITLES_BEFORE = List.of(
            "多名客户反映{bank}{term}，银行称正在核查", "{bank}被曝{term}，客户质疑处置迟缓",
            "“{term}”刷屏，{bank}尚未回应", "{bank}{term}？记者实地探访多家网点");
    static final List<String> NEWS_TITLES_AFTER = List.of(
            "{bank}回应“{term}”：系{cause}", "{bank}就{term}致歉，称将妥善处理",
            "追踪｜{bank}{term}事件：投诉仍在增加", "{bank}{term}事件后续：整改措施公布");
    static final List<String> NEWS_OPENINGS = List.of(
            "【{outlet}讯】近日，多名{bank}客户在社交平台反映{term}。记者注意到，相关话题在微博上的阅读量已超过{reads}万次，不少网友表示有类似经历。",
            "【{outlet}讯】{date}起，有{bank}客户陆续在网上发帖称遭遇{term}，并晒出截图。截至记者发稿，相关话题阅读量超过{reads}万次。",
            "【{outlet}讯】“{term}”一事近日持续发酵。据不完全统计，仅微博上就有上千名网友反映遭遇类似情况，话题阅读量达{reads}万次。");
    static final List<String> NEWS_QUOTES = List.of(
            "我一开始还以为是自己操作错了", "打了一上午客服电话都没人接", "银行到现在都没给一个明确的说法",
            "我们只是想要一个解释", "钱放在银行本来是图个安心", "网点的工作人员也说不清楚是怎么回事");
    static final List<String> NEWS_BEFORE_RESPONSE = List.of(
            "截至发稿，{bank}尚未就此作出正式回应。记者多次拨打该行客服热线，均提示“坐席繁忙”。",
            "记者以客户身份致电{bank}客服，对方表示“已经收到很多反映，正在向上级汇报”，但未说明原因。");
    static final List<String> NEWS_AFTER_RESPONSE = List.of(
            "{bank}随后发布情况说明称，相关问题系{cause}所致，{remedy}。",
            "对此，{bank}相关负责人向记者表示，问题系{cause}所致，该行已向受影响客户致歉，{remedy}。");
    static final List<String> NEWS_EXPERTS = List.of(
            "一位资深银行业人士", "某高校金融学教授", "消费者权益保护律师{surname}律师", "独立金融分析师{surname}先生");
    static final List<String> NEWS_ADVICE = List.of(
            "出现问题后第一时间公开说明，比事后补救更重要", "银行应建立更完善的应急预案和客户沟通机制",
            "消费者遇到类似问题应保留证据，可向金融监管部门投诉", "这类事件暴露出的是内控和考核机制的问题",
            "所谓“个别现象”往往反映的是管理上的系统性漏洞");

    static final List<String> NEWS_TITLES_EN = List.of(
            "{bank_en} hit by {term_en} complaints", "{bank_en} customers report {term_en}; bank says it is investigating",
            "Chinese lender {bank_en} faces backlash over {term_en}");
    static final List<String> NEWS_BODIES_EN = List.of(
            "{outlet} - Customers of {bank_en}, a mid-sized Chinese lender, have complained on social media about {term_en}, with related posts drawing more than {reads_en} views on Weibo.\n\n\"I only want an explanation, and my money back,\" one customer, who gave only her surname, {surname_py}, told {outlet}.\n\n{response_en}",
            "{outlet} - Complaints about {term_en} at {bank_en} spread quickly on Chinese social media this week, prompting calls for the regulator to step in.\n\n\"Banks that stay silent in the first hours lose control of the story,\" said an analyst, who declined to be named.\n\n{response_en}");
    static final List<String> NEWS_RESPONSE_EN_BEFORE = List.of(
            "{bank_en} did not respond to a request for comment.", "{bank_en} said it was \"looking into the matter\" but gave no details.");
    static final List<String> NEWS_RESPONSE_EN_AFTER = List.of(
            "In a statement, {bank_en} apologised, said it had identified the cause and promised to compensate affected customers.",
            "{bank_en} said in a statement that the problem had been fixed, adding: \"We sincerely apologise to our customers.\"");

    /** How each complaint channel's records begin. */
    static final Map<ComplaintChannel, String> COMPLAINT_OPENINGS = new EnumMap<>(Map.of(
            ComplaintChannel.HOTLINE, "客户来电反映：",
            ComplaintChannel.APP, "手机银行在线留言：",
            ComplaintChannel.WEB, "官网投诉：",
            ComplaintChannel.EMAIL, "客户邮件投诉：",
            ComplaintChannel.SOCIAL, "微博私信转办：",
            ComplaintChannel.REGULATOR, "监管转办（编号{regno}）：",
            ComplaintChannel.BRANCH, "客户至{branch}现场投诉："));

    static final List<String> COMPLAINT_DEMANDS = List.of(
            "要求退还款项并书面说明原因", "要求赔偿损失", "要求银行公开道歉", "要求尽快恢复正常使用",
            "要求核查并追究相关人员责任", "要求给出明确处理时限", "要求由专人跟进并回电");
    static final List<String> COMPLAINT_HANDLING = List.of(
            "已安抚客户情绪并记录诉求，转{dept}核查", "已解释原因，承诺{hours}小时内回复",
            "已登记，客户表示将继续向监管投诉", "已告知处理进展，客户表示认可", "已提交补偿审批，待回复客户",
            "客户情绪激动，已升级至{dept}负责人");
    static final List<String> DEPARTMENTS = List.of(
            "运营管理部", "信息科技部", "消费者权益保护部", "个人金融部", "信用卡中心", "内控合规部");
    static final List<String> COMPLAINT_PII = List.of(
            "客户卡号{card}", "联系电话{phone}", "身份证号{idn}", "客户留的备用电话{phone}", "涉及卡号{card}，持卡人身份证{idn}");
}
