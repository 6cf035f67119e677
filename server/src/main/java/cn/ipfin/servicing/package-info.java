/**
 * Loan servicing after disbursement (issue 7): schedule versions, repayments and their allocation, early repayment,
 * 展期 and LPR repricing, the five-category classification, and the daily close (日终批处理) that accrues interest,
 * rolls instalments, computes days past due, penalty interest and classification, and posts the day's balanced
 * entries. The arithmetic is in {@code cn.ipfin.core.servicing}; this module stores and schedules it.
 */
package cn.ipfin.servicing;
