/**
 * Supervision (issue 20): the banks' quarterly IP pledge statistics computed from the platform's own loans and as
 * the banks submit them, the NPL tolerance, the dashboard and the quarterly bulletin (季度通报) for the IP office
 * and the financial regulators. Reads other modules' data only through their published views.
 */
package cn.ipfin.supervision;
