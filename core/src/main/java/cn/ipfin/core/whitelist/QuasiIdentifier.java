package cn.ipfin.core.whitelist;

/**
 * A released attribute a bank could join on, with its generalisation ladder: level 0 is the finest value ever
 * released (already a range, never the exact figure), the last level is "*" (suppressed). Every released
 * attribute is treated as a quasi-identifier, so k-anonymity covers all of a release, not a chosen few.
 */
public enum QuasiIdentifier {

    /** GB/T 4754: class (C3914) -> major group (C39) -> section (C) -> *. */
    INDUSTRY(3) {
        @Override
        String generalise(CandidateProfile c, int level) {
            String code = c.industry();
            return switch (level) {
                case 0 -> code;
                case 1 -> code.substring(0, Math.min(3, code.length()));
                case 2 -> code.substring(0, 1);
                default -> ANY;
            };
        }
    },
    /**
     * Where it is, as a path from coarse to fine ("42/4207/420703", or "鄂州市/梧桐湖新区/科技城"): the full path ->
     * two parts -> one part -> *.
     */
    REGION(3) {
        @Override
        String generalise(CandidateProfile c, int level) {
            String[] parts = c.region().split("/");
            return switch (level) {
                case 0 -> String.join("/", parts);
                case 1 -> String.join("/", java.util.Arrays.copyOf(parts, Math.min(2, parts.length)));
                case 2 -> parts[0];
                default -> ANY;
            };
        }
    },
    /** Years since establishment in bands of 2, 5, 10, then *. */
    YEARS_ESTABLISHED(3) {
        @Override
        String generalise(CandidateProfile c, int level) {
            return switch (level) {
                case 0 -> band(c.yearsEstablished(), 2);
                case 1 -> band(c.yearsEstablished(), 5);
                case 2 -> band(c.yearsEstablished(), 10);
                default -> ANY;
            };
        }
    },
    /** Revenue in 万元 ranges: five bands, then three, then *; the exact amount is never released. */
    REVENUE(2) {
        private static final long WAN = 1_000_000; // 1 万元 in fen

        @Override
        String generalise(CandidateProfile c, int level) {
            long wan = c.revenueFen() / WAN;
            return switch (level) {
                case 0 -> range(wan, new long[] {100, 500, 2000, 10000});
                case 1 -> range(wan, new long[] {500, 10000});
                default -> ANY;
            };
        }
    },
    /** Patents held: 0, 1-2, 3-5, 6-10, 11-20, 21-50, 51+; then 0, 1-5, 6-20, 21+; then *. */
    PATENTS(2) {
        @Override
        String generalise(CandidateProfile c, int level) {
            return switch (level) {
                case 0 -> range(c.patents(), new long[] {1, 3, 6, 11, 21, 51});
                case 1 -> range(c.patents(), new long[] {1, 6, 21});
                default -> ANY;
            };
        }
    },
    /** The IP + credit score in bands of 20, 50, 100 points, then *. */
    SCORE(3) {
        @Override
        String generalise(CandidateProfile c, int level) {
            return switch (level) {
                case 0 -> band(c.score(), 20);
                case 1 -> band(c.score(), 50);
                case 2 -> band(c.score(), 100);
                default -> ANY;
            };
        }
    };

    /** Ranges carry no unit (years, 万元, patents, points): the page's column headings state it in the reader's language. */
    public static final String ANY = "*";

    private final int topLevel;

    QuasiIdentifier(int topLevel) {
        this.topLevel = topLevel;
    }

    abstract String generalise(CandidateProfile candidate, int level);

    /** The level at which the value is "*". */
    public int topLevel() {
        return topLevel;
    }

    private static String band(int value, int width) {
        int low = Math.floorDiv(value, width) * width;
        return low + "-" + (low + width - 1);
    }

    private static String range(long value, long[] lowerBounds) {
        long low = 0;
        for (long bound : lowerBounds) {
            if (value < bound) {
                return low == bound - 1 ? Long.toString(low) : low + "-" + (bound - 1);
            }
            low = bound;
        }
        return low + "+";
    }
}
