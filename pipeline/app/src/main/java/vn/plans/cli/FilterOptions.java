package vn.plans.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Shared facet filters of the commands that search ({@code search}, {@code export}): each option names one facet of
 * the index; repeating an option accepts several values. A year that is not four digits is a usage error.
 */
public final class FilterOptions {
    @Option(names = "--province", paramLabel = "NAME", description = "Province, as named before July 2025 (e.g. 'Quảng Ngãi').")
    List<String> province;

    @Option(names = "--province-2025", paramLabel = "NAME", description = "One of the 34 provinces after Resolution 202/2025/QH15.")
    List<String> province2025;

    @Option(names = "--agency", paramLabel = "NAME", description = "Lead agency, canonical name (e.g. 'Phòng Giáo dục và Đào tạo').")
    List<String> agency;

    @Option(names = "--coordinating", paramLabel = "NAME", description = "Coordinating agency, canonical name.")
    List<String> coordinating;

    @Option(names = "--issuer", paramLabel = "NAME", description = "Issuing body.")
    List<String> issuer;

    @Option(names = "--year", paramLabel = "YYYY", description = "Year of issue.")
    List<String> year;

    @Option(names = "--type", paramLabel = "TYPE", description = "Document type (KH, QĐ, CV, ...).")
    List<String> type;

    @Option(names = "--timeframe", paramLabel = "KIND", description = "Task timeframe kind (recurring, yearly, deadline, ...).")
    List<String> timeframe;

    /** Facet name → accepted values, for the options given (in the order above). */
    Map<String, List<String>> filters(CommandSpec spec) {
        if (year != null) for (String y : year) {
            if (!y.strip().matches("\\d{4}")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--year takes a four-digit year, not '" + y + "'");
            }
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        put(filters, "province", province);
        put(filters, "province_2025", province2025);
        put(filters, "lead", agency);
        put(filters, "coordinating", coordinating);
        put(filters, "issuer", issuer);
        put(filters, "year", year);
        put(filters, "type", type);
        put(filters, "timeframe_kind", timeframe);
        return filters;
    }

    private static void put(Map<String, List<String>> m, String dim, List<String> values) {
        if (values != null && !values.isEmpty()) m.put(dim, values);
    }
}
