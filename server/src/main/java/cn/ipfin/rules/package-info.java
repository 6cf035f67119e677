/**
 * The rule catalogue (issue 14): every refusal the platform gives, read from each capability's rules
 * ({@code LendingRules}, {@code ServicingRules}, …) and listed by capability and by what each rule implements (a seed,
 * a law or regulation, or the platform itself) — the page {@code /rules} and {@code GET /api/v1/rules} that the IP
 * office and auditors read, and where the coming programme rules (which will be data) join. It only reads the other
 * modules' catalogue classes; nothing depends on it.
 */

package cn.ipfin.rules;
