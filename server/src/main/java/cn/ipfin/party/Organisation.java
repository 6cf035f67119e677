package cn.ipfin.party;

import cn.ipfin.core.party.OrgType;

public record Organisation(long id, String code, String creditCode, OrgType type, String name, String nameEn,
                           Long parentId, String district, String status, int version) {
}
