package cn.ipfin.party;

import cn.ipfin.core.party.OrgType;

public record Organisation(long id, String code, String creditCode, OrgType type, String name, String nameEn,
                           Long parentId, String district, String status, int version) {

    /** The name in the reader's language: the English name where the register has one. */
    public String nameIn(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
