# Reference figures for WoeTableReferenceTest, computed independently of the Java code.
# scorecardpy (ShichenXie/scorecardpy, commit 06144eb) could not be run here (no pandas/PyPI), so this script
# reproduces its documented formulas with the standard library only:
#   woebin2_breaks: numeric bins are right-open, [-inf,b1), [b1,b2), ..., [bn,inf); a categorical bin is a
#                   group of levels joined by "%,%";
#   woe_01 / miv_01: a zero good or bad count is replaced by 0.9, then
#                   woe = ln(DistrBad/DistrGood), bin_iv = (DistrBad-DistrGood)*woe, total_iv = sum(bin_iv);
#   label: creditability "bad" = 1, "good" = 0.
# Run: python3 reference_woe.py > germancredit_woe_expected.csv, then
#      python3 reference_woe.py perf > /dev/null 2> germancredit_perf_expected.properties
import csv, math

BREAKS = {
    'age_in_years': [26, 35, 40],                      # the breaks of scorecardpy's README example
    'duration_in_month': [8, 16, 34, 44],
    'credit_amount': [1400, 1800, 4000, 9200],
}
GROUPS = {
    'other_debtors_or_guarantors': ['none', 'co-applicant%,%guarantor'],  # README example
    'status_of_existing_checking_account': ['... < 0 DM', '0 <= ... < 200 DM',
        '... >= 200 DM / salary assignments for at least 1 year%,%no checking account'],
    'credit_history': ['no credits taken/ all credits paid back duly%,%all credits at this bank paid back duly',
        'existing credits paid back duly till now', 'delay in paying off in the past',
        'critical account/ other credits existing (not at this bank)'],
}

def fmt(x):
    return repr(float(x)) if x not in (-math.inf, math.inf) else ('-inf' if x < 0 else 'inf')

rows = list(csv.DictReader(open(__file__.replace('reference_woe.py', 'germancredit.csv'))))
bad = [1 if r['creditability'] == 'bad' else 0 for r in rows]
print('variable,bin,count,good,bad,woe,bin_iv,total_iv')
for var in list(BREAKS) + list(GROUPS):
    if var in BREAKS:
        edges = [-math.inf] + BREAKS[var] + [math.inf]
        labels = ['[%s,%s)' % (fmt(edges[i]), fmt(edges[i + 1])) for i in range(len(edges) - 1)]
        def bin_of(v):
            v = float(v)
            return next(i for i in range(len(edges) - 1) if edges[i] <= v < edges[i + 1])
    else:
        labels = GROUPS[var]
        levels = {lvl: i for i, g in enumerate(labels) for lvl in g.split('%,%')}
        bin_of = lambda v: levels[v]
    good = [0] * len(labels); badc = [0] * len(labels)
    for r, y in zip(rows, bad):
        i = bin_of(r[var])
        if y: badc[i] += 1
        else: good[i] += 1
    g9 = [g if g else 0.9 for g in good]; b9 = [b if b else 0.9 for b in badc]
    woe = [math.log((b / sum(b9)) / (g / sum(g9))) for g, b in zip(g9, b9)]
    iv = [(b / sum(b9) - g / sum(g9)) * w for g, b, w in zip(g9, b9, woe)]
    for i, lab in enumerate(labels):
        print('%s,"%s",%d,%d,%d,%.12f,%.12f,%.12f' % (var, lab, good[i] + badc[i], good[i], badc[i], woe[i], iv[i], sum(iv)))

# Performance of the naive score "sum of the six WoE values" (higher = riskier), written to stderr:
#   AUC = P(score of a random bad > score of a random good) + 0.5 P(tie)  (Mann-Whitney, equals the trapezoid
#         area under the ROC curve that scorecardpy's eva_proc computes);
#   KS  = max over distinct score thresholds t of |share of bads with score >= t - share of goods with score >= t|.
import sys
woe_of = {}
for line in open(__file__.replace('reference_woe.py', 'germancredit_woe_expected.csv')).read().splitlines()[1:]:
    rec = next(csv.reader([line]))
    woe_of[(rec[0], rec[1])] = float(rec[5])
def row_score(r):
    s = 0.0
    for var in list(BREAKS) + list(GROUPS):
        if var in BREAKS:
            edges = [-math.inf] + BREAKS[var] + [math.inf]
            v = float(r[var]); i = next(i for i in range(len(edges) - 1) if edges[i] <= v < edges[i + 1])
            lab = '[%s,%s)' % (fmt(edges[i]), fmt(edges[i + 1]))
        else:
            lab = next(g for g in GROUPS[var] if r[var] in g.split('%,%'))
        s += woe_of[(var, lab)]
    return s
if len(sys.argv) > 1 and sys.argv[1] == 'perf':
    scores = [row_score(r) for r in rows]
    bads = [s for s, y in zip(scores, bad) if y]; goods = [s for s, y in zip(scores, bad) if not y]
    wins = sum((b > g) + 0.5 * (b == g) for b in bads for g in goods)
    auc = wins / (len(bads) * len(goods))
    ks = max(abs(sum(b >= t for b in bads) / len(bads) - sum(g >= t for g in goods) / len(goods)) for t in set(scores))
    sys.stderr.write('auc=%.12f\nks=%.12f\n' % (auc, ks))
