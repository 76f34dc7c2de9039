package com.hindsight.sample;

import java.util.List;

/**
 * A fictional bank. No name here is a real bank's; the Chinese and English names never contain one
 * another, so a query naming one bank cannot match another's posts.
 */
record Bank(String zh, String en, String homeCity) {

    /** The first six are the banks of the first six incidents, one per category. */
    static final List<Bank> ALL = List.of(
            new Bank("华信银行", "Huaxin Bank", "上海"),
            new Bank("东方商业银行", "Dongfang Commercial Bank", "北京"),
            new Bank("海川银行", "Haichuan Bank", "深圳"),
            new Bank("南岭农商银行", "Nanling Rural Commercial Bank", "长沙"),
            new Bank("北辰银行", "Beichen Bank", "天津"),
            new Bank("金桥银行", "Jinqiao Bank", "杭州"),
            new Bank("云岫银行", "Yunxiu Bank", "成都"),
            new Bank("青峦银行", "Qingluan Bank", "西安"),
            new Bank("星澜银行", "Xinglan Bank", "广州"),
            new Bank("明湖商业银行", "Minghu Commercial Bank", "武汉"),
            new Bank("松涛银行", "Songtao Bank", "青岛"),
            new Bank("澄江农商银行", "Chengjiang Rural Commercial Bank", "南京"));

    /** The bank's verified Weibo account, the author of its statements there. */
    String weiboAccount() {
        return zh + "官方微博";
    }

    /** The bank's WeChat public account. */
    String wechatAccount() {
        return zh + "微银行";
    }

    /** Stable author id of the bank's official accounts. */
    String officialAuthorId(String channelPrefix) {
        return channelPrefix + "-official-" + ALL.indexOf(this);
    }
}
