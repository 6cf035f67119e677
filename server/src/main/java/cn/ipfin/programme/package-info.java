/**
 * Government support programmes (issue 16): each city's programme is a versioned definition file (presets in
 * {@code core/src/main/resources/programmes}, one per seed) evaluated by one engine ({@code core.programme}). The IP
 * office loads and edits definitions (each edit a new version), assigns experts and decides; enterprises see the
 * explained pre-check, upload the materials, sign the authenticity commitment and submit; experts sign opinions.
 * Facts are read only through the owners' published views ({@code enterprise_view},
 * {@code enterprise_qualification_view}, {@code enterprise_financials_view}, {@code enterprise_credit_fact_view},
 * {@code ip_pledge_view}, {@code ip_asset_view}, {@code ip_asset_owner_view}, {@code loan_view},
 * {@code loan_servicing_view}, {@code loan_repayment_view}).
 */
package cn.ipfin.programme;
