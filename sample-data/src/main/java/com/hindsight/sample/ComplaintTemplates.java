package com.hindsight.sample;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How complaints of each category describe the problem. Slots as in {@link PostTemplates}. */
final class ComplaintTemplates {
    private ComplaintTemplates() {
    }

    static List<String> problems(Category category) {
        return PROBLEMS.get(category);
    }

    private static final Map<Category, List<String>> PROBLEMS = new EnumMap<>(Category.class);

    static {
        PROBLEMS.put(Category.SYSTEM_FAILURE, List.of(
                "{date}发现{bank}{product}{term}，涉及金额{amount}元",
                "其{bank}账户{term}，导致当日无法正常消费",
                "{date}通过{product}办理业务时{term}，多次重试未果",
                "客户称{bank}{term}造成其信用卡还款逾期，要求消除不良记录"));
        PROBLEMS.put(Category.DATA_LEAK, List.of(
                "开户后频繁接到陌生来电，怀疑{bank}{term}",
                "{date}收到异常交易提醒，认为{bank}{term}导致资金损失{amount}元",
                "诈骗电话能准确说出其{product}信息，客户认为是{bank}{term}",
                "客户看到新闻后来电询问本人是否受{bank}{term}影响"));
        PROBLEMS.put(Category.MIS_SELLING, List.of(
                "{date}在{bank}购买{product}，现发现{term}，本金亏损{amount}元",
                "客户称购买{product}时{bank}理财经理存在{term}问题",
                "其母亲在{bank}办理{product}时遭遇{term}，本人并不知情",
                "客户认为{bank}{term}，要求撤销交易并退还本金{amount}元"));
        PROBLEMS.put(Category.SERVICE_QUALITY, List.of(
                "{date}在{bank}网点办理业务遭遇{term}",
                "客户反映{bank}网点{term}，要求网点负责人道歉",
                "客户称家中老人办理{product}业务时在{bank}遭遇{term}",
                "客户看到{bank}{term}的视频后，反映其本人也有相同经历"));
        PROBLEMS.put(Category.PRICING_POLICY, List.of(
                "客户对{bank}{term}不认可，涉及费用{amount}元",
                "{date}发现被收取费用，认为{bank}存在{term}",
                "客户认为{bank}{term}规定不合理，合同中未约定",
                "客户称办理{product}时未被告知{term}"));
        PROBLEMS.put(Category.STAFF_MISCONDUCT, List.of(
                "客户称在{bank}网点通过员工购买的产品涉及{term}，涉及金额{amount}元",
                "客户看到媒体报道后核查账户，怀疑遭遇{bank}{term}",
                "客户要求{bank}就{term}给予赔偿，涉及{product}",
                "客户反映{bank}员工{term}，此前多次反映无果"));
    }
}
