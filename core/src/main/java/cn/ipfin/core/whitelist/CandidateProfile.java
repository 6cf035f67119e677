package cn.ipfin.core.whitelist;

import java.util.List;

/**
 * What the platform knows of a whitelist candidate. The first five fields identify it and never leave the
 * platform; the rest are released to banks only generalised.
 *
 * @param industry  GB/T 4754 code, e.g. "C3914" (section letter + up to four digits)
 * @param region    a path from coarse to fine, "省/市/区" codes or "区/园区" names
 * @param revenueFen last year's revenue in fen
 */
public record CandidateProfile(String enterpriseId, String name, String creditCode, String address,
                               List<String> assetNumbers, String industry, String region, int yearsEstablished,
                               long revenueFen, int patents, int score) {

    public CandidateProfile {
        assetNumbers = List.copyOf(assetNumbers);
    }
}
