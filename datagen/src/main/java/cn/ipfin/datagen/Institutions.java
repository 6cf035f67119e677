package cn.ipfin.datagen;

import cn.ipfin.core.party.OrgType;

import java.util.ArrayList;
import java.util.List;

/**
 * The institutions of a district. Every bank, guarantor, insurer and firm name is invented: the demo must not
 * suggest that a real bank lends on this platform. Names follow the usual pattern of a head office and its
 * 科技支行 (sci-tech sub-branch), the branch type that handles IP pledge loans in the seeds.
 */
final class Institutions {

    static final List<String> BANK_KEYS = List.of("bank-1", "bank-2", "bank-3", "bank-4");

    private Institutions() {
    }

    static List<GeneratedOrganisation> of(String district, CreditCodes codes) {
        List<GeneratedOrganisation> orgs = new ArrayList<>(20);
        int[] index = {0};
        java.util.function.Function<String, String> code =
                authority -> codes.institution(authority, ++index[0]).value();
        orgs.add(new GeneratedOrganisation("ipo", OrgType.IP_OFFICE, code.apply("11"),
                district + "市场监督管理局（知识产权局）", "Market Supervision Administration (IP Office) of the " + english(district), null));
        String[][] banks = {
                {"太行科创银行", "Taihang Sci-Tech Bank"},
                {"济水商业银行", "Jishui Commercial Bank"},
                {"王屋山农村商业银行", "Wangwushan Rural Commercial Bank"},
                {"河洛联合银行", "Heluo United Bank"}};
        for (int i = 0; i < banks.length; i++) {
            String key = BANK_KEYS.get(i);
            orgs.add(new GeneratedOrganisation(key, OrgType.BANK, code.apply("91"),
                    banks[i][0] + "股份有限公司", banks[i][1] + " Co., Ltd.", null));
            orgs.add(new GeneratedOrganisation(key + "-b1", OrgType.BANK, code.apply("91"),
                    banks[i][0] + "股份有限公司" + district + "科技支行", banks[i][1] + ", " + english(district) + " Sci-Tech Sub-branch", key));
        }
        orgs.add(new GeneratedOrganisation("guarantor-1", OrgType.GUARANTOR, code.apply("91"),
                district + "融资担保有限公司", english(district) + " Financing Guarantee Co., Ltd.", null));
        orgs.add(new GeneratedOrganisation("guarantor-2", OrgType.GUARANTOR, code.apply("91"),
                "太行再担保股份有限公司", "Taihang Re-guarantee Co., Ltd. (re-guarantor)", null));
        orgs.add(new GeneratedOrganisation("insurer-1", OrgType.INSURER, code.apply("91"),
                "鼎岳财产保险股份有限公司", "Dingyue Property & Casualty Insurance Co., Ltd.", null));
        orgs.add(new GeneratedOrganisation("insurer-2", OrgType.INSURER, code.apply("91"),
                "衡川财产保险股份有限公司", "Hengchuan Property & Casualty Insurance Co., Ltd.", null));
        String[][] valuers = {
                {"华衡资产评估有限公司", "Huaheng Asset Appraisal Co., Ltd."},
                {"济诚知识产权评估有限公司", "Jicheng IP Valuation Co., Ltd."},
                {"鉴衡信资产评估事务所（普通合伙）", "Jianhengxin Appraisal Partnership"}};
        for (int i = 0; i < valuers.length; i++) {
            orgs.add(new GeneratedOrganisation("valuer-" + (i + 1), OrgType.VALUATION_FIRM, code.apply("91"),
                    valuers[i][0], valuers[i][1], null));
        }
        orgs.add(new GeneratedOrganisation("operator-1", OrgType.SECURITIZATION_OPERATOR, code.apply("91"),
                district + "知识产权运营服务有限公司", english(district) + " IP Operation Services Co., Ltd.", null));
        orgs.add(new GeneratedOrganisation("experts", OrgType.EXPERT_POOL, code.apply("51"),
                district + "知识产权专家库", english(district) + " IP Expert Pool", null));
        // the regulators that receive the quarterly statistics and bulletins (seed 001's cover letter, 003 §十一)
        orgs.add(new GeneratedOrganisation("regulator", OrgType.BANKING_REGULATOR, code.apply("11"),
                "国家金融监督管理总局" + district + "监管组", "National Financial Regulatory Administration, " + english(district) + " Supervision Group", null));
        orgs.add(new GeneratedOrganisation("pboc", OrgType.PBOC_BRANCH, code.apply("11"),
                "中国人民银行" + district + "支行", "People's Bank of China, " + english(district) + " Sub-branch", null));
        return List.copyOf(orgs);
    }

    private static String english(String district) {
        return "示范区".equals(district) ? "Demonstration Zone" : district;
    }
}
