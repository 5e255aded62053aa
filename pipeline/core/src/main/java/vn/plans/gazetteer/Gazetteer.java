package vn.plans.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plans.normalize.Folding;
import vn.plans.normalize.ToneMarks;

/**
 * Vietnam's administrative units, loaded from the committed {@code gazetteer.tsv} (see scripts/make-gazetteer):
 * the 63 provinces before 1 July 2025 with their districts, the 34 provinces after Resolution 202/2025/QH15 with
 * their communes and wards, and which new province each old province and district went into. Names are looked
 * up folded (no diacritics, lower case), so OCR text that lost its marks still resolves.
 */
public final class Gazetteer {
    /** A province before July 2025 and the province it was merged into. */
    public record Province(String code, String name, String type, String newCode, String newName) {}

    /** A district (huyện, quận, thị xã, thành phố thuộc tỉnh) before July 2025. */
    public record District(String code, String name, String type, Province province) {}

    /** A commune or ward after July 2025, with its (new) province code and name. */
    public record Ward(String code, String name, String type, String provinceCode, String provinceName) {}

    private final Map<String, Province> provinces = new LinkedHashMap<>();
    private final Map<String, String> newProvinces = new LinkedHashMap<>();
    private final Map<String, List<Province>> provincesByName = new HashMap<>();
    private final Map<String, List<District>> districtsByName = new HashMap<>();
    private final Map<String, List<Ward>> wardsByName = new HashMap<>();

    private Gazetteer() {}

    /** The committed data set; fails with an {@link UncheckedIOException} when the resource is missing. */
    public static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
            if (in == null) throw new UncheckedIOException(new IOException("resource vn/plans/gazetteer/gazetteer.tsv missing"));
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Gazetteer parse(BufferedReader r) throws IOException {
        Gazetteer g = new Gazetteer();
        List<String[]> districts = new ArrayList<>(), wards = new ArrayList<>(), old = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "N" -> g.newProvinces.put(f[1], ToneMarks.canonicalize(f[2]));
                case "P" -> old.add(f);
                case "D" -> districts.add(f);
                case "W" -> wards.add(f);
                default -> throw new IOException("gazetteer.tsv: unknown row kind " + f[0]);
            }
        }
        for (String[] f : old) {
            Province p = new Province(f[1], ToneMarks.canonicalize(f[2]), f[3], f[4], g.newProvinces.get(f[4]));
            g.provinces.put(p.code(), p);
            g.provincesByName.computeIfAbsent(key(p.name()), k -> new ArrayList<>()).add(p);
        }
        // A new province that kept no old name of its own (Huế) is still findable by its name.
        for (Map.Entry<String, String> e : g.newProvinces.entrySet()) {
            String k = key(e.getValue());
            if (!g.provincesByName.containsKey(k)) {
                g.provincesByName.put(k, new ArrayList<>(List.of(new Province(null, e.getValue(), "tinh", e.getKey(), e.getValue()))));
            }
        }
        for (String[] f : districts) {
            District d = new District(f[1], ToneMarks.canonicalize(f[2]), f[3], g.provinces.get(f[4]));
            g.districtsByName.computeIfAbsent(key(d.name()), k -> new ArrayList<>()).add(d);
        }
        for (String[] f : wards) {
            Ward w = new Ward(f[1], ToneMarks.canonicalize(f[2]), f[3], f[4], g.newProvinces.get(f[4]));
            g.wardsByName.computeIfAbsent(key(w.name()), k -> new ArrayList<>()).add(w);
        }
        return g;
    }

    private static final java.util.regex.Pattern SPACES_AND_HYPHENS = java.util.regex.Pattern.compile("[\\s\\-]+");

    /** The lookup key of a name: folded, single spaces. */
    public static String key(String name) {
        return SPACES_AND_HYPHENS.matcher(Folding.fold(name)).replaceAll(" ").strip();
    }

    public Collection<Province> provinces() { return provinces.values(); }

    /** The 34 provinces from 1 July 2025, by code. */
    public Map<String, String> newProvinces() { return Map.copyOf(newProvinces); }

    public List<Province> provincesNamed(String name) { return provincesByName.getOrDefault(key(name), List.of()); }

    public List<District> districtsNamed(String name) { return districtsByName.getOrDefault(key(name), List.of()); }

    public List<Ward> wardsNamed(String name) { return wardsByName.getOrDefault(key(name), List.of()); }

    /** The province (pre-2025 or post-2025 name, any spelling) a name denotes, if exactly one. */
    public Province province(String name) {
        List<Province> ps = provincesNamed(name.replaceFirst("(?i)^(tỉnh|thành phố|tp\\.?)\\s+", ""));
        return ps.size() == 1 ? ps.get(0) : null;
    }

    /** The province after July 2025 that a pre-2025 province name went into; null when unknown. */
    public String newProvinceOf(String provinceName) {
        Province p = provinceName == null ? null : province(provinceName);
        return p == null ? null : p.newName();
    }
}
