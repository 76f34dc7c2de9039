package com.hindsight.sample;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences original posts are built from, by category, language and tone. Slots in braces are
 * filled by {@link TextSlots}: {bank}, {bank_en}, {term} and {term2} (the topic's Chinese terms),
 * {term_en}, {term_es}, {product}, {city}, {amount}, {hours}, {tag} (a Weibo topic tag) and {date}.
 * No template spells a topic term itself; that is what keeps the incident queries apart.
 */
final class PostTemplates {
    private PostTemplates() {
    }

    /** Templates of one category in one language, by tone. */
    record ByTone(List<String> negative, List<String> neutral, List<String> positive) {
        List<String> of(Tone tone) {
            switch (tone) {
                case NEGATIVE:
                    return negative;
                case NEUTRAL:
                    return neutral;
                default:
                    return positive;
            }
        }
    }

    record Set(ByTone zh, ByTone en, ByTone es) {
        ByTone of(Language language) {
            switch (language) {
                case ZH:
                    return zh;
                case EN:
                    return en;
                default:
                    return es;
            }
        }
    }

    static Set of(Category category) {
        return SETS.get(category);
    }

    private static final Map<Category, Set> SETS = new EnumMap<>(Category.class);

    static {
        SETS.put(Category.SYSTEM_FAILURE, new Set(
                new ByTone(List.of(
                        "{bank}这是怎么了？今早打开手机一看，{term}，客服电话打了二十分钟都没人接。",
                        "刚收到扣款短信，{term}，{amount}块钱就这么没了，{bank}必须给个说法！",
                        "{tag} 不是我一个人吧？{term}，截图在这，银行到现在一句解释都没有。",
                        "昨晚系统升级完就{term}，{bank}你们上线前不做测试的吗？",
                        "去{city}的网点问，柜员说总行在处理，让回家等。{bank}{term}，工资卡里的钱都不敢动了。",
                        "说好的金融科技呢？{bank}{term}已经{hours}个小时了，群里好多人都一样。",
                        "{term}！{bank}到底靠不靠谱？已经准备把钱转走了。",
                        "在超市结账才发现{term}，后面排队的人都看着我，太尴尬了。{bank}必须道歉。",
                        "朋友圈好几个人都在说{bank}{term}，我也中招了，{amount}元，谁来负责？",
                        "房贷明天就要扣了，{bank}偏偏这时候{term}，逾期了算谁的？"),
                        List.of(
                                "看到不少人说{bank}{term}，我这边暂时正常，大家注意核对一下账户。",
                                "{tag} 有没有人知道什么时候能恢复？",
                                "{bank}{term}的事，有官方消息了吗？蹲一个后续。",
                                "提醒一下用{bank}的朋友，最近先查一下流水，据说有{term}的情况。",
                                "{bank}客服说正在处理{term}的问题，让耐心等待，先记录一下。"),
                        List.of(
                                "{bank}回应还挺快的，{term}的钱已经退回来了，点个赞。",
                                "刚收到{bank}的短信，说{term}已经处理好了，核对了一下账户没问题了。",
                                "客服主动打电话来解释{term}的原因，态度不错，接受道歉。",
                                "{tag} 银行已经处理好了，这次效率可以，希望以后别再出这种事。")),
                new ByTone(List.of(
                        "{bank_en} customers are reporting {term_en} after last night's system upgrade. My account lost {amount} yuan and the hotline is jammed.",
                        "Anyone else seeing {term_en} at {bank_en}? Screenshots are all over Weibo and the bank says nothing.",
                        "{bank_en}: {term_en} for {hours} hours now. How does a bank ship an upgrade like this?"),
                        List.of("Reports of {term_en} at {bank_en} in China. Waiting for the bank to explain what happened.",
                                "Keeping an eye on the {bank_en} story: {term_en} reported by several customers."),
                        List.of("{bank_en} says the {term_en} issue is fixed and the money is back in my account. Quick response.",
                                "Credit where due: {bank_en} apologised for the {term_en} and refunded everyone within a day.")),
                new ByTone(List.of(
                        "Clientes de {bank_en} denuncian {term_es} tras una actualización del sistema. Nadie contesta en el banco.",
                        "Otra vez {term_es} con {bank_en}. Me faltan {amount} yuanes y nadie explica nada."),
                        List.of("Se reportan {term_es} en {bank_en}. Esperando una explicación oficial."),
                        List.of("{bank_en} ya resolvió los {term_es} y devolvió el dinero. Buena respuesta."))));

        SETS.put(Category.DATA_LEAK, new Set(
                new ByTone(List.of(
                        "刚在{bank}开完户第二天就接到推销电话，对方连我身份证号都知道，{term}了吧？",
                        "{tag} 我的信息是怎么流出去的？{bank}必须查清楚！",
                        "{bank}{term}，对方报出了我的姓名、卡号后四位和余额，吓死人了。",
                        "看新闻才知道{bank}{term}，我们这些客户还有什么安全感？",
                        "这已经是第{n}个陌生电话了，{term}，报警了，{bank}却说不是他们的问题。",
                        "我妈的账户信息全被人知道了，{bank}{term}的事到底有多少人受影响？",
                        "{bank}收集我们那么多信息，{term}之后连一条提醒短信都没有。",
                        "凌晨收到消费提醒，{term}，{amount}元！{bank}的风控在干什么？"),
                        List.of(
                                "{bank}{term}的消息是真的吗？有没有官方通报？",
                                "建议用{bank}卡的朋友改一下密码，据说{term}，小心为上。",
                                "{tag} 蹲一个官方回应，看看影响范围有多大。",
                                "{bank}客服说会核查{term}的情况，先把交易明细截图保存了。"),
                        List.of(
                                "{bank}已经给我换了新卡，{term}的损失也先行垫付了，处理得还算负责。",
                                "收到{bank}的电话，详细说明了{term}的情况和补救措施，态度很诚恳。",
                                "{tag} 银行的通报很详细，也报警了，这次处理值得肯定。")),
                new ByTone(List.of(
                        "{bank_en} {term_en}: strangers called me with my full name and card number. Unacceptable.",
                        "So {bank_en} had a {term_en} and we learn about it from the news, not from the bank?",
                        "My mother got {term_en} after opening an account at {bank_en}. Who is accountable?"),
                        List.of("Reports of a {term_en} at {bank_en}. Check your statements, people.",
                                "Following the {bank_en} {term_en} story. No official word yet."),
                        List.of("{bank_en} reimbursed the losses from the {term_en} and replaced my card. Fair enough.",
                                "Good to see {bank_en} owning the {term_en} and reporting it to the police.")),
                new ByTone(List.of(
                        "{term_es} en {bank_en}: me llamaron con mi nombre y número de tarjeta. Inaceptable.",
                        "¿Cómo es posible? {term_es} en {bank_en} y el banco no dice nada."),
                        List.of("Se habla de {term_es} en {bank_en}. Revisen sus cuentas."),
                        List.of("{bank_en} reconoció la {term_es} y cubrió las pérdidas. Bien hecho."))));

        SETS.put(Category.MIS_SELLING, new Set(
                new ByTone(List.of(
                        "当初{bank}的理财经理拍着胸脯说没风险，现在才知道是{term}，{amount}元的本金说没就没了。",
                        "{tag} 老人家不懂这些，被{bank}忽悠着签了字，{term}，退都退不了。",
                        "宣传单上写得清清楚楚，结果{term}，{bank}现在说是客户自己没看清？",
                        "{bank}{term}，我们几十个客户已经建群准备集体投诉了。",
                        "给我爸办的时候根本没做双录，{term}，{bank}必须给个交代。",
                        "{bank}的客户经理换了三个，没人对{term}负责，钱被套了{hours}个月了。",
                        "到期一看收益不到宣传的一半，{term}，{bank}你们良心不会痛吗？",
                        "存了一辈子的养老钱，在{bank}{term}，我妈到现在还睡不着觉。"),
                        List.of(
                                "{bank}{term}这件事，建议买过的朋友把合同和宣传材料都留好。",
                                "{tag} 有律师朋友能讲讲这种情况怎么维权吗？",
                                "看了{bank}的公告，关于{term}的部分说得有点含糊，继续观望。",
                                "{bank}说会逐一回访{term}的客户，等电话中。"),
                        List.of(
                                "{bank}的回访经理把{term}的情况讲清楚了，也给了补偿方案，可以接受。",
                                "{tag} 终于谈妥了，{bank}这次态度比之前好很多。",
                                "{bank}已经下架了相关宣传，{term}的客户都有专人对接，算是有担当。")),
                new ByTone(List.of(
                        "{bank_en} sold my parents a product with {term_en}. Their savings of {amount} yuan are stuck.",
                        "The brochure from {bank_en} promised {term_en}. Now they say we should have read the fine print.",
                        "Dozens of {bank_en} customers are organising over {term_en}. The bank keeps stalling."),
                        List.of("{bank_en} under fire over {term_en}. Keep your contracts and brochures, folks.",
                                "Watching the {bank_en} {term_en} complaints pile up."),
                        List.of("{bank_en} agreed to compensate customers hit by {term_en}. A reasonable outcome.",
                                "{bank_en} pulled the ads behind the {term_en} complaints and called every buyer.")),
                new ByTone(List.of(
                        "{bank_en} vendió a mis padres un producto con {term_es}. Sus ahorros están atrapados.",
                        "Nos prometieron una cosa y ahora hay {term_es}. {bank_en} no da la cara."),
                        List.of("Polémica en {bank_en} por {term_es}. Guarden sus contratos."),
                        List.of("{bank_en} aceptó compensar a los afectados por {term_es}. Bien."))));

        SETS.put(Category.SERVICE_QUALITY, new Set(
                new ByTone(List.of(
                        "{bank}{city}的网点，{term}，大厅里老人站都站不住，工作人员却在玩手机。",
                        "{tag} 视频是我拍的，{term}，这就是{bank}的服务？",
                        "请了半天假去{bank}办业务，{term}，假白请了。",
                        "{bank}你们的服务口号是什么？{term}，投诉电话也打不通。",
                        "带着孩子在{bank}等了{hours}个小时，{term}，经理说系统问题让我们理解。",
                        "今天在{bank}又见识了一次{term}，以后再也不来了。",
                        "{bank}{term}，大厅里的客户都吵起来了，保安还在赶人拍视频。",
                        "我就想办个简单业务，结果{term}，{bank}的效率让人绝望。"),
                        List.of(
                                "{bank}{term}的视频刷到好几次了，不知道是哪个网点。",
                                "{tag} 其他网点也这样吗？明天要去办业务有点慌。",
                                "看到{bank}{term}的新闻，建议大家办业务前先线上预约。",
                                "{bank}客服说已经反馈{term}的情况，会安排整改。"),
                        List.of(
                                "{bank}网点今天明显改善了，{term}的情况没有了，还有人引导。",
                                "{tag} 行长亲自到网点道歉，{bank}这次反应挺快。",
                                "{bank}针对{term}出了整改方案，上门服务也安排上了，给个好评。")),
                new ByTone(List.of(
                        "{bank_en} branch in {city}: {term_en} and staff on their phones. Video going viral.",
                        "Spent the whole morning at {bank_en}. {term_en}. Is this a bank or a museum?",
                        "The {bank_en} video ({term_en}) is infuriating. How is this still happening?"),
                        List.of("The {bank_en} {term_en} video is trending on Weibo.",
                                "{bank_en} says it is looking into the {term_en} complaints."),
                        List.of("{bank_en} apologised for the {term_en} and opened more counters. Better.",
                                "Went back to {bank_en} today: no more {term_en}. Good fix.")),
                new ByTone(List.of(
                        "Video viral en China: {term_es} en una sucursal de {bank_en}. Vergonzoso.",
                        "{bank_en} y su servicio: {term_es}. Nadie se hace responsable."),
                        List.of("Se viraliza el caso de {term_es} en {bank_en}."),
                        List.of("{bank_en} pidió disculpas por el caso de {term_es}. Algo es algo."))));

        SETS.put(Category.PRICING_POLICY, new Set(
                new ByTone(List.of(
                        "查了一下流水，{bank}{term}，每个月几块钱，一年下来也不少了。",
                        "{tag} 事先没有任何通知，{bank}{term}，这跟抢有什么区别？",
                        "{bank}{term}，客服说官网有公告，谁天天去看银行官网？",
                        "算了一下，{term}这一项就让我多花了{amount}元，{bank}太会算了。",
                        "{bank}的{term}规定太离谱，合同里根本没写，现在说改就改。",
                        "本来想在{bank}提前还一部分，结果{term}，这不是逼人继续背债吗？",
                        "{bank}嘴上说减费让利，实际上{term}，双标得厉害。"),
                        List.of(
                                "{bank}{term}的新规，大家怎么看？合理还是不合理？",
                                "{tag} 有人知道这个规定从哪天开始执行吗？",
                                "提醒：{bank}{term}，有需要的朋友注意看一下合同条款。",
                                "{bank}说{term}是按监管要求调整的，等官方细则。"),
                        List.of(
                                "{bank}宣布暂停{term}，已经收的也退回来了，这个可以。",
                                "{tag} 银行听取了意见，{bank}这次知错能改，点赞。",
                                "{bank}把{term}的规则讲清楚了，也给了过渡期，接受。")),
                new ByTone(List.of(
                        "{bank_en} quietly introduced {term_en}. Nobody was told. Not okay.",
                        "Just found {term_en} on my {bank_en} statement: {amount} yuan this year alone.",
                        "{bank_en} and its {term_en}: change the rules, then blame the customer for not reading."),
                        List.of("{bank_en} customers are debating the new {term_en} rules.",
                                "Does anyone know when the {bank_en} {term_en} change took effect?"),
                        List.of("{bank_en} suspended the {term_en} and refunded what it charged. Good call.",
                                "{bank_en} listened: the {term_en} change is on hold.")),
                new ByTone(List.of(
                        "{bank_en} empezó con el cobro de {term_es} sin avisar a nadie. Indignante.",
                        "Revisé mi cuenta de {bank_en}: cobro de {term_es} sin explicación."),
                        List.of("Debate en China por el cobro de {term_es} en {bank_en}."),
                        List.of("{bank_en} suspendió el cobro de {term_es} y devolvió el dinero."))));

        SETS.put(Category.STAFF_MISCONDUCT, new Set(
                new ByTone(List.of(
                        "{tag} 在{bank}网点里买的产品，现在告诉我是员工{term}，银行不管谁管？",
                        "{bank}{term}的事被曝光了，{amount}元是我全部积蓄，希望银行给个说法。",
                        "记者都查出来了，{bank}还说是个人行为？{term}这么多年没人发现？",
                        "{bank}的内控形同虚设，{term}，受害的都是信任银行的普通人。",
                        "当年就是在{bank}柜台办的，现在说{term}跟银行无关，谁信？",
                        "看了调查报道，{bank}{term}，细思极恐，明天就去把钱取出来。",
                        "{bank}{term}，涉及的客户据说有{n}十多个，监管什么时候出手？"),
                        List.of(
                                "{bank}{term}的报道看完了，静待调查结果。",
                                "{tag} 网点员工的行为银行要不要担责，法律上怎么认定？",
                                "{bank}说已经报警处理{term}，后续看公安通报。",
                                "关注{bank}{term}的进展，希望受害客户能拿回钱。"),
                        List.of(
                                "{bank}先行赔付了，{term}的受害客户总算能松口气。",
                                "{tag} 银行这次处理得比较果断，涉事员工已经移交司法机关。",
                                "{bank}公布了整改措施，{term}的问题希望能真正杜绝。")),
                new ByTone(List.of(
                        "A journalist exposed {term_en} at {bank_en}. Victims lost {amount} yuan each.",
                        "{bank_en} calls the {term_en} an 'individual act'. Where was the oversight?",
                        "How does {term_en} go unnoticed for years at {bank_en}?"),
                        List.of("Investigation into {term_en} at {bank_en} ongoing, per local media.",
                                "{bank_en} says it reported the {term_en} case to the police."),
                        List.of("{bank_en} compensated the victims of the {term_en} case up front. Right move.",
                                "{bank_en} fired the staff behind the {term_en} and published its fixes.")),
                new ByTone(List.of(
                        "Un periodista destapó {term_es} en {bank_en}. Las víctimas perdieron sus ahorros.",
                        "{bank_en} dice que lo de {term_es} fue un acto individual. ¿Y el control interno?"),
                        List.of("Investigan {term_es} en {bank_en}."),
                        List.of("{bank_en} indemnizó a las víctimas de {term_es}. Bien."))));
    }
}
