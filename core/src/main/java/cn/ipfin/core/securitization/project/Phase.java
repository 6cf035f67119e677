package cn.ipfin.core.securitization.project;

/** Longnan 二(二)'s four phases, in order: 项目准备, 项目实施, 项目申报, 项目发行. */
public enum Phase {
    PREPARATION, IMPLEMENTATION, DECLARATION, ISSUANCE
}
