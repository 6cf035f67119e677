package cn.ipfin.demo;

import cn.ipfin.shared.Role;

import java.util.List;

/** The demo logins, one or more per kind of organisation; all share the demo password. */
final class DemoUsers {

    /** orgKey is the generator's organisation key, or "enterprise" for the first borrower of bank-1. */
    record DemoUser(String username, String displayName, String orgKey, Role role) {
    }

    static final List<DemoUser> ALL = List.of(
            new DemoUser("ipo", "知识产权局 王科长", "ipo", Role.IPO_OFFICER),
            new DemoUser("auditor", "审计 李审计", "ipo", Role.AUDITOR),
            new DemoUser("bank1", "一号银行 张经理", "bank-1", Role.BANK_OFFICER),
            new DemoUser("bank1-approver", "一号银行 赵审批", "bank-1", Role.BANK_APPROVER),
            new DemoUser("bank1-valuer", "一号银行 钱评估", "bank-1", Role.BANK_VALUER),
            new DemoUser("bank2", "二号银行 陈经理", "bank-2", Role.BANK_OFFICER),
            new DemoUser("bank2-approver", "二号银行 钱审批", "bank-2", Role.BANK_APPROVER),
            new DemoUser("bank3", "三号银行 孔经理", "bank-3", Role.BANK_OFFICER),
            new DemoUser("bank3-approver", "三号银行 曹审批", "bank-3", Role.BANK_APPROVER),
            new DemoUser("bank4", "四号银行 严经理", "bank-4", Role.BANK_OFFICER),
            new DemoUser("bank4-approver", "四号银行 华审批", "bank-4", Role.BANK_APPROVER),
            new DemoUser("enterprise1", "企业财务 刘会计", "enterprise", Role.ENTERPRISE_FINANCE),
            new DemoUser("valuer1", "评估师 孙评估", "valuer-1", Role.VALUER),
            new DemoUser("guarantor1", "担保 周经理", "guarantor-1", Role.GUARANTOR_OFFICER),
            new DemoUser("insurer1", "保险 吴经理", "insurer-1", Role.INSURER_OFFICER),
            new DemoUser("operator1", "证券化运营 郑经理", "operator-1", Role.OPERATOR),
            new DemoUser("expert1", "专家 冯教授", "experts", Role.EXPERT),
            new DemoUser("regulator", "金融监管 何处长", "regulator", Role.REGULATOR),
            new DemoUser("pboc", "人民银行 许科长", "pboc", Role.PBOC_OFFICER));

    private DemoUsers() {
    }
}
