package cn.ipfin.datagen;

import cn.ipfin.core.party.OrgType;

/**
 * An institution of the district (IP office, bank, guarantor, insurer, valuation firm, securitization operator,
 * expert pool). {@code key} is a short stable handle ("bank-1") used by loans and by demo logins.
 * {@code parentKey} is the head office of a branch, or null.
 */
public record GeneratedOrganisation(String key, OrgType type, String creditCode, String name, String nameEn,
                                    String parentKey) {
}
