package cn.ipfin.core.whitelist;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A seeded, skewed population of candidates: a few big industries and districts, many small ones. */
final class Candidates {

    static final String[] INDUSTRIES = {"C3914", "C3911", "C3919", "C3562", "C3563", "C2710", "C2720", "I6510",
            "I6520", "M7320", "M7330", "C3831", "C3832", "C4011", "C4012", "A0111", "F4813", "L7251", "C2926", "C3311"};
    static final String[] DISTRICTS = {"420703", "420702", "420704", "420111", "420106", "420102", "421102", "440305",
            "440306", "320505"};

    private Candidates() {
    }

    static List<CandidateProfile> population(int size, long seed) {
        Random random = new Random(seed);
        List<CandidateProfile> candidates = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String id = "E" + seed + "-" + i;
            // squared uniform: the first codes are far more frequent than the last
            String industry = INDUSTRIES[(int) (INDUSTRIES.length * Math.pow(random.nextDouble(), 2))];
            String code = DISTRICTS[(int) (DISTRICTS.length * Math.pow(random.nextDouble(), 2))];
            String district = code.substring(0, 2) + "/" + code.substring(0, 4) + "/" + code;
            long revenueFen = (long) (Math.exp(random.nextGaussian() * 1.5 + 22)); // in fen, median about 360 万元
            int patents = (int) Math.floor(Math.exp(random.nextGaussian() * 1.2 + 1.5));
            candidates.add(new CandidateProfile(id, "鄂州市测试科技有限公司" + i, "91420700MA4K" + String.format("%06d", i),
                    "湖北省鄂州市梧桐湖新区创业大道" + (i + 1) + "号", List.of("ZL2021" + String.format("%07d", i) + ".X"),
                    industry, district, random.nextInt(41), revenueFen, patents, 400 + random.nextInt(400)));
        }
        return candidates;
    }
}
