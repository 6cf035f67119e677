package cn.ipfin.bench;

import cn.ipfin.party.Enterprises;
import cn.ipfin.party.EnterpriseQuery;
import cn.ipfin.shared.Actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A realistic mix of enterprise searches as the IP office types them, run through the real
 * {@link Enterprises#search} (its SQL, visibility predicate and capped count), timed one by one.
 */
final class SearchBench {

    static final int PAGE_SIZE = 20;

    /** One query of the mix, with the type it is reported under. */
    record Search(String type, EnterpriseQuery query) {
    }

    /** A kind of search and how many of the ~1,000 it makes up. */
    private record Kind(String type, int weight, Function<EnterpriseLoad.Sample, EnterpriseQuery> make) {
    }

    private final Enterprises enterprises;
    private final Actor office;
    private final List<EnterpriseLoad.Sample> samples;
    private final SplittableRandom random;

    SearchBench(Enterprises enterprises, Actor office, List<EnterpriseLoad.Sample> samples, long seed) {
        this.enterprises = enterprises;
        this.office = office;
        this.samples = samples;
        this.random = new SplittableRandom(seed);
    }

    private List<Kind> kinds() {
        return List.of(
                new Kind("name, 2 chars", 140, s -> text(nameFragment(s, 2))),
                new Kind("name, 3 chars", 140, s -> text(nameFragment(s, 3))),
                new Kind("name, 4 chars", 100, s -> text(nameFragment(s, 4))),
                new Kind("code, full", 70, s -> text(s.creditCode())),
                new Kind("code, fragment", 70, s -> text(s.creditCode().substring(8, 8 + 6 + random.nextInt(4)))),
                new Kind("code, prefix", 40, s -> text(s.creditCode().substring(0, 10 + random.nextInt(5)))),
                new Kind("park", 70, s -> new EnterpriseQuery(null, s.park(), null, null, null)),
                new Kind("industry prefix", 70, s -> new EnterpriseQuery(null, null, industryPrefix(s), null, null)),
                new Kind("qualification", 70, s -> new EnterpriseQuery(null, null, null, qualification(), null)),
                new Kind("name + park", 60, s -> new EnterpriseQuery(nameFragment(s, 2 + random.nextInt(3)), s.park(),
                        null, null, null)),
                new Kind("park + qualification", 60, s -> new EnterpriseQuery(null, s.park(), null, qualification(),
                        null)),
                new Kind("industry + qualification", 60, s -> new EnterpriseQuery(null, null, industryPrefix(s),
                        qualification(), null)),
                new Kind("name + qualification", 50, s -> new EnterpriseQuery(nameFragment(s, 2 + random.nextInt(3)),
                        null, null, qualification(), null)));
    }

    /** The mix, shuffled: weights sum to 1,000. */
    List<Search> mix() {
        List<Search> searches = new ArrayList<>();
        for (Kind kind : kinds()) {
            for (int i = 0; i < kind.weight(); i++) {
                searches.add(new Search(kind.type(), kind.make().apply(sample())));
            }
        }
        for (int i = searches.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            searches.set(j, searches.set(i, searches.get(j)));
        }
        return searches;
    }

    /** Runs each search once; returns latencies by type (in the mix's order) plus "all". */
    Map<String, Latencies> run(List<Search> searches, Map<String, Search> slowest) {
        Map<String, Latencies> byType = new LinkedHashMap<>();
        kinds().forEach(kind -> byType.put(kind.type(), new Latencies()));
        Map<String, Long> worst = new LinkedHashMap<>();
        Latencies all = new Latencies();
        for (Search search : searches) {
            long started = System.nanoTime();
            var page = enterprises.search(office, search.query(), 0, PAGE_SIZE);
            long nanos = System.nanoTime() - started;
            if (page.rows().size() > PAGE_SIZE) {
                throw new IllegalStateException("page larger than asked");
            }
            all.add(nanos);
            byType.computeIfAbsent(search.type(), t -> new Latencies()).add(nanos);
            if (nanos > worst.getOrDefault(search.type(), -1L)) {
                worst.put(search.type(), nanos);
                slowest.put(search.type(), search);
            }
        }
        byType.put("all", all);
        return byType;
    }

    void warmUp(int count) {
        List<Search> searches = mix();
        for (int i = 0; i < count; i++) {
            enterprises.search(office, searches.get(i % searches.size()).query(), 0, PAGE_SIZE);
        }
    }

    private EnterpriseLoad.Sample sample() {
        return samples.get(random.nextInt(samples.size()));
    }

    private static EnterpriseQuery text(String text) {
        return EnterpriseQuery.text(text);
    }

    /**
     * A fragment of the distinctive part of the name (字号 + 行业, e.g. "瑞联机器人" of "示范区瑞联机器人有限公司"):
     * what a clerk types. The district prefix and the legal-form suffix match every enterprise and are left out.
     */
    private String nameFragment(EnterpriseLoad.Sample s, int length) {
        String name = s.name();
        if (name.startsWith(s.district())) {
            name = name.substring(s.district().length());
        }
        for (String suffix : List.of("有限责任公司", "股份有限公司", "有限公司")) {
            if (name.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        if (name.length() <= length) {
            return name;
        }
        int start = random.nextInt(name.length() - length + 1);
        return name.substring(start, start + length);
    }

    /** "C39", "C391" or "C3914": section letter and two to four digits of GB/T 4754. */
    private String industryPrefix(EnterpriseLoad.Sample s) {
        return s.industryCode().substring(0, 3 + random.nextInt(3));
    }

    private String qualification() {
        return random.nextBoolean() ? "HIGH_TECH" : "SPECIALISED_SME";
    }
}
