package com.hindsight.jobs.analyze.sentiment;

import java.util.List;

/**
 * Chinese terms of bank complaints and of their resolution, which neither training corpus (Weibo
 * small talk, hotel reviews) has enough of. Each occurrence adds one shared feature,
 * {@code d:neg} or {@code d:pos}, so that a term seen a few times in training lends its weight to
 * all the others; a negation shortly before it in the same clause turns it round ("没有解决",
 * "不退款"). The lists are the project's own; they are pinned by the model (retrain after a
 * change, see models/sentiment/README.md).
 */
final class BankTerms {
    /** Complaint language: money lost or stuck, service failing, people not helping. */
    static final List<String> NEGATIVE = List.of(
            "冻结", "盗刷", "被盗", "扣费", "乱收费", "乱扣", "多扣", "重复扣款", "投诉", "维权", "举报", "曝光", "崩溃", "闪退",
            "宕机", "故障", "瘫痪", "登不上", "打不开", "转不出", "取不出", "到不了账", "不到账", "排队", "等了", "拖延", "推诿",
            "踢皮球", "敷衍", "忽悠", "套路", "坑", "骗", "霸王条款", "拒赔", "不予理赔", "误导", "强制", "捆绑", "泄露", "泄漏",
            "态度恶劣", "态度差", "没人管", "无人接听", "打不通", "挂断", "失联", "暴力催收", "催收", "亏损", "血本无归", "损失",
            "失望", "愤怒", "气愤", "恶心", "垃圾", "无语", "离谱", "过分", "坑人", "黑心", "吃相难看", "销户", "再也不", "差评",
            "一星", "石沉大海");
    /** Resolution and praise: the problem fixed, money back, staff helpful. */
    static final List<String> POSITIVE = List.of(
            "解决", "处理好", "恢复", "到账", "退还", "退回", "已退", "补偿", "解冻", "感谢", "谢谢", "点赞", "满意", "耐心",
            "热情", "专业", "及时", "高效", "迅速", "贴心", "周到", "负责", "靠谱", "放心", "安心", "好评", "五星", "表扬",
            "推荐", "方便", "顺利", "便捷", "给力", "暖心", "细致", "认真", "诚恳", "值得信赖", "为民", "良心");
    /** Negations that turn a term round when they come at most {@link #REACH} characters before it. */
    private static final String NEGATION_CHARS = "不没未无别非难";
    private static final int REACH = 3;
    private static final String CLAUSE_END = "，。！？；：,.!?;:\n…~～ ";

    private BankTerms() {
    }

    /** Adds {@code d:neg} or {@code d:pos} to the terms for each occurrence in the text. */
    static void mark(String text, List<String> terms) {
        mark(text, NEGATIVE, "d:neg", "d:pos", terms);
        mark(text, POSITIVE, "d:pos", "d:neg", terms);
    }

    private static void mark(String text, List<String> list, String plain, String negated,
                             List<String> terms) {
        for (String term : list) {
            for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
                terms.add(negatedBefore(text, at) ? negated : plain);
            }
        }
    }

    private static boolean negatedBefore(String text, int at) {
        for (int i = at - 1; i >= 0 && i >= at - REACH; i--) {
            char c = text.charAt(i);
            if (CLAUSE_END.indexOf(c) >= 0) {
                return false;
            }
            if (NEGATION_CHARS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
