package vn.plans.index;

import java.util.Arrays;
import java.util.List;
import vn.plans.model.Version;

/** Another version of a hit's work, as a hit lists it: its id, format, draft/signed status, whether it is a part, its paths. */
public record AlsoAs(String id, String format, String status, boolean partial, List<String> paths) {
    private static final String SEP = "\t", PATHS = "\u001f";

    static String encode(Version v) {
        return String.join(SEP, v.id(), nz(v.format()), nz(v.status()), v.partial() ? "1" : "0",
                String.join(PATHS, v.paths()));
    }

    static AlsoAs decode(String s) {
        String[] f = s.split(SEP, -1);
        return new AlsoAs(f[0], f[1].isEmpty() ? null : f[1], f[2].isEmpty() ? null : f[2], f[3].equals("1"),
                f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split(PATHS)));
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
