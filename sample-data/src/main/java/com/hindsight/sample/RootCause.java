package com.hindsight.sample;

/**
 * Root-cause categories of the reviews. A few recur on purpose (change management, third-party
 * vendors, staff training): the review search and the lessons report are meant to find them.
 */
enum RootCause {
    CHANGE_MANAGEMENT("变更管理不足", "加强变更管理：重大变更须完成回归测试、灰度发布和回退演练"),
    THIRD_PARTY_VENDOR("第三方供应商管理缺失", "完善第三方供应商准入、安全评估和持续监控"),
    STAFF_TRAINING("员工培训不到位", "将合规与服务培训纳入上岗考核并定期复训"),
    INTERNAL_CONTROL("内部控制失效", "落实岗位分离、权限复核和异常交易监测"),
    COMMUNICATION("客户沟通与信息披露不足", "收费及政策调整须提前逐一告知客户并经消保审查");

    private final String label;
    private final String lesson;

    RootCause(String label, String lesson) {
        this.label = label;
        this.lesson = lesson;
    }

    String label() {
        return label;
    }

    String lesson() {
        return lesson;
    }
}
